"""Casualty clauses: the figures a sentence gives for the dead and the injured, clause by clause.

Reads one sentence's text (already masked with `masked`, which blanks dates, times, ages and coder
tags to the same length so their digits never count); writes `Figure`s: the span of each victim
figure, its low/high value and where its clause starts. `count_casualties` in `fatalities.py`
decides how figures and sentences combine into one event's toll.

Clause shapes, compiled once from `data/numbers.yaml` into `CasualtyLexicon`: victims before a
passive verb ("at least 9 soldiers and 5 militants were killed"), after an active verb ("killing
five civilians"), before a death noun ("4 dead", "6 rebel fatalities"), around "to death"/"dead"
("shot six of the robbers dead"), toll phrases ("the death toll rose to 9"), the same for the
injured, and one bare singular victim when no figure is given ("Policeman killed"). A figure is
dropped when its noun names things ("120 military vehicles"), when the verb mixes dead and
wounded ("killed or wounded"), or when a hedge says nobody died or it was another event ("nearly
lynched", "protested the death of"). `parse_quantity` reads one figure ("at least 9", "2-4",
"dozens"). A missing or malformed data file raises at the first call; odd text never raises, and
an unreadable figure is simply not returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from .date_expressions import month_names

__all__ = [
    "CasualtyLexicon",
    "Figure",
    "bare_victim",
    "casualty_lexicon",
    "clause_figures",
    "masked",
    "parse_quantity",
    "victim_sides",
]


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
        rf"|(?:{_alt(tens)})(?:[\s-](?:{_alt(units)}))?|(?:{word_alt}))\b)"
    )
    aux = (
        r"(?:(?:who|that)\s+)?(?:were|was|are|is|have\s+been|has\s+been|had\s+been|(?:had|have|has)(?=\s+(?:died|perished|succumbed))|being|got|been|all|also|later|"
        rf"reportedly|allegedly|subsequently|eventually|reported|found|{_WHEN}|"
        r"(?:shot|[a-z]+ed)\s+and|severely|seriously|critically|badly|slightly|lightly|mortally|gravely|\s)*"
    )
    stop = r"(?-i:or|but|who|which|that|were|was|are|is|have|has|had|been|by|in|on|at|after|when|while|during|with|as|from|of|reportedly|[Ww]ho|[Ww]hich|[Aa]fter|[Ww]hen|[Ww]hile|[Dd]uring)"
    # A victim noun phrase: a few words, with "and" only when no second figure follows it.
    # A participle closing a conjunct is a verb, not a noun: "15 captured and 1 killed" counts 1.
    breakers = _alt(raw["np_breakers"])
    later_qty = rf"(?:(?:(?-i:his|her|their)\s+)?{qty}|(?-i:his|her)\b)"  # "a woman and her two children"
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
        r"|\s+including\s+[^,;.()]{1,60}?(?=\s+(?:were|was|have|has|had)\s))?"
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
        active=re.compile(rf"\b(?P<verb>{death_a})\s+{chain(4, greedy=True)}", flags),
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
            rf"(?:was\s+|is\s+|has\s+been\s+|reportedly\s+|{_WHEN}\s+)*(?P<verb>{death_p})\b"
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
        bare_to_death=re.compile(
            rf"\b(?P<verb>{_VIOLENT})\s+"
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
    )


_PASSIVE_NEXT = (
    r"(?:by|in|at|on|near|during|after|before|when|while|as|following|overnight|and|outside|inside|over|across|"
    r"along|since|for|with|without|last|this|yesterday|today|earlier|later|each|respectively|between|"
    r"amid|around|from|under|reportedly|allegedly|instantly|immediately|on\s+the\s+spot|too|both|so\s+far|"
    r"of\s+(?:their|his|her)\s+(?:wounds|injuries)|including|"
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
_LEADING_QUALIFIER = re.compile(
    r"^(?:at\s+least|more\s+than|over|some|about|around|nearly|almost|up\s+to|approximately|"
    r"an\s+estimated|as\s+many\s+as|roughly|close\s+to|a\s+total\s+of|a\s+further|another|an\s+additional|all|"
    r"his|her|their)\s+",
    re.IGNORECASE,
)
_RANGE = re.compile(r"^(?:between\s+)?(\d[\d,]*)\s*(?:-|–|to|or|and)\s*(\d+)$")


def parse_quantity(text: str) -> tuple[int, int] | None:
    """A figure as (low, high): "at least 9" -> (9, 9), "2-4" -> (2, 4), "dozens" -> (12, 12)."""
    lex = casualty_lexicon()
    t = _LEADING_QUALIFIER.sub("", " ".join(text.lower().split())).strip()
    m = _RANGE.match(t)
    if m:
        lo, hi = int(m.group(1).replace(",", "")), int(m.group(2))
        return (lo, hi) if hi >= lo else (lo, lo)
    if t.replace(",", "").isdigit():
        n = int(t.replace(",", ""))
        return n, n
    if t in lex.words:
        return lex.words[t], lex.words[t]
    if t in ("his", "her"):  # "a councillor and his wife": one more person
        return 1, 1
    parts = re.split(r"[\s-]+", t)
    if len(parts) == 2 and parts[0] in lex.tens and parts[1] in lex.words:
        n = lex.tens[parts[0]] + lex.words[parts[1]]
        return n, n
    return None


def masked(text: str) -> str:
    """Dates, times, ages and coder tags blanked out (same length), so their digits never count."""
    return casualty_lexicon().mask.sub(lambda m: " " * len(m.group(0)), text)


@dataclass(frozen=True, slots=True)
class Figure:
    start: int
    end: int
    low: int
    high: int
    clause: int = -1  # where its clause starts: figures of one clause are always summed
    loss: bool = False  # told as a side's own loss ("it lost five men")


def clause_figures(lex: CasualtyLexicon, pattern: re.Pattern[str], text: str, deaths: bool) -> list[Figure]:
    out: list[Figure] = []
    for m in pattern.finditer(text):
        verb = m.group("verb").lower()
        if deaths and _hedged(lex, text, m):
            continue
        for name in ("q0", "q1", "q2", "q3"):
            if name not in m.re.groupindex or m.group(name) is None:
                continue
            s, e = m.span(name)
            if _not_person(lex, text, e) or lex.elsewhere.search(text[e:]):
                continue
            if deaths and verb in lex.loss_verbs and not _names_people(lex, text, e):
                continue  # "lost two seats", "losing 5 percent": no one died
            if (
                deaths
                and " ".join(verb.split()) in lex.needs_dead
                and not re.match(r"[\w\s-]{0,30}?\bdead\b", text[e:])
            ):
                continue
            q = parse_quantity(m.group(name))
            if q is not None:
                out.append(Figure(s, e, q[0], q[1], m.start(), deaths and verb in lex.loss_verbs))
    return out


# Words that end a victim noun phrase.
_NP_END = frozenset(
    "and or but who which that were was are is have has had been by in on at of to after when while with as from".split()  # noqa: SIM905
)
_WORDS = re.compile(r"[\w%/'-]+|[.,;:]")


def _not_person(lex: CasualtyLexicon, text: str, end: int) -> bool:
    """True when the noun after a figure names things, not people ("120 military vehicles")."""
    words = [m.group(0).lower() for m in _WORDS.finditer(text, end, min(len(text), end + 60))][:5]
    for i, w in enumerate(words[:4]):
        if w in _NP_END or w in ".,;:" or w in lex.death_words:
            return False
        if w in lex.non_person:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            # "cattle rustlers", "goat herders": a thing naming the people who deal in it
            return not nxt.endswith(("ers", "ors", "men", "ists", "ants", "ians"))
    return False


def _names_people(lex: CasualtyLexicon, text: str, end: int) -> bool:
    """True when one of the few words after a figure names people ("two soldiers", "5 of its men")."""
    words = [m.group(0).lower() for m in _WORDS.finditer(text, end, min(len(text), end + 40))][:4]
    return any(
        w in lex.people_plurals or w in lex.victim_side or w in lex.person_nouns or w[:-1] in lex.person_nouns
        for w in words
    )


def _hedged(lex: CasualtyLexicon, text: str, m: re.Match[str]) -> bool:
    """A death verb that mixes in the wounded, or that a hedge says did not happen."""
    vs, ve = m.span("verb")
    window = text[max(0, vs - 12) : ve + 16]
    if lex.mixed.search(window):
        return True
    cut = min(m.start(), vs)  # what precedes the whole clause, whichever shape it has
    before = text[max(0, cut - 40) : cut].lower().rstrip()
    nominal = " of" in m.group("verb").lower()
    if _PRIOR_DEED.search(
        before
    ):  # "lynched a man after he allegedly killed a rider": the cause, not this event
        return True
    if m.start() == vs and _PRIOR_SUBJECT.search(before):  # "rioted after officers shot dead a man"
        return True
    clause = text[max(0, cut - 150) : cut]
    if lex.topic.search(clause[max(clause.rfind(","), clause.rfind(";"), clause.rfind(":")) + 1 :]):
        return True  # "held a protest to demand justice for a youth who was killed"
    noun_of = _DEATH_OF.search(before)
    if noun_of and not nominal:  # "protested the death of [a student killed by a car]"
        before, nominal = before[: noun_of.start()].rstrip(), True
    for h in lex.not_dead:
        if (
            h in lex.noun_only
            and not nominal
            and not (h in lex.cause and cut == m.start() and not _nominal_verb(m))
        ):
            continue
        if before.endswith(h) and (len(before) == len(h) or not before[-len(h) - 1].isalnum()):
            if h in lex.backshift and lex.reporting.search(text, 0, cut):
                continue  # "officials said a blast had killed four": reported speech, this event
            return True
    return False


def bare_victim(lex: CasualtyLexicon, text: str) -> list[Figure]:
    """One death for a clause whose victim is a bare singular noun ("Policeman killed", "kills elder")."""
    m = _FOUND_BODY.search(text)
    if m:  # "a man's body was found": one dead, however the words before it read
        return [Figure(m.start("head"), m.end("head"), 1, 1)]
    for pattern in (lex.bare_passive, lex.bare_active, lex.bare_to_death):
        for m in pattern.finditer(text):
            raw_head = m.group("head")
            head = raw_head.lower()
            clause_start = m.start("head") == m.start() or not text[: m.start("head")].strip()
            if not raw_head.isalpha() or len(raw_head) < 3 or (raw_head[0].isupper() and not clause_start):
                continue  # a name or a code, not a common noun
            personal = head in lex.person_nouns or head.endswith(lex.person_suffixes)
            if not personal or head in lex.not_one or head in lex.non_person or _hedged(lex, text, m):
                continue
            return [Figure(m.start("head"), m.end("head"), 1, 1)]
    return []


_FOUND_BODY = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?P<head>[\w-]+)'s\s+body\s+(?:was|has\s+been)\s+"
    r"(?:found|discovered|recovered)\b",
    re.IGNORECASE,
)


def _nominal_verb(m: re.Match[str]) -> bool:
    """True when the clause's victims come before its verb (passive and noun shapes)."""
    return m.start("verb") < m.start()


