"""Geoparse passes over the matched names: people, weak and glued one-word hits, adjacent hits,
and the names the gazetteer lacks that a cue or a known place frames as places.

Reads the text, its tokens and the matches so far (with the report's country focus); returns
the matches to keep. Writes nothing; never fails.
"""

from __future__ import annotations

import re
from collections import Counter

from .gazetteer.cues import FACILITY_AFTER, INSTITUTION, ORG_AFTER, TITLE_BEFORE, TYPE_AFTER, frame
from .gazetteer.lexicon import name_heads
from .gazetteer.names import fold, strip_article
from .geo_fragments import compass_head
from .geo_rank import WEAK_CUES
from .geo_tokens import JOINABLE_GAP, Match, Token
from .model import Place

__all__ = [
    "GROUP_AFTER",
    "add_unknown",
    "glued_singles",
    "glued_to_unknown",
    "in_named_area",
    "merge_adjacent",
    "particle_names",
    "uncued_group",
    "unknown_compounds",
    "weak_singles",
]

# Cues that put a people's name on the map: "in Turkana", "near Pokot", "north of Samburu".
_LOCATIVE = frozenset({"in", "at", "near", "nearby", "into", "inside", "within", "outside", "across", "around",
                       "outskirts", "vicinity", "countryside", "rural", "north", "south", "east", "west",
                       "northern", "southern", "eastern", "western", "km", "kilometres", "kilometers"})  # fmt: skip


def uncued_group(text: str, tokens: list[Token], m: Match, groups: frozenset[str]) -> bool:
    """True for an ethnic or communal group's name ("Pokot raiders", "clashes between Kikuyu and
    Maasai", "Kalenjin youths") that no locative cue or type word makes a place."""
    key = fold(text[tokens[m.first].start : tokens[m.last].end])
    if key not in groups and strip_article(key) not in groups:
        return False
    cue, strong = frame(text, tokens[m.first].start, tokens[m.last].end)
    return not strong and (cue.split() or [""])[0] not in _LOCATIVE


def weak_singles(kept: list[Match], focus: Counter[str]) -> list[Match]:
    """One-word names without a locative cue ("Theme:", "Global Research") are weak evidence: a
    skeleton guess needs a cue, and an exact hit keeps only namesakes in the report's countries or
    towns big enough to be meant without one."""
    out = []
    for m in kept:
        if m.first != m.last or (m.places and m.places[0].feature == "PCLI"):
            out.append(m)
            continue
        if m.kind == 1 and m.cue in WEAK_CUES:
            continue  # "Global Research": a skeleton guess at an English word needs a real cue
        if not m.cue or m.cue == "demonym":
            m.places = tuple(p for p in m.places if focus.get(p.iso2) or p.population >= 10_000)
            if not m.places:
                continue
        out.append(m)
    return out


# Words that make a place's part or landform, not a person's name: "Kisumu Central", "Lamu Island".
_PART_AFTER = re.compile(
    r"^ (?:Central|North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Island|Islands|Forest|"
    r"Mountains?|Hills?|Valley|Lake|River|Bay|Coast|Plateau|Desert|Plains?|Delta|Border|Town|City|Bridge|Pass)\b"
)


