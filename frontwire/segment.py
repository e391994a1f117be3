"""Event segmentation: which sentences report which events.

Reads a `Document` and its sentences (`sentences.split_sentences`), and each sentence's usable
triggers and cue lists from `trigger_lexicon` (`data/triggers.yaml`, compiled once by `load_lexicon`;
its public names are re-exported here). Writes nothing; returns one `EventMention` per distinct event
in text order: the sentence that reports it first, then the sentences that continue it.

The rules, in the order they apply to each sentence:
- headlines, bylines and menu lines (a title-case line of its own without a full stop), habitual
  ("they regularly engage each other") and irrealis sentences ("it may force ...") report nothing;
  a trigger is dropped when generic ("a rise of attacks"), negated ("no clashes") or planned
  ("vowed to attack"), historic ("the 2015 massacre"), figurative ("struck a deal", "the fight
  against malaria") or a plan ("a strike planned for next week"), and doers alone in a plan
  ("protesters plan to march") are no event; in a sentence about sport, markets, disease,
  accidents, debates or culture that names no armed or crowd actor, the words those domains borrow
  ("a title clash", "storms killed 12") are no triggers; a state noun ("curfew", "ceasefire") beside
  another trigger, with no verb that makes it a deed ("imposed", "signed"), is that deed's circumstance;
- a sentence with a trigger starts a new event when there is none yet, when it names a day the
  current event does not ("On August 4, ..."), or when it opens a new paragraph or names a new place
  without pointing back ("the attack", "their attack");
- a sequel clause of another kind ("... on Monday and later abducted 20 villagers", `sequel_kinds`)
  is cut off its sentence and starts its own event, which the first clause continues (day, place);
- otherwise it continues the current event ("Government forces repelled the attack");
- durative background ("Since August 5, clashes have been ongoing") starts nothing but joins the
  next event of its paragraph; a bare escalation ("This intensified on August 6") needs a date;
- a sentence without a trigger continues the current event when it stays in its paragraph and is
  not commentary ("The targeted factory employs dozens of locals").
Which trigger uses are context (the first rule) is decided in `event_context`, applied to each
sentence by `trigger_lexicon.find_triggers`; this module reads the days, places and statement kind
of each sentence and groups the sentences into events.
Splitting several places in one sentence is left to assembly (same day x place x actor merge).
Never fails: a text without triggers gives no mentions, except an ACLED note, which reports its
event by its form: one opening with a coder's tag ("Movement of forces:") or, short and one paragraph,
with the event's full date ("On 2 May 2020, the committee decided to close all the roads").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .event_context import MONTHS as _MONTHS
from .event_context import is_durative, is_habitual, is_state_only, sequel_split, tells_other_events
from .model import Document, EventMention, Span
from .trigger_lexicon import Lexicon, Trigger, compile_terms, find_triggers, has_cue, load_lexicon, norm_term

__all__ = [
    "Lexicon",
    "SentenceFacts",
    "Trigger",
    "compile_terms",
    "find_event_mentions",
    "find_triggers",
    "load_lexicon",
]  # fmt: skip

_MONTH = r"(?P<{0}>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_MONTH = re.compile(
    r"(?i)\b(?P<since>since\s+)?(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH.format("m1")
    + r"|"
    + _MONTH.format("m2")
    + r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)\b"
    + r"|\b(?P<since2>since\s+)?(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


def find_dates(sentence: Span) -> tuple[frozenset[object], bool]:
    """The days a sentence names, as comparable keys, and whether one is a "since" (durative) day."""
    keys: set[object] = set()
    durative = False
    for match in _DAY_MONTH.finditer(sentence.text):
        if match.group("wd"):
            keys.add(("weekday", match.group("wd").lower()))
        else:
            month = _MONTHS[(match.group("m1") or match.group("m2")).lower()]
            day = int(match.group("d1") or match.group("d2"))
            if not 1 <= day <= 31 or (
                match.group("m2")
                and match.group("m2").lower() == "may"
                and sentence.text[match.start("m2")].islower()
            ):
                continue
            keys.add((month, day))
        durative = durative or bool(match.group("since") or match.group("since2"))
    for match in load_lexicon().relative_dates.finditer(sentence.text):
        keys.add(("relative", match.group(0).lower()))
    return frozenset(keys), durative


def find_places(sentence: Span) -> frozenset[str]:
    """Names the sentence places an event at ("near the town of Jundya" -> "jundya")."""
    names = set()
    for match in load_lexicon().places.finditer(sentence.text):
        name = match.group("name")
        if _MONTHS.get(name.lower().rstrip(".")) is None:
            names.add(name.lower())
    return frozenset(names)


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """What the segmenter needs to know about one sentence."""

    span: Span
    paragraph: int
    triggers: tuple[Trigger, ...]
    dates: frozenset[object]
    places: frozenset[str]
    headline: bool
    habitual: bool
    durative: bool
    commentary: bool
    anaphoric: bool
    agents_only: bool = False  # every trigger names the doers ("protesters"), none a deed
    # It points back to the event only to relate it to others ("The attack came a week after clashes
    # between herders and farmers"): those other events' words would mislead the event's reading.
    relating: bool = False
    # It only goes on counting the told event's victims ("Two of the wounded later died in hospital",
    # "..., bringing the death toll to three"): that event's telling, whatever day or town it names.
    aftermath: bool = False

    @property
    def eventive(self) -> tuple[Trigger, ...]:
        return tuple(t for t in self.triggers if t.role != "escalation")


@dataclass(slots=True)
class _Draft:
    main: int
    members: list[int]
    dates: set[object] = field(default_factory=set)
    places: set[str] = field(default_factory=set)


def _paragraph_numbers(text: str, sentences: tuple[Span, ...]) -> list[int]:
    numbers, paragraph, previous_end = [], 0, 0
    for sentence in sentences:
        if "\n\n" in text[previous_end : sentence.start] or (
            previous_end and "\n" in text[previous_end : sentence.start]
        ):
            paragraph += 1
        numbers.append(paragraph)
        previous_end = sentence.end
    return numbers


def _is_headline(text: str, span: Span, own_line: bool) -> bool:
    """A title-case line of its own with no closing punctuation: a headline, byline or menu item."""
    if not own_line or span.text.rstrip()[-1:] in ".!?\"'”’)":
        return False
    words = [w for w in span.text.split() if w[:1].isalpha() and len(w) > 3]
    if not words:
        return True
    return sum(w[0].isupper() for w in words) / len(words) >= 0.6


def read_sentence(text: str, span: Span, paragraph: int, own_line: bool) -> SentenceFacts:
    """The facts of one sentence: its usable triggers, days, places and what kind of statement it is."""
    lexicon = load_lexicon()
    triggers = find_triggers(text, span)
    if is_state_only(lexicon, span.text, tuple(t.span.text for t in triggers)):
        triggers = ()  # "The ceasefire largely held": a state of affairs told, no deed
    dates, durative_date = find_dates(span)
    return SentenceFacts(
        span=span,
        paragraph=paragraph,
        triggers=triggers,
        dates=dates,
        places=find_places(span),
        headline=_is_headline(text, span, own_line),
        habitual=is_habitual(lexicon, span, any(isinstance(key[0], int) for key in dates), triggers),
        durative=durative_date or is_durative(lexicon, span.text),
        commentary=has_cue(lexicon.modal, span.text),
        anaphoric=any(t.anaphoric for t in triggers) and all(t.anaphoric or t.role for t in triggers[:1]),
        agents_only=bool(triggers) and all(norm_term(t.span.text) in lexicon.agents for t in triggers),
        relating=bool(triggers) and triggers[0].anaphoric and tells_other_events(lexicon, span.text),
        aftermath=_is_aftermath(lexicon, span.text),
    )


def _is_aftermath(lexicon: Lexicon, text: str) -> bool:
    """Whether a sentence only counts the victims of an event already told, and says of no other."""
    return (
        lexicon.aftermath is not None
        and has_cue(lexicon.aftermath, text)
        and (lexicon.separate is None or not has_cue(lexicon.separate, text))
    )


def _own_lines(text: str, sentences: tuple[Span, ...]) -> list[bool]:
    """Whether each sentence sits alone on its line(s): only such lines can be headlines."""
    if "\n" not in text:  # one-line notes and snippets have no headline lines (and no O(n^2) scans)
        return [False] * len(sentences)
    flags = []
    for span in sentences:
        before = text.rfind("\n", 0, span.start)
        after = text.find("\n", span.end)
        line = text[before + 1 : after if after >= 0 else len(text)]
        flags.append(line.strip() == span.text.strip())
    return flags


def find_event_mentions(doc: Document, sentences: tuple[Span, ...]) -> tuple[EventMention, ...]:
    text = doc.text
    sentences, sequels = _split_sequels(text, sentences)
    facts = [
        read_sentence(text, span, paragraph, own)
        for span, paragraph, own in zip(
            sentences, _paragraph_numbers(text, sentences), _own_lines(text, sentences), strict=True
        )
    ]
    drafts: list[_Draft] = []
    current: _Draft | None = None
    pending: list[int] = []  # durative background sentences waiting for the event they set up
    window_open = False  # whether trigger-less sentences may still continue the current event
    for index, sentence in enumerate(facts):
        if current is not None and facts[current.members[-1]].paragraph != sentence.paragraph:
            window_open = False
        if pending and facts[pending[-1]].paragraph != sentence.paragraph:
            pending = []
        if sentence.headline or sentence.habitual:
            window_open = False
            continue
        if not sentence.triggers:
            if (
                current is not None
                and window_open
                and not sentence.commentary
                and (sentence.aftermath or not (sentence.dates and not (sentence.dates & current.dates)))
            ):
                current.members.append(index)
            else:
                window_open = False
            continue
        if sentence.durative and not sentence.commentary:
            pending.append(index)
            continue
        if sentence.commentary and (
            sentence.agents_only or (sentence.anaphoric and not sentence.dates and current is None)
        ):
            # "Protesters are planning to march", "Analysts say the attacks are likely to continue":
            # doers or earlier deeds talked about, nothing reported as happening.
            window_open = False
            continue
        if index in sequels and sentence.eventive and current is not None:
            # "... on Monday and later abducted 20 villagers": the first clause, which tells the day
            # and place, continues the sequel too.
            prior = facts[index - 1]
            current = _Draft(
                index, [index - 1, index], prior.dates | sentence.dates, prior.places | sentence.places
            )
            drafts.append(current)
            pending = []
            window_open = True
        elif _starts_event(sentence, current, facts):
            current = _Draft(index, [*pending, index], set(sentence.dates), set(sentence.places))
            drafts.append(current)
            pending = []
            window_open = True
        elif current is not None and sentence.relating:
            continue  # "The attack came days after clashes ...": background, not this event's telling
        elif current is not None:
            current.members.append(index)
            current.dates |= sentence.dates
            current.places |= sentence.places
            window_open = True
    if not drafts and facts:
        tagged = _tagged_note(text, facts[0].span) or _dated_note(text, facts)
        return (tagged,) if tagged is not None else ()
    return tuple(_to_mention(draft, facts) for draft in drafts)


_TAG = re.compile(r"^\s*([A-Z][A-Za-z /-]{2,40}):\s")


def note_tag(text: str) -> tuple[str, int, int] | None:
    """The sub-event type an opening ACLED tag names ("Movement of forces: ..."), with the tag's span."""
    match = _TAG.match(text)
    if match is None:
        return None
    sub = load_lexicon().note_tags.get(norm_term(match.group(1)))
    return (sub, match.start(1), match.end(1)) if sub else None