_PRIOR_DEED = re.compile(
    r"\b(?:after|for|of|to|since|because)\s+(?:he|she|they|allegedly|reportedly|having|his|her|their)\b[^.,;()]*$"
)
# An active death clause whose subject follows "after"/"because" is what led to this event
# ("Protesters set fire to a police station after officers shot dead a man"); "after which" and
# a time ("after midnight") are not a subject.
_PRIOR_SUBJECT = re.compile(
    r"\b(?:after|because)\s+(?!(?:which|that|this|midnight|dark|dawn|noon|sunset|sunrise|nightfall)\b)"
    r"(?:[a-z'-]+\s+){0,2}[a-z'-]+$"
)
_DEATH_OF = re.compile(r"\b(?:the\s+)?(?:death|deaths|killing|killings|murder|murders)\s+of\s*$")


def victim_sides(lex: CasualtyLexicon, text: str, figures: list[Figure]) -> frozenset[str]:
    """The sides the figures' victims belong to ("4 PKK militants" -> militants), read from the few
    words after each figure; empty when any figure's victims name no known side."""
    sides = set()
    for f in figures:
        words = [m.group(0).lower() for m in _WORDS.finditer(text, f.end, min(len(text), f.end + 40))][:4]
        side = next((lex.victim_side[w] for w in words if w in lex.victim_side), None)
        if side is None:
            return frozenset()
        sides.add(side)
    return frozenset(sides)
