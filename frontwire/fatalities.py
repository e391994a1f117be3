"""Fatalities and injuries: how many died in one event, by ACLED's conservative rules.

Reads a `Document` and one `EventMention`; only the mention's own sentences are read, so deaths
from another event in the same article are never merged in. Returns `Casualties`: the death
figure summed across sides ("9 soldiers and 5 militants were killed" = 14), the injured, a
low/high pair when the text gives a range or disagreeing figures, and the counted figures' spans.

The cascade: a coder's explicit statement wins ("Fatalities coded as 3", "split across 3 events
(4)"). Otherwise each sentence's clauses where a figure and a death word meet are read (the clause
shapes and their hedges are `casualty_clauses.py`). Sentences combine as ACLED would: the first
toll stands, "also"-sentences add, "the toll rose to" replaces, disagreeing sources become the
low/high range; "killed or wounded" alone gives 0 with the figure as an upper bound. A toll update
told with the new total ("died of his wounds, bringing the toll to five") stands alone; a sentence
opening "In a separate attack"/"Separately" tells another incident and adds nothing; a suicide
bomber's own death ("blew himself up") and an attacker killed at the end of the deed ("before he
was shot dead") add one, as ACLED counts attackers. Lexicons live in `data/numbers.yaml`. Never
raises on odd text: no figure gives 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .casualty_clauses import (
    CasualtyLexicon,
    Figure,
    bare_victim,
    casualty_lexicon,
    clause_figures,
    masked,
    parse_quantity,
    victim_sides,
)
from .model import Casualties, Document, EventMention, Span

# parse_quantity stays importable from here for callers.
__all__ = ["count_casualties", "parse_quantity"]


_REPORTING = re.compile(
    r"\b(?:said|says|according\s+to|claimed|claims|reported|put\s+the\s+(?:toll|number))\b", re.IGNORECASE
)


def _sentence_readings(text: str, dead: list[Figure]) -> list[tuple[int, int, bool]]:
    """A sentence's toll: its clauses summed ("3 soldiers were killed and 2 militants died"), unless it
    gives two sources' figures ("3 according to police, 7 according to residents"): then each clause
    is a separate reading of the same toll."""
    clauses: dict[int, list[Figure]] = {}
    for f in dead:
        clauses.setdefault(f.clause, []).append(f)
    if len(clauses) > 1 and len(_REPORTING.findall(text)) >= 2:
        return [
            (sum(f.low for f in fs), sum(f.high for f in fs), i == 0) for i, fs in enumerate(clauses.values())
        ]
    return [(sum(f.low for f in dead), sum(f.high for f in dead), True)]


def _outside_asides(text: str, figures: list[Figure]) -> list[Figure]:
    """Drop figures inside brackets when others stand outside: "(2 men, 2 women and 1 child)"
    breaks down a total already counted."""
    inside = [f for f in figures if text.count("(", 0, f.start) > text.count(")", 0, f.start)]
    return [f for f in figures if f not in inside] if len(inside) < len(figures) else figures


def _merge(figures: list[Figure]) -> list[Figure]:
    """One figure per span: the same words can match more than one clause shape."""
    seen: dict[tuple[int, int], Figure] = {}
    for f in sorted(figures, key=lambda f: (f.start, -f.end)):
        if any(f.start < o.end and o.start < f.end for o in seen.values()):
            continue
        seen[(f.start, f.end)] = f
    return list(seen.values())


def _mixed_figure(lex: CasualtyLexicon, text: str, sentences: tuple[Span, ...]) -> tuple[int, Span] | None:
    """The first figure that counts the dead and the wounded together: an upper bound on deaths."""
    for sent in sentences:
        m = lex.mixed_figure.search(masked(text[sent.start : sent.end]))
        q = parse_quantity(m.group("q0") or m.group("q1")) if m else None
        if m and q:
            return q[1], Span(
                sent.start + m.start(),
                sent.start + m.end(),
                text[sent.start + m.start() : sent.start + m.end()],
            )
    return None


def _split_total(lex: CasualtyLexicon, text: str, sentences: tuple[Span, ...]) -> tuple[int, Span] | None:
    for sent in sentences:
        for p in lex.split_total:
            m = p.search(text, sent.start, sent.end)
            q = parse_quantity(m.group(1)) if m else None
            if m and q and q[0] > 0:
                return q[0], Span(m.start(), m.end(), m.group(0))
    return None


def _coded(lex: CasualtyLexicon, text: str, sentences: tuple[Span, ...]) -> tuple[int, Span] | None:
    """A coder's own statement of the figure, anywhere in the mention; a split share beats a total."""
    for group, divide in ((lex.share, False), (lex.split, True), (lex.coded, False)):
        for p in group:
            for sent in sentences:
                m = p.search(text[sent.start : sent.end])  # sliced: "^" must mean the sentence start
                parts = m is not None and divide and parse_quantity(m.group(2))
                if m is None or (divide and not parts):
                    continue
                n = int(m.group(1)) // max(1, parts[0]) if parts else int(m.group(1))
                return n, Span(sent.start + m.start(), sent.start + m.end(), m.group(0))
    return None


