"""
The default dates parser: detection by :mod:`._patterns`, normalisation
by :mod:`._calendar`; all-digit dates such as ``10/01/2016`` are read day
first, as ``dateparser`` reads them with ``DATE_ORDER="DMY"``, without
loading it.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable
from typing import Any, Final, cast

import regex

from conflictparse import _text
from conflictparse._document import Document
from conflictparse._text import REGEX_TIMEOUT
from conflictparse.parsers.dateline import two_digit_year
from conflictparse.parsers.dates import _calendar as cal
from conflictparse.parsers.dates import _patterns as pat
from conflictparse.results import DateMention, Provenance, Span, _trusted_builder

__all__ = ["DateParser", "scan"]

_Period = cal.Period

_PARTS: Final = {
    "early": "early", "mid": "mid", "middle": "mid", "late": "late",
    "end": "end", "close": "end", "beginning": "start", "start": "start",
}  # fmt: skip
_REL_STEP: Final = {
    "last": -1, "past": -1, "latest": -1, "this": 0, "current": 0, "next": 1,
    "coming": 1,
}  # fmt: skip
_DURATION_UNIT: Final = {
    "day": "D", "week": "W", "month": "M", "year": "Y", "decade": "Y",
    "centurie": "Y", "century": "Y", "hour": "H", "minute": "M",
}  # fmt: skip
_UNIT_SCALE: Final = {"decade": 10, "century": 100, "centurie": 100}
_REFS: Final = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF", "these days": "PRESENT_REF",
    "recently": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
    "the past": "PAST_REF", "in recent": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "coming": "FUTURE_REF",
}  # fmt: skip
_DEICTIC: Final = {
    "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
    "last night": -1, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "overnight": -1,
}  # fmt: skip
_MAY_BEFORE: regex.Pattern[str] = pat.lazy(
    globals(),
    "_MAY_BEFORE",
    r"(?<![a-z])(?:in|since|until|till|by|of|from|to|through|between|and|early|late"
    r"|mid|last|next|this|during|before|after|since|on)[\s-]++\Z",
)
_SPACE: regex.Pattern[str] = pat.lazy(globals(), "_SPACE", r"\s++")


def _squeeze(words: str) -> str:
    """
    *words* with each run of white space made one space; a single word
    (the usual case) is returned as it is, without a call to the pattern.

    >>> _squeeze("from \\n now"), _squeeze("ago")
    ('from now', 'ago')
    """
    if words.isalnum():  # no white space at all
        return words
    return _SPACE.sub(" ", words)


_PROVENANCE: Final = Provenance()  # frozen, so one instance serves every mention
# Compiled at import: these two serve a quarter of stories and nearly all; the
# rarer helper patterns are compiled on first use (:func:`._patterns.lazy`).
_FUTURE_AFTER: Final = regex.compile(r"\s*+(?:will|'ll|(?:is|are)\s++to)(?![a-z])")
#: The stems of :data:`_SCHEDULED`'s verbs, its gate (substring tests, in C).
_SCHEDULE_STEMS: Final = ("meet", "resum", "conven", "begin", "start")
#: A present-tense verb of a meeting or session set for the date right
#: after it ("the council meets Monday", "the two delegations meet
#: separately Monday", "talks resume in March"), not a noun after a
#: determiner ("the start on Monday").
_SCHEDULED: Final = regex.compile(
    r"(?<![a-z])(?<!(?:the|its|their|his|her|a)\s)(?:re)?(?:meets?|resumes?|convenes?|begins?|starts?)"
    r"(?:\s++(?:again|separately|jointly|formally|privately|officially|talks))?+"
    r"(?:\s++(?:on|in|from))?+\s*+\Z"
)
#: What follows a bare month word that is a noun after an article ("the March
#: for Life", "a great march to the capital", "the march will begin").
_BARE_MONTH_NOUN: regex.Pattern[str] = pat.lazy(
    globals(),
    "_BARE_MONTH_NOUN",
    r"\s++(?:of|for|on|against|to|from|through|will|would|was|is|began|begins|started"
    r"|starts|ended|ends|took|has|had)\s",
)
_ARTICLES: Final = frozenset({"the", "a", "an"})
#: An article, perhaps with one adjective, before such a noun ("a great ").
_NOUN_ARTICLE_BEFORE: regex.Pattern[str] = pat.lazy(
    globals(), "_NOUN_ARTICLE_BEFORE", r"(?<![a-z])(?:the|a|an)\s++(?:[a-z]++\s++)?\Z"
)
_NAMED_AFTER: Final = regex.compile(
    r"""\s*+(?:avenues?|ave\.|streets?|st\.|roads?|boulevards?|blvd|square|plaza|park|bridge
      |highway|stadium|district|neighbo(?:u)?rhood|colony|movement|front|command
      |brigade|battalion|group|commando|revolutionary)(?![a-z])""",
    regex.VERBOSE,
)
#: The first letters of the words of :data:`_NAMED_AFTER`.
_NAMED_FIRST: Final = frozenset("asrbphdncmfg")
_DEADLINE: regex.Pattern[str] = pat.lazy(
    globals(), "_DEADLINE", r"(?<![a-z])(?:by|until|till)\s++\Z"
)
#: The words :data:`_DEADLINE` ends with (a text whose right-stripped end
#: is none of them cannot match it: checked in C first).
_DEADLINE_WORDS: Final = ("by", "until", "till")
#: How a clock time before a date ends ("6 p.m.", "midnight", "0600 GMT"):
#: checked in C before :data:`_CLOCK_TAIL` is searched.
_CLOCK_ENDS: Final = (
    "a.m.", "p.m.", "a.m", "p.m", " am", " pm", " midnight", " noon", " midday", " gmt",
    " utc", " est", " edt", *(f"{d}{x}" for d in "0123456789" for x in ("am", "pm")),
)  # fmt: skip
#: The last two characters of each of :data:`_CLOCK_ENDS`: one set lookup
#: spares most texts the test of them all.
_CLOCK_LAST2: Final = frozenset(end[-2:] for end in _CLOCK_ENDS)
_CLOCK_ABBR: Final = frozenset({"a.m", "p.m"})
_CLOCK_TAIL: regex.Pattern[str] = pat.lazy(
    globals(),
    "_CLOCK_TAIL",
    r"""(?<![a-z\d])(?:\d{1,2}(?:[:.]\d\d)?\s*+(?:a\.?m\.?|p\.?m\.?)|\d{4}|midnight|noon|midday)
        (?:\s++(?:gmt|utc|est|edt))?\s*+\Z""",
    regex.VERBOSE,
)


def _without_clock(before: str) -> str:
    """
    *before* without the clock time it ends with, if any.

    >>> _without_clock("gave them until 6 p.m. "), _without_clock("until midnight gmt ")
    ('gave them until ', 'until ')
    """
    m = _CLOCK_TAIL.search(before)
    return before if m is None else before[: m.start()]


def _deadline_before(folded: str, start: int) -> bool:
    """
    Whether the date at *start* is the end of a time allowed: "until
    Friday", "till 6 p.m. Friday" (a clock time may come between); not
    "by Friday", as often the day a toll stood at ("had risen to five by
    Friday").

    >>> _deadline_before("given until 6 p.m. friday", 19), _deadline_before("rose by friday", 8)
    (True, False)
    """
    before = folded[max(0, start - 40) : start]
    stripped = before.rstrip()
    if stripped[-2:] in _CLOCK_LAST2 and stripped.endswith(_CLOCK_ENDS):
        before = _without_clock(before)
        stripped = before.rstrip()
    if stripped.endswith("until"):
        k = len(stripped) - 5
    elif stripped.endswith("till"):
        k = len(stripped) - 4
    else:
        return False
    return k == 0 or not stripped[k - 1].isalpha()  # not "untill", "distill"


#: A past verb that sets a deadline ("gave residents until Oct. 30").
_GRANT: regex.Pattern[str] = pat.lazy(
    globals(), "_GRANT", r"(?:gave|given|granted|allowed)(?![a-z])"
)
_GRANTED: Final = frozenset({"given", "granted", "allowed"})


def _granted_after(before: str, past: int) -> bool:
    """
    Whether a passive grant follows the past auxiliary ending at *past*
    ("were given until", "had been allowed until").

    >>> _granted_after("rebels were given until ", 11), _granted_after("were killed by ", 4)
    (True, False)
    """
    words = before[past:].split(None, 2)
    if words and words[0] == "been":
        words = words[1:]
    return bool(words) and words[0] in _GRANTED


#: An infinitive between a past verb and "by"/"until" ("asked them to reply by").
_INFINITIVE: regex.Pattern[str] = pat.lazy(
    globals(),
    "_INFINITIVE",
    r"""(?<![a-z])to\s++(?!(?:the|a|an|its|his|her|their|our|this|that|these|those)(?![a-z]))
        [a-z]++(?:\s++[^\s]++){0,4}?\s++(?:by|until|till)\s++\Z""",
    regex.VERBOSE,
)
#: What leads up to an event named by its day ("ahead of Sunday's vote").
_AHEAD_OF: regex.Pattern[str] = pat.lazy(
    globals(),
    "_AHEAD_OF",
    r"(?<![a-z])(?:ahead\s++of|run-?up\s++to|in\s++advance\s++of|preparations?\s++for"
    r"|in\s++preparation\s++for)\s++\Z",
)
_ARTICLE_BEFORE: regex.Pattern[str] = pat.lazy(
    globals(), "_ARTICLE_BEFORE", r"(?<![a-z])(?:the|a|an)\s++\Z"
)
_NOUN_AFTER: regex.Pattern[str] = pat.lazy(
    globals(), "_NOUN_AFTER", r" (?!(?:of|to|and|or|in|on|at|by|for)(?![a-z]))[a-z]"
)


_FOLD_PAIRS: Final = tuple(
    [(c, "'") for c in "\u2019\u2018\u02bc\u02bb`\u00b4"]
    + [(c, "-") for c in "\u2010\u2011\u2012\u2013\u2014\u2212"]
)


def quick_fold(text: str) -> str:
    """
    Lower-case *text* and unify apostrophes and dashes, keeping offsets
    (what dates need of :func:`conflictparse._text.fold`, at C speed).

    >>> quick_fold("Late October–November")
    'late october-november'
    """
    if text.isascii():
        return text.lower()
    # the apostrophes and dashes first: lower() then often gets ASCII text,
    # which it reads far faster (none of them has a case, and lower() makes
    # none of them, so the order changes nothing)
    out = text
    for char, plain in _FOLD_PAIRS:
        if char in out:
            out = out.replace(char, plain)
    out = out.lower()
    return out if len(out) == len(text) else _text.fold(text)


#: ASCII letters stay, every other byte becomes a space.
_LETTER_TABLE: Final = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_PAST_BYTES: Final = frozenset(w.encode("ascii") for w in pat.PAST_WORDS)


def _cue_words(window: str) -> list[bytes]:
    """
    The words of *window* (runs of ASCII letters) split on each space, so
    that their offsets are running lengths (two non-letters in a row leave
    an empty word between them): what :func:`_past_words` and
    :func:`_may_have_future_cue` read, made once for both.

    >>> _cue_words("was, he")
    [b'was', b'', b'he']
    """
    return window.encode("ascii", "replace").translate(_LETTER_TABLE).split(b" ")


def _past_words(folded: str, words: list[bytes] | None = None) -> list[tuple[int, int]]:
    """
    ``(start, end)`` of each past-tense cue word (:data:`._patterns.PAST_WORDS`)
    in *folded*, in order; *words* are its :func:`_cue_words` when already made.

    >>> _past_words("rebels, who attacked the town, were")
    [(12, 20), (31, 35)]
    """
    if words is None:
        words = _cue_words(folded)
    if _PAST_BYTES.isdisjoint(words):
        return []  # most windows hold none: no loop over their words
    out: list[tuple[int, int]] = []
    pos = 0
    for word in words:
        if word in _PAST_BYTES:
            out.append((pos, pos + len(word)))
        pos += len(word) + 1
    return out


#: A verb that sets a thing for a date, its object and "for", up to the
#: date: "announced elections for", "called a general strike for".
_CALLED_FOR: Final = re.compile(
    r"\b(?:announc|call|set|schedul|plann|propos|fix|declar|organi[sz]|vow)\w*"
    r"\s+(?:(?:a|an|the|new|fresh|general|presidential|legislative|parliamentary"
    r"|national|local|its|their|his|her)\s+){0,3}[a-z]+\s+for\s*\Z"
)

#: What a past cue word is no past after (:meth:`_Ctx.tense`): a passive's
#: "be" ("will be paid"), a modal or "to" before an infinitive ("will last",
#: "vowed to hit") that :data:`._patterns.PAST_WORDS` spells like a past.
_NOT_PAST_BEFORE: Final = (
    "be ",
    "will ",
    "'ll ",
    "would ",
    "shall ",
    "could ",
    "may ",
    "might ",
    "must ",
    "to ",
)

#: Words a future cue (:data:`._patterns.FUTURE_CUE`) may start with by
#: themselves, and words that start one only before "to".
_FUTURE_WORDS: Final = frozenset(
    b"will ll shall would plan plans planned planning scheduled schedule slated expected expect"
    b" expects due preparing prepare prepares upcoming intend intends tomorrow next payable"
    b" effective supposed deadline expire expires lapse lapses runs takes ends begins starts"
    b" resumes".split()
)
_BEFORE_TO: Final = frozenset(
    b"is are was were going set hope hopes aim aims agreed".split()
)


def _may_have_future_cue(before: str, words: list[bytes] | None = None) -> bool:
    """
    Whether :data:`._patterns.FUTURE_CUE` can match in *before* at all (a
    word check that spares the pattern in most sentences; true whenever
    the pattern would match); *words* are its :func:`_cue_words` when
    already made.

    >>> _may_have_future_cue("the talks, which were due to"), _may_have_future_cue("rebels took")
    (True, False)
    """
    if words is None:
        words = _cue_words(before)
    if not _FUTURE_WORDS.isdisjoint(words):
        return True
    if b"to" in words and (not _BEFORE_TO.isdisjoint(words) or b"held" in words):
        return True  # "is to", "set to", "to be held"
    if b"set" in words and b"for" in words:
        return True  # "a trial is set for June 3"
    if b"as" in words and (b"soon" in words or b"early" in words):
        return True
    # a deadline moved: the stems of the pattern's verbs, anywhere (a
    # chain of "in" tests: a generator over them costs more than the tests)
    return (
        "extend" in before
        or "postpon" in before
        or "delay" in before
        or "adjourn" in before
        or "defer" in before
    )


class _Ctx:
    """Everything a form handler needs about the document being read."""

    __slots__ = (
        "_shouting",
        "coordinated",
        "folded",
        "links",
        "published",
        "recent",
        "text",
    )

    def __init__(
        self,
        text: str,
        folded: str,
        published: _dt.date | None,
        shouting: bool | None = None,
    ) -> None:
        self.text = text
        self.folded = folded
        self.published = published
        self._shouting = shouting
        #: start of a mention -> (steps, unit, how) for expressions that
        #: count from a reference time ("a year earlier", "the next day"):
        #: how is "now" (from publication; "a year ago") or "ref" (from the
        #: date mentioned last)
        self.links: dict[int, tuple[int, str, str]] = {}
        #: spans of the last few mentions found: a tense cue inside one
        #: ("last" of "last Thursday") is that date's, not the next one's
        self.recent: list[tuple[int, int]] = []
        #: whether a month or day without a year was told before a word
        #: that may coordinate it with the next ("April and May 2021"):
        #: only then are years shared (_shared_years)
        self.coordinated = False

    def _in_recent(self, pos: int) -> bool:
        """Whether *pos* lies inside one of the last few mentions found."""
        return any(a <= pos < b for a, b in self.recent[-3:])

    @property
    def shouting(self) -> bool:
        """
        Whether the text is ALL-CAPS wire copy: the document's own answer
        when given, else :func:`conflictparse._text.is_shouting` on first use.
        """
        if self._shouting is None:
            self._shouting = _text.is_shouting(self.text)
        return self._shouting

    def capitalised(self, pos: int) -> bool:
        """Whether the word at *pos* is capitalised (always true in ALL-CAPS copy)."""
        return self.text[pos].isupper() or self.shouting

    def sentence(self, pos: int) -> tuple[int, int]:
        """
        The sentence around *pos*, roughly (a full stop or blank line within
        200 characters ends it); enough to find tense cues.
        """
        t = self.text
        lo, hi = max(0, pos - 200), min(len(t), pos + 200)
        start = max(t.rfind(". ", lo, pos), t.rfind("? ", lo, pos), t.rfind("! ", lo, pos),
                    t.rfind("\n\n", lo, pos), t.rfind(".\n", lo, pos))  # fmt: skip
        ends = [i for i in (t.find(". ", pos, hi), t.find("\n\n", pos, hi)) if i >= 0]
        return (lo if start < 0 else start + 2), (min(ends) if ends else hi)

    def _cue_start(self, start: int) -> int:
        """
        ``max(sentence(start)[0], start - 80)``, where :meth:`tense` reads
        its cue words from, found in the 81 characters before *start* (a
        sentence start further back changes nothing).

        >>> ctx = _Ctx("Talks ended. On 3 May rebels left.", "", None)
        >>> ctx._cue_start(13), max(ctx.sentence(13)[0], 13 - 80)
        (13, 13)
        """
        lo = start - 81 if start > 81 else 0
        w = self.text[lo:start]
        # one slice, and a search for "? ", "! " or a line break only where
        # the window holds one ("in" costs a fraction of a search's call)
        cut = w.rfind(". ")
        if (
            cut >= 3
            and w[cut - 1] in "mM"
            and w[cut - 3 : cut].lower() in _CLOCK_ABBR
            and w[cut + 2 :].strip() in ("", "on", "On")
        ):
            # "until 6 p.m. Friday", "at 10 a.m. on Thursday": a clock
            # time right before the date ends no sentence
            cut = w.rfind(". ", 0, cut - 3)
        if "?" in w:
            cut = max(cut, w.rfind("? "))
        if "!" in w:
            cut = max(cut, w.rfind("! "))
        if "\n" in w:
            cut = max(cut, w.rfind("\n\n"), w.rfind(".\n"))
        return max(0, start - 80) if cut < 0 else lo + cut + 2

    def _cue_end(self, start: int, end: int) -> int:
        """
        ``sentence(start)[1]`` where it is below ``end + 40``, else a number
        at least that big: where :meth:`tense` stops reading after *end*,
        found in the 41 characters after *end*.

        >>> ctx = _Ctx("On 3 May rebels left. Talks", "", None)
        >>> ctx._cue_end(0, 8), ctx.sentence(0)[1]
        (20, 20)
        """
        t = self.text
        hi = min(len(t), start + 200, end + 41)
        stop = t.find(". ", start, hi)
        blank = t.find("\n\n", start, hi)
        if stop < 0 or 0 <= blank < stop:
            stop = blank
        return hi if stop < 0 else stop

    def tense(self, start: int, end: int) -> str | None:
        """
        ``"future"``, ``"past"`` or ``None`` (no cue) for the words before
        ``[start, end)`` in its sentence: the cue nearest the date decides.
        """
        b0 = self._cue_start(start)
        before = self.folded[b0:start]
        if self.folded.startswith("'s", end):
            # "Wednesday's ruling": an event already named, unless the story
            # leads up to it ("ahead of Sunday's election")
            if before.rstrip().endswith(("of", "to", "for")) and _AHEAD_OF.search(before):
                return "future"
            return "past"
        # (str.rstrip strips every character "\s" matches, and more)
        stripped = before.rstrip()
        if (
            stripped.endswith(("the", "a", "an"))  # what the pattern needs, in C first
            and _ARTICLE_BEFORE.search(before)
            and _NOUN_AFTER.match(self.folded, end)
        ):
            # "the Aug. 7 bombings", "the Jan. 14 deadline": no tense, unless
            # a past verb takes the noun ("supervised a 21 October attack")
            verb = stripped[: stripped.rfind(" ")].rstrip()
            verb = verb[verb.rfind(" ") + 1 :]
            if verb in pat.PAST_WORDS or pat.PAST_ED.fullmatch(verb):
                return "past"
            return None
        if stripped.endswith(" for") and _CALLED_FOR.search(before):
            # "announced elections for December", "called a strike for
            # Monday": the day set for what the verb called, ahead of it
            return "future"
        if any(w in before for w in _SCHEDULE_STEMS) and _SCHEDULED.search(before):
            # (<= 80 chars: no timeout) "the envoys meet separately Monday",
            # "talks resume Tuesday": a present tense of a meeting set for
            # the date, whatever past verb of saying stands before it
            return "future"
        fut = past = cue = -1
        words = _cue_words(before)
        if _may_have_future_cue(before, words):
            # (the re twin in ASCII text: a third of the cost)
            cues = pat.FUTURE_CUE_ASCII if before.isascii() else pat.FUTURE_CUE
            for m in cues.finditer(before):  # <= 80 chars: no timeout
                if not self._in_recent(b0 + m.start()):
                    fut = m.end()
        for a, z in _past_words(before, words):
            # "will be paid" is no past, nor a bare infinitive after a modal
            # or "to" ("the curfew will last from Saturday", "vowed to hit")
            if not before.endswith(_NOT_PAST_BEFORE, 0, a) and not self._in_recent(
                b0 + a
            ):
                cue, past = a, z
        near = max(0, len(before) - 30)
        # only an -ed word ending after the last past word counts, and it
        # starts after it (words do not overlap): read from there
        if past > near:
            near = past
        if "ed" in before[near:]:  # an -ed word lies there
            for m in pat.PAST_ED.finditer(before, near):  # <= 30 chars
                if m.end() > past and not before.endswith("be ", 0, m.start()):
                    cue, past = m.start(), m.end()
        if fut >= past and fut >= 0:
            return "future"  # "expected", "planned": a future cue ending in -ed
        if past >= 0:
            # "asked it to respond by Oct. 31", "gave them until March": a
            # deadline, which the verb's tense does not place; "were killed
            # by March 3", "held the town until March": a past verb's own date
            if stripped[-2:] in _CLOCK_LAST2 and stripped.endswith(_CLOCK_ENDS):
                # "gave them until 6 p.m. Friday"
                before = _without_clock(before)
                stripped = before.rstrip()
            deadline = (
                stripped.endswith(_DEADLINE_WORDS)  # what the pattern needs, in C first
                and _DEADLINE.search(before)
            ) and (
                _GRANT.match(before, cue)
                or _INFINITIVE.search(before, past)
                or _granted_after(before, past)  # "were given until"
            )
            return None if deadline else "past"
        # where the sentence ends, needed from here on only
        s1 = self._cue_end(start, end)
        if _FUTURE_AFTER.match(self.folded[end : min(end + 25, max(s1, end))]):
            return "future"
        if len(before.split()) > 1:
            # "Fighting in January killed 80 people", "Violence in Catatumbo
            # in January left 80 dead": a subject's own past verb right after
            # its date (an adverb between: "in March also killed")
            after = self.folded[end : min(end + 30, max(s1, end))].split(None, 3)[:2]
            if after and (after[0].endswith("ly") or after[0] == "also"):
                after = after[1:]
            if after and (
                (after[0] in pat.PAST_WORDS and after[0] not in ("last", "since", "ago"))
                or pat.PAST_ED.fullmatch(after[0]) is not None
            ):
                return "past"
            return None
        # a date that opens its sentence: its verb follows ("In January, X bought")
        later = self.folded[end : min(end + 40, max(s1, end))]
        if _past_words(later):
            return "past"
        return None

    def future(self, start: int, end: int) -> bool:
        """Whether the words around ``[start, end)`` put it in the future."""
        return self.tense(start, end) == "future"


# -- helpers ----------------------------------------------------------------


#: Builders of the result types (keyword arguments only): the checks and
#: errors of ``DateMention(...)`` / ``Span(...)`` with fewer instructions.
_new_mention: Final = _trusted_builder(DateMention)
_new_span: Final = _trusted_builder(Span)


def _changed(
    m: DateMention,
    value: str | None,
    precision: str | None,
    earliest: _dt.date | None,
    latest: _dt.date | None,
    relative: bool,
) -> DateMention:
    """*m* with a new period (``attrs.evolve`` of those fields, built cheaper)."""
    return _new_mention(
        text=m.text, span=m.span, provenance=m.provenance, value=value, precision=precision,
        earliest=earliest, latest=latest, kind=m.kind, relative=relative, duration=m.duration,
    )  # fmt: skip


def _mention(
    ctx: _Ctx,
    start: int,
    end: int,
    period: _Period | None,
    *,
    kind: str = "date",
    relative: bool = False,
    precision: str | None = None,
    duration: str | None = None,
    value: str | None = None,
) -> DateMention:
    """
    The mention ``text[start:end]``, built with the results' builders
    (checked like ``DateMention(...)``, with fewer instructions).

    >>> ctx = _Ctx("Rebels took it on 3 May 2015.", "rebels took it on 3 may 2015.", None)
    >>> m = _mention(ctx, 15, 28, cal.day(_dt.date(2015, 5, 3)))
    >>> m == DateMention(text="on 3 May 2015", span=Span(start=15, end=28), value="2015-05-03",
    ...                  precision="day", earliest=_dt.date(2015, 5, 3), latest=_dt.date(2015, 5, 3))
    True
    """
    earliest: _dt.date | None = None
    latest: _dt.date | None = None
    if period is not None:
        value, precision, earliest, latest = (
            (value or period[0]),
            period[1],
            period[2],
            period[3],
        )
    return _new_mention(
        text=ctx.text[start:end], span=_new_span(start=start, end=end), provenance=_PROVENANCE,
        value=value, precision=precision, earliest=earliest, latest=latest, kind=kind,
        relative=relative, duration=duration,
    )  # fmt: skip


def _month_number(word: str) -> int:
    return pat.MONTHS[word[:3]]


def _number(word: str) -> int | None:
    w = _squeeze(word)
    if w.isdigit():
        return int(w)
    if w in pat.NUMBER_WORDS:
        return pat.NUMBER_WORDS[w]
    return _text.parse_number(w)


def _safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _year_for(
    published: _dt.date, month: int, day: int | None, *, tense: str | None
) -> int:
    """
    The year of a month (and day) written without one, seen from
    *published*: the most recent one in past context, the next one in future
    context, and without a cue the next one only when it is less than half
    as far away as the most recent one (news is mostly about the past);
    *tense* ``"since"`` (the start of a running period) the most recent one.
    """
    y = published.year
    if day is None:
        back = (published.month - month) % 12
        ahead = (month - published.month) % 12
        if back == 0:
            return y
        if tense == "future" or (tense is None and 2 * ahead < back):
            return y if month > published.month else y + 1
        return y if month < published.month else y - 1
    day = min(day, 28) if month == 2 else day
    this = _safe_date(y, month, day) or _dt.date(y, month, 28)
    if this <= published:
        before, after = this, _safe_date(y + 1, month, day) or _dt.date(y + 1, month, 28)
    else:
        before, after = _safe_date(y - 1, month, day) or _dt.date(y - 1, month, 28), this
    back, ahead = (published - before).days, (after - published).days
    if back == 0:
        return before.year
    if tense == "since":
        # "killed since October 7" told on October 5: a running period
        # starts on a day gone, never one a few days ahead
        return before.year
    if tense == "future" or (tense is None and 2 * ahead < back) or ahead <= 3:
        return after.year
    return before.year


def _yy_allowed(ctx: _Ctx, m: Any, end: int) -> bool:
    """
    A bare two-digit year ending the match at *end* after a month only in
    wire style ("3 JAN 90"), on the month's line and not before a noun it
    counts: "ON 23 SEPTEMBER\n28 BODIES WERE FOUND", "ON 2 MAY 31 PEOPLE
    FLED" hold counts, not years.
    """
    if not (ctx.shouting or ctx.text[m.start("mon") : m.end("mon")].isupper()):
        return False
    if "\n" in ctx.text[end - 7 : end - 2]:  # the white space before the year
        return False
    after = ctx.folded[end : end + 24]
    first = after.lstrip()[:1]
    # the pattern only where a word, a number or a sign follows (not the
    # "(" or "," after most wire dates: checked in C first)
    return not ((first.isalnum() or first == "%") and pat.YEAR_AFTER_REJECT.match(after))


_NUMERIC_PARTS: regex.Pattern[str] = pat.lazy(globals(), "_NUMERIC_PARTS", r"\d++")


def _numeric_date(text: str, published: _dt.date | None) -> _dt.date | None:
    """
    Read an all-digit date: day first ("10/01/2016" is 10 January), month
    first only when the middle number cannot be a month ("01/13/2016"),
    year first when it has four digits ("2016/01/10"); a two-digit year
    takes the century of :func:`~conflictparse.parsers.dateline.two_digit_year`
    (nearest before publication), and both separators must be the same.
    """
    parts = _NUMERIC_PARTS.findall(text)
    if len(parts) != 3 or len(set(_NUMERIC_PARTS.split(text)[1:3])) != 1:
        return None  # "1/2.16", "1.5/2016": a fraction and a decimal, not a date
    if len(parts[0]) == 4:
        year, first, second = int(parts[0]), int(parts[1]), int(parts[2])
        month, day = (first, second) if first <= 12 else (second, first)
    else:
        day, month, year = int(parts[0]), int(parts[1]), int(parts[2])
        if month > 12:
            day, month = month, day
        if len(parts[2]) == 2:
            year = two_digit_year(year, published)
    if year < 1:
        return None
    return _safe_date(year, month, day)


# -- form handlers: (ctx, match) -> DateMention | None ----------------------

Handler = Callable[[_Ctx, Any], "DateMention | None"]


def _f_iso(ctx: _Ctx, m: Any) -> DateMention | None:
    d = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return None if d is None else _mention(ctx, m.start(), m.end(), cal.day(d))


def _f_numeric(ctx: _Ctx, m: Any) -> DateMention | None:
    d = _numeric_date(m.group(), ctx.published)
    return None if d is None else _mention(ctx, m.start(), m.end(), cal.day(d))


_DMY_GROUPS: Final = ("mon", "d", "y", "yy", "rel", "ryear")


def _day_month_year(
    ctx: _Ctx, m: Any, start: int, end: int
) -> tuple[int | None, int, int, bool, int]:
    """(year, month, day, inferred, end) of a day-month(-year) match ending at *end*."""
    mon, day, y, yy, rel, ryear = m.several(_DMY_GROUPS)
    month = _month_number(mon)
    d = int(day)
    if y:
        return int(y), month, d, False, end
    if yy:
        if _yy_allowed(ctx, m, end):
            return two_digit_year(int(yy), ctx.published), month, d, False, end
        end = m.end("mon")
    if ctx.published is None:
        return None, month, d, True, end
    pub = ctx.published
    if ryear:
        return pub.year + _REL_STEP[ryear], month, d, True, end
    tense = {"last": "past", "next": "future"}.get(rel or "")
    if tense is None and ctx.folded.endswith("since ", max(0, start - 6), start):
        tense = "since"
    elif tense is None and not _restates_deictic(ctx.folded, start):
        tense = ctx.tense(start, end)
    return _year_for(pub, month, d, tense=tense), month, d, True, end


def _restates_deictic(folded: str, start: int) -> bool:
    """
    Whether the date at *start* restates a day just named ("yesterday, 30
    March"): its year is then the nearest, whatever the tense around both
    ("was scheduled to begin yesterday, 30 March" is no coming March).

    >>> _restates_deictic("began yesterday, 30 march", 17), _restates_deictic("on 30 march", 3)
    (True, False)
    """
    if folded.find(",", max(0, start - 4), start) < 0:
        return False  # no comma just before: most dates (checked in C first)
    before = folded[max(0, start - 12) : start].rstrip()
    return before.endswith(",") and before[:-1].rstrip().endswith(
        ("yesterday", "today", "tomorrow", "tonight")
    )


def _f_day(ctx: _Ctx, m: Any) -> DateMention | None:
    start, end = m.span()
    if not ctx.capitalised(m.start("mon")):
        return None
    if not m.group("y") and _names_something(ctx.folded, start, end):
        return None
    y, month, d, inferred, end = _day_month_year(ctx, m, start, end)
    if y is None:
        return _mention(ctx, start, end, None, relative=True, precision="day")
    date = _safe_date(y, month, d)
    if date is None:
        return None
    week_of = None
    if ctx.folded.find("week", max(0, start - 16), start) >= 0:
        week_of = _WEEK_OF.search(ctx.folded, max(0, start - 16), start)
    if week_of is not None:  # "the week of March 6": that date's ISO week
        return _mention(ctx, week_of.start(), end, cal.week(date), relative=inferred)
    if inferred and ctx.folded.startswith(_COORDINATING, end):
        ctx.coordinated = True
    return _mention(ctx, start, end, cal.day(date), relative=inferred)


#: What opens and closes a quoted name ("the "9 May" Liberation Forces").
_THE_QUOTE_BEFORE: regex.Pattern[str] = pat.lazy(
    globals(), "_THE_QUOTE_BEFORE", r"(?<![a-z])the[ ]++[\"\u201c]\Z"
)
_CLOSING_QUOTES: Final = frozenset({'"', "\u201d"})
#: A day number right before a month word ("19 " of "19 April").
_DAY_BEFORE: regex.Pattern[str] = pat.lazy(
    globals(),
    "_DAY_BEFORE",
    r"(?<![\d.,:/$])\d{1,2}(?:st|nd|rd|th)?+\s{1,4}+(?:of\s{1,4}+)?\Z",
)


def _names_something(folded: str, start: int, end: int) -> bool:
    """
    Whether the day and month (no year) at ``folded[start:end]`` is part of
    a name: "9 October Avenue", "the 19 April Movement", or in quotes
    after "the" ("the "9 May" Liberation Forces", "the "22 April" choir":
    3 of the 4 quoted days in 1,300 MUC stories; the fourth, 'than "15
    December"', has no "the").

    >>> _names_something('the "9 may" forces', 5, 10), _names_something('than "9 may"', 6, 11)
    (True, False)
    >>> _names_something('the "30 june" deadline', 5, 12)
    False
    """
    c = folded[end : end + 1]
    if c == " ":
        c = folded[end + 1 : end + 2]
    return bool(
        # (the pattern's call only where one of its words may start)
        ((c in _NAMED_FIRST or c.isspace()) and _NAMED_AFTER.match(folded, end))
        or (
            folded[end : end + 1] in _CLOSING_QUOTES
            and _THE_QUOTE_BEFORE.search(folded, max(0, start - 8), start)
            and not _DATED_NOUN_AFTER.match(folded, end + 1)
        )
    )


#: Nouns after a quoted day that make it the date it names ('the "30 June"
#: deadline', 'the "15 May" agreement'), not part of a name.
_DATED_NOUN_AFTER: regex.Pattern[str] = pat.lazy(
    globals(),
    "_DATED_NOUN_AFTER",
    r"""[ ]++(?:deadline|deadlines|agreement|agreements|accord|accords|ceasefire|cease-fire
        |truce|ultimatum|elections?|vote|referendum|anniversary|date|meeting|talks|summit
        |offensive|attacks?|massacre|bombing|events?|protests?|uprising|coup|strike)\b""",
    regex.VERBOSE,
)

_WEEK_OF: regex.Pattern[str] = pat.lazy(
    globals(), "_WEEK_OF", r"(?<![a-z])(?:the\s++)?week\s++of\s++\Z"
)


def _f_dayrange(ctx: _Ctx, m: Any) -> DateMention | None:
    start, end = m.span()
    if not ctx.capitalised(m.start("mon")):
        return None
    y, month, d, inferred, end = _day_month_year(ctx, m, start, end)
    d2 = int(m.group("d2"))
    if d2 <= d:
        return None
    if y is None:
        return _mention(
            ctx, start, end, None, kind="range", relative=True, precision="day"
        )
    a, b = _safe_date(y, month, d), _safe_date(y, month, d2)
    if a is None or b is None:
        return None
    return _mention(
        ctx, start, end, (f"{a.isoformat()}/{b.isoformat()}", "day", a, b),
        kind="range", relative=inferred,
    )  # fmt: skip


#: What stands before the "the" of a day of the month named alone: "on"
#: (perhaps "on the night of"), "in the early hours of", "since", "until",
#: "by" or "from".  Without one "the 9th" is as often a rank ("was the 9th
#: in a row"); "on" is part of the mention, as before any day.
_THE_DAY_BEFORE: regex.Pattern[str] = pat.lazy(
    globals(),
    "_THE_DAY_BEFORE",
    r"""(?<![a-z])(?:on\s++(?:the\s++(?:night|morning|afternoon|evening)\s++of\s++)?
        |in\s++the\s++early\s++hours\s++of\s++|(?:since|until|till|by|from|between)\s++)
        the\s++\Z""",
    regex.VERBOSE,
)


def _f_theday(ctx: _Ctx, m: Any) -> DateMention | None:
    """
    "On the 9th", "the 28th of last month": a day of a month left unsaid,
    the latest such day not after publication (the next one in future
    context), or of the month named ("of last month"); "from the 5th to
    the 8th" is a range of days of the month its last day falls in.
    """
    end = m.end()
    lead = _THE_DAY_BEFORE.search(ctx.folded, max(0, m.start() - 40), m.start())
    if lead is None:
        return None
    # from "on", "from" or "between" when it leads, else from the "the" of the day
    start = lead.start()
    if not ctx.folded.startswith(("on", "from", "between"), start):
        start = ctx.folded.rindex("the", start, m.start())
    first, last = int(m.group("d")), m.group("d2")
    # a range of days ("from the 5th to the 8th") is placed by its last day
    d = int(last) if last else first
    if d < first or (last and d == first):
        return None
    if ctx.published is None:
        kind = "range" if last else "date"
        return _mention(ctx, start, end, None, kind=kind, relative=True, precision="day")
    pub, rel = ctx.published, m.group("rel")
    if rel:
        date = _safe_date(*cal.add_months(pub.year, pub.month, _REL_STEP[rel]), d)
    else:
        # the month it falls in: this one or the last (the next) that has the day
        tense = ctx.tense(start, end)
        step = 1 if tense == "future" else -1
        if (
            tense is None
            and d > pub.day
            and ctx.folded.startswith(("by", "until", "till"), lead.start())
        ):
            step = (
                1  # a deadline with no past verb: "must leave by the 20th", this month's
            )
        y, mo = pub.year, pub.month
        if (step < 0 and d > pub.day) or (step > 0 and d < pub.day):
            y, mo = cal.add_months(y, mo, step)
        date = _safe_date(y, mo, d)
        if date is None:  # the 31st of a month of 30 days: the one beyond
            date = _safe_date(*cal.add_months(y, mo, step), d)
    if date is None:
        return None
    if last:
        a, b = date.replace(day=first), date
        return _mention(
            ctx, start, end, (f"{a.isoformat()}/{b.isoformat()}", "day", a, b),
            kind="range", relative=True,
        )  # fmt: skip
    return _mention(ctx, start, end, cal.day(date), relative=True)


#: Part-of-month ordinals: the first, second ... or the last part (-1).
_PART_ORDINALS: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1,
}  # fmt: skip
_MONTHPART_GROUPS: Final = ("pord", "pn", "punit", "mon", "y", "rel", "mn")


def _f_monthpart(ctx: _Ctx, m: Any) -> DateMention | None:
    """
    "The first week of May", "the second half of June", "the last ten days
    of March", "the first week of last month": the month's value and
    precision (as "early May"), with the interval of those days; "of the
    month" is the current one, unless a past verb tells of another.
    """
    start, end = m.span()
    pord, pn, punit, mon, y, rel, mn = m.several(_MONTHPART_GROUPS)
    if mn:
        return _yearpart(ctx, m, pord, mn)
    if mon and not ctx.capitalised(m.start("mon")):
        return None
    k = _PART_ORDINALS[pord]
    count = _number(pn) if pn and pn != "few" else None
    if punit == "half":
        if pn or k > 2:
            return None  # "the third half", "the first two halves": no such part
        length = 15
    elif punit == "fortnight":
        length = 14
    elif punit == "days":
        if k > 1:
            return None  # "the second days of May"
        length = count or 7  # "the first days of May": about its first week
    else:
        if k > 1 and count:
            return None  # "the second two weeks"
        length = 7 * (count or 1)
    if y:
        year, month, inferred = int(y), _month_number(mon), False
    elif ctx.published is None:
        return _mention(ctx, start, end, None, relative=True, precision="month")
    elif rel == "the" and _past_words(ctx.folded[ctx._cue_start(start) : start]):
        # "fighting flared in the last week of the month": a month told
        # before, as "at the end of the month" after a past verb
        return _mention(ctx, start, end, None, kind="event_relative", precision="month")
    elif rel:
        year, month = cal.add_months(
            ctx.published.year, ctx.published.month, _REL_STEP.get(rel, 0)
        )
        inferred = True
    else:
        month, inferred = _month_number(mon), True
        year = _year_for(ctx.published, month, None, tense=ctx.tense(start, end))
    value, precision, first, last = cal.month(year, month)
    n = last.day
    if length > n:
        return None
    if k < 0:
        a, b = n - length + 1, n
    else:
        a = (k - 1) * length + 1
        b = n if punit == "half" and k == 2 else a + length - 1
        if b > n:
            return None  # "the fourth fortnight"
    period = (value, precision, first.replace(day=a), first.replace(day=b))
    return _mention(ctx, start, end, period, relative=inferred)


def _yearpart(ctx: _Ctx, m: Any, pord: str, mn: str) -> DateMention | None:
    """
    "The first nine months of 2026", "the last six months of last year":
    the year's value and precision (as "early 2026"), with the interval of
    those months; "of the year" and "of this year" are the current one.
    """
    start, end = m.span()
    k, count = _PART_ORDINALS[pord], _number(mn)
    if count is None or not 1 <= count <= 11 or (k > 1 and k * count > 12):
        return None  # "the first 13 months", "the third five months"
    y, rel = m.group("my"), m.group("yrel")
    if y:
        year, inferred = int(y), False
    elif ctx.published is None:
        return _mention(ctx, start, end, None, relative=True, precision="year")
    else:
        year, inferred = ctx.published.year + _REL_STEP.get(rel, 0), True
    first_month = 13 - count if k < 0 else (k - 1) * count + 1
    last_month = first_month + count - 1
    value, precision, _, _ = cal.year(year)
    first = _dt.date(year, first_month, 1)
    last = _dt.date(year, last_month, cal.last_day(year, last_month))
    return _mention(ctx, start, end, (value, precision, first, last), relative=inferred)


_MONTH_GROUPS: Final = ("mon", "mod", "rel", "y", "ryear")


def _f_month(ctx: _Ctx, m: Any) -> DateMention | None:
    start, end = m.span()
    mpos = m.start("mon")
    if not ctx.capitalised(mpos):
        return None
    word, mod, rel, y, ryear = m.several(_MONTH_GROUPS)
    if not y and not mod and not rel and not ryear:
        if (
            len(word) <= 4
            and not word.endswith(".")
            and word not in {"may", "june", "july"}
        ):
            return None  # "Dec" alone is too ambiguous
        if word == "may" and not _MAY_BEFORE.search(ctx.folded[max(0, mpos - 12) : mpos]):
            return None
        before = ctx.folded[max(0, mpos - 20) : mpos]
        if (
            not _ARTICLES.isdisjoint(
                before.split()[-2:]
            )  # what the patterns need, in C first
            and _NOUN_ARTICLE_BEFORE.search(before)
            and _BARE_MONTH_NOUN.match(ctx.folded, end)
        ):
            return None  # "the March for Life", "a great march to the capital"
        day = _DAY_BEFORE.search(ctx.folded, max(0, mpos - 12), mpos)
        if day is not None and _names_something(ctx.folded, day.start(), end):
            return None  # the month of a day-month name: "the 19 April Movement"
    month = _month_number(word)
    inferred = not y
    if y:
        year = int(y)
    elif ctx.published is None:
        return _mention(ctx, start, end, None, relative=True, precision="month")
    else:
        pub = ctx.published
        if rel in {"last", "past", "previous"}:
            # the month just gone is "last month": "last February" in March
            # is February of the year before
            year = pub.year if month < pub.month - 1 else pub.year - 1
        elif rel in {"next", "coming", "following"}:
            year = pub.year if month > pub.month else pub.year + 1
        elif rel in {"this", "current"}:
            year = pub.year
        elif ryear:
            year = pub.year + _REL_STEP[ryear]
        else:
            year = _year_for(pub, month, None, tense=ctx.tense(start, end))
    period = cal.month(year, month)
    if mod:
        period = cal.part_of(period, _PARTS.get(mod, ""))
    if inferred and ctx.folded.startswith(_COORDINATING, end):
        ctx.coordinated = True
    return _mention(ctx, start, end, period, relative=inferred)


#: Newspapers named after a weekday ("the Sunday Times", "the Mail on Sunday").
_NEWSPAPER_AFTER: regex.Pattern[str] = pat.lazy(
    globals(),
    "_NEWSPAPER_AFTER",
    r"[ ]++(?:times|telegraph|express|mirror|mail|herald|post|tribune|independent|observer"
    r"|star|standard)(?![a-z])",
)
_TREATY_AFTER: regex.Pattern[str] = pat.lazy(
    globals(), "_TREATY_AFTER", r"\s++(?:agreement|accords?)(?![a-z])"
)
_THE_BEFORE: regex.Pattern[str] = pat.lazy(
    globals(), "_THE_BEFORE", r"(?<![a-z])the[ ]++\Z"
)
_MAIL_ON_BEFORE: regex.Pattern[str] = pat.lazy(
    globals(), "_MAIL_ON_BEFORE", r"(?<![a-z])the[ ]++mail[ ]++on[ ]++\Z"
)


#: A surname right after a bare weekday in mixed-case copy: "the council
#: chairman, Monday Kassah, said", "Sunday Okonkwo, a trader" (Sunday,
#: Monday and Friday are first names in West Africa). Not a month, a part
#: of the day or a word that dates ("Monday Night", "Friday March 3").
_SURNAME_AFTER: regex.Pattern[str] = pat.lazy(
    globals(),
    "_SURNAME_AFTER",
    r"[ ](?!(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Morning|Afternoon"
    r"|Evening|Night|Midnight|Noon|Prayers?|Mass|Service|Times|Telegraph|Express|Mirror"
    r"|Mail|Herald|Post|Tribune|Independent|Observer|Star|Standard|Sun|Nation|Punch)\b)"
    r"\p{Lu}\p{Ll}{2,}+(?![\p{L}\d-])",
)


#: Where a name may stand before a weekday read as a first name: after a
#: comma, a title, or at the start of a sentence (mixed-case text).
_NAME_SLOT_BEFORE: regex.Pattern[str] = pat.lazy(
    globals(),
    "_NAME_SLOT_BEFORE",
    r"(?:,[ ]|(?:^|[.!?\n][ ]*+|\n)|\b(Mr|Mrs|Ms|Dr|Chief|Pastor|Alhaji|Comrade|Hon)\.?[ ]"
    # a lower-case role before a name, as wire copy writes it: "said
    # resident Sunday Audu", "farmer Monday Bako"
    r"|\b(resident|villager|farmer|herder|trader|witness|survivor|teacher|student|driver"
    r"|pastor|imam|chairman|spokesman|spokeswoman|councillor|lawmaker|vigilante|activist)[ ])\Z",
)


def _f_weekday(ctx: _Ctx, m: Any) -> DateMention | None:
    start, end = m.start(), m.end()
    if not ctx.capitalised(m.start("wd")):
        return None
    if (
        start == m.start("wd")
        and end == m.end("wd")
        and not ctx.shouting
        and (surname := _SURNAME_AFTER.match(ctx.text, end)) is not None
        and (slot := _NAME_SLOT_BEFORE.search(ctx.text, max(0, start - 24), start))
        is not None
        and (
            slot.group(1)
            or slot.group(2)
            or ctx.text[start - 2 : start] == ", "  # (a title, a role)
            or ctx.text.startswith(",", surname.end())
        )
    ):
        # "the chairman, Monday Kassah", "Sunday Okonkwo, a trader": a first
        # name, not a day ("officials said Tuesday Kenyan troops ..." stays)
        return None
    if (
        m.group("wd") == "friday"
        and ctx.folded.endswith("good ", 0, start)
        and _TREATY_AFTER.match(ctx.folded, end)
    ):
        return None  # the Good Friday Agreement, a treaty
    if m.group("wd") == "sunday" and end == m.end("wd"):
        before = ctx.folded[max(0, start - 16) : start] + ("on " if m.group("on") else "")
        if (_THE_BEFORE.search(before) and _NEWSPAPER_AFTER.match(ctx.folded, end)) or (
            _MAIL_ON_BEFORE.search(before)
            and ("Mail" in ctx.text[max(0, start - 16) : start] or ctx.shouting)
        ):
            return None  # a newspaper, not a day
    if ctx.published is None:
        return _mention(ctx, start, end, None, relative=True, precision="day")
    wd = pat.WEEKDAYS[m.group("wd")]
    rel = m.group("rel")
    pub = ctx.published
    wrel = m.group("wrel")
    if wrel:  # "on Tuesday last week": that week's Tuesday, whatever the tense
        d = pub + _dt.timedelta(days=wd - pub.weekday() + 7 * _REL_STEP[wrel])
    elif rel in {"last", "past", "previous", "latest"}:
        d = cal.weekday_near(pub - _dt.timedelta(days=1), wd, future=False)
    elif rel in {"next", "coming", "following"}:
        d = cal.weekday_near(pub, wd, future=True)
    elif rel == "this":
        d = cal.weekday_near(pub, wd, future=not _past_context(ctx, start))
        if d == pub + _dt.timedelta(days=7):
            d = pub
    elif wd == pub.weekday():
        d = pub  # "on Friday" in a Friday story is the day itself, whatever the tense
    else:
        tense = ctx.tense(start, end)
        # "gave residents until Friday", "the truce runs until Sunday": a
        # deadline a few days off is the coming one (a past verb's own
        # date, "held the town until Sunday", has the past tense)
        future = tense == "future" or (
            tense is None and _deadline_before(ctx.folded, start)
        )
        d = cal.weekday_near(pub, wd, future=future)
    return _mention(ctx, start, end, cal.day(d), relative=True)


def _f_weekend(ctx: _Ctx, m: Any) -> DateMention | None:
    start, end = m.start(), m.end()
    if ctx.published is None:
        return _mention(ctx, start, end, None, relative=True, precision="week")
    pub = ctx.published
    if pub.weekday() >= 5:
        d = pub
    elif ctx.future(start, end):
        d = pub + _dt.timedelta(days=5 - pub.weekday())
    else:
        d = pub - _dt.timedelta(days=pub.weekday() + 1)
    return _mention(ctx, start, end, cal.weekend(d), relative=True)


def _past_context(ctx: _Ctx, start: int) -> bool:
    s0, _ = ctx.sentence(start)
    return bool(pat.PAST_CUE.search(ctx.folded[max(s0, start - 40) : start]))


def _f_beforelast(ctx: _Ctx, m: Any) -> DateMention | None:
    """
    "The week before last" is the week before last week, "the night before
    last" the day before yesterday: counted from the report, as "last week"
    is, whatever the verbs around them.
    """
    start, end = m.span()
    unit = m.group("blunit")
    pub = ctx.published
    if pub is None:
        prec = "day" if unit == "night" else _unit_precision(unit)
        return _mention(ctx, start, end, None, relative=True, precision=prec)
    period: _Period
    if unit == "night":
        period = cal.day(pub - _dt.timedelta(days=2))
    elif unit == "week":
        period = cal.week(pub - _dt.timedelta(days=14))
    elif unit == "weekend":
        period = cal.weekend(pub - _dt.timedelta(days=14))
    elif unit == "month":
        period = cal.month(*cal.add_months(pub.year, pub.month, -2))
    else:
        period = cal.year(pub.year - 2)
    return _mention(ctx, start, end, period, relative=True)


def _f_deictic(ctx: _Ctx, m: Any) -> DateMention | None:
    start, end = m.span()
    key = m.group("deic")
    if key not in _DEICTIC:  # "last  night" across a line break: no pattern for most
        key = _SPACE.sub(" ", key)
    if key == "overnight" and ctx.folded.endswith(
        _ARTICLE_ENDS, max(0, start - 5), start
    ):
        return (
            None  # "an overnight raid ... last Tuesday": a kind of raid, dated elsewhere
        )
    if ctx.published is None:
        return _mention(ctx, start, end, None, relative=True, precision="day")
    d = cal.shift(ctx.published, _DEICTIC[key])
    if d is None:
        return None
    if key == "overnight":
        # the night up to the day of the report: it spans the evening before
        # and the small hours of that day (a strike at 2 a.m. is of the day)
        value = f"{d.isoformat()}/{ctx.published.isoformat()}"
        return _mention(
            ctx, start, end, (value, "day", d, ctx.published), kind="range", relative=True
        )
    return _mention(ctx, start, end, cal.day(d), relative=True)


#: An article right before "overnight" ("an overnight raid", "the overnight attack").
_ARTICLE_ENDS: Final = (" an ", " the ", " a ", "\nan ", "\nthe ")


def _duration_code(n: int | None, unit: str) -> str:
    code = _DURATION_UNIT[unit]
    count = "X" if n is None else str(n * _UNIT_SCALE.get(unit, 1))
    if unit in {"hour", "minute"}:
        return f"PT{count}{code}"
    return f"P{count}{code}"


def _period_at(d: _dt.date, unit: str) -> _Period:
    if unit == "day":
        return cal.day(d)
    if unit == "week":
        return cal.week(d)
    if unit == "month":
        return cal.month(d.year, d.month)
    return cal.year(d.year)


def _step(pub: _dt.date, n: int, unit: str) -> _dt.date | None:
    try:
        if unit == "day":
            return pub + _dt.timedelta(days=n)
        if unit == "week":
            return pub + _dt.timedelta(days=7 * n)
        months = n * {"month": 1, "year": 12, "decade": 120}.get(unit, 1200)
        y, mo = cal.add_months(pub.year, pub.month, months)
        return _dt.date(y, mo, min(pub.day, cal.last_day(y, mo)))
    except (ValueError, OverflowError):
        return None


def _f_offset(ctx: _Ctx, m: Any) -> DateMention | None:
    start, end = m.start(), m.end()
    n = _number(m.group("num"))
    unit = m.group("unit")
    direction = _squeeze(m.group("dir"))
    if unit == "fortnight":  # "a fortnight ago": two weeks
        n, unit = None if n is None else 2 * n, "week"
    if m.group("half"):
        # "a year and a half ago", "two and a half years later": counted
        # in the next smaller unit that holds the half whole ("18 months
        # ago", read at month precision); a half day or week has none
        if n is None or unit not in _HALF_UNITS:
            return None
        smaller, scale = _HALF_UNITS[unit]
        n, unit = n * scale + scale // 2, smaller
    duration = _duration_code(n, unit)
    if unit == "hour":
        # "48 hours later", "72 hours ago": whole days counted in hours step
        # days; any other count of hours stays the duration it was read as
        # alone ("12 hours later" may fall on either day)
        if n is None or n <= 0 or n % 24:
            if _squeeze(m.group("num")) in _LONE_COUNT and not _DURATION_LEAD.search(
                ctx.folded[max(0, start - 12) : start]
            ):
                return None  # "half an hour later": no count of its own
            uend = m.end("unit") + (ctx.folded[m.end("unit")] == "s")
            return _mention(ctx, start, uend, None, kind="duration", duration=duration)
        n, unit = n // 24, "day"
    if n is not None and unit in _LINK_UNITS:
        sign = 1 if direction in {"later", "after", "from now"} else -1
        if direction in {"ago", "from now"}:
            ctx.links[start] = (sign * n, unit, "now")
        elif direction not in {"before", "after"} or _ADVERB_END.match(ctx.folded, end):
            ctx.links[start] = (sign * n, unit, "ref")
    if direction not in {"ago", "from now"}:
        return _mention(
            ctx, start, end, None, kind="event_relative",
            precision=_unit_precision(unit), duration=duration,
        )  # fmt: skip
    if n is None:
        value = "PAST_REF" if direction == "ago" else "FUTURE_REF"
        return _mention(ctx, start, end, None, relative=True, value=value)
    if ctx.published is None:
        return _mention(
            ctx, start, end, None, relative=True, precision=_unit_precision(unit),
            duration=duration,
        )  # fmt: skip
    d = _step(ctx.published, -n if direction == "ago" else n, unit)
    if d is None:
        return None
    if direction == "ago":
        today = _today_after(ctx.folded, end)
        if today:  # "nine years ago today": that very day
            return _mention(ctx, start, today, cal.day(d), relative=True)
        if unit == "week":
            wd = _WEEKDAY_AFTER.match(ctx.folded, end)
            if wd:
                # "a week ago Sunday": that weekday in the week *n* weeks
                # back, the last one on or before the day *n* weeks ago
                back = (d.weekday() - pat.WEEKDAYS[wd.group(1)]) % 7
                day = d - _dt.timedelta(days=back)
                return _mention(ctx, start, wd.end(), cal.day(day), relative=True)
    return _mention(
        ctx, start, end, _period_at(d, unit), relative=True, duration=duration
    )


#: For "a year and a half" and the like: the smaller unit and how many of
#: it make the larger (a decade and a half is 15 years, a month and a half
#: six weeks).
_HALF_UNITS: Final = {"year": ("month", 12), "decade": ("year", 10), "month": ("week", 4)}


#: A weekday right after "a week ago" ("a week ago Sunday"), not one that
#: names something ("a week ago Sunday's vote" is still that Sunday).
_WEEKDAY_AFTER: regex.Pattern[str] = pat.lazy(
    globals(),
    "_WEEKDAY_AFTER",
    r"[ \t]{1,4}+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])",
)


def _today_after(folded: str, end: int) -> int:
    """
    Where "today" ends when it follows *end* after a space ("two years ago
    today"), else 0.

    >>> _today_after("a year ago today, rebels", 10), _today_after("a year ago todays", 10)
    (16, 0)
    """
    rest = folded[end : end + 12]
    word = rest.lstrip()
    gap = len(rest) - len(word)
    if 1 <= gap <= 4 and word.startswith("today") and not word[5:6].isalpha():
        return end + gap + 5
    return 0


def _unit_precision(unit: str) -> str:
    if unit in {"morning", "afternoon", "evening", "night", "day", "before", "after"}:
        return "day"
    if unit.startswith("week"):
        return "week"
    if unit in {"month", "year", "decade"}:
        return unit
    if unit in {"century", "centurie"}:
        return "century"
    return "year"


def _season_year(pub: _dt.date, code: str) -> int:
    """The season-year of *code* in the year of *pub* (winter runs into the new year)."""
    return pub.year + 1 if code == "WI" and pub.month == 12 else pub.year


def _relative_season(pub: _dt.date, code: str, step: int) -> _Period:
    y = _season_year(pub, code)
    if step < 0:
        while cal.season(y, code)[3] >= pub:
            y -= 1
    elif step > 0:
        while cal.season(y, code)[2] <= pub:
            y += 1
    return cal.season(y, code)


def _clip(period: _Period, mod: str | None, pub: _dt.date) -> _Period:
    if not mod:
        return period
    value, precision, first, last = period
    if mod in {"earlier", "later"}:
        if first <= pub <= last:
            return (value, precision, first, pub) if mod == "earlier" else (
                value, precision, pub, last)  # fmt: skip
        mod = "early" if mod == "earlier" else "late"
    return cal.part_of(period, _PARTS.get(mod, ""))


#: "since (the)" right before "the start of the year".
_SINCE_THE: regex.Pattern[str] = pat.lazy(
    globals(), "_SINCE_THE", r"(?<![a-z])since\s++(?:the\s++)?\Z"
)


def _up_to_report(
    ctx: _Ctx, start: int, end: int, first: _dt.date, pub: _dt.date
) -> DateMention:
    """The mention ``[start, end)`` as the days from *first* up to *pub*, the report's day."""
    return _mention(
        ctx, start, end, (f"{first.isoformat()}/{pub.isoformat()}", "day", first, pub),
        kind="range", relative=True,
    )  # fmt: skip


def _f_relper(ctx: _Ctx, m: Any) -> DateMention | None:
    start, end = m.start(), m.end()
    rel, unit, mod = m.group("rel"), m.group("unit"), m.group("mod")
    if rel in {"previous", "following"}:
        if unit in _LINK_UNITS:
            ctx.links[start] = (_EVENTREL_STEP[rel], unit, "ref")
        return _mention(
            ctx, start, end, None, kind="event_relative", precision=_unit_precision(unit)
        )
    if unit == "day":
        # "over the past day": the day up to the report, as "the past 24
        # hours" (the pattern reads "day" only after "past")
        if ctx.published is None:
            return _mention(ctx, start, end, None, kind="duration", duration="P1D")
        pub = ctx.published
        return _up_to_report(ctx, start, end, pub - _dt.timedelta(days=1), pub)
    if unit == "fortnight":
        if (
            rel in {"past", "last", "previous"}
            and not mod
            and ctx.published is not None
            and _SPAN_UP_TO_NOW.search(ctx.folded, max(0, start - 16), start) is not None
        ):
            # "over the past fortnight": the fourteen days up to the report,
            # as "over the past two weeks"
            pub = ctx.published
            return _up_to_report(ctx, start, end, pub - _dt.timedelta(days=14), pub)
        # "the next fortnight": two weeks, no calendar period of its own
        return _mention(ctx, start, end, None, kind="duration", duration="P2W")
    if (
        rel == "past"
        and not mod
        and unit in ("week", "month")
        and ctx.published is not None
        and _SPAN_UP_TO_NOW.search(ctx.folded, max(0, start - 16), start) is not None
    ):
        # "killed in the past week", "over the past month": the days up to
        # the report, as "in the past seven days" (a calendar week or month
        # before this one would leave out the days that matter most)
        pub = ctx.published
        if unit == "week":
            first = pub - _dt.timedelta(days=7)
        else:
            y, mo = cal.add_months(pub.year, pub.month, -1)
            first = _dt.date(y, mo, min(pub.day, cal.last_day(y, mo)))
        return _up_to_report(ctx, start, end, first, pub)
    if rel == "past" and not mod and unit in _UNIT_SCALE:
        # "over the past decade": the ten years up to now, not the 2010s
        # (TimeML's P10Y; "the last decade" is the decade before this one)
        return _mention(
            ctx, start, end, None, kind="duration", duration=_duration_code(1, unit)
        )
    if rel == "the":
        # "until the end of the month": the current one, unless a past verb
        # tells of another ("the town fell at the end of the month"); an
        # -ed word alone is as often an adjective ("stay closed until")
        # ("earlier in the year" is this year's first part, past verb or
        # not: "delayed earlier in the year"; "later in the year" after a
        # past verb tells a past story's year, as "the end of the month")
        # ("since the start of the year" counts up to now: the current one,
        # whatever the verbs before "since")
        before = ctx.folded[ctx._cue_start(start) : start]
        if (
            ctx.published is not None
            and mod != "earlier"
            and _past_words(before)
            and not ("since" in before and _SINCE_THE.search(before))
            # a future cue nearer than the past verb ("had been suspended
            # and would not resume before the end of the month"): the current one
            and ctx.tense(start, end) != "future"
        ):
            return _mention(
                ctx,
                start,
                end,
                None,
                kind="event_relative",
                precision=_unit_precision(unit),
            )
        rel = "this"
    step = _REL_STEP[rel]
    code = pat.SEASONS.get(unit)
    if ctx.published is None:
        prec = "season" if code else _unit_precision(unit)
        if unit == "quarter":
            prec = "quarter"
        return _mention(ctx, start, end, None, relative=True, precision=prec)
    pub = ctx.published
    period: _Period
    if code:
        period = _relative_season(pub, code, step)
    elif unit == "week":
        period = cal.week(pub + _dt.timedelta(days=7 * step))
    elif unit == "weekend":
        days = 7 * step
        if step == 0 and pub.weekday() < 5 and ctx.tense(start, end) == "past":
            days = -7  # "resigned this weekend", said on a weekday: the one just gone
        period = cal.weekend(pub + _dt.timedelta(days=days))
    elif unit == "month":
        period = cal.month(*cal.add_months(pub.year, pub.month, step))
    elif unit == "year":
        period = cal.year(pub.year + step)
    elif unit == "quarter":
        q = (pub.month - 1) // 3 + step
        period = cal.quarter(pub.year + q // 4, q % 4 + 1)
    elif unit == "decade":
        period = cal.decade(pub.year + 10 * step)
    else:
        period = cal.century(pub.year + 100 * step)
    return _mention(ctx, start, end, _clip(period, mod, pub), relative=True)


#: How many units from the date told last each word counts: "later in the
#: day" and "earlier in the day" tell of that same day, like "that day".
_EVENTREL_STEP: Final = {
    "next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0, "that": 0,
    "later": 0, "earlier": 0,
}  # fmt: skip


def _f_eventrel(ctx: _Ctx, m: Any) -> DateMention | None:
    erel, unit = m.group("erel"), m.group("unit")
    if unit == "hour":
        # "hours later", "hours earlier" with no count: a few hours from the
        # event told last, on its day (a count of hours is a duration,
        # _f_offset); "hours before the vote" counts from the vote
        if erel in _EVENTREL_STEP:
            ctx.links[m.start()] = (0, "hours", "ref")
        return _mention(
            ctx, m.start(), m.end(), None, kind="event_relative", precision="day"
        )
    if (
        erel in _EVENTREL_STEP
        and unit != "weekend"
        and not ctx.folded.startswith(unit, m.start())
    ):
        ctx.links[m.start()] = (_EVENTREL_STEP[erel], unit, "ref")
    elif erel in _BEFORE_AFTER_DAY and _ADVERB_END.match(ctx.folded, m.end()):
        # "the day before.", "the night before,": the day next to the one
        # told last ("the night before the vote" counts from the vote)
        ctx.links[m.start()] = (-1 if unit == "before" else 1, "day", "ref")
    return _mention(
        ctx, m.start(), m.end(), None, kind="event_relative",
        precision=_unit_precision(m.group("unit")),
    )  # fmt: skip


#: Words before an adverbial "before"/"after" that step one day.
_BEFORE_AFTER_DAY: Final = frozenset({"day", "night", "morning", "evening"})

_LONE_COUNT: Final = frozenset({"a", "an", "one", "some", "many", "few"})
_DURATION_LEAD: regex.Pattern[str] = pat.lazy(
    globals(),
    "_DURATION_LEAD",
    r"(?<![a-z])(?:for|about|nearly|almost|over|within|than|lasted|lasting|spent|took|after)\s++\Z",
)


def _f_duration(ctx: _Ctx, m: Any) -> DateMention | None:
    start, end = m.start(), m.end()
    word = _squeeze(m.group("num"))
    n = _number(word)
    if word in {"several", "a few", "few", "some", "many"}:
        n = None
    if (
        word in _LONE_COUNT
        and not m.group("rel")
        and not _DURATION_LEAD.search(ctx.folded[max(0, start - 12) : start])
        and not ctx.folded.startswith("-long", end)
    ):
        return None
    unit = m.group("unit")
    if unit == "fortnight":  # "for a fortnight": two weeks
        n, unit = None if n is None else 2 * n, "week"
    pub = ctx.published
    if (
        pub is not None
        and (
            m.group("rel") in ("past", "last")
            # "in the previous 24 hours", as health ministries count a
            # day's toll: up to the report (days "previous" to some event
            # are as often another stretch)
            or (m.group("rel") == "previous" and unit == "hour")
        )
        and unit in ("hour", "day", "week")
        and n is not None
        and 0 < n <= _RECENT_SPAN_MAX[unit]
        and _SPAN_UP_TO_NOW.search(ctx.folded, max(0, start - 16), start) is not None
    ):
        # "in the past 24 hours", "over the last three days", "over the
        # past two weeks": the days up to the report, a range ending on its day
        days = -(-n // 24) if unit == "hour" else 7 * n if unit == "week" else n
        first = pub - _dt.timedelta(days=days)
        return _mention(
            ctx, start, end, (f"{first.isoformat()}/{pub.isoformat()}", "day", first, pub),
            kind="range", relative=True,
        )  # fmt: skip
    return _mention(
        ctx,
        start,
        end,
        None,
        kind="duration",
        duration=_duration_code(n, unit),
    )


#: The longest span "in the past N hours/days/weeks" read as a range up to
#: the report, in each unit: 14 days ("over the past four weeks" is a
#: month's toll, as "the past month" is).
_RECENT_SPAN_MAX: Final = {"hour": 14 * 24, "day": 14, "week": 4}
#: What opens a span up to the report: "in the past", "over the last".
_SPAN_UP_TO_NOW: regex.Pattern[str] = pat.lazy(
    globals(),
    "_SPAN_UP_TO_NOW",
    r"(?<![a-z])(?:in|over|during|within|for)[ ]++the[ ]++\Z",
)


def _f_decade(ctx: _Ctx, m: Any) -> DateMention | None:
    if m.group("dec"):
        first = int(m.group("dec"))
    else:
        first = two_digit_year(int(m.group("dec2")), ctx.published)
    period = cal.decade(first)
    mod = m.group("mod")
    if mod:
        period = cal.part_of(period, _PARTS.get(mod, ""))
    return _mention(ctx, m.start(), m.end(), period)


def _f_century(ctx: _Ctx, m: Any) -> DateMention | None:
    n = int(m.group("cent"))
    if not 1 <= n <= 21:
        return None
    return _mention(ctx, m.start(), m.end(), cal.century((n - 1) * 100))


def _f_season(ctx: _Ctx, m: Any) -> DateMention | None:
    start, end = m.start(), m.end()
    rel, y, mod = m.group("rel"), m.group("y"), m.group("mod")
    code = pat.SEASONS[m.group("season")]
    if y:
        period = cal.season(int(y), code)
        relative = False
    elif rel in _REL_STEP:
        if ctx.published is None:
            return _mention(ctx, start, end, None, relative=True, precision="season")
        period = _relative_season(ctx.published, code, _REL_STEP[rel])
        relative = True
    else:
        return None  # a bare "winter" ("a winter offensive") is no date
    if mod:
        period = cal.part_of(period, _PARTS.get(mod, ""))
    return _mention(ctx, start, end, period, relative=relative)


_ORDINALS: Final = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                    "fourth": 4, "4th": 4}  # fmt: skip


def _f_yquarter(ctx: _Ctx, m: Any) -> DateMention | None:
    start, end = m.start(), m.end()
    n, unit = _ORDINALS[m.group("qord")], m.group("unit")
    if unit == "half" and n > 2:
        return None
    make = cal.quarter if unit == "quarter" else cal.half
    if m.group("y"):
        return _mention(ctx, start, end, make(int(m.group("y")), n))
    if ctx.published is None:
        return _mention(ctx, start, end, None, relative=True, precision=unit)
    pub = ctx.published
    if m.group("qrel"):
        year = pub.year + _REL_STEP[m.group("qrel")]
    else:  # "the year-earlier third quarter": a year before the latest one
        year = pub.year - (1 if make(pub.year, n)[2] <= pub else 2)
    return _mention(ctx, start, end, make(year, n), relative=True)


def _f_thequarter(ctx: _Ctx, m: Any) -> DateMention | None:
    """
    "the quarter", "the year-ago period": the quarter reported on (or that
    quarter a year before), known only from a quarter mentioned earlier;
    without one the mention is dropped when links are resolved.
    """
    start, end = m.start(), m.end()
    back = bool(m.group("tqago"))
    later = _A_YEAR_AGO.match(ctx.folded, end)
    if later is not None and not back:  # "the quarter a year ago"
        back, end = True, later.end()
    ctx.links[start] = (-1 if back else 0, "year", "quarter")
    return _mention(ctx, start, end, None, relative=True, precision="quarter")


_A_YEAR_AGO: regex.Pattern[str] = pat.lazy(
    globals(), "_A_YEAR_AGO", r"\s++a\s++year\s++(?:ago|earlier)(?![a-z])"
)


#: The word before a "Q3" that stands alone: a preposition or a determiner.
_Q_ALONE_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:in|during|for|of|since|by|until|the|its|their|this|last|next)\s+\Z"
)


def _f_quarter(ctx: _Ctx, m: Any) -> DateMention | None:
    start, end = m.start(), m.end()
    y = m.group("y")
    if m.group("qn"):
        if not y and not (
            ctx.text.startswith("Q", start)
            and _Q_ALONE_BEFORE.search(ctx.folded, max(0, start - 12), start)
        ):
            return None  # "Q3" alone is a quarter after "in", "the", "its" ..., not a name or a code
        n, unit = int(m.group("qn")), "quarter"
    elif m.group("qord") == "last":  # "the last half of 1989"
        if not y:
            return None
        unit = m.group("unit")
        n = 4 if unit == "quarter" else 2
    else:
        n, unit = _ORDINALS[m.group("qord")], m.group("unit")
    if unit == "half" and n > 2:
        return None
    make = cal.quarter if unit == "quarter" else cal.half
    if y:
        return _mention(ctx, start, end, make(int(y), n))
    if ctx.published is None:
        return _mention(ctx, start, end, None, relative=True, precision=unit)
    year = ctx.published.year
    if make(year, n)[2] > ctx.published:
        year -= 1
    return _mention(ctx, start, end, make(year, n), relative=True)


#: What a match of :data:`._patterns.YEAR_BEFORE_REJECT` ends with before
#: its white space: a text whose right-stripped end is none of these cannot
#: match it (str.rstrip strips every character "\s" matches, and more).
_REJECT_ENDS: Final = (
    "about", "some", "nearly", "almost", "over", "than", "least", "most", "to", "around",
    "approximately", "resolution", "no.", "number", "flight", "route", "highway", "article",
    "code", "model", "room", "page", "pages", "box", "tel", "phone", "ak", "m", "mig", "su", "t",
    "f", "$", "\u00a3", "\u20ac", "#", "-",
)  # fmt: skip


def _f_year(ctx: _Ctx, m: Any) -> DateMention | None:
    start, end = m.start(), m.end()
    y = int(m.group("y"))
    mod, y2 = m.group("mod"), m.group("y2")
    if not mod and not m.group("fiscal"):
        before = ctx.folded[max(0, start - 16) : start]
        stripped = before.rstrip()
        if (
            stripped.endswith(_REJECT_ENDS)  # what the pattern needs, in C first
            and pat.YEAR_BEFORE_REJECT.search(before)  # <= 16 chars: no timeout
        ):
            return None
        if (
            stripped.endswith("at")
            and not stripped[-3:-2].isalpha()
            and y < 2400
            and y % 100 < 60
        ):
            return None  # "began at 2000 (0200 GMT)": a time of day
        # a word that makes it a year matters only outside 1900-2099
        if not 1900 <= y <= 2099 and not pat.YEAR_BEFORE_ACCEPT.search(before):
            return None
        if not y2 and pat.YEAR_AFTER_REJECT.match(ctx.folded[end : end + 24]):
            return None
    if y2:
        last = int(y2)
        if len(y2) == 2:
            last = y - y % 100 + last
        if y < last <= y + 100:
            first_p, last_p = cal.year(y), cal.year(last)
            return _mention(
                ctx, start, end, (f"{y:04d}/{last:04d}", "year", first_p[2], last_p[3]),
                kind="range",
            )  # fmt: skip
        end = m.end("y")
    period = cal.year(y)
    if mod:
        period = cal.part_of(period, _PARTS.get(mod, ""))
    return _mention(ctx, start, end, period)


def _f_ref(ctx: _Ctx, m: Any) -> DateMention | None:
    words = _squeeze(m.group("ref"))
    key = words
    if words.startswith(("in recent", "coming")):  # "in recent weeks", "the coming days"
        key = words[: words.index(" ", 3)]
    return _mention(ctx, m.start(), m.end(), None, relative=True, value=_REFS[key])


def _f_holiday(ctx: _Ctx, m: Any) -> DateMention | None:
    start, end = m.start(), m.end()
    if not ctx.capitalised(start):
        return None
    words = _squeeze(m.group("hol"))
    y = m.group("y")
    if words.startswith(("easter", "palm", "good")):
        return _easter(ctx, start, end, words, None if y is None else int(y))
    if words.startswith(("ramadan", "eid")):
        if words == "ramadan" and not ctx.shouting and _in_a_name(ctx.text, start, end):
            return None  # "Tariq Ramadan", "Ramadan Abdullah": a person
        return _islamic(ctx, start, end, words, None if y is None else int(y))
    month, d = (12, 24) if words.endswith("eve") and words.startswith("christmas") else (
        (12, 25) if words.startswith("christmas") else ((12, 31) if words.endswith("eve") else (1, 1)))  # fmt: skip
    if y is not None:  # "Christmas Day 2023"
        return _mention(ctx, start, end, cal.day(_dt.date(int(y), month, d)))
    if ctx.published is None:
        return _mention(ctx, start, end, None, relative=True, precision="day")
    year = _year_for(ctx.published, month, d, tense=ctx.tense(start, end))
    return _mention(ctx, start, end, cal.day(_dt.date(year, month, d)), relative=True)


#: Days from Easter Sunday of the holidays counted from it, by first letters.
_EASTER_OFFSET: Final = {"palm": -7, "good": -2}


def _easter(ctx: _Ctx, start: int, end: int, words: str, y: int | None) -> DateMention:
    """
    Easter (Sunday, Easter Monday the day after, Easter week the ISO week
    ending on that Sunday, Palm Sunday the week before, Good Friday two days
    before) of year *y*, or without one in the year the tense gives, as a
    day and month without a year are placed; "Orthodox Easter" by the
    Julian reckoning.
    """
    orthodox = ctx.folded[max(0, start - 9) : start].rstrip().endswith("orthodox")
    extra = _dt.timedelta(
        days=_EASTER_OFFSET.get(words[:4], 1 if words.endswith("monday") else 0)
    )
    unit = cal.week if words.endswith("week") else cal.day
    if y is not None:
        return _mention(ctx, start, end, unit(cal.easter(y, orthodox=orthodox) + extra))
    if ctx.published is None:
        prec = "week" if unit is cal.week else "day"
        return _mention(ctx, start, end, None, relative=True, precision=prec)
    pub = ctx.published
    days = [
        cal.easter(y, orthodox=orthodox) + extra
        for y in (pub.year - 1, pub.year, pub.year + 1)
    ]
    if unit is cal.week:
        for d in days:
            if 0 <= (d - pub).days <= 6:  # "as Easter week began": this one
                return _mention(ctx, start, end, cal.week(d), relative=True)
    before = max(d for d in days if d <= pub)
    after = min(d for d in days if d > pub)
    back, ahead = (pub - before).days, (after - pub).days
    tense = ctx.tense(start, end)
    # (a holiday a few days off is the coming one whatever the tense: "declared
    # an Easter truce" the day before)
    soon = tense == "future" or (tense is None and 2 * ahead < back) or ahead <= 3
    d = after if back and soon else before
    return _mention(ctx, start, end, unit(d), relative=True)


#: Capitalised words that may stand before "Ramadan" the month ("During
#: Ramadan", "Holy Ramadan"): no first name.
_BEFORE_RAMADAN: Final = frozenset(
    ["During", "In", "Since", "Before", "After", "Until", "Through", "Throughout", "For",
     "This", "Last", "Next", "Holy", "By", "Of"]
)  # fmt: skip
#: A capitalised word right before or after a span.
_CAPITAL_BEFORE: regex.Pattern[str] = pat.lazy(
    globals(), "_CAPITAL_BEFORE", r"(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'-]*+)[ ]\Z"
)
_CAPITAL_AFTER: regex.Pattern[str] = pat.lazy(
    globals(), "_CAPITAL_AFTER", r"[ ]\p{Lu}\p{Ll}"
)


_DAY_OF_BEFORE: regex.Pattern[str] = pat.lazy(
    globals(),
    "_DAY_OF_BEFORE",
    r"(?<![a-z])(first|last|final)[ ]day[ ]of[ ](?:the[ ])?\Z",
)
_REL_YEAR_AFTER: regex.Pattern[str] = pat.lazy(
    globals(), "_REL_YEAR_AFTER", r"[ ](last|this|next)[ ]year(?![a-z])"
)


def _in_a_name(text: str, start: int, end: int) -> bool:
    """
    Whether the word at [start, end) is part of a person's name: a
    capitalised word other than a preposition before it ("Tariq Ramadan"),
    or one after it ("Ramadan Shallah").

    >>> _in_a_name("said Tariq Ramadan.", 11, 18), _in_a_name("During Ramadan, ", 7, 14)
    (True, False)
    """
    before = _CAPITAL_BEFORE.search(text, max(0, start - 24), start)
    if before is not None and before.group(1) not in _BEFORE_RAMADAN:
        return True
    return _CAPITAL_AFTER.match(text, end) is not None


def _islamic(ctx: _Ctx, start: int, end: int, words: str, y: int | None) -> DateMention:
    """
    Ramadan (the month, a range of days up to the eve of Eid al-Fitr), Eid
    al-Fitr or Eid al-Adha (the feast's first day) from the table of
    :func:`._calendar.islamic_feasts`: the one that starts in year *y*, or
    without one the one the tense gives, as Easter is placed (the Ramadan
    under way when the story is told is this one).  Outside the table
    (2015-2030) it has no value.
    """
    which = 0 if words == "ramadan" else (1 if words.endswith("fitr") else 2)
    spans = [
        (row[0], row[1] - _dt.timedelta(days=1))
        if which == 0
        else (row[which], row[which])
        for row in cal.islamic_feasts()
    ]
    pub = ctx.published
    chosen: tuple[_dt.date, _dt.date] | None = None
    if y is None and pub is not None:
        # "Ramadan last year": the one that started then (the "last year"
        # after it is read as a mention of its own)
        rel = _REL_YEAR_AFTER.match(ctx.folded, end)
        if rel is not None:
            y = pub.year + _REL_STEP[rel.group(1)]
    if y is not None:
        chosen = next((s for s in spans if s[0].year == y), None)
    elif pub is not None:
        before = [s for s in spans if s[0] <= pub]
        after = [s for s in spans if s[0] > pub]
        if before and after:
            last, coming = before[-1], after[0]
            back, ahead = (pub - last[0]).days, (coming[0] - pub).days
            tense = ctx.tense(start, end)
            # (a feast within a week is the coming one whatever the tense:
            # "pledged a truce for Eid al-Fitr" in the last days of Ramadan)
            soon = tense == "future" or (tense is None and 2 * ahead < back) or ahead <= 7
            chosen = last if last[1] >= pub or not soon else coming
    if chosen is None:
        return _mention(ctx, start, end, None, relative=y is None, precision="day")
    first, last_day = chosen
    if first != last_day:
        # "the first day of Ramadan", "the last day of Ramadan": that day,
        # the words before it part of the mention
        day_of = _DAY_OF_BEFORE.search(ctx.folded, max(0, start - 16), start)
        if day_of is not None:
            start = day_of.start()
            first = last_day = first if day_of.group(1) == "first" else last_day
    if first == last_day:
        return _mention(ctx, start, end, cal.day(first), relative=y is None)
    value = f"{first.isoformat()}/{last_day.isoformat()}"
    return _mention(
        ctx, start, end, (value, "day", first, last_day), kind="range", relative=y is None
    )


_HANDLERS: Final[dict[str, Handler]] = {
    "f_yquarter": _f_yquarter,
    "f_thequarter": _f_thequarter,
    "f_iso": _f_iso,
    "f_numeric": _f_numeric,
    "f_dayrange": _f_dayrange,
    "f_mdrange": _f_dayrange,
    "f_dmy": _f_day,
    "f_mdy": _f_day,
    "f_theday": _f_theday,
    "f_month": _f_month,
    "f_weekend": _f_weekend,
    "f_weekday": _f_weekday,
    "f_beforelast": _f_beforelast,
    "f_deictic": _f_deictic,
    "f_offset": _f_offset,
    "f_monthpart": _f_monthpart,
    "f_relper": _f_relper,
    "f_eventrel": _f_eventrel,
    "f_nightbefore": _f_eventrel,
    "f_duration": _f_duration,
    "f_decade": _f_decade,
    "f_century": _f_century,
    "f_season": _f_season,
    "f_quarter": _f_quarter,
    "f_year": _f_year,
    "f_ref": _f_ref,
    "f_holiday": _f_holiday,
}


@functools.lru_cache(maxsize=4096)  # bounded whatever the input
def _detectors(
    word: bytes,
    ascii_text: bool,
    after: str = "",
    second: bytes = b"",
    nxt: str | None = None,
) -> tuple[tuple[str, Handler], ...]:
    """
    (form, handler) of each form that can start with *word* in a text
    that is all ASCII or not, in order of preference; for a word starting
    with a digit in ASCII text *after* is the class of the character after
    it (:func:`._patterns.next_char_class`); for a word of
    :data:`_SECOND_KEYED`, or one starting with a digit in ASCII text,
    *second* may give the word after it as :func:`_second_key` does (only
    the forms that can take it second are kept).  The
    words asked about are candidate and prefix words, a bounded set.

    >>> [form for form, _ in _detectors(b"yesterday", True)]
    ['f_deictic']
    >>> [form for form, _ in _detectors(b"2016", True)]
    ['f_yquarter', 'f_iso', 'f_numeric', 'f_decade', 'f_year']
    >>> [form for form, _ in _detectors(b"2016", True, " ")]
    ['f_yquarter', 'f_year']
    >>> [form for form, _ in _detectors(b"on", True, "", b"may")]
    ['f_mdrange', 'f_mdy']

    *nxt*, where *word* is a weekday or a month or "on" before one, is the
    kind of that weekday or month and the word after it, as
    :func:`_next_key` gives them (only the forms that can take it are kept).

    >>> [form for form, _ in _detectors(b"on", True, "", b"may", "month -")]
    []
    """
    key = word.decode("ascii")
    if key[:1].isdigit():
        key = pat.digit_shape(key) if ascii_text else "#"
    if second:
        forms = pat.forms_before(key, second.decode("ascii"), after)
    else:
        forms = pat.forms_starting_with(key, after)
    if nxt is not None:
        kind, _, following = nxt.partition(" ")
        forms = pat.forms_given_next(forms, kind, following)
    return tuple((f, _HANDLERS[f]) for f in forms)


#: Weekday and month names as ASCII bytes, the words :func:`_next_key` asks about.
_WEEKDAY_BYTES: Final = frozenset(w.encode("ascii") for w in pat.WEEKDAYS)
_DATE_NAMES: Final = _WEEKDAY_BYTES | {w.encode("ascii") for w in pat.MONTH_WORDS}
#: What :func:`_next_key` gives after a weekday, by the word after it
#: (``b"#"`` for a digit); another word gives ``"weekday -"``.
_AFTER_WEEKDAY: Final = {
    b"#": "weekday #",
    **dict.fromkeys(_DATE_NAMES - _WEEKDAY_BYTES, "weekday month"),
    **dict.fromkeys((b"last", b"this", b"next"), None),
}


def _next_key(words: list[bytes], k: int, last: int) -> str | None:
    """
    Where ``words[k]``, a weekday or a month, is followed by a word in
    *words* (*last* the index of the last word): the kind of the two as
    :func:`._patterns.forms_given_next` reads them, when they rule out a
    form: ``"weekday #"`` (a word starting with a digit), ``"weekday
    month"``, ``"weekday -"`` (any word no form takes there), ``"month -"``
    (a word not starting with a digit); else ``None`` (every form is
    tried).  Always one of these constants: a cheap key for the caches.

    >>> words = b"on tuesday rebels".split()
    >>> _next_key(words, 1, 2), _next_key(words + [b"may"], 3, 3)
    ('weekday -', None)
    >>> _next_key(b"april 3".split(), 0, 1), _next_key(b"april when".split(), 0, 1)
    (None, 'month -')
    """
    if k >= last:
        return None  # (a match may read on past the piece's last word)
    after = words[k + 1]
    if words[k] in _WEEKDAY_BYTES:
        return _AFTER_WEEKDAY.get(b"#" if after[:1].isdigit() else after, "weekday -")
    return None if after[:1].isdigit() else "month -"


#: First words whose forms are chosen by the word after them too
#: (:func:`._patterns.forms_before`), as ASCII bytes.
_SECOND_KEYED: Final = frozenset(w.encode("ascii") for w in pat.SECOND_KEYED)

#: The words some form takes second, as ASCII bytes.
_SECOND_WORDS: Final = frozenset(w.encode("ascii") for w in pat.SECOND_WORDS)

#: The leading ASCII letters of a word.
_LETTERS: Final = regex.compile(rb"[a-z]*+")


def _second_key(word: bytes) -> bytes:
    """
    The word after a first word of :data:`_SECOND_KEYED` as
    :func:`._patterns.forms_before` reads it: ``b"#"`` when it starts with
    a digit, else its leading letters when some form takes them second,
    else ``b"-"``.

    >>> _second_key(b"21st"), _second_key(b"friday"), _second_key(b"may2015"), _second_key(b"rebels")
    (b'#', b'friday', b'may', b'-')
    """
    if word[:1].isdigit():
        return b"#"
    if not word.isalpha():
        letters = _LETTERS.match(word)  # a short word: no timeout
        word = b"" if letters is None else letters[0]
    return word if word in _SECOND_WORDS else b"-"


class _Groups:
    """
    A match of a form with its groups asked for by name, as the handlers
    do, looked up by number: ``regex`` tries a name as a number first, and
    the error it raises and drops costs more than the rest of the look-up.

    >>> m = _Groups(regex.match(r"(?P<d>\\d+) (?P<mon>\\w+)", "3 may"), {"d": 1, "mon": 2})
    >>> m.group("mon"), m.start("mon"), m.end(), m.group()
    ('may', 2, 5, '3 may')
    """

    __slots__ = ("_index", "_match")

    def __init__(self, match: Any, index: dict[str, Any]) -> None:
        self._match = match
        self._index = index

    def group(self, name: str | int = 0) -> Any:
        """The text of the group *name* (the whole match by default), or ``None``."""
        return self._match.group(self._index[name] if name.__class__ is str else name)

    def start(self, name: str | int = 0) -> int:
        """Where the group *name* starts (-1 when it did not match)."""
        return int(
            self._match.start(self._index[name] if name.__class__ is str else name)
        )

    def end(self, name: str | int = 0) -> int:
        """Where the group *name* ends (-1 when it did not match)."""
        return int(self._match.end(self._index[name] if name.__class__ is str else name))

    def span(self) -> tuple[int, int]:
        """Where the whole match starts and ends, in one call."""
        return self._match.span()  # type: ignore[no-any-return]

    def several(self, names: tuple[str, ...]) -> tuple[Any, ...]:
        """
        The texts of the groups *names* (two or more), in one call to the
        match: a handler reading many groups makes one call instead of one each.

        >>> m = _Groups(regex.match(r"(?P<d>\\d+) (?P<mon>\\w+)", "3 may"), {"d": 1, "mon": 2})
        >>> m.several(("mon", "d"))
        ('may', '3')
        """
        # the numbers of a tuple of names (a handler's constant) are looked
        # up once and kept in the index under that tuple: the names come
        # from the handlers' code, a bounded set
        index: dict[Any, Any] = self._index
        numbers = index.get(names)
        if numbers is None:
            numbers = index[names] = tuple(map(index.__getitem__, names))
        return self._match.group(*numbers)  # type: ignore[no-any-return]


class _TwinGroups(_Groups):
    """
    :class:`_Groups` of a match of an ``re`` twin (:func:`._patterns.ascii_twin`),
    where a name given to several groups has a tuple of numbers: it reads
    the last copy that matched, as ``regex`` reads its one group of that
    name (only one copy matches in the forms, each in its own branch).

    >>> twin, index = _patterns_twin(("f_dmy",))
    >>> m = _TwinGroups(twin.match("end of 3 may"), index)
    >>> m.group("mod"), m.start("mod"), m.several(("d", "mod")), m.group("rel")
    ('end', 0, ('3', 'end'), None)
    """

    __slots__ = ()

    def _copy(self, numbers: tuple[int, ...]) -> int:
        """The number of the copy of a name given to several groups that matched (the last)."""
        start = self._match.start
        for number in reversed(numbers):
            if start(number) >= 0:
                return number
        return numbers[0]

    def group(self, name: str | int = 0) -> Any:
        """The text of the group *name* (the whole match by default), or ``None``."""
        number: Any = self._index[name] if name.__class__ is str else name
        if number.__class__ is tuple:
            number = self._copy(number)
        return self._match.group(number)

    def start(self, name: str | int = 0) -> int:
        """Where the group *name* starts (-1 when it did not match)."""
        number: Any = self._index[name] if name.__class__ is str else name
        if number.__class__ is tuple:
            number = self._copy(number)
        return int(self._match.start(number))

    def end(self, name: str | int = 0) -> int:
        """Where the group *name* ends (-1 when it did not match)."""
        number: Any = self._index[name] if name.__class__ is str else name
        if number.__class__ is tuple:
            number = self._copy(number)
        return int(self._match.end(number))

    def several(self, names: tuple[str, ...]) -> tuple[Any, ...]:
        """The texts of the groups *names* (two or more), in one call to the match."""
        # as in _Groups.several, with ``False`` kept where a name has copies
        index: dict[Any, Any] = self._index
        numbers: Any = index.get(names)
        if numbers is None:
            numbers = tuple(map(index.__getitem__, names))
            if tuple in map(type, numbers):  # a name given to several groups
                numbers = False
            index[names] = numbers
        if numbers is False:
            numbers = [
                self._copy(n) if n.__class__ is tuple else n
                for n in map(index.__getitem__, names)
            ]
        return self._match.group(*numbers)  # type: ignore[no-any-return]


_patterns_twin: Final = pat.ascii_twin


#: How the handler of one form reads a match: the handler, the number of
#: every group by name as that form's match has it, and the class that
#: reads the groups.
_Reader = tuple[Handler, dict[str, Any], type[_Groups]]

#: What :func:`_detector` gives: the pattern, ``(number, handler)`` per
#: form, the number of every group by name, the numbers, the handlers,
#: the class that reads a match's groups by name, and a :data:`_Reader`
#: per form.
_Detector = tuple[
    "regex.Pattern[str] | re.Pattern[str]",
    tuple[tuple[int, Handler], ...],
    dict[str, Any],
    tuple[int, ...],
    tuple[Handler, ...],
    type[_Groups],
    tuple[_Reader, ...],
]


def _form_indexes(
    forms: tuple[str, ...], index: dict[str, Any], numbers: tuple[int, ...]
) -> list[dict[str, Any]]:
    """
    The group numbers by name of each of *forms* in their ``re`` twin
    (:func:`._patterns.ascii_twin`, whose *index* gives a tuple of numbers
    for a name given to several groups, and *numbers* the number of each
    form's own group): a match of the twin is one form's, and a group
    outside that form's own group never matches, so of a name's copies
    only those inside it are read (a name the form lacks keeps its first
    copy, never set).  Most names then have one number, read without the
    search through the copies that :class:`_TwinGroups` makes.

    >>> twin, index = _patterns_twin(("f_dmy", "f_month"))
    >>> numbers = (index["f_dmy"], index["f_month"])
    >>> dmy, month = _form_indexes(("f_dmy", "f_month"), index, numbers)
    >>> dmy["mon"] in index["mon"], month["mon"] in index["mon"], dmy["mon"] != month["mon"]
    (True, True, True)
    """
    # a form's groups are numbered from its own group's up to the next
    # form's; after the last form come the groups of the never-matching
    # tail (:data:`._patterns.EXTRA_GROUPS`), the last copy of each name
    if len(forms) == 1:
        extra: Iterable[str] = pat.EXTRA_GROUPS.get(forms[0], ())
    else:
        extra = {g for form in forms for g in pat.EXTRA_GROUPS.get(form, ())}
    tail = min(
        (max(index[g]) if index[g].__class__ is tuple else index[g] for g in extra),
        default=max(numbers) + 1_000_000,
    )
    out = []
    for lo, hi in zip(numbers, (*numbers[1:], tail), strict=True):
        own: dict[str, Any] = {}
        for name, number in index.items():
            copies = number if number.__class__ is tuple else (number,)
            inside = tuple(n for n in copies if lo <= n < hi)
            if len(inside) == 1:
                own[name] = inside[0]
            else:  # a name the form lacks, or one it gives to several groups
                own[name] = inside or copies[0]
        out.append(own)
    return out


@functools.lru_cache(maxsize=4096)  # bounded whatever the input
def _detector(
    word: bytes,
    ascii_text: bool,
    after: str = "",
    second: bytes = b"",
    nxt: str | None = None,
) -> _Detector | None:
    """
    The forms of :func:`_detectors` as one pattern tried in one call
    (:func:`._patterns.forms_pattern`), the number of each form's group
    and its handler, the number of every group by name, the numbers
    and the handlers again as two tuples (see :func:`_handler`), and the
    class that reads a match's groups by name; or ``None`` when no form
    starts with *word*.  In ASCII text the pattern is the ``re`` twin of
    the forms (:func:`._patterns.ascii_twin`), whose matches cost about a
    third of ``regex``'s, where there is one (read by :class:`_TwinGroups`).

    >>> pattern, detectors, index, numbers, handlers, groups, readers = _detector(b"on", True)
    >>> m = pattern.match("on 3 may 2015")
    >>> [h.__name__ for number, h in detectors if m.start(number) >= 0]
    ['_f_day']
    >>> _handler(m, numbers, handlers).__name__
    '_f_day'
    """
    detectors = _detectors(word, ascii_text, after, second, nxt)
    if not detectors:
        return None
    forms = tuple(form for form, _ in detectors)
    twin = pat.ascii_twin(forms) if ascii_text else None
    pattern: regex.Pattern[str] | re.Pattern[str]
    index: dict[str, Any]
    groups: type[_Groups]
    if twin is None:
        pattern, index, groups = pat.forms_pattern(forms), {}, _Groups
        index.update(pattern.groupindex)
    else:
        pattern = twin[0]
        index = cast("dict[str, Any]", twin[1])  # (a form's own group has one number)
        groups = _TwinGroups
    numbers: tuple[int, ...] = tuple(index[form] for form in forms)
    handlers = tuple(handler for _, handler in detectors)
    detect = tuple(zip(numbers, handlers, strict=True))
    readers: tuple[_Reader, ...]
    if twin is None:
        readers = tuple((handler, index, groups) for handler in handlers)
    else:
        readers = tuple(
            (handler, own, _TwinGroups if tuple in map(type, own.values()) else _Groups)
            for handler, own in zip(
                handlers, _form_indexes(forms, index, numbers), strict=True
            )
        )
    return pattern, detect, index, numbers, handlers, groups, readers


def _handler(m: Any, numbers: tuple[int, ...], handlers: tuple[Handler, ...]) -> Handler:
    """
    The handler of the form that made the non-empty match *m* of a
    :func:`_detector` pattern: the first whose group matched, found in C.
    Each alternative of the pattern is one form's group, whole, so the
    group of the form that matched holds the whole (non-empty) match and
    every other form's group is ``None``.

    >>> _, _, _, numbers, handlers, _, _ = _detector(b"last", True)
    >>> m = _detector(b"last", True)[0].match("last friday")
    >>> _handler(m, numbers, handlers).__name__
    '_f_weekday'
    """
    if len(numbers) == 1:
        return handlers[0]
    return next(itertools.compress(handlers, m.group(*numbers)))


# -- ranges -----------------------------------------------------------------


_YEAR_MONTH_DAY: regex.Pattern[str] = pat.lazy(
    globals(), "_YEAR_MONTH_DAY", r"\A\d{4}-\d\d(?:-\d\d)?+\Z"
)


def _shift_years(m: DateMention, years: int) -> DateMention:
    """*m* (a day or month with a resolved year) moved by whole *years*."""
    if m.earliest is None or m.latest is None or m.value is None:
        return m
    if not _YEAR_MONTH_DAY.match(m.value):
        return m
    try:
        earliest = m.earliest.replace(year=m.earliest.year + years)
        latest = m.latest.replace(year=m.latest.year + years)
    except ValueError:  # 29 February
        return m
    value = f"{int(m.value[:4]) + years:04d}{m.value[4:]}"
    return _changed(m, value, m.precision, earliest, latest, m.relative)


def _year_after(m: DateMention, floor: _dt.date) -> DateMention:
    """
    Move a yearless day or month (*m*, resolved by itself) into the first
    later year that puts its end on or after *floor*: the second end of a
    range follows the first.
    """
    for years in (1, 2):
        moved = _shift_years(m, years)
        if moved is m:
            return m
        if moved.latest is not None and moved.latest >= floor:
            return moved
    return m


#: The words :data:`._patterns.RANGE_JOIN` allows between two dates.
_JOIN_WORDS: Final = frozenset(
    ["-", "to", "and", "until", "till", "through", "or", "into"]
)


#: What may stand between coordinated months or days that share a year
#: ("April and May 2021", "March, April and May", "from March to May 2021").
_SHARE_GAPS: Final = frozenset(
    [",", "and", "or", "&", ", and", ", or", "and in", "or in", ", and in", "and on",
     ", and on", "to", "-", "until", "till", "through", "and between"]
)  # fmt: skip

#: How a month or day coordinated with the next one may go on (:attr:`_Ctx.coordinated`;
#: a list, "March, April and May", ends in "and" or "or").
_COORDINATING: Final = (" and", " or", " to", "-", " through", " until", " till", " &")
_SHARE_GAP_MAX: Final = max(map(len, _SHARE_GAPS)) + 8  # and the spaces around
_SHARE_PRECISIONS: Final = frozenset(["month", "day"])

#: A month's name (or its abbreviation) in folded text; no weekday holds one.
_MONTH_NAME: Final = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")


def _shared_years(ctx: _Ctx, found: list[DateMention]) -> None:
    """
    Give a month or day written without a year the year of the one it is
    coordinated with ("in November and December 2022", "on 3 March and 5
    April 2021", "from March to May 2021"): read alone, it takes the year
    the tense gives, which the year told after it overrides.  Two months
    both without a year ("fought in February and April", told in March)
    are put in one year only when that moves the first back, as a past
    tense that placed the second in the year before wants.  Right to left,
    so "March, April and May 2021" passes the year along.  With no cue, the
    pair is put in the coming year when it starts less than half as far
    ahead as it ended behind, as a month alone is ("from March to May" in a
    January story is this spring: its end then follows it,
    :func:`_join_ranges`; "between January and September" told on 1
    November is the year gone).  (In place.)
    """
    folded, pub = ctx.folded, ctx.published
    passed: set[int] = set()  # (those given a told year: "June, July and August 2020")
    for i in range(len(found) - 2, -1, -1):
        a = found[i]
        if not a.relative or a.precision not in _SHARE_PRECISIONS:
            continue  # most mentions: the cheapest tests first
        b = found[i + 1]
        a_end, b_start = a.span.end, b.span.start
        if not (
            b_start - a_end <= _SHARE_GAP_MAX
            and folded[a_end:b_start].strip() in _SHARE_GAPS
            and a.precision == b.precision
            and a.kind == "date"
            and b.kind == "date"
            and a.value is not None
            and b.value is not None
            and a.earliest is not None
            and a.latest is not None
            and _MONTH_NAME.search(folded, a.span.start, a_end) is not None
        ):
            continue
        a_md, b_md = a.value[5:10], b.value[5:10]
        year = int(b.value[:4]) - (a_md > b_md)  # "December and January 2023": 2022
        old = int(a.value[:4])
        if year == old or (
            b.relative
            and (year > old or b.earliest is None or pub is None or b.earliest > pub)
        ):
            continue  # two years the tense gave: moved back only in a past reading
        if (
            b.relative
            and i + 1 not in passed
            and pub is not None
            and b.latest is not None
            and a.earliest > pub
            and 2 * (a.earliest - pub).days < (pub - b.latest).days
            and ctx.tense(a.span.start, a_end) != "past"
        ):
            # no cue, and the coming stretch nearer than half the one gone
            # (as for a month alone): the end follows the start instead
            continue
        step = year - old
        try:
            earliest = a.earliest.replace(year=a.earliest.year + step)
        except ValueError:  # the day 29 February
            continue
        try:
            latest = a.latest.replace(year=a.latest.year + step)
        except ValueError:  # the end of a February of 29 days
            latest = a.latest.replace(year=a.latest.year + step, day=28)
        found[i] = _changed(
            a, f"{year:04d}{a.value[4:]}", a.precision, earliest, latest, True
        )
        if not b.relative or i + 1 in passed:
            passed.add(i)


#: A weekday's name, and what ties one to its week ("last Friday", "Friday
#: last week"), in folded text.
_WEEKDAY_IN: Final = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day")
_WEEK_TIE: Final = re.compile(
    r"(?<![a-z])(?:week|last|this|next|past|coming|previous)(?![a-z])"
)


def _same_week(
    ctx: _Ctx, a: DateMention, b: DateMention
) -> tuple[DateMention, DateMention]:
    """
    Put two weekdays joined as a range ("between Monday and Friday last
    week", "from Tuesday to Thursday") into the stretch of under a week that
    runs from the first to the second: each was resolved by itself, and a
    bare weekday goes to its nearest day (the day itself in a story of that
    weekday), which can put the end before the start or a week after it.  The
    one tied to a week ("Friday last week", "last Monday") stays and the
    other moves to it; with neither or both tied, the start stays when it
    lies ahead (the talks "will run from Tuesday to Thursday"), else the end
    stays, as the tense placed it.  Pairs that are not two weekday names pass unchanged.
    """
    folded = ctx.folded
    ta, tb = folded[a.start : a.end], folded[b.start : b.end]
    if (
        _WEEKDAY_IN.search(ta) is None
        or _WEEKDAY_IN.search(tb) is None
        or any(c.isdigit() for c in ta + tb)
        or _MONTH_NAME.search(ta) is not None
        or _MONTH_NAME.search(tb) is not None
        or a.earliest is None
        or b.earliest is None
    ):
        return a, b
    gap = (b.earliest.weekday() - a.earliest.weekday()) % 7
    if (b.earliest - a.earliest).days == gap:
        return a, b  # already the stretch from one to the other
    tied_a, tied_b = _WEEK_TIE.search(ta) is not None, _WEEK_TIE.search(tb) is not None
    if (tied_a and not tied_b) or (
        tied_a == tied_b and ctx.published is not None and a.earliest > ctx.published
    ):
        d = a.earliest + _dt.timedelta(days=gap)
        return a, _changed(b, *cal.day(d)[:2], d, d, b.relative)
    d = b.earliest - _dt.timedelta(days=gap)
    return _changed(a, *cal.day(d)[:2], d, d, a.relative), b


def _range(
    ctx: _Ctx,
    start: int,
    end: int,
    value: str,
    precision: str | None,
    earliest: _dt.date | None,
    latest: _dt.date | None,
    relative: bool,
) -> DateMention:
    """A range made of the text from *start* to *end* (two dates joined, a week up to a day)."""
    return _new_mention(
        text=ctx.text[start:end], span=_new_span(start=start, end=end),
        provenance=_PROVENANCE, value=value, precision=precision, earliest=earliest,
        latest=latest, kind="range", relative=relative, duration=None,
    )  # fmt: skip


def _join_ranges(ctx: _Ctx, found: list[DateMention]) -> list[DateMention]:
    """Join "from March to May" and "between 2014 and 2016" into one range."""
    out: list[DateMention] = []
    i = 0
    folded = ctx.folded
    n = len(found)
    while i < n:
        a = found[i]
        b = found[i + 1] if i + 1 < n else None
        if (
            b is not None
            # what RANGE_JOIN asks of the gap, in C first (most pairs fail here)
            and folded[a.span.end : b.span.start].strip() in _JOIN_WORDS
            and a.kind == "date"
            and b.kind == "date"
            and a.resolved
            and b.resolved
            and a.precision == b.precision
            and a.value is not None
            and b.value is not None
        ):
            gap = ctx.folded[a.end : b.start]
            joiner = pat.RANGE_JOIN.match(gap)
            opener = None if joiner is None else (
                pat.RANGE_OPEN.search(ctx.folded[max(0, a.start - 10) : a.start]))  # fmt: skip
            word = gap.strip()
            ok = joiner is not None and word != "or" and (word != "and" or (
                opener is not None and opener.group("w") == "between"))  # fmt: skip
            if (
                word == "into"
            ):  # "from Saturday into Sunday", not "pushed Monday into Tuesday"
                ok = ok and (
                    (opener is not None and opener.group("w") != "between")
                    # ("overnight on Thursday into Friday": the opener read
                    # as part of the first day)
                    or folded.startswith("overnight", a.start)
                )
            if ok and a.relative and b.relative and a.precision == "day":
                a, b = _same_week(ctx, a, b)
            assert a.earliest is not None and b.latest is not None
            if ok and b.relative and b.latest < a.earliest:
                # The end was resolved by itself to a year before the start
                # ("from March to May"): the end of a range follows its start.
                b = _year_after(b, a.earliest)
            end = b.latest
            assert end is not None
            if ok and a.earliest <= end and (a.latest or a.earliest) <= end:
                start = a.start - (len(opener.group()) if opener else 0)
                out.append(
                    _range(
                        ctx,
                        start,
                        b.end,
                        f"{a.value}/{b.value}",
                        a.precision,
                        a.earliest,
                        b.latest,
                        a.relative or b.relative,
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# -- expressions that count from a reference time ---------------------------


#: Units a reference time can be stepped by.
_LINK_UNITS: Final = frozenset(
    {
        "day",
        "morning",
        "afternoon",
        "evening",
        "night",
        "week",
        "month",
        "quarter",
        "year",
    }
)
#: What may follow an adverbial "before"/"after" ("a year before." but not
#: "a year before the election", which counts from that event).
_ADVERB_END: regex.Pattern[str] = pat.lazy(
    globals(), "_ADVERB_END", r"[ \t]*+(?:[.,;:)\]\n\"']|--|\Z)"
)
#: Precisions a mentioned date can serve as a reference time with.
_REF_PRECISIONS: Final = frozenset(
    {"day", "week", "month", "quarter", "half", "season", "year"}
)
_DAY_UNITS: Final = frozenset({"day", "morning", "afternoon", "evening", "night"})
#: A statement's words right before a date, on folded text: the day a
#: statement is dated by ("said in a statement on Sunday", "told reporters
#: on Monday"), not a day of the events it tells.
_REPORTED_ON_RE: regex.Pattern[str] = pat.lazy(
    globals(),
    "_REPORTED_ON_RE",
    r"(?:said|says|statement|television|radio|told[ ]reporters|announced|broadcast)"
    r"(?:[ ]late|[ ]early)?+[ ]\Z",
)
_PERIOD_AFTER: regex.Pattern[str] = pat.lazy(
    globals(), "_PERIOD_AFTER", r"\s++(?:fiscal\s++)?(?:period|quarter)(?![a-z])"
)


def _stepped(ref: DateMention, n: int, unit: str, *, keep: bool) -> _Period | None:
    """
    The period *n* *unit*s from the reference date *ref*: at the precision of
    *ref* when *keep* ("a year earlier" after "the third quarter" is the
    third quarter a year before), else at the precision of *unit* ("the
    following year").
    """
    assert ref.earliest is not None and ref.value is not None
    prec, first = ref.precision, ref.earliest
    y = int(ref.value[:4])
    try:
        if unit in _DAY_UNITS:
            if prec != "day":
                return None
            return cal.day(first + _dt.timedelta(days=n))
        if unit == "week":
            if prec not in {"day", "week"}:
                return None
            moved = first + _dt.timedelta(days=7 * n)
            return cal.day(moved) if keep and prec == "day" else cal.week(moved)
        if unit == "month":
            if prec not in {"day", "month"}:
                return None
            my, mm = cal.add_months(first.year, first.month, n)
            if keep and prec == "day":
                return cal.day(_dt.date(my, mm, min(first.day, cal.last_day(my, mm))))
            return cal.month(my, mm)
        if unit == "quarter":
            if prec != "quarter":
                return None
            q = (first.month - 1) // 3 + n
            return cal.quarter(first.year + q // 4, q % 4 + 1)
        # unit == "year"
        if not keep or prec == "year":
            return cal.year(y + n)
        if prec == "day":
            return cal.day(
                _dt.date(
                    y + n, first.month, min(first.day, cal.last_day(y + n, first.month))
                )
            )
        if prec == "month":
            return cal.month(y + n, first.month)
        if prec == "quarter":
            return cal.quarter(y + n, int(ref.value[6]))
        if prec == "half":
            return cal.half(y + n, int(ref.value[6]))
        if prec == "season":
            return cal.season(y + n, ref.value[5:7])
        return None
    except (ValueError, OverflowError, IndexError):
        return None


def _is_reference(m: DateMention) -> bool:
    """Whether *m* can be the reference time of later counting expressions."""
    return (
        m.kind == "date"
        and m.resolved
        and m.precision in _REF_PRECISIONS
        and m.value is not None
        and m.value[:4].isdigit()
    )


#: What lies between a date and a counting expression set beside it, on
#: folded text: "May 6, the day after", "October 8, 2023, a day after".
_APPOSED_RE: regex.Pattern[str] = pat.lazy(
    globals(),
    "_APPOSED_RE",
    r",[ ]++(?:(?:just|only|exactly)[ ]++)?+(?:the[ ]++|a[ ]++)?+\Z",
)


def _opens_sentence(folded: str, start: int) -> bool:
    """Whether the date at *start* opens its sentence, a preposition before it at most ("In March, ...")."""
    if start <= _OPENING_REACH:
        return _OPENING_AT_START_RE.search(folded, 0, start) is not None
    return _OPENING_RE.search(folded, start - _OPENING_REACH, start) is not None


#: How far before a date :func:`_opens_sentence` looks.
_OPENING_REACH: Final = 16
_OPENING: Final = (
    r"""["'”’)]?+\s*+(?:(?:in|by|on|since|until|during|from|through|throughout|early"""
    r"""|late|mid|last)\s++)?+\Z"""
)
_OPENING_RE: regex.Pattern[str] = pat.lazy(
    globals(), "_OPENING_RE", r"[.!?\n]" + _OPENING
)
_OPENING_AT_START_RE: regex.Pattern[str] = pat.lazy(
    globals(), "_OPENING_AT_START_RE", r"(?:\A|[.!?\n])" + _OPENING
)


def _holds(period: DateMention, day: DateMention) -> bool:
    """Whether the day *day* falls within the period *period*."""
    return (
        period.earliest is not None
        and period.latest is not None
        and day.earliest is not None
        and period.earliest <= day.earliest <= period.latest
    )


def _resolve_links(ctx: _Ctx, found: list[DateMention]) -> list[DateMention]:
    """
    Give expressions that count from a reference time their value: "a year
    earlier", "the next day", "the following year" count from the date
    mentioned last (they keep kind ``"event_relative"``); "a year ago" after
    a quarter or half year (company results) is that quarter a year before;
    "the 1988 period" after "the third quarter" is the third quarter of 1988.
    """
    if not ctx.links and not any(
        m.precision == "quarter" or m.kind == "event_relative" for m in found
    ):
        # nothing counts from a reference time, no year becomes a quarter,
        # nothing is set beside a date
        return found
    ref: DateMention | None = None
    # The last day-precision reference that is not the publication day: "the
    # ministry said on Sunday" dates the report, not the story's events, so a
    # "two days earlier" after it counts from the last event day told before.
    pub_day = None if ctx.published is None else ctx.published.isoformat()
    told: DateMention | None = None
    # The last single day of the story's events: neither the publication day
    # nor a day a statement is dated by ("read on state television on Sunday
    # evening"), nor a span of days ("the night of Saturday to Sunday").
    event_day: DateMention | None = None
    last_day: DateMention | None = None  # (the last day told, the report's own too)
    out: list[DateMention] = []
    for m in found:
        link = ctx.links.get(m.start)
        if ref is not None and ref.precision == "day":
            last_day = ref
        if ref is not None and ref.precision == "day" and ref.value != pub_day:
            told = ref
            if (
                ref is not event_day
                and ref.earliest == ref.latest
                and _REPORTED_ON_RE.search(  # <= 40 chars: no timeout
                    ctx.folded, max(0, ref.start - 40), ref.start
                )
                is None
            ):
                event_day = ref
        if link is None:
            if ref is not None and ref.precision == "quarter" and m.precision == "year" and (
                m.value is not None and len(m.value) == 4
                and _PERIOD_AFTER.match(ctx.folded, m.end)
            ):  # fmt: skip
                assert ref.value is not None
                q = cal.quarter(int(m.value), int(ref.value[6]))
                m = _changed(m, q[0], q[1], q[2], q[3], m.relative)
            elif _is_reference(m):
                ref = m
            elif (
                m.value is None
                and m.kind == "event_relative"
                and out
                and out[-1].precision == "day"
                and _is_reference(out[-1])
                and _APPOSED_RE.match(ctx.folded, out[-1].end, m.start) is not None
            ):
                # "on May 6, the day after the first drone attack", "since
                # October 8, 2023, a day after Hamas attacked": the day the
                # date before the comma names
                prev = out[-1]
                m = _changed(
                    m, prev.value, prev.precision, prev.earliest, prev.latest, True
                )
            out.append(m)
            continue
        n, unit, how = link
        period: _Period | None = None
        chained = False
        if how == "quarter":
            if ref is None or ref.precision != "quarter":
                continue  # "the quarter" of a city, or of nothing named before
            period = _stepped(ref, n, unit, keep=True)
        elif how == "now":
            if (
                ref is not None
                and unit == "year"
                and ref.precision in {"quarter", "half"}
            ):
                period = _stepped(ref, n, unit, keep=True)
        elif ref is not None:
            keep = m.kind != "event_relative" or m.duration is not None
            base = ref
            if unit == "hours":
                # "hours later": on the day told last, even past a vaguer
                # date ("fled the fighting last week. Hours later"), the
                # report's own day when no other was told ("the ministry said
                # on Friday ... since late 2023. Hours later")
                unit = "day"
                if ref.precision != "day":
                    if told is not None:
                        base = told
                    elif last_day is not None:
                        base = last_day
            if (
                told is not None
                and ref.value == pub_day
                and ref.precision == "day"
                and (unit in _DAY_UNITS or unit == "week")
            ):
                base = told
            elif (
                event_day is not None
                and ref is not event_day
                and ref.precision == "day"
                and (unit in _DAY_UNITS or unit == "week")
                and ". " in ctx.folded[ref.end : m.start]
                and _REPORTED_ON_RE.search(  # <= 40 chars: no timeout
                    ctx.folded, max(0, ref.start - 40), ref.start
                )
                is not None
            ):
                # "killed 14 on Tuesday, police said on Wednesday. The
                # previous day": the day before Tuesday's, not Wednesday's
                # (a statement's day is no more the story's clock than the
                # report's own, past its sentence: "said on Monday that the
                # army struck the previous day" is the Sunday)
                base = event_day
            elif (
                event_day is not None
                and ref.precision not in {"day", "week"}
                and (unit in _DAY_UNITS or unit == "week")
                and (_holds(ref, event_day) or not _opens_sentence(ctx.folded, ref.start))
            ):
                # "... the deadliest attack this year. A day earlier": a day
                # before the last event day told, which "this year" holds,
                # or past a background date inside a clause ("Traore, who
                # seized power in September 2022, ... Two days later"); not
                # after a month that opens its sentence ("In March, gunmen
                # abducted 287 pupils, freed two weeks later"): no day of it
                base = event_day
            period = _stepped(base, n, unit, keep=keep)
            chained = True
        elif m.duration is not None and n < 0 and ctx.published is not None:
            # "a year earlier" with no date before it: a year before the story
            d = _step(ctx.published, n, unit)
            period = None if d is None else _period_at(d, unit)
        if period is not None:
            m = _changed(m, period[0], period[1], period[2], period[3], True)
            if chained and m.precision in _REF_PRECISIONS:
                ref = m  # "the next day ... the following day" counts on from it
        out.append(m)
    return out


# -- entry points -----------------------------------------------------------


@functools.cache
def _anchor_set() -> frozenset[str]:
    """The anchor words plus the four-digit numbers that may be years."""
    return pat.ANCHORS | frozenset(str(n) for n in range(1500, 2100))


@functools.cache
def _short_numbers() -> frozenset[str]:
    """One- and two-digit numbers ("3", "03", "90"): anchors only near a date word."""
    return frozenset(str(n) for n in range(100)) | frozenset(
        f"{n:02d}" for n in range(10)
    )


@functools.cache
def _bytes_sets() -> tuple[frozenset[bytes], frozenset[bytes], frozenset[bytes]]:
    """ANCHORS, PREFIXES and NUMBER_CONTEXT as sets of ASCII bytes."""

    def enc(words: frozenset[str]) -> frozenset[bytes]:
        return frozenset(w.encode("ascii") for w in words)

    return enc(pat.ANCHORS), enc(pat.PREFIXES), enc(pat.NUMBER_CONTEXT)


_DATE_SEPARATORS: Final = frozenset({"/", "."})


@functools.cache
def _sure_tokens() -> frozenset[bytes]:
    """
    Tokens that may belong to a date by themselves: the anchor words, years
    and decades ("2016", "1990s"), and ordinals and decades of short
    numbers ("21st", "90s").
    """
    anchors, _, near = _bytes_sets()
    out = set(anchors)
    for head in _anchor_set() | _short_numbers():
        if head.isdigit():
            suffixes: tuple[str, ...] = ("", "s", "st", "nd", "rd", "th")
            if head in _short_numbers():
                suffixes = tuple(x for x in suffixes if x.encode("ascii") in near)
            out.update(f"{head}{x}".encode("ascii") for x in suffixes)
    return frozenset(out)


@functools.cache
def _candidate_tokens() -> frozenset[bytes]:
    """The words a candidate starts from: sure ones and bare short numbers."""
    return _sure_tokens() | _short_tokens()


@functools.cache
def _short_tokens() -> frozenset[bytes]:
    """Bare one- and two-digit numbers: date parts only near a date word."""
    return frozenset(n.encode("ascii") for n in _short_numbers())


#: Bytes that are not ASCII letters or digits become spaces: splitting on
#: spaces then gives the words, whose offsets are running lengths.
_TOKEN_TABLE: Final = bytes(
    c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256)
)


#: Prefix words no expression starts with ("of", "and" ...): not tried as starts.
_NON_STARTERS: Final = frozenset(
    b"of and to until till through or st nd rd th night".split()
)


#: Prefix words that start an expression only before one of a few words
#: ("the night of", "in recent years", "at present", "that day"): not tried
#: as starts before any other word.
_STARTS_ONLY_BEFORE: Final = {
    b"the": frozenset(b"year quarter night day future past week weekend month".split()),
    b"in": frozenset([b"recent"]),
    b"palm": frozenset([b"sunday"]),
    b"good": frozenset([b"friday"]),
    b"at": frozenset([b"present"]),
    b"that": frozenset(
        b"day morning afternoon evening night week weekend month year".split()
    ),
}


def scan(
    text: str, *, published: _dt.date | None = None, shouting: bool | None = None
) -> list[DateMention]:
    """
    Find and normalise every temporal expression in *text*.

    *shouting* says whether *text* is ALL-CAPS wire copy (as
    :attr:`conflictparse.Document.shouting` does); by default it is worked
    out on first need.

    >>> [d.value for d in scan("Shelling resumed on 3 May 2015.")]
    ['2015-05-03']
    """
    ctx = _Ctx(text, quick_fold(text), published, shouting)
    found: list[DateMention] = []
    lo = done = 0
    while lo < len(text):
        hi = _chunk_end(ctx.folded, lo)
        if done < hi:  # else the piece lies in a sentence given up on (MAX_PER_SENTENCE)
            done = _scan_chunk(ctx, lo, hi, found, done)
        lo = hi
    if ctx.coordinated and len(found) > 1:
        _shared_years(ctx, found)
    found = _join_ranges(ctx, found)
    if found and ("week " in ctx.folded or "days to " in ctx.folded):
        found = _weeks_to(ctx, found)
    found = _resolve_links(ctx, found)
    if "the eve of " in ctx.folded:
        _eves(ctx, found)
    if len(found) > 1 and ", a " in ctx.folded:
        _appositive_weekdays(ctx.folded, found)
    return found


#: "the week to", "the seven days ending" right before a day (folded text).
_WEEK_TO: regex.Pattern[str] = pat.lazy(
    globals(),
    "_WEEK_TO",
    r"(?<![a-z])the[ ]++(?:week|(?:seven|7)[ ]++days)[ ]++"
    r"(?:to|ending|up[ ]++to|through|until)[ ]++(?:on[ ]++)?+\Z",
)


def _weeks_to(ctx: _Ctx, found: list[DateMention]) -> list[DateMention]:
    """
    "In the week to Sunday", "the seven days ending October 4": the seven
    days up to that day, one range taking in the words before the day (and
    the duration "seven days" read inside them), as UN situation reports
    and weekly tallies count.
    """
    out: list[DateMention] = []
    for d in found:
        if (
            d.kind == "date"
            and d.precision == "day"
            and d.earliest is not None
            and d.value is not None
            and (m := _WEEK_TO.search(ctx.folded, max(0, d.start - 40), d.start))
            is not None
        ):
            start = m.start()
            while out and out[-1].start >= start:
                out.pop()  # "seven days", a duration inside the range
            first = d.earliest - _dt.timedelta(days=6)
            out.append(
                _range(
                    ctx,
                    start,
                    d.end,
                    f"{first.isoformat()}/{d.value}",
                    "day",
                    first,
                    d.earliest,
                    d.relative,
                )
            )
        else:
            out.append(d)
    return out


#: "the eve of" (perhaps with an article) right before a date.
_EVE_OF: regex.Pattern[str] = pat.lazy(
    globals(), "_EVE_OF", r"(?<![a-z])the[ ]++eve[ ]++of[ ]++(?:the[ ]++|an?[ ]++)?+\Z"
)


def _eves(ctx: _Ctx, found: list[DateMention]) -> None:
    """
    "On the eve of Sunday's election", "the eve of the March 8 vote": the
    day before the day named, the mention taking in "the eve of".  (In place.)
    """
    folded = ctx.folded
    at = folded.find("the eve of ")
    while at >= 0:
        # the first mention starting after "eve of " (the few words after it)
        k = bisect.bisect_left(found, at, key=_start_of)
        at = folded.find("the eve of ", at + 11)
        if k == len(found):
            break
        m = found[k]
        start = m.span.start
        if m.precision != "day" or m.kind != "date" or m.earliest is None:
            continue
        eve = _EVE_OF.search(folded, max(0, start - 20), start)
        d = None if eve is None else cal.shift(m.earliest, -1)
        if eve is None or d is None:
            continue
        found[k] = _new_mention(
            text=ctx.text[eve.start() : m.span.end],
            span=_new_span(start=eve.start(), end=m.span.end),
            provenance=m.provenance,
            value=d.isoformat(),
            precision="day",
            earliest=d,
            latest=d,
            kind="date",
            relative=m.relative,
            duration=None,
        )


def _start_of(m: DateMention) -> int:
    return m.span.start


#: The weekdays by name (folded), Monday first as ``date.weekday()`` counts.
_WEEKDAY_NAMES: Final = _text.WEEKDAY_NAMES


def _appositive_weekdays(folded: str, found: list[DateMention]) -> None:
    """
    Give a weekday told as an apposition of the day before it ("on 5 April,
    a Saturday,") that day's date, when the two agree: read alone, it would
    count from the publication date. (In place: the list is the scan's own.)
    """
    for i in range(1, len(found)):
        a, b = found[i - 1], found[i]
        day = a.earliest
        if (
            day is None
            or a.precision != "day"
            or a.latest != day
            or folded[a.span.end : b.span.start] != ", a "
        ):
            continue
        name = folded[b.span.start : b.span.end]
        if name in _WEEKDAY_NAMES and _WEEKDAY_NAMES.index(name) == day.weekday():
            found[i] = _changed(b, a.value, "day", day, day, b.relative)


#: After this many dates packed into one sentence (no sentence end between
#: them: a full, question or exclamation mark, perhaps closed by a quote or
#: bracket, then any space; or any line break) and at most
#: :data:`DENSE_CHARS` characters apart on average, the rest of that
#: sentence is not read.  Real sentences hold at most six dates (seed, 1,300
#: MUC stories, TimeBank/AQUAINT), and a line of a timeline or a table ends
#: at its line break; a run of hundreds of dates a few characters apart is
#: hostile input, and reading all of it cost ~60 us per date.
MAX_PER_SENTENCE: Final = 48

#: The most characters per date, on average, of a run the limit applies to.
DENSE_CHARS: Final = 24

#: After this many dates packed into one sentence whose stops all follow an
#: abbreviation or an initial (a list of AP-style dates, "Sept. 1, Sept. 2,
#: Oct. 5, ..."), at most :data:`DENSE_CHARS` characters apart on average,
#: the rest of that sentence is not read.  A list of every day of two or
#: three months is read whole; a line of thousands of them (hostile input)
#: is read up to the limit, in time linear in its length.
MAX_PER_LIST: Final = 4 * MAX_PER_SENTENCE

#: The most characters per date, on average, of a run of :data:`MAX_PER_SENTENCE`
#: dates across sentence ends but in one line after which the rest of that
#: line is not read: sentences of a date and next to nothing else ("5 May
#: 12. 5 May 12. ...", each date a sentence of its own: a stop after an
#: abbreviation such as "Sept." ends none), which no story holds (a sentence that says
#: something about a date is longer) and which cost ~60 us per date.
DENSE_LINE_CHARS: Final = 12

_SENTENCE_END: regex.Pattern[str] = pat.lazy(
    globals(),
    "_SENTENCE_END",
    r"""[.?!]["'\u201d\u2019)\]]*+\s  # a full stop, question or exclamation mark,
                                   # perhaps closed by quotes or brackets, then a space
      | \n                         # any line break (lists, timelines, tables, CRLF)
    """,
    regex.VERBOSE,
)

#: Words a full stop follows inside a sentence (folded): month and weekday
#: abbreviations, titles, and a few common others.
_ABBREVIATIONS: Final = frozenset(
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt", "adm",
        "cmdr", "gov", "sen", "rep", "st", "mt", "ft", "no", "nos", "vs", "etc", "inc", "ltd",
        "co", "corp", "prof", "rev", "brig", "hon", "pres", "approx", "est", "jr", "sr",
    }
)  # fmt: skip

_STOP: regex.Pattern[str] = pat.lazy(
    globals(),
    "_STOP",
    r"""([a-z]*+)                  # the word before the stop, if any
        [.?!]["'\u201d\u2019)\]]*+\s  # a stop, perhaps closed by quotes or brackets, a space
    """,
    regex.VERBOSE,
)


def _sentence_full(ctx: _Ctx, found: list[DateMention], start: int) -> int:
    """
    Where reading resumes when the mention just found at *start* is the
    :data:`MAX_PER_SENTENCE`-th of a dense run in one sentence (the end of
    that sentence, or of the text), else 0.
    """
    if len(found) < MAX_PER_SENTENCE:
        return 0
    first = found[-MAX_PER_SENTENCE].span.start
    if start - first > MAX_PER_SENTENCE * DENSE_CHARS:
        return 0
    if _SENTENCE_END.search(ctx.folded, first, start):  # bounded by the line above
        # sentence ends between them: only a run of tiny sentences of a date
        # each ("5 May 12. 5 May 12. ...") in one line is cut, at the line end
        if "\n" in ctx.folded[first:start]:
            return 0
        # ... and only when every date is a sentence of its own; a stop after
        # an abbreviation ("Sept. 1, Sept. 2, ...") or an initial ends none
        ends = abbreviated = 0
        for m in _STOP.finditer(ctx.folded, first, start):  # <= 1,152 characters
            word = m[1]
            if word and (len(word) == 1 or word in _ABBREVIATIONS):
                abbreviated += 1
            else:
                ends += 1
        if not ends:  # one sentence after all, a list ("Sept. 1, Sept. 2, ...")
            return _list_full(ctx.folded, found, start)
        if (
            abbreviated
            or ends < MAX_PER_SENTENCE - 1
            or start - first > MAX_PER_SENTENCE * DENSE_LINE_CHARS
        ):
            return 0  # (read on: a mixed list costs no more than before)
        end_of_line = ctx.folded.find("\n", start)
        return len(ctx.folded) if end_of_line < 0 else end_of_line
    # the sentence's true end: a stop after an abbreviation ("Dec. 31, 2016")
    # ends no sentence, and resuming there would read a date from its middle
    return _true_sentence_end(ctx.folded, start)


#: The end of a sentence: a stop (as :data:`_STOP` finds it) after neither
#: an abbreviation nor an initial, or a line break.
_TRUE_END: regex.Pattern[str] = pat.lazy(
    globals(),
    "_TRUE_END",
    r"""[.?!]                          # a stop
        (?<!(?<![a-z])(?:"""
    + "|".join(sorted(_ABBREVIATIONS, key=lambda w: (-len(w), w)))
    + r"""|[a-z])[.?!])                # after neither "sept" nor "j"
        ["'\u201d\u2019)\]]*+\s        # perhaps closed by quotes or brackets, then a space
      | \n                            # or a line break
    """,
    regex.VERBOSE,
)


def _list_full(folded: str, found: list[DateMention], start: int) -> int:
    """
    Where reading resumes when the mention just found at *start* is the
    :data:`MAX_PER_LIST`-th of a dense run in one sentence whose stops all
    follow abbreviations or initials (the end of that sentence), else 0.
    """
    if len(found) < MAX_PER_LIST:
        return 0
    first = found[-MAX_PER_LIST].span.start
    if start - first > MAX_PER_LIST * DENSE_CHARS or _TRUE_END.search(
        folded, first, start
    ):
        return 0  # (bounded by the line above: no timeout)
    return _true_sentence_end(folded, start)


def _true_sentence_end(folded: str, start: int) -> int:
    """
    Where the sentence around *start* ends: at the first stop after it that
    follows neither an abbreviation nor an initial, or at the first line
    break, or at the end of *folded*.

    >>> _true_sentence_end("on sept. 1, oct. 2 and dec. 3. then", 3)
    29
    """
    end = _TRUE_END.search(folded, start, timeout=REGEX_TIMEOUT)
    return len(folded) if end is None else int(end.start())


#: Characters per piece a long text is read in (cut at a line break or a
#: sentence end), so the token lists stay small and time stays linear.
_CHUNK: Final = 32_768


def _chunk_end(folded: str, lo: int) -> int:
    """Where the piece of *folded* starting at *lo* ends."""
    hi = lo + _CHUNK
    if hi >= len(folded):
        return len(folded)
    floor = lo + _CHUNK // 2
    for ends in ((". ", ".\n", "\n\n"), ("\n", " ")):  # sentence ends first
        cut = max(folded.rfind(e, floor, hi) for e in ends)
        if cut >= 0:
            return cut + 1
    return hi


def _candidates(
    line: bytes, words: list[bytes], tokens: frozenset[bytes]
) -> list[tuple[int, int]]:
    """
    ``(k, at)`` for each of the *words* of *line* (a piece of folded text
    with every byte but ASCII letters and digits made a space, split) a
    candidate may start from, that is each word in *tokens*: *k* its index
    among the words, *at* its offset in *line*.  All in C but one ``find``
    per candidate: the first whole-word occurrence of a candidate after the
    one before is that candidate (an earlier one would be a candidate itself).

    >>> line = b"rebels took it on 3 may  2015"
    >>> _candidates(line, line.split(), _candidate_tokens())
    [(4, 18), (5, 20), (6, 25)]
    """
    find = (b" " + line + b" ").find
    needles = _needles()
    # the next " word " starts after the space before the one just found:
    # no " word " starts inside a word (no spaces there), so this is the
    # same as searching from the space after it
    # word indices from a stored tuple: itertools.count() would make a new
    # int for each word of the text, to keep only one in twenty or so
    indices = _indices()
    at = -1
    return [
        (k, at := find(needles[words[k]], at + 1))
        for k in itertools.compress(
            indices if len(words) <= len(indices) else itertools.count(),
            map(tokens.__contains__, words),
        )
    ]


@functools.cache
def _needles() -> dict[bytes, bytes]:
    """``b" word "`` for each of the :func:`_candidate_tokens`, for :func:`_candidates`."""
    return {word: b" " + word + b" " for word in _candidate_tokens()}


@functools.cache
def _indices() -> tuple[int, ...]:
    """``0, 1, 2 ...``: the word indices of any piece of :data:`_CHUNK` characters."""
    return tuple(range(_CHUNK // 2 + 1))


#: :func:`._patterns.next_char_class` of every ASCII character and of the
#: end of the text, looked up instead of called.
_NEXT_CLASS: Final = {c: pat.next_char_class(c) for c in ["", *map(chr, range(128))]}

#: A number right before "/" or "." and a digit ("10/01/2016", "3.5.16").
_NUMBER_BEFORE_SEPARATOR: regex.Pattern[str] = pat.lazy(
    globals(), "_NUMBER_BEFORE_SEPARATOR", r"\d[/.]\d"
)


def _prefix_run(
    line: bytes,
    words: list[bytes],
    i: int,
    at: int,
    prefixes: frozenset[bytes],
    done: int,
) -> list[tuple[bytes, int]]:
    """
    The word ``words[i]`` at offset *at* of *line* (as :func:`_candidates`
    gives them) and the prefix words before it, nearest first, with their
    offsets: up to six, each ending at most four bytes before the next one
    starts (one to four bytes between them), none starting before *done*.

    >>> line = b"gunmen struck on the night of    3 may"
    >>> words = line.split()
    >>> _prefix_run(line, words, 6, 33, frozenset([b"on", b"the", b"night", b"of"]), 0)
    [(b'3', 33), (b'of', 27), (b'night', 21), (b'the', 17), (b'on', 14)]
    """
    run = [(words[i], at)]
    k, a = i, at
    stop = i - 6 if i > 6 else 0  # six prefix words at most
    while k > stop:
        q = words[k - 1]
        if q not in prefixes:
            break
        lo = a - 5 if a > 5 else 0
        gap = line[lo:a].rstrip()
        if not gap:
            break
        a = lo + len(gap) - len(q)
        if a < done:
            break
        k -= 1
        run.append((q, a))
    return run


def _scan_chunk(ctx: _Ctx, lo: int, hi: int, found: list[DateMention], done: int) -> int:
    """
    Append the mentions found in ``folded[lo:hi]`` to *found*; *done* is
    the end of the last match so far (a match may run past *hi*), and the
    new one is returned.
    """
    folded = ctx.folded
    # the words: runs of ASCII letters and digits; every other byte becomes
    # a space (offsets kept), all built in C, no Python loop over words
    line = folded[lo:hi].encode("ascii", "replace").translate(_TOKEN_TABLE)
    _, prefixes, near_words = _bytes_sets()
    sure = _sure_tokens()
    ascii_text = folded.isascii()
    # done: the end of the last match; anchors before it are used up
    words = line.split()
    # bare short numbers are tried only near a date word or before "/" or
    # "." and a digit (below): a piece with neither tries none of them
    # (a linear three-character pattern: no timeout, which costs two reads of
    # the process clock, a system call, more than the search)
    if near_words.isdisjoint(words) and not _NUMBER_BEFORE_SEPARATOR.search(
        folded, lo, hi
    ):
        candidates = _candidates(line, words, sure)
    else:
        candidates = _candidates(line, words, _candidate_tokens())
    last = len(words) - 1  # the index of the last word
    for i, at in candidates:
        word = words[i]
        start = lo + at
        if start < done:
            continue
        if word not in sure:
            # a bare one- or two-digit number is tried only within three
            # words of a date word or right before "/" or "." and a digit
            # ("10/01/2016")
            end = start + len(word)
            if near_words.isdisjoint(words[i - 3 if i > 3 else 0 : i + 4]) and not (
                folded[end : end + 1] in _DATE_SEPARATORS
                and folded[end + 1 : end + 2].isdigit()
            ):  # (the number itself is no date word)
                continue
        # the prefix words before it ("on the night of", "between")
        if i and words[i - 1] in prefixes:
            run = _prefix_run(line, words, i, at, prefixes, done - lo)
        else:
            run = [(word, at)]
        for n in range(len(run) - 1, -1, -1):
            word, a = run[n]
            if n:
                if word in _NON_STARTERS:
                    continue
                before = _STARTS_ONLY_BEFORE.get(word)
                if before is not None and run[n - 1][0] not in before:
                    continue
            m = got = None
            pos = lo + a
            after = ""
            if ascii_text and word[:1].isdigit():
                nxt = pos + len(word)
                after = _NEXT_CLASS[folded[nxt : nxt + 1]]
            # the forms the next word allows ("on" + "3": not "on Friday";
            # "3" + "may": not "3 days"), when there is a next word; after
            # a weekday or a month, those the word after it allows ("on
            # Friday" + "rebels": not "on Friday, May 3"); run[n] is
            # words[i - n]
            if (after or word in _SECOND_KEYED) and (n or i < last):
                following = run[n - 1][0] if n else words[i + 1]
                date_next = (
                    _next_key(words, i - n + 1, last)
                    if word == b"on" and following in _DATE_NAMES
                    else None
                )
                # a listed word is its own key (words here are letters and
                # digits only, never the "#" or "*" of the list)
                if following not in _SECOND_WORDS:
                    following = _second_key(following)
                detect = _detector(word, ascii_text, after, following, date_next)
            elif word in _DATE_NAMES:
                detect = _detector(
                    word, ascii_text, after, b"", _next_key(words, i - n, last)
                )
            else:
                detect = _detector(word, ascii_text, after)
            if detect is None:
                continue
            # a match anchored at pos, of forms whose runs are possessive
            # and bounded: no timeout (it costs more than the match)
            m = detect[0].match(folded, pos)
            if m is None or m.end() <= start:
                continue
            # the form that matched (as _handler finds it, inline), and
            # how its handler reads the match
            numbers, readers = detect[3], detect[6]
            handler, index, groups = (
                readers[0]
                if len(numbers) == 1
                else next(itertools.compress(readers, m.group(*numbers)))
            )
            got = handler(ctx, groups(m, index))
            if got is not None and (gend := got.span.end) > (gstart := got.span.start):
                found.append(got)
                ctx.recent.append((gstart, gend))
                done = m.end()
                if gend > done:  # a handler read past the match: "a year ago today"
                    done = gend
                if len(found) >= MAX_PER_SENTENCE:  # (what _sentence_full asks first)
                    done = max(done, _sentence_full(ctx, found, got.span.start))
            if done > start:
                break
    return done


class DateParser:
    """
    The default dates parser: finds dates, date ranges, durations and
    event-relative expressions, and resolves them against the story's
    publication date.

    >>> import datetime
    >>> from conflictparse import Document
    >>> from conflictparse.context import Context
    >>> doc = Document(
    ...     text="Gunmen stormed the checkpoint on Friday, police said.",
    ...     context=Context(published=datetime.date(2016, 1, 10)),
    ... )
    >>> [(d.text, d.value, d.precision) for d in DateParser()(doc)]
    [('on Friday', '2016-01-08', 'day')]

    .. versionadded:: 0.1.0
    """

    __slots__ = ()

    def __call__(self, doc: Document) -> tuple[DateMention, ...]:
        return tuple(scan(doc.text, published=doc.published, shouting=doc.shouting))

    def __reduce__(self) -> tuple[type[DateParser], tuple[()]]:
        return (DateParser, ())
