"""Each name read in the province the report's own admin areas point to.

Reads the document text and its `PlaceMention`s; returns them with candidates re-ordered (or emptied: a place
the gazetteer lacks there) where the best reading lies in a province the report contradicts; never fails.
The report's word on a province: an admin area it writes, ACLED's "(district, province)" form, or a province's
namesake written as where a place lies ("Tall al Ahmar in the western countryside of Dar'a").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .gazetteer.cues import ADMIN_CUES
from .gazetteer.names import fold
from .locate_context import level
from .model import Document, PlaceMention

__all__ = ["coherent"]


def coherent(doc: Document, places: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
    """Each mention read in the province the report's own admin areas point to.

    A name whose best reading lies in a province no other place of the report is in, while the
    report writes a district or province elsewhere ("Mirza-Ali village of Qadis district, Badghis"
    read as a Mirza Ali in Ghor), is re-read there when the gazetteer has it there too, else taken
    as a place the gazetteer lacks (coded at its written container, as ACLED does). In a report
    touring several provinces only the mention's own paragraph speaks for it (`_wanted`).
    """
    tops = [pm.candidates[0] if pm.candidates else None for pm in places]
    # "Monge, ... (Irumu, Ituri)": names written in ACLED's "(district, province)" form are evidence too.
    written = {
        j for j in range(1, len(places))
        if doc.text[places[j - 1].span.end : places[j].span.start].strip() in ("(", ",")
        or _in_province(doc, places, j)
    }  # fmt: skip
    anchors = [
        (j, (t.iso2, t.admin1)) for j, (t, pm) in enumerate(zip(tops, places))
        if t is not None and t.admin1
        and (level(t) in (2, 3) or ADMIN_CUES & set(pm.cue.split()) or j in written)
    ]  # fmt: skip
    if not anchors:
        return places
    out = list(places)
    anchored = {j for j, _ in anchors}
    for k, (pm, top) in enumerate(zip(places, tops)):
        if top is None or k in anchored or level(top) == 4 or not top.admin1 or pm.cue == "demonym":
            continue  # an admin area the report writes is evidence, not something to re-read
        others = {(t.iso2, t.admin1) for j, t in enumerate(tops) if j != k and t is not None and level(t) < 4}
        others.update(  # a written container may mean its province though its best reading is a town
            (c.iso2, c.admin1) for j in written if j != k for c in places[j].candidates if c.feature == "ADM1"
        )
        wanted = _wanted(doc, places, anchors, k, top.iso2, {a for a in others if a[0] == top.iso2})
        if (top.iso2, top.admin1) in others or not wanted or _names_admin1(places, written - {k}, top.admin1):
            continue
        better = next((c for c in pm.candidates[1:] if (c.iso2, c.admin1) in wanted), None)
        if better is not None:
            out[k] = replace(pm, candidates=(better,) + tuple(c for c in pm.candidates if c is not better))
        elif level(top) == 0:
            out[k] = replace(pm, candidates=())
    return tuple(out)


# "Tall al Ahmar in the western countryside of Dar'a", "Albu Badran in Deir-ez-Zor": a province written by its name
_PROVINCE_GAP = re.compile(
    r"\s*(?:area|village|town)?\s*in\s+(?:the\s+)?(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+)?"
    r"(?:countryside\s+of\s+|(?:province|governorate)\s+of\s+)?",
    re.IGNORECASE,
)


def _in_province(doc: Document, places: tuple[PlaceMention, ...], j: int) -> bool:
    """places[j] is a province's namesake written as where places[j-1] lies ("X in Dar'a", "X in the countryside
    of Idleb"): as much the report's word on X's province as an "X, Y" is."""
    pm = places[j]
    if not pm.candidates or j == 0:
        return False
    top = pm.candidates[0]
    if top.feature == "PPLC" or not (
        level(top) == 3 or (level(top) == 0 and fold(top.admin1) == fold(pm.span.text))
    ):
        return False
    return _PROVINCE_GAP.fullmatch(doc.text[places[j - 1].span.end : pm.span.start]) is not None


def _names_admin1(places: tuple[PlaceMention, ...], written: set[int], admin1: str) -> bool:
    """A container the report writes spells the reading's own province ("in Brus Laguna, Gracias a Dios",
    "in Puerto Montt, Los Lagos"): the reading is confirmed, whatever town the gazetteer calls the container
    (Gracias in Lempira, Los Lagos in Los Rios), so the container must not re-read or empty it."""
    own = fold(admin1)
    return any(own == (name := fold(places[j].span.text)) or own.startswith(name + " ") for j in written)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _wanted(
    doc: Document,
    places: tuple[PlaceMention, ...],
    anchors: list[tuple[int, tuple[str, str]]],
    k: int,
    iso2: str,
    provinces: set[tuple[str, str]],
) -> set[tuple[str, str]]:
    """The provinces the report's admin areas point mention `k` to.

    A long report that tours several provinces (a weekly round-up: Deir Ezzor, al-Hasakah, Idlib)
    says nothing about where a name in another paragraph lies, so its ranked reading stands
    ("Ayn Issa" in Ar-Raqqa, not a namesake in Idleb). Admin areas of the mention's own paragraph
    count; those elsewhere only when all the report's other places lie in one province.
    """
    same = [(j, a) for j, a in anchors if j != k and a[0] == iso2]
    if len(provinces) <= 1:
        return {a for _, a in same}
    start, end = places[k].span.start, places[k].span.end
    return {
        a for j, a in same
        if not _PARAGRAPH_BREAK.search(doc.text, min(start, places[j].span.start), max(end, places[j].span.end))
    }  # fmt: skip
