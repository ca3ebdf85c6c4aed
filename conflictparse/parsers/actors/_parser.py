"""
The default actors parser: dictionary aliases, acronyms defined in the
text, metonymy (a capital or country standing for its government) and
generic mentions resolved by salience.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import operator
import re
from collections.abc import Iterator, Sequence
from itertools import compress
from typing import Final, TypeVar

import regex

from conflictparse._data import read_text
from conflictparse._document import Document
from conflictparse._text import (
    MONTH_NAMES,
    REGEX_TIMEOUT,
    WEEKDAY_NAMES,
    affiliation_after,
    affiliation_before,
    fold,
    lazy,
    lazy_re,
    unnamed_before,
)
from conflictparse.errors import DataError, PluginValidationError
from conflictparse.parsers.actors._default import (
    STATE_CLASSES,
    country_short_name,
    default_dictionary,
    demonym_countries,
    generic_phrases,
    source_digest,
)
from conflictparse.parsers.actors._dictionary import Actor, ActorDictionary
from conflictparse.parsers.actors._index import (
    _CHUNK,
    EXACT,
    AliasIndex,
    Busy,
    Match,
    Target,
    Tokens,
    alias_keys,
    finditer_chunked,
    tokenize,
    tokens_in,
)
from conflictparse.parsers.actors._orgs import (
    ARMED_HEADS,
    CIVIL_WORDS,
    HEADS,
    ORG_WORDS,
    find_org_names,
)
from conflictparse.parsers.actors._stored import load_stored
from conflictparse.results import _WEAPON_REASON as _WEAPON_REASON_SHARED
from conflictparse.results import ActorMention, Provenance, Span, _trusted_builder

__all__ = ["ActorParser"]

# (the results' faster keyword builders: same checks and errors)
_new_mention: Final = _trusted_builder(ActorMention)
_new_span: Final = _trusted_builder(Span)

_T = TypeVar("_T")

#: Token indices made once: picking a story's hits out of this list takes
#: the index objects it holds, where a range makes (and frees) one for each
#: token of the story. Stories of more tokens use a range.
_INDICES: Final = list(range(16_384))

_ARMED_KINDS: Final = frozenset({"rebel", "political_militia", "identity_militia"})
#: Kinds of actor named in stories of other countries than their own.
_ABROAD_KINDS: Final = frozenset({"state", "external"})

#: Words of the arms of a state's forces; an unknown unit named with one
#: ("3rd Infantry Division", "Airborne Brigade") is a state force.
_SERVICE_ARMS: Final = frozenset(
    [
        "infantry",
        "artillery",
        "airborne",
        "armored",
        "armoured",
        "mechanized",
        "mechanised",
        "motorized",
        "motorised",
        "cavalry",
        "paratroop",
        "paratroopers",
        "marine",
        "marines",
        "naval",
        "navy",
    ]
)

#: Heads of the names of a state's own bodies ("Iraqi Ministry of Culture").
_STATE_BODIES: Final = frozenset(["ministry", "department", "directorate"])

#: Heads that make a "Military" name a command or post of a state's army
#: (a "Military Council" may be a rebel one).
_MILITARY_POSTS: Final = frozenset(
    ["detachment", "command", "zone", "region", "garrison", "unit", "units"]
)

#: Heads of a numbered guerrilla unit ("the 33rd Front", "the 10th Front").
_GUERRILLA_UNITS: Final = frozenset(["front", "fronts", "column", "bloc"])

#: How the canonical names of a state's forces begin.
_MILITARY_PREFIX: Final = STATE_CLASSES["military"] + " "
_GOVERNMENT_PREFIX: Final = STATE_CLASSES["government"] + " "

#: Heads of a command of a state's forces after the state's possessive
#: ("Iraq's Joint Operations Command", "Nigeria's Defence Headquarters").
_COMMAND_HEADS: Final = frozenset(
    ["command", "headquarters", "staff", "corps", "division", "brigade", "forces"]
)

#: An ordinal opening an unknown name: a numbered unit of a state's forces
#: ("3rd Battalion", "158th Fighter Wing").
_ORDINAL_UNIT_RE: Final = regex.compile(r"\d++(?:st|nd|rd|th)")

#: Nouns after a generic state word that make it a modifier ("police station").
_MODIFIED: Final = frozenset(
    [
        "station",
        "stations",
        "chief",
        "chiefs",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "source",
        "sources",
        "headquarters",
        "base",
        "bases",
        "post",
        "posts",
        "checkpoint",
        "checkpoints",
        "vehicle",
        "vehicles",
        "convoy",
        "convoys",
        "operation",
        "operations",
        "offensive",
        "commander",
        "commanders",
        "statement",
        "statements",
        "court",
        "courts",
        "camp",
        "camps",
        "barracks",
        "academy",
        "hospital",
        "helicopter",
        "helicopters",
        "aircraft",
        "jet",
        "jets",
        "plane",
        "planes",
        "truck",
        "trucks",
        "car",
        "cars",
        "building",
        "buildings",
        "compound",
        "office",
        "offices",
        "department",
        "ministry",
        "leader",
        "leaders",
        "leadership",
        "intelligence",
        "rule",
        "coup",
        "action",
        "pressure",
        "spending",
        "budget",
        "uniform",
        "uniforms",
        "official's",
        "school",
        "schools",
        "general",
        "generals",
        "colonel",
        "officer's",
        "investigation",
        "investigations",
        "report",
        "reports",
        "custody",
        "cell",
        "cells",
    ]
)

#: The nouns of :data:`_MODIFIED` read in shouted copy too: a building or
#: site, and a spokesman, source or chief (whose words are no act of the force).
_BUILDINGS: Final = frozenset(
    [
        "station",
        "stations",
        "headquarters",
        "base",
        "bases",
        "post",
        "posts",
        "checkpoint",
        "checkpoints",
        "camp",
        "camps",
        "barracks",
        "academy",
        "hospital",
        "building",
        "buildings",
        "compound",
        "office",
        "offices",
        "school",
        "schools",
        "court",
        "courts",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "source",
        "sources",
        "chief",
        "chiefs",
    ]
)

#: Nouns after a generic armed word that make it a modifier: the group's
#: media ("a militant website", "an insurgent channel") and deeds ("gang
#: violence") are no actor.
_MEDIA: Final = frozenset(
    [
        "website",
        "websites",
        "channel",
        "channels",
        "outlet",
        "outlets",
        "forum",
        "forums",
        "media",
        "propaganda",
        "magazine",
        "newspaper",
        "video",
        "videos",
        "account",
        "accounts",
        # (what they do, not who: "gang violence", "a gang suppression force")
        "violence",
        "suppression",
    ]
)

#: The word before a generic state noun that makes it a person's past ("a
#: former soldier", "a former police officer"), as written in mixed case.
_FORMER: Final = ("former ", "Former ")
#: A designation before a generic armed noun ("was designated a terrorist
#: group", "designated as a foreign terrorist organisation"): a label.
_DESIGNATED_BEFORE_RE: Final = re.compile(
    r"(?i)\b(?:re-?)?designat(?:ed|es|e|ing)\s+(?:(?:it|them|the\s+group)\s+)?(?:as\s+)?"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}\Z"
)

#: A capitalised name of up to three words (joined by spaces, tabs or
#: no-break spaces); a final possessive "'s" is left out ("the UK's
#: commitment"), an inner one kept ("Trump's Washington").
_NAME: Final = r"(?:\p{Lu}(?:[\p{L}\-]|['’](?!s\b(?![ \t\xa0]++\p{Lu})))*+(?:[ \t\xa0]++\p{Lu}(?:[\p{L}\-]|['’](?!s\b(?![ \t\xa0]++\p{Lu})))*+){0,2}+)"

_SAY_VERBS: Final = r"""(?:said|says|say|announced|announces|accused|accuses|blamed
    |blames|denied|denies|rejected|rejects|warned|warns|insisted|insists|claimed
    |claims|condemned|condemns|demanded|demands|vowed|vows|urged|urges|threatened
    |threatens|agreed|agrees|refused|refuses|ordered|orders|confirmed|confirms
    |welcomed|welcomes|wants|wanted|sought|seeks|signed|signs|recalled|expelled
    |imposed|sanctioned|responded|responds|protested|summoned|approved|backed
    |supports|supported|denounced|criticised|criticized|pledged|promised|hopes
    |hoped|believes|believed|considers|launched|deployed|sent|retaliated|argued
    |argues|maintains|maintained|stressed|declared|announced|offered|proposed
    |repeated|reiterated|dismissed|acknowledged|admitted|asked|called|told
    |reaffirms|reaffirmed|reiterates|congratulates|congratulated|pledges
    |intends|expects|recognizes|recognises|appreciates|commends|regrets|mourns)"""

#: Past-tense reporting verbs two coordinated *names* share ("Islamabad and
#: Kabul said", "Moscow and Kyiv accused each other"): read as the plural
#: verbs are, but only after two names ("Kinshasa and its allies said" is
#: left to the name before the verb, and "captured Goma and residents said"
#: is no pair: the past tense is no plural).
_PAST_SAY_WORDS: Final = frozenset(
    [
        "said",
        "accused",
        "blamed",
        "denied",
        "rejected",
        "warned",
        "condemned",
        "agreed",
        "traded",
        "signed",
    ]
)

#: What two governments trade in words ("Kinshasa and Kigali traded
#: accusations"; not "Israel and Hezbollah traded fire", an armed clash).
_TRADED_WORDS: Final = ("accusations", "blame", "barbs", "charges", "insults", "threats")

#: The plural reporting verbs two coordinated subjects share ("Kinshasa and
#: its allies accuse"; read by :func:`_subject_pair_matches` alone, not cue
#: words of :data:`_METONYMY_RE`, which would scan more clauses).
_PLURAL_SAY_WORDS: Final = (
    frozenset(
        ["say", "accuse", "blame", "deny", "reject", "warn", "condemn", "urge", "demand"]
    )
    | _PAST_SAY_WORDS
)

#: A name, "and" and another name or up to four words, up to the end of the
#: window before a plural reporting verb: "Kinshasa and its allies| accuse",
#: "Moscow and Kyiv| deny", "Addis Ababa and Asmara have| traded".
_SUBJECT_PAIR_RE: Final = regex.compile(
    r"(?P<name>" + _NAME + r")\s++and\s++"
    r"(?:(?P<other>"
    + _NAME
    + r")\s++(?:(?:have|had|also|both|jointly|repeatedly|long)\s++){0,2}+"
    r"|(?:[\p{L}\-]++\s++){1,4}+)\Z"
)

#: Verbs after "continue(s) to" that make a country an agent ("Sweden will
#: continue to support ..."); "continues to suffer / see / face" is not one.
_AGENTIVE: Final = r"""(?:support|provide|back|fund|finance|work|help|assist|supply
    |send|arm|train|press|push|call|urge|oppose|reject|insist|demand|seek|pursue
    |engage|cooperate|co-operate|host|contribute|deploy|participate|stand|condemn
    |deny|block|invest|lead|offer|advocate|negotiate|pressure|recognise|recognize
    |value|welcome|encourage|promote|protect|defend|uphold|implement|strike
    |make[ ]progress)\b"""

#: What follows "remain(s)" or "stand(s)" when a country is an agent ("Japan
#: remains committed to ...", "the UK stands by its allies"), not a bare
#: "remains" ("Afghanistan remains dangerous", "Yemen remains on the brink").
_REMAIN_AS: Final = r"""(?:firmly\s++|fully\s++|deeply\s++){0,2}+(?:committed|ready|determined
    |prepared|engaged|opposed|willing|resolute|steadfast)\b"""
_STAND_AS: Final = r"""(?:by|with|behind|ready|firm|united|shoulder)\b"""
_WORK_AS: Final = r"""(?:with|to[ ](?!be\b)|for|alongside|closely|together|hard[ ]to
    |as[ ]part[ ]of)\b"""

#: The words an agent reading of :data:`_AGENT_VERBS` opens with (and the
#: cue words of :data:`_CUE_WORDS`).
_AGENT_FIRST: Final = (
    "remains",
    "remained",
    "stands",
    "stood",
    "continues",
    "continued",
    "participates",
    "participated",
    "plans",
    "joined",
    "joins",
    "conducted",
    "contributed",
    "contributes",
)

#: Verbs (and "is" + participle) that make a *country* an agent ("the UK stands
#: by Iraq", "France continues to fund ...", "Britain is committed to ..."), but
#: leave a city a place ("Kabul remains tense", "Aleppo is burning") and a
#: country a place when nothing agentive follows ("Syria will continue to see
#: airstrikes", "Mali will remain unstable", "Syria is working its way").
_AGENT_VERBS: Final = (
    r"""(?:(?:remains|remained)\s++"""
    + _REMAIN_AS
    + r"""
    |(?:stands|stood)\s++"""
    + _STAND_AS
    + r"""
    |(?:continues|continued)\s++to\s++"""
    + _AGENTIVE
    + r"""
    |participates|participated|plans|joined|joins|conducted|contributed
    |contributes|(?:is|are|was|were|will[ ]be|has[ ]been)\s++(?:also\s++|now\s++
      |firmly\s++){0,2}+(?:committed|working\s++"""
    + _WORK_AS
    + r"""|determined|ready
      |prepared|providing|supporting|contributing|continuing\s++to\s++"""
    + _AGENTIVE
    + r"""
      |helping|leading|seeking|pressing|urging|calling|deeply[ ]concerned|concerned)
    |(?:will|would|must|should|can|could|may)\s++(?:also\s++|now\s++|not\s++
      ){0,2}+(?:continue\s++to\s++"""
    + _AGENTIVE
    + r"""|remain\s++"""
    + _REMAIN_AS
    + r"""
      |stand\s++"""
    + _STAND_AS
    + r"""|work\s++"""
    + _WORK_AS
    + r"""|participate|join
      |contribute|provide|help|be[ ](?:working[ ]"""
    + _WORK_AS
    + r"""|providing|committed)))"""
)

_METONYMY_RE: Final = regex.compile(
    r"""
    (?P<name>"""
    + _NAME
    + r""")
    (?:
        \s++(?:(?:has|have|had|also|then|later|would|will|could|may|might|again
              |officially|strongly|firmly|quickly|repeatedly|long|previously
              |publicly|already|consistently|on[ ]\p{Lu}\p{Ll}{2,5}day)
              \s++){0,2}+
        """
    + _SAY_VERBS
    + r"""\b                  # Washington said, Kabul has long denied
      | \s++(?:(?:has|have|had|also)\s++){0,2}+
        (?P<agent>"""
    + _AGENT_VERBS
    + r""")\b     # the UK stands by, Britain is committed
      | ['’]s\s++(?:government|decision|position|stance|policy|envoy|ambassador
              |allies|ally|support|backing|response|demands?|request|proposal
              |offer|refusal|rejection|accusations?|claims?|insistence
              |involvement|intervention|role|relations|ties|delegation
              |negotiators?|representatives?|commitment|efforts?|message
              |partners?|partnership)\b              # Washington's envoy
      | \s++(?:government|regime|administration|authorities)\b  # the Kabul government
    )
    """,
    regex.VERBOSE,
)

#: "U.S." or "U.K." before a reporting verb, as :data:`_METONYMY_RE` reads a
#: name before one ("The U.S. said", "the U.K. has condemned"): that pattern's
#: names hold no full stop, and its clause scan breaks at each. (Compiled on
#: import, not lazily: :meth:`_Compiled._metonymy` tells patterns by identity.)
_DOTTED_RE: Final = regex.compile(
    r"""(?P<name>U\.[SK]\.)
    \s++(?:(?:has|have|had|also|then|later|would|will|could|may|might|again
          |officially|strongly|firmly|quickly|repeatedly|long|previously
          |publicly|already|consistently|on[ ]\p{Lu}\p{Ll}{2,5}day)
          \s++){0,2}+"""
    + _SAY_VERBS
    + r"\b",
    regex.VERBOSE,
)


def _dotted_matches(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_DOTTED_RE`, looked for only where "U." is."""
    at = text.find("U.")
    while at >= 0:
        # (a lower-case word after "U.S. " first: shouted copy has none)
        if text[at + 4 : at + 6].islower():
            # (80 characters: no timeout, which reads the process clock twice)
            m = _DOTTED_RE.match(text, at, min(len(text), at + 80))
            if m is not None:
                yield m
        at = text.find("U.", at + 2)


#: The words of which every match of :data:`_METONYMY_RE` holds one after
#: the name (or a possessive "'s"): text without any skips the costly scan.
_CUE_WORDS: Final = frozenset(
    [
        "government",
        "regime",
        "administration",
        "authorities",
        "is",
        "are",
        "was",
        "were",
        "will",
        "has",
        "would",
        "must",
        "should",
        "can",
        "could",
        "may",
    ]
    + [w.strip() for w in _SAY_VERBS[3:-1].split("|")]
    + list(_AGENT_FIRST)
)


def _has_cue(text: str, tokens: Tokens, hits: list[int] | None = None) -> bool:
    """
    Whether *text* has a possessive, an apostrophe inside a word or a
    lower-case word of :data:`_CUE_WORDS` (*hits*, when given: the tokens of
    a superset of those words, in order).

    >>> from conflictparse.parsers.actors._index import tokenize
    >>> t = "Kabul SAID it; Kabul said it"
    >>> _has_cue(t[:13], tokenize(t[:13].lower())), _has_cue(t, tokenize(t.lower()))
    (False, True)
    >>> t = "Kabul accused'Kigali"
    >>> _has_cue(t, tokenize(t.lower()))
    True
    """
    if tokens.stems or "'" in text or "\u2019" in text:
        # (a cue word the tokens join to the letters after an apostrophe,
        # "accused'Kigali", is no token of its own, though the pattern's \b
        # still ends it there)
        return True
    words, offsets = tokens.words, tokens.offsets
    cues = (
        compress(range(len(words)), map(_CUE_WORDS.__contains__, words))
        if hits is None
        else tokens_in(hits, words, _CUE_WORDS)
    )
    return any(text[offsets[k] + k : offsets[k + 1] + k] == words[k] for k in cues)


#: Bare "Congo" as written: ISO's name of the Republic of the Congo, but in
#: modern copy most often the Democratic Republic's short name.
_BARE_CONGO: Final = frozenset(["Congo", "CONGO"])


def _congo_of(text: str) -> str:
    """
    The Congo bare "Congo" stands for in *text*: the Republic's ("CG") when
    the text names its capital and not the Democratic Republic's, else the
    Democratic Republic ("CD"), as the places family reads it.

    >>> _congo_of("Congo said ... in Brazzaville"), _congo_of("Congo accuses Rwanda")
    ('CG', 'CD')
    """
    low = text.lower()
    return "CG" if "brazzaville" in low and "kinshasa" not in low else "CD"


#: The longest clause :func:`_metonymy_matches` reads without a timeout.
_SHORT_CLAUSE: Final = 400


def _metonymy_matches(
    text: str, tokens: Tokens, hits: list[int]
) -> Iterator[regex.Match[str]]:
    """
    The matches of :data:`_METONYMY_RE` in *text* (of at most one chunk of
    :func:`finditer_chunked`), as its ``finditer`` over the whole text gives
    them. They are looked for only in the clauses (the pieces between ASCII
    punctuation, :data:`_CLAUSE_BREAKS`) that hold a lower-case word of
    :data:`_CUE_WORDS` (of *hits*, as :func:`_has_cue` reads them) or an
    apostrophe: every match holds one, none of its matches nor any of
    its look-arounds reads an ASCII punctuation mark, and one after a clause
    is read as the clause's end is. Its scan from every offset costs some
    900 instructions per character.
    """
    if text.isascii():
        marks = text.encode("ascii").translate(_CLAUSE_BREAKS)
    else:
        # (modern copy's dashes and curly quotes: each other character is
        # one "?" of the bytes, which is then no break, and a real "?" one
        # as "!"; a curly apostrophe is a straight one, as the pattern reads it)
        marks = (
            text.replace("?", "!")
            .replace("\u2019", "'")
            .encode("ascii", "replace")
            .translate(_CLAUSE_BREAKS_BUT_QUESTION)
        )
    words, offsets = tokens.words, tokens.offsets
    cues = [
        offsets[k] + k
        for k in tokens_in(hits, words, _CUE_WORDS)
        if text[offsets[k] + k : offsets[k + 1] + k] == words[k]
    ]
    n_cues = len(cues)
    i = 0  # the first cue not before the clause
    at = 0
    for clause in marks.split(b"."):
        end = at + len(clause)
        while i < n_cues and cues[i] < at:
            i += 1
        # (an apostrophe: a possessive, or a cue word the tokens join to
        # the letters after it, "said'Kyiv", which \b still ends)
        if (i < n_cues and cues[i] < end) or b"'" in clause:
            # (a timeout reads the process clock, a system call, at each
            # match: only a long clause, where a long word of capitals could
            # cost the pattern time in the square of its length, needs one)
            timeout = REGEX_TIMEOUT if end - at > _SHORT_CLAUSE else None
            yield from _METONYMY_RE.finditer(text, at, end, timeout=timeout)
        at = end + 1


def _subject_pair_matches(
    text: str, tokens: Tokens, hits: list[int]
) -> Iterator[regex.Match[str]]:
    """
    The matches of :data:`_SUBJECT_PAIR_RE` before each lower-case plural
    reporting verb of *text* (of *hits*): looked for only there, in the 90
    characters before the verb (a scan of the whole text after every name
    would cost more than all the rest of the metonymy pattern).
    """
    words, offsets = tokens.words, tokens.offsets
    for k in tokens_in(hits, words, _PLURAL_SAY_WORDS):
        at = offsets[k] + k
        # (most plural verbs have no "and" before them: no pattern run)
        conj = text.rfind(" and ", at - 90 if at > 90 else 0, at)
        if conj < 0:
            continue
        past = words[k] in _PAST_SAY_WORDS
        if past and not text[conj + 5 : conj + 6].isupper():
            continue  # (a past verb's pair is two names: "Islamabad and Kabul said")
        if text[at : offsets[k + 1] + k] != words[k]:
            continue
        if words[k] == "traded" and not text.startswith(
            _TRADED_WORDS, offsets[k + 1] + k + 1
        ):
            continue
        # (90 characters: no timeout, which reads the process clock twice)
        m = _SUBJECT_PAIR_RE.search(text, max(0, at - 90), at)
        if m is not None and (m.group("other") is not None or not past):
            yield m


#: The ASCII punctuation no part of :data:`_METONYMY_RE` reads (all but the
#: hyphen, the apostrophe and "_"), as full stops: the clause breaks of
#: :func:`_metonymy_matches` (a table for ``bytes.translate``).
_CLAUSE_BREAK_MARKS: Final = b'!"#$%&()*+,./:;<=>?@[\\]^`{|}~'
_CLAUSE_BREAKS: Final = bytes.maketrans(
    _CLAUSE_BREAK_MARKS, b"." * len(_CLAUSE_BREAK_MARKS)
)
#: The same, but for "?" (what stands for a character of any other script).
_CLAUSE_BREAKS_BUT_QUESTION: Final = bytes.maketrans(
    _CLAUSE_BREAK_MARKS.replace(b"?", b""), b"." * (len(_CLAUSE_BREAK_MARKS) - 1)
)


_TALK_NOUNS: Final = r"""(?i:talks|dialogue|negotiations|relations|ties|tensions|war
    |conflict|fighting|clashes|deal|agreement|accord|ceasefire|truce|meetings?
    |contacts|rift|dispute|peace|reconciliation|hostilities|standoff|rapprochement)"""

_WITH_RE: Final = regex.compile(
    r"""
    (?<=\b"""
    + _TALK_NOUNS
    + r"""\s++)     # talks with Damascus
    with\s++(?:the\s++)?(?P<name>"""
    + _NAME
    + r""")
    """,
    regex.VERBOSE,
)

#: A capital or country accused, blamed or urged by another ("Kinshasa
#: accuses Kigali of backing the M23", "accused the United Arab Emirates of
#: ...", "Islamabad blames Kabul for sheltering ...", "urged Kabul to
#: act"): a government.
_ACCUSED_RE: Final = regex.compile(
    r"(?<![\p{L}])(?:(?:accus(?:es|ed|ing|e)|urg(?:es|ed|ing|e))[ \t\xa0]++(?:the[ \t\xa0]++)?+"
    r"(?P<name>" + _NAME + r")[ \t\xa0]++(?:of|to)"
    r"|blam(?:es|ed|ing|e)[ \t\xa0]++(?:the[ \t\xa0]++)?+(?P<name>" + _NAME + r")"
    r"[ \t\xa0]++for)(?![\p{L}])"
)

#: A place, an apposition that calls it the seat or capital of a government
#: and a reporting verb: "Port Sudan, the army-backed government's seat,
#: accused ...", "Aden, the temporary capital of the government, said ...".
#: The apposition says the place speaks for a government, even where it is
#: no national capital (read by :func:`_seat_country`); "the capital of
#: North Kivu" (a province's) says nothing of the kind.
_SEAT_RE: Final = regex.compile(
    r"""(?P<name>"""
    + _NAME
    + r"""),[ \t\xa0]++
    (?=(?:the|its|where|now)\b[^,.;:!?\n]{0,80}?\b(?:seat|government|capital(?![ ]of\b))\b)
    [^,.;:!?\n]{1,90}?,[ \t\xa0]++
    (?:(?:has|have|had|also|then|later|again|on[ ]\p{Lu}\p{Ll}{2,5}day)[ \t\xa0]++){0,2}+"""
    + _SAY_VERBS
    + r"\b",
    regex.VERBOSE,
)

_BETWEEN_RE: Final = regex.compile(
    r"""
    \bbetween\s++(?:the\s++)?                # (talks) between Kabul and the group
    (?P<name>"""
    + _NAME
    + r""")
    \s++and\s++(?:the\s++)?(?P<other>"""
    + _NAME
    + r""")?
    """,
    regex.VERBOSE,
)

#: A talk noun up to three words before "between".
_TALK_BEFORE_RE: Final = lazy(
    globals(),
    "_TALK_BEFORE_RE",
    r"\b" + _TALK_NOUNS + r"\s++(?:[\p{L}\-]++\s++){0,3}+\Z",
    regex.VERBOSE,
)

