"""Event type and sub-event type of an event mention: sure lexicon rules first, a linear model elsewhere.

Reads the mention's sentences, the trigger lexicon (`data/triggers.yaml`, via `segment`) and the
trained model `data/event_model/model.npz` (vocabulary, idf and one weight row per sub-event type,
trained by `tools/train_event_model.py`; plain numpy arrays, so no pickle and no scikit-learn at run
time). Returns an `EventType` with ACLED's exact spellings, a confidence and the evidence spans (the
trigger and the words that decided). How it decides:
1. an opening ACLED tag ("Movement of forces:"), a phrase rule of `triggers.yaml` (who did what to
   whom: "a demonstration whose crowd threw stones", "an armed victim shot with no attacker named")
   or a trigger the lexicon marks `sure` ("suicide bomber", "IED", "airstrike", "raped") in the
   main sentence decides the sub-type, unless the model is very sure otherwise;
2. otherwise the model scores TF-IDF word and word-pair features of the mention plus one
   feature per lexicon hint, cue group and actor class (`event_features.actor_features`: who acts
   on whom), and the best sub-type wins; its event type follows from the taxonomy.
3. guards of `triggers.yaml` (`event_guards`) veto a best guess the mention contradicts: a Peaceful protest with harm
   and no demonstration told, a sub-type whose `excluded_by` cues it tells (an Agreement that tells
   a killing), or one the main deed's doer>target roles rule out (`excluded_roles`: state forces
   beating civilians is no Mob violence), or one the main deed's doer rules out by its actor class
   (`excluded_doers`: a rebel group is no mob); the next best sub-type wins.
Fails with `FileNotFoundError` when the model artefact is missing from the package.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise

import numpy as np
import yaml

from .event_features import actor_features, mask_names
from .event_guards import guarded_best
from .model import Document, EventMention, EventType, Span
from .segment import compile_terms, load_lexicon, note_tag
from .taxonomy import event_type_of
from .trigger_lexicon import text_triggers

__all__ = [
    "EventModel",
    "classification_text",
    "classify_event",
    "classify_text",
    "event_features",
    "load_event_model",
    "mention_features",
    "mention_hints",
    "predict_sub_event",
    "rule_decision",
]  # fmt: skip

# ACLED notes may open with a coder's tag ("Arrests: ...", "Movement of forces: ..."): one feature.
_TAG = re.compile(r"^\s*([A-Z][A-Za-z /-]{2,40}):\s")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_DIGITS = re.compile(r"\d")
# A sure trigger or phrase rule yields to the model only when the model gives another sub-type this
# much more (0.9 -> 1.5 measured +0.1 sub-type accuracy on CV and held out; no dev note exceeds 1.5).
_RULE_MARGIN = 1.5


def event_features(text: str, hints: tuple[str, ...] = ()) -> list[str]:
    """The model's features of a text: words, word pairs and lexicon hints.

    Shared by training and prediction, so the two can never disagree on what a feature is.
    (Character n-grams were tried and cost 2 points of sub-type accuracy on the held-out slice.)
    Digits are folded to 0 ("[size=150]" and "[size=20]" look alike).
    """
    words = _WORD.findall(_DIGITS.sub("0", text.lower()))
    features = ["w:" + w for w in words]
    features += ["b:" + a + " " + b for a, b in pairwise(words)]
    features += ["h:" + hint for hint in hints]
    tag = _TAG.match(text)
    if tag:
        features.append("tag:" + tag.group(1).lower())
    return features


@lru_cache(maxsize=1)
def load_feature_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    text = resources.files("frontwire").joinpath("data/triggers.yaml").read_text(encoding="utf-8")
    groups = yaml.safe_load(text).get("feature_cues", {})
    return tuple((str(name), compile_terms(terms)) for name, terms in groups.items())


def cue_features(text: str, main_sentence: str, trigger_end: int) -> list[str]:
    """Lexicon cue features: which cue groups the mention has, and which follow the main trigger."""
    features = []
    for name, pattern in load_feature_cues():
        if pattern.search(text):
            features.append("cue:" + name)
            if pattern.search(main_sentence, trigger_end):
                features.append("after:" + name)
    return features


def mention_features(text: str, main_sentence: str | None = None) -> list[str]:
    """Every model feature of a mention: words, word pairs, lexicon hints, cue groups and the
    ACLED inter classes of the actors it names, as doers or targets of the main trigger."""
    main = text if main_sentence is None else main_sentence
    hints, _ = mention_hints(text)
    triggers = _triggers_of(main)
    trigger_end = triggers[0].span.end if triggers else 0
    cues = cue_features(text, main, trigger_end)
    # Hint x cue conjunctions let a linear model learn "a protest that met tear gas" or "an attack
    # whose targets were soldiers" rather than each word on its own.
    main_hints = sorted({t.hint or "escalation" for t in triggers})
    actors = actor_features(text, main, triggers[0].span.start if triggers else 0)
    # Words are read with place and person names masked: their identity overfits to the dev
    # countries (masking measured +0.2 points sub-type accuracy on CV, +1.4 macro-F1 held out).
    words = event_features(mask_names(text), hints)
    return words + cues + [f"{h}&{c}" for h in main_hints for c in cues] + actors


_triggers_of = text_triggers  # rules, hints, cues and guards all ask for a text's triggers: one cache


def mention_hints(text: str) -> tuple[tuple[str, ...], tuple[tuple[str, Span], ...]]:
    """Lexicon features of a text (hint of every usable trigger) and its sure triggers."""
    found = _triggers_of(text)
    hints = tuple(t.hint or "escalation" for t in found)
    sure = tuple((t.hint, t.span) for t in found if t.sure and t.hint)
    return hints, sure  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class PhraseRule:
    """A rule of `triggers.yaml`'s `rules` list, compiled (see the comment there)."""

    sub_event_type: str
    trigger: re.Pattern[str]
    before: re.Pattern[str] | None
    with_: re.Pattern[str] | None
    unless: re.Pattern[str] | None
    after: re.Pattern[str] | None = None

    def fires(self, main: str, whole: str, unspoken: str | None = None) -> bool:
        """Whether the rule decides the mention; `unspoken` is `whole` without its sources ("residents
        said"), which the `unless` test reads: a source is no actor of the event."""
        for match in self.trigger.finditer(main):
            if match.group() == "March" and match.start() > 0:
                continue  # the month ("On 9 March 2020"), as in `segment.find_triggers`
            if self.before is not None and not self.before.search(main, 0, match.start()):
                continue
            if self.after is not None and not self.after.search(main, match.end()):
                continue
            if self.with_ is not None and not self.with_.search(whole):
                return False
            return self.unless is None or not self.unless.search(whole if unspoken is None else unspoken)
        return False