@dataclass(frozen=True, slots=True)
class _Background:
    cue: re.Pattern[str]  # another, earlier time or a running total
    superlative: re.Pattern[str]  # "the deadliest attack since": a comparison, not a time
    when_time: re.Pattern[str]  # "since March, when ...": the time a "when" clause hangs on


@lru_cache(maxsize=1)
def _background_lexicon() -> _Background:
    raw = yaml.safe_load(resources.files("frontwire").joinpath("data/numbers.yaml").read_text("utf-8"))
    sup = "|".join(map(re.escape, raw.get("background_superlatives", [])))
    return _Background(
        cue=re.compile(
            "|".join(f"(?:{p})" for p in raw.get("background_cues", [])) or r"(?!)", re.IGNORECASE
        ),
        superlative=re.compile(rf"\b(?:{sup})\b[^,;:]{{0,40}}$" if sup else r"(?!)", re.IGNORECASE),
        when_time=re.compile(raw.get("background_when_times", r"(?!)"), re.IGNORECASE),
    )


_BOUNDARY = re.compile(r"[,;:()–—]")
_WHEN_CLAUSE = re.compile(r"\s*(?:when|in\s+which|during\s+which)\b", re.IGNORECASE)


_IN_YEAR_END = re.compile(r"\bin\s+(?:(?:early|late|mid)[\s-]+)?((?:19|20)\d\d)\s*$")


def _past_year(before: str, year: int | None) -> bool:
    """True when the clause before the figure's ends with a bare year before the report's ("the group
    carried out 120 attacks in 2019, killing 400 people"). A year inside the figure's own clause is
    left alone: it too often describes a victim ("a former aspirant in the 2017 election")."""
    m = _IN_YEAR_END.search(before) if year is not None else None
    return bool(m and year is not None and int(m.group(1)) < year)


def _background(raw: str, f: Figure, year: int | None = None) -> bool:
    """True when the figure's clause tells an earlier time or a running total, not this event
    ("Last month, 12 protesters were killed"; "who killed 12 soldiers in a raid last year"; a year
    before the report's)."""
    lex = _background_lexicon()
    cuts = [m.end() for m in _BOUNDARY.finditer(raw, 0, f.start)]
    start = cuts[-1] if cuts else 0
    nxt = _BOUNDARY.search(raw, f.end)
    clause = raw[start : nxt.start() if nxt else len(raw)]
    before = raw[cuts[-2] if len(cuts) > 1 else 0 : start - 1] if start else ""
    if _past_year(before, year):
        return True
    if before and _WHEN_CLAUSE.match(clause) and lex.when_time.search(before):
        return True  # "the deadliest since March, when 30 soldiers were killed"
    if before and len(before.split()) <= 3:  # a short opening phrase: "Last month, ..."
        clause = f"{before}, {clause}"
    return any(not lex.superlative.search(clause, 0, m.start()) for m in lex.cue.finditer(clause))


# "the other" is the rest of a set already counted ("One was lynched while the other was shot"), not more
_ADDITIVE = re.compile(
    r"\b(?:also|another|a\s+further|additional|as\s+well|(?<!the\s)other)\b", re.IGNORECASE
)


_TOLL_UPDATE = re.compile(
    r"\b(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths))\s+(?:has\s+|had\s+|later\s+|since\s+|now\s+)*(?:rose|risen|"
    r"climbed|increased|reached|jumped|now\s+stands)|\bbringing\s+the\s+(?:total|toll|death\s+toll)"
    r"|\b(?:bringing|raising|taking|pushing)\s+(?:the\s+(?:death\s+)?toll|to\s+[\w-]+\s+the\s+(?:death\s+toll|toll|number))",
    re.IGNORECASE,
)