def _tagged_note(text: str, first: Span) -> EventMention | None:
    """A note that opens with an ACLED tag reports its event even without a trigger word."""
    found = note_tag(first.text)
    if found is None:
        return None
    sub, start, end = found
    return EventMention(
        sentences=(first,),
        trigger=Span.of(text, first.start + start, first.start + end),
        sub_event_hint=sub,
    )


# An ACLED note opens with its event's full date ("On 2 May 2020, ...", "As reported on 28 April 2020,
# ..."); news copy dates by weekday or dateline, so the form marks a coded event record.
_NOTE_DATELINE = re.compile(
    r"^\s*(?:On|Around|As reported on|On or about|On or around|On or before)\s+\d{1,2}\s+"
    + "(?i:" + _MONTH.format("m") + ")"
    + r"\s+(?:19|20)\d\d\s*(?:\([^)]{0,30}\)\s*)?,"
)
# A note is short and one paragraph; an article that opens with such a date is not one.
_NOTE_LIMIT = 700


def _dated_note(text: str, facts: list[SentenceFacts]) -> EventMention | None:
    """An ACLED-style note ("On 2 May 2020, the committee decided to close all the roads") reports its
    event even when no trigger word does: a coder wrote it because something happened. Its sentences
    make the mention, with the dateline as its trigger; headlines, habitual and commentary sentences
    are no such note."""
    first = facts[0]
    found = _NOTE_DATELINE.match(first.span.text)
    if (
        found is None
        or len(text) > _NOTE_LIMIT
        or "\n" in text.strip()
        or any(f.headline or f.habitual or f.commentary for f in facts[:1])
    ):
        return None
    start = first.span.start + found.start() + len(found.group(0)) - len(found.group(0).lstrip())
    return EventMention(
        sentences=tuple(f.span for f in facts),
        trigger=Span.of(text, start, first.span.start + found.end() - 1),
    )