@lru_cache(maxsize=1)
def load_phrase_rules() -> tuple[PhraseRule, ...]:
    text = resources.files("frontwire").joinpath("data/triggers.yaml").read_text(encoding="utf-8")
    optional = lambda rule, key: compile_terms(rule[key]) if rule.get(key) else None
    return tuple(
        PhraseRule(
            sub_event_type=str(rule["sub"]),
            trigger=compile_terms(rule["trigger"]),
            before=optional(rule, "before"),
            with_=optional(rule, "with"),
            unless=optional(rule, "unless"),
            after=optional(rule, "after"),
        )
        for rule in yaml.safe_load(text).get("rules", [])
    )


def rule_decision(main_sentence: str, text: str) -> str | None:
    """The sub-event type that an opening ACLED tag, a phrase rule or a sure trigger gives the mention."""
    tagged = note_tag(main_sentence) or note_tag(text)
    if tagged is not None:
        return tagged[0]
    speakers = load_lexicon().speakers
    unspoken = speakers.sub(" ", text) if speakers is not None else text
    for rule in load_phrase_rules():
        if rule.fires(main_sentence, text, unspoken):
            return rule.sub_event_type
    _, sure = mention_hints(main_sentence)
    return sure[0][0] if sure else None


@dataclass(frozen=True, slots=True)
class EventModel:
    vocabulary: dict[str, int]
    names: tuple[str, ...]  # vocabulary by column, to name the deciding features
    idf: np.ndarray  # (n_features,)
    weights: np.ndarray  # (n_classes, n_features)
    bias: np.ndarray  # (n_classes,)
    classes: tuple[str, ...]
    temperature: float = 3.0  # softmax(temperature * SVM margin) approximates the probability

    def probabilities(self, scores: np.ndarray) -> np.ndarray:
        exp = np.exp(self.temperature * (scores - scores.max()))
        return exp / exp.sum()

    def scores(self, features: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Class scores, and the feature columns and values that produced them."""
        counts = Counter(self.vocabulary[f] for f in features if f in self.vocabulary)
        if not counts:
            return self.bias.copy(), np.zeros(0, dtype=np.int64), np.zeros(0)
        columns = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=np.float64, count=len(counts))
        values = tf * self.idf[columns]
        values /= np.linalg.norm(values)
        return self.weights[:, columns].astype(np.float64) @ values + self.bias, columns, values


@lru_cache(maxsize=1)
def load_event_model() -> EventModel:
    path = resources.files("frontwire").joinpath("data/event_model/model.npz")
    with path.open("rb") as handle, np.load(handle, allow_pickle=False) as data:
        names = tuple(str(name) for name in data["vocabulary"])
        return EventModel(
            vocabulary={name: i for i, name in enumerate(names)},
            names=names,
            idf=data["idf"].astype(np.float64),
            weights=data["weights"],
            bias=data["bias"].astype(np.float64),
            classes=tuple(str(c) for c in data["classes"]),
            temperature=float(data["temperature"]) if "temperature" in data.files else 3.0,
        )


def classify_text(text: str, main_sentence: str | None = None) -> tuple[str, float, tuple[str, ...]]:
    """Sub-event type, confidence and the deciding words of a plain text with the shipped model."""
    return predict_sub_event(load_event_model(), text, main_sentence)


def predict_sub_event(
    model: EventModel, text: str, main_sentence: str | None = None
) -> tuple[str, float, tuple[str, ...]]:
    """Sub-event type, confidence and deciding words; `main_sentence` is where sure rules look."""
    decided = rule_decision(main_sentence if main_sentence is not None else text, text)
    features = mention_features(text, main_sentence)
    scores, columns, values = model.scores(features)
    best = guarded_best(model.classes, scores, features, text, main_sentence)
    probabilities = model.probabilities(scores)
    if decided is not None:
        rule = model.classes.index(decided) if decided in model.classes else -1
        if rule < 0:
            return decided, 0.9, ()
        if scores[best] - scores[rule] < _RULE_MARGIN:
            return decided, max(0.9, float(probabilities[rule])), ()
    contributions = model.weights[best, columns].astype(np.float64) * values
    ranked = [model.names[int(columns[i])] for i in np.argsort(-contributions)[:8] if contributions[i] > 0]
    decisive = tuple(name[2:] for name in ranked if name.startswith("w:"))[:3]
    return model.classes[best], float(probabilities[best]), decisive


# The longest opening that may still be a note's scene-setting, not an article's earlier events.
_SCENE_LIMIT = 600


def classification_text(doc: Document, mention: EventMention) -> str:
    """The text the model reads for a mention: its sentences, opened by the document's sentences
    before it when those tell no event of their own. An ACLED note often sets the scene first
    ("drivers rejected the restrictions at a checkpoint") and tells the deed only next ("the drivers
    attacked police officers"); without the scene the deed is misread (dev: such mentions were
    right 47% of the time on the global notes, against 93% for mentions that open the note)."""
    main = mention.sentences[0]
    opening = doc.text[: main.start]
    if opening.strip() and len(opening) <= _SCENE_LIMIT and not _triggers_of(opening.strip()):
        return opening.strip() + " " + mention.text(doc)
    return mention.text(doc)


def classify_event(doc: Document, mention: EventMention) -> EventType:
    main = mention.sentences[0]
    text = classification_text(doc, mention)
    sub_event_type, confidence, decisive = classify_text(text, doc.text[main.start : main.end])
    trigger = mention.trigger
    evidence = [trigger]
    for word in decisive:
        # Words inside the trigger are already shown by it.
        evidence.extend(
            s for s in _find_word(doc.text, mention, word) if not trigger.start <= s.start < trigger.end
        )
    return EventType(
        event_type=event_type_of(sub_event_type),
        sub_event_type=sub_event_type,
        confidence=round(confidence, 3),
        evidence=tuple(dict.fromkeys(evidence)),
    )


def _find_word(text: str, mention: EventMention, word: str) -> list[Span]:
    """The first occurrence of a deciding word in the mention's sentences, as a span."""
    pattern = re.compile(r"(?i)\b" + re.escape(word) + r"\b")
    for sentence in mention.sentences:
        match = pattern.search(text, sentence.start, sentence.end)
        if match:
            return [Span.of(text, match.start(), match.end())]
    return []
