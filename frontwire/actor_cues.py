"""Role cues: the words that tell an actor's side, loaded from `data/actors/roles.yaml`.

Reads `roles.yaml` (key `roles`: word lists and phrase lists, see the comments in the file) once per
process (cached). Writes a frozen `RoleCues`: word sets and compiled alternations of phrases.
Fails with the YAML parser's error on a malformed file; a missing list is empty (matches nothing).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .actor_kb import DATA_DIR, normalize

__all__ = ["RoleCues", "load_role_cues"]


@dataclass(frozen=True, slots=True)
class RoleCues:
    target_markers: frozenset[str]
    agent_markers: frozenset[str]
    pair_markers: frozenset[str]
    identity_links: frozenset[str]
    ally_links: frozenset[str]
    verbs: Any  # compiled regex of pivot verbs
    vigilante: Any  # compiled regex of vigilante cues
    defence: Any  # compiled regex: the pivot is a defending verb
    reciprocal: Any  # compiled regex: the pivot has two equal sides
    place_words: frozenset[str]
    specific_links: frozenset[str]
    not_actor_before: frozenset[str]
    topic: Any  # compiled regex: the start of a protest's topic
    state_objects: frozenset[str]  # "military munitions": a state word that names things, not forces
    community_types: dict[str, str]  # "tribesmen" -> "Tribal": the type in a coined community name
    not_community_labels: frozenset[str]  # "On", "Armed": capitalised words that name no community
    gang_signs: Any  # compiled regex: an organised-crime killing's signature ("hands tied", "drive-by")
    crowd_control_generic: frozenset[str]  # "security forces" facing a crowd: the police
    contraband: Any  # compiled regex: drugs seized, a drug lab dismantled (the other side is a gang)
    group_name: Any  # compiled regex: a capitalised name, lower-case connectors inside ("Ahrar al Sham")
    group_heads: frozenset[str]  # "brigade", "corps": a name ending so is an armed organisation
    group_members: Any  # compiled regex: "<Name> rebels", matched right after the name
    group_member_of: Any  # compiled regex: "members of (the) <Name>", matched right before it
    not_group_words: frozenset[str]  # words that never start, nor alone make, a group's name
    not_group_any: frozenset[str]  # a word anywhere in a name that makes it a state body or institution
    intervention: Any  # compiled regex: state forces broke up a fight ("police intervened", "dispersed")
    claim: Any  # compiled regex, matched right after a group: "JNIM claimed responsibility"
    blame: Any  # compiled regex, searched to end right before a group: "a police statement said, blaming"
    counter_protest: Any  # compiled regex: "a counterprotest ... organised by the SNS"
    umbrella: Any  # compiled regex, the whole gap between a group and its umbrella: ", which operates under"
    umbrella_before: Any  # compiled regex, searched before a name: it is named as an umbrella ("under OPS")
    party_name: Any  # compiled regex (case-sensitive), on an actor's name: a political party ("... Congress")
    rescue: Any  # compiled regex: state forces only saved a mob's victim ("police intervened to rescue him")
    territory: Any  # compiled regex: a verb of ground taken ("took control of X from Y": Y lost it)
    not_actor_compound: Any  # compiled regex, matched at an alias: a deed's compound ("gang raped")
    victim_verbs: Any  # compiled regex, matched at the pivot: its subject was hit ("suffered", "came under")
    drive_by: Any  # compiled regex: a drive-by shooting, a gang's hallmark
    business_hit: Any  # compiled regex: a damage verb, then a business ("hurled ... at a bank")
    business_owners: str  # who owns a damaged business, in ACLED's name ("Labour Group ({country})")
    preempt: Any  # compiled regex, matched at a defence pivot: its subject is written first ("thwarted")
    infighting: Any  # compiled regex: a fight inside one group ("two factions of X"): X on both sides
    source_before: Any  # compiled regex, searched to end right before a name: it is cited ("according to AA")
    state_sites: frozenset[str]  # "camp": after a force or armed group it is its own site ("an army camp"), no source
    faction_forms: dict[str, str]  # family name -> its faction's name ("Mayi Mayi Militia ({faction})")
    owner_before: Any  # compiled regex, searched to end right before a "security" force: a private owner
    owner_after: Any  # compiled regex, matched right after it: "of/at the <owner>"
    gang_countries: frozenset[str]  # where ACLED names an unnamed "gang" "Unidentified Gang (Country)"
    escort_verbs: frozenset[str]  # before "by": the force named after only shields the doer ("protected by soldiers")
    presence: Any  # compiled regex, matched right after a group: it is said to be present ("which operates in")
    criminal_victim: Any  # compiled regex: the one killed was a criminal ("the victim had charges against him")
    unharmed: Any  # compiled regex: the note says no one was hurt ("no fatalities nor injuries reported")
    group_apposition: Any  # compiled regex, searched to end right before a name: "the armed group, <Name>"
    single_actor_subs: frozenset[str]  # sub-event types coded with no actor2 ("Change to group/activity")
    bare_anaphors: frozenset[str]  # "insurgents": bare, still the armed group the report named before
    speaker_tail: Any  # compiled regex, matched right after a name: "in Mandera county said <not its own deed>"
    escort_tail: Any  # compiled regex, matched right after a name: ", backed by AMISOM," up to its own verb
    descriptor_links: frozenset[str]  # "al-Qaeda-linked JNIM": the first name only describes the second
    owned_by: Any  # compiled regex, matched right after a generic state word: "(post) belongs to <owner>"
    helping: Any  # compiled regex, searched to end right before a state force: "helping (the) police"
    # event country -> (breakaway state, compiled regex of its name and towns): forces named there are its
    breakaway: dict[str, tuple[str, Any]]
    opponent_branch: dict[str, str]  # group -> the state branch ACLED has facing it ("Naxal-Maoist Rebels": police)


@functools.lru_cache(maxsize=2)
def load_role_cues(path: str | None = None) -> RoleCues:
    raw = yaml.safe_load(Path(path or DATA_DIR / "roles.yaml").read_text(encoding="utf-8"))["roles"]

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize(str(w)) for w in raw.get(key, ()))

    def alternation(key: str) -> Any:
        phrases = sorted((re.escape(normalize(str(w))) for w in raw.get(key, ())), key=len, reverse=True)
        if not phrases:
            return re.compile(r"(?!x)x")  # an empty list matches nothing, not the empty string
        return re.compile(r"\b(?:" + "|".join(phrases) + r")\b")

    return RoleCues(
        words("target_markers"), words("agent_markers"), words("pair_markers"),
        words("identity_links"), words("ally_links"), alternation("verbs"), alternation("vigilante_cues"),
        alternation("defence_verbs"), alternation("reciprocal_verbs"), words("place_words"),
        words("specific_links"), words("not_actor_before"), alternation("topic_markers"), words("state_objects"),
        {normalize(str(k)): str(v) for k, v in (raw.get("community_types") or {}).items()},
        words("not_community_labels"),
        alternation("gang_signs"),
        frozenset(" ".join(normalize(str(w)).split()) for w in raw.get("crowd_control_generic", ())),
        alternation("contraband_cues"),
        _group_name(raw.get("group_name_connectors", ())),
        words("group_heads"),
        re.compile(r"\s+(?:" + "|".join(sorted(map(re.escape, map(str, raw.get("group_members", ()))), key=len,
                                                 reverse=True)) + r")\b"),
        re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, map(str, raw.get("group_member_of", ()))), key=len,
                                              reverse=True)) + r")\s+of\s+(?:the\s+)?$", re.IGNORECASE),
        words("not_group_words"),
        words("not_group_any"),
        alternation("intervention_cues"),
        # "JNIM) claimed", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed": a bracketed short name between.
        re.compile(r"(?:\s*\([^()]{1,40}\)|\))?\s+(?:(?:" + alternation("claim_speakers").pattern + r")\s+)?"
                   r"(?:(?:has|have|had|later|reportedly|allegedly|also|subsequently)\s+)?(?:"
                   + alternation("claim_phrases").pattern
                   + r"|(?:said|says|announced)\b(?:(?!" + alternation("verbs").pattern + r")[^.;]){0,40}?(?:(?<!\bof\s)"
                   + alternation("claim_said").pattern
                   + r"|\b(?:it|they)\s+(?:(?:had|have|has)\s+)?" + alternation("claim_deeds").pattern + "))"),
        re.compile(alternation("blame_verbs").pattern + _BLAMED_TAIL),
        alternation("counter_protest_cues"),
        re.compile(r"[\s,(]*(?:(?:which|who|that|both|all|also)\s+)*(?:" + alternation("umbrella_verbs").pattern
                   + r")\s+(?:the\s+)?(?:(?:umbrella|banner|command)\s+of\s+(?:the\s+)?)?"),
        re.compile(r"(?:" + alternation("umbrella_verbs").pattern + r")\s+(?:the\s+)?$"),
        re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in raw.get("party_name_words", ()) or ("(?!x)x",))
                   + r")\b"),
        alternation("rescue_cues"),
        alternation("territory_verbs"),
        alternation("not_actor_compounds"),
        alternation("victim_verbs"),
        alternation("drive_by_signs"),
        re.compile(alternation("business_damage").pattern + r"(?:(?!" + alternation("business_beside").pattern
                   + r")[^.;]){0,60}?" + alternation("business_targets").pattern),
        str(raw.get("business_owners", "")),
        alternation("preempt_verbs"),
        alternation("infighting_cues"),
        re.compile(r"(?:" + alternation("source_markers").pattern + r")\s+(?:the\s+)?$"),
        words("state_sites"),
        {str(k): str(v) for k, v in (raw.get("faction_forms") or {}).items()},
        re.compile(alternation("private_owners").pattern + r"(?: s)?\s+$"),
        re.compile(r"\s+(?:of|at|from|guarding)\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z]+\s+)?"
                   + alternation("private_owners").pattern),
        frozenset(str(c) for c in raw.get("gang_countries", ())),
        words("escort_verbs"),
        re.compile(r"[^.;]{0,40}?" + alternation("presence_cues").pattern) if raw.get("presence_cues") else re.compile(""),
        alternation("criminal_victim_signs"),
        alternation("unharmed_phrases"),
        re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, map(str, raw.get("group_apposition", ()))), key=len,
                                              reverse=True) or ["(?!x)x"]) + r")\s*(?:,|\s(?:called|named|known as))\s+"
                   r"(?:the\s+)?$", re.IGNORECASE),
        frozenset(str(s) for s in raw.get("single_actor_subs", ())),
        words("bare_anaphors"),
        # The place runs to the verb within one clause ("the said barangay" is no verb); what is said then
        # opens with another's deed, not with "they"/"its" (said on Tuesday that they ...).
        re.compile(r"\s+(?:" + alternation("speaker_places").pattern + r")\s+[^.;,]{1,40}?\s+(?<!\bthe\s)(?:"
                   + alternation("speaker_verbs").pattern + r")(?!\s+(?:(?:on|that|late|early|last)\s+|\w+day\s+)*(?:it|they|its|their|we|our)\b)"),
        # "Somali troops backed by AMISOM killed": the backer named between the subject and its verb.
        re.compile(r",?\s+(?:" + alternation("escort_verbs").pattern + r")\s+by\s+[^.;]{1,50}?,?(?=\s(?:"
                   + alternation("verbs").pattern + r"))"),
        words("descriptor_links"),
        # Up to two words of the thing ("post", "air drone"; or none where the alias holds it: "military post"), then its owner.
        re.compile(r"(?:\s+[a-z]+){0,2}\s+(?:" + alternation("owned_by").pattern + r")\s"),
        re.compile(r"(?:" + alternation("helping_words").pattern + r")\s+(?:the\s+|local\s+)*$"),
        {str(country): (str(v["state"]), re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, map(str, v["places"])),
                                                                           key=len, reverse=True)) + r")\b"))
         for country, v in (raw.get("breakaway_states") or {}).items()},
        {str(k): str(v) for k, v in (raw.get("opponent_branch") or {}).items()},
    )  # fmt: skip


# After a blame verb, up to the group: "blamed the attack on", "attributed it to", "blaming forces loyal to".
_BLAMED_TAIL = (
    r"\s+(?:(?:the|an|a|it|this|that)\s+)?(?:(?:attack|attacks|killing|killings|bombing|blast|explosion|"
    r"violence|incident|assault|ambush)\s+)?(?:(?:on|to)\s+)?(?:(?:the|suspected|alleged)\s+)?"
    r"(?:(?:forces|fighters|militants|militiamen|members|dissidents|elements)\s+(?:loyal\s+to|of)\s+"
    r"(?:the\s+)?(?:former\s+)?)?$"
)


def _group_name(connectors: Any) -> Any:
    """A run of capitalised words, lower-case connectors allowed between them."""
    cap = r"[A-Z][\w'’\-]*"
    joins = "|".join(sorted((re.escape(str(c)) for c in connectors), key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"(?<![\w'’\-]){cap}(?: (?:(?:{joins}) )*{cap})*")