def glued_to_unknown(text: str, tokens: list[Token], m: Match, known: set[int], common: frozenset[str],
                     starts: set[int]) -> bool:  # fmt: skip
    """True for a one-word hit glued to a capitalised word no place name explains ("Khalifa Haftar",
    "National Accord"): part of a person's or body's name, so no evidence of the report's country.
    A type word ("Idlib Governorate"), a body named after the place ("Arakan Army", "Kisumu
    Hospital": still the place's country) or a sentence's first common word ("In Migori") is no glue."""
    if compass_head(text, tokens, m, known):
        return True  # "South West Khasi Hills": no evidence of Cameroon's South West region
    if m.first != m.last:
        return False
    # The capitalised words after it ("Milimani Commercial Courts"): one body, type or landform word
    # among them makes the whole a thing named after the place.
    k = m.last
    while k + 1 < len(tokens) and k - m.last < 3 and tokens[k + 1].capital and text[tokens[k].end : tokens[k + 1].start] == " ":
        k += 1
        after = text[tokens[k - 1].end : tokens[k - 1].end + 30]
        if any(p.match(after) for p in (TYPE_AFTER, ORG_AFTER, INSTITUTION, FACILITY_AFTER, _PART_AFTER)):
            return False
    return any(
        0 <= k < len(tokens) and k not in known and tokens[k].capital
        and not (tokens[k].start in starts and tokens[k].text.lower() in common)
        and text[min(tokens[k].end, tokens[m.first].end) : max(tokens[k].start, tokens[m.first].start)] == " "
        for k in (m.first - 1, m.first + 1)
    )  # fmt: skip


def glued_singles(
    text: str,
    tokens: list[Token],
    kept: list[Match],
    focus: Counter[str],
    common: frozenset[str],
    starts: set[int],
) -> list[Match]:
    """A one-word hit glued to capitalised words no place match explains ("Kaptein Tea
    Plantation", "Papa Group") is part of a longer name: only namesakes in the countries the
    report points to may stand; a hit abroad, in a report that points elsewhere, is dropped."""
    used = {k for m in kept for k in range(m.first, m.last + 1)}
    out = []
    for m in kept:
        if m.first == m.last and m.places and m.places[0].feature != "PCLI" and not m.strong:
            glued = any(
                0 <= k < len(tokens) and k not in used and tokens[k].capital
                and not (tokens[k].start in starts and tokens[k].text.lower() in common)  # "In Migori"
                and text[min(tokens[k].end, tokens[m.first].end) : max(tokens[k].start, tokens[m.first].start)] == " "
                for k in (m.first - 1, m.first + 1)
            )  # fmt: skip
            if glued:  # what the name gave its own country is no evidence for it
                mine = {p.iso2 for p in m.places}
                own = m.vouched if len(mine) == 1 else 0.0
                supported = {c for c in mine if focus.get(c, 0.0) - own > 0}
                elsewhere = any(n > 0 for c, n in focus.items() if c not in mine)
                if supported:
                    m.places = tuple(p for p in m.places if p.iso2 in supported)
                elif elsewhere:
                    continue  # the report points to other countries: a foreign hit in a longer name
        out.append(m)
    return out


def merge_adjacent(text: str, tokens: list[Token], kept: list[Match]) -> list[Match]:
    """Two names side by side ("Jub" + "Abyad") are one name the gazetteer lacks: "Jub Abyad"."""
    out: list[Match] = []
    for m in kept:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.last + 1 == m.first
            and prev.kind != 2
            and m.places
            and prev.places
            and m.places[0].feature != "PCLI"
            and prev.places[0].feature != "PCLI"
            and text[tokens[prev.last].end : tokens[m.first].start] == " "
        ):
            out[-1] = Match(prev.first, m.last, (), 2, prev.cue, prev.strong)
            continue
        out.append(m)
    return out


INDEFINITE = re.compile(r"(?:^|\W)an? $", re.IGNORECASE)  # the 4 characters before a name
_INSIDE_KNOWN = re.compile(r" in (?:the )?")
_CITY = 50_000  # a common word is a city its country vouches for only at this size
_NEAR_CUES = frozenset({"near", "outskirts of", "vicinity of", "close to", "nearby"})
_NUMBERED = re.compile(r"[ -]?(?:No\.? ?)?\d")
_NEAR_FACILITY = re.compile(r"^ (?:Airport|Airstrip|Airfield|Barracks|Base|Camp|Forest|Highway|Road|Bridge|Dam)\b")
# A name right before fighters is the group's ("Abu Sayyaf militants", "Mai-Mai militiamen"), not a
# place; not "militia": ACLED names communal militias after their place ("Isiolo militia").
GROUP_AFTER = re.compile(
    r" (?:militants?|rebels?|fighters?|gunmen|militiam[ae]n|insurgents?|jihadists?|extremists?|"
    r"guerrillas?|separatists?|loyalists?)\b"
)
_ADMIN_FRAME = re.compile(r" ?\((?:[A-Z][\w'’ -]*), ?[A-Z][\w'’ -]*\)")  # "X (Admin2, Admin1)"