_BEFORE_PLACE_RE: Final = lazy(
    globals(),
    "_BEFORE_PLACE_RE",
    r"""(?:\b(?:in|from|at|to|near|across|into|outside|inside|around|towards?
        |through|via|within|over|of|northern|southern|eastern|western|central
        |downtown|greater|of)\s*+|[\p{L}]-)\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)

#: Capitals an armed group rules from, as written, with the group's
#: canonical name and the day it took the city: their name speaks for it.
_HELD_CAPITALS: Final = {
    name: ("Houthis", _dt.date(2014, 9, 21)) for name in ("Sanaa", "Sana'a", "Sana’a")
}

#: A list of places a preposition opens, up to its last name: "in Herat
#: and ", "from Aleppo, Idlib and ".
_PLACE_LIST_BEFORE_RE: Final = lazy(
    globals(),
    "_PLACE_LIST_BEFORE_RE",
    r"(?<!\p{L})(?i:in|from|at|near|across|of)[ \t\xa0]++"
    + _NAME
    + r"(?:,[ \t\xa0]++"
    + _NAME
    + r")*+(?:,?[ \t\xa0]++(?:and|or))?+,?[ \t\xa0]++\Z",
)

_ACRONYM_DEF_RE: Final = lazy(
    globals(),
    "_ACRONYM_DEF_RE",
    r"""\A\s*+[(\[]\s*+(?P<acr>\p{Lu}[\p{Lu}\d]*+(?:[\-/]\p{Lu}[\p{Lu}\d]*+)?+)\s*+[)\]]""",
    regex.VERBOSE,
)

#: A determiner or pronoun after a generic phrase ending in a noun that is
#: also a verb: "the opposition forces a vote" is no armed group.
_VERB_OBJECT_RE: Final = regex.compile(
    r"""(?<=(?i:forces|guards))[ \t\u00a0]++
    (?:a|an|the|him|her|them|us|me|it|its|his|their|our|this|that|these|those)\b""",
    regex.VERBOSE,
)

#: The words :data:`_VERB_OBJECT_RE` looks behind for, lower case.
_VERB_NOUNS: Final = frozenset(["forces", "guards"])

#: "of" (or "from") and an article or a country's possessive between a
#: generic mention and a name: "fighters of the Africa Corps", "fighters of
#: Russia's Africa Corps".
_OF_RE: Final = lazy(
    globals(),
    "_OF_RE",
    r"\A\s++(?i:of|from)\s++(?:(?i:the|an?)\s++|\p{Lu}[\p{L}\-]*+['’][sS]\s++)?\Z",
)
_ADJACENT_RE: Final = lazy(globals(), "_ADJACENT_RE", r"\A[\s\-]*+\Z")
#: An article written three ways.
_THE: Final = ("the ", "The ", "THE ")
#: The generic nouns that one capitalised word before them can name
#: ("the Twirwaneho militia"), as written in mixed-case copy.
_MILITIA_NOUNS: Final = frozenset(["militia", "militias", "militiamen"])
#: One capitalised word right after an article, right before a mention.
_NAME_BEFORE_RE: Final = lazy(
    globals(),
    "_NAME_BEFORE_RE",
    r"(?<![\p{L}\d'’-])(?:[Tt]he|[Aa]n?)[ ]++(\p{Lu}[\p{Ll}'’-]++)[ ]++\Z",
)
#: Capitalised words that describe a militia rather than name it (folded).
_DESCRIBING: Final = frozenset(
    [
        "islamist",
        "islamic",
        "jihadist",
        "jihadi",
        "salafist",
        "salafi",
        "maoist",
        "marxist",
        "communist",
        "christian",
        "muslim",
        "catholic",
        "sunni",
        "shia",
        "shiite",
        "government",
        "pro",
        "anti",
        "rebel",
        "tribal",
        "local",
        "rival",
        "new",
        "former",
        "allied",
        "armed",
        "arab",
        "african",
        "western",
        "northern",
        "southern",
        "eastern",
        "central",
    ]
)
#: A closing bracket between an acronym and the generic noun after it.
_BRACKET_NEXT_RE: Final = lazy(globals(), "_BRACKET_NEXT_RE", r"\)[ \t\xa0]++\Z")
#: The opening of an apposition, up to a generic mention: ", a coalition of
#: former", ", an armed group", ", Colombia's largest drug trafficking" (one clause: no other comma or stop; not ", the rebels said", a clause of its own;
#: no relative clause or "against" either: in ", a vigilante group that fights
#: the insurgents" the insurgents are the group's enemy, not the group).
_APPOSITION_RE: Final = lazy(
    globals(),
    "_APPOSITION_RE",
    r",[ \t\xa0]++(?:an?|one[ ]of[ ]the|\p{Lu}[\p{L}.\-]*+['’]s)[ \t\xa0]++"
    r'(?:(?!(?<![\p{L}])(?:that|which|who|whom|whose|against)(?![\p{L}]))[^,;.:()\[\]"\n]){0,60}+\Z',
    regex.IGNORECASE,
)
# (in the standard library's ``re``: literal classes read alike, and a short
# match costs a fraction of a ``regex`` call; nothing follows the run, so a
# plain one takes what the possessive took)
_NEXT_WORD_RE: Final = re.compile(r"[ ]([a-z']+)")
#: Punctuation that may end the word after a mention in shouted copy.
_TRAILING: Final = ".,;:!?)]\"'"
_NEXT_WORD_FIRST: Final = frozenset("abcdefghijklmnopqrstuvwxyz'")


class _Found:
    """A mention under construction (mutable, private to one call)."""

    __slots__ = (
        "actor",
        "armed",
        "canonical",
        "confidence",
        "country",
        "end",
        "generic",
        "kind",
        "metonymy",
        "reason",
        "start",
    )

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end
        self.actor: int | None = None
        self.armed = False  # a named armed group (or an armed-looking unknown name)
        self.canonical: str | None = None
        self.kind = "unknown"
        self.country: str | None = None
        self.generic: str | None = None  # the generic class, for generic mentions
        self.metonymy = False
        self.confidence = 1.0
        self.reason: str | None = None


class _Compiled:
    """A dictionary compiled for matching (immutable after construction)."""

    __slots__ = (
        "_children",
        "_dissidents",
        "_global_parents",
        "_homes",
        "_jihadists",
        "_juntas",
        "_names",
        "_parties",
        "_short",
        "actors",
        "index",
        "outside",
        "parents",
        "states",
        "wanted",
        "wanted_uncued",
    )

    def __init__(
        self, actors: Sequence[Actor], *, index: AliasIndex | None = None
    ) -> None:
        self.actors: tuple[Actor, ...] = tuple(actors)
        self.index = AliasIndex(alias_list(self.actors)) if index is None else index
        # the words any pass over the tokens looks for: one pass finds them all
        # (the first words of country names too, which the count of the
        # countries a story names reads)
        # (the scan's words: "the" is left out, its walks found from the word
        # after it)
        self.wanted_uncued = (
            self.index.scan_words | _OTHER_WORDS_UNCUED | _country_keys()[1]
        )
        self.wanted = self.wanted_uncued | _CUE_WORDS | _PLURAL_SAY_WORDS
        by_id = {a.id: a for a in self.actors}
        # each actor's parent's canonical name, by the actor's position
        self.parents: tuple[str | None, ...] = tuple(
            by_id[a.parent].canonical if a.parent in by_id else None for a in self.actors
        )
        states: dict[tuple[str, str], list[int]] = {}
        for pos, actor in enumerate(self.actors):
            if actor.kind != "state" or not actor.country:
                continue
            for cls, prefix in STATE_CLASSES.items():
                if actor.canonical.startswith(prefix + " "):
                    states.setdefault((actor.country, cls), []).append(pos)
        self.states = states
        # the days outside which an actor's name is read with a doubt (a year
        # past either end of its dates), for the actors that have dates
        slack = _dt.timedelta(days=_OUTSIDE_DAYS)
        self.outside: dict[int, tuple[_dt.date, _dt.date]] = {
            pos: (
                _dt.date.min if a.valid_from is None else a.valid_from - slack,
                _dt.date.max if a.valid_to is None else a.valid_to + slack,
            )
            for pos, a in enumerate(self.actors)
            if a.valid_from is not None or a.valid_to is not None
        }
        self._parties: frozenset[int] | None = None  # read on first need (parties())
        self._dissidents: dict[int, tuple[int, ...]] | None = None  # (dissidents())
        self._juntas: frozenset[int] | None = None  # (juntas())
        self._names: dict[str, str | None] = {}  # (country_name())
        self._homes: dict[int, frozenset[str]] = {}  # (home_regions())
        self._short: dict[str, frozenset[int]] | None = None  # (short_name())
        self._global_parents: frozenset[int] | None = None  # (global_parents())
        self._jihadists: frozenset[int] | None = None  # (jihadists())
        self._children: dict[str, tuple[int, ...]] | None = None  # (branches())

    def __reduce__(
        self,
    ) -> tuple[functools.partial[_Compiled], tuple[tuple[Actor, ...]]]:
        # remade from its actors and index: a compiled (mypyc) build makes
        # every object through __init__, which needs its arguments
        return functools.partial(_Compiled, index=self.index), (self.actors,)

    def branches(self, parent: str, country: str, day: _dt.date | None) -> list[int]:
        """
        The actors whose parent is *parent*, of *country*, in being on *day*
        (when known), in order: from the table of each parent's actors, made
        the first time a report needs it (not a walk of the whole table per
        question).
        """
        children = self._children
        if children is None:
            table: dict[str, list[int]] = {}
            for pos, a in enumerate(self.actors):
                if a.parent is not None:
                    table.setdefault(a.parent, []).append(pos)
            children = self._children = {k: tuple(v) for k, v in table.items()}
        actors = self.actors
        return [
            k
            for k in children.get(parent, ())
            if actors[k].country == country and actors[k].valid_on(day)
        ]

    def parties(self) -> frozenset[int]:
        """
        The political parties: "party" in a name or alias ("Arena party") of
        a group not listed as rebels (the PKK, Shining Path's "Communist
        Party of Peru" are), read from the alias index (the stored
        dictionary keeps no aliases) the first time a report needs them.
        """
        if self._parties is None:
            actors = self.actors
            self._parties = frozenset(
                target
                for target, _flags, _last in self.index.entries_with_word("party")
                if type(target) is int and actors[target].kind == "political_militia"
            )
        return self._parties

    def dissidents(self) -> dict[int, tuple[int, ...]]:
        """
        The dissident actors of each group that has one: an actor with an
        alias "X dissidents" is the dissidents of every actor X names ("FARC
        dissidents" of the FARC, whichever of its names a story uses), read
        from the alias index the first time a report needs them.
        """
        if self._dissidents is None:
            table: dict[int, list[int]] = {}
            index = self.index
            for key in index.keys_with_word("dissidents"):
                if not key.endswith(" dissidents"):
                    continue
                splinters = [t for t, _f, _l in index.entries_of(key) if type(t) is int]
                for target, _flags, _letters in index.entries_of(
                    key[: -len(" dissidents")]
                ):
                    if type(target) is int:
                        known = table.setdefault(target, [])
                        known.extend(
                            p for p in splinters if p != target and p not in known
                        )
            self._dissidents = {k: tuple(v) for k, v in table.items() if v}
        return self._dissidents

    def global_parents(self) -> frozenset[int]:
        """The actors of no one country that another actor is a branch of (read on first need)."""
        if self._global_parents is None:
            ids = {a.parent for a in self.actors if a.parent}
            self._global_parents = frozenset(
                pos for pos, a in enumerate(self.actors) if a.id in ids and not a.country
            )
        return self._global_parents

    def jihadists(self) -> frozenset[int]:
        """
        The armed groups "jihadists" or "Islamists" may name: those whose
        name, or an ancestor's (a branch's parent), says so ("Islamic
        State", "al-Qaeda", "Ansar ...") and the few of :data:`_JIHADIST_IDS`
        whose names do not (read on first need).
        """
        if self._jihadists is None:
            by_id = {a.id: a for a in self.actors}
            out: list[int] = []
            for pos, a in enumerate(self.actors):
                if a.kind not in _ARMED_KINDS:
                    continue
                link: Actor | None = a
                for _depth in range(4):  # (a branch of a branch of a parent)
                    if link is None:
                        break
                    if link.id in _JIHADIST_IDS or _JIHADIST_NAME_RE.search(
                        link.canonical
                    ):
                        out.append(pos)
                        break
                    link = by_id.get(link.parent) if link.parent else None
            self._jihadists = frozenset(out)
        return self._jihadists

    def held_capital(self, name: str, day: _dt.date | None) -> int | None:
        """
        The armed group that holds the capital *name* ("Sanaa": the Houthis,
        from 21 September 2014) on *day* (:data:`_HELD_CAPITALS`), else none.
        """
        held = _HELD_CAPITALS.get(name)
        if held is None or day is None or day < held[1]:
            return None
        for pos, actor in enumerate(self.actors):
            if actor.canonical == held[0]:
                return pos
        return None

    def short_name(self, name: str, day: _dt.date | None) -> list[int]:
        """
        The actors (alive on *day*) that *name*, two words or more, is the
        opening of a longer name of: "the Joint Forces" are Sudan's "Joint
        Forces of the Armed Struggle Movements" (the caller keeps the one
        of the story's country). The openings are read from the alias index
        on first need.
        """
        if self._short is None:
            table: dict[str, set[int]] = {}
            for key, entries in self.index.rows():
                words = key.split()
                targets = [t for t, _f, _l in entries if type(t) is int]
                for n in range(2, len(words)) if targets else ():
                    table.setdefault(" ".join(words[:n]), set()).update(targets)
            self._short = {k: frozenset(v) for k, v in table.items()}
        key = name.lower()
        if not (key.isascii() and key.replace(" ", "").isalpha()):
            key = alias_keys([name])[0]  # (the index's own folding, rarely needed)
        if key.startswith("the "):
            key = key[4:]
        positions = self._short.get(key)
        if not positions:
            return []
        actors = self.actors
        return [p for p in positions if actors[p].valid_on(day)]

    def home_regions(self, pos: int) -> frozenset[str]:
        """
        The first-level regions of its country an actor's name says it is
        from ("Balochistan Liberation Army": PK-BA), as ISO 3166-2 codes.
        """
        home = self._homes.get(pos)
        if home is None:
            actor = self.actors[pos]
            home = (
                _regions_named(actor.canonical, actor.country, False)
                if actor.country
                else frozenset()
            )
            self._homes[pos] = home
        return home

    def last_state(
        self, found: list[_Found], i: int, generic: str | None, day: _dt.date | None
    ) -> str | None:
        """
        The country of the last state mention of *generic*'s class
        ("military", "police" ...) before ``found[i]``, within
        :data:`_ANAPHORA_SPAN` characters, named ("Israeli troops") or
        resolved: what a definite "the troops" takes up.
        """
        floor = found[i].start - _ANAPHORA_SPAN
        for j in range(i - 1, -1, -1):
            g = found[j]
            if g.end < floor:
                break
            if (
                g.kind != "state"
                or not g.country
                or g.actor is None
                or g.reason == _WEAPON_REASON
            ):
                continue
            if g.generic == generic or (
                g.generic is None
                and generic is not None
                and self.state(g.country, generic, day) == g.actor
            ):
                return g.country
        return None

    def away_from_home(
        self, text: str, starts: list[int], group: _Found, at: int
    ) -> bool:
        """
        Whether the sentence at *at* names regions of the *group*'s country
        and none is a region the group's name says it is from: "gunmen ...
        in neighbouring Khyber Pakhtunkhwa" are not the Balochistan
        Liberation Army, however often the story names it.
        """
        if group.actor is None:
            return False
        home = self.home_regions(group.actor)
        if not home:
            return False
        k = bisect.bisect_right(starts, at) - 1
        start = starts[k] if k >= 0 else 0
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        country = self.actors[group.actor].country
        named = _regions_named(text[start:end], country, text[start:end].isupper())
        return bool(named) and named.isdisjoint(home)

    def in_home_regions(
        self, text: str, starts: list[int], group: _Found, at: int, home: str
    ) -> bool:
        """
        Whether the sentence at *at* names regions of the dateline's country
        *home* and none of the *group*'s own country, while the sentence
        that names the group spells its own country: two scenes in two
        countries ("In Colombia, FARC dissidents attacked ..." after
        "Gunmen killed seven in Guanajuato"), not a group that crosses a
        border ("Gunmen killed 20 near Tillaberi" of a Niger story naming
        the Islamic State Sahel Province, counted as Mali's).
        """
        country = group.country
        name = country_short_name(country) if country else None
        if name is None:
            return False
        # (the cheap test first: most groups are named with no country)
        k = bisect.bisect_right(starts, group.start) - 1
        start = starts[k] if k >= 0 else 0
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        if fold(name) not in fold(text[start:end]):
            return False
        k = bisect.bisect_right(starts, at) - 1
        start = starts[k] if k >= 0 else 0
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        sentence = text[start:end]
        return bool(_regions_named(sentence, home, False)) and not _regions_named(
            sentence, country, False
        )

    def at_home(
        self, text: str, starts: list[int], armed: list[_Found], but: str | None, at: int
    ) -> list[_Found]:
        """
        The mentions of *armed* but those of the group *but* and of groups
        :meth:`away_from_home` in the sentence at *at* (a method of its own:
        a comprehension in the caller would make its locals closure cells).
        """
        return [
            g
            for g in armed
            if g.canonical != but and not self.away_from_home(text, starts, g, at)
        ]

    def country_name(self, code: str) -> str | None:
        """
        The name the country's state actors carry ("Democratic Republic of
        Congo", "Russia", "Palestine"), so an unidentified group of a country
        is named as its army is; else the places family's name for the code.
        """
        name = self._names.get(code, "")
        if name == "":
            positions = self.states.get((code, "military"))
            if positions:
                # (the plain period's name is the shortest: the others add a suffix)
                canonical = min((self.actors[p].canonical for p in positions), key=len)
                name = canonical[len(STATE_CLASSES["military"]) + 1 :]
            else:
                name = _country_name(code)
            self._names[code] = name
        return name

    def juntas(self) -> frozenset[int]:
        """
        The militaries of military governments: a state military with an
        alias that says "junta" ("Malian junta forces", one per regime
        period), read from the alias index the first time a report needs
        them ("{d} junta" of every government is no military's).
        """
        if self._juntas is None:
            actors = self.actors
            prefix = STATE_CLASSES["military"] + " "
            self._juntas = frozenset(
                target
                for target, _flags, _last in self.index.entries_with_word("junta")
                if type(target) is int
                and actors[target].kind == "state"
                and actors[target].canonical.startswith(prefix)
            )
        return self._juntas

    def junta_military(
        self, country: str | None, found: list[_Found], day: _dt.date | None
    ) -> int | None:
        """
        The military "junta troops" are: that of the context *country* when
        a military government ruled it on *day*, else that of the first
        other country of the report's named state actors that was so ruled
        (a Bangkok story on Myanmar's junta), else none: a junta is no
        one country's name.
        """
        juntas = self.juntas()
        named = [country] if country else []
        named.extend(
            g.country
            for g in found
            if g.kind == "state"
            and g.generic is None
            and g.country
            and g.country != country
        )
        for code in dict.fromkeys(named):
            pos = self.state(code, "military", day)
            if pos is not None and pos in juntas:
                return pos
        return None

    def paramilitary(self, country: str, day: _dt.date | None) -> int | None:
        """
        The force a *country*'s "paramilitaries" are on *day*: the actor of
        that country with the alias "<demonym> paramilitaries" ("Sudanese
        paramilitaries", "Colombian paramilitaries") that existed on the
        day, a non-state group or the state's military (India's and
        Pakistan's paramilitary forces are its arms), else none.
        """
        return self.demonym_force(country, day, "paramilitaries")

    def volunteers(self, country: str, day: _dt.date | None) -> int | None:
        """
        The militia a *country*'s "volunteer fighters" are on *day*: the
        actor with the alias "<demonym> volunteers" ("Burkinabe volunteers",
        the VDP), else none.
        """
        return self.demonym_force(country, day, "volunteers")

    def demonym_force(self, country: str, day: _dt.date | None, noun: str) -> int | None:
        """
        The armed actor of *country* (a non-state group or the state's
        military) with the alias "<demonym> *noun*" that existed on *day*.
        """
        actors = self.actors
        military = STATE_CLASSES["military"] + " "
        found: list[int] = []
        forms = _country_demonyms(country)
        for form in forms:
            for target, _flags, _last in self.index.entries_of(form + " " + noun):
                if type(target) is not int or target in found:
                    continue
                actor = actors[target]
                if actor.country != country or not (
                    actor.kind in _ARMED_KINDS or actor.canonical.startswith(military)
                ):
                    continue
                if day is not None and (
                    (actor.valid_from is not None and day < actor.valid_from)
                    or (actor.valid_to is not None and day > actor.valid_to)
                ):
                    continue
                found.append(target)
        return self.choose(found, day, country) if found else None

    def body_junta(
        self,
        doc: Document,
        tokens: Tokens,
        found: list[_Found],
        day: _dt.date | None,
        hits: list[int],
    ) -> int | None:
        """
        The military of the first country a named group belongs to, else of
        the country the text names most (by name, capital or demonym), that
        a military government ruled on *day*; else none.
        """
        juntas = self.juntas()
        named = [g.country for g in found if g.generic is None and g.country]
        counts = _body_countries(doc.text, tokens, 0, doc.shouting, None, hits)
        named.extend(sorted(counts, key=counts.__getitem__, reverse=True))
        for code in dict.fromkeys(named):
            pos = self.state(code, "military", day)
            if pos is not None and pos in juntas:
                return pos
        return None

    # --- choosing among candidates ---------------------------------------------

    def choose(
        self, positions: Sequence[int], day: _dt.date | None, country: str | None
    ) -> int:
        return self.choose_why(positions, day, country)[0]

    def choose_why(
        self, positions: Sequence[int], day: _dt.date | None, country: str | None
    ) -> tuple[int, bool]:
        """The chosen actor, and whether the choice was a guess."""
        if len(positions) == 1:
            return positions[0], False
        return _choose_among(self.actors, positions, day, country)

    def state(self, country: str, cls: str, day: _dt.date | None) -> int | None:
        positions = self.states.get((country, cls))
        if not positions:
            return None
        return self.choose(positions, day, country)

    # --- the pass over one document --------------------------------------------

    def parse(self, doc: Document, *, generic: bool, metonymy: bool) -> list[_Found]:
        text = doc.text
        if not text or text.isspace():  # (no stripped copy of the story made)
            return []
        folded = doc.folded
        shouting = doc.shouting
        dateline = doc.dateline
        day = doc.published or (dateline.date if dateline is not None else None)
        home = dateline.country if dateline is not None else None
        tokens = tokenize(folded)
        words = tokens.words
        # (the metonymy cues are read only where metonymy is: in shouted copy
        # or with it off, "is", "was", "said" ... are hits no pass reads)
        wanted = self.wanted if metonymy and not shouting else self.wanted_uncued
        indices = _INDICES if len(words) <= len(_INDICES) else range(len(words))
        hits = list(compress(indices, map(wanted.__contains__, words)))
        # the hits of the passes after the alias scan, picked out once (most
        # hits are alias starts such as "the", which those passes never read)
        others = tokens_in(
            hits, words, _OTHER_WORDS if wanted is self.wanted else _OTHER_WORDS_UNCUED
        )
        found: list[_Found] = []
        shared: list[tuple[_Found, list[int]]] = []  # shared aliases still a guess
        skip_to = 0
        surnames: set[str] = set()  # acronyms read as a person's surname
        foreign: set[str] | None = (
            None  # the story's countries, once a description needs them
        )
        for m in self.index.scan(text, tokens, shouting=shouting, hits=hits, led=True):
            if m.start < skip_to:
                continue  # inside a longer name read instead of a generic head
            if text[m.start - 1 : m.start] == "-" and _inside_hyphenated(
                text, m.start, m.end
            ):
                continue  # "PORT-AU-PRINCE" names no African Union
            if text[m.end : m.end + 1] == "-" and _COMPOUND_AFTER_RE.match(text, m.end):
                # "Russia's military-industrial complex", "military-grade
                # explosives": the first half of a describing word, no actor
                continue
            entries = m.entries
            of_next = generic and text.startswith(_OF_NEXT, m.end)
            longer_next = of_next or (
                generic
                and not shouting
                and text.startswith(_LONGER_NEXT, m.end)
                and text[m.end + 4 : m.end + 6].lstrip()[:1].isupper()
            )
            if longer_next and not any(type(t) is int for t, _f, _l in entries):
                longer = self._name_of(text, tokens, m, shouting)
                if longer is not None:
                    m = longer
                    entries = m.entries
                    skip_to = m.end
                    of_next = False
            if len(entries) == 1:
                target = entries[0][0]
                named = [target] if type(target) is int else []
            else:
                named = [t for t, _f, _l in entries if isinstance(t, int)]
            if named and m.first == m.last and entries[0][1] & EXACT:
                if surnames and text[m.start : m.end] in surnames:
                    continue  # "MIR'S KIDNAPPING" after "JUAN CARLOS MIR"
                if _after_a_personal_name(text, m.start):
                    # "JUAN CARLOS MIR", "Minister MIR": a surname, and the
                    # story's later "MIR" is that person too
                    surnames.add(text[m.start : m.end])
                    continue
            if named and text.endswith(_KUNYAS, 0, m.start):
                continue  # "Yasser Abu Shabab": a man's name, no al-Shabaab
            if named and day is not None:
                # an alias of actors that began years after the story names
                # something else ("ANA" in 1989 is no Afghan army, the
                # "Group of Eight" of 1989 no G8); a description ("paramilitary
                # groups", no AUC yet) that is also a generic phrase still
                # tells the kind of actor, so it is read as that generic one
                if len(named) > 1:
                    named = _founded_by(self.actors, named, day)
                elif _founded_after(self.actors[named[0]], day):
                    named = []
                if not named:
                    entries = tuple(e for e in entries if type(e[0]) is not int)
                    if m.first == m.last or not entries:
                        continue
            if (
                len(named) > 1
                and home
                and _inside_longer_name(text, m.start)
                and _all_abroad(self.actors, named, home)
            ):
                # "Saraya Ansar al-Sunna" in a Syrian story: a name two groups
                # of other countries share ("Ansar al-Sunna", Mozambique's
                # insurgents and an Iraqi group), inside a longer name, is
                # neither of them
                named = []
                entries = tuple(e for e in entries if type(e[0]) is not int)
                if m.first == m.last or not entries:
                    continue
            if (
                len(named) == 1
                and (own := self.actors[named[0]].country)
                and self.actors[named[0]].kind not in _ABROAD_KINDS
                and _descriptive(text, m.start, m.end)
            ):
                # a description one country's group is known by ("clan
                # militias" of Somalia's Macawisley, "eastern forces" of
                # Libya's LNA) names that group only in a story of its
                # country: in Kenya or Ethiopia it is the generic phrase
                # (a foreign force serves abroad: "Wagner fighters" opening
                # a sentence of a Mali story are Wagner's)
                if foreign is None:
                    # (the countries the body spells, and the dateline's: a
                    # Somalia story filed from Nairobi names Somalia)
                    foreign = set()
                    _body_countries(text, tokens, 0, shouting, foreign, hits)
                    if home is not None:
                        foreign.add(home)
                if foreign and own not in foreign:
                    named = []
                    entries = tuple(e for e in entries if type(e[0]) is not int)
                    if not entries:
                        continue
            if named:
                item = _Found(m.start, m.end)
                if len(named) == 1:  # (most aliases name one actor: no choice to make)
                    pos, guess = named[0], False
                else:
                    pos, guess = _choose_among(self.actors, named, day, home)
                self._assign(item, pos)
                if (
                    text.startswith(_RULERS_NEXT, m.end)
                    and (rulers := _rulers_after(text, m.end))
                    and item.country
                    and (item.canonical or "").startswith(_MILITARY_PREFIX)
                    and (ruler := self.state(item.country, "government", day)) is not None
                ):
                    # "Niger's military rulers", "the Malian military
                    # leadership": the military government, one mention
                    self._assign(item, ruler)
                    item.end = skip_to = m.end + rulers
                if guess:
                    item.confidence = 0.9
                    item.reason = "alias shared by several actors"
                    # (with no dateline country, or one that settles
                    # nothing: "al-Shabaab" in a Somalia story from Nairobi)
                    shared.append((item, named))
                elif (
                    day is not None
                    and pos in self.outside
                    and not (self.outside[pos][0] <= day <= self.outside[pos][1])
                ):
                    # "the FARC" in 2025: its name is still read (a story may
                    # recall the group), but not as surely as a living one
                    item.confidence = 0.8
                    item.reason = _OUTSIDE_REASON
            else:
                if not generic:
                    continue
                cls = str(entries[0][0])[2:]
                if _modifies_noun(
                    text, m.end, _MODIFIED if cls != "armed" else _MEDIA, shouting
                ):
                    continue  # "a police station", "a militant website"
                if (
                    cls != "armed"
                    and not shouting
                    and text.endswith(_FORMER, max(0, m.start - 7), m.start)
                ):
                    # "a former police officer": a person's past, no force (in
                    # shouted copy "A FORMER ARMED FORCES COMMANDER" would be
                    # read as an unknown organisation's name instead)
                    continue
                if (
                    cls == "armed"
                    and "esignat" in text[max(0, m.start - 40) : m.start]
                    and _DESIGNATED_BEFORE_RE.search(text, max(0, m.start - 48), m.start)
                ):
                    # "designated a foreign terrorist organisation by the United
                    # States": a label given to a group named, no actor
                    continue
                # (the look-behind's words first, in the slice: a regex call
                # costs far more, and most nouns are neither)
                before = text[m.end - 6 : m.end]
                if (
                    not before.isascii() or before.lower() in _VERB_NOUNS
                ) and _VERB_OBJECT_RE.match(text, m.end):
                    continue  # "the opposition forces a vote": a verb
                if cls == "government" and _is_the_office(text, m.start, m.end):
                    continue  # "assumed the presidency": an office, no actor
                if of_next and cls == "government" and not shouting:
                    led = self._leader_government(text, m.end, day, home)
                    if led is not None and led[1] is not None:
                        # "the government of Nicolas Maduro": the government
                        # the dictionary knows as "Maduro government"
                        start = m.start + 4 if text.startswith(_THE, m.start) else m.start
                        item = _Found(start, led[0])
                        self._assign(item, led[1])
                        found.append(item)
                        skip_to = led[0]
                        continue
                    if led is not None:
                        # (a generic mention of a government in context)
                        item = _Found(m.start, led[0])
                        item.generic = cls
                        found.append(item)
                        skip_to = led[0]
                        continue
                if of_next and cls != "armed" and _heads_a_name(text, m.end, shouting):
                    continue  # "the Army of National Liberation": a longer name
                item = _Found(m.start, m.end)
                item.generic = cls
            found.append(item)
        if day is not None and found:
            self._successors(found, day)
        if generic and not shouting and found:
            found = _named_heads(text, found)
        if found and _has_place_shaped(text, found):
            found = _without_foreign_places(text, tokens, found, home, shouting, hits)
        if shared:
            self._in_story_country(text, found, shared, day)
            _named_apart(found, shared)
        if found and not _SPLINTER_WORDS.isdisjoint(map(words.__getitem__, others)):
            self._splinters(text, found, day, home)
        weapons = _weapon_starts(folded, tokens, others)
        if weapons:
            self._weapon_demonyms(text, folded, found, day, weapons)
        self._coordinated_demonyms(text, found, day)
        if (
            "'s " in text
            or "\u2019s " in text
            or "-installed " in text
            or "-appointed " in text
        ):
            self._possessed_organs(text, found, day)
        if "junta" in folded:
            self._junta_forces(text, found, day)
        if " loyal to " in text:
            self._loyal_forces(text, found, day)
        if generic:
            self._unknown_orgs(text, tokens, found, shouting, others, home, day)
            if "its " in folded:
                _possessed_forces(folded, found)
        self._local_acronyms(text, found)
        if metonymy and not shouting:
            found.extend(self._metonymy(text, tokens, found, day, others))
            if _holds_any(text, _STRIKING_VERBS):
                found.extend(self._striking_countries(text, found, day))
            found.sort(key=lambda f: f.start)
        if not self.global_parents().isdisjoint(map(_ACTOR_OF, found)):
            self._branches_here(doc, tokens, found, day, home, hits)
        if "led by" in folded and not shouting:
            _led_by(text, found)
        if generic:
            self._resolve_generic(doc, tokens, found, day, home, hits)
            if not shouting:  # (shouted copy: "FIGHTERS" end no such name)
                self._branch_fighters(text, found)
        if not shouting and any(f.kind == "external" for f in found):
            if generic:
                self._body_missions(doc, tokens, found, day, home, hits)
            _contingents(text, found)
        for f in found:
            if f.end - f.start > 3 and text.endswith(_POSSESSIVE_TAILS, 0, f.end):
                # "the militant group's announcement": an alias read in the
                # plural ("militant groups", apostrophes ignored) ends
                # before the possessive, as every other mention does
                f.end -= 2
        return found

    def _body_missions(
        self,
        doc: Document,
        tokens: Tokens,
        found: list[_Found],
        day: _dt.date | None,
        home: str | None,
        hits: list[int],
    ) -> None:
        """
        A peacekeeping body's forces named by the body ("African Union
        forces", "UN troops") in a report of a country where one mission of
        that body served on the day: that mission (AUSSOM in Somalia in
        2025), as conflict data codes them.  (In place.)
        """
        country: str | None = None
        known = False
        for f in found:
            if f.generic is not None or f.actor is None or f.kind != "external":
                continue
            body = self.actors[f.actor]
            if body.id not in _PEACE_BODIES:
                continue
            if not doc.text[f.start : f.end].lower().endswith(_BODY_FORCE_NOUNS):
                continue
            if not known:
                country, known = _fallback_country(doc, tokens, found, home, hits), True
            if country is None:
                return
            missions = [
                pos
                for pos, actor in enumerate(self.actors)
                if actor.parent == body.id
                and actor.country == country
                and actor.kind == "external"
                and actor.valid_on(day)
            ]
            if len(missions) == 1:
                self._assign(f, missions[0])
                f.confidence = 0.8
                f.reason = "the body's one mission in the report's country"

    def _successors(self, found: list[_Found], day: _dt.date) -> None:
        """
        A mission named after its end by its old name ("AMISOM troops" in
        2023) is the one that took its place on the day (ATMIS), unless the
        report names that one too ("AUSSOM replaced ATMIS": the old one
        told of).  (In place.)
        """
        for item in found:
            if item.actor is None or item.kind != "external":
                continue
            ended = self.actors[item.actor].valid_to
            if ended is None or day <= ended:
                continue
            after = self.successor(item.actor, day)
            if after is None or any(f.actor == after for f in found):
                continue
            self._assign(item, after)
            item.confidence = 0.8
            item.reason = "the mission that succeeded the one named"

    def successor(self, pos: int, day: _dt.date) -> int | None:
        """
        The mission that took the place of the ended mission at *pos* (an
        external actor with a parent) and is in being on *day*: of the same
        body and country, each begun within a month of the end of the one
        before (AMISOM, ATMIS, AUSSOM); None where one is not alone.
        """
        for _step in range(4):
            old = self.actors[pos]
            if old.parent is None or old.kind != "external" or old.valid_to is None:
                return None
            found: int | None = None
            for k, actor in enumerate(self.actors):
                if (
                    actor.parent == old.parent
                    and actor.country == old.country
                    and actor.kind == "external"
                    and actor.valid_from is not None
                    and 0 < (actor.valid_from - old.valid_to).days <= 31
                ):
                    if found is not None:
                        return None
                    found = k
            if found is None:
                return None
            if self.actors[found].valid_on(day):
                return found
            pos = found
        return None

    def mission_in(self, country: str, day: _dt.date | None) -> int | None:
        """
        The one mission of an international body (an actor with a parent,
        of kind external) in *country* on *day*, else None (none, or
        several).
        """
        found: int | None = None
        for pos, actor in enumerate(self.actors):
            if (
                actor.country == country
                and actor.kind == "external"
                and actor.parent is not None
                and actor.valid_on(day)
            ):
                if found is not None:
                    return None
                found = pos
        return found

    def _leader_government(
        self, text: str, end: int, day: _dt.date | None, home: str | None
    ) -> tuple[int, int | None] | None:
        """
        The end of "of [title] First Last" after a generic "the government"
        (or regime, administration) ending at *end*, and the state actor the
        dictionary names "Last government" ("the government of President
        Nicolas Maduro": the Maduro government), or no actor after a title
        the dictionary knows no such government of; else None.
        """
        m = _LEADER_OF_RE.match(text, end, min(len(text), end + 60))
        if m is None:
            return None
        noun = text[max(0, end - 14) : end].rpartition(" ")[2].lower()
        if noun not in _LED_NOUNS:
            return None  # ("the juntas of Guinea and Chad": several)
        name = m.group("name")
        if m.start("name") == end + 4 and (
            _is_country(name) or _place_hit(name) is not None
        ):
            # ("the government of Kenya": the country's own alias; "the
            # government of Khartoum" is no Bashir-era "Khartoum government";
            # a man's name has a title or a given name before it)
            return None
        bare = name[3:] if name[2:3] == "-" else name  # ("al-Assad": Assad's)
        for key in dict.fromkeys(
            (
                f"{name} {noun}",
                f"{name} government",
                f"{bare} {noun}",
                f"{bare} government",
            )
        ):
            named = [
                t
                for t, _f, _l in self.index.entries_of(alias_keys([key])[0])
                if type(t) is int and self.actors[t].kind == "state"
            ]
            if named:
                # (of the leader's own days: "the regime of President Bashar
                # al-Assad" told in 2025 is the regime that fell)
                return m.end(), self.choose(named, day, home)
        if m.group("title"):
            # "the government of Prime Minister Ariel Henry": a government
            # the dictionary knows by no leader's name, still one mention
            # of the country's government in context
            return m.end(), None
        return None

    def _branches_here(
        self,
        doc: Document,
        tokens: Tokens,
        found: list[_Found],
        day: _dt.date | None,
        home: str | None,
        hits: list[int],
    ) -> None:
        """
        "Islamic State fighters" in a story set in Nigeria are the Islamic
        State West Africa Province, as conflict data codes them: an armed
        group of no one country, named where exactly one of its branches
        operates on the story's day, is that branch. (A story that names no
        country, or one where the group has no branch or several, keeps the
        parent; so does a parent another group is linked or sworn to.)
        """
        country = _fallback_country(doc, tokens, found, home, hits)
        if country is None:
            return
        text = doc.text
        parents = self.global_parents()
        known: dict[int, list[int]] = {}  # each group's branches in *country*
        last_generic = -1  # where the last generic armed mention ends
        for f in found:
            if f.generic == "armed":
                last_generic = f.end
            if f.actor not in parents or f.generic is not None or f.kind != "rebel":
                continue
            if (
                affiliation_after(text, f.end)
                or _affiliate_possessive(text, f.end)
                or _ALLEGIANCE_BEFORE_RE.search(  # <= 30 chars: no timeout
                    doc.folded, max(0, f.start - 30), f.start
                )
            ):
                # the parent another group is linked to ("the Islamic
                # State-linked insurgents", "al-Qaeda's affiliate", "which
                # pledged allegiance to Islamic State"): the parent
                continue
            if affiliation_before(doc.folded, f.start) and not (
                0 <= f.start - last_generic <= _AFFILIATION_SPAN
            ):
                continue  # ("al-Shabaab, which is allied with al-Qaeda")
            kids = known.get(f.actor)
            if kids is None:
                # (read once a group)
                kids = known[f.actor] = self.branches(
                    self.actors[f.actor].id, country, day
                )
            if len(kids) == 1:
                self._assign(f, kids[0])
                f.confidence = 0.9
                f.reason = _BRANCH_REASON

    def _branch_fighters(self, text: str, found: list[_Found]) -> None:
        """
        "Islamic State fighters kill 18" of a report that names ISWAP: the
        fighters of a group of no one country whose one branch the report
        names are that branch's (the group's name alone, "pledged allegiance
        to Islamic State", stays the group's).  (In place.)
        """
        actors = self.actors
        parents = self.global_parents()
        for f in found:
            if f.actor not in parents or not text.endswith(
                _FIGHTER_TAILS, f.start, f.end
            ):
                continue  # (a front's fighters, "FMLN guerrillas", are no one faction's)
            parent = actors[f.actor].id
            children = {
                g.actor
                for g in found
                if g.generic is None
                and g.actor is not None
                and actors[g.actor].parent == parent
            }
            if len(children) == 1:
                self._assign(f, children.pop())
                f.confidence = 0.8
                f.reason = "the branch of the group named that the report names"

    def _name_of(
        self, text: str, tokens: Tokens, m: Match, shouting: bool
    ) -> Match | None:
        """
        A named alias that a word of the generic match *m* begins and that
        runs past its "of": "the Army of National Liberation" is the ELN,
        not "the army" (the scan keeps the match that starts first).
        """
        for k in range(m.first, m.last + 1):
            longer = self.index.match_at(text, tokens, k, shouting=shouting)
            if (
                longer is not None
                and longer.end > m.end
                and any(type(t) is int for t, _f, _l in longer.entries)
            ):
                if text[m.end - 1] in "sS" and _AND_NEXT_RE.match(text, longer.end):
                    return None  # "the governments of El Salvador and Guatemala": both
                return longer
        return None

    def _splinters(
        self, text: str, found: list[_Found], day: _dt.date | None, home: str | None
    ) -> None:
        """
        Dissidents, splinters and breakaway factions of a named group are
        another actor ("dissidents of the former FARC", "an ADF splinter
        group"), as are the remnants of one that had ended by *day*: the
        dictionary's "X dissidents" when it has one (an alias of that name),
        else an unidentified group of X's country and kind, never X itself.
        The mention takes in the words that say so.
        """
        actors = self.actors
        merged = False  # (whether a mention was merged into the one after it)
        for i, f in enumerate(found):
            pos = f.actor
            if (
                pos is None
                or f.start < 0
                or f.generic is not None
                or f.kind not in _ARMED_KINDS
            ):
                continue
            actor = actors[pos]
            before = _SPLINTER_BEFORE_RE.search(
                text, max(0, f.start - _SPLINTER_REACH), f.start, timeout=REGEX_TIMEOUT
            )
            after = (
                None
                if before
                else _SPLINTER_AFTER_RE.match(text, f.end, timeout=REGEX_TIMEOUT)
            )
            if before is None and after is None:
                branch = _BRANCH_AFTER_RE.match(text, f.end)
                child = (
                    None
                    if branch is None
                    else self._child_named(text, found, actor, called=False)
                )
                if child is not None and branch is not None:
                    # "Al Qaeda affiliate claims attack" of a report naming
                    # JNIM: the affiliate the report names
                    f.end = branch.end()
                    self._assign(f, child)
                    f.confidence = 0.8
                    f.reason = "the affiliate of a group named that the report names"
                continue
            if (
                before is not None
                and (before.group(1) or "").lower() == "remnants"
                and not (
                    day is not None
                    and actor.valid_to is not None
                    and day > actor.valid_to
                )
            ):
                continue  # the remnants of a living group are the group
            named = self.dissidents().get(pos, ())
            if before is not None:
                if before.group(1):
                    f.start = before.start(1)
                else:
                    f.start = before.start(2)
                    noun = _SPLINTER_NOUN_RE.match(text, f.end, timeout=REGEX_TIMEOUT)
                    if noun is not None:
                        f.end = noun.end()  # "a breakaway ADF faction"
            elif after is not None:
                f.end = after.end()
            prev = found[i - 1] if i > 0 else None
            if (
                prev is not None
                and prev.generic is None
                and prev.start < f.start < prev.end
            ):
                # "FARC dissidents of the 33rd Front": the splinter word is
                # the end of the name before; one mention from its start
                f.start = prev.start
                prev.start = -1  # (dropped below)
                merged = True
                prev = None
            if (
                prev is not None
                and prev.armed
                and prev.generic is None
                and prev.actor != pos
                and text.startswith(",", prev.end)
                and _APPOSITION_RE.match(text, prev.end, f.start, timeout=REGEX_TIMEOUT)
            ):
                # "ISWAP, a Boko Haram splinter group": the group named before
                _take(prev, f)
                f.confidence = 0.9
                f.reason = "apposition to the name before it"
                continue
            if named:
                self._assign(f, self.choose(named, day, home or actor.country))
                f.confidence = 0.9
                f.reason = "dissidents of a group named"
                continue
            child = self._child_named(text, found, actor)
            if child is not None:
                # "a splinter faction of the Pakistani Taliban" of a report
                # naming Jamaat-ul-Ahrar, a TTP faction: that faction
                self._assign(f, child)
                f.confidence = 0.8
                f.reason = "the splinter of a group named that the report names"
                continue
            if _is_dissidents(self.dissidents(), pos):
                # "a dissident faction of the former FARC guerrillas": the
                # alias already names the dissidents, one of whose factions
                # is still that actor
                f.confidence = 0.9
                f.reason = "a faction of a dissident group named"
                continue
            name = self.country_name(actor.country) if actor.country else None
            f.actor = None
            f.canonical = (
                f"Unidentified Armed Group ({name})"
                if name
                else "Unidentified Armed Group"
            )
            f.confidence = 0.6
            f.reason = "a splinter of a group named, with no entry of its own"
        if merged:
            found[:] = [g for g in found if g.start >= 0]

    def _child_named(
        self, text: str, found: list[_Found], parent: Actor, *, called: bool = True
    ) -> int | None:
        """
        The one actor the report names whose parent is *parent* and which
        it calls a faction, splinter or affiliate just after a mention
        ("Jamaat-ul-Ahrar, a faction that broke away from the TTP"; not
        "the Katiba Macina, a JNIM unit": a part, not the splinter). With
        *called* false, a report that calls none so but names one child of
        *parent* alone gives that one ("Jihadists of the JNIM group ... The
        al Qaeda affiliate said": the affiliate is JNIM).
        """
        actors = self.actors
        named = [
            g
            for g in found
            if g.actor is not None
            and g.generic is None
            and actors[g.actor].parent == parent.id
        ]
        children = {
            g.actor
            for g in named
            if _BRANCH_WORDS_RE.search(text, g.end, g.end + _BRANCH_REACH)
        }
        if not children and not called:
            children = {g.actor for g in named}
        return children.pop() if len(children) == 1 else None

    def _in_story_country(
        self,
        text: str,
        found: list[_Found],
        shared: list[tuple[_Found, list[int]]],
        day: _dt.date | None,
    ) -> None:
        """
        Choose again the actors of aliases that several share and that the
        dateline's country (if any) left a guess (the *shared* mentions, with
        their candidates) by the country the story's other actors belong to
        most (the first named among equals): "CJTF" beside Iraqi forces is
        not Nigeria's; else by the countries the text spells.
        """
        guessed = {id(item) for item, _named in shared}
        country = _most_common(
            [f.country for f in found if f.country and id(f) not in guessed]
        )
        spelled: list[str] | None = None
        for item, named in shared:
            if country is not None:
                pos, guess = self.choose_why(named, day, country)
                if not guess:
                    # (settled by the country, as a dateline's settles it: no doubt)
                    self._assign(item, pos)
                    item.confidence, item.reason = 1.0, None
                    continue
            # none of the other actors' country: the countries the text
            # spells by name, most named first ("al-Shabaab" beside
            # Rwandan troops in "Mozambique's Cabo Delgado" is Mozambique's)
            if spelled is None:
                by_name: set[str] = set()
                tokens = tokenize(fold(text))
                counts = _body_countries(text, tokens, 0, False, by_name)
                spelled = sorted(
                    (c for c in counts if c in by_name), key=lambda c: -counts[c]
                )
            for code in spelled:
                pos, guess = self.choose_why(named, day, code)
                if not guess:
                    self._assign(item, pos)
                    item.confidence, item.reason = 1.0, None
                    break
            else:
                if country is not None:
                    self._assign(item, self.choose_why(named, day, country)[0])

    def _assign(self, item: _Found, pos: int) -> None:
        actor = self.actors[pos]
        item.actor = pos
        item.canonical = actor.canonical
        item.kind = actor.kind
        item.country = actor.country
        item.armed = actor.kind in _ARMED_KINDS

    def _coordinated_demonyms(
        self, text: str, found: list[_Found], day: _dt.date | None
    ) -> None:
        """ "Afghan and Pakistani officials": the first demonym shares the noun."""
        extra: list[_Found] = []
        taken: Busy | None = None
        for f in found:
            if f.actor is None or f.kind != "state" or not f.country:
                continue
            if not text.endswith(_COORDINATORS, 0, f.start):
                continue  # no ", " or " and " just before: the pattern cannot match
            cls = _state_class(self.actors[f.actor].canonical)
            if cls is None:
                continue
            if taken is None:
                taken = Busy((f.start, f.end) for f in found)
            base = max(0, f.start - 40)
            m = _COORDINATED_RE.search(text[base : f.start], timeout=REGEX_TIMEOUT)
            if m is None:
                continue
            codes = demonym_countries().get(fold(m.group("d")))
            if not codes:
                if text.startswith(", ", base + m.end("d")) and text.endswith(
                    _PLACE_PREPOSITIONS, 0, base + m.start("d")
                ):
                    # ("In Russia, Ukrainian drones set fire to": a country's
                    # name and a comma open the sentence, they list nothing)
                    continue
                code = _country_code(m.group("d"))
                if code is None:
                    continue
                codes = (code,)
            start, end = base + m.start("d"), base + m.end("d")
            if not taken.free(start, end):
                continue
            pos = self.state(codes[0], cls, day)
            if pos is None:
                continue
            item = _Found(start, end)
            self._assign(item, pos)
            item.confidence = 0.8
            item.reason = "demonym sharing the noun of the next actor"
            extra.append(item)
        if extra:
            found.extend(extra)
            found.sort(key=lambda f: f.start)

    def _weapon_demonyms(
        self,
        text: str,
        folded: str,
        found: list[_Found],
        day: _dt.date | None,
        starts: list[int],
    ) -> None:
        """
        "Russian missiles and drones struck": a demonym (or country name)
        right before a weapon or strike noun (:data:`_WEAPONS_RE`) names
        that state's military as who struck. *starts* are where a weapon
        noun may begin (:func:`_weapon_starts`), in order: the nouns found
        are those ``_WEAPONS_RE.finditer`` would find.
        """
        extra: list[_Found] = []
        # (a bare "warplanes" the generic table reads gives way to the
        # demonym's: "U.S. warplanes" are the U.S. military's)
        taken = Busy((f.start, f.end) for f in found if not _bare_aircraft(text, f))
        after = 0
        for at in starts:
            if at < after:
                continue  # inside the noun before ("air strikes")
            w = _WEAPONS_RE.match(folded, at)
            if w is None:
                continue
            after = w.end()
            if at < 3 or text[at - 1] != " ":
                continue
            base = max(0, at - 24)
            m = _DEMONYM_BEFORE_RE.search(text, base, at)
            if m is None:
                continue
            word = m.group("d")
            codes = demonym_countries().get(fold(word))
            if not codes:
                code = _country_code(word)
                if code is None:
                    continue
                codes = (code,)
            start, end = m.start("d"), w.end()
            if not taken.free(start, end):
                continue
            if _LAUNCHED_BEFORE_RE.search(folded, max(0, start - 48), start) is not None:
                # "Russia launched Iranian drones", "shot down 20 Russian
                # drones": the demonym tells where the weapon was made or
                # whose it was, not who struck (the launcher is the subject)
                continue
            if codes[0] in _NO_STATE_ATTACKS and folded.startswith("attacks", at):
                continue  # "Palestinian attacks": its armed groups', not a state's forces
            pos = self.state(codes[0], "military", day)
            if pos is None:
                continue
            item = _Found(start, end)
            self._assign(item, pos)
            item.confidence = 0.8
            item.reason = _WEAPON_REASON
            extra.append(item)
            taken.add(start, end)
        if extra:
            found[:] = [
                f
                for f in found
                if not (
                    _bare_aircraft(text, f)
                    and any(g.start < f.end and f.start < g.end for g in extra)
                )
            ]
            found.extend(extra)
            found.sort(key=lambda f: f.start)

    def _possessed_organs(
        self, text: str, found: list[_Found], day: _dt.date | None
    ) -> None:
        """
        A state organ named by its capital or a short country name in the
        possessive ("Burkina's army", "Damascus's new authorities", "Bamako's
        military rulers", "Kyiv's forces"), or by the capital, country or
        demonym that installed it ("Moscow-installed officials",
        "Russian-installed authorities" of occupied land): the military,
        police or government of that country on the story's day. The
        dictionary's "{country} army" forms take no capital, short name or
        adjective between.  (In place.)
        """
        taken: Busy | None = None
        extra: list[_Found] = []
        for mark in ("'s ", "\u2019s ", "-installed ", "-appointed "):
            nxt = text.find(mark)
            while nxt >= 0:
                at = nxt
                after = at + len(mark)
                nxt = text.find(mark, after)
                # (the word after first: most possessives own no organ)
                stop = text.find(" ", after, after + 16)
                word = text[after : stop if stop >= 0 else after + 16]
                if word.rstrip(".,;:!?\"')\u201d") not in _ORGAN_FIRST_WORDS:
                    continue
                m = _ORGAN_AFTER_RE.match(text, after, min(len(text), after + 40))
                if m is None:
                    continue
                noun = m.group("noun")
                installed = mark[0] == "-"
                if (noun not in _INSTALLED_NOUNS) if installed else (noun in _PERSONS):
                    continue
                rebels = installed and text.endswith(
                    _REBEL_INSTALLERS, max(0, at - 5), at
                )
                if installed:
                    w = _INSTALLER_RE.search(text, max(0, at - 30), at)
                    name = None if w is None else w.group("name")
                else:
                    w = _POSSESSIVE_RE.search(text, max(0, after - 48), after)
                    name = None if w is None else w.group("name")
                if (w is None or name is None) and not rebels:
                    continue
                if _modifies_noun(text, m.end(), _MODIFIED):
                    continue  # "Kabul's police chief": a person, no force
                if rebels:
                    # "rebel-appointed officials": the rebels' own
                    # administration, a generic armed mention the report's
                    # rebel group takes up (no state's organ)
                    code: str | None = ""
                elif installed and name is not None:
                    codes = demonym_countries().get(fold(name))
                    code = codes[0] if codes else _possessed_country(name)
                else:
                    code = None if name is None else _possessed_country(name)
                if code is None:
                    continue
                start = at - 5 if rebels or w is None else w.start("name")
                hit = None if rebels or name is None else _place_hit(name)
                if hit is not None and not installed:
                    start += hit[0]  # ("The UAE's military": the article stays out)
                end = m.end()
                if taken is None:
                    taken = Busy((f.start, f.end) for f in found if f.generic is None)
                if (
                    not taken.free(start, end)
                    or any(e.start < end and start < e.end for e in extra)
                    or any(
                        f.generic is not None
                        and f.start < end
                        and start < f.end
                        and not (after <= f.start and f.end <= end)
                        for f in found
                    )
                ):
                    # (a generic organ after the possessive gives way to
                    # it: "Bamako's military rulers", not "military rulers")
                    continue
                if rebels:
                    item = _Found(start, end)
                    item.generic = "armed"
                    extra.append(item)
                    continue
                cls = "government" if installed else _ORGAN_CLASSES[noun]
                pos = self.held_capital(text[start:at], day) if not installed else None
                if pos is None:
                    pos = self.state(code, cls, day)
                if pos is None:
                    continue
                item = _Found(start, end)
                self._assign(item, pos)
                item.confidence = 0.9
                item.reason = (
                    "state organ installed by the country named"
                    if installed
                    else "state organ of the country or capital in the possessive"
                )
                extra.append(item)
        if extra:
            found[:] = [
                f
                for f in found
                if f.generic is None
                or not any(e.start <= f.start and f.end <= e.end for e in extra)
            ]
            found.extend(extra)
            found.sort(key=lambda f: f.start)

    def _loyal_forces(self, text: str, found: list[_Found], day: _dt.date | None) -> None:
        """
        "Forces loyal to eastern commander Khalifa Haftar", "fighters loyal
        to ousted president Bashar al-Assad": the forces the dictionary
        knows as the man's ("Haftar's forces", "Assad forces"), one
        mention that takes in a generic noun it opens with.  (In place.)
        """
        extra: list[_Found] = []
        for m in _LOYAL_TO_RE.finditer(text):
            name = m.group("name")
            bare = name[3:] if name[2:3] == "-" else name  # ("al-Burhan": Burhan's)
            for key in (f"{name}'s forces", f"{name} forces", f"{bare}'s forces"):
                named = [
                    t
                    for t, _f, _l in self.index.entries_of(alias_keys([key])[0])
                    if type(t) is int and self.actors[t].valid_on(day)
                ]
                if named:
                    break
            else:
                continue
            start, end = m.start(), m.end()
            if any(f.generic is None and f.start < end and start < f.end for f in found):
                continue  # (a name there already: "Fighters loyal to the RSF")
            item = _Found(start, end)
            self._assign(item, self.choose(named, day, None))
            item.confidence = 0.9
            item.reason = "forces loyal to the man the dictionary names them after"
            extra.append(item)
        for f in found:
            if f.generic == "government" and f.start >= 12:
                # "forces loyal to the internationally recognised
                # government": the military of the government in context,
                # one generic mention read as the state's forces
                loyal = _FORCES_LOYAL_RE.search(text, max(0, f.start - 40), f.start)
                if loyal is not None and not any(
                    e.start <= loyal.start() < e.end for e in extra
                ):
                    item = _Found(_loyal_start(found, loyal.start()), f.end)
                    item.generic = "military"
                    extra.append(item)
                continue
            # "Forces loyal to the Government of National Unity", "troops
            # loyal to the Sudanese government": that state's military
            if (
                f.kind != "state"
                or f.country is None
                or not (f.canonical or "").startswith(_GOVERNMENT_PREFIX)
                or f.start < 12
            ):
                continue
            loyal = _FORCES_LOYAL_RE.search(text, max(0, f.start - 40), f.start)
            if loyal is None or any(e.start <= loyal.start() < e.end for e in extra):
                continue
            pos = self.state(f.country, "military", day)
            if pos is None:
                continue
            item = _Found(_loyal_start(found, loyal.start()), f.end)
            self._assign(item, pos)
            item.confidence = 0.8
            item.reason = "forces loyal to the government named"
            extra.append(item)
        if extra:
            found[:] = [
                f
                for f in found
                if not any(e.start <= f.start and f.end <= e.end for e in extra)
            ]
            found.extend(extra)
            found.sort(key=lambda f: f.start)

    def _junta_forces(self, text: str, found: list[_Found], day: _dt.date | None) -> None:
        """
        "Myanmar junta troops", "a Myanmar junta air strike": a military
        government's name before a force or strike noun names its military
        (one mention with the force noun it takes in), as "Myanmar military
        jets" does; the junta alone stays the government.  (In place.)
        """
        merged = False
        for k, f in enumerate(found):
            if (
                f.generic is not None
                or f.kind != "state"
                or f.country is None
                or not text.endswith(_JUNTA_ENDS, f.start, f.end)
            ):
                continue
            m = _JUNTA_FORCE_AFTER_RE.match(text, f.end)
            if m is None:
                continue
            pos = self.state(f.country, "military", day)
            if pos is None:
                continue
            self._assign(f, pos)
            f.confidence = 0.9
            f.reason = "a junta's forces: its military"
            if m.group("force") and k + 1 < len(found):
                nxt = found[k + 1]
                if nxt.generic is not None and nxt.start == m.start("force"):
                    f.end = nxt.end
                    nxt.start = -1
                    merged = True
        if merged:
            found[:] = [f for f in found if f.start >= 0]

    def _unknown_orgs(
        self,
        text: str,
        tokens: Tokens,
        found: list[_Found],
        shouting: bool,
        hits: list[int],
        home: str | None,
        day: _dt.date | None,
    ) -> None:
        spans = find_org_names(
            text, tokens, [(f.start, f.end) for f in found], shouting=shouting, hits=hits
        )
        country: str | None = None  # (the story's, read on first need)
        for start, end in spans:
            item = _Found(start, end)
            name = " ".join(text[start:end].split())
            item.canonical = _title(name) if shouting else name
            words = name.lower().split()
            if not _STATE_BODIES.isdisjoint(words) or (
                "military"
                in name.lower().replace("-", " ").split()  # "Political-military"
                and words[-1] in _MILITARY_POSTS
            ):
                # "Ministry of Culture", "Department of the Treasury",
                # "Sonsonate Military Detachment", "High Military Command"
                item.kind = "state"
            elif _SERVICE_ARMS.isdisjoint(words) and not (
                words[0][:1].isdigit()
                and _ORDINAL_UNIT_RE.fullmatch(words[0])
                # ("the 33rd Front": a guerrilla front, not a state's unit)
                and words[-1] not in _GUERRILLA_UNITS
            ):
                # ("International Crisis Group": a think tank, not armed)
                item.armed = words[-1] in ARMED_HEADS and CIVIL_WORDS.isdisjoint(words)
            else:
                # "the 4th Infantry Brigade", "the 3rd Battalion": a unit of a
                # state's forces, never the group that "the rebels" of the
                # same story refers to
                item.kind = "state"
                if not shouting:
                    # "the army's 22nd Division" of a Sudan story: a unit of
                    # the story's forces (shouted MUC copy keeps the unit)
                    if country is None:
                        country = _story_country(found, home) or ""
                    pos = self.state(country, "military", day) if country else None
                    if pos is not None:
                        self._assign(item, pos)
                        item.confidence = 0.6
                        item.reason = "a unit of the forces of the story's country"
                        found.append(item)
                        continue
            item.confidence = 0.5
            item.reason = "organisation-like name not in the dictionary"
            if words[0].endswith(("'s", "’s")) and len(words) > 1:
                code = _country_code(name.split()[0][:-2])
                if code is not None and words[-1] in _COMMAND_HEADS:
                    # "Iraq's Joint Operations Command": a body of that
                    # state's forces
                    pos = self.state(code, "military", day)
                    if pos is not None:
                        self._assign(item, pos)
                        item.confidence = 0.8
                        item.reason = "a command of the forces of the country named"
                        found.append(item)
                        continue
            if len(words) > 1 and item.kind == "unknown" and not shouting:
                # (shouted copy: a short name is as often any office's)
                pool = self.short_name(name, day)
                if pool and country is None:
                    country = (
                        _story_country(found, home)
                        or _most_common([g.country for g in found if g.actor is not None])
                        or ""
                    )
                local = [p for p in pool if self.actors[p].country == country]
                pos = local[0] if len(local) == 1 else None
                if pos is not None:
                    # "the Joint Forces" in a Sudan story: the short form
                    # of a longer name of the story's country
                    self._assign(item, pos)
                    item.confidence = 0.8
                    item.reason = "short form of a name of the story's country"
            found.append(item)
        if spans:
            found.sort(key=lambda f: f.start)

    def _local_acronyms(self, text: str, found: list[_Found]) -> None:
        local: dict[str, _Found] = {}
        for f in found:
            if f.canonical is None or f.generic is not None:
                continue
            window = text[f.end : f.end + 16]
            if window.lstrip()[:1] not in ("(", "["):
                continue  # no bracket next: the pattern cannot match
            m = _ACRONYM_DEF_RE.match(window)  # <= 16 chars: no timeout
            if m and len(m.group("acr")) >= 2:
                local.setdefault(m.group("acr"), f)
        if not local:
            return
        for f in found:
            model = local.get(text[f.start : f.end])
            if model is None or f.canonical == model.canonical:
                continue
            if model.actor is None and f.actor is not None and f.generic is None:
                # "ARMY OF NATIONAL LIBERATION [ELN]": the dictionary knows
                # the acronym, so the name it defines is that actor (not the
                # other way round)
                _take(f, model)
                model.armed = f.armed
                model.confidence = 0.9
                model.reason = "named by the acronym after it"
                continue
            _copy(model, f)
        taken = Busy((f.start, f.end) for f in found)
        for _acr, model, spans in _acronym_spans(text, local):
            added = Busy()
            for start, end in spans:
                if not (taken.free(start, end) and added.free(start, end)):
                    continue
                item = _Found(start, end)
                _copy(model, item)
                found.append(item)
                added.add(start, end)
        found.sort(key=lambda f: f.start)

    def _metonymy(
        self,
        text: str,
        tokens: Tokens,
        found: list[_Found],
        day: _dt.date | None,
        hits: list[int],
    ) -> list[_Found]:
        taken = Busy((f.start, f.end) for f in found)
        added = Busy()
        out: list[_Found] = []
        pairs: list[regex.Match[str]] | None = None
        cued = True  # (whether the text holds a cue word, as _has_cue reads it)
        for pattern, group in (
            (_METONYMY_RE, "name"),
            (_SUBJECT_PAIR_RE, "name"),
            (_SUBJECT_PAIR_RE, "other"),
            (_DOTTED_RE, "name"),
            (_WITH_RE, "name"),
            (_ACCUSED_RE, "name"),
            (_SEAT_RE, "name"),
            (_BETWEEN_RE, "name"),
            (_BETWEEN_RE, "other"),
        ):
            if pattern is _SUBJECT_PAIR_RE:
                if pairs is None:  # (read once for both names)
                    pairs = list(_subject_pair_matches(text, tokens, hits))
                if not pairs:
                    continue
                matches: Iterator[regex.Match[str]] = iter(pairs)
            elif pattern is _DOTTED_RE:
                if not cued or "U." not in text:
                    continue  # (its verbs are cue words: none, no match)
                matches = _dotted_matches(text)
            elif pattern is _ACCUSED_RE:
                if "accus" not in text and "urge" not in text and "blam" not in text:
                    continue  # (no verb of the pattern)
                matches = finditer_chunked(pattern, text)
            elif pattern is _SEAT_RE:
                if not cued or (
                    "seat" not in text
                    and "capital" not in text
                    and "government" not in text
                ):
                    continue  # (no word of the apposition, or no reporting verb)
                matches = _seat_matches(text)
            else:
                if pattern is not _METONYMY_RE and (
                    ("between" if pattern is _BETWEEN_RE else "with") not in text
                ):
                    continue
                if pattern is _METONYMY_RE and not _has_cue(text, tokens, hits):
                    cued = False
                    continue
                matches = (
                    _metonymy_matches(text, tokens, hits)
                    if pattern is _METONYMY_RE and len(text) <= _CHUNK
                    else finditer_chunked(pattern, text)
                )
            for m in matches:
                if m.group(group) is None:
                    continue
                if pattern is _BETWEEN_RE and not _TALK_BEFORE_RE.search(
                    text[max(0, m.start() - 60) : m.start()]  # 60 chars: no timeout
                ):
                    continue
                start, end = m.span(group)
                hit = (
                    _seat_country(text[start:end])
                    if pattern is _SEAT_RE
                    else _place_country(text[start:end])
                )
                if hit is None:
                    continue
                offset, country = hit
                if country == "CG" and text[start + offset : end] in _BARE_CONGO:
                    country = _congo_of(text)
                if (
                    pattern is _METONYMY_RE
                    and m.group("agent") is not None
                    and not _is_country(text[start + offset : end])
                ):
                    continue  # "Kabul remains tense": a city stays a place
                start += offset
                # (a pair's second name is read after its first: "people in
                # Herat and Kabul say" names two places)
                lead = m.start("name") if group == "other" else start
                if text.startswith(_THE_ANY, lead - 4):
                    # ("officials in the U.S. said": the article is the place's)
                    lead -= 4
                if (
                    pattern is not _WITH_RE
                    and pattern is not _BETWEEN_RE
                    and _BEFORE_PLACE_RE.search(text[max(0, lead - 12) : lead])
                ):
                    continue
                if (
                    pattern is not _WITH_RE
                    and pattern is not _BETWEEN_RE
                    and text.endswith(
                        (", ",) if pattern is _SUBJECT_PAIR_RE else (" and ", " or "),
                        0,
                        lead,
                    )
                    and _PLACE_LIST_BEFORE_RE.search(
                        text, max(0, lead - 80), lead, timeout=REGEX_TIMEOUT
                    )
                ):
                    # "people in Herat and Kabul say", "traders from Lahore,
                    # Karachi and Islamabad say": the last of places a
                    # preposition opens, no government speaking
                    continue
                if not (taken.free(start, end) and added.free(start, end)):
                    continue
                cls, reason = "government", "place name standing for its government"
                if (
                    (pattern is _METONYMY_RE or pattern is _DOTTED_RE)
                    and m.group(0).endswith(("launched", "retaliated"))
                    and _ATTACK_OBJECT_RE.match(text, m.end(), m.end() + 60) is not None
                ):
                    # "Russia launched 120 drones", "Israel retaliated with
                    # air strikes": the state's forces struck, not its government
                    cls, reason = "military", "place name standing for its military"
                pos = self.state(country, cls, day)
                held = self.held_capital(text[start:end], day)
                if held is not None:
                    # "Sanaa says it will respond" of a story after the
                    # Houthis took the city: the group that rules from it
                    pos, reason = held, "capital standing for the group that holds it"
                if pos is None:
                    continue
                item = _Found(start, end)
                self._assign(item, pos)
                item.metonymy = True
                item.confidence = 0.8
                item.reason = reason
                out.append(item)
                added.add(start, end)
        return out

    def _striking_countries(
        self, text: str, found: list[_Found], day: _dt.date | None
    ) -> list[_Found]:
        """
        A country's name as the subject of a verb of striking ("India struck
        nine sites", "Israel has bombed Beirut", "Russia on Sunday attacked
        the grid"): its military, as "Russia launched 120 drones" is (a
        capital stays its government's, and a country after a preposition,
        "missiles fired at Israel struck", a place).
        """
        taken: Busy | None = None
        out: list[_Found] = []
        for v in _STRIKING_MARKS.finditer(text):
            at = v.start()
            # (the word before first: "were attacked", "gunmen struck" name
            # no country, and most verbs of striking follow such a word)
            words = text[max(0, at - 40) : at - 1].split()
            word = words[-1] if words else ""
            if word[:1].isupper() and word.lower() not in WEEKDAY_NAMES:
                # (and the capitalised words before it end a place's name:
                # "Taliban fighters attacked", "Hamas struck" name none)
                if not (
                    _place_hit(word)
                    or (len(words) > 1 and _place_hit(" ".join(words[-2:])))
                    or (len(words) > 2 and _place_hit(" ".join(words[-3:])))
                ):
                    continue
            elif word not in _STRIKER_ADVERBS and not word[:1].isupper():
                continue
            m = _STRIKER_RE.search(text, max(0, at - 60), at)
            if m is None:
                continue
            start, end = m.span("name")
            hit = _place_hit(text[start:end])
            if hit is None:
                continue
            offset, country = hit
            start += offset
            if not _is_country(text[start:end]):
                continue
            lead = start - 4 if text.startswith(_THE_ANY, start - 4) else start
            if _BEFORE_PLACE_RE.search(
                text[max(0, lead - 12) : lead], timeout=REGEX_TIMEOUT
            ):
                continue
            if taken is None:
                taken = Busy((f.start, f.end) for f in found)
            if not taken.free(start, end):
                continue
            if country == "CG" and text[start:end] in _BARE_CONGO:
                country = _congo_of(text)
            pos = self.state(country, "military", day)
            if pos is None:
                continue
            item = _Found(start, end)
            self._assign(item, pos)
            item.metonymy = True
            item.confidence = 0.8
            item.reason = "place name standing for its military"
            out.append(item)
            taken.add(start, end)
        return out

    def _resolve_generic(
        self,
        doc: Document,
        tokens: Tokens,
        found: list[_Found],
        day: _dt.date | None,
        home: str | None,
        hits: list[int],
    ) -> None:
        if all(f.generic is None for f in found):
            return  # nothing to resolve
        text = doc.text
        shouting = doc.shouting
        actors = self.actors
        # (a group named only as another's affiliation, "the al-Qaeda-linked
        # al-Shabaab", is not the one "the attackers" refers to)
        armed = _named_armed(text, doc.folded, found)
        top = _most_salient(armed)
        # (a generic mention before every named group, which tie as the most
        # named: "Gunmen killed 11 ... as the Santa Rosa de Lima cartel and
        # the CJNG fight over fuel theft" names no perpetrator)
        tie_start = _tie_start(armed, self.actors)
        # (the story's country is read on first need: most reports resolve
        # every generic mention by a named group or the sentence)
        fallback_country: str | None = None
        fallback_known = False
        # "the rebels", "the guerrillas" name an insurgency: never a political
        # party, even one with militants ("PCCH militants", "the extremists")
        top_insurgent = top
        if top is not None and top.kind in _MILITIA_KINDS:
            if top.actor in self.parties():
                top_insurgent = _most_salient(_outside(armed, self.parties()))
            else:
                # nor a militia that fights beside the state ("the Civilian
                # Joint Task Force ... fights the insurgents", a clan militia
                # against al-Shabaab) while the report names a rebel group:
                # the insurgency is that group
                rebels = [a for a in armed if a.kind == "rebel"]
                if rebels:
                    top_insurgent = _most_salient(rebels)
                    if top_insurgent is not None and _named_as_often(
                        armed, top_insurgent, top
                    ):
                        # a militia named as often as the insurgents (the
                        # VDP beside JNIM, both named twice): the report is
                        # of the insurgency, the militia fights it
                        top = top_insurgent
        # "the militia", "militiamen": a militia named in the report (the
        # VDP beside JNIM in Burkina Faso), not the insurgents it fights
        top_militia = None
        if top is not None and top.kind == "rebel":
            top_militia = _most_salient(_militias(armed, self.parties()))
        # (the international force named most often, read on first need)
        ext_top: int | None = None
        ext_known = False
        # (the states and forces the report names by name, read on first need)
        forces: tuple[frozenset[str], dict[str, tuple[int, int]]] | None = None
        # where the report first speaks of "bandits" (criminal gangs), if it does
        bandit_at = _first_bandits(text, found) if "andit" in text else -1
        starts: list[int] | None = None
        # (whether a sentence may open with a country, "In Syria, ...")
        openings = _holds_any(text, _OPENINGS)
        keep: list[_Found] = []
        for i, f in enumerate(found):
            if f.generic is None:
                keep.append(f)
                continue
            if i and not shouting and (owner := _possessor(text, found, i)) is not None:
                # "the AA's fighters", "the Kachin Independence Army's
                # troops": the group in the possessive, not the one the
                # report names most nor the state's forces
                _take(owner, f)
                _keep_as(keep, f, 0.9, "the actor in the possessive before it")
                continue
            if f.generic == "armed":
                if text.startswith(_BOTH_SIDES, f.end):
                    continue  # "killing 21 fighters on both sides": no one group's
                if (
                    not shouting
                    and text[f.start : f.end] in _MILITIA_NOUNS
                    and self._named_militia(text, found, i)
                ):
                    keep.append(f)
                    continue
                if _after_possessive(text, f.start):
                    # "the Joint Forces, a coalition of ..., said its
                    # fighters": the subject the possessive goes back to,
                    # not the group the report names most
                    if starts is None:
                        starts = _sentence_starts(doc)
                    owner = _owner(text, starts, found, i)
                    if owner is not None:
                        _take(owner, f)
                        if (
                            owner.kind == "state"
                            and owner.country
                            and (owner.canonical or "").startswith(_GOVERNMENT_PREFIX)
                            and (mil := self.state(owner.country, "military", day))
                            is not None
                        ):
                            # (a government's fighters are its forces)
                            self._assign(f, mil)
                        f.confidence = 0.8
                        f.reason = "the actor its possessive refers to"
                        keep.append(f)
                        continue
                if (
                    text.startswith(_LED_BY_OPENINGS, f.end)
                    and not shouting
                    and (leader := _leading_group(text, found, i)) is not None
                ):
                    # "rebels led by Hayat Tahrir al-Sham": that group, not
                    # the one the report names most
                    _take(leader, f)
                    _keep_as(keep, f, 0.8, "the group said to lead it")
                    continue
                if text.startswith(_MEMBERS_OPENINGS, f.end) and i + 1 < len(found):
                    named = found[i + 1]
                    if (
                        named.generic is None
                        and named.armed
                        and named.canonical is not None
                        and _MEMBERS_OF_RE.match(
                            text, f.end, named.start, timeout=REGEX_TIMEOUT
                        )
                    ):
                        # "The attackers belonged to the Viv Ansanm gang
                        # coalition": that group, not the one named most
                        _take(named, f)
                        _keep_as(keep, f, 0.8, "the group it is said to belong to")
                        continue
                if _after_his(text, f.start):
                    # "a Wazalendo commander said 11 of his fighters were
                    # killed": the group of the leader the possessive names
                    if starts is None:
                        starts = _sentence_starts(doc)
                    owner = _owner(text, starts, found, i)
                    if owner is None or not _LEADER_AFTER_RE.match(
                        text, owner.end, timeout=REGEX_TIMEOUT
                    ):
                        # "a Wazalendo commander said ... "...," the
                        # commander told AFP, adding that five of his
                        # fighters": the leader a sentence before named
                        owner = _leader_before(text, starts, found, i)
                    if owner is not None:
                        _take(owner, f)
                        _keep_as(
                            keep,
                            f,
                            0.8,
                            "the actor of the leader its possessive refers to",
                        )
                        continue
                low = text[f.start : f.end].lower()
                if "enemy" in low:
                    if starts is None:
                        starts = _sentence_starts(doc)
                    if not fallback_known:
                        fallback_country, fallback_known = (
                            _fallback_country(doc, tokens, found, home, hits),
                            True,
                        )
                    enemy = self._enemy_of(starts, found, i, top, fallback_country, day)
                    if enemy != _THE_TOP:
                        # "the rebels said the enemy lost two tanks": the
                        # other side of the report's own group, when it names
                        # just one; else no actor (not the speaker's own)
                        if enemy is not None:
                            self._assign(f, enemy)
                            f.confidence = 0.6
                            f.reason = "the one other side of the report"
                            keep.append(f)
                        continue
                # "SAF-aligned militias", "army-backed fighters": fighters
                # on the side of the state's forces named just before
                state_backed = (
                    i > 0
                    and text[found[i - 1].end : found[i - 1].end + 1] in _HYPHENS
                    and found[i - 1].kind == "state"
                    and _STATE_BACKED_RE.match(text, found[i - 1].end, f.start)
                    is not None
                )
                # "Army-backed fighters", "government-aligned militias" with
                # no force named just before: on the state's side all the same
                bare_backed = not state_backed and (
                    (
                        "-" in text[max(0, f.start - 32) : f.start]
                        and _BARE_BACKED_RE.search(text, max(0, f.start - 48), f.start)
                        is not None
                    )
                    or (
                        "pro" in text[f.end : f.end + 14]
                        and _PRO_STATE_AFTER_RE.match(text, f.end) is not None
                    )
                )
                state_backed = state_backed or bare_backed
                chosen = top
                if top is not None and ("paramilitar" in low or "squad" in low):
                    # "paramilitary groups", "death squads" (the generic
                    # table's only squads) are never the insurgency they
                    # fight (nor a party): a militia or force named in the
                    # report, else an unidentified one
                    chosen = _most_salient(_not_rebels(armed, self.parties()))
                elif top is not top_insurgent and _INSURGENT_WORDS_RE.search(
                    text, f.start, f.end
                ):
                    chosen = top_insurgent
                elif top_militia is not None and (
                    _MILITIA_WORDS_RE.search(text, f.start, f.end)
                    # "volunteer fighters": the militia that fights beside the state
                    or text.endswith(_VOLUNTEER, max(0, f.start - 12), f.start)
                ):
                    chosen = top_militia
                # "volunteer militiamen" with no militia named fight the
                # insurgents beside the state: never the insurgency
                volunteer = (
                    top_militia is None
                    and (chosen is None or chosen.kind == "rebel")
                    and text.endswith(_VOLUNTEER, max(0, f.start - 12), f.start)
                )
                if volunteer or state_backed:
                    # (nor are fighters on the state's side its foes)
                    chosen = None
                if (
                    chosen is not None
                    and chosen.canonical in _STATE_SIDE_MILITIAS
                    and _HOSTILE_WORDS_RE.search(text, f.start, f.end)
                ):
                    # "Jihadists killed 14 soldiers and six members of the
                    # VDP": a militia that fights beside the state is never
                    # the jihadists, the attackers or the terrorists; the
                    # insurgency the report names, else an unidentified group
                    chosen = (
                        top_insurgent
                        if top_insurgent is not None
                        and top_insurgent.canonical not in _STATE_SIDE_MILITIAS
                        else None
                    )
                if (
                    chosen is not None
                    and chosen.actor is not None
                    and ("jihad" in low or "islamist" in low)
                    and chosen.actor not in self.jihadists()
                ):
                    # "jihadists torched a fuel convoy" in a Mali story that
                    # names the Tuareg separatists most: the jihadist group
                    # the report names (JNIM), else an unidentified group
                    chosen = _most_salient(_among(armed, self.jihadists()))
                elif (
                    chosen is not None
                    and chosen.actor is not None
                    and "eparatist" in low
                    and chosen.actor in self.jihadists()
                ):
                    # "separatists blew up a railway line" in a Pakistan story
                    # that names the TTP most: the rebels the report names that
                    # are not jihadist (the BLA), when it names any
                    chosen = (
                        _most_salient(_rebels_outside(armed, self.jihadists())) or chosen
                    )
                if (
                    chosen is not None
                    and "youth" in low
                    and chosen.kind != "identity_militia"
                ):
                    # "armed youths", "a youth militia": a community's fighters
                    # (South Sudan's cattle raiders), never the group the
                    # report names most (the SPLM-IO quoted as denying it)
                    # unless that is a community's militia (the White Army)
                    chosen = None
                if chosen is not None and "bandit" in low:
                    # "bandits" are criminal gangs, never the insurgency or
                    # the militia the report names ("Boko Haram killed 20 ...
                    # Further west, bandits abducted 20 students"): an
                    # unidentified armed group, unless named just after
                    chosen = None
                elif chosen is not None and "traffick" in low and chosen.kind == "rebel":
                    # nor are "drug traffickers" the rebels ("the ELN accused
                    # the dissidents of working with drug traffickers"); a
                    # cartel the report names may be them
                    chosen = _most_salient(_cartels(armed, self.parties()))
                elif (
                    chosen is not None
                    and chosen.kind == "rebel"
                    and low.endswith(_GANG_TAILS)
                ):
                    # "the Clan del Golfo ... The gang" of a report that
                    # names FARC dissidents more: a gang is a criminal
                    # group the report names, not the rebels
                    chosen = _most_salient(_cartels(armed, self.parties())) or chosen
                elif chosen is not None and bandit_at >= 0 and chosen.kind == "rebel":
                    if starts is None:
                        starts = _sentence_starts(doc)
                    if _among_bandits(text, starts, f.start, chosen.start, bandit_at):
                        # "Gunmen killed 23 in Zamfara, as the military said
                        # it had killed dozens of bandits" of a report that
                        # names Boko Haram only as the bandits' allies: the
                        # bandits, not the insurgency
                        chosen = None
                if (
                    chosen is not None
                    and not shouting  # (shouted copy has no capital to tell a people by)
                    and _qualified_apart(
                        text, f.start, f.end, found[i - 1].end if i else 0, chosen, actors
                    )
                ):
                    # "ethnic Baloch separatists" in a TTP story: a people's
                    # fighters, not the group the report is about
                    if low.endswith(_GROUPS_TAILS):
                        continue  # "ethnic Chin armed groups": several, no one actor
                    # (unless that people's name opens another group's the
                    # report names: "Baloch separatists" beside the BLA)
                    chosen = _qualified_group(
                        text, f.start, found[i - 1].end if i else 0, armed, actors
                    )
                if (
                    i
                    and found[i - 1].kind == "state"
                    and (backer := found[i - 1].country)
                    and (found[i - 1].canonical or "").startswith(_MILITARY_PREFIX)
                    and (
                        state_backed
                        or (
                            "llied" in text[max(0, f.start - 30) : f.start]
                            and _AND_ALLIED_RE.match(text, found[i - 1].end, f.start)
                        )
                    )
                    and (
                        ally := self.demonym_force(
                            # (the index's folded key: no hyphen)
                            backer,
                            day,
                            "pro government militias",
                        )
                    )
                    is not None
                ):
                    # "the Congolese army and allied militias": the militia
                    # that country's pro-government fighters are known as
                    # (the Wazalendo), not the army nor the insurgents
                    self._assign(f, ally)
                    _keep_as(
                        keep,
                        f,
                        0.6,
                        "the pro-government militia of the forces named with them",
                    )
                    continue
                if (
                    chosen is not None
                    and "llied" in text[max(0, f.start - 30) : f.start]
                    and _ALLIED_BEFORE_RE.search(
                        text, max(found[i - 1].end if i else 0, f.start - 30), f.start
                    )
                ):
                    # "government troops and allied Arab tribal fighters":
                    # not the insurgents but a militia the report names, else
                    # the side of the forces named with them (ACLED's
                    # associated actor), else an unidentified group
                    prev = found[i - 1] if i else None
                    if (
                        top_militia is None
                        and prev is not None
                        and prev.canonical is not None
                        and _AND_ALLIED_RE.match(text, prev.end, f.start)
                    ):
                        _take(prev, f)
                        _keep_as(keep, f, 0.6, "the allies of the forces named with them")
                        continue
                    if chosen.kind == "rebel":
                        chosen = top_militia
                if (
                    chosen is not None
                    and low.endswith("group")
                    and low.startswith("the ")
                    and not low.endswith("groups")
                ):
                    # "Islamic State militants killed three ... The group,
                    # which once held a third of Syria": the group named
                    # last, in its sentence or the one before, not the one
                    # the report names most
                    if starts is None:
                        starts = _sentence_starts(doc)
                    last = _last_named(starts, found, i, armed, text)
                    if last is not None:
                        chosen = last
                    elif _monitor_before(text, starts, found, i):
                        # "the Sudan Doctors Network said ... the group
                        # said": the monitor named just before, no armed group
                        continue
                elif (
                    chosen is not None
                    and low.startswith("the ")
                    and low.endswith(_ATTACKER_TAILS)
                    and not shouting
                ):
                    # "Suspected Boko Haram fighters killed 23 farmers ...
                    # The attackers rounded them up": the group the sentence
                    # before names as its subject, not the one named most
                    if starts is None:
                        starts = _sentence_starts(doc)
                    last = _last_named(starts, found, i, armed, text)
                    if last is not None:
                        chosen = last
                if chosen is not None and _anonymous(low):
                    # "In a separate incident, gunmen shot ...": not the
                    # group the report is about, unless it is named there
                    # (its "militants", "the rebels" of another attack still are)
                    cue = _separate_cue(text, f.start)
                    if cue >= 0:
                        if starts is None:
                            starts = _sentence_starts(doc)
                        k = bisect.bisect_right(starts, f.start)
                        end = starts[k] if k < len(starts) else len(text)
                        if not _named_between(armed, cue, end):
                            chosen = None
                if chosen is not None and i and chosen.actor != found[i - 1].actor:
                    if starts is None:
                        starts = _sentence_starts(doc)
                    pos = self.branch_named_here(text, starts, found[i - 1], f, day)
                    if pos is not None and self.actors[pos].country != chosen.country:
                        # "In Cabo Delgado, Islamic State-linked insurgents"
                        # in a Congo story: the branch whose country's
                        # region the sentence names, not the report's group
                        self._assign(f, pos)
                        f.confidence = 0.6
                        f.reason = (
                            "the branch of the group it is linked to in the region named"
                        )
                        keep.append(f)
                        continue
                if chosen is not None:
                    if starts is None:
                        starts = _sentence_starts(doc)
                    if self.away_from_home(text, starts, chosen, f.start):
                        # another group named before it that is not out of
                        # its own region, else an unidentified one
                        other = _most_salient(
                            self.at_home(text, starts, armed, chosen.canonical, f.start)
                        )
                        chosen = (
                            other if other is not None and other.start < f.start else None
                        )
                if (
                    chosen is not None
                    and home is not None
                    and not shouting  # (where every word is capitalised, as a region is)
                    and chosen.country
                    and chosen.country != home
                    and chosen.start > f.start
                ):
                    if starts is None:
                        starts = _sentence_starts(doc)
                    if self.in_home_regions(
                        text, starts, chosen, f.start, home
                    ) and chosen.country != _demonym_before(
                        text, f.start, found[i - 1].end if i else 0
                    ):
                        # "Gunmen killed seven in Guanajuato" of a story from
                        # Mexico City that names FARC dissidents only later,
                        # in a Colombia paragraph: not the foreign group
                        chosen = None
                if chosen is top and chosen is not None and f.start < tie_start:
                    # (a militia or insurgency chosen by its kind stays; a
                    # people's name that opens one tied group's names picks
                    # it: "Baloch separatists" in a story naming the BLA and
                    # the TTP as often)
                    chosen = (
                        None
                        if shouting
                        else _qualified_group(
                            text, f.start, found[i - 1].end if i else 0, armed, actors
                        )
                    )
                if chosen is not None and _struck_by(text, found, i, chosen.canonical):
                    # "the Zamfara Defence Front killed nine bandits": the
                    # group's victims or foes are not the group
                    chosen = None
                # "a Colombian guerrilla group", "Somali militants" with no
                # group named: an unidentified group of that country, not of
                # the dateline's (a named group, which may cross borders, stays)
                own = (
                    _demonym_before(text, f.start, found[i - 1].end if i else 0)
                    if chosen is None
                    else None
                )
                if own is not None and (force := _foreign_force(found, i, own)):
                    # "Russian mercenaries ... The Russian fighters": the
                    # foreign force of that country the report named before
                    # (Wagner), not an unidentified group of Russia
                    _take(force, f)
                    _keep_as(
                        keep, f, 0.7, "the foreign force of its country named before"
                    )
                    continue
                if chosen is None and own is None and not shouting and openings:
                    # "In Syria, gunmen killed four ...": the country a
                    # round-up's sentence or paragraph opens with, not the
                    # hub the story is filed from
                    if starts is None:
                        starts = _sentence_starts(doc)
                    own = _in_country_opening(text, starts, f.start)
                if chosen is None and own is None and not fallback_known:
                    fallback_country, fallback_known = (
                        _fallback_country(doc, tokens, found, home, hits),
                        True,
                    )
                if (
                    chosen is None
                    and "paramilitar" in low
                    and (where := own or fallback_country) is not None
                ):
                    # "the paramilitaries" of a Sudan story with none named:
                    # the force the country's "paramilitaries" are on its
                    # day (the Rapid Support Forces), not an unknown group
                    pos = self.paramilitary(where, day)
                    if pos is not None:
                        self._assign(f, pos)
                        _keep_as(
                            keep, f, 0.6, "the paramilitary force of the report's country"
                        )
                        continue
                    if low.endswith(("paramilitary forces", "paramilitary fighters")):
                        # "paramilitary forces" of no force known: most often
                        # the state's auxiliaries (civil defence), no group
                        continue
                if (
                    chosen is None
                    and bare_backed
                    and (where := own or fallback_country)
                    and (
                        ally := self.demonym_force(where, day, "pro government militias")
                    )
                    is not None
                ):
                    # "army-backed militiamen" of a Congo story: the militia
                    # that country's pro-government fighters are known as
                    self._assign(f, ally)
                    _keep_as(
                        keep, f, 0.6, "the pro-government militia of the report's country"
                    )
                    continue
                if chosen is None and volunteer and (where := own or fallback_country):
                    # "volunteer militiamen" of a Burkina Faso story with no
                    # militia named: the country's volunteer force (the VDP)
                    pos = self.volunteers(where, day)
                    if pos is not None:
                        self._assign(f, pos)
                        f.confidence = 0.6
                        f.reason = "the volunteer force of the report's country"
                        keep.append(f)
                        # (the militia of the report for the generic mentions after it)
                        top_militia = f
                        continue
                linked = None
                why = ""
                if (
                    i + 1 < len(found)
                    and text.startswith(_LINKED_TO_HEADS, f.end + 1)
                    and (
                        chosen is None or _other_allegiance(actors, chosen, found[i + 1])
                    )
                ):
                    # "Gunmen linked to the Sinaloa Cartel", "militants
                    # loyal to Islamic State" in Mozambique: that group
                    # (its one branch in the report's country), whom the
                    # report names as their affiliation alone; over the
                    # group the report names most when that one is another
                    # network's branch ("Jihadists linked to al-Qaeda" of a
                    # Mali story naming IS Sahel more: JNIM)
                    if chosen is not None and not fallback_known:
                        fallback_country, fallback_known = (
                            _fallback_country(doc, tokens, found, home, hits),
                            True,
                        )
                    linked = self._linked_named(
                        text, f, found[i + 1], own or fallback_country, day
                    )
                    why = "the group it is said to be linked to"
                if linked is None and chosen is None and i and (own or fallback_country):
                    # "Islamic State-linked insurgents" in Mozambique: that
                    # group's branch there, when it has one alone
                    linked = self.branch(
                        text, found[i - 1], f, own or fallback_country, day
                    )
                    why = (
                        "the branch in the report's country of the group it is linked to"
                    )
                if (
                    linked is None
                    and i + 1 < len(found)
                    and text.startswith(_LINKED_TO_HEADS, f.end + 1)
                    and found[i + 1].kind == "state"
                    and found[i + 1].generic is None
                    and found[i + 1].country
                    and _LINKED_TO_RE.match(
                        text, f.end, found[i + 1].start, timeout=REGEX_TIMEOUT
                    )
                ):
                    # "fighters loyal to the Government of National Unity":
                    # the forces of that state, not the armed group the
                    # report names most (its foe, Haftar's LNA)
                    linked = self.state(found[i + 1].country or "", "military", day)
                    why = "forces said to be loyal to the state named"
                if linked is not None:
                    self._assign(f, linked)
                    f.confidence = 0.6
                    f.reason = why
                    keep.append(f)
                    if top is None and f.kind != "state":
                        # (the group of the report for the generic mentions after it)
                        top = top_insurgent = f
                    continue
                self._resolve_armed(text, found, i, chosen, own or fallback_country, day)
                if f.start < 0:
                    continue  # merged into the name before it
            elif f.generic == "external":
                if _after_possessive(text, f.start):
                    # "MONUSCO said its peacekeepers": that mission's
                    if starts is None:
                        starts = _sentence_starts(doc)
                    owner = _owner(text, starts, found, i)
                    if owner is not None and owner.kind == "external":
                        _take(owner, f)
                        _keep_as(keep, f, 0.8, "the actor its possessive refers to")
                        continue
                if text[f.start : f.end] in _BARE_COALITION:
                    coalition = _called_coalition(text, found, i)
                    if coalition is not None:
                        # "the Viv Ansanm gang coalition ... The coalition,
                        # which includes ...": the group the report calls a
                        # coalition, not an international force
                        _take(coalition, f)
                        _keep_as(keep, f, 0.7, "the group the report calls a coalition")
                        continue
                if not ext_known:
                    # (no mention resolved before this one is of an international force)
                    ext_top = _most_common(
                        [
                            g.actor
                            for g in found
                            if g.actor is not None and g.kind == "external"
                        ]
                    )
                    ext_known = True
                chosen_ext = ext_top
                if (
                    ext_top is not None
                    and actors[ext_top].parent is None
                    and ("peacekeep" in text[f.start : f.end].lower())
                ):
                    # "peacekeepers" are a mission's (UNIFIL's, not the UN's
                    # named more often), when the report names one
                    chosen_ext = _most_common(_missions(found, actors)) or ext_top
                    if (
                        chosen_ext is not None
                        and actors[chosen_ext].parent is None
                        and actors[chosen_ext].country
                        and chosen_ext not in self.global_parents()
                    ):
                        if not fallback_known:
                            fallback_country, fallback_known = (
                                _fallback_country(doc, tokens, found, home, hits),
                                True,
                            )
                        if actors[chosen_ext].country != fallback_country:
                            # "UN peacekeepers said" in a report that names
                            # Russian paramilitaries most: a force of another
                            # country and of no body with missions (unlike
                            # SAMIDRC, bound to the Congo it serves in) keeps
                            # no peace there
                            chosen_ext = None
                mission = None
                if (
                    chosen_ext is None or actors[chosen_ext].parent is None
                ) and "peacekeep" in text[f.start : f.end].lower():
                    # "UN peacekeepers" of a report that names no mission:
                    # the one peacekeeping mission of the report's country
                    # that day (MONUSCO in Congo), not the UN itself
                    if not fallback_known:
                        fallback_country, fallback_known = (
                            _fallback_country(doc, tokens, found, home, hits),
                            True,
                        )
                    if fallback_country is not None:
                        mission = self.mission_in(fallback_country, day)
                    if (
                        mission is not None
                        and chosen_ext is not None
                        and actors[mission].parent != actors[chosen_ext].id
                    ):
                        # (the report's own force is no part of it: "The
                        # SADC mission ... lost 13 peacekeepers")
                        mission = None
                if mission is not None:
                    self._assign(f, mission)
                    f.reason = "the peacekeeping mission of the report's country"
                elif chosen_ext is not None:
                    self._assign(f, chosen_ext)
                    f.reason = "most salient international force of the report"
                else:
                    f.kind = "external"
                    f.reason = "no international force named in the report"
                f.confidence = 0.6 if f.actor is not None else 0.4
            elif f.generic == "protesters" or f.generic == "rioters":
                # "police fired tear gas at protesters", "rioters torched a
                # police station": the crowd of the story's country, as
                # ACLED codes it ("Protesters (Kenya)", "Rioters (Kenya)")
                if not fallback_known:
                    fallback_country, fallback_known = (
                        _fallback_country(doc, tokens, found, home, hits),
                        True,
                    )
                crowd = "Protesters" if f.generic == "protesters" else "Rioters"
                name = self.country_name(fallback_country) if fallback_country else None
                f.canonical = f"{crowd} ({name})" if name else crowd
                f.kind = f.generic
                f.country = fallback_country
                f.confidence = 0.6
                f.reason = "a crowd of the country in context"
            else:
                if (
                    f.generic == "military"
                    and i
                    and keep
                    and keep[-1] is found[i - 1]
                    and found[i - 1].generic is None
                    and found[i - 1].kind == "state"
                    and (found[i - 1].canonical or "").startswith(_MILITARY_PREFIX)
                    and not text.startswith(_THE, f.start)
                    and _STATE_NOUN_GAP_RE.match(text, found[i - 1].end, f.start)
                ):
                    # "Somali National Army troops", "Somali National Army
                    # (SNA) troops": the force's name and its members' noun
                    # are one mention of that force, as "Somali troops" is
                    head = found[i - 1]
                    if (
                        text[head.end] == ")"
                        and i > 1
                        and len(keep) > 1
                        and keep[-2] is found[i - 2]
                        and found[i - 2].actor == head.actor
                        and text[found[i - 2].end : head.start] == " ("
                    ):
                        # (the name and its acronym in brackets)
                        keep.pop()
                        head = found[i - 2]
                    head.end = f.end
                    continue
                if starts is None:
                    starts = _sentence_starts(doc)
                backed = (
                    _BACKED_GOVERNMENT_RE.match(text, f.end, min(len(text), f.end + 40))
                    if f.generic == "military" and text[f.end : f.end + 1] == "-"
                    else None
                )
                if backed is not None:
                    # "the army-backed government", "the army-led
                    # government": the government the army backs, one
                    # mention (no act of the army's)
                    f.end = backed.end()
                    f.generic = "government"
                elif text[f.end : f.end + 1] == "-" and affiliation_after(text, f.end):
                    # "the army-aligned Joint Forces": the article is the
                    # name's, the army only its backer
                    if text.startswith(_THE, f.start):
                        f.start += 4
                elif f.generic == "military" and _after_possessive(text, f.start):
                    # "AUSSOM said its troops", "the ADF said its forces": the
                    # troops of the force or group the possessive goes back to
                    owner = _owner(text, starts, found, i, states=True)
                    if owner is not None and (
                        owner.kind == "external"
                        or (owner.armed and owner.actor not in self.parties())
                    ):
                        _take(owner, f)
                        _keep_as(keep, f, 0.8, "the actor its possessive refers to")
                        continue
                elif (
                    f.generic == "military"
                    and i
                    and found[i - 1].generic is None
                    and (found[i - 1].armed or found[i - 1].kind == "external")
                    and found[i - 1].canonical is not None
                    and 0 <= f.start - found[i - 1].end <= 2
                    and not text.startswith(_THE, f.start)
                    and _ADJACENT_RE.match(text[found[i - 1].end : f.start]) is not None
                ):
                    # "RSF troops entered El Fasher", "four STC soldiers",
                    # "backed by AUSSOM troops": the troops of the group or
                    # foreign force named right before them, not the state's
                    _take(found[i - 1], f)
                    _keep_as(
                        keep, f, 0.9, "the troops of the group named right before them"
                    )
                    continue
                elif f.generic == "military" and _after_his(text, f.start):
                    # "an RSF commander said his troops": the leader's group's
                    owner = _owner(text, starts, found, i)
                    if (
                        owner is not None
                        and owner.armed
                        and _LEADER_AFTER_RE.match(text, owner.end, timeout=REGEX_TIMEOUT)
                    ):
                        _take(owner, f)
                        _keep_as(
                            keep,
                            f,
                            0.8,
                            "the actor of the leader its possessive refers to",
                        )
                        continue
                    titled = _titled_demonym(text, starts, f.start)
                    pos = None if titled is None else self.state(titled, "military", day)
                    if pos is not None:
                        # "Russian defence minister Sergei Shoigu said his
                        # troops" in a story from Kyiv: the minister's state's
                        self._assign(f, pos)
                        _keep_as(
                            keep,
                            f,
                            0.7,
                            "the forces of the official its possessive refers to",
                        )
                        continue
                elif (
                    f.generic == "military"
                    and not shouting
                    and i
                    and found[i - 1].kind == "external"
                    and found[i - 1].generic is None
                    and f.start - found[i - 1].end <= 50
                    and _KEEPS_TROOPS_RE.match(text, found[i - 1].end, f.start)
                ):
                    # "The U.S.-led coalition still keeps about 1,000 troops":
                    # the troops of the force that keeps or sends them
                    _take(found[i - 1], f)
                    _keep_as(keep, f, 0.7, "the troops of the force that deploys them")
                    continue
                if (
                    f.generic
                    == "government"  # (the cheapest test first: most are forces)
                    and text[f.end - 6 : f.end].lower() in _SEVERAL_TAILS
                    and _possessive_country(text, f.start) is None
                ):
                    # "the juntas of Mali, Burkina Faso and Niger", "the
                    # governments": one per country, several of them, no
                    # one state (a country's own, "Myanmar's juntas", is its)
                    f.kind = "state"
                    f.confidence = 0.3
                    f.reason = "the governments of several states"
                    keep.append(f)
                    continue
                country = (
                    _possessive_country(text, f.start)
                    or _co_speaker(text, starts, found, i)
                    or _sentence_state(
                        starts,
                        found,
                        i,
                        its=_after_its(text, f.start),
                        text=text,
                        # "Ukrainian forces repelled a Russian assault,
                        # killing 40 Russian soldiers, the general staff
                        # said": the speaker of a clause ending its sentence
                        # is of the forces it opens with, not of their foe
                        first=f.generic == "military"
                        and text[f.start - 2 : f.start] == ", "
                        and _SAID_AFTER_RE.match(text, f.end) is not None,
                    )
                    or (
                        _closing_speaker(text, starts, found, i)
                        if f.generic == "military"
                        else None
                    )
                    or (
                        _deployer(text, f.start)
                        if f.generic == "military" and not shouting
                        else None
                    )
                    or (None if shouting else _in_country_opening(text, starts, f.start))
                )
                if (
                    country is None
                    and text.startswith(_THE_ANY, f.start)
                    and text[f.end - 1 : f.end] in ("s", "S")
                ):
                    # "... said its fighters were confronting the troops":
                    # the troops the report spoke of last, not the story's
                    # (a plural only: "the army" is the country's own)
                    country = self.last_state(found, i, f.generic, day)
                if country is None:
                    if not fallback_known:
                        fallback_country, fallback_known = (
                            _fallback_country(doc, tokens, found, home, hits),
                            True,
                        )
                    country = fallback_country
                    if (
                        f.generic == "military"
                        and country is not None
                        and home is not None
                        and (country != home or not shouting)
                    ):
                        # "CAIRO ... The Israeli army said ... The military
                        # said two projectiles were intercepted" in a Gaza
                        # story, "troops" of a West Bank one from Tubas: the
                        # one state whose forces the report names, not the
                        # forces of the groups' country, never named (from
                        # the groups' own country in mixed-case copy only:
                        # shouted wire copy names its own army bare, "THE
                        # ARMED FORCES", beside twice-named U.S. forces)
                        if forces is None:
                            forces = _forces_named(found)
                        foe = _only_forces_named(forces, country, home, f.start)
                        if foe is not None and not _speaker_of_foe(
                            doc, starts, found, i, foe, home
                        ):
                            country = foe
                if f.generic == "junta":
                    pos = self.junta_military(country, found, day)
                    if pos is None:
                        # "junta troops" of a report filed from Bangkok on
                        # Myanmar: the junta of a country the body names
                        pos = self.body_junta(doc, tokens, found, day, hits)
                    if pos is None and _bare_aircraft(text, f):
                        # "a jet bombed a monastery" is the junta's where only
                        # its army flies them; elsewhere no one state's
                        continue
                else:
                    if f.generic == "military" and country in _ARMY_OF:
                        # "two soldiers" of a story from Gaza: the army there
                        # is another state's
                        country = _ARMY_OF[country]
                    pos = None if country is None else self.state(country, f.generic, day)
                    if (
                        pos is not None
                        and country is not None
                        and f.generic == "government"
                        and text.endswith(_JUNTA_ENDS, f.start, f.end)
                        and (ruler := self.state(country, "military", day)) is not None
                        and ruler not in self.juntas()
                    ):
                        # "France said it did not recognise the junta" of a
                        # Niger coup story: no junta rules France; the junta
                        # of the story's country, else of another state it
                        # names, when one ruled it that day
                        if not fallback_known:
                            fallback_country, fallback_known = (
                                _fallback_country(doc, tokens, found, home, hits),
                                True,
                            )
                        mil = self.junta_military(fallback_country, found, day)
                        if mil is not None:
                            ruled = self.actors[mil].country
                            pos = self.state(ruled, "government", day) if ruled else pos
                if pos is not None:
                    self._assign(f, pos)
                    f.confidence = 0.7
                    f.reason = "state forces of the country in context"
                else:
                    f.kind = "state"
                    f.confidence = 0.3
                    f.reason = "state forces of an unknown country"
            keep.append(f)
        found[:] = keep
        del actors

    def _enemy_of(
        self,
        starts: list[int],
        found: list[_Found],
        i: int,
        top: _Found | None,
        country: str | None,
        day: _dt.date | None,
    ) -> int | None:
        """
        The actor "the enemy" (``found[i]``) stands for, seen from the
        speaker (the nearest actor before it in its sentence): the report's
        armed group *top* when that is not the speaker (:data:`_THE_TOP`),
        else the one other armed group or state the report names (a state's
        military); with no speaker, seen from the story's *country*.
        """
        f = found[i]
        k = bisect.bisect_right(starts, f.start) - 1
        start = starts[k] if k >= 0 else 0
        speaker = next(
            (
                g
                for g in reversed(found[:i])
                if g.start >= start and g.canonical is not None and g.kind != "external"
            ),
            None,
        )
        own = (
            None
            if speaker is None
            else speaker.country
            if speaker.kind == "state"
            else speaker.canonical
        )
        if top is not None and top.actor is not None and top.canonical != own:
            return _THE_TOP  # (as any generic noun, with no speaker too)
        if speaker is None:
            # "'The enemy does not stop attacking', the governor said": seen
            # from the story's country
            own = country
            if own is None:
                return None
        sides: dict[str | None, _Found] = {}
        for g in found:
            if g is f or g.canonical is None or not (g.armed or g.kind == "state"):
                continue
            key = g.country if g.kind == "state" else g.canonical
            if key != own and key is not None:
                sides.setdefault(key, g)
        if len(sides) != 1:
            return None
        key, g = next(iter(sides.items()))
        if g.kind != "state":
            return g.actor
        return self.state(key, "military", day) if key else None

    def branch(
        self,
        text: str,
        prev: _Found,
        f: _Found,
        country: str | None,
        day: _dt.date | None,
    ) -> int | None:
        """
        The one branch in *country* of the group *prev* names when the
        generic mention *f* follows it as "-linked", "-affiliated" ... (the
        Islamic State's Mozambique Province for "Islamic State-linked
        insurgents" in Mozambique), else None.
        """
        if prev.actor is None or prev.generic is not None or country is None:
            return None
        gap = text[prev.end : f.start]
        if gap[:1] not in _HYPHENS or gap[1:].strip().lower() not in _LINKED:
            return None
        parent = self.actors[prev.actor].id
        kids = self.branches(parent, country, day)
        return kids[0] if len(kids) == 1 else None

    def _linked_named(
        self, text: str, f: _Found, nxt: _Found, country: str | None, day: _dt.date | None
    ) -> int | None:
        """
        The group *nxt* names when the generic mention *f* is said to be
        linked, loyal or affiliated to it right before ("gunmen linked to
        the Sinaloa Cartel"): its one branch in *country* when it has one
        there, else itself; else None.
        """
        if (
            nxt.actor is None
            or nxt.generic is not None
            or not nxt.armed
            or nxt.kind == "state"
            or not _LINKED_TO_RE.match(text, f.end, nxt.start, timeout=REGEX_TIMEOUT)
        ):
            return None
        if country is not None:
            kids = self.branches(self.actors[nxt.actor].id, country, day)
            if len(kids) == 1:
                return kids[0]
        return nxt.actor

    def branch_named_here(
        self, text: str, starts: list[int], prev: _Found, f: _Found, day: _dt.date | None
    ) -> int | None:
        """
        The one branch of the group *prev* names, when the generic mention
        *f* follows it as "-linked" ..., whose country has a region the
        sentence names (Cabo Delgado: the Islamic State's Mozambique
        Province), else None.
        """
        if prev.actor is None or prev.generic is not None:
            return None
        gap = text[prev.end : f.start]
        if gap[:1] not in _HYPHENS or gap[1:].strip().lower() not in _LINKED:
            return None
        parent = self.actors[prev.actor].id
        k = bisect.bisect_right(starts, f.start) - 1
        start = starts[k] if k >= 0 else 0
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        sentence = text[start:end]
        kids = [
            j
            for j, a in enumerate(self.actors)
            if a.parent == parent
            and a.valid_on(day)
            and _regions_named(sentence, a.country, sentence.isupper())
        ]
        return kids[0] if len(kids) == 1 else None

    def _named_militia(self, text: str, found: list[_Found], i: int) -> bool:
        """
        Make the generic "militia" at ``found[i]`` a name of its own when one
        capitalised word, after an article and in no other mention, stands
        before it ("the Twirwaneho militia", "a Druze militia"): that militia,
        not the group the report names most. An ideology or a demonym
        ("the Islamist militia", "a Somali militia") only describes one.
        """
        f = found[i]
        # (40 characters: no timeout, which reads the process clock twice)
        m = _NAME_BEFORE_RE.search(text, max(0, f.start - 40), f.start)
        if m is None or (i > 0 and found[i - 1].end > m.start(1)):
            return False
        word = fold(m.group(1))
        if word in _DESCRIBING or word in demonym_countries():
            return False
        if "-" in word and m.group(1).rpartition("-")[2].islower():
            return False  # "a Tripoli-based militia": where it is from, no name
        f.start = m.start(1)
        f.generic = None
        f.canonical = text[f.start : f.end]
        f.actor = None
        f.kind = "unknown"
        f.country = None
        f.armed = True
        f.confidence = 0.5
        f.reason = "organisation-like name not in the dictionary"
        return True

    def _resolve_armed(
        self,
        text: str,
        found: list[_Found],
        i: int,
        top: _Found | None,
        country: str | None,
        day: _dt.date | None,
    ) -> None:
        f = found[i]
        if i > 0:
            prev = found[i - 1]
            if (
                (prev.armed or prev.kind == "external")
                and prev.generic is None
                and _ADJACENT_RE.match(text[prev.end : f.start])
            ):
                # "Shining Path guerrillas": one mention of the named group
                # (a foreign force's too: "Wagner Group fighters")
                prev.end = f.end
                f.start = -1
                return
            if (
                prev.armed
                and prev.generic is None
                and text.startswith(")", prev.end)
                and _BRACKET_NEXT_RE.match(text, prev.end, f.start)
            ):
                # "Allied Democratic Forces (ADF) militants": the group whose
                # acronym the bracket closes
                _take(prev, f)
                f.confidence = 0.9
                f.reason = "the group named just before"
                return
            if (
                prev.generic is None
                and prev.canonical is not None
                and not prev.metonymy
                and text.startswith(",", prev.end)
                and _APPOSITION_RE.match(text, prev.end, f.start, timeout=REGEX_TIMEOUT)
            ):
                # "the Joint Forces, a coalition of former rebel groups":
                # an apposition describes the name it follows
                _take(prev, f)
                f.confidence = 0.8
                f.reason = "apposition to the name before it"
                return
        if i + 1 < len(found):
            nxt = found[i + 1]
            if (
                nxt.armed
                and nxt.generic is None
                and nxt.canonical is not None
                and text[f.end : nxt.start] == " "
                and text[f.start : f.end].lower().endswith(_APPOSED_HEADS)
            ):
                # "camps of militant groups Lashkar-e-Taiba and Jaish-e-
                # Mohammed", "the militant group Hamas": the name in
                # apposition is the group (the first of those it lists)
                _take(nxt, f)
                f.confidence = 0.9
                f.reason = "the group named just after"
                return
            if (
                nxt.armed or (nxt.kind == "external" and nxt.generic is None)
            ) and _OF_RE.match(text[f.end : nxt.start]):
                # ("fighters of the Russian Africa Corps": a foreign force's too)
                if i + 2 < len(found) and _linked_to(text, nxt, found[i + 2]):
                    # "fighters of the al-Qaeda-linked JNIM": the group
                    # the affiliation describes, not the one it names
                    _take(found[i + 2], f)
                    f.confidence = 0.9
                    f.reason = "the group named just after"
                    return
                if not affiliation_after(text, nxt.end):
                    _take(nxt, f)
                    f.confidence = 0.9
                    f.reason = "the group named just after"
                    return
                # "fighters from an al Qaeda-linked group": an affiliate it
                # does not name, not al Qaeda: read as any generic mention
            # "fighters from the armed youth group known as the White Army":
            # the name the descriptor introduces (past generic words in it)
            j = i + 1
            while j < len(found) and found[j].generic is not None:
                j += 1
            if (
                j < len(found)
                and found[j].armed
                and found[j].generic is None
                and found[j].start - f.end <= _KNOWN_AS_SPAN
                and _known_as(text[f.end : found[j].start])
            ):
                _take(found[j], f)
                f.confidence = 0.9
                f.reason = "the group named just after"
                return
        fresh = _another_group(text, f.start, f.end)
        if top is not None and not unnamed_before(text, f.start) and not fresh:
            # ("unidentified gunmen": the report says it does not know them;
            # "a local militia": a group the report brings in, not its own)
            _take(top, f)
            f.confidence = 0.7
            f.reason = "most salient armed group of the report"
            return
        # (the country of the report's salient group when none is in context)
        home = country or (top.country if top is not None else None)
        if (
            fresh
            and home
            and "government" in text[max(0, f.start - 40) : f.start]
            and (ally := self.demonym_force(home, day, "pro government militias"))
            is not None
        ):
            # "members of a pro-government militia" in Burkina Faso: the
            # militia that country's pro-government fighters are known as
            self._assign(f, ally)
            f.confidence = 0.6
            f.reason = "the pro-government militia of the country in context"
            return
        if fresh:
            country = home  # (a group of the report's country, as its salient one)
        name = self.country_name(country) if country else None
        if "outh" in text[f.start : f.end]:
            # "armed youths": a community's fighters, ACLED's communal militia
            f.canonical = (
                f"Unidentified Communal Militia ({name})"
                if name
                else "Unidentified Communal Militia"
            )
            f.kind = "identity_militia"
        else:
            f.canonical = (
                f"Unidentified Armed Group ({name})"
                if name
                else "Unidentified Armed Group"
            )
            f.kind = "unknown"
        f.country = country
        f.confidence = 0.5
        f.reason = (
            "a group brought in with an indefinite article"
            if fresh
            else "no armed group named in the report"
        )
        del day


#: Weapon and strike nouns that, after a demonym, name the state's
#: military ("Russian missiles", "Israeli air strikes", "Turkish shelling",
#: "a Russian guided bomb", "guided aerial bombs": the bombs only states
#: drop, not "a Somali bomb";
#: "an Israeli strike on a car", not "a Nigerian strike" of workers).
#: Run on the folded text: lower case.
_WEAPONS_RE: Final = lazy_re(
    globals(),
    "_WEAPONS_RE",
    r"""
    \b(?:(?:ballistic | cruise | hypersonic | kamikaze | fighter)\s)?
    (?:(?:drone | missile)\sstrikes?  # (before the bare weapon: the whole strike)
      | missiles? | drones? | rockets? | warplanes? | jets | bombers? | warships?
      | helicopter\sgunships? | gunships? | air[\s-]?strikes? | air\sraids?
      | strikes | shelling | artillery
      | (?:(?:guided | glide | aerial | cluster | barrel)\s){1,2}bombs?
      | strike(?=\s(?:on|in|near|hit|hits|killed|kills|that|which|targeted|against|wounded)\b)
    # ("Israeli fire killed at least 25 Palestinians", "Israeli tank fire")
      | (?:(?:tank | sniper | naval)\s)?fire(?=\s(?:killed|kills|has\skilled|have\skilled|wounded|hit)\b)
      | gunfire
    # ("Russian attacks killed nine civilians": a state's attacks that kill)
      | attacks(?=\s(?:killed|kill|kills|have\skilled|wounded)\b))\b
    """,
    re.VERBOSE,
)
#: Countries whose people's "attacks" are armed groups', not the state's
#: forces ("Palestinian attacks killed three Israelis").
_NO_STATE_ATTACKS: Final = frozenset({"PS"})
#: The tokens a match of :data:`_WEAPONS_RE` can begin with (the first word of
#: each noun, and of each two-word noun: "helicopter gunships" is one noun).
_WEAPON_WORDS: Final = frozenset(
    [
        "missile",
        "missiles",
        "drone",
        "drones",
        "rocket",
        "rockets",
        "warplane",
        "warplanes",
        "jets",
        "bomber",
        "bombers",
        "warship",
        "warships",
        "helicopter",
        "gunship",
        "gunships",
        "air",
        "airstrike",
        "airstrikes",
        "strike",
        "strikes",
        "shelling",
        "artillery",
        "guided",
        "glide",
        "aerial",
        "cluster",
        "barrel",
        # a kind before the weapon: "Russian ballistic missiles", "Israeli fighter jets"
        "ballistic",
        "cruise",
        "hypersonic",
        "kamikaze",
        "fighter",
        "attacks",
        "fire",
        "gunfire",
        "tank",
        "sniper",
        "naval",
    ]
)

#: The same, for ``str.startswith`` and ``str.endswith``.
_WEAPON_TUPLE: Final = tuple(sorted(_WEAPON_WORDS))
#: Their first two letters, and their last two (every one has three or more).
_WEAPON_HEADS: Final = frozenset(w[:2] for w in _WEAPON_WORDS)
_WEAPON_TAILS: Final = frozenset(w[-2:] for w in _WEAPON_WORDS)


#: The most characters between a generic noun and the name a "known as"
#: introduces ("from the armed youth group known as the").
_KNOWN_AS_SPAN: Final = 80
#: The most words of the descriptor before "known as".
_KNOWN_AS_WORDS: Final = 5


def _known_as(gap: str) -> bool:
    """
    Whether *gap*, between a generic noun and a name, introduces the name
    as the noun's own: "[fighters] from the armed youth group known as
    the [White Army]", "[militiamen] known as [Wazalendo]", an "of" or
    "from" phrase of a few plain words, then "known as".
    """
    words = gap.lower().split()
    if words[-1:] in (["the"], ["a"], ["an"]):
        words.pop()
    if words[-2:] != ["known", "as"]:
        return False
    words = words[:-2]
    if words[:1] in (["of"], ["from"]):
        words = words[2:] if words[1:2] in (["the"], ["a"], ["an"]) else words[1:]
        if not words:
            return False  # ("fighters of known as": no descriptor)
    elif words:
        return False  # ("fighters who were known as"): not a descriptor
    return len(words) <= _KNOWN_AS_WORDS and all(
        w.replace("-", "").isalpha() for w in words
    )


#: Generic heads that a name before them makes a named group of its own,
#: written in lower case ("the Gran Grif gang", "the Ndume Forest militia"),
#: with the fewest name words that make one here (one word before "militia"
#: is read later, after an article only: :meth:`_Compiled._named_militia`).
_NAMED_HEADS: Final = {"gang": 1, "cartel": 1, "militia": 2}

#: A word of such a name: capitalised, or a number ("the 400 Mawozo gang").
_HEAD_NAME_WORD_RE: Final = re.compile(r"(?:[^\W\d_a-z][\w'’.-]*|\d{1,4})")

#: Lower-case words inside such a name ("the Village de Dieu gang").
_HEAD_NAME_JOINERS: Final = frozenset(
    ["de", "del", "la", "le", "du", "des", "el", "da", "do"]
)

#: Capitalised words that describe a group instead of naming it (at the
#: start of a sentence, or in a headline), folded.
_HEAD_DESCRIBERS: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "rival",
        "armed",
        "heavily",
        "criminal",
        "local",
        "powerful",
        "notorious",
        "main",
        "largest",
        "biggest",
        "new",
        "former",
        "members",
        "member",
        "suspected",
        "alleged",
        "state",
        "government",
        "police",
        "army",
        "drug",
        "drugs",
        "street",
        "prison",
        "youth",
        "islamist",
        "jihadist",
        "christian",
        "muslim",
        "sunni",
        "shia",
        "shiite",
        "ethnic",
        "tribal",
        "pro",
        "anti",
        "self",
        "defence",
        "defense",
        "vigilante",
        "community",
        "allied",
        "another",
        "one",
        "two",
        "three",
        "this",
        "that",
        "his",
        "her",
        "their",
        "its",
        "our",
        "said",
        "when",
        "after",
        "as",
        "in",
        "on",
        "at",
        "by",
        "from",
        "of",
        "and",
        "but",
        "us",
        "u.s.",
        "un",
        "u.n.",
        *WEEKDAY_NAMES,
        *MONTH_NAMES,
    ]
)


def _name_before_head(text: str, f: _Found) -> int | None:
    """
    Where the name before the generic head *f* ("gang", "militia") starts,
    when capitalised name words stand right before it, else None.
    """
    head = text[f.start : f.end].lower()
    need = _NAMED_HEADS.get(head)
    if need is None:
        return None
    demonyms = demonym_countries()
    first = -1
    count = 0
    pos = f.start
    pending = -1  # a joiner read, waiting for a name word before it
    while count < 4 and pos >= 2 and text[pos - 1] == " ":
        ws = max(text.rfind(" ", 0, pos - 1), text.rfind("\n", 0, pos - 1)) + 1
        word = text[ws : pos - 1]
        if word in _HEAD_NAME_JOINERS and count:
            if pending >= 0:
                break
            pending = ws
            pos = ws
            continue
        if not _HEAD_NAME_WORD_RE.fullmatch(word):
            break
        if "-" in word and word.rpartition("-")[2].islower():
            break  # "a Tripoli-based militia": where it is from, no name
        key = fold(word).rstrip(".")
        if key in _HEAD_DESCRIBERS or key in demonyms:
            break
        pending = -1
        first = ws
        count += 1
        pos = ws
    if count < need or first < 0:
        return None
    before = text[max(0, first - 2) : first]
    if count == 1 and (first == 0 or before.endswith((". ", "\n", '"', "“"))):
        return None  # a capitalised word that opens a sentence ("Haitian gang ...")
    return first


def _named_heads(text: str, found: list[_Found]) -> list[_Found]:
    """
    *found* with each generic "gang", "cartel" or "militia" after a name
    missing from the dictionary made that named group ("the Gran Grif gang"
    is a group of its own, not an unidentified one), and the name's later
    mentions on its own ("Gran Grif's leader") read as the same group.
    """
    names: dict[str, str] = {}
    for i, f in enumerate(found):
        head = text[f.start : f.end].lower()
        if f.generic != "armed" or head not in _NAMED_HEADS:
            continue
        first = _name_before_head(text, f)
        if first is None or (i and found[i - 1].end > first):
            continue  # no name, or one the dictionary read already
        name = " ".join(text[first : f.start].split())
        f.start = first
        f.generic = None
        f.canonical = f"{name} {head}"
        f.armed = True
        f.confidence = 0.5
        f.reason = "organisation-like name not in the dictionary"
        names[name] = f.canonical
    if not names:
        return found
    taken = Busy((f.start, f.end) for f in found)
    extra: list[_Found] = []
    for name, canonical in names.items():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (
                taken.free(at, end)
                and (at == 0 or not text[at - 1].isalnum())
                and (end == len(text) or not text[end].isalnum())
            ):
                item = _Found(at, end)
                item.canonical = canonical
                item.armed = True
                item.confidence = 0.5
                item.reason = "organisation-like name not in the dictionary"
                extra.append(item)
                taken.add(at, end)
            at = text.find(name, end)
    if extra:
        found = sorted([*found, *extra], key=lambda f: f.start)
    return found


def _inside_hyphenated(text: str, start: int, end: int) -> bool:
    """Whether letters joined by hyphens stand on both sides of *start*:*end*."""
    return (
        start >= 2
        and end + 1 < len(text)
        and text[start - 1] == "-"
        and text[end] == "-"
        and text[start - 2].isalpha()
        and text[end + 1].isalpha()
    )


#: How long before an actor's first day a story may name it (groups are
#: known by their names a little before their founding dates).
_BEFORE_FOUNDING: Final = _dt.timedelta(days=3 * 365)


#: Titles before a person's name ("Mr", "Minister", "Gen."), folded.
_PERSON_TITLES: Final = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "mister",
        "senor",
        "sr",
        "sra",
        "don",
        "dona",
        "minister",
        "senator",
        "sen",
        "deputy",
        "president",
        "governor",
        "mayor",
        "judge",
        "general",
        "gen",
        "colonel",
        "col",
        "major",
        "maj",
        "captain",
        "capt",
        "lieutenant",
        "lt",
        "sergeant",
        "sgt",
        "commander",
        "father",
        "bishop",
        "archbishop",
        "professor",
        "prof",
        "ambassador",
    ]
)
#: Given names common in the wire copy the library reads (Spanish, Portuguese,
#: English, French and Arabic ones), folded: an acronym right after one is a
#: surname, as an acronym-looking surname in shouted copy often is.
_GIVEN_NAMES: Final = frozenset(
    [
        "juan",
        "carlos",
        "jose",
        "luis",
        "jorge",
        "pedro",
        "pablo",
        "miguel",
        "manuel",
        "antonio",
        "francisco",
        "javier",
        "fernando",
        "ricardo",
        "roberto",
        "alberto",
        "alfredo",
        "eduardo",
        "enrique",
        "rafael",
        "raul",
        "ramon",
        "mario",
        "oscar",
        "hector",
        "hugo",
        "victor",
        "sergio",
        "andres",
        "diego",
        "daniel",
        "david",
        "jesus",
        "julio",
        "cesar",
        "alejandro",
        "gustavo",
        "guillermo",
        "ernesto",
        "arturo",
        "ignacio",
        "joaquin",
        "rodrigo",
        "alvaro",
        "gabriel",
        "maria",
        "ana",
        "rosa",
        "carmen",
        "elena",
        "isabel",
        "teresa",
        "patricia",
        "marta",
        "lucia",
        "sofia",
        "laura",
        "gloria",
        "john",
        "james",
        "robert",
        "michael",
        "william",
        "richard",
        "thomas",
        "charles",
        "george",
        "paul",
        "peter",
        "mark",
        "jean",
        "pierre",
        "jacques",
        "michel",
        "mohamed",
        "mohammed",
        "muhammad",
        "ahmed",
        "ahmad",
        "ali",
        "hassan",
        "hussein",
        "omar",
        "ibrahim",
        "mustafa",
    ]
)


def _after_a_personal_name(text: str, start: int) -> bool:
    """
    Whether the acronym at *start* follows a given name or a person's title
    ("JUAN CARLOS MIR", "Minister MIR"): it is then a surname, not the
    group's acronym (which follows an article, a demonym or a verb).
    """
    if start < 2 or text[start - 1] != " ":
        return False
    before = text[max(0, start - 24) : start - 1]
    words = before.split()
    if not words or not before[-1:].strip():
        return False  # two spaces or a line break: no name runs on into it
    word = words[-1]
    if word[-1] == ".":
        word = word[:-1]  # "Dr. MIR"
    if not word.isalpha():
        return False
    word = fold(word)
    return word in _GIVEN_NAMES or word in _PERSON_TITLES


#: The words of an Arabic name that make the word after them part of a
#: person's name ("Abu Shabab", "bin Laden"), as written.
_KUNYAS: Final = ("Abu ", "Abou ", "ABU ", "bin ", "Bin ", "BIN ", "ibn ", "Ibn ", "IBN ")

#: The singular Spanish articles that begin a place-shaped name ("La Linea",
#: "El Paso"); a group's nickname is more often plural ("Los Zetas").
_PLACE_ARTICLES: Final = frozenset(["la", "el"])


def _place_shaped(name: str) -> bool:
    """Whether *name* is a singular Spanish article and one word ("LA LINEA")."""
    words = name.split()
    return len(words) == 2 and words[0].lower() in _PLACE_ARTICLES and words[1].isalpha()


#: The countries where a group's place-shaped alias names it: its own, or the
#: United States, where the cartels it names also operate.
_ALSO_ABROAD: Final = "US"


def _has_place_shaped(text: str, found: list[_Found]) -> bool:
    """Whether a short mention of *found* is place-shaped (:func:`_place_shaped`)."""
    # (such a name begins "la" or "el" in any case: most mentions are passed
    # over on their first character, without splitting them into words)
    for f in found:
        if f.end - f.start < 24:
            first = text[f.start : f.start + 1]
            if (first in "lLeE" or first.isspace()) and _place_shaped(
                text[f.start : f.end]
            ):
                return True
    return False


def _without_foreign_places(
    text: str,
    tokens: Tokens,
    found: list[_Found],
    home: str | None,
    shouting: bool,
    hits: list[int] | None = None,
) -> list[_Found]:
    """
    *found* less the place-shaped aliases ("La Linea" of the Juarez Cartel)
    of a group whose country neither the dateline nor the text names: such
    an alias is then a place of the story's own country (a Colombian village).
    """
    named = _body_countries(text, tokens, 0, shouting, hits=hits)
    if shouting:
        named.pop(_ALSO_ABROAD, None)  # "US" in shouted copy is mostly the pronoun
    if home is not None:
        named[home] = 1
    return [
        f
        for f in found
        if f.generic is not None
        or not f.country
        or f.country in named
        or _ALSO_ABROAD in named
        or not _place_shaped(text[f.start : f.end])
    ]


def _named_apart(found: list[_Found], guessed: list[tuple[_Found, list[int]]]) -> None:
    """
    A name several actors share that is still a guess is the one of them
    the report names by a name of its own ("Russian mercenaries" in a story
    that names the Africa Corps are its).  (In place.)
    """
    # (the actors named by a name of their own, each with its first such
    # mention, found in one pass: a story of thousands of guessed names is
    # read in linear time)
    models: dict[int, _Found] = {}
    for f in found:
        if (
            f.reason is None
            and f.generic is None
            and f.kind != "state"  # ("Burkinabe soldiers" name no VDP)
            and isinstance(f.actor, int)
        ):
            models.setdefault(f.actor, f)
    if not models:
        return
    for item, named in guessed:
        if item.reason is None or item.kind == "state":
            continue  # (settled since: by the story's country; or a state's force)
        own = [a for a in set(named) if a in models and models[a] is not item]
        if len(own) == 1:
            model = models[own[0]]
            _take(model, item)
            item.armed = model.armed
            item.confidence, item.reason = 1.0, None


def _descriptive(text: str, start: int, end: int) -> bool:
    """
    Whether the alias at *start*..*end* is written as a description, not a
    name: all lowercase ("clan militias"), or of several words whose first
    alone is capitalised as a sentence opens ("Clan militia fighters").
    """
    name = text[start:end]
    if name.islower():
        return True
    return (
        " " in name
        and name[1:].islower()
        and (text[max(0, start - 8) : start].rstrip()[-1:] in '.\n"')
        # ("Rwandan troops" opening a sentence: a demonym, a proper name's)
        and fold(name.partition(" ")[0]) not in demonym_countries()
    )


def _founded_by(actors: Sequence[Actor], named: list[int], day: _dt.date) -> list[int]:
    """The positions of *named* whose actors did not begin years after *day*."""
    return [p for p in named if not _founded_after(actors[p], day)]


def _founded_after(actor: Actor, day: _dt.date) -> bool:
    """
    Whether *actor* began years after the story's *day*: its one-word alias
    names something else then ("ANA" in a 1989 story from El Salvador is no
    Afghan National Army, which began in 2001).
    """
    return actor.valid_from is not None and day < actor.valid_from - _BEFORE_FOUNDING


def _weapon_starts(folded: str, tokens: Tokens, hits: list[int]) -> list[int]:
    """
    Where a match of :data:`_WEAPONS_RE` may begin in *folded*, in order
    (*hits*: the tokens of a superset of :data:`_WEAPON_WORDS`, in order).

    A match begins after a character that is no letter or digit: at a
    token's start, or after an apostrophe inside a token ("o'drones" is one
    token). Its first word is all of the run of letters it begins (a word
    boundary ends it), so a token it begins is one of :data:`_WEAPON_WORDS`
    unless an apostrophe ends that run inside the token ("drone'd"). So the
    starts are those tokens', and the runs of one of those words right
    before or after an apostrophe: most stories have no weapon noun, and
    none is searched for over their whole text.

    >>> from conflictparse.parsers.actors._index import tokenize
    >>> t = tokenize("the drone'd o'air strikes")
    >>> _weapon_starts("the drone'd o'air strikes", t, list(range(len(t))))
    [4, 14, 18]
    """
    offsets = tokens.offsets
    starts = [offsets[k] + k for k in tokens_in(hits, tokens.words, _WEAPON_WORDS)]
    at = folded.find("'")
    extra = False
    while at >= 0:
        # (the two characters after and before the apostrophe are tested
        # first: most apostrophes are possessives' "'s", next to no weapon)
        if folded[at + 1 : at + 3] in _WEAPON_HEADS and folded.startswith(
            _WEAPON_TUPLE, at + 1
        ):
            starts.append(at + 1)
            extra = True
        if folded[max(0, at - 2) : at] in _WEAPON_TAILS and folded.endswith(
            _WEAPON_TUPLE, 0, at
        ):
            word = at
            while word > 0 and folded[word - 1].isalnum():
                word -= 1
            starts.append(word)
            extra = True
        at = folded.find("'", at + 1)
    return sorted(set(starts)) if extra else starts


#: The words the passes after the alias scan look for (organisation heads,
#: weapon nouns, and the metonymy cues where metonymy is read).
#: Words that make a named group's mention one of its splinters ("dissidents
#: of the FARC"): the pass over the tokens tells whether a story has any.
_SPLINTER_WORDS: Final = frozenset(
    [
        "dissident",
        "dissidents",
        "splinter",
        "splinters",
        "breakaway",
        "breakaways",
        "remnants",
        "affiliate",
        "offshoot",
        # ("al Qaeda's Sahel branch": the branch the report names)
        "branch",
    ]
)
#: Armed nouns that end a group's name read with them ("Islamic State fighters").
_FIGHTER_TAILS: Final = (
    " fighters",
    " militants",
    " insurgents",
    " jihadists",
    " gunmen",
)
#: How far after a group's name :data:`_BRANCH_WORDS_RE` looks.
_BRANCH_REACH: Final = 60
#: Words that call a group a faction, splinter or affiliate of another.
_BRANCH_WORDS_RE: Final = lazy(
    globals(),
    "_BRANCH_WORDS_RE",
    r"(?i)(?<!\p{L})(?:factions?|splinters?|affiliates?|offshoots?|broke[ ]away|breakaway)(?!\p{L})",
)
#: "... affiliate" or "... offshoot" right after a group's name ("Al Qaeda
#: affiliate claims attack"), read when the report names that affiliate.
_BRANCH_AFTER_RE: Final = lazy(
    globals(),
    "_BRANCH_AFTER_RE",
    r"(?:['’][sS](?:[ \t\xa0]++\p{Lu}\p{L}*+){0,2}+)?+[ \t\xa0]++"
    r"(?i:affiliate|offshoot|branch)(?!\p{L})",
)
_OTHER_WORDS_UNCUED: Final = HEADS | _WEAPON_WORDS | _SPLINTER_WORDS
_OTHER_WORDS: Final = _OTHER_WORDS_UNCUED | _CUE_WORDS | _PLURAL_SAY_WORDS

#: The reason given to an actor named by its weapon (see _weapon_demonyms):
#: the instrument, which lends its country to no generic mention.
_WEAPON_REASON: Final = _WEAPON_REASON_SHARED
#: A verb whose object is the weapon, launched or downed, ending right before
#: a demonym (folded text): "launched Iranian drones", "fired U.S. missiles",
#: "shot down 20 Russian drones", "intercepted two of the Russian missiles".
_LAUNCHED_BEFORE_RE: Final = lazy(
    globals(),
    "_LAUNCHED_BEFORE_RE",
    r"""
    \b(?:launch(?:ed|es|ing)?+ | fir(?:e|ed|es|ing) | us(?:e|ed|es|ing)
      | deploy(?:ed|s|ing)?+ | sen[dt](?:s|ing)?+ | down(?:ed|ing)?+
      | intercept(?:ed|s|ing)?+ | destroy(?:ed|s|ing)?+ | neutrali[sz](?:e|ed|es|ing)
      | suppl(?:y|ied|ies|ying) | deliver(?:ed|s|ing)?+ | provid(?:e|ed|es|ing) )
    # a quantity or determiner between ("20", "two of the", "dozens of")
    (?:\s(?:\d[\d,]*+|a|an|the|its|their|some|several|more|than|at|least|about
          |nearly|around|over|up|to|of|dozens?|scores|hundreds|two|three|four|five
          |six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty
          |all|most|new|advanced|long-range))*+
    \s\Z
    """,
    regex.VERBOSE,
)
#: A capitalised word (a demonym: "Russian", "U.S.") ending right before a
#: weapon noun, one space between (the text before it, as in _COORDINATED_RE).
_DEMONYM_BEFORE_RE: Final = lazy(
    globals(),
    "_DEMONYM_BEFORE_RE",
    r"(?<![\p{L}\-.'])(?P<d>\p{Lu}(?:\p{Ll}++|\p{Lu}++|\.(?:\p{Lu}\.)++))[ ]\Z",
)

#: A country (or its capital) in the possessive, ending right before a
#: generic state organ: "Russia's defence ministry", "IRAN'S ARMY" name whose
#: organ it is, whatever country the story is about.
_POSSESSIVE_RE: Final = lazy(
    globals(),
    "_POSSESSIVE_RE",
    r"(?<![\p{L}\-.])(?P<name>\p{Lu}[\p{L}.\-]*+(?:[ ]\p{Lu}[\p{L}.\-]*+){0,3}+)['\u2019][sS][ ]\Z",
)


#: The organs of a state :meth:`_Compiled._possessed_organs` reads after a
#: possessive or an "X-installed", and the state actor class of each.
_ORGAN_CLASSES: Final = {
    "army": "military",
    "armed forces": "military",
    "military": "military",
    "forces": "military",
    "troops": "military",
    "soldiers": "military",
    "air force": "military",
    "navy": "military",
    "police": "police",
    "gendarmerie": "police",
    "authorities": "government",
    "government": "government",
    "junta": "government",
    "regime": "government",
    "rulers": "government",
    "administration": "government",
    "leadership": "government",
    "officials": "government",
    "official": "government",
    "governor": "government",
    "leaders": "government",
    "leader": "government",
    "head": "government",
}
#: The organs an "X-installed" (or "-appointed") names: the officials of an
#: occupation or client administration, no forces.
_INSTALLED_NOUNS: Final = frozenset(
    [
        "authorities",
        "government",
        "administration",
        "officials",
        "official",
        "governor",
        "leaders",
        "leader",
        "head",
        "leadership",
        "regime",
        "rulers",
    ]
)
#: Nouns of :data:`_ORGAN_CLASSES` a possessive does not take: one person,
#: or a city's officials ("Kyiv's governor", "Kyiv's officials" may be the
#: city's own).
_PERSONS: Final = frozenset(["officials", "official", "governor", "leader", "head"])
#: Up to two describing words and an organ of :data:`_ORGAN_CLASSES`.
_ORGAN_AFTER_RE: Final = lazy(
    globals(),
    "_ORGAN_AFTER_RE",
    r"(?:(?:new|interim|transitional|caretaker|military|ruling|current|own|regular"
    r"|elite|security|special|de[ ]facto|pro-Russian|separatist)[ ]){0,2}"
    r"(?P<noun>army|armed[ ]forces|military|forces|troops|soldiers|air[ ]force|navy"
    r"|police|gendarmerie|authorities|government|junta|regime|rulers|administration"
    r"|leadership|officials?|governor|leaders?|head)(?![\p{L}\-'’])",
)
#: The words :data:`_ORGAN_AFTER_RE` may open with (a set test before it).
_ORGAN_FIRST_WORDS: Final = frozenset(
    [
        "new",
        "interim",
        "transitional",
        "caretaker",
        "military",
        "ruling",
        "current",
        "own",
        "regular",
        "elite",
        "security",
        "special",
        "de",
        "pro-Russian",
        "separatist",
        "army",
        "armed",
        "forces",
        "troops",
        "soldiers",
        "air",
        "navy",
        "police",
        "gendarmerie",
        "authorities",
        "government",
        "junta",
        "regime",
        "rulers",
        "administration",
        "leadership",
        "officials",
        "official",
        "governor",
        "leaders",
        "leader",
        "head",
    ]
)

#: The capital, country or demonym before an "-installed": one capitalised word.
#: The word before "-appointed" or "-installed" that makes the officials
#: the rebels' own ("rebel-appointed officials").
_REBEL_INSTALLERS: Final = ("rebel", "Rebel", "REBEL")
_INSTALLER_RE: Final = lazy(
    globals(),
    "_INSTALLER_RE",
    r"(?<![\p{L}\-.'’])(?P<name>\p{Lu}[\p{L}]*+)\Z",
)


def _possessive_country(text: str, start: int) -> str | None:
    """The country named in the possessive right before *start* (see _POSSESSIVE_RE)."""
    if start < 4 or text[start - 2] not in "sS" or text[start - 3] not in "'\u2019":
        return None  # no "'s " right before: the pattern cannot match
    m = _POSSESSIVE_RE.search(text, max(0, start - 48), start)
    if m is None:
        return None
    return _possessed_country(m.group("name"))


@functools.lru_cache(maxsize=1024)
def _possessed_country(name: str) -> str | None:
    """The country (or capital's country) ending *name*, read once per distinct name."""
    hit = _place_hit(name)
    return None if hit is None else hit[1]


@functools.lru_cache(maxsize=1024)
def _place_hit(name: str) -> tuple[int, str] | None:
    """:func:`_place_country`, read once per distinct name."""
    return _place_country(name)


_COORDINATED_RE: Final = lazy(
    globals(),
    "_COORDINATED_RE",
    r"(?<![\p{L}\-.])(?P<d>\p{Lu}(?:\p{Ll}++|\p{Lu}++|\.(?:\p{Lu}\.)++))"
    r"(?:,[ ]|[ ]and[ ]|[ ]or[ ]|[ ]&[ ])\Z",
)


#: What :data:`_COORDINATED_RE` ends with.
_COORDINATORS: Final = (", ", " and ", " or ", " & ")


def _state_class(canonical: str) -> str | None:
    for cls, prefix in STATE_CLASSES.items():
        if canonical.startswith(prefix + " "):
            return cls
    return None


def _title(name: str) -> str:
    """Title case for names read from ALL-CAPS copy ("1st", "People's" kept right)."""
    small = {"of", "the", "and", "for", "de", "del", "la", "los"}
    words = name.lower().split(" ")
    return " ".join(
        w if (i and w in small) or w[:1].isdigit() else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


#: What follows a mention that another group is said to lead ("rebels led by").
_LED_BY_OPENINGS: Final = (" led by ", ", led by ")
#: The gap between such a mention and the leading group's name.
_LED_BY_RE: Final = lazy(globals(), "_LED_BY_RE", r",?+[ ]led[ ]by[ ](?:the[ ])?+\Z")


def _leading_group(text: str, found: list[_Found], i: int) -> _Found | None:
    """
    The named non-state armed group right after ``found[i]`` that the text
    says leads it ("rebels led by Hayat Tahrir al-Sham"), else None (a
    person, "led by Colonel X", or a state's forces lead no group of it).
    """
    if i + 1 >= len(found):
        return None
    nxt = found[i + 1]
    if (
        nxt.generic is not None
        or not nxt.armed
        or nxt.kind == "state"
        or nxt.canonical is None
        or nxt.canonical == found[i].canonical
        or not _LED_BY_RE.match(text, found[i].end, nxt.start, timeout=REGEX_TIMEOUT)
    ):
        return None
    return nxt


def _led_by(text: str, found: list[_Found]) -> None:
    """
    Give a descriptive alias of a group ("Syrian rebels", an alias of the
    Free Syrian Army) the named group the text says leads it ("Syrian
    rebels led by Hayat Tahrir al-Sham seized Damascus": that group, which
    ACLED codes the offensive to). A proper name ("the Free Syrian Army,
    led by ...") stays its own.
    """
    for i, f in enumerate(found):
        if (
            f.generic is not None
            or not f.armed
            or f.kind == "state"
            or not text.startswith(_LED_BY_OPENINGS, f.end)
            or not text[f.start : f.end].rsplit(None, 1)[-1].islower()
        ):
            continue
        leader = _leading_group(text, found, i)
        if leader is not None:
            _take(leader, f)
            f.confidence = 0.8
            f.reason = "the group said to lead it"


def _keep_as(keep: list[_Found], f: _Found, confidence: float, reason: str) -> None:
    """Give the generic mention *f*, resolved, its *confidence* and *reason*, and keep it."""
    f.confidence = confidence
    f.reason = reason
    keep.append(f)


#: An indefinite article before a group's noun, with up to two words
#: between ("a local militia", "another armed gang").
_A_GROUP_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Aa]nother|AN?|ANOTHER)\s+(?:[\w-]+\s+){0,2}\Z"
)
#: The nouns of a whole group (not of its members, "a militant"; nor "a
#: group of men", a count).
_GROUP_NOUNS: Final = ("militia", "gang", "faction", "MILITIA", "GANG", "FACTION")
#: Their plurals, brought in bare after a word of :data:`_LOCAL_WORDS`.
_GROUPS_NOUNS: Final = ("militias", "MILITIAS")
#: Words before bare plural militias that make them a community's own.
_LOCAL_WORDS: Final = frozenset(
    ["local", "community", "village", "self-defence", "self-defense"]
)


def _another_group(text: str, start: int, end: int) -> bool:
    """
    Whether the generic mention ``text[start:end]`` brings in a group of its
    own with an indefinite article ("the head of a local militia", "another
    armed gang"): not the report's salient group.
    """
    if not text.endswith(_GROUP_NOUNS, start, end):
        if text.endswith(_GROUPS_NOUNS, start, end):
            # "Local militias known as Naparamas took up arms against the
            # militants": a community's own groups, brought in bare
            before = text[max(0, start - 16) : start].split()
            return bool(before) and before[-1].lower() in _LOCAL_WORDS
        return False
    m = _A_GROUP_BEFORE.search(text, max(0, start - 40), start)
    # (not an apposition to a name: "the VDP, a civilian militia that fights
    # alongside the army" describes the VDP; but "..., a militia leader
    # said" is a speaker of a group brought in, no apposition)
    return m is not None and (
        not text[: m.start()].rstrip().endswith(",")
        or text.startswith(_GROUP_PERSONS, end)
    )


def _take(model: _Found, item: _Found) -> None:
    """Give the generic *item* the actor of *model*."""
    item.actor = model.actor
    item.canonical = model.canonical
    item.kind = model.kind
    item.country = model.country


def _copy(model: _Found, item: _Found) -> None:
    item.actor = model.actor
    item.canonical = model.canonical
    item.kind = model.kind
    item.country = model.country
    item.armed = model.armed
    item.generic = None
    item.metonymy = False
    item.confidence = min(0.9, model.confidence)
    item.reason = "acronym defined in the text"


def _acronym_spans(
    text: str, local: dict[str, _Found]
) -> list[tuple[str, _Found, list[tuple[int, int]]]]:
    """
    Each acronym defined in *text*, its model mention and the spans where it
    is written: not inside a longer run of letters and digits, found in one
    scan of the text for all acronyms at once (the longest first where two
    start at the same place), so the cost does not grow with their number.

    >>> t = "the Arakan Army (AA) said the AA and AAx"
    >>> [(a, s) for a, _m, s in _acronym_spans(t, {"AA": _Found(4, 15)})]
    [('AA', [(17, 19), (30, 32)])]
    >>> t = "IS-K and IS, the ISIS"
    >>> [(a, s) for a, _m, s in _acronym_spans(t, {"IS": _Found(0, 1), "IS-K": _Found(0, 1)})]
    [('IS', [(9, 11)]), ('IS-K', [(0, 4)])]
    """
    if len(local) == 1 and len(text) <= _CHUNK and text.isascii():
        # one acronym in ASCII text (the common case): found with str.find,
        # left to right without overlaps as the pattern would, and no
        # pattern compiled for a set of acronyms not seen before
        ((acr, model),) = local.items()
        return [(acr, model, _literal_spans(text, acr))]
    spans: dict[str, list[tuple[int, int]]] = {acr: [] for acr in local}
    for m in finditer_chunked(_acronym_pattern(tuple(sorted(local))), text):
        spans[m.group()].append(m.span())
    return [(acr, model, spans[acr]) for acr, model in local.items()]


def _literal_spans(text: str, word: str) -> list[tuple[int, int]]:
    """
    The spans of *word* in ASCII *text* with no letter or digit on either side.

    >>> _literal_spans("AA, the AA-led AAx and (AA)", "AA")
    [(0, 2), (8, 10), (24, 26)]
    """
    out: list[tuple[int, int]] = []
    size = len(word)
    at = text.find(word)
    while at >= 0:
        end = at + size
        if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
            out.append((at, end))
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
    return out


@functools.lru_cache(maxsize=256)
def _acronym_pattern(acronyms: tuple[str, ...]) -> regex.Pattern[str]:
    """One pattern for the uses of all *acronyms* (a text's set is often seen again)."""
    return regex.compile(
        r"(?<![\p{L}\d])(?:"
        + "|".join(regex.escape(a) for a in sorted(acronyms, key=len, reverse=True))
        + r")(?![\p{L}\d])"
    )


def _choose_among(
    actors: tuple[Actor, ...],
    positions: Sequence[int],
    day: _dt.date | None,
    country: str | None,
) -> tuple[int, bool]:
    """
    :meth:`_Compiled.choose_why` among two or more *positions* (a function
    of its own: its lambdas' cells are made only for such a choice).
    """
    if day is not None and country:
        # a name two foreign forces share where each served in some countries
        # at some times ("Russian mercenaries": Wagner in Mali until June 2025,
        # the Africa Corps in Burkina Faso and Niger from 2024): the one that
        # served in the story's country on its day
        there = [p for p in positions if _in_theatre(actors[p].id, country, day)]
        if len(there) == 1:
            return there[0], False
    pool = [p for p in positions if actors[p].valid_on(day)] if day else []
    if not pool:
        pool = list(positions)
        if day is not None:
            pool.sort(key=lambda p: _distance(actors[p], day))
            best = _distance(actors[pool[0]], day)
            pool = [p for p in pool if _distance(actors[p], day) == best]
    guess = len(pool) > 1
    if len(pool) > 1 and country:
        local = [p for p in pool if actors[p].country == country]
        if len(local) == 1:
            # the story's country settles a name two groups of two
            # countries are known by ("al-Shabaab" of Somalia and of
            # Mozambique's Cabo Delgado): no guess
            return local[0], False
        if not local:
            # none of the story's country: one bound to no country (an
            # international force, "CJTF" in Iraq) is likelier than one
            # of another country (Nigeria's "CJTF")
            local = [p for p in pool if not actors[p].country]
        pool = local or pool
    if len(pool) > 1 and day is None:
        pool.sort(key=lambda p: len(actors[p].canonical))
    return pool[0], guess


#: Where and when foreign forces that share a name served, by actor id:
#: ``(country, first day, last day or None)`` rows (a force's own dates in
#: ``actors.tsv`` span all its countries). Only forces that share an alias
#: need rows. Wagner's Mali contingent left on 6 June 2025, handing over to
#: the Africa Corps, which had reached Burkina Faso in January 2024, Niger in
#: April 2024 and Libya's bases in 2024; Wagner stayed in the Central African
#: Republic past its own end date.
_THEATRES: Final[dict[str, tuple[tuple[str, _dt.date, _dt.date | None], ...]]] = {
    "wagner": (
        ("ML", _dt.date(2021, 12, 1), _dt.date(2025, 6, 5)),
        ("CF", _dt.date(2018, 1, 1), None),
        ("SD", _dt.date(2017, 11, 1), None),
        ("LY", _dt.date(2019, 9, 1), _dt.date(2023, 12, 31)),
        ("SY", _dt.date(2015, 9, 1), _dt.date(2023, 12, 31)),
        ("MZ", _dt.date(2019, 9, 1), _dt.date(2020, 3, 31)),
    ),
    "africa-corps": (
        ("ML", _dt.date(2025, 6, 6), None),
        ("BF", _dt.date(2024, 1, 24), None),
        ("NE", _dt.date(2024, 4, 10), None),
        ("LY", _dt.date(2024, 1, 1), None),
        ("GQ", _dt.date(2024, 8, 1), None),
    ),
}


def _in_theatre(ident: str, country: str, day: _dt.date) -> bool:
    """Whether the force *ident* served in *country* on *day* (:data:`_THEATRES`)."""
    rows = _THEATRES.get(ident)
    if rows is None:
        return False
    for where, first, last in rows:
        if where == country and first <= day and (last is None or day <= last):
            return True
    return False


def _all_abroad(actors: tuple[Actor, ...], positions: Sequence[int], home: str) -> bool:
    """Whether every actor at *positions* is of a country, and none of *home*."""
    return all(actors[p].country and actors[p].country != home for p in positions)


def _inside_longer_name(text: str, start: int) -> bool:
    """
    Whether the name at *start* follows a capitalised word of a longer name
    ("Saraya Ansar al-Sunna"), not a sentence's first word, a determiner or
    a demonym ("Somali al-Shabaab").
    """
    if start < 2 or text[start - 1] != " ":
        return False
    k = start - 1
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k : start - 1]
    if not word or not word[0].isupper() or word.isupper():
        return False
    before = text[max(0, k - 2) : k]
    if not before.strip() or before.rstrip().endswith((".", "!", "?", '"', "(", "-")):
        return False  # (the sentence's first word, or a quote's)
    folded = word.lower()
    return folded not in _NOT_NAME_WORDS and folded not in demonym_countries()


#: Capitalised words before a name that are no part of it.
_NOT_NAME_WORDS: Final = frozenset(
    {"the", "a", "an", "and", "or", "of", "by", "from", "with", "against", "said",
     "says", "islamist", "jihadist", "sunni", "shia", "shiite", "militant", "rebel"}
)  # fmt: skip


def _distance(actor: Actor, day: _dt.date) -> int:
    if actor.valid_from is not None and day < actor.valid_from:
        return (actor.valid_from - day).days
    if actor.valid_to is not None and day > actor.valid_to:
        return (day - actor.valid_to).days
    return 0


#: Days outside its dates after which an actor's name is read with a doubt.
_OUTSIDE_DAYS: Final = 365
_OUTSIDE_REASON: Final = "actor named over a year outside its dates"

#: How far before a name :data:`_SPLINTER_BEFORE_RE` looks.
_SPLINTER_REACH: Final = 64
#: "dissidents of the former", "a splinter group of the", "remnants of",
#: "dissident" (FARC fighters): words just before a name that make it a splinter's.
_SPLINTER_BEFORE_RE: Final = lazy(
    globals(),
    "_SPLINTER_BEFORE_RE",
    r"""(?i)(?<!\p{L})
    (?:(dissidents?|splinters?|breakaways?|remnants
       |(?:dissident|splinter|breakaway)\s++(?:groups?|factions?|wings?|cells?|units?))
       \s++(?:of|from)\s++(?:the\s++)?+
       (?:(?:former|ex|defunct|now-defunct|disbanded|demobili[sz]ed)\s++)?+
     |(dissident|splinter|breakaway)[ \t\xa0]++)      # "dissident FARC fighters"
    \Z""",
    regex.VERBOSE,
)
#: The group noun after "breakaway ADF", "dissident FARC".
_SPLINTER_NOUN_RE: Final = lazy(
    globals(),
    "_SPLINTER_NOUN_RE",
    r"(?i)[ \t\xa0]++(?:groups?|factions?|wings?|cells?|units?)(?!\p{L})",
)
#: "... dissidents", "... splinter group", "... breakaway faction" after a name.
_SPLINTER_AFTER_RE: Final = lazy(
    globals(),
    "_SPLINTER_AFTER_RE",
    r"""(?i)[ \t\xa0]++(?:dissidents?|splinter|breakaway)
    (?:[ \t\xa0]++(?:groups?|factions?|wings?|cells?))?+(?!\p{L})""",
    regex.VERBOSE,
)


#: What before "the presidency" makes it the office held, sought or named in
#: a post's title, not the body that acts ("assumed the presidency", "a
#: candidate for the presidency", "the Minister of the Presidency").
_OFFICE_BEFORE_RE: Final = lazy(
    globals(),
    "_OFFICE_BEFORE_RE",
    r"""\b(?:assum(?:e|es|ed|ing)|t(?:ake|akes|ook|aking)[ \t\xa0]++over|w(?:in|ins|on|inning)
    |candidates?|bid|race|run(?:s|ning)?|ran|minister|ministry|secretary(?:[ \t\xa0-]++general)?)
    [ \t\xa0\n]++(?:(?:for|of|to)[ \t\xa0\n]++)?+\Z""",
    regex.IGNORECASE | regex.VERBOSE,
)


def _is_the_office(text: str, start: int, end: int) -> bool:
    """Whether the generic mention text[start:end] is "the presidency" as an office."""
    if not text[start:end].lower().endswith("presidency"):
        return False
    return (
        # (40 characters: no timeout, which reads the process clock twice)
        _OFFICE_BEFORE_RE.search(text, max(0, start - 40), start) is not None
    )


def _modifies_noun(
    text: str, end: int, nouns: frozenset[str], shouting: bool = False
) -> bool:
    """
    Whether the lower-case word after *end* is one of *nouns* (the mention is
    its modifier); in *shouting* copy, where every word is in capitals, the
    capitalised one when it names a building, a site, a spokesman, a source
    or a chief ("POLICE STATIONS" is no police either; "AIR FORCE
    HELICOPTERS" may be how wire copy names the force that fired, so it stays).
    """
    if text[end : end + 1] != " ":
        return False
    if shouting:
        words = text[end + 1 : end + 24].split(None, 1)
        word = words[0].rstrip(_TRAILING).lower() if words else ""
        return word in _BUILDINGS and word in nouns
    if text[end + 1 : end + 2] not in _NEXT_WORD_FIRST:
        return False  # no lower-case word next
    m = _NEXT_WORD_RE.match(text[end : end + 24])  # <= 24 chars: no timeout
    return m is not None and m.group(1) in nouns


#: What follows a generic head that may begin a longer name ("the Army of ...").
_OF_NEXT: Final = (" of ", " OF ", " Of ")
#: The generic nouns "of" a leader's name may follow.
_LED_NOUNS: Final = frozenset(["government", "regime", "administration"])
#: The second halves of describing words whose first half is a force's
#: name or noun ("military-industrial", "military-grade", "police-style").
_COMPOUND_AFTER_RE: Final = lazy(
    globals(),
    "_COMPOUND_AFTER_RE",
    r"(?i)-(?:industrial|technical|political|style|grade|civil|civilian|economic"
    r"|strategic|diplomatic)(?!\p{L})",
)
#: Territories with no army of their own, and the state whose army a
#: report's bare "soldiers" or "the military" there are: the Palestinian
#: territories (Gaza, the West Bank) have police and armed groups, and the
#: troops that fight or hold them are Israel's.
_ARMY_OF: Final = {"PS": "IL"}
#: A noun right after a state military's name that makes it the state's
#: rulers ("Niger's military rulers"), a word of its own.
_RULERS_NEXT: Final = (" rulers", " leadership", " regime")


def _rulers_after(text: str, end: int) -> int:
    """The length of the word of :data:`_RULERS_NEXT` at *end*, a whole word, else 0."""
    for tail in _RULERS_NEXT:
        after = end + len(tail)
        if text.startswith(tail, end) and not text[after : after + 1].isalpha():
            return len(tail)
    return 0


#: "Forces loyal to [describing words] [title] First Last": the man's surname.
_LOYAL_TO_RE: Final = lazy(
    globals(),
    "_LOYAL_TO_RE",
    r"""(?<!\p{L})(?:[Ff]orces|[Ff]ighters|[Tt]roops|[Mm]ilitias|[Mm]ilitiamen|[Gg]unmen)
    [ ]loyal[ ]to[ ](?:the[ ])?+(?:(?:ousted|former|late|eastern|western|renegade|rebel
    |military|strongman|warlord|self-styled)[ ])*+(?:(?:[Pp]resident|[Cc]ommander|[Gg]eneral
    |[Mm]arshal|[Ff]ield[ ][Mm]arshal|[Pp]rime[ ][Mm]inister|[Ll]eader|Gen\.)[ ])?+
    (?:\p{Lu}\p{Ll}++[ ]){0,2}(?P<name>(?:(?:al|el)-)?+\p{Lu}\p{Ll}++)(?![\p{L}'\u2019-])""",
    regex.VERBOSE,
)
#: What after a generic armed noun makes it the fighters of two sides.
_BOTH_SIDES: Final = (
    " on both sides",
    " from both sides",
    " of both sides",
    " on each side",
    " on either side",
)
#: "of [title] First Last" after "the government": the leader's surname.
_LEADER_OF_RE: Final = lazy(
    globals(),
    "_LEADER_OF_RE",
    r"""[ ]of[ ](?:(?P<title>President|Prime[ ]Minister|Premier|General|Gen\.|Field[ ]Marshal
    |Colonel|Col\.|Captain|Capt\.|Lieutenant[ ]General|Lt\.[ ]Gen\.)[ ])?+
    (?:\p{Lu}[\p{Ll}'\u2019-]++[ ]){0,2}(?P<name>(?:(?:al|el)-)?+\p{Lu}\p{Ll}++(?:[-'\u2019]\p{L}\p{Ll}++)?+)
    (?!\p{L}|['\u2019]s\b|[ ]\p{Lu})""",
    regex.VERBOSE,
)
#: The other words a dictionary name may go on with after a generic head,
#: before a capital ("The Group to Support Islam and Muslims", "the Front
#: for ..."), read in mixed-case text only.
_LONGER_NEXT: Final = (" to ", " for ")

#: A coordination right after a name ("... of El Salvador and Guatemala").
_AND_NEXT_RE: Final = lazy(globals(), "_AND_NEXT_RE", r"(?:,|\s(?:and|AND))\s")


#: What a country "launched" or "retaliated" with when its forces struck: a
#: weapon or an attack within four words ("launched 120 drones and five
#: missiles", "retaliated with air strikes"), not "launched an inquiry".
_ATTACK_OBJECT_RE: Final = lazy(
    globals(),
    "_ATTACK_OBJECT_RE",
    r"""(?ix)(?:[ \t\n\xa0]++[\w,.'-]++){0,4}?[ \t\n\xa0]++
    (?:drones?|missiles?|rockets?|(?:air[ ]?)?strikes?|airstrikes?|air[ ]raids?
      |attacks?|offensives?|assaults?|raids?|shells|shelling|bombs?|barrages?
      |artillery|incursions?|invasion)(?!\p{L})""",
)

#: A verb of striking in the past tense, a country's name the subject
#: before it (:meth:`_Compiled._striking_countries`); "hit" is left out
#: ("Ukraine hit by blackouts").
_STRIKING_MARKS: Final = re.compile(
    r"(?<= )(?:struck|bombed|attacked|shelled|pounded|invaded|bombarded)(?= )"
)


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether *text* holds one of *words* (a function: no closure in the hot passes)."""
    return any(w in text for w in words)


#: The verbs of :data:`_STRIKING_MARKS`, for a test of the text in C first.
_STRIKING_VERBS: Final = (
    " struck ",
    " bombed ",
    " attacked ",
    " shelled ",
    " pounded ",
    " invaded ",
    " bombarded ",
)
#: The lower-case words :data:`_STRIKER_RE` takes between a name and its verb.
_STRIKER_ADVERBS: Final = frozenset(
    [
        "has",
        "have",
        "had",
        "also",
        "again",
        "then",
        "later",
        "repeatedly",
        "heavily",
        "overnight",
    ]
)
#: A capitalised name right before such a verb, up to two adverbs or an
#: auxiliary between ("Israel has struck", "Russia on Sunday attacked").
_STRIKER_RE: Final = lazy(
    globals(),
    "_STRIKER_RE",
    r"(?<![\p{L}\-'’.])(?P<name>"
    + _NAME
    + r")[ ](?:(?:has|have|had|also|again|then|later|repeatedly|heavily|overnight"
    r"|on[ ]\p{Lu}\p{Ll}{2,5}day)[ ]){0,2}+\Z",
)

#: The generic armed nouns that name an insurgency (not a party's militants).
_MILITIA_WORDS_RE: Final = lazy(
    globals(), "_MILITIA_WORDS_RE", r"(?i)(?<!\p{L})militia(?:s|men|man)?+(?!\p{L})"
)
_MILITIA_KINDS: Final = frozenset({"political_militia", "identity_militia"})
_VOLUNTEER: Final = ("volunteer ", "Volunteer ", "VOLUNTEER ")
#: The generic armed nouns that say only that the attackers were armed.
_ANONYMOUS_NOUNS: Final = frozenset(
    ["gunmen", "gunman", "assailant", "assailants", "attacker", "attackers"]
)
#: How far back the opening of a separate incident is looked for.
_SEPARATE_SPAN: Final = 400
#: The openings of a separate incident ("In a separate attack", "Separately,"),
#: looked for in the lower-cased text, its line breaks and tabs made spaces.
_SEPARATE_PHRASES: Final = (
    *(
        f"in {opening} {noun}"
        for opening in ("a separate", "an unrelated", "a different", "another")
        for noun in ("incident", "attack", "raid", "clash", "ambush")
    ),
    "separately,",
    # ("Elsewhere, gunmen shot dead a clan elder in Mogadishu", after the
    # group's attack on a base: another incident)
    "elsewhere,",
)
#: One of these words is in every phrase of :data:`_SEPARATE_PHRASES`.
_SEPARATE_WORDS: Final = ("separate", "unrelated", "different", "another", "elsewhere")
#: White space other than a space, made one for :data:`_SEPARATE_PHRASES`.
_SPACES: Final = str.maketrans("\n\t\r\xa0", "    ")
#: Opening quotes and brackets before a word.
_OPENERS: Final = "\"'([\u201c\u2018"
#: Hyphens before an affiliation word ("Islamic State-linked").
_HYPHENS: Final = "-\u2010\u2011"
#: The affiliation words that make a generic noun a group's own branch.
_LINKED: Final = frozenset(["linked", "affiliated", "allied", "aligned", "inspired"])


def _linked_to(text: str, parent: _Found, f: _Found) -> bool:
    """
    Whether the named armed group *f* follows *parent* as its affiliate
    ("al-Qaeda-linked JNIM", "Islamic State-affiliated ISWAP").
    """
    if f.generic is not None or not f.armed or parent.generic is not None:
        return False
    gap = text[parent.end : f.start]
    return gap[:1] in _HYPHENS and gap[1:].strip().lower() in _LINKED


#: The heads of the names of political organisations.
_POLITICAL_HEADS: Final = frozenset(
    ["front", "movement", "alliance", "party", "union", "congress"]
)
#: Armed actors no generic mention refers to: Israeli settlers are named
#: beside the report's other attackers ("Israeli settlers torched homes ...
#: Two gunmen later opened fire on troops"), never the unnamed gunmen.
_NO_REFERENT_GROUPS: Final = frozenset(["Settlers (Israel)"])

#: Actors whose country is where they come from, not where they act: no
#: story's country (Israeli settlers in the West Bank; Russian and other
#: private military companies serve abroad: "Wagner fighters" in a Mali
#: story make "the army" no Russian army).
_ABROAD_GROUPS: Final = frozenset(
    [
        "Settlers (Israel)",
        "Wagner Group",
        "Africa Corps",
        "Blackwater",
        "SADAT International Defense Consultancy",
    ]
)

#: Militias that fight beside their state (the actor table's canonical
#: names): never the attackers a generic mention names.
_STATE_SIDE_MILITIAS: Final = frozenset(
    [
        "Volunteers for the Defence of the Homeland",
        "Civilian Joint Task Force",
        "Wazalendo",
        "Macawisley",
        # (a federal member state's forces and the army's allies in Sudan)
        "Puntland Security Force",
        "Joint Forces of the Armed Struggle Movements",
    ]
)
#: Generic words of the attackers: never a militia of :data:`_STATE_SIDE_MILITIAS`.
_HOSTILE_WORDS_RE: Final = lazy(
    globals(),
    "_HOSTILE_WORDS_RE",
    r"(?i)(?<!\p{L})(?:terrorists?|attackers?|assailants?|jihadists?|insurgents?"
    r"|extremists?|gunm[ae]n|militants?)(?!\p{L})",
)
#: What the canonical name of a jihadist group (or of its parent) holds.
_JIHADIST_NAME_RE: Final = lazy(
    globals(),
    "_JIHADIST_NAME_RE",
    r"(?i)islam|jihad|mujahid|qaeda|qaida|taliban|shabaab|ansar|daesh|hezbollah",
)
#: The jihadist groups (and parents) of the shipped table whose canonical
#: names do not say so.
_JIHADIST_IDS: Final = frozenset(
    [
        "boko-haram",
        "hts",
        "adf",
        "lakurawa",
        "hamas",
        "houthis",
        "let",
        "jem",
        "lej",
        "etim",
    ]
)
_INSURGENT_WORDS_RE: Final = lazy(
    globals(),
    "_INSURGENT_WORDS_RE",
    r"(?i)(?<!\p{L})(?:rebels?|guerrillas?|insurgents?|separatists?|subversives?"
    r"|jihadists?|islamists?)(?!\p{L})",  # (no militia fighting beside the state is either)
)


def _named_armed(text: str, folded: str, found: list[_Found]) -> list[_Found]:
    """
    The armed groups named in *found*, but those named only as another's
    affiliation ("the al-Qaeda-linked al-Shabaab", "jihadists linked to
    al-Qaeda", "JNIM, al-Qaeda's affiliate in the Sahel"): no generic
    mention refers to them. (Functions of their own, this and
    :func:`_outside`: a comprehension in the caller would make its locals
    closure cells.)
    """
    out: list[_Found] = []
    last_generic = -1  # where the last generic armed mention ends
    # ("The TTP denied involvement": a group the report has deny the deed is
    # no referent of its attackers, under any of its names)
    denied = (
        {
            f.actor
            for f in found
            if f.actor is not None and _DENIED_RE.match(folded, f.end) is not None
        }
        if " denied " in folded or " denies " in folded
        else ()
    )
    for f in found:
        if f.generic == "armed":
            last_generic = f.end
        if not f.armed or f.generic is not None or affiliation_after(text, f.end):
            continue
        if f.canonical in _NO_REFERENT_GROUPS:
            continue
        if denied and f.actor in denied:
            continue
        if _affiliate_possessive(text, f.end):
            continue
        if _CALLED_TO_STOP_RE.match(folded, f.end) is not None:
            # ("Gunmen killed 12 villagers ... The UN called on the RSF to
            # end its attacks on villages": a party called on to stop is
            # named as no one's referent, not as the gunmen)
            continue
        if (
            0 <= f.start - last_generic <= _AFFILIATION_SPAN
            and f.reason is not _BRANCH_REASON
            and affiliation_before(folded, f.start)
        ):
            # ("a drug trafficker linked to the cartel": the cartel stands;
            # "fighters linked to the Islamic State" where it has one branch
            # are that branch's)
            continue
        out.append(f)
    return out


#: After a group's name: its denial of a deed ("denied involvement", "denies
#: responsibility", "denied carrying out the attack").
_DENIED_RE: Final = re.compile(
    r"(?:\s+(?:has|have|had|also|quickly|swiftly|later))?\s+den(?:ied|ies)\s+"
    r"(?:(?:any|all)\s+)?(?:involvement|responsibility|(?:carrying|having\s+carried)\s+out)\b"
)
#: After a group's name: a call on it to stop ("the RSF to end its attacks").
_CALLED_TO_STOP_RE: Final = re.compile(r"\s+to\s+(?:halt|stop|end|cease|suspend)\b")

#: The words that make the name after them a group's patron, on folded text.
_ALLEGIANCE_BEFORE_RE: Final = lazy(
    globals(),
    "_ALLEGIANCE_BEFORE_RE",
    r"\b(?:allegiance|loyalty|fealty)[ ]to[ ](?:the[ ])?\Z",
)
#: Why a mention of a group of no one country is its branch's.
_BRANCH_REASON: Final = "the group's branch in the story's country"

#: The most characters between a generic mention and the name of the group
#: it is linked to ("jihadists linked to al-Qaeda").
_AFFILIATION_SPAN: Final = 32


def _affiliate_possessive(text: str, end: int) -> bool:
    """Whether the name ending at *end* is another group's parent: "al-Qaeda's affiliate"."""
    return (
        text.startswith(("'s ", "’s "), end)
        and _AFFILIATE_NEXT_RE.match(text, end + 3, timeout=REGEX_TIMEOUT) is not None
    )


#: The noun after a group's possessive that makes the group another's parent
#: ("al-Qaeda's affiliate in the Sahel", "the Islamic State's West Africa
#: branch").
_AFFILIATE_NEXT_RE: Final = lazy(
    globals(),
    "_AFFILIATE_NEXT_RE",
    r"(?:[a-z-]++[ ]++){0,3}?(?:affiliates?|branch|branches|franchise|offshoot)(?![a-z])",
    regex.IGNORECASE,
)


#: Deeds done to someone, between a group's name and a generic mention of
#: its victims or foes ("killed nine bandits", "fights the insurgents"),
#: folded; one clause only (no stop, semicolon or "said").
_STRUCK_RE: Final = lazy(
    globals(),
    "_STRUCK_RE",
    r"(?i)(?<!\p{L})(?:kill(?:s|ed)?|attack(?:s|ed)?|ambush(?:es|ed)?|fight(?:s)?|fought|battl(?:es|ed)"
    r"|clash(?:es|ed)[ ]with|repel(?:s|led)?|rout(?:s|ed)?|captur(?:es|ed)|arrest(?:s|ed)"
    r"|shot[ ]dead|drove[ ]out|expel(?:s|led)|pursu(?:es|ed)|hunt(?:s|ed)|against)(?!\p{L})"
    r"[^.;:!?\n]{0,40}+\Z",
)


def _struck_by(text: str, found: list[_Found], i: int, canonical: str | None) -> bool:
    """
    Whether the generic mention ``found[i]`` is what a mention of the group
    *canonical* just before it, in the same clause, did a deed to.
    """
    f = found[i]
    for j in range(i - 1, max(-1, i - 4), -1):
        g = found[j]
        if f.start - g.end > 120:
            break
        if g.canonical != canonical or g.start < 0:
            continue
        gap = text[g.end : f.start]
        if any(c in gap for c in ".;!?\n") or "said" in gap:
            return False
        if _OBJECT_BEFORE_RE.search(text, max(0, g.start - 40), g.start) is not None:
            return False  # "struck a Hamas base and killed two militants": the group was struck
        return _STRUCK_RE.search(gap, timeout=REGEX_TIMEOUT) is not None
    return False


#: A deed's verb and article right before a group's name: the group (or a
#: thing of it, "a Hamas base") is what was struck, not the doer.
_OBJECT_BEFORE_RE: Final = re.compile(
    r"\b(?:struck|hit|targeted|bombed|attacked|raided|shelled|destroyed|stormed|overran"
    # (or a strike noun: "a strike on a Lakurawa camp killed 20 militants")
    r"|(?:strikes?|airstrikes?|raids?|attacks?|assaults?|bombing|bombardment)\s+(?:on|against))"
    # (a claim quotes its verb: 'it had "destroyed" a Fano unit')
    r"[\"\u201d']?\s+[\"\u201c']?(?:(?:an?|the|several|two|three|\d+)\s+(?:[a-z-]+\s+)?)?\Z",
    re.IGNORECASE,
)


def _first_bandits(text: str, found: list[_Found]) -> int:
    """Where the generic armed mentions of *found* first speak of bandits, else -1."""
    for g in found:
        if g.generic == "armed" and "andit" in text[g.start : g.end]:
            return g.start
    return -1


def _among_bandits(
    text: str, starts: list[int], at: int, group: int, bandits: int
) -> bool:
    """
    Whether the generic armed mention at *at* is of the bandits a report
    speaks of (first at *bandits*) rather than of the rebel group first
    named at *group*: the report speaks of bandits before it names the
    group, and the mention comes before that name too or shares its
    sentence with "bandit" and not with the group's name ("killing about 40
    fighters" in "struck bandit camps").
    """
    if bandits > group:
        return False  # (a report of the group that also tells of bandits)
    if at < group:
        return True
    k = bisect.bisect_right(starts, at) - 1
    s0 = starts[k] if k >= 0 else 0
    s1 = starts[k + 1] if k + 1 < len(starts) else len(text)
    return not s0 <= group < s1 and (
        text.find("bandit", s0, s1) >= 0 or text.find("Bandit", s0, s1) >= 0
    )


def _militias(armed: list[_Found], parties: frozenset[int]) -> list[_Found]:
    """The mentions of *armed* that name a militia, not a political party."""
    return [f for f in armed if f.kind in _MILITIA_KINDS and f.actor not in parties]


def _separate_cue(text: str, at: int) -> int:
    """
    Where "In a separate incident", "In another attack" or "Separately," opens
    the sentence of *at* or an earlier one of its paragraph (-1: nowhere).
    """
    floor = max(0, at - _SEPARATE_SPAN)
    para = text.rfind("\n\n", floor, at)
    if para >= 0:
        floor = para + 2
    window = text[floor:at].lower()
    if not any(word in window for word in _SEPARATE_WORDS):
        return -1  # (most windows: no translation, which looks up every character)
    window = window.translate(_SPACES)
    cue = -1
    for phrase in _SEPARATE_PHRASES:
        cue = max(cue, window.rfind(phrase))
    if cue < 0 or (cue > 0 and window[cue - 1].isalpha()):
        return -1
    return floor + cue


def _anonymous(low: str) -> bool:
    """
    Whether the generic mention *low* (lower case) says only that its men
    were armed ("gunmen", "armed men").
    """
    words = low.split()
    return not _ANONYMOUS_NOUNS.isdisjoint(words) or words[-2:] == ["armed", "men"]


def _named_between(armed: list[_Found], start: int, end: int) -> bool:
    """Whether a mention of *armed* starts between *start* and *end*."""
    return any(start <= f.start < end for f in armed)


def _not_rebels(armed: list[_Found], parties: frozenset[int]) -> list[_Found]:
    """
    The mentions of *armed* that name neither an insurgency nor a political
    party or front ("Revolutionary Democratic Front", "Sandinista National
    Liberation Front": the politics of a side, not its death squads).
    """
    return [
        f
        for f in armed
        if f.kind != "rebel"
        and f.actor not in parties
        and (
            f.canonical is None
            or _POLITICAL_HEADS.isdisjoint(f.canonical.lower().split())
        )
    ]


def _loyal_start(found: list[_Found], start: int) -> int:
    """
    Where forces "loyal to" a government begin: at *start*, or where a
    generic mention that runs over it begins ("Security forces loyal to
    Syria's new government" is one mention, not "Security forces" and
    "forces loyal to ...").
    """
    for g in found:
        if g.generic is not None and g.start < start < g.end:
            return g.start
    return start


def _foreign_force(found: list[_Found], i: int, country: str) -> _Found | None:
    """
    The last international force of *country* named by name before
    ``found[i]`` (a foreign army's is its state's, no force), if any.
    """
    for k in range(i - 1, -1, -1):
        g = found[k]
        if g.kind == "external" and g.generic is None and g.country == country:
            return g
    return None


def _demonym_before(text: str, start: int, floor: int) -> str | None:
    """
    The one country a demonym right before *start* names ("a Colombian
    guerrilla group", "Somali Islamist militants": one describing word may
    come between), in no mention ending after *floor*.
    """
    if start < 2 or not text[start - 1].isspace():
        return None
    words = text[max(floor, start - 40) : start].split()
    if not words:
        return None
    # (an opening quote or bracket may stand before the demonym)
    word = words[-1].lstrip(_OPENERS)
    if not word.isalpha():
        return None
    demonyms = _demonyms()
    last = fold(word)
    codes = demonyms.get(last)
    if codes is None and len(words) >= 2 and last in _DESCRIBING:
        word = words[-2].lstrip(_OPENERS)
        codes = demonyms.get(fold(word)) if word.isalpha() else None
    return codes[0] if codes is not None and len(codes) == 1 else None


#: Generic heads of several groups ("Chin armed groups"): a place before
#: them says whose, as a people does before any head.
_GROUPS_TAILS: Final = ("groups", "organisations", "organizations", "movements")


#: "allied" a word or two before a generic noun ("allied Arab tribal fighters").
_ALLIED_BEFORE_RE: Final = lazy(
    globals(),
    "_ALLIED_BEFORE_RE",
    r"(?<!\p{L})[Aa]llied(?:[ ]\p{Lu}[\p{L}-]*+)?+(?:[ ](?:clan|tribal))?+[ ]\Z",
)


#: Between a state force's name (or its acronym in brackets) and its
#: members' noun: "Somali National Army troops", "... (SNA) soldiers".
_STATE_NOUN_GAP_RE: Final = lazy(globals(), "_STATE_NOUN_GAP_RE", r"\)?+[ ]\Z")
#: "-aligned", "-backed" between a state force's name and a generic armed
#: noun, with at most one describing word between ("SAF-aligned Islamist
#: fighters").
_STATE_BACKED_RE: Final = lazy(
    globals(),
    "_STATE_BACKED_RE",
    r"[-\u2010\u2011](?:aligned|backed|allied|supported|affiliated|sponsored)[ ]++"
    r"(?:\p{Ll}[\p{L}-]*+[ ]++|\p{Lu}\p{Ll}++[ ]++)?+\Z",
)
#: A state organ's bare noun and "-backed", "-aligned" before a generic
#: armed noun, with at most one describing word between ("Army-backed
#: fighters", "government-aligned Arab militias", "junta-allied militiamen").
_BARE_BACKED_RE: Final = lazy(
    globals(),
    "_BARE_BACKED_RE",
    r"(?i)(?<!\p{L})(?:(?:army|military|government|junta|regime|state)"
    r"[-\u2010\u2011](?:aligned|backed|allied|supported|sponsored)"
    r"|pro[-\u2010\u2011](?:government|army|military|junta|regime))[ ]++"
    r"(?:\p{L}[\p{L}-]*+[ ]++)?+\Z",
)
#: A side after a generic noun that puts it on the state's: "gunmen from
#: pro-government factions", "fighters of pro-army militias".
_PRO_STATE_AFTER_RE: Final = lazy(
    globals(),
    "_PRO_STATE_AFTER_RE",
    r"(?i)[ ](?:from|of)[ ](?:the[ ])?pro[-\u2010\u2011](?:government|army|military|junta|regime)"
    r"[ ](?:factions?|militias?|groups?|forces|fighters)\b",
)
#: A person of a group after its noun ("a militia leader said").
_GROUP_PERSONS: Final = (
    " leader", " commander", " spokesman", " spokeswoman", " spokesperson", " chief",
    " member", " official", " source",
)  # fmt: skip
#: The bodies whose forces in a country are their peace mission there
#: ("African Union forces" in Somalia are AUSSOM); an alliance's ("NATO
#: forces" in Afghanistan) are coded as the alliance.
_PEACE_BODIES: Final = frozenset(["au", "un"])
#: A forces noun and "loyal to" right before a government's mention.
_FORCES_LOYAL_RE: Final = lazy(
    globals(),
    "_FORCES_LOYAL_RE",
    r"(?<!\p{L})(?:[Ff]orces|[Tt]roops|[Ss]oldiers|[Uu]nits)[ ]loyal[ ]to[ ](?:the[ ])?+\Z",
)
#: The nouns of a body's forces (:meth:`_Compiled._body_missions`).
_BODY_FORCE_NOUNS: Final = (
    " forces",
    " troops",
    " peacekeepers",
    " soldiers",
    " force",
    " mission",
)
#: Group nouns a name follows in apposition with no comma ("the militant
#: group Hamas", "militant groups Lashkar-e-Taiba and Jaish-e-Mohammed").
_APPOSED_HEADS: Final = (
    " group",
    " groups",
    " organisation",
    " organization",
    " outfit",
    " outfits",
)
#: "... and allied" between state forces and a generic noun ("soldiers and
#: allied militiamen", "the army and allied Arab tribal fighters", "troops
#: backed by allied militias").
_AND_ALLIED_RE: Final = lazy(
    globals(),
    "_AND_ALLIED_RE",
    r"[ ]++(?:and(?:[ ]++(?:their|its))?+|(?:backed|supported|aided)[ ]++by|with|alongside)"
    r"[ ]++allied(?:[ ]\p{Lu}[\p{L}-]*+)?+(?:[ ](?:clan|tribal))?+[ ]\Z",
)


#: The armed nouns after "the" that go back to the group named just before
#: ("The attackers", "the gunmen").
_ATTACKER_TAILS: Final = (
    "attackers",
    "assailants",
    "gunmen",
    "militants",
    "raiders",
)


def _monitor_before(text: str, starts: list[int], found: list[_Found], i: int) -> bool:
    """
    Whether the sentence of ``found[i]`` or the one before names, before it,
    a monitor, aid or rights body (:data:`_MONITOR_RE`) and no armed group.
    """
    k = bisect.bisect_right(starts, found[i].start) - 2
    floor = starts[k] if k >= 0 else 0
    end = found[i].start
    # (one lower-casing and a few C searches rule out most windows: the
    # pattern's scan from every offset costs far more)
    window = text[floor:end].lower()
    if not any(w in window for w in _MONITOR_WORDS):
        return False
    for j in range(i - 1, -1, -1):
        g = found[j]
        if g.start < floor:
            if g.start < 0:
                continue  # (a generic noun merged into the name before it)
            break
        if g.armed and g.generic is None:
            return False
    return _MONITOR_RE.search(text, floor, end, timeout=REGEX_TIMEOUT) is not None


#: Words one of which every match of :data:`_MONITOR_RE` holds, lower case.
_MONITOR_WORDS: Final = (
    "network",
    "observatory",
    "watch",
    "syndicate",
    "association",
    "institute",
    "foundation",
    "commission",
    "doctors",
    "lawyers",
    "amnesty",
    "crescent",
    "red cross",
    "group",
    "organi",
    "body",
)


#: A body that counts or reports a conflict's victims: the group "the group
#: said" may go back to ("the Sudan Doctors Network", "a rights group").
_MONITOR_RE: Final = lazy(
    globals(),
    "_MONITOR_RE",
    r"(?<!\p{L})(?:Network|Observatory|Watch|Syndicate|Association|Institute|Foundation"
    r"|Commission|Doctors|Lawyers|Amnesty|Crescent|Red[ ]Cross"
    r"|(?i:rights|aid|monitoring|advocacy|humanitarian|watchdog|medical|relief|activist)"
    r"[ ](?i:group|organi[sz]ation|body|network))(?!\p{L})",
)


def _last_named(
    starts: list[int], found: list[_Found], i: int, armed: list[_Found], text: str
) -> _Found | None:
    """
    The one armed group of *armed* named in the sentence of ``found[i]`` or
    the one before, before it, when it opens its sentence (the subject: not
    "... split from Boko Haram", "... an affiliate of Islamic State"), else
    ``None`` (none named there). Of two groups named there, the one that
    opens its sentence as the subject of a verb ("Islamic State militants
    attacked a checkpoint of the SDF, killing four SDF members") when no
    other is followed by a verb of its own ("..., and the SDF said"); else
    ``None``.
    """
    own = _after_states(starts, found, i)
    if own is not None:
        return own
    k = bisect.bisect_right(starts, found[i].start) - 2
    floor = starts[k] if k >= 0 else 0
    first: _Found | None = None
    j0 = i
    rivals: list[_Found] = []  # (the mentions of other groups, after first)
    for j in range(i - 1, -1, -1):
        g = found[j]
        if g.start < floor:
            if g.start < 0:
                continue  # (a generic noun merged into the name before it)
            break
        if g.generic is None and g.armed and any(g is a for a in armed):
            if text[g.start : g.end].islower():
                # "a clan militia", "clan militias": a description the
                # dictionary reads as a group, never what "the group" takes
                # up when the report names groups by name
                continue
            if first is not None and g.canonical != first.canonical:
                rivals.append(first)
            first, j0 = g, j
    if first is None:
        return None
    opening = starts[bisect.bisect_right(starts, first.start) - 1] if starts else 0
    if j0 > 0 and found[j0 - 1].start >= opening:
        return None  # another actor opens its sentence
    if rivals and (
        not _verb_after(text, first.end, deed=True)
        or any(r.canonical == first.canonical or _verb_after(text, r.end) for r in rivals)
    ):
        return None  # two groups named there, neither the one subject
    return first


def _after_states(starts: list[int], found: list[_Found], i: int) -> _Found | None:
    """
    The one armed group named before ``found[i]`` in its own sentence when
    only a state's actors come before it there ("an Israeli drone strike
    killed a Hezbollah commander ..., the group said": a state is no group,
    and the group named is the one "the group" speaks for), else ``None``.
    """
    k = bisect.bisect_right(starts, found[i].start) - 1
    here = starts[k] if k >= 0 else 0
    group: _Found | None = None
    states = False
    for j in range(i - 1, -1, -1):
        g = found[j]
        if g.start < here:
            if g.start < 0:
                continue  # (a generic noun merged into the name before it)
            break
        if g.generic is None and g.armed and g.kind != "state":
            if group is not None and g.canonical != group.canonical:
                return None
            if states:
                return None  # (a group before the state: the first is the subject)
            group = g
        elif g.kind == "state" and group is not None:
            states = True
        elif g.kind != "state" or group is None:
            return None
    return group if states else None


#: Words after a group's name that make it a verb's subject ("Islamic State
#: militants attacked", "the SDF said", "JNIM has claimed"), beside a word
#: in "-ed": what :func:`_verb_after` reads.
_SUBJECT_VERBS: Final = frozenset(
    [
        "said",
        "says",
        "is",
        "was",
        "are",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "claims",
        "claimed",
        "attacks",
        "kills",
        "denies",
        "seized",
        "stormed",
    ]
)


def _verb_after(text: str, end: int, *, deed: bool = False) -> bool:
    """
    Whether the word after a mention ending at *end* is a verb it is the
    subject of: a lower-case word in "-ed" or of :data:`_SUBJECT_VERBS`
    ("militants attacked", "the SDF said"; not "SDF members", "SDF near");
    with *deed*, a verb of a deed alone, no speaking or being ("Puntland
    forces said they had killed 22 Islamic State fighters": the speaker
    is no attacker "the militants" of the next sentence go back to).
    """
    m = _SUBJECT_NEXT_RE.match(text, end, min(len(text), end + 40))
    if m is None:
        return False
    word = m.group(1)
    if deed:
        return word not in _NO_DEEDS and (word.endswith("ed") or word in _DEED_VERBS)
    return word.endswith("ed") or word in _SUBJECT_VERBS


#: Verbs of :func:`_verb_after` that tell no deed: speaking, being, having.
_NO_DEEDS: Final = frozenset(
    [
        "said",
        "says",
        "is",
        "was",
        "are",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "claimed",
        "denied",
        "reported",
        "announced",
        "warned",
        "accused",
        "added",
    ]
)
#: Verbs of a deed in the present: "JNIM attacks", "the RSF kills".
_DEED_VERBS: Final = frozenset(["attacks", "kills", "seized", "stormed"])


_SUBJECT_NEXT_RE: Final = lazy(globals(), "_SUBJECT_NEXT_RE", r"[ \t\xa0]++(\p{Ll}++)\b")


#: What :meth:`_Compiled._enemy_of` gives for the report's own armed group.
_THE_TOP: Final = -1


def _qualified_apart(
    text: str, start: int, end: int, floor: int, chosen: _Found, actors: Sequence[Actor]
) -> bool:
    """
    Whether a people's name right before the generic mention ``[start,
    end)`` ("ethnic Baloch separatists", "Karen rebels"; a place's before
    several groups, "Chin armed groups") sets it apart from the group
    *chosen*: a word that opens no word of that group's names, of no
    country and no creed ("Somali Islamist militants" stay the report's group).
    """
    if not text.startswith(" ", start - 1) or text[start : start + 4].lower().startswith(
        _ARTICLES
    ):
        return False  # ("On Thursday the group said": no word of its own)
    last = text[text.rfind(" ", max(floor, start - 32), start - 1) + 1 : start - 1]
    if (
        not last[:1].isupper() and last not in _PEOPLE_NOUNS and last != "ethnic"
    ) or last.isupper():
        return False  # (most mentions: "the militants", "suspected rebels", shouted copy)
    words = text[max(floor, start - 32) : start].split()
    if not words:
        return False
    word = words[-1]
    low = fold(word)
    lead = -2  # (the word before the qualifier)
    if low in _PEOPLE_NOUNS and len(words) >= 2:
        # "Dir clan fighters": the people's name before the noun
        word = words[-2]
        low = fold(word)
        lead = -3
    ethnic = len(words) >= -lead and fold(words[lead]) == "ethnic"
    if ethnic:
        lead -= 1
    if len(words) >= -lead and fold(words[lead]) in _DEFINITE:
        return False  # "the ethnic armed group, which seized ...": the one named
    if low == "ethnic":
        return True  # "an alliance of ethnic armed groups": peoples', not one group's
    if not (word[:1].isupper() and word.isalpha()) or word.isupper():
        return False
    if low in _DESCRIBING or low in _demonyms() or low in _CALENDAR_WORDS:
        return False  # a creed or a country: "Islamist militants", "Somali militants"
    if not ethnic:
        at = text.rfind(word, max(floor, start - 32), start)
        prev = text[max(0, at - 4) : at].rstrip()[-1:]
        if not prev or prev in _SENTENCE_OPENERS:
            return False  # a sentence's capital: "Suspected militants"
        if not text.endswith(_GROUPS_TAILS, start, end):
            from conflictparse.parsers.places import resolve_name

            if resolve_name(word) is not None:
                return False  # a place: "Gaza militants", "Idlib rebels"
    stem = low[: max(4, len(low) - 3)]
    names = (
        (actors[chosen.actor].canonical, *actors[chosen.actor].aliases)
        if chosen.actor is not None
        else (chosen.canonical or "",)
    )
    return not any(w.startswith(stem) for name in names for w in fold(name).split())


def _qualified_group(
    text: str, start: int, floor: int, armed: list[_Found], actors: Sequence[Actor]
) -> _Found | None:
    """
    The first mention of the one armed group of *armed* whose names have a
    word the people's or region's name right before the generic mention at
    *start* opens ("Baloch separatists": the Balochistan Liberation Army;
    "Kurdish militants": the Kurdistan Workers' Party), else None. A creed,
    a country's demonym or a sentence's first word qualifies no group.
    """
    if not text.startswith(" ", start - 1):
        return None
    lo = max(floor, start - 32)
    words = text[lo:start].split()
    if not words:
        return None
    word = words[-1]
    if not (word[:1].isupper() and word.isalpha()) or word.isupper():
        return None
    low = fold(word)
    if low in _DESCRIBING or low in _demonyms() or low in _CALENDAR_WORDS:
        return None
    at = text.rfind(word, lo, start)
    prev = text[max(0, at - 4) : at].rstrip()[-1:]
    if not prev or prev in _SENTENCE_OPENERS:
        return None  # ("Separatists hijacked ...": a sentence's capital)
    stem = low[: max(4, len(low) - 3)]
    _salience_of, first = _salience(armed)
    hits = []
    for g in first.values():
        names = (
            (actors[g.actor].canonical, *actors[g.actor].aliases)
            if g.actor is not None
            else (g.canonical or "",)
        )
        if any(w.startswith(stem) for name in names for w in fold(name).split()):
            hits.append(g)
    return hits[0] if len(hits) == 1 else None


#: Nouns between a people's name and a generic noun ("Dir clan fighters").
_PEOPLE_NOUNS: Final = frozenset(["clan", "tribal", "tribe", "community"])
#: What opens a generic mention that no qualifier can stand before.
_ARTICLES: Final = ("the ", "a ", "an ")
#: Determiners before a qualified noun that make it a mention of one named before.
_DEFINITE: Final = frozenset(["the", "this", "that", "these", "those"])
#: Capitalised words that are no people: days and months ("Monday militants").
_CALENDAR_WORDS: Final = frozenset(fold(w) for w in (*WEEKDAY_NAMES, *MONTH_NAMES))
#: What stands before a sentence's first word (or a quotation's).
_SENTENCE_OPENERS: Final = frozenset('.!?:;\n"\u201c(\u2014-')


def _outside(found: list[_Found], positions: frozenset[int]) -> list[_Found]:
    """The mentions of *found* whose actor is none of *positions*."""
    return [f for f in found if f.actor not in positions]


def _salience(armed: list[_Found]) -> tuple[dict[str, int], dict[str, _Found]]:
    """
    How often each armed group of *armed* is named, and its first mention
    (counted in plain dicts: a Counter costs more than the few mentions).
    """
    salience: dict[str, int] = {}
    first: dict[str, _Found] = {}
    for f in armed:
        name = f.canonical
        if name is None:
            continue
        if name in salience:
            salience[name] += 1
        else:
            salience[name] = 1
            first[name] = f
    return salience, first


def _named_as_often(armed: list[_Found], a: _Found, b: _Found) -> bool:
    """Whether the groups of the mentions *a* and *b* are named as often in *armed*."""
    salience, _first = _salience(armed)
    return salience.get(a.canonical or "", 0) == salience.get(b.canonical or "", -1)


def _tie_start(armed: list[_Found], actors: Sequence[Actor]) -> int:
    """
    Where the first of the armed groups named most often is first named,
    when two or more groups of one kind share that count (else 0: no tie).
    A group's parent is no rival of it ("the Islamic State Sahel Province, an
    affiliate of Islamic State": the province is the group).
    """
    salience, first = _salience(armed)
    if len(salience) < 2:
        return 0
    most = max(salience.values())
    tied = [first[name] for name, count in salience.items() if count == most]
    # (only groups of one kind are rivals for the same generic mention: a
    # militia beside the jihadists it fights is no tie)
    if len(tied) < 2 or len({f.kind for f in tied}) > 1:
        return 0
    parents = _parents(tied, actors)
    if parents and len(tied) - len(parents) < 2:
        return 0
    return min(f.start for f in tied)


def _parents(tied: list[_Found], actors: Sequence[Actor]) -> list[_Found]:
    """The mentions of *tied* whose actor is the parent of another's."""
    ids = {actors[f.actor].parent for f in tied if f.actor is not None}
    return [f for f in tied if f.actor is not None and actors[f.actor].id in ids]


def _among(armed: list[_Found], actors: frozenset[int]) -> list[_Found]:
    """The mentions of *armed* whose actor is one of *actors*."""
    return [a for a in armed if a.actor is not None and a.actor in actors]


def _cartels(armed: list[_Found], parties: frozenset[int]) -> list[_Found]:
    """The mentions of *armed* of political militias that are no parties (gangs, cartels)."""
    return [
        a
        for a in armed
        if a.actor is not None
        and a.kind == "political_militia"
        and a.actor not in parties
    ]


def _rebels_outside(armed: list[_Found], actors: frozenset[int]) -> list[_Found]:
    """The mentions of *armed* of rebel groups none of *actors*."""
    return [
        a
        for a in armed
        if a.actor is not None and a.kind == "rebel" and a.actor not in actors
    ]


def _most_salient(armed: list[_Found]) -> _Found | None:
    """The first mention of the armed group named most often, the first named among equals."""
    salience, first = _salience(armed)
    if len(salience) < 2:
        return next(iter(first.values()), None)  # (one group: no ranking)
    # the most named, then the first named: the first least (-count, start)
    top: _Found | None = None
    best = (0, 0)
    for name, count in salience.items():
        f = first[name]
        if top is None or (-count, f.start) < best:
            top, best = f, (-count, f.start)
    return top


def _missions(found: list[_Found], actors: Sequence[Actor]) -> list[int]:
    """The international forces of *found* that are another's mission or force (UNIFIL, AMISOM, KFOR)."""
    return [
        f.actor
        for f in found
        if f.actor is not None
        and f.kind == "external"
        and actors[f.actor].parent is not None
    ]


#: The actor a mention names (its position), if any.
_ACTOR_OF: Final = operator.attrgetter("actor")
#: Prepositions that make the country name after them a place ("In Russia, ").
_PLACE_PREPOSITIONS: Final = ("In ", "in ", "Inside ", "inside ", "Across ", "across ")


def _is_dissidents(table: dict[int, tuple[int, ...]], pos: int) -> bool:
    """Whether the actor at *pos* is some group's dissidents in *table* (:meth:`_Compiled.dissidents`)."""
    return any(pos in splinters for splinters in table.values())


#: The start of a ``(start, end)`` span.
_SPAN_START: Final = operator.itemgetter(0)


def _sentence_starts(doc: Document) -> list[int]:
    """Where the sentences of *doc* start, in order (picked out in C)."""
    return list(map(_SPAN_START, doc.sentences))


def _most_common(values: list[_T]) -> _T | None:
    """
    The value met most often in *values*, the first met among equals (as
    ``Counter(values).most_common(1)`` picks it, without building a Counter).

    >>> _most_common(["SV", "US", "US", "SV"]), _most_common([])
    ('SV', None)
    """
    if len(values) < 2:
        return values[0] if values else None
    counts: dict[_T, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return max(counts, key=counts.__getitem__)


def _fallback_country(
    doc: Document,
    tokens: Tokens,
    found: list[_Found],
    home: str | None,
    hits: list[int] | None = None,
) -> str | None:
    """
    :func:`_story_country`, unless the story is filed from a hub: a
    dateline country ("PARIS (FRANCE)") that no named actor belongs to and
    that the text after the dateline never names, over a story whose body
    names another country most (:func:`_body_subject`: "SAN SALVADOR",
    "THE SALVADORANS"): that country's army is "the soldiers".
    """
    country = _story_country(found, home)
    dateline = doc.dateline
    if country is None and home is None and not doc.shouting:
        # no dateline and no named state actor: the country the text names
        # most by name ("in Nigeria's Zamfara state ..., police said"), when
        # one stands out (a demonym alone names no story's country; nor
        # does shouted copy, where "US" is as often the pronoun)
        by_name: set[str] = set()
        counts = _body_countries(doc.text, tokens, 0, doc.shouting, by_name, hits)
        ranked = sorted(counts.values(), reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0] > ranked[1]):
            body = max(counts, key=counts.__getitem__)
            if body in by_name or body in _placed_demonyms(doc.text):
                return body
            # a demonym alone, beside provinces or named groups of that same
            # country ("Pakistani Taliban militants attacked a checkpoint in
            # Khyber Pakhtunkhwa"): that country's story
            if (
                _named_groups_country(found) == body
                or _province_country(doc.text) == body
            ):
                return body
            return None
        spelled = [c for c in counts if c in by_name]
        if ranked and len(spelled) == 1 and counts[spelled[0]] == ranked[0]:
            # a tie of the one country spelled by name (or capital) with
            # ones named only by demonyms ("in Port-au-Prince ... the
            # Kenyan-led mission"): the spelled one is the story's
            return spelled[0]
        if not counts:
            # no country named at all: the one whose provinces the story
            # names with their cue ("Plateau State", "Cauca department",
            # "Chhattisgarh's Bijapur district"), when they are all of it;
            # else the one country of the armed groups it names by name
            # ("FARC dissidents killed three soldiers")
            return _province_country(doc.text) or _named_groups_country(found)
        return None
    if (
        country is not None
        and home is not None
        and country != home
        and dateline is not None
        and not doc.shouting
        and _names_country(doc, country)
        and _lead_names(doc, home, dateline.span.end)
    ):
        # both spelled, the dateline's country in the lead: the dateline's
        # country when the body spells it at least as often ("an army base
        # in the northern Burkina Faso town of Djibo ... retreated towards
        # the Mali border", from Ouagadougou: the soldiers are Burkina
        # Faso's, whatever JNIM's home; shouted copy from a hub, "MADRID",
        # names its own country for its reactions, and is left as it was)
        by_name = set()
        counts = _body_countries(
            doc.text, tokens, dateline.span.end, doc.shouting, by_name, hits
        )
        if home in by_name and counts.get(home, 0) >= counts.get(country, 0):
            return home
        return country
    if (
        country is not None
        and home is not None
        and country != home
        and dateline is not None
        # (a body that spells the country's name names it: no scan)
        and not _names_country(doc, country)
    ):
        # the named groups' country over the dateline's: not when the body
        # never names it while it names another most ("JNIM" of Mali in a
        # report from Niamey on an attack in Burkina Faso: its army is
        # Burkina Faso's)
        by_name = set()
        counts = _body_countries(
            doc.text, tokens, dateline.span.end, doc.shouting, by_name, hits
        )
        if counts and country not in counts:
            ranked = sorted(counts.values(), reverse=True)
            body = max(counts, key=counts.__getitem__)
            if body in by_name and (len(ranked) == 1 or ranked[0] > ranked[1]):
                return body
        return country
    if country is None or country != home or dateline is None:
        return country
    for f in found:
        if f.generic is None and f.country == home:
            return country  # (an actor of the dateline's country: its story)
    text = doc.text
    start = dateline.span.end
    if text.startswith((" (", ", "), start):
        # the dateline's own country after its town: "PARIS (FRANCE)"
        stop = min(
            (i for i in (text.find(")", start), text.find(",", start + 2)) if i > 0),
            default=-1,
        )
        if 0 < stop - start <= 40 and _is_country(text[start + 2 : stop]):
            start = stop + 1
    by_name = set()
    counts = _body_countries(text, tokens, start, doc.shouting, by_name, hits)
    if counts.get(home):
        return country
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        # no country stands out in a body that never names the dateline's:
        # the forces of the states it names by name ("CAIRO ... Israel's
        # military said ... It said troops had killed"), not the country
        # the reporter sits in
        # (named in the body: a headline's "attack Mali army camp" over a
        # story from Ouagadougou tells another incident)
        named = _most_common(_named_states(found, start)) if ranked else None
        if named:
            return named
        # one other country the body names by its own name (not only by a
        # capital, "Soldiers searched homes in Kabul"), in a body that names
        # no region of the dateline's: the story's country ("An air strike
        # hit a town in Myanmar's Chin State" from Bangkok), not where the
        # reporter sits ("In Colombia, ..." after "in Sinaloa" stays Mexico's)
        spelled = [c for c in counts if _names_country(doc, c)]
        if (
            len(spelled) == 1
            and not _regions_named(text[start:], home, doc.shouting)
            # (not when a headline names the dateline's country, "Jihadists
            # kill dozens in Burkina Faso's Djibo" over "OUAGADOUGOU", nor
            # for a country named as the neighbour, "In neighbouring Mali")
            and not _headline_names(doc, home, dateline.span.start)
            and not _named_as_neighbour(doc, spelled[0])
        ):
            return spelled[0]
        if not spelled and not doc.shouting:
            # no country spelled: the one country of the towns the body
            # places things in and of the capitals it names, twice at least
            # ("BEIRUT ... troops withdrew from Homs ... Damascus had
            # fallen": Syria's), in a body that names no region of the
            # dateline's; one capital alone ("Soldiers searched homes in
            # Kabul", from London) is no subject
            towns = _towns_country(text, start, counts)
            if (
                towns is not None
                and towns != home
                and not _regions_named(text[start:], home, doc.shouting)
            ):
                return towns
        return country
    body = max(counts, key=counts.__getitem__)
    # (a country the body names only by demonyms describes people or things
    # there, "a Dutch reporter of a Dutch television station": the story is
    # not about it)
    return body if body in by_name else country


#: A demonym before a place noun and "of": "the Haitian town of Pont-Sonde",
#: "the Nigerian city of Maiduguri" place the story in that country as its
#: name would.
_PLACED_DEMONYM_RE: Final = lazy(
    globals(),
    "_PLACED_DEMONYM_RE",
    r"(?<!\p{L})(?P<d>\p{Lu}\p{Ll}++)[ ](?:(?:northern|southern|eastern|western|central"
    r"|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern"
    r"|southeastern|southwestern|border|coastal|capital|port|market|mining)[ ])?"
    r"(?:(?:town|city|village|capital|port|region|province|state|district|county)[ ]of[ ]"
    r"|capital(?![\p{L}-]))",  # ("the Libyan capital": Tripoli)
)


def _placed_demonyms(text: str) -> frozenset[str]:
    """The countries of the demonyms :data:`_PLACED_DEMONYM_RE` finds in *text*."""
    out: set[str] = set()
    for m in _PLACED_DEMONYM_RE.finditer(text):
        codes = demonym_countries().get(fold(m.group("d")))
        if codes is not None and len(codes) == 1:
            out.add(codes[0])
    return frozenset(out)


#: A town after a preposition of place ("from Homs", "in Idlib"), as
#: :func:`_towns_country` reads the towns a body names.
_TOWN_AFTER_RE: Final = lazy(
    globals(),
    "_TOWN_AFTER_RE",
    r"(?<![\p{L}])(?:in|from|near|around|outside|into|towards?)[ ]"
    r"(?P<name>\p{Lu}\p{Ll}[\p{L}'’\-]*+(?:[ ]\p{Lu}\p{Ll}[\p{L}'’\-]*+)?+)",
)


def _towns_country(text: str, start: int, counts: dict[str, int]) -> str | None:
    """
    The one country of *counts* (the countries the body names by name,
    capital or demonym: one) and of the towns after a preposition of place
    in *text* from *start* (no country's or capital's name, which *counts*
    holds already, nor a month's or weekday's), when its towns and names
    come to two at least; else None.
    """
    if len(counts) != 1:
        # (two countries named already, no one country; or none, where the
        # towns alone would have to make the story's country)
        return None
    tally = dict(counts)
    for m in _TOWN_AFTER_RE.finditer(text, start, timeout=REGEX_TIMEOUT):
        name = m.group("name")
        low = name.lower()
        if low in MONTH_NAMES or low in WEEKDAY_NAMES or _possessed_country(name):
            continue
        code = _town_country(name)
        if code is None:
            continue
        tally[code] = tally.get(code, 0) + 1
        if len(tally) > 1:
            return None
    if len(tally) != 1:
        return None
    ((code, times),) = tally.items()
    return code if times >= 2 else None


@functools.lru_cache(maxsize=2048)
def _town_country(name: str) -> str | None:
    """The country of the city or town the gazetteer reads *name* as, else None."""
    from conflictparse.parsers.places import resolve_name

    place = resolve_name(name)
    if place is None or place.kind not in ("city", "town"):
        return None
    return place.country or None


#: How a government's junta alias ends ("Myanmar junta", "the Malian JUNTA").
_JUNTA_ENDS: Final = ("junta", "Junta", "JUNTA")
#: A force or strike noun right after a junta's name, or after its
#: possessive ("the Myanmar junta's air force"): its military's.
_JUNTA_FORCE_AFTER_RE: Final = lazy(
    globals(),
    "_JUNTA_FORCE_AFTER_RE",
    r"(?i)(?:['\u2019]s)?+[ ](?:(?P<force>troops|soldiers|forces)|jets|aircraft|warplanes|drones?"
    r"|artillery|shelling|bombing|bombings|bombardment|(?:air|drone)[ -]?strikes?|air[ ]raids?"
    r"|air[ ]force|army|military|navy)(?!\p{L})",
)


#: The last six letters of the plural heads of generic state nouns that name
#: one body per country ("the juntas", "the governments"): several states,
#: no one of them (no other generic noun ends so).
_SEVERAL_TAILS: Final = frozenset(w[-6:] for w in ("juntas", "governments", "regimes"))


def _forces_named(
    found: list[_Found],
) -> tuple[frozenset[str], dict[str, tuple[int, int]]]:
    """
    The countries of the state actors *found* names by name, and for each
    country whose military it names, how often and where first.
    """
    states: set[str] = set()
    military: dict[str, tuple[int, int]] = {}
    for g in found:
        if g.generic is not None or g.actor is None or g.kind != "state" or not g.country:
            continue
        states.add(g.country)
        if (g.canonical or "").startswith(_MILITARY_PREFIX):
            times, first = military.get(g.country, (0, g.start))
            military[g.country] = (times + 1, first)
    return frozenset(states), military


def _only_forces_named(
    forces: tuple[frozenset[str], dict[str, tuple[int, int]]],
    country: str,
    home: str,
    at: int,
) -> str | None:
    """
    The one country, other than the dateline's *home*, whose military the
    report names by name (*forces*, see :func:`_forces_named`), twice at
    least and once before *at* (the generic mention takes it up), when no
    state actor of *country* (the story's, read from its non-state groups) is
    named; else None.
    """
    states, military = forces
    if country in states or len(military) != 1:
        return None
    ((other, (times, first)),) = military.items()
    if other == home or times < 2 or first >= at:
        return None
    return other


def _speaker_of_foe(
    doc: Document,
    starts: list[int],
    found: list[_Found],
    i: int,
    other: str,
    home: str,
) -> bool:
    """
    Whether ``found[i]`` is a speaker ("The general staff said") whose words,
    in the rest of its sentence, tell of the forces of *other* and name the
    dateline's country *home* too ("... said Russian troops attacked
    Ukrainian positions", from Kyiv): the speaker is *home*'s, which tells
    of its foe's forces by their name, not *other*'s own.
    """
    text = doc.text
    f = found[i]
    if _SAID_AFTER_RE.match(text, f.end) is None:
        return False
    k = bisect.bisect_right(starts, f.start)
    end = starts[k] if k < len(starts) else len(text)
    if not any(
        g.start >= f.end
        and g.start < end
        and g.generic is None
        and g.kind == "state"
        and g.country == other
        for g in found
    ):
        return False
    words = set(_plain_words(doc.folded[f.end : end]))
    name = country_short_name(home)
    return any(d in words for d in _country_demonyms(home)) or (
        name is not None and fold(name) in doc.folded[f.end : end]
    )


#: What may stand between a name's possessive and a generic force noun
#: after it: nothing, or one describing word ("the AA's own fighters").
_POSSESSOR_GAP_RE: Final = lazy(
    globals(),
    "_POSSESSOR_GAP_RE",
    r"['’]s[ ](?:(?:own|elite|allied|armed|local|remaining|best|special|new"
    r"|foreign|senior|ground|front-line|frontline)[ ])?+\Z",
)


def _possessor(text: str, found: list[_Found], i: int) -> _Found | None:
    """
    The named group (or international force) whose possessive stands right
    before the generic force noun ``found[i]`` ("the AA's fighters", "the
    Kachin Independence Army's troops", "MONUSCO's peacekeepers"), else
    None; a state's force noun after a state's name is left to the
    dictionary and the state passes.
    """
    f, prev = found[i], found[i - 1]
    if (
        f.generic not in ("armed", "military", "external")
        or prev.generic is not None
        or prev.canonical is None
        or prev.metonymy
        or prev.start < 0
        or not (prev.armed or prev.kind == "external")
        or f.start - prev.end > 24
    ):
        return None
    # (the name's span may hold its "'s": the alias scan reads past it)
    at = prev.end - 2 if text.endswith(_POSSESSIVE_TAILS, 0, prev.end) else prev.end
    if not text.startswith(_POSSESSIVE_TAILS, at) or (
        _POSSESSOR_GAP_RE.match(text, at, f.start) is None
    ):
        return None
    return prev


def _co_speaker(text: str, starts: list[int], found: list[_Found], i: int) -> str | None:
    """
    The country of a generic state speaker that opened the sentence of the
    generic speaker ``found[i]``, which "and" joins to it ("The general
    staff said Russian troops attacked 45 times, and the military said 12
    of the assaults were repelled": the staff's, not of the troops its
    words name), else None.
    """
    f = found[i]
    if (
        not text.endswith((", and ", "; "), 0, f.start)
        or _SAID_AFTER_RE.match(text, f.end) is None
    ):
        return None
    k = bisect.bisect_right(starts, f.start) - 1
    start = starts[k] if k >= 0 else 0
    for g in found[:i]:
        if g.start < start:
            continue
        if (
            g.generic is not None
            and g.kind == "state"
            and g.country
            and not text[start : g.start].strip(' "\u201c')
            and _SAID_AFTER_RE.match(text, g.end) is not None
        ):
            return g.country
        break  # (the sentence opens with no speaker of that kind)
    return None


def _closing_speaker(
    text: str, starts: list[int], found: list[_Found], i: int
) -> str | None:
    """
    The country of the military named as the speaker that closes the
    sentence of the generic force noun ``found[i]``, with no mention
    between them ("Hamas fighters attacked an army post, killing two
    soldiers, the Israeli military said": a military tells of its own
    soldiers bare, of its foe's by their name), else None.
    """
    if i + 1 >= len(found):
        return None
    g = found[i + 1]
    if (
        g.generic is not None
        or g.kind != "state"
        or not g.country
        or not (g.canonical or "").startswith(_MILITARY_PREFIX)
        or _SAID_AFTER_RE.match(text, g.end) is None
        or not text.endswith((", the ", ", ", ", an "), 0, g.start)
    ):
        return None
    k = bisect.bisect_right(starts, g.start) - 1
    if k >= 0 and starts[k] > found[i].start:
        return None  # (another sentence's speaker)
    return g.country


def _other_allegiance(actors: Sequence[Actor], chosen: _Found, named: _Found) -> bool:
    """
    Whether the group *chosen* for a generic mention is a branch of another
    network than the group *named* right after the mention as its
    affiliation ("jihadists linked to al-Qaeda": not the Islamic State's
    Sahel Province); a group of no parent may be the affiliate itself
    ("rebels linked to the Islamic State" are the ADF the report names).
    """
    if chosen.actor is None or named.actor is None or chosen.actor == named.actor:
        return False
    parent = actors[chosen.actor].parent
    return parent is not None and parent != actors[named.actor].id


def _named_states(found: list[_Found], start: int = 0) -> list[str]:
    """
    The countries of the state actors in *found* (one per mention) named by
    name from *start* on, or generic ones already resolved ("Syria's defence
    ministry": the fallback is read before the generic mentions that need it).
    """
    return [
        f.country
        for f in found
        if f.start >= start
        and f.kind == "state"
        and f.actor is not None
        and f.country
        and f.reason != _WEAPON_REASON
    ]


@functools.cache
def _country_demonyms(country: str) -> tuple[str, ...]:
    """
    The folded demonyms that name *country* ("sudanese"), in the order of
    :func:`demonym_countries` (the scan of them all is made once a country:
    a story of paramilitaries tends to name them in several sentences).
    """
    return tuple(d for d, codes in demonym_countries().items() if country in codes)


def _headline_names(doc: Document, code: str, end: int) -> bool:
    """Whether the text before *end* (a headline over the dateline) spells *code*'s name."""
    name = country_short_name(code)
    return name is not None and doc.folded.find(fold(name), 0, end) >= 0


def _named_as_neighbour(doc: Document, code: str) -> bool:
    """Whether *doc* names *code* as a neighbour ("In neighbouring Mali")."""
    name = country_short_name(code)
    if name is None:
        return False
    folded = doc.folded
    key = fold(name)
    return (
        folded.find("neighbouring " + key) >= 0 or folded.find("neighboring " + key) >= 0
    )


def _names_country(doc: Document, code: str) -> bool:
    """Whether *doc*'s text holds the name *code*'s state actors carry ("Mali", "El Salvador")."""
    name = country_short_name(code)
    return name is not None and fold(name) in doc.folded


def _lead_names(doc: Document, code: str, start: int) -> bool:
    """Whether the first sentence from *start* (the lead) spells *code*'s name."""
    name = country_short_name(code)
    if name is None:
        return False
    end = next((e for s, e in doc.sentences if e > start), len(doc.text))
    return doc.folded.find(fold(name), start, end) >= 0


def _named_groups_country(found: list[_Found]) -> str | None:
    """The one country of the non-state groups named by name in *found*, else None."""
    countries = {
        f.country
        for f in found
        if f.actor is not None and f.generic is None and f.kind != "state" and f.country
    }
    if len(countries) > 1:
        # JNIM (of Mali) beside the VDP: a militia that fights beside its own
        # state's forces fights at home, where the jihadists came
        home = {
            f.country
            for f in found
            if f.generic is None and f.canonical in _STATE_SIDE_MILITIAS and f.country
        }
        return home.pop() if len(home) == 1 else None
    return countries.pop() if countries else None


#: A capitalised name of one or two words right before a province's cue or
#: a possessive ("Plateau State", "Zamfara state", "Chhattisgarh's").
_PROVINCE_BEFORE_CUE: Final = lazy(
    globals(),
    "_PROVINCE_BEFORE_CUE",
    r"""\b(\p{Lu}\p{Ll}++
    (?:[ -](?!(?:State|Province|Region|Department|Governorate|Oblast)\b)\p{Lu}\p{Ll}++)?+)
    (?:[ ](?:(State|state)|Province|province|Region|region|Department|department
        |Governorate|governorate|Oblast|oblast)\b|['\u2019]s\b)""",
    regex.VERBOSE,
)


def _province_country(text: str) -> str | None:
    """
    The country of the provinces *text* names before a cue or a possessive,
    when every such name is a province of that country alone; None when it
    names none, or provinces of two countries.
    """
    from conflictparse.parsers.places._tables import admin1_names

    names = admin1_names()
    found: set[str] = set()
    for m in _PROVINCE_BEFORE_CUE.finditer(text[:_PROVINCE_SCAN], timeout=REGEX_TIMEOUT):
        codes = names.get(fold(m.group(1)).replace("-", " "))
        if not codes:
            continue
        countries = {c[:2] for c in codes}
        if len(countries) > 1 and m.group(2):
            # "Plateau State": Nigeria's, not Benin's Plateau department
            countries &= _STATE_COUNTRIES
        if len(countries) != 1:
            return None  # ("Punjab's": India's or Pakistan's)
        found |= countries
    return found.pop() if len(found) == 1 else None


#: Countries whose first-level units are called states.
_STATE_COUNTRIES: Final = frozenset(
    [
        "NG",
        "US",
        "IN",
        "MX",
        "BR",
        "SD",
        "SS",
        "MM",
        "VE",
        "MY",
        "AU",
        "DE",
        "AT",
        "ER",
        "FM",
        "PW",
        "SO",
    ]
)
#: How much of a story :func:`_province_country` reads (its lead names the
#: scene's province, if any).
_PROVINCE_SCAN: Final = 4000


@functools.cache
def _demonyms() -> dict[str, tuple[str, ...]]:
    """The places family's demonym table (of the same file: built once for both)."""
    from conflictparse.parsers.places._tables import demonyms

    return demonyms()


@functools.cache
def _country_keys() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """
    The folded names of countries, their capitals and the demonyms of one
    country alone, with their country; the first words of those names; and
    the demonyms among them.
    """
    from conflictparse.parsers.places._tables import capitals, country_names, demonyms

    table = dict(country_names())
    for key, (code, _id) in capitals().items():
        table.setdefault(key, code)
    names = frozenset(table)
    for key, codes in demonyms().items():
        if len(codes) == 1:
            table.setdefault(key, codes[0])
    return (
        table,
        frozenset(key.split(" ", 1)[0] for key in table if key),
        frozenset(table.keys() - names),
    )


def _body_countries(
    text: str,
    tokens: Tokens,
    start: int,
    shouting: bool,
    by_name: set[str] | None = None,
    hits: list[int] | None = None,
) -> dict[str, int]:
    """
    How often the text from *start* names each country: by its name, its
    capital or a demonym of that country alone, in runs of up to three
    words that begin with a capital (any word in shouted copy), the longest
    first. (The words that begin such a name are picked out in C: most
    words begin none.) *by_name*, when given, gets the countries named at
    least once by name or capital, not only by a demonym. *hits*, when
    given, are the tokens of a superset of those first words, in order (the
    parser's one pass: see ``_Compiled.wanted``).
    """
    table, firsts, demonym_keys = _country_keys()
    words = tokens.words
    offsets = tokens.offsets
    n = len(words)
    counts: dict[str, int] = {}
    done = 0
    if hits is not None:
        starts = tokens_in(hits, words, firsts)
    else:
        # (a list of indices is compressed: a range would make an int per token)
        indices = _INDICES if n <= len(_INDICES) else range(n)
        starts = list(compress(indices, map(firsts.__contains__, words)))
    stems = tokens.stems
    if stems:  # ("nigerias" of "Nigeria's" begins a name as its stem)
        starts = sorted({*starts, *(k for k, stem in stems.items() if stem in firsts)})
    for k in starts:
        at = offsets[k] + k  # (each token starts one character after the one before)
        if k < done or at < start or not (shouting or text[at].isupper()):
            continue
        run = [stems.get(k, words[k])]
        j = k + 1
        # (a possessive ends the name: "Nigeria's Zamfara state" names Nigeria)
        while j < n and len(run) < 3 and words[j] and j - 1 not in stems:
            run.append(stems.get(j, words[j]))
            j += 1
        # ("salvador's": the name without its possessive)
        if run[-1].endswith("'s"):
            run[-1] = run[-1][:-2]
        for m in range(len(run), 0, -1):
            key = " ".join(run[:m])
            code = table.get(key)
            if code is not None:
                if code == "CG" and key == "congo":
                    # bare "Congo": most often the Democratic Republic
                    code = _congo_of(text)
                done = k + m
                if (
                    done < n
                    and words[done] in _HOME_SUFFIXES
                    and text[offsets[done] + done - 1] == "-"
                ):
                    break  # "a London-based monitor": where it works, not the story's country
                counts[code] = counts.get(code, 0) + 1
                if by_name is not None and key not in demonym_keys:
                    by_name.add(code)
                break
    return counts


#: Words after a place and a hyphen that tell where someone is from or works
#: ("a London-based monitor", "the Tripoli-born commander").
_HOME_SUFFIXES: Final = frozenset({"based", "born", "headquartered"})


def _story_country(found: list[_Found], home: str | None) -> str | None:
    """
    The country a generic state noun ("the army") falls back to: the
    dateline's (else that of the story's named state actors, the most
    often named), unless the story's named actors belong three times as
    often, and three times at least, to another country: a story about El
    Salvador datelined in Rome or Managua, or one from a clandestine radio
    naming the FMLN and ARENA thrice and a U.S. agency once (not when those
    are all another state's forces and the dateline's country has an actor
    named: Rwandan troops deployed in Mozambique). (Generic
    mentions do not count: "the guerrillas" of a report from La Paz on
    Shining Path's reach into Bolivia would make its ministry Peru's.)
    """
    named: dict[str, int] = {}
    states: list[str] = []
    for f in found:
        if f.actor is None or f.generic is not None or not f.country:
            continue
        if f.reason == _WEAPON_REASON or f.canonical in _ABROAD_GROUPS:
            continue
        named[f.country] = named.get(f.country, 0) + 1
        if f.kind == "state":
            states.append(f.country)
    country = home or _most_common(states)
    if not named:
        return country
    subject = max(named, key=named.__getitem__)  # (the first named among equals)
    count = named[subject]
    if count >= 3 and count >= 3 * (named.get(country, 0) if country else 0):
        if (
            home is not None
            and named.get(home)
            and all(
                (f.canonical or "").startswith(_MILITARY_PREFIX)
                or f.canonical in _ABROAD_GROUPS
                for f in found
                if f.country == subject and f.actor is not None and f.generic is None
            )
        ):
            # "Rwandan troops deployed in the province" thrice in a story
            # from Maputo that names Mozambican forces: another state's
            # forces sent there (its forces only: no government of its
            # own), not the story's country
            return country
        return subject
    return country


#: The "of" tail of a name a generic head begins: "the Army of National
#: Liberation [ELN]", up to five capitalised words and a bracketed acronym.
_NAME_OF_RE: Final = lazy(
    globals(),
    "_NAME_OF_RE",
    r"[ ](?i:of)[ ](?:(?i:the)[ ])?(?P<name>\p{Lu}[\p{L}'\-]*+(?:[ ]\p{Lu}[\p{L}'\-]*+){0,4}+)"
    r"(?P<acr>[ ]?[\[(]\p{Lu}{2,}[\])])?",
)


def _heads_a_name(text: str, end: int, shouting: bool) -> bool:
    """
    Whether the generic head ending at *end* begins a longer name ("the
    Army of National Liberation") rather than naming a country's organ
    ("the army of El Salvador"). In shouted copy, where every word is
    capitalised, the tail must end in a bracketed acronym or hold a word
    of organisations' names ("NATIONAL", "LIBERATION").
    """
    m = _NAME_OF_RE.match(text, end, min(len(text), end + 80), timeout=REGEX_TIMEOUT)
    if m is None:
        return False
    name = m.group("name")
    if _names_a_country(name):
        return False  # "the army of El Salvador", "THE ARMY OF EL SALVADOR"
    if not shouting or m.group("acr"):
        return True
    return not ORG_WORDS.isdisjoint(name.lower().split())


@functools.lru_cache(maxsize=1024)
def _names_a_country(name: str) -> bool:
    """Whether all of *name* is a country or capital, read once per distinct name."""
    hit = _place_country(name)
    return hit is not None and hit[0] == 0


#: How many mentions back a generic state mention looks for its country (a
#: bound on the walk in sentences of hostile length).
_SENTENCE_LOOKBACK: Final = 64


def _sentence_state(
    starts: list[int],
    found: list[_Found],
    i: int,
    *,
    its: bool = False,
    text: str | None = None,
    first: bool = False,
) -> str | None:
    """
    The country of the last named state actor before ``found[i]`` in its
    sentence; with *its* ("its troops") a generic one resolved before it
    counts too ("Russia's defence ministry said its troops"); with *first*,
    of the first one (the subject of the clause a speaker closes).
    """
    k = bisect.bisect_right(starts, found[i].start) - 1
    start = starts[k] if k >= 0 else 0
    earliest: str | None = None
    for j in range(i - 1, max(-1, i - 1 - _SENTENCE_LOOKBACK), -1):
        f = found[j]
        if f.start < start:
            if f.start < 0:
                continue  # (a generic noun merged into the name before it)
            break
        if (
            f.actor is not None
            and f.kind == "state"
            and f.country
            and (f.generic is None or its)
            and f.reason != _WEAPON_REASON
        ):
            if text is not None and _OTHER_PARTY_BEFORE_RE.search(
                text, max(start, f.start - 14), f.start
            ):
                # "allied with the Afghan Taliban, has stepped up attacks
                # on security forces": a party beside or against the one
                # the sentence is about
                continue
            if not first:
                return f.country
            earliest = f.country
    return earliest


#: A preposition (and article) before a state mention that makes it another
#: party than the sentence's own ("allied with", "separate from", "against").
_OTHER_PARTY_BEFORE_RE: Final = lazy(
    globals(),
    "_OTHER_PARTY_BEFORE_RE",
    r"(?i)(?<!\p{L})(?:with|from|against)[ ]++(?:the[ ]++)?\Z",
)


#: A definite article opening a generic mention.
_THE_ANY: Final = ("the ", "The ", "THE ")

#: How far back a definite generic mention looks for the forces it takes up.
_ANAPHORA_SPAN: Final = 400


def _owner(
    text: str, starts: list[int], found: list[_Found], i: int, *, states: bool = False
) -> _Found | None:
    """
    The actor a possessive before ``found[i]`` ("said its fighters") refers
    to: the nearest named mention before it in its sentence that is not the
    object of a preposition ("an attack by the RSF"). Generic mentions,
    which an apposition often holds ("the Joint Forces, a coalition of former
    rebel groups, said its fighters"), and places standing for governments
    are passed over; with *states*, a generic state mention ("the regime ...
    and its armed forces") is the owner.
    """
    k = bisect.bisect_right(starts, found[i].start) - 1
    start = starts[k] if k >= 0 else 0
    for j in range(i - 1, max(-1, i - 1 - _SENTENCE_LOOKBACK), -1):
        g = found[j]
        if g.start < start:
            if g.start < 0:
                continue  # (a generic noun merged into the name before it)
            break
        if states and g.generic is not None and g.kind == "state":
            comma = text.rfind(",", start, g.start)
            if (
                comma >= 0
                and "," in text[g.end : found[i].start]
                and _RELATIVE_RE.match(text, comma, g.start, timeout=REGEX_TIMEOUT)
            ):
                continue  # "The RSF, which has been fighting the army, said its forces"
            return _speaker_over(text, start, found, g)
        if g.generic is not None or g.canonical is None or g.metonymy:
            continue
        if text.startswith("(", g.start - 1):
            continue  # "... from the Tehrik-e-Taliban Pakistan (TTP)": the name's, read next
        if _affiliate_possessive(text, g.end):
            continue  # "JNIM, al-Qaeda's affiliate, said its fighters": JNIM's
        if text[g.end : g.end + 1] == "-" and affiliation_after(text, g.end):
            continue  # "the al Qaeda-linked group said its fighters": not al-Qaeda's
        if _LOYAL_OPENING_RE.match(text, start, g.start) is not None:
            # "Forces loyal to Yemen's internationally recognised government
            # said two of their fighters": the side the subject is loyal to
            return g
        if _PREPOSITION_BEFORE_RE.search(  # <= 24 chars: no timeout
            text, max(start, g.start - 24), g.start
        ):
            # (not "the armed wing of Islamic Jihad said its fighters": the
            # wing is the group's, which the pattern leaves out)
            continue
        comma = text.rfind(",", start, g.start)
        if (
            comma >= 0
            and "," in text[g.end : found[i].start]
            and (
                _RELATIVE_RE.match(text, comma, g.start, timeout=REGEX_TIMEOUT)
                # "Fano, an ethnic Amhara militia that fought ..., said its
                # fighters": the name the apposition describes
                or _APPOSED_NAME_RE.match(text, comma, g.start, timeout=REGEX_TIMEOUT)
            )
        ):
            continue  # "JNIM, which ambushed FAMa near Boni, said its ...": not FAMa
        return _speaker_over(text, start, found, g)
    if k > 0 and _PRONOUN_SAID_RE.match(text, start) is not None:
        # "..., MONUSCO said on Monday. It said its troops had come under
        # fire": the pronoun takes up the one the sentence before quoted
        # ("X said"), or its subject
        first = starts[k - 1]
        for j in range(i - 1, max(-1, i - 1 - _SENTENCE_LOOKBACK), -1):
            g = found[j]
            if g.start >= start or g.start < 0:
                continue  # (after it, or merged into the name before it)
            if g.start < first:
                break
            if g.generic is not None or g.canonical is None or g.metonymy:
                continue
            if (
                _SAID_AFTER_RE.match(text, g.end) is not None
                or not text[first : g.start].strip()
            ):
                return g
    if k > 0 and _PERSON_SAID_RE.match(text, start) is not None:
        # '... ," a spokesman for the Joint Forces ... told Reuters. He said
        # its fighters had seized four vehicles': the group the speaker
        # speaks for in the sentence before
        first = starts[k - 1]
        for j in range(i - 1, max(-1, i - 1 - _SENTENCE_LOOKBACK), -1):
            g = found[j]
            if g.start >= start or g.start < 0:
                continue
            if g.start < first:
                break
            if (
                g.generic is None
                and g.canonical is not None
                and _SPOKESMAN_FOR_RE.search(text, max(first, g.start - 30), g.start)
            ):
                return g
    return None


#: A sentence's subject of forces named by whom they are loyal to, up to
#: that name: "Forces loyal to ", "Fighters loyal to the ".
_LOYAL_OPENING_RE: Final = lazy(
    globals(),
    "_LOYAL_OPENING_RE",
    r"\s*+(?:Forces|Fighters|Troops|Militias|Militiamen|Gunmen|Soldiers)[ ]++loyal[ ]++to"
    r"[ ]++(?:the[ ]++)?+\Z",
)
#: The opening of an apposition up to a name in it: ", an ethnic ", ", a ".
_APPOSED_NAME_RE: Final = lazy(
    globals(),
    "_APPOSED_NAME_RE",
    r",[ \t\xa0]++(?:an?|one[ ]of[ ]the)[ \t\xa0]++(?:[\p{Ll}\-]++[ \t\xa0]++){0,3}+\Z",
)

#: A verb of keeping or deploying, an adverb perhaps before it and up to three
#: words after it, between a force and its troops ("still keeps about 1,000").
_KEEPS_TROOPS_RE: Final = lazy(
    globals(),
    "_KEEPS_TROOPS_RE",
    r"[ ]++(?:(?:still|now|also|has|had|have)[ ]++)?+"
    r"(?:keeps|kept|deployed|deploys|sent|sends|stationed|maintains|maintained)[ ]++"
    r"(?:[\p{L}\p{N},\-]++[ ]++){0,3}+\Z",
)


#: A sentence opened by "He said" or "She added" (a spokesman quoted before).
_PERSON_SAID_RE: Final = lazy(
    globals(),
    "_PERSON_SAID_RE",
    r"\s*+(?:He|She)[ ]++(?:said|added|told|says)\b",
)
#: "a spokesman for (the)", "a spokeswoman of": the group named next speaks.
_SPOKESMAN_FOR_RE: Final = lazy(
    globals(),
    "_SPOKESMAN_FOR_RE",
    r"(?i)spokes(?:man|woman|person)[ ]++(?:for|of)[ ]++(?:the[ ]++)?+\Z",
)


def _speaker_over(text: str, start: int, found: list[_Found], g: _Found) -> _Found:
    """
    *g*, the nearest candidate owner of a possessive, unless the sentence
    (from *start*) opens with a speaker who "said it" did something to *g*:
    "The Israeli military said it had struck Hamas militants ..., and that
    its troops" are the military's (not when *g* speaks too: "..., while
    the army said its forces").
    """
    if _SAID_AFTER_RE.match(text, g.end) is not None:
        return g
    for s in found:
        if s.start < start:
            continue
        if s.start >= g.start:
            break
        if (
            s.canonical is not None
            and not s.metonymy
            and (
                _SAID_IT_RE.match(text, s.end) is not None
                # "An SPLA-IO spokesman said the army had bombed villages
                # and that its forces had captured two positions": the
                # speaker's group, over a generic mention in what he said
                or (
                    g.generic is not None
                    and s.generic is None
                    and _LEADER_AFTER_RE.match(text, s.end, timeout=REGEX_TIMEOUT)
                    is not None
                )
            )
        ):
            return s
    return g


#: "said it", "said that it": the speaker is the subject of what follows.
_SAID_IT_RE: Final = lazy(
    globals(), "_SAID_IT_RE", r"[ ]++(?:said|says)[ ]++(?:that[ ]++)?+it[ ]"
)


def _in_country_opening(text: str, starts: list[int], at: int) -> str | None:
    """
    The country a round-up's sentence opens with by name ("In Colombia,
    dissidents ... attacked a police station ..., police said"), for the
    mention at *at*; else the one its paragraph opens with ("In Syria,
    gunmen killed four ... \n\nIn Iraq, gunmen opened fire ...": each
    paragraph of a round-up from one hub tells of its own country, in
    all its sentences). "In neighbouring Niger,", "Elsewhere in Iraq," and
    "In Syria's Hama province," open one too.
    """
    k = bisect.bisect_right(starts, at) - 1
    s0 = starts[k] if k >= 0 else 0
    code = _opening_country(text, s0, at)
    if code is None:
        p0 = text.rfind("\n", 0, at) + 1
        if 0 < p0 < s0:
            code = _opening_country(text, p0, at)
            if code is not None and _names_another_country(text, s0, at, code):
                # ("In Lebanon, ... Yemen's Houthis fired a missile at Israel,
                # which the military said it intercepted": a later sentence
                # of the paragraph that names other countries tells of them)
                return None
    return code


#: A capitalised word (a possessive's "'s" left out), as a country's name may be.
_CAPITALISED_RE: Final = lazy(globals(), "_CAPITALISED_RE", r"\p{Lu}[\p{L}\-]++")


def _names_another_country(text: str, start: int, end: int, code: str) -> bool:
    """Whether ``text[start:end]`` names a country other than *code* by a one-word name."""
    for m in _CAPITALISED_RE.finditer(text, start, end):
        other = _country_code(m.group())
        if other is not None and other != code:
            return True
    return False


#: The opening of a round-up's sentence or paragraph: "In Syria,", "In
#: neighbouring Niger,", "Elsewhere in Iraq,", "In Syria's Hama province,".
_OPENING_RE: Final = lazy(
    globals(),
    "_OPENING_RE",
    r"(?:(?:Elsewhere|Meanwhile|Separately),?[ ]in|In)[ ]"
    r"(?:(?:neighbouring|neighboring|northern|southern|eastern|western|central"
    r"|northeastern|northwestern|southeastern|southwestern|north-eastern"
    r"|north-western|south-eastern|south-western)[ ])?+"
    r"(?P<name>\p{Lu}[\p{L}.\-]*+(?:[ ](?:\p{Lu}[\p{L}.\-]*+|of|the)){0,3}+)"
    r"(?:['’]s[ ][^,.;\n]{1,40}+)?+,",
)


#: How :data:`_OPENING_RE` begins.
_OPENINGS: Final = ("In ", "Elsewhere", "Meanwhile", "Separately")


def _opening_country(text: str, s0: int, at: int) -> str | None:
    """The country of :data:`_OPENING_RE` at *s0* (after blanks and quotes), before *at*."""
    while s0 < at and text[s0] in ' \n\t"\u201c':
        s0 += 1
    if not text.startswith(_OPENINGS, s0):
        return None  # (no opening of the pattern: most sentences)
    m = _OPENING_RE.match(text, s0, min(at, s0 + 80))
    if m is None:
        return None
    return _country_code(m.group("name"))


def _deployer(text: str, start: int) -> str | None:
    """
    The country whose name is the subject of a verb of deploying right
    before the forces at *start*: "Israel has kept troops", "Russia sent
    more soldiers" (a country name no parser reads as an actor there).

    >>> _deployer("Israel has kept troops", 16), _deployer("The army kept troops", 14)
    ('IL', None)
    """
    window = text[max(0, start - 40) : start]
    # (a chain of C tests: most generic mentions follow no such verb)
    if not (
        "sent " in window
        or "kept " in window
        or "deploy" in window
        or "stationed " in window
        or "keeps " in window
        or "sends " in window
    ):
        return None
    m = _DEPLOYER_RE.search(text, max(0, start - 60), start)
    return None if m is None else _country_code(m.group(1))


#: A capitalised name, an auxiliary perhaps, a verb of deploying and up to
#: three words ("more", "5,000", "ground") before the forces.
_DEPLOYER_RE: Final = lazy(
    globals(),
    "_DEPLOYER_RE",
    r"(?<![\p{L}'’])(\p{Lu}\p{L}++(?:[ ]\p{Lu}\p{L}++){0,2})[ ]++(?:(?:has|had|have)[ ]++)?"
    r"(?:kept|sent|deployed|stationed|keeps|sends|deploys)[ ]++(?:[\p{L}\p{N},\-]++[ ]++){0,3}\Z",
)


#: A sentence opened by a pronoun and a reporting verb ("It said", "They added").
_PRONOUN_SAID_RE: Final = lazy(
    globals(),
    "_PRONOUN_SAID_RE",
    r"\s*+(?:It|They|IT|THEY)[ ]++(?:said|says|added|reported|stated|claimed|SAID|ADDED|REPORTED)\b",
)
#: A reporting verb right after a name ("MONUSCO said", "the RSF said on Monday").
_SAID_AFTER_RE: Final = lazy(
    globals(),
    "_SAID_AFTER_RE",
    r"[ ]++(?:said|says|added|reported|stated|claimed|told|SAID|SAYS|ADDED|REPORTED|STATED|CLAIMED)\b",
)


#: A relative clause or an apposition of a participle or "including" opened
#: after a comma (", which ...", ", led by 800 Kenyan police officers,"): its
#: mentions are no subject of the clause that goes on after it.
_RELATIVE_RE: Final = lazy(
    globals(),
    "_RELATIVE_RE",
    r",[ \t\xa0]++(?:which|who|whose|whom|that|including|comprising"
    r"|(?:led|backed|supported|manned|staffed)[ ]by|(?:made[ ]up|composed)[ ]of)\b",
    regex.IGNORECASE,
)


#: A preposition (and article) just before a mention: the mention is no subject
#: (but "the armed wing of Islamic Jihad said its fighters", "a spokesman of
#: the group": the group is who the possessive goes back to).
_PREPOSITION_BEFORE_RE: Final = lazy(
    globals(),
    "_PREPOSITION_BEFORE_RE",
    r"""(?i)(?<!\p{L})(?:(?<!(?:wing|arm|branch|faction|leaders?|leadership|spokes(?:man|woman|person)
      |commanders?)\s)of|by|with|against|from|to|for|on|in|at|between|among|amongst
    |alongside|including|into|near|behind|toward|towards|over|under|than|like)
    \s++(?:(?:the|an?)\s++)?+\Z""",
    regex.VERBOSE,
)


def _after_possessive(text: str, start: int) -> bool:
    """
    Whether the mention at *start* follows "its", "their" or "whose" ("its
    fighters", "its 10,000 troops", "the AUSSOM mission, whose troops").
    """
    if text[start - 2 : start - 1].isdigit():
        # (a count between: "none of its 10,000 troops")
        at = start - 1
        while at > 0 and (text[at - 1].isdigit() or text[at - 1] == ","):
            at -= 1
        start = at
    # (one C call rejects almost every mention)
    if not text.endswith(_POSSESSIVES, 0, start):
        return False
    before = start - (4 if text[start - 4] in "iI" else 6) - 1  # ("whose " is six too)
    return before < 0 or not text[before].isalnum()


#: What opens :data:`_MEMBERS_OF_RE` (one C test rules out most mentions).
_MEMBERS_OPENINGS: Final = (
    " belong",
    " were members",
    " was a member",
    " are members",
    " suspected to be",
    " believed to be",
    " thought to be",
    " were suspected to be",
    " were believed to be",
    " were thought to be",
    " are suspected to be",
    " are believed to be",
    " are thought to be",
)
#: A verb of belonging between a generic mention and a group's name: "the
#: attackers belonged to the ", "the gunmen were members of ", "gunmen
#: suspected to be " (Fulani herders), "believed to be members of the ".
_MEMBERS_OF_RE: Final = lazy(
    globals(),
    "_MEMBERS_OF_RE",
    r"[ ](?:(?:belonged|belongs|belong|were[ ]members|was[ ]a[ ]member|are[ ]members)"
    r"[ ](?:to|of)[ ]++"
    r"|(?:(?:were|are)[ ])?+(?:suspected|believed|thought)[ ]to[ ]be[ ]++"
    r"(?:(?:members|fighters)[ ]of[ ]++)?+)"
    r"(?:the[ ]++)?+\Z",
)


def _after_his(text: str, start: int) -> bool:
    """Whether the mention at *start* follows "his" or "her" ("11 of his fighters")."""
    return text.endswith(("his ", "her ", "His ", "Her "), 0, start) and (
        start < 5 or not text[start - 5].isalnum()
    )


#: A leader's title right after a group's name ("a Wazalendo commander"):
#: the one "his fighters" belong to.
_LEADER_AFTER_RE: Final = lazy(
    globals(),
    "_LEADER_AFTER_RE",
    r"(?:[ \t\xa0]++(?i:field|local|senior|military|top))?+[ \t\xa0]++"
    r"(?i:commanders?|leaders?|chief|spokesman|spokeswoman|spokesperson|general|colonel)(?!\p{L})",
)

#: A leader named again in the sentence of "his fighters" ("the commander
#: told AFP, adding that five of his fighters ..."), or "he".
_LEADER_AGAIN_RE: Final = lazy(
    globals(),
    "_LEADER_AGAIN_RE",
    r"(?<!\p{L})(?:(?i:the)[ \t\xa0]++(?:(?i:field|local|militia|rebel)[ \t\xa0]++)?+"
    r"(?i:commander|leader|chief|spokesman|spokeswoman|colonel|general)|[Hh]e)(?!\p{L})",
)


#: A demonym and an official's title ("Russian defence minister", "Ukrainian
#: army chief"), the official a later "his" in the sentence may refer to.
_TITLED_DEMONYM_RE: Final = lazy(
    globals(),
    "_TITLED_DEMONYM_RE",
    r"(?<![\p{L}\-'’])(?P<d>\p{Lu}\p{Ll}++)[ ](?:(?:defence|defense|army|military"
    r"|armed[ ]forces)[ ])?+(?:minister|president|commander|commander-in-chief"
    r"|general|chief|leader)(?![\p{L}\-])",
)


def _titled_demonym(text: str, starts: list[int], at: int) -> str | None:
    """
    The country of the last official named by demonym and title in the
    sentence before *at* (:data:`_TITLED_DEMONYM_RE`), when the text between
    names no other one, else None.
    """
    k = bisect.bisect_right(starts, at) - 1
    start = starts[k] if k >= 0 else 0
    last = None
    for m in _TITLED_DEMONYM_RE.finditer(text, start, at, timeout=REGEX_TIMEOUT):
        last = m
    if last is None:
        return None
    codes = demonym_countries().get(fold(last.group("d")))
    return codes[0] if codes and len(codes) == 1 else None


def _leader_before(
    text: str, starts: list[int], found: list[_Found], i: int
) -> _Found | None:
    """
    The group whose leader a sentence before ``found[i]`` names ("a
    Wazalendo commander said ..."), when the sentence of ``found[i]`` names
    no actor before it but the leader again ("the commander told AFP,
    adding that five of his fighters"), else ``None``; the nearest such
    group within two sentences, none other named between.
    """
    k = bisect.bisect_right(starts, found[i].start) - 1
    here = starts[k] if k >= 0 else 0
    if not _LEADER_AGAIN_RE.search(text, here, found[i].start, timeout=REGEX_TIMEOUT):
        return None
    floor = starts[k - 2] if k >= 2 else 0
    for j in range(i - 1, -1, -1):
        g = found[j]
        if g.start < floor:
            if g.start < 0:
                continue  # (a generic noun merged into the name before it)
            return None
        if g.start >= here:
            return None  # an actor of its own sentence, which _owner passed over
        if g.generic is not None or g.canonical is None or g.metonymy:
            continue
        if _LEADER_AFTER_RE.match(text, g.end, timeout=REGEX_TIMEOUT):
            return g
        if g.armed:
            return None  # another group named nearer
    return None


#: "The coalition" as written, which a coalition of armed groups the report
#: names is called too (:func:`_called_coalition`).
_BARE_COALITION: Final = frozenset(["the coalition", "The coalition", "THE COALITION"])


def _called_coalition(text: str, found: list[_Found], i: int) -> _Found | None:
    """
    The nearest named non-state, non-international actor before ``found[i]``
    that the report calls a coalition or an alliance, in its name or right
    before it ("the Viv Ansanm gang coalition", "the armed coalition Viv
    Ansanm", "the Three Brotherhood Alliance"), else ``None``.
    """
    for j in range(i - 1, -1, -1):
        g = found[j]
        if (
            g.generic is not None
            or g.canonical is None
            or g.kind in ("state", "external")
        ):
            continue
        if g.start < 0:
            continue
        name = text[g.start : g.end].lower()
        before = text[max(0, g.start - 11) : g.start].lower()
        if "coalition" in name or before.endswith("coalition "):
            return g
        if ("alliance" in name or before.endswith("alliance ")) and not any(
            h.kind == "external" and "coalition" in text[h.start : h.end].lower()
            for h in found
        ):
            # an alliance of armed groups is a coalition too ("the Viv
            # Ansanm alliance ... The coalition, led by Jimmy Cherizier"),
            # where no international coalition is named ("the Northern
            # Alliance" beside "the US-led coalition")
            return g
    return None


#: How the generic nouns of a criminal gang end ("the gang", "gang members").
_GANG_TAILS: Final = ("gang", "gangs", "cartel", "cartels", "gangsters")

#: The words that open :data:`_LINKED_TO_RE` (one C test rules out most mentions).
_LINKED_TO_HEADS: Final = (
    "linked ",
    "loyal ",
    "tied ",
    "affiliated ",
    "allied ",
    "aligned ",
)
#: A generic armed mention said to be linked to the group named right after
#: it: "gunmen linked to the ", "militants loyal to ".
_LINKED_TO_RE: Final = lazy(
    globals(),
    "_LINKED_TO_RE",
    r"[ ](?:linked|loyal|tied|affiliated|allied|aligned)[ ](?:to|with)[ \t\xa0]++"
    r"(?:the[ \t\xa0]++)?+\Z",
)


#: A backer's suffix and a government noun after a generic military
#: mention: "the army|-backed government", "the military|-led administration".
_BACKED_GOVERNMENT_RE: Final = lazy(
    globals(),
    "_BACKED_GOVERNMENT_RE",
    r"-(?:backed|aligned|allied|led|supported|dominated|controlled|installed)[ \t\xa0]++"
    r"(?:government|authorities|administration|cabinet)(?!\p{L})",
)


#: A possessive's "'s" as written, which no mention ends with.
_POSSESSIVE_TAILS: Final = ("'s", "’s", "'S", "’S")


#: The generic aircraft of the "junta" class with no "junta" in them (lower case).
_BARE_AIRCRAFT: Final = frozenset(
    ["jet", "jets", "fighter jet", "fighter jets", "warplane", "warplanes"]
)


def _bare_aircraft(text: str, f: _Found) -> bool:
    """Whether *f* is a generic "jets" or "warplanes" (an article perhaps before it)."""
    if f.generic != "junta":
        return False
    low = text[f.start : f.end].lower()
    return (low[4:] if low.startswith("the ") else low) in _BARE_AIRCRAFT


#: The possessives of :func:`_after_possessive`, as written.
_POSSESSIVES: Final = (
    "its ",
    "Its ",
    "ITS ",
    "their ",
    "Their ",
    "THEIR ",
    "whose ",
    "WHOSE ",
)


#: The forces "its" names, as :func:`_possessed_forces` reads them.
_POSSESSED_FORCES: Final = (
    "its forces",
    "its air force",
    "its army",
    "its navy",
    "its armed forces",
)


def _possessed_forces(folded: str, found: list[_Found]) -> None:
    """
    Add the bare "forces" after "its" ("the army said its forces
    killed six militants") as a generic military mention, which the
    possessive's owner or the sentence's state resolves (alone, "forces" is
    too common a word: "joined forces", "market forces"); so too "its air
    force", "its army", "its navy" ("Burkina Faso's junta said its air force
    had killed dozens"), which the generic table reads only after "the".
    (In place.)
    """
    added = False
    for (
        owner
    ) in _POSSESSED_FORCES:  # ("their forces" may be two sides': "merge their forces")
        at = folded.find(owner)
        while at >= 0:
            end = at + len(owner)
            start = at + 4
            if (
                (at == 0 or not folded[at - 1].isalnum())
                and not folded[end : end + 1].isalnum()
                and not any(f.start < end and start < f.end for f in found)
            ):
                item = _Found(start, end)
                item.generic = "military"
                found.append(item)
                added = True
            at = folded.find(owner, end)
    if added:
        found.sort(key=lambda f: f.start)


def _after_its(text: str, start: int) -> bool:
    """Whether the mention at *start* follows the possessive "its" ("its forces")."""
    return (
        start >= 4
        and text[start - 4 : start].lower() == "its "
        and (start == 4 or not text[start - 5].isalnum())
    )


#: Compass words: a first-level region named only by them ("West" in
#: Cameroon, "Central" in Ghana) is no region a name or a sentence gives.
_COMPASS: Final = frozenset(
    ["north", "south", "east", "west", "central", "centre", "center", "northern",
     "southern", "eastern", "western", "upper", "lower", "far", "north west", "north east",
     "south west", "south east"]
)  # fmt: skip


def _plain_words(text: str) -> list[str]:
    """The words of *text* without the punctuation around them and a possessive "'s"."""
    words = [w.strip('.,;:!?"()[]') for w in text.split()]
    return [w[:-2] if w.endswith(("'s", "\u2019s", "'S")) else w for w in words]


def _regions_named(text: str, country: str | None, shouting: bool) -> frozenset[str]:
    """
    The ISO 3166-2 codes of the first-level regions of *country* that
    *text* names: runs of up to three words that begin with a capital
    (any word in shouted copy), looked up among the subdivision names.
    """
    if not country:
        return frozenset()
    from conflictparse.parsers.places._tables import admin1_names

    table = admin1_names()
    prefix = country + "-"
    words = _plain_words(text)
    out: set[str] = set()
    for k, word in enumerate(words):
        if not word or not (shouting or word[:1].isupper()):
            continue
        for j in range(k + 1, min(len(words), k + 3) + 1):
            key = " ".join(fold(" ".join(words[k:j])).split())
            if key in _COMPASS:
                continue
            codes = table.get(key)
            if codes:
                out.update(c for c in codes if c.startswith(prefix))
    return frozenset(out)


@functools.cache
def _country_name(code: str) -> str | None:
    try:
        from conflictparse.parsers.places import country_name
    except ImportError:  # pragma: no cover - the places family is part of the package
        return code
    return country_name(code)


def _country_code(name: str) -> str | None:
    """The alpha-2 code of a country name ("US", "Pakistan"), else ``None``."""
    from conflictparse.parsers.places._tables import country_names

    return country_names().get(" ".join(fold(name).replace(".", "").split()))


def _is_country(name: str) -> bool:
    """Whether *name* is a country's name (not a capital's)."""
    from conflictparse.parsers.places._tables import country_names

    return " ".join(name.lower().replace(".", "").split()) in country_names()


#: The words of a name (:data:`_NAME` joins them by spaces, tabs or no-break spaces).
_RUN_RE: Final = lazy(globals(), "_RUN_RE", r"[^ \t\xa0]++")


def _place_country(name: str) -> tuple[int, str] | None:
    """``(offset of the place in name, alpha2)`` for a capital or country name."""
    try:
        from conflictparse.parsers.places import capital_country
        from conflictparse.parsers.places._tables import country_names
    except ImportError:  # pragma: no cover
        return None
    runs = [(m.start(), m.group()) for m in _RUN_RE.finditer(name)]
    for k, (offset, _word) in enumerate(runs):
        candidate = " ".join(w for _, w in runs[k:])
        code = capital_country(candidate) or country_names().get(
            " ".join(candidate.lower().replace(".", "").split())
        )
        if code:
            if k:
                # "Port Sudan said": a town whose name ends in its
                # country's is the town (its seat of government), not a
                # country named inside it; one of another country no government
                town = _town_ending_in(runs[:k], candidate)
                if town is not None:
                    return (town[0], code) if town[1] == code else None
            return offset, code
    return None


def _town_ending_in(
    before: list[tuple[int, str]], country: str
) -> tuple[int, str | None] | None:
    """
    ``(offset, alpha2)`` of the longest town name made of the last words of
    *before* and the country name *country* ("Port" + "Sudan"), else ``None``.
    """
    from conflictparse.parsers.places import resolve_name

    for j, (offset, _word) in enumerate(before):
        place = resolve_name(" ".join([*(w for _, w in before[j:]), country]))
        if place is not None and place.kind in ("city", "town"):
            return offset, place.country
    return None


def _seat_country(name: str) -> tuple[int, str] | None:
    """
    ``(offset of the place in name, alpha2)`` for a capital, a country or
    any town the gazetteer knows: the place an apposition of
    :data:`_SEAT_RE` calls a seat of government ("Port Sudan", no national
    capital), the longest run of *name*'s last words that is one.
    """
    try:
        from conflictparse.parsers.places import resolve_name
    except ImportError:  # pragma: no cover
        return None
    runs = [(m.start(), m.group()) for m in _RUN_RE.finditer(name)]
    for k, (offset, _word) in enumerate(runs):
        place = resolve_name(" ".join(w for _, w in runs[k:]))
        if place is not None and place.country:
            return offset, place.country
    return None


def _seat_matches(text: str) -> Iterator[regex.Match[str]]:
    """
    The matches of :data:`_SEAT_RE`, looked for only before the commas that
    open an apposition ("Port Sudan, the ..."): the pattern is run from the
    start of the name words before each.
    """
    at = text.find(", ")
    while at >= 0:
        nxt = text[at + 2 : at + 8]
        if (
            nxt.startswith(("the ", "its ", "where ", "now "))
            and text[at - 1 : at].isalpha()
        ):
            lo = max(0, at - 60)
            m = _SEAT_NAME_RE.search(text, lo, at, timeout=REGEX_TIMEOUT)
            if m is not None:
                full = _SEAT_RE.match(
                    text, m.start(), min(len(text), at + 200), timeout=REGEX_TIMEOUT
                )
                if full is not None:
                    yield full
        at = text.find(", ", at + 2)


#: The name right before a comma, as :data:`_SEAT_RE` reads it.
_SEAT_NAME_RE: Final = lazy(
    globals(), "_SEAT_NAME_RE", r"(?<![\p{L}\-'’])" + _NAME + r"\Z"
)


#: What joins a state's forces to the international force named right after
#: them, whose national contingent they are: "Kenyan personnel of the Gang
#: Suppression Force", "Burundian troops serving with AUSSOM".
_CONTINGENT_OF_RE: Final = lazy(
    globals(),
    "_CONTINGENT_OF_RE",
    r"""[ \t\xa0]++(?:(?:serving|deployed|operating)[ \t\xa0]++(?:with|in|under)
    |attached[ \t\xa0]++to|of|in|within|under)[ \t\xa0]++(?:the[ \t\xa0]++)?+\Z""",
    regex.VERBOSE,
)


#: A demonym and a noun of a force's members that the dictionary does not
#: read alone ("Kenyan officers", "the Salvadoran contingent"), up to the
#: words of :data:`_CONTINGENT_OF_RE` before an international force.
_CONTINGENT_MEMBERS_RE: Final = lazy(
    globals(),
    "_CONTINGENT_MEMBERS_RE",
    r"(?<![\p{L}\-'’.])(?P<d>\p{Lu}\p{Ll}++)[ ](?:officers|officer|contingent"
    r"|contingents|members|member)[ \t\xa0]++(?:(?:serving|deployed|operating)"
    r"[ \t\xa0]++(?:with|in|under)|attached[ \t\xa0]++to|of|in|within|under)"
    r"[ \t\xa0]++(?:the[ \t\xa0]++)?+\Z",
)


def _contingents(text: str, found: list[_Found]) -> None:
    """
    A named state force of one country right before an international force
    of another that it serves in ("Kenyan personnel of the Gang Suppression
    Force", "Kenyan troops serving with AUSSOM") is that force's contingent:
    the force's mention, as conflict data codes the mission's acts.  (In place.)
    """
    for k in range(len(found) - 1):
        f, force = found[k], found[k + 1]
        if (
            force.kind == "external"
            and force.generic is None
            and force.canonical is not None
            and f.kind == "state"
            and f.generic is None
            and not f.metonymy
            and f.country is not None
            and f.country != force.country
            and f.actor is not None
            and f.start >= 0
            and 0 < force.start - f.end <= 40
            and _CONTINGENT_OF_RE.match(text, f.end, force.start, timeout=REGEX_TIMEOUT)
        ):
            _take(force, f)
            f.confidence = 0.8
            f.reason = "a national contingent of the international force named after it"
    # a demonym and a noun of members that the dictionary reads as no force
    # ("Kenyan officers of the MSS": officers may be a police's or an
    # army's), right before the international force: its contingent too
    added = False
    for force in list(found):
        if (
            force.kind != "external"
            or force.generic is not None
            or force.canonical is None
            or force.start < 12
        ):
            continue
        window = text[max(0, force.start - 60) : force.start]
        if (
            "officer" not in window
            and "ontingent" not in window
            and "member" not in window
        ):
            continue  # (no noun of the pattern: no scan)
        m = _CONTINGENT_MEMBERS_RE.search(
            text, max(0, force.start - 60), force.start, timeout=REGEX_TIMEOUT
        )
        if m is None:
            continue
        codes = demonym_countries().get(fold(m.group("d")))
        if not codes or force.country in codes:
            continue
        start = m.start()
        end = text.index(" ", m.end("d") + 1)  # (the demonym and its noun)
        if any(f.start < end and start < f.end for f in found):
            continue
        item = _Found(start, end)
        _take(force, item)
        item.confidence = 0.8
        item.reason = "a national contingent of the international force named after it"
        found.append(item)
        added = True
    if added:
        found.sort(key=lambda f: f.start)


#: The provenances the parser gave, by ``(confidence, reason)``, shared by
#: every story (bounded, though the parser's pairs are a few fixed ones).
_PROVENANCES: Final[dict[tuple[float, str | None], Provenance]] = {}
_PROVENANCES_KEPT: Final = 64


class ActorParser:
    """
    The default actors parser.

    It finds the aliases of a dictionary (the shipped one by default) in the
    text, longest match first, ignoring case, diacritics, hyphens and
    apostrophes; picks the actor valid on the publication date; adopts
    acronyms the text defines ("... of Uzbekistan (IMU)"); reads a capital
    or country that stands for its government ("Kabul said"); and resolves
    generic mentions ("the militants") to the most salient fitting actor.

    >>> import datetime
    >>> from conflictparse import Document
    >>> from conflictparse.context import Context
    >>> doc = Document(text="Afghan troops killed 12 Taliban fighters, the army said.",
    ...                context=Context(published=datetime.date(2016, 1, 10)))
    >>> [(m.text, m.canonical) for m in ActorParser()(doc)]
    [('Afghan troops', 'Military Forces of Afghanistan'), ('Taliban fighters', 'Taliban'), ('the army', 'Military Forces of Afghanistan')]

    Args:
        dictionary: the actors to find; the shipped dictionary when ``None``.
        generic: also resolve generic mentions ("the insurgents").
        metonymy: also read capitals and countries standing for governments.

    Raises:
        PluginValidationError: *dictionary* is not an
            :class:`ActorDictionary` (it is also a ``TypeError``).

    .. versionadded:: 0.1.0
    """

    __slots__ = ("_compiled", "generic", "metonymy")

    def __init__(
        self,
        *,
        dictionary: ActorDictionary | None = None,
        generic: bool = True,
        metonymy: bool = True,
    ) -> None:
        if dictionary is not None and not isinstance(dictionary, ActorDictionary):
            raise PluginValidationError(
                f"dictionary must be an ActorDictionary, got {type(dictionary).__name__}",
                plugin=dictionary,
                family="actors",
            )
        self._compiled = None if dictionary is None else _Compiled(dictionary.actors)
        self.generic = generic
        self.metonymy = metonymy

    def __getstate__(self) -> tuple[_Compiled | None, bool, bool]:
        return (self._compiled, self.generic, self.metonymy)

    def __setstate__(self, state: tuple[_Compiled | None, bool, bool]) -> None:
        self._compiled, self.generic, self.metonymy = state

    def __call__(self, doc: Document) -> tuple[ActorMention, ...]:
        compiled = self._compiled or _default_compiled()
        out: list[ActorMention] = []
        # Provenance is frozen: one instance per (confidence, reason) is
        # shared, by every story (the parser gives a few fixed pairs).
        provenances = _PROVENANCES
        parents = compiled.parents
        text = doc.text
        for f in compiled.parse(doc, generic=self.generic, metonymy=self.metonymy):
            parent = parents[f.actor] if f.actor is not None else None
            provenance = provenances.get((f.confidence, f.reason))
            if provenance is None:
                provenance = Provenance(confidence=f.confidence, reason=f.reason)
                if len(provenances) < _PROVENANCES_KEPT:
                    provenances[(f.confidence, f.reason)] = provenance
            out.append(
                _new_mention(
                    text=text[f.start : f.end],
                    span=_new_span(start=f.start, end=f.end),
                    provenance=provenance,
                    canonical=f.canonical,
                    kind=f.kind,
                    country=f.country,
                    generic=f.generic is not None,
                    metonymy=f.metonymy,
                    parent=parent,
                )
            )
        return tuple(out)


def alias_list(actors: Sequence[Actor]) -> list[tuple[str, Target, int | None]]:
    """
    The ``(alias, target, flags)`` items the index of *actors* is built from:
    each actor's canonical name and aliases, and the generic phrases, with
    and without "the".

    >>> a = Actor(id="aa", canonical="Arakan Army", kind="rebel", aliases=("AA",))
    >>> alias_list([a])[:2]
    [('Arakan Army', 0, None), ('AA', 0, None)]
    """
    aliases: list[tuple[str, Target, int | None]] = []
    for pos, actor in enumerate(actors):
        aliases.append((actor.canonical, pos, None))
        aliases.extend((alias, pos, None) for alias in actor.aliases)
    for phrase, cls in generic_phrases():
        aliases.append((phrase, f"g:{cls}", 0))
        if phrase.split()[0] != "the":
            aliases.append(("the " + phrase, f"g:{cls}", 0))
    return aliases


@functools.cache
def _default_compiled() -> _Compiled:
    """The shipped dictionary, compiled: read precomputed when the stored form is current."""
    try:
        text = read_text("actors_index.tsv")
    except DataError:  # not shipped (a trimmed install): build it
        text = ""
    stored = load_stored(text, source_digest()) if text else None
    if stored is not None:
        actors, index = stored
        return _Compiled(actors, index=index)
    return _Compiled(default_dictionary().actors)
