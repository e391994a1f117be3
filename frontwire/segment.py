"""Event segmentation: which sentences report which events.

Reads a `Document` and its sentences (`sentences.split_sentences`) and the trigger lexicon
(`data/triggers.yaml`, compiled once by `load_lexicon`). Returns one `EventMention` per distinct event
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
Which trigger uses are context (the first rule) is decided in `event_context`.
Splitting several places in one sentence is left to assembly (same day x place x actor merge).
Never fails: a text without triggers gives no mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from .event_context import MONTHS as _MONTHS
from .event_context import everyday_senses, is_context, is_durative, is_habitual, is_state_only, sequel_split
from .model import Document, EventMention, Span

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


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger word found in a sentence, with what the lexicon knows of it."""

    span: Span
    hint: str | None
    sure: bool
    rank: int  # the lexicon group's position: lower is more specific
    role: str = ""  # "escalation" for words that only say an event grew
    anaphoric: bool = False  # "the attack", "their attack": points back to an event already told


@dataclass(frozen=True, slots=True)
class Lexicon:
    triggers: re.Pattern[str]
    exact: dict[str, tuple[str | None, bool, int, str]]
    prefixes: dict[str, tuple[str | None, bool, int, str]]
    generic: re.Pattern[str]
    habitual: re.Pattern[str]
    durative: re.Pattern[str]
    modal: re.Pattern[str]
    negation: re.Pattern[str]
    anaphora: re.Pattern[str]
    places: re.Pattern[str]
    relative_dates: re.Pattern[str]
    agents: frozenset[str] = frozenset()
    figurative: re.Pattern[str] | None = None  # "struck a deal", "title clash": no trigger inside
    abstract: re.Pattern[str] | None = None  # "attack corruption", "fight against malaria" (matched at trigger end)
    figurative_verbs: re.Pattern[str] | None = None  # the triggers `abstract` applies to
    domain_cues: re.Pattern[str] | None = None  # every everyday domain's cues, one named group ("d0") each
    domain_senses: tuple[re.Pattern[str], ...] = ()  # the trigger senses each domain borrows
    domain_anchors: tuple[re.Pattern[str] | None, ...] = ()  # a domain's own anchors, else `anchors`
    any_sense: re.Pattern[str] | None = None  # every domain's senses: only these triggers need the domain test
    anchors: re.Pattern[str] | None = None  # armed or crowd actors: the sentence is about conflict after all
    speakers: re.Pattern[str] | None = None  # "police said": a source, not an anchor
    future: re.Pattern[str] | None = None  # "a strike planned for next week" (matched at trigger end)
    state_nouns: re.Pattern[str] | None = None  # "the ceasefire", "the curfew": no deed on their own
    state_verbs: re.Pattern[str] | None = None  # "signed", "imposed": the deed that makes them an event
    note_tags: dict[str, str] = field(default_factory=dict)  # "movement of forces" -> its sub-event type
    court: re.Pattern[str] | None = None  # "sentenced", "arraigned": a trial told, unless a demonstration comes first
    follow_up: re.Pattern[str] | None = None  # "the death toll from": generic, unless a day's event follows
    sequel_kinds: frozenset[str] = frozenset()  # "and later abducted": deeds a sequel clause tells apart


_SEPARATORS = re.compile(r"[\s-]+")
_SEP, _WILD, _END = "\x00sep", "\x00wild", "\x00end"


def _norm(term: str) -> str:
    return _SEPARATORS.sub(" ", term.strip().lower())


def _atoms(term: str) -> list[str]:
    """A term as trie atoms: its letters, a separator for each space/hyphen run, a final wildcard."""
    atoms: list[str] = []
    for index, word in enumerate(_SEPARATORS.split(term.rstrip("*").strip())):
        atoms += ([_SEP] if index else []) + list(word)
    return atoms + ([_WILD] if term.endswith("*") else [])


