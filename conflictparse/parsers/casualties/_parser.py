"""
The casualty rules: how quantities and outcome words combine into counts.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import operator
import re
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from typing import Final, NamedTuple

import attrs
import regex

from conflictparse._document import Document
from conflictparse._text import REGEX_TIMEOUT, compile_re, parse_number
from conflictparse.parsers.casualties import _lexicon as lx
from conflictparse.parsers.casualties._reader import (
    EM_DASH_MARK,
    HURT_GROUPS,
    PAIR_ONLY,
    PAIRS,
    STARTERS,
    Quantity,
    Token,
    _definite_one,
    em_dashes_apart,
    guard_category,
    noun_phrase,
    possibly_more,
    quantity_at,
    quantity_list,
    quotes_off_triggers,
    split_tokens,
    trigger_at,
    wire_slug_off,
    words_at,
)
from conflictparse.results import (
    _BROADER_VICTIM,
    _CLAIM_REASON,
    _COMPETING_REASON,
    _CUMULATIVE_REASON,
    _DIED_OF_WOUNDS_REASON,
    ActorMention,
    CasualtyCount,
    Provenance,
    Span,
    _trusted_builder,
)

__all__ = ["CasualtyParser"]


class _Found(NamedTuple):
    q: Quantity
    outcome: str
    subset: bool = False
    toll: bool = False
    name: str | None = None
    cumulative: bool = False
    #: an outdated toll ("an earlier toll of nine"): replaced, replacing nothing
    stale: bool = False
    #: another source's bare figure after a contrast ("…, while local
    #: officials said 45": `_said_figure_after`), a rival of the count before it
    said: bool = False
    #: a bare count that stays in a place ("59 remain in Gaza"): captives
    #: only when the story told of captives just before (`_held_of_captives`)
    held: bool = False


#: The provenance reason of a toll that sums earlier incidents
#: ("bringing the death toll since October to 30,000"); `summarize` leaves
#: such counts out.
CUMULATIVE_REASON: Final = _CUMULATIVE_REASON
#: The provenance reason of a party's count of its own kills ("the group
#: said its fighters had killed 30 Christians"); `summarize` does not add it
#: to another source's toll of the same dead.
CLAIM_REASON: Final = _CLAIM_REASON
#: The provenance reason of a second source's figure for the dead (or the
#: hurt) a first source counts in the same sentence ("police said 12 people
#: were killed, but residents said at least 20 died"): `summarize` reads it
#: as a bound of the first count, not as more victims.
COMPETING_REASON: Final = _COMPETING_REASON
#: The provenance reason of the parts of a total told before them ("killed
#: 12 people" … "seven died in Gwoza and five in Bama"): `summarize` does
#: not add them to the total.
PART_REASON: Final = "part of an earlier total"
#: The provenance reason of a count of the hurt who died later ("two of the
#: wounded died in hospital", "seven were hurt, three of whom later died"):
#: `summarize` moves them from the wounded to the killed, so they are not
#: counted as both.
DIED_OF_WOUNDS_REASON: Final = _DIED_OF_WOUNDS_REASON


_CLAUSE_END: Final = frozenset(".;:!?")
#: Nouns that are a toll after a source's verb of a figure and before
#: "at" alone: "hospital officials put the number at 40", "put the figure at".
_BARE_TOLL_NOUNS: Final = frozenset(["number", "figure"])
#: The verbs of a source's figure before "the number" / "the figure".
_PUT_VERBS: Final = frozenset(
    ["put", "puts", "putting", "placed", "places", "placing", "estimated", "estimates"]
)
_TOLL_FIRST: Final = frozenset(words[0] for words in lx.TOLL_WORDS) | _BARE_TOLL_NOUNS
_SUBSET_FIRST: Final = frozenset(intro[0] for intro in lx.SUBSET_INTROS)
_ZERO_FIRST: Final = lx.words("no nobody none no-one without")
#: Punctuation to blank out before splitting a sentence into words. The
#: dash too (the folded text has no other): no cue word holds one, and one
#: glued to an outcome word ("were killed- the army said", "wounded--one of
#: them") hid it from the cues. And the reader's mark of an em dash.
_SPACES: Final = {
    ord(c): " " for c in ".,;:!?()[]{}\"'`/\u2019\u201c\u201d-" + EM_DASH_MARK
}
#: `_SPACES` for ASCII text, as a table of ``bytes.translate``; also
#: \x1c-\x1e, where ``str.split`` splits and ``bytes.split`` does not (the
#: words of the bytes are those of the text, split as `str`).
_ASCII_SPACES: Final = bytes.maketrans(
    bytes(c for c in _SPACES if c < 128) + b"\x1c\x1d\x1e",
    b" " * (sum(c < 128 for c in _SPACES) + 3),
)
#: A sentence without one of these words holds no count.
_CUES: Final = frozenset(lx.TRIGGERS) | _TOLL_FIRST | {"harmed", "victims"}
# ("victims": "Ten of the victims were children", subsets with no outcome word)
#: Every phrase some rule needs: outcomes, tolls, "harmed" (no one was
#: harmed) and "victims" (among the victims were).
_NEEDED: Final = (
    {" ".join(words) for entries in lx.TRIGGERS.values() for words, _, _ in entries}
    | {" ".join(words) for words in lx.TOLL_WORDS}
    | {"harmed", "victims"}
    | {noun + " at" for noun in _BARE_TOLL_NOUNS}
) - {"taken", "rescued", "rescuing", "took", "buried", "taking"}
# (a bare passive is read after a form of "be" alone, `_BE_TAKEN`, a
# rescue with a word of captivity in its sentence alone, `_CAPTIVE_WORDS`,
# "took" with a taker who may abduct alone, `_TAKER_WORDS`: "took
# place", "took part" fill wire copy, "taking" with a noun of hostages
# alone (`_CAPTIVE_HEADS`), and "buried" before a count alone,
# `_BURIED_NEXT`)
#: The word after each "buried" (a count opens there or nowhere).
_BURIED_NEXT: Final = compile_re(r"\bburied\s++([\w-]++)")
#: The bare passive "taken" after a form of "be" (its words one space apart):
#: most sentences with "taken" ("had taken", "taken to hospital") need no
#: reading for it.
_BE_TAKEN: Final = compile_re(r"\b(?:been|were|was|being|are) taken\b")
#: Cue words that are phrases on their own ("killed", "toll"); the others
#: only open longer ones ("made homeless", "number of dead").
_WHOLE_CUES: Final = _CUES & {p for p in _NEEDED if " " not in p}
#: `_CUES` and `_WHOLE_CUES` as bytes, for ASCII text (all are ASCII).
_CUE_BYTES: Final = frozenset(w.encode("ascii") for w in _CUES)
_WHOLE_CUE_BYTES: Final = frozenset(w.encode("ascii") for w in _WHOLE_CUES)
#: The needed phrases of one word.
_NEEDED_WORDS: Final = frozenset(p for p in _NEEDED if " " not in p)
#: Runs of letters: every token of letters alone is one of them.
_LETTERS_RE: Final = regex.compile(r"[a-z]++")
#: The same for ASCII text, with the standard library's faster ``re`` (a
#: run of one class cannot backtrack: no time limit needed).
_ASCII_LETTERS_RE: Final = compile_re(r"[a-z]++")


def _phrases_by_first() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for phrase in sorted(_NEEDED):
        if " " in phrase:
            table.setdefault(phrase.split()[0], []).append(phrase)
    return {first: tuple(phrases) for first, phrases in table.items()}


#: The needed phrases of several words by their first word, the words
#: apart by one space.
_PHRASES_BY_FIRST: Final = _phrases_by_first()
#: ``str.split`` also splits at \x1c-\x1f, which are no white space to
#: ``regex`` (``\s``): they become a character that is neither.
_NOT_SPACE: Final = dict.fromkeys(range(0x1C, 0x20), "\x00")
_SMALL_NUMBERS: Final = lx.words(
    "two three four five six seven eight nine ten eleven twelve twenty thirty"
)
#: "Attempt" and "attempts" without "to" after them are nouns ("during the
#: assassination attempt 7 people were killed", "the attempt on his life
#: killed two guards"); "an attempt to kill" is planned by its "to".
_VERB_HYPOTHETICAL: Final = lx.HYPOTHETICAL - {"attempt", "attempts"}
_MODAL_BEFORE: Final = _VERB_HYPOTHETICAL - {"to", "did", "does", "do", "without", "not"}
_AMONG: Final = {
    "dead": "killed",
    "killed": "killed",
    "victims": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "casualties": "killed_or_wounded",
}


def _trigger_here(toks: list[Token], k: int) -> bool:
    """Whether an outcome phrase starts at token *k* (a set test first: most words open none)."""
    return k < len(toks) and toks[k][0] in lx.TRIGGERS and trigger_at(toks, k) is not None


def _is_boundary(toks: list[Token], k: int) -> bool:
    """Whether nothing that could be an object starts at token *k*."""
    if k >= len(toks):
        return True
    word = toks[k][0]
    return not word[0].isalnum() or word in lx.BOUNDARY_WORDS


def _hypothetical_before(toks: list[Token], i: int, *, noun: bool = False) -> bool:
    """Whether the verb (or noun) at *i* is planned, threatened, denied or negated."""
    if i >= 2 and toks[i - 1][0] in ("have", "having") and toks[i - 2][0] == "to":
        return False  # "claimed to have killed": a report of the past
    if noun and _asked_for(toks, i):
        return True
    words = lx.NOUN_HYPOTHETICAL if noun else _VERB_HYPOTHETICAL
    seen = 0
    k = i - 1
    stop = max(i - 12, 0)  # a bounded walk: runs of trigger words stay linear
    while k >= stop and seen < 4:
        word = toks[k][0]
        if word in _CLAUSE_END or word == ",":
            return False
        if word in words and not (word == "to" and _to_before_a_name(toks, k, i)):
            return True
        if word not in ("or", "and") and (
            word not in lx.TRIGGERS or trigger_at(toks, k) is None
        ):
            seen += 1
        k -= 1
    return False


def _asked_for(toks: list[Token], i: int) -> bool:
    """
    Whether the noun outcome at *i* is only asked for: "demanded the release
    of an opposition leader", "pressing for the release of three hostages",
    "talks on the release of two hostages" (the asking word right before
    the noun's article; not "demanded justice after the killing of five").
    """
    k = i - 1
    stop = max(i - 4, 0)
    while k >= stop and toks[k][0] in _ASKED_GAP:
        k -= 1
    if k < 0 or k >= i - 1 or toks[k][0] not in _ASKING:
        return False
    # ("called for the release"; not "called the killing a terrorist act")
    return not toks[k][0].startswith("call") or toks[k + 1][0] == "for"


#: Words that ask for what a noun outcome names (:func:`_asked_for`).
_ASKING: Final = lx.words(
    """
    demand demanded demanding demands urge urged urging urges seek sought
    seeking seeks press pressed pressing presses negotiate negotiated
    negotiating negotiations talks appeal appealed appealing appeals plea
    pleas call called calling calls
    """
)
#: What may stand between an asking word and its noun ("called for the
#: immediate release").
_ASKED_GAP: Final = lx.words(
    "the for on over about an a immediate unconditional safe swift"
)


def _dismissed(toks: list[Token], i: int, end: int) -> bool:
    """
    Whether the count read at tokens ``[i, end)`` is the content of a report
    that the sentence calls wrong: "reports of 19 dead are exaggerated",
    "rejected claims that 30 protesters were shot dead", "reports that 12
    soldiers were captured were false". A report alone ("there were reports
    of 19 dead") is a count.
    """
    r = -1
    for k in range(i - 1, max(i - 4, 0) - 1, -1):
        if toks[k][0] in ("of", "that") and k > 0 and toks[k - 1][0] in lx.REPORT_NOUNS:
            r = k - 1
            break
    if r < 0:
        return False
    for k in range(r - 1, max(r - 4, 0) - 1, -1):
        if toks[k][0] in lx.DISMISSING_VERBS:
            return True  # "rejected claims that …", "dismissed reports of …"
        if toks[k][0] in _CONFIRM_VERBS and any(
            toks[m][0] in _NOT_CONFIRMED for m in range(max(k - 3, 0), k)
        ):
            return True  # "could not confirm reports that 30 people were killed"
        if toks[k][0] in _CLAUSE_END or toks[k][0] == ",":
            break
    n = len(toks)
    for k in range(end, min(end + 8, n)):
        word = toks[k][0]
        if word in _CLAUSE_END or word == ",":
            return False
        if word in lx.BE_WORDS:
            m = k + 1
            while m < n and toks[m][0] in lx.DISMISSING_ADVERBS:
                m += 1
            if m < n and toks[m][0] in lx.DISMISSING_WORDS:
                return True
    return False


#: Verbs of a report's check, and the words that deny it ("could not
#: confirm reports that …", "was unable to verify claims of …").
_CONFIRM_VERBS: Final = lx.words("confirm verify corroborate")
_NOT_CONFIRMED: Final = lx.words("not unable cannot never")


#: Words that may stand between an infinitive's "to" and its verb ("to be
#: killed", "to try and kill").
_INFINITIVE_GAP: Final = lx.words("be have try help attempt further then also")


#: Past tenses of deeds without "-ed" ("went to the market and shot dead 30
#: men"); not "hit" or "cut", the same as their infinitives.
_IRREGULAR_PAST: Final = lx.words("shot slew struck overran blew beat fought took")


def _to_before_a_name(toks: list[Token], k: int, i: int) -> bool:
    """
    Whether the "to" at *k* opens a phrase of its own ("fighters linked to
    al Qaeda killed 20", "gunmen thought to be bandits killed 20"), not the
    infinitive of the past-tense verb at *i* ("threatened to kill"): a word
    other than an infinitive's follows it (or "be" and a noun), and the
    verb is in the past.
    """
    verb = toks[i][0]
    if k + 1 >= i or not (verb.endswith("ed") or verb in _IRREGULAR_PAST):
        return False
    nxt = toks[k + 1][0]
    if nxt == "be" and k + 2 < i:
        # "gunmen suspected to be ISWAP fighters killed": "to be" and a noun
        # phrase describe the subject of the past-tense verb ("to be killed",
        # "to be quickly killed" stay infinitives)
        after = toks[k + 2][0]
        return after not in _INFINITIVE_GAP and not after.endswith("ly")
    return nxt not in _INFINITIVE_GAP and not nxt.endswith("ly")


def _modal_before(toks: list[Token], i: int) -> bool:
    """Whether a modal or threat verb sits just before the quantity at *i*."""
    for k in range(i - 1, max(i - 4, -1), -1):
        word = toks[k][0]
        if word in _CLAUSE_END or word == ",":
            return False
        if word in _MODAL_BEFORE:
            return True
    return False


#: Words after a count that open another group or clause: an "including"
#: after them belongs to that group, not to the count.
_NEW_GROUP: Final = lx.words("and but while whereas")


def _subsets_after(
    folded: str, toks: list[Token], k: int, outcome: str
) -> tuple[list[_Found], int]:
    """ "…, including three children": subsets of a count ending at *k*."""
    n = len(toks)
    m = k
    if outcome:  # after a count: skip "today", "in the attack" up to a comma
        for step in range(k, min(k + _SUBSET_REACH, n)):
            word = toks[step][0]
            if word in _NEW_GROUP:
                return [], k  # "… and five others, including a boy, were hurt"
            if word in (",", "(") or word in _CLAUSE_END or _trigger_here(toks, step):
                m = step
                break
            if word in _SUBSET_FIRST and any(
                words_at(toks, step, intro) for intro in lx.SUBSET_INTROS
            ):
                m = step
                break
    m = m + 1 if m < n and toks[m][0] in (",", "(") else m
    if outcome and m > k and m < n and toks[m - 1][0] == ",":
        # a source's clause before the subsets: "killed more than 70
        # people, a war monitor said on Friday, including 35 members of
        # the security forces" (a few words, up to the next comma)
        for step in range(m, min(m + _SOURCE_CLAUSE_REACH, n)):
            word = toks[step][0]
            if word == ",":
                if (
                    step + 1 < n
                    and toks[step + 1][0] in _SUBSET_FIRST
                    and any(toks[x][0] in _SOURCE_VERBS for x in range(m, step))
                ):
                    m = step + 1
                break
            if word in _CLAUSE_END or word in _NEW_GROUP or _trigger_here(toks, step):
                break
    if outcome and m > k and m < n:  # "…, four of them critically"
        q = quantity_at(folded, toks, m, bare=False)
        if q is not None and q.head is None and q.anaphoric:
            if outcome != "killed" and _died_after(toks, q.j):
                # "three of whom later died", "abducted 30 students, five of
                # whom were later killed": read as a killed count
                return [], k
            return [_Found(q, outcome, subset=True)], q.j
        if (
            q is None
            and outcome == "wounded"
            and m + 2 < n
            and toks[m + 1][0] in _DEGREES
            and (toks[m + 2][0] in _CLAUSE_END or toks[m + 2][0] in (",", "and"))
        ):
            # "17 people were wounded, four seriously": some of the 17
            bare = quantity_at(folded, toks, m)
            if bare is not None and bare.j == m + 1 and bare.best is not None:
                return [_Found(bare, outcome, subset=True)], m + 1
    if m >= n or toks[m][0] not in _SUBSET_FIRST:
        return [], k
    for intro in lx.SUBSET_INTROS:
        if words_at(toks, m, intro):
            qs = quantity_list(folded, toks, m + len(intro), bare=False)
            if not qs and outcome:  # "…, including 6 who were seriously injured"
                q = quantity_at(folded, toks, m + len(intro))
                if q is not None and q.j < n and toks[q.j][0] == "who":
                    qs = [q]
            if len(qs) > 1 and qs[-1].j < n and trigger_at(toks, qs[-1].j) is not None:
                # "including two gang members, and around 6,000 people fled":
                # the last group is the subject of a clause of its own
                qs = qs[:-1]
            if qs:
                if qs[-1].head is not None:
                    qs = _with_shared_head(toks, qs)  # "including 12 women and children"
                end = qs[-1].j
                if end < n and toks[end][0] == ")":
                    end += 1
                found = [_Found(q, outcome, subset=True) for q in qs]
                if outcome and len(qs) == 1 and end + 1 < n and toks[end][0] == ",":
                    # "including 78 civilians, 37 of whom were killed in air
                    # strikes": a part of the part, of its victims
                    q = quantity_at(folded, toks, end + 1, bare=False)
                    if (
                        q is not None
                        and q.head is None
                        and q.anaphoric
                        and (outcome == "killed" or not _died_after(toks, q.j))
                    ):
                        found.append(
                            _Found(q._replace(victim=qs[0].victim), outcome, subset=True)
                        )
                        end = q.j
                return found, end
    return [], k


#: Ranks of armed men whose side the word list guesses ("a commander":
#: militants; "a captain": soldiers): among a count of an armed group
#: they are of its side.
_RANK_HEADS: Final = lx.words(
    "commander commanders captain captains lieutenant colonel general sergeant officer officers"
)


def _ranks_of(total: Quantity, subsets: list[_Found]) -> list[_Found]:
    """
    *subsets* of the count *total* with the armed side of *total* given to
    a rank among them: "killed 11 soldiers, including a battalion
    commander" (a soldier, not a militant).
    """
    if total.victim not in lx.ARMED:
        return subsets
    return [
        s._replace(q=s.q._replace(victim=total.victim))
        if s.q.head in _RANK_HEADS and s.q.victim != total.victim
        else s
        for s in subsets
    ]


#: How many words of a place or time may stand between a count and the
#: comma before its subsets ("killed 93 Palestinians across the Gaza Strip
#: in the past 24 hours, including 33 …").
_SUBSET_REACH: Final = 11
#: Adverbs of how badly some of the hurt were hurt ("…, four seriously").
_DEGREES: Final = lx.words("seriously critically severely gravely badly")
#: Verbs of a source's clause between a count and its subsets (`_subsets_after`).
_SOURCE_VERBS: Final = lx.words("said says told reported according added")
#: How many tokens such a clause may run ("a local official told Reuters on Friday").
_SOURCE_CLAUSE_REACH: Final = 9


#: Adverbs between "three of whom" and the verb of their death ("later died").
_DIED_ADVERBS: Final = lx.words("later subsequently eventually also then")


def _died_after(toks: list[Token], k: int) -> bool:
    """
    Whether a verb of death follows token *k*, past an adverb ("…, three of
    whom later died"): the group has its own outcome, not the count's.
    """
    while k < len(toks) and toks[k][0] in _DIED_ADVERBS:
        k += 1
    if k + 1 < len(toks) and toks[k][0] in ("were", "was"):
        k += 1  # "five of whom were later killed"
        while k < len(toks) and toks[k][0] in _DIED_ADVERBS:
            k += 1
    hit = trigger_at(toks, k) if k < len(toks) and toks[k][0] in lx.TRIGGERS else None
    return hit is not None and hit[0] == "killed"


#: What opens a breakdown right after an outcome, and what may close it:
#: "killed: three soldiers and two civilians.", "wounded--seven civilians
#: and two soldiers--in the attack", "killed (three soldiers and two
#: civilians)", "killed, three soldiers and two civilians.".
_BREAKDOWN_CLOSE: Final = {
    ":": _CLAUSE_END | {","},
    "-": _CLAUSE_END | {"-", ","},
    "(": frozenset(")"),
    ",": _CLAUSE_END,
}


def _breakdown_after(
    folded: str, toks: list[Token], k: int, outcome: str, total: Quantity
) -> tuple[list[_Found], int]:
    """
    "Five people were killed: three soldiers and two civilians": the groups
    of a count listed right after its outcome ending at *k*, as subsets of
    *total*. Two groups or more, each of a victim noun and an exact number,
    whose numbers add up to the total's: a list that adds up to something
    else may be other victims ("four were killed, two soldiers and two
    police were hurt" is stopped by its own outcome, but not every such
    list has one).
    """
    n = len(toks)
    if k >= n or total.best is None or total.vague is not None:
        return [], k
    opener = toks[k][0]
    closers = _BREAKDOWN_CLOSE.get(opener)
    if closers is None:
        return [], k
    m = k + 1
    while opener == "-" and m < n and toks[m][0] == "-":
        m += 1  # "--", or an em dash after a hyphen
    if m >= n:
        return [], k
    word = toks[m][0]
    if not (
        word[0].isdigit()
        or word in lx.NUMBER_WORDS
        or (word in ("a", "an") and opener != ",")  # ": a judge and his driver"
    ):
        # most commas after an outcome open a source (", police said"):
        # no list is read there
        return [], k
    qs = quantity_list(folded, toks, m, bare=False)
    if len(qs) < 2 or any(
        q.head is None or q.best is None or q.vague is not None or q.anaphoric for q in qs
    ):
        return [], k
    if sum(q.best or 0 for q in qs) != total.best:
        return [], k
    end = qs[-1].j
    if end < n and toks[end][0] not in closers:
        return [], k  # "…, three soldiers and two civilians were wounded"
    if end < n and toks[end][0] in (")", "-"):
        end += 1
    return [_Found(q, outcome, subset=True) for q in qs], end


#: Determiners after "none of" before the group's noun ("none of its troops").
_NONE_OF_DETERMINERS: Final = lx.words("the its their his her our these those")


def _zero(folded: str, toks: list[Token], i: int) -> tuple[list[_Found], int] | None:
    """ "no one was hurt", "no civilians were killed", "no casualties"."""
    word = toks[i][0]
    n = len(toks)
    head: str | None = None
    victim = "people"
    if word == "not":
        # "not a single civilian was killed" (`_passive` sends it here)
        np = noun_phrase(toks, i + 3, singular=True) if i + 3 < n else None
        if np is None:
            return None
        head, victim, k = np
    elif word not in _ZERO_FIRST:
        return None
    elif word == "none" and i + 2 < n and toks[i + 1][0] == "of":
        # "none of them were hurt", "none of its 10,000 troops had been hurt"
        k = i + 2
        if toks[k][0] == "them":
            k += 1
        elif toks[k][0] in _NONE_OF_DETERMINERS:
            k += 1
            if k < n and (toks[k][0][0].isdigit() or toks[k][0] in lx.NUMBER_WORDS):
                k += 1  # the group's size, not a count
            np = noun_phrase(toks, k, singular=False)
            if np is None:
                return None
            head, victim, k = np
        else:
            return None
    elif word in ("nobody", "none", "no-one"):
        k = i + 1
    elif word == "no" and i + 1 < n and toks[i + 1][0] == "one":
        k = i + 2
    elif word in ("no", "without"):
        k = i + 1
        while k < n and toks[k][0] in ("causing", "any", "inflicting", "reported"):
            k += 1
        trig = trigger_at(toks, k)
        if trig is not None and "N" in trig[1] and toks[k][0] != "bodies":
            end = trig[2]
            victim = "unknown"
            if end + 1 < n and toks[end][0] == "among":
                # "no casualties among civilians", "… among the troops"
                m = end + 2 if toks[end + 1][0] == "the" else end + 1
                np = noun_phrase(toks, m, singular=False) if m < n else None
                if np is not None:
                    victim = np[1]
            q = Quantity(i, end, 0, 0, 0, False, None, None, victim, False)
            return [_Found(q, trig[0])], end
        if word == "without":
            return None
        np = noun_phrase(toks, k, singular=False)
        if np is None:
            return None
        head, victim, k = np
    else:
        return None
    end = k
    if i > 0 and toks[i - 1][0] in lx.TRIGGERS and word != "without":
        active = _active_zero(toks, i, victim)
        if active is not None:  # "lost no soldiers", "killed no one"
            q = Quantity(i, end, 0, 0, 0, False, None, head, victim, False)
            return [_Found(q, active)], end
    gap = 0
    while k < n and toks[k][0] in lx.GAP_WORDS and gap < 4:
        k += 1
        gap += 1
    if not gap and toks[i][0] == "none" and i + 1 < n and toks[i + 1][0] == "of":
        return None  # "none of the soldiers killed there were named": no verb of theirs
    trig = trigger_at(toks, k)
    if trig is None or "P" not in trig[1]:
        word = toks[k][0] if k < n else ""
        if word == "harmed":
            trig = ("killed_or_wounded", "P", k + 1)
        else:
            return None
    outcome = lx.ZERO_OUTCOME.get(toks[k][0], trig[0])
    q = Quantity(i, end, 0, 0, 0, False, None, head, victim, False)
    if ("C" in trig[1] or "Y" in trig[1]) and _guarded(toks, (q,), trig[1], trig[2]):
        return None  # "no soldiers are being held by the crew": no captors
    return [_Found(q, outcome)], trig[2]


def _active_zero(toks: list[Token], i: int, victim: str) -> str | None:
    """
    The outcome of an active verb that ends right before the zero at token
    *i* ("the army lost no soldiers", "the blast killed no one"), or None:
    no such verb, a planned or denied one ("vowed to kill no civilians"),
    or a euphemism whose victims are not armed ("lost no time").
    """
    for start in range(i - 1, max(i - 4, -1), -1):
        trig = trigger_at(toks, start)
        if trig is not None and trig[2] == i:
            outcome, flags, _ = trig
            if "A" not in flags or (victim == "people" and "E" in flags):
                return None
            if "E" in flags and victim not in lx.ARMED:
                return None
            if _hypothetical_before(toks, start):
                return None
            return lx.ZERO_ACTIVE_OUTCOME.get(toks[start][0], outcome)
    return None


#: How far, in tokens, a toll's number is looked for after its noun: far
#: enough to cross the incident named between them ("the death toll from a
#: paramilitary assault on a displacement camp near El Fasher rose to 112",
#: "the death toll from an attack by Islamic State-linked rebels on a church
#: in eastern Congo's Ituri province has risen to 43").
_TOLL_REACH: Final = 26
#: Adverbs before a toll's noun that make it an outdated figure ("officials
#: initially put the toll at 21", "had earlier given a toll of nine").
_STALE_ADVERBS: Final = lx.words("initially earlier previously originally")


def _toll(folded: str, toks: list[Token], i: int) -> tuple[list[_Found], int] | None:
    """ "the death toll rose to 30", "the number of dead reached 12"."""
    if toks[i][0] not in _TOLL_FIRST:
        return None
    tolls = lx.TOLL_WORDS.items()
    if (
        toks[i][0] in _BARE_TOLL_NOUNS
        and 2 <= i < len(toks) - 1
        and toks[i + 1][0] == "at"
        and toks[i - 1][0] == "the"
        and toks[i - 2][0] in _PUT_VERBS
    ):
        # "hospital officials put the number at 40": a source's toll of the
        # dead, the noun saying no more
        tolls = {(toks[i][0],): "killed"}.items()
    group = ""
    if toks[i][0] == "number" and i + 3 < len(toks) and toks[i + 1][0] == "of":
        # "the number of troops killed in the ambush rose to nine": a toll
        # of the group's outcome and victims
        np = noun_phrase(toks, i + 2, singular=False)
        if np is not None and np[2] < len(toks):
            trig = trigger_at(toks, np[2])
            if trig is not None and "P" in trig[1] and trig[0] in _PERSON_OUTCOMES:
                tolls = {tuple(t[0] for t in toks[i : trig[2]]): trig[0]}.items()
                group = np[1]
    for words, outcome in tolls:
        if words_at(toks, i, words):
            k = i + len(words)
            # a cumulative toll sums other incidents: it replaces nothing
            update = not any(t[0] in lx.CUMULATIVE for t in toks[max(i - 2, 0) : i])
            # "an earlier toll of nine", "the initial death toll": replaced
            stale = any(t[0] in lx.STALE_TOLL for t in toks[max(i - 2, 0) : i]) or any(
                t[0] in _STALE_ADVERBS for t in toks[max(i - 4, 0) : i]
            )
            # "bringing the toll from the week's raids to 40" sums them
            summing = any(t[0] in lx.SUMMING_VERBS for t in toks[max(i - 2, 0) : i])
            for m in range(k, min(k + _TOLL_REACH, len(toks))):
                word = toks[m][0]
                if word in _CLAUSE_END:
                    return None
                if word in lx.CUMULATIVE or (summing and word in lx.PLURAL_INCIDENTS):
                    update = False
                if word in lx.TOLL_LINKS and not (
                    word == "of" and toks[m - 1][0] == "as"
                ):
                    # "as of 1618" dates the toll; it is no link
                    q = quantity_at(folded, toks, m + 1)
                    if q is not None and (q.low is not None or q.high is not None):
                        if group and q.head is None:
                            q = q._replace(victim=group)
                        after = trigger_at(toks, q.j)  # "a toll of 1 person wounded"
                        if after is not None and "P" in after[1]:
                            outcome, q_end = after[0], after[2]
                        else:
                            q_end = q.j
                        found = _Found(
                            q,
                            outcome,
                            toll=update and not stale,
                            cumulative=not update,
                            stale=stale and update,
                        )
                        # "the toll was around 50, including at least 20 soldiers"
                        subsets, end = _subsets_after(folded, toks, q_end, outcome)
                        return [found, *subsets], max(end, q_end)
            return None
    return None


def _among(folded: str, toks: list[Token], i: int) -> tuple[list[_Found], int] | None:
    """ "among the dead were three children", "the dead included two women"."""
    if toks[i][0] not in ("among", "the"):
        return None
    n = len(toks)
    if words_at(toks, i, ("among", "the")) and i + 2 < n and toks[i + 2][0] in _AMONG:
        outcome = _AMONG[toks[i + 2][0]]
        k = i + 3
        if k < n and toks[k][0] in ("were", "are", "was", "is"):
            k += 1
    elif (
        toks[i][0] == "the"
        and i + 2 < n
        and toks[i + 1][0] in _AMONG
        and toks[i + 2][0] in ("included", "include", "including")
    ):
        outcome = _AMONG[toks[i + 1][0]]
        k = i + 3
    else:
        return None
    qs = quantity_list(folded, toks, k, bare=False, people=True)
    if not qs:
        return None
    # "among the dead were 127 elderly men and women": one group of 127
    qs = _with_shared_head(toks, qs)
    return [_Found(q, outcome, subset=True) for q in qs], qs[-1].j


def _of_the_dead(
    folded: str, toks: list[Token], i: int
) -> tuple[list[_Found], int] | None:
    """
    "Ten of the dead were civilians and four were police officers": groups
    of a toll told before, each a number, "of the dead" (the killed, the
    victims, the wounded, those killed) or, after the first, nothing, a
    form of "be" and a victim noun: subsets of that toll, of its outcome.
    """
    n = len(toks)
    outcome = ""
    if _fronted_of_the_dead(toks, i):
        # "Of the dead, ten were civilians and four were police officers":
        # the group named first, the numbers after it
        outcome = _AMONG[toks[2][0]]
    elif (
        i + 3 >= n
        or toks[i + 1][0] != "of"
        or toks[i + 2][0] not in ("the", "those")
        or toks[i + 3][0] not in _AMONG
    ):
        return None  # (most numbers: no quantity read for nothing)
    found: list[_Found] = []
    k = i
    end = i
    while k < n:
        q = quantity_at(folded, toks, k)
        if q is None or q.vague is not None or q.low is None:
            break
        if not outcome:
            m = k + 1  # (its "of" phrase read on its own: "ten of the victims")
            if m + 2 >= n or toks[m][0] != "of" or toks[m + 1][0] not in ("the", "those"):
                return None
            group = toks[m + 2][0]
            if group not in _AMONG or (toks[m + 1][0] == "those") == (
                group in ("dead", "victims", "casualties")
            ):
                return None  # ("those killed", "the dead"; not "the killed")
            outcome = _AMONG[group]
            q = q._replace(j=k + 1, head=None, victim="unknown", anaphoric=False)
            m += 3
        elif q.head is not None or q.j != k + 1:
            break
        else:
            m = q.j
            if not found:
                q = q._replace(victim="unknown", anaphoric=False)
        if m + 1 >= n or toks[m][0] not in ("were", "was"):
            break
        np = noun_phrase(toks, m + 1, singular=False)
        if np is None or (np[2] < n and toks[np[2]][0] not in _OF_THE_DEAD_AFTER):
            break  # ("ten of the dead were found in a ditch")
        found.append(
            _Found(q._replace(j=np[2], head=np[0], victim=np[1]), outcome, subset=True)
        )
        end = np[2]
        if end + 1 < n and toks[end][0] in ("and", ","):
            k = end + 2 if toks[end + 1][0] == "and" else end + 1
        else:
            break
    return (found, end) if found else None


def _fronted_of_the_dead(toks: list[Token], i: int) -> bool:
    """Whether token *i* is the number right after a sentence's opening "Of the dead," (`_of_the_dead`)."""
    return (
        i == 4
        and toks[0][0] == "of"
        and toks[1][0] in ("the", "those")
        and toks[2][0] in _AMONG
        and toks[3][0] == ","
        # ("those killed", "the dead", as after a number)
        and (toks[1][0] == "those") != (toks[2][0] in ("dead", "victims", "casualties"))
    )


#: What may follow a victim noun of `_of_the_dead`.
_OF_THE_DEAD_AFTER: Final = frozenset([".", ",", ";", "and", "while", "but", "according"])


#: Outcome words a bare "and N missing" may follow ("17 dead and 9 missing").
_COUNTED_BEFORE_MISSING: Final = lx.words("dead wounded injured hurt killed")
#: "remain" in its forms: a copula before "missing" ("two remain missing").
_REMAIN_VERBS: Final = frozenset(["remain", "remained", "remains"])

#: Verbs that, right after the last group of an object list, make that group
#: the subject of a clause of its own ("killed a guard and three attackers fled").
_CLAUSE_VERBS: Final = lx.BE_WORDS | lx.words(
    "fled escaped survived managed remained remain remains had have has"
)


def _active(folded: str, toks: list[Token], i: int) -> tuple[list[_Found], int] | None:
    """ "killing two soldiers and a policeman", "the murder of six priests"."""
    trig = trigger_at(toks, i)
    if trig is None:
        return None
    outcome, flags, k = trig
    if toks[i][0] == "took" and not _captors_before(toks, i):
        return None  # "rescuers took 14 people to hospital", "police took 12 suspects"
    n = len(toks)
    noun = False
    qs: list[Quantity] = []
    if "O" in flags and toks[i][0] != "body":  # "a body of 12 experts"
        for m in _of_objects(toks, k):
            if (
                m + 1 < n
                and toks[m][0] == "the"
                and (toks[m + 1][0][0].isdigit() or toks[m + 1][0] in _SMALL_NUMBERS)
            ):
                m += 1  # "the murder of the six Jesuits"
            qs = quantity_list(
                folded, toks, m
            )  # ("the murder of the governor": often told before)
            if qs:
                noun = True
                break
    if not noun:
        if "A" not in flags:
            return None
        if (
            k + 1 < n
            and toks[k][0] == "all"
            and (toks[k + 1][0][0].isdigit() or toks[k + 1][0] in lx.NUMBER_WORDS)
        ):
            k += 1  # "killed all five attackers"
        elif (
            k + 1 < n
            and toks[k][0] == "another"
            and (toks[k + 1][0][0].isdigit() or toks[k + 1][0] in lx.NUMBER_WORDS)
        ):
            k += 1  # "killed another 12 people": the 12, as the passive reads it
        qs = quantity_list(folded, toks, k, definite=True)
        if len(qs) > 1 and qs[-1].j < n and toks[qs[-1].j][0] in _CLAUSE_VERBS:
            # "killed a policeman and his two sons were arrested": the last
            # group is the subject of a clause of its own
            qs = qs[:-1]
    if qs and toks[i][0] == "lost" and not noun:
        own = _own_losses(toks, qs, i)
        if own is not None:  # "the group said it lost four of its men": its dead
            qs, outcome, flags = own, "killed", "A"  # (no euphemism)
        elif outcome == "killed_or_wounded" and _hurt_told_after(toks, qs[-1].j):
            outcome = "killed"  # "we lost 11 soldiers and 14 others were injured"
    if (
        len(qs) == 1
        and qs[0].head is None
        and qs[0].vague is None
        and qs[0].anaphoric
        and "E" in flags
    ):
        # a euphemism's "17 of them" counts the armed group named before
        # it ("repelled the militants and 'neutralised' 17 of them"): its
        # victims are known before the euphemism's guard looks at them
        armed = _armed_antecedent(toks, i)
        if (
            armed is None
            and not _STATE_FORCES.isdisjoint(t[0] for t in toks[:i])
            # (no other people named before it: "clashed with the villagers")
            and all(t[0] in _STATE_FORCES or t[0] not in lx.HEADS for t in toks[:i])
        ):
            # a state's forces "neutralised" 17 of them: armed foes, named
            # in a sentence before ("Militants attacked an outpost. The army
            # said soldiers had 'neutralised' 17 of them")
            armed = ("them", "militants")
        if armed is not None:
            qs = [qs[0]._replace(head=armed[0], victim=armed[1], anaphoric=False)]
    if (
        not qs
        or _hypothetical_before(toks, i, noun=noun)
        or _guarded(toks, qs, flags, trig[2])
    ):
        return None
    if toks[i][0] == "buried" and any(
        toks[m][0] in _BURIED_ALIVE for m in range(qs[-1].j, min(qs[-1].j + 4, n))
    ):
        return None  # "the blast buried 12 miners under the rubble": maybe alive
    qs = _with_shared_head(
        toks, qs
    )  # "killed dozens of soldiers and volunteer militiamen"
    if qs[-1].j < n and toks[qs[-1].j][0] in ("(", "-") and qs[-1].head is not None:
        qs = _list_past_aside(folded, toks, qs, qs[-1].j)[
            0
        ]  # "killed six priests (…) and two women"
    last = qs[-1]
    if last.head is None and not (
        _is_boundary(toks, last.j) or trigger_at(toks, last.j) is not None
    ):
        return None
    if any(q.head is None and q.vague is None and q.anaphoric for q in qs):
        # "exchanged fire with gang members, killing three of them": the
        # armed group named before the deed, when no count of it was told
        armed = _armed_antecedent(toks, i) if len(qs) == 1 else None
        if armed is None:
            return None
        qs = [qs[0]._replace(head=armed[0], victim=armed[1], anaphoric=False)]
    if "K" in flags and outcome == "kidnapped":
        if toks[i][0] == "taking":
            if any(q.head not in _CAPTIVE_HEADS for q in qs):
                return None  # "taking 300 prisoners of war" is told otherwise
            qs = [_hostage_trimmed(toks, q) for q in qs]
        elif toks[i][0] == "holding":
            if any(q.head not in _CAPTIVE_HEADS for q in qs) and not _captors_before(
                toks, i
            ):
                # "holding 1,000 civilians in camps": custody, no hostages
                # said (but "the militants are holding 30 villagers": captives)
                return None
            qs = [_hostage_trimmed(toks, q) for q in qs]
        elif toks[i][0] == "took":  # "took 14 traders hostage": the 14 traders
            qs = [_hostage_trimmed(toks, q) for q in qs]
        # "police seized three suspects", "troops seized 12 militants": a
        # capture (an arrest), not a kidnapping
        found = [
            _Found(q, "arrested" if q.victim in _CAPTURED_VICTIMS else outcome)
            for q in qs
        ]
    elif (
        outcome == "arrested"
        and toks[i][0] in _DETAIN_VERBS
        and all(q.victim in _HELD_CIVILIANS for q in qs)
        and _captors_before(toks, i)
    ):
        # "Al-Shabaab fighters detained 25 passengers": an armed group's
        # captives, kidnapped (only a state arrests)
        found = [_Found(q, "kidnapped") for q in qs]
    else:
        found = [_Found(q, outcome) for q in qs]
    if len(qs) == 1 and last.j < n and toks[last.j][0] in _BREAKDOWN_CLOSE:
        # "killed five people: three soldiers and two civilians"
        parts, end = _breakdown_after(folded, toks, last.j, outcome, last)
        if parts:
            return found + parts, end
    subsets, end = _subsets_after(folded, toks, last.j, outcome)
    if subsets:
        subsets = _ranks_of(last, subsets)
    return found + subsets, max(end, last.j)


#: Words of the hurt after a count of "lost" soldiers that make it one of
#: the dead ("lost 11 soldiers and 14 others were injured").
_HURT_AFTER_LOST: Final = lx.words("wounded injured hurt")
#: How many words after such a count its hurt are looked for.
_HURT_AFTER_REACH: Final = 8


def _hurt_told_after(toks: list[Token], k: int) -> bool:
    """
    Whether the clause after a count of "lost" people ending at *k* goes on
    with "and" and a count of the hurt: the losses are then the dead.
    """
    if k + 1 >= len(toks) or toks[k][0] != "and":
        return False
    for m in range(k + 1, min(k + _HURT_AFTER_REACH, len(toks))):
        word = toks[m][0]
        if word in _HURT_AFTER_LOST:
            return True
        if word in _CLAUSE_END:
            return False
    return False


#: Words after the victims of "buried" that tell of people trapped, not
#: of burials.
_BURIED_ALIVE: Final = lx.words("under beneath alive rubble debris")
#: Takers whose bare "took" of people is an abduction ("gunmen took 12
#: passengers", a witness's "they took more than 50 people"), beside the
#: armed nouns of the word list ("bandits", "kidnappers", "militants").
_CAPTORS: Final = lx.words("they abductors captors gangsters hostage-takers")
#: Quotation marks as tokens: a quote's start ends the taker's clause.
_QUOTE_MARKS: Final = frozenset('"\u201c\u201d')
#: Words after a taker's noun that leave it the noun of the phrase ("a
#: gunman then took", "a gang who took"), unlike "station" of "a police
#: station".
_AFTER_TAKER: Final = lx.words(
    "and or who then also later had have has were was reportedly"
)
#: Modifiers that make a taker of any people noun armed ("armed men").
_ARMED_MEN: Final = lx.words("armed masked")
#: Words of a sentence whose "took" may be an abduction (`_needed_phrase_in`).
_TAKER_WORDS: Final = (
    frozenset(w for w, (category, _) in lx.HEADS.items() if category == "militants")
    | _CAPTORS
    | _ARMED_MEN
    # ("gang members took away 14 worshippers": `_armed_modifier`)
    | frozenset(
        w for w, category in lx.MODIFIER_CATEGORIES.items() if category == "militants"
    )
)
#: How many tokens before "took" its taker may stand.
_CAPTOR_REACH: Final = 8
#: How many tokens before "and took" the first verb of its subject may stand.
_FIRST_VERB_REACH: Final = 12


def _captors_before(toks: list[Token], i: int) -> bool:
    """
    Whether the taker of the "took" at *i*, in its clause before it, is an
    armed group or "they": the clause's nearest noun of people decides
    ("police took 12 suspects", "ambulances took 14 people to hospital"
    are no abduction).
    """
    if i > 1 and toks[i - 1][0] == "and":
        # "they killed 11 men and took away about 20 women": the taker is
        # the subject of the verb before, whose object is no taker
        for k in range(i - 2, max(-1, i - 2 - _CAPTOR_REACH), -1):
            if toks[k][0] in (".", ";", ":", ","):
                break
            trig = trigger_at(toks, k) if toks[k][0] in lx.TRIGGERS else None
            if trig is not None and "A" in trig[1] and trig[2] < i - 1:
                i = k
                break
        else:
            # (or of a verb that counts nothing: "gang members stormed a
            # church in the capital on Sunday and took away 14 worshippers")
            for k in range(i - 2, max(-1, i - 2 - _FIRST_VERB_REACH), -1):
                word = toks[k][0]
                if word in (".", ";", ":", ",") or word in _QUOTE_MARKS:
                    break
                if (
                    len(word) > 4
                    and word.endswith("ed")
                    and word not in _ARMED_MEN
                    and word not in lx.HEADS
                    and k > 0
                    and toks[k - 1][0] not in _DETERMINERS
                ):
                    i = k
                    break
    for t in range(i - 1, max(-1, i - 1 - _CAPTOR_REACH), -1):
        word = toks[t][0]
        if word in _CAPTORS:
            # ("police said they had killed two gang members and captured
            # three others": "they" are the state's forces named before)
            return word != "they" or _STATE_TAKERS.isdisjoint(x[0] for x in toks[:t])
        if word in (".", ";", ":", ",") or word in _QUOTE_MARKS:
            return False
        head = lx.HEADS.get(word)
        if (
            head is not None
            and t > 0
            and toks[t - 1][0] in ("a", "an")
            and toks[t + 1][0].isalpha()
            and toks[t + 1][0] not in lx.HEADS
            and toks[t + 1][0] not in _AFTER_TAKER
        ):
            continue  # a modifier: "burned a police station and took 15 people"
        if head is not None:
            # ("armed men", "masked men": the word list's men are victims;
            # "gang members", "militia fighters": an armed modifier's)
            return (
                head[0] == "militants"
                or (t > 0 and toks[t - 1][0] in _ARMED_MEN)
                or _armed_modifier(toks, t)
            )
    return False


def _armed_modifier(toks: list[Token], t: int) -> bool:
    """Whether the people noun at *t* has a modifier of armed groups before it ("gang members")."""
    return (
        t > 0
        and toks[t][0] in lx.HEADS
        and lx.MODIFIER_CATEGORIES.get(toks[t - 1][0]) == "militants"
    )


#: Words of a state's forces that a "they" taking people may stand for
#: (`_captors_before`): an arrest, no abduction.
_STATE_TAKERS: Final = lx.words("army military soldiers troops police policemen")


#: Words of a state's forces: the side whose euphemism of killing is told
#: of its armed foes.
_STATE_FORCES: Final = lx.words("army military soldiers troops forces")
#: Possessives of a party's own people ("lost four of its men").
_OWN: Final = lx.words("its their our")
#: Nouns of a party's own people lost ("lost four of its men", "nine of our
#: brave men", "two of their fighters").
_OWN_PEOPLE: Final = lx.words("men fighters members soldiers troops officers")
#: Those of `_OWN_PEOPLE` that other bodies lose too ("the party lost 12 of
#: its members"): own dead only when the sentence names an armed side.
_OWN_IF_ARMED: Final = lx.words("members officers")
#: Words of a sentence that tell which side lost its own people, by the
#: victim category they give.
_OWN_SIDES: Final = {
    **dict.fromkeys(lx.words("army military troops soldiers"), "soldiers"),
    **dict.fromkeys(lx.words("police policemen"), "police"),
    **dict.fromkeys(
        lx.words("group militants rebels insurgents fighters militia jihadists movement"),
        "militants",
    ),
}


#: How many words before "lost" the losing side is looked for.
_SIDE_REACH: Final = 15


def _counted_head(toks: list[Token], m: int) -> bool:
    """
    Whether the word at *m* heads a counted group ("12 militants", "dozens
    of RSF fighters"): a number or "of" up to three words before it, in
    its phrase.
    """
    for k in range(m - 1, max(m - 4, -1), -1):
        word = toks[k][0]
        if word[0].isdigit() or word in lx.NUMBER_WORDS or word == "of":
            return True
        if not word[0].isalpha() or word in lx.TRIGGERS:
            return False
    return False


def _own_losses(toks: list[Token], qs: list[Quantity], i: int) -> list[Quantity] | None:
    """
    The group *qs* after "lost" at token *i* when it is a party's own people
    ("the group said it lost four of its men", "we lost nine of our brave
    men", "lost two of their fighters"): English says so of the dead, not of
    the hurt. Its victims are the side the sentence names before "lost" (the
    army's soldiers, the group's militants), else unknown. None when *qs* is
    no such group (the counts then go to the euphemism's rule: "lost up to
    250 servicemen" may count the wounded).
    """
    if len(qs) != 1:
        return None
    q = qs[0]
    bare = False
    if (
        q.head is None
        and q.vague is None
        and q.j + 2 < len(toks)
        and toks[q.j][0] == "of"
        and toks[q.j + 1][0] in _OWN
        and toks[q.j + 2][0] == "own"
    ):
        # the bare "lost two of its own": the party's own people, told
        # only when the sentence names an armed side
        q = q._replace(j=q.j + 3)
        bare = True
    elif q.head not in _OWN_PEOPLE:
        return None
    else:
        of = next((m for m in range(q.i + 1, q.j) if toks[m][0] == "of"), -1)
        if of < 0 or toks[of + 1][0] not in _OWN:
            return None
    side = next(
        (
            _OWN_SIDES[toks[m][0]]
            for m in range(i - 1, max(i - _SIDE_REACH, -1), -1)
            # (not the foes it killed: "killed 12 militants and lost two of
            # its own", "killing dozens of the attackers")
            if toks[m][0] in _OWN_SIDES and not _counted_head(toks, m)
        ),
        "unknown",
    )
    if side == "unknown":
        # the sentence's subject far before it: "The army said it had repelled
        # an assault on the eastern outskirts, killing dozens of the
        # attackers, and lost 12 of its own men"
        side = next(
            (
                _OWN_SIDES[toks[m][0]]
                for m in range(i)
                if toks[m][0] in _OWN_SIDES and not _counted_head(toks, m)
            ),
            side,
        )
    if q.victim in lx.ARMED and side == "unknown":
        side = q.victim  # "two of their fighters"
    if (side == "unknown" and (bare or q.head in _OWN_IF_ARMED)) or (
        q.j < len(toks) and toks[q.j][0] == "to"
    ):
        return None  # "the party lost 12 of its members to defections"
    return [q._replace(victim=side)]


#: Words that open a time or place phrase between an outcome noun and its
#: "of" ("the murder on Monday of two judges", "the killing in Lima of").
_DELAY_OPENERS: Final = lx.words("in on at last this during")
#: Longest time or place phrase skipped before a delayed "of", in tokens.
_MAX_DELAY: Final = 8


def _of_objects(toks: list[Token], k: int) -> list[int]:
    """
    Where the object of an outcome noun ending at token *k* may start: after
    "of" right there ("the murder of six priests"), or after an "of" that
    follows a short time or place phrase ("the murder in Lima of a judge",
    "the killing on the evening of 3 May of two farmers"). An "of" after a
    place or building noun ("in the town of", "at the home of") is skipped.
    """
    n = len(toks)
    if k >= n:
        return []
    if toks[k][0] == "of":
        return [k + 1]
    if toks[k][0] not in _DELAY_OPENERS:
        return []
    out = []
    for m in range(k + 1, min(k + 1 + _MAX_DELAY, n - 1)):
        word = toks[m][0]
        if word in _CLAUSE_END or word == "," or _trigger_here(toks, m):
            break
        if word == "of" and toks[m - 1][0] not in lx.NON_PERSON:
            out.append(m + 1)
    return out


#: Victims whose flight (F) displaces them: not fighters, police or
#: prisoners, who flee a fight or a jail.
_FLEEING: Final = frozenset(
    {"civilians", "children", "women", "men", "people", "foreigners"}
)

#: Victims a seizure captures rather than kidnaps.
_CAPTURED_VICTIMS: Final = frozenset({"prisoners", "militants"})
#: Verbs of an arrest that an armed group's taking of civilians is told
#: with too ("gunmen detained 25 passengers", "captured 12 farmers").
_DETAIN_VERBS: Final = lx.words("detained detaining captured capturing")
#: Victims an armed group takes captive rather than arrests.
_HELD_CIVILIANS: Final = frozenset(
    {"civilians", "people", "children", "women", "men", "aid workers", "journalists"}
)


#: Words of capture right after the people a verb that also takes things (K)
#: counts: a reduced relative or a complement of their captivity.
# ("away": the split phrasal verb, "the jihadists took 30 women away")
_CAPTURED_AFTER: Final = lx.words("seized abducted kidnapped captured taken captive away")


def _guarded(toks: list[Token], qs: Sequence[Quantity], flags: str, end: int) -> bool:
    """
    Whether an outcome with *flags* ending at token *end* does not count
    *qs*: a euphemism (E) whose victims are not all of an armed category
    the word list knows ("two candidates were eliminated", "neutralised
    12", "eliminated from the tournament"), a verb that also takes things
    (K) with a victim the word list does not know as a person ("seized 30
    rifles", "seized 12") or with a noun after it ("seized three Guatemalan
    passports"), or a hospital phrase (H) with a
    check-up or a precaution after it ("taken to hospital for checks").
    """
    n = len(toks)
    if "E" in flags and (
        any(q.head is None or q.victim not in lx.ARMED for q in qs)
        or (end < n and toks[end][0] == "from")
    ):
        return True
    if "K" in flags and (
        any(
            q.head is None
            or q.victim == "unknown"
            or not (
                _is_boundary(toks, q.j)
                # ("holding 30 villagers seized in the raid", "… captive":
                # the people word's own capture, no noun after it)
                or (q.j < n and toks[q.j][0] in _CAPTURED_AFTER)
            )
            for q in qs
        )
        # "a statement claiming 9 soldiers were captured": the subject of a
        # clause, whose own verb tells what befell them
        or (qs and qs[-1].j < len(toks) and toks[qs[-1].j][0] in lx.BE_WORDS)
        or (qs and qs[-1].j < len(toks) and toks[qs[-1].j][0] in ("had", "have", "has"))
    ):
        return True  # ("seized three Guatemalan passports": a noun after the people word)
    if "F" in flags and any(q.head is None or q.victim not in _FLEEING for q in qs):
        return True  # "two gunmen fled", "3,000 fled": an escape, or nobody said
    if (
        "R" in flags
        and any(
            _CAPTIVE_WORDS.isdisjoint(toks[m][0] for m in range(q.i, q.j)) for q in qs
        )
        # (a sentence of hostages tells whom they were rescued from:
        # "rescued 346 passengers …, adding that 21 hostages had been killed")
        and _CAPTIVE_WORDS.isdisjoint(t[0] for t in toks)
    ):
        return True  # "rescued 12 people from the rubble": saved, never held
    if "C" in flags and (
        not qs  # (a named person: "the engineer remained in Colombia")
        or any(_CAPTIVE_WORDS.isdisjoint(toks[m][0] for m in range(q.i, q.j)) for q in qs)
    ):
        return True  # "12 people remain in hospital": no captives
    if "W" in flags and (
        any(t[0] in _CARE_WORDS for t in toks[end : end + _CARE_REACH])
        or any(toks[m][0] in _HURT_WORDS for q in qs for m in range(q.i, q.j))
    ):
        return True  # "five wounded people were taken away in ambulances": care, no captivity
    if ("Y" in flags or ("W" in flags and end < n and toks[end][0] == "by")) and (
        not qs
        or any(_CAPTIVE_WORDS.isdisjoint(toks[m][0] for m in range(q.i, q.j)) for q in qs)
    ):
        # (hostages held by anyone are captives: "held by Hamas") the agent:
        # "by the militants", "by armed men", "by bandits"
        m = end + 1 if end < n and toks[end][0] == "by" else end  # (W: "taken away by")
        m = m + 1 if m < n and toks[m][0] in ("the", "a") else m
        armed = m < n and toks[m][0] in _ARMED_MEN
        m += 1 if armed else 0
        head = lx.HEADS.get(toks[m][0]) if m < n else None
        if not (
            (m < n and toks[m][0] in _CAPTORS)
            or (head is not None and (armed or head[0] == "militants"))
            # "by gang members", "by militia fighters"
            or (m + 1 < n and _armed_modifier(toks, m + 1))
        ):
            return True  # "held by police", "held by the army": custody
    if "H" in flags and end < n and toks[end][0] in ("for", "as"):
        return any(
            toks[m][0] in lx.NOT_HURT_AFTER for m in range(end + 1, min(end + 4, n))
        )
    return False


#: Words after "taken away" that tell care or custody, no abduction.
_CARE_WORDS: Final = lx.words(
    "ambulance ambulances hospital hospitals stretcher stretchers medics morgue "
    "mortuary treatment questioning custody"
)
#: How many tokens after "taken away" `_CARE_WORDS` are looked for.
_CARE_REACH: Final = 5
#: Words of people hurt, whom no one takes away as captives.
_HURT_WORDS: Final = lx.words("wounded injured hurt")


#: Words that may follow a bare passive (B) that counts: a place, a time,
#: an agent or the clause's end ("43 people had been taken by the gunmen",
#: "… taken from their homes on Sunday"), not a particle, an object or an
#: infinitive ("taken over", "taken ill", "taken to a police station").
_BARE_AFTER: Final = lx.words(
    """
    by from and or but on at during near when while after in last this
    yesterday today overnight earlier late early since outside inside
    across including among amid
    """
)


#: Relative words before the victims of a bare passive whose place they
#: name ("the hospital, to which 12 people were taken after the attack").
_RELATIVE_BEFORE: Final = frozenset(["which", "where", "whom"])


def _bare_end(toks: list[Token], end: int) -> bool:
    """Whether a bare passive (B) ending at token *end* has no object after it."""
    if end >= len(toks):
        return True
    word = toks[end][0]
    if not word[0].isalnum():
        return word not in ("'", '"')  # ("taken 'hostage'": a quoted word follows)
    if word not in _BARE_AFTER:
        return False
    nxt = toks[end + 1][0] if end + 1 < len(toks) else ""
    return not ((word == "by" and nxt == "surprise") or (word == "in" and nxt == "for"))


#: Adverbs before an outcome that say it did not happen.
_NEAR_MISS: Final = frozenset(["nearly", "almost", "narrowly"])


def _in_gap(word: str) -> bool:
    """Whether *word* may stand between victims and their outcome."""
    return word in lx.GAP_WORDS or (
        len(word) > 4 and word.endswith("ly") and word not in lx.TRIGGERS
    )


#: Closers of an aside after the victims: a comma, a bracket, a dash.
_ASIDE_END: Final = {",": ",", "(": ")", "-": "-"}


#: Words that end a subject when walking back from a quantity.
_SUBJECT_STOP: Final = _CLAUSE_END | lx.words(", but while whereas as when harmed")


def _none_of_before(folded: str, toks: list[Token], i: int) -> bool:
    """
    Whether "none of" or "neither of" opens the subject that token *i*
    belongs to ("none of the four priests and 100 refugees were hurt").
    """
    # the words looked at are slices of this span: with neither "none" nor
    # "neither" in it (most quantities) the walk below cannot answer True
    before = folded[toks[max(i - 12, 0)][1] : toks[i][1]]
    if "none" not in before and "neither" not in before:
        return False
    for k in range(i - 1, max(i - 12, 0), -1):
        word = toks[k][0]
        if word in _SUBJECT_STOP or (
            word in lx.TRIGGERS and trigger_at(toks, k) is not None
        ):
            return False
        if word == "of" and toks[k - 1][0] in ("none", "neither"):
            return True
    return False


def _past_aside(toks: list[Token], k: int, close: str) -> int:
    """
    The index after the aside opening at *k* and closed by *close* (within
    15 tokens, in its clause), or -1 when it does not close there or holds
    an outcome of its own.
    """
    n = len(toks)
    m = k + 1
    while m < n and toks[m][0] == "-":
        m += 1
    stop = min(m + 15, n)
    while m < stop and toks[m][0] != close and toks[m][0] not in _CLAUSE_END:
        if _trigger_here(toks, m):
            return -1  # the aside holds an outcome of its own
        m += 1
    if m >= stop or toks[m][0] != close:
        return -1
    while m < n and toks[m][0] == close:
        m += 1
    return m


def _skip_aside(toks: list[Token], k: int) -> int:
    """
    Skip an aside that opens at *k* ("…, including a camera crew, were
    hurt", "(three soldiers and five civilians)", "-- aged 4 and 1 --") when
    an outcome follows its end; return *k* unchanged otherwise.
    """
    n = len(toks)
    close = _ASIDE_END.get(toks[k][0])
    if close is None:
        return k
    m = _past_aside(toks, k, close)
    # a comma aside of "including" may hold a list of its own: "…,
    # including South African, Malawian and Uruguayan troops, were killed"
    # runs to the comma before the outcome (a few commas on at most)
    tries = _ASIDE_LIST_COMMAS if close == "," and toks[k + 1][0] == "including" else 0
    while m >= 0:
        nxt = m
        while nxt < n and _in_gap(toks[nxt][0]) and nxt - m < 6:
            nxt += 1
        if _outcome_at(toks, nxt):
            return m
        if tries == 0 or m >= n:
            break
        tries -= 1
        m = _past_aside(toks, m - 1, close)
    return k


#: How many more commas an "including" aside's own list may hold (`_skip_aside`).
_ASIDE_LIST_COMMAS: Final = 2


def _list_past_aside(
    folded: str, toks: list[Token], qs: list[Quantity], k: int
) -> tuple[list[Quantity], int]:
    """
    The groups *qs* with those that go on after a bracketed or dashed aside
    opening at *k* and "and" ("six priests (five Spaniards and one
    Salvadoran) and two women were killed", "three guards -- two of them
    brothers -- and a driver died"), and the index after them; *qs* and *k*
    unchanged when no group follows the aside. The aside, a breakdown or a
    description of the group before it, is passed over.
    """
    n = len(toks)
    m = _past_aside(toks, k, _ASIDE_END[toks[k][0]])
    if m < 0 or m >= n or toks[m][0] != "and":
        return qs, k
    more = quantity_list(folded, toks, m + 1, bare=False)
    if not more or any(q.head is None for q in more):
        return qs, k
    return qs + more, more[-1].j


def _outcome_at(toks: list[Token], k: int) -> bool:
    """Whether an outcome that follows its victims starts at *k* ("shot dead")."""
    trig = trigger_at(toks, k)
    return trig is not None and "P" in trig[1]


#: Longest bracketed aside (in tokens, brackets apart) a clause after the
#: victims may hold: an acronym, "(VDP)", "(FAMa)", or a short name.
_MAX_BRACKETED: Final = 4


#: How many words a clause or phrase after the victims may run to its "be"
#: ("at least 50 soldiers and members of the Volunteers for the Defence of
#: the Homeland (VDP) were killed").
_RELATIVE_REACH: Final = 14


def _skip_relative(toks: list[Token], k: int) -> int:
    """
    Skip a relative or participle clause or a prepositional phrase after the
    victims ("two policemen guarding the consulate were killed", "two
    volunteers for the defence of the homeland (VDP) were killed") up to the
    "be" that follows it; return *k* unchanged when there is none within
    `_RELATIVE_REACH` words. A short bracketed aside of words without an
    outcome is passed over.
    """
    n = len(toks)
    stop = min(k + _RELATIVE_REACH + 1, n)
    m = k
    while m + 1 < stop:
        m += 1
        word = toks[m][0]
        if word == "(":
            close = m + 1
            while (
                close < stop
                and close - m <= _MAX_BRACKETED
                and toks[close][0][0].isalnum()
            ):
                if _trigger_here(toks, close):
                    return k
                close += 1
            if close == m + 1 or close >= stop or toks[close][0] != ")":
                return k
            m = close  # the aside's ")": the loop goes on after it
            continue
        if not word[0].isalnum():
            return k
        if _trigger_here(toks, m):
            # an intransitive death after the phrase: "148 militants loyal
            # to Assad died", "two policemen guarding the bank died"
            # (not a relative's: "the 100,000 who have died in the war")
            return m if word in _DIED_VERBS and toks[k][0] not in _RELATIVES else k
        if (word in ("were", "was") and m + 1 < n) or (
            # ("two soldiers who had been injured in the blast died")
            word == "had" and m + 2 < n and toks[m + 1][0] == "been"
        ):
            nxt = m + 1 if word != "had" else m + 2
            while nxt < len(toks) and _in_gap(toks[nxt][0]):
                nxt += 1
            if (
                nxt + 2 < len(toks)
                and toks[nxt][0] == "among"
                and toks[nxt + 1][0] in ("those", "the")
            ):
                nxt += 2  # "were among those killed", "were among the dead"
                trig = trigger_at(toks, nxt)
                return m if trig is not None and ("P" in trig[1] or "N" in trig[1]) else k
            trig = trigger_at(toks, nxt)
            return m if trig is not None and "P" in trig[1] else k
    return k


#: Decades of a person's age ("in his sixties").
_DECADES: Final = lx.words(
    "teens twenties thirties forties fifties sixties seventies eighties nineties"
)


def _age_number(word: str) -> bool:
    """Whether *word* may be an age: a number in digits (no point) or in words."""
    return word.isdigit() or word in lx.NUMBER_WORDS


def _skip_age(toks: list[Token], k: int) -> int:
    """
    The token after an age that follows a victim noun at *k* ("aged 45",
    "aged 15 and 16", "in his 60s", "in her early thirties"), or *k*
    when none opens there: its numbers are ages, not counts.
    """
    n = len(toks)
    if k + 1 >= n:
        return k
    word = toks[k][0]
    if word == "aged":
        m = k + 1
        if not _age_number(toks[m][0]):
            return k
        m += 1
        while (
            m + 1 < n
            and toks[m][0] in ("and", "to", "-", ",")
            and _age_number(toks[m + 1][0])
        ):
            m += 2  # "aged 15 and 16", "aged 20-25", "aged 9, 11 and 14"
        return m
    if word == "in" and toks[k + 1][0] in ("his", "her", "their"):
        m = k + 2
        if m < n and toks[m][0] in ("early", "mid", "late"):
            m += 1
            if m < n and toks[m][0] == "-":
                m += 1  # "mid-20s"
        if m < n and toks[m][0] in _DECADES:
            return m + 1
        if (
            m + 1 < n
            and toks[m][0].isdigit()
            and toks[m + 1][0] == "s"
            and (toks[m + 1][1] == toks[m][2])
        ):
            return m + 2  # "in his 60s"
    return k


#: Prepositions that open a phrase after a victim noun, before its outcome:
#: "three employees of the power company", "two volunteers for the defence
#: of the homeland", "ten fighters from the rebel group" were killed.
_POSTMODIFIER_FIRST: Final = frozenset(
    {"of", "for", "from", "loyal", "linked", "allied", "affiliated"}
)
#: Intransitive verbs of death that may end a phrase after the victims.
_DIED_VERBS: Final = lx.words("died perished")


def _with_shared_head(
    toks: list[Token], qs: list[Quantity], *, subject: bool = False
) -> list[Quantity]:
    """
    *qs* with its last group run on over a plural noun that shares its
    number; with *subject* (the groups are a clause's subject) over "and
    police" before the verb too ("Fourteen soldiers and police were also
    killed": one count of 14).
    """
    last = qs[-1]
    if last.head is None:
        return qs
    shared = _shared_number_head(toks, last.j)
    if (
        subject
        and shared == last.j
        and shared + 2 < len(toks)
        and toks[shared][0] == "and"
        and toks[shared + 1][0] == "police"
        and (toks[shared + 2][0] in lx.BE_WORDS or toks[shared + 2][0] in _PERFECT)
    ):
        shared += 2
    elif (
        subject
        and shared == last.j
        and shared + 2 < len(toks)
        and toks[shared][0] == ","
        and _plural_head(toks[shared + 1][0])
        and toks[shared + 2][0] in lx.TRIGGERS
        and (hit := trigger_at(toks, shared + 2)) is not None
        and "P" in hit[1]
    ):
        # a headline's comma for "and", the noun right before its outcome:
        # "Some 25 police officers, militiamen killed"
        shared += 2
    if shared == last.j:
        return qs
    other = lx.HEADS[toks[shared - 1][0]][0]
    if not other and shared - 2 > last.j and (mod := lx.HEADS.get(toks[shared - 2][0])):
        # "two soldiers and police officers": officers of the modifier's kind
        other = mod[0]
    victim = last.victim if other in ("", last.victim) else "people"
    if victim == "people" and _BROADER_VICTIM.get(other, "") == _BROADER_VICTIM.get(
        last.victim or "", "-"
    ):
        # "14 policemen and soldiers": both of one broader group, the
        # security forces (whose dead a claim of them may count)
        victim = _BROADER_VICTIM[other]
    return [*qs[:-1], last._replace(j=shared, victim=victim)]


def _shared_number_head(toks: list[Token], k: int) -> int:
    """
    Past "and" and a plural victim noun (maybe after one adjective) at *k*
    that share the quantity before them: "13 peacekeepers and foreign
    soldiers have died" is one count of 13; *k* itself when there is none.
    """
    n = len(toks)
    if k + 1 >= n or toks[k][0] != "and":
        return k
    m = k + 1
    if m + 1 < n and toks[m][0].isalpha() and _plural_head(toks[m + 1][0]):
        m += 1  # one modifier: "foreign soldiers", "volunteer militiamen"
    if not _plural_head(toks[m][0]):
        return k  # no plural victim noun: "two men and three women", "and a child"
    return m + 1


def _plural_head(word: str) -> bool:
    """Whether *word* is a plural victim noun ("soldiers", "militiamen")."""
    head = lx.HEADS.get(word)
    return (
        head is not None
        and not head[1]
        # (and the plurals of no "-s": "12 women and children")
        and (word.endswith(("s", "men")) or word in _OTHER_PLURALS)
    )


#: Plural victim nouns without a plural "-s" that share a number before them
#: (not "police": "two soldiers and police were hurt" may be more than two).
_OTHER_PLURALS: Final = frozenset(["children", "schoolchildren", "grandchildren"])


def _passive(
    folded: str, toks: list[Token], i: int, last_trigger: int, last_outcome: int
) -> tuple[list[_Found], int] | None:
    """
    "two men and three women were killed", "left six soldiers dead".

    *last_trigger* and *last_outcome* are as in `_hit_at`: the outcome
    must start at or after the quantity's end, so at or before them.
    """
    word = toks[i][0]
    if not (
        word[0].isdigit() or word.partition("-")[0] in STARTERS or word.endswith("'s")
    ):
        return None
    if i > 0 and (
        toks[i - 1][0] in ("no", "neither", "nor", "not")
        or (word == "many" and toks[i - 1][0] == "how")
    ):
        if word == "a" and toks[i - 1][0] == "not" and words_at(toks, i, ("a", "single")):
            return _zero(folded, toks, i - 1)  # "not a single person was killed": none
        return None  # "did not say how many were hurt"
    qs = quantity_list(folded, toks, i)
    if not qs and (word not in ("a", "an") or last_outcome < i + 2):
        return None  # "a baker was killed": "was" and the outcome follow "a"
    if qs and qs[-1].j > last_trigger:
        # no outcome word after the quantity (but one in it, "40 wounded people")
        return _hurt_before_head(toks, qs, folded) if qs[-1].j - i > 2 else None
    if _none_of_before(folded, toks, i):
        return None  # "none of the four priests were hurt"
    if not qs:  # "a baker was killed"
        return _article_noun(toks, i)
    if not qs or _modal_before(toks, i):
        return None
    if len(qs) == 1 and qs[0].head is None and qs[0].anaphoric and qs[0].vague is None:
        # "said the attackers had been repulsed and that 20 of them were
        # killed": the armed group named before, uncounted, in its sentence
        armed = _passive_antecedent(toks, i)
        if armed is not None:
            qs = [qs[0]._replace(head=armed[0], victim=armed[1], anaphoric=False)]
    n = len(toks)
    k = qs[-1].j
    # "13 peacekeepers and foreign soldiers", "14 soldiers and police were killed"
    qs = _with_shared_head(toks, qs, subject=True)
    k = qs[-1].j
    if k < n and toks[k][0] in ("(", "-") and qs[-1].head is not None:
        qs, k = _list_past_aside(folded, toks, qs, k)
    if qs[-1].head is not None:
        k = _skip_age(toks, k)  # "two teenagers aged 15 and 16 were"
    if k + 4 < n and toks[k][0] == "and" and toks[k + 3][0] == "number":
        k = _past_unknown_number(toks, k)
    subsets: list[_Found] = []
    if len(qs) > 2 and k + 1 < n and toks[k][0] == "," and toks[qs[0].j][0] == ",":
        # "five people, three soldiers and two civilians, were wounded": an
        # apposition that adds up to the first group breaks it down
        pieces = qs[1:]
        if (
            qs[0].best is not None
            and qs[0].best == sum(q.best or 0 for q in pieces)
            and all(q.best is not None for q in pieces)
        ):
            qs = qs[:1]
            subsets = [_Found(q, "", subset=True) for q in pieces]
            k += 1
    elif (
        len(qs) == 2
        and k + 1 < n
        and toks[k][0] == ","
        and toks[qs[0].j][0] == ","
        and qs[0].best == qs[1].best == 1
        and toks[qs[1].i][0] in ("a", "an")
    ):
        # "one of the injured, a 68-year-old woman, died": the person the
        # first group is, told in apposition, not a second victim
        subsets = [_Found(qs[1], "", subset=True)]
        qs = qs[:1]
        k += 1
    if k < n and (toks[k][0] in (",", "(") or toks[k][0] in _SUBSET_FIRST):
        inner, after = _subsets_after(folded, toks, k, "")
        if inner and after < n and toks[after][0] in (",", ")"):
            subsets = inner
            k = after + 1
        elif (
            inner
            and after < n
            and toks[k][0] in _SUBSET_FIRST
            and (_in_gap(toks[after][0]) or trigger_at(toks, after))
        ):  # "seven people including three children were killed"
            subsets = inner
            k = after
        else:  # "five people, including two reporters and a crew, were hurt"
            k = _skip_aside(toks, k)
    elif k < n and toks[k][0] == "-":  # "two children -- aged 4 and 1 -- died"
        k = _skip_aside(toks, k)
    possessive = False
    if k + 1 < n and toks[k][0] == "'":  # "the six priests' murder"
        trig = trigger_at(toks, k + 1)
        if trig is not None and "O" in trig[1] and trig[0] in _PERSON_OUTCOMES:
            possessive = True
            k += 1
    if k < n and (
        toks[k][0] in ("who", "that")
        or (toks[k][0].endswith("ing") and trigger_at(toks, k) is None)
        or (toks[k][0] in _POSTMODIFIER_FIRST and qs[-1].head is not None)
    ):
        # "two policemen guarding the bank were", "three employees of the
        # power company were"
        relative = toks[k][0] == "who"
        k = _skip_relative(toks, k)
    else:
        relative = False
    if (
        k + 1 < n
        and toks[k][0] in lx.BODY_ADJECTIVES
        and toks[k + 1][0] in ("bodies", "corpses")
        and qs[-1].head is None
    ):
        k += 1  # "recovered 107 charred bodies": the bodies of 107 dead
    # "about 100 people may have been killed": a possible toll, whose
    # figure is its high bound (not "might have been killed if …")
    possible = (
        k + 2 < n
        and toks[k][0] in _MAY
        and toks[k + 1][0] == "have"
        and all(q.vague is None for q in qs)
        and not any(t[0] in _COUNTERFACTUAL for t in toks[k + 2 : k + 12])
    )
    if possible:
        k += 1
    has_be = False
    gap: list[str] = []
    while k < n and _in_gap(toks[k][0]) and len(gap) < 6 and not _outcome_at(toks, k):
        gap.append(toks[k][0])
        has_be = has_be or toks[k][0] in lx.BE_WORDS
        k += 1
    if "to" in gap and gap[-1] == "be":
        return None  # "are to be released"
    if _NEAR_MISS.intersection(gap):
        return None  # "a soldier was nearly killed": he was not
    among = (
        has_be
        and k + 1 < n
        and toks[k][0] == "among"
        and toks[k + 1][0] in ("those", "the")
    )
    if has_be and k + 1 < n and toks[k][0] == "among":
        m = k + 2 if toks[k + 1][0] == "the" else k + 1
        whole = quantity_at(folded, toks, m) if m < n else None
        if whole is not None and whole.j < n:
            # "two policemen were among 12 people killed": a subset of the
            # 12, who are read as a count of their own from "12" on
            trig = trigger_at(toks, whole.j)
            if (
                trig is not None
                and ("P" in trig[1] or "N" in trig[1])
                and "E" not in trig[1]
            ):
                return [_Found(q, trig[0], subset=True) for q in qs], m
    if among:  # "four police officers were among those killed"
        k += 2
    trig = trigger_at(toks, k)
    if trig is None:
        # (a participle of hurt needs a noun after it: most quantities are
        # two words or have no noun)
        last = qs[-1]
        if last.j - qs[0].i < 3 or (len(qs) == 1 and last.head is None):
            return None
        return _hurt_before_head(toks, qs, folded)
    outcome, flags, end = trig
    if (
        relative
        and (outcome in _HURT_OUTCOMES or outcome == "kidnapped")
        and len(qs) == 1
    ):
        # "two people who were wounded in the attacks later died": the
        # relative clause tells their wounds, the main verb their death
        m = end
        while (
            m < n
            and m - end < _RELATIVE_REACH
            and toks[m][0][0].isalnum()
            and toks[m][0] not in _DIED_ADVERBS
            and not _trigger_here(toks, m)
        ):
            m += 1
        if _died_after(toks, m):
            if outcome == "kidnapped":
                # "three civilians who had been abducted by the rebels were
                # killed": the clause tells how they were taken, the main
                # verb what became of them
                return [_Found(qs[0], "killed")], m + 1
            return [_Found(qs[0]._replace(head="wounded"), "killed")], m + 1
    held = "C" in flags and _held_bare(toks, qs, end)
    if not held and _guarded(toks, qs, flags, end):
        return None  # "two candidates were eliminated", "taken to hospital for checks"
    if (
        "B" in flags
        and not (
            has_be
            and _bare_end(toks, end)
            and all(q.head is not None for q in qs)  # ("like the one being taken")
            and not _RELATIVE_BEFORE.intersection(t[0] for t in toks[max(i - 3, 0) : i])
        )
    ):
        return (
            None  # "were taken to a camp", "had taken shelter", "to which 12 were taken"
        )
    if possessive:
        found = [_Found(q, outcome) for q in qs]
        return found + subsets, end
    if "P" not in flags and not ("N" in flags and (not gap or among)):
        return None  # ("two soldiers were among the dead": a noun after "among the")
    if (
        "N" in flags
        and "P" not in flags
        and not among
        and any(q.head is not None for q in qs)
    ):
        return None  # "three soldiers' bodies" is not a toll of its own
    if (
        "T" in flags
        and not has_be
        and (not _is_boundary(toks, end) or quantity_at(folded, toks, end) is not None)
    ):
        return None  # active: "two gunmen killed the mayor", "… killed at least 31"
    if all(q.head is None and q.vague is None for q in qs) and not (
        has_be
        or held
        or "T" in flags
        or "N" in flags
        or toks[k][0] in ("dead", "died")
        # a phrase of three words or more tells of people alone ("some
        # 500,000 have fled their homes")
        or end - k >= 3
        # ("eight soldiers were wounded and two remain missing": "remain"
        # stands for "are" before "missing")
        or (outcome == "missing" and bool(gap) and gap[-1] in _REMAIN_VERBS)
        # ("left 17 dead and 9 missing": a bare number after another
        # outcome's count and "and" is a count of the same telling)
        or (
            outcome == "missing"
            and not gap
            and i >= 3
            and toks[i - 1][0] == "and"
            and _counted_before_missing(toks, i - 2)
        )
    ):
        return None
    if "H" in flags and i >= 2 and toks[i - 1][0] == "whom":
        among = True  # "20 were hurt, of whom 17 were hospitalised": part of the 20
    if (
        len(qs) == 1
        and qs[0].head is None
        and end + 2 < n
        and toks[end][0] == "among"
        and toks[end + 1][0] == "the"
        and _plural_head(toks[end + 2][0])
    ):
        # "at least 50 dead among the soldiers and VDP volunteers": a bare
        # count of the group named after it
        group = _with_shared_head(
            toks,
            [
                Quantity(
                    end + 2,
                    end + 3,
                    None,
                    None,
                    None,
                    False,
                    None,
                    toks[end + 2][0],
                    lx.HEADS[toks[end + 2][0]][0],
                    False,
                )
            ],
        )[0]
        qs = [qs[0]._replace(victim=group.victim)]
        end = group.j
    if possible:
        qs = [
            q._replace(
                low=None,
                best=None,
                high=q.high if q.high is not None else q.best,
                approximate=True,
            )
            for q in qs
        ]
    found = [_Found(q, outcome, subset=among, held=held) for q in qs]
    if subsets and len(qs) == 1:
        subsets = _ranks_of(qs[0], subsets)  # "11 soldiers, including a commander, were"
    found += [s._replace(outcome=outcome) for s in subsets]
    if (
        len(qs) == 1
        and end < n
        and toks[end][0] in _BREAKDOWN_CLOSE
        and not among
        and not subsets
    ):  # "five people were killed: three soldiers and two civilians"
        parts, after = _breakdown_after(folded, toks, end, outcome, qs[0])
        if parts:
            return found + parts, after
    more, after = _subsets_after(folded, toks, end, outcome)
    if more and len(qs) == 1:
        more = _ranks_of(qs[0], more)
    return found + more, max(after, end)


#: Modals of a possible past toll before "have" ("may have been killed").
_MAY: Final = lx.words("may might")
#: Words after such a modal that make the toll one that did not happen
#: ("might have been killed if the bomb had gone off").
_COUNTERFACTUAL: Final = lx.words("if had but")


def _counted_before_missing(toks: list[Token], k: int) -> bool:
    """
    Whether the words ending at *k* (past a comma) close another outcome's
    count before "and" and a bare number of missing: "left 17 dead and 9
    missing", "50 dead among the soldiers and VDP volunteers, and some 20
    missing".
    """
    if toks[k][0] == ",":
        k -= 1
    word = toks[k][0]
    return word in _COUNTED_BEFORE_MISSING or _plural_head(word)


#: Words after "remain in" of people who are not held ("12 people remain in
#: hospital", "… in critical condition", "… in the area").
_NOT_HELD_AFTER: Final = lx.words(
    "hospital hospitals critical serious stable intensive care danger custody "
    "detention jail prison shelters shelter camps camp office power place "
    "position contact touch"
)


def _held_bare(toks: list[Token], qs: list[Quantity], end: int) -> bool:
    """
    Whether *qs*, staying in a place (a C phrase ending at token *end*:
    "59 remain in Gaza"), is one bare number or count of people, with no
    captive word of its own, and no hospital or custody after the phrase:
    captives only when the story has just told of captives, which
    `_held_of_captives` checks (the sentence alone cannot: "Families of the
    hostages rallied ... Israel says 59 remain in Gaza").
    """
    if len(qs) != 1:
        return False
    q = qs[0]
    return (
        (q.head is None or q.victim == "people")
        and q.vague is None
        and _CAPTIVE_WORDS.isdisjoint(toks[m][0] for m in range(q.i, q.j))
        and end < len(toks)
        and toks[end][0] not in _NOT_HELD_AFTER
        and toks[end][0][0].isalpha()
    )


#: Words of a number nobody gives ("an unknown number of militants").
_UNKNOWN_NUMBER: Final = lx.words(
    "unknown undetermined undisclosed unspecified unconfirmed"
)


def _past_unknown_number(toks: list[Token], k: int) -> int:
    """
    Past "and an unknown number of <victims>" at token *k* ("at least 20
    soldiers and an unknown number of militants were killed"): a group
    with no figure, which the count before it shares its verb with; else *k*.
    """
    if toks[k + 1][0] not in ("a", "an") or toks[k + 2][0] not in _UNKNOWN_NUMBER:
        return k
    if toks[k + 4][0] != "of":
        return k
    np = noun_phrase(toks, k + 5, singular=False) if k + 5 < len(toks) else None
    return k if np is None else np[2]


#: Participles of hurt that may stand before a victim noun as adjectives.
_HURT_ADJECTIVES: Final = frozenset(["wounded", "injured"])


def _hurt_before_head(
    toks: list[Token], qs: list[Quantity], folded: str
) -> tuple[list[_Found], int] | None:
    """
    The counts of *qs* whose noun has a participle of hurt before it, when
    no outcome follows them: "rescuers pulled 15 bodies and more than 40
    wounded people from the rubble", "the clinic received 30 injured
    civilians" count the wounded, whatever the verb that takes them.
    """
    found = [
        _Found(q, "wounded")
        for q in qs
        if q.head is not None
        and not q.anaphoric  # ("the two wounded nuns": told before)
        # ("two of the wounded soldiers were flown out": some of the hurt
        # told before, no more of them)
        and q.head not in HURT_GROUPS
        and not _HURT_ADJECTIVES.isdisjoint(toks[m][0] for m in range(q.i + 1, q.j - 1))
    ]
    if not found:
        # "searching for nine missing workers", "the 14 missing fishermen":
        # people the word list knows, missing (a definite group told before
        # is the same count again, which the parser leaves out)
        found = [
            _Found(q, "missing")
            for q in qs
            if q.head is not None
            and q.victim != "unknown"
            # (a number: "locate many missing people" counts nobody lost)
            and q.vague is None
            and any(toks[m][0] == "missing" for m in range(q.i + 1, q.j - 1))
        ]
    if found and any(
        toks[k][0] in _MODAL_BEFORE
        for k in range(max(qs[0].i - _MODAL_REACH, 0), qs[0].i)
    ):
        return None  # "there could be more than 300 wounded civilians": a guess
    q = qs[-1]
    trimmed = _hostage_trimmed(toks, q)
    if not found and trimmed is not q:
        found = [_Found(trimmed, "kidnapped")]  # "took 19 passengers hostage"
    if not found:
        return None
    if found[-1].q is q:
        # "received 41 wounded people, 12 of whom were children"
        more, end = _subsets_after(folded, toks, q.j, found[-1].outcome)
        return found + more, max(end, q.j)
    return found, q.j


#: How many words before a hurt participle's quantity a modal is looked for
#: ("could be more than 300": a bound's words may stand between).
_MODAL_REACH: Final = 5
#: Words of a group that tell it was held captive: its rescue (R) frees it
#: ("rescued nine of the captives", "12 abducted pupils were rescued").
_CAPTIVE_WORDS: Final = lx.words(
    "hostages hostage captives captive abductees kidnapped abducted kidnap"
)
#: The nouns of people held as hostages ("holding 182 hostages").
_CAPTIVE_HEADS: Final = frozenset(["hostages", "captives", "hostage"])


def _hostage_trimmed(toks: list[Token], q: Quantity) -> Quantity:
    """
    *q* without a last "hostage" after a noun ("19 passengers hostage":
    the word list reads "hostage" as the quantity's noun, but after
    another it tells their fate, not who they are), else *q* itself.
    """
    if q.j - q.i > 2 and toks[q.j - 1][0] == "hostage" and toks[q.j - 2][0] in lx.HEADS:
        return q._replace(j=q.j - 1)
    return q


#: Outcomes that only befall people: a noun the word list does not know is
#: a person when one of these follows it ("a baker was killed"), while
#: "a town was captured" or "a statement was released" is no count.
_PERSON_OUTCOMES: Final = frozenset({"killed", "wounded", "kidnapped"})


def _article_noun(toks: list[Token], i: int) -> tuple[list[_Found], int] | None:
    """
    "a baker was killed": an article, one to three words the victim list
    does not know, a form of "be" and an outcome only people suffer.
    """
    n = len(toks)
    k = i + 1
    while k < n and k - i <= 3:
        word = toks[k][0]
        if (
            not word[0].isalpha()
            or word in _NAME_STOP
            or word in lx.NON_PERSON
            or word in _QUANTITY_OPENERS
        ):
            break
        k += 1
    if k == i + 1 or k >= n or toks[k][0] not in ("was", "is"):
        return None
    pred = _predicate_at(toks, k)
    if pred is None or pred[0] not in _PERSON_OUTCOMES:
        return None
    q = Quantity(i, k, 1, 1, 1, False, None, None, "people", False)
    return [_Found(q, pred[0])], pred[1]


#: The forms of "be" after a definite person (`_definite_passive`).
_WAS: Final = frozenset(["was", "is"])
#: The words after a definite person's noun that `_definite_passive` reads.
_WAS_OF: Final = _WAS | {"of"}


#: Determiners opening the owner of a definite person ("the driver of the
#: mayor", "the wife of a local chief").
_OWNER_OPENERS: Final = lx.words("the a an his her their its")
#: The most words of such an owner phrase, "of" included ("the daughter
#: of the Egyptian ambassador to El Salvador").
_OWNER_REACH: Final = 8
#: Relative pronouns: an owner phrase ends before one.
_RELATIVES: Final = lx.words("who whom whose which that")


def _definite_passive(toks: list[Token], i: int) -> tuple[list[_Found], int] | None:
    """
    "the driver was shot dead": a definite person the word list knows, a
    form of "be" and an outcome only people suffer. The person may be one
    the story told of before, which `CasualtyParser` checks (`_told_before`).
    """
    q = _definite_one(toks, i)
    if q is None:
        return None
    k = q.j
    n = len(toks)
    if k + 2 < n and toks[k][0] == "of" and toks[k + 1][0] in _OWNER_OPENERS:
        # "the driver of the mayor was killed": his employer names him
        k += 2
        while (
            k < n
            and k - q.j <= _OWNER_REACH
            and toks[k][0].isalpha()
            and toks[k][0] not in _WAS
        ):
            if _trigger_here(toks, k) or toks[k][0] in _RELATIVES:
                # ("the son of a businessman who was kidnapped": the
                # relative tells of the owner) unless a verb of the
                # definite person follows it ("the son of a businessman
                # who was kidnapped last year was killed", "the brother of
                # a journalist killed last year was shot dead")
                k = _past_owner_clause(toks, k)
                if k < 0:
                    return None
                break
            k += 1
    if k + 1 < n and toks[k][0] == "," and toks[k + 1][0] in ("who", "whose"):
        # "The mayor, who had received threats, was killed": past the
        # relative clause to its closing comma
        m = k + 2
        while m < n and m - k <= _RELATIVE_CLAUSE_REACH and toks[m][0] not in _CLAUSE_END:
            if toks[m][0] == ",":
                k = m + 1
                break
            if _trigger_here(toks, m):
                return None  # ("the mayor, who was wounded, ...": its own count)
            m += 1
    if k >= n or toks[k][0] not in _WAS:
        return None
    pred = _predicate_at(toks, k)
    if pred is None or pred[0] not in _PERSON_OUTCOMES:
        return None
    return [_Found(q, pred[0])], pred[1]


def _past_owner_clause(toks: list[Token], k: int) -> int:
    """
    The index of the form of "be" of a definite person's own verb after a
    clause on the owner that opens at *k* (a relative pronoun or a
    participle: "who was kidnapped last year was killed", "killed last year
    was shot dead"), else -1: the clause's own "be" right after its pronoun
    is skipped, and the clause runs to the next "was" or "is" without a
    comma, a conjunction or a full stop between.
    """
    n = len(toks)
    m = k + 1
    if toks[k][0] in _RELATIVES and m < n and toks[m][0] in _WAS:
        m += 1  # "who was kidnapped": the relative's own verb
    while m < n and m - k <= _OWNER_CLAUSE_REACH:
        word = toks[m][0]
        if word in _WAS:
            return m
        if word in _CLAUSE_END or word in (",", "and", "but", "or") or word in _RELATIVES:
            return -1
        m += 1
    return -1


#: How many tokens a clause on a definite person's owner may run to the
#: person's own verb ("who was kidnapped in Uruapan last year was").
_OWNER_CLAUSE_REACH: Final = 10


#: How many tokens a relative clause after a definite person may run to its
#: comma ("the daughter of the Egyptian ambassador, who has been identified
#: by the Red Cross as Nedina Elkaches, was wounded").
_RELATIVE_CLAUSE_REACH: Final = 20


def _title_dot(toks: list[Token], k: int) -> bool:
    """Whether token *k* is the dot of an abbreviated title ("Lt. Col. X", "DR. PEREZ")."""
    return toks[k][0] == "." and k > 0 and toks[k - 1][0] in lx.TITLES


def _name_words(toks: list[Token], start: int, end: int) -> list[str]:
    """The words of the name at tokens ``[start, end)``, without its title dots."""
    return [toks[m][0] for m in range(start, end) if not _title_dot(toks, m)]


def _name_at(
    text: str, toks: list[Token], k: int, *, shouting: bool, loose: bool = False
) -> tuple[int, str, bool] | None:
    """
    A person's name from token *k* ("Judge Hector Jimenez"): (next index,
    victim category, has a title?). In mixed-case copy every word must be
    capitalised; in ALL-CAPS copy a name is any run of two to six content
    words. Unless *loose* (after "the murder of"), the name must be followed
    by a boundary, a linking word or an outcome.
    """
    n = len(toks)
    if k < n and toks[k][0] in _QUANTITY_OPENERS:
        return None  # "several prostitutes", "many Indians": not a name
    if loose:
        titled_name = _after_titles(text, toks, k, shouting)
        if titled_name is not None:
            return titled_name
    if not shouting and k < n and toks[k][0][0].isalpha():
        lead = _lowercase_title(text, toks, k)
        if lead is not None:
            # "killing Hezbollah commander Ali Hassan Jaafar", "shot dead
            # journalist Ahmed Ali": a title in lower case before the name
            at, title_category = lead
            name = _name_at(text, toks, at, shouting=False, loose=loose)
            if name is not None:
                return name[0], (title_category if name[1] == "people" else name[1]), True
    j = k
    category = "people"
    titled = False
    while j < n and j - k < 6:
        tok = toks[j]
        word = tok[0]
        if j > k and j + 1 < n and _title_dot(toks, j):
            j += 1  # "Dr. Ana Paz", "GEN. LUIS MORA"
            continue
        if not word[0].isalpha() or word in _NAME_STOP:
            break
        if word in lx.NON_PERSON and j + 1 < n and toks[j + 1][0] in lx.TITLES:
            pass  # "union leader Ana Diaz", "army chief General X"
        elif word in lx.NON_PERSON or (word in lx.HEADS and not lx.HEADS[word][1]):
            return None
        if not shouting and not text[tok[1]].isupper():
            break
        if word in lx.TITLES or word in lx.HEADS:
            titled = True
            entry = lx.HEADS.get(word)
            if (
                entry
                and entry[0]
                and not (
                    word in lx.POSTPOSITIVE_TITLES
                    and j > k
                    and toks[j - 1][0] in lx.TITLES
                )
            ):  # "Secretary General X" is no soldier
                category = entry[0]
        j += 1
    if j - k < 2 or not (
        loose
        or _is_boundary(toks, j)
        or toks[j][0] in lx.GAP_WORDS
        or trigger_at(toks, j)
    ):
        return None
    return j, category, titled


def _lowercase_title(text: str, toks: list[Token], k: int) -> tuple[int, str] | None:
    """
    Where a person's name starts after a title written in lower case at
    token *k*, and the title's category: "journalist Ahmed Ali",
    "Hezbollah commander Ali Jaafar" (one capitalised word of the title's
    organisation before it). None unless a capitalised word follows the
    title (mixed-case copy only).
    """
    n = len(toks)
    m = k
    if text[toks[m][1]].isupper() and m + 1 < n and not text[toks[m + 1][1]].isupper():
        m += 1  # the organisation's word: "Hezbollah commander"
    modifier = None
    if (
        m + 2 < n
        and toks[m][0] in lx.MODIFIER_CATEGORIES
        and not text[toks[m + 1][1]].isupper()
    ):
        modifier = toks[m][0]  # "police officer", "rebel commander"
        m += 1
    if m >= n or text[toks[m][1]].isupper():
        return None
    entry = lx.HEADS.get(toks[m][0])
    if toks[m][0] not in lx.TITLES and not (entry is not None and entry[1]):
        return None  # not a singular title or person noun
    if (
        m + 1 >= n
        or not toks[m + 1][0][0].isalpha()
        or not text[toks[m + 1][1]].isupper()
    ):
        return None
    if modifier is not None:
        category = lx.MODIFIER_CATEGORIES[modifier]
    else:
        category = entry[0] if entry is not None and entry[0] else "people"
    return m + 1, category


_NAME_STOP: Final = (
    lx.BOUNDARY_WORDS
    | lx.GAP_WORDS
    | lx.HYPOTHETICAL
    | lx.NON_PEOPLE_AFTER
    | frozenset(lx.TRIGGERS)
    | lx.words(
        "the a an his her their its this that these those he she it they we "
        "i you who whom which what of for with to no not one two three s "
        "neither nor either"
    )
)


def _after_titles(
    text: str, toks: list[Token], k: int, shouting: bool
) -> tuple[int, str, bool] | None:
    """
    A name after titles joined by "and" ("the murder of Senator and Liberal
    Party candidate Luis Galan"): the name after the last title, when the
    titles before it hold an "and".
    """
    n = len(toks)
    last = -1
    joined = False
    m = k
    while m < n and m - k < 10:
        tok = toks[m]
        word = tok[0]
        if word in lx.TITLES:
            last = m
        elif word == "and":
            joined = joined or last >= 0
        elif word in lx.NON_PERSON:
            pass  # "Senator and Liberal Party candidate"
        elif not (
            word[0].isalpha()
            and word not in _NAME_STOP
            and (shouting or text[tok[1]].isupper())
        ):
            break
        m += 1
    if not joined or last < 0:
        return None
    name = _name_at(text, toks, last + 1, shouting=shouting)
    if name is None:
        return None
    return name[0], name[1], True


#: Words that show a comma-delimited piece is a clause of its own, not an
#: apposition to skip ("X, the mayor, said ..."): the scan for the name's
#: outcome stops there.
_CLAUSE_WORDS: Final = lx.BE_WORDS | lx.words(
    "said says told added reported stated that has have had will would"
)
#: Longest apposition skipped between a name and its outcome, in tokens.
_MAX_APPOSITION: Final = 20


def _predicate_at(toks: list[Token], k: int) -> tuple[str, int] | None:
    """
    An outcome that a named subject can take at token *k*: "was shot dead",
    "were found dead", "died instantly". Returns (outcome, next index).
    """
    n = len(toks)
    has_be = False
    start = k
    trig = None
    while k < n and k - start < 6:
        trig = trigger_at(toks, k)
        if trig is not None and "P" in trig[1]:
            break  # "shot dead" is an outcome, "shot" alone a linking word
        if not _in_gap(toks[k][0]):
            break  # "was shot", "was brutally murdered"
        has_be = has_be or toks[k][0] in lx.BE_WORDS
        k += 1
    if trig is None or "P" not in trig[1] or trig[0] not in _NAMED_OUTCOMES:
        return None
    if "E" in trig[1] or _guarded(toks, (), trig[1], trig[2]):
        return None  # a euphemism counts no name: "the plan was eliminated"
    if "T" in trig[1] and not has_be:
        return None  # "X killed two soldiers": X is the killer
    if "B" in trig[1]:
        return None  # "X had taken over", "to which Dr X was taken after the attack"
    return trig[0], trig[2]


def _after_name(
    text: str,
    toks: list[Token],
    j: int,
    shouting: bool,
    folded: str = "",
    groups: list[Quantity] | None = None,
) -> tuple[list[tuple[int, int, str]], list[tuple[str, int]], int]:
    """
    What follows a name ending at token *j*: further names joined by "and"
    ("X, a judge, and Y were killed"), the outcomes found in relative
    clauses and after appositions ("X, 56, who was kidnapped on Friday, was
    found dead"). Returns (more names as (start, end, category), outcomes
    as (outcome, next index), the index where the scan stopped). Counted
    groups joined to the names ("X and two of his bodyguards were killed")
    are appended to *groups* when given.
    """
    n = len(toks)
    names: list[tuple[int, int, str]] = []
    outcomes: list[tuple[str, int]] = []
    k = j
    for _ in range(8):  # a bounded number of pieces: linear time
        pred = _predicate_at(toks, k)
        if pred is not None:
            outcomes.append(pred)
            return names, outcomes, pred[1]
        if (k < n and toks[k][0] == "and") or words_at(toks, k, (",", "and")):
            m = k + 1 if toks[k][0] == "and" else k + 2
            if m < n and toks[m][0] in ("his", "her"):
                break  # "X and his driver": the quantity rules read those
            other = _name_at(text, toks, m, shouting=shouting)
            if other is None:
                if groups is None:
                    break
                qs = quantity_list(folded, toks, m, bare=False)
                if not qs or any(q.head is None for q in qs):
                    break
                groups.extend(qs)  # "X and two other passengers"
                k = qs[-1].j
                continue
            names.append((m, other[0], other[1]))
            k = other[0]
            continue
        if k >= n or toks[k][0] != ",":
            break
        pred = _predicate_at(toks, k + 1)  # "X, 45, was shot dead"
        if pred is not None:
            outcomes.append(pred)
            return names, outcomes, pred[1]
        # a comma-delimited piece: a relative clause or an apposition
        m = k + 1
        relative = m < n and toks[m][0] in ("who", "whom")
        if relative:
            pred = _predicate_at(toks, m + 1)
            if pred is not None:
                outcomes.append(pred)
        end = m
        while (
            end < n
            and end - m < _MAX_APPOSITION
            and toks[end][0] != ","
            and toks[end][0] not in _CLAUSE_END
        ):
            if not relative and (
                toks[end][0] in _CLAUSE_WORDS or _trigger_here(toks, end)
            ):
                return names, outcomes, k  # a clause of its own, not an apposition
            end += 1
        if end >= n or toks[end][0] != ",":
            break
        k = end
    return names, outcomes, k


def _named(
    folded: str,
    toks: list[Token],
    i: int,
    text: str = "",
    shouting: bool = False,
    last_outcome: int | None = None,
) -> tuple[list[_Found], int] | None:
    """
    "the assassination of Judge Hector Jimenez", "Diego Vargas was shot dead".

    *last_outcome* is as in `_hit_at` (None: not known): a name must end
    at or before it to take an outcome after it.
    """
    n = len(toks)
    trig = trigger_at(toks, i)
    if trig is None and (
        not toks[i][0][0].isalpha() or (not shouting and not text[toks[i][1]].isupper())
    ):
        return None
    if trig is not None:
        outcome, flags, k = trig
        if outcome not in _NAMED_OUTCOMES or "E" in flags or "K" in flags:
            return None
        name = None
        noun = False
        if "O" in flags and toks[i][0] not in _PLACE_NOUNS:
            # not "the massacre of San Francisco": a place
            for m in _of_objects(toks, k):
                name = _name_at(text, toks, m, shouting=shouting, loose=True)
                if name is not None:
                    k = m
                    noun = True
                    break
        if name is None:
            if "A" not in flags or _determiner_before(toks, i):
                return None  # "the badly wounded Soviet seamen": an adjective
            name = _name_at(text, toks, k, shouting=shouting)
        if name is None or _hypothetical_before(toks, i, noun=noun):
            return None  # "to protest the murder of X" is no plan: noun=True
        j, category, _ = name
        q = Quantity(k, j, 1, 1, 1, False, None, None, category, False)
        named = [_Found(q, outcome, name=" ".join(_name_words(toks, k, j)))]
        if j + 1 < n and toks[j][0] == "and":
            # the object goes on past the name: "killed Mayor Juan Perez and
            # two of his bodyguards", "the murder of X and his wife"
            tail = _named_list_tail(folded, toks, j + 1, noun=noun)
            if tail:
                named += [_Found(t, outcome) for t in tail]
                j = tail[-1].j
        elif j + 1 < n and toks[j][0] == ",":
            tail = _comma_list_tail(folded, toks, j + 1, noun=noun)
            close = _apposition_close(toks, j + 1) if not tail else -1
            if close > 0 and close + 2 < n and toks[close + 1][0] == "and":
                # "killed Ahmed Ali, a teacher, and his son": past the
                # apposition about the named man, the list goes on
                tail = _named_list_tail(folded, toks, close + 2, noun=noun)
            if tail:
                named += [_Found(t, outcome) for t in tail]
                j = tail[-1].j
        return named, j
    if i > 0 and (
        (shouting or text[toks[i - 1][1]].isupper())
        and toks[i - 1][0] not in _NAME_AFTER
        and toks[i][0] not in lx.TITLES
        and not (shouting and _relative_outcome_after(toks, i))
    ):
        return None
    if i > 0 and toks[i - 1][0] in ("neither", "nor"):
        return None
    if i > 0 and toks[i - 1][0] == "the" and toks[i][0] not in lx.TITLES:
        # "fighters from the Islamic State were killed": a person's name
        # takes no article, an organisation's or a place's does
        return None
    name = _name_at(text, toks, i, shouting=shouting)
    if name is None:
        return None
    j, category, titled = name
    if last_outcome is not None and j > last_outcome:
        return None  # its outcome (`_predicate_at`) would start at or after j
    groups: list[Quantity] = []
    more, outcomes, end = _after_name(text, toks, j, shouting, folded, groups)
    if not outcomes:
        return None
    if shouting and not titled and not (j < n and toks[j][0] == ","):
        return None  # in ALL-CAPS copy, a title or an apposition shows a name
    found = []
    for start, stop, cat in [(i, j, category), *more]:
        q = Quantity(start, stop, 1, 1, 1, False, None, None, cat, False)
        label = " ".join(_name_words(toks, start, stop))
        found += [_Found(q, outcome, name=label) for outcome, _ in outcomes]
    found += [_Found(q, outcome) for q in groups for outcome, _ in outcomes]
    return found, max(end, j)


def _named_list_tail(
    folded: str, toks: list[Token], k: int, *, noun: bool = False
) -> list[Quantity]:
    """
    The groups after a named victim and "and" (*k*: the token after it) that
    share the name's outcome, as `_active` reads a list of groups: after a
    verb (*noun* false), not the last one when it is the subject of a clause
    of its own ("killed Juan Perez and his two sons were arrested"; after a
    noun, "the murder of X and his driver was condemned", the verb is the
    noun's); none with one that has no noun.
    """
    n = len(toks)
    if (
        k + 1 < n
        and toks[k][0] in _POSSESSIVE_WORDS
        and (toks[k + 1][0][:1].isdigit() or toks[k + 1][0] in STARTERS)
    ):
        k += 1  # "X and his two sons": the sons counted, as after "a farmer and"
    qs = quantity_list(folded, toks, k)
    if not noun and qs and qs[-1].j < n and toks[qs[-1].j][0] in _CLAUSE_VERBS:
        qs = qs[:-1]
    if not qs or any(q.head is None for q in qs):
        return []
    return qs


#: Possessives before a counted group of a named person's kin ("his two sons").
_POSSESSIVE_WORDS: Final = lx.words("his her their")


def _comma_list_tail(
    folded: str, toks: list[Token], k: int, *, noun: bool = False
) -> list[Quantity]:
    """
    The groups after a named victim and a comma (*k*: the token after it)
    when they close a list with "and": "killed Mayor Juan Perez, his wife
    and two other people". One group alone ("X, a lawyer, was ...") or a
    first group of "a"/"an" ("X, a judge, and two bodyguards") may be an
    apposition about the named man, so neither is read (`_named` reads
    the groups after a closed apposition: "X, a judge, and two bodyguards"
    counts the two).
    """
    qs = _named_list_tail(folded, toks, k, noun=noun)
    if len(qs) < 2 or toks[qs[0].i][0] in ("a", "an"):
        return []
    if not any(toks[m][0] == "and" for m in range(qs[-2].j, qs[-1].i)):
        return []  # "X, two guards, plus ...": no list of the victims closes here
    return qs


def _apposition_close(toks: list[Token], k: int) -> int:
    """
    The index of the comma closing an apposition about a named person that
    opens at token *k*, after the comma past the name: "a teacher" or "the
    mayor of Jowhar" (an article and up to `_APPOSITION_REACH` words) or an
    age ("45"); -1 when none closes there or a word of an outcome stands
    in it.
    """
    n = len(toks)
    word = toks[k][0]
    if word.isdigit():
        return k + 1 if k + 1 < n and toks[k + 1][0] == "," and _age_number(word) else -1
    if word not in ("a", "an", "the"):
        return -1
    for m in range(k + 1, min(n, k + 1 + _APPOSITION_REACH)):
        word = toks[m][0]
        if word == ",":
            return m if m > k + 1 else -1
        if not word[0].isalpha() or _trigger_here(toks, m):
            return -1
    return -1


#: How many words an apposition about a named person may hold past its article.
_APPOSITION_REACH: Final = 6


def _relative_outcome_after(toks: list[Token], i: int) -> bool:
    """
    Whether two or three words from token *i* end at ", who was <outcome>"
    ("... TO REPLACE CARLOS RUIZ LEON, WHO WAS MURDERED IN APRIL"): in
    ALL-CAPS copy such a run is a name even in the middle of a clause.
    """
    n = len(toks)
    if not (
        (i + 2 < n and toks[i + 2][0] == ",") or (i + 3 < n and toks[i + 3][0] == ",")
    ):
        return (
            False  # the comma must follow the second or third word: most tokens stop here
        )
    j = i
    while (
        j < n and j - i < 4 and toks[j][0][0].isalpha() and toks[j][0] not in _NAME_STOP
    ):
        j += 1
    if not 2 <= j - i <= 3 or j + 2 >= n:
        return False
    if toks[i][0].endswith(("ed", "ing")) and j - i == 3:
        return False  # "INTERVIEWED JUAN PEREZ": the name starts after the verb
    if toks[j][0] != "," or toks[j + 1][0] != "who":
        return False
    return _predicate_at(toks, j + 2) is not None


#: Outcome nouns after a possessive name ("Judge Rosa Mena's murder").
_POSSESSED: Final = lx.words("murder assassination death killing kidnapping abduction")


def _possessive_name(
    text: str, toks: list[Token], i: int, shouting: bool
) -> tuple[list[_Found], int] | None:
    """
    "Judge Rosa Mena's murder", "DR JUAN PEREZ'S ASSASSINATION": a name of
    two to four words whose last word (token *i*) is possessive, before an
    outcome noun. In ALL-CAPS copy the name must hold a title. "X's murder
    of Y" makes X the killer and is no count.
    """
    n = len(toks)
    if i + 1 >= n or toks[i + 1][0] not in _POSSESSED:
        return None
    trig = trigger_at(toks, i + 1)
    if trig is None or trig[0] not in _NAMED_OUTCOMES:
        return None
    if trig[2] < n and toks[trig[2]][0] == "of":
        return None
    start = i
    while start > 0 and i - start < 3:
        prev = toks[start - 1]
        if start > 1 and _title_dot(toks, start - 1):
            start -= 2  # "DR. JUAN PEREZ'S"
            break
        if (
            not prev[0][0].isalpha()
            or prev[0] in _NAME_STOP
            or prev[0] in lx.NON_PERSON
            or not text[prev[1]].isupper()
        ):
            break
        start -= 1
    if shouting:  # "CONDEMNED DR JUAN PEREZ'S": the name opens at its title
        start = next((m for m in range(start, i) if toks[m][0] in lx.TITLES), start)
    words = _name_words(toks, start, i + 1)
    if len(words) < 2 or any(w in lx.NON_PERSON for w in words):
        return None
    if shouting and not any(w in lx.TITLES for w in words):
        return None
    if _hypothetical_before(toks, start, noun=True):
        return None
    q = Quantity(start, i + 1, 1, 1, 1, False, None, None, "people", False)
    label = " ".join(words)[:-2]
    return [_Found(q, trig[0], name=label)], trig[2]


#: Longest stretch between a count and the "including" of its named members.
_MAX_TO_INCLUDING: Final = 8


def _named_members(
    text: str, toks: list[Token], k: int, outcome: str, shouting: bool
) -> tuple[list[_Found], int]:
    """
    Named members of a count ending at token *k* ("nine people were
    killed, including union leader Ana Diaz"): each titled name after
    "including" is one victim, a subset of the count. Untitled names are
    left alone ("including Kabul and Herat" names places).
    """
    n = len(toks)
    m = k
    stop = min(k + _MAX_TO_INCLUDING, n)
    commas = 0
    while m < stop and toks[m][0] != "including":
        word = toks[m][0]
        commas += word == ","
        if word in _CLAUSE_END or commas > 1 or _trigger_here(toks, m):
            return [], k
        m += 1
    if m >= stop:
        return [], k
    found: list[_Found] = []
    m += 1
    for _ in range(4):  # "including X, Y and Z": a bounded list
        if m < n and toks[m][0] in ("the", "a", "an"):
            m += 1
        m, role = _lower_role(text, toks, m, shouting)
        name = _name_at(text, toks, m, shouting=shouting)
        if name is None or not (name[2] or role):
            break
        j, category, _ = name
        q = Quantity(m, j, 1, 1, 1, False, None, None, category, False)
        label = " ".join(_name_words(toks, m, j))
        found.append(_Found(q, outcome, subset=True, name=label))
        k = m = j
        if m < n and toks[m][0] == ",":
            m += 1
        if m < n and toks[m][0] == "and":
            m += 1
        if m == j:
            break
    return found, k


def _lower_role(text: str, toks: list[Token], m: int, shouting: bool) -> tuple[int, bool]:
    """
    Skip a lower-case role before a name in mixed-case copy ("opposition
    leader Ana Diaz"): (start of the name, whether a role was skipped).
    """
    if shouting:
        return m, False
    n = len(toks)
    p = m
    while p < n and p - m < 4 and toks[p][0][0].isalpha() and text[toks[p][1]].islower():
        p += 1
    if p > m and p < n and text[toks[p][1]].isupper() and toks[p - 1][0] in lx.TITLES:
        return p, True
    return m, False


_DETERMINERS: Final = lx.words("the a an this that these those")
#: Outcome nouns whose "of" names a place as often as a person.
_PLACE_NOUNS: Final = lx.words("massacre massacres killings deaths")


def _determiner_before(toks: list[Token], i: int) -> bool:
    """Whether an article, maybe with adverbs ("the seriously"), precedes token *i*."""
    k = i - 1
    while k >= 0 and i - k < 4 and toks[k][0].endswith("ly"):
        k -= 1
    return k >= 0 and toks[k][0] in _DETERMINERS


#: Outcomes read for a named victim: the ones only people suffer.
_NAMED_OUTCOMES: Final = _PERSON_OUTCOMES
#: Words after which an ALL-CAPS name may start a clause; "]" ends a wire
#: dateline tag ("... -- [TEXT] JUAN PEREZ, A JUDGE, WAS KILLED").
_NAME_AFTER: Final = frozenset({",", "that", "when", "after", "while", "]"})
#: Words that close the stretch searched for a period a count sums.
_PERIOD_STOP: Final = _CLAUSE_END | lx.words("but while whereas")
#: Every word `_sums_period` can answer yes at or after ("so far", "to
#: date", "already", "since", "the past", a war) besides the "*-long" ones
#: and a month's name, which counts only beside a plural incident noun: a
#: sentence with none of them as a token, nor "-long", is not searched.
_PERIOD_WORDS: Final = (
    lx.words("far date already since past last previous year month violence")
    | lx.WARS
    | lx.CAMPAIGNS
)
#: How far, in tokens, a period is looked for on each side of a count.
_PERIOD_REACH: Final = 12
#: How far before a second verb after "and" the first's perfect may stand.
_SECOND_VERB_REACH: Final = 8
#: Auxiliaries of a perfect verb ("have been killed", "has left").
_PERFECT: Final = lx.words("has have had")
#: First words of a phrase that may open a sentence and sum a period before
#: its comma ("Since the start of the war, …", "Over the past month, …").
#: ("Last month, …": "last" and "this" open a calendar period, which sums a
#: count only with plural incidents: see `_sums_period`.)
_PERIOD_OPENERS: Final = lx.words(
    "since over in during throughout for so last this earlier"
)
#: Units of a day's tally: a small count there is one incident's.
_DAY_UNITS: Final = lx.words("hours day")
#: Prepositions before "the past/last N <units>".
_SPAN_PREPOSITIONS: Final = lx.words("over in during within throughout for")
#: Verbs of an outbreak after "since" and a bare noun of fighting: "since
#: clashes erupted", "since fighting broke out" open a period; "since the
#: fighting began on Thursday" may be one battle's and is not read so.
_OUTBREAK_VERBS: Final = lx.words("erupted began broke started flared resumed escalated")
_BARE_FIGHTING: Final = lx.words("fighting hostilities unrest")
#: What follows "since the" when it alone says a count sums a period.
_SINCE_START: Final = lx.words("start beginning outbreak")
#: Subjects and verbs of a clause after "since" that names the day a sum
#: counts from ("since it launched its invasion", "since they seized power").
_SINCE_SUBJECTS: Final = lx.words("it they")
_SINCE_CLAUSE_VERBS: Final = _OUTBREAK_VERBS | lx.words(
    "launched invaded seized took captured"
)
#: Nouns after a war word that make it a modifier of one place or thing
#: ("killed in the war zone"): no sum of the war.
_WAR_MODIFIED: Final = lx.words("zone zones area areas region regions")


def _period_clause(toks: list[Token], i: int, j: int) -> tuple[int, int]:
    """
    The clause of the count at tokens ``[i, j)``: back to a clause end or a
    comma, and across that comma only when what lies before it is a phrase
    opening the sentence ("Since August, …"), never an aside (", the
    deadliest since 2014,") or a relative clause (", who have …,"); forward
    to a comma.
    """
    n = len(toks)
    lo = i
    while lo > 0 and i - lo < _PERIOD_REACH and toks[lo - 1][0] not in _PERIOD_STOP:
        if toks[lo - 1][0] == ",":
            s = lo - 2  # the stretch before the comma: a leading phrase?
            while s >= 0 and lo - s < _PERIOD_REACH and toks[s][0] not in _PERIOD_STOP:
                if toks[s][0] == ",":
                    break
                s -= 1
            if (s < 0 or toks[s][0] in _PERIOD_STOP) and toks[s + 1][
                0
            ] in _PERIOD_OPENERS:
                lo = s + 1
            break
        lo -= 1
    hi = j
    while (
        hi < n
        and hi - j < _PERIOD_REACH
        and toks[hi][0] not in _PERIOD_STOP
        and toks[hi][0] != ","
    ):  # a comma after the count ends it: ", bringing the toll since 2001 to …"
        hi += 1
    return lo, hi


#: Words that may stand before a war noun heading a subject ("the
#: two-year war", "Sudan's civil war", "this brutal conflict").
_WAR_MODIFIER_STOP: Final = _CLAUSE_END | lx.words(
    "of in on at by for with from to and or between against among which that who"
)


def _war_subject(toks: list[Token], i: int) -> bool:
    """
    Whether the count at token *i* is the object of a perfect verb right
    before it ("has killed N", "have so far killed N") whose subject is
    headed by a war noun, past the war's own phrases and an aside: "the war
    between the army and the RSF, which began in April 2023, has killed
    tens of thousands", "the insurgency in the north has killed 35,000".
    "The militia, which has fought since 2019, has killed 40" is no war.
    """
    aux = -1
    for k in range(i - 1, max(i - 4, 0) - 1, -1):
        if toks[k][0] in _PERFECT:
            aux = k
            break
    if aux < 0 and i > 1 and toks[i - 1][0] == "and":
        # a second verb of the same subject: "has killed more than 40,000
        # people and displaced about two million"
        for k in range(i - 2, max(i - 10, 0) - 1, -1):
            word = toks[k][0]
            if word in _CLAUSE_END or word == ",":
                break
            if word in lx.TRIGGERS:
                return _war_subject(toks, k)
    if aux <= 0:
        return False
    end = aux  # the subject ends before the verb, or before an aside's comma
    if toks[aux - 1][0] == ",":
        s = aux - 2
        while s > 0 and aux - s < _PERIOD_REACH and toks[s][0] not in _PERIOD_STOP:
            if toks[s][0] == ",":
                break
            s -= 1
        if not (s > 0 and toks[s][0] == "," and toks[s + 1][0] in ("which", "that")):
            return False
        end = s
    start = end
    while (
        start > 0
        and end - start < _PERIOD_REACH
        and toks[start - 1][0] not in _PERIOD_STOP
    ):
        if toks[start - 1][0] == ",":
            break
        start -= 1
    # the head: a war noun before any preposition of the subject
    for k in range(start, end):
        word = toks[k][0]
        if (
            word in lx.WARS
            or word in lx.CAMPAIGNS
            or word in lx.LONG_PERIODS
            or word.endswith("-long")
        ):
            return True
        if word == "violence" and any(
            toks[m][0] in _MASSES for m in range(aux + 1, min(aux + 4, len(toks)))
        ):
            # "violence by groups linked to al Qaeda has killed thousands":
            # only a mass sums it ("the violence has killed 12" may be a day's)
            return True
        if word in _WAR_MODIFIER_STOP:
            return False
    return False


#: Quantity words of masses of dead that only a war or a campaign of
#: violence kills ("thousands", "tens of thousands", "hundreds").
_MASSES: Final = lx.words("thousands hundreds tens")


#: Prepositions before a year that a perfect verb's count sums ("have been
#: killed in 2025", "during 2024").
_YEAR_SPAN: Final = lx.words("in during throughout")

#: Units of a war's length ("14 months of war"); "two days of fighting"
#: may be one battle.
_WAR_UNITS: Final = lx.words("weeks months years decades")


#: The words at which `_sums_period` reads its clause (with the "*-long"
#: words): at any other token none of its tests holds.
_PERIOD_CLAUSE_WORDS: Final = (
    lx.words("so to this last between of since past previous")
    | _YEAR_SPAN
    | _WAR_UNITS
    | lx.WARS
    | lx.CAMPAIGNS
    | lx.LONG_PERIODS
)


#: Prepositions before the incidents a count is the toll of ("killed in
#: attacks", "died during clashes", "wounded by air strikes").
_INCIDENT_PREPOSITIONS: Final = lx.words("in during by from amid")
#: Most words between such a preposition and its plural incident noun ("in
#: a series of attacks", "by Russian air strikes").
_INCIDENT_GAP: Final = 3
#: Units of a calendar period that, with several incidents, a count sums.
_CALENDAR_UNITS: Final = lx.words("year month")
#: Parts of a year or a month before "of the year" ("the first half of the
#: year", "the first three months of the year"): a stretch like a month.
_CALENDAR_PARTS: Final = lx.words("half quarter months weeks")
#: Those of `_CALENDAR_PARTS` that are months of a year each.
_YEAR_PARTS: Final = lx.words("half quarter")
#: Words between "in" and a month's name ("in early May").
_MONTH_PARTS: Final = lx.words("early mid late")
#: `_sums_period`'s answer when only a month ("in May", "last month") with
#: plural incidents makes the count a sum: a count under `_MONTH_SUM_LEAST`
#: is read as one incident's ("two soldiers were killed in clashes in May":
#: a small count in a month is most often one clash, told in the plural).
#: It is also the answer for a day's tally ("in the last 24 hours", "over
#: the past day"): "in the last 24 hours the rebels murdered two officials
#: on a road" is one incident.
_MONTH_ONLY: Final = 2
_MONTH_SUM_LEAST: Final = 10
#: What `_sums_period` answers for "since then" with a perfect verb: true,
#: but a count under `_SINCE_THEN_LEAST` ("12 people have been killed since
#: then") may be one incident's running toll.
_SINCE_THEN: Final = 3
_SINCE_THEN_LEAST: Final = 50


def _of_incidents(toks: list[Token], i: int, lo: int, hi: int) -> bool:
    """
    Whether the clause at tokens ``[lo, hi)`` gives the incidents of the
    count at token *i* as a plural incident noun after a preposition
    ("killed in attacks on civilians", "in separate raids", "by Russian air
    strikes") or as the subject of its verb ("attacks killed 300", "air
    strikes have killed", "clashes between farmers and herders have killed").
    """
    for k in range(lo, hi):
        if toks[k][0] in lx.PLURAL_INCIDENTS:
            if i - 4 <= k < i and (
                toks[k + 1][0] in lx.TRIGGERS or toks[k + 1][0] in _PERFECT
            ):
                return True
            if (
                (k == lo or (k == lo + 1 and toks[lo][0] in _DETERMINERS))
                and k < i - 1
                and (toks[i - 1][0] in _PERFECT or toks[i - 2][0] in _PERFECT)
            ):
                return True  # the head of the clause's subject: "clashes between A and B have killed"
            for m in range(k - 1, max(k - 2 - _INCIDENT_GAP, lo - 1), -1):
                word = toks[m][0]
                if word in _INCIDENT_PREPOSITIONS:
                    return True
                if not word[0].isalpha():
                    break
    return False


#: Most tokens between a war's "that" and the count of its perfect verb, past
#: a reporting clause ("that the United Nations says has killed about 3,000").
_RELATIVE_REPORTED: Final = 9


def _war_relative(toks: list[Token], k: int, i: int) -> bool:
    """
    Whether the war noun at token *k* opens the relative clause that the
    count at token *i* belongs to: "a civil war in which some 400,000
    people died", "the war that killed 300,000".
    """
    m = k + 1
    if (
        m + 2 < i
        and toks[m][0] in _WAR_PARTNERS
        and toks[m + 1][0] != "which"
        # ("a year-long war with Israel that killed more than 4,000"; the
        # war's other side in up to three words)
        and any(toks[x][0] in ("that", "which") for x in range(m + 2, min(m + 5, i)))
    ):
        m = next(x for x in range(m + 2, i) if toks[x][0] in ("that", "which"))
        if any(toks[x][0] in _PERIOD_STOP or toks[x][0] == "," for x in range(k + 1, m)):
            return False
    if (
        m + 1 < i
        and toks[m][0] in ("in", "during", "throughout")
        and toks[m + 1][0] == "which"
    ):
        m += 2
    elif m < i and toks[m][0] in ("that", "which"):
        m += 1
        if (
            i - m <= _RELATIVE_REPORTED
            and toks[i - 1][0] != "and"
            and any(toks[p][0] in _PERFECT for p in range(max(m, i - 3), i))
            and not any(
                toks[p][0] in _PERIOD_STOP or toks[p][0] == "," for p in range(m, i)
            )
        ):
            return True  # "an offensive that the United Nations says has killed 3,000"
    else:
        return False
    return i - m <= 4  # the count opens the clause ("in which an estimated 400,000")


#: Words that open the other side of a war after its noun ("a war with
#: Israel that killed …", "the war against the rebels, which …").
_WAR_PARTNERS: Final = lx.words("with against between on")
#: What `_sums_period` answers for a count killed "in the war" without a
#: perfect verb: true, but a count under `_IN_THE_WAR_LEAST` may be one
#: incident's ("three soldiers were killed in the war against the rebels").
_IN_THE_WAR: Final = 4
_IN_THE_WAR_LEAST: Final = 100
#: Most tokens from a count to the war noun it was killed in.
_IN_WAR_REACH: Final = 9
#: Words that may follow "in the war" when it ends the count's phrase.
_AFTER_WAR: Final = _CLAUSE_END | lx.words(
    "which that since in between with against so to there and according"
)


def _in_the_war(
    toks: list[Token], i: int, k: int, lo: int, hi: int, perfect: bool
) -> int:
    """
    What the war noun at token *k*, after the count at token *i*, says of
    it when it ends "(killed) in the war" or "during this conflict": the
    war's sum, `_SINCE_THEN` with a *perfect* verb ("52,900 Palestinians
    have been killed in the war"; a small count may be one incident's: "two
    have died in the conflict" after a clash was told), else `_IN_THE_WAR`
    ("two soldiers were killed in the war against X on Monday" is one
    clash's, under `_IN_THE_WAR_LEAST`). A plain "in the war" with a
    perfect verb sums it before other words too ("have been killed in the
    war on the Sahel's fringe"), but not before a place noun ("the war
    zone") nor a verb of its own ("the war has killed", read by the caller).
    0 when none of these: "war crimes", "the war museum".
    """
    nxt = toks[k + 1][0] if k + 1 < hi else ""
    m = k - 1
    modified = m >= 0 and toks[m][0] in _WAR_MODIFIER_WORDS
    if modified:
        m -= 1  # "in the civil war", "in the two-year war"
    if m >= 0 and toks[m][0] in ("the", "this"):
        m -= 1
    if m < 0 or toks[m][0] not in ("in", "during", "throughout"):
        return 0
    if k - i <= _IN_WAR_REACH and (k + 1 >= hi or nxt in _AFTER_WAR or nxt == ","):
        return _SINCE_THEN if perfect else _IN_THE_WAR
    if (
        perfect
        and not modified
        and m == k - 2
        and m >= lo
        and toks[m][0] == "in"
        and nxt not in _WAR_MODIFIED
        and nxt not in _PERFECT
    ):
        return _SINCE_THEN
    return 0


#: Words between "the" and a war noun ("the civil war", "the two-year war").
_WAR_MODIFIER_WORDS: Final = lx.words("civil two-year three-year ongoing current")


def _small(q: Quantity, least: int = _MONTH_SUM_LEAST) -> bool:
    """Whether the count *q* is surely under *least* (its high, else its best)."""
    value = q.high if q.high is not None else q.best
    return value is not None and value < least


#: Nouns of the found dead: their count "so far" is a search's running count.
_BODY_NOUNS: Final = lx.words("bodies corpses remains")
#: Verbs of finding the dead: their count "so far" is a search's running count.
_RECOVERY_VERBS: Final = lx.words("recovered retrieved pulled found exhumed buried")


#: Verbs of an authority's count of one incident's dead: "the ministry has
#: so far confirmed 41 dead" is that count as it stands, no period's sum.
_CONFIRMED_VERBS: Final = lx.words("confirmed verified counted registered identified")
#: The least count a confirmation "so far" is still taken to sum a period at
#: ("has so far verified 10,000 civilian deaths" is a war's).
_CONFIRMED_SUM_LEAST: Final = 1000


def _confirmed_so_far(toks: list[Token], i: int, j: int, words: list[str]) -> bool:
    """
    Whether the count at tokens ``[i, j)`` is an authority's confirmed
    count of one incident's dead "so far": the object of a confirmation
    verb (`_CONFIRMED_VERBS`), under `_CONFIRMED_SUM_LEAST`, in a clause
    (*words*) naming no war, campaign, year or "since".
    """
    if not (i > 0 and toks[i - 1][0] in _CONFIRMED_VERBS):
        return False
    for t in toks[i:j]:
        value = parse_number(t[0])
        if value is not None and value >= _CONFIRMED_SUM_LEAST:
            return False
    return not any(
        w in lx.WARS or w in lx.CAMPAIGNS or w in ("year", "since") for w in words
    )


def _sums_period(toks: list[Token], i: int, j: int) -> int:
    """
    Whether the clause of the count at tokens ``[i, j)`` says that it sums a
    stretch of time rather than one incident: "so far", "to date", "over
    the past 12 days", "since the start of the war"; "since 1981", "since
    January" or a war named with "during" only with a perfect verb ("have
    been killed since 1981"); "this year" only with "already"; a "*-long"
    word only on the subject of the count's verb ("the 10-year-long war has
    killed"). "The deadliest since 2014", "killed in the war zone" and
    "earlier this year" tell one incident's count. A war noun opening the
    count's relative clause ("a war in which 400,000 people died") sums the
    war; a year or a month ("last year", "this month", "in 2024", "in May",
    "the first half of the year") sums the plural incidents the count is of
    ("killed in attacks last year"); when only a month does, the answer is
    `_MONTH_ONLY` (true, but a small count is one incident's: see there),
    and "since then" with a perfect verb answers `_SINCE_THEN`.
    """
    lo, hi = _period_clause(toks, i, j)
    words = [t[0] for t in toks[lo:hi]]
    perfect = any(
        toks[k][0] in _PERFECT for k in range(max(lo, i - 3), min(hi, j + 3))
    ) or (  # the count's own verb: "N have been killed", "has killed N"
        # or the first verb's, of a second after "and": "have killed more
        # than 250 people and displaced about 60,000 since May 2023"
        i > lo
        and toks[i - 1][0] == "and"
        and any(toks[k][0] in _PERFECT for k in range(max(lo, i - _SECOND_VERB_REACH), i))
    )
    already = "already" in words
    if _war_subject(toks, i):  # it finds the perfect verb itself
        return True
    calendar = False  # a year or a month: it sums plural incidents only
    year = False  # a year or part of one ("last year", "in 2024"), not only a month
    for k in range(lo, hi):
        word = toks[k][0]
        if word not in _PERIOD_CLAUSE_WORDS and (
            "-" not in word or not word.endswith("-long")
        ):
            continue  # (every test below needs one of these words at k)
        nxt = toks[k + 1][0] if k + 1 < hi else ""
        after = toks[k + 2][0] if k + 2 < hi else ""
        if (word, nxt) in (("so", "far"), ("to", "date")):
            tail = [t[0] for t in toks[k + 2 : min(k + 5, hi)]] + ["", "", ""]
            if (
                not (  # "so far in the blast" is one incident's running toll
                    tail[0] in ("in", "from", "after")
                    and tail[1] in _DETERMINERS
                    and tail[2] not in lx.WARS
                    and tail[2] not in lx.SINCE_PERIODS
                    and tail[2] != "year"
                )
                and not (
                    # "we have so far recovered 38 bodies": the rescuers' running
                    # count of one incident's dead (a year or month said still sums);
                    # an active verb's hit starts at the verb: "we have buried 38 so far"
                    toks[i][0] in _RECOVERY_VERBS
                    or (i > 0 and toks[i - 1][0] in _RECOVERY_VERBS)
                    # "36 bodies had been counted so far": the search's count too
                    or any(t[0] in _BODY_NOUNS for t in toks[i : j + 1])
                )
                and not _confirmed_so_far(toks, i, j, words)
            ):
                return True
        if word == "this" and nxt == "year" and (already or perfect):
            return True  # "have killed hundreds of people this year": the year's sum
        if word in ("this", "last") and nxt in _CALENDAR_UNITS:
            calendar = True  # "last year": with plural incidents only
            year = year or nxt == "year"
        if word == "between" and nxt in lx.MONTH_NAMES and after == "and":
            last_month = toks[k + 3][0] if k + 3 < hi else ""
            if last_month in lx.MONTH_NAMES and last_month != nxt:
                # "were killed in Haiti between January and March": a stretch
                # of months is no incident's day, plural incidents said or not
                return True
            calendar = year = (
                True  # "between January and March": months, summed like a year
            )
        if word in _YEAR_SPAN and (
            nxt in lx.MONTH_NAMES or (nxt in _MONTH_PARTS and after in lx.MONTH_NAMES)
        ):
            calendar = True  # "in May", "during early March": a month, like "last month"
        if (
            word == "of"
            and k > lo
            and toks[k - 1][0] in _CALENDAR_PARTS
            and (
                (nxt in ("the", "this", "last") and after in _CALENDAR_UNITS)
                or (len(nxt) == 4 and nxt.isdigit() and nxt[:2] in ("19", "20"))
            )
        ):
            if (
                toks[k - 1][0] in _WAR_UNITS
                and k - 2 >= lo
                and _age_number(toks[k - 2][0])
            ) or (toks[k - 1][0] in _YEAR_PARTS and after == "year"):
                # "the first eight months of this year", "the second quarter
                # of the year": a stretch of months sums alone
                return True
            calendar = year = (
                True  # "the first half of the year", "the first half of 2025"
            )
        if (
            word in _YEAR_SPAN
            and len(nxt) == 4
            and nxt.isdigit()
            and nxt[:2] in ("19", "20")
        ):
            if perfect:
                return True  # "had been killed in drone strikes in 2025": a year's sum
            calendar = year = True
        if word == "since":
            if nxt in ("the", "its") and after in _SINCE_START:
                return True  # "since the start of the war"
            if (
                perfect
                and after in _OUTBREAK_VERBS
                and (nxt in lx.PLURAL_INCIDENTS or nxt in _BARE_FIGHTING)
            ):
                return True  # "have been killed since clashes erupted in May 2023"
            if perfect and nxt in _SINCE_SUBJECTS and after in _SINCE_CLAUSE_VERBS:
                # "thousands have been killed since it launched its invasion":
                # a sum since a day the clause names (a small count may be
                # one incident's running toll, as after "since then")
                return _SINCE_THEN
            if perfect and nxt == "then":
                # "more than 1,200 people have been killed since then": a
                # sum since a day told before (a count under
                # `_SINCE_THEN_LEAST` may be one incident's running toll)
                return _SINCE_THEN
            if nxt in ("the", "its", "a"):
                nxt = after  # "since a ceasefire took effect"
            if perfect and (
                nxt in lx.SINCE_PERIODS
                or (len(nxt) == 4 and nxt.isdigit() and nxt[:2] in ("19", "20"))
            ):
                return True
        elif (
            word in ("past", "last", "previous")
            and k - 2 >= lo
            and toks[k - 1][0] == "the"
            and (toks[k - 2][0] in _SPAN_PREPOSITIONS)
        ):
            m = k + 1  # "over the past 12 days", "in the previous 48 hours"
            counted = m < hi and parse_number(toks[m][0]) is not None
            if counted or (m < hi and toks[m][0] in ("few", "several", "couple")):
                m += 1
            if (
                m < hi
                and toks[m][0] in lx.PERIOD_UNITS
                # ("in the past few hours" is wire copy's "lately": one
                # incident's; "in the past 24 hours" a day's tally)
                and (counted or toks[m][0] != "hours")
            ):
                return _MONTH_ONLY if toks[m][0] in _DAY_UNITS else True
        elif (
            word in _WAR_UNITS
            and nxt == "of"
            and after in lx.WARS
            and k > lo
            and _age_number(toks[k - 1][0])
        ):
            return True  # "killed in the 14 months of war", "in two years of conflict"
        elif (
            word in lx.WARS
            or word in lx.CAMPAIGNS
            or word in lx.LONG_PERIODS
            or word.endswith("-long")
        ):
            war = word in lx.WARS or word in lx.CAMPAIGNS
            if (
                war
                and k < i
                and (
                    perfect or word in lx.WARS
                )  # "an offensive that killed 12" is one day's
                and _war_relative(toks, k, i)
            ):
                return True  # "a civil war in which some 400,000 people died"
            if word in lx.WARS and i < k:
                in_war = _in_the_war(toks, i, k, lo, hi, perfect)
                if in_war:
                    return in_war  # "52,900 Palestinians have been killed in the war"
            verb = k + 1 if war else k + 2  # the verb of the noun
            if verb < hi and toks[verb][0] in _PERFECT and verb >= i - 3:
                return True  # "the war has killed N", "the month-long siege has killed N"
            if word in lx.WARS and i < k:
                in_war = _in_the_war(toks, i, k, lo, hi, perfect)
                if in_war:
                    return in_war  # "52,900 Palestinians have been killed in the war"
            if perfect and any(  # "during this 10-year-long war, N have died"
                toks[m][0] in ("during", "throughout") for m in range(max(k - 5, lo), k)
            ):
                return True
    if not (calendar and _of_incidents(toks, i, lo, hi)):
        return False
    return True if year or perfect else _MONTH_ONLY


#: First words of the outcomes a named subject can take ("was shot dead"):
#: a name with none after it is no victim.
_PREDICATE_FIRST: Final = frozenset(
    words[0]
    for entries in lx.TRIGGERS.values()
    for words, outcome, flags in entries
    if "P" in flags and outcome in _NAMED_OUTCOMES
)
#: Words at which some rule may start (besides numbers and capitals).
_OPENERS: Final = (
    frozenset(lx.TRIGGERS) | STARTERS | _ZERO_FIRST | _TOLL_FIRST | {"among", "the"}
)

_START: Final = operator.itemgetter(0)
_END: Final = operator.itemgetter(1)
#: Longest stretch read as one sentence; longer "sentences" (tables, hostile
#: input) are cut at white space, so time stays linear in the text.
_MAX_SENTENCE: Final = 4000


def _bounded(
    spans: tuple[tuple[int, int], ...], folded: str
) -> Iterator[tuple[int, int]]:
    """The sentence spans, long ones cut into pieces of at most _MAX_SENTENCE."""
    if (
        not spans
        or max(map(operator.sub, map(_END, spans), map(_START, spans))) <= _MAX_SENTENCE
    ):
        yield from spans  # most texts: no sentence to cut (the sizes found in C)
        return
    for start, end in spans:
        while end - start > _MAX_SENTENCE:
            cut = folded.rfind(" ", start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE)
            if cut <= start:
                cut = start + _MAX_SENTENCE
            yield start, cut
            start = cut
        yield start, end


#: Words that can open a count's quantity (besides digits and names).
_QUANTITY_OPENERS: Final = STARTERS | _ZERO_FIRST


#: An ASCII digit (a run of one class: no time limit needed).
_ASCII_DIGIT_RE: Final = re.compile(r"[0-9]")


def _may_count(
    words: list[str], text: str, folded: str, start: int, end: int, shouting: bool
) -> bool:
    """
    Whether the sentence at ``[start, end)``, whose words are *words*, holds
    anything a count can start with: a number, a quantity word, a negation
    or (for names) a capital letter. Sentences without one are not tokenized.
    """
    if shouting or not _QUANTITY_OPENERS.isdisjoint(words):
        return True
    if text[start:end] != folded[start:end]:
        return True  # capitals (names) or diacritics
    sentence = folded[start:end]
    if "'s " in sentence:
        return True  # "the mayor's driver"
    if (
        "-" not in sentence
        and sentence.isascii()
        and _ASCII_DIGIT_RE.search(sentence) is None
    ):
        # no word has a "-" (a word in STARTERS was found above) nor opens
        # with a digit: the loop below cannot answer True (found in C)
        return False
    return any(w[0].isdigit() or w.partition("-")[0] in STARTERS for w in words)


def _needed_phrase_in(sentence: str) -> bool:
    """
    Whether a phrase some rule needs may stand in *sentence* (folded): a
    letter run that is one, or a longer phrase (its words apart by white
    space, no letter after it) when its first word is a letter run. It errs
    only towards yes, so a sentence it rejects holds no count.
    """
    if sentence.isascii():
        letters = set(_ASCII_LETTERS_RE.findall(sentence))
    else:
        letters = set(_LETTERS_RE.findall(sentence, timeout=REGEX_TIMEOUT))
    if not _NEEDED_WORDS.isdisjoint(letters):
        return True
    if ("rescued" in letters or "rescuing" in letters) and not _CAPTIVE_WORDS.isdisjoint(
        letters
    ):
        return True  # "rescued nine of the captives" (R: captives only)
    if "took" in letters and not _TAKER_WORDS.isdisjoint(letters):
        return True  # "gunmen took 12 passengers" (`_captors_before`)
    if "taking" in letters and not _CAPTIVE_HEADS.isdisjoint(letters):
        return True  # "taking 251 hostages"
    if "buried" in letters and any(
        word[:1].isdigit() or word in STARTERS or word == "all"
        for word in _BURIED_NEXT.findall(sentence)
    ):
        return True  # "we buried 37 people", not "was buried in his village"
    firsts = letters.intersection(_PHRASES_BY_FIRST)
    if not firsts:
        return False
    if (
        "\x1c" in sentence
        or "\x1d" in sentence
        or "\x1e" in sentence
        or "\x1f" in sentence
    ):
        # rare: str.translate is slow
        sentence = sentence.translate(_NOT_SPACE)
    spaced = " ".join(sentence.split())  # one space apart
    if "taken" in firsts and _BE_TAKEN.search(spaced):
        return True
    for first in firsts:
        for phrase in _PHRASES_BY_FIRST[first]:
            at = spaced.find(phrase)
            while at >= 0:
                after = at + len(phrase)
                if after == len(spaced) or not "a" <= spaced[after] <= "z":
                    return True
                at = spaced.find(phrase, at + 1)
    return False


def _cue_sentences(
    folded: str, spans: list[tuple[int, int]], *, caps: bool
) -> tuple[list[tuple[int, int, bool, list[str] | None]], str | bytes]:
    """
    The sentences of *spans* (in order) that hold a cue word when split at
    white space and the punctuation of `_SPACES`, each with whether one of
    its cue words is in `_WHOLE_CUES` and its words (None when *caps*);
    and the blanked copy of *folded* they were split in, from which
    `_words` cuts a sentence's words.

    With *caps* (the text looks like ALL-CAPS copy, whose sentences
    `_may_count` does not read) an ASCII text is split as bytes: cheaper
    words to make and to look up, none decoded. Otherwise each sentence is
    split once, in C, as `str`: its words also serve `_may_count`.
    """
    if folded.isascii():  # most copy: bytes translate far faster than str
        blank_b = folded.encode("ascii").translate(_ASCII_SPACES)
        if caps:
            out_b: list[tuple[int, int, bool, list[str] | None]] = []
            no_cue = _CUE_BYTES.isdisjoint
            for s, e in spans:
                words_b = blank_b[s:e].split()
                if not no_cue(words_b):
                    # (the whole cues are cues: a whole one among the words is found)
                    out_b.append((s, e, not _WHOLE_CUE_BYTES.isdisjoint(words_b), None))
            return out_b, blank_b
        blank = blank_b.decode("ascii")
    else:
        blank = folded.translate(_SPACES)
    out: list[tuple[int, int, bool, list[str] | None]] = []
    cues = _CUES.intersection
    whole = _WHOLE_CUES.isdisjoint
    for s, e in spans:
        words = blank[s:e].split()
        found = cues(words)
        if found:
            out.append((s, e, not whole(found), words))
    return out, blank


def _words(blank: str | bytes, start: int, end: int) -> list[str]:
    """The words of the sentence at ``[start, end)`` of *blank* (see `_cue_sentences`)."""
    piece = blank[start:end]
    return (piece.decode("ascii") if isinstance(piece, bytes) else piece).split()


#: Words at which a rule may find a count after the sentence's last word
#: that can open an outcome: "no one was harmed", a toll, "among the".
_TAIL_OPENERS: Final = _ZERO_FIRST | _TOLL_FIRST | {"the", "among"}


#: Words a name never starts with (`_name_at` stops at once).
_NO_NAME_START: Final = _NAME_STOP | _QUANTITY_OPENERS


def _lone_pair_word(toks: list[Token], i: int, word: str) -> bool:
    """
    Whether *word* at token *i* only opens quantity phrases of two words or
    more ("at least", "in excess of") and the next word opens none of them.
    """
    return word in PAIR_ONLY and (
        i + 1 == len(toks) or (word, toks[i + 1][0]) not in PAIRS
    )


def _hit_at(
    folded: str,
    text: str,
    toks: list[Token],
    i: int,
    word: str,
    shouting: bool,
    last_trigger: int,
    last_outcome: int,
) -> tuple[list[_Found], int] | None:
    """
    The counts a rule reads from token *i* (its text *word*): each rule's
    own first test is made here, to save the calls. *last_trigger* is the
    sentence's last word that can open an outcome, *last_outcome* the last
    that can open an outcome of a named victim: every rule but `_zero`,
    `_toll` and `_among` needs one after *i* (or at *i*).
    """
    hit = _zero(folded, toks, i) if word in _ZERO_FIRST else None
    if hit is None and word in _TOLL_FIRST:
        hit = _toll(folded, toks, i)
    if hit is None and (word == "the" or word == "among"):
        hit = _among(folded, toks, i)
    if hit is not None or i > last_trigger:
        return hit
    if word == "the" and last_outcome > i:
        hit = _definite_passive(toks, i)
        if hit is not None:
            return hit
    trig = word in lx.TRIGGERS
    if trig:
        hit = _active(folded, toks, i)
        if word in _ACTIVE_ONLY:
            return hit  # ("took place", "was buried in": no other rule starts there)
    if (
        hit is None
        and (
            word[0].isdigit() or word.partition("-")[0] in STARTERS or word.endswith("'s")
        )
        and not _lone_pair_word(toks, i, word)
    ):
        if (i + 3 < len(toks) and toks[i + 1][0] == "of") or i == 4:
            hit = _of_the_dead(folded, toks, i)
        if hit is None:
            hit = _passive(folded, toks, i, last_trigger, last_outcome)
    if hit is None and (
        trig
        or (
            last_outcome > i
            and word not in _NO_NAME_START
            and word[0].isalpha()
            and (shouting or text[toks[i][1]].isupper())
        )
    ):
        hit = _named(folded, toks, i, text, shouting, last_outcome)
    if hit is None and word.endswith("'s"):
        hit = _possessive_name(text, toks, i, shouting)
    if hit is None and last_outcome > i and (i == 0 or toks[i - 1][0] in _HEADLINE_AFTER):
        # its outcome, one only people suffer after the victim, opens
        # with a word of `_PREDICATE_FIRST`
        hit = _headline_noun(toks, i)
        if hit is None:
            hit = _headline_list_head(folded, toks, i, text)
    return hit


#: Trigger words that only open an active count ("gunmen took 12
#: passengers", "we buried 38"): no other rule is tried at them.
_ACTIVE_ONLY: Final = frozenset(["took", "buried", "taking"])
#: Marks after which a headline's piece starts ("Blast | Soldier killed").
_HEADLINE_AFTER: Final = frozenset("|:")


def _headline_outcome(toks: list[Token], at: int) -> tuple[str, str, int] | None:
    """
    The outcome at *at* that follows a headline's victims: one only people
    suffer, no euphemism, and no object after a transitive one ("Soldier
    killed two civilians" is active: the soldier killed).
    """
    trig = trigger_at(toks, at)
    if (
        trig is None
        or "P" not in trig[1]
        or "E" in trig[1]
        or "B" in trig[1]
        or trig[0] not in _PERSON_OUTCOMES
    ):
        return None  # ("Troops taken by surprise": no form of "be")
    end = trig[2]
    n = len(toks)
    if "T" in trig[1] and not (
        _is_boundary(toks, end)
        and (end + 1 >= n or (toks[end][0], toks[end + 1][0]) not in PAIRS)
    ):
        return None
    return trig


def _headline_noun(toks: list[Token], i: int) -> tuple[list[_Found], int] | None:
    """
    A headline's bare singular victim ("Soldier killed in border clash",
    "Regime soldier killed", "Teen killed as protests spread"): up to two
    modifiers and a singular victim noun opening the piece, right before an
    outcome only people suffer; one victim. "Soldier killed two" is active.
    """
    n = len(toks)
    k = i  # the head: the word before the first outcome word
    while k + 1 < n and k - i < 2 and toks[k + 1][0] not in lx.TRIGGERS:
        k += 1
    start = i
    for m in range(i, k + 1):
        word = toks[m][0]
        if word in _CLAUSE_WORDS:
            start = m + 1  # "Algeria says soldier killed"
        elif not word[0].isalpha() or word in _NAME_STOP or word in _QUANTITY_OPENERS:
            return None
    head = toks[k][0]
    if head not in lx.HEADS or not lx.HEADS[head][1]:
        return None
    trig = _headline_outcome(toks, k + 1)
    if trig is None:
        return None  # (also "Soldier killed two civilians", "... killed at least 31")
    category = (
        lx.HEADS[head][0] if head not in lx.GUARD_HEADS else ""
    ) or _category_from_head(toks, start, k)
    q = Quantity(start, k + 1, 1, 1, 1, False, None, head, category, False)
    return [_Found(q, trig[0])], trig[2]


def _headline_list_head(
    folded: str, toks: list[Token], i: int, text: str = ""
) -> tuple[list[_Found], int] | None:
    """
    A headline's bare singular victim that opens a list of counted groups
    ("Soldier, two civilians killed in gunfight", "Woman and two children
    killed in air strike"): up to two modifiers and a singular victim noun,
    then "," or "and" and groups with a noun right before an outcome only
    people suffer; one victim of that outcome. The scan resumes after the
    noun, so the groups are read as they were without it.
    """
    n = len(toks)
    k = i
    while k + 1 < n and toks[k + 1][0] not in (",", "and"):
        if k - i == 2:
            return None
        k += 1
    for m in range(i, k + 1):
        word = toks[m][0]
        if not word[0].isalpha() or word in _NAME_STOP or word in _QUANTITY_OPENERS:
            return None
    head = toks[k][0]
    if k + 2 >= n:
        return None
    if head in lx.HEADS:
        if not lx.HEADS[head][1]:
            return None
    elif (
        # a singular noun the word list does not know, after a modifier and
        # in lower case (no name, place or ALL-CAPS word), listed with
        # counted groups of people ("Farm director and eight Russian troops
        # killed"): one more person
        k == i
        or toks[k + 1][0] != "and"
        or not text[toks[k][1] : toks[k][2]].islower()
        or head.endswith("s")
        or not head.isalpha()
        or any(
            toks[m][0] in lx.NON_PERSON
            or toks[m][0] in lx.NOT_PEOPLE
            or toks[m][0] in lx.TRIGGERS
            for m in range(i, k + 1)
        )
    ):
        return None
    qs = quantity_list(folded, toks, k + 2, bare=False)
    if not qs or any(q.head is None for q in qs):
        return None
    trig = _headline_outcome(toks, qs[-1].j)
    if trig is None:
        return None  # (also "Soldier, two men killed two civilians": the men are killers)
    category = (
        lx.HEADS[head][0] if head in lx.HEADS and head not in lx.GUARD_HEADS else ""
    ) or _category_from_head(toks, i, k)
    q = Quantity(i, k + 1, 1, 1, 1, False, None, head, category, False)
    return [_Found(q, trig[0])], k + 1


def _category_from_head(toks: list[Token], i: int, k: int) -> str:
    """The category of a generic singular head at *k* from its modifiers at ``[i, k)``."""
    if toks[k][0] in lx.GUARD_HEADS:
        return guard_category(t[0] for t in toks[i:k])
    for m in range(k - 1, i - 1, -1):
        if toks[m][0] in lx.MODIFIER_CATEGORIES:
            return lx.MODIFIER_CATEGORIES[toks[m][0]]
    return lx.GENERIC_DEFAULTS.get(toks[k][0], "people")


#: Words `read` tests one by one: a word of letters in neither set can
#: only open a name.
_OPENERS_OR_TITLES: Final = _OPENERS | lx.TITLES


def _last_in(words: Container[str], texts: list[str], stop: int) -> int:
    """
    The last index below *stop* whose text is in *words*, or -1 (walked
    from the end: it stops at the first found, most often near it; a plain
    loop, as the few words walked cost less than a copy and C iterators).
    """
    k = stop - 1
    while k >= 0 and texts[k] not in words:
        k -= 1
    return k


#: How far past a sentence's end the rules may look: a number in words is
#: matched in a window of 160 characters from its first token.
_CONTEXT: Final = 170
#: The most sentences a document's `read` remembers (memory stays bounded).
_MAX_MEMO: Final = 1024
#: Texts shorter than this are read without the memo: a story rarely says a
#: sentence twice, and the look-up (a hash of the sentence) would cost more.
_MEMO_FROM = 20_000


def _sentence_view(
    folded: str, text: str, s_start: int, s_end: int
) -> tuple[int, str, str]:
    """
    The sentence at ``[s_start, s_end)`` cut out with all its counts depend
    on: ``(base, folded, text)`` where the sentence starts at *base* (0 when
    it opens the document, else 1: the character before it, which the rules
    look at) and *folded* runs `_CONTEXT` past its end. Read there, the
    counts are the same, offsets moved by ``s_start - base``; their offsets
    being small, most are cached ints. The view is also the key under which
    `read` remembers them.
    """
    base = 1 if s_start else 0
    lo = s_start - base
    return base, folded[lo : s_end + _CONTEXT], text[lo:s_end]


def _shifted(found: list[_Found], delta: int) -> list[_Found]:
    """*found* with every quantity's offsets moved by *delta*."""
    if not delta:
        return found
    return [f._replace(q=f.q._replace(i=f.q.i + delta, j=f.q.j + delta)) for f in found]


def read(doc: Document) -> list[_Found]:
    """
    Every count in *doc*, in text order. In a long text (`_MEMO_FROM`
    characters or more) a sentence read before (same text, same context:
    repeated boilerplate, wire copy pasted twice) is not read again: its
    counts are moved to its offsets.
    """
    text = doc.text
    folded = wire_slug_off(quotes_off_triggers(em_dashes_apart(text, doc.folded)))
    out: list[_Found] = []
    names: set[tuple[str, str]] = set()
    memo: dict[tuple[int, str, str], list[_Found]] = {}
    remember = len(text) >= _MEMO_FROM
    spans = list(_bounded(doc.sentences, folded))
    if spans and doc.dateline is not None:
        # the first sentence starts past the wire dateline: its place is no
        # victim named before a count ("KHAN YOUNIS, Gaza Strip, March 2
        # (AP) - At least 11 people, including six children, were killed")
        at = _dateline_end(doc)
        start, end = spans[0]
        if start <= at < end:
            while at < end and (folded[at].isspace() or folded[at] in "-\u2014"):
                at += 1
            spans[0] = (at, end)
    # (the story's ALL-CAPS flag only picks the cheaper split: the
    # sentences and words found are the same)
    cued, blank = _cue_sentences(folded, spans, caps=doc.shouting)
    for s_start, s_end, whole_cue, words in cued:
        sentence = folded[s_start:s_end]
        if not whole_cue and not _needed_phrase_in(sentence):
            continue  # "made", "held", "number" with no "made homeless", "held hostage", …
        shouting = text[s_start:s_end].isupper()  # ALL-CAPS copy
        if not shouting and not _may_count(
            _words(blank, s_start, s_end) if words is None else words,
            text,
            folded,
            s_start,
            s_end,
            shouting,
        ):
            continue
        if not remember:
            # read in place: no view to cut, no counts to move (the same
            # counts, as the property tests check)
            found = _sentence_counts(folded, text, s_start, s_end, shouting, every=False)
            _add_counts(found, out, names)
            continue
        view = _sentence_view(folded, text, s_start, s_end)
        seen = memo.get(view)
        if seen is None:
            base = view[0]
            seen = _sentence_counts(
                view[1], view[2], base, base + s_end - s_start, shouting, every=False
            )
            if len(memo) < _MAX_MEMO:
                memo[view] = seen
        _add_counts(_shifted(seen, s_start - view[0]), out, names)
    return out


def _read_sentence(
    folded: str,
    text: str,
    s_start: int,
    s_end: int,
    shouting: bool,
    out: list[_Found],
    names: set[tuple[str, str]],
    *,
    every: bool,
) -> None:
    """
    Append the counts of the sentence at ``[s_start, s_end)`` to *out*;
    *names* holds the named victims read so far. Unless *every*, only the
    words of `_TAIL_OPENERS` are visited after the sentence's last outcome
    word (the loop skips every other token there: the same counts, found
    faster).
    """
    found = _sentence_counts(folded, text, s_start, s_end, shouting, every=every)
    _add_counts(found, out, names)


_VICTIMS_WORD: Final = frozenset(["victims"])


def _sentence_counts(
    folded: str, text: str, s_start: int, s_end: int, shouting: bool, *, every: bool
) -> list[_Found]:
    """
    The counts of the sentence at ``[s_start, s_end)`` (see `_read_sentence`),
    named victims read before not yet left out. They depend on
    ``text[s_start:s_end]`` and ``folded[s_start - 1 : s_end + _CONTEXT]``
    alone, offsets apart (`_sentence_view`).
    """
    found: list[_Found] = []
    sentence = folded[s_start:s_end]
    # ", who was killed" after a name: without "who" there is none to find
    toks, texts = split_tokens(folded, s_start, s_end)
    who = False
    if shouting and "who" in sentence:
        # `_relative_outcome_after` needs a "," token just before a "who"
        at = -1
        try:
            while not who:
                at = texts.index("who", at + 1)
                who = at > 0 and texts[at - 1] == ","
        except ValueError:
            pass  # no "who" left
    n = len(toks)
    # the last words that can open an outcome, of anyone or of a named
    # victim: most rules need one after the token they start from
    last_trigger = _last_in(lx.TRIGGERS, texts, n)
    if "victims" in texts:
        # "Ten of the victims were children": subsets of a toll told before
        # (`_of_the_dead`), with no outcome word, are read up to the noun
        v = _last_in(_VICTIMS_WORD, texts, n)
        if v > last_trigger and v >= 3 and texts[v - 1] == "the" and texts[v - 2] == "of":
            last_trigger = v
    if last_trigger < 4 and n > 6 and texts[0] == "of" and texts[3] == ",":
        last_trigger = 4  # "Of the dead, ten were civilians" (`_fronted_of_the_dead`)
    last_outcome = _last_in(_PREDICATE_FIRST, texts, last_trigger + 1)
    resume = 0  # the token after the last count read
    reported: bool | None = None  # whether a report noun is a token
    disaster: bool | None = None  # whether a disaster's word is in the sentence
    visit: Iterable[int] = range(n)
    if not every and last_trigger + 1 < n:
        # after the last outcome word only a word of _TAIL_OPENERS can open
        # a count (the loop skips every other): those are picked in C
        visit = itertools.chain(
            range(last_trigger + 1),
            itertools.compress(
                itertools.count(last_trigger + 1),
                map(_TAIL_OPENERS.__contains__, texts[last_trigger + 1 :]),
            ),
        )
    for i in visit:
        word = texts[i]
        if word.isalpha() and word not in _OPENERS_OR_TITLES:
            # most words: letters only, in no table (the chain below
            # for them, with its tests that cannot hold left out)
            if i > last_trigger:
                continue
            if last_outcome <= i:
                # of `_hit_at`'s rules only a name (`_named`) or a
                # headline's noun can start at such a word, and both need
                # an outcome of a named victim after it
                continue
            if shouting:
                if not (
                    (
                        i == 0
                        or texts[i - 1] in _NAME_AFTER
                        or (who and _relative_outcome_after(toks, i))
                    )
                    and text[toks[i][1]].isupper()
                ):
                    continue
            elif not text[toks[i][1]].isupper():
                continue
        elif word in _OPENERS:
            if (
                word == "the"
            ):  # only "the dead included ...", "the driver was …" start there
                if i + 2 >= n or (
                    texts[i + 1] not in _AMONG
                    # "the driver was", "the bus driver of the mayor was"
                    and (texts[i + 2] not in _WAS_OF or texts[i + 1] not in lx.HEADS)
                    and (
                        i + 3 == n
                        or texts[i + 3] not in _WAS_OF
                        or texts[i + 2] not in lx.HEADS
                    )
                    # "the mayor, who had received threats, was killed"
                    and (
                        i + 3 == n
                        or texts[i + 2] != ","
                        or texts[i + 3] not in ("who", "whose")
                        or texts[i + 1] not in lx.HEADS
                    )
                ):
                    continue
            elif i > last_trigger and word not in _TAIL_OPENERS:
                continue
            elif word not in _ZERO_FIRST and _lone_pair_word(toks, i, word):
                continue  # "in", "at", "as" opening no "in excess of", "at least", …
        elif i > last_trigger:
            continue  # only _TAIL_OPENERS, all among _OPENERS, start a count here
        elif (
            word[0].isdigit()
            or word.endswith("'s")
            or (
                "-" in word and word.partition("-")[0] in STARTERS
            )  # _OPENERS has STARTERS
        ):
            pass
        elif shouting:  # a capital shows nothing: where may a name start?
            if not (
                (
                    i == 0
                    or texts[i - 1] in _NAME_AFTER
                    or word in lx.TITLES
                    or (who and _relative_outcome_after(toks, i))
                )
                and text[toks[i][1]].isupper()
            ):
                continue
        elif not text[toks[i][1]].isupper():
            continue
        if i < resume:
            continue
        hit = _hit_at(folded, text, toks, i, word, shouting, last_trigger, last_outcome)
        if hit is None:
            continue
        if reported is None:  # looked up once, at the first count
            reported = not lx.REPORT_NOUNS.isdisjoint(texts)
        if reported and hit[0] and _dismissed(toks, hit[0][0].q.i, hit[1]):
            resume = max(hit[1], i + 1)
            continue  # "reports of 19 dead are exaggerated"
        whole = [f for f in hit[0] if not f.subset and f.outcome in _NAMED_OUTCOMES]
        if whole and "including" in sentence:  # no "including" token without it
            members, after = _named_members(
                text, toks, hit[1], whole[-1].outcome, shouting
            )
            hit = (hit[0] + members, max(hit[1], after))
        k = hit[1]
        while k < n and k - hit[1] < 2 and texts[k] in _FOUND_WORDS:
            k += 1  # "26 bodies were found in Mayikengo, nine in Kasinga"
        if hit[0] and k < n and texts[k] in _GAP_OPENERS:
            gapped, after = _gapped_after(folded, toks, k, hit[0][-1])
            if gapped:  # "five were killed in Kharkiv and three in Odesa"
                hit = (hit[0] + gapped, max(hit[1], after))
        k = hit[1]
        if hit[0] and k + 1 < n and texts[k] == "," and texts[k + 1] in _HEDGE_OPENERS:
            hit = _hedged_after(folded, toks, k, hit[0], hit[1])
        k = hit[1]
        if (
            hit[0]
            and k + 3 < n
            and ("while " in sentence or "but " in sentence or "whereas " in sentence)
        ):
            said = _said_figure_after(folded, toks, k, hit[0][-1])
            if said is not None:  # ", while local officials said 45."
                hit = (hit[0] + [said], said.q.j)
        period: int | None = None  # looked up once, for the first count
        for f in hit[0]:
            if not (
                f.toll
                or f.cumulative
                or f.subset
                or f.name is not None
                or f.q.high == 1  # one person dies once
            ):
                if (
                    period is None
                ):  # it needs one of _PERIOD_WORDS, a "*-long" word or a year
                    period = (
                        (
                            not _PERIOD_WORDS.isdisjoint(texts)
                            or "-long" in sentence
                            or (  # "killed in attacks in May": a month sums plural incidents only
                                (
                                    not lx.PLURAL_INCIDENTS.isdisjoint(texts)
                                    # "between January and March" sums alone
                                    or "between" in texts
                                )
                                and not lx.MONTH_NAMES.isdisjoint(texts)
                            )
                            or "in 20" in sentence
                            or "in 19" in sentence  # "in 2025", "during 2024"
                            or "ng 20" in sentence
                            or "ng 19" in sentence  # "during"
                            or "ut 20" in sentence
                            or "ut 19" in sentence  # "throughout"
                            or "of 20" in sentence
                            or "of 19" in sentence  # "the first half of 2025"
                        )
                        and _sums_period(toks, i, hit[1])
                    )
                if period and not (
                    (period == _MONTH_ONLY and _small(f.q))
                    or (period == _SINCE_THEN and _small(f.q, _SINCE_THEN_LEAST))
                    or (period == _IN_THE_WAR and _small(f.q, _IN_THE_WAR_LEAST))
                ):
                    f = f._replace(cumulative=True)
            q = f.q
            if q.high == 1 and not shouting and _thing_named(text, toks, q.i, q.j):
                continue  # "seized the Galaxy Leader": a ship, no captive
            if disaster is None:  # (looked up once per sentence, its stems first)
                disaster = _DISASTER_STEM.search(sentence) is not None and (
                    _DISASTER_WORD.search(sentence) is not None
                )
            if disaster and _disaster_toll(
                folded, s_start, toks[q.i][1], toks[q.j - 1][2]
            ):
                continue  # "an earthquake that killed 2,000 people": no conflict's dead
            found.append(_Found(Quantity(toks[q.i][1], toks[q.j - 1][2], *q[2:]), *f[1:]))
        resume = max(hit[1], i + 1)
    return found


#: Natural disasters and epidemics, whose dead are no conflict's.
_DISASTERS: Final = (
    r"(?:earthquakes?+|quakes?+|floods?+|flooding|landslides?+|mudslides?+|cyclones?+"
    r"|hurricanes?+|typhoons?+|tsunamis?+|avalanches?+|wildfires?+|cholera|epidemic)"
)
_DISASTER_WORD: Final = compile_re(r"\b" + _DISASTERS + r"\b")
#: Strings one of which every match of `_DISASTER_WORD` holds.
_DISASTER_STEMS: Final = (
    "quake",
    "flood",
    "slide",
    "cyclone",
    "hurricane",
    "typhoon",
    "tsunami",
    "avalanche",
    "wildfire",
    "cholera",
    "epidemic",
)
#: Any of :data:`_DISASTER_STEMS`, found by one search in C.
_DISASTER_STEM: Final = compile_re("|".join(_DISASTER_STEMS))
#: A disaster as the subject of the outcome right before a count: "an
#: earthquake that killed more than 2,000 people", "floods have killed 40".
_DISASTER_BEFORE: Final = compile_re(
    r"\b" + _DISASTERS + r"(?:\s++(?:that|which|has|have|had|already|also))*+"
    r"\s++(?:killed|kills|left|claimed)\s++(?:[a-z,]++\s++){0,3}?\Z"
)
#: A disaster right after a count's outcome: "2,000 people died in the
#: earthquake", "were killed by floods", "were killed when a landslide buried".
_DISASTER_AFTER: Final = compile_re(
    r"\s++(?:[a-z]++\s++){0,3}?(?:in|by|from|during|when)\s++"
    r"(?:(?:the|a|an|this|last|week's|month's|year's|powerful|massive|deadly|devastating"
    r"|major|heavy|flash|strong|recent|magnitude|[\d.-]++)\s++){0,3}" + _DISASTERS + r"\b"
    # (not one of two causes: "displaced by the floods and fighting")
    r"(?!\s++(?:and|or)\s)"
)


def _disaster_toll(folded: str, lo: int, start: int, end: int) -> bool:
    """
    Whether the count at ``[start, end)`` of a sentence starting at *lo* is
    the toll of a natural disaster or an epidemic: its subject before the
    outcome ("a powerful earthquake that killed more than 2,000 people")
    or its cause after it ("2,000 people died in the earthquake").
    """
    return (
        _DISASTER_BEFORE.search(folded, max(lo, start - 60), start) is not None
        or _DISASTER_AFTER.match(folded, end, end + 80) is not None
    )


#: Verbs that take things as well as people (K in the word list's flags).
_THING_VERBS: Final = lx.words("seized seizing took holding hijacked")
#: Words of a sentence about a ship, a plane or a vehicle taken.
_VESSEL_WORDS: Final = lx.words(
    "ship ships vessel vessels tanker freighter carrier boat crew cargo plane "
    "aircraft airliner jet helicopter bus train"
)


def _thing_named(text: str, toks: list[Token], i: int, j: int) -> bool:
    """
    Whether the one person at tokens ``[i, j)`` is a definite name of
    capitalised words after a verb that also takes things, in a sentence
    about a ship, a plane or a vehicle: "Houthi forces seized the Galaxy
    Leader, a cargo ship" names a ship whose last word is a people noun,
    not a captive ("seized the militia leader", "seized the Deputy
    Governor at a checkpoint" are captives).
    """
    return (
        j - i >= 3
        and i > 0
        and toks[i][0] == "the"
        and toks[i - 1][0] in _THING_VERBS
        and all(text[toks[k][1]].isupper() for k in range(i + 1, j))
        and any(t[0] in _VESSEL_WORDS for t in toks)
    )


#: Words that open a hedge after a comma (`possibly_more`).
_HEDGE_OPENERS: Final = lx.words("possibly perhaps maybe probably likely and or if")


def _hedged_after(
    folded: str, toks: list[Token], k: int, found: list[_Found], end: int
) -> tuple[list[_Found], int]:
    """
    *found* (a hit ending at token *end*) with the high bound a hedge after
    its verb gives its last count, from the comma at *k*: "12 people were
    killed, possibly more" (no high bound), "…, perhaps 20" (high 20).
    """
    last = found[-1]
    q = last.q
    if last.subset or q.best is None or q.high not in (None, q.best):
        return found, end
    more = possibly_more(folded, toks, k, q.best)
    if more is None or more[0] == q.high:
        return found, end
    return [*found[:-1], last._replace(q=q._replace(high=more[0]))], max(end, more[1])


#: Prepositions of the place or time after a count whose verb later counts
#: leave out ("five were killed in Kharkiv and three in Odesa").
_GAP_PLACES: Final = frozenset(["in", "at", "near", "on"])
#: Adverbs of time that stand alone where such a place or time may stand
#: ("three died on Monday and five more overnight", "two died overnight
#: and another three on Tuesday").
_GAP_TIMES: Final = lx.words("overnight yesterday today tonight later afterwards")
#: Either: what may follow a count whose verb later counts leave out.
_GAP_OPENERS: Final = _GAP_PLACES | _GAP_TIMES
#: Words between the bodies of a count and its place ("26 bodies were found in").
_FOUND_WORDS: Final = lx.words("were was found recovered discovered retrieved")
#: How many tokens a place or time of a gapped count may run to.
_GAP_REACH: Final = 8


#: The contrast words before another source's bare figure (`_said_figure_after`).
_SAID_FIGURE_OPENERS: Final = frozenset(["while", "but", "whereas"])
#: Its verbs of saying.
_SAID_FIGURE_VERBS: Final = frozenset(["said", "says", "reported", "counted"])


def _said_figure_after(
    folded: str, toks: list[Token], k: int, f: _Found
) -> _Found | None:
    """
    Another source's bare figure after the count *f*, at token *k*:
    "between 20 and 30 people were killed, while local officials said 45."
    A number with no noun and no outcome word of its own, right after the
    source's verb of saying and closing the clause, is that source's figure
    for *f*'s victims, of *f*'s outcome (`_competing` reads it as such);
    ``None`` when there is none.
    """
    if f.outcome not in _COMPETING_OUTCOMES:
        return None  # (a rival figure is read as one only of these outcomes)
    n = len(toks)
    m = k
    # (past the rest of the first clause: "were killed in the attack, while")
    while (
        m < n
        and m - k < 8
        and toks[m][0] != ","
        and toks[m][0] not in _SAID_FIGURE_OPENERS
    ):
        word = toks[m][0]
        if word in _CLAUSE_END or word[0].isdigit() or word in lx.TRIGGERS:
            return None
        m += 1
    if m < n and toks[m][0] == ",":
        m += 1
    if m >= n or toks[m][0] not in _SAID_FIGURE_OPENERS:
        return None
    m += 1
    stop = min(m + 7, n)
    while m < stop and toks[m][0] not in _SAID_FIGURE_VERBS:
        word = toks[m][0]
        if not word[0].isalpha() or word in lx.TRIGGERS:
            return None  # (the source in words only: "local officials")
        m += 1
    if m + 1 >= stop:
        return None
    q = quantity_at(folded, toks, m + 1)
    if (
        q is None
        or q.head is not None
        or q.anaphoric
        or (q.best is None and q.low is None)
        or (q.j < n and toks[q.j][0] not in _CLAUSE_END)
    ):
        return None
    return _Found(q._replace(head=f.q.head, victim=f.q.victim), f.outcome, said=True)


def _gapped_after(
    folded: str, toks: list[Token], k: int, f: _Found
) -> tuple[list[_Found], int]:
    """
    The counts after the count *f* whose place or time opens at token *k*
    that leave its verb out: "five people were killed in the Kharkiv region
    and three in Odesa", "26 bodies were found in Mayikengo, nine in Kasinga
    and five in Bulambo", "killing four in Sumy and two in Kherson". Each
    is a quantity after a comma or "and" with a place or a time of its own
    right after it (no outcome word: "and three were wounded" is read
    where it stands), of *f*'s outcome; one with no noun takes *f*'s
    victims. Returns the counts and the index after the last place.
    """
    n = len(toks)
    out: list[_Found] = []
    end = k
    while end < n and toks[end][0] in _GAP_OPENERS:
        m = end + 1
        if toks[end][0] in _GAP_TIMES:
            pass  # a time in one word: "and five more overnight"
        else:
            while (
                m < n
                and m - end <= _GAP_REACH
                and toks[m][0] not in (",", "and", ".", ";")
            ):
                if toks[m][0] in lx.TRIGGERS or toks[m][0][:1].isdigit():
                    return out, end  # another clause's words
                m += 1
        if m >= n or toks[m][0] not in (",", "and"):
            break
        m += 1
        if m < n and toks[m][0] == "and":
            m += 1  # ", and three in Odesa"
        if m + 1 < n and toks[m][0] == "another":
            m += 1  # "and another three on Saturday": the three
        q = quantity_at(folded, toks, m)
        if (
            q is None
            or q.j >= n
            # (or a time by which: "five were confirmed dead on Tuesday
            # night and four more by morning")
            or (toks[q.j][0] not in _GAP_OPENERS and toks[q.j][0] != "by")
            or q.anaphoric
            or (q.vague is not None and q.best is None and q.low is None)
        ):
            break
        if q.head is None:
            # ("three of the wounded died on Monday and five more overnight":
            # five more of the wounded)
            head = f.q.head if f.q.head in HURT_GROUPS else None
            q = q._replace(victim=f.q.victim, head=head)
        out.append(_Found(q, f.outcome))
        end = q.j
    return out, end


def _add_counts(
    found: list[_Found], out: list[_Found], names: set[tuple[str, str]]
) -> None:
    """
    Append *found* (one sentence's counts) to *out*, but a named victim
    already in *names* ("Lt Zegers" after "Lieutenant Roberto Zegers Reed"),
    whose name's words then join *names*.
    """
    for f in found:
        if f.name is not None:
            if (f.name.rsplit(" ", 1)[-1], f.outcome) in names:
                continue
            names.update((w, f.outcome) for w in f.name.split())
        out.append(f)


#: The longest actor mention looked back for ("the Farabundo Marti National
#: Liberation Front" is 50 characters); it keeps the actor look-up linear.
_MAX_ACTOR: Final = 200


def _actor_for(
    actors: tuple[ActorMention, ...], starts: list[int], start: int, end: int
) -> ActorMention | None:
    """
    The actor mention of the victims at ``[start, end)``, if tagged.

    *starts* are the actors' start offsets, sorted as *actors* are.
    """
    best: tuple[int, ActorMention] | None = None
    lo = bisect.bisect_left(starts, start - _MAX_ACTOR)
    hi = bisect.bisect_right(starts, end + 1)
    for a in actors[lo:hi]:
        span = a.span  # read once: `start` and `end` are properties
        a_end = span.end
        if a_end < start - 1:
            continue  # most mentions in the window end before the victims
        a_start = span.start
        overlap = min(end, a_end) - max(start, a_start)
        if overlap > 0 or (overlap >= -1 and a_start >= start - 1 and a_end <= end + 1):
            name = a.canonical or a.text
            if start <= a_start and a_end <= end:
                # a group named inside the victims' words: the first listed
                # ("between 40 and 50 soldiers and volunteer fighters" are
                # the army's dead first), whatever its length
                overlap = _INSIDE
            if name.startswith(_UNIDENTIFIED):
                # ("41 soldiers and allied militiamen": the soldiers' forces
                # over their unnamed allies, however long their words)
                overlap -= _UNIDENTIFIED_PENALTY
            if best is None or overlap > best[0]:
                best = (overlap, a)
    return None if best is None else best[1]


def _commanders_men(folded: str, start: int, victim: str) -> str:
    """
    The category of "six of his men" at *start* when a commander or an
    officer said it ("a Wazalendo commander said six of his men had been
    killed": his fighters; "an army officer said": soldiers; "a police
    commander": police), else *victim*.
    """
    m = _COMMANDER_SAID.search(folded, max(0, start - 80), start)
    if m is None:
        return victim
    unit = m.group(1) or ""
    if unit in ("army", "military"):
        return "soldiers"
    if unit == "police":
        return "police"
    return "militants"


#: A commander or an officer who speaks, right before the count of "his men"
#: (group 1: an "army", "military" or "police" right before the title).
_COMMANDER_SAID: Final = re.compile(
    r"\b(?:(army|military|police)\s+)?(?:commander|officer|colonel|captain|major|chief)"
    r"(?:,[^,.;]{1,40},)?\s+(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:[a-z]+\s+of\s+)?$"
)


#: Generic heads whose victims, named with a rebel group's name, are its
#: fighters: "two Hezbollah members", "members of al-Shabaab".
_MEMBER_HEADS: Final = frozenset(["members", "member"])


def _members_of_armed_group(
    q: Quantity,
    named: ActorMention | None,
    actors: tuple[ActorMention, ...],
    starts: list[int],
    folded: str,
) -> ActorMention | None:
    """
    The armed group whose members the victims *q* are, when they are: a
    rebel group named inside their words (*named*, "two Hezbollah members
    were killed"), or one of :func:`_armed_group` right after them ("five
    members of al-Shabaab", "11 members of the Jalisco New Generation
    Cartel"; *actors* sorted by their *starts*). They are its fighters,
    militants as "two Hezbollah fighters" are. A party's members may be
    civilians ("three members of the ruling party"), and stay "people".
    """
    if q.victim != "people" or q.head not in _MEMBER_HEADS:
        return None
    start, end = q.i, q.j
    if named is not None and start <= named.span.start and named.span.end <= end:
        return named if named.kind == "rebel" else None
    if not folded.startswith(" of ", end):
        return None
    at = end + (8 if folded.startswith(" of the ", end) else 4)
    i = bisect.bisect_left(starts, at)
    if i < len(actors) and starts[i] == at and _armed_group(actors[i], folded):
        return actors[i]
    return None


def _armed_group(actor: ActorMention, folded: str) -> bool:
    """
    Whether *actor*'s members are fighters: a rebel group's, or an armed
    group's of the militia kind that no word "party" names ("members of the
    Jalisco New Generation Cartel"; not "members of the Arena party").
    """
    if actor.kind == "rebel":
        return True
    return (
        actor.kind == "political_militia"
        and "party" not in folded[actor.span.start : actor.span.end + 7]
        and "party" not in (actor.canonical or "").lower()
    )


#: How an unidentified group's name begins, and how many characters of
#: overlap with the victims it gives up to a group the text names.
_UNIDENTIFIED: Final = "Unidentified"
_UNIDENTIFIED_PENALTY: Final = 1000
#: The score of a group named wholly inside the victims' words (above any
#: partial overlap, below the penalty: the first such group wins).
_INSIDE: Final = 500


def _value(f: _Found) -> int | None:
    q = f.q
    return q.best if q.best is not None else q.low if q.low is not None else q.high


#: Kinds of place precise enough to tell one incident from another (a
#: country or a province holds many).
_LOCALITIES: Final = frozenset(["city", "town", "village", "populated_place", "district"])
#: Words right before a date that make it the date of a statement or of a
#: running toll, not of an incident: "an administrator said on Thursday",
#: "by Tuesday the toll had risen".
_NOT_INCIDENT_DATE: Final = lx.words("said says told reported announced added stated by")
#: Victim categories that say nothing of who the victims were.
_ANY_VICTIM: Final = frozenset(["unknown", "people"])


#: An office whose seat a place names, right before it: "the mayor of",
#: "the governor of", "Lubero territory administrator" is not read so.
_OFFICE_OF: Final = compile_re(
    r"\b(?:mayor|governor|administrator|prefect|commissioner|bishop|chief)\s++of\s++"
    r"(?:the\s++)?\Z"
)
#: How far before a place its office's words may start.
_OFFICE_REACH: Final = 30


class _Incidents:
    """
    The places and dates each sentence of *doc* names (from the places and
    dates stages; a sentence naming neither takes those of the sentence
    before it in its paragraph): what ties a count to its incident. Read
    lazily, for the stories with a toll only.
    """

    __slots__ = ("_anchors", "_doc", "_marks", "_starts")

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._starts: list[int] | None = None
        self._anchors: list[frozenset[str]] = []
        self._marks: list[tuple[int, str]] = []  # (offset, anchor), by offset

    def _build(self) -> list[int]:
        doc = self._doc
        spans = doc.sentences
        starts = [s for s, _ in spans]
        own: list[set[str]] = [set() for _ in spans]
        skip_to = _dateline_end(doc)
        folded = doc.folded
        marks: list[tuple[int, str]] = []
        for d in doc.dates:
            if (
                d.kind != "date"
                or d.precision != "day"
                or d.value is None
                or d.start < skip_to
            ):
                continue
            before = folded[max(d.start - 30, 0) : d.start].split()[-4:]
            if not _NOT_INCIDENT_DATE.isdisjoint(before):
                continue  # "said on Thursday", "by Tuesday"
            marks.append((d.start, "@" + d.value))
        for p in doc.places:
            if (
                p.role == "place"
                and p.kind in _LOCALITIES
                # ("the mayor of Saint-Marc said": an office's seat, no
                # place of the incident)
                and _OFFICE_OF.search(folded, max(p.start - _OFFICE_REACH, 0), p.start)
                is None
            ):
                marks.append((p.start, (p.name or p.text).lower()))
        marks.sort()
        for at, anchor in marks:
            k = bisect.bisect_right(starts, at) - 1
            if k >= 0:
                own[k].add(anchor)
        text = doc.text
        anchors: list[frozenset[str]] = []
        for k, (start, _) in enumerate(spans):
            if not own[k] and k and anchors[k - 1]:
                gap = text[spans[k - 1][1] : start]
                if gap.count("\n") < 2:  # no blank line: the same paragraph
                    anchors.append(anchors[k - 1])
                    continue
            anchors.append(frozenset(own[k]))
        self._anchors = anchors
        self._marks = marks
        self._starts = starts
        return starts

    def of_toll(self, offset: int) -> frozenset[str]:
        """
        The places and dates named between a toll's noun and its number at
        *offset*: the incident it names ("the toll from Tuesday's attack
        rose to 19", "the number of dead in the Turbat blast"), not the
        days of later deaths elsewhere in its sentence ("two of the
        wounded died on Wednesday, bringing the toll to nine").
        """
        k = self.sentence(offset)
        start = self._starts[k] if self._starts is not None and k >= 0 else 0
        folded = self._doc.folded
        noun = max(
            folded.rfind("toll", start, offset), folded.rfind("number of", start, offset)
        )
        if noun < 0:
            return frozenset()
        lo = bisect.bisect_left(self._marks, (noun, ""))
        hi = bisect.bisect_left(self._marks, (offset, ""))
        return frozenset(anchor for _, anchor in self._marks[lo:hi])

    def sentence(self, offset: int) -> int:
        """The index of the sentence holding character *offset*."""
        starts = self._starts if self._starts is not None else self._build()
        return bisect.bisect_right(starts, offset) - 1

    def anchors(self, sentence: int) -> frozenset[str]:
        """The places and dates (``@`` and its value) tied to *sentence*."""
        if self._starts is None:
            self._build()
        return self._anchors[sentence] if sentence >= 0 else frozenset()


#: How far past the dateline's place its date may run ("MAPUTO, Nov 20 (Reuters) -").
_DATELINE_TAIL: Final = 60


def _dateline_end(doc: Document) -> int:
    """
    Where the wire dateline ends, past its date and source (the dateline
    stage's span holds its place alone): that date is the story's, no
    incident's. -1 without a dateline.
    """
    dateline = doc.dateline
    if dateline is None:
        return -1
    end = dateline.span.end
    tail = doc.text[end : end + _DATELINE_TAIL]
    cut = min(
        (
            at
            for at in (tail.find(" - "), tail.find("--"), tail.find("\u2014"))
            if at >= 0
        ),
        default=-1,
    )
    return end + cut if cut >= 0 else end


def _same_incident(found: list[_Found], t: int, incidents: _Incidents) -> list[bool]:
    """
    For each count before the toll ``found[t]``: whether it may be a count
    of the toll's incident. A count in another sentence is not when that
    sentence ties it to a place or date the incident does not have: the
    incident is what the toll's own phrase names (`_Incidents.of_toll`),
    joined with what the sentence of the story's first count of the
    outcome names when the two agree (or that alone when the toll names
    nothing). "The toll from Tuesday's attack
    rose to 19" updates the village raid of the lead, not the ambush "on
    Wednesday … between Macomia and Awasse".
    """
    ft = found[t]
    sentence_t = incidents.sentence(ft.q.i)
    mine = incidents.of_toll(ft.q.i)
    lead = next(
        (
            f
            for f in found
            if f.outcome == ft.outcome and not f.subset and not f.cumulative
        ),
        ft,
    )
    theirs = incidents.anchors(incidents.sentence(lead.q.i))
    if not mine:
        incident = theirs
    elif _agree(mine, theirs):
        incident = mine | theirs
    else:
        incident = mine
    dates, places = _by_kind(incident)
    out = []
    for e in range(t):
        sentence_e = incidents.sentence(found[e].q.i)
        if sentence_e == sentence_t:
            out.append(True)
            continue
        dates_e, places_e = _by_kind(incidents.anchors(sentence_e))
        # another incident: a date or a place of a kind the incident has
        # that is not the incident's ("near the town of Bara, 60 km north
        # of El Obeid" is not the El Obeid market); a date where the
        # incident has none is only more about it
        out.append(
            not (dates and dates_e and not dates_e <= dates)
            and not (places and places_e and not places_e <= places)
        )
    return out


def _by_kind(anchors: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The dates and the places among *anchors*."""
    dates = frozenset(x for x in anchors if x[0] == "@")
    return dates, anchors - dates


def _agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of anchors may name one incident: no two dates, nor two places, apart."""
    dates_a, places_a = _by_kind(a)
    dates_b, places_b = _by_kind(b)
    if dates_a and dates_b and dates_a.isdisjoint(dates_b):
        return False
    return not (places_a and places_b and places_a.isdisjoint(places_b))


#: Victim categories of armed groups an "of them" may refer back to.
_ARMED_VICTIMS: Final = frozenset(["militants", "soldiers", "police", "security forces"])
#: How many tokens before the deed its antecedent may stand.
_ANTECEDENT_REACH: Final = 12


def _armed_antecedent(toks: list[Token], i: int) -> tuple[str, str] | None:
    """
    The armed group named, with no number, in the tokens before the deed at
    *i* that "of them" refers back to ("clashed with gang members, killing
    three of them": militants), the nearest one; None when a number, a stop
    or another category comes first.
    """
    for t in range(i - 1, max(-1, i - 1 - _ANTECEDENT_REACH), -1):
        word = toks[t][0]
        if word in (".", ";", ":") or word[:1].isdigit() or word in lx.NUMBER_WORDS:
            return None
        np = noun_phrase(toks, t, singular=False)
        if np is None or np[2] > i:
            continue
        if not any(toks[x][0] == "," for x in range(np[2], i)) and not (
            np[2] + 1 == i and toks[np[2]][0] == "and"
        ):
            # ("pursued the attackers and killed six of them": the object
            # of the verb before, right before "and" and the deed)
            continue  # "the attackers killed four of them": the deed's own subject
        if t and (toks[t - 1][0][:1].isdigit() or toks[t - 1][0] in lx.NUMBER_WORDS):
            return None  # "killed seven soldiers, … four of them": told already
        if np[1] not in _ARMED_VICTIMS:
            # the head's modifiers stand before it: "gang members" (read
            # backwards, "members" comes first)
            for s in (t - 1, t - 2):
                wide = noun_phrase(toks, s, singular=False) if s >= 0 else None
                if wide is not None and wide[2] == np[2]:
                    np = wide
                    break
        if np[1] not in _ARMED_VICTIMS:
            return None
        start = t  # (where the phrase's modifiers start: "pro-government militiamen")
        for s in (t - 1, t - 2):
            wide = noun_phrase(toks, s, singular=False) if s >= 0 else None
            if wide is not None and wide[2] == np[2]:
                start = s
        if start >= 2 and toks[start - 1][0] == "and":
            # one of two groups ("a convoy of soldiers and pro-government
            # militiamen, killing 27 of them"): people of both
            for s in (start - 2, start - 3):
                other = noun_phrase(toks, s, singular=False) if s >= 0 else None
                if other is not None and other[2] == start - 1 and other[1] != np[1]:
                    return ("them", "people")
        return (np[0], np[1])
    return None


#: Verbs of saying after a noun phrase: its people are the speaker, no
#: antecedent of a later "of them" ("police said 20 of them were killed").
_SPEAKER_VERBS: Final = lx.words("said says told added reported stated")


def _passive_antecedent(toks: list[Token], i: int) -> tuple[str, str] | None:
    """
    The armed group a passive's "N of them" at token *i* refers back to: the
    nearest noun phrase before it in its sentence, when it names an armed
    category and no number counts it ("the attackers had been repulsed and
    that 20 of them were killed": militants). None when a number, another
    category or the sentence's start comes first; a speaker ("police said
    20 of them") is passed over.
    """
    for t in range(i - 1, max(-1, i - 1 - _ANTECEDENT_REACH), -1):
        word = toks[t][0]
        if word in (".", ";", ":") or word[:1].isdigit() or word in lx.NUMBER_WORDS:
            return None
        if word not in lx.HEADS:
            continue  # (a phrase ends at its head: read only from there)
        if t + 1 < len(toks) and toks[t + 1][0] in _SPEAKER_VERBS:
            continue
        if t and (toks[t - 1][0][:1].isdigit() or toks[t - 1][0] in lx.NUMBER_WORDS):
            return None  # "seven soldiers were hurt and four of them died": told
        np = noun_phrase(toks, t, singular=False)
        if np is None or np[2] != t + 1:
            return None
        return (np[0], np[1]) if np[1] in _ARMED_VICTIMS else None
    return None


#: Outcomes of people hurt who may die later.
_HURT_OUTCOMES: Final = frozenset(["wounded"])
#: The ends of a count that refers back to a group ("two of them").
_OF_THEM: Final = ("of them", "of those", "of whom")


#: How far (in characters) after a count of the hurt "two of them died" may
#: tell their deaths (`_deaths_of_the_hurt`): the same or the next sentence.
_OF_THEM_REACH: Final = 250


def _deaths_of_the_hurt(found: list[_Found], folded: str, body: int) -> list[_Found]:
    """
    Mark "two of the wounded died" a subset when an earlier count of the
    killed gives the story's dead: a toll ("the death toll rose to 14"), or
    any count in an earlier paragraph of the story's body (from *body*, past
    the headline): wire copy tells the latest figure first and explains it
    lower down ("killed at least 41 people ... Eleven of the wounded later
    died in hospital, a doctor said"), so a figure said before the deaths
    may hold them already. Without such a count they add to the dead ("a
    bomb killed 12 people and wounded 30. Two of the wounded died": 14, one
    paragraph telling what happened in order), and a later toll replaces
    them as it replaces the story's other counts of the killed.

    "Two of them died" right after a count of the wounded ("five were
    wounded, and two of them died") is read so too: people hurt who died,
    not a restatement of an earlier count of the killed that happens to
    have the same number ("killed two policemen ... two of them died" are
    four dead).
    """
    toll = False
    lead = -1  # the end of the body's first count of the killed
    for e, fe in enumerate(found):
        if fe.outcome != "killed":
            continue
        q = fe.q
        if q.anaphoric and q.head is None and folded.endswith(_OF_THEM, q.i, q.j):
            before = next((f for f in reversed(found[:e]) if not f.subset), None)
            if (
                before is not None
                and before.outcome in _HURT_OUTCOMES
                # (the hurt just told: "them" far below a count of the
                # hurt is someone else, "the murderers ... one of them died")
                and q.i - before.q.j < _OF_THEM_REACH
            ):
                fe = found[e] = fe._replace(
                    q=q._replace(head=before.outcome, anaphoric=False)
                )
        if fe.q.head in HURT_GROUPS:
            if not fe.subset and (
                toll
                or (
                    lead >= 0
                    and "\n" in folded[lead : fe.q.i]
                    and not _toll_follows(found, e, folded)
                )
            ):
                found[e] = fe._replace(subset=True)
            continue
        toll = toll or (fe.toll and not fe.stale)
        if lead < 0 and fe.q.i >= body and not (fe.subset or fe.cumulative or fe.stale):
            lead = fe.q.j
    return found


def _toll_follows(found: list[_Found], e: int, folded: str) -> bool:
    """
    Whether a toll of the killed follows ``found[e]`` in its sentence: "two
    of the wounded died …, bringing the toll to ten" says the deaths are a
    rise the story's earlier figure lacks (the toll replaces them).
    """
    end = found[e].q.j
    for f in found[e + 1 :]:
        if any(stop in folded[end : f.q.i] for stop in _SENTENCE_STOPS):
            return False
        if f.toll and f.outcome == "killed":
            return True
    return False


#: What ends a sentence, for `_toll_follows`.
_SENTENCE_STOPS: Final = (". ", ".\n", "\n")


#: The verb of burial (`_burials_of_the_dead`) right before its count.
_BURIED_BEFORE: Final = compile_re(r"\bburied\s++(?:all\s++)?+\Z")


def _burials_of_the_dead(found: list[_Found], folded: str) -> list[_Found]:
    """
    Mark a count of the buried a subset when an earlier count of the
    killed holds it ("killed at least 27 people" … "we buried 19 people
    yesterday": a witness's share of the same dead, or all of them told
    again). Without such a count the burials are the story's dead ("we have
    buried 38 so far").
    """
    most = 0  # the largest count of the killed told so far
    for e, fe in enumerate(found):
        if fe.outcome != "killed" or fe.subset or fe.cumulative:
            continue
        value = _value(fe) or 0
        if (
            most
            and value <= most
            and _BURIED_BEFORE.search(folded, max(0, fe.q.i - 20), fe.q.i) is not None
        ):
            found[e] = fe._replace(subset=True)
            continue
        most = max(most, value)
    return found


#: How far after a count of the wounded its hospital phrase may end, in
#: characters ("27 people had been hospitalised", "were taken to hospital").
_HOSPITAL_REACH: Final = 40


def _hospitalised_among(found: list[_Found], doc: Document) -> list[_Found]:
    """
    Mark a count of people in hospital a subset of a larger count of the
    wounded of its incident in an earlier sentence ("injuring 42 … 27
    people had been hospitalised": most of the hurt, not 27 more), unless
    its sentence tells of another incident or more hurt ("in a second
    blast", "another", "also").
    """
    folded = doc.folded
    out: list[_Found] | None = None
    incidents: _Incidents | None = None
    top: _Found | None = None  # the largest earlier count of the wounded
    for e, f in enumerate(found):
        if f.outcome != "wounded" or f.subset or f.cumulative:
            continue
        value = _value(f)
        if (
            top is not None
            and value is not None
            and folded.find("hospital", f.q.j, f.q.j + _HOSPITAL_REACH) >= 0
            and value < (_value(top) or 0)
        ):
            sentence = doc.sentence_at(f.q.i)
            if top.q.i < sentence[0] and not _has_word(folded, _ELSEWHERE, *sentence):
                if incidents is None:
                    incidents = _Incidents(doc)
                if _agree(
                    incidents.anchors(incidents.sentence(top.q.i)),
                    incidents.anchors(incidents.sentence(f.q.i)),
                ):
                    if out is None:
                        out = list(found)
                    out[e] = f._replace(subset=True)
                    continue
        if top is None or (value or 0) > (_value(top) or 0):
            top = f
    return found if out is None else out


#: A release told of captives named before by a pronoun or a definite noun
#: ("they were released two weeks later", "the hostages were freed").
#: (Matched before a word of release found with ``str.find``, up to it: a
#: search of the whole text at every offset costs far more.)
_RELEASE_OF_THEM: Final = compile_re(
    # (not a part of them: "Twelve of the hostages were freed" is a count of
    # its own, twelve, not all the captives)
    r"(?<!\bof\s)\b(they|he|she|all of them|the hostages|the captives|the abductees)\s++"
    r"(?:were|was|have been|has been|had been)\s++(?:[a-z]++ly\s++|all\s++|later\s++)?\Z"
)
#: A release of no captive: from care or custody ("released from hospital",
#: "freed on bail").
_NOT_FREED_AFTER: Final = re.compile(
    r"(?:released|freed|set free)\s+(?:later\s+)?(?:from\s+(?:the\s+)?"
    r"(?:hospital|custody|prison|jail|detention)|on\s+bail)\b"
)
#: Words of a release (`_released_of_them`) and how far before one its
#: captives' words may start.
_RELEASE_WORDS: Final = ("released", "freed", "set free")
_RELEASE_REACH: Final = 48


#: A bare count's stay at a place named in capitals, after it ("59 remain
#: in Gaza", "… are still remaining in the Gaza Strip").
_REMAIN_AT_PLACE: Final = re.compile(
    r"\s+(?:(?:are|still|now|currently|believed|to|thought)\s+){0,3}"
    r"remain(?:s|ed|ing)?\s+in\s+(?:the\s+)?[A-Z]",
)


def _held_of_captives(found: list[_Found], doc: Document) -> list[_Found]:
    """
    *found* without the bare counts staying in a place (`_Found.held`) that
    are no captives: kept when they stay at a place named in capitals and
    the sentence before them, or the one before it, tells of captives
    ("Families of the hostages rallied on Saturday. Israel says 59 remain
    in Gaza"), dropped otherwise ("Hundreds of families fled. About 300
    remain in Goma" is no count of the held).
    """
    text, folded = doc.text, doc.folded
    out: list[_Found] = []
    for f in found:
        if f.held:
            sentence = doc.sentence_at(f.q.i)
            lo = doc.sentence_at(sentence[0] - 1)[0] if sentence[0] > 0 else 0
            if _REMAIN_AT_PLACE.match(text, f.q.j) is None or not any(
                folded.find(w, lo, f.q.i) >= 0 for w in _CAPTIVE_STEMS
            ):
                continue
            f = f._replace(held=False)
        out.append(f)
    return out


#: The stems of words of captives (hostages, captives, abducted, kidnapped).
_CAPTIVE_STEMS: Final = ("hostage", "captive", "abduct", "kidnap")


def _released_of_them(found: list[_Found], doc: Document) -> list[_Found]:
    """
    *found* with a count of the released for each release told of captives
    the sentence or the one before it counted ("gunmen seized 280 pupils
    …; they were released two weeks later": 280 released), by the words
    that name them ("they"), with the captives' bounds and victims.
    """
    folded = doc.folded
    added: list[_Found] = []
    for word in _RELEASE_WORDS:
        at = folded.find(word)
        while at >= 0:
            m = _RELEASE_OF_THEM.search(folded, max(at - _RELEASE_REACH, 0), at)
            at = folded.find(word, at + 1)
            if m is not None:
                _release_of(found, doc, m, added)
    if not added:
        return found
    return sorted(found + added, key=lambda f: f.q.i)


def _release_of(
    found: list[_Found], doc: Document, m: re.Match[str], added: list[_Found]
) -> None:
    """Add to *added* the release matched by *m*, when captives were counted before it."""
    start = m.start()
    sentence = doc.sentence_at(start)
    before = doc.sentence_at(sentence[0] - 1) if sentence[0] > 0 else sentence
    taken = next(
        (
            f
            for f in reversed(found)
            if f.q.i < start and f.outcome == "kidnapped" and not f.subset
        ),
        None,
    )
    if taken is None or taken.q.i < before[0]:
        return
    if _NOT_FREED_AFTER.match(doc.folded, m.end()) or any(
        taken.q.i < f.q.i < start and f.outcome != "kidnapped" and not f.subset
        for f in found
    ):
        # "released from hospital", and people of another fate counted
        # after the captives ("kidnapped a businessman and wounded his
        # driver. He was released ..."): the pronoun's may be theirs
        return
    # the captives of the taking's sentence ("X and Y were kidnapped": two)
    lo, hi = doc.sentence_at(taken.q.i)
    group = [
        f.q
        for f in found
        if lo <= f.q.i < hi and f.outcome == "kidnapped" and not f.subset
    ]
    q = taken.q
    if m.group(1) in ("he", "she") and (
        len(group) != 1 or group[0].low != 1 or group[0].high != 1
    ):
        return  # ("he was freed": the one captive counted, nobody else)
    added.append(
        _Found(
            Quantity(
                start,
                m.end(1),
                _sum(g.low for g in group),
                _sum(g.best for g in group),
                _sum(g.high for g in group),
                q.approximate,
                q.vague,
                None,
                q.victim,
                False,
            ),
            "released",
            cumulative=taken.cumulative,
        )
    )


def _sum(values: Iterable[int | None]) -> int | None:
    """The sum of *values*, or None when one is unknown."""
    total = 0
    for v in values:
        if v is None:
            return None
        total += v
    return total


#: How far before or after a count of the kidnapped "still" is looked for, in
#: characters ("22 are still being held hostage", "still holding 22 hostages").
_STILL_REACH: Final = 30


#: Words of captives not yet freed ("are still held", "eight others
#: remained in captivity").
_STILL_WORDS: Final = ("still", "remain", "remained", "remains")


def _still_held(found: list[_Found], doc: Document) -> list[_Found]:
    """
    Mark a count of people still held a subset of a larger count of the
    kidnapped before it ("abducted 40 villagers … 22 are still being held
    hostage", "the militants are still holding 22 hostages"): those not
    yet freed of the group taken, not more people taken.
    """
    folded = doc.folded
    out: list[_Found] | None = None
    top = 0  # the largest earlier count of the kidnapped
    for e, f in enumerate(found):
        if f.outcome != "kidnapped" or f.subset or f.cumulative:
            continue
        value = _value(f) or 0
        sentence = doc.sentence_at(f.q.i)
        lo = max(f.q.i - _STILL_REACH, sentence[0])
        hi = min(f.q.j + _STILL_REACH, sentence[1])
        if value <= top and _has_word(folded, _STILL_WORDS, lo, hi):
            if out is None:
                out = list(found)
            out[e] = f._replace(subset=True)
            continue
        top = max(top, value)
    return found if out is None else out


#: How many days before publication a date in another year must be for its
#: sentence's counts to be the story's background ("in November" told in
#: March; "on Dec. 30" told on Jan. 2 is the story's own incident).
_BACKGROUND_DAYS: Final = 90
#: Words before a date that make it a period's start or end, not the day
#: of the count's incident ("at war since April 2023").
_NOT_BACKGROUND_BEFORE: Final = lx.words("since until till from through")


#: Words opening another clause between a count and a date after it: the
#: date is that clause's ("kidnapped in the place where X was killed last year").
_CLAUSE_OPENERS: Final = (
    "where",
    "when",
    "which",
    "who",
    "whom",
    "after",
    "before",
    "while",
)


def _recent_count(
    found: list[_Found], doc: Document, dateline: int, cutoff: _dt.date
) -> bool:
    """
    Whether a sentence with a count of *found* names a day after *cutoff*
    (not the dateline's, which ends at *dateline*): the story tells of a
    recent incident's victims.
    """
    counted = {doc.sentence_at(f.q.i) for f in found}
    return any(
        e.start > dateline
        and e.precision == "day"
        and e.latest is not None
        and e.latest >= cutoff
        and doc.sentence_at(e.start) in counted
        for e in doc.dates
    )


#: A perfect verb of killing right before a count ("has killed", "have
#: so far killed") or right after it ("have been killed", "have died").
_PERFECT_BEFORE: Final = compile_re(
    r"\b(?:has|have|had)\s++(?:[a-z]++\s++)?(?:killed|claimed|left)\s++\Z"
)
_PERFECT_AFTER: Final = compile_re(
    r"\s++(?:have|has|had)\s++(?:[a-z]++\s++)?(?:been\s++killed|died|perished)\b"
)


def _histories(found: list[_Found], folded: str) -> list[_Found]:
    """
    *found* with vague counts of thousands or more ("thousands",
    "tens of thousands") after or before a perfect verb of killing marked
    cumulative: a group's or a conflict's history ("the ADF, which pledged
    allegiance to Islamic State, has killed thousands of people in eastern
    Congo"), never one incident's dead, whatever its subject.
    """
    out = found
    for e, f in enumerate(found):
        q = f.q
        if q.vague is None:
            continue  # (most counts: tested first)
        if (
            f.cumulative
            or f.outcome != "killed"
            or q.low is None
            or q.low < _HISTORY_LEAST
        ):
            continue
        if (
            _PERFECT_BEFORE.search(folded, max(q.i - _HISTORY_REACH, 0), q.i) is None
            and _PERFECT_AFTER.match(folded, q.j) is None
        ):
            continue
        if out is found:
            out = list(found)
        out[e] = f._replace(cumulative=True)
    return out


def _rates(found: list[_Found], folded: str) -> list[_Found]:
    """
    *found* with the counts told as a rate marked cumulative: "cattle raids
    kill hundreds of people every year", "landmines kill about 50 people a
    month", "Each year, floods and fighting kill dozens": a tally of many
    incidents over time, never one incident's dead. (The patterns run only
    where a rate's words stand near the count.)
    """
    out = found
    for e, f in enumerate(found):
        q = f.q
        if f.cumulative:
            continue
        after = folded[q.j : q.j + _RATE_REACH + 12]  # (room for the rate's words)
        lo = q.i - _RATE_REACH
        before = folded[lo if lo > 0 else 0 : q.i]
        if not (
            (
                (" year" in after or " month" in after or " week" in after
                 or " day" in after or "annually" in after or "yearly" in after)
                and _RATE_AFTER.match(after) is not None
            )
            or (
                ("every " in before or "each " in before)
                and _RATE_BEFORE.search(before) is not None
            )
        ):  # fmt: skip
            continue
        if out is found:
            out = list(found)
        out[e] = f._replace(cumulative=True)
    return out


#: A rate right after a count, in its clause: "(kill hundreds of people)
#: every year", "a month", "annually" - not "a day after the attack".
_RATE_AFTER: Final = compile_re(
    r"[^.;:,]{0,60}?\b(?:(?:every|each|per|a)\s(?:year|month|week|day)\b"
    r"(?!\s(?:after|before|later|earlier|ago)\b)|annually\b|yearly\b)"
)
#: A rate opening the clause before a count: "Every year, mines kill ...".
_RATE_BEFORE: Final = compile_re(r"\b(?:every|each)\s(?:year|month|week|day)\b[^.;]*$")
#: How far after a count its rate may start, or before it.
_RATE_REACH: Final = 60


#: The least lower bound of a vague count that `_histories` reads: "thousands".
_HISTORY_LEAST: Final = 2000
#: How far before a count its perfect verb may start.
_HISTORY_REACH: Final = 30


def _background(found: list[_Found], doc: Document, published: _dt.date) -> list[_Found]:
    """
    *found* with the counts after a day or month of another year than the
    story's (its dateline's, else *published*), more than `_BACKGROUND_DAYS`
    before it and before *published*, in their sentence (past the lead's
    first count's, which tells the story's incident), marked cumulative: the
    background of an earlier incident ("the war began after Hamas attacked
    Israel on Oct. 7, 2023, killing about 1,200 people" told in 2025; "In
    November, a suicide bombing killed 26" told in March), which `summarize`
    leaves out and the events stage starts no event from. A period's start
    or end ("since April 2023") is no such date; a range that ended before
    it is ("between July 2024 and June 2025").
    """
    # (most dates are of the last months: the story's day, its dateline,
    # its lead and its last count are looked up for a date past those only)
    cutoff = published - _dt.timedelta(days=_BACKGROUND_DAYS)
    for d in doc.dates:
        latest = d.latest
        if (
            latest is not None
            and d.precision == "year"
            and d.kind == "date"
            and latest.year + 1 < published.year
            and doc.folded.endswith("the ", max(d.start - 4, 0), d.start)
        ):
            found = _named_year_event(found, doc, d.start, d.end, cutoff)
    day: _dt.date | None = None
    dateline = last = lead_end = -1
    out: list[_Found] | None = None
    recent_story: bool | None = None  # whether a count has a recent day
    for d in doc.dates:
        latest = d.latest
        if latest is None or latest >= cutoff:
            continue
        if day is None:
            # the story's day: its dateline's date when it has one (a story
            # may be published, or filed under a default date, long after it)
            dateline = _dateline_end(doc)
            day = published
            if dateline > 0:
                day = next(
                    (
                        e.latest
                        for e in doc.dates
                        if e.start < dateline and e.latest is not None
                    ),
                    day,
                )
            # (a date after the last count's sentence dates none)
            last = doc.sentence_at(max(f.q.i for f in found))[1]
            # the lead's first count tells the story's incident, whatever its
            # date resolves to (a wrong publication date puts "on Oct. 22" a
            # year back)
            head_end = _headline_end(doc)
            lead = next((f.q.i for f in found if f.q.i >= head_end), None)
            lead_end = max(
                doc.sentence_at(lead)[1] if lead is not None else 0, dateline, 0
            )
        if (
            d.start >= last
            or (
                d.start < lead_end
                # (a day of an earlier year written out is old whatever the
                # story's date: "the Oct 7, 2023 attack that killed 1,200
                # people" told in 2025 is background, even as the lead's count)
                and not (
                    latest.year < day.year
                    and d.precision == "day"
                    and _YEAR_WRITTEN.search(d.text) is not None
                )
            )
            # (a range all before the cutoff is as old: "more than 4,700 people
            # were abducted between July 2024 and June 2025" told in 2026)
            or d.kind not in ("date", "range")
            or d.precision not in ("day", "month", "year")
            or (day - latest).days <= _BACKGROUND_DAYS
        ):
            continue
        folded = doc.folded
        if not _NOT_BACKGROUND_BEFORE.isdisjoint(
            folded[max(d.start - 12, 0) : d.start].split()[-1:]
        ) and not folded.startswith(", when", d.end):
            # ("since January 2025, when a wave of violence killed more than
            # 80 people": the when-clause tells that old day's deed)
            continue  # "since April 2023"
        if latest.year == day.year or d.precision == "year":
            if recent_story is None:
                recent_story = _recent_count(found, doc, dateline, cutoff)  # (once)
            if not recent_story:
                # a month of the story's year, or a year, is background only
                # in a story that counts the victims of a recent day too
                # ("killed 12 on Thursday"): a story of January's killing
                # told in May is about that killing
                continue
        start, end = doc.sentence_at(d.start)
        # the counts after the old date, or every count of its sentence when
        # it names no recent date ("… were kidnapped in Zamfara in 2024");
        # a year tells nothing of a count with a recent date ("rented in
        # 1987 by X, who was killed a week ago")
        recent = any(
            e.start >= start
            and e.start < end
            and e.latest is not None
            and e.latest >= cutoff
            for e in doc.dates
        )
        if recent and d.precision == "year":
            continue
        if out is None:
            out = list(found)
            # (the counts by start, looked up by bisection for each old date:
            # a pass over every count per date made long stories quadratic)
            order = sorted(range(len(found)), key=lambda k: found[k].q.i)
            starts = [found[k].q.i for k in order]
        lo = (
            bisect.bisect_right(starts, d.start)
            if recent
            else bisect.bisect_left(starts, start)
        )
        hi = bisect.bisect_left(starts, end)
        for k in order[lo:hi]:
            f = out[k]
            if f.q.i < d.start and _has_word(folded, _CLAUSE_OPENERS, f.q.j, d.start):
                continue  # "was kidnapped in the place where X was killed last year"
            if not f.cumulative:
                out[k] = f._replace(cumulative=True)
    return found if out is None else out


#: A year written in a date's text ("Oct 7, 2023", "7 October 2023").
_YEAR_WRITTEN: Final = re.compile(r"\b(?:19|20)\d\d\b")
#: Words after a past event named by its year that tell its own dead ("the
#: 1994 genocide, in which some 800,000 people were killed", "the 2008
#: attacks that killed 166").
_EVENT_RELATIVE: Final = compile_re(r"\b(?:which|that|when|where)\b")
#: Its deed, when the event opens the sentence ("The 1994 genocide killed
#: some 800,000 people"; not "A shell left over from the 2011 war killed
#: three children", a recent deed).
_EVENT_DEED: Final = compile_re(r"\b(?:killed|left|claimed)\b")
#: How far after such a year its event's count may start.
_EVENT_REACH: Final = 60


def _named_year_event(
    found: list[_Found], doc: Document, start: int, end: int, cutoff: _dt.date
) -> list[_Found]:
    """
    *found* with the counts a past event named by its year tells of marked
    cumulative ("marked 31 years since the 1994 genocide, in which some
    800,000 people were killed"): that event's history, never the story's
    incident, even in its lead. Only a count soon after the year, a word of
    a relative clause or a deed between them, in a sentence naming no
    recent date after the year.
    """
    folded = doc.folded
    lo, hi = doc.sentence_at(start)
    subject = folded[lo:start].strip() == "the"
    if any(
        e.start > start and e.start < hi and e.latest is not None and e.latest >= cutoff
        for e in doc.dates
    ):
        return found
    out = found
    for k, f in enumerate(found):
        q = f.q
        if (
            f.cumulative
            or q.i <= end
            or q.i >= hi
            or q.i - end > _EVENT_REACH
            or (
                _EVENT_RELATIVE.search(folded, end, q.i) is None
                and (not subject or _EVENT_DEED.search(folded, end, q.i) is None)
            )
        ):
            continue
        if out is found:
            out = list(found)
        out[k] = f._replace(cumulative=True)
    return out


def _increment(folded: str, q: Quantity) -> bool:
    """Whether the count at *q* (character offsets) adds to an earlier one: "five more (bodies)", "another five"."""
    words = folded[q.i : q.j].split()
    return "more" in words[1:] or folded[max(q.i - 9, 0) : q.i].endswith("another ")


#: Words that make a count a later figure for dead counted before ("later
#: said", "an updated figure", "had risen to"), not new dead.
_UPDATE_WORDS: Final = (
    "later",
    "updated",
    "revised",
    "latest",
    "risen",
    "rose",
    "climbed",
    "increased",
    "jumped",
)
#: Words before a toll that tell it as the newest figure.
_NEWER_TOLL_WORDS: Final = (*_UPDATE_WORDS, "now", "final")
#: How far before a count (in characters, within its sentence) a word of
#: update or of first reports is looked for.
_CUE_REACH: Final = 80
#: A figure of first reports, outdated by any other count of its outcome.
_INITIAL_REPORT: Final = re.compile(
    r"\b(?:initial|preliminary|first|earlier)\s+reports?\b"
)
#: A source's first word, outdated as first reports are: "police had
#: initially said 15 people were killed".
_FIRST_WORD: Final = re.compile(
    r"\b(?:initially|originally)\s+(?:said|reported|put|gave|announced"
    # ("detonated her explosives ..., initially killing 18 people", before
    # the toll "rose to 32": the first count of the dead)
    r"|killing|killed|leaving)\b"
)


def _later_figure(doc: Document, q: Quantity) -> bool:
    """
    Whether the count at *q* is a source's later figure: its sentence, up
    to the count, has a word of update and a verb of saying ("officials
    later said 18 people had died"), and it adds no more dead ("five more").
    """
    folded = doc.folded
    start = max(q.i - _CUE_REACH, 0)
    start = max(folded.rfind(". ", start, q.i), start)  # (within the count's sentence)
    return (
        _has_word(folded, _UPDATE_WORDS, start, q.i)
        and _sourced(folded[start : q.i])
        and not _increment(folded, q)
    )


def _replaces_some(found: list[_Found], t: int) -> bool:
    """Whether a count before ``found[t]`` has its outcome and a smaller number: one a later figure may replace."""
    ft = found[t]
    top = _value(ft)
    return top is not None and any(
        f.outcome == ft.outcome and not f.subset and (_value(f) or 0) < top
        for f in found[:t]
    )


def _has_word(folded: str, words: Iterable[str], lo: int, hi: int) -> bool:
    """
    Whether ``folded[lo:hi]`` has one of *words* as a whole word ("more"
    not before "than": "more than 40" is a bound, not more dead). Found
    with ``str.find``: cheaper than a regular expression on long sentences.
    """
    for word in words:
        at = folded.find(word, lo, hi)
        while at >= 0:
            end = at + len(word)
            if (
                (at == 0 or not folded[at - 1].isalnum())
                and (end >= len(folded) or not folded[end].isalnum())
                and not (word == "more" and folded.startswith(" than", end))
            ):
                return True
            at = folded.find(word, end, hi)
    return False


def _initial_report(doc: Document, q: Quantity, first_words: bool) -> bool:
    """
    Whether the count at *q* is told as first reports' ("initial reports
    said at least 17") or as a source's first word ("police had initially
    said 15 people were killed"; *first_words*: whether the story has
    "initially" or "originally" at all).
    """
    folded = doc.folded
    start = max(q.i - _CUE_REACH, 0)
    # (the words first, in the count's reach: most counts have none)
    report = folded.find("report", start, q.i) >= 0
    if not report and not first_words:
        return False
    start = max(folded.rfind(". ", start, q.i), start)  # (within the count's sentence)
    return (report and _INITIAL_REPORT.search(folded, start, q.i) is not None) or (
        first_words and _FIRST_WORD.search(folded, start, q.i) is not None
    )


#: A source's earlier word: "officials said earlier" ("police earlier said"
#: is left out: a scan of every story's text for it cost 0.15 % of the
#: stage's instructions), anywhere in the count's sentence.
_SAID_EARLIER: Final = compile_re(r"\bsaid\s++earlier\b")
#: The same in the past perfect, before the count: "had said on Tuesday that".
_HAD_SAID: Final = compile_re(r"\bhad\s++(?:said|put)\b")


def _said_earlier(doc: Document, q: Quantity) -> bool:
    """Whether the sentence of the count at *q* tells it as a source's earlier word."""
    lo, hi = doc.sentence_at(q.i)
    folded = doc.folded
    return (
        _SAID_EARLIER.search(folded, lo, hi) is not None
        or _HAD_SAID.search(folded, lo, q.i) is not None
    )


def _superseded(
    found: list[_Found],
    doc: Document | None = None,
    competing: frozenset[tuple[int, int, str]] | set[tuple[int, int, str]] = frozenset(),
    claim: Callable[[int], bool] | None = None,
) -> tuple[list[bool], dict[int, str]]:
    """
    Mark counts replaced by a later toll of the same outcome, and outdated
    tolls ("an earlier toll of nine") when the story gives another count
    of their outcome. A toll replaces counts of its own incident only
    (`_same_incident`, from the places and dates of *doc*) and of victims
    it may hold (a toll of soldiers does not replace civilians).

    Also gives, by position, the victims of a toll that names none ("put
    the death toll at 70") when the counts it replaces all name the same
    ones ("killed at least 50 people"): it counts them again.

    A count said to be a later figure ("officials later said 18 people had
    died") replaces as a toll does, a count of "initial reports" is an
    outdated toll, and a second source's figure (*competing*, by start,
    end and outcome) replaces nothing: `summarize` reads it as a bound. A
    toll below a count of its incident told before it replaces that count
    when told as a newer figure (not a party's claim, *claim* by index),
    else it is the figure the toll had: a toll never adds to its incident.
    """
    incidents = _Incidents(doc) if doc is not None else None
    flags = [False] * len(found)
    inherited: dict[int, str] = {}
    # (most stories tell of no first reports nor of a later figure: the
    # counts are looked at only in a story with such words)
    # (a first-reports or later figure needs another count of its outcome)
    several = doc is not None and len(found) > 1
    # (a story without the noun has no first reports: its counts are not looked at)
    folded = doc.folded if several else ""  # type: ignore[union-attr]
    first_words = "initially" in folded or "originally" in folded
    reports = several and (first_words or folded.find("report") >= 0)
    # "ten people were killed, officials said earlier", "the network had
    # said on Tuesday that 21 people were killed": an outdated figure when
    # the story gives a toll of its outcome (a party's claim is none: "the
    # ministry had said 12 soldiers were killed" stays beside a group's
    # claim of 20)
    earlier = several and (
        folded.find(" said earlier") >= 0
        or folded.find(" had said") >= 0
        or folded.find(" had put") >= 0
    )
    for t, ft in enumerate(found):
        if (
            earlier
            # (a toll too: "Earlier, officials had put the toll at 12",
            # after "the death toll rose to 21")
            and not (ft.subset or ft.cumulative or ft.stale)
            and _said_earlier(doc, ft.q)  # type: ignore[arg-type]
            and any(
                f.toll and not f.stale and f.outcome == ft.outcome and f is not ft
                for f in found
            )
        ):
            flags[t] = True
            continue
        if ft.stale or (
            reports
            and not ft.toll
            and not ft.subset
            and not ft.cumulative
            and _initial_report(doc, ft.q, first_words)  # type: ignore[arg-type]
        ):
            flags[t] = any(
                f.outcome == ft.outcome
                and not f.subset
                and not f.stale
                and not f.cumulative
                and f is not ft
                for f in found
            )
            continue
        rival = bool(competing) and (ft.q.i, ft.q.j, ft.outcome) in competing
        if rival and not ft.toll:
            continue  # another source's figure: a bound, replacing nothing
        if not ft.toll and not (
            several
            and t
            and doc is not None
            and not flags[t]
            and not ft.subset
            and not ft.cumulative
            and ft.name is None
            # (the count's own words first: a pass over the counts before it
            # for each count made long stories quadratic)
            and _later_figure(doc, ft.q)
            and _replaces_some(found, t)
        ):
            continue
        top = _value(ft)
        for e in range(t + 1, len(found)):
            fe = found[e]
            if (
                fe.outcome == ft.outcome
                and not fe.subset
                and not fe.toll
                and not fe.cumulative
                and fe.name is None
                and top is not None
                and fe.q.low == ft.q.low
                and fe.q.high == ft.q.high
                and _value(fe) == top
            ):
                flags[e] = (
                    True  # the toll said again: "put the number of dead at 11", "11 had been killed"
                )
            elif (
                doc is not None
                and fe.outcome == ft.outcome
                and not fe.subset
                and not fe.toll
                and not fe.cumulative
                and top is not None
                and (_value(fe) or 0) <= top
                and _increment(doc.folded, fe.q)
                and (
                    doc.sentence_at(fe.q.i) == doc.sentence_at(ft.q.i)
                    or _rise_of_the_hurt(found, doc, ft)
                )
            ):
                # "the toll rose to 19 after rescuers found five more bodies":
                # the increment in the toll's own sentence is its rise, held
                # in it; one in a later sentence adds to it, unless the toll
                # rose by the deaths of the hurt ("has risen to 31 after
                # several of the wounded died ... three more people died
                # overnight": those deaths are the rise)
                flags[e] = True
        if rival:
            # another source's toll ("though police put the number of dead
            # at 11"): told again later ("police said 11 people had been
            # killed") it is one figure, but it replaces nothing; naming no
            # victims, it counts those of the count before it it bounds
            if ft.q.victim == "unknown":
                before = next(
                    (
                        fe.q.victim
                        for fe in reversed(found[:t])
                        if fe.outcome == ft.outcome
                        and not fe.subset
                        and not fe.cumulative
                        and fe.q.victim not in (None, "unknown")
                    ),
                    None,
                )
                if before is not None:
                    inherited[t] = before
            continue
        same: list[bool] | None = None
        replaced: set[str] = set()
        for e in range(t):
            fe = found[e]
            if (
                fe.outcome != ft.outcome
                or fe.subset
                or (fe.q.best == 0 and fe.q.high == 0)
            ):
                continue
            if (
                fe.q.victim != ft.q.victim
                and fe.q.victim not in _ANY_VICTIM
                and ft.q.victim not in _ANY_VICTIM
            ):
                continue  # other victims: a toll of soldiers does not replace civilians
            if incidents is not None:
                if same is None:
                    same = _same_incident(found, t, incidents)
                if not same[e]:
                    continue  # another incident's count
            value = _value(fe)
            if fe.toll or top is None or value is None or value <= top:
                flags[e] = True
                if fe.q.victim is not None and fe.q.victim != "unknown":
                    replaced.add(
                        fe.q.victim
                    )  # (a headline's "at least 50 dead" names none)
            elif (
                ft.toll
                and doc is not None
                and not (fe.cumulative or fe.stale or fe.q.anaphoric)
                # (a party's claim of its own kills is neither replaced nor
                # replacing: `summarize` reads it as the high bound)
                and (claim is None or not claim(e))
            ):
                # a toll below a count of its incident told before replaces
                # it when told as the newer figure ("residents said 20 were
                # killed … police later put the toll at 12"), else it is the
                # figure the toll had ("killed nine people … the toll had
                # stood at six in the morning"): a toll never adds
                if _has_word(
                    doc.folded, _NEWER_TOLL_WORDS, doc.sentence_at(ft.q.i)[0], ft.q.i
                ):
                    flags[e] = True
                else:
                    flags[t] = True
        if ft.q.victim == "unknown" and len(replaced) == 1:
            inherited[t] = replaced.pop()
    if doc is not None and len(found) > 1:
        _restated(found, doc, flags, incidents, _headline_end(doc))
    return flags, inherited


def _rise_of_the_hurt(found: list[_Found], doc: Document, ft: _Found) -> bool:
    """Whether the sentence of the toll *ft* counts people hurt who died ("after two of the wounded died")."""
    sentence = doc.sentence_at(ft.q.i)
    return any(
        f.outcome == ft.outcome
        and f.q.head in HURT_GROUPS
        and sentence[0] <= f.q.i < sentence[1]
        for f in found
    )


def _sum_before(doc: Document, found: list[_Found], flags: list[bool], e: int) -> bool:
    """
    Whether the definite count ``found[e]`` ("the two civilians", "the
    two") numbers two or more counts of its outcome that the nearest
    earlier sentence with such counts gives ("A man and a woman were
    killed. The two civilians died at the scene": two dead, not four).
    """
    fe = found[e]
    total = parts = 0
    sentence: tuple[int, int] | None = None
    for p in range(e - 1, -1, -1):
        fp = found[p]
        if fp.outcome != fe.outcome or fp.subset or fp.cumulative or flags[p]:
            continue
        at = doc.sentence_at(fp.q.i)
        if sentence is None:
            sentence = at
            if at == doc.sentence_at(fe.q.i):
                return False  # a group of the same sentence: another count
        elif at != sentence:
            break
        value = _value(fp)
        if value is None or not _same_victims(fp.q.victim, fe.q.victim):
            return False  # ("a man and a woman ... the two soldiers": others)
        total += value
        parts += 1
    return parts > 1 and total == _value(fe)


#: How far above an open lower bound a later figure may be and still be the
#: same dead told exactly ("more than 100" … "at least 104"): a tenth of it,
#: and at least this.
_REFINED_SLACK: Final = 5
#: How many sentences after it that later figure may be told in.
_REFINED_REACH: Final = 2


def _refined(
    found: list[_Found],
    doc: Document,
    superseded: list[bool],
    competing: set[tuple[int, int, str]],
    claim: Callable[[int], bool] | None = None,
) -> None:
    """
    Mark *superseded* (in place) a count with an open lower bound ("more
    than 100 people", "at least 20") that the next count of its outcome, of
    its victims and in one of the next two sentences, gives exactly and a
    little above it ("… killed more than 100 people, a doctors' group said"
    then "killing at least 104 civilians"): the lead's round figure for the
    body's. Not when that sentence tells of more dead or another incident,
    nor for another source's figure or a party's claim of its own kills
    (*claim*, by index: "Islamic State said its fighters had killed seven").
    """
    folded = doc.folded
    for e, fe in enumerate(found):
        qe = fe.q
        low = qe.low
        if (
            low is None
            or qe.high is not None
            or qe.vague is not None
            or superseded[e]
            or fe.subset
            or fe.cumulative
            or (qe.i, qe.j, fe.outcome) in competing
        ):
            continue
        own: tuple[int, int] | None = None
        for p in range(e + 1, len(found)):
            fp = found[p]
            if fp.outcome != fe.outcome or fp.subset or fp.cumulative:
                continue
            if own is None:
                own = doc.sentence_at(qe.i)
            if fp.q.i < own[1]:
                continue  # (a group of the same sentence)
            value = _value(fp)
            if (
                (fp.q.i, fp.q.j, fp.outcome) not in competing
                and value is not None
                and fp.q.low is not None
                and low < fp.q.low
                and value <= low + max(_REFINED_SLACK, low // 10)
                and (
                    _same_victims(qe.victim, fp.q.victim)
                    or {qe.victim, fp.q.victim} <= _CIVILIAN_OR_ANY
                )
                and not (claim is not None and fp.outcome in _CLAIM_OUTCOMES and claim(p))
            ):
                at = doc.sentence_at(fp.q.i)
                # (within the next `_REFINED_REACH` sentences)
                between = sum(1 for s, _ in doc.sentences if own[1] <= s < at[0])
                if between < _REFINED_REACH and not _has_word(folded, _NEW_INCIDENT, *at):
                    superseded[e] = True
            break  # (the next count of the outcome decides)


#: How many sentences after a total its parts may be told in.
_PARTS_REACH: Final = 3
#: How many counts of an outcome after a total :func:`_some_run_sums` reads
#: (far more than _PARTS_REACH sentences tell).
_PARTS_LOOK: Final = 40


def _some_run_sums(values: list[int | None]) -> bool:
    """
    Whether two or more consecutive *values* after one add up to it: what
    `_parts_of_total` needs at least, checked on the numbers alone.
    """
    n = len(values)
    for t in range(n - 2):
        total = values[t]
        if total is None or total < 2:
            continue
        # (parts stand in the few sentences after their total: a bounded
        # look, or a long document's counts made this cubic)
        for p in range(t + 1, min(n - 1, t + 1 + _PARTS_LOOK)):
            acc = 0
            for value in values[p : p + _PARTS_LOOK]:
                if value is None:
                    break
                acc += value
                if acc >= total:
                    break
            if acc == total and values[p] != total:
                return True
    return False


def _parts_of_total(
    found: list[_Found],
    doc: Document,
    superseded: Sequence[bool],
    competing: set[tuple[int, int, str]],
    claim: Callable[[int], bool],
) -> set[int]:
    """
    The indexes in *found* of counts that break down a total told in an
    earlier sentence: the next two or more exact counts of its outcome, in
    the next sentences that tell counts of it, that add up to it
    ("Militants killed 12 people in Borno. Seven died in Gwoza and five in
    Bama": the seven and the five are the 12). A sentence that tells of
    more dead or another incident ("another", "also") breaks the run, as
    does a sum that passes the total; a count lower than one told before it
    is a part already, no total ("killed 14 … six in Zaporizhzhia … five
    in Kharkiv … a woman in Belgorod": the six are no sum of the five and
    the one). Another source's figure and a party's claim of its own kills
    (*claim*) are neither a total nor a part ("troops shot dead four
    Palestinians" … "Hamas said its fighters had killed three soldiers" …
    "the military said one soldier was killed": no breakdown of the four).
    """
    by_outcome: dict[str, list[int]] = {}
    for x, fx in enumerate(found):
        if not (fx.subset or fx.cumulative or fx.stale or superseded[x]):
            by_outcome.setdefault(fx.outcome, []).append(x)
    out: set[int] = set()
    folded = doc.folded
    for xs in by_outcome.values():
        if len(xs) < 3:
            continue  # a total and two parts at least
        xs = [
            x
            for x in xs
            if (found[x].q.i, found[x].q.j, found[x].outcome) not in competing
            and not claim(x)
        ]
        values = [_value(found[x]) for x in xs]
        if not _some_run_sums(values):
            continue  # (most groups: no sentence looked up)
        sentences = [doc.sentence_at(found[x].q.i) for x in xs]
        most = 0  # the largest count told so far
        for t, total in enumerate(values):
            if total is None or found[xs[t]].q.vague is not None:
                continue
            if total < most or xs[t] in out:
                most = max(most, total)
                continue
            most = total
            sentence = sentences[t]
            told = 0  # the sentences of the run
            acc = 0
            run: list[int] = []
            for p in range(t + 1, len(xs)):
                at = sentences[p]
                if at == sentence:
                    if not run:
                        continue  # (a count of the total's own sentence: a group of it)
                else:
                    told += 1
                    if (
                        told > _PARTS_REACH
                        or _has_word(folded, _NEW_INCIDENT_BUT_MORE, *at)
                        # ("more" of the sentence's first count tells more
                        # dead; of a later one, as "11 bodies were found in
                        # Ihusi and six more near Kalonge", more of the parts)
                        or _increment(folded, found[xs[p]].q)
                    ):
                        break
                    sentence = at
                fp = found[xs[p]]
                value = values[p]
                if (
                    value is None
                    or fp.q.vague is not None
                    or fp.q.anaphoric
                    or not _same_victims(found[xs[t]].q.victim, fp.q.victim)
                ):
                    break
                acc += value
                run.append(xs[p])
                if acc >= total:
                    break
            if acc == total and len(run) > 1:
                out.update(run)
    return out


#: Words of a round-up toll's sentence: it sums plural incidents ("killed in
#: a series of attacks", "in raids across the province").
_ROUND_UP: Final = compile_re(
    r"\b(?:attacks|raids|strikes|airstrikes|air\s++strikes|drone\s++strikes|"
    r"bombings|clashes|ambushes|assaults|shelling|series|wave|spate|string|across)\b"
)
#: Words before a later count that tell it is the toll of one of the round-up's
#: incidents: "in the deadliest of the raids", "the worst attack", "in one of
#: the attacks", "in the village of Ngazba alone".
_ONE_OF_THEM: Final = compile_re(
    r"\b(?:deadliest|worst|bloodiest|alone)\b"
    r"|\bone\s++of\s++(?:the|these|those)\s++(?:[a-z]++\s++)?"
    r"(?:attacks|raids|strikes|airstrikes|bombings|clashes|ambushes|assaults|villages)\b"
)


#: Strings one of which every match of `_ONE_OF_THEM` holds.
_ONE_OF_THEM_CUES: Final = ("deadliest", "worst", "bloodiest", "alone", "one of th")
#: Strings one of which every match of `_INTAKE_BEFORE` holds.
_INTAKE_CUES: Final = ("received", "admitted", "brought in", "took in")
#: A hospital's or a morgue's own intake right before a count: "the
#: hospital had received the bodies of 17 people", "said it had admitted 26".
_INTAKE_BEFORE: Final = compile_re(
    r"\b(?:received|admitted|brought\s++in|took\s++in)\s++"
    r"(?:the\s++(?:bodies|remains|corpses)\s++of\s++)?+"
    r"(?:(?:at\s++least|more\s++than|some|about|nearly|around)\s++)?+\Z"
)
#: Words of a sentence that name a hospital's or a morgue's intake.
_INTAKE_PLACES: Final = ("hospital", "morgue", "mortuary", "clinic", "medical")


def _one_of_the_incidents(
    found: list[_Found],
    doc: Document,
    superseded: Sequence[bool],
    competing: set[tuple[int, int, str]],
) -> set[int]:
    """
    The indexes in *found* of counts told, in a later sentence, of one of
    the incidents a round-up toll before them sums: a smaller count of its
    outcome and victims, after words naming it one of them ("At least 23
    civilians were killed in a series of attacks across North Kivu … In the
    deadliest of the raids, fighters killed nine villagers in Mamove"). The
    nine are part of the 23, not more dead. So is a smaller count of a
    hospital's or a morgue's intake after any toll ("killed at least 30
    civilians … a hospital said it had received the bodies of 17 people").
    """
    out: set[int] = set()
    folded = doc.folded
    for x, fx in enumerate(found):
        if (
            fx.subset
            or fx.cumulative
            or superseded[x]
            or (fx.q.i, fx.q.j, fx.outcome) in competing
        ):
            continue
        value = _value(fx)
        if value is None:
            continue
        lo, hi = doc.sentence_at(fx.q.i)
        # (a hospital's intake: "a hospital said it had received the bodies
        # of 17 people" after "killed at least 30": the dead brought to it,
        # some of the toll, of one incident or of a round-up)
        intake = _INTAKE_BEFORE.search(
            folded, fx.q.i - 50 if fx.q.i - 50 > lo else lo, fx.q.i
        ) is not None and any(folded.find(w, lo, hi) >= 0 for w in _INTAKE_PLACES)
        if (
            not intake
            and _ONE_OF_THEM.search(folded, lo, fx.q.i) is None
            # (or after the count: "nine villagers were killed in the worst raid")
            and _ONE_OF_THEM.search(folded, fx.q.j, hi) is None
        ):
            continue
        for t in range(x):
            ft = found[t]
            total = _value(ft)
            if (
                ft.outcome != fx.outcome
                or ft.subset
                or ft.cumulative
                or superseded[t]
                or total is None
                or total <= value
                or ft.q.vague is not None
                or not _same_victims(ft.q.victim, fx.q.victim)
            ):
                continue
            first = doc.sentence_at(ft.q.i)
            if first[1] > lo:
                # the same sentence: only a round-up's incident named between
                # them ("killed at least 39 people in coordinated attacks
                # …, the deadliest of which left 23 passengers dead")
                if (
                    ft.q.j <= fx.q.i
                    and _ONE_OF_THEM.search(folded, ft.q.j, fx.q.i) is not None
                    and _ROUND_UP.search(folded, ft.q.j, fx.q.i) is not None
                ):
                    out.add(x)
                    break
                continue  # (its other counts are read elsewhere)
            if intake or _ROUND_UP.search(folded, *first) is not None:
                out.add(x)
                break
    return out


#: Words of a later sentence that tell of dead beyond a round-up's toll:
#: another telling ("separately", "meanwhile"), another time ("earlier",
#: "a day after") or more dead ("also", "more", "bringing").
_BEYOND_ROUND_UP: Final = (
    "also",
    "more",
    "separately",
    "meanwhile",
    "elsewhere",
    "earlier",
    "later",
    "after",
    "before",
    "since",
    "bringing",
    "total",
    "overall",
)


#: Words of a round-up toll's sentence: plural incidents (`lx.PLURAL_INCIDENTS`) or "across".
_ROUND_UP_TOLL: Final = compile_re(
    r"\b(?:" + "|".join(sorted(lx.PLURAL_INCIDENTS | {"across"})) + r")\b"
)


def _round_up_parts(
    found: list[_Found],
    doc: Document,
    superseded: Sequence[bool],
    competing: set[tuple[int, int, str]],
    claim: Callable[[int], bool],
    parts: set[int],
) -> set[int]:
    """
    The indexes in *found* of smaller counts, in the sentences right after
    a round-up toll (its sentence names plural incidents or "across"), that
    break it down without an exact sum: "Israeli strikes killed at least 40
    people across Gaza … A strike on a tent killed 11 people … Another
    strike in Gaza City killed six members of one family": the 11 and the
    six are some of the 40. The run stops at a sentence telling of dead
    beyond the toll (`_BEYOND_ROUND_UP`) or naming a day the toll's does
    not; when its counts add up to more than the toll none is a part (they
    are more dead). Armed men's dead are no part of a toll of anyone.
    """
    out: set[int] = set()
    folded = doc.folded
    # the smallest count (not none, not nought) of each count's outcome
    # told after it, made in one pass from the end: a test per count, where
    # scanning the counts after each one cost time quadratic in a long text's
    later: list[int | None] = [None] * len(found)
    least: dict[str, int] = {}
    for x in range(len(found) - 1, -1, -1):
        fx = found[x]
        later[x] = least.get(fx.outcome)
        vx = _value(fx)
        if vx and (later[x] is None or vx < least[fx.outcome]):
            least[fx.outcome] = vx
    # (the story's day dates and places' countries by their start, made on
    # first need: looked up by bisection, not by a pass over all of them)
    spans: list[tuple[list[int], list[str]]] = []
    for t, ft in enumerate(found):
        total = _value(ft)
        if (
            t in parts
            or t in out
            or total is None
            or total < 3
            or ft.q.vague is not None
            or ft.subset
            or ft.cumulative
            or ft.stale
            or superseded[t]
            or (ft.q.i, ft.q.j, ft.outcome) in competing
        ):
            continue
        smaller = later[t]
        if smaller is None or smaller >= total:
            continue  # (no smaller count of its outcome after it: most counts)
        first = doc.sentence_at(ft.q.i)
        if _ROUND_UP_TOLL.search(folded, *first) is None:
            continue
        if not spans:
            spans.extend(_by_start(doc))
        days = _values_in(spans[0], *first)
        lands = _values_in(spans[1], *first)
        # the localities of the toll's own words (not of a group of it,
        # "including 12 people at a school in Gaza City"); none when it
        # spans an area ("across the Gaza Strip")
        towns = (
            set()
            if folded.find("across", *first) >= 0
            else _values_in(spans[2], first[0], _subset_start(folded, ft.q.j, first[1]))
        )
        run: list[int] = []
        acc = 0
        sentence = first
        told = 0
        for x in range(t + 1, len(found)):
            fx = found[x]
            if fx.outcome != ft.outcome or fx.subset:
                continue
            at = doc.sentence_at(fx.q.i)
            if at == first:
                continue  # (its own sentence's other counts: groups of it)
            if at != sentence:
                told += 1
                if (
                    told > _PARTS_REACH
                    or _has_word(folded, _BEYOND_ROUND_UP, *at)
                    or not _values_in(spans[0], *at) <= days
                    # (another country's dead: "Russian strikes killed 12
                    # across Ukraine … In Russia's Kursk region, a man was
                    # killed")
                    or (lands and not lands.issuperset(_values_in(spans[1], *at)))
                    # (another locality's dead: "five rebels were killed in
                    # clashes near San Miguel … one rebel was killed in
                    # clashes in Soyapango")
                    or (towns and _other_towns(towns, _values_in(spans[2], *at)))
                ):
                    break
                sentence = at
            value = _value(fx)
            if (
                not value
                or value >= total
                # (more victims than those told: "three other rebels",
                # "another guerrilla"; but "another eight people" of a
                # breakdown are some of the toll)
                or _has_word(folded, ("other", "others", "more"), fx.q.i, fx.q.j)
                or (
                    folded.startswith("another ", fx.q.i)
                    and not folded[fx.q.i + 8 : fx.q.i + 9].isdigit()
                    and folded[fx.q.i + 8 : fx.q.j].partition(" ")[0]
                    not in lx.NUMBER_WORDS
                )
                # (armed men's dead are no part of a toll of others: "killed
                # 60 Palestinians across Gaza … two soldiers were killed")
                or (fx.q.victim in lx.ARMED and fx.q.victim != ft.q.victim)
                or fx.q.vague is not None
                or fx.cumulative
                or superseded[x]
                or (fx.q.i, fx.q.j, fx.outcome) in competing
                or claim(x)
                or not _same_victims(ft.q.victim, fx.q.victim)
            ):
                break
            acc += value
            run.append(x)
        if run and acc <= total:
            out.update(run)
    return out


def _by_start(doc: Document) -> tuple[tuple[list[int], list[str]], ...]:
    """
    The values of the story's dates of day precision, and the countries of
    its places (not demonyms), each with their starts, in order of start.
    """
    days = sorted(
        (d.start, d.value)
        for d in doc.dates
        if d.precision == "day" and d.value is not None
    )
    lands = sorted(
        (p.start, p.country)
        for p in doc.places
        if p.role == "place" and p.country is not None
    )
    folded = doc.folded
    towns = sorted(
        (p.start, p.name)
        for p in doc.places
        if p.role == "place"
        and p.kind in _TOWN_KINDS
        and p.name is not None
        # (not a distance's landmark: "near San Miguel, 130 km from San
        # Salvador" tells of no dead in San Salvador)
        and not _distance_landmark(folded, p.start)
    )
    return (
        ([a for a, _ in days], [v for _, v in days]),
        ([a for a, _ in lands], [v for _, v in lands]),
        ([a for a, _ in towns], [v for _, v in towns]),
    )


#: A distance's words right before its landmark ("130 km from", "16 km
#: north of the").
_DISTANCE_FROM: Final = re.compile(
    r"\b(?:km|kms|kilometers|kilometres|miles)\s+(?:[a-z]+\s+)?(?:from|of)\s+(?:the\s+)?\Z"
)
#: How far before a place its distance's words are looked for.
_DISTANCE_REACH: Final = 40


def _distance_landmark(folded: str, start: int) -> bool:
    """Whether the place at *start* is a distance's landmark ("130 km from San Salvador")."""
    lo = max(start - _DISTANCE_REACH, 0)
    # (cheap substring tests first: most places have no distance before them)
    if (
        folded.find("km", lo, start) < 0
        and folded.find("kilomet", lo, start) < 0
        and folded.find("miles", lo, start) < 0
    ):
        return False
    return _DISTANCE_FROM.search(folded, lo, start) is not None


#: Kinds of place of one locality: a toll's sentence naming one tells of dead there.
_TOWN_KINDS: Final = frozenset(["city", "town", "village", "populated_place"])


def _subset_start(folded: str, lo: int, hi: int) -> int:
    """Where the first "including" of ``folded[lo:hi]`` starts, else *hi*."""
    at = folded.find("including", lo, hi)
    return hi if at < 0 else at


def _other_towns(towns: set[str], there: set[str]) -> bool:
    """Whether a sentence naming the localities *there* names only others than *towns*."""
    return bool(there) and towns.isdisjoint(there)


def _values_in(pairs: tuple[list[int], list[str]], lo: int, hi: int) -> set[str]:
    """The values of *pairs* (starts, values) that start in ``[lo, hi)``."""
    starts, values = pairs
    return set(values[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)])


def _parts_beside(
    found: list[_Found], doc: Document, parts: set[int], superseded: Sequence[bool]
) -> set[int]:
    """
    The indexes in *found* of counts of another outcome told beside a part
    of an earlier total, in the part's sentence, that a count of their own
    outcome in the total's sentence holds (no smaller): "killed at least
    six people and wounded 21 overnight across Ukraine … In Kharkiv, two
    people were killed and 14 wounded": the 14 are some of the 21, as the
    two are of the six.
    """
    out: set[int] = set()
    for x in sorted(parts):
        fx = found[x]
        value = _value(fx) or 0
        here = doc.sentence_at(fx.q.i)
        total = next(
            (
                t
                for t in range(x - 1, -1, -1)
                if t not in parts
                and found[t].outcome == fx.outcome
                and not found[t].subset
                and (_value(found[t]) or 0) > value
                and doc.sentence_at(found[t].q.i)[1] <= here[0]
            ),
            -1,
        )
        if total < 0:
            continue
        there = doc.sentence_at(found[total].q.i)
        for y, fy in enumerate(found):
            if not here[0] <= fy.q.i < here[1]:
                continue
            other = _value(fy)
            if (
                y in parts
                or fy.outcome == fx.outcome
                or fy.subset
                or fy.cumulative
                or superseded[y]
                or other is None
            ):
                continue
            if any(
                fz.outcome == fy.outcome
                and not fz.subset
                and there[0] <= fz.q.i < there[1]
                and (_value(fz) or 0) >= other
                for fz in found
            ):
                out.add(y)
    return out


def _headline_end(doc: Document) -> int:
    """Where a headline ends: a first sentence on a line of its own, with no stop at its end (0 if none)."""
    spans = doc.sentences
    if not spans:
        return 0
    text = doc.text
    head_end = spans[0][1]
    if (
        text[head_end - 1 : head_end] in _STOPS
        or text.find("\n", spans[0][0], head_end) >= 0
        or text[head_end : head_end + 1] not in ("\n", "\r")
    ):
        return 0
    return head_end


#: Words of a sentence that make its count another incident's or more of
#: the dead, not the same figure told again ("in another attack", "a
#: second bomb", "also killed two", "elsewhere, drones killed two").
_NEW_INCIDENT: Final = (
    "another",
    "separate",
    "second",
    "also",
    "more",
    "earlier",
    "later",
    "elsewhere",
    "separately",
)
#: `_NEW_INCIDENT` less "more", which `_parts_of_total` reads by its count,
#: and the words of another place's dead, which may be parts of a total
#: told before ("killed 23 people in Zamfara and Katsina … Separately, nine
#: were killed in Katsina").
_NEW_INCIDENT_BUT_MORE: Final = tuple(
    w for w in _NEW_INCIDENT if w not in ("more", "elsewhere", "separately")
)
#: Sentence-final characters: a first sentence without one is a headline.
_STOPS: Final = (".", "!", "?", '"', "\u201d", "'", "\u2019")


def _same_victims(a: str | None, b: str | None) -> bool:
    """Whether counts of victims *a* and *b* may count the same people."""
    return (
        a == b
        or a in _ANY_VICTIM
        or b in _ANY_VICTIM
        or a is None
        or b is None
        or _BROADER_VICTIM.get(a) == b
        or _BROADER_VICTIM.get(b) == a
    )


def _restated(
    found: list[_Found],
    doc: Document,
    flags: list[bool],
    incidents: _Incidents | None,
    head_end: int,
) -> None:
    """
    Mark a figure told twice as one count (*flags* in place): a headline's
    count that the body gives again ("Car bomb kills 14" over "a car bomb
    killed 14 people": the headline's is marked), and a count of the same
    outcome, number and victims as an earlier one of its incident, in a
    later sentence ("killed 15 people" ... "rescuers pulled 15 bodies from
    the rubble": the later is marked) unless its sentence tells of another
    incident or more dead ("another", "more"); a headline's figure (up to
    *head_end*, 0 without a headline) that the body's counts of its victims
    sum to, or pass, is marked too, and so is a definite count that the
    counts of the sentence before sum to ("A man and a woman were killed.
    The two civilians died at the scene"). Tolls are left to
    `_superseded`'s own rules.
    """
    folded = doc.folded
    # the earlier counts that may be told again, by outcome and number
    told: dict[tuple[str, int], list[int]] = {}
    for e, fe in enumerate(found):
        if fe.subset or fe.cumulative or fe.stale or fe.name is not None:
            continue
        value = _value(fe)
        if value is None:
            continue
        if fe.q.anaphoric and e > 1 and not flags[e] and fe.q.i >= head_end:
            flags[e] = _sum_before(doc, found, flags, e)
        earlier = told.setdefault((fe.outcome, value), [])
        earlier.append(e)
        if flags[e] or fe.q.i < head_end or len(earlier) == 1:
            continue
        sentence_e: tuple[int, int] | None = None
        for p in earlier[:-1]:
            fp = found[p]
            if flags[p] or not _same_victims(fp.q.victim, fe.q.victim):
                continue
            if fp.q.i < head_end:
                flags[p] = True  # the headline's figure, told again in the body
                continue
            if (
                fe.toll
                or fp.toll
                or value < 2
                or fe.q.anaphoric
                or fe.q.head in HURT_GROUPS
            ):
                continue  # ("two of them died" after the wounded: more dead)
            if sentence_e is None:
                sentence_e = doc.sentence_at(fe.q.i)
            if doc.sentence_at(fp.q.i) == sentence_e:
                continue  # one sentence's two counts: two groups
            if _has_word(folded, _NEW_INCIDENT, *sentence_e):
                break
            if incidents is not None and not _agree(
                incidents.anchors(incidents.sentence(fp.q.i)),
                incidents.anchors(incidents.sentence(fe.q.i)),
            ):
                continue
            if fp.q.best is None and fp.q.low is None and fe.q.best is not None:
                # a possible toll told firm later ("four people may have been
                # killed" … "four people died"): the firm one stands
                flags[p] = True
            else:
                flags[e] = True
            break
    if any(f.q.approximate and f.q.vague is None and f.q.high is None for f in found):
        _estimate_restated(found, doc, flags, incidents)  # (few stories)
    # a headline's figure the body's counts sum to ("Ambush kills five" over
    # "killed three soldiers and two volunteers")
    for p, fp in enumerate(found):
        if not head_end or fp.q.i >= head_end:
            break
        value = _value(fp)
        if (
            flags[p]
            or fp.subset
            or fp.cumulative
            or fp.stale
            or fp.name is not None
            or value is None
        ):
            continue
        body = sum(
            _value(f) or 0
            for e, f in enumerate(found)
            if f.q.i >= head_end
            and not flags[e]
            and f.outcome == fp.outcome
            and not f.subset
            and not f.cumulative
            and not f.stale
            and _same_victims(fp.q.victim, f.q.victim)
        )
        flags[p] = body >= value > 0


def _estimate_restated(
    found: list[_Found], doc: Document, flags: list[bool], incidents: _Incidents | None
) -> None:
    """
    Mark a round estimate that a later sentence of its incident gives again
    as an exact figure near it (*flags* in place): "Jihadists killed a dozen
    farmers" … "the insurgents killed 11 men working in rice fields" are
    one group told more precisely, so the estimate gives way to the 11
    rather than adding 12 more dead. Near: within a tenth of the estimate
    (at least one either way); not across a sentence telling of another
    incident or more dead, nor a toll (`_superseded` reads those).
    """
    folded = doc.folded
    # (the estimates, by index: few in any story)
    estimates = [
        p
        for p, fp in enumerate(found)
        if fp.q.approximate and fp.q.vague is None and fp.q.high is None
    ]
    for e, fe in enumerate(found):
        q = fe.q
        value = _value(fe)
        if (
            e <= estimates[0]
            or flags[e]
            or q.approximate
            or value is None
            or q.low != value
            or q.high != value
            or fe.subset
            or fe.cumulative
            or fe.stale
            or fe.toll
            or fe.name is not None
            or q.anaphoric
            or q.head in HURT_GROUPS
        ):
            continue
        sentence_e = doc.sentence_at(q.i)
        # (the estimates before it only, nearest first: found by bisection)
        for p in reversed(estimates[: bisect.bisect_left(estimates, e)]):
            fp = found[p]
            estimate = _value(fp)
            if (
                flags[p]
                or estimate is None
                or estimate == value
                or abs(estimate - value) > max(1, estimate // 10)
                or fp.outcome != fe.outcome
                or fp.subset
                or fp.cumulative
                or fp.stale
                or fp.toll
                or not _same_victims(fp.q.victim, q.victim)
                or doc.sentence_at(fp.q.i) == sentence_e
            ):
                continue
            if _has_word(folded, _NEW_INCIDENT, *sentence_e):
                break
            if incidents is not None and not _agree(
                incidents.anchors(incidents.sentence(fp.q.i)),
                incidents.anchors(incidents.sentence(q.i)),
            ):
                continue
            flags[p] = True
            break


#: A party's claim of killing, told right before its count: a verb of
#: saying or claiming, the party itself ("it", "they", "its fighters", "the
#: group") and "killed" ("the group said in a statement that its fighters
#: had killed 30", "the army said it killed 40 militants", "a spokesman
#: claimed the group had killed 40 soldiers", "the army said it had
#: 'neutralised' 143 fighters", "the ministry said it had struck a meeting
#: of commanders, killing more than 60"); the events stage reads a
#: count so tagged as a claimed toll. Searched in the count's sentence up to the
#: count, so it ends where the count starts, up to two words before it.
_CLAIM_BEFORE: Final = compile_re(
    r"""
    # ("the rebels claimed to have killed 45 soldiers": the party's own word)
    \bclaim(?:ed|s|ing)\s++to\s++have\s++[“"']?+(?:killed|neutrali[sz]ed|eliminated)[”"']?+
      \s++(?:\w++\s++){0,2}\Z
    | \b(?:said|says|saying|announced|stated|declared|reported|claimed|claiming)\s++
    # ("said separately", "said also")
    (?:(?:separately|also|later|earlier)\s++)?+
    # ("in a statement", "in a claim", "in a video" … "that")
    (?:in\s++an?\s++(?:statement|claim|communique|message|video|post)\s++
       (?:[\w'’.-]++\s++){0,6}?)?(?:that\s++)?+
    (?:(?:it|they|the\s++(?:group|militants|rebels|insurgents|jihadists|movement))\s++
      # ("saying one of its fighters had killed"; "its forces and local
      # militia had killed")
      |(?:(?:one|two|three|some)\s++of\s++)?(?:its|their)\s++(?:(?!(?:was|were|is|are|had|have|has|been)\b)\w++\s++){1,2}
       (?:and\s++(?:(?!(?:was|were|is|are|had|have|has|been)\b)\w++\s++){1,3})?)
    (?:had\s++|have\s++)?+
    (?:[“"']?+(?:killed|inflicted|neutrali[sz]ed|eliminated)[”"']?+\s++(?:\w++\s++){0,2}
    # "said it had struck a meeting of commanders in Sumy, killing more than 60",
    # "said its fighters had overrun the base and killed 23 soldiers", "said
    # they had repelled an assault on the city, killing hundreds of attackers"
    # (the deed may be quoted: 'said it had "destroyed" a unit and killed 87')
      |[“"']?+(?:struck|hit|attacked|targeted|bombed|shelled|destroyed|overran|overrun|stormed
         |ambushed|repelled|repulsed|foiled|thwarted
         # ("said its fighters had detained 55 'agents' and killed 12 soldiers")
         |captured|seized|detained|abducted|kidnapped)
       \b[^.;]{0,100}?(?:,\s++killing|\s++and\s++(?:had\s++)?killed)\s++
       (?:\w++\s++){0,2})\Z
    """,
    re.VERBOSE,
)
#: The verbs of saying that open `_CLAIM_BEFORE`.
_SAY_VERBS: Final = (
    "said", "says", "saying", "announced", "stated", "declared", "reported", "claimed", "claiming",
)  # fmt: skip
#: How far before a count its claim's verb may end (two words after it).
_CLAIM_REACH: Final = 40


def _claimed(
    doc: Document, q: Quantity, actors: tuple[ActorMention, ...], starts: list[int]
) -> bool:
    """
    Whether the count at *q* is a party's claim of its own kills: after
    `_CLAIM_BEFORE`, whose sayer is an actor the actors stage tagged in the
    sentence before the verb of saying (*actors* sorted by their start
    offsets *starts*).
    """
    folded = doc.folded
    lo = max(q.i - _CLAIM_REACH, 0)
    if (
        folded.find("killed", lo, q.i) < 0
        and folded.find("killing", lo, q.i) < 0
        and folded.find("inflicted", lo, q.i) < 0
        and folded.find("neutrali", lo, q.i) < 0
        and folded.find("eliminated", lo, q.i) < 0
    ):
        return False
    start = doc.sentence_at(q.i)[0]
    first = bisect.bisect_left(starts, start)
    # the party may be a pronoun opening the sentence, naming the party of
    # the sentence before ("It said its fighters killed 20 soldiers")
    m = _PRONOUN_SAYER.match(folded, start, q.i)
    if m is not None:
        begin = m.end()
    elif first == len(starts) or starts[first] >= q.i:
        return False  # no actor in the sentence before the count
    else:
        # the verb of saying after the sayer: the search starts at the first
        # one (most sentences have none, and searching costs more than finding)
        begin = actors[first].span.end
    said = min(
        (at for at in (folded.find(verb, begin, q.i) for verb in _SAY_VERBS) if at >= 0),
        default=-1,
    )
    if said < 0:
        return False
    if _CLAIM_BEFORE.search(folded, said, q.i) is not None:
        return True
    # "the army said troops killed 40 militants": a state's word on its
    # forces' kills of armed men (not on civilians, whoever reports it)
    return (
        q.victim == "militants"
        and _FORCES_CLAIM_BEFORE.search(folded, said, q.i) is not None
    )


#: A sentence opening on a party's pronoun or a noun of a party as the
#: sayer ("It said", "They also claimed", "The group said in a statement"),
#: or on a spokesman's ("He said the army had killed 40 rebels": what
#: follows the verb must still be a party's claim).
_PRONOUN_SAYER: Final = re.compile(
    r"""\W{0,3}(?:it|they|he|she|the\s+(?:group|militants|rebels|insurgents|jihadists|movement))\s"""
)


#: `_CLAIM_BEFORE` with a state's forces as the party ("said troops had
#: killed", "said security forces killed"), read for counts of militants.
_FORCES_CLAIM_BEFORE: Final = compile_re(
    r"""
    \b(?:said|says|announced|stated|declared|reported|claimed)\s++
    # (when it was said: "said last month that", "said on Sunday that")
    (?:(?:last|on|this|earlier)\s++(?:\w++\s++)?(?=that\b))?+
    # (where: "said in a statement that")
    (?:in\s++an?\s++(?:statement|communique|message|video|post)\s++(?=that\b))?+
    (?:that\s++)?+
    (?:the\s++)?(?:troops|soldiers|security\s++forces|government\s++forces|army|military)\s++
    # (with their allies: "the army and its Wazalendo allies had killed")
    (?:and\s++(?:its|their)\s++(?:[\w-]++\s++)?(?:allies|partners|allied\s++\w++)\s++)?+
    (?:had\s++|have\s++)?+
    [“"']?+(?:killed|neutrali[sz]ed|eliminated)[”"']?+\s++(?:\w++\s++){0,2}\Z
    """,
    re.VERBOSE,
)


def _headline_claims(doc: Document, out: list[CasualtyCount]) -> list[CasualtyCount]:
    """
    *out* with the counts of a headline line (a first sentence with no stop
    at its end) that a later count of the same outcome and number tags as
    a party's claim tagged so too: "Islamic State claims attack that killed
    20 soldiers" over "... that killed 20 soldiers, the group said".
    """
    spans = doc.sentences
    if not spans:
        return out
    head_end = spans[0][1]
    text = doc.text
    if text[head_end - 1 : head_end] in (".", "!", "?", '"', "\u201d", "'", "\u2019"):
        return out  # a first sentence, not a headline
    claimed = {
        (c.outcome, c.best)
        for c in out
        # (a claim of no exact number, "dozens", matches no headline's range)
        if c.start >= head_end
        and c.provenance.reason == CLAIM_REASON
        and c.best is not None
    }
    if not claimed:
        return out
    return [
        attrs.evolve(c, provenance=_CLAIMED)
        if c.end <= head_end
        and c.provenance.reason is None
        and (c.outcome, c.best) in claimed
        else c
        for c in out
    ]


#: A party saying the sentence after its count: ", the group said in a
#: statement", ", the army said" (folded text, searched from the count to
#: the sentence's end). Group 1: a non-state party, 2: a state one.
_SAYER_AFTER: Final = compile_re(
    r",\s++(?:the\s++)?(?:(group|militants|rebels|insurgents|jihadists|movement)"
    r"|(army|military|junta|armed\s++forces|general\s++staff"
    r"|(?:defen[cs]e|information|interior)\s++ministry))"
    r"\s++(?:said|claimed|says)\b"
)
#: The same parties as the sayer of a clause before a count (the last
#: one of the sentence: "Myanmar's junta said on Tuesday that …").
_SAYER_BEFORE: Final = compile_re(
    r"\b(?:(group|militants|rebels|insurgents|jihadists|movement)"
    r"|(army|military|junta|armed\s++forces|general\s++staff"
    r"|(?:defen[cs]e|information|interior)\s++ministry))"
    r"\s++(?:said|claimed|says|announced|stated)\b"
)
#: A passive of killing right after a count ("15 PDF fighters were killed").
_KILLED_AFTER: Final = compile_re(
    r"\s++(?:had\s++been|have\s++been|were|was)\s++[“\"']?+(?:killed|neutrali[sz]ed|eliminated)\b"
)
#: What joins a claim's two objects ("killed 47 soldiers and 84
#: mercenaries", "killed 20 soldiers, 12 police and 5 militiamen").
_CLAIM_AND: Final = compile_re(r"\s*+(?:,\s*+(?:and\s++)?|and\s++)")
#: A verb after a count: its own clause's subject ("killed 20 militants and
#: 14 civilians died in the crossfire"), no second object of the claim.
_VERB_AFTER: Final = compile_re(
    r"\s++(?:were|was|had|have|has|are|is|died|perished|lost|said|remain)\b"
)
#: The victims a party's claim is about: the other side's.
_STATE_VICTIMS: Final = frozenset({"soldiers", "police", "security forces"})


def _claimed_after(doc: Document, q: Quantity) -> bool:
    """
    Whether the count at *q* is a party's claim told with its sayer after
    it: "an attack that killed 20 soldiers, the group said in a statement"
    (a non-state party about state forces), "troops killed 40 militants,
    the army said" (a state party about militants). A party's word on its
    own losses ("12 soldiers were killed, the army said") is no claim.
    """
    if q.victim not in _STATE_VICTIMS and q.victim != "militants":
        return False  # (most counts: no sentence looked up)
    folded = doc.folded
    end = doc.sentence_at(q.i)[1]
    if folded.find(" said", q.j, end) < 0 and folded.find(" claimed", q.j, end) < 0:
        return False
    m = _SAYER_AFTER.search(folded, q.j, end)
    if m is None:
        return False
    if m.group(1):
        return q.victim in _STATE_VICTIMS
    return q.victim == "militants"


def _claimed_passive(
    doc: Document,
    q: Quantity,
    actors: tuple[ActorMention, ...] = (),
    starts: list[int] | None = None,
) -> bool:
    """
    Whether the count at *q* is a party's claim told as a passive after
    its sayer: "the junta said … and that about 15 PDF fighters were
    killed" (a state party about militants), "the rebels said 20 soldiers
    were killed" (a non-state party about state forces), "the defence
    ministry said … that 120 Ukrainian soldiers were killed" (a state about
    another state's forces, both of a country the actors stage tagged in
    *actors*, sorted by their start offsets *starts*). A party's word on
    its own losses ("the army said 12 soldiers were killed") is no claim.
    """
    if q.victim not in _STATE_VICTIMS and q.victim != "militants":
        return False
    folded = doc.folded
    if _KILLED_AFTER.match(folded, q.j) is None:
        return False
    start = doc.sentence_at(q.i)[0]
    if folded.find(" said", start, q.i) < 0 and folded.find(" claimed", start, q.i) < 0:
        return False
    last = None
    for m in _SAYER_BEFORE.finditer(folded, start, q.i):
        last = m
    if last is None:
        return False
    if last.group(1):
        return q.victim in _STATE_VICTIMS
    if q.victim == "militants":
        return True
    if q.victim not in _STATE_VICTIMS or starts is None:
        return False
    # a state's word on another state's forces killed
    sayer = _actor_for(actors, starts, last.start(2), last.end(2))
    foe = _actor_for(actors, starts, q.i, q.j)
    return (
        sayer is not None
        and foe is not None
        and sayer.kind == "state"
        and foe.kind == "state"
        and bool(sayer.country)
        and bool(foe.country)
        and sayer.country != foe.country
    )


#: The outcomes a party claims of its foes: "said its fighters had killed
#: 40" and "had killed or captured more than 100 soldiers".
_CLAIM_OUTCOMES: Final = frozenset(["killed", "killed_or_wounded"])
_CUMULATIVE: Final = Provenance(confidence=0.8, reason=CUMULATIVE_REASON)
_CLAIMED: Final = Provenance(confidence=0.8, reason=CLAIM_REASON)
_COMPETING: Final = Provenance(confidence=0.8, reason=COMPETING_REASON)
_PART: Final = Provenance(confidence=0.8, reason=PART_REASON)
_DIED_OF_WOUNDS: Final = Provenance(reason=DIED_OF_WOUNDS_REASON)
#: Words that set a second figure against a first in one sentence.
_CONTRAST: Final = (" but ", " while ", " whereas ", " although ", " though ")
#: Words that give a figure a source.
_SOURCE_WORDS: Final = ("said", "say", "says", "according to", "told", "reported")
#: The same, and the verbs of a source's own figure ("police put the number
#: of dead at 11", "a doctor gave a toll of 20", "officials estimated"):
#: what a second source's clause after a contrast word may hold.
_FIGURE_SOURCE_WORDS: Final = (
    *_SOURCE_WORDS,
    " put the ",
    " puts the ",
    " gave a ",
    " gave the ",
    "estimated",
)
#: Victims that say nothing of who they were: two figures of them may count the same dead.
_GENERIC_VICTIMS: Final = frozenset({"people", "unknown"})
_PLACE_BEFORE: Final = re.compile(r"\b(?:in|near|at)\s+([A-Z][\w'-]*)")


def _sourced(segment: str, words: tuple[str, ...] = _SOURCE_WORDS) -> bool:
    """Whether *segment* (folded) names a source: "police said", "according to"."""
    return any(segment.find(w) >= 0 for w in words)


def _places_in(text: str, lo: int, hi: int) -> set[str]:
    """Capitalised words after "in", "near" or "at" in ``text[lo:hi]``."""
    return set(_PLACE_BEFORE.findall(text, lo, hi))


def _competing(
    doc: Document, found: list[_Found]
) -> tuple[set[tuple[int, int, str]], set[tuple[int, int, str]]]:
    """
    The (start, end, outcome) of the counts in *found* that are a second source's figure
    for the victims a first count in the same sentence gives: the same
    outcome (killed or wounded), victims of no kind ("people", a bare
    number), a contrast word between them ("but", "while") and a source on
    each side ("police said 12 people were killed, but residents said at
    least 20 died"). Not when each side names a place of its own ("… in
    Kabul, while officials said three died in Herat": two incidents), nor a
    toll, which supersedes what it replaces.
    """
    folded = doc.folded
    text = doc.text
    out: set[tuple[int, int, str]] = set()
    across: set[tuple[int, int, str]] = set()
    incidents: list[_Incidents] = []  # (made at the first use)
    # outcome: (count's start, end), of victims two sources may both count
    last: dict[str, tuple[int, int]] = {}
    last_any: dict[str, tuple[int, int]] = {}  # (the same, of any victims)
    same: dict[str, tuple[int, int]] = {}  # "outcome victims": the last of armed victims
    before: dict[str, list[_Found]] = {}  # outcome: its counts so far, of any victims
    head_end = _headline_end(doc)
    for f in found:
        q = f.q
        if (
            f.outcome not in _COMPETING_OUTCOMES
            or f.subset
            or f.cumulative
            or f.name is not None
        ):
            continue
        if f.said:
            # (a bare figure after a contrast and a source's verb: made only
            # after a count of the same outcome and victims in its sentence)
            out.add((q.i, q.j, f.outcome))
            continue
        told = before.setdefault(f.outcome, [])
        if q.i >= head_end:  # (a headline's figure is no source's first telling)
            told.append(f)
        if (
            len(told) > 1
            and told[-1] is f
            and not f.stale
            and _value(f) is not None
            and _competes_with_one(doc, f, told, incidents)
        ):
            across.add((q.i, q.j, f.outcome))
            continue
        if q.victim not in _CIVILIAN_OR_ANY:
            # (a toll naming no victims may be another source's figure for
            # them: "killed about 50 soldiers, security sources said, though
            # the army put the toll at 12")
            last_any[f.outcome] = (q.i, q.j)
            # a figure of the same armed victims may be another source's too:
            # "Nearly 60 soldiers were killed, two security sources said,
            # while the defence ministry put the toll at 17 soldiers dead"
            key = f"{f.outcome} {q.victim}"
            prev = same.get(key)
            same[key] = (q.i, q.j)
            if prev is None or not f.toll:
                continue
        else:
            prev = last.get(f.outcome)
            if f.toll and q.victim == "unknown":
                other = last_any.get(f.outcome)
                if other is not None and (prev is None or other[0] > prev[0]):
                    prev = other
            last[f.outcome] = last_any[f.outcome] = (q.i, q.j)
        if prev is None or prev[1] > q.i:
            continue
        sentence = doc.sentence_at(q.i)
        if sentence[0] > prev[0]:
            continue  # the first count is in an earlier sentence (most pairs)
        between = folded[prev[1] : q.i]
        cut = min((at for at in map(between.find, _CONTRAST) if at >= 0), default=-1)
        if cut < 0:
            continue
        cut += prev[1]
        if f.toll and _has_word(folded, _UPDATE_WORDS, prev[1], q.i):
            continue  # "…, but the toll later rose to 20": it replaces the first
        if not _sourced(folded[cut : q.i], _FIGURE_SOURCE_WORDS):
            continue
        if not _sourced(folded[sentence[0] : cut]) and _has_word(
            folded, _ELSEWHERE, cut, q.j
        ):
            # a first count no source tells may have its rival after the
            # contrast ("At least 20 people were killed, while local
            # officials said between 40 and 50 died"), unless the second
            # adds dead ("while police said two others died")
            continue
        first, second = _places_in(text, prev[0], cut), _places_in(text, cut, sentence[1])
        if first and second and first.isdisjoint(second):
            continue  # two places: two incidents
        out.add((q.i, q.j, f.outcome))
    return out, across


#: How many earlier counts a figure is checked against as another source's.
_COMPETING_REACH: Final = 3


def _competes_with_one(
    doc: Document, f: _Found, told: list[_Found], incidents: list[_Incidents]
) -> bool:
    """
    Whether *f* (the last of *told*, the counts of its outcome so far) is
    a second source's figure for one of the last few earlier counts that
    may count its victims (`_competing_across`). Not only the last one: a
    count of other victims may stand between ("killing at least 19 people
    ... five attackers were killed ... an ambulance service said it carried
    21 bodies"), or the figure told again by a source named by a pronoun
    ("killed at least 11 villagers, police said ... 'We have recovered 11
    bodies,' he said ... a community leader said 17 people had been killed").
    """
    value = _value(f)
    seen = 0
    for other in reversed(told[:-1]):
        if not _may_be_same_dead(f, other):
            continue
        seen += 1
        if seen > _COMPETING_REACH:
            break
        if _value(other) != value and (
            _within_range(doc, other.q, f.q, incidents)
            or _competing_across(doc, other.q, f.q, incidents)
        ):
            return True
    return False


def _within_range(
    doc: Document, qp: Quantity, qe: Quantity, incidents: list[_Incidents]
) -> bool:
    """
    Whether the count at *qe* is one source's figure inside the range *qp*
    told before it of its incident ("killed between 30 and 40 civilians,
    local and security sources said … a security source said at least 32
    people were killed"): the sources' figures the range sums up, not more
    dead. Not a figure told of another incident or as an update.
    """
    value = qe.best if qe.best is not None else qe.low
    if (
        qp.best is not None
        or qp.low is None
        or qp.high is None
        or value is None
        or not qp.low <= value <= qp.high
    ):
        return False
    lo, hi = doc.sentence_at(qe.i)
    folded = doc.folded
    if _has_word(folded, _ELSEWHERE, lo, hi) or _has_word(folded, _UPDATE_WORDS, lo, hi):
        return False
    if not incidents:
        incidents.append(_Incidents(doc))
    made = incidents[0]
    return _agree(made.anchors(made.sentence(qp.i)), made.anchors(made.sentence(qe.i)))


def _may_be_same_dead(f: _Found, other: _Found) -> bool:
    """Whether the victims of counts *f* and *other* (one outcome) may be the same."""
    q = f.q
    return q.victim is not None and (
        q.victim == other.q.victim
        or (q.victim in _GENERIC_VICTIMS and other.q.victim in _GENERIC_VICTIMS)
        # "killing at least 104 civilians" … "the ministry said 68
        # people had been killed": the same dead, told apart
        or {q.victim, other.q.victim} <= _CIVILIAN_OR_ANY
        # captives are one group: "police said 40 worshippers were
        # abducted … a leader said 43 people had been taken"
        or (q.victim in _GENERIC_VICTIMS and f.outcome == "kidnapped")
        # a toll naming no victims counts any: "killed at least 27 soldiers
        # … another source put the death toll at 45"
        or (f.toll and q.victim == "unknown")
    )


#: Victims two sources' figures may both count: anyone, or civilians.
_CIVILIAN_OR_ANY: Final = _GENERIC_VICTIMS | {"civilians"}
#: A toll a source fears, right before its figure ("feared the real toll
#: was at least 40", "fears the death toll could be as high as 60").
_FEARED_TOLL: Final = compile_re(
    r"\bfear(?:ed|s|ing)?+\s++(?:that\s++)?(?:the\s++)?(?:(?:real|true|actual|final)\s++)?"
    r"(?:death\s++)?toll\s++(?:was|is|would\s++be|could\s++be|might\s++be|may\s++be|to\s++be|"
    r"could\s++rise\s++to|would\s++rise\s++to)\s++(?:as\s++high\s++as\s++)?\Z"
)
#: How far before its figure a feared toll's words may start.
_FEARED_REACH: Final = 80


def _feared_tolls(found: list[_Found], folded: str) -> set[tuple[int, int, str]]:
    """
    The (start, end, outcome) of the tolls a source fears after an earlier
    count of their outcome ("the group had confirmed 25 deaths but feared
    the real toll was at least 40"): a bound of that count, as another
    source's figure is, not a toll that replaces it.
    """
    out: set[tuple[int, int, str]] = set()
    told: set[str] = set()
    for f in found:
        q = f.q
        if (
            f.outcome in told
            and _FEARED_TOLL.search(folded, max(0, q.i - _FEARED_REACH), q.i) is not None
        ):
            out.add((q.i, q.j, f.outcome))
        if not f.subset and not f.cumulative:
            told.add(f.outcome)
    return out


#: The outcomes of which two sources may give two figures.
_COMPETING_OUTCOMES: Final = frozenset(["killed", "wounded", "kidnapped"])
#: A source and its verb: "local officials put the toll at", "the police
#: said", "a community leader, Sani Bello, said", "according to a health
#: official" (folded text; group 1 or 2 holds up to three words of the source).
_SAYER: Final = compile_re(
    # (an acronym in brackets may follow: "the U.N. humanitarian office (OCHA) said")
    r"([a-z][\w'-]*+(?:\s++[a-z][\w'-]*+){0,2}?)(?:\s++\([a-z]++\))?+,?\s++"
    r"(?:said|says|say|told|reported|put|puts|gave|estimated|confirmed)\b"
    r"|according\s++to\s++((?:[a-z][\w'-]*+\s*+){1,3})"
    # after a quote: '…," said Lawali Isah'
    r"|,[\"\u201d]\s++(?:said|says|told)\s++([a-z][\w'-]*+(?:\s++[a-z][\w'-]*+){0,2})"
)
#: Words of a source phrase that name no source.
_NOT_SOURCE: Final = lx.words(
    "the a an it they he she we i its their his her which who that this and but while "
    "later also had has have on in at by of local state senior initial earlier first "
    "reports report statement"
)


#: Words of a clause telling of other dead than a figure before it: another
#: incident ("separately", "in another attack") or a part ("in Hurum alone").
_ELSEWHERE: Final = (
    "another",
    "separate",
    "separately",
    "second",
    "also",
    "more",
    "meanwhile",
    "elsewhere",
    "further",
    "alone",
    "other",
    "others",
    "deadliest",
)
#: A clause's reference back to the incident of a count before it.
_BACK_REFERENCE: Final = compile_re(
    r"\b(?:in|from|during|by)\s++the\s++(?:[a-z]++\s++)?"
    r"(?:attacks?|strikes?|raids?|bombings?|blasts?|explosions?|shelling|ambush|assault|"
    r"massacre|clash(?:es)?|fighting|violence|incident|siege)\b"
    # the incident's place: "carried 21 bodies from the scene"
    r"|\b(?:from|at)\s++the\s++scene\b"
)


#: A past perfect after a count: a source telling again what had befallen
#: the victims of an incident told before ("a doctor said more than 30
#: injured people had been brought in", "… said 25 people had died").
_RETOLD: Final = compile_re(r"\s++had\s++(?:died|been\s++[a-z]++)\b")
#: The same before a count, of harm only: "68 people had been killed and
#: 190 wounded" (not "a plant had been damaged and one worker was killed").
_RETOLD_HARM: Final = compile_re(
    r"\bhad\s++(?:died|been\s++(?:killed|wounded|injured|hurt|abducted|kidnapped)\b)"
)
#: A count's sentence that ends right after its outcome ("A police official
#: said eight soldiers were killed."): it tells of no place, time or deed of
#: its own, so it is the dead told before, counted again by its source.
_BARE_OUTCOME_END: Final = compile_re(
    r"\s++(?:(?:were|was|had|have|has)\s++)?+(?:been\s++)?+"
    r"(?:killed|died|dead|wounded|injured|hurt|abducted|kidnapped)"
    r"(?:\s*+,\s*+(?:he|she|they|it)\s++(?:said|added))?+"
    r"(?:[.,]?+[\"\u201d]?+\.?+\s*+\Z"
    # or the victims' breakdown, or another clause of the source's: "said
    # eight soldiers were killed, including a captain, and that …"
    r"|\s*+,\s*+(?:including|among\s++them|and\s++that)\b)"
)
#: What the count of `_BARE_OUTCOME_END` follows: its source's verb alone
#: ("… had been damaged and one worker was killed" may be other dead).
#: How every match of `_SAID_THAT` ends.
_SAID_ENDS: Final = (" said ", " says ", " that ", '"', "\u201c", " reuters ", " afp ")
_SAID_THAT: Final = compile_re(
    r"\b(?:said|says|told\s++[a-z]++)(?:\s++in\s++a\s++statement)?+(?:\s++that)?+"
    r"\s++[\"\u201c]?+\Z"
)
#: A verb of counting the dead right before a count: "it had counted at
#: least 54 dead", "documented 40 deaths" (a source's own count of them),
#: "officials confirmed 41 dead" (a confirmed figure beside an estimate is
#: another source's count of the same dead, never more of them).
_RECOUNT_BEFORE: Final = compile_re(
    r"\b(?:counted|tallied|documented|recorded|verified|confirmed)\s++"
    r"(?:(?:at\s++least|more\s++than|some|about|nearly|around)\s++)?\Z"
    # a witness's count of the bodies: "said they saw the bodies of at least 20"
    r"|\b(?:saw|seen|counted)\s++the\s++bodies\s++of\s++"
    r"(?:(?:at\s++least|more\s++than|some|about|nearly|around)\s++)?\Z"
)
#: A clause saying that a source's figure differs from the one told ("gave
#: a higher figure", "put the number far higher", "the toll could be higher").
_OTHER_FIGURE: Final = compile_re(
    r"\b(?:higher|lower|different|conflicting)\s++(?:figure|toll|number|estimate|count)s?\b"
    r"|\bput\s++the\s++(?:death\s++)?(?:number|toll|figure)\s++"
    r"(?:(?:far|much|even|slightly)\s++)?(?:higher|lower)\b"
    # "said the toll could be higher"
    r"|\b(?:toll|number|figure)\s++(?:could|may|might|would|was\s++likely\s++to)\s++be\s++"
    r"(?:(?:far|much)\s++)?(?:higher|lower)\b"
)

#: Words one of which every match of `_OTHER_FIGURE` holds.
_OTHER_FIGURE_WORDS: Final = ("higher", "lower", "different", "conflicting")


#: Another source than one named before ("the other put the toll at 40",
#: "another security source said"): it shares their words, and says "other".
_OTHER_SOURCE: Final = compile_re(
    r"\b(?:the\s++other|another)"
    r"(?:\s++(?:security|local|military|police|medical|hospital|government|army))?+"
    r"(?:\s++(?:source|official|witness|resident|doctor|medic))?+"
    r",?\s++(?:said|says|put|puts|gave|told|estimated)\b"
)
#: A source named by a pronoun: "he said", "she told Reuters".
_PRONOUN_SOURCE: Final = compile_re(r"\b(?:he|she)\s++(?:said|says|told|added)\b")


def _sources(folded: str, lo: int, hi: int) -> frozenset[str]:
    """The words naming the sources of ``folded[lo:hi]`` (none for "he said", "it said")."""
    out: set[str] = set()
    for m in _SAYER.finditer(folded, lo, hi):
        out.update(
            w
            for w in (m.group(1) or m.group(2) or m.group(3)).split()
            if w not in _NOT_SOURCE
        )
    return frozenset(out)


def _joint_sources(folded: str, lo: int, hi: int) -> bool:
    """Whether a source phrase of ``folded[lo:hi]`` joins sources with "and" ("residents and police said")."""
    for m in _SAYER.finditer(folded, lo, hi):
        if " and " in (m.group(1) or m.group(2) or m.group(3)):
            return True
    return False


def _competing_across(
    doc: Document, qp: Quantity, qe: Quantity, incidents: list[_Incidents]
) -> bool:
    """
    Whether the count at *qe* is a second source's figure for the dead (or
    hurt) of the count at *qp* before it, of the same outcome and victims,
    in an earlier clause of its incident: each clause names a source and
    no source word is shared, and the second has no word of update ("The
    ministry said 12 people were killed. Local officials put the toll at
    20."; "officials later said" updates), names a toll or the incident
    ("in the attack") and no other ("separately", "four other people").
    *incidents* holds the story's `_Incidents` once made.
    """
    folded = doc.folded
    sentence = doc.sentence_at(qe.i)
    if qp.i >= sentence[0]:
        lo = folded.rfind(";", qp.j, qe.i)
        if lo < 0:
            return False  # one clause's counts: `_competing` reads those
    else:
        lo = sentence[0]
    hi = sentence[1]
    # a sentence between them that says a figure differs ("Residents gave a
    # higher figure. 'They took more than 50 people'") needs no toll named
    cue = (
        _OTHER_FIGURE.search(folded, qp.j, sentence[0])
        if qp.i < sentence[0]
        # (every match has one of these words: most text between two
        # counts has none, found in C, and needs no pattern run over it)
        and any(folded.find(w, qp.j, sentence[0]) >= 0 for w in _OTHER_FIGURE_WORDS)
        else None
    )
    # ("it had counted at least 54 dead": another count of the same dead;
    # "a police official said eight soldiers were killed.": nothing of its own)
    told = (
        cue is not None
        or _RECOUNT_BEFORE.search(folded, qe.i - 40 if qe.i - 40 > lo else lo, qe.i)
        is not None
        or (
            # (the words right before the count first, in C: most fail there)
            folded.endswith(_SAID_ENDS, lo, qe.i)
            and _SAID_THAT.search(folded, qe.i - 40 if qe.i - 40 > lo else lo, qe.i)
            is not None
            and _BARE_OUTCOME_END.match(folded, qe.j, hi) is not None
        )
    )
    # a toll's noun: "the toll", "put the number of dead at 29"
    # (or "put the number at 40", `_BARE_TOLL_NOUNS`)
    tolled = (
        folded.find("toll", lo, hi) >= 0
        or folded.find("number of ", lo, qe.i) >= 0
        or folded.find("the number at ", lo, qe.i) >= 0
        or folded.find("the figure at ", lo, qe.i) >= 0
    )
    if (
        not told
        and not tolled
        and folded.find(" the ", lo, hi) < 0
        and folded.find(" had ", qe.j, hi) < 0
        and not _RETOLD_HARM.search(folded, lo, qe.i)
    ):
        return False  # (neither a toll, "in the attack" nor "had died")
    # "the other put the number of dead at", "another security source said":
    # the words of another source, not of other dead
    other = (
        _OTHER_SOURCE.search(folded, lo, qe.i)
        if folded.find("other", lo, qe.i) >= 0
        else None
    )
    if (
        folded.find("other", qe.i, qe.j) >= 0
        or _increment(folded, qe)
        or _has_word(folded, _UPDATE_WORDS, lo, hi)
        or (
            _has_word(folded, _ELSEWHERE, lo, qe.j) or _elsewhere_after(folded, qe.j, hi)
            if other is None
            else _has_word(folded, _ELSEWHERE, lo, other.start())
            or _has_word(folded, _ELSEWHERE, other.end(), hi)
        )
    ):
        return False  # a later figure, another incident's dead, or more dead
    if (
        not told
        and not tolled
        and not _BACK_REFERENCE.search(folded, lo, hi)
        and not _RETOLD.search(folded, qe.j, hi)
        and not _RETOLD_HARM.search(folded, lo, qe.i)
    ):
        return False  # a clause naming no toll nor "the attack" may tell of other dead
    first = doc.sentence_at(qp.i)
    # (the figure's source may be named with the cue: "Residents gave a
    # higher figure. 'They took …'")
    mine = _sources(folded, lo if cue is None else doc.sentence_at(cue.start())[0], hi)
    theirs = _sources(folded, first[0], lo if qp.i >= sentence[0] else first[1])
    if not theirs and first[0] > 0 and _PRONOUN_SOURCE.search(folded, first[0], first[1]):
        # a source named in the sentence before, "he" in the count's ("…,
        # Captain Ali told Reuters. He said seven soldiers were killed")
        before = doc.sentence_at(first[0] - 1)
        if before[0] < first[0]:
            theirs = _sources(folded, *before)
    if (
        not mine
        or not theirs
        or (
            cue is None
            and other is None
            and not mine.isdisjoint(theirs)
            # (a figure of several sources together, "residents and police
            # said", is not the figure of one of them alone: "a police
            # spokesman put the toll at 13" is his own, a rival one)
            and (theirs <= mine or not _joint_sources(folded, first[0], first[1]))
        )
    ):
        # (a sentence saying a figure differs tells it is another source's
        # even when one of the first figure's sources gives it: "police and
        # residents said … Residents gave a higher toll")
        return False
    if not incidents:
        incidents.append(_Incidents(doc))
    made = incidents[0]
    return _agree(made.anchors(made.sentence(qp.i)), made.anchors(made.sentence(qe.i)))


def _elsewhere_after(folded: str, lo: int, hi: int) -> bool:
    """
    `_has_word` of `_ELSEWHERE` in ``folded[lo:hi]``, after a figure, but
    for "others" right after a number: a count of others of another
    outcome ("put the toll at 47, saying 112 others were wounded") is
    neither another incident nor more dead.
    """
    if not _has_word(folded, _ELSEWHERE, lo, hi):
        return False
    if _has_word(folded, _ELSEWHERE_BUT_OTHERS, lo, hi):
        return True
    for m in _OTHERS_WORD.finditer(folded, lo, hi):
        before = folded[max(m.start() - 16, lo) : m.start()].split()
        if not before or not (before[-1][:1].isdigit() or before[-1] in lx.NUMBER_WORDS):
            return True
    return False


_ELSEWHERE_BUT_OTHERS: Final = tuple(w for w in _ELSEWHERE if w != "others")
_OTHERS_WORD: Final = re.compile(r"\bothers\b")


#: The joint between two verbs' objects of one subject ("killing five
#: soldiers and wounding seven others", "killed two guards and wounded six
#: others").
_SECOND_VERB: Final = re.compile(
    r",?\sand\s[a-z]+(?:ing|ed)\s"
    # or a passive's second subject: "a soldier was killed and two others"
    r"|\s(?:was|were|(?:had|have|has)\sbeen)\s(?:[a-z]+\s){1,2}?and\s"
    # or an intransitive's: "four soldiers died and nine others were hurt"
    r"|\s(?:died|perished)\sand\s"
    # or a second predicate of a toll's list: "17 soldiers dead and 9
    # missing", "put the toll at 12 police killed and five wounded"
    r"|\s(?:dead|killed|wounded|injured|hurt|missing)\sand\s"
    # or a headline's second verb after a comma: "Bomb kills 1 civilian,
    # wounds 11 others"
    r"|,\s(?:kills|wounds|injures|hurts|abducts|kidnaps)\s"
)


def _second_verb_sums(found: list[_Found], folded: str) -> list[_Found]:
    """
    *found* with the count of a second verb of the subject of a cumulative
    count marked cumulative too: "the war has killed tens of thousands of
    people and displaced more than 12 million" sums the war's displaced as
    it sums its dead.
    """
    out: list[_Found] | None = None
    for x in range(1, len(found)):
        prev, f = found[x - 1], found[x]
        if (
            prev.cumulative
            and not f.cumulative
            and not f.subset
            and prev.q.j <= f.q.i
            and _SECOND_VERB.fullmatch(folded, prev.q.j, f.q.i) is not None
        ):
            if out is None:
                out = list(found)
            out[x] = f._replace(cumulative=True)
            found = out
    return found


def _others_of(
    text: str, prev: _Found, f: _Found, q: Quantity, before: _Found | None = None
) -> Quantity:
    """
    *q* ("seven others") with the victims of the group of another outcome
    just before it when a second verb of the same subject counts it
    ("killing five soldiers and wounding seven others": seven soldiers), or
    when it is a passive's or an intransitive's second subject ("a soldier
    was killed and two others were wounded", "a soldier died and two others
    were hurt": two soldiers).
    """
    p = prev.q
    if (
        before is not None
        and before.outcome == prev.outcome
        and before.q.victim != p.victim
        and _LIST_JOIN.fullmatch(text, before.q.j, p.i) is not None
    ):
        # the last of a list: "one adult and four minors were killed and 16 others"
        return q
    if (
        prev.subset
        and before is not None
        and not before.subset
        and before.outcome == prev.outcome != f.outcome
        and before.q.victim not in ("people", "unknown")
        and _AFTER_ASIDE.fullmatch(text, p.j, q.i) is not None
    ):
        # past the aside of a subset: "18 civilians were killed, among them
        # six women, and nine are missing" (nine civilians)
        return q._replace(victim=before.q.victim)
    if (
        not prev.subset  # ("killing 23 people, among them nine children, and injuring 40 others")
        and prev.outcome != f.outcome
        and p.victim not in ("people", "unknown")
        and (
            _SECOND_VERB.fullmatch(text, p.j, q.i) is not None
            # or the subject of a clause of another outcome right after
            # it: "we lost 11 soldiers and 14 others were injured"
            or _AND_ONLY.fullmatch(text, p.j, q.i) is not None
        )
    ):
        return q._replace(victim=p.victim)
    return q


#: The gap between two groups of one list ("a man and four children").
_LIST_JOIN: Final = re.compile(r",?\s(?:and\s)?|,\s")
#: The gap after a subset's aside before a count of another outcome.
_AFTER_ASIDE: Final = re.compile(r",\sand\s(?:[a-z]+(?:ing|ed)\s)?")
#: The gap of "and" alone between two counts.
_AND_ONLY: Final = re.compile(r"\sand\s")


#: The provenance of every other count (frozen, so one instance serves all).
_PLAIN: Final = Provenance()
#: Keyword builders of the results made per count: the same checks and
#: errors as ``CasualtyCount(...)`` / ``Span(...)``, fewer instructions.
_new_count: Final = _trusted_builder(CasualtyCount)
_new_span: Final = _trusted_builder(Span)


def make_count(
    text: str,
    q: Quantity,
    start: int,
    end: int,
    outcome: str,
    *,
    actor: str | None = None,
    subset: bool = False,
    superseded: bool = False,
    provenance: Provenance | None = None,
) -> CasualtyCount:
    """The :class:`CasualtyCount` of quantity *q*, read at ``text[start:end]``."""
    return _new_count(
        text=text[start:end],
        span=_new_span(start=start, end=end),
        outcome=outcome,
        low=q.low,
        best=q.best,
        high=q.high,
        approximate=q.approximate,
        vague=q.vague,
        victim=q.victim,
        actor=actor,
        subset=subset,
        superseded=superseded,
        provenance=_PLAIN if provenance is None else provenance,
    )


#: The start offset of a mention, read in C.
_SPAN_START: Final = operator.attrgetter("span.start")


def _definite(folded: str, q: Quantity) -> bool:
    """
    Whether *q* (offsets in characters) is one person named by a definite
    noun ("the driver", "the bus driver": `_definite_one`), who may be
    someone the story told of before.
    """
    return (
        folded.startswith("the", q.i)
        and folded[q.i + 3 : q.i + 4].isspace()
        and len(folded[q.i : q.j].split()) <= 3
    )


def _told_before(folded: str, q: Quantity) -> bool:
    """
    Whether *q* is a definite person (`_definite`) whose noun stands before
    it in the story ("the driver" after "a bus driver" or "two drivers"):
    then it may be someone told of, and counted, before.
    """
    if q.head is None or not _definite(folded, q):
        return False
    at = folded.find(q.head, 0, q.i)
    while at >= 0:
        if at == 0 or not folded[at - 1].isalnum():
            return True
        at = folded.find(q.head, at + 1, q.i)
    return False


def _within(vague: str | None, specific: str | None) -> bool:
    """Whether the *specific* victims may be all the *vague* count's: the same
    kind, a narrower one, or the vague count names no kind ("people")."""
    return (
        vague == specific
        or vague in _ANY_VICTIM
        # (a bare figure may be the vague group's: "left dozens of soldiers
        # dead" … "one source put the number of soldiers killed at around
        # 50"; not "people", often a group of its own: "more than 100
        # soldiers and allied fighters" after "killing dozens of attackers")
        or specific == "unknown"
        # (civilians and people of no kind may be the same victims:
        # "wounded dozens" of a market's civilians … "42 wounded people")
        or (vague == "civilians" and specific in _ANY_VICTIM)
        or _BROADER_VICTIM.get(specific or "") == vague
    )


#: How many times a vague count's lower bound a figure may be and still be
#: the vague count told exactly ("dozens": under 120; "hundreds": under 1,000).
_VAGUE_SPAN: Final = 5
#: The least lower bound of a vague count told exactly later: "dozens",
#: "scores", "hundreds" (not "several" or "a few", which small counts of
#: other incidents match).
_VAGUE_LEAST: Final = 20


#: How many characters may part a sentence from the next one (spaces, a
#: paragraph break).
_NEXT_SENTENCE_GAP: Final = 4
#: How many later counts, and how far on (characters), a vague count's
#: figure is looked for (:func:`_vague_told_again`).
_VAGUE_AHEAD: Final = 40
_VAGUE_REACH: Final = 6000


def _elsewhere_but_sources(folded: str, sentence: tuple[int, int]) -> bool:
    """
    Whether the *sentence* has a word of another incident or more dead
    (`_ELSEWHERE`) besides the "another" of another source ("One source said
    more than 50 soldiers had been killed, while another put the toll at
    around 30": no other dead).
    """
    lo, hi = sentence
    if not _has_word(folded, _ELSEWHERE, lo, hi):
        return False  # (most sentences)
    other = _OTHER_SOURCE.search(folded, lo, hi)
    if other is None:
        return True
    return _has_word(folded, _ELSEWHERE, lo, other.start()) or _has_word(
        folded, _ELSEWHERE, other.end(), hi
    )


def _vague_told_again(doc: Document, out: list[CasualtyCount]) -> list[CasualtyCount]:
    """
    *out* with a vague count ("killing dozens of soldiers", "wounded dozens
    more") superseded by a later neutral count of its outcome and victims
    with a number it allows ("at least 50 soldiers were killed", "47 were
    wounded": its lower bound up to `_VAGUE_SPAN` times it) of its victims
    or some of them, in a sentence of its incident that tells of no other
    dead: the lead's words for the figure the body gives, not more victims.
    """
    folded = doc.folded
    incidents: _Incidents | None = None
    for e, c in enumerate(out):
        if (
            c.vague is None
            or c.best is not None
            or c.low is None
            or (c.low < _VAGUE_LEAST and c.victim in _ANY_VICTIM)
            or c.subset
            or c.superseded
            or c.provenance.reason is not None
        ):
            continue  # ("several casualties": a small figure may be any incident's)
        # (the later figure is told within a few paragraphs: the look ahead
        # is bounded, so a long document of many counts is read in linear time)
        for x, d in enumerate(out[e + 1 : e + 1 + _VAGUE_AHEAD], e + 1):
            if d.start - c.start > _VAGUE_REACH:
                break
            value = d.best if d.best is not None else d.low
            if (
                d.outcome != c.outcome
                or d.subset
                or d.superseded
                or d.provenance.reason not in (None, COMPETING_REASON)
                or value is None
                or not c.low <= value < c.low * _VAGUE_SPAN
                or not _within(c.victim, d.victim)
            ):
                continue
            sentence = doc.sentence_at(d.start)
            if sentence[0] <= c.start:
                continue
            if c.low < _VAGUE_LEAST and (
                d.victim != c.victim
                or doc.sentence_at(c.start)[1] + _NEXT_SENTENCE_GAP < sentence[0]
            ):
                # a small vague count ("killing several soldiers") is told
                # again only of its own victims in the very next sentence
                # ("One source said at least seven soldiers ... died"): a
                # small figure further on may be another incident's
                continue
            if _elsewhere_but_sources(folded, sentence) and not (
                # "shot dead six men … and took away more than 40 others":
                # others than the dead just counted, not more captives
                out[x - 1].start >= sentence[0]
                and out[x - 1].outcome != d.outcome
                and folded.endswith("others", d.start, d.end)
                and not _has_word(folded, _ELSEWHERE, sentence[0], d.start)
                and not _has_word(folded, _ELSEWHERE, d.end, sentence[1])
            ):
                continue
            if incidents is None:
                incidents = _Incidents(doc)
            if _agree(
                incidents.anchors(incidents.sentence(c.start)),
                incidents.anchors(incidents.sentence(d.start)),
            ):
                out[e] = attrs.evolve(c, superseded=True)
                if d.provenance.reason == COMPETING_REASON:
                    # the figure the vague count told ("killed dozens" …
                    # "one resident said he had counted more than 50
                    # bodies"): the count itself, no bound of a count
                    # `summarize` no longer adds
                    out[x] = attrs.evolve(d, provenance=_PLAIN)
                break
    return out


class CasualtyParser:
    """
    The default casualty parser: counts of people killed, wounded,
    kidnapped, arrested, missing, displaced, released or unharmed, with
    low/best/high bounds, the victims' category and, when the actors stage
    tagged them, their actor.

    >>> from conflictparse import Document
    >>> doc = Document(text="At least 12 civilians were killed and 30 wounded.")
    >>> [(c.text, c.outcome, c.low, c.best, c.high) for c in CasualtyParser()(doc)]
    [('At least 12 civilians', 'killed', 12, 12, None), ('30', 'wounded', 30, 30, 30)]

    .. versionadded:: 0.1.0
    """

    __slots__ = ()

    def __call__(self, doc: Document) -> tuple[CasualtyCount, ...]:
        found = read(doc)
        if not found:
            return ()  # most stories: no actor look-up to prepare
        folded = doc.folded
        found = [
            f
            for f in found
            if f.q.high != 1
            or not folded.startswith("the", f.q.i)
            or not _told_before(folded, f.q)
        ]
        found = _deaths_of_the_hurt(found, folded, _headline_end(doc))
        if any(f.held for f in found):  # (few stories)
            found = _held_of_captives(found, doc)
        if "buried" in folded:
            found = _burials_of_the_dead(found, folded)
        if "hospital" in folded and any(f.outcome == "wounded" for f in found):
            found = _hospitalised_among(found, doc)
        if any(f.outcome == "kidnapped" for f in found):  # (few stories)
            if "still" in folded or "remain" in folded:
                found = _still_held(found, doc)
            found = _released_of_them(found, doc)
        if doc.published is not None and doc.dates:
            found = _background(found, doc, doc.published)
        if any(
            f.q.low is not None and f.q.low >= _HISTORY_LEAST and f.q.vague for f in found
        ):
            found = _histories(found, folded)
        found = _rates(found, folded)
        if any(f.cumulative for f in found):
            found = _second_verb_sums(found, folded)
        # (another source's figure in another clause, *across*, gives way
        # to a party's claim)
        competing, across = _competing(doc, found) if len(found) > 1 else (set(), set())
        if len(found) > 1 and "fear" in folded:
            across |= _feared_tolls(found, folded)
        actors = doc.actors
        starts = list(map(_SPAN_START, actors))
        if starts != sorted(starts):  # the pipeline's are sorted already
            order = sorted(range(len(actors)), key=starts.__getitem__)
            actors = tuple(actors[k] for k in order)
            starts = [starts[k] for k in order]

        claims: list[bool | None] = [None] * len(found)

        def claim(x: int) -> bool:
            """Whether ``found[x]`` is a party's claim of its own kills (read once)."""
            known = claims[x]
            if known is None:
                f = found[x]
                known = claims[x] = (
                    f.outcome in _CLAIM_OUTCOMES
                    and not f.subset
                    and (
                        _claimed(doc, f.q, actors, starts)
                        or _claimed_after(doc, f.q)
                        or _claimed_passive(doc, f.q, actors, starts)
                        # the claim's second object: "said it had killed 47
                        # soldiers and 84 Wagner mercenaries"
                        or (
                            x > 0
                            and found[x - 1].outcome == f.outcome
                            and _CLAIM_AND.fullmatch(folded, found[x - 1].q.j, f.q.i)
                            is not None
                            and _VERB_AFTER.match(folded, f.q.j) is None
                            and claim(x - 1)
                        )
                    )
                )
            return known

        superseded, inherited = _superseded(found, doc, competing | across, claim)
        if len(found) > 1:
            _refined(found, doc, superseded, competing | across, claim)
        text = doc.text
        out: list[CasualtyCount] = []
        seen: set[tuple[int, int, str]] = set()
        values: set[tuple[str, int | None]] = set()

        parts = (
            _parts_of_total(found, doc, superseded, competing | across, claim)
            if len(found) > 2
            else set()
        )
        if len(found) > 1 and (
            # (strings, found in C: a pattern run over every story cost more)
            any(folded.find(w) >= 0 for w in _ONE_OF_THEM_CUES)
            or (
                any(folded.find(w) >= 0 for w in _INTAKE_CUES)
                and any(folded.find(w) >= 0 for w in _INTAKE_PLACES)
            )
        ):
            parts |= _one_of_the_incidents(found, doc, superseded, competing | across)
        if len(found) > 1:
            parts |= _round_up_parts(
                found, doc, superseded, competing | across, claim, parts
            )
        if parts:
            parts |= _parts_beside(found, doc, parts, superseded)
        for at, (f, sup) in enumerate(zip(found, superseded, strict=True)):
            q = f.q
            if at in inherited:
                q = q._replace(victim=inherited[at])
            elif at and (
                (q.victim == "people" and folded.endswith("others", q.i, q.j))
                # a bare number too: "two soldiers were killed and three wounded"
                or (q.victim == "unknown" and q.head is None)
            ):
                # (the folded text: wire copy in capitals reads alike,
                # "ONE GUERRILLA WAS KILLED AND FOUR WOUNDED")
                q = _others_of(
                    folded, found[at - 1], f, q, found[at - 2] if at > 1 else None
                )
            start, end = q.i, q.j
            key = (start, end, f.outcome)
            if key in seen:
                continue
            named = _actor_for(actors, starts, start, end)
            member = _members_of_armed_group(q, named, actors, starts, folded)
            if member is not None:
                q = q._replace(victim="militants")
                if member is not named:
                    # "two members of Hezbollah": the group ends the span
                    # and owns the count, as "two Hezbollah members" does
                    named, end = member, member.span.end
            elif q.victim == "men" and folded.endswith("his men", start, end):
                q = q._replace(victim=_commanders_men(folded, start, q.victim))
            if q.anaphoric and not f.subset and (f.outcome, q.best) in values:
                continue  # "the four people killed": counted already
            seen.add(key)
            values.add((f.outcome, q.best))
            out.append(
                make_count(
                    text,
                    q,
                    start,
                    end,
                    f.outcome,
                    actor=None if named is None else named.canonical or named.text,
                    subset=f.subset,
                    superseded=sup,
                    provenance=(
                        _CUMULATIVE
                        if f.cumulative
                        else _COMPETING
                        if key in competing
                        else _PART
                        if at in parts
                        else _CLAIMED
                        if claim(at)
                        else _COMPETING
                        if key in across
                        else _DIED_OF_WOUNDS
                        if f.outcome == "killed" and q.head in HURT_GROUPS
                        else None
                    ),
                )
            )
        if len(out) > 1 and out[0].provenance.reason is None:
            out = _headline_claims(doc, out)
        if len(out) > 1 and any(c.vague is not None and c.best is None for c in out):
            out = _vague_told_again(doc, out)
        return tuple(out)
