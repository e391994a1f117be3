"""No-event context: trigger words that report no deed happening now.

Reads a sentence's text, one trigger match in it and the compiled lexicon
(`trigger_lexicon.load_lexicon`, whose cue lists come from `data/triggers.yaml`); writes nothing. Answers whether the trigger is context
rather than a reported deed: generic ("a rise of attacks"), negated ("no clashes"), irrealis or planned
("vowed to attack", "a strike planned for next week"), historic ("the 2015 massacre", "in 2019"),
figurative ("struck a deal", "the fight against malaria"), borrowed by an everyday domain that names
no armed or crowd actor ("a title clash", "storms killed 12"), a state of affairs with no deed ("the
ceasefire held"), a relative clause of a trigger already dropped ("the car bomb that killed 22"), or
a place's background told in the perfect ("Ituri, where militia attacks have killed hundreds"). A
follow-up cue before a day's event ("the death toll from Saturday's bombing") keeps that event.
A family killing ("killed his wife") is such an everyday domain, with its own anchors (a crowd or an
armed group acting on it), since a machete or a knife does not make it conflict. Sentence-level cues
(habitual, durative "since 2015", year ranges) live here too, and `sequel_split` cuts a sentence whose
"and later abducted ..." clause tells a second event of another kind. Pure functions of their
arguments and the cached lexicon; never fails.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .model import Span

if TYPE_CHECKING:  # trigger_lexicon imports this module; its types are only needed for annotations
    from .trigger_lexicon import Lexicon, Trigger

__all__ = [
    "IN_YEAR",
    "MONTHS",
    "SINCE_YEAR",
    "YEAR_RANGE",
    "everyday_senses",
    "is_context",
    "is_durative",
    "is_habitual",
    "is_state_only",
    "tells_other_events",
]  # fmt: skip

MONTHS = {
    name: number
    for number, names in enumerate(
        ("jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
         "aug august", "sep sept september", "oct october", "nov november", "dec december"),
        start=1,
    )
    for name in names.split()
}  # fmt: skip
# "since 2015", "since early March 2019": a tally over a period, not one event.
SINCE_YEAR = re.compile(
    r"(?i)\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:" + "|".join(MONTHS) + r")\w*\s+)?(?:19|20)\d\d\b"
    # "since it took effect in March": a month alone after "since" is a period too ("since 5 May" is a day)
    r"|\bsince\s+(?:\w+\s+){0,4}?in\s+(?:"
    + "|".join(name for name in MONTHS if len(name) > 3)
    + r")\b(?!\s+\d)"
)
# "300 people have disappeared in custody since the military took power", "fighting has killed 40 since
# Monday": a perfect tense reaching back to a starting point is a tally over a period, not one event.
PERFECT_SINCE = re.compile(
    r"(?i)\b(?:has|have)\s+(?:been\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ght|ut)\b"
    # ... in the verb's own clause: "have demonstrated over hawkers who flooded the town since" is no tally
    r"(?:(?!\b(?:who|which|that|whom|whose)\b)[^.;:]){0,100}?\bsince\b(?!\s+then\b)"
)
# The infinitive an intent verb governs, a few words on in its own clause ("threatened in a video on
# Sunday to attack"; not "threatened the guard and forced him to", nor "to the" of a place).
_INTENT_TO = re.compile(r"(?i)(?:(?!\b(?:and|but|with|before|after)\b)[^,.;:]){0,50}?\bto\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|death\b)[a-z]+")
# "between 2015 and 2020", "from 2018 to 2020": a tally over years, not one event.
YEAR_RANGE = re.compile(r"(?i)\b(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to)\s+(?:19|20)\d\d\b")
# The trigger hints of a demonstration: a march told before court words is the event, not the trial.
_DEMONSTRATION = frozenset({"Peaceful protest", "Protest with intervention", "Violent demonstration"})
# "the 2015 massacre", "last year's attack": a trigger dated to an earlier year is history, not news.
_YEAR_BEFORE = re.compile(
    r"(?i)\b(?:the|a|an|its|their|his|her|last)\s+(?:19|20)\d\d(?:['’]?s)?\s+(?:[\w'’-]+\s+){0,3}$"
)
# "the car bomb that killed 22": a relative clause continues a trigger that was dropped as context.
# So does a coordinated one ("penalties for armed robbery and kidnapping"), its passive ("since
# the peace deal was signed"), its complement ("leading to the arrest of the gunmen") or a participle
# right after it ("the implementation of the peace agreement signed in October").
# "used force to quell protests in 2019": a deed dated to a year alone is history ("in May 2020" is no match).
# "threatened on Monday to resume fighting": a day or adverb between a modal verb and its infinitive.
_ASIDE = re.compile(
    r"(?i)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|again|also|"
    r"repeatedly|publicly|openly)(?:\s+(?:night|morning|afternoon|evening))?(?=\s+to\s)"
)
# "demanded that troops be deployed", "should be released": a bare "be" right before the trigger is a
# subjunctive or modal deed, never a reported one (those say was, were, been or being).
_BARE_BE = re.compile(r"(?i)\bbe\s+(?:[a-z]+ly\s+)?$")
# "the governor of Ituri, where militia attacks have killed hundreds", "Tigray, where fighting has cut
# supply routes": a clause about a place told in the perfect is the place's background, not a deed.
_WHERE_BEFORE = re.compile(r"(?i),\s+where\s+[^,;:.]*$")
_PERFECT = re.compile(r"(?i)\b(?:has|have)\s+(?:long\s+|repeatedly\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en|ght|ut|un)\b")
_YEAR_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+)?in\s+(?:19|20)\d\d\b")
# "soldiers had executed 40 civilians during operations last year": a year back, later in the deed's own
# clause, is a look back (a day's news is never a year old); "last month" stays, news reports late.
# "so far this year", "attacks by insurgents this year": a tally over the year, not one day's deed.
_LAST_YEAR_AFTER = re.compile(
    r"(?i)(?:[^,;:.]|(?<=\d)[,.](?=\d)){0,80}?\b(?:last|the\s+previous|the\s+past|this)\s+year\b(?!['’])"
)
# "in 2019" with no day or month anywhere in the sentence: a look back, not a report.
IN_YEAR = re.compile(r"(?i)\b(?:in|during)\s+(?:19|20)\d\d\b")
_RELATIVE = re.compile(
    r"(?i)^(?:[\s,]+(?:[\w'’-]+\s+){0,2}?(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?|\s*,\s*|\s+(?:and|or)\s+"
    # "the anniversary of the massacre in which 200 villagers were killed": the dropped deed's own toll.
    r"|[\s,]+(?:in|during)\s+which\s+(?:[\w'’-]+\s+){0,4}?(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
    r"|\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+|\s+of\s+(?:the\s+|a\s+|an\s+)?|\s+)$"
)


def everyday_senses(lexicon: Lexicon, text: str) -> tuple[re.Pattern[str], ...]:
    """The trigger senses to ignore in a sentence about sport, markets, disease, accidents, politics or
    culture ("a title clash", "Storms killed 12") that names no armed or crowd actor."""
    if lexicon.domain_cues is None:
        return ()
    found = {match.lastgroup for match in lexicon.domain_cues.finditer(text)}
    if not found:
        return ()
    spoken = lexicon.speakers.sub(" ", text) if lexicon.speakers is not None else text
    senses = []
    for i, sense in enumerate(lexicon.domain_senses):
        if f"d{i}" not in found:
            continue
        # A domain may name its own anchors: a family killing told with "a machete" is still no conflict.
        own = lexicon.domain_anchors[i] if i < len(lexicon.domain_anchors) else None
        anchors = own if own is not None else lexicon.anchors
        if anchors is None or anchors.search(spoken) is None:
            senses.append(sense)
    return tuple(senses)


# "accused of witchcraft were lynched": a finite verb after a generic cue's object ends the cue's reach.
_FINITE = re.compile(r"(?i)\b(?:was|were|is|are|has been|have been|had been)\s+$")
# "the death toll from Saturday's bombing": a day's event named after a follow-up cue is that event.
_DAY_POSSESSIVE = re.compile(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)"
    r"(?:\s+(?:night|morning|afternoon|evening))?['’]s\s+(?:\S+\s+)?$"
)


def _generic(lexicon: Lexicon, before: str) -> bool:
    """Whether a generic cue ("accused of", "the number of") governs the trigger right after `before`."""
    match = lexicon.generic.search(before)
    if match is None or _FINITE.search(match.group(0)) is not None:
        return False
    if (
        lexicon.series_told is not None
        and lexicon.series_cues is not None
        and lexicon.series_cues.match(match.group(0))
        and lexicon.series_told.search(before, 0, match.start())
    ):
        return False  # "took part in a series of one-person protests": the run of deeds is told
    # A follow-up report ("the death toll from Saturday's bombing has risen to 12") still tells the event.
    return not (
        lexicon.follow_up is not None
        and lexicon.follow_up.match(match.group(0))
        and _DAY_POSSESSIVE.search(match.group(0))
    )


def _accused_forces(lexicon: Lexicon, text: str, start: int) -> bool:
    """Whether the trigger is a deed that state forces or an armed group are said to be accused of
    ("police in Burgersfort are accused of assaulting a taxi driver"): an allegation of the event
    itself, which ACLED codes; a civilian accused of a crime ("a man accused of stealing") is no event."""
    return lexicon.accused_forces is not None and (
        lexicon.accused_forces.search(text, max(0, start - 160), start) is not None
    )


def is_context(lexicon: Lexicon, text: str, match: re.Match[str], after_dropped: int) -> bool:
    """Whether a trigger match is context rather than a reported deed: generic ("a rise of attacks"),
    negated, irrealis, historic ("the 2015 massacre"), figurative ("struck a deal", "fight against
    corruption"), itself a modal ("threatened to") or a relative clause of such a trigger."""
    before = text[max(0, match.start() - 60) : match.start()]
    if (
        (_generic(lexicon, before) and not _accused_forces(lexicon, text, match.start()))
        or lexicon.negation.search(before)
        or _YEAR_BEFORE.search(before)
        or _BARE_BE.search(before)
    ):
        return True
    if lexicon.modal.search(" ".join(_ASIDE.sub("", before).split()[-6:])) or lexicon.modal.match(
        _ASIDE.sub("", text[match.start() : match.end() + 40])
    ):
        return True
    if (
        (lexicon.future is not None and lexicon.future.match(text, match.end()))
        or _YEAR_AFTER.match(text, match.end())
        or _LAST_YEAR_AFTER.match(text, match.end())
    ):
        return True
    if lexicon.intent is not None and lexicon.intent.fullmatch(match.group(0)) and _INTENT_TO.match(text, match.end()):
        return True  # "threatened in a video released on Sunday to attack tourists": the threat, not a deed
    if before.endswith(" to ") and (
        lexicon.modal.search(text, 0, match.start())
        # "threatened in a video released on Sunday to attack": a verb of intent, then its infinitive
        or (lexicon.intent is not None and lexicon.intent.search(before) is not None)
    ):
        return True  # "called for a general strike next Monday to protest": the purpose of a plan
    if (
        lexicon.abstract is not None
        and lexicon.abstract.match(text, match.end())
        and lexicon.figurative_verbs is not None
        and lexicon.figurative_verbs.fullmatch(match.group(0))
    ):
        return True  # "the fight against malaria": a figurative verb on an abstract target
    if _in_background_clause(text, match):
        return True
    return after_dropped >= 0 and bool(_RELATIVE.match(text[after_dropped : match.start()]))


def _in_background_clause(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger sits in a ", where ..." clause told in the perfect ("Ituri, where attacks
    have killed hundreds this year"): the place's background. A past tense ("Bujumbura, where two
    people were killed") is the event itself."""
    where = _WHERE_BEFORE.search(text, max(0, match.start() - 120), match.start())
    if where is None:
        return False
    end = len(text)
    for stop in ",;:":
        found = text.find(stop, match.end())
        if found >= 0:
            end = min(end, found)
    return _PERFECT.search(text, where.start(), end) is not None


def tells_other_events(lexicon: Lexicon, text: str) -> bool:
    """Whether a generic cue governs a trigger of the sentence ("The attack came a week after clashes
    between herders and farmers", "comes amid fighting"): it relates the event to others."""
    if lexicon.relating is None or lexicon.relating.search(text) is None:
        return False
    for match in lexicon.triggers.finditer(text):
        before = text[max(0, match.start() - 60) : match.start()]
        cue = lexicon.generic.search(before)
        if cue is not None and _generic(lexicon, before) and lexicon.relating.match(cue.group(0)):
            return True
    return False


def is_state_only(lexicon: Lexicon, sentence: str, triggers: tuple[str, ...]) -> bool:
    """ "The ceasefire largely held": only state nouns, and no verb (signed, imposed...) that makes a deed."""
    if not triggers or lexicon.state_nouns is None or lexicon.state_verbs is None:
        return False
    return (
        all(lexicon.state_nouns.fullmatch(t) for t in triggers)
        and lexicon.state_verbs.search(sentence) is None
    )


def is_habitual(lexicon: Lexicon, sentence: Span, dated: bool, triggers: tuple[Trigger, ...] = ()) -> bool:
    """A habitual, court or year-dated look back ("they regularly clash", "was sentenced", "in 2019"). A
    day and month named ("On 30 April 2020, ... whereas large businesses continue to work") make the
    sentence a dated report, whatever habitual words its side clauses use; a demonstration told before
    the court words ("marched demanding that the men be convicted") is the sentence's event."""
    if dated:
        return False
    text = sentence.text
    if lexicon.habitual.search(text) is not None or IN_YEAR.search(text) is not None:
        return True
    court = lexicon.court.search(text) if lexicon.court is not None else None
    if court is None:
        return False
    return not any(
        t.hint in _DEMONSTRATION
        and " ".join(t.span.text.lower().split()) not in lexicon.agents
        and t.span.end <= sentence.start + court.start()
        for t in triggers
    )


def is_durative(lexicon: Lexicon, sentence: str) -> bool:
    """Background over a period ("clashes have been ongoing", "since 2015", "between 2015 and 2020",
    "have fled since fighting began")."""
    return any(p.search(sentence) is not None for p in (lexicon.durative, SINCE_YEAR, YEAR_RANGE, PERFECT_SINCE))


# "Gunmen attacked a police post and later abducted 20 villagers": a told sequel is a second event.
_SEQUEL = re.compile(
    r"(?i)(?:,?\s+and\s+(?:later|then|subsequently|afterwards|thereafter)|;\s+(?:later|then|afterwards),?)\s+(?=[a-z])"
)


# ACLED codes one event where the sequel befalls the same victims: a passive first clause ("was
# kidnapped and later killed"), an outcome ("and later found dead", "released") or a pronoun object
# ("beat three men and then detained them"); an outcome of fighting ("subsequently gained control")
# is the fight's own result (all measured on dev notes: 7 broken when split).
_PASSIVE = re.compile(r"(?i)\b(?:was|were|been|being)\b")
_SAME_VICTIM = re.compile(
    r"(?i)(?:\w+\s+){0,1}?(?:found|released|freed|died|succumbed|handed|followed|dumped|discovered)\b"
    r"|[\w-]+\s+(?:\w+\s+)?(?:them|him|her|it|the\s+victims?)\b"
)


def sequel_split(
    text: str, sentence: Span, hints_of: Callable[[Span], set[str | None]], kinds: frozenset[str]
) -> tuple[Span, ...]:
    """The sentence, or its two clauses where a sequence word ("and later", "and then") opens a clause
    whose deed is one of `kinds` (triggers.yaml `sequel_kinds`: abductions, arrests, rapes), which ACLED
    codes apart from the first clause's deed of another kind ("attacked ... and later abducted ...").
    A crowd that "blockaded roads and then threw stones" or armed men who "lobbed grenades and
    subsequently fired" did one thing (dev notes: split, 2 more events ACLED does not code)."""
    match = _SEQUEL.search(sentence.text)
    if match is None:
        return (sentence,)
    first = Span.of(text, sentence.start, sentence.start + match.start())
    second = Span.of(text, sentence.start + match.start(), sentence.end)
    if _PASSIVE.search(first.text) or _SAME_VICTIM.match(sentence.text, match.end()):
        return (sentence,)
    before, after = hints_of(first), hints_of(second)
    if not before or not (after & kinds) or (before & kinds):
        return (sentence,)
    return (first, second)