def _alternation(terms: list[str], fold: bool = True) -> str:
    """One regex for many terms, factored as a trie: Python's re tries alternatives one by one, so
    "clash|clashes|clashed|..." over 500 terms is ten times slower than the shared-prefix form."""
    trie: dict = {}
    for term in terms:
        node = trie
        for atom in _atoms(str(term).lower() if fold else str(term)):
            node = node.setdefault(atom, {})
        node[_END] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = []
    # A wildcard or the end of a term is tried last, so the longest term wins ("riot police", not "riot*").
    for atom, child in sorted(node.items(), key=lambda item: (item[0] == _END, item[0] == _WILD)):
        if atom == _END:
            continue
        head = r"[\s-]+" if atom == _SEP else r"[\w-]*" if atom == _WILD else re.escape(atom)
        branches.append(head + _trie_pattern(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if _END in node else body


def compile_terms(terms: list[str]) -> re.Pattern[str]:
    """One case-insensitive whole-word pattern for lexicon terms ("clash*", "tear gas")."""
    return re.compile(r"(?i)(?<![\w-])(?:" + _alternation([str(t) for t in terms]) + r")(?![\w-])")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The trigger lexicon and cue lists of `data/triggers.yaml`, compiled once."""
    text = resources.files("frontwire").joinpath("data/triggers.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    exact: dict[str, tuple[str | None, bool, int, str]] = {}
    prefixes: dict[str, tuple[str | None, bool, int, str]] = {}
    terms: list[str] = []
    for rank, group in enumerate(raw["triggers"]):
        info = (group.get("hint"), bool(group.get("sure", False)), rank, str(group.get("role") or ""))
        for term in group["terms"]:
            term = str(term)
            table = prefixes if term.endswith("*") else exact
            table.setdefault(_norm(term.rstrip("*")), info)  # the first (most specific) group wins
            terms.append(term)
    cue = lambda name, flags="(?i)": re.compile(
        flags + r"\b(?:" + _alternation(raw[name], fold=bool(flags)) + r")\b"
    )
    places = (
        r"\b(?i:"
        + _alternation(raw["place_cues"])
        + r")\s+(?:the\s+)?(?:(?i:"
        + _alternation(raw["place_features"])
        + r")\s+of\s+(?:the\s+)?)?"
        + r"(?P<name>(?:[a-z]{1,2}-)?[A-Z][\w'’-]+(?:\s+(?:[a-z]{1,2}-)?[A-Z][\w'’-]+)*)"
    )
    return Lexicon(
        triggers=re.compile(r"(?i)(?<![\w-])(?:" + _alternation(terms) + r")(?![\w-])"),
        exact=exact,
        prefixes=prefixes,
        # Up to two words may stand between, and a coordination ("plagued by banditry and cattle rustling").
        generic=re.compile(
            r"(?i)\b(?:" + _alternation(raw["generic_cues"]) + r")[\s-]+(?:\S+\s+){0,2}(?:(?:and|or)\s+(?:[^\W\d][\w'’-]*\s+)?)?$"
        ),
        habitual=cue("habitual_cues"),
        court=cue("court_cues") if raw.get("court_cues") else None,
        durative=cue("durative_cues"),
        modal=cue("modal_cues", ""),
        negation=re.compile(r"(?i)\b(?:" + _alternation(raw["negation_cues"]) + r")\s+(?:\S+\s+)?$"),
        anaphora=re.compile(r"(?i)\b(?:" + _alternation(raw["anaphora_cues"]) + r")\s+(?:[\w-]+\s+)?$"),
        places=re.compile(places),
        relative_dates=cue("relative_date_cues"),
        agents=frozenset(_norm(str(t)) for t in raw.get("agent_nouns", [])),
        figurative=compile_terms(raw["figurative_phrases"]),
        abstract=re.compile(
            r"(?i)(?:\s+(?:against|on|over|the|a|an))*\s+(?:[\w'’-]+\s+){0,2}(?:"
            + _alternation(raw["abstract_targets"])
            + r")(?![\w-]|\s+(?:suspect|group|cell|gang|network|camp|base|hideout|leader|cartel|lord|dealer|traffick|smuggler|poacher|pirate)s?\b)"
        ),
        figurative_verbs=compile_terms(raw["figurative_verbs"]),
        # One pass finds every domain a sentence belongs to (a search per domain doubled segmenting time).
        domain_cues=re.compile(
            r"(?i)(?<![\w-])(?:"
            + "|".join(
                f"(?P<d{i}>" + _alternation(_domain_cues(domain)) + ")"
                for i, domain in enumerate(raw["domains"].values())
            )
            + r")(?![\w-])"
        ),
        domain_senses=tuple(compile_terms(domain["senses"]) for domain in raw["domains"].values()),
        domain_anchors=tuple(
            compile_terms(domain["anchors"]) if domain.get("anchors") else None for domain in raw["domains"].values()
        ),
        any_sense=compile_terms([str(t) for domain in raw["domains"].values() for t in domain["senses"]]),
        anchors=compile_terms(raw["conflict_anchors"]),
        speakers=compile_terms(raw["speaker_phrases"]),
        note_tags={_norm(str(tag)): str(sub) for tag, sub in raw.get("note_tags", {}).items()},
        state_nouns=compile_terms(raw["state_nouns"]),
        state_verbs=compile_terms(raw["state_verbs"]),
        follow_up=compile_terms(raw["follow_up_cues"]) if raw.get("follow_up_cues") else None,
        sequel_kinds=frozenset(str(kind) for kind in raw.get("sequel_kinds", [])),
        future=re.compile(r"(?i)\s+(?:[\w-]+\s+)?(?:" + _alternation(raw["future_after_cues"]) + r")\b"),
    )


def _domain_cues(domain: dict) -> list[str]:
    """A domain's cues: its list, and each `cue_pairs` product ("killed" x "his wife" -> "killed his wife")."""
    cues = [str(t) for t in domain.get("cues", [])]
    for firsts, seconds in domain.get("cue_pairs", []):
        cues += [f"{a} {b}" for a in firsts for b in seconds]
    return cues


def has_cue(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


def _lookup(lexicon: Lexicon, matched: str) -> tuple[str | None, bool, int, str] | None:
    key = _norm(matched)
    if key in lexicon.exact:
        return lexicon.exact[key]
    for end in range(len(key), 0, -1):
        if key[:end] in lexicon.prefixes:
            return lexicon.prefixes[key[:end]]
    return None


def find_triggers(text: str, sentence: Span) -> tuple[Trigger, ...]:
    """The triggers of a sentence that report something: generic ("a rise of attacks"), negated
    ("no clashes"), irrealis ("they may attack"), historic, figurative and everyday-domain uses
    ("a title clash") are dropped."""
    lexicon = load_lexicon()
    found = []
    figurative: list[tuple[int, int]] | None = None  # found at the first trigger: most sentences have none
    senses: tuple[re.Pattern[str], ...] | None = None
    dropped_end = -1
    for match in lexicon.triggers.finditer(sentence.text):
        info = _lookup(lexicon, match.group(0))
        if info is None or info[3] == "none" or (match.group(0) == "March" and match.start() > 0):
            continue  # mid-sentence "March" is the month ("On 9 March 2020"), not a protest march
        if figurative is None:
            figurative = [(m.start(), m.end()) for m in lexicon.figurative.finditer(sentence.text)] if lexicon.figurative else []
        if any(s < match.end() and match.start() < e for s, e in figurative) or is_context(
            lexicon, sentence.text, match, dropped_end
        ):
            dropped_end = match.end()
            continue
        if lexicon.any_sense is None or lexicon.any_sense.match(match.group(0)):
            if senses is None:  # the domains of a sentence are read once, and only for a borrowable word
                senses = everyday_senses(lexicon, sentence.text)
            if any(sense.match(match.group(0)) for sense in senses):
                continue
        start = sentence.start + match.start()
        span = Span.of(text, start, start + len(match.group(0)))
        before = sentence.text[max(0, match.start() - 60) : match.start()]
        found.append(Trigger(span, info[0], info[1], info[2], info[3], bool(lexicon.anaphora.search(before))))
    if lexicon.state_nouns is not None and lexicon.state_verbs is not None and found:
        # "shot two men during a curfew patrol", "arrested for defying the curfew": a state noun with no
        # verb that makes it a deed ("imposed", "signed") is a circumstance of the other triggers' deed.
        deeds = [t for t in found if not lexicon.state_nouns.fullmatch(t.span.text)]
        if len(deeds) < len(found) and lexicon.state_verbs.search(sentence.text) is None:
            return tuple(deeds)
    return tuple(found)


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
        agents_only=bool(triggers) and all(_norm(t.span.text) in lexicon.agents for t in triggers),
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
                and not (sentence.dates and not (sentence.dates & current.dates))
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
            current = _Draft(index, [index - 1, index], prior.dates | sentence.dates, prior.places | sentence.places)
            drafts.append(current)
            pending = []
            window_open = True
        elif _starts_event(sentence, current, facts):
            current = _Draft(index, [*pending, index], set(sentence.dates), set(sentence.places))
            drafts.append(current)
            pending = []
            window_open = True
        elif current is not None:
            current.members.append(index)
            current.dates |= sentence.dates
            current.places |= sentence.places
            window_open = True
    if not drafts and facts:
        tagged = _tagged_note(text, facts[0].span)
        return (tagged,) if tagged is not None else ()
    return tuple(_to_mention(draft, facts) for draft in drafts)


_TAG = re.compile(r"^\s*([A-Z][A-Za-z /-]{2,40}):\s")


def note_tag(text: str) -> tuple[str, int, int] | None:
    """The sub-event type an opening ACLED tag names ("Movement of forces: ..."), with the tag's span."""
    match = _TAG.match(text)
    if match is None:
        return None
    sub = load_lexicon().note_tags.get(_norm(match.group(1)))
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
    if sentence.dates and not (sentence.dates & current.dates):
        return bool(current.dates) or not sentence.anaphoric
    if sentence.anaphoric:
        return False
    new_paragraph = facts[current.members[-1]].paragraph != sentence.paragraph
    new_place = bool(current.places) and bool(sentence.places - current.places)
    return new_paragraph or new_place


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
