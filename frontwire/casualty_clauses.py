"""Casualty clauses: the figures a sentence gives for the dead and the injured, clause by clause.

Reads one sentence's text (already masked with `masked`, which blanks dates, times, ages and coder
tags to the same length so their digits never count); writes `Figure`s: the span of each victim
figure, its low/high value and where its clause starts. `count_casualties` in `fatalities.py`
decides how figures and sentences combine into one event's toll.

Clause shapes, compiled once from `data/numbers.yaml` into `CasualtyLexicon` (in
`casualty_lexicon.py`): victims before a passive verb ("at least 9 soldiers and 5 militants were killed"), after an active verb ("killing
five civilians"), before a death noun ("4 dead", "6 rebel fatalities"), around "to death"/"dead"
("shot six of the robbers dead"), toll phrases ("the death toll rose to 9"), the same for the
injured, and when no figure is given one bare singular victim ("Policeman killed"), a named person
("shot dead Jamal Khan, a journalist,", "Father John Okoro was killed"), a pronoun's death ("resulting in
his death") or a pair ("The officer and her daughter died"). A figure is
dropped when its noun names things ("120 military vehicles"), when the verb mixes dead and
wounded ("killed or wounded"), or when a hedge says nobody died or it was another event ("nearly
lynched", "protested the death of"). `parse_quantity` reads one figure ("at least 9", "2-4",
"dozens"). A missing or malformed data file raises at the first call; odd text never raises, and
an unreadable figure is simply not returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .casualty_lexicon import CasualtyLexicon, casualty_lexicon

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
    if t in ("his", "her", "their"):  # "a councillor and his wife": one more person
        return 1, 1
    head, sep, rest = t.partition(" hundred")
    if sep and head in lex.words:  # "one hundred and twenty"
        tail = parse_quantity(rest.removeprefix(" and").strip()) if rest.strip() else (0, 0)
        if tail is not None:
            n = lex.words[head] * 100 + tail[0]
            return n, n
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
        for name in ("self", "q0", "q1", "q2", "q3"):
            if name not in m.re.groupindex or m.group(name) is None:
                continue
            s, e = m.span(name)
            if name == "self":  # "killing himself and three policemen", "killed the chief and his two sons"
                out.append(Figure(s, e, 1, 1, m.start()))
                continue
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
    m = lex.pair_passive.search(text)
    if m and not _hedged(lex, text, m):  # "The officer and her daughter died": two people
        return [Figure(m.start("head"), m.end("head"), 2, 2)]
    m = lex.own_death.search(text)
    if m:  # "shot a civilian, resulting in his death"
        return [Figure(m.start(), m.end(), 1, 1)]
    m = lex.pronoun_victim.search(text)
    if m and not _hedged(
        lex, text, m
    ):  # "seized a headman and killed him": one, or as many as "them" stands for
        if m.group("head") != "them":
            return [Figure(m.start("head"), m.end("head"), 1, 1)]
        before = list(lex.antecedent.finditer(text, 0, m.start()))
        q = parse_quantity(before[-1].group("q0")) if before else None
        if q is not None and q[0] > 0:
            return [Figure(before[-1].start("q0"), before[-1].end("q0"), q[0], q[1])]
    m = lex.named_victim.search(text) or lex.named_passive.search(text)
    if m and not _hedged(lex, text, m):  # "killed Father John Okoro": one named person
        return [Figure(m.start("head"), m.end("head"), 1, 1)]
    for pattern in (lex.bare_passive, lex.bare_active, lex.bare_to_death):
        for m in pattern.finditer(text):
            raw_head = m.group("head")
            head = raw_head.lower()
            clause_start = m.start("head") == m.start() or not text[: m.start("head")].strip()
            short = len(raw_head) < 3 and head not in lex.person_nouns  # "He later died" is a person
            if not raw_head.isalpha() or short or (raw_head[0].isupper() and not clause_start):
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


# "of"/"to" lead a prior deed only with a deed word ("accused of having killed"); "out of his house and
# killed him" is the same event.
_PRIOR_DEED = re.compile(
    r"\b(?:(?:after|for|since|because)\s+(?:he|she|they|allegedly|reportedly|having|his|her|their)"
    r"|(?:of|to)\s+(?:allegedly|reportedly|having))\b[^.,;()]*$"
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