def add_unknown(text, tokens, kept, sentence_starts, common, blocked, demonyms) -> list[Match]:
    """Names absent from the gazetteer that a cue frames as places: no candidates, text kept."""
    used = {k for m in kept for k in range(m.first, m.last + 1)}
    start_index = {t.start: i for i, t in enumerate(tokens)}
    out = list(kept)
    for i, tok in enumerate(tokens):
        if i in used or not tok.capital:
            continue
        j = i
        while (
            j + 1 < len(tokens)
            and j + 1 not in used
            and tokens[j + 1].capital
            and j - i < 3
            and JOINABLE_GAP.match(text[tokens[j].end : tokens[j + 1].start])
        ):
            j += 1
        key = fold(text[tok.start : tokens[j].end])
        if key in blocked or (i == j and key in common) or key in demonyms:
            continue
        if i == j and INDEFINITE.search(text[max(0, tok.start - 4) : tok.start]) and TYPE_AFTER.match(text[tokens[j].end : tokens[j].end + 30]):
            continue  # "a Kurdish district", "an Alawite village": a kind of place, not its name
        if TITLE_BEFORE.search(text[max(0, tok.start - 50) : tok.start]):
            continue  # "president Kibaki in Kisumu": a person
        cue, strong = frame(text, tok.start, tokens[j].end)
        after = text[tokens[j].end : tokens[j].end + 3]
        framed_by_known = (
            cue in ("in", "at", "near")
            and after[:1] in ",("
            and (j + 1) in used
            and tok.start not in sentence_starts
        )
        # "attacked Jaldesa (Marsabit county)", "in Kithirune (Central Imenti, Meru)": ACLED's
        # "Place (Admin2, Admin1)" frame names a place whatever the verb before it.
        paren = text[tokens[j].end : tokens[j].end + 2].lstrip()[:1] == "(" and any(
            k in used for k in range(j + 1, min(j + 4, len(tokens)))
        )
        framed_by_known = framed_by_known or (paren and tok.start not in sentence_starts)
        # "shelled Fleifel in Idleb countryside", "Keylong in Lahaul": a name placed inside a
        # known place is one too; "(Salaxaad, Somali region)": ACLED's admin frame, known or not.
        inside = _INSIDE_KNOWN.match(text, tokens[j].end)
        institution = any(
            INSTITUTION.match(" " + tokens[k].text) or ORG_AFTER.match(" " + tokens[k].text)
            for k in range(i, j + 1)
        )  # "Mucharage Girls Secondary School in Othaya", "Produce Board in Nairobi"
        if inside and tok.start not in sentence_starts and key not in demonyms and not institution:
            nxt = start_index.get(inside.end())
            framed_by_known = framed_by_known or (nxt is not None and nxt in used)
        if tok.start not in sentence_starts and _ADMIN_FRAME.match(text, tokens[j].end):
            framed_by_known = True
        # "in Dandora (Nairobi)" / "in Kisauni, Mombasa": the next mention contains this one.
        headed = key.split(" ", 1)[0] in name_heads() and j > i  # "Kafr Lusin": a place by its form
        if not strong and GROUP_AFTER.match(text, tokens[j].end):
            continue  # "Abu Sayyaf militants": a group's name, whatever its form
        # "observed 12 explosions near Novovyboeve": a capitalised word that only "near" (or "outskirts
        # of", "vicinity of") precedes is a place; ACLED never writes "near" before a person or a body.
        near_cued = (
            cue in _NEAR_CUES
            and tok.start not in sentence_starts
            and not institution
            and len(key) >= 3
            and not _NUMBERED.match(text, tokens[j].end)  # "near K-50", "near National Highway 54": a road, a mark
            and not any(_NEAR_FACILITY.match(" " + tokens[k].text) for k in range(i, j + 1))  # "near Wilson Airport"
        )
        if strong or framed_by_known or headed or near_cued:
            out.append(Match(i, j, (), 2, cue, strong))
            used |= set(range(i, j + 1))
    return sorted(out, key=lambda m: m.first)