def _combine(totals: list[tuple[int, int, bool, bool, bool]]) -> tuple[int, int, int, int]:
    """Sentence totals into (fatalities, fatalities_high, low, high over all readings).

    The first sentence's toll stands: later ones mostly restate it or a part of it ("Four of the
    villagers were shot dead"). A sentence that says it adds ("2 militants were also killed") adds;
    one that updates the toll ("the death toll rose to 9") replaces it. Readings that disagree are
    kept as the low/high range; another source's toll ("the government put the toll at 18") is a
    competing reading, and the lower one stands, as ACLED codes the lowest credible figure.
    """
    low = high = 0
    readings: list[int] = []
    for lo, hi, adds, update, competing in totals:
        readings += [lo, hi]
        if competing and low:
            low, high = min(low, lo), max(high, hi)
        elif adds and low:
            low, high = low + lo, high + hi
            readings.append(low)
        elif update or low == 0:
            low, high = lo, hi
    return low, high, min(readings + [low]), max(readings + [high])


_SPEAKER = re.compile(
    r"^\W*(?:the\s+)?((?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:said|says|claimed|claims|reported)\b", re.IGNORECASE
)


# ", a police spokesman said." closing a sentence
_TRAILING_SPEAKER = re.compile(
    r",\s*((?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:said|says|reported|told\s+[^,.]{1,30})(?:\s+on\s+\w+)?\s*\.?\s*$",
    re.IGNORECASE,
)
_PRONOUNS = frozenset(["it", "they", "he", "she", "we", "i", "officials", "sources"])


def _speaker(text: str) -> str | None:
    """Who a sentence says gave its figures ("Islamic State said ...", "..., a police spokesman said."),
    lower case without articles; None when it names none or only a pronoun (the same source going on)."""
    m = _SPEAKER.match(text) or _TRAILING_SPEAKER.search(text)
    words = [w for w in m.group(1).lower().split() if w not in ("the", "a", "an")] if m else []
    return " ".join(words) if words and not (len(words) == 1 and words[0] in _PRONOUNS) else None


def _own_loss(text: str, dead: list[Figure], victims_before: str) -> list[Figure]:
    """The loss figures of a sentence in which a side an earlier toll counted gives its own losses
    ("Afghan forces said they killed 40 Taliban fighters. The Taliban said it lost five men"): the
    speaker's words must be among the earlier victims'. Empty when the sentence is not such."""
    losses = [f for f in dead if f.loss]
    m = _SPEAKER.match(text) if losses else None
    words = [w for w in (m.group(1).lower().split() if m else []) if len(w) > 2]
    return losses if words and all(re.search(rf"\b{re.escape(w)}\b", victims_before) for w in words) else []


_ANYONE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:people|persons|dead|deaths|lives)\b", re.IGNORECASE)


def _may_hold_bomber(text: str, f: Figure) -> bool:
    """True when a figure may already count a suicide bomber: the bomber himself, or people in
    general ("killing at least four people" often includes him; "killing a guard" does not)."""
    return text[f.start : f.end].lower() in ("himself", "herself") or bool(_ANYONE.match(text, f.end))


