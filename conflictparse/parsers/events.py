"""
The default events parser: assembles the mentions of the four families into
events — one per incident, the way ACLED and UCDP code them.

How a report becomes events:

1. **Triggers.** A sentence is an *event sentence* when it holds a
   violent-event word ("fighting", "attacked", "captured", "bomb",
   "killed" …) used as a fact, or a casualty count. A trigger preceded by a
   modal or an intention ("will attack", "threatened to kill", "to arrest or
   kill") is not a fact.
2. **Background.** Sentences about history ("since 2014", a date more
   than a year before publication) or about plans ("peace talks", "meetings
   in Islamabad on Monday") are left out.
3. **Clustering.** Event sentences are grouped into incidents: a sentence
   joins the most recent incident unless its date or place conflicts with
   it (dates more than two days apart, two different towns, two countries)
   or it opens with "in another incident", "meanwhile" …; anaphora ("the
   district") and sentences with no date or place of their own continue
   the current incident.
4. **Fields.** Each incident gets a date (the finest dates of its
   sentences, merged into an interval), the most specific place, side A
   (who acted: subject of an active trigger, "by" of a passive one, "claimed
   responsibility") and side B (who was acted on: object, "from", "against",
   victims of casualty counts), casualties, UCDP ``low``/``best``/``high``
   deaths and the ACLED conservative :attr:`~conflictparse.Event.fatalities`,
   and an ACLED-style :attr:`~conflictparse.Event.event_type`.

Dates that report the statement ("said in a statement on Sunday"), dates
after the publication date and places introduced as borders ("bordering
Tajikistan") are not used for the event.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import islice, pairwise
from operator import attrgetter, eq, itemgetter
from typing import Any, Final, NamedTuple, TypeVar, cast

import attrs
import regex

from conflictparse._document import Document
from conflictparse._text import (
    REGEX_TIMEOUT,
    affiliation_after,
    affiliation_before,
    compile_re,
    lazy,
    lazy_re,
    unnamed_before,
)
from conflictparse.parsers.actors._default import country_short_name
from conflictparse.results import (
    _BROADER_VICTIM,
    _CLAIM_REASON,
    _COMPETING_REASON,
    _CUMULATIVE_REASON,
    _DIED_OF_WOUNDS_REASON,
    _WEAPON_REASON,
    CASUALTY_OUTCOMES,
    ActorMention,
    CasualtyCount,
    DateMention,
    Event,
    PlaceMention,
    Provenance,
    Span,
    _rival_claims,
    _trusted_builder,
)

__all__ = ["EVENT_TYPES", "EventParser"]

# Builders of the results made for every event (results._builder: the
# class's own validation, fewer instructions than the class call).
_new_event: Final = _trusted_builder(Event)
_new_span: Final = _trusted_builder(Span)
_new_provenance: Final = _trusted_builder(Provenance)
_new_actor: Final = _trusted_builder(ActorMention)
_new_date: Final = _trusted_builder(DateMention)
_new_place: Final = _trusted_builder(PlaceMention)
#: How to copy a mention with some fields changed, per class: its fields and its builder.
_EVOLVERS: Final[dict[type, tuple[tuple[str, ...], Callable[..., Any]]]] = {
    cls: (tuple(a.name for a in attrs.fields(cls)), new)
    for cls, new in ((DateMention, _new_date), (PlaceMention, _new_place))
}

_Evolvable = TypeVar("_Evolvable", DateMention, PlaceMention)


def _evolved(mention: _Evolvable, **changes: object) -> _Evolvable:
    """``attrs.evolve(mention, **changes)`` through the builder (fewer instructions)."""
    how = _EVOLVERS.get(type(mention))
    if how is None:  # a subclass a custom parser returned keeps its class
        return attrs.evolve(mention, **cast("dict[str, Any]", changes))
    names, new = how
    values = {name: getattr(mention, name) for name in names}
    values.update(changes)
    return cast("_Evolvable", new(**values))


#: The ACLED-style event types this parser assigns.
EVENT_TYPES: Final = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Riots",
)

# --- lexicon -----------------------------------------------------------------
# All patterns run on ``doc.folded`` (lower case, same offsets). Searches of
# a whole sentence or story pass ``timeout=REGEX_TIMEOUT``; matches over a
# window of at most 60 characters, or anchored where a trigger may start
# (possessive patterns, read once), do not: such a match cannot run long,
# and the timeout costs about half a microsecond a call.

# ("Weapons and explosives were recovered": a seizure, no explosion)
# ("shot" is no deed in "shot down 41 drones": a tally of a barrage intercepted,
# no deed against anyone; one drone downed, "shot down a US drone", is)
# ("stepped on a landmine", "their vehicle hit a mine": a mine that went
# off; "mine" alone is also a pit or a pronoun)
# ("The strike took place on Friday in the mountains": a strike told as such)
# (armed men who entered a town took it, a battle: "M23 rebels entered Bukavu")
# ("its forces struck an oil refinery": a strike on a facility, from afar)
# (a party's word on its own strike: "Ukrainian forces said they had struck
# a Russian ammunition depot", "said it had hit an air base")
# (a drone or missile is a deed by its verb, "a drone hit", also after where
# it came from, "a drone launched from Yemen struck near Eilat"; not "a
# missile launched from Yemen" intercepted)
_TRIGGER: Final = lazy(
    globals(),
    "_TRIGGER",
    r"""
    \b(?:
      (?P<explosion>
        (?:car[\s-]|truck[\s-]|roadside[\s-]|suicide[\s-])?bomb(?:s|ings?|ed|ers?)?+
      | explosi(?:ons?|ve)
      | (?<!weapons\sand\s)(?<!arms\sand\s)(?<!ammunition\sand\s)explosives
        (?!\s(?:were|was|had\sbeen|have\sbeen)\s(?:recovered|seized|found|confiscated)\b)
      | blasts? | explod(?:ed|es?|ing)
      | detonat\w*+ | ieds? | grenades? | mortars? | rockets?
      | shell(?:ing|ed|s) | air[\s-]?strikes? | airstrikes? | drone[\s-]strikes?
      | (?<=tank\s)shell(?=\s(?:hit|hits|struck|landed|slammed|exploded|fell)\b)
      | strikes?(?=\s(?:on|in|near|hit|hits|killed|kills|targeted|against|wounded)\b)
      | (?<=the[ ])strikes?(?=\s(?:took\splace|(?:was|were)\scarried\sout|happened|occurred)\b)
      | drones?(?=\s(?:(?:had|has|have)\s|(?:launched|fired)\sfrom\s(?:[a-z'-]+\s){1,4}?)?
          (?:hit|hits|struck|strikes|slammed|crashed\sinto|set\sfire|damaged|destroyed|targeted)\b)
      | drones?(?=\s(?:and\s[a-z]+\s)?attacks?\b)
      | (?:(?<=by\sa\s)|(?<=by\san\s)|(?<=by\stwo\s))(?:missiles?|drones?|projectiles?|unknown\sprojectiles?)
      | missiles?(?=\s(?:(?:launched|fired)\sfrom\s(?:[a-z'-]+\s){1,4}?)?
          (?:hit|hits|struck|strikes|slammed|landed|exploded)\b)
      | (?:fired|launched)\s(?:(?:a|an|two|three|four|five|several|dozens\sof|\d+)\s)?
        (?:(?:ballistic|cruise|hypersonic|guided|anti-ship|long-range)\s(?:(?:and|or)\s)?){0,2}(?:missiles?|rockets?|drones?)\b
      | (?:aircraft|warplanes?|jets|helicopters?|gunships?)
        (?=\s(?:(?:had|has|have|also|later|then)\s)?(?:hit|struck|bombed|pounded|targeted|attacked|strafed)\b)
      | bl(?:ew|own|owing|ow)\sup
      | (?:(?<=forces[ ]had[ ])|(?<=forces[ ]have[ ]))struck(?=[^.;]*\s(?:in|near|around|at)\s)
      | (?:(?<=forces[ ])|(?<=troops[ ]))struck(?=\s(?:an?\s|the\s|two\s|three\s)?(?:[a-z-]+\s){0,2}?
          (?:refinery|refineries|depots?|airfields?|air\sbases?|plants?|terminals?|facility
          |facilities|infrastructure|bridges?|warehouses?|ports?)\b)
      | (?:(?<=\sit\shad\s)|(?<=\sthey\shad\s)|(?<=\sit\s)|(?<=\sthey\s))(?:struck|hit)
        (?=\s(?:an?\s|the\s|two\s|three\s)?(?:[a-z-]+\s){0,2}?
          (?:refinery|refineries|depots?|airfields?|air\sbases?|terminals?|warehouses?
          |arsenals?|command\sposts?|headquarters|launchers?|radars?)\b)
      | (?:land)?mines? (?=\s(?:exploded|blast|went\soff)) | dynamite | artillery
      | landmines?
      | (?:(?<=stepped\son\sa\s)|(?<=hit\sa\s)|(?<=struck\sa\s)|(?<=over\sa\s)|(?<=onto\sa\s))mines?
      )
    | (?P<civilian>
        massacr(?:e|es|ed|ing) | murder(?:s|ed|ing)?+ | assassinat\w*+
      | execut(?:ed|ion|ions|ing) | kidnap\w*+ | abduct\w*+ | hostages?
      | behead\w*+ | tortur(?:e|ed|ing) | slain | slaying | lynch\w*+
      | burn(?:ed|t)\s(?:alive|to\sdeath) | gunned\sdown
      )
    | (?P<battle>
        fighting | fights?+(?!\s(?:alongside|beside)\b) | fought | clash(?:es|ed|ing)?+ | battles? | battled
      | gunfights? | firefights? | skirmish(?:es)?+ | offensives? | assault(?:s|ed)?+
      | ambush(?:es|ed)?+ | attack(?:s|ed|ing)?+ | raid(?:s|ed)?+ | storm(?:ed|ing)
      | overr(?:an|un) | (?:re)?captur(?:e|ed|ing) | seiz(?:e|ed|ing)(?!\spower\b)
      | retook | retak(?:e|en|ing) | wrest(?:ed|ing)? | combat(?!ant)
      | (?:opened|open)\sfire | exchange\sof\sfire | exchang(?:ed|ing)\s(?:heavy\s)?(?:gun)?fire
      | fired\s(?:on|upon)
      | shoot(?:ing|out)s?
      | under\s(?:heavy\s)?(?:gun)?fire
      | shot(?!\sdown\s(?:[a-z0-9-]+\s){0,3}?(?:drones|missiles|rockets|uavs|projectiles)\b)
      | (?:took|tak(?:e|es|en|ing)|seized|gain(?:ed|s|ing)?+)\s(?:full\s|complete\s|total\s)?control | insurgents?\sattack
      | (?:(?<=attackers[ ])|(?<=assailants[ ])|(?<=gunmen[ ])|(?<=militants[ ])|(?<=rebels[ ])
          |(?<=fighters[ ])|(?<=insurgents[ ])|(?<=jihadists[ ])|(?<=bandits[ ])
          |(?<=forces[ ])|(?<=troops[ ]))struck
      | (?:(?<=rebels[ ])|(?<=fighters[ ])|(?<=militants[ ])|(?<=insurgents[ ])
          |(?<=jihadists[ ])|(?<=forces[ ])|(?<=troops[ ]))entered
      )
    | (?P<harm>
        kill(?:s|ed|ings?)?+ | died | dead | deaths? | die | wounded | injur(?:ed|ing|ies)
      | casualties | arson | torched | set\sfire | looted
      | (?:(?<=in\s)|(?<=were\s)|(?<=was\s)|(?<=are\s)|(?<=is\s)|(?<=been\s))looting
      )
    | (?P<party>
        (?<=the[ ])(?<![a-z0-9_]the[ ])(?:attackers|assailants|gunmen|raiders)
      )
    )\b
    """,
    regex.VERBOSE,
)


def _ascii_twin(pattern: regex.Pattern[str]) -> re.Pattern[str]:
    """
    *pattern* for ASCII text, in the standard library's ``re``: a short
    match or a search of a short window costs about a third of what it
    costs in ``regex``, whose call overhead dominates there. With re.ASCII,
    \\s, \\w and \\b read ASCII text as ``regex`` does (\\s is [\\t\\n\\v\\f\\r ]
    in both: re's default \\s would also take \\x1c-\\x1f), so the two agree
    wherever every character a match looks at is ASCII. Possessive
    quantifiers are made plain (``re`` has them only from Python 3.11):
    use this only for a pattern where giving back what such a quantifier
    took can never lead to a match (each use says why).
    """
    source = pattern.pattern
    for possessive, plain in (("++", "+"), ("*+", "*"), ("?+", "?"), ("}+", "}")):
        source = source.replace(possessive, plain)
    flags = re.ASCII | (re.VERBOSE if pattern.flags & regex.VERBOSE else 0)
    return re.compile(source, flags)


# _TRIGGER for ASCII sentences (:func:`_ascii_twin`): each possessive is an
# optional run of letters followed by \b, or \w* followed by \b, where
# giving back letters can only end inside a word.
_TRIGGER_ASCII: Final = _ascii_twin(_TRIGGER)


def _unescaped(source: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """
    Each character of the pattern source *source* from *start* that is
    neither escaped nor inside a character class, with its index and the
    bracket depth it stands at (a group's brackets at the depth outside it).
    """
    depth = 0
    i = start
    in_class = False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        else:
            if c == ")":
                depth -= 1
            yield i, c, depth
            if c == "(":
                depth += 1
        i += 1


def _closing(source: str, at: int) -> int:
    """The index of the bracket closing the group that opens at ``source[at]``."""
    for i, c, depth in _unescaped(source, at):
        if c == ")" and not depth:
            return i
    raise ValueError(f"no closing bracket for {source[at:]!r}")


def _alternatives(body: str) -> list[str]:
    """The top-level alternatives of the pattern source *body*."""
    parts: list[str] = []
    begin = 0
    for i, c, depth in _unescaped(body):
        if c == "|" and not depth:
            parts.append(body[begin:i])
            begin = i + 1
    parts.append(body[begin:])
    return parts


def _first_letters(alternative: str) -> frozenset[str] | None:
    """
    The letters a match of the pattern source *alternative* (verbose) can
    start with: its first letter, or the first letters of a leading group of
    plain words (and of what follows it when the group is optional); None
    (any character) for any other form.
    """
    alt = "".join(alternative.split())  # (verbose: white space means nothing)
    # (look-behinds before the first letter match no character: "(?<=\bthe
    # )attackers", "(?:(?<=gunmen )|(?<=troops ))struck" start with a, s)
    while alt.startswith(("(?<=", "(?<!")) or (
        alt.startswith("(?:")
        and all(
            w.startswith(("(?<=", "(?<!")) and _closing(w, 0) == len(w) - 1
            for w in _alternatives(alt[3 : _closing(alt, 0)])
        )
    ):
        alt = alt[_closing(alt, 0) + 1 :]
    if alt[:1].isalpha():
        return frozenset(alt[0])
    if not alt.startswith("(?:"):
        return None
    close = _closing(alt, 0)
    heads: set[str] = set()
    for word in _alternatives(alt[3:close]):
        if not word[:1].isalpha() or "(" in word:
            return None
        heads.add(word[0])
    if alt[close + 1 : close + 2] == "?":
        rest = _first_letters(alt[close + 2 :])
        if rest is None:
            return None
        heads.update(rest)
    return frozenset(heads)


def _by_first_letter(pattern: re.Pattern[str]) -> dict[str, re.Pattern[str]]:
    """
    For each letter a match of *pattern* (_TRIGGER_ASCII: ``\\b(?:`` and its
    named groups of alternatives, then ``)\\b``) can start with, the pattern
    with only the alternatives that can start with it, in the same order and
    groups: at a word starting with that letter it matches as *pattern* does
    (the others fail at their first letter), at a fraction of the cost (the
    full pattern walks dozens of alternatives, some of them groups entered
    before their first letter fails).
    """
    source = pattern.pattern
    if "#" in source:
        return {}  # (a comment of a verbose pattern is not read here: none then)
    groups: list[tuple[str, list[tuple[str, frozenset[str] | None]]]] = []
    first = at = source.find("(?P<")
    close = 0
    while at >= 0:
        name_end = source.index(">", at)
        close = _closing(source, at)
        alternatives = _alternatives(source[name_end + 1 : close])
        groups.append(
            (source[at + 4 : name_end], [(a, _first_letters(a)) for a in alternatives])
        )
        at = source.find("(?P<", close)
    head, tail = source[:first], source[close + 1 :]
    letters = {x for _, alts in groups for _, f in alts if f is not None for x in f}
    out: dict[str, re.Pattern[str]] = {}
    for letter in sorted(letters):
        kept = [
            (name, [a for a, f in alts if f is None or letter in f])
            for name, alts in groups
        ]
        body = "|".join(f"(?P<{name}>{'|'.join(alts)})" for name, alts in kept if alts)
        out[letter] = re.compile(head + body + tail, pattern.flags)
    return out


# _TRIGGER_ASCII for a word starting with each letter a match can start with
# (:func:`_by_first_letter`).
_TRIGGER_AT: Final = _by_first_letter(_TRIGGER_ASCII)

# Letters every _TRIGGER match starts with, one stem per alternative (or a
# shorter stem shared by several). Finding these with ``str.find`` and trying
# _TRIGGER only where one starts a word finds the same matches as scanning
# the whole sentence with _TRIGGER, several times faster. Keep the two in step
# when the lexicon changes: test_trigger_stems_find_what_a_full_scan_finds
# draws from a hand-kept list with one sample per alternative, so add a sample
# there with each new alternative.
# The verbs of a claimed deed no trigger names ("said it had targeted a vital
# site"): such a sentence tells who did the deed told before it (found by
# the story's scan, _SCAN_KIND). Only "targeted": "said it had struck depots
# in the south" is the striker's word on strikes it may tell apart.
_UNTRIGGERED_CLAIM: Final = ("targeted",)
_TRIGGER_STEMS: Final = (
    # explosion
    "car", "truck", "roadside", "suicide", "bomb", "explo", "blast", "detonat",
    "ied", "grenade", "mortar", "rocket", "shell", "air", "drone", "land", "mine", "blew", "blow",
    "dynamite", "artillery", "strike", "warplane", "jet", "helicopter", "gunship",
    "missile", "fired", "launched", "projectile", "unknown", "hit",
    # civilian
    "massacr", "murder", "assassinat", "execut", "kidnap", "abduct", "hostage",
    "behead", "tortur", "slain", "slay", "lynch", "burn", "gunned",
    # battle
    "fight", "fought", "clash", "battl", "gunfight", "firefight", "skirmish",
    "offensive", "assault", "ambush", "attack", "raid", "storm", "overr",
    "captur", "recaptur", "seiz", "retook", "retak", "wrest", "combat", "open",
    "exchange", "shoot", "shot", "took", "tak", "gain", "insurgent", "struck",
    "assailant", "gunmen", "entered",
    # harm
    "kill", "die", "dea", "wounded", "injur", "casualties", "arson", "torched",
    "set", "loot", "under",
)  # fmt: skip


def _trie(words: Sequence[str]) -> str:
    """
    An alternation of *words* (letters) with their shared prefixes factored
    out, ``c(?:ar|asualties)``: a pattern that tries each letter of the
    text once, however many words it holds.
    """
    heads: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        heads.setdefault(word[:1], []).append(word[1:])
    alternatives = []
    for head, tails in heads.items():
        if not head:
            continue
        rest = _trie([t for t in tails if t])
        if not rest:
            alternatives.append(head)
        else:
            optional = "?" if "" in tails else ""
            alternatives.append(f"{head}(?:{rest}){optional}")
    return "|".join(alternatives)


# Words that make a trigger right after them hypothetical, future or denied.
_IRREALIS: Final = lazy(
    globals(),
    "_IRREALIS",
    r"""
    (?:
      \b(?:will|would|could|might|may|shall|can|cannot|not|never|no
          |plans?|planned|planning|threat\w*+|vow\w*+|pledg\w*+|intend\w*+
          |prepar\w*+|fears?|feared|warn\w*+|prevent\w*+|avoid\w*+|possible
          |potential|denied|deny|denies|without)
        \s++(?:(?:to|be|been|have|the|an?|any|further|new|more|\w+ly
                 # ("did not claim any attack": none was made; "did not claim
                 # the attack" leaves it made, by a suspect unnamed)
                 |(?:claim|claimed|launch|launched|carry\s++out|carried\s++out)\s++any
                 )\s++){0,3}+
    | \bto\s++(?:\w++\s++(?:or|and)\s++)?+
    )\Z
    """,
    regex.VERBOSE,
)

# Where an _IRREALIS match can start: a prefix of each of its first words.
# Scanning a sentence once for these lets _triggers skip the _IRREALIS
# search for the (many) triggers that have no cue word before them.
# _IRREALIS for ASCII windows (:func:`_ascii_twin`): every way through it
# takes whole words, each with all the white space after it, up to \Z, so
# giving back letters, white space or a word never reaches \Z.
_IRREALIS_ASCII: Final = _ascii_twin(_IRREALIS)

_IRREALIS_CUE_WORDS: Final = (
    "will", "would", "could", "might", "may", "shall", "can", "not", "never",
    "no", "plan", "threat", "vow", "pledg", "intend", "prepar", "fear", "warn",
    "prevent", "avoid", "possible", "potential", "den", "without", "to",
)  # fmt: skip
_IRREALIS_CUE: Final = lazy(
    globals(), "_IRREALIS_CUE", r"\b(?:" + "|".join(_IRREALIS_CUE_WORDS) + ")"
)

# Sentence-level markers of background (history, plans, diplomacy).
_BACKGROUND: Final = lazy(
    globals(),
    "_BACKGROUND",
    r"""
    \b(?:
      since | for\s(?:years|decades|months)
    # (not a span of hours or days up to the report: "in the past 24 hours")
    | in\sthe\spast(?!\s(?:(?:\d+|few|two|three|four|five|six|seven|several)\s)?(?:hours?|days?|night|week)\b)
    # ("has killed thousands over the past decade": a group's record; not
    # "over the past nine years", which MUC-3/4 keys read as news)
    | over\sthe\spast\s(?:(?:two|three|few|several)\s)?decades?
    | years\sago | anniversary | history | historically
    | peace\s(?:talks|process|deal|agreement|negotiations)
    | talks\s(?:with|between|in) | (?:preparing|prepare)\sfor | roadmap
    )\b
    """,
    regex.VERBOSE,
)

# _BACKGROUND and _CIRCUMSTANCE for ASCII sentences (:func:`_ascii_twin`;
# neither has a possessive quantifier; _PLACE_ANAPHORA_ASCII is written out
# below). A plain alternation of words: its search is linear, so no timeout
# is needed.
_BACKGROUND_ASCII: Final = _ascii_twin(_BACKGROUND)

# A word every _BACKGROUND match holds.
_BACKGROUND_WORDS: Final = (
    "since", "past", "years", "decades", "months", "anniversary", "histor",
    "peace", "talks", "prepar", "roadmap",
)  # fmt: skip

# Whether a text holds one of _BACKGROUND_WORDS (``any(w in text ...)`` in
# one call of the standard library's ``re``: a plain alternation of letters).
# The words go in as a trie (:func:`_trie`): at each character tried, ``re``
# checks one alternative per first letter instead of one per word (about
# half the instructions for the longer lists, the same answer).
_BACKGROUND_GATE: Final = lazy_re(globals(), "_BACKGROUND_GATE", _trie(_BACKGROUND_WORDS))


# A definite noun trigger that refers back: "The fighting comes as ...".
# "that" only right before the trigger: "that attack" refers back, while in
# "said that militants bombed" it opens a clause. A word between the article
# and a past-tense trigger is its subject ("the police attacked"), see
# _triggers.
_DEFINITE: Final = lazy(
    globals(),
    "_DEFINITE",
    r"(?:\b(?:the|this|these|those|such)\s++(?P<word>\w++\s++)?+|\bthat\s++)\Z",
)
# _DEFINITE for ASCII windows (:func:`_ascii_twin`): as for _IRREALIS_ASCII;
# the word it captures is the same.
_DEFINITE_ASCII: Final = _ascii_twin(_DEFINITE)
_DETERMINERS: Final = ("the", "this", "these", "those", "such", "that")
# The ends of the words before a trigger after a "that" that opens what
# was said ("said that", "in a statement that", "told reporters that"), no
# determiner.
_SAYING_THAT: Final = tuple(
    w + " that"
    for w in (
        "said", "says", "saying", "stated", "statement", "reported", "added",
        "announced", "confirmed", "claimed", "reporters", "journalists", "warned",
        "alleged",
    )
)  # fmt: skip
# Triggers ending in "-ed" that are nouns after an article, not verbs.
_ED_NOUNS: Final = frozenset({"ied", "wounded", "injured"})
# Past-tense triggers without "-ed" ("the insurgents overran the base"):
# after an article and a noun, as "-ed" ones, the noun is their subject.
_IRREGULAR_PAST: Final = frozenset({"fought", "overran", "retook", "shot", "slain"})
_NUMBER_WORD: Final = lazy(
    globals(),
    "_NUMBER_WORD",
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen"
    r"|dozens|hundreds|many|several|few|other|\w*+teen|\w*+ty)",
)
# Where a _DEFINITE match can start (see _IRREALIS_CUE).
_DEFINITE_CUE_WORDS: Final = ("th", "such")
_DEFINITE_CUE: Final = lazy(
    globals(), "_DEFINITE_CUE", r"\b(?:" + "|".join(_DEFINITE_CUE_WORDS) + ")"
)
# ... unless the sentence gives the incident's circumstances.
_CIRCUMSTANCE: Final = lazy(
    globals(),
    "_CIRCUMSTANCE",
    r"\b(?:took\splace|occurred|happened|was\scarried\sout|erupted|broke\sout"
    r"|was\sstaged|left|killed|wounded|injured|claimed|destroyed"
    r"|(?:was|were)\sbehind|(?:it|they)\s(?:had\s)?carried\sout)\b",
)

_CIRCUMSTANCE_ASCII: Final = _ascii_twin(_CIRCUMSTANCE)
# A word every _CIRCUMSTANCE match holds, at the start of a word: one of
# these (found by the story's one scan, :func:`_scan`), or one that starts
# with a trigger stem (a trigger start of that scan, read there). Few
# sentences hold one, so most are not searched (see _circumstance).
_CIRCUMSTANCE_WORDS: Final = (
    "place", "occurred", "happened", "erupted", "broke", "staged", "left",
    "claimed", "destroyed", "behind",
)  # fmt: skip
_CIRCUMSTANCE_TRIGGER_WORDS: Final = ("killed", "wounded", "injured", "carried")

# Openers of a new incident.
_NEW_INCIDENT_SOURCE: Final = r"""
    \W*+(?:
      meanwhile | separately | elsewhere | in\sanother\s\w++ | in\sa\sseparate\s\w++
    | f[au]rther\s(?:north|south|east|west)\w*+
    | in\sa\srelated\s\w++ | on\sanother\s\w++ | another\s(?:attack|clash|bomb\w*+)
    | an?\s(?:separate|second|further)\s\w++
    | in\sthe\s(?:far\s)?+(?:north|south|east|west)\w*+(?=\s?+,)
    | in\sthe\s(?:country's\s|nation's\s)?+capital(?=\s?+,)
    | also\s(?:on|late|early)\s | on\sthe\ssame\s(?:day|night|morning|evening)
    | in\sa\ssimilar\s\w++
    )\b
    """
_NEW_INCIDENT: Final = lazy(
    globals(), "_NEW_INCIDENT", _NEW_INCIDENT_SOURCE, regex.VERBOSE
)
# _NEW_INCIDENT for ASCII text in the standard library's ``re`` (see
# :func:`_ascii_twin`): it reads no character before the one before its start
_NEW_INCIDENT_ASCII: Final = lazy_re(
    globals(), "_NEW_INCIDENT_ASCII", _NEW_INCIDENT_SOURCE, re.VERBOSE | re.ASCII
)

# Anaphora for the incident's place.
_PLACE_ANAPHORA: Final = lazy(
    globals(),
    "_PLACE_ANAPHORA",
    r"\b(?:the|that|this)\s(?:same\s)?(?:district|town|village|city|area|province|region"
    r"|department|municipality|locality|hamlet|base|post|checkpoint)\b(?!\s++of\b)",
)

# The nouns of _PLACE_ANAPHORA (one must be in a sentence it matches).
_ANAPHORA_NOUNS: Final = (
    "district", "town", "village", "city", "area", "province", "region",
    "department", "municipality", "locality", "hamlet", "base", "post",
    "checkpoint",
)  # fmt: skip

# _PLACE_ANAPHORA for ASCII sentences, in the standard library's ``re`` and
# written to start with a literal: its search then finds each "th" with a
# fast string search and tries the pattern only there, instead of at every
# character of the sentence (a pattern opening with \b gives ``re`` no
# first character to look for). The look-behind after "th" is the \b
# before it: no word character before the "t" (with re.ASCII, \w and \b
# read ASCII as ``regex`` does, see :func:`_ascii_twin`).
_PLACE_ANAPHORA_ASCII: Final = re.compile(
    r"th(?<!\wth)(?:e|at|is)\s(?:same\s)?(?:"
    + "|".join(_ANAPHORA_NOUNS)
    + r")\b(?!\s+of\b)",
    re.ASCII,
)

# Reporting verbs right before a date: "said in a statement on Sunday".
_REPORTING_BEFORE: Final = lazy(
    globals(),
    "_REPORTING_BEFORE",
    r"""
    \b(?:said|says|told|announced|reported|stated|added|confirmed|statement
      |communiqu\w*+|broadcast|declared
    # a toll's own day: "an earlier toll given by the group on Tuesday"
      |(?:toll|figure)\s++(?:given|issued|released|published|provided)
        (?:\s++by(?:\s++[\w'-]++){1,4}?)?
    # a claim's own day: "JNIM claimed the attack on Monday", "claimed
    # responsibility for the ambush on Tuesday"
      |claim(?:ed|s)(?:\s++responsibility(?:\s++for)?)?
        \s++(?:the|an?|this|that|its|their)\s++(?:[\w-]++\s++)?
        (?:attacks?|assaults?|ambush(?:es)?|bombings?|killings?|raids?|strikes?|blasts?)
      |claim(?:ed|s)\s++responsibility)
    # ("claimed the killings through its Amaq news agency on Sunday")
    (?:\s++(?:through|via)(?:\s++[\w'-]++){1,3}?\s++(?:agency|outlet|channel|account|website))?+
    (?:\s++(?:in|a|an|the|on|late|early|its|his|her|their|issued|released
          |statement|press|conference|interview|briefing|\w++'s
    # ("in a statement read on state television on Monday")
          |read|aired|posted|carried|state|national|television|tv|radio|website
          |channel|telegram|social|media|account))*+\s*+\Z
    """,
    regex.VERBOSE,
)

# A word every _REPORTING_BEFORE match holds.
_REPORTING_WORDS: Final = (
    "said", "says", "told", "announced", "reported", "stated", "added",
    "confirmed", "statement", "communiqu", "broadcast", "declared", "toll",
    "figure", "claim",
)  # fmt: skip


def _has_reporting_word(text: str) -> bool:
    """
    Whether *text* (a short window) holds one of _REPORTING_WORDS. One
    ``in`` test per word, each a fast scan in C with no call made, costs
    less than one ``re`` search of their trie, which tries the pattern at
    every letter a word can start with (and less than ``any(map(
    text.__contains__, words))``, whose every test is a call).
    """
    return (
        "said" in text or "says" in text or "told" in text or "announced" in text
        or "reported" in text or "stated" in text or "added" in text
        or "confirmed" in text or "statement" in text or "communiqu" in text
        or "broadcast" in text or "declared" in text or "toll" in text
        or "figure" in text or "claim" in text
    )  # fmt: skip


# Words before a place that make it a neighbour, not the scene.
_BORDER_BEFORE: Final = regex.compile(
    r"\b(?:border(?:ing|s)?+|(?<!\bin\s)neighbou?ring|adjacent\sto|near\sthe\sborder\swith"
    r"|across\sthe\sborder\s(?:from|in)|(?<!\b(?:toll|deaths|casualties)\s)from|to|towards?"
    r"|(?:cross(?:ed|es|ing)?+|fled|flee(?:s|ing)?+)\sinto)"
    r"(?:\s++(?:with|of|the|on))*+\s*+\Z"
    # a destination ("heading to the city of Cucuta"); not "10 km from the
    # village of X", which places the incident, nor "the attackers came to
    # the village of X", where they struck
    r"|(?<!\bcame\s)\b(?:to|towards?)\s++the\s++(?:city|town|village)\s++of\s*+\Z"
)

# _BORDER_BEFORE for ASCII text in the standard library's ``re`` (see
# :func:`_ascii_twin`), each look-behind of alternatives written as one per
# word (``re``'s must have a fixed width): a search over a place's 40
# characters before it costs a fraction of a ``regex`` call and search
_BORDER_BEFORE_ASCII: Final = lazy_re(
    globals(),
    "_BORDER_BEFORE_ASCII",
    r"\b(?:border(?:ing|s)?+|(?<!\bin\s)neighbou?ring|adjacent\sto|near\sthe\sborder\swith"
    r"|across\sthe\sborder\s(?:from|in)|(?<!\btoll\s)(?<!\bdeaths\s)(?<!\bcasualties\s)from"
    r"|to|towards?|(?:cross(?:ed|es|ing)?+|fled|flee(?:s|ing)?+)\sinto)"
    r"(?:\s++(?:with|of|the|on))*+\s*+\Z"
    r"|(?<!\bcame\s)\b(?:to|towards?)\s++the\s++(?:city|town|village)\s++of\s*+\Z",
    re.ASCII,
)

# A word every _BORDER_BEFORE match holds ("adjacent to" holds "to"): the
# pattern is searched only when one is there.
_BORDER_WORDS: Final = ("to", "from", "border", "neighbo")  # ("into" holds "to")


def _has_border_word(text: str) -> bool:
    """Whether *text* holds one of _BORDER_WORDS (see :func:`_has_reporting_word`)."""
    return "to" in text or "from" in text or "border" in text or "neighbo" in text


# What follows a country named as a nationality, not a scene: another word
# of the same phrase ("a U.S. journalist", "the Colombian Embassy", "Peru
# Army troops"). A country followed by punctuation, a number, a function
# word, a time word or a verb is left as a place ("in Peru last night",
# "in Chile, where", "in Mexico 3 May", "in Iraq Monday", "in Syria killing
# five", "Ecuador has").
_NATIONALITY_AFTER: Final = lazy(
    globals(),
    "_NATIONALITY_AFTER",
    r"""
    [ \t]*+\n?[ \t]*+
    (?!(?:a|an|the|in|on|at|of|and|or|but|nor|to|from|for|with|by|into|near
         |during|since|until|after|before|as|while|when|where|which|who|that
         |than|over|under|between|against|across|along|through|throughout
         |yesterday|today|tonight|last|this|next|early|late|earlier|later
         |recently|now|again|also|too|so|then|there|here|itself|alone
         |is|was|were|are|be|been|has|had|have|will|would|could|can|may
         |might|must|should|said|says|did|does|do|not
         |monday|tuesday|wednesday|thursday|friday|saturday|sunday
         |january|february|march|april|may|june|july|august|september
         |october|november|december)\b)
    (?![^\W\d_]+(?<=ing|ed|ly)\b)  # a verb or adverb: "in Iraq killing five"
    [^\W\d_]
    """,
    regex.VERBOSE,
)

# A locative preposition right before a country: "a car bomb in Syria kills
# 12", "clashes in Yemen left 40 dead" name the scene, whatever follows,
# unless a person or force noun follows (see _FORCE_AFTER).
_LOCATIVE_BEFORE: Final = lazy(
    globals(),
    "_LOCATIVE_BEFORE",
    r"\b(?:in|inside|across|throughout|near|into)\s++(?:the\s++)?+\Z",
)
# A person or force noun after a country: "in U.S. custody", "killed in
# Iraqi army raids" read the country as whose, even after "in".
_FORCE_AFTER: Final = lazy(
    globals(),
    "_FORCE_AFTER",
    r"""
    [ \t]*+\n?[ \t]*+
    (?:journalists?|reporters?|soldiers?|troops|forces|army|armed|military
      |navy|air|police|officials?|officers?|embassy|embassies|consulate
      |citizens?|nationals?|diplomats?|envoys?|government|custody|drones?
      |warplanes?|jets?|strikes?|airstrikes?|special|marines?|servicem[ae]n
      |aid|workers?|hostages?)\b
    """,
    regex.VERBOSE,
)

# Attribution after an actor: "the defence ministry said" (not inside a
# ", which said ..." aside: the actor's own verb comes after it), past the
# short form of its name in brackets ("a member of the People's Defence
# Force (PDF) told Reuters"), or the bracket closing around that short form.
# (A bare "say" only ends a line: a headline's "..., police say".)
_SAYS_AFTER: Final = regex.compile(
    r"\A(?:\.(?=\s)|\)|\s*+\([^()\n]{1,40}\))?+"  # ("U.N." ends with the dot)
    # ("the 444 Brigade, residents said", "the TNLA, state media reported":
    # other speakers, not the actor)
    r"[\s,]*+(?!(?:residents|witnesses|sources|medics|doctors|activists|locals|villagers"
    r"|survivors|officials|monitors|analysts|diplomats|state\s++(?:media|television|tv"
    r"|radio|news)|media\s++reports?|local\s++media|police"
    # ("a gunfight with the kidnappers, the army said")
    r"|the\s++(?:army|military|police|navy|government|ministry)\s++(?:said|says|told)"
    r")\b)"
    # ("clashes with the army, a local official said": another speaker)
    r"(?!(?:an?|one|another)\s++(?:[\w-]++\s++){0,2}?(?:official|resident|witness|source"
    r"|medic|doctor|activist|villager|survivor|monitor|analyst|diplomat|lawmaker"
    r"|elder|leader)\b)"
    r"(?:(?!(?:who|which|whose)\b)[\w.'-]++\s++){0,3}?(?:said|says|say(?=\s*+(?:\n|\Z))|told|reported|added|stated|announced"
    r"|confirmed|claimed(?!\s+responsibility)|denied|spokes\w*+|statement"
    # ("struck what the military called Hezbollah infrastructure": the
    # military names the target, it is no party of the sentence's deed)
    r"|called(?!\s+(?:in|for|off|up)\b))\b"
)
# _SAYS_AFTER for ASCII text in the standard library's ``re`` (see
# :func:`_ascii_twin`): its windows are short, so ``regex``'s call overhead
# dominated the match
_SAYS_AFTER_ASCII: Final = lazy_re(
    globals(), "_SAYS_AFTER_ASCII", _SAYS_AFTER.pattern, re.ASCII
)
# Attribution to a body the actor owns, named at length: "the British
# military's United Kingdom Maritime Trade Operations (UKMTO) agency said",
# "Russia's defence ministry said" (the owner is the source, no party). The
# owned body's words hold no verb or clause word: "Russia's drones struck
# the port, officials said" names a party.
_OWNED_SAYS_AFTER: Final = regex.compile(
    r"['’]s\s++(?:(?!(?:killed|struck|hit|shelled|attacked|fired|launched|bombed"
    r"|targeted|seized|captured|shot|wounded|destroyed|downed|intercepted|has|have|had"
    r"|was|were|is|are|in|on|at|near|after|when|while|and|that|which|who|of)\b)"
    r"(?:[\w.'-]++|\([^()\n]{1,40}\))\s++){1,7}?"
    r"(?:said|says|told|reported|added|stated|announced|confirmed)\b"
)
# How far after an owner :data:`_OWNED_SAYS_AFTER` reads.
_OWNED_REACH: Final = 110
# A source that says it fought off the attack told before: "the army said
# it had repelled them", "police said they repulsed the assault" (not
# "repelled an assault on the city's flank": another incident, maybe).
_REPELLED_AFTER: Final = re.compile(
    r"[\s,]*(?:said|says|added|stated|announced)\s+"
    r"(?:(?:late\s+|early\s+)?on\s+\w+\s+)?"
    r"(?:in\s+an?\s+statement\s+(?:[\w'’.-]+\s+){0,6}?)?(?:that\s+)?"
    r"(?:(?:it|they)\s+|(?:its|their)\s+(?:[\w'-]+\s+){1,5}?)"
    r"(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:repelled|repulsed|fought\s+off)\s+"
    r"(?:them|the\s+(?:attack|assault|attackers|raid|offensive)"
    r"|an?\s+(?:[\w'-]+\s+){0,3}?(?:attack|assault|raid|offensive|incursion))\b"
)


def _past_relative(folded: str, at: int, end: int) -> int:
    """
    Where a mention's words go on after a relative clause about it that
    opens at *at* ("the Arakan Army, which captured Maungdaw last year, said
    ..."): the clause's closing comma; else *at*.
    """
    if not folded.startswith((", which ", ", who "), at):
        return at
    shut = folded.find(",", at + 2, end)
    return shut if shut >= 0 else at


# A preposition right before an actor that is its object ("fuel to Russian
# troops fighting in Ukraine").
_OBJECT_OF_BEFORE: Final = (" to ", " for ", " of ", " with ")
# The ends of the words before a state's one-word name that make it a place
# ("in Russia", "inside Syria"), no party.
_IN_PLACE_BEFORE: Final = ("in ", "inside ", "across ", "throughout ")
# The ends of the words before a generic mention that name the party it
# stands with ("army-aligned fighters", "government-backed militiamen").
_ALIGNED_BEFORE: Final = ("-aligned ", "-backed ", "-allied ", "allied ")
# A word every _SAYS_AFTER match holds (a pattern is searched only when one is there).
_SAYS_WORDS: Final = (
    "said", "say", "told", "reported", "added", "stated", "announced",
    "confirmed", "claimed", "denied", "spokes", "statement", "called",
)  # fmt: skip


def _has_says_word(text: str) -> bool:
    """Whether *text* holds one of _SAYS_WORDS (see :func:`_has_reporting_word`)."""
    return (
        "said" in text or "say" in text or "told" in text or "reported" in text
        or "added" in text or "stated" in text or "announced" in text
        or "confirmed" in text or "claimed" in text or "denied" in text
        or "spokes" in text or "statement" in text or "called" in text
    )  # fmt: skip


# "according to the first results of the police investigation": a few
# words may stand between "according to" and the source, joined by
# prepositions; a determiner right after a content word starts a new phrase
# ("according to witnesses the militants stormed"). With words between,
# _roles also wants no trigger between the actor and the next comma.
_ACCORDING_BEFORE: Final = lazy(
    globals(),
    "_ACCORDING_BEFORE",
    r"""
    \baccording\sto\s++
    (?P<words>
      (?:(?:the|an?|its|their|his|her)\s++)?+
      (?:(?!(?:the|an?|its|their|his|her)\b)[^\W\d][\w'-]*+\s++){0,3}+
      (?:(?:of|from|in|at|with|for|by|close\sto|within)\s++
         (?:(?:the|an?|its|their|his|her)\s++)?+
         (?:(?!(?:the|an?|its|their|his|her)\b)[^\W\d][\w'-]*+\s++){0,3}+
      ){0,2}+
    )\Z
    """,
    regex.VERBOSE,
)
_BARE_DETERMINER: Final = lazy(
    globals(), "_BARE_DETERMINER", r"(?:(?:the|an?|its|their|his|her)\s++)?+"
)
# A clause set off by commas after an actor: "militants, who issued a
# warning last week, attacked": its verbs are not the actor's report. One
# left open up to the trigger keeps them ("the director, who described the
# attacks": the actor reports).
_ASIDE: Final = lazy(globals(), "_ASIDE", r",\s*+(?:who|which|whose|whom)\b[^,]*+,")
# How far after an actor a verb of saying makes it the source (characters,
# asides left out): "police in the northern city of Kano said".
_REPORT_REACH: Final = 60
# Where a _REPORTING match starting before _REPORT_REACH ends at the latest
# (its longest word, "acknowledged" or "according to", is 12 characters),
# with a margin: only the head of the text after an actor is read for one.
_REPORT_HEAD: Final = _REPORT_REACH + 16
# A word every _REPORTING match holds; _REPORTING is searched only when one
# is in the head (see _BACKGROUND_GATE).
_REPORTING_HEAD_WORDS: Final = (
    "said", "say", "told", "report", "announced", "stated", "added",
    "confirmed", "admitted", "denied", "denies", "informed", "explained",
    "indicated", "noted", "pointed", "revealed", "disclosed", "described",
    "declared", "asserted", "alleged", "acknowledged", "insisted", "charged",
    "accused", "blamed", "estimated", "quoted", "according", "issued",
    "broadcast", "claimed", "condemn", "deplor", "denounc", "repudiat",
    "protest", "investigat", "arrest", "detain", "fear", "attribut",
    "repel", "repuls", "fought off", "fended off", "beat back", "beaten back",
    "defus", "deactivat", "dismantl", "discover", "found", "prevent", "frustrat",
    "thwart", "foil", "respond", "counter", "search", "believ",
)  # fmt: skip
_REPORTING_GATE_HEAD: Final = re.compile(_trie(_REPORTING_HEAD_WORDS))
# A verb of saying between an actor and the trigger after it: the actor is
# who reports the event ("police said rebels attacked", "the army reported
# that two bombs exploded", "X blamed Y for the attack"), not who acted.
# So is a verb of answering an attack, whose object the trigger is: "the
# party condemned the bombing", "police are investigating the killing",
# "police arrested ten people suspected of detonating a bomb", "police were
# mobilized, fearing attacks" (those arrested, "soldiers were arrested for
# killing", may be the perpetrators), "police defused a bomb", "the army
# prevented an attack", "troops searched for the men who attacked", "police
# believe a bomb exploded" ("rebels believed to be X" is no belief); and who
# attributes it to a group
# ("police attributed the bombing to the rebels"); and who fought an attack
# off ("troops repelled the attack and killed 30 insurgents": the side
# attacked, answering).
_REPORTING: Final = lazy(
    globals(),
    "_REPORTING",
    r"""
    \b(?:
      said | says | say | told | reported | reports | announced | stated | added
    | confirmed | admitted | denied | denies | informed | explained | indicated
    | noted | pointed\sout | revealed | disclosed | described | declared
    | asserted | alleged | acknowledged | insisted | charged | accused | blamed
    | estimated | quoted | according\sto | issued | broadcast
    | claimed (?!\s++(?:responsibility|credit))
    | condemn\w*+ | deplor\w*+ | denounc\w*+ | repudiat\w*+ | protest(?:s|ed|ing)?+
    | investigat\w*+ | arrest(?:s|ing)?+ | detain(?:s|ing)?+
    | (?<!\b(?:was|were|been|being|be|is|are|got|get)\s++)(?:arrested|detained)
    | fear(?:s|ed|ing)?+ | attribut(?:es|ed|ing)
    | repel(?:s|led|ling)?+ | repuls(?:e|es|ed|ing) | fought\s++off | fended\s++off
    | beat(?:en)?+\s++back
    | defus(?:e|es|ed|ing) | deactivat(?:e|es|ed|ing) | dismantl(?:e|es|ed|ing)
    | (?<!\b(?:was|were|been|being|be|is|are)\s++)(?:discovered|found)
    | prevent(?:s|ed|ing)?+ | frustrat(?:e|es|ed|ing) | thwart(?:s|ed|ing)?+ | foil(?:s|ed|ing)?+
    | respond(?:s|ed|ing)?+\s++to | counter(?:s|ed|ing)?+\s++(?:the|an?|any|this|these|such)
    | search(?:es|ed|ing)?+\s++for | believ(?:e|es|ed)(?!\s++to\b)
    )\b
    """,
    regex.VERBOSE,
)
# A verb or noun of saying right before "by": "it was confirmed by police",
# "described by police sources", "an announcement by the police", "an
# allegation made by the army" name the source, not the agent ("decisions
# made by the high command to carry out bombings" may name the agent).
_REPORTED_BY: Final = lazy(
    globals(),
    "_REPORTED_BY",
    r"""
    \b(?:said | told | reported | announced | stated | confirmed | denied
      | described | quoted | published | issued | broadcast | cited | released
      | acknowledged | claimed
      | announcements? | statements? | reports? | communiqu\w*+ | declarations?
      | (?:announcement|statement|report|claim|allegation|accusation|charge|remark
        |demand|proposal|declaration|offer|appeal|request)s?+\s++made)
    \s++\Z
    """,
    regex.VERBOSE,
)
# A verb of another deed right before "by": "a reporter sent by the
# network", "rebels backed by the junta", "extradition requested by the
# United States", "the attitude assumed by the government", "a policy
# implemented by the army" name who sent, backed, asked or took a stance,
# not who acted.
_OTHER_DEED_BY: Final = lazy(
    globals(),
    "_OTHER_DEED_BY",
    r"""
    \b(?:sent | requested | sought | wanted | accompanied | followed | preceded
      | guarded | protected | escorted | owned | run | managed | headed
      | supported | backed | financed | funded | trained | founded | created
      | formed | called | named | known | recogni[sz]ed | elected | appointed
      | visited | received | welcomed | presented | represented | replaced
      | published | assumed | adopted | implemented | applied | expressed
      | organi[sz]ed\s++and\s++financed
      | held | controlled | occupied
    # ("fighters, estimated by a U.N. report at 3,000": a source's figure)
      | estimated | counted | tallied)
    \s++\Z
    """,
    regex.VERBOSE,
)
# A verb of stopping, finding or answering an attack right before "by":
# "the bomb was defused by police", "the attack was repelled by troops",
# "the killing was condemned by the government", "a rebel was arrested by
# police" name who stopped, found or answered it, not who acted.
_FOILED_BY: Final = lazy(
    globals(),
    "_FOILED_BY",
    r"""
    \b(?:deactivated | defused | dismantled | disarmed | neutrali[sz]ed
      | found | discovered | detected | located | foiled | thwarted
      | repelled | repulsed | fended\soff | beaten\sback | driven\sback
      | rescued | evacuated | treated | investigated
      | condemned | denounced | repudiated | deplored
      | arrested | detained | apprehended | jailed | arrests\s++(?:were\s++)?+made)
    \s++\Z
    """,
    regex.VERBOSE,
)
# A claim of an attack by the group that made it: "Al Shabaab ... said its
# fighters were behind the blast", "the group said it carried out the
# raid", "IS claimed the bombing" (not "claimed a missile attack": another
# incident), "the army said its troops captured the town" (a verb of the
# deed right after the group's own forces; "its soldiers were attacked" is
# not a claim). Its claimant (the first actor of the sentence before it) is
# side A; "claimed responsibility" right after an actor is
# _RESPONSIBILITY_AFTER.
_CLAIM: Final = lazy(
    globals(),
    "_CLAIM",
    r"""
    \b(?:
      (?:said|says|announced|stated|declared)\s++(?:(?:late\s++|early\s++)?+on\s++\w++\s++)?+
      (?:that\s++)?+(?:it|they|its\s++\w++|their\s++\w++)\s++
      (?:(?:was|were|had\s++been|is|are)\s++(?:behind|responsible\s++for)
        |(?:had\s++)?+(?:carried\s++out|conducted))
    | (?:said|says|saying|announced|stated|declared|reported)\s++
      (?:(?:on|in|via)\s++(?:its|their)\s++(?:[\w-]++\s++){0,2}?
        (?:radio|channel|website|account|agency|outlet)\s++
      | (?:late\s++|early\s++)?+on\s++\w++\s++)?+
      (?:in\s++an?\s++statement\s++(?:[\w'’.-]++\s++){0,6}?)?(?:that\s++)?+
      (?:(?:it|they)\s++|(?:its|their)\s++(?:(?!(?:was|were|is|are|had|have|has|been)\b)\w++\s++){1,2}
        # (a commander's "his men": "A Wazalendo militia commander said his
        # men had killed 15 M23 fighters")
        |his\s++(?:men|fighters|forces|troops|soldiers)\s++)
      (?:had\s++|have\s++)?+["“‘']?+
      (?:killed|neutrali[sz]ed|eliminated|launched|captured|recaptured|seized|attacked|ambushed|destroyed|downed|struck|hit|targeted|pounded
        # ("said they had fired 18 missiles at the USS Harry S. Truman"; not
        # "fired back", an answer, nor warning shots or tear gas)
        |fired(?!\s++(?:back|warning|tear|in\s++the\s++air)\b)
        |shot\s++down|raided|stormed|shelled|bombed|overr(?:an|un)|retook|retaken|inflicted
        # ("said on Wednesday it had taken control of the last military base")
        |(?:taken|took|seized|gained)\s++(?:full\s++)?control)
    | claimed\s++(?:the|this|that|\w++'s)\s++(?:\w++\s++)?+
      (?:attacks?|bombings?|blasts?|assaults?|raids?|ambush|explosions?|killings?
        |strikes?|operations?|shootings?)
    )\b
    """,
    regex.VERBOSE,
)
# A word every _CLAIM match holds, a verb of saying or "claimed" (the
# pattern is searched only when one is there). The gate reads a whole
# sentence: a few ``str`` searches, each a fast scan for one word, cost less
# than one ``re`` search of the alternation (the ``re`` gates of the short
# windows elsewhere cost less than such ``str`` tests).
_CLAIM_WORDS: Final = (
    "said", "says", "saying", "announced", "stated", "declared", "reported", "claimed",
)  # fmt: skip


def _has_claim_word(text: str) -> bool:
    """Whether *text* holds one of _CLAIM_WORDS (see :func:`_has_reporting_word`)."""
    return (
        "said" in text or "says" in text or "saying" in text or "announced" in text
        or "stated" in text or "declared" in text or "reported" in text
        or "claimed" in text
    )  # fmt: skip


# What every _CLAIM match but "claimed the attack" holds: a verb of saying
# and a pronoun of the group ("said that its"). Verbs of saying are in most
# sentences of a wire story; this search of the standard library's ``re``
# (whose \s takes every character ``regex``'s does, and a few more) keeps
# the full pattern for the few sentences where a claim can be. It starts
# with the verbs (a trie), not \b: a first letter from a known set lets
# ``re`` try the pattern only at those letters, and a gate may let through
# more than _CLAIM takes (the sentences it keeps are searched in full).
_SAY_PRONOUN: Final = re.compile(
    r"(?:s(?:aid|ays|aying|tated)|announced|declared|reported)\s+"
    r"(?:(?:late\s+|early\s+)?on\s+\w+\s+)?"
    # (where it said so: "said on its Telegram channel that its fighters")
    r"(?:(?:on|in|via)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:radio|channel|website|account|agency|outlet)\s+)?"
    r"(?:in\s+an?\s+statement\s+(?:[\w'’.-]+\s+){0,6}?)?(?:that\s+)?"
    r"(?:it|they|its|their|his\s+(?:men|fighters|forces|troops|soldiers))\s"
)
#: The determiners referring a mention back to a party told before.
_DEFINITE_BEFORE: Final = ("the ", "these ", "those ", "their ")
# The heads of mentions of the perpetrators themselves: "the attackers",
# "two of the assailants were shot dead" are side A of their own attack,
# never side B.
_ATTACKER_HEAD: Final = regex.compile(
    r"(?:attackers?|assailants?|gunm[ae]n|perpetrators?)\Z"
)
# The endings of _ATTACKER_HEAD: it is searched only in a span ending with
# one (``str.endswith`` in C costs a fraction of a ``regex`` search).
_ATTACKER_ENDS: Final = (
    "attacker", "attackers", "assailant", "assailants", "gunman", "gunmen",
    "perpetrator", "perpetrators",
)  # fmt: skip
# "claimed responsibility" a few words after an actor, a relative and a
# date between them too ("the Front, which on 25 January claimed
# responsibility").
_RESPONSIBILITY_AFTER: Final = lazy(
    globals(),
    "_RESPONSIBILITY_AFTER",
    # ("the Baloch Liberation Army (BLA) claimed responsibility": past its
    # bracketed acronym, or from inside it)
    r"\A(?:\)|\s*+\([^()\n]{1,20}\))?+[\s,]*+(?:\w++\s++){0,5}?claimed\s(?:responsibility|credit)",
)
# "claimed responsibility", not denied ("no group has
# claimed responsibility" is _UNCLAIMED's), read in a sentence telling no deed.
_CLAIMED_RESPONSIBILITY: Final = re.compile(r"claimed responsibility\b")
#: Words right before it that deny the claim ("has not claimed ...").
_CLAIM_DENIED: Final = ("not ", "yet ", "never ")


def _claims_at(folded: str, start: int, end: int) -> list[int]:
    """
    Where "claimed responsibility" stands, not denied, in ``folded[start:end]``
    (a literal first, found fast; the words before it read after).
    """
    return [
        m.start()
        for m in _CLAIMED_RESPONSIBILITY.finditer(folded, start, end)
        if not folded.endswith(_CLAIM_DENIED, max(0, m.start() - 6), m.start())
    ]


def _blames_at(folded: str, start: int, end: int) -> list[int]:
    """
    Where a short sentence in ``folded[start:end]`` blames someone for the
    deed told before it ("the army blamed the rsf.", "officials blamed
    al-shabaab for the blast"): no deed of its own, its blamed one the
    presumed perpetrator (:data:`_BLAMED_BEFORE` reads the actor).
    """
    return [m.start() for m in _BLAME_SENTENCE.finditer(folded, start, end)]


#: The blame of a sentence that tells no deed: "X blamed Y (for the attack)."
_BLAME_SENTENCE: Final = re.compile(
    # (a description of the blamed: "a dissident faction of the former FARC
    # rebels led by a commander known as Ivan Mordisco")
    r"\bblamed\s(?:the\s|an?\s)?[\w'-]+(?:\s[\w'-]+){0,16}?"
    r"(?:\sfor\s(?:the|it|its|this)\b[^.;]{0,40})?"
    # (and a relative clause on the blamed: "Residents blamed the army,
    # which has used Turkish-made drones against the jihadists.")
    r"(?:,\s(?:which|who)\s[^.;]{0,80})?\.(?:\s|$)"
)


# "by" right before an agent, past its usual modifiers: a self-given name
# ("by the self-styled X", "by the so-called X"), a part of the group ("by a
# cell of the X", "by members of X") and an opening quotation mark ('by the
# "X"'); any verb of the deed may stand before the "by" ("was carried out
# by", "was staged in the capital by"), those of other deeds are read apart
# (_REPORTED_BY, _FOILED_BY, _OTHER_DEED_BY).
# A claim denied by its subject: "no (armed) group", "neither the rebels
# nor", "no person or organization" before the actor (on the 60 characters
# before it) ...
_NO_CLAIMANT_BEFORE: Final = lazy_re(
    globals(),
    "_NO_CLAIMANT_BEFORE",
    r"\b(?:no|neither|nor)\s++(?:[\w-]++\s++){0,2}?\Z",
)
# ... or a negation before "claimed" ("has not yet claimed", "never claimed").
_NOT_CLAIMED: Final = lazy_re(globals(), "_NOT_CLAIMED", r"\b(?:not|never)\b|n't\b")
_BY_BEFORE: Final = lazy(
    globals(),
    "_BY_BEFORE",
    r"\bby\s++(?:(?:the|an?|suspected|alleged|presumed|armed|heavily|unidentified"
    r"|unknown|rebel|government|\w++ing|so-called|self-styled|self-named|self-proclaimed"
    r"|urban|leftist|rightist|maoist|(?:a\s++)?+(?:group|band|unit|squad|cell|members?|units"
    r"|fighters|militants|guerrillas|terrorists|gunmen)\s++(?:of|from)(?:\s++the)?+)\s++)*+"
    r"[\"\u201c]?+\Z",
)
# "by" and up to four words of the agent's phrase before it, right after a
# trigger (see _by_agent): "kidnapped by the so-called X", "murdered by
# members of the X", "perpetrated by Maoist "Shining Path" guerrillas". A
# preposition, conjunction, relative or auxiliary ends the phrase: in
# "killed by a mine laid near the army post" the army did not act.
_BY_PHRASE_BEFORE: Final = lazy(
    globals(),
    "_BY_PHRASE_BEFORE",
    r"""
    \bby\s++
    (?:(?!(?:in|on|at|near|from|to|into|onto|with|against|after|before|during
          |while|when|where|and|or|but|who|which|that|was|were|is|are|had|has
          |have|been|be)\b)
       [\w'"-]++\s++){0,4}+
    \Z
    """,
    regex.VERBOSE,
)
# A group blamed for an attack, or one it is attributed to, is its presumed
# perpetrator ("blamed the rebels for it", "blamed the bombing on the drug
# mafia", "a drone strike blamed on the RSF", "was attributed to the
# rebels"); on the 60 characters before the actor.
_BLAMED_BEFORE: Final = lazy(
    globals(),
    "_BLAMED_BEFORE",
    r"""
    \b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)
      |(?:blam(?:ed|es|ing)|pinned)\s++(?:[\w'-]++\s++){0,6}?on
    # ("a drone strike blamed on Sudan's paramilitary Rapid Support Forces")
      |(?:blamed|pinned)\s++on\s++(?:[\w'-]++\s++){0,3}?[\w'-]++
      |attribut(?:ed|es|ing)\s++(?:[\w'-]++\s++){0,6}?to
    # ("bombings in markets are a hallmark of Boko Haram and its rival
    # ISWAP": their kind of deed, each a suspect)
      |(?:hallmark|trademark)s?\s++of
      |(?:hallmark|trademark)s?\s++of(?:\s++[\w'-]++){1,5}?\s++(?:and|or)
        (?:\s++(?:its|their)\s++(?:rival|ally|affiliate|offshoot)s?)?)
    \s++(?:(?:the|an?)\s++)?+\Z
    """,
    regex.VERBOSE,
)
# A passive claim right before an actor: "an attack claimed by the" (the
# 60 characters before it, anchored at their end).
_CLAIMED_BY_BEFORE: Final = re.compile(r"\bclaimed\s+by\s+(?:(?:the|an?)\s+)?\Z")
# The passive of blame right after an actor: "a dissident faction of the ADF
# was blamed for an attack", "gunmen believed to be X were suspected in".
_BLAMED_AFTER: Final = re.compile(
    r"\s*(?:,[^,.;]{1,40},\s*)?(?:(?:was|were|is|are)(?:\s+being)?|(?:has|have|had)\s+been)\s+"
    r"(?:\w+ly\s+|also\s+)?"
    r"(?:blamed|accused\s+of|suspected\s+(?:in|of)|held\s+responsible)\b"
)
_AGAINST_BEFORE: Final = lazy(
    globals(),
    "_AGAINST_BEFORE",
    r"\b(?:from|against|on|targeting|at|upon|with)\s++(?:(?:the|an?|some|several"
    r"|many|\w++)\s++){0,2}?\Z",
)
# An operation's target, right before an actor: "an operation against",
# "a military offensive against the" (the folded text before the actor).
_OPERATION_AGAINST: Final = re.compile(
    r"\b(?:operations?|crackdown|campaign|offensive)\s+against\s+(?:the\s+)?\Z"
)
# Right after an actor (past its backers): it launched an operation ("backed
# by a Kenya-led mission launched an operation", "launched a military
# offensive"), the subject of the deed told after it.
_LAUNCHED_OPERATION: Final = re.compile(
    r"(?:,?\s+(?:backed|supported|assisted)\s+by\s+[^,.;]{1,50}?)?"
    r"\s+(?:(?:has|have|had|on\s+\w+)\s+)?launched\s+(?:an?|the|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:operations?|offensive|crackdown|campaign)\b"
)
# An ally's description before the enemy it fights (the folded text before
# an actor): "the main U.S. ally in the fight against", "partners in the war
# against".
_ALLY_AGAINST: Final = re.compile(
    r"\b(?:ally|allies|partner|partners|coalition)\s+in\s+(?:the\s+)?"
    r"(?:fight|war|battle|campaign|struggle)\s+against\s+$"
)
# What may join two actors that act together: "the army and national police".
# (a hyphened modifier of the second may stand after the "and": "M23 rebels
# and pro-government Wazalendo militias", "the army and Russia-backed
# mercenaries")
_JOINED_SOURCE: Final = (
    r"[\s,]*+(?:(?:and|or|as\swell\sas)\s++(?:(?:the|an?)\s++)?+(?:\w++-[\w-]++\s++)?+)?+"
)
_JOINED: Final = lazy(globals(), "_JOINED", _JOINED_SOURCE)
# _JOINED for ASCII text in the standard library's ``re`` (a fullmatch of a
# short gap costs a fraction of a ``regex`` call): with re.ASCII, \s and \w
# read ASCII text as ``regex`` does (see :func:`_ascii_twin`)
_JOINED_ASCII: Final = lazy_re(globals(), "_JOINED_ASCII", _JOINED_SOURCE, re.ASCII)
_BETWEEN_BEFORE: Final = lazy(
    globals(),
    "_BETWEEN_BEFORE",
    # ("the fighting pitted the Radaa force ... against the 444 Brigade")
    # ("between government security forces and Druze fighters": a word the
    # actor's mention leaves out may stand before it)
    r"\b(?:between|pitt(?:ed|ing))\s++(?:the\s++)?+(?:(?:pro-)?government\s++|rival\s++)?+\Z",
)
# A rivalry named before its parties: "a turf war between the Jalisco cartel
# and the local gang", "a feud between" (the folded text before an actor).
_RIVALRY_BETWEEN: Final = re.compile(
    r"\b(?:turf\s+wars?|feuds?|rivalry|rivalries|disputes?|vendettas?)\s+between\s+"
    r"(?:[\w'().-]+\s+){0,14}?\(?$"
)
# A trigger naming other incidents than the one told: "has carried out
# similar attacks", "such bombings", "in previous attacks" (the ends of the
# 25 characters before the trigger; one ``str.endswith`` call).
_OTHER_INCIDENTS_BEFORE: Final = tuple(
    w + space
    for w in ("similar", "such", "previous", "past", "earlier", "prior")
    for space in (" ", "\n")
)
# An adverb may stand between the auxiliary and the trigger ("was
# reportedly attacked"): the whole word is taken possessively and then
# must end in "ly" (a possessive "\w++ly" would have eaten the "ly").
_PASSIVE_BEFORE: Final = lazy(
    globals(),
    "_PASSIVE_BEFORE",
    # ("a convoy came under attack": its subject was attacked; "came under
    # fire" is a trigger from "under" on)
    r"\b(?:(?:was|were|been|being|be|is|are|got|get)\s++(?:\w++(?<=ly)\s++)?+"
    r"|(?:came|come|comes|coming)\s++(?:under\s++)?)\Z",
)
# The first words of _AGAINST_BEFORE and _PASSIVE_BEFORE, and how many
# words (split at white space) end their match at most: the word is the
# end of one of the window's last words (see :func:`_ends_word`).
_AGAINST_WORDS: Final = ("from", "against", "on", "targeting", "at", "upon", "with")
_PASSIVE_WORDS: Final = (
    "was", "were", "been", "being", "be", "is", "are", "got", "get", "came", "come",
    "comes", "coming",
)  # fmt: skip


def _ends_word(window: str, words: tuple[str, ...], last: int) -> bool:
    """
    Whether a pattern ``\\b(?:words)\\s++`` followed by at most
    ``last - 1`` words, each followed by white space, up to ``\\Z`` can
    match *window*: the window ends in white space and one of its *last*
    words (split at white space, which holds every character ``\\s``
    matches) ends with one of *words*. A cheap test done before the search
    (a plain loop: ``any`` over a generator, which ruff prefers, cost more
    than the test itself).
    """
    if not window[-1:].isspace():
        return False
    for w in window.rsplit(None, last)[-last:]:  # noqa: SIM110
        if w.endswith(words):
            return True
    return False


_KIND_RANK: Final = {
    "village": 0,
    "town": 0,
    "populated_place": 0,
    "city": 1,
    "feature": 2,
    "district": 2,
    "province": 3,
    "mountain": 4,
    "river": 4,
    "water": 5,
    "country": 6,
    "region": 7,
    "unknown": 5,
}
_KIND_PRECISION: Final = {
    "village": "exact",
    "town": "exact",
    "populated_place": "exact",
    "city": "exact",
    "feature": "near",
    "mountain": "near",
    "river": "near",
    "water": "near",
    "district": "district",
    "province": "province",
    "country": "country",
    "region": "region",
}
_LOCAL_KINDS: Final = frozenset(
    {"village", "town", "populated_place", "city", "district"}
)

_CIVILIAN_VICTIMS: Final = frozenset(
    {"civilians", "children", "women", "men", "journalists", "aid workers",
     "people", "politicians", "officials", "foreigners", "prisoners"}
)  # fmt: skip
_VICTIM_KIND: Final = {
    "civilians": "civilians",
    "children": "civilians",
    "women": "civilians",
    "men": "civilians",
    "journalists": "civilians",
    "aid workers": "civilians",
    "people": "civilians",
    "foreigners": "civilians",
    "prisoners": "civilians",
    "politicians": "civilians",
    "militants": "rebel",
    "soldiers": "state",
    "police": "state",
    "security forces": "state",
    "officials": "state",
    "peacekeepers": "external",
}
_HARMED: Final = frozenset({"killed", "wounded", "killed_or_wounded", "kidnapped"})
#: The other outcomes whose victims may be side B when no count harms anyone.
_SIDE_B_OTHER_OUTCOMES: Final = frozenset(CASUALTY_OUTCOMES) - _HARMED - {"released"}
_GENERIC_VICTIMS: Final = frozenset({"people", "unknown"})
# Victim categories inside a broader one: a story may give the toll of the
# broad group and, in another sentence, its breakdown ("seven members of
# the security forces were killed ... The dead were six soldiers and a
# policeman"), which is the same dead told twice. (Named in one sentence,
# "six priests and two women", they are different people.)
_BROADER_VICTIMS: Final = _BROADER_VICTIM
_BROAD_VICTIMS: Final = frozenset(_BROADER_VICTIMS.values())

#: The provenance reason of a count that sums a war or a stretch of time
#: ("the conflict has killed tens of thousands of people"), as the default
#: casualties parser gives it: no incident's toll, so no event's.
_CUMULATIVE: Final = _CUMULATIVE_REASON
# The reason the casualties family gives a party's claim of its own kills.
_OWN_KILLS: Final = _CLAIM_REASON

#: Days two dates may lie apart and still belong to one incident.
_SAME_INCIDENT_DAYS: Final = 2
#: Days before the report past which a dated deed with a toll is no part of
#: an undated incident told before it (a lead dated only by its report).
_STALE_DAYS: Final = 14
#: How many of the latest incidents a sentence with a date or place of its
#: own is compared with, the latest first (a report of more incidents than
#: this is a list or a digest: a sentence continuing an incident this far
#: back opens a new one instead).
_COMPARED: Final = 50
#: A sentence whose dates all end this long before publication is history.
_HISTORY_DAYS: Final = 365
#: Date precisions of a stretch of time rather than of a deed's day or week
#: ("last year", "last month", "in the first half").
_PERIODS: Final = frozenset(
    {"month", "season", "quarter", "half", "year", "decade", "century"}
)


# --- per-sentence analysis ----------------------------------------------------


_M = TypeVar("_M", DateMention, PlaceMention, ActorMention, CasualtyCount)


class _Trigger(NamedTuple):
    start: int
    end: int
    group: str
    definite: bool


class _Sentence(NamedTuple):
    """An event sentence and its usable mentions (a tuple: made cheaply, many per story)."""

    position: int  # the sentence's number in the story
    start: int
    end: int
    triggers: tuple[_Trigger, ...]
    dates: tuple[DateMention, ...]
    places: tuple[PlaceMention, ...]
    actors: tuple[ActorMention, ...]
    casualties: tuple[CasualtyCount, ...]
    anaphora: bool
    opener: bool
    reference_only: bool


class _Cluster:
    """
    The sentences of one incident, with what clustering compares kept up to
    date as sentences join (recomputing them from all sentences for every
    comparison made clustering quadratic in the length of a story). A plain
    slotted class: one is made per incident, and nothing outside reads it.
    """

    __slots__ = (
        "children",
        "dates",
        "intervals",
        "parent",
        "part",
        "places",
        "places_seen",
        "roundup",
        "sentences",
    )

    def __init__(self) -> None:
        #: a round-up's towns ("killing nine in Kyiv, Kharkiv and Odesa"), when
        #: the incident opened with a list of them (:func:`_listed_towns`)
        self.roundup: frozenset[str] | None = None
        #: the incidents split off a round-up, one per town, and the round-up
        #: an incident was split from
        self.children: list[_Cluster] = []
        self.parent: _Cluster | None = None
        #: a part's own keys among its round-up's (its towns, else provinces)
        self.part: frozenset[str] = frozenset()
        self.sentences: list[_Sentence] = []
        self.dates: list[DateMention] = []
        self.places: list[PlaceMention] = []
        #: distinct (earliest, latest) intervals of the dates
        self.intervals: set[tuple[_dt.date, _dt.date]] = set()
        #: the places' countries, admin1 codes, local and non-country keys
        self.places_seen = _PlaceSets()

    def add(self, s: _Sentence) -> None:
        self.sentences.append(s)
        if s.dates:
            self.dates.extend(s.dates)
            mine = _intervals(s.dates)
            if self.intervals:
                # a span holding a day the incident already has ("the second
                # in the capital this month", after Sunday night's bombing)
                # does not widen the days later sentences are matched with
                had = self.intervals
                mine = {
                    (lo, hi)
                    for lo, hi in mine
                    if not any(lo <= a and b <= hi and (a, b) != (lo, hi) for a, b in had)
                }
            self.intervals.update(mine)
        if s.places:
            self.places.extend(s.places)
            self.places_seen.update(s.places)


_FIRST: Final = itemgetter(0)
# A trigger's ``definite`` field, read in C (``any(map(...))`` makes no
# generator frame per trigger, as ``any(t.definite for t in ...)`` does).
_DEFINITE_FLAG: Final = attrgetter("definite")
_TRIGGER_START: Final = attrgetter("start")
_TRIGGER_END: Final = attrgetter("end")
_SPAN_START: Final = attrgetter("span.start")


def _outside_names(
    triggers: list[_Trigger], actors: Sequence[ActorMention], text: str
) -> list[_Trigger]:
    """
    *triggers* but those inside the name of an actor, capitalised, before
    the name's last word ("Third Assault Brigade", "Rapid Action Force"; not
    "Russian glide bombs", not a title-case headline's "Israeli Strikes").
    """
    named = [a.span for a in actors if not a.generic and " " in a.text]
    if not named:
        return triggers  # (most sentences: no name of many words)
    return [
        t
        for t in triggers
        if not (
            text[t.start].isupper()
            and any(sp.start < t.start and t.end < sp.end for sp in named)
        )
    ]


def _locate(mentions: Sequence[_M], starts: list[int]) -> dict[int, list[_M]]:
    """
    The *mentions* by the sentence they start in: the sentence's index + 1
    (by bisection of the sorted sentence *starts*; one before the first
    sentence belongs to the first) -> its mentions, in their own order. One
    pass over a story's few mentions, and a sentence's then cost one dict
    look-up, where sorting out numbers and bisecting them for each sentence
    read cost several times more.
    """
    out: dict[int, list[_M]] = {}
    right = bisect.bisect_right
    for m in mentions:
        number = right(starts, m.span.start) or 1
        got = out.get(number)
        if got is None:
            out[number] = [m]
        else:
            got.append(m)
    return out


def _cues(pattern: regex.Pattern[str], folded: str, start: int, end: int) -> list[int]:
    # (_IRREALIS_CUE and _DEFINITE_CUE: plain alternations of words, whose
    # search is linear, so no timeout, which reads the process clock, a
    # system call, at each match)
    return [m.start() for m in pattern.finditer(folded, start, end)]


def _cut_cue(folded: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """
    Whether ``folded[lo:hi]`` starts inside a word with one of the cue
    *words*: a search in that slice sees a word start there, which a scan
    of the whole sentence does not.
    """
    return 0 < lo < hi and folded.startswith(words, lo) and _is_word(folded[lo - 1])


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# ASCII characters other than letters, digits and "_", as spaces (the
# word boundaries of \b in ASCII text). A table of bytes: ``bytes.translate``
# reads it directly, ``str.translate`` looks each character up in a dict.
_NON_WORD: Final = bytes(c for c in range(128) if not (chr(c).isalnum() or c == 95))
_SEPARATORS: Final = bytes.maketrans(_NON_WORD, b" " * len(_NON_WORD))


# A stem of _TRIGGER_STEMS, or a cue word of _BACKGROUND_WORDS,
# _ANAPHORA_NOUNS or _CIRCUMSTANCE_WORDS, or a verb of _UNTRIGGERED_CLAIM,
# at the start of a word, in the text as ASCII bytes where
# every character but ASCII letters, digits and "_" is a space (:func:`_scan`):
# the space before the word, then the stem. One scan by the standard
# library's ``re`` (bytes, a literal first character, no repetition: linear,
# no backtracking) instead of one search per stem. No word of the five
# lists begins another (a test checks), so a match is one of them, whole.
_SCAN_KIND: Final = {
    **{word.encode(): 4 for word in _UNTRIGGERED_CLAIM},
    **{word.encode(): 3 for word in _CIRCUMSTANCE_WORDS},
    **{word.encode(): 2 for word in _ANAPHORA_NOUNS},
    **{word.encode(): 1 for word in _BACKGROUND_WORDS},
    **{word.encode(): 0 for word in _TRIGGER_STEMS},
}
_WORD_SCAN: Final = re.compile(
    rb" (?:" + _trie([w.decode() for w in _SCAN_KIND]).encode() + rb")"
)
# _SCAN_KIND by a whole _WORD_SCAN match (the space, then the word): no
# slice of each match is made to look it up.
_SCAN_KIND_MATCHED: Final = {b" " + word: kind for word, kind in _SCAN_KIND.items()}


def _scan(
    folded: str,
) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
    """
    Where a _TRIGGER match can start in *folded*, in order (each place a
    stem of :data:`_TRIGGER_STEMS` starts a word, and a few more); and the
    same for the cue words of _BACKGROUND, of _PLACE_ANAPHORA and of
    _CIRCUMSTANCE (:data:`_CIRCUMSTANCE_WORDS`), and for the verbs of
    :data:`_UNTRIGGERED_CLAIM`.

    The text is read as ASCII bytes, one ``?`` for each other character
    (same offsets), every character but letters, digits and "_" made a
    space, and a space put in front: a stem starting a word then follows a
    space, and one scan in C (:data:`_WORD_SCAN`) finds them all. A trigger
    stem right after a non-ASCII character that is a letter or digit to
    ``str.isalnum`` ("\u00e9car", "\u00b2attacked") is then dropped, as the
    word-by-word reading did; a cue word there is kept, and its pattern,
    which starts with \b, decides.
    """
    padded = b" " + folded.encode("ascii", "replace").translate(_SEPARATORS)
    found: tuple[list[int], list[int], list[int], list[int], list[int]] = (
        [],
        [],
        [],
        [],
        [],
    )
    kinds = _SCAN_KIND_MATCHED
    # (the space before the word is at the word's offset in *folded*)
    for m in _WORD_SCAN.finditer(padded):
        found[kinds[m.group()]].append(m.start())
    if not folded.isascii():
        # a stem right after a non-ASCII character that counts as a letter
        # or digit ("\u00b2", "\u00bd") does not start a word
        found[0][:] = [
            at
            for at in found[0]
            if not at or not ((c := folded[at - 1]).isalnum() or c == "_")
        ]
    return found


def _circumstance(
    folded: str, start: int, end: int, plain: bool, cues: list[int], starts: list[int]
) -> bool:
    """
    Whether _CIRCUMSTANCE matches in ``folded[start:end]``. When *plain* (it
    and the character before are ASCII, where the scan's word starts are
    \b's) it is searched only if a word every match holds starts a word
    there: one of the *cues* (:func:`_scan`'s _CIRCUMSTANCE_WORDS), or a
    trigger start of *starts* that begins one of _CIRCUMSTANCE_TRIGGER_WORDS
    ("killed", "carried"). (Elsewhere the scan drops a stem after "\u00b2",
    where \b sees a word start: the pattern is searched.)
    """
    if not plain:
        return _CIRCUMSTANCE.search(folded, start, end, timeout=REGEX_TIMEOUT) is not None
    if not _cue_in(cues, start, end, folded, _CIRCUMSTANCE_WORDS):
        i = bisect.bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            if folded.startswith(_CIRCUMSTANCE_TRIGGER_WORDS, starts[i]):
                break
            i += 1
        else:
            if not folded.startswith(_CIRCUMSTANCE_TRIGGER_WORDS, start):
                return False
    return _CIRCUMSTANCE_ASCII.search(folded, start, end) is not None


def _trigger_starts(folded: str) -> list[int]:
    """Where a _TRIGGER match can start in *folded*, in order (see :func:`_scan`)."""
    return _scan(folded)[0]


def _cue_in(
    cues: list[int], start: int, end: int, folded: str, words: tuple[str, ...]
) -> bool:
    """
    Whether a cue word of *words* starts a word in ``folded[start:end]``:
    one of the sorted *cues* (from :func:`_scan`) lies there, or one starts
    the sentence (a pattern searched in the sentence alone sees a word start
    there even right after a letter).
    """
    i = bisect.bisect_left(cues, start)
    return (i < len(cues) and cues[i] < end) or folded.startswith(words, start)


#: Candidate starts in one sentence above which one scan of the sentence
#: is cheaper than trying each candidate in turn (the two find the same).
_DENSE: Final = 12
#: Triggers in one sentence up to which each window is searched directly,
#: without first finding the sentence's cue words (the two agree).
_FEW: Final = 4


def _trigger_matches(
    folded: str, start: int, end: int, starts: Sequence[int]
) -> list[tuple[int, int, str]] | Iterator[tuple[int, int, str]]:
    """
    The ``(start, end, group)`` of the _TRIGGER matches of
    ``folded[start:end]``, trying only *starts*: a list, or for a dense run
    of candidates an iterator over one scan (a long run of trigger words is
    not held twice in memory).
    """
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end, first)
    if first == last:
        return []
    if last - first > _DENSE:
        return (
            (m.start(), m.end(), m.lastgroup or "harm")
            for m in _TRIGGER.finditer(folded, start, end, timeout=REGEX_TIMEOUT)
        )
    found: list[tuple[int, int, str]] = []
    # a match looks at the character before its start and at most up to
    # *end*: where all those are ASCII, the cheaper pattern reads them alike
    lo = starts[first]
    plain = folded[lo - 1 if lo else 0 : end].isascii()
    done = start  # where the previous match ended: matches do not overlap
    for k in range(first, last):
        at = starts[k]
        if at >= done:
            # (in ASCII, the pattern of the word's first letter)
            m = (
                _TRIGGER_AT.get(folded[at], _TRIGGER_ASCII) if plain else _TRIGGER
            ).match(folded, at, end)
            if m is not None:
                done = m.end()
                found.append((at, done, m.lastgroup or "harm"))
    return found


def _triggers(
    folded: str, start: int, end: int, starts: Sequence[int] | None = None
) -> list[_Trigger]:
    """
    The trigger words of ``folded[start:end]`` used as facts, in order.

    *starts* are the sorted positions where a trigger can start (from
    :func:`_trigger_starts` of the whole text). The cue words of the
    sentence are found once and swept alongside the triggers, so each
    trigger costs a bounded amount of work (a window of 60 characters
    before it): a sentence of thousands of trigger words is read whole, in
    linear time.
    """
    if starts is None:
        starts = _trigger_starts(folded)
    matches = _trigger_matches(folded, start, end, starts)
    if not matches:
        return []
    found: list[_Trigger] = []
    add = found.append
    new = tuple.__new__
    if isinstance(matches, list) and len(matches) <= _FEW:
        # a few triggers: searching their windows costs less than finding
        # every cue word of the sentence
        for at, stop, group in matches:
            lo = at - 60 if at - 60 > start else start
            if group == "explosion" and _carried(folded, lo, at):
                continue
            if group == "civilian" and _freed_hostages(folded, lo, at):
                continue
            if "been" in folded[lo:at] and _TARGET_OF_BEFORE.search(folded, lo, at):
                continue  # "Peru has been the target of bloody terrorist attacks"
            # both patterns end in white space right before the trigger
            if at > start and not folded[at - 1].isspace():
                add(new(_Trigger, (at, stop, group, False)))
                continue
            window = folded[lo:at]
            if (_IRREALIS_ASCII if window.isascii() else _IRREALIS).search(
                window, _irrealis_start(window)
            ):
                continue
            lo = at - 30 if at - 30 > start else start
            add(new(_Trigger, (at, stop, group, _is_definite(folded, lo, at, stop))))
        return found
    irrealis = _cues(_IRREALIS_CUE, folded, start, end)
    definite_cues = _cues(_DEFINITE_CUE, folded, start, end)
    n_irrealis, n_definite = len(irrealis), len(definite_cues)
    i = j = 0  # the first cue word at or after the current window
    startswith = folded.startswith
    for at, stop, group in matches:
        # _IRREALIS and _DEFINITE match only from a cue word in the 60 (30)
        # characters before the trigger: look for one before searching.
        lo = at - 60 if at - 60 > start else start
        if group == "explosion" and _carried(folded, lo, at):
            continue
        if group == "civilian" and _freed_hostages(folded, lo, at):
            continue
        if "been" in folded[lo:at] and _TARGET_OF_BEFORE.search(folded, lo, at):
            continue
        while i < n_irrealis and irrealis[i] < lo:
            i += 1
        if (
            (i < n_irrealis and irrealis[i] < at)
            or (
                startswith(_IRREALIS_CUE_WORDS, lo)
                and _cut_cue(folded, lo, at, _IRREALIS_CUE_WORDS)
            )
        ) and (
            _IRREALIS_ASCII if (window := folded[lo:at]).isascii() else _IRREALIS
        ).search(window):
            continue
        if lo < at - 30:
            lo = at - 30
        while j < n_definite and definite_cues[j] < lo:
            j += 1
        definite = False
        if (j < n_definite and definite_cues[j] < at) or (
            startswith(_DEFINITE_CUE_WORDS, lo)
            and _cut_cue(folded, lo, at, _DEFINITE_CUE_WORDS)
        ):
            definite = _is_definite(folded, lo, at, stop)
        add(new(_Trigger, (at, stop, group, definite)))
    return found


#: A place or people told as a habitual target ("Peru has been the target of
#: bloody terrorist attacks", "the town has been a target of repeated air
#: strikes"): no deed of the story (the folded text right before a trigger).
_TARGET_OF_BEFORE: Final = re.compile(
    r"\b(?:has|have|had)\s+been\s+(?:the|a)\s+(?:\w+\s+)?targets?\s+of\s+(?:[\w-]+\s+){0,3}$"
)


#: Hostages set free (the folded text before "hostages"): "freed 30
#: hostages", "rescued the hostages" (not "released six hostages": their
#: captors' release tells the kidnapping).
_FREED_BEFORE: Final = re.compile(
    r"\b(?:fre(?:ed|eing|e)|rescu(?:ed|ing|e)|liberat(?:ed|ing|e))\s+(?:[\w-]+\s+){0,3}?$"
)


def _freed_hostages(folded: str, lo: int, at: int) -> bool:
    """
    Whether "hostages" at *at* are set free ("troops killed seven ADF fighters
    and freed 30 hostages"): a rescue, no kidnapping told (*lo* starts the
    window before it).
    """
    return folded.startswith("hostage", at) and (
        _FREED_BEFORE.search(folded, lo, at) is not None
    )


def _carried(folded: str, lo: int, at: int) -> bool:
    """
    Whether the explosive at *at* is a weapon carried, not used: "militants
    armed with rifles and grenades stormed a police station" is an assault,
    no blast; nor are weapons taken ("killing four gunmen and seizing
    rifles and a grenade launcher"). *lo*: where the window before it starts.
    """
    return (
        folded.find("armed with", lo, at) >= 0
        or folded.find("seiz", lo, at) >= 0
        or folded.find("confiscat", lo, at) >= 0
        # ("Security forces recovered three rifles and a grenade from the
        # scene": weapons found after the incident, no blast, nor the
        # forces' deed)
        or folded.find("recover", lo, at) >= 0
    ) and _ARMED_WITH.search(folded, lo, at) is not None


# "armed with" and a list of weapons up to a trigger: "armed with rifles,
# machetes and hand grenades" (items end with a comma, "and" or "or": in
# "armed with rifles threw grenades" the grenades were used); weapons seized,
# confiscated or recovered, listed so.
_ARMED_WITH: Final = re.compile(
    r"\b(?:armed\s+with|seiz(?:ed|ing)|confiscat(?:ed|ing)|recover(?:ed|ing))\s+"
    r"(?:(?:[\w-]+\s+){1,2}?(?:and|or)\s+|[\w-]+(?:\s+[\w-]+)?,\s+){0,4}"
    r"(?:[\w-]+\s+)?$"
)


def _irrealis_start(window: str) -> int:
    """
    Where a search of *window* (which ends in white space) for _IRREALIS
    may start: its match is at most four words joined by white space, up
    to the end, the first a cue word, so it starts in one of the last four
    words (a search from the white space before them finds what a search of
    the whole window finds, at a fraction of the starts tried). Testing
    those words for a cue word first cost more than the search it saves.
    """
    words = window.rsplit(None, 4)
    return len(words[0]) if len(words) == 5 else 0


def _is_definite(folded: str, lo: int, at: int, stop: int) -> bool:
    """Whether the trigger at ``folded[at:stop]`` refers back (see _DEFINITE); *lo* starts its window."""
    window = folded[lo:at]
    # the determiner ends one of the last two words of the window
    words = window.rsplit(None, 2)
    if not (words and window[-1].isspace()) or not (
        words[-1].endswith(_DETERMINERS)
        or (len(words) > 1 and words[-2].endswith(_DETERMINERS))
    ):
        return False
    # (a match is at most those two words: the search starts before them)
    ref = (_DEFINITE_ASCII if window.isascii() else _DEFINITE).search(
        window, len(words[0]) if len(words) == 3 else 0
    )
    if ref is None:
        return False
    # "the police attacked": the word is the subject of a verb; not
    # "the roadside ied", "the 12 wounded" (nouns ending in -ed)
    word = ref.group("word")
    if not word:
        if ref.group().startswith("that"):
            trigger = folded[at:stop]
            if (
                trigger.endswith("ed") and trigger not in _ED_NOUNS
            ) or trigger in _IRREGULAR_PAST:
                return False  # "a militia that fought ...": a relative clause's verb
        return True
    trigger = folded[at:stop]
    return not (
        (
            (trigger.endswith("ed") and trigger not in _ED_NOUNS)
            or trigger in _IRREGULAR_PAST
            # ("the Houthis launched two missiles": a launch's verb)
            or trigger.startswith(("fired ", "launched "))
        )
        and not word.rstrip().isdigit()
        and _NUMBER_WORD.fullmatch(word.rstrip()) is None
    )


def _is_reporting_date(folded: str, date: DateMention, sent_start: int) -> bool:
    at = date.span.start  # (the span's own slot: .start is a Python property)
    # (a conditional, not the max builtin, whose keyword parsing costs more)
    lo = at - 60
    before = folded[lo if lo > sent_start else sent_start : at]
    return _has_reporting_word(before) and bool(_REPORTING_BEFORE.search(before))


# A reaction to a deed, told with the day of the reaction: "the ministry
# today condemned the murder", "the army on Monday denied ...", "protested
# today the killing". The date is the reaction's, the deed came before it.
# (Verb forms: "protesters", "mourners" on a day are no reaction.)
_REACTION_WORDS: Final = (
    "condemn", "denounc", "deplor", "repudiat", "protested", "mourned", "lament",
    "regrett", "critici", "referred", "denied", "denies", "demanded", "expressed",
    "rejected",
)  # fmt: skip


def _is_reaction_date(folded: str, date: DateMention) -> bool:
    """Whether a reaction word (:data:`_REACTION_WORDS`) right before or after *date* dates it."""
    # (one white space character between the words, as wire copy has;
    # str methods in C, no pattern: this runs for every date read)
    end = date.span.end
    if folded[end : end + 1].isspace() and folded.startswith(_REACTION_WORDS, end + 1):
        return True
    at = date.span.start
    if not folded[at - 1 : at].isspace():
        return False
    lo = at - 16 if at > 16 else 0  # (conditionals: see _is_reporting_date)
    space, line = folded.rfind(" ", lo, at - 1), folded.rfind("\n", lo, at - 1)
    word = (space if space > line else line) + 1
    return word > 0 and folded.startswith(_REACTION_WORDS, word, at - 1)


def _usable_date(d: DateMention, doc: Document, sent_start: int) -> bool:
    if not d.resolved or d.kind not in ("date", "range", "event_relative"):
        return False  # ("a day earlier", resolved against the story's incident: a date)
    assert d.earliest is not None and d.latest is not None
    pub = doc.published
    if pub is not None and d.earliest > pub:
        return False  # future: planned, not happened
    dl = doc.dateline
    if (
        dl is not None
        and dl.date is not None
        and d.span.start < dl.span.end + 40
        and d.earliest == dl.date == d.latest
    ):
        return False  # the dateline's own date
    folded = doc.folded
    at = d.span.start
    if (
        at - 3 >= sent_start
        and folded.startswith("by ", at - 3)
        and (at == 3 or not folded[at - 4].isalnum())
    ):
        # "by Tuesday the toll had risen to 31", "had risen to five by
        # Friday evening": when a count stood, not the deed's day
        return False
    return not (
        _is_reporting_date(folded, d, sent_start)
        or _is_reaction_date(folded, d)
        or _is_burial_date(folded, d, sent_start)
    )


#: What is buried with the dead rather than their burial: "buried under the
#: rubble", "buried alive" (the text right after "buried").
_BURIED_UNDER: Final = (" under", " beneath", " alive", " in the rubble", " in rubble")


def _is_burial_date(folded: str, date: DateMention, sent_start: int) -> bool:
    """
    Whether *date* is the day of a burial told in its clause ("we buried
    them on Monday", "they were laid to rest on Tuesday"): the dead were
    killed before it, the day is no deed's.
    """
    at = date.span.start
    lo = at - 40 if at - 40 > sent_start else sent_start
    window = folded[lo:at]
    # (not "funeral": "killed 40 people at a funeral ... on Monday" is the
    # deed's scene and day)
    if "laid to rest" in window:
        return True
    k = window.rfind("buried")
    return k >= 0 and not window.startswith(_BURIED_UNDER, k + 6)


def _dateline_date(doc: Document) -> DateMention | None:
    """
    The report's own date, as "the week up to the report", for an event
    whose sentences give no date. Only a date written in the text is used:
    the dateline's, else (a dateline with no date, "TUBAS, West Bank
    (Reuters) -") a mention of the publication day in the lead ("the
    ministry said on Tuesday").
    """
    dl = doc.dateline
    if dl is None:
        return None
    day = dl.date
    limit = dl.span.end + 40
    if day is None:
        day = doc.published
        if day is None:
            return None
        spans = doc.sentences
        limit = (
            spans[min(1, len(spans) - 1)][1] if spans else 0
        )  # the first two sentences
    told: DateMention | None = None
    for d in doc.dates:
        if d.span.start >= limit:
            break
        if d.earliest == day == d.latest:
            told = d
            break
        if (
            told is None
            and dl.date is None
            and d.earliest is not None
            and d.earliest == d.latest
            and day - _dt.timedelta(days=2) <= d.earliest < day
            and _is_reporting_date(doc.folded, d, 0)
        ):
            # "The army said on Tuesday it had retaken the town", published
            # on Wednesday: the week up to the day the source spoke
            told = d
    if told is None or told.earliest is None:
        return None
    dl_date = told.earliest
    return _evolved(
        told,
        kind="range",
        value=f"{(dl_date - _dt.timedelta(days=6)).isoformat()}/{dl_date.isoformat()}",
        precision="week",
        earliest=dl_date - _dt.timedelta(days=6),
        latest=dl_date,
        provenance=_new_provenance(
            confidence=0.3,
            reason="no date in the event's sentences: the week up to the report",
        ),
    )


def _fallback_date(doc: Document, memo: list[DateMention | None]) -> DateMention | None:
    """:func:`_dateline_date`, made once per report and kept in *memo*."""
    if not memo:
        memo.append(_dateline_date(doc))
    return memo[0]


# What stands before a place only measured from: "(Bara,) about 60 km north
# of El Obeid", "(Dioura,) a village 40 km from Bandiagara", "30 miles
# outside Goma" (the folded text up to the place).
# (It starts with the unit's letters, which a search looks for first: the
# count before the unit adds nothing.)
_DISTANCE_ANCHOR: Final = re.compile(
    r"(?:kms?|kilomet(?:er|re)s?|miles?)\s+(?:\([^)]{0,30}\)\s+)?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of"
    r"|(?:away\s+)?from|outside(?:\s+of)?)\s+"
    r"(?:the\s+(?:\w+\s+)?(?:town|city|village|capital)\s+(?:of\s+)?)?$"
)


#: A place told as what lies across a river or a front from the scene named
#: before it: "shelled Nikopol, across the Dnipro river from the occupied
#: Zaporizhzhia nuclear plant" (the folded text before the anchor).
_ACROSS_FROM: Final = re.compile(
    r"\bacross\s+(?:the\s+)?(?:[\w-]+\s+){1,3}from\s+(?:the\s+)?(?:[\w-]+\s+)?$"
)


def _measured_from(
    places: list[PlaceMention], folded: str, sent_start: int, frame: str | None
) -> list[PlaceMention]:
    """
    Drop a place the sentence only measures another one from ("struck
    positions near the town of Bara, about 60 km north of El Obeid"): the
    scene is the earlier place, and the anchor, often the scene of an
    incident told before, would join the two. An anchor with no place named
    before it ("a village 20 km north of Mosul") stays: it is all the scene
    the sentence gives; so does the dateline's town (*frame*, its key), the
    writer's own measure ("15 km north of San Salvador", in a story from
    San Salvador), which on MUC-3/4 split one incident in two.
    """
    out: list[PlaceMention] = []
    named = False  # a place other than a country is in *out*
    for p in places:
        if named:
            at = p.span.start
            lo = at - 60 if at - 60 > sent_start else sent_start
            if (
                _DISTANCE_ANCHOR.search(folded, lo, at)
                or (
                    folded.find("across", lo, at) >= 0
                    and _ACROSS_FROM.search(folded, lo, at) is not None
                )
            ) and _place_key(p) != frame:
                continue
        out.append(p)
        named = named or p.kind != "country"
    return out


# A count told as a past war's toll: "the peace deal that ended a five-year
# civil war in which some 400,000 people died", "fought a year-long war with
# Israel that killed more than 4,000 people" (the text before the count).
_WAR_TOLL_BEFORE: Final = re.compile(
    r"\b(?:war|conflict|insurgency)s?"
    # (the war's parties or place: "a year-long war with Israel that killed",
    # "the war in Sudan and Chad that")
    r"(?:\s+(?:with|against|between|in)(?:\s+[\w'-]+){1,4}?)?"
    r"\s*,?\s+(?:in\s+which|which|that)\s+"
    r"(?:(?:has|have|had)\s+)?(?:(?:killed|left|claimed|cost)\s+(?:the\s+lives\s+of\s+)?)?"
    r"(?:an\s+estimated\s+)?$"
)


def _war_toll_at(c: CasualtyCount, folded: str, sent_start: int) -> int:
    """
    Where the war is named whose toll *c* is, the sentence recalling it, not
    the week's incident it may also tell ("surrounded his residence on
    Thursday, raising fears that the deal that ended a civil war in which
    400,000 people died could collapse"): that toll never gives an event its
    fatalities, whatever date the sentence holds; -1 if *c* is no such toll.
    """
    at = c.span.start
    m = _WAR_TOLL_BEFORE.search(folded, max(sent_start, at - 60), at)
    return -1 if m is None else m.start()


#: A perfect tense that makes a count a running total: "the group has killed
#: thousands of people", "hundreds of people have been killed in the state".
_PERFECT_BEFORE: Final = re.compile(
    r"\bha(?:s|ve)\s+(?:\w+\s+)?(?:killed|slain|massacred)\s+$"
)
_PERFECT_AFTER: Final = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:ha(?:s|ve)\s+(?:\w+\s+)?been\s+(?:killed|slain)|have\s+died)\b"
)


_BEST: Final = attrgetter("best")
_CHILDREN: Final = attrgetter("children")


#: A perfect tense of dying or of bodies found, then "since": a running sum
#: ("… bodies have been collected in and around Goma since the city fell",
#: "… people have been killed in the region since January"), on the folded
#: text right after the count.
_SINCE_TOTAL_AFTER: Final = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?ha(?:s|ve)\s+been\s+(?:\w+\s+)?"
    r"(?:killed|collected|recovered|buried|found|counted|recorded|registered)\b"
    r"[^.;]{0,80}?\bsince\b"
)


def _mass_displaced(c: CasualtyCount) -> bool:
    """Whether *c* counts a whole war's uprooted: at least _MASS people displaced."""
    return c.outcome == "displaced" and (c.best or c.low or 0) >= _MASS


#: How many people displaced make a count a war's, a country's, sum.
_MASS: Final = 100_000


def _running_toll(c: CasualtyCount, folded: str, sent_start: int) -> bool:
    """
    Whether *c* is a vague running total told in the perfect tense after the
    story's incident ("The group has killed thousands of people in eastern
    Congo", "Hundreds of people have been killed in the state"): a count of
    hundreds or more with no exact figure, which sums up a conflict and
    gives no incident its fatalities.
    """
    if c.best is not None or c.low is None or c.low < 100:
        return False
    at = c.span.start
    return (
        _PERFECT_BEFORE.search(folded, max(sent_start, at - 40), at) is not None
        or _PERFECT_AFTER.match(folded, c.span.end, c.span.end + 50) is not None
    )


def _is_arrest(c: CasualtyCount) -> bool:
    """Whether *c* counts people arrested (none of them harmed)."""
    return c.outcome == "arrested"


def _harms_nobody(c: CasualtyCount) -> bool:
    """Whether *c* counts people arrested or displaced (none of them harmed)."""
    return c.outcome == "arrested" or c.outcome == "displaced"


def _is_zero(c: CasualtyCount) -> bool:
    """Whether *c* counts nobody ("none of its troops", "no one was hurt")."""
    return c.best == 0 and not c.high


#: An official's title right after a place ("Lubero territory administrator",
#: "Kherson regional governor", "Gao police chief"): the place names the
#: office, not the scene.
_TITLE_AFTER: Final = re.compile(
    r" (?:(?:territory|province|provincial|district|state|regional|region|county|city|town)"
    r" )?(?:administrator|governor|mayor|police chief|commissioner|prefect)\b"
)
#: Words after a place and a hyphen that make it where someone is from or
#: works ("a London-based monitor", "the Tripoli-born commander"), not
#: where the sentence's deed happened.
_HOME_SUFFIXES: Final = (
    "-based",
    "-born",
    "-headquartered",
    # ("the U.S.-backed force", "Iran-aligned Houthis": a sponsor, no scene)
    "-backed",
    "-led",
    "-aligned",
    "-allied",
    "-funded",
    "-sponsored",
    "-supported",
    "-trained",
    "-brokered",
    # ("the Liberia-flagged Eternity C", "a Greek-owned bulk carrier": the
    # ship's flag or owner, not where it was attacked)
    "-flagged",
    "-owned",
    "-registered",
    "-operated",
)
#: How each text :func:`_usable_place` drops a place for begins.
_AFTER_PLACE: Final = ("-", " border")


def _usable_place(p: PlaceMention, folded: str, sent_start: int) -> bool:
    if p.role != "place":
        return False
    span = p.span
    end = span.end
    # (one test for the first characters of both checks: most places pass it)
    if folded.startswith(_AFTER_PLACE, end) and (
        folded.startswith(_HOME_SUFFIXES, end)
        # "near the Mali border": the scene lies beside that country, not in it
        or (p.kind == "country" and folded.startswith((" border", "-border"), end))
    ):
        return False
    if folded.startswith(", where ", end):
        return True  # "sent reinforcements to Jableh, where insurgents ambushed a patrol"
    if p.kind in _LOCAL_KINDS and _TITLE_AFTER.match(folded, end, end + 40) is not None:
        # "said Lubero territory administrator Alain Kiwewa": a title (a
        # province's office, "the Norte de Santander governor's office",
        # still says which province holds the scene)
        return False
    at = span.start
    lo = at - 40  # (see _is_reporting_date)
    before = folded[lo if lo > sent_start else sent_start : at]
    if (
        ("hospital" in before or "clinic" in before or "morgue" in before)
        and _CARE_BEFORE.search(before) is not None
        and _CARE_TARGETED.search(
            folded, at - 80 if at - 80 > sent_start else sent_start, at
        )
        is None
    ):
        # "taken to hospitals in Makurdi": where the hurt were treated; but
        # "looted a hospital in the town of Mirebalais": the attack's target
        return False
    if before.endswith(" for ") and (
        _FLED_FOR.search(folded, at - 90 if at - 90 > sent_start else sent_start, at)
        is not None
    ):
        return False  # "families have fled the city for Tawila": where they went
    if before.endswith(
        (", ", " to ", " in ", " of ", " towards ", " toward ")
    ) and _fled_to(folded, at - 90 if at - 90 > sent_start else sent_start, at):
        # "fled with her children to the district capital, Ancuabe", "took
        # refuge in Pemba", "fled to the nearby city of Saint-Marc": where
        # the survivors went
        return False
    if (
        "phone" in before or "speak" in before or "spoke" in before or "told" in before
    ) and _SPEAKER_FROM.search(before) is not None:
        # "told Reuters by phone from the nearby town of Balcad", "told
        # reporters in Cucuta": where the source spoke, not where the attack was
        return False
    if (
        "nautical" in before
        and _AT_SEA_BEFORE.search(before) is not None
        and _SHIP_REFERRED.search(folded, sent_start, at) is not None
    ):
        # "one missile hit the vessel about 70 nautical miles west of
        # Hodeidah": a ship told before, struck at sea, not in the port it is
        # measured from (a ship first named there, "a bulk carrier reported
        # an explosion 70 nautical miles west of Mokha", keeps the port: it is
        # all the scene the story gives)
        return False
    if _has_border_word(before) and (
        _BORDER_BEFORE_ASCII if before.isascii() else _BORDER_BEFORE
    ).search(before):
        # ("had repelled them from Sake": where they were driven out of is
        # the scene, not an origin)
        return before.endswith("from ") and _DRIVEN_OUT.search(before) is not None
    return True


#: A verb of driving a force out, then "from" (the folded text before a
#: place): "repelled them from", "drove the rebels out of ... from".
_DRIVEN_OUT: Final = re.compile(
    r"\b(?:repell?ed|repulsed|drove|driven|pushed|expelled|dislodged|ousted|flushed)"
    r"\s(?:[\w'-]+\s){0,3}?(?:back\s|out\s)?from\s$"
)


#: A sea distance measured from a place (the folded text before it): "70
#: nautical miles west of", "40 nautical miles off".
_AT_SEA_BEFORE: Final = re.compile(
    r"nautical\s+miles?\s+(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of"
    r"|off(?:\s+the\s+coast\s+of)?|from)\s+(?:the\s+(?:port\s+(?:city\s+)?(?:of\s+)?)?)?$"
)


#: Where a source spoke from (the folded text before the place): "by phone
#: from the nearby town of", "speaking to AFP from", "told reporters in".
_SPEAKER_FROM: Final = re.compile(
    r"\b(?:(?:by\s+(?:tele)?phone|speaking|spoke)\s+(?:[a-z'.-]+\s+){0,3}?from"
    # (or in: "he told reporters in Cucuta", "speaking in Kabul")
    r"|(?:speaking|spoke)\s+(?:[a-z'.-]+\s+){0,3}?in"
    r"|told\s+(?:reporters|journalists|a\s+(?:news|press)\s+conference)\s+in)\s+"
    r"(?:the\s+(?:[a-z-]+\s+)?(?:town|city|village|capital)\s+of\s+)?$"
)


#: A ship referred back to ("the vessel", "the tanker").
_SHIP_REFERRED: Final = re.compile(r"\bthe\s+(?:vessel|ship|tanker)\b")


#: Fleeing toward a place ("have fled the southern districts of El Fasher for
#: Tawila", "left their villages for Maiduguri"): a destination, no scene (the
#: folded text before the place, which ends in " for ").
_FLED_FOR: Final = re.compile(
    r"\b(?:fled|flee(?:s|ing)?|left|leaving|headed|escaped)\b[^.;]{0,70}\sfor\s$"
)


#: Fleeing to a place, or sheltering there ("fled with her three children to
#: the district capital, Ancuabe", "sought refuge in Pemba"), on the folded
#: text before the place: a destination, no scene.
_FLED_TO: Final = re.compile(
    r"(?:\b(?:fled|flee(?:s|ing)?|escaped)\b[^.;]{0,70}\s(?:to|towards?)"
    r"|\b(?:sought|seeking|took|taking|found)\s(?:refuge|shelter)\sin)"
    r"\s(?:the\s)?(?:[a-z'-]+\s){0,3}?(?:[a-z'-]+,\s)?$"
)


def _fled_to(folded: str, lo: int, at: int) -> bool:
    """Whether ``folded[lo:at]`` ends in a flight or refuge toward the place at *at* (:data:`_FLED_TO`)."""
    window = folded[lo:at]
    return (
        "fle" in window or "escap" in window or "refuge" in window or "shelter" in window
    ) and _FLED_TO.search(window) is not None


#: A hospital, clinic or morgue right before a place ("taken to hospitals in
#: Makurdi", "a clinic in Nefas Mewcha, about 40 km away"): where the
#: wounded or dead were brought, not the scene (folded text before it).
_CARE_BEFORE: Final = re.compile(
    r"\b(?:hospitals?|clinics?|morgues?|mortuary)\s+(?:in|at)\s+"
    r"(?:the\s+(?:[a-z-]+\s+)?(?:city|town|village)\s+of\s+)?\Z"
)


#: An attack on the hospital or clinic itself ("looted a hospital in",
#: "shelled the main clinic at"): the place after it is the scene.
_CARE_TARGETED: Final = re.compile(
    r"\b(?:loot|attack|struck|strik|hit|bomb|shell|storm|raid|burn|torch|target"
    r"|ransack|overr[au]n|seiz|occup|besieg|surround|destroy|damag|fire\s+(?:on|at|to))"
    r"[a-z]*\s+(?:(?:a|an|the|its|their|two|three|several)\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:hospitals?|clinics?)\s+(?:in|at)\s+(?:the\s+(?:[a-z-]+\s+)?(?:city|town|village)\s+of\s+)?\Z"
)


def _recent(dates: list[DateMention], doc: Document) -> list[DateMention]:
    """Drop the history dates of a sentence that also has recent ones."""
    if not dates:
        return dates  # (the publication date, a Document property, is not read)
    pub = doc.published
    if pub is None:
        return dates
    horizon = pub - _dt.timedelta(days=_HISTORY_DAYS)
    recent = [d for d in dates if d.latest is not None and d.latest >= horizon]
    return recent or dates


#: A verdict or charge before a deed's words: the sentence tells a trial.
_VERDICT: Final = re.compile(
    r"\b(?:sentenced|convicted|acquitted|indicted|jailed|found\s+guilty)\b"
)


def _refers_back_only(triggers: Sequence[_Trigger]) -> bool:
    """Whether the deeds of *triggers* (harm words aside) all refer back, and there is one."""
    acts = [t for t in triggers if t.group != "harm"]
    return bool(acts) and all(t.definite for t in acts)


def _on_trial(
    seg: str, triggers: Sequence[_Trigger], counts: Sequence[CasualtyCount], start: int
) -> bool:
    """
    Whether the sentence *seg* (starting at *start*) tells a verdict or a
    charge before any of its deeds and counts: the deeds are the trial's
    subject, long past ("sentenced to 20 years for his role in the killing
    of hundreds of civilians"), not an incident of the report.
    """
    m = _VERDICT.search(seg)
    if m is None:
        return False
    at = start + m.start()
    firsts = [t.start for t in triggers] + [c.span.start for c in counts]
    return bool(firsts) and at < min(firsts)


def _only_history(
    usable: Sequence[DateMention], every: Sequence[DateMention], doc: Document
) -> bool:
    """Whether the *usable* dates of a sentence are all history while another of *every* is recent."""
    pub = doc.published
    if pub is None:
        return False
    horizon = pub - _dt.timedelta(days=_HISTORY_DAYS)
    return all(d.latest is not None and d.latest < horizon for d in usable) and any(
        d.latest is not None and d.latest >= horizon for d in every
    )


def _dated_this_week(dates: Sequence[DateMention], doc: Document, start: int) -> bool:
    """Whether a date of the sentence at *start* dates a deed of the week up to the report."""
    pub = doc.published
    if pub is None:
        return False
    week = pub - _dt.timedelta(days=7)
    return any(
        d.latest is not None
        and d.earliest is not None
        and week <= d.earliest
        and d.latest <= pub
        and _usable_date(d, doc, start)
        for d in dates
    )


def _past_clause(
    doc: Document,
    start: int,
    end: int,
    dates: Sequence[DateMention],
    counts: Sequence[CasualtyCount],
) -> tuple[int, int]:
    """
    Where a relative clause opens and ends (at the next comma) in the
    sentence *start*:*end*, when it holds dates (of its resolved *dates*)
    all over before the week of the report and no toll (", which the RSF
    overran in April"); else *end* twice.
    """
    pub = doc.published
    if pub is None:
        return end, end
    folded = doc.folded
    found = [at for w in _RELATIVE_OPENERS[:2] if (at := folded.find(w, start, end)) >= 0]
    if not found:
        return end, end
    aside = min(found)
    shut = folded.find(",", aside + 2, end)
    if shut < 0:
        shut = end
    inside = [d for d in dates if aside < d.span.start < shut]
    horizon = pub - _dt.timedelta(days=7)  # (before the week of the report)
    if (
        not inside
        or any(d.latest is None or d.latest >= horizon for d in inside)
        or any(aside < c.span.start < shut for c in counts)
    ):
        return end, end
    return aside, shut


#: How many days before the report a deed told after the week's news is
#: past news, recalled ("In March, ...").
_PAST_DAYS: Final = 30


def _stale_recall(
    doc: Document, start: int, dates: Sequence[DateMention], told: Sequence[_Sentence]
) -> bool:
    """
    Whether the resolved *dates* of the sentence at *start* are all over a
    month before the report, months or years or the sentence's opener ("In
    March, a bombing at a bank in Kandahar killed 21 people"), after
    sentences (*told*) that dated a deed in the week of the report: the
    news told, the sentence recalls an older deed.
    """
    pub = doc.published
    if pub is None:
        return False
    horizon = pub - _dt.timedelta(days=_PAST_DAYS)
    if any(d.latest is None or d.latest >= horizon for d in dates):
        return False
    if not all(d.precision in _PERIODS for d in dates):
        # (a day, "the massacre of six priests on 16 November", is the
        # incident a story goes back to; only a sentence opened by it,
        # "On March 3, a bomb ...", recalls another)
        first = min(d.span.start for d in dates)
        if _RECALL_OPENER.fullmatch(doc.folded, start, first) is None:
            return False
    return _told_this_week(doc, told)


def _same_scene(places: Sequence[PlaceMention], told: Sequence[_Sentence]) -> bool:
    """
    Whether a town or district of *places* is the scene of a deed *told*:
    the first such place of a sentence telling one (not "the road between
    Afgoye and Mogadishu"'s second town).
    """
    local = {_place_key(p) for p in places if p.kind in _LOCAL_KINDS}
    if not local:
        return False
    for o in told:
        if o.triggers:
            first = next((p for p in o.places if p.kind in _LOCAL_KINDS), None)
            if first is not None and _place_key(first) in local:
                return True
    return False


def _told_this_week(doc: Document, told: Sequence[_Sentence]) -> bool:
    """Whether a sentence of *told* dates a deed in the week of the report."""
    pub = doc.published
    if pub is None:
        return False
    week = pub - _dt.timedelta(days=7)
    return any(
        d.earliest is not None and week <= d.earliest <= pub
        for o in told
        if o.triggers
        for d in o.dates
    )


#: What may stand before a date that opens its sentence ("In March, ...",
#: "On Jan. 3, ...", "Earlier, in March ...").
_RECALL_OPENER: Final = re.compile(
    r"(?:(?:earlier|previously|also),?\s+)?"
    r"(?:in|on|since|last|early|late|in\s+early|in\s+late)?\s*"
)


#: The joints of a compound sentence and whether each opens a time clause
#: (which needs no day of its own): see :func:`_split_compounds`.
_JOINTS: Final = ((", and ", False), (", as ", True), (", while ", True))


def _split_compounds(
    doc: Document,
    spans: tuple[tuple[int, int], ...],
    folded: str,
    firsts: list[int],
    opened: set[int],
) -> tuple[tuple[int, int], ...]:
    """
    The sentence *spans* with each compound sentence that tells two
    incidents cut in two at its ", and ": "A soldier was killed by a drone
    near El Tarra on Saturday, and two police officers were shot dead in
    Cucuta a week ago Tuesday." Both halves must each hold a toll, a
    resolved day and a place of their own (then they are read as two
    sentences); otherwise the sentence stays whole. A time clause after
    ", as" or ", while" needs a toll and a place of its own, not a day
    ("Israeli forces killed five people in a raid on Tammun ..., as air
    strikes in the Gaza Strip killed at least 19 people"). The second half
    of a cut sentence opens an incident (its start goes into *opened*).
    *firsts* are where the *spans* start.
    """
    # (most stories have no such sentence: every count is sorted into its
    # sentence by bisection, mapped in C, and a joint is looked for only in
    # a sentence holding two, between its first and its last toll)
    right = bisect.bisect_right
    counts = doc.casualties
    numbers = list(map(functools.partial(right, firsts), map(_SPAN_START, counts)))
    pairs = list(map(eq, numbers, numbers[1:]))  # the same sentence as the next
    if True not in pairs:
        return spans
    left = bisect.bisect_left

    def holds(starts: list[int], lo: int, hi: int) -> bool:
        k = left(starts, lo)
        return k < len(starts) and starts[k] < hi

    cuts: dict[
        int, tuple[int, bool]
    ] = {}  # sentence index -> its first joint, a time clause?
    k = pairs.index(True)
    while True:
        number = numbers[k]
        stop = right(numbers, number, k)  # (past the sentence's last count)
        if number:
            end = spans[number - 1][1]
            tolls = [
                c.span.start
                for c in counts[k:stop]
                if c.outcome != "arrested" and c.span.start < end
            ]
            if len(tolls) > 1 and tolls[-1] > tolls[0]:
                # the first joint after the first toll with a toll at least
                # two characters after it (the right half starts at "and")
                found = [
                    (at, timed)
                    for joint, timed in _JOINTS
                    if (at := folded.find(joint, tolls[0] + 1, tolls[-1] + 4)) >= 0
                ]
                if found:
                    cuts[number - 1] = min(found)
        try:
            k = pairs.index(True, stop)
        except ValueError:
            break
    if not cuts:
        return spans
    # (the dateline's own day and country, "KANO, Nigeria, Sept 15 (Wire) -",
    # are no day or scene of the lead's first half)
    dl = doc.dateline
    head = dl.span.end + 40 if dl is not None else 0
    own = dl.date if dl is not None else None
    days = [
        d.span.start
        for d in doc.dates
        if d.precision == "day"
        and d.earliest is not None
        and not (d.span.start < head and d.earliest == own == d.latest)
    ]
    scenes = [
        p.span.start
        for p in doc.places
        if p.role == "place" and not (p.kind == "country" and p.span.start < head - 20)
    ]
    out = list(spans)
    for i in sorted(cuts, reverse=True):
        start, end = spans[i]
        at, timed = cuts[i]
        cut = at + 2  # the right half starts at "and" ("as", "while")
        if (
            # (a time clause, ", as air strikes in the Gaza Strip killed at
            # least 19 people", shares the sentence's day)
            (
                timed
                or (holds(days, start, at) and holds(days, cut, end))
                # (or neither half has a day, each its own towns: "Four people
                # were killed when a guided bomb struck a village near
                # Kupiansk, and three died in shelling of Nikopol", on the
                # story's day)
                or (not holds(days, start, end) and _own_towns(doc, start, at, end))
            )
            and holds(scenes, start, at)
            and holds(scenes, cut, end)
        ):
            out[i : i + 1] = [(start, at + 1), (cut, end)]
            if _same_country(doc, start, at, end):
                opened.add(cut)  # (see _split_time_clauses)
    return tuple(out) if len(out) > len(spans) else spans


#: A second deed told by a participle after a toll ("killing six people in
#: Kharkiv and damaging port infrastructure in Odesa"): the second half of
#: the sentence, at another place, is an incident of its own.
_PARTICIPLE_JOINT: Final = re.compile(
    r" and (?:damag|wound|injur|destroy|hitt|strik|sett|trapp|cutt|knock)ing\b"
)


#: "came hours after", "came two days after": what follows tells an earlier
#: incident than the sentence's subject (see _split_time_clauses).
_CAME_AFTER: Final = re.compile(
    r" came (?:(?:just|only|some|about|barely|a|an|one|two|three|several|\d+)\s+)?"
    r"(hours?|days?|minutes?|weeks?|shortly|soon|a\s+day)\s+after "
)


#: "came weeks after", "came a month after", "came days after": what
#: follows recalls an older deed than the incident told (longer ago than
#: "came a day after", whose deed :func:`_split_time_clauses` and the
#: clustering tell as an incident of the day before; a clause "came days
#: after" that names a scene of its own is cut off there first, as an
#: incident of its own).
_CAME_LONG_AFTER: Final = re.compile(
    r" came (?:(?:just|only|some|about|a\s+few|several|a|one|two|three|four|five|six|\d+)\s+)?"
    r"(?:days|weeks?|months?|years?)\s+after "
)


#: ", hours after U.S. warplanes struck": a clause of another party's deed
#: (a named subject, no article: ", a day after a bomb blast" is
#: _EARLIER_INCIDENT's), matched up to where its subject starts.
_AFTER_DEED: Final = re.compile(
    r", (?:(?:just|only|barely|some|a\s+few|several)\s+)?(?:hours|a\s+day)\s+after\s+"
    r"(?=(?!(?:an?|the|this|that|it|its|their|they|he|she)\b)(?:[\w.'-]+\s+){1,3}?"
    r"(?:struck|attacked|bombed|shelled|pounded|launched|fired|raided|stormed|hit)\b)"
)


def _came_hours_after(folded: str, start: int) -> bool:
    """
    Whether the sentence at *start* is the second half of "the attack came
    hours after ...", "..., hours after U.S. warplanes struck ...": an
    incident of the same day as the one told before.
    """
    if not folded.endswith(" after ", 0, start):
        return False
    # (its look-ahead reads the subject and verb after *start*)
    m = _AFTER_DEED.search(folded, max(0, start - 30))
    if m is not None and m.end() == start:
        return "hours" in m.group()
    m = _CAME_AFTER.search(folded, max(0, start - 50), start)
    return (
        m is not None
        and m.end() == start
        and m.group(1) in ("hour", "hours", "minute", "minutes", "shortly", "soon")
    )


def _split_time_clauses(
    doc: Document,
    spans: tuple[tuple[int, int], ...],
    folded: str,
    firsts: list[int],
    trigger_starts: list[int],
    opened: set[int],
    joints: Sequence[int] = (),
) -> tuple[tuple[int, int], ...]:
    """
    The sentence *spans* with each sentence cut in two at a time clause
    (", while", ", as") that tells a toll at a place of its own after a deed
    told at another place with no toll: "Ukrainian drones struck an oil
    refinery in Saratov overnight, while Russian shelling killed three
    people in Kherson". (With a toll on both sides, :func:`_split_compounds`
    cut it already.) *firsts* are where the *spans* start, *trigger_starts*
    where a deed's word may start; the second half's start goes into
    *opened*. *joints* are where a participle's second deed may cut a
    sentence after its toll (see _PARTICIPLE_JOINT).
    """
    left = bisect.bisect_left

    def holds(starts: Sequence[int], lo: int, hi: int) -> bool:
        k = left(starts, lo)
        return k < len(starts) and starts[k] < hi

    tolls = [c.span.start for c in doc.casualties if c.outcome != "arrested"]
    scenes: list[int] | None = None
    cuts: dict[int, int] = {}

    def split_at(at: int) -> tuple[int, int, int] | None:
        """
        The sentence (its index, start and end) that a joint at *at* may cut
        in two: not cut yet, a toll after the joint and none before it, and
        a deed's word before it; else None.
        """
        i = bisect.bisect_right(firsts, at) - 1
        if i < 0 or i in cuts:
            return None
        start, end = spans[i]
        if (
            at < end
            and holds(tolls, at + 2, end)
            and not holds(tolls, start, at)
            and holds(trigger_starts, start, at)
        ):
            return i, start, end
        return None

    for joint in (", while ", ", as "):
        at = folded.find(joint)
        while at >= 0:
            if (at + 2) not in opened and (found := split_at(at)) is not None:
                i, start, end = found
                if scenes is None:
                    scenes = [p.span.start for p in doc.places if p.role == "place"]
                if holds(scenes, start, at):
                    if holds(scenes, at + 2, end):
                        cuts[i] = at
                    elif _other_agent_and_deed(
                        doc, folded, start, at, end, trigger_starts
                    ):
                        # (at no place named: its own incident all the same)
                        cuts[i] = at
                        opened.add(at + 2)
            at = folded.find(joint, at + len(joint))
    at = folded.find(", and that ")
    while at >= 0:
        # "The military said it had struck Hamas militants, and that its
        # troops had killed three gunmen who approached soldiers in northern
        # Gaza": a party's second claim, of its own people's deed with a
        # toll after one with none, is another incident
        if (
            folded.startswith(("its ", "their "), at + 11)
            and (found := split_at(at)) is not None
            and _has_claim_word(folded[found[1] : at])
        ):
            cuts[found[0]] = at
            opened.add(at + 2)
        at = folded.find(", and that ", at + 11)
    if " came " in folded:
        # "The attack on the base came hours after the group ambushed a
        # patrol outside Cucuta, wounding three officers": the clause after
        # "came ... after" tells an earlier incident (the cut is made so
        # that the second half starts where the clause does)
        for m in _CAME_AFTER.finditer(folded):
            at = m.end() - 2
            found = split_at(at)
            if found is None:
                continue
            i, start, end = found
            if scenes is None:
                scenes = [p.span.start for p in doc.places if p.role == "place"]
            if holds(scenes, at + 2, end) and (
                holds(scenes, start, at)
                # ("The attack came days after al Shabaab fighters stormed a
                # base in Lower Shabelle": a deed of the days before, at a
                # scene of its own, however the attack is placed)
                or m.group(1).endswith("days")
            ):
                cuts[i] = at
                if not holds(scenes, start, at):
                    opened.add(at + 2)
    if "hours after " in folded or "a day after " in folded:
        # "the Houthis fired two missiles at a tanker in the Red Sea, hours
        # after U.S. warplanes struck targets around Hodeidah": the clause
        # tells another party's earlier deed at another place (cut where
        # its subject starts, as "came hours after")
        for m in _AFTER_DEED.finditer(folded):
            at = m.end() - 2
            i = bisect.bisect_right(firsts, at) - 1
            if i < 0 or i in cuts:
                continue
            start, end = spans[i]
            if (
                at < end
                and holds(trigger_starts, start, m.start())
                and holds(trigger_starts, at + 2, end)
                # (a party named as the subject: "hours after air strikes
                # hit the port" may tell the sentence's own story's strike)
                and any(at + 2 <= a.span.start < at + 40 for a in doc.actors)
            ):
                if scenes is None:
                    scenes = [p.span.start for p in doc.places if p.role == "place"]
                if holds(scenes, start, m.start()) and holds(scenes, at + 2, end):
                    cuts[i] = at
                    opened.add(at + 2)  # (another party's deed, wherever)
    for at in joints:
        # "killing six people in Kharkiv and damaging a port in Odesa": a
        # toll at one place, then a second deed at another place (*joints*:
        # where _PARTICIPLE_JOINT matched after a toll; at: the character
        # before the joint's space)
        at -= 1
        i = bisect.bisect_right(firsts, at) - 1
        if i < 0 or i in cuts:
            continue
        start, end = spans[i]
        if at >= end or not holds(tolls, start, at):
            continue
        if scenes is None:
            scenes = [p.span.start for p in doc.places if p.role == "place"]
        # (the second deed's own place stands in its clause, before a comma:
        # in "and wounding 12, according to the committee, which tracks
        # casualties in North Darfur" the province is no scene)
        comma = folded.find(",", at + 1, end)
        clause_end = comma if comma >= 0 else end
        if holds(scenes, start, at) and holds(scenes, at + 1, clause_end):
            first = {
                _place_key(p)
                for p in doc.places
                if start <= p.span.start < at and p.role == "place"
            }
            second = [
                p
                for p in doc.places
                if at < p.span.start < clause_end and p.role == "place"
            ]
            if all(p.kind != "country" and _place_key(p) not in first for p in second):
                cuts[i] = at
    if not cuts:
        return spans
    out = list(spans)
    for i in sorted(cuts, reverse=True):
        start, end = spans[i]
        at = cuts[i]
        out[i : i + 1] = [(start, at + 1), (at + 2, end)]
        if _same_country(doc, start, at, end):
            # (halves in one country may not conflict by their places: the
            # second opens its incident; in two countries, it may still join
            # an incident of its own country told before, as a headline's)
            opened.add(at + 2)
    return tuple(out)


def _split_step_backs(
    doc: Document,
    spans: tuple[tuple[int, int], ...],
    folded: str,
    firsts: list[int],
    trigger_starts: Sequence[int],
    opened: set[int],
) -> tuple[tuple[int, int], ...]:
    """
    The sentence *spans* with each sentence cut in two at ", and " followed
    by a step back in time (_STEP_BACK) when both halves tell a deed at a
    place of their own: "Earlier this week, the group seized the town of
    Moqokori, and late last month it overran a base near Adan Yabaal" tells
    two incidents, weeks apart (whole, the month's took the week's place).
    The second half opens an incident (its start goes into *opened*).
    *firsts* are where the *spans* start, *trigger_starts* where a deed's
    word may start.
    """
    # (a step back is a date read: the story's few dates right after ", and "
    # are tried, not every ", and " of the story)
    joints = [
        at
        for d in doc.dates
        if folded.startswith(", and ", at := d.span.start - 6)
        and _STEP_BACK.match(folded, d.span.start) is not None
    ]
    if not joints:
        return spans  # (most stories: no such joint)
    left = bisect.bisect_left

    def holds(starts: Sequence[int], lo: int, hi: int) -> bool:
        k = left(starts, lo)
        return k < len(starts) and starts[k] < hi

    scenes: list[int] | None = None
    cuts: dict[int, int] = {}
    for at in joints:
        i = bisect.bisect_right(firsts, at) - 1
        if i >= 0 and i not in cuts:
            start, end = spans[i]
            if (
                at < end
                and holds(trigger_starts, start, at)
                and holds(trigger_starts, at + 6, end)
            ):
                if scenes is None:
                    scenes = [p.span.start for p in doc.places if p.role == "place"]
                if holds(scenes, start, at) and holds(scenes, at + 6, end):
                    cuts[i] = at
    if not cuts:
        return spans
    out = list(spans)
    for i in sorted(cuts, reverse=True):
        start, end = spans[i]
        at = cuts[i]
        out[i : i + 1] = [(start, at + 1), (at + 2, end)]
        opened.add(at + 2)
    return tuple(out)


def _other_agent_and_deed(
    doc: Document,
    folded: str,
    start: int,
    at: int,
    end: int,
    trigger_starts: Sequence[int],
) -> bool:
    """
    Whether the time clause at *at* (", while", ", as") of the sentence
    ``folded[start:end]`` tells another party's deed of another kind, at no
    place it names: "Resistance fighters seized a police station in Kyaukme
    on Thursday, while a junta air strike on a nearby village killed 11
    civilians". Its subject (an actor right after the joint) is none of the
    first half's, and no kind of deed of one half is the other's (another
    agent alone was as often the same incident's other side: "rebels
    attacked the base, while troops fought back").
    """
    mine = [a for a in doc.actors if start <= a.span.start < at]
    subject = next((a for a in doc.actors if at + 2 <= a.span.start < at + 40), None)
    if not mine or subject is None or subject.kind not in _ARMED_SIDE_KINDS:
        return False
    key = _actor_key(subject)
    if any(_actor_key(a) == key for a in mine):
        return False
    kinds = [
        {g for _, _, g in _trigger_matches(folded, lo, hi, trigger_starts)}
        - {"harm", "party"}
        for lo, hi in ((start, at), (at + 2, end))
    ]
    return bool(kinds[0]) and bool(kinds[1]) and kinds[0].isdisjoint(kinds[1])


def _own_towns(doc: Document, start: int, at: int, end: int) -> bool:
    """
    Whether ``[start, at)`` and ``[at, end)`` each name a town (a city, a
    village) and none of one half's is the other's.
    """
    before: set[str] = set()
    after: set[str] = set()
    for p in doc.places:
        if (
            p.role != "place"
            or p.kind not in _LOCAL_KINDS
            or p.kind == "district"
            or not start <= p.span.start < end
        ):
            continue
        (before if p.span.start < at else after).add(_place_key(p))
    return bool(before) and bool(after) and before.isdisjoint(after)


def _same_country(doc: Document, start: int, at: int, end: int) -> bool:
    """Whether the places of ``[start, at)`` and ``[at, end)`` share a country."""
    before: set[str] = set()
    after: set[str] = set()
    for p in doc.places:
        if p.role != "place" or not p.country or not start <= p.span.start < end:
            continue
        (before if p.span.start < at else after).add(p.country)
    return not before.isdisjoint(after)


def _background_aside(
    doc: Document,
    start: int,
    end: int,
    counts: Sequence[CasualtyCount],
    dates: Sequence[DateMention],
    background: list[int],
) -> int:
    """
    Where a relative clause opens after the first toll of the sentence
    *start*:*end*, a background sentence (*dates*: its resolved dates,
    *background*: where the story's background cue words start), that holds
    all its background (", where the KIA has besieged junta positions since
    late last year", ", which has fought the army since 2011"), else *end*:
    its deed and toll before the clause are news.
    """
    if not counts:
        return end
    folded = doc.folded
    ends = {c.span.end for c in counts}
    first = min(ends)
    # (not a clause about a count itself: "Camilo Restrepo, who was killed
    # by soldiers in 1966" tells that death, the background)
    found = [
        at
        for w in _RELATIVE_OPENERS
        if (at := folded.find(w, first, end)) >= 0 and at not in ends
    ]
    if not found:
        return end
    aside = min(found)
    if _is_history(
        doc,
        [d for d in dates if d.span.start < aside],
        folded[start:aside],
        bool(background) and _cue_in(background, start, aside, folded, _BACKGROUND_WORDS),
    ):
        return end  # (the background is not the clause's alone)
    return aside


#: What opens a relative clause about a place or a party.
_RELATIVE_OPENERS: Final = (", where ", ", which ", ", whose ", ", who ")


def _period_total(
    counts: Sequence[CasualtyCount],
    dates: Sequence[DateMention],
    doc: Document,
    folded: str = "",
    start: int = 0,
) -> bool:
    """
    Whether a sentence whose *counts* and resolved *dates* these are sums up
    a past stretch of time and tells no deed: every count is a cumulative
    toll and every date a period over before the report ("more than 2,400
    people were killed in attacks last year, according to a monitor").
    Such a sentence starts no incident of its own. A period that runs up
    to the report counts too when it began before it ("so far this year,
    230 civilians have been killed in the fighting").
    """
    if not (counts and dates):
        return False  # (most sentences: the publication date is not read)
    pub = doc.published
    if pub is None or not all(c.provenance.reason == _CUMULATIVE for c in counts):
        return False
    # ("its forces had killed 23 militants in several operations over the
    # past 48 hours", said on Thursday: a window of days up to the report is
    # such a period too; the day the tally was given is no deed's)
    periods = [
        d
        for d in dates
        if not (d.kind == "date" and folded and _is_reporting_date(folded, d, start))
    ]
    return bool(periods) and all(
        d.earliest is not None
        and d.earliest < pub
        and (
            d.precision in _PERIODS
            or (
                d.kind == "range"
                and d.latest is not None
                and (d.latest - d.earliest).days >= 2
                and d.latest >= pub - _dt.timedelta(days=1)
            )
        )
        for d in periods
    )


def _is_history(
    doc: Document, dates: Sequence[DateMention], folded: str, cue: bool | None = None
) -> bool:
    """
    Whether a sentence (*folded*) is background. _BACKGROUND is searched
    only when it holds a _BACKGROUND_WORDS cue (*cue*: whether it does,
    when known; else _BACKGROUND_GATE tells).
    """
    if cue is None:
        cue = _BACKGROUND_GATE.search(folded) is not None
    if cue:
        found = (
            _BACKGROUND_ASCII.finditer(folded)
            if folded.isascii()
            else _BACKGROUND.finditer(folded, timeout=REGEX_TIMEOUT)
        )
        for m in found:
            if not (
                (m.group() == "since" and _since_of_the_incident(folded, m.start()))
                or (
                    m.group().startswith("peace")
                    and _describes_a_party(folded, m.start())
                )
            ):
                return True
    if not dates:
        return False
    pub = doc.published
    if pub is None:
        return False
    horizon = pub - _dt.timedelta(days=_HISTORY_DAYS)
    return all(d.latest is not None and d.latest < horizon for d in dates)


#: A relative clause right before a peace cue: "rebels who rejected the
#: peace deal", "groups that signed the 2015 peace agreement".
_RELATIVE_BEFORE: Final = lazy_re(
    globals(),
    "_RELATIVE_BEFORE",
    r"\b(?:who|that|which)\s(?:ha(?:ve|d)\s)?\w+ed\s(?:to\s\w+\s)?(?:\S+\s){0,2}\Z",
)


def _describes_a_party(folded: str, start: int) -> bool:
    """
    Whether the peace cue at *start* of a sentence (*folded*) sits in a
    relative clause that tells who a party is ("dissidents who rejected
    the peace deal killed three soldiers"), not what the sentence is about:
    no background.
    """
    return _RELATIVE_BEFORE.search(folded, max(0, start - 40), start) is not None


#: Words before a bare year that make it part of a name ("the 2016 peace
#: deal", "a 2019 attack", "its 2020 offensive").
_NAMING_BEFORE: Final = ("the ", "a ", "an ", "its ", "their ", "his ", "her ")


def _names_a_thing(folded: str, d: DateMention) -> bool:
    """
    Whether *d* is a bare year written before a noun, as part of a thing's
    name ("the 2016 peace deal", "a bomb left over from the 2011 war"):
    it tells which deal or war, not when the sentence's incident happened.
    A trigger word after the year is the incident it dates ("the 1980
    murder of the archbishop", "a 2014 offensive").
    """
    at, end = d.span.start, d.span.end
    return (
        end - at == 4
        and d.precision == "year"
        and end + 1 < len(folded)
        and folded[end] == " "
        and folded[end + 1].isalpha()
        and folded[at:end].isdigit()
        and folded.endswith(_NAMING_BEFORE, max(0, at - 6), at)
        and _TRIGGER.match(folded, end + 1, min(len(folded), end + 40)) is None
    )


#: A superlative before "since" ("the deadliest attack since 2019", "the
#: first such strike since"), on the few words before it: the sentence
#: compares its incident with the past, it is no background.
_SUPERLATIVE_BEFORE: Final = lazy_re(
    globals(),
    "_SUPERLATIVE_BEFORE",
    r"\b(?:\w+est|first|worst|most\s\w+|largest|biggest)\b(?:\s\S+){0,4}\s\Z",
)
# A group's habit of deeds ("has carried out frequent bombings", "repeated
# attacks on the town"), told as background.
_HABIT: Final = re.compile(
    r"\b(?:frequent|repeated|numerous)\s+(?:\w+\s+)?"
    r"(?:bombings|attacks|raids|kidnappings|assaults|operations|offensives|ambushes"
    r"|air\s?strikes|clashes)\b"
)
# A clause after a comma that places the incident after an earlier one:
# ", a day after a bomb blast ...", ", just hours after the attack on ...".
_EARLIER_INCIDENT: Final = lazy_re(
    globals(),
    "_EARLIER_INCIDENT",
    r",\s+(?:(?:just|only|barely)\s+)?(?:(?:a|an|one|two|three|four|five|six|\d+)\s+)?"
    r"(?:hours?|days?|weeks?)\s+after"
    # (or a bare noun of a like deed: ", a week after similar violence
    # left 42 dead", ", days after previous attacks")
    r"\s+(?:an?|the|similar|another|previous|earlier|separate)\s",
)


#: A deed told as the answer to another: "in retaliation for", "in revenge
#: for", "in reprisal for" (what follows is the earlier deed).
_RETALIATION_FOR: Final = re.compile(r"\bin\s(?:retaliation|revenge|reprisal)\sfor\s")


#: An attack a deed answered, told after it with no comma: "killed hundreds of
#: civilians ... after an insurgent attack on government forces".
_AFTER_ATTACK_ON: Final = re.compile(
    r"\safter\s(?:an?|the)\s(?:[\w-]+\s){0,2}?(?:attacks?|assaults?|ambush(?:es)?)"
    r"\s(?:on|against)\s"
)


# A clause telling another party's deed at the same time, matched after its
# " as ": ", as Hezbollah fired dozens of rockets at", "as Hezbollah fires
# rockets at", "as drones target Odesa port" (a headline's plural subject
# takes the bare verb: the deed at the second town is another incident).
_OTHER_DEED_AS: Final = re.compile(
    r"(?:[\w'-]+\s+){1,3}?"
    r"(?:fire[sd]?|launch(?:es|ed)?|shell(?:s|ed)?|pound(?:s|ed)?|bombard(?:s|ed)?|struck"
    r"|strikes?|attack(?:s|ed)?|hits?|target(?:s|ed)?)\b"
)


#: A time clause of the fighting between two parties around a deed: ", as
#: fighting between federal forces and Fano militiamen intensified", "amid
#: clashes between" (folded text, up to "between").
_FIGHTING_BETWEEN_AS: Final = re.compile(
    r"(?:,\s+(?:as|while)|\bamid)\s+(?:(?:the|heavy|renewed|fierce|intense|intensifying"
    r"|ongoing|escalating)\s+)?(?:fighting|clashes|hostilities|battles|war|conflict)"
    r"\s+between\s"
)


#: A relative clause after a place telling its story, not the deed's: ",
#: which has been a battleground for", ", where the two cartels have fought
#: for years", ", where JNIM is active" (folded text).
_PLACE_BACKGROUND: Final = re.compile(
    r",\s(?:which|where)\s[^,.;]{0,80}?\b(?:(?:has|have|had)\s(?:long\s|also\s)?"
    r"(?:been|seen|fought|clashed|battled|vied|competed|operated)"
    r"|(?:is|are)\s(?:active|present|based)|operates?)\b"
)


def _other_deed_as(folded: str, start: int, end: int) -> int:
    """Where the first clause of another party's deed (_OTHER_DEED_AS) opens in ``folded[start:end]``, else *end*."""
    at = folded.find(" as ", start, end)
    while at >= 0:
        if _OTHER_DEED_AS.match(folded, at + 4, end) is not None:
            return at
        at = folded.find(" as ", at + 4, end)
    return end


def _comparison_since(folded: str, start: int, end: int) -> int:
    """Where a "since" comparing the incident with the past starts in the sentence *start*:*end* (else *end*)."""
    at = folded.find("since", start, end)
    while at >= 0:
        if (at == 0 or not folded[at - 1].isalnum()) and _since_of_the_incident(
            folded, at, floor=start
        ):
            return at
        at = folded.find("since", at + 5, end)
    return end


def _since_of_the_incident(folded: str, start: int, *, floor: int = 0) -> bool:
    """
    Whether the "since" at *start* of a sentence (which starts at or after
    *floor*) compares the incident with the past ("the deadliest attack
    since Washington began its campaign"): no background. ("Killed since
    Thursday", a toll of days, is left as background: reading it as an
    incident cost MUC date F1.)
    """
    return _SUPERLATIVE_BEFORE.search(folded, max(floor, start - 40), start) is not None


def _hub_head_end(doc: Document) -> int:
    """
    Where the dateline's own place parts end when the story was filed from
    a hub: its town and the country in brackets after it ("ROME (ITALY), 5
    JAN 90 --") when the body names places of another country and none of
    the dateline's. Those parts then tell where the story was filed, as the
    dateline does, not a scene; 0 otherwise.
    """
    end = _head_bracket_end(doc)
    if not end:
        return 0
    filed = doc.dateline.country if doc.dateline is not None else None
    elsewhere = False
    for p in doc.places:
        if p.span.end > end and p.role == "place" and p.country:
            if p.country == filed:
                return 0
            elsewhere = True
    return end if elsewhere else 0


def _head_bracket_end(doc: Document) -> int:
    """
    Where the dateline's bracketed country or state ends ("MADRID (SPAIN),
    18 NOV 89 --"): a place of the dateline town's country in brackets right
    after the town, which marks copy filed away from the story's own
    country; 0 when there is none ("BOGOTA (Wire) --" brackets an agency).
    """
    dl = doc.dateline
    if dl is None or dl.place is None or not dl.place.country:
        return 0
    end = dl.place.span.end
    folded = doc.folded
    # (a bracket opens at once or after blanks: one look before the pattern's call)
    at = end
    while folded[at : at + 1] in (" ", "\t"):
        at += 1
    if folded[at : at + 1] != "(":
        return 0
    bracket = _HEAD_BRACKET.match(folded, end, end + 40)
    if bracket is None:
        return 0
    town_end, end = bracket.span()
    filed = dl.place.country
    for p in doc.places:
        if p.span.start >= end:
            break
        if p.span.start >= town_end and p.country == filed:
            return end
    return 0


# A bracketed part right after the dateline's town: its country or state.
_HEAD_BRACKET: Final = lazy(globals(), "_HEAD_BRACKET", r"[ \t]*+\([^()\n]++\)")


def _most_counted(counts: Mapping[str, float]) -> str:
    """The key of *counts* counted most; on a tie the first put in (the first named)."""
    order = list(counts)
    if len(order) == 1:
        return order[0]  # (one key: no max() with its key calls)
    return max(order, key=lambda c: (counts[c], -order.index(c)))


def _country_stand_in(place: PlaceMention, reason: str) -> PlaceMention:
    """*place* standing for its country as an event's place, with *reason*."""
    return _evolved(
        place,
        role="place",
        precision="country",
        provenance=_new_provenance(confidence=0.3, reason=reason),
    )


def _home_country(doc: Document) -> str | None:
    """
    The country the story is about: the most named one (the dateline
    counting one and a half, a region of one country a half: "the Gaza
    Strip" in a story of strikes there, beside talks in Doha), the first
    named on a tie.
    """
    counts: dict[str, float] = {}
    for p in doc.places:
        if p.role == "place" and p.country:
            counts[p.country] = counts.get(p.country, 0) + (
                0.5 if p.kind == "region" else 1
            )
    dl = doc.dateline
    if dl is not None and dl.country:
        counts[dl.country] = counts.get(dl.country, 0) + 1.5
    if not counts:
        return None
    # (in the order first named: a tie goes to the story's first country,
    # not to the one whose code sorts last)
    return _most_counted(counts)


class _Home:
    """
    The story's home country (:func:`_home_country`), found when first
    asked: only a sentence or an incident naming two or more places asks.
    """

    __slots__ = ("_doc", "_known", "_value")

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._known = False
        self._value: str | None = None

    @property
    def folded(self) -> str:
        """The story's folded text."""
        return self._doc.folded

    def get(self) -> str | None:
        if not self._known:
            self._value = _home_country(self._doc)
            self._known = True
        return self._value


def _coherent(places: list[PlaceMention], story_home: _Home) -> list[PlaceMention]:
    """
    Drop a sentence's foreign places when it also names places at home; a
    home country's name as an owner is none ("Ukraine's General Staff said
    its drones had hit an oil depot in the town of Tikhoretsk": the country
    names the speaker, the town abroad is the scene).
    """
    if len(places) < 2:
        return places  # a lone place is kept whatever the home country
    home = story_home.get()
    if home is None or not any(
        p.country == home and not _owner_country(p, story_home) for p in places
    ):
        return places
    return [p for p in places if p.country in (home, None)]


def _owner_country(p: PlaceMention, story_home: _Home) -> bool:
    """Whether *p* is a country's name in the possessive ("Ukraine's")."""
    return p.kind == "country" and story_home.folded.startswith(
        ("'s ", "’s "), p.span.end
    )


# What a sentence opening a new incident (_NEW_INCIDENT) starts with, when
# its first character is an ASCII letter or digit.
_OPENER_WORDS: Final = (
    "meanwhile",
    "separately",
    "elsewhere",
    "further",
    "farther",
    "in",
    "on",
    "another",
    "a ",
    "an ",
    "also",
)
_ASCII_ALNUM: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
)


#: How a photo caption or a link to another story opens, as scrapers keep
#: them among a story's paragraphs ("Photo: Smoke rises after an Israeli
#: strike ..., April 20", "Read more: ..."): no sentence of the news.
_NOT_NEWS_OPENERS: Final = (
    "photo:", "file photo", "picture:", "pictured:", "caption:", "photograph:",
    "image:", "read more:", "related:", "see also:", "also read:", "watch:",
)  # fmt: skip


def _sides_of(actors: Sequence[ActorMention], folded: str) -> Sequence[ActorMention]:
    """
    The *actors* of a sentence that can be a side: not a group named only
    as another's affiliation ("the al-qaeda-linked al-shabaab").
    """
    if not actors:
        return actors
    return [
        a
        for a in actors
        if not affiliation_after(folded, a.span.end)
        and not affiliation_before(folded, a.span.start)
        and not (
            folded.startswith(_HYPHENS, a.span.end)
            and _HELD_AFTER.match(folded, a.span.end) is not None
        )
    ]


_HYPHENS: Final = ("-", "\u2010", "\u2011")
#: A suffix that makes a group's name tell who holds a place ("the RSF-held
#: town of Kabkabiya", "the Hamas-run Gaza Strip"): no party of the deed
#: there; not before a body of its own ("the Houthi-run government's prime
#: minister", "the Hamas-run health ministry": the group's own). Anchored,
#: a few words: no time limit.
_HELD_AFTER: Final = re.compile(
    r"[-\u2010\u2011](?:held|controlled|run|occupied|besieged|ruled|administered"
    r"|governed|dominated)\b(?!\s+(?:government|ministry|health|media|television|tv"
    r"|channel|authorit|administration|news|officials|interior|defen[cs]e|security|police"
    r"|forces|army|military|cabinet|council|court|prison))"
)


def _place_anaphora(
    folded: str, start: int, end: int, plain: bool, own: Sequence[PlaceMention] = ()
) -> bool:
    """
    Whether the sentence from *start* to *end* points back to the incident's
    place ("the town", "that district"), not only measuring from it: in
    "near Balcad, about 30 kilometres north of the city" the city tells
    where another place lies (*plain*: the sentence is ASCII). A town the
    sentence names itself (of *own*, its scenes) before "the town" is the
    one it points to: "A resident of Kitshanga said shells had landed on the
    town's market" tells of Kitshanga, not of the incident before.
    """
    m = (
        _PLACE_ANAPHORA_ASCII.search(folded, start, end)
        if plain
        else _PLACE_ANAPHORA.search(folded, start, end, timeout=REGEX_TIMEOUT)
    )
    if m is None:
        return False
    at = m.start()
    if (
        own
        and folded.endswith(_TOWN_NOUNS, at, m.end())
        and any(
            p.kind in _LOCAL_KINDS and p.kind != "district" and p.span.end <= at
            for p in own
        )
    ):
        return False
    return _DISTANCE_ANCHOR.search(folded, max(start, at - 60), at) is None


#: The endings of a town's anaphora ("the town", "that village").
_TOWN_NOUNS: Final = (" town", "village", " city", "hamlet")


#: The openings of a clause whose deed is "another" of the clause before's.
_ANOTHER_OPENERS: Final = ("while another ", "and another ", "another ")


#: A toll restated by a source (the folded text before its count): "put the
#: toll at 16", "put the death toll at more than 20".
_TOLL_AT: Final = re.compile(
    r"\btoll\s+(?:at|to)\s+(?:about\s+|at\s+least\s+|more\s+than\s+|nearly\s+|around\s+|some\s+)?$"
)


def _analyse(doc: Document, home: _Home) -> list[_Sentence]:
    folded = doc.folded
    spans = doc.sentences
    if not spans:
        return []
    # (the second halves of compound sentences cut in two open incidents)
    opened: set[int] = set()
    # sentence numbers (index + 1) by bisection, mapped in C
    starts = list(map(_FIRST, spans))
    if len(doc.casualties) > 1 and (
        ", and " in folded or ", as " in folded or ", while " in folded
    ):
        split = _split_compounds(doc, spans, folded, starts, opened)
        if split is not spans:
            spans = split
            starts = list(map(_FIRST, spans))
    trigger_starts, background, anaphora, circumstance, claimed = _scan(folded)
    joints: list[int] = []
    if doc.casualties and trigger_starts:
        # (a participle's second deed is looked for after each toll, to the
        # end of its sentence: a few short windows, not the whole story)
        for c in doc.casualties:
            i = bisect.bisect_right(starts, c.span.start) - 1
            if (
                i >= 0
                and (m := _PARTICIPLE_JOINT.search(folded, c.span.end, spans[i][1]))
                is not None
            ):
                joints.append(m.start())
    if joints or (
        doc.casualties
        and trigger_starts
        and (
            ", while " in folded
            or ", as " in folded
            or ", and that " in folded
            or " came " in folded
            or "hours after " in folded
            or "a day after " in folded
        )
    ):
        split = _split_time_clauses(
            doc, spans, folded, starts, trigger_starts, opened, sorted(set(joints))
        )
        if split is not spans:
            spans = split
            starts = list(map(_FIRST, spans))
    if trigger_starts and ", and " in folded:
        split = _split_step_backs(doc, spans, folded, starts, trigger_starts, opened)
        if split is not spans:
            spans = split
            starts = list(map(_FIRST, spans))
    locate = functools.partial(bisect.bisect_right, starts)
    casualties = _locate(doc.casualties, starts)
    # only sentences where a trigger can start or a count stands are read
    # (a trigger start between two sentences marks the earlier one, which
    # then has no trigger: it is passed over as before)
    with_starts = set(map(locate, trigger_starts))
    todo = set(with_starts)
    todo.update(casualties)
    if not todo:
        return []  # (the other mentions are not sorted into sentences)
    if "claimed responsibility" in folded:
        # and a sentence that only claims the deed told before it
        todo.update(map(locate, _claims_at(folded, 0, len(folded))))
    if "blamed " in folded:
        # or blames someone for it ("The army blamed the RSF.")
        todo.update(map(locate, _blames_at(folded, 0, len(folded))))
    for at in claimed:
        # or a party's own word on it ("The group's spokesman said it had
        # targeted a vital site in the city."), found by the story's scan
        number = locate(at)
        if (
            number not in todo
            and number
            and _CLAIMED_BEFORE.search(folded, max(0, at - 24), at) is not None
        ):
            lo, hi = spans[number - 1]
            if _deed_claimed(folded, lo, hi):
                todo.add(number)
    if 0 in todo:  # before the first sentence: the first
        todo.discard(0)
        todo.add(1)
    # ("overnight" alone, which the dates family places against the day of
    # publication, is read here against the day the sentence reports on:
    # "struck overnight, officials said on Wednesday", _overnight_date)
    # (a month or a year that names a truce, a coup or a vote, "despite a
    # November 2024 ceasefire", dates no incident: _milestone_date)
    dates = _locate(
        [
            d
            for d in doc.dates
            if d.text not in _OVERNIGHT_WORDS and not _milestone_date(d, folded)
        ],
        starts,
    )
    head = _hub_head_end(doc)
    places = _locate(
        [p for p in doc.places if p.span.end > head] if head else doc.places, starts
    )
    # (an actor named only as another group's affiliation is left out when
    # its sentence is read, :func:`_sides_of`: most sentences never are)
    actors = _locate(doc.actors, starts)
    out: list[_Sentence] = []
    new = tuple.__new__
    dl = doc.dateline
    frame = _place_key(dl.place) if dl is not None and dl.place is not None else None
    tried = -2  # the last sentence read as a trial's (see _on_trial)
    # (the day before which a deed is recalled, not news: _stale_recall)
    stale_before: _dt.date | None = None
    if doc.published is not None and not doc.shouting:
        # (the ALL-CAPS wire copy of the 1980s and 1990s is coded with the
        # incidents it recalls, months before: its templates count them)
        stale_before = doc.published - _dt.timedelta(days=_PAST_DAYS)
    shouting = doc.shouting
    for number in sorted(todo):
        start, end = spans[number - 1]
        if folded.startswith(_NOT_NEWS_OPENERS, start):
            continue  # a scraper's caption or link: "Photo: Smoke rises after ..."
        # (a sentence where no trigger can start has none: not read)
        triggers = (
            _triggers(folded, start, end, trigger_starts) if number in with_starts else []
        )
        if triggers and not shouting and number in actors:
            # ("the Third Assault Brigade said ...": a word of a unit's name
            # is no deed; ALL-CAPS copy tells no name by its capitals)
            triggers = _outside_names(triggers, actors[number], doc.text)
        sentence_counts = casualties.get(number, ())
        counts = (
            tuple(
                c
                for c in sentence_counts
                if not c.superseded
                and c.outcome != "unharmed"
                and c.provenance.reason != _CUMULATIVE
            )
            if sentence_counts
            else ()
        )
        war_only = False
        if counts:
            if (
                folded.find("war", start, end) >= 0
                or folded.find("conflict", start, end) >= 0
                or folded.find("insurgency", start, end) >= 0
            ):
                wars = [
                    (at, c) for c in counts if (at := _war_toll_at(c, folded, start)) >= 0
                ]
                if wars:
                    counts = tuple(c for c in counts if all(c is not w for _, w in wars))
                    # ("Hezbollah, which fought a year-long war with Israel
                    # that killed more than 4,000": the words of the war's
                    # telling are no deed of the sentence either)
                    triggers = [
                        t
                        for t in triggers
                        if not any(at - 25 <= t.start < w.span.start for at, w in wars)
                    ]
                    # (only a war's toll, after the story's first incident: see below)
                    war_only = not counts and bool(out)
            if out and any(map(_mass_displaced, counts)):
                # ("More than 3.5 million people have been displaced by the
                # conflict", "The fighting has displaced more than 3.5
                # million", after the story's first incident: the war's sum
                # of the uprooted, no incident's)
                counts = tuple(c for c in counts if not _mass_displaced(c))
                if not counts and not triggers:
                    continue
            if out and None in map(_BEST, counts):
                # (after the story's first incident: a lead may tell its own
                # toll so, "Hundreds of people have been killed in clashes";
                # only a count with no exact figure can be such a total)
                kept = tuple(c for c in counts if not _running_toll(c, folded, start))
                if not kept:
                    continue  # a conflict's running total starts no incident
                counts = kept
            if out and folded.find(" since ", start, end) >= 0:
                # ("At least 2,900 bodies have been collected in and around
                # Goma since the city fell": a sum since a past day, told
                # after the story's first incident, is no incident's toll)
                kept = tuple(
                    c
                    for c in counts
                    if _SINCE_TOTAL_AFTER.match(folded, c.span.end, end) is None
                )
                if not kept:
                    continue
                counts = kept
        claim_only = False
        if not triggers and not counts:
            # "Al-Shabab claimed responsibility.": no deed told, but who did
            # the one just told (a detail of the last incident)
            if not (
                (
                    (
                        folded.find("claimed responsibility", start, end) >= 0
                        and _claims_at(folded, start, end)
                    )
                    or (
                        folded.find("blamed ", start, end) >= 0
                        and _blames_at(folded, start, end)
                    )
                    # (the deed just told named no party: the claim tells
                    # whose it was)
                    or (
                        folded.find("targeted", start, end) >= 0  # (_UNTRIGGERED_CLAIM)
                        and bool(out)
                        # (or it placed the deed at no town: "struck a car in
                        # southern Lebanon ... the military said it had
                        # targeted an operative in the area of Bint Jbeil")
                        and (_agentless_deed(out[-1]) or _placed_by_country(out[-1]))
                        and _deed_claimed(folded, start, end)
                    )
                )
                and _sides_of(actors.get(number, ()), folded)
            ):
                continue
            claim_only = True
        sentence_dates = dates.get(number, ())
        if sentence_dates:
            sentence_dates = [d for d in sentence_dates if not _names_a_thing(folded, d)]
        all_dates = (
            [d for d in sentence_dates if d.resolved and d.kind != "duration"]
            if sentence_dates
            else []
        )
        if (
            not counts
            and sentence_counts
            and all_dates
            and _period_total(sentence_counts, all_dates, doc, folded, start)
        ):
            continue
        if war_only and not all_dates:
            # "Hezbollah, which fought a year-long war with Israel that killed
            # more than 4,000 people", after the day's strikes: an undated
            # sentence whose only toll is a past war's recalls the war; its
            # deeds ("fought") make no side of the incident before
            continue
        seg = folded[start:end]
        # the patterns searched in the sentence look at most at the
        # character before it: all ASCII, their ``re`` twins read it alike
        plain = seg.isascii() and (not start or folded[start - 1].isascii())
        cue = bool(background) and _cue_in(
            background, start, end, folded, _BACKGROUND_WORDS
        )
        if out and " came " in seg and (m := _CAME_LONG_AFTER.search(seg)) is not None:
            # "The attack came weeks after the ELN launched an offensive
            # against FARC dissidents in Catatumbo, killing at least 80
            # people": the clause recalls an older deed (its toll is not
            # the attack's, nor another incident of the report)
            aside = start + m.start()
            all_dates = [d for d in all_dates if d.span.start < aside]
            sentence_dates = [d for d in sentence_dates if d.span.start < aside]
            triggers = [t for t in triggers if t.start < aside]
            counts = tuple(c for c in counts if c.span.start < aside)
            places[number] = [p for p in places.get(number, ()) if p.span.start < aside]
            actors[number] = [a for a in actors.get(number, ()) if a.span.start < aside]
        if (
            " between " in seg
            and (", as " in seg or " amid " in seg or ", while " in seg)
            and (m := _FIGHTING_BETWEEN_AS.search(folded, start, end)) is not None
            and any(
                t.start < m.start() and t.group not in ("harm", "party") for t in triggers
            )
            and any(a.span.start < m.start() for a in actors.get(number, ()))
        ):
            # "Ethiopian government drone strikes killed at least 12 civilians
            # ..., as fighting between federal forces and Fano militiamen
            # intensified": the clause tells the war around a deed whose
            # party is named before it; the clause's parties are none of the
            # deed's (Fano was made the strikes' target)
            shut = folded.find(",", m.end(), end)
            shut = end if shut < 0 else shut
            actors[number] = [
                a for a in actors.get(number, ()) if not m.start() <= a.span.start < shut
            ]
        if (
            number in actors
            and (", which " in seg or ", where " in seg)
            and (m := _PLACE_BACKGROUND.search(folded, start, end)) is not None
        ):
            # "The attack happened in Salamanca, which has been a battleground
            # for the Santa Rosa de Lima cartel and the CJNG": the clause
            # tells the place's story, and its parties are none of the deed's
            shut = folded.find(", ", m.end(), end)
            shut = end if shut < 0 else shut
            actors[number] = [
                a for a in actors[number] if not m.start() <= a.span.start < shut
            ]
        if (
            not counts
            and (", who " in seg or ", which " in seg)
            and (named := actors.get(number))
            and named[0].span.start - start <= 4
            and folded.startswith((", who ", ", which "), named[0].span.end)
            and (shut := _past_relative(folded, named[0].span.end, end))
            > named[0].span.end
            and all(named[0].span.end < t.start < shut for t in triggers)
            # (a deed of its own day, recalled: undated, "the Shining Path
            # guerrillas, who burned murdered peasants' houses, charged
            # them", the clause may tell the incident's agent)
            and any(named[0].span.end < d.span.start < shut for d in all_dates)
        ):
            # "The rebels, who seized Goma last week, were advancing on the
            # town of Nyabibwe": the only deed is a dated relative clause
            # describing the subject, whose own verb tells none; the
            # sentence tells no incident (joined to the lead's, it lent it
            # Goma, a scene of the week before)
            continue
        # (with no cue word and no date, _is_history is False: not called)
        if (
            (cue or all_dates)
            and _is_history(doc, all_dates, seg, cue)
            and not (counts and _dated_this_week(all_dates, doc, start))
        ):
            # (a toll dated days before the report is the news, whatever
            # else the sentence recalls: "police shot dead eight people on
            # Wednesday as protesters marked the anniversary of ...")
            aside = _background_aside(doc, start, end, counts, all_dates, background)
            if aside == end:
                continue
            # "eight people died when a bomb hit a camp near Bhamo, where the
            # KIA has besieged junta positions since late last year": the
            # deed and toll stand; the clause's words are none of theirs (the
            # sentence's mentions are cut here, rare as it is, so that no
            # other sentence pays for it)
            all_dates = [d for d in all_dates if d.span.start < aside]
            sentence_dates = [d for d in sentence_dates if d.span.start < aside]
            triggers = [t for t in triggers if t.start < aside]
            counts = tuple(c for c in counts if c.span.start < aside)
            places[number] = [p for p in places.get(number, ()) if p.span.start < aside]
            actors[number] = [a for a in actors.get(number, ()) if a.span.start < aside]
        elif (
            stale_before is not None
            and all_dates
            and out
            and (", which " in seg or ", where " in seg)
        ):
            aside, shut = _past_clause(doc, start, end, all_dates, counts)
            if aside < end and _told_this_week(doc, out):
                # "arriving from the Zamzam camp, which the RSF overran in
                # April": the clause recalls a deed of weeks before, none
                # of its words are the sentence's
                all_dates = [d for d in all_dates if not aside <= d.span.start < shut]
                sentence_dates = [
                    d for d in sentence_dates if not aside <= d.span.start < shut
                ]
                triggers = [t for t in triggers if not aside <= t.start < shut]
                if not triggers and not counts:
                    continue
                places[number] = [
                    p for p in places.get(number, ()) if not aside <= p.span.start < shut
                ]
                actors[number] = [
                    a for a in actors.get(number, ()) if not aside <= a.span.start < shut
                ]
        elif (
            out
            and all_dates
            and stale_before is not None
            # (the first date read in line: most are recent, no call)
            and (first_latest := all_dates[0].latest) is not None
            and first_latest < stale_before
            and _stale_recall(doc, start, all_dates, out)
            and not _same_scene(places.get(number, ()), out)
        ):
            # "In March, a bombing at a bank in Kandahar killed 21 people",
            # after the news of this week: a deed of months before, recalled
            # (not the scene's own story: "Darqad ... was captured by the
            # militants in late October in a battle that left six dead",
            # after its recapture, is an incident of the report)
            continue
        if (
            (
                "sentenced" in seg
                or "convicted" in seg
                or "acquitted" in seg
                or "indicted" in seg
                or "jailed" in seg
                or "guilty" in seg
            )
            and _on_trial(seg, triggers, counts, start)
        ) or (number == tried + 1 and not all_dates and _refers_back_only(triggers)):
            # "a court sentenced a former commander for the killing of
            # hundreds of civilians in 2003", "was convicted of murders
            # committed during attacks on ...": a trial's deeds, not news;
            # nor the next sentence that only refers back to them
            # ("Prosecutors said the attacks killed more than 300 people")
            tried = number
            continue
        if (
            not counts
            and ("frequent" in seg or "repeated" in seg or "numerous" in seg)
            and _HABIT.search(seg) is not None
        ):
            continue  # a group's habit, no deed: "has carried out frequent bombings"
        # a comparison with the past ("the deadliest attack since Washington
        # began its campaign last month"): its dates and places are not the
        # incident's
        cut = _comparison_since(folded, start, end) if "since" in seg else end
        head_cut = end
        # "..., a day after a bomb blast at a market killed three people": the
        # clause tells an earlier incident (told again, if at all, on its
        # own); none of its words are this one's
        if " after " in seg:
            m = _EARLIER_INCIDENT.search(folded, start, end)
            if m is not None and m.start() < cut:
                cut = m.start()
                triggers = [t for t in triggers if t.start < cut]
                counts = tuple(c for c in counts if c.span.start < cut)
                if not triggers and not counts:
                    continue
            elif (
                " attack" in seg
                and number in actors
                and all(_VICTIM_KIND.get(c.victim or "") == "civilians" for c in counts)
                and (m := _AFTER_ATTACK_ON.search(folded, start, cut)) is not None
                and any(t.start < m.start() and t.group == "harm" for t in triggers)
                and all(c.span.end <= m.start() for c in counts)
                and any(a.span.start < m.start() for a in actors[number])
            ):
                # "Security forces killed hundreds of members of the Alawite
                # minority in coastal Syria ... after an insurgent attack on
                # government forces near Jableh on Thursday": the killing of
                # civilians its agent told first answers an attack on it,
                # another incident; the attack's parties, day and place are
                # none of the killing's
                cut = head_cut = m.start()
                triggers = [t for t in triggers if t.start < cut]
        if (
            (
                " retaliation for " in seg
                or " revenge for " in seg
                or " reprisal for " in seg
            )
            and (m := _RETALIATION_FOR.search(folded, start, cut)) is not None
            and any(t.start < m.start() and t.group != "harm" for t in triggers)
            and any(m.end() <= t.start < cut for t in triggers)
        ):
            # "Afghan Taliban forces attacked Pakistani border posts ...,
            # saying the assault was in retaliation for Pakistani air strikes
            # on Kabul and Paktika province on Thursday": the deed answered
            # is an earlier incident; its parties, day and places are none of
            # the one told
            cut = head_cut = m.start()
            triggers = [t for t in triggers if t.start < cut]
            counts = tuple(c for c in counts if c.span.start < cut)
        if (
            not start
            and "; " in seg
            and folded[end - 1 : end] not in _SENTENCE_ENDS
            and 0 <= (semi := folded.find("; ", start, cut)) < cut
        ):
            # a headline joining two stories ("Houthi attack on Marib front
            # kills 9 soldiers; drone hits Israeli port"): the second is
            # another incident, which the body tells on its own (its parties
            # too are none of the first's)
            cut = head_cut = semi
            triggers = [t for t in triggers if t.start < cut]
            counts = tuple(c for c in counts if c.span.start < cut)
            if not triggers and not counts:
                continue
        s_dates = (
            _recent(
                [
                    d
                    for d in sentence_dates
                    if d.span.start < cut and _usable_date(d, doc, start)
                ],
                doc,
            )
            if sentence_dates
            else []
        )
        if (
            not s_dates
            and number > 1
            and number - 1 not in todo
            and counts
            and (before := dates.get(number - 1))
            and any(not t.definite and t.group not in ("harm", "party") for t in triggers)
        ):
            # "Police arrived on Sunday afternoon. Two officers were wounded
            # in an exchange of fire with the gang": a sentence of no deed
            # (not read) sets the day of the new deed told right after it,
            # in its paragraph
            s_dates = _scene_day(doc, spans[number - 2], start, before)
        if (
            s_dates
            and len(all_dates) > len(s_dates)
            and _only_history(s_dates, all_dates, doc)
        ):
            # "have retaken X, a town government forces seized in 2022,
            # residents said on Thursday": a sentence of this week (not
            # history) whose only usable date is years old tells that date
            # of something else (a relative clause, an aside), not its deed
            s_dates = []
        reference_only = claim_only or (
            bool(triggers)
            and all(map(_DEFINITE_FLAG, triggers))
            and not (
                counts
                or _circumstance(folded, start, end, plain, circumstance, trigger_starts)
            )
        )
        first = folded[start]
        sentence_places = places.get(number, ())
        if (
            sentence_places
            and not triggers
            and counts
            and "toll" in seg
            and all(
                _TOLL_AT.search(folded, max(start, c.span.start - 40), c.span.start)
                for c in counts
            )
        ):
            # "An elected official in Gao put the toll at 16": a toll restated
            # by a source, whose seat is no scene (it split the incident)
            sentence_places = ()
        if cut < end:
            sentence_places = [p for p in sentence_places if p.span.start < cut]
        scene: tuple[PlaceMention, ...] = ()
        if sentence_places:
            if len(sentence_places) > 1 and " as " in seg:
                # "strikes killed 51 people across Lebanon, as Hezbollah fired
                # rockets at Haifa": the clause tells the other side's deed,
                # whose target is not the scene of the sentence's own
                at = _other_deed_as(folded, start, end)
                if sentence_places[0].span.start < at < end:
                    sentence_places = [p for p in sentence_places if p.span.start < at]
            # (one place is kept as _coherent would keep it, uncalled)
            scene = (
                tuple(
                    _coherent(
                        _measured_from(
                            [
                                p
                                for p in sentence_places
                                if _usable_place(p, folded, start)
                            ],
                            folded,
                            start,
                            frame,
                        ),
                        home,
                    )
                )
                if len(sentence_places) > 1
                else tuple(p for p in sentence_places if _usable_place(p, folded, start))
            )
        if (
            triggers
            and not counts
            and not scene
            and not s_dates
            and all(t.group == "party" for t in triggers)
        ):
            # "the identity of the attackers", "The attackers belonged to the
            # X coalition": a party referred back to, telling no place or day
            # of the incident (one that does, "The attackers came to the
            # village of Ntoyo late on Monday", details it)
            continue
        if (
            out
            and folded.startswith(_ANOTHER_OPENERS, start)
            and out[-1].end + 2 >= start
            and all(t.group in ("harm", "party") for t in triggers)
        ):
            # "A strike on a car killed three men, while another flattened a
            # house": "another" takes up the deed of the clause before, its
            # kind with it
            deed = next(
                (t for t in out[-1].triggers if t.group not in ("harm", "party")), None
            )
            if deed is not None:
                at = folded.index("another", start)
                triggers = [_Trigger(at, at + 7, deed.group, False), *triggers]
        if (
            not s_dates
            and opened
            and start in opened
            and out
            and out[-1].end + 2 >= start
            and folded.startswith(("while ", "as "), start)
        ):
            # "... seized a police station on Thursday, while a junta air
            # strike on a nearby village killed 11 civilians": a time clause
            # cut off its sentence tells a deed of the same day
            s_dates = list(out[-1].dates)
        # (the fields in order, as _Sentence declares them: tuple.__new__
        # skips the keyword parsing of the named tuple's __new__)
        out.append(
            new(
                _Sentence,
                (
                    number - 1,  # position
                    start,
                    end,
                    tuple(triggers),
                    tuple(s_dates),
                    scene,
                    tuple(
                        _sides_of(
                            [a for a in actors.get(number, ()) if a.span.start < head_cut]
                            if head_cut < end
                            else actors.get(number, ()),
                            folded,
                        )
                    ),
                    counts,
                    # anaphora
                    (
                        bool(anaphora)
                        and _cue_in(anaphora, start, end, folded, _ANAPHORA_NOUNS)
                        and _place_anaphora(folded, start, end, plain, scene)
                    )
                    or any(map(_DEFINITE_FLAG, triggers)),
                    # opener
                    (
                        (
                            first not in _ASCII_ALNUM
                            or folded.startswith(_OPENER_WORDS, start)
                        )
                        and bool(
                            # (anchored, and it reads at most a few words past
                            # the sentence's signs: no timeout)
                            (_NEW_INCIDENT_ASCII if plain else _NEW_INCIDENT).match(
                                folded, start, end
                            )
                        )
                    )
                    or (bool(opened) and start in opened),
                    reference_only,
                ),
            )
        )
    return out


#: A sentence's end after an abbreviation ("u.s.", "st.", "gen."): cut too early.
_ABBREVIATION_END: Final = re.compile(r"(?:\b[a-z]\.|\b(?:st|gen|col|lt|mr|dr|no)\.)\s*$")


def _scene_day(
    doc: Document, prior: tuple[int, int], start: int, dates: Sequence[DateMention]
) -> list[DateMention]:
    """
    The days of *dates*, told in the sentence *prior* that tells no deed,
    which the sentence at *start* right after it in the same paragraph
    takes: past days the sentence does not report on ("Police arrived on
    Sunday afternoon."); else none.
    """
    lo, hi = prior
    folded = doc.folded
    if (
        _PARAGRAPH_BREAK.search(folded, hi, start) is not None
        # ("DURING THE EVENING OF 24 MAY TWO U.S. | CITIZENS ... WERE
        # MURDERED": a sentence cut after an abbreviation is no sentence)
        or _ABBREVIATION_END.search(folded, max(lo, hi - 6), hi) is not None
    ):
        return []
    return _recent(
        [
            d
            for d in dates
            if d.resolved
            and d.kind == "date"
            and d.precision == "day"
            and not _names_a_thing(folded, d)
            and _usable_date(d, doc, lo)
        ],
        doc,
    )


# --- clustering ---------------------------------------------------------------


def _intervals(dates: Sequence[DateMention]) -> set[tuple[_dt.date, _dt.date]]:
    if not dates:
        return set()  # (most sentences: no comprehension is run)
    return {
        (d.earliest, d.latest)
        for d in dates
        if d.earliest is not None and d.latest is not None
    }


def _min_gap(
    xs: set[tuple[_dt.date, _dt.date]], ys: set[tuple[_dt.date, _dt.date]]
) -> int | None:
    """The fewest days between an interval of *xs* and one of *ys*; None if one is empty."""
    if not xs or not ys:
        return None
    best: int | None = None
    for x_first, x_last in xs:
        for y_first, y_last in ys:
            if x_last < y_first:
                gap = (y_first - x_last).days - 1
            elif y_last < x_first:
                gap = (x_first - y_last).days - 1
            else:
                return 0
            if best is None or gap < best:
                best = gap
    return best


def _overlap(
    xs: set[tuple[_dt.date, _dt.date]], ys: set[tuple[_dt.date, _dt.date]]
) -> bool:
    """Whether an interval of *xs* shares a day with one of *ys*."""
    return any(
        x_first <= y_last and y_first <= x_last
        for x_first, x_last in xs
        for y_first, y_last in ys
    )


def _place_key(p: PlaceMention) -> str:
    return str(p.geonames_id) if p.geonames_id is not None else (p.name or p.text).lower()


class _PlaceSets:
    """What clustering compares of a group of places (a plain slotted class)."""

    __slots__ = ("admin1", "countries", "empty", "local", "named")

    def __init__(self) -> None:
        self.countries: set[str] = set()
        self.admin1: set[str] = set()
        self.local: set[str] = set()  # keys of towns, villages, cities, districts
        self.named: set[str] = set()  # keys of every place but countries
        self.empty = True

    @classmethod
    def of(cls, places: Sequence[PlaceMention]) -> _PlaceSets:
        sets = cls()
        sets.update(places)
        return sets

    def update(self, places: Sequence[PlaceMention]) -> None:
        for p in places:
            self.empty = False
            if p.country:
                self.countries.add(p.country)
            if p.admin1:
                self.admin1.add(p.admin1)
            if p.kind != "country":
                # (_place_key, written out: a call per place costs more)
                gid = p.geonames_id
                key = str(gid) if gid is not None else (p.name or p.text).lower()
                self.named.add(key)
                if p.kind in _LOCAL_KINDS:
                    self.local.add(key)

    def conflict(self, other: _PlaceSets) -> bool:
        """Two countries, two admin1 areas or two towns that share nothing."""
        if self.empty or other.empty:
            return False
        for mine, theirs in (
            (self.countries, other.countries),
            (self.admin1, other.admin1),
            (self.local, other.local),
        ):
            if mine and theirs and mine.isdisjoint(theirs):
                return True
        return False

    def match(self, other: _PlaceSets) -> bool:
        """A place other than a country named by both."""
        return not self.named.isdisjoint(other.named)


#: What may stand between two towns (or provinces) of a list: "Kyiv, Kharkiv
#: and Odesa", "Khan Younis and the southern city of Rafah", "Sagaing region
#: and Chin State".
_LIST_GLUE: Final = re.compile(
    r"(?:\s(?:region|state|province|governorate|oblast))?"
    r"(?:,|,?\s(?:and|or))\s(?:the\s(?:[a-z-]+\s){0,2}(?:city|town|port|village)\sof\s)?"
)


def _towns(places: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The towns, cities and villages of *places* (no districts: parts of a town)."""
    return [p for p in places if p.kind in _LOCAL_KINDS and p.kind != "district"]


def _list_key(p: PlaceMention) -> str | None:
    """A round-up's key of *p*: a town's own, a province's ``admin1:`` code, else None."""
    if p.kind == "province":
        return "admin1:" + p.admin1 if p.admin1 else None
    if p.kind in _LOCAL_KINDS and p.kind != "district":
        return _place_key(p)
    return None


def _listed_towns(s: _Sentence, folded: str) -> frozenset[str] | None:
    """
    The keys of the towns or provinces *s* lists, two or more of them
    written one after the other ("in attacks on Kyiv, Kharkiv and the
    southern port of Odesa" counts only the names joined by commas and
    "and"; "in Sagaing region and Chin State"), else None. A lead that
    lists places sums up incidents that later sentences tell one town at a
    time.
    """
    if not folded or len(s.places) < 2:
        return None
    listed = [(p, k) for p in s.places if (k := _list_key(p)) is not None]
    keys = _listed_regions(listed, folded)
    if len(keys) > 1:
        return frozenset(keys)
    for (a, ka), (b, kb) in pairwise(listed):
        # (both towns or both provinces: "Zurmi, Zamfara state" is a town and
        # its province, no list)
        if (a.kind == "province") is (b.kind == "province") and _LIST_GLUE.fullmatch(
            folded, a.span.end, b.span.start
        ) is not None:
            keys.add(ka)
            keys.add(kb)
    return frozenset(keys) if len(keys) > 1 else None


#: A plural that makes the names of a list before it provinces: "in the
#: Dnipropetrovsk, Sumy and Kharkiv regions".
_REGIONS_AFTER: Final = re.compile(
    r"\s(?:regions|provinces|oblasts|governorates|states)\b"
)


def _listed_regions(listed: Sequence[tuple[PlaceMention, str]], folded: str) -> set[str]:
    """
    The provinces of a list that a plural closes ("in the Dnipropetrovsk,
    Sumy and Kharkiv regions", :data:`_REGIONS_AFTER`), whatever kind each
    name was read as (a region named like its capital reads as the city):
    their ``admin1:`` keys, else an empty set.
    """
    keys: set[str] = set()
    run: list[PlaceMention] = []
    for p, _key in listed:
        if run and _LIST_GLUE.fullmatch(folded, run[-1].span.end, p.span.start) is None:
            run = []
        run.append(p)
        if len(run) > 1 and _REGIONS_AFTER.match(folded, p.span.end) is not None:
            keys.update("admin1:" + q.admin1 for q in run if q.admin1)
    return keys


def _roundup_part(s: _Sentence, clusters: list[_Cluster]) -> _Cluster | None:
    """
    The incident a sentence tells when it names one (or some) of the towns a
    recent round-up lists, or towns of the provinces it lists ("In Kharkiv,
    a glide bomb killed three people" after "killing nine in Kyiv, Kharkiv
    and Odesa"; "a jet bombed a market in Kawlin" after "killed 22 people in
    Sagaing region and Chin State"): the part of the round-up at those
    towns, made on first need; None when it tells none.
    """
    towns = _towns(s.places)
    provinces = [p for p in s.places if p.kind == "province" and p.admin1]
    districts = [p for p in s.places if p.kind == "district" and p.admin1]
    if not towns and not provinces and not districts:
        return None
    for c in islice(reversed(clusters), 8):
        roundup = c.parent.roundup if c.parent is not None else c.roundup
        if roundup is None:
            continue
        parent = c.parent or c
        covered: set[str] = set()
        # (a township of a listed province is a part's place, as a town is;
        # a district of a listed town, "the Sviatoshynskyi district" of Kyiv,
        # adds nothing)
        seen = towns + [d for d in districts if "admin1:" + d.admin1 in roundup]  # type: ignore[operator]
        if not seen and not provinces:
            return None
        for t in seen:
            key = _place_key(t)
            if key in roundup:
                covered.add(key)
            elif t.admin1 and "admin1:" + t.admin1 in roundup:
                covered.add("admin1:" + t.admin1)
            elif t.admin1:
                return None
            # (a village no table places, "Al-Mukhtariyah, near Latakia",
            # goes where the sentence's other places say)
        for p in provinces:
            key = "admin1:" + p.admin1  # type: ignore[operator]
            if key not in roundup:
                return None
            covered.add(key)
        if covered == roundup:
            return None  # (the lead told again)
        gap = _min_gap(parent.intervals, _intervals(s.dates))
        if gap is not None and gap > _SAME_INCIDENT_DAYS:
            return None
        # a part is one town's (two towns of one listed province are two;
        # two villages of one township too)
        part = frozenset(map(_place_key, towns or seen)) if seen else frozenset(covered)
        for child in parent.children:
            if not child.part.isdisjoint(part):
                return child
        child = _Cluster()
        child.parent = parent
        child.part = part
        parent.children.append(child)
        clusters.append(child)
        return child
    return None


def _settle_roundups(clusters: list[_Cluster]) -> list[_Cluster]:
    """
    A round-up with a single part takes it back (one town told apart is a
    detail of the lead); the parts of one with several stand as incidents of
    their own, and the round-up is kept only to lend them its date and agent
    (:func:`_events`).
    """
    out = []
    for c in clusters:
        parent = c.parent
        if parent is not None and len(parent.children) == 1:
            for s in c.sentences:
                parent.add(s)
            parent.sentences.sort(key=_TRIGGER_START)
            parent.children = []
            continue
        out.append(c)
    return out


def _part_of_a_run(s: _Sentence, last: _Cluster, folded: str) -> bool:
    """
    Whether *s*, a deed dated and placed at a town of its own, tells one
    incident of a run the incident *last* sums up, dated only by the run's
    start and placed at no town ("Fighting between the ELN and FARC
    dissidents in the Catatumbo region has killed at least 80 people since
    Thursday", then "ELN fighters killed a former peace signatory and his
    family in the town of Tibu on Friday"): an incident of its own, not
    the run's first day.
    """
    if not last.dates or last.places_seen.local:
        return False
    if not all(folded.endswith("since ", 0, d.span.start) for d in last.dates):
        return False
    if any(folded.endswith("since ", 0, d.span.start) for d in s.dates):
        return False
    return bool(_PlaceSets.of(s.places).local)


def _cluster(
    sentences: Sequence[_Sentence], folded: str = "", stale: _dt.date | None = None
) -> list[_Cluster]:
    # (*stale*: a day before which a dated sentence's deed lies too long
    # before the report to be an undated lead's: _STALE_DAYS before it)
    clusters: list[_Cluster] = []
    roundups = False  # (whether an incident opened with a list of towns)
    # (an incident before the last that a detail returned to: where the next
    # sentence telling no date or place goes, as it would to the last)
    focus: _Cluster | None = None
    named: list[
        frozenset[str]
    ] = []  # the countries the story names, on first need (_fresh)
    for s in sentences:
        target: _Cluster | None = None
        long_before = False  # (set below: a deed dated weeks before the report)
        aside: _Cluster | None = None  # (the undated incident such a deed interrupts)
        if len(clusters) > 1 and not s.casualties and s.actors:
            blamed = _blamed_deed(s, clusters, folded)
            if blamed is not None:
                told, s = blamed
                told.add(_as_detail(s, told) if s.reference_only else s)
                continue
        if (
            clusters
            and s.casualties
            and not s.dates
            and all(c.subset for c in s.casualties)
            and (whole := _whole_of(s, clusters)) is not None
        ):
            # "Among the dead were five members of one family whose house in
            # Khan Younis was hit", after strikes that killed 25 across Gaza:
            # a part of a toll told before is a detail of its incident, not
            # an incident of its own (of no day and no toll)
            whole.add(_as_detail(s, whole))
            continue
        if (
            s.casualties
            and s.dates
            and clusters
            and all(map(_is_arrest, s.casualties))
            and _refers_back_only(s.triggers)
            # (the day told before the deed referred to: "the murder of the
            # two missionaries last Wednesday" dates the murder)
            and all(d.span.end <= s.triggers[0].start for d in s.dates)
            and all(c.best != 0 for c in s.casualties)
        ):
            # "Police arrested three suspects on Sunday in connection with
            # the abduction": an arrest over a deed told, no deed of its own,
            # and its day is none of the deed's
            continue
        if s.reference_only:
            # "The attack on the base at Djibo began at dawn on June 7": a
            # detail of the last incident when nothing in it conflicts, else
            # left out; never an incident of its own
            if (
                roundups
                and s.places
                and (clusters[-1].roundup or clusters[-1].parent)
                and (part := _roundup_part(s, clusters)) is not None
            ):
                # ("In Kayes, the assailants struck an army camp", after
                # attacks "including in Kayes and Nioro du Sahel": the
                # round-up's part at that town, told by referring back)
                part.add(s)
                continue
            if clusters:
                # (villages no table knows, "targeted Hurum, Manguna and
                # Ruwi villages", may lie in the incident's district: they
                # conflict with no town of it, whatever province the story
                # lent them)
                placed = [
                    p
                    for p in s.places
                    if p.kind not in _LOCAL_KINDS
                    or (
                        p.admin1
                        and (p.geonames_id is not None or p.kind not in _UNKNOWN_LOCAL)
                    )
                ]
                mine = _intervals(s.dates)
                own = _PlaceSets.of(placed) if placed else None
                for k, last in enumerate(islice(reversed(clusters), _COMPARED)):
                    gap = _min_gap(last.intervals, mine)
                    if not (
                        (gap is not None and gap > _SAME_INCIDENT_DAYS)
                        or (own is not None and last.places_seen.conflict(own))
                    ) and (k < 2 or (own is not None and last.places_seen.match(own))):
                        last.add(_as_detail(s, last))
                        focus = last if k else None
                        break
                    # ("The attack in the Bannu district lasted two hours",
                    # after a checkpoint attack in northwest Pakistan and
                    # then a bombing in Quetta: the incident before the last
                    # when only the last one's place conflicts, the scene
                    # told of the first; further back, the incident that
                    # names its place: "The attack on the police station in
                    # Gusau began after midnight", two incidents on)
                    if not placed or (gap is not None and gap > _SAME_INCIDENT_DAYS):
                        break
            continue
        # ("The armed wing of Islamic Jihad said its fighters had fired mortar
        # bombs at Israeli forces", after strikes that killed civilians: the
        # group's own deed against the forces, joined to none of them)
        apart = (
            not s.casualties
            and len(s.actors) > 1
            and bool(clusters)
            and _own_deed_claim(s, folded, clusters)
        )
        # (a party's claim of its own deed on another day than an incident,
        # "the Qassam Brigades said its fighters had blown up an Israeli
        # tank ... on Saturday", after Sunday's strikes: another incident,
        # however near in time and place, whoever the incident named)
        claim = (
            bool(s.dates)
            and not s.casualties
            and len(s.actors) > 1
            and bool(clusters)
            and (apart or _own_deed_claim(s, folded, None))
        )
        # (a party's claim of a toll of its own deed at a place, the party
        # named in no incident told: "Last Tuesday, the U.S. military said its
        # forces had killed a senior Islamic State leader in a raid in
        # northwest Syria", after clashes
        # between government forces and the SDF on the same days: another
        # incident, however near in time)
        stranger = (
            bool(s.casualties)
            # (its own scene: "the army said it killed 40 militants", told
            # of nowhere after gunmen attacked a military camp, is the
            # camp's defence)
            and bool(s.places)
            and len(s.actors) > 1
            and bool(clusters)
            and bool(folded)
            # ("Israel said it killed a Hezbollah commander in the strike":
            # the strike told before)
            and not any(map(_DEFINITE_FLAG, s.triggers))
        )
        # ("In the past 24 hours, Russian attacks killed at least nine
        # civilians across Ukraine", after a strike on Kherson: a toll of a
        # whole country or province, no part of a town's incident)
        across = bool(
            s.casualties and s.places and clusters and folded
        ) and _tally_across(s, folded)
        claimed: list[bool] = []  # (whether s is a claim, read on first need)
        # (a deed on civilians of its own, looting or massacre, with their
        # dead: another incident than a battle told before, see _raid_after_battle)
        raid = bool(clusters and folded and s.casualties) and _raids_civilians(s, folded)
        if (
            roundups
            and s.places
            and (clusters[-1].roundup or clusters[-1].parent)
            and not claim
        ):
            target = _roundup_part(s, clusters)
            if target is not None:
                target.add(s)
                continue
        repelled = bool(
            clusters and s.casualties and _repelled_elsewhere(s, clusters[-1], folded)
        )
        if repelled and s.anaphora and len(clusters) > 1:
            # ("The army said it had repelled the attack and killed dozens of
            # extremists", after militiamen's attack on a police station and
            # then the troops' shelling of the town: the attack's defence)
            back = _repelled_before(s, clusters, folded)
            if back is not None:
                back.add(s)
                continue
        if repelled and s.anaphora and not s.places:
            # ("repelled an assault on the city's eastern defences": the city
            # of the incident before, when it names one town)
            town = _the_town(_towns(clusters[-1].places), s, folded)
            if town is not None:
                s = s._replace(places=(town,))
        if (
            clusters
            and not s.opener
            and not repelled
            and not (
                s.dates
                and s.places
                and s.triggers
                and s.actors
                and "since " in folded
                and _part_of_a_run(s, clusters[-1], folded)
            )
            and not (s.casualties and _stepped_back(s, clusters[-1], folded))
            and not (
                s.places
                and s.dates
                and not s.casualties
                and _stepped_back_deed(s, clusters[-1], folded)
            )
        ):
            mine = _intervals(s.dates)
            # no place: nothing to conflict with or match (as an empty set)
            here = _PlaceSets.of(s.places) if s.places else None
            # a sentence with neither dates nor places matches no incident:
            # it joins the last one (the earlier ones are not compared)
            # (the most recent _COMPARED incidents only: a story of thousands
            # of distinct incidents is clustered in linear time)
            # (the incident nearest in time wins, the latest on a tie, and
            # one on the sentence's own day at once: "the toll from
            # Tuesday's attack rose to 19", after Wednesday's ambush, returns
            # to Tuesday's attack)
            near: _Cluster | None = None
            nearest = _SAME_INCIDENT_DAYS + 1
            # (a day's operation that killed only militants, by a state's
            # forces: maybe the answer to an incident of another day)
            countering = bool(
                s.casualties
                and all(
                    c.victim == "militants" for c in s.casualties if c.outcome == "killed"
                )
                and any(c.outcome == "killed" for c in s.casualties)
                and any(a.kind == "state" for a in s.actors)
                # (a day of its own, or many operations told with none: the
                # pattern is searched last, in the few sentences left)
                and (
                    mine or (folded and _OPERATIONS_TALLY.search(folded, s.start, s.end))
                )
            )
            # ("Late last month, militants ambushed a convoy near X, killing
            # eight": a toll told by stepping back joins no incident of other
            # days, however near)
            # (a deed dated weeks before the report: no part of an undated
            # incident, see below)
            long_before = (
                stale is not None and bool(mine) and all(hi < stale for _, hi in mine)
            )
            limit = (
                0
                if mine
                and s.casualties
                and folded
                and _STEP_BACK.match(folded, s.start, s.end)
                else _SAME_INCIDENT_DAYS
            )
            for c in islice(reversed(clusters), _COMPARED) if mine or here else ():
                gap = _min_gap(c.intervals, mine)
                if (
                    (gap is not None and gap > limit)
                    or (
                        claim
                        and (
                            (gap is not None and not _overlap(c.intervals, mine))
                            # (an incident of no day opened by a clause of
                            # its own that does not name the claimant: "and
                            # that its troops had killed three gunmen", the
                            # other side's deed)
                            or (gap is None and _other_partys(s, c))
                        )
                    )
                    or (here and c.places_seen.conflict(here))
                    or (apart and _struck_civilians(s, c, folded))
                    or (stranger and _claim_apart(s, c, folded, claimed))
                    or (countering and _counter_operation(s, c, folded))
                    or (across and c.places_seen.local and _has_dead(c))
                    or (gap is None and long_before and not c.intervals)
                    or (raid and _raid_after_battle(s, c, folded))
                ):
                    continue
                if gap is not None:  # at most _SAME_INCIDENT_DAYS here
                    if gap == 0 and _overlap(c.intervals, mine):
                        target = c
                        break
                    if gap < nearest and not (
                        (s.casualties and _another_days_toll(s, c, folded))
                        or (
                            not _overlap(c.intervals, mine)
                            and (
                                _other_days_deed(s, c, folded)
                                or (
                                    not s.places
                                    and bool(s.actors)
                                    and _rescue_later(s, c, folded)
                                )
                            )
                        )
                    ):
                        near, nearest = c, gap
                elif near is None and here and c.places_seen.match(here):
                    target = c
                    break
            if target is None:
                target = near
            if (
                target is None
                and not mine
                and len(clusters) > 1
                # (or only places of no country: "JNIM, al Qaeda's affiliate
                # in the Sahel, said its fighters had killed 30 soldiers in
                # the ambush")
                and (here is None or all(p.country is None for p in s.places))
            ):
                target = _referred_back(s, clusters, folded)
                if target is None and s.actors and here is None:
                    target = _launched_from_elsewhere(s, clusters, folded)
                if target is None and s.actors and here is None:
                    target = _agent_and_deed_of(s, clusters)
                if target is None and here is None:
                    target = _definite_deed_of(s, clusters)
            if target is None:
                # ("Three of the attackers were killed when police returned
                # fire", after a detail placed the attack told before the last
                # incident: that attack)
                last = focus if focus is not None and here is None else clusters[-1]
                gap = _min_gap(last.intervals, mine)
                countered = False
                rescue = False
                other_day = (
                    gap is not None
                    and gap <= limit
                    and not _overlap(last.intervals, mine)
                    and (
                        (bool(s.casualties) and _another_days_toll(s, last, folded))
                        or _other_days_deed(s, last, folded)
                    )
                )
                dates_clash = (
                    other_day
                    or (gap is not None and gap > limit)
                    or (
                        claim
                        and (
                            (gap is not None and not _overlap(last.intervals, mine))
                            or (gap is None and _other_partys(s, last))
                        )
                    )
                    or (gap is None and mine and _month_opened(s, last, folded))
                    or (gap is None and mine and _recalls_another(s, folded))
                    # ("Soldiers rescued 11 of the hostages ... on Thursday
                    # after a gunfight with the kidnappers", after Tuesday's
                    # kidnapping: the rescue, a battle of its own day)
                    or (
                        rescue := gap is not None
                        and not s.places
                        and bool(s.actors)
                        and not _overlap(last.intervals, mine)
                        and _rescue_later(s, last, folded)
                    )
                    # ("Palestinian militants opened fire on troops in Rafah,
                    # wounding a soldier", after Israeli fire killed 25
                    # across Gaza: the striker harmed, by another party)
                    or (
                        bool(s.casualties)
                        and here is not None
                        and bool(s.actors)
                        and _striker_harmed(s, last, folded)
                    )
                    # ("The Houthis said they had fired 18 missiles at the USS
                    # Harry S. Truman", after U.S. strikes on Yemen: the
                    # target's answer, not the strikes)
                    or (
                        gap is None
                        and not s.casualties
                        and bool(s.actors)
                        and _launch_claim_against(s, last, folded)
                    )
                    # ("The RSF had seized Bara in late October, killing dozens
                    # of civilians", after the army said on Thursday it had
                    # retaken the town: the lead, dated by no day but its
                    # report's, is recent news; a deed dated weeks before is
                    # another incident, not the lead's day)
                    or (gap is None and long_before and not last.intervals)
                    or (stranger and _claim_apart(s, last, folded, claimed))
                    or (countered := countering and _counter_operation(s, last, folded))
                    or (across and bool(last.places_seen.local) and _has_dead(last))
                )
                if raid and not dates_clash and _raid_after_battle(s, last, folded):
                    # ("In a nearby village, the militants looted food stores
                    # and killed 11 farmers", after the army's fight with them
                    # on Sunday: an attack on civilians of its own, on the
                    # battle's day and at its town when it tells neither)
                    dates_clash = True
                    if not mine and here is None:
                        s = s._replace(
                            dates=tuple(last.dates[:1]),
                            places=tuple(_towns(last.places)[:1]),
                        )
                if rescue:
                    # (at the kidnapping's town or province, the best the story gives)
                    towns = _towns(last.places) or [
                        p for p in last.places if p.kind in ("province", "region")
                    ]
                    s = s._replace(places=tuple(towns[:1]))
                if countered and not s.places:
                    # (a pursuit told at no place: near the incident's town)
                    s = s._replace(places=tuple(_towns(last.places)[:1]))
                if other_day and s.anaphora and not s.places:
                    # ("repelled an assault on the city's southern districts on
                    # Tuesday", after Wednesday's strikes on El Fasher: the
                    # city is the incident's before, when it names one town)
                    town = _the_town(_towns(last.places), s, folded)
                    if town is not None:
                        s = s._replace(places=(town,))
                if apart and _struck_civilians(s, last, folded):
                    pass  # (see apart above)
                elif not mine and here is None and _reprisal(s, last, folded):
                    # an incident of its own, told "later" near the one
                    # before: its town and day are the best the story gives
                    # (else its province: "ambushed a column in Magway region
                    # ... later carried out air strikes on two nearby villages")
                    towns = _towns(last.places) or [
                        p for p in last.places if p.kind in ("province", "region")
                    ]
                    s = s._replace(places=tuple(towns[:1]), dates=tuple(last.dates[:1]))
                elif not dates_clash and not (here and last.places_seen.conflict(here)):
                    if not (mine and _other_kind_later(s, last, folded)):
                        target = last
                elif (
                    not dates_clash
                    and s.anaphora
                    and s.casualties
                    and here is not None
                    and _names_its_battle(s, folded)
                ):
                    # "The United Nations said more than 2,800 people were
                    # killed in the fighting for Goma", after the weekend's
                    # fighting in South Kivu: the toll of another battle,
                    # recalled by its place; no figure of the incident's
                    # (joined, it was read as a rival toll of it), nor an
                    # incident of a day the story tells
                    continue
                elif (
                    not dates_clash
                    and (s.anaphora or not (s.dates or s.casualties))
                    and not _fresh(s, last, here, sentences, named)
                ):
                    # a detail of the same incident ("the attack", no date or
                    # toll of its own): its other places are not the scene
                    target = last
                    s = s._replace(places=())
        if target is None:
            if across and any(map(_has_dead, clusters)):
                # (a round-up of the country's dead, told after incidents with
                # dead of their own: a sum of them and of others untold, no
                # incident a coder would add, at no scene)
                continue
            if (
                s.anaphora
                and not s.places
                and s.triggers
                and clusters
                and folded
                and _place_anaphora(
                    folded, s.start, s.end, folded[s.start : s.end].isascii()
                )
            ):
                # ("The army said its aircraft had struck RSF positions east
                # of the city in response", after the RSF's shelling of a camp
                # near El Fasher: a deed of its own at the town before, the
                # one it names, not at the dateline)
                town = _the_town(_towns(clusters[-1].places), s, folded)
                if town is not None:
                    s = s._replace(places=(town,))
            if not s.triggers and s.casualties and all(map(_harms_nobody, s.casualties)):
                # "two of its senior officials had been arrested in Juba on
                # Wednesday", "Thousands of residents fled towards the towns
                # of Hinche and Lascahobas", told of no deed: an arrest or a
                # flight is no incident of the kinds this parser types (no one
                # was harmed; the towns fled to are no scene)
                continue
            if long_before and clusters and not clusters[-1].intervals:
                if not s.casualties:
                    # ("The two countries fought deadly border clashes in
                    # October that ended with a ceasefire on Oct. 19", after
                    # the night's strikes: history told with no toll, no
                    # incident of the report)
                    continue
                # (a past incident recalled: the story's next sentence telling
                # no date or place returns to the undated one before it)
                aside = clusters[-1]
            target = _Cluster()
            clusters.append(target)
        elif not s.triggers and s.casualties and all(map(_is_zero, s.casualties)):
            # "UNIFIL said none of its troops had been hurt, but a patrol
            # took shelter near Naqoura", told of no deed: joined to an
            # incident, a count of nobody is a detail of it, and its places
            # are where nothing happened, no scene of it. (Alone, it still
            # makes an incident: on MUC-3/4 such a sentence was as often the
            # only word of one, "there were no casualties" after a deed
            # whose verb the triggers miss.)
            s = _as_detail(s, target)._replace(places=())
        if (
            len(s.places) > 1
            and target.parent is None
            and not target.children
            and (
                target.roundup is not None
                or not target.places_seen.local
                or len(target.sentences) == 1
            )
        ):
            # (a headline's list and its lead's: one round-up; the lead's
            # list also when the headline named a town)
            listed = _listed_towns(s, folded)
            if listed is not None:
                target.roundup = (
                    listed if target.roundup is None else target.roundup | listed
                )
                roundups = True
        if folded and len(target.sentences) == 1 and s.places and target.roundup is None:
            _headline_scene(target, s, folded)
        target.add(s)
        if target is not focus:
            focus = aside
    # (a part of a round-up is made only after one)
    return _settle_roundups(clusters) if roundups else clusters


def _raids_civilians(s: _Sentence, folded: str) -> bool:
    """
    Whether *s* tells a deed of its own against civilians, a massacre or
    looting (:data:`_RAID_WORDS`), with a count of civilians (or people)
    killed and of no one else.
    """
    dead = [c for c in s.casualties if c.outcome == "killed" and not c.subset]
    if not dead or any(_VICTIM_KIND.get(c.victim or "") != "civilians" for c in dead):
        return False
    return any(
        not t.definite
        and (
            # (a verb told: "massacred", "executed"; not "the murder of 19
            # people" the group was held responsible for)
            (t.group == "civilian" and folded.endswith("ed", t.start, t.end))
            or (t.group == "harm" and folded.startswith(_RAID_WORDS, t.start))
        )
        for t in s.triggers
    )


#: The deeds of a raid on civilians' goods (folded text, a trigger's start).
_RAID_WORDS: Final = ("looted", "looting", "torched", "set fire", "arson")


def _raid_after_battle(s: _Sentence, last: _Cluster, folded: str) -> bool:
    """
    Whether *s*, a raid on civilians (:func:`_raids_civilians`), tells
    another incident than *last*, a battle: a fight whose dead are all of
    armed sides ("Soldiers fought Boko Haram fighters ..., killing 20
    insurgents", then "the militants looted food stores and killed 11
    farmers"). Joined, the massacre's dead were the battle's.
    """
    if not any(t.group == "battle" for o in last.sentences for t in o.triggers):
        return False
    dead = [c for o in last.sentences for c in o.casualties if c.outcome == "killed"]
    return bool(dead) and all(
        _VICTIM_KIND.get(c.victim or "") in ("rebel", "state", "external") for c in dead
    )


def _the_town(
    towns: Sequence[PlaceMention], s: _Sentence, folded: str
) -> PlaceMention | None:
    """
    The town of *towns* (an incident's) that "the city" of *s* points to: the
    only one; else the only city among them when *s* says "the city" ("the
    Abu Shouk camp on the outskirts of El Fasher ... the city's southern
    defences"); else None.
    """
    if not towns:
        return None
    if len({_place_key(p) for p in towns}) == 1:
        return towns[0]
    if folded.find("the city", s.start, s.end) < 0:
        return None
    cities = [p for p in towns if p.kind == "city"]
    if cities and len({_place_key(p) for p in cities}) == 1:
        return cities[0]
    return None


def _tally_across(s: _Sentence, folded: str) -> bool:
    """
    Whether *s* tells its toll over a whole country or province only ("killed
    at least nine civilians across Ukraine", "throughout the Donetsk
    region"): every place of it is one, after "across" or "throughout".
    """
    return all(
        p.kind in ("country", "province", "region")
        and _ACROSS_BEFORE.search(folded, max(s.start, p.span.start - 24), p.span.start)
        is not None
        for p in s.places
    )


#: "across" or "throughout" right before a place (folded text before it).
_ACROSS_BEFORE: Final = re.compile(
    r"\b(?:across|throughout)\s+(?:the\s+)?(?:(?:southern|eastern|northern|western)\s+)?$"
)


#: A sentence opening on its subject and "later", "then" or "afterwards"
#: and a deed: "Troops later shelled two nearby villages", "The junta later
#: carried out air strikes on two villages" (folded text).
_LATER_DEED: Final = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:later|then|afterwards|subsequently)\s+"
    r"(?:shelled|bombed|struck|attacked|raided|stormed|torched|burned|killed|opened\s+fire"
    r"|(?:carried\s+out|launched|conducted)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:air\s?strikes?|airstrikes?|strikes?|raids?|bombings?|shelling|attacks?))\b"
)


#: A deed told as an operation of its own: "in a raid on a camp", "in an
#: air strike", "during an operation".
_OPERATION_IN: Final = re.compile(
    r"\b(?:in|during)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:raid|operation|air\s?strike|strike|offensive|sweep|counter-?attack)\b"
)


#: A party's word on its own later deed: "The Iraqi military said in a
#: statement that its aircraft later struck".
_SAID_LATER_DEED: Final = re.compile(
    r"[^.;]{0,60}?\bsaid\b(?:\s+in\s+a\s+statement)?(?:\s+that)?\s+"
    r"(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:later|then|afterwards|subsequently)\s+"
    r"(?:shelled|bombed|struck|attacked|raided|pursued|killed)\b"
)


#: An answer told as one: "in retaliation for the attack", "in revenge for".
_IN_RETALIATION: Final = re.compile(r"\bin (?:retaliation|reprisal|revenge) for ")

#: Operations told as many (folded text): "in several operations", "in a
#: series of raids", "during separate operations" - a tally, not one deed.
_OPERATIONS_TALLY: Final = re.compile(
    r"\b(?:in|during)\s(?:several|a\sseries\sof|a\snumber\sof|multiple|separate"
    r"|various|a\sstring\sof|two|three|four|five)\s(?:\w+\s)?"
    r"(?:operations|raids|offensives|strikes|air\sstrikes|clashes|ambushes)\b"
)


def _counter_operation(s: _Sentence, c: _Cluster, folded: str = "") -> bool:
    """
    Whether *s*, a state force's deed on a day of its own that killed only
    militants, is another incident than *c*, whose dead are none of them
    militants and whose own days (those told to the day) are all other days
    than *s*'s: the forces' pursuit or counter-attack ("troops killed four
    ADF fighters in pursuit on Tuesday", after Monday night's massacre;
    "pushed the attackers out on Sunday, killing five gang members", after
    Saturday's raid told as "over the weekend").
    """
    days: set[_dt.date] = {
        d.earliest
        for d in s.dates
        if d.earliest is not None and d.precision == "day" and d.earliest == d.latest
    }
    # (the incident's own days: its intervals of at most two days, "late on
    # Monday" running into Tuesday's small hours; the deed comes after each
    # one's first day, on none of its single days)
    fine = [(e, last) for e, last in c.intervals if (last - e).days <= 2]
    if not fine:
        # ("Islamic State-linked insurgents beheaded six Christians ... last
        # week", then "Rwandan troops ... clashed with the insurgents ... on
        # Saturday, killing 10 of them": a day's fight inside a week told
        # only as a week is no more the massacre's than after its day)
        if not days or not c.intervals or any((hi - e).days < 6 for e, hi in c.intervals):
            return False
        before = [x for o in c.sentences for x in o.casualties if x.outcome == "killed"]
        return bool(before) and not any(x.victim == "militants" for x in before)
    if not days:
        # a tally of a week's or a month's operations ("has launched
        # repeated drone strikes on RSF positions, killing at least 30
        # fighters last week", or told with no day at all, by its
        # operations: "killed 23 militants in several operations in the
        # province"), told after an incident of one day whose dead were no
        # militants: the campaign's, not that incident's
        if not s.dates:
            if not (folded and _OPERATIONS_TALLY.search(folded, s.start, s.end)):
                return False
        elif any(
            d.earliest is None
            or d.latest is None
            or (d.latest - d.earliest).days < 6
            or d.precision not in ("week", "month")
            for d in s.dates
        ):
            return False
    elif folded and _IN_RETALIATION.search(folded, s.start, s.end) is not None:
        # "Hours later, security forces said they had killed 12 militants in
        # a raid in Kech in retaliation for the attack": an answer told as
        # one, on the incident's own day too (not before it)
        if any(day < e for day in days for e, _ in fine):
            return False
    elif any(not all(day > e for e, _ in fine) for day in days) or any(
        e == last and e in days for e, last in fine
    ):
        return False
    before = [x for o in c.sentences for x in o.casualties if x.outcome == "killed"]
    return bool(before) and not any(x.victim == "militants" for x in before)


def _reprisal(s: _Sentence, last: _Cluster, folded: str) -> bool:
    """
    Whether *s*, of no day or place of its own, tells another party's later
    deed against civilians after an incident whose dead were fighters: "Fano
    fighters killed 12 soldiers in an ambush ... Troops later shelled two
    nearby villages, killing five civilians" (a reprisal, an incident of
    its own, not more dead of the ambush).
    """
    if not (s.casualties and s.actors and last.sentences):
        return False
    first = s.actors[0]
    if first.span.start > s.start + 4 or first.kind == "civilians":
        return False  # the subject is the party ("Troops", "The troops")
    # (an incident that killed nobody, "Fano militiamen attacked a police
    # station and freed more than 100 prisoners ... Government troops later
    # shelled a neighbourhood of the town, killing at least seven
    # civilians", is answered by a reprisal as well)
    before = [c for o in last.sentences for c in o.casualties if c.outcome == "killed"]
    if (
        first.kind == "state"
        and all(c.victim == "militants" for c in s.casualties)
        and _RESCUE.search(folded, s.start, s.end) is not None
        and any(c.outcome == "kidnapped" for o in last.sentences for c in o.casualties)
    ):
        # "Security forces launched an operation to free the hostages,
        # killing 16 militants", after militants took dozens hostage: the
        # forces' fight with the kidnappers, no more dead of the abduction
        pass
    elif all(c.victim == "militants" for c in s.casualties):
        # or the harmed party's answer, told in its own words: "Islamic State
        # militants killed five soldiers ... The military said its aircraft
        # later struck the attackers' hideout, killing three militants"
        if (
            not before
            or (
                _SAID_LATER_DEED.match(folded, s.start, s.end) is None
                # (or told as the forces' own operation: "Security forces
                # later killed three separatist fighters in a raid on a camp")
                and not (
                    _LATER_DEED.match(folded, s.start, s.end) is not None
                    and (
                        _OPERATION_IN.search(folded, s.start, s.end) is not None
                        # ("Iraqi warplanes later struck an Islamic State
                        # hideout ..., killing five militants": a strike
                        # from afar, the forces' own operation)
                        or any(t.group == "explosion" for t in s.triggers)
                    )
                )
            )
            or first.kind != "state"
            or any(c.victim == "militants" for c in before)
        ):
            return False
    elif (
        _LATER_DEED.match(folded, s.start, s.end) is None
        or not all(
            c.victim in _CIVILIAN_VICTIMS and c.victim not in _GENERIC_VICTIMS
            for c in s.casualties
        )
        or any(c.victim in _CIVILIAN_VICTIMS for c in before)
    ):
        return False
    # (the party was harmed in the incident before, or is not its agent)
    key = _actor_key(first)
    opener = next((a for o in last.sentences for a in o.actors), None)
    return opener is None or _actor_key(opener) != key


#: An operation to free captives (folded text): "launched an operation to
#: free the hostages", "a rescue operation", "to rescue the abducted".
_RESCUE: Final = re.compile(
    r"\b(?:rescue\s+(?:operation|mission)|operation\s+to\s+(?:free|rescue)"
    r"|(?:to|and)\s+(?:free|rescue)\s+(?:the\s+)?(?:hostages|captives|abducted|kidnapped))"
)


def _headline_scene(target: _Cluster, s: _Sentence, folded: str) -> None:
    """
    Leave out of *target*, the headline alone, the towns it names that the
    sentence *s* joining it does not, when *s* names one of the headline's
    towns: a headline sums up the story ("Drone strike on El Fasher mosque
    kills 31, RSF shells Babanusa"), and its other town is the scene of
    another incident the body tells, which it would otherwise draw in.
    """
    head = target.sentences[0]
    if head.start or not head.places or not _is_headline(target, head, folded):
        return
    mine = {_place_key(p) for p in s.places if p.kind in _LOCAL_KINDS}
    towns = [_place_key(p) for p in head.places if p.kind in _LOCAL_KINDS]
    if mine.isdisjoint(towns) or mine.issuperset(towns):
        return
    kept = tuple(
        p for p in head.places if p.kind not in _LOCAL_KINDS or _place_key(p) in mine
    )
    target.sentences[0] = head._replace(places=kept)
    target.places = list(kept)
    target.places_seen = _PlaceSets.of(kept)


#: A blame for a deed told before by its weapon: "blamed the RSF for the drone
#: attacks on the Red Sea city" (group 1: the weapon).
_BLAMED_FOR: Final = re.compile(
    r"\b(?:blamed|accused)\s+(?:[\w'-]+\s+){1,4}?(?:for|of)\s+(?:the|this|these|that|those)\s+"
    r"(drone|missile|rocket|artillery|mortar|air)"
)


def _blamed_deed(
    s: _Sentence, clusters: list[_Cluster], folded: str
) -> tuple[_Cluster, _Sentence] | None:
    """
    The earlier incident that *s*, blaming a party for a deed told before by
    its weapon ("The army-aligned government blamed the RSF for the drone
    attacks on the Red Sea city"), refers to, when the last incident never
    names that weapon (a shelling in El Fasher told between): the incident
    whose sentences do, and *s* with only the blamed party as its actor (the
    rest, "the seat of the administration and the UN's main hub", describes
    the place). None otherwise.
    """
    if (
        folded.find("blamed", s.start, s.end) < 0
        and folded.find("accused", s.start, s.end) < 0
    ):
        return None
    m = _BLAMED_FOR.search(folded, s.start, s.end)
    if m is None:
        return None
    weapon = m.group(1)
    for c in islice(reversed(clusters), _COMPARED):
        if any(folded.find(weapon, o.start, o.end) >= 0 for o in c.sentences):
            if c is clusters[-1]:
                return None
            blamed = tuple(
                a for a in s.actors if m.start() < a.span.start and a.span.end < m.end()
            )
            return (c, s._replace(actors=blamed)) if blamed else None
    return None


def _launched_from_elsewhere(
    s: _Sentence, clusters: list[_Cluster], folded: str
) -> _Cluster | None:
    """
    The latest incident in another country than the state that *s* says
    launched weapons ("Ukraine's air force said Russia had launched 112
    drones and four missiles overnight"), when the last incident lies only
    in that state (a Ukrainian drone attack on a refinery in Russia): the
    night's tally is of the strikes on the other country, and its launcher
    no party of a strike on its own soil. None otherwise.
    """
    launcher = _launching_state(s, folded)
    if launcher is None or clusters[-1].places_seen.countries != {launcher}:
        return None
    for c in islice(reversed(clusters), _COMPARED):
        countries = c.places_seen.countries
        if countries and launcher not in countries:
            return c
    return None


#: What may stand between a state and its launch verb: "Russia had launched".
_LAUNCH_GAP: Final = re.compile(r"\s+(?:(?:had|has|have|also)\s+)?")


def _launching_state(s: _Sentence, folded: str) -> str | None:
    """The country of the state *s* says launched or fired weapons, right before the verb."""
    for t in s.triggers:
        if t.group != "explosion" or not folded.startswith(
            ("launched ", "fired "), t.start
        ):
            continue
        for a in s.actors:
            if (
                a.kind == "state"
                and a.country
                and a.span.end < t.start
                and _LAUNCH_GAP.fullmatch(folded, a.span.end, t.start) is not None
            ):
                return a.country
    return None


def _claim_apart(s: _Sentence, c: _Cluster, folded: str, claimed: list[bool]) -> bool:
    """
    Whether *s* is a party's claim (:func:`_claimant`) whose party *c* does
    not name (:func:`_claimant_absent`); *claimed* keeps whether *s* is a
    claim once read (the pattern runs once per sentence, and only when an
    incident could take it).
    """
    if not _claimant_absent(s, c):
        return False
    if not claimed:
        claimed.append(_claimant(s, folded) is not None)
    return claimed[0]


def _claimant_absent(s: _Sentence, c: _Cluster) -> bool:
    """
    Whether *c* names parties and not the claimant of *s*, its first actor
    (:func:`_claimant`), nor its state by another of its bodies (the
    government for its forces).
    """
    claimant = s.actors[0]
    key = _actor_key(claimant)
    state = claimant.country if claimant.kind == "state" else None
    named = False
    for o in c.sentences:
        for a in o.actors:
            if _actor_key(a) == key or (
                state is not None and a.kind == "state" and a.country == state
            ):
                return False
            named = True
    return named


def _other_partys(s: _Sentence, c: _Cluster) -> bool:
    """
    Whether *c*, opened by a clause of its own, opens with another party
    than the one that claims a deed in *s* (their first actors): the claim
    is of another deed than the one the clause told.
    """
    first = c.sentences[0]
    if not first.opener or not first.actors:
        return False
    return _actor_key(first.actors[0]) != _actor_key(s.actors[0])


#: The scenes a sentence refers back to by a definite noun ("the camp").
_SCENE_NOUNS: Final = (
    "camp",
    "town",
    "village",
    "market",
    "hospital",
    "school",
    "mosque",
    "church",
    "vessel",
    "ship",
    "tanker",
    # ("JNIM said it had killed 85 soldiers and seized the base", after an
    # assault on an army base and then the army's counter-offensive)
    "base",
    "barracks",
    "checkpoint",
    "convoy",
    "prison",
    # ("its fighters had killed 30 soldiers in the ambush", after the army's
    # pursuit told as an incident of its own)
    "ambush",
)
#: A ship under any of its names: "the vessel" refers back to "a tanker".
_SHIP_NOUNS: Final = frozenset({"vessel", "ship", "tanker"})
_SHIP: Final = re.compile(r"\b(?:vessel|ship|tanker|freighter|bulk carrier)s?\b")


def _referred_back(
    s: _Sentence, clusters: list[_Cluster], folded: str
) -> _Cluster | None:
    """
    The earlier incident that *s*, naming no place or day, refers back to by
    a scene's noun the last incident never uses: "said its fighters had
    killed dozens of soldiers who were using the camp as a base", after an
    assault on a camp near El Fasher and then a strike on a market in Kutum,
    is of the camp's incident (joined to the last, it took the market's
    town); "one missile hit the vessel", after a tanker targeted and then a
    strike on a port, is of the tanker's. None when no such noun is there or
    the last incident uses it.
    """
    for noun in _SCENE_NOUNS:
        at = folded.find("the " + noun, s.start, s.end)
        if at < 0 or not folded.startswith((" ", ",", ".", "'"), at + 4 + len(noun)):
            continue
        if folded.startswith(" of ", at + 4 + len(noun)):
            continue  # ("the village of X" names a place)
        if noun in _SHIP_NOUNS:
            told = [
                c
                for c in islice(reversed(clusters), _COMPARED)
                if any(_SHIP.search(folded, o.start, o.end) for o in c.sentences)
            ]
        else:
            told = [
                c
                for c in islice(reversed(clusters), _COMPARED)
                if any(folded.find(noun, o.start, o.end) >= 0 for o in c.sentences)
            ]
        if told and told[0] is not clusters[-1]:
            return told[0]
        return None
    return None


def _definite_deed_of(s: _Sentence, clusters: list[_Cluster]) -> _Cluster | None:
    """
    The incident before the last one that *s*, naming no place or day nor
    an armed party, refers back to by a definite deed of a kind only that
    incident told: "the bomber had tried to enter the parliament compound
    before detonating his vest", after a suicide bombing and then a hotel
    stormed by gunmen on another day, is of the bombing. None when *s*
    tells a kind of deed the last incident told, or no definite one.
    """
    if not any(t.definite and t.group in _DEED_KINDS for t in s.triggers):
        return None
    if any(a.kind in _ARMED_SIDE_KINDS for a in s.actors):
        return None
    mine = {t.group for t in s.triggers if t.group in _DEED_KINDS}
    if not mine.isdisjoint(_kinds(t for o in clusters[-1].sentences for t in o.triggers)):
        return None
    for c in islice(reversed(clusters), 1, _COMPARED):
        if mine <= _kinds(t for o in c.sentences for t in o.triggers):
            return c
    return None


#: The kinds of trigger that tell a deed (no harm, no party named).
_DEED_KINDS: Final = frozenset({"explosion", "battle", "civilian"})


def _agent_and_deed_of(s: _Sentence, clusters: list[_Cluster]) -> _Cluster | None:
    """
    The incident before the last one that *s*, naming no place or day,
    tells more of by its parties and its kind of deed, neither the last
    incident's: "The Ta'ang National Liberation Army said its fighters had
    taken the police post after two hours of fighting", after the rebels'
    capture of a police station and then a junta air strike nearby, is of
    the capture (joined to the last, it made the rebels the air strike's
    agent). None unless every armed party *s* names is one of that
    incident's and none of the last's, and its deeds share a kind with
    that incident's and none with the last's.
    """
    keys = {_actor_key(a) for a in s.actors if a.kind in _ARMED_SIDE_KINDS}
    mine = _kinds(s.triggers)
    if not keys or not mine:
        return None
    last = clusters[-1]
    if not keys.isdisjoint(
        _actor_key(a) for o in last.sentences for a in o.actors
    ) or not mine.isdisjoint(_kinds(t for o in last.sentences for t in o.triggers)):
        return None
    for c in islice(reversed(clusters), 1, _COMPARED):
        theirs = {_actor_key(a) for o in c.sentences for a in o.actors}
        if keys <= theirs:
            return (
                c
                if not mine.isdisjoint(_kinds(t for o in c.sentences for t in o.triggers))
                else None
            )
    return None


# A sentence opening by stepping back in time from the incident just told:
# "Two days earlier, on Wednesday, gunmen ambushed ...", "Earlier in the
# month, police clashed with gunmen ...", "Last week, ...".
_STEP_BACK: Final = re.compile(
    r"\W*(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?)\s+(?:earlier|before|ago)"
    r"|the\s+(?:previous|preceding)\s+(?:day|week)|the\s+day\s+before"
    r"|earlier\s+(?:this|that|in\s+the)\s+(?:week|month)|(?:(?:early|late)\s+)?last\s+(?:week|month))\b"
)


#: A party's claim of fighting off an assault ("said its troops had repelled
#: an assault on the city's eastern defences"), on the folded sentence.
_REPELLED_CLAIM: Final = re.compile(
    r"\b(?:repelled|repulsed|fought\s+off|thwarted)\s+(?:(?:an?|the|several|two|three)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:attacks?|assaults?|offensives?|raids?|incursions?)|them)\b"
)


def _repelled_before(
    s: _Sentence, clusters: list[_Cluster], folded: str
) -> _Cluster | None:
    """
    The incident before the last one that *s*, a claim of having repelled
    "the attack" (a deed referred back to) that the last incident is no
    assault of (see _repelled_elsewhere), tells the defence of: the latest
    assault (a battle's deed of no civilian dead) of no other day or place.
    """
    mine = _intervals(s.dates)
    here = _PlaceSets.of(s.places) if s.places else None
    for c in islice(reversed(clusters), 1, _COMPARED):
        if "battle" not in _kinds(t for o in c.sentences for t in o.triggers):
            continue
        gap = _min_gap(c.intervals, mine)
        if (
            (gap is not None and gap > _SAME_INCIDENT_DAYS)
            or (here is not None and c.places_seen.conflict(here))
            or _repelled_elsewhere(s, c, folded)
        ):
            return None
        return c
    return None


def _repelled_elsewhere(s: _Sentence, last: _Cluster, folded: str) -> bool:
    """
    Whether *s*, a party's claim of having repelled an assault and killed
    fighters ("the army said its troops had repelled an assault on the
    city's eastern defences and killed dozens of militia fighters"), tells
    another incident than *last*, a deed whose dead are civilians (a drone
    strike on a mosque): a battle of its own, not more dead of the strike.
    """
    seg = folded[s.start : s.end]
    if (
        "repel" not in seg
        and "repuls" not in seg
        and "fought off" not in seg
        and "thwart" not in seg
    ):
        return False
    m = _REPELLED_CLAIM.search(folded, s.start, s.end)
    # (the dead of the claim are the attackers fought off: "militia
    # fighters", or only a number after the verb, "repelled them, killing
    # dozens")
    if m is None or not any(
        c.victim == "militants"
        or (c.victim in _GENERIC_VICTIMS and c.span.start > m.end())
        for c in s.casualties
    ):
        return False
    victims = [
        c.victim for o in last.sentences for c in o.casualties if c.outcome == "killed"
    ]
    return (
        bool(victims)
        and all(v in _CIVILIAN_VICTIMS for v in victims)
        and (
            any(v not in _GENERIC_VICTIMS for v in victims)
            # ("shelled the Abu Shouk displacement camp, killing at least 14
            # people": people of a civilian site struck are civilians)
            or any(
                _CIVILIAN_SITE_STRUCK.search(folded, o.start, o.end) is not None
                for o in last.sentences
            )
        )
    )


def _own_deed_claim(
    s: _Sentence, folded: str, clusters: Sequence[_Cluster] | None
) -> bool:
    """
    Whether *s*, telling no toll, is a party's claim of a deed of its own
    against another armed party: "the armed wing of Islamic Jihad said its
    fighters had fired mortar bombs at Israeli forces east of Khan Younis"
    (a saying verb, then the claimant's own pronoun and a deed, an armed
    actor after the deed), a party the incidents told before (*clusters*)
    never named, against one they did: the other side answering, not the
    striker's own word on its strike ("Russia's defence ministry said its
    forces had struck a gathering of Ukrainian troops", after Russian
    missiles killed civilians, tells that strike). With *clusters* None,
    whether *s* is a party's claim of a deed of its own people ("its
    fighters"), whoever it names.
    """
    if len(s.actors) < 2 or not any(t.group in _DEED_GROUPS for t in s.triggers):
        return False
    seg = folded[s.start : s.end]
    if not (_has_claim_word(seg) and _say_pronoun(seg)):
        return False
    m = _SAY_PRONOUN.search(folded, s.start, s.end)
    if m is None or s.actors[0].span.end > m.start():
        return False
    claimant = _actor_key(s.actors[0])
    deed = next(
        (t.start for t in s.triggers if t.start >= m.end() and t.group in _DEED_GROUPS),
        None,
    )
    if deed is None:
        return False
    if clusters is None:
        # (its own people's deed, "said its fighters had blown up": not "said
        # that it was carried out in response to the 30 October attack", a
        # word on a deed whose date is another's)
        return m.group()[:-1].rsplit(None, 1)[-1] in ("its", "their")
    targets = {
        _actor_key(a)
        for a in s.actors
        if a.span.start > deed
        and a.kind in _ARMED_SIDE_KINDS
        and a.kind != "unknown"
        and _actor_key(a) != claimant
    }
    if not targets:
        return False
    seen = {_actor_key(a) for c in clusters for o in c.sentences for a in o.actors}
    return claimant not in seen and not targets.isdisjoint(seen)


#: The kinds of trigger that tell a deed an armed party may claim.
_DEED_GROUPS: Final = frozenset({"explosion", "battle"})


#: An answer told as one: "in response", "in retaliation" (folded text).
_IN_RESPONSE: Final = re.compile(r"\bin\s+(?:response|retaliation|reprisal|revenge)\b")


def _struck_civilians(s: _Sentence, c: _Cluster, folded: str) -> bool:
    """
    Whether *c*, an incident told before *s* in an earlier paragraph, killed
    only civilians (a count naming them, not only "people") and names no
    the claimant of *s*: a party's claim of its own deed against armed
    forces (:func:`_own_deed_claim`) is another incident than such a strike.
    """
    victims = [
        x.victim for o in c.sentences for x in o.casualties if x.outcome == "killed"
    ]
    if not (
        victims
        and all(v in _CIVILIAN_VICTIMS for v in victims)
        and (
            any(v not in _GENERIC_VICTIMS for v in victims)
            # ("The army said its aircraft had struck RSF positions ... in
            # response": told as an answer, the claim is another deed than
            # the strike that killed "people")
            or _IN_RESPONSE.search(folded, s.start, s.end) is not None
        )
    ):
        return False
    claimant = _actor_key(s.actors[0])
    if any(_actor_key(a) == claimant for o in c.sentences for a in o.actors):
        return False
    return _PARAGRAPH_BREAK.search(folded, c.sentences[-1].end, s.start) is not None


def _stepped_back(s: _Sentence, last: _Cluster, folded: str) -> bool:
    """
    Whether *s* tells an earlier incident than *last*: it opens by stepping
    back some days, gives a toll of its own and stands in a later paragraph
    (a toll told that way is another day's, at another place; joined, the
    two incidents' tolls were added up).
    """
    return (
        bool(s.casualties)
        and bool(folded)
        and bool(last.sentences)
        and _STEP_BACK.match(folded, s.start, s.end) is not None
        and _PARAGRAPH_BREAK.search(folded, last.sentences[-1].end, s.start) is not None
    )


def _names_its_battle(s: _Sentence, folded: str) -> bool:
    """
    Whether *s* refers to a deed by the place it was fought over ("more than
    2,800 people were killed in the fighting for Goma", "the siege of El
    Fasher"): a definite deed's noun with one of the sentence's places right
    after "for" or "of". Where that place is none of an incident's, the toll
    is another battle's, no figure of the incident's.
    """
    for t in s.triggers:
        # (a fight's noun only: "the assassination of Lara Bonilla" names
        # its victim, whatever table knows "Lara" as a place)
        if not t.definite or t.group != "battle":
            continue
        for p in s.places:
            if t.end < p.span.start <= t.end + 40 and _BATTLE_FOR.fullmatch(
                folded, t.end, p.span.start
            ):
                return True
    return False


#: Between a deed's noun and the place it was fought over: " for ", " of the
#: town of " (folded text).
_BATTLE_FOR: Final = re.compile(
    r"\s(?:for|of|over)\s(?:(?:the\s)?(?:[a-z-]+\s)?(?:city|town|village|port)\sof\s)?"
)


def _stepped_back_deed(s: _Sentence, last: _Cluster, folded: str) -> bool:
    """
    Whether *s*, with no toll, tells an earlier incident than *last*: it
    opens by stepping back some days and tells a deed of its own (not one
    referred back to) at a place *last* did not name ("Earlier this week,
    the group seized the town of Moqokori", after Wednesday's attack on a
    base in Middle Shabelle). Joined, the week's seizure took the attack's
    place and day. (A toll told that way: :func:`_stepped_back`.)
    """
    return (
        not s.casualties
        and bool(s.dates)
        and bool(s.places)
        and bool(folded)
        and bool(last.sentences)
        and _STEP_BACK.match(folded, s.start, s.end) is not None
        and any(
            t.group != "harm" and t.group != "party" and not t.definite
            for t in s.triggers
        )
        and not last.places_seen.match(_PlaceSets.of(s.places))
    )


def _another_days_toll(s: _Sentence, last: _Cluster, folded: str) -> bool:
    """
    Whether *s*, dated a day or two apart from *last* (no day in common),
    tells another incident: a deed of its own (not referring back) whose
    dead are of another group than every toll of *last*, in a later
    paragraph ("Army-aligned fighters said they repelled an assault on the
    city on Tuesday, killing dozens of attackers", after Wednesday's drone
    strike that killed 19 civilians). Joined, the two days' dead were one
    incident's, and the strike took the fight's two days. (A place
    referred back to, "the city", is the same scene, not the same deed.)
    """
    if not folded or not last.sentences:
        return False
    mine = {_civil_key(c) for c in s.casualties if c.outcome == "killed"}
    hurt = False  # (its only harm is wounds)
    if not mine:
        mine = {_civil_key(c) for c in s.casualties if c.outcome == "wounded"}
        hurt = True
    # ("the army said in a statement that air strikes ... had killed": the
    # "that" opens what was said, it refers to no deed told before)
    if not mine or not any(
        t.group != "harm"
        and (not t.definite or folded[s.start : t.start].rstrip().endswith(_SAYING_THAT))
        for t in s.triggers
    ):
        return False
    if (
        s.dates
        and s.dates[0].precision == "day"
        and _DAY_OPENED.match(folded, s.start, s.dates[0].span.start) is not None
        # (the day of the deed, not of its report: "On Monday, military
        # sources confirmed heavy fighting had taken place")
        and (deed := next((t for t in s.triggers if t.group != "harm"), None)) is not None
        and not _has_reporting_word(folded[s.dates[0].span.end : deed.start])
        and any(
            p.kind in _LOCAL_KINDS and _place_key(p) not in last.places_seen.local
            for p in s.places
        )
        and _PARAGRAPH_BREAK.search(folded, last.sentences[-1].end, s.start) is not None
    ):
        # ("On Saturday, militants ambushed a convoy near Gao, killing four
        # soldiers", a paragraph after Friday's attack on an army post in
        # central Mali: a paragraph opened by its own day, telling a deed at
        # a town of its own, is another day's incident, whoever died)
        return True
    # (wounds alone are set against the incident's dead and wounded)
    harms = ("killed", "wounded") if hurt else ("killed",)
    theirs = {
        _civil_key(c) for t in last.sentences for c in t.casualties if c.outcome in harms
    }
    if not theirs or not mine.isdisjoint(theirs):
        return False
    if (
        not hurt
        and _PARAGRAPH_BREAK.search(folded, last.sentences[-1].end, s.start) is not None
    ):
        return True
    # ("Gunmen killed nine people at a party late on Saturday ... Two officers
    # were wounded in an exchange of fire with the gang" on Sunday: harm to
    # state forces on another day than a massacre of civilians, or the
    # reverse, is another incident, however close it is told)
    kinds = {_VICTIM_KIND.get(k) for k in mine}
    return len(kinds) == 1 and {_VICTIM_KIND.get(k) for k in theirs} == (
        {"civilians"}
        if kinds == {"state"}
        else {"state"}
        if kinds == {"civilians"}
        else set()
    )


#: The words before a day that opens a sentence: "On Saturday,", "Late on Sunday".
#: (the date mention may hold the "on" itself)
_DAY_OPENED: Final = re.compile(r"\W*(?:(?:late|early|later)\s+)?(?:on\s+)?$")


def _first_deed_kind(triggers: Sequence[_Trigger]) -> str | None:
    """The kind of the first deed of *triggers* that tells an incident (:func:`_kinds`), else None."""
    return next(
        (
            t.group
            for t in triggers
            if t.group not in ("harm", "party") and not t.definite
        ),
        None,
    )


def _other_days_deed(s: _Sentence, last: _Cluster, folded: str) -> bool:
    """
    Whether *s*, dated another day than *last* (no day in common), tells
    another incident: a deed of its own of another kind than every deed of
    *last* (a battle after an air strike), at a town *last* does not name,
    in a later paragraph ("Fano fighters seized the town of Debre Tabor on
    Monday after clashes with the army", after Sunday's drone strikes in
    the Amhara region). Joined, the strikes took both days and the town.
    """
    if not folded or not last.sentences or not s.places:
        return False
    if (
        s.dates
        and s.triggers
        and s.dates[0].span.start - s.start <= 4  # (after "The ", at most)
        and _DAY_LATER.match(folded, s.dates[0].span.start, s.dates[0].span.end)
        and any(
            p.kind in _LOCAL_KINDS and _place_key(p) not in last.places_seen.local
            for p in s.places
        )
    ):
        # "A day later, soldiers killed another 17 fighters near the town of
        # Bama", after Thursday's operation in Borno state: the story steps
        # to the next day's deed at a town of its own, another incident
        # (whatever its kind, in the same paragraph or not)
        return True
    if s.anaphora:
        return False
    # (a town apart from the incident's own places: one that names none may
    # have been at the new town, the dateline's, as far as the story says)
    if not last.places or not any(
        p.kind in _LOCAL_KINDS and _place_key(p) not in last.places_seen.local
        for p in s.places
    ):
        return False
    # (each sentence's first deed: "drone strikes killed 12 civilians ...,
    # as fighting between federal forces and Fano intensified" is a strike)
    mine = _first_deed_kind(s.triggers)
    if mine is None:
        return False
    theirs = {_first_deed_kind(o.triggers) for o in last.sentences} - {None}
    if not theirs or mine in theirs:
        return False
    return _PARAGRAPH_BREAK.search(folded, last.sentences[-1].end, s.start) is not None


#: A date that steps a day or more on from the one told (folded text, the
#: date's span, which may leave out its "the"): "a day later", "two days
#: later", "the next day".
_DAY_LATER: Final = re.compile(
    r"(?:a|one|two|three|four|\d)\s+days?\s+later\Z"
    r"|(?:the\s+)?(?:next|following)\s+day\Z"
)


def _month_opened(s: _Sentence, last: _Cluster, folded: str) -> bool:
    """
    Whether *s*, with a toll, opens with a month or a year ("In July its
    fighters killed more than 40 worshippers at a church in Komanda") in a
    later paragraph than *last*, an undated incident: a past incident
    recalled, not the date of the one told (a lead's own date is a day).
    """
    if not (s.casualties and s.dates and folded and last.sentences):
        return False
    first = s.dates[0]
    return (
        all(d.precision in ("month", "year") for d in s.dates)
        and _DATE_OPENER.match(folded, s.start, first.span.start) is not None
        and _PARAGRAPH_BREAK.search(folded, last.sentences[-1].end, s.start) is not None
    )


# A deed named as another incident than the one told: "the previous
# large-scale attack", "a similar raid", "an earlier strike" (the folded text
# up to the trigger).
_ANOTHER_BEFORE: Final = re.compile(
    r"\b(?:the|a|an)\s+(?:previous|earlier|prior|similar|last)\s+(?:[\w-]+\s+){0,2}$"
)


def _rescue_later(s: _Sentence, last: _Cluster, folded: str) -> bool:
    """
    Whether *s*, of another day than *last*, tells a state's forces freeing
    captives *last* told taken ("Soldiers rescued 11 of the hostages ... on
    Thursday after a gunfight with the kidnappers", after Tuesday's
    kidnapping from a church): the rescue, an incident of its own.
    """
    if s.actors[0].kind != "state" or not folded:
        return False
    # (the incident's kidnapping first: most incidents tell none, and the
    # test is asked of every incident a sentence might join)
    if not any(c.outcome == "kidnapped" for o in last.sentences for c in o.casualties):
        return False
    return (
        any(c.outcome == "released" for c in s.casualties)
        or folded.find("rescued", s.start, s.end) >= 0
        or folded.find("freed", s.start, s.end) >= 0
        or _RESCUE.search(folded, s.start, s.end) is not None
    )


def _striker_harmed(s: _Sentence, last: _Cluster, folded: str) -> bool:
    """
    Whether *s* tells a deed of another armed party whose toll is of the
    agent of *last*, an incident that told no fight, only a toll over an
    area ("Israeli fire killed 25 Palestinians across the Gaza Strip ...
    Palestinian militants opened fire on troops in Rafah, wounding a
    soldier"): an attack on the striker, an incident of its own at its town.
    """
    first = s.actors[0]
    if first.kind not in _ARMED_SIDE_KINDS or not folded:
        return False
    lead = last.sentences[0]
    if (
        not lead.actors
        or not lead.places
        or any(t.group == "battle" for t in lead.triggers)
    ):
        return False
    agent = _actor_key(lead.actors[0])
    if _actor_key(first) == agent or not any(c.actor == agent for c in s.casualties):
        return False
    if any(t.group == "battle" for o in last.sentences for t in o.triggers):
        return False
    return _tally_across(lead, folded)


def _launch_claim_against(s: _Sentence, last: _Cluster, folded: str) -> bool:
    """
    Whether *s* is a party's claim of having fired or launched missiles,
    rockets or drones itself ("The Houthis said on Sunday they had fired 18
    ballistic and cruise missiles and a drone at the USS Harry S. Truman"),
    the party no subject of any sentence of *last* while another armed
    party is ("U.S. air strikes on Houthi-held areas killed 31"): the
    struck party's answer, an incident of its own (its target, a ship, may
    be no actor).
    """
    launch = next(
        (
            t.start
            for t in s.triggers
            if folded.startswith(("fired ", "launched "), t.start)
        ),
        -1,
    )
    if launch < 0 or not folded:
        return False
    m = _SAY_PRONOUN.search(folded, s.start, launch)
    first = s.actors[0]
    if (
        m is None
        or _LAUNCHER_GAP.fullmatch(folded, m.end(), launch) is None
        or first.span.end > m.start()
        or first.kind not in _ARMED_SIDE_KINDS
    ):
        return False
    claimant = _actor_key(first)
    other = False
    for o in last.sentences:
        if o.actors:
            key = _actor_key(o.actors[0])
            if key == claimant:
                return False
            other = other or o.actors[0].kind in _ARMED_SIDE_KINDS
    return other


# Between a claim's pronoun and its verb of firing: "they had", "its forces".
_LAUNCHER_GAP: Final = re.compile(r"(?:[\w-]+\s+){0,2}?(?:(?:had|have|has)\s+)?")


def _recalls_another(s: _Sentence, folded: str) -> bool:
    """
    Whether the dated sentence *s* names its deed as another incident than
    the one told ("The previous large-scale attack, on Nov. 2, killed nine
    people", after an undated overnight attack): one of its own, however
    the incident before was dated (an undated one has no day to clash with).
    """
    for t in s.triggers:
        lo = t.start - 40 if t.start - 40 > s.start else s.start
        if _ANOTHER_BEFORE.search(folded, lo, t.start) is not None:
            return True
    return False


# The words before a date that opens a sentence: "In July", "Last March,".
_DATE_OPENER: Final = re.compile(
    r"\W*(?:in|last|earlier\s+in|early|late|in\s+early|in\s+late)?\s*$"
)


def _kinds(triggers: Iterable[_Trigger]) -> set[str]:
    """The kinds of deed of *triggers* that tell an incident (no harm, no reference back)."""
    return {t.group for t in triggers if t.group != "harm" and not t.definite}


def _other_kind_later(s: _Sentence, last: _Cluster, folded: str) -> bool:
    """
    Whether the dated sentence *s* tells another incident than *last*, an
    undated one it does not conflict with: *s* stands in a later paragraph
    than the incident's last sentence, names a place of its own and neither
    refers back nor shares a kind of deed with *last* (an air strike on a
    port, then "on Thursday the group said it had shot down a drone over
    Marib province", two paragraphs on).
    Joined, the lead incident would take the later deed's date; apart, it
    takes the story's own (the dateline's week). (Without a place of its
    own, such a sentence was as often a phase of the lead incident, on
    MUC-3/4: the split cost perpetrator precision.)
    """
    if last.intervals or s.anaphora or not s.places or not folded:
        return False
    if len(last.sentences) == 1 and _is_headline(last, last.sentences[0], folded):
        return False  # a headline ("Soldiers killed in drone attack"): the lead tells it
    mine = _kinds(s.triggers)
    if not mine:
        return False
    theirs = _kinds(t for c in last.sentences for t in c.triggers)
    if not theirs or not mine.isdisjoint(theirs):
        return False
    return _PARAGRAPH_BREAK.search(folded, last.sentences[-1].end, s.start) is not None


def _is_headline(cluster: _Cluster, s: _Sentence, folded: str) -> bool:
    """Whether *s*, the first sentence of *cluster*, is the story's headline (no final stop)."""
    return (
        s.start == 0
        and s is cluster.sentences[0]
        and folded[s.end - 1 : s.end] not in _SENTENCE_ENDS
    )


#: What ends a sentence of the body; a headline ends with none of them.
_SENTENCE_ENDS: Final = frozenset({".", "!", "?", '"', "\u201d", "'", "\u2019", ")"})


# A blank line: where a paragraph ends.
_PARAGRAPH_BREAK: Final = lazy_re(globals(), "_PARAGRAPH_BREAK", r"\n[ \t\r]*\n")


def _whole_of(s: _Sentence, clusters: Sequence[_Cluster]) -> _Cluster | None:
    """
    The incident, of the last three, whose toll the counts of *s* (all of
    them subsets: "Among the dead were five children") are parts of: one
    with a count of their outcome, not itself a part, at least as large.
    """
    for c in islice(reversed(clusters), 3):
        if all(
            any(
                w.outcome == part.outcome
                and not w.subset
                and (w.best or w.low or 0) >= (part.best or part.low or 0)
                for o in c.sentences
                for w in o.casualties
            )
            for part in s.casualties
        ):
            return c
    return None


def _as_detail(s: _Sentence, last: _Cluster) -> _Sentence:
    """
    A sentence that only refers back to *last* ("The attack on the base at
    Djibo began at dawn on June 7"), keeping only the details that make the
    incident finer: a place in the incident's countries when it names none
    below a province; a date inside the incident's dates, or a day when it
    has none ("The attacks, which began late Sunday, ...").
    """
    places = s.places
    if places:
        countries = {p.country for p in last.places}
        if not last.places or any(
            p.kind not in ("country", "province", "region") for p in last.places
        ):
            places = ()  # (none to make finer: a place of another story is as likely)
        else:
            places = tuple(p for p in places if p.country in countries)
    dates = s.dates
    if dates and not last.intervals:
        # (an undated incident takes the days a detail tells, not a month
        # or a year, which date background as often)
        dates = tuple(d for d in dates if d.precision == "day")
    elif dates:
        dates = tuple(
            d
            for d in dates
            if d.earliest is not None
            and d.latest is not None
            and any(
                first <= d.earliest and d.latest <= end for first, end in last.intervals
            )
        )
    if places is s.places and dates is s.dates:
        return s
    return s._replace(places=places, dates=dates)


def _named_countries(told: Sequence[_Sentence]) -> frozenset[str]:
    """
    The countries the sentences *told* name by name, or by a region of theirs
    ("the northern Gaza Strip", "Darfur": see :func:`_fresh`).
    """
    return frozenset(
        p.country
        for s in told
        for p in s.places
        if p.kind in ("country", "region") and p.country
    )


def _fresh(
    s: _Sentence,
    last: _Cluster,
    here: _PlaceSets | None,
    told: Sequence[_Sentence] = (),
    named: list[frozenset[str]] | None = None,
) -> bool:
    """
    Whether a sentence with no date or toll of its own still tells an
    incident of its own: an act (a trigger other than harm, not referring
    back) at a town, a village or a province it names, in another province
    than the last incident's ("its forces had captured the village of
    Novoselivka" in Donetsk, after a strike in Odesa; "warplanes also struck
    villages in Idlib province" after strikes in Aleppo), not a detail of
    that incident.
    """
    if here is None:
        return False
    if (
        here.countries
        and last.places_seen.countries
        and here.countries.isdisjoint(last.places_seen.countries)
    ):
        # (gathered only here, seldom, and once per story in *named*: a
        # long story asks again and again)
        if named is None:
            countries = _named_countries(told)
        else:
            if not named:
                named.append(_named_countries(told))
            countries = named[0]
        if any(
            p.kind != "country" and p.country in countries and not p.text.isupper()
            for p in s.places
        ) and any(t.group != "harm" and not t.definite for t in s.triggers):
            # "hours later, the Houthis said they had fired a missile at Israel's
            # Ben Gurion airport", after US strikes in Yemen: a place in another
            # country the story names (a country's name alone is as often a
            # party's or a source's; a town of a country the story never names
            # is as often a namesake; ALL-CAPS copy is left alone, as below)
            return True
    return (
        bool(here.admin1)
        and bool(last.places_seen.admin1)
        and here.admin1.isdisjoint(last.places_seen.admin1)
        # (a name in capitals, as all of ALL-CAPS copy, is as often a
        # namesake, a surname or a word, as a town: such copy is left alone)
        and any(
            (p.kind in _LOCAL_KINDS or p.kind == "province") and not p.text.isupper()
            for p in s.places
        )
        and any(t.group != "harm" and not t.definite for t in s.triggers)
    )


# --- fields -------------------------------------------------------------------


def _event_date(dates: Sequence[DateMention]) -> DateMention | None:
    if not dates:
        return None
    if len(dates) == 1:
        # (what the reading below gives one date, without its builtins'
        # calls: every date of an incident has its interval)
        return dates[0]
    # keep the finest: drop a date that contains another one (compared as
    # distinct intervals: a long story repeats the same few dates)
    spans = _intervals(dates)
    coarse = {
        (first, last)
        for first, last in spans
        if any(
            first <= o_first and o_last <= last and (first, last) != (o_first, o_last)
            for o_first, o_last in spans
        )
    }
    finest = [d for d in dates if (d.earliest, d.latest) not in coarse]
    # an incident lasts days: keep the dates near the latest one
    last = max(d.latest for d in finest if d.latest is not None)
    window = _dt.timedelta(days=_SAME_INCIDENT_DAYS + 5)
    finest = [d for d in finest if d.latest is not None and last - d.latest <= window]
    first = min(finest, key=_SPAN_START)
    earliest = min(d.earliest for d in finest if d.earliest is not None)
    latest = max(d.latest for d in finest if d.latest is not None)
    if first.earliest == earliest and first.latest == latest:
        return first
    coarsest = max(
        (d.precision for d in finest if d.precision is not None),
        key=_precision_rank,
        default=None,
    )
    texts = ", ".join(sorted({repr(d.text) for d in finest}))
    return _evolved(
        first,
        kind="range",
        value=f"{earliest.isoformat()}/{latest.isoformat()}",
        precision=coarsest,
        earliest=earliest,
        latest=latest,
        provenance=_new_provenance(
            confidence=0.8, reason=f"interval spanning the dates {texts}"
        ),
    )


def _precision_rank(p: str) -> int:
    from conflictparse.results import DATE_PRECISIONS

    return DATE_PRECISIONS.index(p)


def _dateline_place(
    doc: Document, reason: str = "dateline place; the event's sentences name no place"
) -> PlaceMention | None:
    """The dateline's place, for the country only, when the event names no scene."""
    dl = doc.dateline
    if dl is None or dl.place is None or not dl.place.country:
        return None
    return _evolved(
        dl.place,
        precision="country",
        provenance=_new_provenance(confidence=0.4, reason=reason),
    )


_HUB_ROLES: Final = ("place", "demonym")


def _hub_rank(p: PlaceMention) -> int:
    """Which mention of a country stands for it best: its name, a town of it, a demonym."""
    if p.role != "place":
        return 2
    return 0 if p.kind == "country" else 1


def _hub_home(doc: Document) -> PlaceMention | None:
    """
    For an event naming no scene in a story filed from a hub
    (:func:`_hub_head_end`): the country the body names most, by its
    places or a demonym (the first named on a tie), at the country's
    precision (its first mention as a country, else its first place, else
    its demonym); ``None`` otherwise, when the dateline's place stands in.
    """
    head = _hub_head_end(doc)
    if not head:
        return None
    counts: dict[str, int] = {}
    first: dict[str, PlaceMention] = {}
    for p in doc.places:
        # (a demonym counts too: "Salvadoran troops" is a story of El
        # Salvador as much as "in El Salvador"; a mention by name stands
        # for the country, before a town, before a demonym)
        if (
            p.role in _HUB_ROLES
            and p.country
            and p.kind != "region"
            and p.span.end > head
        ):
            counts[p.country] = counts.get(p.country, 0) + 1
            if p.country not in first or _hub_rank(p) < _hub_rank(first[p.country]):
                first[p.country] = p
    if not counts:
        return None
    return _country_stand_in(
        first[_most_counted(counts)],
        "the story's country; the dateline's, named only there, is where it was filed",
    )


#: Compass words that make a country name a part of it ("western Yemen",
#: "north-eastern Nigeria"), written without "-" or "ern".
_COMPASS: Final = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "central",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    }
)


def _part_of_country(p: PlaceMention, folded: str) -> bool:
    """Whether the country *p* follows a compass word, as a part of it ("western Yemen")."""
    before = folded[max(0, p.span.start - 20) : p.span.start].split()
    word = before[-1].replace("-", "") if before else ""
    return word in _COMPASS or (word.endswith("ern") and word[:-3] in _COMPASS)


class _CountryTally:
    """
    The countries of a story's places, counted: only places below a country
    count (a country named alone is as often an actor, "a U.S. diplomat"),
    but its name, when given, stands for it before its first town.
    """

    __slots__ = ("counts", "first", "named")

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.first: dict[str, PlaceMention] = {}
        self.named: dict[str, PlaceMention] = {}

    def add(self, p: PlaceMention) -> None:
        """Count the place *p* (which has a country)."""
        country = cast(str, p.country)
        if p.kind == "country":
            self.named.setdefault(country, p)
        elif p.kind != "region":
            self.counts[country] = self.counts.get(country, 0) + 1
            self.first.setdefault(country, p)

    def home(self) -> PlaceMention | None:
        """The mention standing for the country counted most (the first on a tie), else None."""
        if not self.counts:
            return None
        home = _most_counted(self.counts)
        return self.named.get(home) or self.first[home]


def _story_country(
    doc: Document, told: Sequence[_Sentence], rejected: Sequence[PlaceMention] = ()
) -> PlaceMention | None:
    """
    For an event naming no scene in a story with no dateline place
    ("CLANDESTINE, 8 JAN 90 --", a body with no dateline): the country
    whose towns and provinces the story's event sentences (*told*) name
    most (the first named on a tie), at the country's precision (its first
    mention as a country in them, else its first place). Only places below
    a country count: a country named by its name alone is as often an
    actor ("the U.S. sent aid") as a scene, the towns where the story's
    incidents happen tell its country. The event's own places, *rejected*
    as its scene (a namesake), do not count. ``None`` when they name none.
    """
    dl = doc.dateline
    if dl is not None and dl.place is not None:
        return None  # (its country stands in: _dateline_place)
    tally = _CountryTally()
    skip = {p.span.start for p in rejected}
    for s in told:
        for p in s.places:
            if not p.country or p.span.start in skip:
                continue
            tally.add(p)
    home = tally.home()
    if home is None:
        return None
    return _evolved(
        home,
        precision="country",
        provenance=_new_provenance(
            confidence=0.3,
            reason="the country whose places the story's incidents name most",
        ),
    )


def _named_abroad(doc: Document, cluster: _Cluster | None) -> PlaceMention | None:
    """
    For an event naming no scene in copy filed away from the story's country
    (:func:`_head_bracket_end`: "MONTEVIDEO (URUGUAY), 22 AUG 89 -- ... sent
    a telegram to the Colombian president over the death of a senator"):
    the country other than the dateline's that the event's sentences name
    most, by a demonym or its name (the first named on a tie), at the
    country's precision; ``None`` when they name none, and the dateline's
    country stands in.
    """
    if cluster is None or not _head_bracket_end(doc):
        return None
    dl = doc.dateline
    filed = dl.country if dl is not None else None
    counts: dict[str, int] = {}
    first: dict[str, PlaceMention] = {}
    places = doc.places
    for s in cluster.sentences:
        i = bisect.bisect_left(places, s.start, key=_SPAN_START)
        for p in islice(places, i, None):
            if p.span.start >= s.end:
                break
            # (a country's name or demonym: a town of a third country in
            # such copy is as often a namesake, see _event_place)
            if p.kind == "country" and p.country and p.country != filed:
                counts[p.country] = counts.get(p.country, 0) + 1
                first.setdefault(p.country, p)
    if not counts:
        return None
    return _country_stand_in(
        first[_most_counted(counts)],
        "the country the event names; the dateline's is where the story was filed",
    )


def _no_scene(
    doc: Document,
    told: Sequence[_Sentence],
    rejected: Sequence[PlaceMention] = (),
    cluster: _Cluster | None = None,
) -> PlaceMention | None:
    """The place of an event whose sentences name no scene: the story's country, or none."""
    return (
        _hub_home(doc)
        or _named_abroad(doc, cluster)
        or _filed_abroad(doc)
        or _dateline_place(doc)
        or _story_country(doc, told, rejected)
    )


def _filed_abroad(doc: Document) -> PlaceMention | None:
    """
    For an event naming no scene in a story filed from a hub whose body
    names no place of the hub's country ("BEIRUT, Jan 22 (Reuters) -" over
    a story of Syria, "NAIROBI" over Sudan): the country the body's places
    name most (the first named on a tie), at the country's precision; the
    dateline's town is only where the story was filed. ``None`` when the
    body names a place of the dateline's country, or none, and in ALL-CAPS
    copy, whose names of people and things read as towns abroad as often
    ("MSGR OSCAR ARNULFO ROMERO" in a story from San Salvador).
    """
    dl = doc.dateline
    if dl is None or dl.place is None or not dl.place.country or doc.shouting:
        return None
    filed = dl.place.country
    tally = _CountryTally()
    for p in doc.places:
        if p.role != "place" or not p.country:
            continue
        if p.country == filed:
            return None
        tally.add(p)
    home = tally.home()
    if home is None:
        return None
    return _country_stand_in(
        home,
        "the story's country; the dateline's, never named in the body, is where it was filed",
    )


def _event_place(
    places: Sequence[PlaceMention],
    doc: Document,
    story_home: _Home,
    told: Sequence[_Sentence],
    cluster: _Cluster | None = None,
) -> PlaceMention | None:
    if not places:
        return _no_scene(doc, told, (), cluster)
    # a country named as a nationality ("a U.S. journalist") tells whose,
    # not where: another place, or the dateline's, is the scene
    folded = doc.folded
    scenes = [
        p
        for p in places
        if p.kind != "country"
        or (
            _LOCATIVE_BEFORE.search(folded, max(0, p.start - 12), p.start) is not None
            and _FORCE_AFTER.match(folded, p.end, p.end + 40) is None
        )
        or not _NATIONALITY_AFTER.match(folded, p.end, p.end + 40)
    ]
    if scenes and doc.shouting:
        # in ALL-CAPS copy a town or province of a third country, neither
        # the story's nor the dateline's nor one the event names, is more
        # often a namesake (a surname, a word) than the scene: the dateline
        # tells the country instead
        dl = doc.dateline
        known = {story_home.get(), dl.country if dl is not None else None}
        if story_home.get() is not None:
            known.update(p.country for p in scenes if p.kind == "country")
            scenes = [p for p in scenes if p.kind == "country" or p.country in known]
    if not scenes:
        return _no_scene(doc, told, places, cluster)
    places = scenes
    # (one place is kept whatever the home country)
    if (
        len(places) > 1
        and (home := story_home.get()) is not None
        and any(p.country == home and not _owner_country(p, story_home) for p in places)
    ):
        places = [p for p in places if p.country in (home, None)]
    if len(places) == 1:
        best = places[0]  # (as the ranking below gives it, without its calls)
    else:
        counts: dict[str, int] = {}
        for p in places:
            counts[_place_key(p)] = counts.get(_place_key(p), 0) + 1
        best = min(
            places,
            key=lambda p: (
                # (a region inside one province, "Colombia's Catatumbo
                # region", tells more than its country: a province's rank)
                _KIND_RANK["province"]
                if p.kind == "region" and p.admin1
                # (a region of one country, "Somalia's Puntland region",
                # "Darfur", tells more than that country, which would give
                # the scene to the dateline's town: ranked just before it)
                else _KIND_RANK["country"] - 0.5
                if p.kind == "region" and p.country
                else _KIND_RANK.get(p.kind, 5),
                -counts[_place_key(p)],
                p.span.start,
            ),
        )
    if best.kind == "country":
        # "blew himself up at a restaurant in Somalia" from MOGADISHU: the
        # country alone tells no more than the dateline's town in it does
        # at the country's precision, as when the event names no place
        dl = doc.dateline
        if (
            dl is not None
            and dl.place is not None
            and dl.place.kind != "country"
            and dl.place.country == best.country
            and not _part_of_country(best, folded)
        ):
            # (in copy filed from abroad, the filing country named so is
            # more often an actor, "Spain asked for an inquiry", than the
            # scene: a country the event names abroad is)
            return _named_abroad(doc, cluster) or _dateline_place(
                doc, "dateline place; the event's sentences name only its country"
            )
    if best.precision is None:
        best = _evolved(best, precision=_KIND_PRECISION.get(best.kind))
    return best


# What _roles is given for a claimant it must read itself.
_UNREAD: Final = -1


def _actor_key(a: ActorMention) -> str:
    return a.canonical or a.text


def _roles(
    s: _Sentence,
    folded: str,
    replaced: Sequence[CasualtyCount] = (),
    claimant: int | None = _UNREAD,
) -> dict[str, list[float]]:
    """
    Agent and patient votes per actor key in one sentence.

    Each actor looks at the trigger nearest to it (the earlier one on a
    tie), found by bisection over the sorted trigger starts, and at the
    casualty counts around it: the work per actor does not grow with the
    number of triggers or counts in the sentence.
    """
    votes: dict[str, list[float]] = {}
    if not s.actors:
        return votes  # (many sentences name no actor: nothing to set up)
    # ("the attackers", a party referred back to, is no deed to vote by)
    triggers = [t for t in s.triggers if t.group != "harm" and t.group != "party"] or [
        t for t in s.triggers if t.group != "party"
    ]
    t_starts = list(map(_TRIGGER_START, triggers))
    first_end = min(map(_TRIGGER_END, triggers)) if triggers else None
    # (a count of nobody, "none of its troops had been hurt", harmed no one)
    zeros = (
        [c for c in s.casualties if c.best == 0 and not c.high]  # (see _is_zero)
        if s.casualties
        else ()
    )
    harmed = [c for c in s.casualties if c.best != 0 or c.high] if zeros else s.casualties
    if replaced:
        # (a toll a later one replaced still holds its victims: a headline's
        # "Thai soldier killed" before the lead's "a Thai ranger was killed")
        harmed = [*harmed, *(c for c in replaced if c.best != 0 or c.high)]
    victims: set[str | None] = set()
    # counts by start, with the furthest end reached so far: an actor lies
    # inside a count when one starting at or before it ends at or after it
    cas_starts: list[int] = []
    reach: list[int] = []
    if harmed:  # (most sentences with actors hold no count: nothing to set up)
        victims = {c.actor for c in harmed if c.actor and c.outcome != "released"}
        cas = sorted((c.span.start, c.span.end) for c in harmed)
        cas_starts = [c[0] for c in cas]
        for _, c_end in cas:
            reach.append(c_end if not reach or c_end > reach[-1] else reach[-1])
    runs: list[int] | None = None
    by_run_end = 0  # actors before this index are joined to an agent after "by"
    if claimant == _UNREAD:
        claimant = _claimant(s, folded)
    # the actors inside a relative clause that tells no deed ("The army,
    # which is allied with local Joint Forces, has launched drone strikes"):
    # a description of the actor before, no party of the sentence's deed
    # (its index -> the clause's end, the subject's verb coming after it)
    aside = 0
    clause_end = 0
    # (looked for once per sentence: most sentences hold no such clause)
    relative = len(s.actors) > 1 and folded.find(", wh", s.start, s.end) >= 0
    for k, a in enumerate(s.actors):
        key = a.canonical or a.text  # (_actor_key, without a call per actor)
        a_start, a_end = a.span.start, a.span.end
        if relative:
            if a_start < clause_end:
                continue
            if (
                k + 1 < len(s.actors)
                and folded.startswith((", which ", ", who "), a_end)
                and (shut := _past_relative(folded, a_end, s.end)) > a_end
                and s.actors[k + 1].span.start < shut
                and not any(a_end < t.start < shut for t in s.triggers)
            ):
                aside, clause_end = k, shut
        if k == claimant:
            # the group claiming the attack: side A, not the report's source
            v = votes.setdefault(key, [0.0, 0.0])
            v[0] += 2.0
            continue
        # (conditional expressions: the builtins max and min parse keyword
        # arguments, which costs more than the slice; this runs per actor)
        lo, hi = a_start - 60, a_end + 60
        before = folded[lo if lo > s.start else s.start : a_start]
        after = folded[a_end : hi if hi < s.end else s.end]
        # (a pattern whose required word is absent is not searched)
        if (
            (
                _has_says_word(after)
                and (_SAYS_AFTER_ASCII if after.isascii() else _SAYS_AFTER).match(after)
            )
            or (
                # "the Arakan Army, which captured Maungdaw last year, said"
                after.startswith((", which ", ", who "))
                and _has_says_word(after)
                and _SAYS_AFTER.match(
                    folded[_past_relative(folded, a_end, s.end) : s.end]
                )
                is not None
            )
            or ("according" in before and _according_source(s, folded, a, before))
            or (
                after.startswith(("'s ", "’s "))
                and _OWNED_SAYS_AFTER.match(
                    folded,
                    a_end,
                    a_end + _OWNED_REACH if a_end + _OWNED_REACH < s.end else s.end,
                )
                is not None
            )
        ):
            # (the whole claim, however long: "said in a statement late on
            # Wednesday that its troops and allied Joint Forces had repelled")
            if (
                (
                    folded.find("repel", a_end, s.end) >= 0
                    or folded.find("repuls", a_end, s.end) >= 0
                    or folded.find("fought off", a_end, s.end) >= 0
                )
                and _REPELLED_AFTER.match(
                    folded[_past_relative(folded, a_end, s.end) : s.end]
                )
                # ("Army-aligned fighters said they had repelled": a mention
                # named by whom it is aligned with is that party's ally, which
                # a bare "fighters" does not tell)
                and not (a.generic and before.endswith(_ALIGNED_BEFORE))
            ):
                # "the army said it repelled them": who fought the attack
                # off was attacked (side B), not only the report's source
                v = votes.setdefault(key, [0.0, 0.0])
                v[1] += 1.0
            continue  # the source of the report, not a party
        if zeros and any(c.span.start <= a_start and a_end <= c.span.end for c in zeros):
            continue  # "none of its troops had been hurt": nobody, no side
        if (
            a.kind == "state"
            and before.endswith(_IN_PLACE_BEFORE)
            and " " not in a.text
            and not _weapon_named(folded, a_start, a_end)
        ):
            continue  # "In Russia, Ukrainian drones set fire to ...": a state named as the place
        # (the first test of _scare_quoted, without a call)
        if (
            a.generic
            and folded[a_start - 1 : a_start] in _QUOTES
            and _scare_quoted(folded, a_start, a_end)
        ):
            continue  # says it is fighting "terrorists": a label, not a party
        if (
            _LONG_SPAN_AFTER.match(after)  # (anchored: most fail at the first word)
            and _HABITUAL_BEFORE.search(before)
        ):
            continue  # "the group that has fought the government for 15 years": background
        if (
            after.startswith((", which ", ", who ")) and _WAR_FOUGHT_AFTER.match(after)
        ) or (
            ("fought" in before or "waged" in before)
            and _WAR_FOUGHT_BEFORE.search(before)
        ):
            # "Hezbollah, which fought a year-long war with Israel": the
            # group's history, no deed of the incident, and its enemy in
            # that war no party of it either (no vote at all here)
            continue
        if (
            k
            and 9 < a_start - s.actors[k - 1].span.end < 56
            and _ALLY_BETWEEN.fullmatch(folded, s.actors[k - 1].span.end, a_start)
            is not None
        ):
            # "troops backed by clan militias": the troops' ally fights on
            # their side; what it does counts for them, never against them
            backed = s.actors[k - 1]
            key = backed.canonical or backed.text
        agent = patient = 0.0
        if "claimed" in after and (claim := _RESPONSIBILITY_AFTER.match(after)):
            if _NO_CLAIMANT_BEFORE.search(before) or _NOT_CLAIMED.search(
                after, 0, claim.end()
            ):
                # "no group has claimed responsibility", "the Front has not
                # yet claimed responsibility": nobody claimed it
                continue
            agent += 2.0
        elif "claimed by" in before and _CLAIMED_BY_BEFORE.search(before) is not None:
            # "in an attack claimed by Islamic State", "responsibility was
            # claimed by the BLA": the claimant, as "X claimed responsibility"
            agent += 2.0
        elif (
            (
                "blam" in before
                or "accus" in before
                or "attribut" in before
                or "allmark" in before
                or "rademark" in before
            )
            and _BLAMED_BEFORE.search(before) is not None
        ) or (
            (
                "blam" in after
                or "accus" in after
                or "suspect" in after
                or "responsib" in after
            )
            and _BLAMED_AFTER.match(after) is not None
        ):
            agent += 1.0
        elif "by" in before and _OWNER_BY.search(before) is not None:
            continue  # "a site run by the U.S.-backed foundation": its owner, no party
        elif "control" in before and _CONTROLLED_BY.search(before) is not None:
            # "Kyauk Ni Maw village, which is under the control of the Arakan
            # Army": who holds the place struck, no party of the deed; but
            # who held a town taken ("retook the town of Nawnghkio after more
            # than a year under the control of the TNLA") lost it to the deed
            if not any(
                folded.startswith(_CAPTURE_STEMS, t.start)
                for t in triggers
                if t.start < a_start
            ):
                continue
            # (as much as a fight told with it: the side the capture beat)
            patient += 2.0
        elif "by" in before and (by := _by_agent(s, folded, before, a_start)):
            if _REPORTED_BY.search(before, 0, by.start()):
                continue  # "confirmed by police": the source
            if _FOILED_BY.search(before, 0, by.start()) or _OTHER_DEED_BY.search(
                before, 0, by.start()
            ):
                continue  # "defused by police": who stopped it, not who acted
            agent += 1.5
            if runs is None:
                runs = _runs(s.actors, folded)
            by_run_end = runs[k]
        elif k < by_run_end:
            # joined to an agent after "by" ("killed by the army and the
            # police"): an agent too
            agent += 1.5
        elif (
            at := folded.find("between", s.start, a_start)
        ) >= 0 and _RIVALRY_BETWEEN.search(
            folded, max(s.start, at - 30), a_start
        ) is not None:
            # "linked to a turf war between the CJNG and the Santa Rosa de
            # Lima gang": the rivalry the deed belongs to, no party of it
            continue
        elif ("between" in before or "pitt" in before) and _BETWEEN_BEFORE.search(before):
            agent += 0.5
            patient += 0.25
        elif (
            folded.find(" launched ", a_end, a_end + 110) >= 0
            and _LAUNCHED_OPERATION.match(
                folded, a_end, a_end + 110 if a_end + 110 < s.end else s.end
            )
            is not None
        ):
            # "Haitian police backed by a Kenya-led mission launched an
            # operation against gangs, killing 12": who launched it acted,
            # though its deed's verb comes after the target
            agent += 1.0
        elif (
            "against" in before
            and (
                "operation" in before
                or "crackdown" in before
                or "campaign" in before
                or "offensive" in before
            )
            and _OPERATION_AGAINST.search(before) is not None
        ):
            # "launched an operation against gangs ..., killing 12 gang
            # members": the target of an operation named before any deed
            patient += 1.0
        elif (
            first_end is not None
            and first_end <= a_start
            and _ends_word(before, _AGAINST_WORDS, 3)
            and _AGAINST_BEFORE.search(before)
        ):
            if before.endswith(" against ") and _ALLY_AGAINST.search(before) is not None:
                # "the SDF, the main U.S. ally in the fight against Islamic
                # State": a description of the ally, no target of the deed
                continue
            patient += 1.0
        elif triggers:
            first = triggers[_nearest(t_starts, a_start)]
            if first.start > a_end and first.group != "harm":
                # "ISWAP fighters killed 17 soldiers in an attack on a
                # base": the harm verb right after the actor is its own
                # deed, though the attack noun names the event
                first = _harm_right_after(s.triggers, a_end, folded) or first
            if a_start <= first.start < a_end and (
                first.group == "explosion" or first.group == "battle"
            ):
                # "an Israeli air strike killed two": the actor is named by
                # the weapon it struck with (a trigger may run past it: "a
                # Ukrainian drone attack", whose actor is "Ukrainian drone";
                # "Russian attacks killed seven": by the attacks it made)
                agent += 1.0
            elif a_end <= first.start and folded.startswith(_DIED, first.start):
                # "both policemen died": who died was harmed (when no count
                # holds it); "the army hospital where he died": none before
                # it acted, nor is it a side unless a count holds it
                if _VERB_GAP.match(folded, a_end, first.start):
                    patient += 1.0
                elif key not in victims and not (
                    (i := bisect.bisect_right(cas_starts, a_start))
                    and reach[i - 1] >= a_end
                ):
                    continue
            elif (
                first.start == a_end + 1
                and folded.endswith("ing", first.start, first.end)
                and before.endswith(_OBJECT_OF_BEFORE)
            ):
                # "supplied fuel to Russian troops fighting in Ukraine": a
                # participle describing the object of another verb, no deed
                continue
            elif a_end <= first.start:
                lo = first.start - 25
                window = folded[lo if lo > s.start else s.start : first.start]
                # ("is bombing", "were fighting": a progressive, not a passive)
                passive = (
                    not folded.endswith("ing", first.start, first.end)
                    and _ends_word(window, _PASSIVE_WORDS, 2)
                    and _PASSIVE_BEFORE.search(window)
                )
                if passive or (
                    first.group == "harm"
                    and first.start - a_end <= 2
                    and folded.startswith(_REDUCED_PASSIVE_AFTER, first.end)
                    and folded.endswith("ed", first.start, first.end)
                ):
                    # ("Colombian soldiers killed in ELN drone attack": a
                    # headline's or a reduced relative's participle, whose
                    # actor was harmed)
                    patient += 1.0
                elif window.endswith(_OTHER_INCIDENTS_BEFORE):
                    continue  # "X has carried out similar attacks": no party of this one
                elif _reports_between(folded, a_end, first.start):
                    if not _repelled_killing(s, folded, a_end, first):
                        continue  # "police said rebels attacked": the source
                    # "Ukrainian forces repelled a Russian assault ...,
                    # killing 40 Russian soldiers": who fought the assault
                    # off killed the attackers, a side of the battle
                    agent += 1.0
                elif (
                    (
                        answer := (
                            _RESPONSE_AFTER_ASCII if folded.isascii() else _RESPONSE_AFTER
                        ).match(folded, a_end, first.start)
                    )
                    is not None
                    and _INCIDENT_REFERENCE.search(folded, answer.end(), first.start)
                    is not None
                    and not (
                        # ("rescued 11 of the hostages after a gunfight with the
                        # kidnappers": its own fight, no incident answered)
                        first.group == "battle" and folded.startswith(" with ", first.end)
                    )
                ):
                    # "police cordoned off the area after the blast", "police
                    # arrested three men suspected of detonating a bomb": who
                    # answered the incident (not "troops searched the village
                    # and killed 12 rebels")
                    continue
                else:
                    if runs is None:
                        runs = _runs(s.actors, folded)
                    nxt = runs[k]
                    if clause_end and k == aside:
                        # (past the actors of its relative clause, see aside)
                        while (
                            nxt < len(s.actors) and s.actors[nxt].span.start < clause_end
                        ):
                            nxt = runs[nxt]
                    # another actor between this one and the trigger is the
                    # trigger's subject ("police pursue the group that killed")
                    if (
                        nxt == len(s.actors) or s.actors[nxt].span.start >= first.start
                    ) and not (
                        (s.casualties or replaced)
                        and _harmed(
                            (*s.casualties, *replaced) if replaced else s.casualties,
                            a_start,
                            a_end,
                            folded,
                            first.start,
                        )
                    ):
                        if (
                            first.start - a_end > 8  # (room for "was hurt")
                            and (
                                hurt := _HARMED_BETWEEN.search(folded, a_end, first.start)
                            )
                            is not None
                            and _PRONOUN_SUBJECT.search(folded, hurt.end(), first.start)
                            is None
                        ):
                            # "members of the police were wounded during the
                            # attack", "who were victims of this attack": the
                            # harmed, where no count holds them ("were killed
                            # when they attacked" is their own attack)
                            patient += 1.0
                        else:
                            agent += 1.0
            elif (
                folded[first.start : first.end].endswith("ed")
                and _PASSIVE_BEFORE.search(
                    folded, max(s.start, first.start - 25), first.start
                )
                is not None
                and not _weapon_named(folded, a_start, a_end)
            ):
                # a passive trigger takes no object: an actor after it
                # ("buses were attacked by hooded men thought to be Shining
                # Path militants") is neither its object nor its agent,
                # unless a count holds it (an actor named by its weapon,
                # "killed in Israeli strikes", is read below)
                if not (
                    key in victims
                    or any(
                        c.span.start <= a_start and a_end <= c.span.end
                        for c in s.casualties
                    )
                ):
                    continue
            elif _said_between(folded, first.end, a_start):
                continue  # "confirmed the attacks and said troops were pursuing": a new clause
            elif _BUT_BETWEEN.search(folded, first.end, a_start) is not None:
                continue  # "gunmen attacked a bus, but the army has not commented": a new clause
            else:
                patient += 1.0
        if key in victims:
            patient += 0.5
        else:
            i = bisect.bisect_right(cas_starts, a_start)
            if i and reach[i - 1] >= a_end:
                # a party listed after the one a count is of ("40 soldiers and
                # volunteer fighters", "41 soldiers and allied militiamen"):
                # harmed too, but the count's own party is the main victim
                held = next(
                    (
                        c
                        for c in harmed
                        if c.span.start <= a_start and a_end <= c.span.end
                    ),
                    None,
                )
                patient += 0.25 if held is not None and held.actor else 0.5
        if (
            patient
            and a.kind != "unknown"
            and folded.endswith(_ATTACKER_ENDS, a_start, a_end)
            and _ATTACKER_HEAD.search(folded, a_start, a_end) is not None
            and not (
                folded.endswith(("gunman", "gunmen"), a_start, a_end)
                and not before.endswith(_DEFINITE_BEFORE)
                and any(c.span.start <= a_start and a_end <= c.span.end for c in harmed)
            )
        ):
            # "two of the attackers were shot dead": the perpetrators, when
            # the story names their group (unnamed "gunmen" are left as read:
            # who they are is not told). Gunmen newly counted ("troops had
            # killed three gunmen who approached soldiers") are armed men
            # harmed, not the perpetrators referred back to ("two of the
            # gunmen", "the gunmen were shot dead")
            agent, patient = max(agent, 1.0), 0.0
        if patient and _weapon_named(folded, a_start, a_end):
            # "forty people were killed in Israeli strikes": an actor named
            # by its weapon is the instrument of the harm, never the harmed
            if _INSTRUMENT_BEFORE.search(before) is not None:
                agent = max(agent, 1.0)
            patient = 0.0
            if not agent:
                continue
        # one actor named twice in a sentence ("the FMLN [Farabundo Marti
        # National Liberation Front]", "the ruling front, the FSLN,") is one
        # vote, not two: its strongest reading counts
        v = votes.setdefault(key, [0.0, 0.0])
        if agent > v[0]:  # (the max builtin costs more: it parses keywords)
            v[0] = agent
        if patient > v[1]:
            v[1] = patient
    return votes


# The verb of an actor that answered the incident, right after it (maybe
# after a noun of its unit, an adverb or an auxiliary): "police cordoned off
# the area after the blast", "the police today arrested ten people suspected
# of detonating", "police explosives experts defused", "troops were
# deployed". The actor is no side of the trigger after it.
_RESPONSE_AFTER_SOURCE: Final = r"""\s++(?:(?!(?:were|was|are|is|been|being|be)\b)[\w-]++\s++){0,2}?
    (?:(?:today|yesterday|later|also|then|quickly|immediately|have|has|had)\s++){0,3}
    (?:arrest|detain|mobili[sz]|defus|deactivat|evacuat|cordon|seal(?:ed|ing)\soff|urg|patroll
      |investigat|search|rescu|dismantl|deploy|respond|round(?:ed|ing)\sup|launch(?:ed|ing)\s(?:an?\s)?(?:investigation|manhunt|search)
    # a passive only of sending ("troops were deployed"): "soldiers were
    # arrested for killing" were arrested, they did not answer
      |(?:were|was|are|is|(?:have|has|had)\sbeen)\s++(?:(?:later|also|then|quickly|immediately)\s++)?(?:deploy|mobili[sz]|dispatch|rushed|sent))
    """
_RESPONSE_AFTER: Final = lazy(
    globals(), "_RESPONSE_AFTER", _RESPONSE_AFTER_SOURCE, regex.VERBOSE
)
# _RESPONSE_AFTER for ASCII text in the standard library's ``re``: with
# re.ASCII, \s, \w and \b read ASCII text as ``regex`` does (see
# :func:`_ascii_twin`); the match is short, so ``regex``'s call overhead
# dominated it
_RESPONSE_AFTER_ASCII: Final = lazy_re(
    globals(), "_RESPONSE_AFTER_ASCII", _RESPONSE_AFTER_SOURCE, re.VERBOSE | re.ASCII
)

# Words between an answering actor's verb and the trigger that make the
# trigger the incident answered, not the actor's own deed: "after the blast",
# "suspected of detonating", "in connection with the attack".
_INCIDENT_REFERENCE: Final = lazy(
    globals(),
    "_INCIDENT_REFERENCE",
    r"\b(?:after|following|suspected|in\sconnection\swith|linked\sto|over|behind"
    r"|responsible\sfor|in\sthe\swake\sof|accused\sof|blamed\sfor|wanted\sfor|for)\b",
)

# A verb of saying between a trigger and an actor after it: the actor opens
# the clause reported, it is not the trigger's object.
_SAID_BETWEEN: Final = re.compile(r"\b(?:said|says|saying|added|adding|told)\b")


def _said_between(folded: str, lo: int, hi: int) -> bool:
    """
    Whether _SAID_BETWEEN matches in ``folded[lo:hi]``. It is searched only
    when a part of its words is there: a few ``str.find`` scans of the
    span, in C, cost a fraction of a search that tries the pattern at
    every character (the span runs from a trigger to an actor after it,
    often a long stretch).
    """
    return (
        folded.find("sa", lo, hi) >= 0
        or folded.find("add", lo, hi) >= 0
        or folded.find("told", lo, hi) >= 0
    ) and _SAID_BETWEEN.search(folded, lo, hi) is not None


# A conjunction opening a new clause between a trigger and an actor after
# it: the actor is that clause's subject, not the trigger's object.
_BUT_BETWEEN: Final = re.compile(r",\s*(?:but|though|although|whereas)\b")

# An actor named by its weapon ("Israeli strikes", "Russian drones"; see the
# actors' weapon reading), on the folded text of the actor's span.
_WEAPON_NAMED: Final = regex.compile(
    r"\b(?:missiles?|drones?|rockets?|warplanes?|jets|bombers?|warships?|gunships?"
    r"|air[\s-]?strikes?|airstrikes?|air\sraids?|strikes?|shelling|artillery)\Z"
)
# The last words every _WEAPON_NAMED match ends with: a span that ends with
# none of them is not searched (``str.endswith`` of a tuple, in C, costs a
# fraction of a ``regex`` search; most actors are named otherwise).
_WEAPON_ENDS: Final = (
    "missile", "missiles", "drone", "drones", "rocket", "rockets", "warplane",
    "warplanes", "jets", "bomber", "bombers", "warship", "warships", "gunship",
    "gunships", "strike", "strikes", "raid", "raids", "shelling", "artillery",
)  # fmt: skip


def _weapon_named(folded: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``folded[start:end]`` names an actor by its weapon (_WEAPON_NAMED)."""
    if end is None:
        end = len(folded)
    return (
        folded.endswith(_WEAPON_ENDS, start, end)
        and _WEAPON_NAMED.search(folded, start, end) is not None
    )


# A preposition of the instrument right before an actor ("killed in Israeli
# strikes", "wounded during Russian shelling"), on the 60 characters before it.
_INSTRUMENT_BEFORE: Final = lazy(
    globals(),
    "_INSTRUMENT_BEFORE",
    r"\b(?:in|from|during|amid|under)\s(?:(?:a|an|the|new|fresh|heavy)\s)*+\Z",
)


#: An owner or operator named after "by" (the folded text before it): "an aid
#: site run by the U.S.-backed", "a clinic operated by".
_OWNER_BY: Final = re.compile(
    r"\b(?:run|operated|managed|owned|administered)\s+by\s+(?:the\s+)?(?:[\w.'-]+\s+){0,3}$"
)


#: Who holds a place, right before the actor (folded text): "under the
#: control of", "controlled by", "under ... control" is not read.
#: The stems of triggers that take a place (folded text): "retook", "captured".
_CAPTURE_STEMS: Final = (
    "retook",
    "retak",
    "recaptur",
    "captur",
    "seiz",
    "overr",
    "took control",
)

_CONTROLLED_BY: Final = re.compile(
    r"\b(?:under\s+(?:the\s+)?(?:full\s+|effective\s+)?control\s+of|controlled\s+by)"
    r"\s+(?:the\s+)?(?:[\w.'-]+\s+){0,3}$"
)


def _by_agent(
    s: _Sentence, folded: str, before: str, a_start: int
) -> regex.Match[str] | None:
    """
    The "by" before an actor naming it as an agent: right before it, past
    the usual modifiers (_BY_BEFORE), or a few words of its phrase on when a
    trigger ends at most two words before the "by" (_BY_PHRASE_BEFORE):
    "positions guarded by units of the battalion" names no agent of a
    trigger.
    """
    m = _BY_BEFORE.search(before)
    if m is not None:
        return m
    m = _BY_PHRASE_BEFORE.search(before)
    if m is None:
        return None
    by_at = a_start - len(before) + m.start()
    for t in s.triggers:
        if t.end <= by_at and by_at - t.end <= 40:
            # ("kidnapped last Saturday by"; in "attacked posts guarded by"
            # the "by" is the participle's)
            between = folded[t.end : by_at].split()
            if len(between) <= 2 and not any(
                # ("a missile fired by Yemen's Houthis": who fired the weapon)
                w.endswith("ed") and w not in _FIRED_WORDS
                for w in between
            ):
                return m
    return None


#: The participles of a weapon's firing, whose "by" names its agent.
_FIRED_WORDS: Final = frozenset({"fired", "launched", "dropped", "planted", "detonated"})

#: Claim verbs that may tell a defence: shooting weapons down.
_DEFENCE_VERBS: Final = ("downed", "shot down", "destroyed")
#: Many weapons such a verb takes as an object, counted (a demonym and the
#: like between): "downed 112 Ukrainian drones", "shot down 20 missiles" —
#: an air defence's tally of a barrage; the barrage was the sender's attack
#: ("shot down a US drone" is the shooter's own deed).
_PROJECTILES_AFTER: Final = lazy_re(
    globals(),
    "_PROJECTILES_AFTER",
    # ("shot down or jammed 45 of the drones": a second defence verb)
    r"(?:\s+(?:or|and)\s+(?:jammed|intercepted|destroyed|downed|neutrali[sz]ed))?"
    r"\s+(?:all\s+|at\s+least\s+|more\s+than\s+|over\s+|some\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores"
    r"|hundreds|\w+teen|\w+ty)(?:\s+[\w'-]+){0,3}?\s+"
    r"(?:drones|missiles|rockets|uavs|projectiles|shells)\b",
)

# The verbs every _SAY_PRONOUN match starts with.
_SAY_VERBS: Final = (
    "said", "says", "saying", "stated", "announced", "declared", "reported",
)  # fmt: skip


def _say_pronoun(seg: str) -> bool:
    """
    Whether _SAY_PRONOUN matches in the sentence *seg*: it is tried where
    one of its verbs stands (``str.find``, in C), as many sentences hold
    one or two; a search tries it at every letter that starts a verb.
    """
    for verb in _SAY_VERBS:
        at = seg.find(verb)
        while at >= 0:
            if _SAY_PRONOUN.match(seg, at) is not None:
                return True
            at = seg.find(verb, at + 1)
    return False


def _claimant(s: _Sentence, folded: str) -> int | None:
    """
    The index of the actor claiming the sentence's attack (see _CLAIM): the
    first actor of the sentence, when it stands before the claim.
    """
    if not s.actors:
        return None
    seg = folded[s.start : s.end]
    if (
        len(s.actors) > 1
        and "the group " in seg
        and (g := _GROUP_CLAIM.search(seg)) is not None
    ):
        # "the Houthis' military spokesman said the group had targeted a
        # vital site": "the group" is the first actor named, its claimant
        at = s.start + g.start(1)
        if any(
            a.span.start == at and _actor_key(a) == _actor_key(s.actors[0])
            for a in s.actors[1:]
        ):
            return 0
    first = s.actors[0]
    if (
        first.kind == "state"
        and _forces_after_said(seg)
        and (f := _FORCES_CLAIM.search(folded, s.start, s.end)) is not None
        and first.span.end <= f.start()
        # (not a defence: "said troops repelled the attack and killed 30
        # insurgents" answers the attackers' deed, who stay side A)
        and _DEFENCE_IN.search(f.group()) is None
        # (the body is the one speaking: no other party named before "said")
        and (len(s.actors) == 1 or s.actors[1].span.start > f.start())
    ):
        # "Police said officers backed by Kenyan personnel ... exchanged fire
        # with gang members, killing three of them": a state body speaking of
        # its own forces' deed, named by a bare noun of them
        return 0
    if "claimed" not in seg and not (_has_claim_word(seg) and _say_pronoun(seg)):
        return None
    m = _CLAIM.search(folded, s.start, s.end, timeout=REGEX_TIMEOUT)
    if m is None:
        return None
    if s.actors[0].span.end > m.start():
        first_at = s.actors[0].span.start
        if not (
            first_at < m.end()
            and folded.endswith(("its ", "their "), m.start(), first_at)
            and s.actors[0].kind != "state"
        ):
            return None
        # "The al Qaeda-linked group said on its radio that its fighters had
        # killed 35 soldiers": the speaker named by no name of its own, its
        # fighters are the claimant
    if m.group().endswith(_DEFENCE_VERBS) and _PROJECTILES_AFTER.match(
        folded, m.end(), min(s.end, m.end() + 60)
    ):
        # "Russia says it downed 112 Ukrainian drones": who shot down the
        # weapons defended; the attack was the sender's
        return None
    return 0


# A state body's word on its own forces' deed, named by a bare noun of them:
# "police said officers had ... exchanged fire with gang members, killing",
# "the army said troops had killed" (up to the deed's verb).
_FORCES_CLAIM: Final = re.compile(
    r"\bsaid\s+(?:in\s+a\s+statement\s+)?(?:that\s+)?"
    r"(?:officers|troops|soldiers|policemen|police\s+officers)\s+"
    r"(?:[\w'-]+\s+){0,10}?(?:had\s+|have\s+)?(?:[\w',-]+\s+){0,10}?"
    r"(?:killed|killing|neutrali[sz]ed|pushed|exchanged\s+fire|clashed|ambushed"
    r"|raided|stormed|recaptured|retook|shot\s+dead"
    # ("had rescued 12 of the abducted on Sunday after a gun battle with the
    # bandits": their own fight)
    r"|(?:rescued|freed)\s+(?:[\w'-]+\s+){0,8}?after\s+an?\s+"
    r"(?:gun\s*battle|gunfight|firefight|shootout|clash|exchange\s+of\s+fire))\b"
)


def _forces_after_said(seg: str) -> bool:
    """Whether a bare forces noun follows "said" (or "said ... that") in *seg*: :data:`_FORCES_CLAIM`'s gate."""
    return ("said " in seg or "that " in seg) and (
        "said officers" in seg
        or "said troops" in seg
        or "said soldiers" in seg
        or "said police" in seg
        or "that officers" in seg
        or "that troops" in seg
        or "that soldiers" in seg
        or "that police" in seg
    )


#: A defence told in a state's claim: "repelled", "fought off".
_DEFENCE_IN: Final = re.compile(
    r"\b(?:repel|repuls|fought\s+off|thwart|beat\s+back|foiled)"
)


# A claim told of "the group" (a spokesman's word for his own group): group 1
# is where "the group" stands.
_GROUP_CLAIM: Final = re.compile(
    r"\b(?:said|says|stated|announced|declared)\s+(?:that\s+)?(the\s+group)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:targeted|attacked|struck|hit|launched|fired"
    r"|downed|shot\s+down|killed|carried\s+out|bombed|shelled|stormed)\b"
)


#: What stands right before a claimed deed's verb (_UNTRIGGERED_CLAIM): the
#: party's pronoun or "the group", maybe a tense ("it had", "the group has").
_CLAIMED_BEFORE: Final = re.compile(
    r"\b(?:it|they|group|fighters|forces|units)\s(?:(?:had|has|have)\s)?\Z"
)


def _deed_claimed(folded: str, start: int, end: int) -> bool:
    """
    Whether the sentence *start*:*end* is a party's claim of a deed with
    one of _UNTRIGGERED_CLAIM's verbs, after a saying verb and the party's
    pronoun or "the group".
    """
    m = _CLAIM.search(folded, start, end, timeout=REGEX_TIMEOUT)
    if m is not None and m.group().endswith(_UNTRIGGERED_CLAIM):
        return True
    g = _GROUP_CLAIM.search(folded, start, end)
    return g is not None and g.group().endswith(_UNTRIGGERED_CLAIM)


def _agentless_deed(s: _Sentence) -> bool:
    """
    Whether *s* tells a deed (a trigger other than harm's) with no actor
    named before it ("A drone struck near the port of Ashdod ..., police
    said"): whose deed it was is for a later sentence to tell.
    """
    deed = next((t.start for t in s.triggers if t.group != "harm"), None)
    return deed is not None and all(a.span.start > deed for a in s.actors)


def _placed_by_country(s: _Sentence) -> bool:
    """Whether *s* names a place, each one a country: a scene no finer than that."""
    return bool(s.places) and all(p.kind == "country" for p in s.places)


def _repelled_claimant(s: _Sentence, folded: str) -> int | None:
    """
    The index of the actor of *s* that claims to have repelled an assault
    and killed the attackers ("Sudan's army said in a statement late on
    Wednesday that its troops and allied Joint Forces had repelled an
    assault on the city's eastern defences, killing dozens of fighters"),
    told as an incident of its own (no attacker read before it): the
    claimant fought and killed, side A of that battle. (After an attack
    told first, "the army said it had repelled them" is the side attacked:
    see _REPELLED_AFTER.)
    """
    if not s.actors or not s.casualties:
        return None
    seg = folded[s.start : s.end]
    if "repel" not in seg and "repuls" not in seg and "fought off" not in seg:
        return None
    m = _REPELLED_BY_SAYER.search(folded, s.start, s.end)
    if m is None or s.actors[0].span.end > m.start():
        return None
    if any(m.start(1) <= a.span.start < m.end() for a in s.actors):
        return None  # ("repelled an RSF assault": the assailant named, side A)
    if not any(
        c.outcome == "killed" and c.span.start >= m.end() and c.victim == "militants"
        for c in s.casualties
    ):
        return None
    return 0


# A saying verb, the speaker's own forces (maybe with their allies: "its
# troops and allied Joint Forces") and a verb of fighting an assault off.
_REPELLED_BY_SAYER: Final = re.compile(
    r"\b(?:said|says|stated|announced|claimed)\s+"
    r"(?:(?:late\s+|early\s+)?on\s+\w+\s+)?"
    r"(?:in\s+an?\s+statement\s+(?:[\w'’.-]+\s+){0,6}?)?(?:that\s+)?"
    r"(?:(?:it|they)\s+|(?:its|their)\s+(?:[\w'-]+\s+){1,5}?)"
    r"(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(repelled|repulsed|fought\s+off)\s+"
    r"(?:an?|the|several|two|three)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:attacks?|assaults?|offensives?|raids?|incursions?)\b"
)


def _claimed_counts(cluster: _Cluster, folded: str) -> set[int]:
    """
    The ids of the incident's counts that a party gives of its own deed:
    those after a claim of killing by the sentence's claimant ("JNIM said
    in a statement that its fighters had killed more than 100 soldiers",
    "the army said it killed 40 militants").
    """
    out: set[int] = set()
    for s in cluster.sentences:
        # (the casualties family tags a claim it reads: "a spokesman
        # claimed the group had killed 40 soldiers")
        out.update(id(c) for c in s.casualties if c.provenance.reason == _OWN_KILLS)
        if not s.casualties or _claimant(s, folded) is None:
            continue
        m = _CLAIM.search(folded, s.start, s.end, timeout=REGEX_TIMEOUT)
        if m is not None and m.group().endswith(_CLAIMED_HARM):
            # (the verb's object only: "while medics said 12 died" after it
            # is another source's count)
            out.update(
                id(c)
                for c in s.casualties
                if c.span.start >= m.end()
                and _CLAIMED_OBJECT.fullmatch(folded, m.end(), c.span.start) is not None
            )
    return out


def _counter_claim(s: _Sentence, folded: str, attackers: set[str], k: int | None) -> bool:
    """
    Whether *s* is another party's claim of killing the incident's
    *attackers* (read in earlier sentences), *k* the index of its claimant
    (:func:`_claimant`): "the army said it killed 40 militants" after the
    militants' raid on a village.
    """
    if k is None or not s.casualties or _actor_key(s.actors[k]) in attackers:
        return False
    m = _CLAIM.search(folded, s.start, s.end, timeout=REGEX_TIMEOUT)
    if m is None or not m.group().endswith(_CLAIMED_HARM):
        return False
    return any(
        c.actor in attackers
        for c in s.casualties
        if c.span.start >= m.end()
        and _CLAIMED_OBJECT.fullmatch(folded, m.end(), c.span.start) is not None
    )


def _reply_claim(
    s: _Sentence, folded: str, k: int, replaced: Sequence[CasualtyCount] = ()
) -> bool:
    """
    Whether *s* is a state's claim of killing militants in answer to an
    attack the sentence names, *k* the index of its claimant ("the army
    said it killed 60 jihadists after an attack on its base in Djibo"),
    told before the attack itself: the claimant is the side attacked, and
    its claim makes it no attacker of the incident (see _counter_claim,
    for the answer told after the attack). *replaced*: the sentence's
    counts a later one superseded (a headline's "killed 60 jihadists").
    """
    if not (s.casualties or replaced) or s.actors[k].kind != "state":
        return False
    m = _CLAIM.search(folded, s.start, s.end, timeout=REGEX_TIMEOUT)
    if m is None or not m.group().endswith(_CLAIMED_HARM):
        return False
    if not any(
        c.victim == "militants"
        and c.span.start >= m.end()
        and _CLAIMED_OBJECT.fullmatch(folded, m.end(), c.span.start) is not None
        for counts in (s.casualties, replaced)
        for c in counts
    ):
        return False
    return _REPLY_TO_ATTACK.search(folded, m.end(), s.end) is not None


# An attack the claimed killing answered: "after an attack on", "following a
# raid by", "in retaliation for the assault" (a gerund, "after attacking", is
# the claimant's own deed, not matched).
_REPLY_TO_ATTACK: Final = re.compile(
    r"\b(?:after|following|in\s+response\s+to|in\s+retaliation\s+for)\s+"
    r"(?:(?:an?|the|last\s+\w+'s|\w+'s)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|assaults?|raids?|ambush(?:es)?|offensive)\s+(?:on|against)\b"
)


# The verbs of a _CLAIM match that claim deaths.
_CLAIMED_HARM: Final = ("killed", "inflicted", "neutralised", "neutralized", "eliminated")
# What may stand between such a verb and its count: up to two words (and the
# closing quote of a scare-quoted verb, "had “neutralised” 20 terrorists").
_CLAIMED_OBJECT: Final = lazy_re(
    globals(), "_CLAIMED_OBJECT", r"[\s\"”’']*(?:\w+\s+){0,2}"
)


def _harmed(
    counts: Sequence[CasualtyCount], start: int, end: int, folded: str, trigger: int
) -> bool:
    """
    Whether an actor from *start* to *end* lies inside a count of people
    killed, wounded or kidnapped: a victim, not the subject of the trigger
    at *trigger* after it ("ten soldiers were killed in attacks by the
    rebels"). The arrested may be the perpetrators ("the arrest of 45
    soldiers for killing six priests"); and a pronoun subject between the
    count and the trigger points back to the counted ("five fighters were
    killed when they attacked a checkpoint"): attackers killed in their own
    attack.
    """
    for c in counts:
        span = c.span
        if span.start <= start and end <= span.end and c.outcome in _HARMED_OR_MISSING:
            return not (
                span.end < trigger
                and _PRONOUN_SUBJECT.search(folded, span.end, trigger) is not None
            )
    return False


#: The outcomes of a count whose people are victims, never the subject of a
#: deed told after them ("dozens of soldiers were missing after the attack").
_HARMED_OR_MISSING: Final = _HARMED | {"missing"}
# A pronoun subject pointing back to a counted group (see _harmed).
_PRONOUN_SUBJECT: Final = lazy(globals(), "_PRONOUN_SUBJECT", r"\b(?:they|who)\b")


def _according_source(s: _Sentence, folded: str, a: ActorMention, before: str) -> bool:
    """
    Whether *a* is the source named after "according to": right after it
    ("according to police"), or a few words on when no trigger stands
    between the actor and the next comma ("according to residents Taliban
    fighters attacked" names Taliban as the agent).
    """
    m = _ACCORDING_BEFORE.search(before)
    if m is None:
        return False
    if _BARE_DETERMINER.fullmatch(m.group("words")):
        return True
    a_end = a.span.end
    stop = min(s.end, a_end + 150)
    comma = folded.find(",", a_end, stop)
    if comma < 0:
        comma = stop
    i = bisect.bisect_left(s.triggers, a_end, key=_TRIGGER_START)
    return i == len(s.triggers) or s.triggers[i].start >= comma


def _reports_between(folded: str, lo: int, hi: int) -> bool:
    """
    Whether a verb of saying follows an actor ending at *lo* before a
    trigger at *hi*, within _REPORT_REACH characters once ", who ... ,"
    asides are left out.
    """
    head_end = lo + _REPORT_HEAD
    if head_end > hi:
        head_end = hi
    if (
        folded.find(",", lo, head_end) < 0
        and _REPORTING_GATE_HEAD.search(folded, lo, head_end) is None
    ):
        # no aside starts in the head (an aside opens with a comma), so the
        # head reads as is, and no verb of saying starts in it
        return False
    # (at most 400 characters, read by possessive patterns: no timeout,
    # which reads the process clock, a system call, at each match)
    seg = folded[lo : hi if hi < lo + 400 else lo + 400]
    if "," in seg:
        seg = _ASIDE.sub(" ", seg)
        if _REPORTING_GATE_HEAD.search(seg, 0, _REPORT_HEAD) is None:
            return False
    m = _REPORTING.search(seg)
    return m is not None and m.start() < _REPORT_REACH


def _repelled_killing(s: _Sentence, folded: str, lo: int, first: _Trigger) -> bool:
    """
    Whether the words from an actor ending at *lo* up to the trigger *first*
    say it fought an assault off ("Ukrainian forces repelled a Russian
    assault") and a participle of killing follows in the sentence
    (", killing 40 Russian soldiers"): the actor's own deed, not an answer
    to another's.
    """
    m = _REPELLED_CLAIM.search(folded, lo, first.end)
    return (
        m is not None
        and m.end() == first.end
        and any(
            t.start > first.end
            and t.group == "harm"
            and folded.startswith("killing", t.start)
            and folded[t.start - 2 : t.start] == ", "
            for t in s.triggers
        )
    )


def _runs(actors: Sequence[ActorMention], folded: str) -> list[int]:
    """
    For each actor of a sentence, the index of the first later actor not
    joined to it by a chain of "and", "or" and commas ("the army and
    national police"), or ``len(actors)``: one pass from the right.
    """
    joined_gap = (_JOINED_ASCII if folded.isascii() else _JOINED).fullmatch
    out = [len(actors)] * len(actors)
    for k in range(len(actors) - 2, -1, -1):
        a, b = actors[k], actors[k + 1]
        # (a possessive pattern that reads each character once: no timeout)
        a_end, b_start = a.span.end, b.span.start
        joined = b_start < a_end or joined_gap(folded, a_end, b_start)
        out[k] = out[k + 1] if joined else k + 1
    return out


# The triggers of dying, on the folded text at a trigger's start: their
# subject is harmed, never the agent ("two soldiers died").
_DIED: Final = ("died", "die ", "die,", "die.")
# Between an actor and a trigger after it, a harm the actor suffered (no
# leading \b: a pattern opening with a branch of words is scanned for their
# first letters only).
_HARMED_BETWEEN: Final = re.compile(
    r"(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt|killed)\b"
    r"|victims?\s+of\b|suffered\b"
)
#: What may stand between an actor and its own verb: nothing, or an
#: auxiliary or a reporting adverb ("fighters had killed", "gunmen
#: reportedly killed").
_VERB_GAP: Final = lazy_re(
    globals(),
    "_VERB_GAP",
    r"[ ]*+(?:(?:have|has|had|reportedly|allegedly|also|then|later|apparently)[ ]++)?+\Z",
)


_QUOTES: Final = "\"'\u201c\u201d\u2018\u2019"


def _scare_quoted(folded: str, start: int, end: int) -> bool:
    """Whether the words at *start*:*end* stand alone in quotation marks ("terrorists.")."""
    if start == 0 or folded[start - 1] not in _QUOTES:
        return False
    after = folded[end : end + 2]
    return bool(after) and (
        after[0] in _QUOTES or (after[0] in ".,;:!?" and after[1:2] in _QUOTES)
    )


#: An ally named right after the party it backs ("government forces backed
#: by local clan militias", "troops supported by allied fighters", "the army,
#: alongside Wagner mercenaries"): it fights on that party's side, which a
#: coder writes as an associated actor, never as the other side, so its
#: votes go to that party. Matched whole on the folded text between the two
#: actors: in "a militia that fights alongside the army" the army is the one
#: backed.
_ALLY_BETWEEN: Final = lazy_re(
    globals(),
    "_ALLY_BETWEEN",
    r"[ ,]*+(?:(?:backed|supported|aided|assisted|reinforced)[ ]++by|alongside"
    r"|allied[ ]++(?:to|with)|with[ ]++(?:the[ ]++)?+(?:support|help|backing)[ ]++of"
    # ("government forces and allied clan militia ambushed")
    r"|and[ ]++(?:(?:its|their)[ ]++)?+allied)"
    r"[ ]++(?:[\w'-]++[ ]++){0,3}",
)


#: A relative clause in the perfect right before an actor ("the group that
#: has fought the Somali government", "which has waged an insurgency
#: against the state"), on the folded text ...
_HABITUAL_BEFORE: Final = lazy_re(
    globals(),
    "_HABITUAL_BEFORE",
    r"\b(?:that|which|who)[ ]++(?:has|have)[ ]++[^,;.]{0,48}\Z",
)
#: A relative clause of a war the actor fought ("which fought a year-long
#: war with Israel", "who have waged an insurgency since"), right after it.
_WAR_FOUGHT_AFTER: Final = re.compile(
    r", (?:which|who) (?:(?:has|have|had) )?(?:fought|waged) (?:(?:a|an|the|its|their) )?"
    r"(?:[\w-]+ ){0,3}?(?:wars?|insurgency|rebellion|conflict)\b"
)
#: ... and the war's other party, inside that clause (the text before it).
_WAR_FOUGHT_BEFORE: Final = re.compile(
    r", (?:which|who) (?:(?:has|have|had) )?(?:fought|waged) [^,;.]{0,40}?"
    r"(?:wars?|insurgency|rebellion|conflict) (?:with|against) (?:the )?\Z"
)
#: ... and a long span of time right after it ("for more than 15 years",
#: "since 2007", "for years"): the group's history, not the incident.
_LONG_SPAN_AFTER: Final = compile_re(
    r"""[ ]*+(?:
      (?:for|over)[ ]++(?:more[ ]++than[ ]++|over[ ]++|nearly[ ]++|almost[ ]++|about[ ]++
        |the[ ]++(?:past|last)[ ]++)?+(?:[0-9]++|a|two|three|four|five|six|seven|eight|nine
        |ten|fifteen|twenty|several|many)?+[ ]*+(?:years?|decades?)\b
      | since[ ]++(?:[0-9]{4}|the[ ]++[0-9]{4}s)\b
    )""",
    re.VERBOSE,
)


#: What follows a harm participle whose subject was harmed, no auxiliary
#: before it: "soldiers killed in attack", "police wounded by a bomb".
_REDUCED_PASSIVE_AFTER: Final = (" in ", " by ", " during ", " as ", " when ", " while ")


def _harm_right_after(
    triggers: tuple[_Trigger, ...], at: int, folded: str
) -> _Trigger | None:
    """
    The harm trigger ("killed", "wounded") that is the verb right after *at*,
    if any: also past an apposition ("Members of the Gulf Clan, Colombia's
    largest drug trafficking group, killed seven soldiers").
    """
    if folded.startswith(", ", at):
        close = folded.find(", ", at + 2, at + _APPOSITION_REACH)
        if close > 0 and folded.find(".", at, close) < 0:
            at = close + 1
    for t in triggers:
        if t.start >= at:
            if (
                t.group == "harm"
                and t.start - at <= 14
                and _VERB_GAP.match(folded, at, t.start)
            ):
                return t
            return None
    return None


#: How far an apposition between an actor and its harm verb may run.
_APPOSITION_REACH: Final = 64


def _nearest(starts: list[int], at: int) -> int:
    """The index of the value of sorted *starts* nearest to *at*, the earlier on a tie."""
    i = bisect.bisect_left(starts, at)
    if i == len(starts) or (i and at - starts[i - 1] <= starts[i] - at):
        return i - 1
    return i


def _member_group(c: CasualtyCount, doc: Document) -> ActorMention | None:
    """
    The armed group named right after a count of its members ("four
    members of the Viv Ansanm gang coalition", "11 fighters of the group"),
    else ``None``.
    """
    folded = doc.folded
    at = c.span.end + 4  # (past " of ")
    if folded.startswith("the ", at):
        at += 4
    if not folded.endswith(_MEMBER_NOUNS, c.span.start, c.span.end):
        return None
    for a in doc.actors:
        if a.span.start == at:
            return a if a.kind in _ORGANISED_KINDS else None
        if a.span.start > at:
            break
    return None


#: The nouns of a count of a group's members ("four members of ...").
_MEMBER_NOUNS: Final = ("members", "member", "fighters", "militants", "militiamen")


def _victim_actor(c: CasualtyCount, doc: Document) -> ActorMention | None:
    if c.actor is None and doc.folded.startswith(" of ", c.span.end):
        # "four members of the Viv Ansanm gang": the group they belong to
        group = _member_group(c, doc)
        if group is not None:
            return group
    if c.actor is None and (c.victim is None or c.victim in ("unknown",)):
        return None
    kind = _VICTIM_KIND.get(c.victim or "", "unknown")
    canonical = c.actor or ("Civilians" if kind == "civilians" else None)
    if canonical is None:
        return None
    return _new_actor(
        text=c.text,
        span=c.span,
        canonical=canonical,
        kind=kind,
        provenance=_new_provenance(confidence=0.6, reason="victims of a casualty count"),
    )


def _forces_told_before(c: CasualtyCount, doc: Document) -> ActorMention | None:
    """
    For a count of security forces no actor names ("Two officers were
    wounded"): the state's forces named last before it in its paragraph
    ("Police arrived on Sunday afternoon."), as the count's victims; else None.
    """
    if c.actor is not None or _VICTIM_KIND.get(c.victim or "") != "state":
        return None
    folded = doc.folded
    at = c.span.start
    i = bisect.bisect_left(doc.actors, at, key=_SPAN_START)
    for a in reversed(doc.actors[max(0, i - 8) : i]):
        if _PARAGRAPH_BREAK.search(folded, a.span.end, at) is not None:
            break
        if a.kind == "state" and (a.canonical or "").startswith(_STATE_FORCES):
            return _new_actor(
                text=c.text,
                span=c.span,
                canonical=a.canonical,
                kind="state",
                country=a.country,
                provenance=_new_provenance(
                    confidence=0.5, reason="victims of a casualty count"
                ),
            )
    return None


def _sides(
    cluster: _Cluster,
    doc: Document,
    votes: dict[str, list[float]],
    superseded: tuple[list[int], list[CasualtyCount]] = ([], []),
) -> tuple[ActorMention | None, ActorMention | None]:
    """
    Side A and side B of *cluster*; its votes per actor key are left in
    *votes*. *superseded* holds the story's superseded counts and their
    starts, in text order (made once per story by :func:`_events`).
    """
    folded = doc.folded
    first_mention: dict[str, ActorMention] = {}
    starts, replaced_counts = superseded
    attackers: set[str] = set()  # the keys read as agents in earlier sentences
    lead_agent: str | None = None  # the sole agent of the first sentence naming one
    parent = cluster.parent
    if parent is not None and parent.sentences and parent.sentences[0].actors:
        # (a round-up's part: its lead's agents attacked there too, so "The
        # army said it had killed 80 of the attackers", told in the part at
        # Nioro after "In Nioro du Sahel, they attacked ...", is the army's
        # answer, not its deed)
        attackers = {
            key
            for key, (ag, pa) in _roles(parent.sentences[0], folded).items()
            if ag > pa
        }
    for s in cluster.sentences:
        if not s.actors:
            continue  # (no vote to read, no mention to keep)
        # (a toll a later one replaced still tells who was harmed: "killed
        # dozens of soldiers and volunteer militiamen" before "the death
        # toll at around 50"; found by bisection: a story of thousands of
        # counts is read in linear time)
        replaced = (
            replaced_counts[
                bisect.bisect_left(starts, s.start) : bisect.bisect_left(starts, s.end)
            ]
            if starts
            else ()
        )
        claimant = _claimant(s, folded)  # (read once for both)
        if claimant is None and s.casualties and not attackers:
            claimant = _repelled_claimant(s, folded)
        roles = _roles(s, folded, replaced, claimant)
        if (
            roles
            and not s.start  # (_is_headline's first test, without a call)
            and len(cluster.sentences) > 1
            and _is_headline(cluster, s, folded)
        ):
            # a headline sums up the story: a target only it names ("Jihadists
            # kill dozens of soldiers in Djibo, attack Mali army camp") is of
            # another incident the body tells (its agent, often named only
            # there, "Russian missiles kill four", stays)
            told = {
                a.canonical or a.text
                for o in cluster.sentences
                if o is not s
                for a in o.actors
            }
            roles = {
                key: vote
                for key, vote in roles.items()
                if key in told or vote[0] >= vote[1]
            }
        if (attackers and _counter_claim(s, folded, attackers, claimant)) or (
            claimant is not None and _reply_claim(s, folded, claimant, replaced)
        ):
            # "The army said it killed 40 militants", after the militants'
            # attack: the army's answer, told in its own words; its claim
            # makes it no attacker of the incident, nor the attackers its
            # victims in it
            roles = {}
        # (a party's claim of what it struck, no harm told: see below)
        own_claim = (
            (
                claimant is not None
                # "It said its forces had struck Hamas fighters": the
                # party of the sentence before, by its pronoun
                or (
                    folded.startswith(("it said", "it says", "they said"), s.start)
                    and _CLAIM.search(folded, s.start, s.end, timeout=REGEX_TIMEOUT)
                    is not None
                )
            )
            and not s.casualties
            and not any(t.group == "harm" for t in s.triggers)
        )
        if not attackers:
            # (a full deed of one party, not the first-named of a fight
            # "between the army and the guerrillas")
            leads = [key for key, (ag, pa) in roles.items() if ag >= 1.0 and not pa]
            if len(leads) == 1:
                lead_agent = leads[0]
        for key, (ag, pa) in roles.items():
            if not (ag or pa or s.triggers):
                # named where no deed is told ("UNIFIL said a patrol of six
                # peacekeepers took shelter"): no side, not even by elimination
                continue
            v = votes.setdefault(key, [0.0, 0.0])
            v[0] += ag
            if own_claim and pa and _civilians_counted(cluster, s.start):
                # "Russia's defence ministry said its forces had struck a
                # gathering of Ukrainian military personnel in Dnipro", told
                # with no toll, of a strike whose dead the officials count
                # as people and children: the attacker's word on its target
                # makes no side B of the dead (a claim of killing, "it killed
                # a Hezbollah commander", "had killed Hamas fighters", does)
                continue
            v[1] += pa
            if ag > pa:
                attackers.add(key)
        for a in s.actors:
            first_mention.setdefault(a.canonical or a.text, a)  # (_actor_key)
    among = _fight_among(cluster, folded)
    if among is not None and all(
        k == _actor_key(among) for k, v in votes.items() if v[0] > 0
    ):
        # "a gunfight between armed groups", "clashes between rival gangs":
        # one kind of group fought itself, as a coder writes it, the same
        # actor on both sides (not its dead for civilians, nor no side B)
        return among, attrs.evolve(
            among,
            provenance=_new_provenance(
                confidence=0.4, reason="the other party of a fight among one group"
            ),
        )
    if not votes:
        # the first count's victims (made only for the count that is used);
        # the harmed before the arrested ("police arrested three men
        # suspected of detonating a bomb that killed five people")
        for outcomes in (_HARMED, _SIDE_B_OTHER_OUTCOMES):
            for s in cluster.sentences:
                for c in s.casualties:
                    if (
                        c.outcome in outcomes
                        and not _is_zero(c)
                        and (victim := _victim_actor(c, doc))
                        # ("clashes between rival armed factions killed six
                        # people": the dead of the fight's sides, no civilians
                        # it was waged on, as below)
                        and not (
                            c.victim in _GENERIC_VICTIMS
                            and _nameless_fight(cluster, folded) is not None
                        )
                    ):
                        return None, victim
        return None, None
    order = list(first_mention)
    rank = {k: i for i, k in enumerate(order)}
    agents = [k for k in order if k in votes and votes[k][0] > 0]
    side_a_key: str | None = None
    if len(agents) == 1:
        side_a_key = agents[0]  # (as max() gives it)
    elif agents:
        side_a_key = max(agents, key=lambda k: (votes[k][0] - votes[k][1], -rank[k]))
        if (
            lead_agent is not None
            and lead_agent != side_a_key
            and lead_agent in votes
            and votes[lead_agent][0] >= votes[side_a_key][0]
        ):
            # "Israeli forces killed three Palestinians in a raid ... troops
            # had fired at gunmen who threw explosives at them. Two soldiers
            # were lightly wounded": the lead's agent, outvoted only by its
            # own harmed told later, not by more deeds of another, stays
            # side A (its wounded make a fight, not another attacker)
            side_a_key = lead_agent
        chosen = first_mention[side_a_key]
        if chosen.kind == "state" and (chosen.canonical or "").startswith(
            "Government of"
        ):
            # "Russian missiles struck ... Russia's Defence Ministry said it
            # had struck": the state's forces that struck are side A, not
            # its government that spoke (ACLED's actor 1 of state violence)
            forces = next(
                (
                    k
                    for k in agents
                    if first_mention[k].kind == "state"
                    and first_mention[k].country == chosen.country
                    and (first_mention[k].canonical or "").startswith(_STATE_FORCES)
                ),
                None,
            )
            if forces is not None:
                side_a_key = forces
    named: ActorMention | None = None
    if side_a_key is not None and side_a_key.startswith(_UNIDENTIFIED):
        named = _named_instead(cluster, side_a_key, votes, doc)
        if named is not None:
            side_a_key = _actor_key(named)
    rest = [k for k in order if k in votes and k != side_a_key]
    if side_a_key is not None and rest:
        # the same state's government and forces are one side ("Russian
        # missiles ... Russia had launched 110 drones")
        same = _state_of(cluster, side_a_key)
        if same is not None:
            rest = [k for k in rest if _state_of(cluster, k) != same]
    side_b_key: str | None = None
    if len(rest) == 1:
        side_b_key = rest[0]  # (as max() gives it)
    elif rest:
        side_b_key = max(rest, key=lambda k: (votes[k][1] - votes[k][0], -rank[k]))
        side_b_key = _main_force(cluster, side_b_key, rest, votes, first_mention)
    if side_a_key is None and side_b_key is not None and votes[side_b_key][1] <= 0:
        side_a_key, side_b_key = side_b_key, None
    side_a = named or _best_mention(cluster, side_a_key)
    side_b = _best_mention(cluster, side_b_key)
    massacre = False  # (set below only when the civilians' first toll is read)
    if side_b_key is not None and (
        (
            votes[side_b_key][1] <= votes[side_b_key][0]
            and not _armed_victims(cluster, side_a, side_b)
            # (not two warring parties that fought each other: "M23 rebels
            # and Wazalendo militias fought for control of the town ... 12
            # civilians were killed in the crossfire" is their battle)
            and not (
                votes[side_b_key][0] > 0
                and side_b is not None
                and side_b.kind in _WARRING_KINDS
                and _fought_each_other(cluster, folded, side_a, side_b)
            )
            # ("Gang members attacked the town ... officers exchanged fire
            # with the gangs": the armed party a fight is told with is its
            # other side, whatever else it did)
            and not _fought_with(cluster, folded, side_b)
        )
        or (
            # (the "people" of a massacre only while side B did nothing
            # itself: "troops had fired at gunmen who threw explosives at
            # them" is a fight)
            (
                massacre := _civilians_first(
                    cluster, folded if votes[side_b_key][0] <= 0 else ""
                )
            )
            and not _clash_with(cluster, folded, side_b)
            and not _armed_target(cluster, side_a, side_b)
        )
    ):
        # no actor was acted on (side B only by elimination), or the
        # incident's first and largest toll is of civilians, while a count
        # names civilians harmed: the civilians are side B (soldiers killed
        # repelling the attack do not make a massacre a battle)
        civilians = _civilian_victims(cluster, doc, massacre)
        if civilians is not None:
            return side_a, civilians
        if (
            votes[side_b_key][1] <= 0
            and side_a is not None
            and side_a.kind in _NAMED_GROUP_KINDS
            and (owner := _facility_owner(cluster, doc)) is not None
        ):
            # "dissidents attacked a police station ... Soldiers sent to the
            # town clashed with the attackers": the forces whose post was
            # struck, not those who came to its aid, are side B
            return side_a, owner
        if votes[side_b_key][1] <= 0 and not (
            votes[side_b_key][0] > 0
            and side_b is not None
            and side_b.kind in _WARRING_KINDS
            and _mutual_clash(cluster, folded)
        ):
            # (not when both fought: "M23 rebels and Wazalendo militias
            # clashed near Masisi", whose second party is no agent of the
            # first's deed but its enemy)
            side_b = None  # acted on by nobody: the victims of a count, if any, below
    if (
        side_b is None
        and side_a is not None
        and (side_a.kind in _NAMED_GROUP_KINDS or side_a.kind == "unknown")
        # (only when civilians are counted: else the owner is looked for below)
        and any(
            c.victim in _CIVILIAN_VICTIMS for o in cluster.sentences for c in o.casualties
        )
        and (owner := _facility_owner(cluster, doc)) is not None
    ):
        # "Jihadists attacked several military positions in western Mali ...
        # Two civilians were killed by stray bullets": the forces whose posts
        # were attacked are side B, before any victims of the fight's toll
        return side_a, owner
    if side_b is None:
        between: bool | None = None  # (read once, when a count's victims are people)
        for s in cluster.sentences:
            for c in s.casualties:
                # (prisoners freed, "stormed a police station and freed more
                # than 100 prisoners", were no one the deed was waged on)
                victim = (
                    None
                    if _is_zero(c) or c.outcome == "released"
                    else _victim_actor(c, doc)
                )
                if victim is not None and c.victim in _GENERIC_VICTIMS:
                    if between is None:
                        between = _clash_between(cluster, folded)
                    if between:
                        # "a gunfight between armed men of two communities
                        # killed five people": the dead were of the armed
                        # sides, not civilians the fight was waged on
                        continue
                if victim is not None and (
                    side_a is None or victim.canonical != side_a.canonical
                ):
                    return side_a, victim
        site = _civilian_site_toll(cluster, folded)
        if site is not None:
            # "CODECO militiamen attacked a camp for displaced people,
            # killing 11": dead of no group named, at a civilian site
            # attacked, are civilians (of no clash between armed sides)
            return side_a, _new_actor(
                text=site.text,
                span=site.span,
                canonical="Civilians",
                kind="civilians",
                provenance=_new_provenance(
                    confidence=0.5, reason="victims of an attack on a civilian site"
                ),
            )
        if starts:
            # (a toll a later one replaced still tells who was harmed: "the
            # blast initially killed 18 people", before "32 deaths" of no
            # victims named)
            for s in cluster.sentences:
                lo = bisect.bisect_left(starts, s.start)
                for c in replaced_counts[lo : bisect.bisect_left(starts, s.end, lo)]:
                    victim = None if _is_zero(c) else _victim_actor(c, doc)
                    if (
                        victim is not None
                        and victim.kind == "civilians"
                        and not _clash_between(cluster, folded)
                    ):
                        return side_a, victim
        if side_a is not None and (
            side_a.kind in _NAMED_GROUP_KINDS or side_a.kind == "unknown"
        ):
            # "the Arakan Army said its fighters had captured a military base
            # in Kyauktaw": the forces whose base it was, as the story names
            # them elsewhere
            return side_a, _facility_owner(cluster, doc)
        if side_a is not None:
            # "the Azov brigade said its fighters had blown up a Russian
            # tank": the forces whose vehicle it was, another state's
            owner = _vehicle_owner(cluster, doc)
            if owner is not None and owner.country != side_a.country:
                return side_a, owner
    elif side_a is None and _clash_with(cluster, folded, side_b):
        # "Two officers were wounded in an exchange of fire with the gang":
        # the harmed of a fight with side B, state forces, are its other side
        for s in cluster.sentences:
            for c in s.casualties:
                if c.outcome in _HARMED and not _is_zero(c):
                    victim = _victim_actor(c, doc) or _forces_told_before(c, doc)
                    if (
                        victim is not None
                        and victim.kind == "state"
                        and side_b is not None
                        and victim.canonical != side_b.canonical
                    ):
                        return attrs.evolve(
                            victim,
                            provenance=_new_provenance(
                                confidence=0.4,
                                reason="the harmed party of a fight with side B",
                            ),
                        ), side_b
    return side_a, side_b


#: A deed against a civilian site: "attacked a camp for displaced people",
#: "shelled a crowded market", "struck a displacement camp" (folded text).
_CIVILIAN_SITE_STRUCK: Final = re.compile(
    r"\b(?:attack|storm|raid|struck|hit|target|shell|bomb)[a-z]*\s(?:an?|the)\s"
    r"(?:[a-z-]+\s){0,2}?(?:camps?\sfor\s(?:the\s)?(?:internally\s)?(?:displaced|refugees)"
    r"|(?:displacement|idp|refugee|displaced\speople's|displaced\spersons')\scamps?"
    r"|market(?:place)?s?|church(?:es)?|mosques?|schools?|hospitals?)\b"
)


#: A word every _CIVILIAN_SITE_STRUCK match holds.
_CIVILIAN_SITE_WORDS: Final = ("camp", "market", "church", "mosque", "school", "hospital")


def _civilian_site_toll(cluster: _Cluster, folded: str) -> CasualtyCount | None:
    """
    The first count of harmed of no group named ("killing 11") of an
    incident whose deed struck a civilian site (_CIVILIAN_SITE_STRUCK) and
    whose every count is of no group, unless the incident is a clash
    between armed sides; else None.
    """
    counts = [c for s in cluster.sentences for c in s.casualties if c.outcome in _HARMED]
    if not counts or any(c.victim != "unknown" or c.actor for c in counts):
        return None
    if not any(
        s.triggers
        # (the pattern is searched only where one of its nouns stands)
        and any(folded.find(w, s.start, s.end) >= 0 for w in _CIVILIAN_SITE_WORDS)
        and _CIVILIAN_SITE_STRUCK.search(folded, s.start, s.end) is not None
        for s in cluster.sentences
    ):
        return None
    if _clash_between(cluster, folded):
        return None
    return counts[0]


def _main_force(
    cluster: _Cluster,
    key: str,
    rest: list[str],
    votes: dict[str, list[float]],
    first_mention: dict[str, ActorMention],
) -> str:
    """
    The state forces instead of side B *key* when *key* is a militia or an
    unnamed group of their country harmed beside them ("killed between 40
    and 50 soldiers and volunteer fighters", "41 soldiers and allied
    militiamen were killed"), and a count of the cluster is of the forces'
    own dead: the forces are the main party the deed struck, their auxiliary
    only its associate (as ACLED codes it). An unnamed group gives way to a
    named armed group or the state forces of its country harmed too. Else
    *key*. A foreign force (peacekeepers) harmed beside the forces of the
    incident's country, which the deed struck too, gives way to them.
    """
    chosen = first_mention[key]
    if chosen.kind == "external":
        # "after days of fighting with Congolese troops, and 17 peacekeepers
        # and foreign soldiers have been killed": the country's own forces,
        # fought by name, are side B; the foreign force beside them harmed
        # is their associate (as ACLED codes it)
        countries = {p.country for p in cluster.places if p.country}
        for k in rest:
            forces = first_mention[k]
            if (
                k != key
                and forces.kind == "state"
                and (forces.canonical or "").startswith(_STATE_FORCES)
                and forces.country in countries
                and votes[k][1] > votes[k][0]
            ):
                return k
        return key
    if not (
        chosen.kind == "political_militia"
        or (chosen.canonical or "").startswith(_UNIDENTIFIED)
    ):
        return key
    for k in rest:
        forces = first_mention[k]
        if (
            k != key
            and forces.kind == "state"
            and (forces.canonical or "").startswith(_STATE_FORCES)
            and (chosen.country is None or forces.country == chosen.country)
            and votes[k][1] > 0
            # (not forces that acted on the militia: "Haitian police and a
            # Kenyan-led force killed 12 gang members ... one police officer
            # was wounded" fought the gang, no auxiliary of it beside them)
            and votes[k][0] <= 0
            and any(
                c.actor == k and c.outcome in _HARMED and not _is_zero(c)
                for s in cluster.sentences
                for c in s.casualties
            )
        ):
            return k
    if (chosen.canonical or "").startswith(_UNIDENTIFIED):
        # "clashes between government forces and the SDF killed at least 14
        # fighters": the unnamed fighters are of the parties the incident
        # names harmed, not another group
        for k in rest:
            named = first_mention[k]
            if (
                k != key
                and (
                    named.kind in _NAMED_GROUP_KINDS
                    or (named.canonical or "").startswith(_STATE_FORCES)
                )
                and (chosen.country is None or named.country == chosen.country)
                and votes[k][1] > 0
            ):
                return k
    return key


def _facility_owner(cluster: _Cluster, doc: Document) -> ActorMention | None:
    """
    The state forces a deed of *cluster* struck by their base or post ("overran
    an army post", "captured a military base", "stormed a police station"):
    the story's first mention of that state's military (or police), of the
    country of the cluster's place or of the story's only state; else None.
    """
    folded = doc.folded
    for s in cluster.sentences:
        if not s.triggers:
            continue
        m = _FACILITY_STRUCK.search(folded, s.start, s.end)
        if m is None:
            continue
        prefix = "Police Forces of" if m.group(1) == "police" else "Military Forces of"
        countries = {p.country for p in cluster.places if p.country}
        found = [
            a
            for a in doc.actors
            if a.kind == "state"
            and a.canonical is not None
            and a.canonical.startswith(prefix)
            and (a.country in countries or not countries)
        ]
        if len({a.canonical for a in found}) == 1:
            return found[0]
        if found or len(countries) > 1:
            return None
        # "JNIM fighters seized a police post near Nioro", of no police
        # named elsewhere: the state forces of the incident's one country
        # (else the story's), named by the facility's words, as a coder
        # writes the side whose post it was
        code = next(iter(countries)) if countries else _home_country(doc)
        canonical = _state_forces(prefix, code, doc.published) if code else None
        if canonical is None:
            return None
        return _new_actor(
            text=doc.text[m.start(1) : m.end()],
            span=_new_span(start=m.start(1), end=m.end()),
            canonical=canonical,
            kind="state",
            country=code,
            generic=True,
            provenance=_new_provenance(
                confidence=0.4, reason="the state forces whose post or convoy was struck"
            ),
        )
    return _vehicle_owner(cluster, doc)


@functools.lru_cache(maxsize=64)
def _state_forces(prefix: str, code: str, day: _dt.date | None) -> str | None:
    """
    The canonical name of country *code*'s military or police (*prefix*,
    "Military Forces of"), of the regime period *day* falls in (else the
    latest), as the actors dictionary writes it; None for no such actor.
    """
    from conflictparse.parsers.actors._default import STATE_CLASSES, state_actors

    cls = next(k for k, v in STATE_CLASSES.items() if v == prefix)
    ident = f"{cls}-{code.lower()}"
    found = [a for a in state_actors() if a.id == ident or a.id.startswith(ident + "-")]
    if not found:
        return None
    return next(
        (a.canonical for a in found if day is None or a.valid_on(day)),
        found[-1].canonical,
    )


def _vehicle_owner(cluster: _Cluster, doc: Document) -> ActorMention | None:
    """
    The state forces whose vehicle a deed of *cluster* struck, by the
    nationality before it ("blew up an Israeli tank", "destroyed a Russian
    armoured vehicle"): the story's first mention of that state's military,
    if it names one; else None.
    """
    folded = doc.folded
    for s in cluster.sentences:
        if not s.triggers or (
            folded.find(" tank", s.start, s.end) < 0
            and folded.find(" armo", s.start, s.end) < 0
        ):
            continue  # (most sentences: none searched)
        m = _VEHICLE_STRUCK.search(folded, s.start, s.end)
        if m is None:
            continue
        from conflictparse.parsers.places._tables import demonyms

        codes = demonyms().get(m.group(1))
        if not codes or len(codes) > 1:
            return None  # (no nationality, or one of two countries: "Congolese")
        return next(
            (
                a
                for a in doc.actors
                if a.kind == "state"
                and a.country == codes[0]
                and (a.canonical or "").startswith("Military Forces of")
            ),
            None,
        )
    return None


#: A deed done to a tank of a nationality ("blown up an Israeli tank",
#: "destroyed two Russian tanks"), on folded text: group 1 is the
#: nationality's word. (Only tanks and armoured vehicles: a jeep or a truck
#: may be a militia's or a civilian's.)
_VEHICLE_STRUCK: Final = re.compile(
    r"\b(?:bl(?:own|ew)\sup|destroy(?:ed|ing)|hit|struck|target(?:ed|ing)|ambush(?:ed|ing)"
    r"|attack(?:ed|ing)|disabl(?:ed|ing))"
    r"\s(?:an?|the|two|three|four|several|\d+)\s([a-z]+)\s(?:military\s)?"
    r"(?:tanks?|armou?red\s(?:vehicles?|personnel\scarriers?))\b"
)


#: A deed done to a state's base or post ("overran two army posts",
#: "captured a military base", "stormed the police station", "seized a navy
#: outpost", "attacked an air base"), on folded text: group 1 is the kind of
#: force (every kind but the police's is the military's).
_FACILITY_STRUCK: Final = re.compile(
    r"\b(?:captur|overr[au]n|seiz|storm|raid|attack|overwhelm|sack|ambush)[a-z]*"
    r"\s(?:an?|the|two|three|four|several|\d+)?\s?(?:[a-z-]+\s)?"
    r"(military|army|police|battalion|security|naval|navy|air force|air)"
    r"\s(?:base|post|outpost|camp|headquarters|station|garrison|barracks"
    r"|convoy|patrol|checkpoint|position|installation)"
)


#: The kinds of a settlement no table knows that a cue told (the places
#: family's): one with no GeoNames id may lie anywhere in its province.
_UNKNOWN_LOCAL: Final = frozenset({"village", "populated_place"})

#: The date mention "overnight" alone, as a story writes it.
_OVERNIGHT_WORDS: Final = frozenset(["overnight", "Overnight", "OVERNIGHT"])

#: A milestone that a month or a year before it names, after an article:
#: "a November 2024 ceasefire", "the 2021 coup", "the March 2023 elections".
_MILESTONE_AFTER: Final = re.compile(
    r"\s+(?:ceasefire|cease-fire|truce|coup|elections?|vote|referendum|agreement"
    r"|accord|deal|peace|talks|summit|takeover|invasion|revolution|uprising)\b"
)
_MILESTONE_BEFORE: Final = re.compile(r"\b(?:an?|the|its|their|his|her)\s+\Z")


def _milestone_date(d: DateMention, folded: str) -> bool:
    """
    Whether the month or year *d* only names a milestone ("despite a
    November 2024 ceasefire", "since the 2021 coup"): it dates no incident
    of its sentence. An incident noun keeps its date ("in a June 2024 raid").
    """
    if d.precision not in ("month", "year"):
        return False
    start, end = d.span.start, d.span.end
    return (
        _MILESTONE_AFTER.match(folded, end) is not None
        and _MILESTONE_BEFORE.search(folded, max(start - 8, 0), start) is not None
    )


#: The canonical name of an armed group the report leaves unnamed.
_UNIDENTIFIED: Final = "Unidentified Armed Group"
#: The kinds of a named non-state armed group.
_NAMED_GROUP_KINDS: Final = frozenset({"rebel", "political_militia", "identity_militia"})


#: After a party: a call on it to stop ("urged the RSF to halt its attacks").
_CALLED_TO_STOP: Final = re.compile(r"\s+to\s+(?:halt|stop|end|cease|suspend)\b")


#: Right before a party: the title of a source it speaks for, after a verb
#: of saying (", said Babakura Kolo, a leader of the", "according to Ali
#: Musa, spokesman for the"): the source's body, no party of the deed.
#: The ends of the words before a party that :data:`_SPEAKERS_BODY` needs.
_BODY_OF_ENDS: Final = (
    " of ", " of the ", " for ", " for the ", " with ", " with the ",
    " in ", " in the ", " at ", " at the ",
)  # fmt: skip
_SPEAKERS_BODY: Final = re.compile(
    r"\b(?:said|says|told|according\s+to)\s+[^,.;\n]{1,50},\s+(?:(?:an?|the|one)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:leader|spokes\w+|head|chief|commander|official"
    r"|member|coordinator|chairman|secretary|director|officer|representative)"
    r"\s+(?:of|for|with|in|at)\s+(?:the\s+)?\Z"
)


#: Right after a party: it denied the deed ("the Pakistani Taliban denied
#: involvement", "the group has denied responsibility").
_DENIED_AFTER: Final = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:quickly\s+|swiftly\s+|later\s+)?"
    r"(?:denied|denies|deny|rejected|disowned)\b"
)


def _named_instead(
    cluster: _Cluster,
    key: str,
    votes: Mapping[str, list[float]],
    doc: Document,
) -> ActorMention | None:
    """
    The side A of an incident whose agent was read as an unidentified armed
    group (*key*) when the incident's sentences, or a sentence telling no
    deed right after one of them, name one armed group by name, acted on by
    nobody, and do not say nobody claimed it ("Armed gangs stormed
    Mirebalais ... The attackers belonged to the Viv Ansanm coalition", in a
    story naming another gang for another attack; "Gunmen from the Gran
    Grif gang killed 16"): its best mention; else None.
    """
    folded = doc.folded
    # (not a party called on to stop: "Amnesty urged the RSF to halt its
    # attacks on civilians", after gunmen killed 12 villagers, names no
    # agent of the killing; read as a deed still, the call may be all a
    # story says of who bombed)
    # (nor a group that denied it: "The Pakistani Taliban denied involvement")
    # (nor the body a source speaks for: "Jihadists killed 12 farmers ...,
    # said Babakura Kolo, a leader of the Civilian Joint Task Force")
    mentions = [
        a
        for s in cluster.sentences
        for a in s.actors
        if _CALLED_TO_STOP.match(folded, a.span.end) is None
        and _DENIED_AFTER.match(folded, a.span.end) is None
        and not (
            folded.endswith(_BODY_OF_ENDS, s.start, a.span.start)
            and _SPEAKERS_BODY.search(
                folded, max(s.start, a.span.start - 90), a.span.start
            )
            is not None
        )
    ]
    if any(
        a.canonical == key
        and a.generic
        and folded.endswith(_ALIGNED_BEFORE, max(0, a.span.start - 9), a.span.start)
        for a in mentions
    ):
        # "Army-backed fighters killed 20": the agent is told by whom it
        # stands with, and is not the named group another sentence names
        return None
    group = _only_named_group(mentions, key, votes)
    if group is None:
        # (read only when the incident's own sentences name none)
        spans = doc.sentences
        actors = doc.actors
        # ("shot dead by unidentified gunmen": a report that says it does not
        # know them names them only by referring back, "The attackers
        # belonged to ...", not by naming a group in its background)
        unnamed = any(
            a.canonical == key and unnamed_before(folded, a.span.start) for a in mentions
        )
        for s in cluster.sentences:
            n = bisect.bisect_left(spans, (s.end,))
            if n == len(spans):
                continue
            lo, hi = spans[n]
            if lo - s.end > 3:
                continue
            first = bisect.bisect_left(actors, lo, key=_SPAN_START)
            found = [
                a
                for a in actors[
                    first : bisect.bisect_left(actors, hi, lo=first, key=_SPAN_START)
                ]
                if _DENIED_AFTER.match(folded, a.span.end) is None
            ]
            if not any(a.kind in _NAMED_GROUP_KINDS for a in found):
                continue
            # ("The attackers belonged to ...": no deed, a party referred back
            # to; the scan stops at the first deed)
            parties = 0
            for m in _TRIGGER.finditer(folded, lo, hi, timeout=REGEX_TIMEOUT):
                if m.lastgroup != "party":
                    parties = -1
                    break
                parties += 1
            if parties > 0 or (parties == 0 and not unnamed):
                # (a sentence telling a deed is an incident's own, maybe another's)
                mentions.extend(found)
        group = _only_named_group(mentions, key, votes)
    if group is None:
        return None
    own = [a for a in mentions if a.canonical == group]
    if _unclaimed(cluster, folded) or (
        all(a.generic for a in own) and not any(_tied_to_own(a, doc) for a in own)
    ):
        return None
    return min(own, key=lambda a: (a.generic, a.metonymy, a.span.start))


def _tied_to_own(a: ActorMention, doc: Document) -> bool:
    """
    Whether the generic mention *a* is tied by its words to the group it was
    read as, named right after it ("He blamed fighters loyal to ISWAP"): a
    group named, though as an affiliation.
    """
    folded = doc.folded
    return any(
        b.canonical == a.canonical
        and not b.generic
        and 0 < b.span.start - a.span.end <= 24
        and affiliation_before(folded, b.span.start)
        for b in doc.actors
    )


def _only_named_group(
    mentions: Sequence[ActorMention], key: str, votes: Mapping[str, list[float]]
) -> str | None:
    """
    The one named armed group among *mentions* other than *key*, acted on by
    nobody (or more an agent than acted on: "the fighting pitted the Radaa
    force against the 444th Brigade"), else None.
    """
    named = {
        a.canonical
        for a in mentions
        if a.canonical
        and a.canonical != key
        and a.kind in _NAMED_GROUP_KINDS
        and not a.canonical.startswith(_UNIDENTIFIED)
        and (
            a.canonical not in votes
            or votes[a.canonical][1] <= 0
            or votes[a.canonical][0] > votes[a.canonical][1]
        )
    }
    return next(iter(named)) if len(named) == 1 else None


#: The canonical names of a state's armed forces (see the actors' state table).
_STATE_FORCES: Final = ("Military Forces of", "Police Forces of")


def _unclaimed(cluster: _Cluster, folded: str) -> bool:
    """
    Whether a sentence of *cluster*, or the sentence right after one, says
    nobody claimed the attack (_UNCLAIMED): "Gunmen killed six traders at a
    market in Afgoye. No group claimed the killings." (a sentence with no
    deed of its own, "the killings" being no trigger, joins no incident).
    """
    for s in cluster.sentences:
        stop = folded.find(".", s.end + 1, s.end + _NEXT_SENTENCE)
        end = stop if stop > 0 else s.end
        if "claim" in folded[s.start : end] and _UNCLAIMED.search(folded, s.start, end):
            return True
    return False


#: Ordnance left from fighting before: "a leftover mortar shell", "unexploded
#: ordnance", "an old landmine" (folded text).
_LEFTOVER_ORDNANCE: Final = re.compile(
    r"\b(?:leftover|left-over|unexploded|war-era|old)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:mortars?|shells?|bombs?|ordnance|munitions?|(?:land)?mines?|rockets?|grenades?)\b"
)


#: How far after an incident's sentence the next one is read for a
#: statement that nobody claimed it (:func:`_unclaimed`).
_NEXT_SENTENCE: Final = 120


# A statement that nobody claimed the attack: "no group has claimed
# responsibility", "no one immediately claimed it", "there was no claim of
# responsibility", "the attack has not been claimed", "an unclaimed bombing"
# (a bounded pattern of the standard library's ``re``: no timeout needed).
_UNCLAIMED: Final = lazy_re(
    globals(),
    "_UNCLAIMED",
    r"""
    \bno\s++(?:one|person|individual|(?:[\w-]++\s++)??(?:group|organi[sz]ation)s?+)\b
      [^.;]{0,40}?\bclaim
    | \bno\s++(?:immediate\s++)?+claims?\b
    | \b(?:was|were|has|have|had)\s++not\s++(?:yet\s++)?+(?:been\s++)?+claimed\b
    | \bunclaimed\b
    """,
    re.VERBOSE,
)


def _state_of(cluster: _Cluster, key: str) -> str | None:
    """The country of the actor *key* when it is a state actor of it, else ``None``."""
    for s in cluster.sentences:
        for a in s.actors:
            if _actor_key(a) == key:
                return a.country if a.kind == "state" and a.country else None
    return None


def _armed_victims(
    cluster: _Cluster, side_a: ActorMention | None, side_b: ActorMention | None
) -> bool:
    """
    Whether *side_b* is an armed side that a count of the incident harms
    while an armed *side_a* fought it ("ISWAP fighters killed 17 soldiers
    ... the army said troops killed 30 insurgents"): the army fired back,
    but it is the side attacked, not a bystander to replace with civilians.
    """
    if (
        side_a is None
        or side_b is None
        or side_a.kind not in _ARMED_SIDE_KINDS
        or side_b.kind not in _ARMED_SIDE_KINDS
    ):
        return False
    return any(
        c.actor == side_b.canonical and not c.subset and c.outcome in _HARM_OUTCOMES
        for s in cluster.sentences
        for c in s.casualties
    )


def _armed_target(
    cluster: _Cluster, side_a: ActorMention | None, side_b: ActorMention | None
) -> bool:
    """
    Whether the armed *side_b* is named after the attack's verb in the
    incident's first sentence telling it, and a count harms it ("attacked a
    convoy of lorries escorted by soldiers ... Three drivers were killed and
    five soldiers wounded"): the forces were the target, fought with, though
    civilians were the first dead counted; not soldiers who came later.
    """
    if not _armed_victims(cluster, side_a, side_b) or side_b is None:
        return False
    key = _actor_key(side_b)
    for s in cluster.sentences:
        if s.triggers:
            first = s.triggers[0].start
            return any(a.span.start > first and _actor_key(a) == key for a in s.actors)
    return False


#: The outcomes that harm a side (not "released", not "arrested").
_HARM_OUTCOMES: Final = frozenset({"killed", "wounded", "killed_or_wounded"})


def _clash_with(cluster: _Cluster, folded: str, side_b: ActorMention | None) -> bool:
    """
    Whether the incident is a clash ("troops clashed with al Shabaab
    fighters") and *side_b* an armed side of it: civilians killed in the
    crossfire stay in the toll, the armed group stays side B.
    """
    if side_b is None or side_b.kind not in _ARMED_SIDE_KINDS:
        return False
    return any(
        t.group == "battle" and folded.startswith(_CLASH_WORDS, t.start, t.end)
        for s in cluster.sentences
        for t in s.triggers
    )


# The kinds of actor that fight a clash (an unnamed "militia" is "unknown").
_ARMED_SIDE_KINDS: Final = frozenset(
    {"state", "rebel", "political_militia", "identity_militia", "unknown", "external"}
)
# A trigger naming a fight between two armed sides: one that starts with one
# of these words (``str.startswith`` over the trigger's folded span, a prefix
# test in C where a pattern's match cost a ``regex`` call).
_CLASH_WORDS: Final = (
    "clash", "fight", "fought", "battl", "gunfight", "firefight", "skirmish", "exchange",
)  # fmt: skip


def _fought_with(cluster: _Cluster, folded: str, side: ActorMention | None) -> bool:
    """
    Whether a word of a fight of two parties ("clashed", "clashes",
    "exchanged fire") has *side*, an armed party, right after its "with":
    "officers exchanged fire with the gangs", "after clashes with the army".
    """
    if side is None or side.kind not in _ARMED_SIDE_KINDS:
        return False
    key = _actor_key(side)
    for s in cluster.sentences:
        for t in s.triggers:
            if t.group != "battle" or not folded.startswith(_CLASH_WORDS, t.start, t.end):
                continue
            m = _WITH_AFTER.match(folded, t.end)
            if m is None:
                continue
            if any(
                a.span.start in (m.start(1), m.end()) and _actor_key(a) == key
                for a in s.actors
            ):
                return True
    return False


#: " with the " right after a fight's verb (folded text).
#: (group 1: where a mention holding its "the" starts)
_WITH_AFTER: Final = re.compile(r"\s+with\s+((?:the\s+)?)")


def _clash_between(cluster: _Cluster, folded: str) -> bool:
    """
    Whether a trigger of the incident names a fight *between* parties ("a
    gunfight between armed men from two communities", "an exchange of fire
    between"): armed men stood on both sides of it.
    """
    return any(
        t.group == "battle"
        and folded.startswith(_CLASH_WORDS, t.start, t.end)
        and _BETWEEN.match(folded, t.end) is not None
        for s in cluster.sentences
        for t in s.triggers
    )


def _fight_among(cluster: _Cluster, folded: str) -> ActorMention | None:
    """
    The one armed group a fight of the incident is told *between*, with no
    other party joined to it ("a gunfight between armed groups", "clashes
    between rival factions of the Sinaloa Cartel"); else None.
    """
    for s in cluster.sentences:
        for t in s.triggers:
            if t.group != "battle" or not folded.startswith(_CLASH_WORDS, t.start, t.end):
                continue
            m = _BETWEEN.match(folded, t.end)
            if m is None:
                continue
            a = next((a for a in s.actors if a.span.start >= m.end()), None)
            if (
                a is None
                or a.kind not in _ARMED_SIDE_KINDS
                or a.span.start - m.end() > 30
                or _AMONG_SECOND.match(folded, a.span.end) is not None
                or not folded.startswith(_AMONG_HEADS, m.end() + 1)
            ):
                continue
            return a
    return None


def _nameless_fight(cluster: _Cluster, folded: str) -> tuple[int, int] | None:
    """
    The span of the parties of a fight told *between* groups of one kind
    that no actor mention names ("clashes between rival armed factions",
    "a gunfight between two armed gangs"), with no second party joined;
    else None.
    """
    for s in cluster.sentences:
        for t in s.triggers:
            if t.group != "battle" or not folded.startswith(_CLASH_WORDS, t.start, t.end):
                continue
            m = _BETWEEN.match(folded, t.end)
            if m is None or not folded.startswith(_AMONG_HEADS, m.end() + 1):
                continue
            p = _AMONG_PHRASE.match(folded, m.end())
            if (
                p is None
                or _AMONG_SECOND.match(folded, p.end()) is not None
                or any(a.span.start < p.end() and a.span.end > m.end() for a in s.actors)
            ):
                continue
            return p.start() + 1, p.end()
    return None


#: The parties after "between" that _nameless_fight reads (folded text):
#: "rival armed factions", "two armed gangs".
_AMONG_PHRASE: Final = re.compile(
    r"\s(?:[a-z-]+\s){0,2}?(?:groups|factions|gangs|militias|clans|militants|men|fighters)\b"
)


#: How a fight's first party "between" names opens: a plural of one kind
#: ("armed groups", "rival gangs", "two clans", "factions of").
_AMONG_HEADS: Final = (
    "armed ", "rival ", "two ", "three ", "several ", "factions ", "gangs ", "militias ",
    "clans ",
)  # fmt: skip

#: After a party "between" names: a second one ("between M23 and the army").
_AMONG_SECOND: Final = re.compile(r"[^.;]{0,60}?\s(?:and|or|&)\s")


def _mutual_clash(cluster: _Cluster, folded: str) -> bool:
    """Whether a verb of the incident tells a fight of two parties with each other ("clashed", "fought")."""
    return any(
        t.group == "battle" and folded.startswith(_MUTUAL_VERBS, t.start)
        for s in cluster.sentences
        for t in s.triggers
    )


def _fought_each_other(
    cluster: _Cluster, folded: str, side_a: ActorMention | None, side_b: ActorMention
) -> bool:
    """
    Whether *side_a* and *side_b* are the joined subjects of a verb of a
    fight with each other ("M23 rebels and Wazalendo militias fought for
    control of the town"): a mention of each before the verb in its
    sentence, joined by "and" (not "soldiers clashed with the attackers",
    whose soldiers came to fight those who struck another side).
    """
    if side_a is None:
        return False
    key_a, key_b = _actor_key(side_a), _actor_key(side_b)
    for s in cluster.sentences:
        for t in s.triggers:
            if t.group != "battle" or not folded.startswith(_MUTUAL_VERBS, t.start):
                continue
            before = [a for a in s.actors if a.span.end <= t.start]
            for i, a in enumerate(before):
                if _actor_key(a) != key_a:
                    continue
                for b in before[i + 1 :]:
                    if (
                        _actor_key(b) == key_b
                        and " and " in folded[a.span.end : b.span.start]
                    ):
                        return True
    return False


#: The verbs of a fight whose joined subjects fought each other.
_MUTUAL_VERBS: Final = ("clashed", "fought", "battled", "skirmished", "exchanged fire")


# Right after a clash trigger: the fight is between two (or more) parties.
# (also past the fight's verb: "Clashes erupted between rival armed groups")
_BETWEEN: Final = lazy(
    globals(),
    "_BETWEEN",
    r"\s++(?:(?:erupted|broke\s++out|raged|flared(?:\s++up)?|resumed|continued)\s++)?between\b",
)


def _civilians_first(cluster: _Cluster, folded: str = "") -> bool:
    """
    Whether the incident's first count of dead is of civilians ("gunmen
    killed at least 20 civilians in a market") and no later count of dead
    is larger. With *folded*, a first count of "people" in a sentence that
    tells no fight counts too (:func:`_people_massacred`).
    """
    killed = [
        c
        for s in cluster.sentences
        for c in s.casualties
        if c.outcome == "killed" and not c.subset
    ]
    if not killed:
        return False
    if killed[0].victim != "civilians" and not (
        folded and _people_massacred(cluster, killed[0], folded)
    ):
        return False
    most = killed[0].best or killed[0].low or 0
    return all((c.best or c.low or 0) <= most for c in killed[1:])


def _people_massacred(cluster: _Cluster, c: CasualtyCount, folded: str) -> bool:
    """
    Whether *c* counts "people" of no side, killed in the first sentence of
    *cluster* telling a deed, which tells no fight nor an explosion and
    names no armed party after its deed ("Gunmen killed about 100 people in
    the village of Yelwata"): the dead of a massacre are civilians, though
    security forces later engaged the attackers (a toll told with a clash,
    "clashes killed 20 people", or of a deed waged on an armed party,
    "attacked M23 positions near Sake, leaving 14 people dead", is the
    fighters'; one told after a party's claim, "its forces had struck
    Houthi missile launchers ... four people were killed in the strikes",
    the target's).
    """
    if c.victim != "people" or c.actor is not None:
        return False
    s = next((o for o in cluster.sentences if o.triggers), None)
    if s is None or not s.start <= c.span.start < s.end:
        return False
    if any(
        t.group == "explosion"
        or (t.group == "battle" and folded.startswith(_CLASH_WORDS, t.start, t.end))
        for t in s.triggers
    ):
        return False
    # (an armed party the deed was waged on, "attacked M23 positions near
    # Sake, leaving 14 people dead", had the dead among its own)
    first = s.triggers[0].start
    return not any(a.span.start > first and a.kind in _ARMED_SIDE_KINDS for a in s.actors)


def _civilians_counted(cluster: _Cluster, before: int) -> bool:
    """
    Whether a count of *cluster* told before *before* harms people of no
    armed side (civilians, children, "people"). A toll told only after a
    party's claim is of the strikes it claimed ("said its forces had struck
    Houthi radar sites ... The health ministry said three people were
    killed in the strikes"), which leaves its target their side B.
    """
    return any(
        c.outcome in _HARMED
        and c.actor is None
        and c.victim in _CIVILIAN_VICTIMS
        and c.span.start < before
        for s in cluster.sentences
        for c in s.casualties
    )


def _civilian_victims(
    cluster: _Cluster, doc: Document, people: bool = False
) -> ActorMention | None:
    """
    The victims of the incident's first count of civilians (not "people")
    harmed; with *people*, the "people" of a massacre too
    (:func:`_people_massacred`).
    """
    for s in cluster.sentences:
        for c in s.casualties:
            if c.outcome in _HARMED and (
                c.victim == "civilians"
                or (people and _people_massacred(cluster, c, doc.folded))
            ):
                return _victim_actor(c, doc)
    return None


def _best_mention(cluster: _Cluster, key: str | None) -> ActorMention | None:
    if key is None:
        return None
    # (_actor_key written out: a call per actor costs more than the test)
    found = [
        a for s in cluster.sentences for a in s.actors if (a.canonical or a.text) == key
    ]
    # a named (non-generic, non-metonymic) mention reads best in a table
    if len(found) == 1:
        return found[0]  # (most keys are named once in an incident)
    return min(found, key=lambda a: (a.generic, a.metonymy, a.span.start))


def _group_key(c: CasualtyCount) -> str:
    return c.victim or c.actor or "unknown"


def _toll(c: CasualtyCount) -> int:
    return c.best or c.low or 0


#: Words right before a toll or inside it that make it a further one, not the
#: breakdown of a broader toll told elsewhere ("another four soldiers",
#: "five more children", "two other policemen").
_FURTHER_BEFORE: Final = lazy_re(
    globals(), "_FURTHER_BEFORE", r"\b(?:another|additional|more|other|further)\b"
)
#: The same after the toll, before its outcome ("five children were also killed").
_FURTHER_AFTER: Final = lazy_re(
    globals(), "_FURTHER_AFTER", r"^[a-z ]{0,20}?\b(?:also|too|separately)\b"
)


def _further_toll(c: CasualtyCount, folded: str) -> bool:
    """Whether the words at the count *c* say it adds to a toll told before."""
    start, end = c.span.start, c.span.end
    return bool(
        _FURTHER_BEFORE.search(folded, max(0, start - 12), end)
        or _FURTHER_AFTER.match(folded[end : end + 24])
    )


#: What stands between two counts listed side by side: "a teacher and a
#: security guard", "two soldiers, a policeman".
_LISTED: Final = re.compile(r",?\s+and\s+(?:his\s+|her\s+|their\s+)?|,\s+")


def _appositive(a: CasualtyCount, b: CasualtyCount, folded: str) -> bool:
    """
    Whether *b* only describes the one person *a* names, set after a comma:
    "Major Moises Giroldi, an officer who was killed" (one dead, not two).
    """
    return (
        a.best == 1
        and folded.startswith(",", a.span.end)
        and folded.startswith(("a ", "an "), b.span.start)
        and not folded.startswith(_NOT_A_NAME, a.span.start)
        and not folded[a.span.start : a.span.start + 1].isdigit()
    )


#: How a count that is no person's name starts (folded text).
_NOT_A_NAME: Final = ("a ", "an ", "one ", "the ", "his ", "her ", "their ")


def _deaths(
    counts: Sequence[CasualtyCount],
    sentences: Sequence[_Sentence] = (),
    folded: str = "",
    claimed: set[int] | frozenset[int] = frozenset(),
) -> tuple[int | None, int | None, int | None]:
    """
    The incident's deaths (low, best, high) from its *counts*, the counts of
    its *sentences* (which tell whether two counts share a sentence), the
    story's *folded* text (which tells whether a toll is a further one) and
    the ids of the counts a party *claimed* (:func:`_claimed_counts`).
    """
    killed = [
        c
        for c in counts
        if c.outcome == "killed"
        and not c.subset
        and (c.low is not None or c.best is not None)
    ]
    if not killed:
        return None, None, None
    died = [
        c
        for c in killed
        if not c.superseded
        and (
            c.provenance.reason == _DIED_OF_WOUNDS_REASON
            or (
                c is not killed[0]
                # (a party's claim bounds the toll: the further dead may be in it)
                and not claimed
                and c.provenance.reason is None
                and bool(folded)
                and _further_toll(c, folded)
                # ("more than 40 militants": a bound, no further dead)
                and folded.find("more than", c.span.start - 12, c.span.end) < 0
                and _right_after_a_toll(c, killed, sentences)
            )
        )
    ]
    if died and len(died) < len(killed):
        # the hurt who died later ("killed two people and wounded five ...
        # one of the injured later died in hospital") and further dead ("three
        # more people died in hospital on Tuesday") are dead the tolls told
        # before them did not count: they add to the toll (a later toll that
        # counts them replaced them: "bringing the death toll to three")
        rest = [c for c in killed if all(c is not d for d in died)]
        before: tuple[int | None, int | None, int | None] = _deaths(
            rest, sentences, folded, claimed
        )
        if before[1] is None:
            return before
        more = sum(map(_toll, died))
        return (
            None if before[0] is None else before[0] + more,
            before[1] + more,
            None if before[2] is None else before[2] + more,
        )
    competing = [c for c in killed if c.provenance.reason == _COMPETING_REASON]
    # (a party's claim, when there is one, is weighed below instead: the
    # other source's figure is then the neutral one)
    if competing and not claimed and len(competing) < len(killed):
        # a second source's figure for the same dead ("Amnesty said it had
        # counted at least 54 dead", after officials' 52) bounds the toll
        # instead of being picked as it (UCDP's low and high): higher, it
        # is the high estimate; lower, the low one (and so the conservative
        # figure ACLED takes); the best stays the first source's
        kept = [c for c in killed if c.provenance.reason != _COMPETING_REASON]
        # (names of their own, annotated: mypyc infers a local's type from
        # its first assignment, and this function assigns low/best/high later)
        bounds: tuple[int | None, int | None, int | None] = _deaths(
            kept, sentences, folded, claimed
        )
        kept_best = bounds[1]
        if kept_best is None:
            return bounds
        kept_low: int | None = bounds[0]
        kept_high: int | None = bounds[2]
        for c in competing:
            value = _toll(c)
            if value > kept_best:
                kept_high = max(kept_high if kept_high is not None else kept_best, value)
            elif value < (kept_low if kept_low is not None else kept_best):
                kept_low = value
        return kept_low, kept_best, kept_high
    if claimed:
        # a party's figure for its own deed ("JNIM said its fighters had
        # killed more than 100 soldiers") gives way to a figure of another
        # source for the same dead ("one source put the toll at around
        # 50"): UCDP's best estimate; the claim, when higher, is the high one
        neutral = [c for c in killed if id(c) not in claimed]
        if not neutral and _rival_claims(killed):
            # each side's claim of the other's dead ("Pakistan said it killed
            # 200 Taliban fighters", "the Taliban said they killed 58
            # soldiers"): neither is a toll, their sum is no more than a bound
            if any(c.high is None for c in killed):
                return None, None, None
            return None, None, sum(c.high or 0 for c in killed)
        counted = {_group_key(c) for c in neutral}
        # (a party's word on its own losses, whatever its outcome, covers the
        # foe's claim of them: "killed 47 soldiers", JNIM said; the army said
        # it "lost two soldiers")
        counted.update(
            _group_key(c)
            for c in counts
            if id(c) not in claimed
            and not c.subset
            and (
                c.outcome == "killed_or_wounded"
                # (and its word on its hurt: the government said "two
                # soldiers were lightly wounded")
                or (
                    c.outcome == "wounded"
                    and _group_key(c) not in _GENERIC_VICTIMS
                    and c.victim != "civilians"
                )
            )
        )
        # (and the broader group of each: "15 policemen" are some of the
        # "40 members of the security forces" the other side claims)
        counted.update([_BROADER_VICTIMS[k] for k in counted if k in _BROADER_VICTIMS])
        covered = [
            c
            for c in killed
            if id(c) in claimed
            and not counted.isdisjoint(
                (_group_key(c), _BROADER_VICTIMS.get(_group_key(c)), *_GENERIC_VICTIMS)
            )
        ]
        if covered:
            set_aside = set(map(id, covered))
            kept = [c for c in killed if id(c) not in set_aside]
            low, best, high = _deaths(kept, sentences, folded)
            claim = max(map(_toll, covered))
            if best is not None and claim > best:
                high = max(high or 0, claim)
            return low, best, high
    groups: dict[str, list[CasualtyCount]] = {}
    prev: CasualtyCount | None = None
    # (the counts listed side by side with another: "the village chief and
    # his two sons", of anyone and of kin, are more dead, not the same dead
    # told again, whatever their categories)
    listed: set[int] = set()
    if folded and len(killed) > 1:
        runs: list[list[CasualtyCount]] = [[killed[0]]]
        for a, b in pairwise(killed):
            if _LISTED.fullmatch(folded, a.span.end, b.span.start) is not None and not (
                _appositive(a, b, folded)
            ):
                runs[-1].append(b)
            else:
                runs.append([b])
        run_top = 0  # (the largest toll told before a run)
        for run in runs:
            # (a run no larger than a toll told before may name its dead:
            # "three members of the patrols were murdered" ... "Quispe,
            # Isidoro Saune and Dionisio Aguirre were killed")
            if len(run) > 1 and sum(map(_toll, run)) > run_top:
                listed.update(map(id, run))
            run_top = max(run_top, *map(_toll, run))
    for c in killed:
        key = _group_key(c)
        if (
            prev is not None
            and folded
            and key not in _GENERIC_VICTIMS
            and _group_key(prev) == key
            and _LISTED.fullmatch(folded, prev.span.end, c.span.start) is not None
        ):
            # "killing a teacher and a security guard", "two teachers and
            # three farmers": victims listed side by side are more dead of
            # one category, not the same dead told again
            key = f"{key}#{c.span.start}"
        elif key in _GENERIC_VICTIMS and id(c) in listed:
            key = f"listed#{c.span.start}"  # (counted with the specific tolls)
        groups.setdefault(key, []).append(c)
        prev = c

    def pick(cs: list[CasualtyCount]) -> CasualtyCount:
        if len(cs) == 1:
            return cs[0]  # (most groups: one count, no max() with its key calls)
        return max(cs, key=lambda c: (c.best or c.low or 0, c.low or 0))

    picked = {k: pick(cs) for k, cs in groups.items() if k not in _GENERIC_VICTIMS}
    for broad in _BROAD_VICTIMS.intersection(picked) if len(picked) > 1 else ():
        # the narrower groups are the broad one's breakdown when they are
        # told in other sentences and together are no more than its toll
        # (more, and some dead are not in it)
        parts = [k for k in picked if _BROADER_VICTIMS.get(k) == broad]
        if not parts or sum(_toll(picked[k]) for k in parts) > _toll(picked[broad]):
            continue
        where = {id(c): s for s in sentences for c in s.casualties}
        home = where.get(id(picked[broad]))
        told = [where.get(id(picked[k])) for k in parts]
        if (
            home is not None
            and all(s is not None and s.position != home.position for s in told)
            and not (folded and any(_further_toll(picked[k], folded) for k in parts))
        ):
            for k in parts:
                del picked[k]
    specific = list(picked.values())
    generic = [pick(cs) for k, cs in groups.items() if k in _GENERIC_VICTIMS]

    def total(cs: list[CasualtyCount]) -> tuple[int | None, int | None, int | None]:
        if not cs:
            return None, None, None
        if len(cs) == 1:
            # (the sums below of one count, without their generators)
            c = cs[0]
            return (
                (c.low if c.low is not None else c.best) or 0,
                (c.best if c.best is not None else c.low) or 0,
                c.high,
            )
        low = sum((c.low if c.low is not None else c.best) or 0 for c in cs)
        best = sum((c.best if c.best is not None else c.low) or 0 for c in cs)
        highs = [c.high for c in cs]
        high = sum(h for h in highs if h is not None) if None not in highs else None
        return low, best, high

    s_low, s_best, s_high = total(specific)
    # (the largest toll of unnamed victims: "dozens" in a headline and "at
    # least 43 Palestinians" in the lead count the same dead)
    top = max(generic, key=_toll) if generic else None
    g_low, g_best, g_high = total([top] if top is not None else [])
    if top is not None and specific and _attackers_apart(top, specific, sentences):
        # "at least 10 people, including the driver and several soldiers,
        # were killed in the attack ... troops killed 16 militants": the
        # attackers are not among the victims: both tolls count
        return total([top, *specific])
    if g_best is not None and (s_best is None or g_best >= s_best):
        return g_low, g_best, g_high
    return s_low, s_best, s_high


def _right_after_a_toll(
    c: CasualtyCount, killed: Sequence[CasualtyCount], sentences: Sequence[_Sentence]
) -> bool:
    """
    Whether the further dead *c* ("three more people died", "three herders
    were also killed") follow another of the *killed* in their sentence or
    the one before it: more than that toll (told further on, "another
    guerrilla" may be more than a detail of a round-up's total).
    """
    at = next((s for s in sentences if any(x is c for x in s.casualties)), None)
    if at is None:
        return False
    return any(
        x is not c and x.span.start < c.span.start and any(x is k for k in killed)
        for s in sentences
        if s.position in (at.position, at.position - 1)
        for x in s.casualties
    )


def _attackers_apart(
    top: CasualtyCount, specific: Sequence[CasualtyCount], sentences: Sequence[_Sentence]
) -> bool:
    """
    Whether the unnamed victims' toll *top* and the *specific* tolls count
    different dead: every specific toll is of militants, and *top*'s own
    sentence breaks it down ("including the driver and several soldiers")
    into victims none of whom are militants.
    """
    if not all(c.victim == "militants" for c in specific):
        return False
    for s in sentences:
        if any(c is top for c in s.casualties):
            parts = [
                c.victim
                for c in s.casualties
                if c.subset and c.span.start > top.span.start
            ]
            return bool(parts) and all(v is not None and v != "militants" for v in parts)
    return False


def _event_type(
    cluster: _Cluster,
    side_b: ActorMention | None,
    side_a: ActorMention | None = None,
    folded: str = "",
) -> str:
    groups = {t.group for s in cluster.sentences for t in s.triggers}
    if (
        ("explosion" in groups and _explosive_lead(cluster, groups, folded))
        or (side_a is not None and _weapon_named(side_a.text.lower()))
        or ("battle" in groups and folded and _attacked_with_weapons(cluster, folded))
    ):
        return "Explosions/Remote violence"
    # (prisoners freed by an assault on a police station were not its
    # target; hostages released, told of no fight, still are)
    freed = "battle" in groups
    victims = [
        c.victim
        for s in cluster.sentences
        for c in s.casualties
        if c.victim is not None and not (freed and c.outcome == "released")
    ]
    if (
        folded
        and "civilian" not in groups
        and (side_b is None or side_b.kind != "civilians")
        and all(v in _GENERIC_VICTIMS for v in victims)
        and _clash_between(cluster, folded)
    ):
        # a fight between armed parties that killed "people": no side is
        # named civilians, so the dead are taken as the fighters'
        return "Battles"
    civilian_target = (side_b is not None and side_b.kind == "civilians") or (
        bool(victims)
        and all(v in _CIVILIAN_VICTIMS for v in victims)
        # ("police killed four gang members": "people" of an armed side B
        # are its fighters)
        and not (
            side_b is not None
            and all(v in _GENERIC_VICTIMS for v in victims)
            and (
                # ("killed 27 soldiers and allied militiamen in an attack on a
                # military camp ... the deadliest assault on the army": unnamed
                # dead of an attack on state forces are theirs)
                (side_b.kind == "state" and "civilian" not in groups)
                or (
                    side_b.kind in _ORGANISED_KINDS
                    and _counts_side(cluster, side_b, folded)
                )
            )
        )
    )
    if (
        folded
        and (side_a is None or side_a.kind not in _ARMED_SIDE_KINDS)
        and any(
            _MOB_WORDS.search(folded, s.start, s.end) is not None
            for s in cluster.sentences
        )
    ):
        # "a mob lynched two men", "rioters beat a trader to death": a
        # crowd's violence (ACLED's mob violence is a riot), no armed side
        return "Riots"
    if "civilian" in groups and ("battle" not in groups or civilian_target):
        return "Violence against civilians"
    if civilian_target and (
        (
            not any(
                c.victim in ("militants", "soldiers", "police", "security forces")
                # (side A's own dead, "two gang members shot by police" in a
                # gang's massacre, make no armed side B of it)
                and not (
                    c.victim == "militants"
                    and side_a is not None
                    and c.actor == side_a.canonical
                )
                for s in cluster.sentences
                for c in s.casualties
            )
            # (a fight with an armed side B that also killed civilians, "seized
            # the town after clashes with the army ... 14 civilians were
            # killed by stray shells", is a battle)
            and not (folded and _clash_with(cluster, folded, side_b))
        )
        or (
            side_b is not None
            and side_b.kind == "civilians"
            and _civilians_first(cluster, folded)
        )
    ):
        return "Violence against civilians"
    if folded and _crowd_scene(cluster, folded, side_a, side_b):
        # "police fired tear gas at protesters, wounding 12", "rioters
        # clashed with police": a crowd, not two armed sides
        return "Riots"
    return "Battles"


#: Remote weapons an attack was made with, right after its verb and object
#: (folded text): "attacked Kyiv with hundreds of drones and missiles".
_WITH_WEAPONS: Final = lazy_re(
    globals(),
    "_WITH_WEAPONS",
    r"\s+(?:[\w'-]+\s+){0,3}?with\s+(?:(?:hundreds|dozens|scores)\s+of\s+|\d[\d,]*\s+"
    r"|several\s+|a\s+barrage\s+of\s+|a\s+wave\s+of\s+)?(?:[\w-]+\s+)?"
    r"(?:drones|missiles|rockets|artillery|shells|mortars)\b",
)


def _attacked_with_weapons(cluster: _Cluster, folded: str) -> bool:
    """Whether the incident's first deed is an attack made with remote weapons (:data:`_WITH_WEAPONS`)."""
    for s in cluster.sentences:
        for t in s.triggers:
            if t.group in ("harm", "party") or t.definite:
                continue
            return (
                t.group == "battle"
                and folded.startswith("attack", t.start)
                and _WITH_WEAPONS.match(folded, t.end, s.end) is not None
            )
    return False


def _explosive_lead(cluster: _Cluster, groups: set[str], folded: str = "") -> bool:
    """
    Whether an incident with an explosive deed is typed by it: unless it
    also tells a fight or an attack on civilians, whose first telling names
    no explosive ("militants stormed the base ... the army said its aircraft
    struck the attackers as they withdrew" is the assault, a battle: the air
    strike is a phase of it, told later). A headline naming no explosive
    is no telling: its "attack" is told by the lead ("Soldiers killed in
    rebel attack", then "rebels dropped explosives from drones on a base").
    """
    if "battle" not in groups and "civilian" not in groups:
        return True
    backing = False
    for s in cluster.sentences:
        acts = _kinds(s.triggers)
        if (
            acts
            and "explosion" not in acts
            and folded
            and _is_headline(cluster, s, folded)
        ):
            continue
        if (
            acts == {"battle"}
            and folded
            and _SHIP.search(folded, s.start, s.end) is not None
            and all(
                folded.startswith("attack", t.start)
                for t in s.triggers
                if t.group == "battle"
            )
        ):
            # "a merchant vessel reported being attacked west of Hodeidah ...
            # The vessel was struck by an unknown projectile": a ship at sea
            # attacked is told by what struck it, not by the bare verb
            continue
        if (
            "explosion" in acts
            and folded
            and all(
                _BACKING_BEFORE.search(folded, max(s.start, t.start - 48), t.start)
                for t in s.triggers
                if t.group == "explosion"
            )
        ):
            # "Somali forces backed by U.S. airstrikes killed 50 fighters in
            # an operation": the strikes supported the forces' deed, which
            # tells the incident (or a later sentence does)
            acts.discard("explosion")
            backing = True
            if not acts:
                continue
        if acts:
            return "explosion" in acts
    return not backing


#: Support told right before an explosive trigger ("backed by U.S.
#: airstrikes", "with the support of drone strikes"): read on at most 48
#: characters, so no time limit.
_BACKING_BEFORE: Final = re.compile(
    r"\b(?:(?:backed|supported|aided|assisted|covered)\s+by"
    r"|with\s+the\s+(?:help|support|backing)\s+of)\s+(?:[\w.'-]+\s+){0,3}\Z"
)


def _counts_side(cluster: _Cluster, side: ActorMention, folded: str) -> bool:
    """
    Whether a count of *cluster* counts members of the armed *side* ("four
    gang members" of that gang, "four members of the X gang").
    """
    for s in cluster.sentences:
        for c in s.casualties:
            if c.actor == side.canonical:
                return True
            end = c.span.end
            if folded.startswith(" of ", end) and end + 4 <= side.span.start <= end + 8:
                return True
    return False


#: The words of a crowd's violence: protests, riots, mobs (folded text).
_CROWD_WORDS: Final = lazy_re(
    globals(),
    "_CROWD_WORDS",
    r"\b(?:protest(?:er|or)?s?|demonstrat(?:ors?|ions?)|riot(?:s|ers?|ing)?|mobs?"
    r"|tear\sgas|stone[\s-]throwing|looters?)\b",
)
#: A crowd as the one who acted: a mob, rioters, a lynching (folded text).
_MOB_WORDS: Final = lazy_re(
    globals(), "_MOB_WORDS", r"\b(?:mobs?|rioters?|lynch(?:ed|ing|ings)?)\b"
)
#: Actor kinds that make a fight a battle, whatever crowd is around.
_ORGANISED_KINDS: Final = frozenset(
    {"rebel", "political_militia", "identity_militia", "external", "unknown"}
)


def _crowd_scene(
    cluster: _Cluster,
    folded: str,
    side_a: ActorMention | None,
    side_b: ActorMention | None,
) -> bool:
    """
    Whether an incident that would be a battle is a crowd's: a sentence of
    it names protesters, rioters, a mob or tear gas, and no organised armed
    group is a side.
    """
    if any(s is not None and s.kind in _ORGANISED_KINDS for s in (side_a, side_b)):
        return False
    return any(
        _CROWD_WORDS.search(folded, s.start, s.end) is not None for s in cluster.sentences
    )


class EventParser:
    """
    Assemble a report's dates, places, actors and casualty counts into events.

    >>> from conflictparse import (ActorMention, CasualtyCount, DateMention,
    ...     Document, PlaceMention, Span)
    >>> import datetime
    >>> text = ("Rebels attacked an army post in Bamako on Tuesday, "
    ...         "killing four soldiers.")
    >>> doc = Document(
    ...     text=text,
    ...     actors=[ActorMention(text="Rebels", span=Span(start=0, end=6),
    ...                          canonical="Rebels", kind="rebel")],
    ...     places=[PlaceMention(text="Bamako", span=Span(start=31, end=37),
    ...                          kind="city", country="ML")],
    ...     dates=[DateMention(text="on Tuesday", span=Span(start=38, end=48),
    ...                        value="2024-03-05", precision="day",
    ...                        earliest=datetime.date(2024, 3, 5),
    ...                        latest=datetime.date(2024, 3, 5))],
    ...     casualties=[CasualtyCount(text="four soldiers",
    ...                               span=Span(start=58, end=71),
    ...                               outcome="killed", low=4, best=4, high=4,
    ...                               victim="soldiers")],
    ... )
    >>> [event] = EventParser()(doc)
    >>> event.side_a.canonical, event.place.text, event.date.value
    ('Rebels', 'Bamako', '2024-03-05')
    >>> event.event_type, event.fatalities, (event.low, event.best, event.high)
    ('Battles', 4, (4, 4, 4))

    .. versionadded:: 0.1.0
    """

    __slots__ = ()
    name = "conflictparse.events"

    def __call__(self, doc: Document) -> tuple[Event, ...]:
        if not (doc.casualties or doc.dates or doc.places or doc.actors):
            # an incident needs a date, a place, an actor or a count
            # (_substantive): a story with none makes no event, and its
            # trigger words need not be read
            return ()
        return _events(doc)


def _events(doc: Document) -> tuple[Event, ...]:
    """The events of *doc*, every sentence read."""
    home = _Home(doc)
    sentences = _analyse(doc, home)
    if not sentences:
        return ()
    pub = doc.published
    # (not in ALL-CAPS copy of the MUC era, whose templates count a recalled
    # incident with the one it recalls, as the history rule above does)
    stale = (
        pub - _dt.timedelta(days=_STALE_DAYS)
        if pub is not None and not doc.shouting
        else None
    )
    clusters = [c for c in _cluster(sentences, doc.folded, stale) if _substantive(c)]
    fallback: list[DateMention | None] = []  # the dateline's week, made once
    votes: list[dict[str, list[float]]] = [{} for _ in clusters]
    replaced = [c for c in doc.casualties if c.superseded]
    superseded = ([c.span.start for c in replaced], replaced)
    sides = [_sides(c, doc, v, superseded) for c, v in zip(clusters, votes, strict=True)]
    story_agent = _story_agent(clusters, votes)
    if any(map(_CHILDREN, clusters)):
        clusters, sides = _parts_of_roundups(clusters, sides, doc)
    out: list[Event] = []  # (an incident may take the date of the one before)
    add = out.append
    # (whether an incident after the first tells dead of its own: then the
    # lead's toll may be the story's sum, see _lead_sum)
    later_dead = any(_has_dead(c) for c in islice(clusters, 1, None))
    lead = _lead_sum(clusters[0], doc.folded) if later_dead else None
    # (the dead the lead sums elsewhere: its own toll less the incident's,
    # or all of a toll told "across" a region, whose parts the body tells)
    rest = (
        lead[0] - lead[1]
        if lead is not None
        else _across_total(clusters[0], doc.folded)
        if later_dead
        else 0
    )
    # (whether the lead is a round-up of areas, and an incident after it told a date)
    roundup = len(clusters) > 1 and _areas_roundup(clusters[0], doc.folded)
    dated = False
    for n, (c, sd) in enumerate(zip(clusters, sides, strict=True), start=1):
        e = _build(
            c, doc, n, home, fallback, sd, story_agent, sentences, out, sides, lead
        )
        if (
            n > 1
            and out
            and not c.dates
            and (
                e.side_a is None
                or (
                    out[-1].side_a is not None
                    and e.side_a.canonical == out[-1].side_a.canonical
                )
            )
            and _OTHER_BARRAGE.match(doc.folded, c.sentences[0].start) is not None
        ):
            # "Other attacks hit Odesa and Zaporizhzhia, where a man was
            # killed", after a Russian missile strike on Dnipro: the rest of
            # the same barrage, its agent's and of its kind
            e = _roundup_part_of(e, c, out[-1], clusters[n - 2])
            if out[-1].event_type == "Explosions/Remote violence":
                e = attrs.evolve(e, event_type=out[-1].event_type)
        dead = e.fatalities
        if rest > 0 and n > 1 and dead and not c.dates:
            # an incident with no date of its own whose dead the lead's sum
            # counts ("at least 30 across Gaza on Tuesday": six in Nuseirat,
            # four in Khan Younis) happened on the lead's day, not some day of
            # the week up to the report
            if _other_country(e, clusters[0]):
                # (one in another country, "a woman was killed in the Belgorod
                # region", after "Russian strikes killed 23 across Ukraine",
                # is of the same night but no part of the sum, nor the
                # lead's agent's)
                e = _counted_by_lead(e, out[0], agent=False)
            elif dead > rest:
                rest = 0
            else:
                rest -= dead
                e = _counted_by_lead(e, out[0])
        elif (
            n > 1
            and roundup
            and not dated
            and not c.dates
            # (no date at all, or the dateline's week: the guess that is left)
            and (e.date is None or (fallback and e.date is fallback[0]))
        ):
            # "Russian drones and missiles struck several regions overnight
            # into Sunday ... Two women were injured in the Kharkiv region":
            # an undated part of a round-up lead of areas, with no incident
            # of its own day told between, is of the lead's night and deed,
            # not of the dateline's week (nor a killing of civilians when
            # it tells no deed of its own)
            e = _roundup_part_of(e, c, out[0], clusters[0])
        dated = dated or (n > 1 and bool(c.dates))
        add(e)
        lead = None  # (the first incident's only)
    return tuple(out)


#: The rest of a barrage told after one of its strikes: "Other attacks hit
#: Odesa", "Other Russian drones struck Kharkiv" (pattern source, folded
#: text; also a deed of the same day, :data:`_SAME_DAY_AFTER`).
_OTHER_BARRAGE_SOURCE: Final = (
    r"other\s+(?:[\w-]+\s+)?(?:attacks|strikes|air\s?strikes|drones|missiles|rockets"
    r"|shells)\s+(?:also\s+)?(?:hit|struck|targeted|killed|landed)\b"
)
_OTHER_BARRAGE: Final = re.compile(r"\W*" + _OTHER_BARRAGE_SOURCE)


#: A lead told over several areas: "struck several regions", "across the
#: Gaza Strip", "in three provinces" (folded text; not "across the border").
_AREAS_ROUNDUP: Final = lazy_re(
    globals(),
    "_AREAS_ROUNDUP",
    r"\b(?:across|throughout)\s(?!(?:the\s+)?(?:border|river|front|line|street|road)s?\b)"
    r"|\b(?:several|multiple|various|many|numerous|two|three|four|five|six|\d+)\s+"
    r"(?:\w+\s+)?(?:regions|provinces|oblasts|cities|towns|areas|districts|states"
    r"|governorates|parts\s+of)\b"
    # (a barrage: "attacked Kyiv with hundreds of drones and missiles overnight")
    r"|\b(?:hundreds|dozens|scores)\s+of\s+(?:[\w-]+\s+)?(?:drones|missiles|rockets)\b",
)


def _areas_roundup(cluster: _Cluster, folded: str) -> bool:
    """Whether the story's first incident is a round-up of areas (:data:`_AREAS_ROUNDUP`) in its first sentence."""
    s = cluster.sentences[0]
    return (
        any(t.group != "harm" for t in s.triggers)
        and _AREAS_ROUNDUP.search(folded, s.start, s.end) is not None
    )


def _roundup_part_of(e: Event, c: _Cluster, lead: Event, lead_cluster: _Cluster) -> Event:
    """
    *e*, an undated incident told after a round-up *lead* of areas, with the
    lead's date; in the lead's country, also its agent when *e* names none
    and its type when *e* tells only harm ("a man was killed", "two women
    were injured"): the lead's strikes, not a killing of civilians.
    """
    if lead.date is None or lead.date.precision != "day":
        return e
    if _other_country(e, lead_cluster):
        return attrs.evolve(e, date=lead.date)
    e = _counted_by_lead(e, lead)
    if (
        e.event_type != lead.event_type
        and lead.event_type == "Explosions/Remote violence"
        and all(t.group == "harm" for s in c.sentences for t in s.triggers)
    ):
        e = attrs.evolve(e, event_type=lead.event_type)
    return e


#: The reasons of a side A the incident's own words do not name: guesses a
#: lead's agent overrides (:func:`_counted_by_lead`).
_GUESSED_AGENT: Final = frozenset(
    {
        "the story's perpetrator (no agent in the incident)",
        "an air or drone strike nobody is said to have made",
    }
)


def _across_total(cluster: _Cluster, folded: str) -> int:
    """
    The lead's toll told "across" a region ("Israeli strikes across the Gaza
    Strip killed at least 35"), a sum of incidents the body tells apart; 0
    when the story's first incident has none.
    """
    for s in cluster.sentences:
        own = [c for c in s.casualties if c.outcome == "killed" and not c.subset]
        if own:
            if folded.find(" across ", s.start, s.end) < 0 and (
                # ("Israeli strikes on southern Lebanon killed five people",
                # naming no town: a part of a country's, as "across" tells)
                any(p.kind in _LOCAL_KINDS for p in s.places)
                or _PART_OF_COUNTRY.search(folded, s.start, s.end) is None
            ):
                return 0
            return max(map(_toll, own))
    return 0


#: A toll's area told as a part of a country: "on southern Lebanon", "in
#: eastern Ukraine", "throughout northern Gaza" (folded text).
_PART_OF_COUNTRY: Final = re.compile(
    r"\b(?:on|in|throughout)\s+(?:the\s+)?(?:southern|northern|eastern|western|central)\s"
)


def _other_country(e: Event, lead: _Cluster) -> bool:
    """
    Whether *e* lies in a country none of the *lead* incident's places is
    in: "Russian strikes killed 23 people across Ukraine" does not count a
    woman killed by a drone in Russia's Belgorod region, told after them.
    """
    countries = lead.places_seen.countries
    return (
        bool(countries)
        and e.place is not None
        and e.place.country is not None
        and e.place.country not in countries
    )


def _counted_by_lead(e: Event, lead: Event, *, agent: bool = True) -> Event:
    """
    *e*, an incident with no date of its own whose dead the *lead*'s sum
    counts, with the lead's day and, when it names none of its own (and
    *agent*), the lead's agent: "Israeli strikes killed at least 30 across
    Gaza on Tuesday ... six in Nuseirat, four in Khan Younis" are Tuesday's
    Israeli strikes (as the parts of a round-up of towns are).
    """
    day = lead.date
    if (
        day is not None
        and day.precision == "day"
        and (e.date is None or e.date.precision == "week")
    ):
        e = attrs.evolve(e, date=day)
    if not agent:
        return e
    perpetrator = lead.side_a
    if (
        perpetrator is not None
        and not perpetrator.generic
        and perpetrator.provenance.reason not in _GUESSED_AGENT
        and (e.side_a is None or e.side_a.provenance.reason in _GUESSED_AGENT)
    ):
        e = attrs.evolve(
            e,
            side_a=attrs.evolve(
                perpetrator,
                provenance=_new_provenance(
                    confidence=0.4,
                    reason="the lead's perpetrator (its sum counts these dead)",
                ),
            ),
        )
    return e


def _has_dead(cluster: _Cluster) -> bool:
    """Whether *cluster* tells a count of people killed."""
    return any(c.outcome == "killed" for s in cluster.sentences for c in s.casualties)


def _civil_key(c: CasualtyCount) -> str:
    """The group of *c*'s dead, with people, civilians and the unnamed as one."""
    key = _group_key(c)
    return "civilians" if key in _GENERIC_VICTIMS else key


def _sum_key(c: CasualtyCount) -> str:
    """
    :func:`_civil_key`, with men, women, children and the other kinds of
    civilians as one too: "nine people" in the lead sums "three men" killed
    in a car and "a couple and their two children" in a house.
    """
    key = _civil_key(c)
    return "civilians" if _VICTIM_KIND.get(key) == "civilians" else key


def _lead_sum(cluster: _Cluster, folded: str) -> tuple[int, int, int] | None:
    """
    The lead's sum in the story's first incident, when later incidents tell
    dead of their own: "Israeli strikes killed at least 30 across Gaza ...
    The strike on the house in Beit Lahiya killed 20", then six dead in
    Nuseirat. The incident's own toll is the first lower one a later
    sentence tells; the higher toll told before it sums the incidents told
    apart (ACLED codes one event per place). A toll that adds to another
    ("another four were killed") keeps the lead's. Returns the sum, the
    incident's own toll and where the sentence telling it starts; else None.
    """
    first = 0  # (the lead's toll: the first told)
    key = _civil_key  # (a lead's sum of people sums civilians of any kind)
    group = ""
    start = 0  # (where the incident's own toll is told)
    for s in cluster.sentences:
        own = [c for c in s.casualties if c.outcome == "killed" and not c.subset]
        if not own:
            continue
        top = max(map(_toll, own))
        if not first:
            if s.position <= 1:
                key = _sum_key
            first, group = top, key(own[0])
        if top == first:
            # (the headline's toll, then the lead's: the same sum)
            part = _included_part(s, first, folded)
            if part is not None:
                # (a part "including" tells is of the sum's dead, whatever it calls them)
                last, own, top, start = s, [part], _toll(part), part.span.start
                group = key(part)
                break
        elif 0 < top < first:
            last, start = s, s.start
            break
    else:
        return None
    if (
        not _towns(last.places)
        or any(_further_toll(c, folded) or c.approximate for c in own)
        or any(key(c) != group for c in own)
    ):
        # (a toll of another group, "11 of the kidnappers", "dozens of
        # militants", is no part of the lead's dead; nor one told at no town)
        return None
    return first, top, start


#: "including" right before a lower toll in the lead's sentence: the part
#: of the sum told at its own place ("killed 26 across Gaza, including eight
#: at a tent camp in al-Mawasi").
_INCLUDING: Final = lazy_re(globals(), "_INCLUDING", r"\bincluding\W+$")


def _included_part(s: _Sentence, first: int, folded: str) -> CasualtyCount | None:
    """
    The lower toll the lead's sentence *s* tells of its total *first* right
    after "including", when later incidents tell dead of their own: "Israeli
    strikes killed at least 26 across the Gaza Strip on Tuesday, including
    eight people killed when a tank shell hit a tent camp in al-Mawasi", then
    11 in Gaza City. The part is the incident's own toll (a list of tolls
    without "including", "30 in Gaza City and 12 in Khan Younis", adds up).
    The sum is told over an area ("across", a province, a region) and the
    part at a town of its own, in the same clause: "killing 23 people,
    including nine children" and "70 people, including 10 women, in an
    attack on Pont-Sonde" are one incident's dead.
    """
    top = [c for c in s.casualties if c.outcome == "killed" and _toll(c) == first]
    if not top:
        return None
    after = top[0].span.end
    for c in s.casualties:
        if not (
            c.outcome == "killed"
            and 0 < _toll(c) < first
            and c.span.start > after
            and _INCLUDING.search(folded, max(after, c.span.start - 12), c.span.start)
        ):
            continue
        if not (
            _ACROSS.search(folded, after, c.span.start)
            or any(
                p.kind not in _LOCAL_KINDS and after <= p.span.start < c.span.start
                for p in s.places
            )
        ):
            return None
        stop = _CLAUSE_END.search(folded, c.span.end, s.end)
        end = stop.start() if stop else s.end
        if any(
            p.kind in _LOCAL_KINDS and c.span.end <= p.span.start < end for p in s.places
        ):
            return c
        return None
    return None


#: The sum's area, before an included part (:func:`_included_part`).
_ACROSS: Final = lazy_re(globals(), "_ACROSS", r"\bacross\b")
#: Where the included part's clause ends.
_CLAUSE_END: Final = lazy_re(globals(), "_CLAUSE_END", r"[,;]")


def _without_sum(
    counts: Sequence[CasualtyCount], lead: tuple[int, int, int]
) -> list[CasualtyCount]:
    """*counts* less the lead's sum (:func:`_lead_sum`) told before the incident's own toll."""
    _, top, start = lead
    return [
        # (the part told after "including" is the incident's own toll, not a
        # breakdown of it: :func:`_included_part`)
        attrs.evolve(c, subset=False) if c.subset and c.span.start == start else c
        for c in counts
        if c.outcome != "killed" or c.span.start >= start or _toll(c) <= top
    ]


def _parts_of_roundups(
    clusters: list[_Cluster],
    sides: list[tuple[ActorMention | None, ActorMention | None]],
    doc: Document,
) -> tuple[list[_Cluster], list[tuple[ActorMention | None, ActorMention | None]]]:
    """
    The incidents without the round-ups told again town by town: each part
    takes the round-up's dates when it has none ("overnight", "on Monday" of
    the lead) and its agent when it names none ("Russian strikes killed
    nine ..."); the round-up's own total is the parts' sum, not an incident
    (kept, it would count the dead twice).
    """
    by_id = {id(c): sd for c, sd in zip(clusters, sides, strict=True)}
    kept: list[_Cluster] = []
    kept_sides: list[tuple[ActorMention | None, ActorMention | None]] = []
    untold = {id(c): _untold_towns(c) for c in clusters if c.children}
    for c, (side_a, side_b) in zip(clusters, sides, strict=True):
        if c.children:
            continue
        parent = c.parent
        if parent is not None:
            if not c.intervals:
                _lend_date(c, parent, doc)
            if id(parent) in by_id:
                lead_a, lead_b = by_id[id(parent)]
                if side_a is None:
                    side_a = lead_a
                if (
                    side_a is not None
                    and side_b is not None
                    and side_b.canonical == side_a.canonical
                    and lead_b is not None
                    and lead_b.canonical != side_a.canonical
                ):
                    # (a part whose only party is the lead's agent, its
                    # dead "80 of the attackers": the lead's side B fought it)
                    side_b = lead_b
        kept.append(c)
        kept_sides.append((side_a, side_b))
        if parent is not None and c is parent.children[-1] and untold.get(id(parent)):
            # the listed towns no part tells, after the round-up's last part
            parent_side = by_id.get(id(parent), (None, None))
            for town in untold[id(parent)]:
                if not town.intervals:
                    _lend_date(town, parent, doc)
                kept.append(town)
                kept_sides.append(parent_side)
    return kept, kept_sides


def _untold_towns(roundup: _Cluster) -> list[_Cluster]:
    """
    An incident for each town a round-up of towns lists and no part tells
    ("killed 11 people in Kharkiv, Odesa and Zaporizhzhia overnight", then
    only Kharkiv's four dead and Odesa's two): the lead's deed at that
    town, with the lead's date but no toll (the lead's total less the parts'
    is no figure the story gives, and the untold town's dead may be among
    the parts' wounded who died, or counted elsewhere). A round-up of
    provinces is left alone (its parts are towns in them, seldom all told).
    """
    listed = roundup.roundup
    if not listed or any(k.startswith("admin1:") for k in listed):
        return []
    told: set[str] = set()
    regions: set[str] = set()
    for child in roundup.children:
        for p in child.places:
            told.add(_place_key(p))
            if p.kind == "district" and p.admin1:
                # (a district of a listed town tells that town)
                regions.add(p.admin1)
    out: list[_Cluster] = []
    for s in roundup.sentences:
        for p in s.places:
            key = _list_key(p)
            if key is None or key not in listed or key in told or p.admin1 in regions:
                continue
            told.add(key)
            town = _Cluster()
            town.parent = roundup
            town.add(s._replace(places=(p,), casualties=()))
            out.append(town)
    return out


def _lend_date(part: _Cluster, roundup: _Cluster, doc: Document) -> None:
    """Give *part*, which has no date, its *roundup*'s dates, else the night the round-up tells."""
    if roundup.intervals:
        part.dates.extend(roundup.dates)
        part.intervals.update(roundup.intervals)
    else:  # "... overnight, officials said on Monday"
        night = _overnight_date(roundup, doc)
        if night is not None:
            part.dates.append(night)
            part.intervals.update(_intervals((night,)))


def _substantive(cluster: _Cluster) -> bool:
    """An incident needs a date, a place, an actor or a casualty count."""
    return any(s.dates or s.places or s.actors or s.casualties for s in cluster.sentences)


def _story_agent(
    clusters: Sequence[_Cluster], votes: Sequence[dict[str, list[float]]]
) -> ActorMention | None:
    """
    The story's perpetrator: the actor read as an agent more than as a
    patient over all its incidents (the most so, the first named on a tie),
    as the first mention of it that reads best.
    """
    total: dict[str, list[float]] = {}
    for v in votes:
        for key, (ag, pa) in v.items():
            t = total.setdefault(key, [0.0, 0.0])
            t[0] += ag
            t[1] += pa
    best_key: str | None = None
    best = 0.0
    for key, (ag, pa) in total.items():  # (in the order first read)
        if ag > 0 and ag - pa > best:
            best_key, best = key, ag - pa
    if best_key is None:
        return None
    for c in clusters:
        if any(_actor_key(a) == best_key for s in c.sentences for a in s.actors):
            return _best_mention(c, best_key)
    return None


def _elsewhere(agent: ActorMention, cluster: _Cluster, home: _Home) -> bool:
    """
    Whether the non-state *agent* belongs to another country than every
    place of *cluster*, which lies outside the story's home country too: a
    Colombian rebel group is not the guess for "in Mexico, 14 people were
    killed in fighting between cartel factions" told in a story from
    Bogota. (Groups cross borders: at home, a raid in Niger may still be
    the Sahel group's a story from Niamey is about. A state named by its
    weapons may strike abroad: see :func:`_strikes_abroad`.)
    """
    if agent.kind == "state" or not agent.country:
        return False
    countries = {p.country for p in cluster.places if p.country}
    return (
        bool(countries) and agent.country not in countries and home.get() not in countries
    )


def _strikes_abroad(agent: ActorMention, cluster: _Cluster) -> bool:
    """
    Whether the state *agent*, named by its weapons, may be the agent of
    *cluster*: the incident names places, none of them in that state ("a
    rocket fired from Lebanon" wounding a man in northern Israel is no
    Israeli strike).
    """
    if agent.provenance.reason != _WEAPON_REASON or not agent.country:
        return False
    countries = {p.country for p in cluster.places}
    return bool(countries) and agent.country not in countries


# A sentence opened by "they" and a deed of violence: "They attacked an
# army post", "They then opened fire on the crowd".
_PRONOUN_DEED: Final = re.compile(
    r"they\s+(?:\w+ly\s+|then\s+|also\s+){0,2}"
    r"(?:attack|ambush|storm|raid|kill|shot|shoot|opened\s+fire|abduct|kidnap|seiz|captur"
    r"|burn|torch|loot|behead|execut|massacr|shell|bomb)"
)


def _pronoun_agent(
    cluster: _Cluster, doc: Document, side_b: ActorMention | None, folded: str
) -> ActorMention | None:
    """
    Side A of an incident whose deed a sentence opened by "they" tells
    (none of its own sentences naming an agent): the first armed actor of
    the sentence before it, the pronoun's subject ("Residents said M23
    rebels entered the village. They attacked an army post"). *folded* is
    ``doc.folded``.
    """
    for s in cluster.sentences:
        if (
            not folded.startswith("they", s.start)
            or _PRONOUN_DEED.match(folded, s.start) is None
        ):
            continue
        lo = (
            max(folded.rfind(". ", 0, s.start - 2), folded.rfind("\n", 0, s.start - 1))
            + 1
        )
        for a in doc.actors:
            if a.span.start < lo:
                continue
            if a.span.end > s.start:
                break
            if a.kind in _PRONOUN_KINDS and (
                side_b is None or _actor_key(a) != _actor_key(side_b)
            ):
                return attrs.evolve(
                    a,
                    provenance=_new_provenance(
                        confidence=0.5,
                        reason='the subject a sentence\'s "they" refers to',
                    ),
                )
        return None
    return None


#: The kinds of actor a "they" of a violent deed may refer to.
_PRONOUN_KINDS: Final = frozenset(
    {"rebel", "political_militia", "identity_militia", "state", "external", "unknown"}
)


# An incident told as following the one before on its day: "Hours later,",
# "Later that day,", "On the same day," (it takes that incident's date).
_SAME_DAY_AFTER: Final = re.compile(
    r"\W*(?:(?:hours|minutes|moments)\s+later\b|later\s+(?:that|the\s+same)\s+"
    r"(?:day|night|evening|morning|afternoon)\b|(?:on\s+)?the\s+same\s+(?:day|night)\b"
    # ("Elsewhere, an air strike on a tent killed four": the story's round of
    # the same day, told place by place; "Other attacks hit Odesa and
    # Zaporizhzhia": the rest of the same barrage)
    r"|elsewhere\b|" + _OTHER_BARRAGE_SOURCE + ")"
)


# A deed told as what a party did next: "Security forces then shelled the
# village", "The gunmen then set fire to the houses" (the day of the
# incident told before).
_THEN_DEED: Final = re.compile(
    r"\W*(?:[\w'-]+\s+){1,4}?(?:then|later)\s+(?:[a-z]+ed|set|shot|hit|fought|struck)\b"
)


def _agent_elsewhere(
    agent: ActorMention,
    every: Sequence[tuple[ActorMention | None, ActorMention | None]],
    n: int,
) -> bool:
    """Whether *agent* is side A of an incident of *every* other than the *n*-th (from 1)."""
    key = _actor_key(agent)
    return any(
        a is not None and i != n and _actor_key(a) == key
        for i, (a, _b) in enumerate(every, start=1)
    )


def _aerial(cluster: _Cluster, folded: str) -> str | None:
    """
    Whether *cluster* tells an air strike ("air"), else a drone strike
    ("drone"), by its explosion triggers; else ``None``.
    """
    kind = None
    for s in cluster.sentences:
        for t in s.triggers:
            if t.group != "explosion":
                continue
            if folded.startswith("air", t.start):
                return "air"
            if folded.startswith("drone", t.start):
                kind = "drone"
    return kind


# A party's word that it launched weapons at a place: "the Houthis said they
# had launched drones at the port city of Eilat".
_LAUNCHED_AT: Final = re.compile(
    r"(?:launched|fired)\s+(?:\w+\s+){0,3}?(?:drones?|missiles?|rockets?)\s+"
    r"(?:at|on|towards?)\b"
)


def _launches(folded: str) -> Iterator[re.Match[str]]:
    """The _LAUNCHED_AT matches of *folded*, tried only where "launched" or "fired" starts a word."""
    for word in ("launched ", "fired "):
        at = folded.find(word)
        while at >= 0:
            if not (at and folded[at - 1].isalnum()):
                m = _LAUNCHED_AT.match(folded, at)
                if m is not None:
                    yield m
            at = folded.find(word, at + 6)


#: How far (in characters) from a strike a launch claim is looked for, and
#: how far a claim's sentence is read: a story's reach.
_LAUNCH_REACH: Final = 4000


def _launch_spans(doc: Document) -> tuple[tuple[int, int], ...]:
    """
    The spans of the _LAUNCHED_AT matches of *doc*'s folded text, in order,
    read once per story (kept in the story's own memo, which goes away with
    it: no global cache holds a text alive).
    """
    memo = doc._memo
    spans: tuple[tuple[int, int], ...] | None = memo.get("launches")
    if spans is None:
        spans = memo["launches"] = tuple(sorted(m.span() for m in _launches(doc.folded)))
    return spans


def _launcher(
    cluster: _Cluster, doc: Document, place: PlaceMention | None
) -> ActorMention | None:
    """
    Side A of a strike no sentence of it attributes: the party a sentence
    says launched drones, missiles or rockets at its place ("the
    Houthis said they had launched drones at ... Eilat"), as a coder takes
    the claim; else ``None``.
    """
    if place is None or not place.text:
        return None
    folded = doc.folded
    key = folded[place.span.start : place.span.end]
    launches = _launch_spans(doc)
    if not launches:
        return None
    # (the claims within a story's reach of the strike: a long text of many
    # strikes is read in linear time)
    here = cluster.sentences[0].start if cluster.sentences else place.span.start
    first = bisect.bisect_left(launches, (here - _LAUNCH_REACH, 0))
    last = bisect.bisect_right(launches, (here + _LAUNCH_REACH, 0))
    actors = doc.actors
    for at, end in launches[first:last]:
        # (the claim may be one of the strike's own sentences: its party is
        # the sayer, which reads as no side of it)
        stop = folded.find(". ", end, end + _LAUNCH_REACH)
        if (
            folded.find(
                key, end, stop if stop >= 0 else min(len(folded), end + _LAUNCH_REACH)
            )
            < 0
        ):
            continue
        back = max(0, at - _LAUNCH_REACH)
        lo = max(folded.rfind(". ", back, at), folded.rfind("\n", back, at)) + 1
        for a in actors[bisect.bisect_left(actors, lo, key=_SPAN_START) :]:
            if a.span.start > at:
                break
            if a.kind in _PRONOUN_KINDS:
                return attrs.evolve(
                    a,
                    provenance=_new_provenance(
                        confidence=0.5,
                        reason="the party that said it launched weapons at the place",
                    ),
                )
    return None


def _own_strike_speaker(cluster: _Cluster, folded: str) -> ActorMention | None:
    """
    A state's forces that tell of an air strike whose dead are militants:
    "the army said in a statement that air strikes carried out in the area
    had 'neutralised' more than 40 terrorists" (the speaker, named first and
    followed by its verb of saying, counts its enemies' dead: its own strike).
    """
    for s in cluster.sentences:
        if not s.actors or not any(c.victim == "militants" for c in s.casualties):
            continue
        a = s.actors[0]
        if (
            a.kind == "state"
            and (a.canonical or "").startswith(_STATE_FORCES)
            and _SAYS_AFTER.match(folded[a.span.end : min(s.end, a.span.end + 60)])
            and not any(c.victim in _CIVILIAN_VICTIMS for c in s.casualties)
        ):
            return a
    return None


def _unidentified_striker(
    cluster: _Cluster, doc: Document, place: PlaceMention | None, home: _Home
) -> ActorMention | None:
    """
    Side A of an air or drone strike no report attributes: the unidentified
    armed group of the country struck ("Unidentified Armed Group (Sudan)"),
    as a coder writes an unknown perpetrator, not a guess at whose aircraft
    it was; named by the strike's words ("an air strike").
    """
    folded = doc.folded
    for s in cluster.sentences:
        for t in s.triggers:
            if t.group == "explosion" and folded.startswith(("air", "drone"), t.start):
                own = _demonym_forces(doc, t.start, t.end)
                if own is not None:
                    return own
                return _unidentified(
                    doc.text[t.start : t.end],
                    _new_span(start=t.start, end=t.end),
                    place,
                    home,
                    "an air or drone strike nobody is said to have made",
                )
    return None


#: The word right before a place in folded text (group 1).
_WORD_BEFORE: Final = re.compile(r"\b([a-z]+)\s+$")


def _demonym_forces(doc: Document, start: int, end: int) -> ActorMention | None:
    """
    The military of the one country whose demonym stands right before the
    weapon at *start* ("Israeli aircraft later struck"), spanning both; else
    None.
    """
    from conflictparse.parsers.places._tables import demonyms

    m = _WORD_BEFORE.search(doc.folded, max(0, start - 30), start)
    codes = demonyms().get(m.group(1)) if m is not None else None
    if m is None or not codes or len(codes) > 1:
        return None
    lo = m.start(1)
    canonical = _state_forces("Military Forces of", codes[0], doc.published)
    if canonical is None:
        return None
    return _new_actor(
        text=doc.text[lo:end],
        span=_new_span(start=lo, end=end),
        canonical=canonical,
        kind="state",
        country=codes[0],
        provenance=_new_provenance(
            confidence=0.6, reason="demonym before the aircraft or drone that struck"
        ),
    )


#: The actors parser's reason for a generic mention taken as the report's
#: most salient armed group.
_SALIENT_REASON: Final = "most salient armed group of the report"


def _unidentified_of(
    side: ActorMention | None, code: str, countries: set[str]
) -> ActorMention | None:
    """
    *side*, when it is an unidentified armed group of a country none of the
    incident's places lies in (*countries*), as *code*'s.
    """
    if (
        side is None
        or not side.country  # (a group of no country is named as given)
        or side.country in countries
        or not (side.canonical or "").startswith(_UNIDENTIFIED)
    ):
        return side
    name = country_short_name(code)
    if not name:
        return side
    return attrs.evolve(side, canonical=f"{_UNIDENTIFIED} ({name})", country=code)


#: State forces suffering an attack (folded text, at a battle trigger or
#: just before it): "came under attack", "was ambushed", "were attacked".
_SUFFERED: Final = re.compile(
    r"(?:came|come|comes|coming)\s+under\s+(?:heavy\s+|an?\s+)?(?:attack|fire|gunfire)"
    r"|(?:was|were|had\s+been|has\s+been|have\s+been|been)\s+(?:\w+ly\s+)?"
    r"(?:attacked|ambushed|raided|stormed|targeted)"
)


#: An explosive device planted or driven, not fired (folded text).
_PLANTED: Final = lazy_re(
    globals(),
    "_PLANTED",
    r"\b(?:roadside\s+bombs?|(?:car|truck|motorcycle|bicycle)\s+bombs?"
    r"|improvised\s+explosive\s+devices?|ieds?|(?:land\s*)?mines?|explosive\s+devices?"
    r"|suicide\s+(?:bomb(?:er|ing)?s?|attack(?:er)?s?))\b",
)


def _planted_device(cluster: _Cluster, folded: str) -> tuple[int, int] | None:
    """
    The span of a planted explosive (:data:`_PLANTED`) an explosion trigger
    of the incident names, not a leftover one; else None.
    """
    for s in cluster.sentences:
        if not any(t.group == "explosion" for t in s.triggers):
            continue
        m = _PLANTED.search(folded, s.start, s.end)
        if m is not None:
            if _LEFTOVER_ORDNANCE.search(folded, s.start, s.end) is not None:
                return None
            return m.start(), m.end()
    return None


def _attack_suffered(cluster: _Cluster, folded: str) -> _Trigger | None:
    """
    The battle trigger of the incident that tells an attack suffered ("came
    under attack", "was ambushed"), the attack's own word; else None.
    """
    for s in cluster.sentences:
        for t in s.triggers:
            if t.group != "battle" or t.definite:
                continue
            lo = max(s.start, t.start - 40)
            m = _SUFFERED.search(folded, lo, t.end)
            if m is not None and m.end() == t.end:
                return t
    return None


def _unidentified(
    text: str,
    span: Span,
    place: PlaceMention | None,
    home: _Home,
    reason: str = "an attack nobody is said to have claimed",
) -> ActorMention:
    """The unidentified armed group of the incident's country (else the story's), named by *text*."""
    code = place.country if place is not None and place.country else home.get()
    name = country_short_name(code) if code else None
    return _new_actor(
        text=text,
        span=span,
        canonical=(
            f"Unidentified Armed Group ({name})" if name else "Unidentified Armed Group"
        ),
        kind="unknown",
        country=code,
        generic=True,
        provenance=_new_provenance(confidence=0.3, reason=reason),
    )


def _build(
    cluster: _Cluster,
    doc: Document,
    n: int,
    home: _Home,
    fallback: list[DateMention | None],
    sides: tuple[ActorMention | None, ActorMention | None],
    story_agent: ActorMention | None,
    told: Sequence[_Sentence],
    built: Sequence[Event] = (),
    every: Sequence[tuple[ActorMention | None, ActorMention | None]] = (),
    lead: tuple[int, int, int] | None = None,
) -> Event:
    side_a, side_b = sides
    folded = doc.folded  # (a Document property: read once)
    event_type = _event_type(cluster, side_b, side_a, folded)
    aerial = (
        _aerial(cluster, folded)
        if side_a is None and event_type == "Explosions/Remote violence"
        else None
    )
    if side_a is None:
        side_a = _pronoun_agent(cluster, doc, side_b, folded)
    place = _event_place(_scene_places(cluster, doc), doc, home, told, cluster)
    if side_a is None and event_type == "Explosions/Remote violence":
        # (a party's own claim to have launched weapons at the place comes
        # before any guess from the story's perpetrator)
        side_a = _launcher(cluster, doc, place)
    if (
        side_a is None
        and story_agent is not None
        and (story_agent.kind != "state" or _strikes_abroad(story_agent, cluster))
        # (an air strike is a state's, or an air force's: never the armed
        # group the story is about, which has none; nor is an unattributed
        # drone strike, which the text leaves to an unidentified party)
        and not (aerial is not None and story_agent.kind != "state")
        and not _unclaimed(cluster, folded)
        and (side_b is None or _actor_key(side_b) != _actor_key(story_agent))
        and not _elsewhere(story_agent, cluster, home)
        # ("an explosion at a cricket ground killed two children ... the
        # device appeared to be a leftover mortar shell": no one's deed of
        # the day, least of all the group that attacked a checkpoint)
        and not any(
            _LEFTOVER_ORDNANCE.search(folded, s.start, s.end) for s in cluster.sentences
        )
    ):
        # no agent named in the incident's own sentences: the story's
        # perpetrator, with a low confidence ("a bomb exploded in a market"
        # in a story of the Front's attacks). Not a state force: when they
        # act, their communiques and the reports name them; an unclaimed
        # bomb or raid is seldom theirs (on MUC-3/4, taking them too gave
        # perpetrator F1 0.298 instead of 0.303), unless the story named the
        # state by its weapons ("Russian missiles struck Kyiv and other
        # cities ... in Kryvyi Rih, 10 people were killed": the same
        # barrage, whose launcher the story already told). Nor when the incident's
        # sentences say nobody claimed it ("No group has claimed that
        # bombing"): the text declines the guess.
        side_a = attrs.evolve(
            story_agent,
            provenance=_new_provenance(
                confidence=0.3,
                reason="the story's perpetrator (no agent in the incident)",
            ),
        )
    if (
        side_a is None
        and event_type == "Battles"
        and side_b is not None
        and side_b.kind == "state"
        # (not the ALL-CAPS copy of the 1980s and 1990s, coded as MUC-3/4
        # codes it: a perpetrator the text does not name is left blank there;
        # taken, four such attacks lowered MUC perpetrator F1 0.331 to 0.330)
        and not doc.shouting
        and (struck := _attack_suffered(cluster, folded)) is not None
    ):
        # "A police patrol came under attack near Afgoye, killing three
        # officers": forces attacked by no one the story names, an
        # unidentified armed group of the country, as ACLED codes it
        side_a = _unidentified(
            doc.text[struck.start : struck.end],
            _new_span(start=struck.start, end=struck.end),
            place,
            home,
            "an attack on state forces by no one named",
        )
    if (
        side_a is None
        and event_type == "Explosions/Remote violence"
        and aerial is None
        and not doc.shouting  # (as above)
        and (device := _planted_device(cluster, folded)) is not None
        # (one told as unclaimed is named so below)
        and not _unclaimed(cluster, folded)
    ):
        # "A roadside bomb struck a minibus on the road to Afgoye": a device
        # planted by no one the story names, an unidentified armed group's
        side_a = _unidentified(
            doc.text[device[0] : device[1]],
            _new_span(start=device[0], end=device[1]),
            place,
            home,
            "a planted explosive nobody is said to have set",
        )
    if (
        event_type == "Battles"
        and (side_a is None or side_a.kind == "unknown")
        and (side_b is None or side_b.kind == "unknown")
        and (among := _nameless_fight(cluster, folded)) is not None
    ):
        # "Clashes between rival armed factions in Tripoli killed six":
        # one unidentified armed group on both sides, as a coder writes a
        # fight among groups the report does not name
        side_a = side_b = _unidentified(
            doc.text[among[0] : among[1]],
            _new_span(start=among[0], end=among[1]),
            place,
            home,
            "a fight between armed groups the report does not name",
        )
    if side_a is None and side_b is None and event_type == "Battles":
        # "Fighting continued on Tuesday around the city of El Obeid", in a
        # story whose only armed parties are "Sudan's army and the
        # paramilitary Rapid Support Forces": the fight is theirs
        pair = _warring_pair(doc)
        if pair is not None:
            side_a, side_b = pair
    counts = tuple(c for s in cluster.sentences for c in s.casualties)
    # (a claim gives way only to another count: with one toll, none is sought)
    claimed: set[int] | frozenset[int] = (
        _claimed_counts(cluster, folded)
        if len(counts) > 1 and sum(c.outcome == "killed" for c in counts) > 1
        else frozenset()
    )
    low, best, high = _deaths(
        _without_sum(counts, lead) if lead else counts, cluster.sentences, folded, claimed
    )
    fatalities = low if low is not None else best
    words = sorted(
        {doc.text[t.start : t.end].lower() for s in cluster.sentences for t in s.triggers}
    )
    if side_a is None and aerial is not None:
        side_a = _own_strike_speaker(cluster, folded) or _unidentified_striker(
            cluster, doc, place, home
        )
    elif side_a is None and cluster.sentences and _unclaimed(cluster, folded):
        # ("No one claimed responsibility for the Quetta bombing": the
        # report says nobody is known to have done it, and a coder writes
        # the unidentified armed group; named by the deed's word)
        t = next((t for s in cluster.sentences for t in s.triggers), None)
        if t is not None:
            side_a = _unidentified(
                doc.text[t.start : t.end],
                _new_span(start=t.start, end=t.end),
                place,
                home,
            )
    elif (
        side_a is not None
        and side_a.generic
        and side_a.provenance.reason == _SALIENT_REASON
        # (the incident's own words first: the other incidents are read only
        # for one told as unclaimed, so a long story stays linear)
        and _unclaimed(cluster, folded)
        and _agent_elsewhere(side_a, every, n)
    ):
        # "gunmen killed 12 people ... No group claimed the attack": the
        # report declines to name them, and so does a coder, not the group
        # the story names most for another incident (one it names only as
        # threatening such attacks is the report's own suspect)
        side_a = _unidentified(side_a.text, side_a.span, place, home)
    if (
        place is not None
        and place.country
        and (
            (side_a is not None and side_a.kind == "unknown")
            or (side_b is not None and side_b.kind == "unknown")
        )
    ):
        # "Islamist insurgents beheaded 11 villagers in Cabo Delgado", in a
        # story that names Rwanda's troops more than Mozambique: an unnamed
        # group is the unidentified armed group of the country it struck in
        # (the incident's own places, none of the group's country: a
        # fallback place, or a namesake among them, is too weak to rename)
        # (nor a group of the story's home country: "Kech", read as a
        # German district in a story from Quetta, renames no Pakistani group)
        own = {p.country for p in cluster.places if p.country}
        if place.country in own:
            own.add(home.get() or "")
            side_a = _unidentified_of(side_a, place.country, own)
            side_b = _unidentified_of(side_b, place.country, own)
    if (
        side_b is None
        and event_type in ("Battles", "Explosions/Remote violence")
        and place is not None
        # (a state's own forces may be the harmed: "Salvadoran troops
        # sustained casualties, including a wounded officer", in Honduras)
        and (side_a is None or side_a.kind != "state")
    ):
        # "Gunmen shot dead a senior intelligence officer in Peshawar": the
        # harmed state forces no actor names are the forces of the country
        side_b = _harmed_forces(cluster, doc, place)
    if (
        (side_b is None or side_b.canonical == "Civilians")
        and event_type != "Riots"
        and (place is None or place.kind == "water" or place.country is None)
        and (crew := _merchant_crew(cluster, doc, side_b)) is not None
    ):
        # "A Greek-owned merchant ship was struck by a missile fired by
        # Yemen's Houthis in the Gulf of Aden": a foreign merchant crew at
        # sea, as ACLED writes them
        side_b = crew
    if (
        side_a is not None
        and side_a.kind == "state"
        and side_a.country
        and event_type in ("Explosions/Remote violence", "Battles")
        and (side_a.canonical or "").startswith("Government of")
    ):
        # "The junta later carried out air strikes": a state's strikes and
        # fights are its forces' deeds, as a coder writes side A, not its
        # government's (named by the regime period of the report's day;
        # not when its forces are side B, a government against its army)
        forces = _state_forces("Military Forces of", side_a.country, doc.published)
        if forces is not None and (side_b is None or side_b.canonical != forces):
            side_a = attrs.evolve(side_a, canonical=forces)
    return _new_event(
        id=f"e{n}",
        event_type=event_type,
        date=_event_date(cluster.dates)
        or (
            # (the date of the incident told before, *built* last)
            built[-1].date
            if built
            and (
                _SAME_DAY_AFTER.match(folded, cluster.sentences[0].start) is not None
                or _came_hours_after(folded, cluster.sentences[0].start)
                or _THEN_DEED.match(folded, cluster.sentences[0].start) is not None
            )
            else None
        )
        or (
            _days_before(built[-1].date, folded, cluster.sentences[0].start)
            if built
            else None
        )
        or _overnight_date(cluster, doc)
        or _fallback_date(doc, fallback),
        place=place,
        side_a=side_a,
        side_b=side_b,
        casualties=counts,
        low=low,
        best=best,
        high=high,
        fatalities=fatalities,
        support=tuple(_new_span(start=s.start, end=s.end) for s in cluster.sentences),
        provenance=_new_provenance(
            confidence=min(1.0, 0.5 + 0.1 * len(cluster.sentences)),
            reason="triggers: " + ", ".join(words[:6]),
        ),
    )


#: The words of a count of state forces (folded text).
_FORCES_WORDS: Final = lazy_re(
    globals(),
    "_FORCES_WORDS",
    r"\b(?:soldiers?|troops?|troopers?|officers?|police\w*|constables?|gendarmes?"
    r"|military|army|servicem[ae]n|intelligence|commandos?|rangers?|paratroopers?"
    r"|marines?|sergeants?|captains?|colonels?|generals?|lieutenants?)\b",
)


def _harmed_forces(
    cluster: _Cluster, doc: Document, place: PlaceMention
) -> ActorMention | None:
    """
    The state forces of *place*'s country that a count of the incident harms
    and no actor names ("a senior intelligence officer", "two soldiers"):
    its police for a count that says so, else its military; None when no
    count harms such forces, or the country has none in the dictionary.
    """
    code = place.country
    if not code:
        return None
    folded = doc.folded
    for s in cluster.sentences:
        for c in s.casualties:
            if (
                c.actor is not None
                or c.outcome not in _HARMED
                or c.victim not in ("soldiers", "police", "security forces")
                or _is_zero(c)
                # (forces by their words: "two guards" of a depot may be anyone's)
                or _FORCES_WORDS.search(folded, c.span.start, c.span.end) is None
            ):
                continue
            police = c.victim == "police" or any(
                folded.find(w, c.span.start, c.span.end) >= 0
                for w in ("police", "constable", "gendarme")
            )
            prefix = "Police Forces of" if police else "Military Forces of"
            canonical = _state_forces(prefix, code, doc.published)
            if canonical is None:
                return None
            return _new_actor(
                text=c.text,
                span=c.span,
                canonical=canonical,
                kind="state",
                country=code,
                provenance=_new_provenance(
                    confidence=0.4, reason="the state forces a count harms"
                ),
            )
    return None


#: A merchant ship (folded text): "a merchant vessel", "a Liberian-flagged
#: tanker", "the bulk carrier", "a container ship".
_MERCHANT_SHIP: Final = lazy_re(
    globals(),
    "_MERCHANT_SHIP",
    r"\b(?:(?:merchant|cargo|commercial|container|grain|chemical|oil|fuel|lng|gas)"
    r"\s+(?:vessel|ship|tanker|carrier)s?|(?:bulk|car)\s+carriers?|freighters?"
    r"|(?:[a-z]+-(?:flagged|owned|operated)\s+)(?:[a-z-]+\s+)?(?:vessel|ship|tanker)s?"
    r"|tankers?)\b",
)
#: A warship or a navy's boat: its crew are forces, not civilians.
_WARSHIP: Final = lazy_re(
    globals(),
    "_WARSHIP",
    r"\b(?:warships?|destroyers?|frigates?|navy|naval|corvettes?|patrol\s+boats?"
    r"|aircraft\s+carriers?|coast\s+guard)\b",
)


def _merchant_crew(
    cluster: _Cluster, doc: Document, victims: ActorMention | None
) -> ActorMention | None:
    """
    The crew of a merchant ship the incident tells of, at sea, as ACLED's
    "Civilians (International)": named by the count of its harmed (*victims*)
    when there is one, else by the ship; None when no merchant ship is told,
    or a warship is.
    """
    folded = doc.folded
    ship: re.Match[str] | None = None
    for s in cluster.sentences:
        if folded.find("ship", s.start, s.end) < 0 and not any(
            folded.find(w, s.start, s.end) >= 0
            for w in ("vessel", "tanker", "carrier", "freighter")
        ):
            continue
        if _WARSHIP.search(folded, s.start, s.end) is not None:
            return None
        if ship is None:
            ship = _MERCHANT_SHIP.search(folded, s.start, s.end)
    if ship is None:
        return None
    span = (
        victims.span
        if victims is not None
        else _new_span(start=ship.start(), end=ship.end())
    )
    return _new_actor(
        text=doc.text[span.start : span.end],
        span=span,
        canonical="Civilians (International)",
        kind="civilians",
        provenance=_new_provenance(
            confidence=0.5, reason="the crew of a merchant ship at sea"
        ),
    )


def _warring_pair(doc: Document) -> tuple[ActorMention, ActorMention] | None:
    """
    The two armed parties of a story that names no other, both named in
    one sentence, as guesses of low confidence: a battle whose own
    sentences name nobody is theirs. A third armed party, two never named
    together, or two forces of one state (an army and its police) leave it
    unread. An armed group comes first (a state's forces second): on
    MUC-3/4 the group was the one the reports made the attacker.
    """
    first: dict[str, ActorMention] = {}
    for a in doc.actors:
        if a.kind not in _WARRING_KINDS or (
            a.kind == "state" and not (a.canonical or "").startswith(_STATE_FORCES)
        ):
            continue
        key = _actor_key(a)
        if key not in first:
            if len(first) == 2:
                return None
            first[key] = a
    if len(first) != 2:
        return None
    one, other = first.values()
    if one.kind == "state":
        if other.kind == "state":
            return None
        one, other = other, one
    one_key, other_key = _actor_key(one), _actor_key(other)
    spans = doc.sentences
    starts = list(map(_FIRST, spans))
    told: dict[int, set[str]] = {}
    for a in doc.actors:
        key = _actor_key(a)
        if key in (one_key, other_key):
            told.setdefault(bisect.bisect_right(starts, a.span.start), set()).add(key)
    if not any(len(keys) == 2 for keys in told.values()):
        return None
    guess = _new_provenance(
        confidence=0.3,
        reason="the story's two armed parties (none named in the incident)",
    )
    return attrs.evolve(one, provenance=guess), attrs.evolve(other, provenance=guess)


#: The kinds of actor that wage a war: a state's forces and armed groups.
_WARRING_KINDS: Final = frozenset(
    {"state", "rebel", "political_militia", "identity_militia"}
)


# --- modern wire copy -----------------------------------------------------------

# A night before the day a report names: "struck ... overnight, officials
# said on Thursday" happened in the night up to that day.
_OVERNIGHT: Final = lazy(
    globals(),
    "_OVERNIGHT",
    r"\b(?:overnight|last\snight|during\sthe\snight|in\sthe\searly\shours)\b",
)


def _days_before(date: DateMention | None, folded: str, start: int) -> DateMention | None:
    """
    For an incident of no date told as what the one before came days after
    ("The attack came a day after a missile strike on Sumy killed four"):
    *date*, the day of the incident before, less those days; else None.
    """
    if date is None or date.precision != "day" or date.earliest is None:
        return None
    m = _CAME_DAYS_AFTER.match(folded, start)
    if m is None and folded.endswith(" after ", 0, start):
        # (the sentence cut at "after": its first half holds "came")
        m = _CAME_DAYS_AFTER.search(folded, max(0, start - 70), start)
        if m is not None and m.end() != start:
            m = None
    if m is None:
        return None
    n = _DAY_COUNTS.get(m.group(1), 0)
    if not n:
        # ("The attack came days after al Shabaab fighters stormed a base":
        # some day of the week before the incident told before)
        first = date.earliest - _dt.timedelta(days=7)
        last = date.earliest - _dt.timedelta(days=1)
        return _evolved(
            date,
            kind="range",
            value=f"{first.isoformat()}/{last.isoformat()}",
            precision="week",
            earliest=first,
            latest=last,
            provenance=Provenance(
                confidence=0.4,
                reason="days before the incident told before, which came after it",
            ),
        )
    day = date.earliest - _dt.timedelta(days=n)
    return _evolved(
        date,
        kind="date",
        value=day.isoformat(),
        earliest=day,
        latest=day,
        provenance=Provenance(
            confidence=0.6,
            reason="days before the incident told before, which came after it",
        ),
    )


#: "The attack came a day after", "came two days after" (folded text): the
#: count of days is group 1.
_CAME_DAYS_AFTER: Final = re.compile(
    r"[^.;\n]{0,60}?\bcame\s+(?:just\s+|only\s+)?(a|one|two|three|a\s+few|several|)\s*days?\s+after\s"
)
_DAY_COUNTS: Final = {"a": 1, "one": 1, "two": 2, "three": 3}


def _overnight_date(cluster: _Cluster, doc: Document) -> DateMention | None:
    """
    For an incident with no date of its own, told in a sentence that holds
    "overnight" (:data:`_OVERNIGHT`) and the day of the report ("officials
    said on Thursday"): the night up to that day (the day before, and the day).
    A sentence with no such day ("drones attacked the Belgorod region
    overnight, wounding three, the governor said") takes the night up to
    the dateline's day: the night before the report, not its whole week;
    with no date in the dateline, the night up to the publication day
    (the dates family's reading of "overnight").
    """
    folded = doc.folded
    told = False  # (a sentence said "overnight" and named no day of its report)
    own: DateMention | None = None  # (its "overnight", as the dates family read it)
    for s in cluster.sentences:
        # (a plain alternation of words: its search is linear, no timeout)
        if folded.find("night", s.start, s.end) < 0 or not _OVERNIGHT.search(
            folded, s.start, s.end
        ):
            continue
        told = True
        i = bisect.bisect_left(doc.dates, s.start, key=_SPAN_START)
        for d in doc.dates[i:]:
            if d.span.start >= s.end:
                break
            if own is None and d.text in _OVERNIGHT_WORDS and d.resolved:
                own = d
            if (
                d.resolved
                and d.kind == "date"
                and d.precision == "day"
                and d.earliest is not None
                and d.earliest == d.latest
                and (doc.published is None or d.earliest <= doc.published)
                and _is_reporting_date(folded, d, s.start)
            ):
                day = d.earliest
                night = day - _dt.timedelta(days=1)
                return _evolved(
                    d,
                    kind="range",
                    value=f"{night.isoformat()}/{day.isoformat()}",
                    earliest=night,
                    latest=day,
                    provenance=Provenance(
                        confidence=0.6,
                        reason="overnight, up to the day of the report",
                    ),
                )
    if not told:
        return None
    up_to = _dateline_night(doc)
    if (
        up_to is None
        and own is not None
        and (doc.dateline is None or doc.dateline.date is None)
    ):
        # no dateline, or one with no date ("PESHAWAR, Pakistan (AP) -"): the night
        # up to the publication day, as the dates family read "overnight"
        # (a day of the report in the sentence was looked for first)
        up_to = _evolved(
            own,
            provenance=Provenance(
                confidence=0.5, reason="overnight, up to the publication day"
            ),
        )
    return up_to


def _dateline_night(doc: Document) -> DateMention | None:
    """The night up to the dateline's day, from its date written in the dateline; else None."""
    dl = doc.dateline
    if dl is None or dl.date is None:
        return None
    day = dl.date
    limit = dl.span.end + 40
    for d in doc.dates:
        if d.span.start >= limit:
            break
        if d.earliest == day == d.latest:
            night = day - _dt.timedelta(days=1)
            return _evolved(
                d,
                kind="range",
                value=f"{night.isoformat()}/{day.isoformat()}",
                precision="day",
                earliest=night,
                latest=day,
                provenance=Provenance(
                    confidence=0.5,
                    reason="overnight, up to the dateline's day",
                ),
            )
    return None


# "the Yemeni capital", "the Somali capital": a demonym before "capital".
_CAPITAL_AFTER: Final = " capital"
_POSSESSIVES: Final = ("'s", "\u2019s")


@functools.cache
def _capital_keys() -> dict[str, str]:
    """alpha-2 -> the lookup key of the country's capital (its first name)."""
    from conflictparse.parsers.places._tables import capitals

    out: dict[str, str] = {}
    for key, (code, _gid) in capitals().items():
        out.setdefault(code, key)
    return out


@functools.lru_cache(maxsize=256)
def _capital_town(code: str) -> PlaceMention | None:
    """The capital of the country *code*, resolved once (its span is replaced by the caller's)."""
    from conflictparse.parsers.places import resolve_name

    key = _capital_keys().get(code)
    town = resolve_name(key, country=code) if key else None
    return town if town is not None and town.country == code else None


def _capital_place(p: PlaceMention, doc: Document, at: int) -> PlaceMention | None:
    """
    The capital a demonym (or country name) before " capital" at *at* names
    ("the Yemeni capital", "Yemen's capital" are Sanaa), spanning both
    words; None when *p* is none.
    """
    from conflictparse.parsers.places._tables import demonyms

    end = at + len(_CAPITAL_AFTER)
    codes = demonyms().get(doc.folded[p.span.start : p.span.end]) or (
        (p.country,) if p.kind == "country" and p.country else ()
    )
    if not codes:
        return None
    dl = doc.dateline
    code = next((c for c in codes if dl is not None and dl.country == c), codes[0])
    town = _capital_town(code)
    if town is None:
        return None
    return _evolved(
        town,
        text=doc.text[p.span.start : end],
        span=Span(start=p.span.start, end=end),
        provenance=Provenance(confidence=0.7, reason="the capital of the country named"),
    )


def _scene_places(cluster: _Cluster, doc: Document) -> list[PlaceMention]:
    """
    The incident's places for its scene: "the Yemeni capital" read as the
    capital; and a water body ("Red Sea") named only outside the incident's
    first sentence with places left out when that sentence names land.
    """
    places = cluster.places
    folded = doc.folded
    extra: list[PlaceMention] = []
    for s in cluster.sentences:
        at = folded.find(_CAPITAL_AFTER, s.start, s.end)
        while at >= 0:
            # the mention ending right before " capital" (mentions do not
            # nest much: the few starting just before are enough to look at)
            i = bisect.bisect_left(doc.places, at, key=_SPAN_START)
            # ("Yemen's capital": a country's possessive names it too)
            named = at - 2 if folded.startswith(_POSSESSIVES, at - 2) else at
            for p in doc.places[max(0, i - 3) : i]:
                if p.span.end == named and p.role in ("place", "demonym"):
                    capital = _capital_place(p, doc, at)
                    if capital is not None:
                        extra.append(capital)
                    break
            at = folded.find(_CAPITAL_AFTER, at + 1, s.end)
    if extra:
        # (the demonym read as a region, "Somali", gives way to the capital)
        replaced = {e.span.start for e in extra}
        places = [p for p in places if p.span.start not in replaced] + extra
    if places and any(p.kind == "water" for p in places):
        first = next((s for s in cluster.sentences if s.places), None)
        own = [] if first is None else [p for p in first.places if p.kind != "water"]
        if extra or own:
            keep = {id(p) for p in (first.places if first is not None else ())}
            places = [p for p in places if p.kind != "water" or id(p) in keep]
    return list(places)