# Romance and Swahili connectors inside a settlement's name: "Concepcion de Oriente", "Huanzantlan
# del Rio", "Kambi ya Yua". English and Arabic ones ("of", "and", "as") join other words too often.
_NAME_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "di", "du", "des", "ya"})
_SECOND_PARTICLES = frozenset({"la", "las", "los", "l"})  # "San Juan de la Maguana"


def particle_names(text: str, tokens: list[Token], kept: list[Match]) -> list[Match]:
    """A name, a particle and a capitalised word ("Concepcion de Oriente") are one name: had the
    gazetteer known it whole, the longest match would have taken it; so it is one it lacks, and
    its first part's readings ("Concepcion" in Chile) are namesakes of the wrong place."""
    by_first = {m.first: m for m in kept}
    swallowed: set[int] = set()
    out: list[Match] = []
    for m in kept:
        if m.first in swallowed:
            continue
        if m.cue == "demonym" or (m.places and m.places[0].feature == "PCLI"):
            out.append(m)
            continue
        k = m.last + 1
        if (
            k < len(tokens)
            and tokens[k].text in _NAME_PARTICLES
            and text[tokens[m.last].end : tokens[k].start] == " "
        ):
            k += 1
            if k < len(tokens) and tokens[k].text in _SECOND_PARTICLES:
                k += 1
        nxt = by_first.get(k)
        if (
            k == m.last + 1
            or k >= len(tokens)
            or not tokens[k].capital
            or text[tokens[k - 1].end : tokens[k].start] != " "
            # "Banque du Liban", "Universidad de Antioquia": a body of a country or province, not a name
            or (nxt is not None and any(p.feature in ("PCLI", "ADM1") for p in nxt.places))
            or any(n.first < k <= n.last for n in kept if n is not nxt)
        ):
            out.append(m)
            continue
        last = nxt.last if nxt is not None else k
        if nxt is not None:
            swallowed.add(nxt.first)
        out.append(Match(m.first, last, (), 2, m.cue, m.strong))
    return out


def in_named_area(text: str, end: int, places: tuple[Place, ...]) -> tuple[Place, ...]:
    """The readings of a name that lie in the area written right after it ("Van (Van)", "Split
    (Split-Dalmatia)", "Mobile, Alabama"): () when no reading's province or district is named there."""
    if text[end : end + 2] not in (" (", ", "):
        return ()
    after = fold(text[end + 2 : end + 60])
    return tuple(
        p
        for p in places
        if p.feature != "PCLI"
        and any(
            a and after.startswith(a) and after[len(a) : len(a) + 1] in ("", " ")
            # "Split, Croatia": a country vouches only for a city (50,000+) bearing the word
            for a in (fold(p.admin1), fold(p.admin2), fold(p.country) if p.population >= _CITY else "")
        )
    )


def unknown_compounds(text: str, tokens: list[Token], kept: list[Match], compounds: list[tuple[int, int]]) -> list[Match]:
    """An ezafe compound no match covers ("in Dasht-e-Barchi") is a name the gazetteer lacks,
    kept as text when a locative cue or type word frames it."""
    used = {k for m in kept for k in range(m.first, m.last + 1)}
    out = list(kept)
    for a, b in compounds:
        if used.intersection(range(a, b + 1)):
            continue
        cue, strong = frame(text, tokens[a].start, tokens[b].end)
        if strong or cue not in WEAK_CUES:
            out.append(Match(a, b, (), 2, cue, strong))
    return sorted(out, key=lambda m: m.first)