def count_casualties(doc: Document, mention: EventMention) -> Casualties:
    lex = casualty_lexicon()
    injured = 0
    evidence: list[Span] = []
    sentence_totals: list[tuple[int, int, bool, bool, bool]] = []
    seen_sides: set[str] = set()
    victims_before = ""  # the words after every earlier figure: who the earlier tolls counted
    first_speaker: str | None = None  # who gave the first toll ("the army said ...")
    coded = _coded(lex, doc.text, mention.sentences)
    if coded is not None:
        return Casualties(coded[0], 0, None, None, (coded[1],))
    for i, sent in enumerate(mention.sentences):
        raw = doc.text[sent.start : sent.end]
        if i and lex.separate.match(raw):  # "In a separate attack, ...": another incident's dead
            continue
        # Most sentences of an article name no death or injury: one cheap scan skips them.
        death_hint, hurt_hint = lex.death_hint.search(raw), lex.hurt_hint.search(raw)
        if not death_hint and not hurt_hint:
            continue
        text = masked(raw)
        dead: list[Figure] = []
        if death_hint:
            tolls = (
                clause_figures(lex, lex.toll, text, True)
                + clause_figures(lex, lex.toll_far, text, True)
                + clause_figures(lex, lex.toll_raised, text, True)
            )
            dead = _merge(
                clause_figures(lex, lex.passive, text, True)
                + clause_figures(lex, lex.active, text, True)
                + clause_figures(lex, lex.noun, text, True)
                + clause_figures(lex, lex.to_death, text, True)
                + clause_figures(lex, lex.noun_list, text, True)
                + tolls
            )
            if tolls and _TOLL_UPDATE.search(text):
                # "a soldier died of his wounds, bringing the toll to five": the new total counts him
                dead = _merge(tolls)
            dead = dead or bare_victim(lex, text)
            blast = lex.self_blast.search(text)
            if blast and not any(_may_hold_bomber(text, f) for f in dead):
                # "blew himself up, killing a guard": the bomber is one of the dead ACLED counts
                dead.append(Figure(blast.start(), blast.end(), 1, 1, blast.start()))
            end = lex.attacker_end.search(text) if dead else None
            if end and not any(f.start < end.end() and end.start() < f.end for f in dead):
                # "killed five people before he was shot dead by police": the attacker died too
                dead.append(Figure(end.start(), end.end(), 1, 1, dead[0].clause))
        hurt: list[Figure] = []
        if hurt_hint:
            hurt = _merge(
                clause_figures(lex, lex.injured_passive, text, False)
                + clause_figures(lex, lex.injured_active, text, False)
            )
        dead = _outside_asides(text, dead)
        year = doc.published.year if doc.published else None
        dead = [f for f in dead if not _background(raw, f, year)]
        dead_spans = [(f.start, f.end) for f in dead]
        hurt = [f for f in hurt if not any(f.start < e and s < f.end for s, e in dead_spans)]
        if dead:
            adds, update = bool(_ADDITIVE.search(text)), bool(_TOLL_UPDATE.search(text))
            # "Two of the wounded later died": deaths among the injured, more dead than the first toll
            adds = adds or any(lex.later_deaths.match(text, f.end) for f in dead)
            sides = victim_sides(lex, text, dead)
            # dead of a side no earlier toll named are more dead, not a restatement - unless the
            # sentence is another source's account ("The Taliban said it killed a dozen soldiers")
            new_side = bool(sides and seen_sides and "?" not in seen_sides and sides.isdisjoint(seen_sides))
            speaker = _speaker(text)
            # another named source's toll of the same dead ("Islamic State said its fighters killed 10
            # soldiers. The army said three soldiers were killed."): a competing reading
            other_source = bool(sentence_totals and speaker and first_speaker and speaker != first_speaker)
            competing_source = other_source and not adds and not new_side
            # a source named after the figures is the same account going on ("Two soldiers were
            # killed, the army said"); one named before them tells its own ("The Taliban said it killed")
            adds = adds or (new_side and not lex.reporting.search(text, 0, dead[0].start))
            seen_sides |= sides if sides else {"?"}
            competing = bool(sentence_totals) and bool(lex.competing.search(text)) or competing_source
            first_speaker = first_speaker if sentence_totals else speaker
            own = _own_loss(text, dead, victims_before) if sentence_totals else []
            if own:  # "The Taliban said it lost five men": its own toll against the other side's count
                dead, adds, competing = own, False, True
            victims_before += " ".join(text[f.end : f.end + 40] for f in dead).lower() + " "
            for lo, hi, first in _sentence_readings(text, dead):
                sentence_totals.append((lo, hi, adds and first, update, competing))
        injured += sum(f.low for f in hurt)
        evidence += [Span(sent.start + f.start, sent.start + f.end, raw[f.start : f.end]) for f in dead]
    if not evidence:
        mixed = _mixed_figure(lex, doc.text, mention.sentences)
        if mixed is not None:  # "7 killed or wounded": no deaths to code, but at most 7
            return Casualties(0, injured, 0, mixed[0], (mixed[1],))
        return Casualties(0, injured, None, None, ())
    deaths, _, low, high = _combine(sentence_totals)
    share = _split_total(lex, doc.text, mention.sentences)
    if share is not None:  # "Fatalities split between two events": this event's share of the total
        deaths, low, high = deaths // share[0], low // share[0], high // share[0]
        evidence.append(share[1])
    disagree = low != high
    return Casualties(deaths, injured, low if disagree else None, high if disagree else None, tuple(evidence))
