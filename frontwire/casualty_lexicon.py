"""The casualty lexicon: `data/numbers.yaml` compiled once into the patterns `casualty_clauses` reads.

Reads `frontwire/data/numbers.yaml` (number words, victim nouns, death and injury verbs, hedges,
toll phrases, reporting verbs); writes one frozen `CasualtyLexicon` whose fields are the word sets
and compiled clause patterns: victims before a passive verb, after an active verb, before a death
noun, around "to death"/"dead", toll phrases, the same for the injured. Built once per process
(`casualty_lexicon`, cached) so no sentence pays for compiling a pattern. A missing or malformed
data file raises at the first call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from .date_expressions import month_names

__all__ = ["CasualtyLexicon", "casualty_lexicon"]

_PASSIVE_NEXT = (
    r"(?:by|in|at|on|near|during|after|before|when|while|as|following|overnight|and|outside|inside|over|across|"
    r"along|since|for|with|without|last|this|yesterday|today|earlier|later|each|respectively|between|"
    r"amid|around|from|under|reportedly|allegedly|instantly|immediately|on\s+the\s+spot|too|both|so\s+far|"
    r"(?:of|to)\s+(?:their|his|her)\s+(?:wounds|injuries)|including|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# A relative clause between the victims and their verb: "A former rebel who had signed the peace
# deal was shot dead", "Two gunmen who had stormed the church, killing a priest, were shot dead".
_RELATIVE = r"(?:\s*,?\s+(?-i:who)\s+[^.;()\d]{1,80}?,?)?"
# Verbs that take a victim before "to death"/"dead": "beat a thief to death", "shot six of them dead".
_VIOLENT = (
    r"(?:shot|shoot|shoots|shooting|beat|beats|beating|beaten|stoned|stone|stones|stoning|hacked|hacking|stabbed|"
    r"stabbing|burnt|burned|burning|clubbed|bludgeoned|strangled|choked|tortured|starved|kicked|lynched)"
)
# When-phrases that may sit between the auxiliary and the verb: "A herder was on Friday killed".
_WHEN = (
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:last|this)\s+(?:night|week|morning|evening)"
    r"|yesterday|today|overnight)"
)
# After a bare victim: a participle or pronoun starting a new clause ("kills man suspected of", "civilian they").
_BARE_NEXT = r"(?:[a-z]+ed|they|he|she|who|whom|that|of)\b"


@dataclass(frozen=True, slots=True)
class CasualtyLexicon:
    words: dict[str, int]  # every number word and vague quantity, lower case
    tens: dict[str, int]
    non_person: frozenset[str]
    not_dead: tuple[str, ...]
    death_words: frozenset[str]
    noun_only: frozenset[str]
    mixed: re.Pattern[str]
    mask: re.Pattern[str]
    passive: re.Pattern[str]
    active: re.Pattern[str]
    noun: re.Pattern[str]
    to_death: re.Pattern[str]
    toll: re.Pattern[str]
    noun_list: re.Pattern[str]
    mixed_figure: re.Pattern[str]
    bare_passive: re.Pattern[str]
    bare_active: re.Pattern[str]
    bare_to_death: re.Pattern[str]
    not_one: frozenset[str]
    person_nouns: frozenset[str]
    person_suffixes: tuple[str, ...]
    elsewhere: re.Pattern[str]
    cause: tuple[str, ...]
    injured_passive: re.Pattern[str]
    injured_active: re.Pattern[str]
    share: tuple[re.Pattern[str], ...]
    split: tuple[re.Pattern[str], ...]
    split_total: tuple[re.Pattern[str], ...]
    coded: tuple[re.Pattern[str], ...]
    needs_dead: tuple[str, ...]
    death_hint: re.Pattern[str]
    hurt_hint: re.Pattern[str]
    toll_far: re.Pattern[str]
    backshift: tuple[str, ...]
    reporting: re.Pattern[str]
    competing: re.Pattern[str]
    topic: re.Pattern[str]  # a protest's or an arrest's topic in the clause before a death
    victim_side: dict[str, str]  # victim noun -> the side it names ("soldiers" -> "forces")
    loss_verbs: frozenset[str]  # "lost"/"losing": a death verb only before people ("lost five men")
    people_plurals: frozenset[str]  # plural person nouns the singular lists miss ("men", "members")
    named_passive: re.Pattern[str]  # a named person before "was killed"
    own_death: re.Pattern[str]  # "..., resulting in his death": one victim told by a pronoun
    pair_passive: re.Pattern[str]  # "The officer and her daughter died": two victims, no figure
    named_victim: re.Pattern[str]  # a person named after an active death verb ("shot dead Musa Bello, a ...")
    later_deaths: re.Pattern[str]  # right after a figure: the dead were among the wounded ("of the injured")
    toll_raised: re.Pattern[str]  # "bringing to five the number killed", "raising the toll from X to nine"
    attacker_end: re.Pattern[str]  # "killed five people before he was shot dead by police": the attacker
    self_blast: re.Pattern[str]  # a suicide attacker's own death told as the act ("blew himself up")
    separate: re.Pattern[str]  # a sentence opening that tells another incident ("Separately, ...")
    pronoun_victim: re.Pattern[str]  # "dragged a headman out and killed him": the victim told by a pronoun
    antecedent: re.Pattern[str]  # a figure of people a later "them" may stand for ("seized two drivers")


def _alt(words: Any) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_STEM_SKIP = frozenset(
    ["the", "of", "a", "an", "to", "and", "their", "his", "her", "were", "was", "or", "by"]
)


def _stems(phrases: list[str]) -> str:
    """An alternation of the first four letters of every content word: a cheap test that a sentence
    may hold one of `phrases` at all."""
    stems = {w[:4] for p in phrases for w in p.lower().split() if w not in _STEM_SKIP}
    return r"\b(?:" + "|".join(sorted(map(re.escape, stems))) + ")"


@lru_cache(maxsize=1)
def casualty_lexicon() -> CasualtyLexicon:
    raw = yaml.safe_load(resources.files("frontwire").joinpath("data/numbers.yaml").read_text("utf-8"))
    units = {str(k): int(v) for k, v in raw["units"].items()}
    tens = {str(k): int(v) for k, v in raw["tens"].items()}
    vague = {str(k): int(v) for k, v in raw["vague"].items()}
    words = {**units, **tens, **vague, **{str(k): int(v) for k, v in raw["scales"].items()}}
    word_alt = _alt(set(units) | set(tens) | set(vague) - {"no"})
    qual = _alt(raw["qualifiers"])
    # A figure: digits (maybe a range "2-4"), number words ("twenty-three"), or a vague quantity.
    qty = (
        rf"(?:between\s+\d+\s+and\s+\d+\b|(?:(?:{qual})\s+)?(?:\d[\d,]*(?:\s*(?:-|–|to|or)\s*\d+)?(?![\d,]*-year|\s*(?:years?|yrs?)\s+old)"
        # "one hundred and twenty", "two hundred": spelled out at a sentence start
        rf"|(?:{_alt(units)})\s+hundred(?:\s+(?:and\s+)?(?:(?:{_alt(tens)})(?:[\s-](?:{_alt(units)}))?|(?:{_alt(units)})))?"
        rf"|(?:{_alt(tens)})(?:[\s-](?:{_alt(units)}))?|(?:{word_alt}))\b)"
    )
    aux = (
        r"(?:(?:who|that)\s+)?(?:were|was|are|is|have\s+been|has\s+been|had\s+been|(?:had|have|has)(?=\s+(?:died|perished|succumbed))|being|got|been|all|also|later|"
        # "A girl and her grandmother were among those killed"
        rf"reportedly|allegedly|subsequently|eventually|reported|found|{_WHEN}|among\s+(?:those|the\s+(?:people|victims))|"
        r"(?:shot|[a-z]+ed)\s+and|severely|seriously|critically|badly|slightly|lightly|mortally|gravely|\s)*"
    )
    stop = r"(?-i:or|but|who|which|that|were|was|are|is|have|has|had|been|by|in|on|at|after|when|while|during|with|as|from|of|reportedly|[Ww]ho|[Ww]hich|[Aa]fter|[Ww]hen|[Ww]hile|[Dd]uring)"
    # A victim noun phrase: a few words, with "and" only when no second figure follows it.
    # A participle closing a conjunct is a verb, not a noun: "15 captured and 1 killed" counts 1.
    breakers = _alt(raw["np_breakers"])
    # "a woman and her two children"; "six soldiers and their interpreter" is one more person
    later_qty = rf"(?:(?:(?-i:his|her|their)\s+)?{qty}|(?-i:his|her|their)\b)"
    np = (
        rf"(?:\s+(?!{stop}\b)(?!(?:{breakers})\b)(?!and\s+{later_qty})(?!\d)(?![\w-]+ed(?:\s*,|\s+and\b))"
        rf"[\w'’.()\"“”/-]+){{0,6}}?"
    )
    # "two of the suspected bandits", "1 of whom", "5 people in Ruaraka"
    # ", including 12 children," inside a victim phrase is a breakdown, skipped over
    of_np = (
        rf"{np}(?:\s+(?:of|in(?!\s+addition\b)|from)(?:\s+(?:the|them|his|her|their|whom|those))?"
        # "two of the wounded later died": after "of the" an injury word is a noun
        rf"(?:\s+(?-i:wounded|injured)(?=\s))?{np})?"
        # ", three of them policemen," too
        r"(?:\s*[,(–-]\s*(?:including|among\s+them|mostly|mainly|(?:\w+\s+){1,2}?of\s+(?:them|whom))\s+[^,;.()]{1,60}[,)–-]"
        # "five security personnel including one policeman and four soldiers were killed"
        r"|\s+including\s+[^,;.()]{1,60}?(?=\s+(?:were|was|have|has|had)\s)"
        # "Two people, a policeman and a passer-by, were killed": an apposition naming those counted
        r"|\s*,\s*(?:an?|the|one|two|three|four|five|\d+)\s[^,;.()]{1,60},(?=\s+(?:were|was|have|has|had)\s))?"
    )
    sep = (
        r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+plus\s+|\s+in\s+addition\s+to\s+"
        r"|\s+along\s+with\s+|\s+together\s+with\s+)"
    )
    # Later conjuncts may be one person named by a possessive: "a councillor and his wife"; a conjunct
    # "2 of them" breaks down the figure before it ("killed 3 people, 2 of them children").
    # A figure straight before an injury word is the injured, not victims: "1 killed 3 injured".
    not_hurt = rf"(?!\s+(?:{_alt(raw['injury_words'])})\b)"
    # ", a police officer said": the source of the figures, not one more victim
    not_source = rf"(?![^,.;()]{{0,40}}?\b(?:{_alt(raw['reporting_verbs'])})\b)"

    # After an active verb nothing ends the victim phrase, so it is read greedily: "killed a policeman
    # and two civilians" must reach the second figure.
    greedy_np = of_np.replace("}}?", "}}").replace("{0,6}?", "{0,6}")

    def chain(n: int, deaths: bool = True, greedy: bool = False) -> str:
        guard = not_hurt if deaths else ""
        tail = greedy_np if greedy else of_np
        return "".join(
            rf"(?P<q{i}>{qty}){guard}{tail}"
            if i == 0
            else rf"(?:{sep}(?P<q{i}>{later_qty})(?!\s+of\s+(?:them|whom|those)\b){not_source}{guard}{tail})?"
            for i in range(n)
        )

    months = _alt(month_names())
    death_p, death_a = _alt(raw["death_passive"]), _alt(raw["death_active"])
    inj = _alt(raw["injury_words"])
    flags = re.IGNORECASE
    return CasualtyLexicon(
        words=words,
        tens=tens,
        non_person=frozenset(w.lower() for w in raw["non_person"]),
        not_dead=tuple(w.lower() for w in raw["not_dead"]),
        death_words=frozenset(w.split()[0].lower() for w in [*raw["death_passive"], *raw["injury_words"]]),
        noun_only=frozenset(w.lower() for w in raw["noun_only_hedges"]),
        mixed=re.compile(rf"\b(?:{_alt(raw['mixed'])})\b", flags),
        mask=re.compile(
            rf"\[size=[^\]]*\]|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})\b\.?(?:,?\s+\d{{4}})?"
            rf"|\b(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?|\b(?:1[89]|20)\d\d\b"
            r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}[:.]\d\d\b|\b\d+\s*(?:-|\s)?year\S*?[\s-]+old\b"
            r"|\b[a-z]+[\s-]+(?:year|month)s?[\s-]+old\b"
        ),
        # The verb must end its clause ("were killed by/in/."), so "A mob lynched two men" is not read as passive.
        passive=re.compile(
            rf"\b{chain(4)}{_RELATIVE}\s+{aux}(?P<verb>{death_p})\b(?=\s*(?:$|[.,;:()\-–\[]|{_PASSIVE_NEXT}))"
            # a figure right after the verb makes it active: "the two clans killed at least 20 people"
            rf"(?!\s+{qty}\s+(?!(?:{_alt(raw['non_person'])}|{stop}|sides)\b)[a-z])",
            flags,
        ),
        # "killing himself and five worshippers": the bomber is one of the dead ACLED counts
        active=re.compile(
            # "killed the village chief and his two sons": one named person before the figure
            rf"\b(?P<verb>{death_a})\s+(?:(?P<self>(?-i:himself|herself)|(?-i:the)\s+(?:[\w'’-]+\s+){{0,2}}?"
            rf"(?:{_alt(raw['person_nouns'])}|[a-z'’-]+(?:{_alt(raw['person_suffixes'])})))\s+(?:and|along\s+with)\s+"
            r"(?:(?-i:his|her|their)\s+)?)?"
            # "the bodies of the two abducted teachers", "killed the three men"
            r"(?:(?-i:the|these|those)\s+)?"
            rf"{chain(4, greedy=True)}",
            flags,
        ),
        # "4 dead", "2 people dead", "6 rebel fatalities"
        noun=re.compile(
            rf"\b(?P<q0>{qty})(?:\s+(?:people|persons|more|others|of\s+them|(?:[\w-]+\s+){{0,1}}[\w-]+(?=\s+(?:fatalit|deaths))))?\s+(?P<verb>{_alt(raw['death_nouns'])})\b",
            flags,
        ),
        # "the death toll rose to 9", "a death toll of 12"
        # "resulting in 25 ADF fighters and 6 military fatalities": only the unambiguous nouns take a list
        # "Seven people were killed or wounded", "killing or wounding 12", "12 casualties"
        mixed_figure=re.compile(
            rf"\b(?P<q0>{qty})(?:\s+[\w-]+){{0,4}}?\s+(?:were\s+|was\s+|reportedly\s+)*(?:{_alt(raw['mixed'])})\b"
            rf"|\b(?:killed|killing|kills)\s+(?:or|and)\s+(?:wounded|wounding|injured|injuring)\s+(?P<q1>{qty})",
            flags,
        ),
        noun_list=re.compile(rf"\b{chain(3)}\s+(?P<verb>fatalities|deaths)\b", flags),
        toll=re.compile(
            rf"\b(?P<verb>death\s+toll|toll|number\s+of\s+(?:dead|deaths|fatalities))\s+(?:[a-z]+\s+){{0,3}}?"
            rf"(?:to|of|at|reached|hit|is|was)\s+(?P<q0>{qty})",
            flags,
        ),
        # "beat a suspected thief to death", "shot six of the robbers dead"
        to_death=re.compile(rf"\b(?P<verb>{_VIOLENT})\s+{chain(2)}\s+(?:to\s+death|dead)\b", flags),
        # Headline style with no figure: "Policeman killed after ambush", "kill mobile phone company employee"
        bare_passive=re.compile(
            rf"(?:^|(?<=[.;:!?])\s+|,\s+)(?:[\w'-]+\s+){{0,3}}?(?P<head>[\w'-]+){_RELATIVE}\s+"
            rf"(?:was\s+|is\s+|has\s+been\s+|reportedly\s+|later\s+|also\s+|{_WHEN}\s+)*(?P<verb>{death_p})\b"
            rf"(?=\s*(?:$|[.,;:()\-–]|{_PASSIVE_NEXT}))",
            flags,
        ),
        bare_active=re.compile(
            rf"\b(?P<verb>{_alt(set(raw['death_active']) - set(raw['needs_dead_after']))})\s+"
            rf"(?:his\s+|her\s+|the\s+)?(?:(?!{stop}\b)[\w'-]+\s+){{0,3}}?(?P<head>[\w'-]+)"
            rf"(?=\s*(?:$|[.,;:()\-–]|{_PASSIVE_NEXT}|{_BARE_NEXT}))",
            flags,
        ),
        # "Police shoot Al Shabaab suspect dead", "beat a suspected thief to death"
        # "leaving the driver dead": "leaving"/"left" only before "dead"
        bare_to_death=re.compile(
            rf"\b(?P<verb>{_VIOLENT}|leaving|left)\s+"
            rf"(?:a\s+|an\s+|the\s+|his\s+|her\s+)?(?:(?!{stop}\b)[\w'-]+\s+){{0,3}}?(?P<head>[\w'-]+)"
            r"\s+(?:to\s+death|dead)\b",
            flags,
        ),
        not_one=frozenset(w.lower() for w in raw["not_one_person"]),
        person_nouns=frozenset(w.lower() for w in raw["person_nouns"]),
        person_suffixes=tuple(raw["person_suffixes"]),
        elsewhere=re.compile(rf"^[^.;]{{0,60}}?\b(?:{_alt(raw['counted_elsewhere'])})", flags),
        cause=tuple(w.lower() for w in raw["cause_hedges"]),
        injured_passive=re.compile(rf"\b{chain(3, False)}\s+{aux}(?P<verb>{inj})\b", flags),
        injured_active=re.compile(rf"\b(?P<verb>{inj})\s+{chain(3, False, greedy=True)}", flags),
        share=tuple(re.compile(p, flags) for p in raw["share_statements"]),
        split=tuple(re.compile(p, flags) for p in raw["split_statements"]),
        split_total=tuple(re.compile(p, flags) for p in raw["split_total_statements"]),
        coded=tuple(re.compile(p, flags) for p in raw["coded_statements"]),
        needs_dead=tuple(w.lower() for w in raw["needs_dead_after"]),
        # The word starts every death clause contains ("kill" in "killing"), from the lexicon's words.
        death_hint=re.compile(
            _stems([*raw["death_passive"], *raw["death_active"], *raw["death_nouns"], "toll"]), flags
        ),
        hurt_hint=re.compile(_stems(raw["injury_words"]), flags),
        # "The death toll from Thursday's attack on a market in Kaya rose to 15"
        toll_far=re.compile(
            rf"\b(?P<verb>death\s+toll|toll)\s+(?:from|in|of)\s+[^.;:]{{0,100}}?\s+(?:has\s+|had\s+)?"
            rf"(?:rose|risen|climbed|increased|jumped|reached)\s+(?:to\s+)?(?P<q0>{qty})",
            flags,
        ),
        backshift=tuple(w.lower() for w in raw.get("backshift_hedges", [])),
        reporting=re.compile(rf"\b(?:{_alt(raw['reporting_verbs'])})\b", flags),
        competing=re.compile("|".join(raw["competing_toll"]), flags),
        victim_side={w.lower(): side for side, ws in raw.get("victim_sides", {}).items() for w in ws},
        loss_verbs=frozenset(w.lower() for w in raw.get("loss_verbs", [])),
        topic=re.compile("|".join(f"(?:{p})" for p in raw.get("topic_links", [])) or r"(?!)", flags),
        people_plurals=frozenset(w.lower() for w in raw.get("people_plurals", [])),
        # One person named after an active death verb: a title before the name ("killed Father John
        # Okoro") or a person apposition after it ("shot dead Musa Bello, a ward councillor,").
        named_victim=re.compile(
            rf"\b(?P<verb>{_alt(set(raw['death_active']) - set(raw['needs_dead_after']) - set(raw['loss_verbs']))})\s+"
            # "killed Kabul University lecturer Ahmad Shah": a person noun before the name is a title too
            rf"(?:(?P<title>(?-i:{_alt(raw.get('person_titles', ['Mr']))})\.?|(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?"
            rf"(?-i:{_alt(raw['person_nouns'])})(?=\s+[A-Z]))\s+)?"
            r"(?P<head>(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}))"
            r"(?(title)(?=\s*(?:[,.;]|$|\s+(?-i:in|on|at|near|during|after|while|as|and)\b))"
            r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,)",
            flags,
        ),
        # "Jamal Khan, a local journalist, was shot dead", "Father John Okoro was killed": one person
        named_passive=re.compile(
            rf"(?:^|(?<=[.;:])\s+)(?:(?:(?-i:{_alt(raw.get('person_titles', ['Mr']))})\.?|(?:[\w'’-]+\s+){{0,3}}?"
            rf"(?-i:{_alt(raw['person_nouns'])}))\s+)?(?P<head>(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{1,3}}))"
            r"(?:\s*,\s+(?:a|an|the)\s+[^,.;]{1,50},)?\s+(?-i:was|has\s+been)\s+(?:later\s+|reportedly\s+|allegedly\s+)?"
            rf"(?P<verb>{death_p})\b",
            flags,
        ),
        own_death=re.compile("|".join(raw.get("own_death", [])) or r"(?!)", flags),
        pair_passive=re.compile(
            rf"(?:^|(?<=[.;:])\s+|,\s+)(?-i:[Tt]he)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<head>{_alt(raw['person_nouns'])}|"
            rf"[a-z'’-]+(?:{_alt(raw['person_suffixes'])}))\s+and\s+(?-i:his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+\s+"
            rf"(?:were\s+|have\s+been\s+|had\s+been\s+|both\s+|later\s+)*(?P<verb>{death_p})\b",
            flags,
        ),
        later_deaths=re.compile("|".join(raw.get("later_deaths", [])) or r"(?!)", flags),
        # A death that raises an earlier toll, told with the new total: "bringing to five the number of
        # soldiers killed", "raising the death toll from the attack on Kadisau to nine"
        toll_raised=re.compile(
            r"\b(?P<verb>bringing|raising|taking|pushing|brought|raised|took|pushed)\s+(?:"
            rf"to\s+(?P<q0>{qty})\s+the\s+(?:(?:death\s+)?toll|number\s+of\s+(?:[\w'’-]+\s+){{0,4}}?(?:dead|deaths|killed|fatalities))\b"
            rf"|the\s+(?:death\s+)?toll\s+(?:from|in|of)\s+[^.;:]{{0,100}}?\s+to\s+(?P<q1>{qty}))",
            flags,
        ),
        attacker_end=re.compile("|".join(f"(?:{p})" for p in raw.get("attacker_end", [])) or r"(?!)", flags),
        self_blast=re.compile("|".join(f"(?:{p})" for p in raw.get("self_blast", [])) or r"(?!)", flags),
        separate=re.compile(
            "|".join(f"(?:{p})" for p in raw.get("separate_event_openers", [])) or r"(?!)", flags
        ),
        # The object pronoun must end the clause: "killed her husband" names the victim by a noun.
        pronoun_victim=re.compile(
            rf"\b(?P<verb>{_alt(set(raw['death_active']) - set(raw['needs_dead_after']) - set(raw['loss_verbs']))})"
            rf"\s+(?P<head>(?-i:him|her|them))(?:\s+(?:dead|to\s+death))?(?=\s*(?:$|[.,;:()\-–]|{_PASSIVE_NEXT}))",
            flags,
        ),
        antecedent=re.compile(
            rf"\b(?P<q0>{qty})\s+(?:[\w'’-]+\s+){{0,2}}?"
            rf"(?:{_alt({w + 's' for w in raw['person_nouns']} | set(raw.get('people_plurals', [])) | {w for ws in raw.get('victim_sides', {}).values() for w in ws})})\b",
            flags,
        ),
    )
