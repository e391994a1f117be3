"""Guards on the event classifier's best guess: sub-types a mention's own words or parties rule out.

Reads the model's class scores for a mention, its features (`classify.mention_features`), its text and
main sentence, and the guard lists of `data/triggers.yaml` (compiled once by cached loaders):
`demonstration_cues`/`harm_cues` (a Peaceful protest needs a demonstration told when harm is),
`excluded_doers` (actor inter classes whose deed a sub-type cannot be: a rebel group is no mob),
`excluded_by` (cues that rule a sub-type out: an Agreement that tells a killing) and `excluded_roles`
(doer>target role classes of the main deed: state forces beating civilians is no Mob violence).
Writes nothing; returns the index of the best sub-type no guard rules out. Each guard hands the choice
to the next best sub-type, and a sub-type once ruled out never comes back. Fails only at load time
(KeyError or yaml error) when triggers.yaml lacks the demonstration or harm cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import yaml

from .event_features import role_features
from .taxonomy import event_type_of
from .trigger_lexicon import compile_terms, load_lexicon, text_triggers

__all__ = ["deed_roles", "guarded_best", "load_doer_exclusions", "load_exclusions", "load_role_exclusions"]

_NEEDS_DEMONSTRATION = "Peaceful protest"


@lru_cache(maxsize=1)
def load_guard_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`triggers.yaml`'s demonstration cues and harm cues, compiled once."""
    text = resources.files("frontwire").joinpath("data/triggers.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    return compile_terms(raw["demonstration_cues"]), compile_terms(raw["harm_cues"])


def deed_roles(main_sentence: str) -> str:
    """Who did the main deed to whom, as "doer>target" role classes (`event_features.role_features`);
    read around the deed, not a doer noun that is also a trigger ("gunmen shot a man")."""
    agents = load_lexicon().agents
    triggers = text_triggers(main_sentence)
    deeds = [t for t in triggers if t.span.text.lower() not in agents] or list(triggers)
    if not deeds:
        return "none>none"
    return role_features(main_sentence, deeds[0].span.start, deeds[0].span.end)[2][len("role:") :]


@dataclass(frozen=True, slots=True)
class RoleExclusion:
    """A sub-type the main deed's doer>target roles rule out, unless the main sentence tells a cue."""

    roles: frozenset[str]
    unless: re.Pattern[str] | None

    def applies(self, main_sentence: str) -> bool:
        if self.unless is not None and self.unless.search(main_sentence):
            return False
        return deed_roles(main_sentence) in self.roles


@dataclass(frozen=True, slots=True)
class RoleExclusions:
    """A sub-type's role exclusions: it is ruled out when any one applies (each has its own cues)."""

    rules: tuple[RoleExclusion, ...]

    def applies(self, main_sentence: str) -> bool:
        return any(rule.applies(main_sentence) for rule in self.rules)


@lru_cache(maxsize=1)
def load_role_exclusions() -> dict[str, RoleExclusions]:
    """`triggers.yaml`'s `excluded_roles` (one rule or a list of rules per sub-type), compiled once."""
    text = resources.files("frontwire").joinpath("data/triggers.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text).get("excluded_roles", {})
    return {
        str(sub): RoleExclusions(
            tuple(
                RoleExclusion(
                    roles=frozenset(str(p) for p in rule["roles"]),
                    unless=compile_terms(rule["unless"]) if rule.get("unless") else None,
                )
                for rule in (rules if isinstance(rules, list) else [rules])
            )
        )
        for sub, rules in raw.items()
    }


@lru_cache(maxsize=1)
def load_exclusions() -> dict[str, re.Pattern[str]]:
    """`triggers.yaml`'s `excluded_by`: per sub-type, the cues that rule it out, compiled once."""
    text = resources.files("frontwire").joinpath("data/triggers.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text).get("excluded_by", {})
    return {str(sub): compile_terms(terms) for sub, terms in raw.items()}


@lru_cache(maxsize=1)
def load_doer_exclusions() -> dict[str, tuple[str, ...]]:
    """`triggers.yaml`'s `excluded_doers`: per sub-type, the actor inter classes (`event_features`)
    whose doing it cannot be, as doers of the main deed."""
    text = resources.files("frontwire").joinpath("data/triggers.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text).get("excluded_doers", {})
    return {str(sub): tuple(str(inter) for inter in inters) for sub, inters in raw.items()}


def _harm_without_demonstration(text: str) -> bool:
    demonstration, harm = load_guard_cues()
    return harm.search(text) is not None and demonstration.search(text) is None


def guarded_best(
    classes: tuple[str, ...], scores: np.ndarray, features: list[str], text: str, main_sentence: str | None
) -> int:
    """The best-scoring sub-type that no guard of `triggers.yaml` rules out for this mention."""
    best = int(scores.argmax())
    if classes[best] == _NEEDS_DEMONSTRATION and _harm_without_demonstration(text):
        # A peaceful protest with no demonstration told is a misread of harm: the next best
        # sub-type outside the demonstrations wins.
        allowed = [i for i, name in enumerate(classes) if event_type_of(name) != "Protests"]
        best = max(allowed, key=lambda i: scores[i])
    ruled: set[int] = set()  # sub-types a guard has ruled out, so a later guard never brings one back
    doers = load_doer_exclusions().get(classes[best])
    if doers and any(f.startswith(tuple("pre:" + inter for inter in doers)) for f in features):
        # "Al Shabaab fighters executed two men they accused of spying, residents said": a rebel group
        # is no mob, whatever the sources' words; the next best sub-type wins.
        ruled.add(best)
        best = max((i for i in range(len(classes)) if i not in ruled), key=lambda i: scores[i])
    excluded = load_exclusions().get(classes[best])
    if excluded is not None and excluded.search(text):
        # "A former rebel who had signed the peace deal was shot dead": a non-violent sub-type
        # cannot be the deed of a mention that tells a killing; the next best sub-type wins.
        ruled.add(best)
        best = max((i for i in range(len(classes)) if i not in ruled), key=lambda i: scores[i])
    ruled_out = load_role_exclusions().get(classes[best])
    if ruled_out is not None and ruled_out.applies(main_sentence if main_sentence is not None else text):
        # "Police beat traders for flouting the lockdown": state forces are no mob; the best
        # sub-type of another event type wins.
        kind = event_type_of(classes[best])
        best = max((i for i in range(len(classes)) if event_type_of(classes[i]) != kind),
                   key=lambda i: scores[i])  # fmt: skip
    return best
