"""The trigger lexicon: compiling `data/triggers.yaml` and finding a sentence's usable triggers.

Reads `data/triggers.yaml` once (`load_lexicon`, cached) and compiles its term groups and cue lists
into a `Lexicon` of regexes; each term list becomes one trie-factored alternation, because Python's re
tries alternatives one by one. `find_triggers` reads one sentence and returns the `Trigger`s that report
something, with the hint, sureness and rank of their lexicon group; which uses are context (generic,
negated, planned, historic, figurative, everyday-domain) is decided in `event_context`.
Writes nothing. Fails only at load time, with a KeyError or yaml error, when triggers.yaml lacks a
required list or is malformed; a sentence without triggers gives an empty tuple.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from .event_context import everyday_senses, is_context
from .model import Span

__all__ = [
    "Lexicon", "Trigger", "compile_terms", "find_triggers", "has_cue", "load_lexicon", "norm_term", "text_triggers",
]  # fmt: skip


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
    abstract: re.Pattern[str] | None = (
        None  # "attack corruption", "fight against malaria" (matched at trigger end)
    )
    figurative_verbs: re.Pattern[str] | None = None  # the triggers `abstract` applies to
    domain_cues: re.Pattern[str] | None = None  # every everyday domain's cues, one named group ("d0") each
    domain_senses: tuple[re.Pattern[str], ...] = ()  # the trigger senses each domain borrows
    domain_anchors: tuple[re.Pattern[str] | None, ...] = ()  # a domain's own anchors, else `anchors`
    any_sense: re.Pattern[str] | None = (
        None  # every domain's senses: only these triggers need the domain test
    )
    anchors: re.Pattern[str] | None = None  # armed or crowd actors: the sentence is about conflict after all
    speakers: re.Pattern[str] | None = None  # "police said": a source, not an anchor
    future: re.Pattern[str] | None = None  # "a strike planned for next week" (matched at trigger end)
    state_nouns: re.Pattern[str] | None = None  # "the ceasefire", "the curfew": no deed on their own
    state_verbs: re.Pattern[str] | None = None  # "signed", "imposed": the deed that makes them an event
    note_tags: dict[str, str] = field(default_factory=dict)  # "movement of forces" -> its sub-event type
    court: re.Pattern[str] | None = (
        None  # "sentenced", "arraigned": a trial told, unless a demonstration comes first
    )
    follow_up: re.Pattern[str] | None = None  # "the death toll from": generic, unless a day's event follows
    sequel_kinds: frozenset[str] = frozenset()  # "and later abducted": deeds a sequel clause tells apart
    relating: re.Pattern[str] | None = None  # "days after", "amid": generic cues that relate an event to others
    intent: re.Pattern[str] | None = None  # "threatened in a video on Sunday to attack": a plan's verb
    aftermath: re.Pattern[str] | None = None  # "two of the wounded later died": the told event's victims
    separate: re.Pattern[str] | None = None  # "in a separate attack", "elsewhere": another incident told
    # "took part in a series of protests", "launched a wave of attacks": a told run of deeds, not a tally
    series_told: re.Pattern[str] | None = None
    series_cues: re.Pattern[str] | None = None  # "series of", "wave of": the cues `series_told` undoes
    # "police ... are accused of (assaulting)": forces accused of the deed, matched up to the trigger
    accused_forces: re.Pattern[str] | None = None


_SEPARATORS = re.compile(r"[\s-]+")
_SEP, _WILD, _END = "\x00sep", "\x00wild", "\x00end"


def norm_term(term: str) -> str:
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
            table.setdefault(norm_term(term.rstrip("*")), info)  # the first (most specific) group wins
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
            r"(?i)\b(?:"
            + _alternation(raw["generic_cues"])
            + r")[\s-]+(?:\S+\s+){0,2}(?:(?:and|or)\s+(?:[^\W\d][\w'’-]*\s+)?)?$"
        ),
        habitual=cue("habitual_cues"),
        court=cue("court_cues") if raw.get("court_cues") else None,
        durative=cue("durative_cues"),
        modal=cue("modal_cues", ""),
        # A parenthesis closes a negation's reach: "supporters of Bolsonaro (no party) protested".
        negation=re.compile(r"(?i)\b(?:" + _alternation(raw["negation_cues"]) + r")\s+(?:[^\s)]+\s+)?$"),
        anaphora=re.compile(r"(?i)\b(?:" + _alternation(raw["anaphora_cues"]) + r")\s+(?:[\w-]+\s+)?$"),
        places=re.compile(places),
        relative_dates=cue("relative_date_cues"),
        agents=frozenset(norm_term(str(t)) for t in raw.get("agent_nouns", [])),
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
            compile_terms(domain["anchors"]) if domain.get("anchors") else None
            for domain in raw["domains"].values()
        ),
        any_sense=compile_terms([str(t) for domain in raw["domains"].values() for t in domain["senses"]]),
        anchors=compile_terms(raw["conflict_anchors"]),
        speakers=compile_terms(raw["speaker_phrases"]),
        note_tags={norm_term(str(tag)): str(sub) for tag, sub in raw.get("note_tags", {}).items()},
        state_nouns=compile_terms(raw["state_nouns"]),
        state_verbs=compile_terms(raw["state_verbs"]),
        follow_up=compile_terms(raw["follow_up_cues"]) if raw.get("follow_up_cues") else None,
        relating=compile_terms(raw["relating_cues"]) if raw.get("relating_cues") else None,
        intent=compile_terms(raw["intent_verbs"]) if raw.get("intent_verbs") else None,
        aftermath=compile_terms(
            [str(t) for t in raw["aftermath_cues"]]
            + [f"{x} {y}" for firsts, seconds in raw.get("aftermath_pairs", []) for x in firsts for y in seconds]
        )
        if raw.get("aftermath_cues")
        else None,
        separate=compile_terms(raw["separate_cues"]) if raw.get("separate_cues") else None,
        # Matched at the generic cue's start: a participation verb, an article, then a series cue.
        series_told=re.compile(
            r"(?i)\b(?:" + _alternation(raw["series_deeds"]) + r")\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?$"
        )
        if raw.get("series_deeds")
        else None,
        series_cues=compile_terms(raw["series_cues"]) if raw.get("series_cues") else None,
        accused_forces=re.compile(
            r"(?i)\b(?:" + _alternation(raw["accused_forces"])
            + r")\b[^.;:]{0,80}?\b(?:are|were|is|was|have\s+been|has\s+been|had\s+been|stand|stood)\s+"
            r"(?:[a-z]+ly\s+)?accused\s+of\s+$"
        )
        if raw.get("accused_forces")
        else None,
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


_GATHERING = frozenset({"Peaceful protest"})


@lru_cache(maxsize=1)
def load_gathering_purposes() -> re.Pattern[str] | None:
    """`triggers.yaml`'s `gathering_purposes` ("for Eid prayers", "to welcome"), compiled once."""
    text = resources.files("frontwire").joinpath("data/triggers.yaml").read_text(encoding="utf-8")
    terms = yaml.safe_load(text).get("gathering_purposes")
    return compile_terms(terms) if terms else None