def _split_sequels(text: str, sentences: tuple[Span, ...]) -> tuple[tuple[Span, ...], frozenset[int]]:
    """Sentences with a sequel clause of another kind ("and later abducted") cut in two; the indices of
    the sequel clauses, which start their own event."""
    hints_of = lambda span: {t.hint for t in find_triggers(text, span) if t.hint}
    kinds = load_lexicon().sequel_kinds
    spans: list[Span] = []
    sequels: set[int] = set()
    for sentence in sentences:
        parts = sequel_split(text, sentence, hints_of, kinds)
        if len(parts) == 2:
            sequels.add(len(spans) + 1)
        spans.extend(parts)
    return tuple(spans), frozenset(sequels)


def _starts_event(sentence: SentenceFacts, current: _Draft | None, facts: list[SentenceFacts]) -> bool:
    if not sentence.eventive:
        # "This significantly intensified on August 6": an escalation is an event only with its day.
        return bool(sentence.dates) and (current is None or not (sentence.dates & current.dates))
    if current is None:
        return True
    if sentence.aftermath:
        return False
    if sentence.dates and not (sentence.dates & current.dates):
        return bool(current.dates) or not sentence.anaphoric
    if sentence.anaphoric:
        return False
    new_paragraph = facts[current.members[-1]].paragraph != sentence.paragraph
    new_place = bool(current.places) and bool(sentence.places - current.places)
    # Wire copy gives each sentence a paragraph of its own: a new paragraph that names no place
    # ("Five soldiers were killed and seven wounded.") goes on telling the event before it.
    return new_place or (new_paragraph and bool(sentence.places))


def _to_mention(draft: _Draft, facts: list[SentenceFacts]) -> EventMention:
    main = facts[draft.main]
    others = sorted(set(draft.members) - {draft.main})
    trigger = _best_trigger(main.eventive) or _best_trigger(
        tuple(t for i in others for t in facts[i].eventive)
    )
    if trigger is None:
        trigger = main.triggers[0]
    return EventMention(
        sentences=(main.span, *(facts[i].span for i in others)),
        trigger=trigger.span,
        sub_event_hint=trigger.hint,
    )


def _best_trigger(triggers: tuple[Trigger, ...]) -> Trigger | None:
    """The surest, then most specific, then earliest trigger."""
    if not triggers:
        return None
    return min(triggers, key=lambda t: (not t.sure, t.rank, t.span.start))