def _gathers_for_no_cause(text: str, end: int) -> bool:
    """Whether a gathering trigger's own clause gives it a purpose that is no protest ("gathered at the
    mosque for Eid prayers", "to welcome the president", "behind the coffins"); the clause ends at a
    stop or a comma, so "gathered to pray, then marched on the governor's office" stays a protest."""
    purposes = load_gathering_purposes()
    if purposes is None:
        return False
    stop = len(text)
    for mark in ",;:.":
        found = text.find(mark, end)
        if 0 <= found < stop:
            stop = found
    return purposes.search(text, end, min(stop, end + 80)) is not None


def _lookup(lexicon: Lexicon, matched: str) -> tuple[str | None, bool, int, str] | None:
    key = norm_term(matched)
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
            figurative = (
                [(m.start(), m.end()) for m in lexicon.figurative.finditer(sentence.text)]
                if lexicon.figurative
                else []
            )
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
        if info[0] in _GATHERING and _gathers_for_no_cause(sentence.text, match.end()):
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


@lru_cache(maxsize=4096)
def text_triggers(text: str) -> tuple[Trigger, ...]:
    """The triggers of a stand-alone text (a mention or its main sentence), cached: the classifier's
    rules, hints, cue features and guards all ask for them."""
    return find_triggers(text, Span(0, len(text), text))
