"""Candidate ranking for geoparse: which gazetteer record each place name means, best first.

Reads the kept name matches, the report's country focus (country names, provinces, publishers,
unambiguous places; `hearsay` is the part from demonyms) and ACLED's conflict geography; returns
one `PlaceMention` per name. Writes nothing; never fails.
"""

from __future__ import annotations

import math
from collections import Counter

from .gazetteer.acled_admin import acled_spelling, coded_nearby, coded_share
from .gazetteer.cues import ADMIN_CUES, SETTLEMENT_CUES, TYPE_AFTER
from .gazetteer.geometry import distance_km
from .gazetteer.lexicon import abbreviated_areas, country_prior
from .gazetteer.names import fold, skeleton, strip_article
from .geo_brackets import pin_to_bracket, province_readings
from .geo_countries import abroad_only, unsupported
from .geo_tokens import Match, Token
from .model import Place, PlaceMention, Span

__all__ = ["WEAK_CUES", "rank_candidates"]

_FEATURE_BONUS = {"PPLC": 1.2, "PPLA": 0.9, "PPLA2": 0.6, "PPLA3": 0.4, "PPLA4": 0.3, "PPL": 0.2, "PPLX": 0.1,
                  "ADM1": 0.1, "ADM2": 0.0, "ADM3": -0.1, "CMP": 0.0, "PCLI": -1.0}  # fmt: skip
_CELL = 0.4  # degrees
_ACLED_CODED = 0.6  # score bonus for a candidate ACLED itself has coded events at
_CODED_NEAR = 0.8  # score bonus for a candidate in a cell block where ACLED has coded events
_CODED_PROVINCE = 0.5  # score penalty x how much less of its country's coded points a namesake's province holds
_CITY_DISTRICT = 100_000  # a district this populous read under a town cue is a city's quarter
_URBAN_CUES = frozenset({"town", "city", "neighbourhood", "neighborhood", "suburb"})  # not "village"
_PROVINCE_NAME = 0.5  # score bonus for a province's own name written with no settlement or admin cue
_BIG_CITY = 0.8  # score bonus for a city of 100,000+ that no admin cue frames
_ALT_NAME = 0.3  # score penalty for a record matched by one of its alternate names, not its own
_HOLDS_INNER = 2.0  # score bonus for a container's admin reading that holds a reading of the name before it
_IN_NAMED_DISTRICT = 1.5  # score bonus for a namesake inside the district written as its container
_BRACKET_PROVINCE = 1.0  # score bonus for a province reading of the last name in ACLED's "(district, province)"
_GUESS_KM = 50.0  # a consonant guess in another province than its container's is believed this close to it
_NAMES_DISTRICT = 0.5  # score bonus for a namesake whose district (admin2/admin3) the report names
_STALE_KM = 300.0  # a district filed under another province than the written one lies this close to it
_FRAMES_UNKNOWN = 0.6  # score bonus for a container's admin reading when the name before it has no reading
# Parts of a town ("the Hamra area in Beirut", "Matam commune in Conakry city"): the town after them is
# where ACLED codes the event, not a container that picks the part's namesake.
_PART_TYPES = frozenset({"area", "neighbourhood", "neighborhood", "ward", "estate", "market", "camp", "suburb",
                         "location", "countryside", "commune", "division"})  # fmt: skip
# Cues that frame no place: a bare name, a demonym, "of X", "to X".
WEAK_CUES = frozenset({"", "demonym", "of", "on", "to", "from", "towards", "toward"})


def _own_key(name: str) -> str:
    """A record's own name, folded, without the gloss in brackets ("Bethlehem (Beit Lahm)")."""
    return fold(name.split(" (", 1)[0])


def _bracket_tail(text: str, start: int, end: int) -> bool:
    """True for the Y of ACLED's "X (Z, Y)" or "X (Y)": written last in a short bracket."""
    if text[end : end + 1] != ")":
        return False
    if text[start - 1 : start] == "(":
        return True  # "Ash Shurfah area (Najran)": a bracket of one name
    if text[max(0, start - 2) : start] != ", ":
        return False
    opened = text.rfind("(", max(0, start - 40), start)
    return opened >= 0 and ")" not in text[opened:start] and text.count(",", opened, start) == 1


def _beside(area: Place, outer: Place) -> bool:
    """A district filed under another province still lies by the written one ("Jur River county (Western
    Bahr el Ghazal)", filed under Warrap), not across the country ("Myronivskyi, Donetsk": Kyiv's raion)."""
    if None in (area.latitude, area.longitude, outer.latitude, outer.longitude):
        return True
    return distance_km(area.latitude, area.longitude, outer.latitude, outer.longitude) <= _STALE_KM  # type: ignore[arg-type]


def rank_candidates(
    text: str, tokens: list[Token], kept: list[Match], focus: Counter[str], hearsay: Counter[str],
    elsewhere: float = 0.0,
) -> tuple[PlaceMention, ...]:
    bracket_tail = [_bracket_tail(text, tokens[m.first].start, tokens[m.last].end) for m in kept]
    for m, tail in zip(kept, bracket_tail, strict=True):
        pin_to_bracket(text, tokens, m)
        if tail:
            m.places = province_readings(text, tokens, m)
    # `elsewhere`: votes for no named country (a foreign force's demonym), which dilute the shares.
    total = (sum(focus.values()) + elsewhere) or 1
    share = {iso2: n / total for iso2, n in focus.items()}
    mentioned = {fold(text[tokens[m.first].start : tokens[m.last].end]) for m in kept}
    mentioned |= {strip_article(k) for k in mentioned if strip_article(k)}
    mentioned |= abbreviated_areas(text)  # "(Haveli district, AJK)": AJK's names are Haveli's province

    def container_key(idx: int) -> str:
        """The folded name right after this mention as "X, Y" or "X (Y)": Y likely contains X."""
        if idx + 1 >= len(kept):
            return ""
        m, n = kept[idx], kept[idx + 1]
        gap = text[tokens[m.last].end : tokens[n.first].start]
        # "Wadali village, Amritsar", "Birbhum district, West Bengal", "Cukurca district of Hakkari":
        # the type word says what X is; what follows it is still X's container.
        typed = TYPE_AFTER.match(gap)
        if typed and gap[typed.end() :].strip() == "(":
            # "Ash Shurfah area (Najran)": ACLED's bracket holds what it names, a part of a town too.
            return fold(text[tokens[n.first].start : tokens[n.last].end])
        if typed and typed.group(1).lower() not in _PART_TYPES and typed.end() < len(gap):
            gap = gap[typed.end() :]
            if gap.strip() == "of":
                return fold(text[tokens[n.first].start : tokens[n.last].end])
        # Only a short gap: "X, Y", "X (Y", "X, in Y"; ", a man was found dead in Y" is no container.
        if gap.strip() in (",", "(", ", in", "in", ", (") or (gap.strip().startswith(",") and len(gap) <= 6):
            return fold(text[tokens[n.first].start : tokens[n.last].end])
        return ""

    prior = country_prior()

    def held_areas(idx: int) -> frozenset[tuple[str, str]]:
        """(ISO2, folded admin name) of every area holding a reading of the name before this one,
        when this one is its container ("Tlahuelilpan, Hidalgo": Hidalgo the state, not a town)."""
        if idx == 0 or not containers[idx - 1]:
            return frozenset()
        return frozenset((p.iso2, fold(a)) for p in kept[idx - 1].places for a in (p.admin1, p.admin2) if a)

    def score(p: Place, m: Match, container: str, others: Counter | None, mine: Place | None = None,
              held: frozenset[tuple[str, str]] = frozenset(), idx: int = -1) -> float:  # fmt: skip
        s = 3.0 * share.get(p.iso2, 0.0) + 0.8 * prior.get(p.iso2, 0.0)
        if held and p.feature in ("ADM1", "ADM2"):
            area = p.admin1 if p.feature == "ADM1" else p.admin2
            s += _HOLDS_INNER if (p.iso2, fold(area)) in held else 0.0
        elif p.feature in ("ADM1", "ADM2") and idx > 0 and containers[idx - 1] and not kept[idx - 1].places:
            # "Ziracuaretiro, Michoacan": a town the gazetteer lacks is framed by a state or district
            # (its container), not by a namesake hamlet of 500 in another state that outscores it on size.
            s += _FRAMES_UNKNOWN
        # A place's own name is no evidence for it: "Basira" sub-district of the village Basira.
        own = fold(text[tokens[m.first].start : tokens[m.last].end])
        admins = {fold(p.admin1), fold(p.admin2), fold(p.admin3)} - {"", own, strip_article(own)}
        if container and (container in admins or strip_article(container) in admins):
            # The district the text puts it in ("Ilorin (Borgu LGA, Niger)") sets a hamlet apart from
            # a namesake city: a province is shared by many namesakes, a district by few.
            finer = {fold(p.admin2), fold(p.admin3)} - {fold(p.admin1)}
            s += 2.5 + (_IN_NAMED_DISTRICT if {container, strip_article(container)} & finer else 0.0)
        elif admins & mentioned:
            # A co-mentioned district sets one namesake apart from the others in its province
            # ("Kumb town (Khairpur, Sindh)": Kumb of Khairpur, not Kumb of Larkana); the province names them all.
            finer = {fold(p.admin2), fold(p.admin3)} - {fold(p.admin1)}
            s += 1.0 + (_NAMES_DISTRICT if finer & admins & mentioned else 0.0)
        s += _FEATURE_BONUS.get(p.feature, 0.1 if p.feature.startswith("PPL") else 0.0)
        cue_words = m.cue.split()
        admin = p.feature.startswith("ADM")
        admin_cued = not ADMIN_CUES.isdisjoint(cue_words)
        if admin_cued:
            s += 1.5 if admin else 0.0
        elif idx >= 0 and bracket_tail[idx]:
            # "Gordi (Mamprugo Moaduri, North East)": the last of ACLED's bracketed pair is the province.
            # "Ash Shurfah area (Najran)": a town of 10,000+ whose province bears the name it is written by
            # stands for that province (Saudi Najran, not Marib's hamlet Najran).
            province_seat = p.feature.startswith("PPL") and fold(p.admin1) == own and p.population >= 10_000
            s += _BRACKET_PROVINCE if p.feature == "ADM1" or province_seat else 0.0
        elif not SETTLEMENT_CUES.isdisjoint(cue_words):
            # "Kadikoy town, Istanbul": a city's district of 100,000+ is the town the report means, not
            # a namesake hamlet elsewhere in the province; a smaller district under a town cue is not.
            urban = not _URBAN_CUES.isdisjoint(cue_words)
            quarter = urban and p.feature in ("ADM2", "ADM3") and p.population >= _CITY_DISTRICT
            s += (0.0 if quarter else -1.0) if admin else 0.5
        elif p.feature == "ADM1" and (idx, p.iso2) not in notable_town and own in (fold(p.admin1), _own_key(p.name)):
            # "air raids on Al Jawf", "in Al Jawf, Ad Dali and Taizz governorates": a province's own name
            # written bare means the province more than a namesake hamlet of no size (Taizz's Al Jawf); not
            # where a town of 10,000+ or a point ACLED codes bears the name ("Homs" is the city first).
            s += _PROVINCE_NAME
        name = _own_key(p.name)
        # Its own name, one holding the written one ("Ciudad Lazaro Cardenas" for "Lazaro Cardenas")
        # or the same name transliterated ("Idlib" for "Idleb"); "Belem" is a translation of "Bethlehem".
        own_name = f" {strip_article(own) or own} " in f" {name} " or skeleton(name) == skeleton(own)
        # "Bethlehem (Beit Lahm)": a town that names its district is as well known as the district.
        # A town (10,000+) inherits too: Bethlehem town (29,000) is known as its district (176,000).
        inherits = not admin and (p.population >= 10_000 or (idx, p.iso2) not in towns)
        population = max(p.population, seats.get((idx, p.iso2, fold(p.admin2)), 0)) if inherits else p.population
        if population and not admin:
            s += math.log10(population + 1) / 6.0
            # A city of 100,000+ is what a bare name means ("La Paz", "San Salvador") unless the
            # report points elsewhere: its villages namesakes are many, it is one; not a city found
            # under a translated name ("Bethlehem" for Belem) when a well-known place bears the name itself.
            big = population >= 100_000 and not admin_cued
            s += _BIG_CITY if big and (own_name or idx not in notable) else 0.0
        if not p.name.isascii() and fold(p.name).isascii() is False:
            s -= 0.05  # prefer the record with a Latin primary name among duplicates
        if m.kind == 1:
            s -= 0.5
        elif fold(p.name) not in (own, strip_article(own)) and strip_article(fold(p.name)) != strip_article(own):
            s -= _ALT_NAME  # found under an alternate name ("Sujawal", once part of Thatta district)
        if p.id.startswith("acled:"):
            s += _ACLED_CODED  # ACLED has coded events under this name here: a strong prior
        elif p.feature != "PCLI":
            s += _CODED_NEAR * min(coded_nearby(p.iso2, p.latitude, p.longitude), 3) / 3
        if p.feature.startswith("PPL"):
            # Shares are per country, so only namesakes of one country are compared: the one in its
            # country's most fought-over province loses nothing, which keeps countries level. Only
            # settlements: "the Ituri province" is the province wherever the fighting is.
            s -= _CODED_PROVINCE * (top_share[idx].get(p.iso2, 0.0) - coded_share(p.iso2, p.admin1))
        if others is not None and p.latitude is not None and p.longitude is not None:
            cy, cx = int(p.latitude // _CELL), int(p.longitude // _CELL)
            near = sum(others.get((cy + dy, cx + dx), 0) for dy in (-1, 0, 1) for dx in (-1, 0, 1))
            if mine is not None and mine.latitude is not None and mine.longitude is not None:
                oy, ox = int(mine.latitude // _CELL), int(mine.longitude // _CELL)
                near -= 1 if abs(oy - cy) <= 1 and abs(ox - cx) <= 1 else 0
            s += 0.8 if near > 0 else 0.0
        return s

    # Per mention: the population of each admin area that bears the written name itself, and
    # whether a place of 10,000+ (or a district or province) bears it as its own name.
    seats: dict[tuple[int, str, str], int] = {}
    notable: set[int] = set()
    towns: set[tuple[int, str]] = set()
    notable_town: set[tuple[int, str]] = set()  # a town of 10,000+ (or ACLED's point) of the country bears the name
    for idx, m in enumerate(kept):
        own = fold(text[tokens[m.first].start : tokens[m.last].end])
        for p in m.places:
            if p.population >= 10_000 and p.feature.startswith("PPL"):
                towns.add((idx, p.iso2))  # a town's own record ("Idlib") knows its size: nothing to inherit
                notable_town.add((idx, p.iso2))  # "Mersin": a city found under the name (İçel) is meant first
            if p.id.startswith("acled:"):
                notable_town.add((idx, p.iso2))  # ACLED's own point for the name is how ACLED codes it
            name = _own_key(p.name)
            if name not in (own, strip_article(own)) or p.feature == "PCLI":
                continue
            if p.feature == "ADM2" and p.population:
                seats[(idx, p.iso2, name)] = max(p.population, seats.get((idx, p.iso2, name), 0))
            if p.population >= 10_000 or p.feature in ("ADM1", "ADM2"):
                notable.add(idx)
    top_share: list[dict[str, float]] = []
    for m in kept:
        best: dict[str, float] = {}
        for p in m.places:
            if p.feature.startswith("PPL"):
                best[p.iso2] = max(best.get(p.iso2, 0.0), coded_share(p.iso2, p.admin1))
        top_share.append(best)
    mentioned_keys = [fold(text[tokens[m.first].start : tokens[m.last].end]) for m in kept]
    bracketed = [
        idx + 1 < len(kept) and "(" in text[tokens[m.last].end : tokens[kept[idx + 1].first].start]
        for idx, m in enumerate(kept)
    ]
    first_pass: list[Place | None] = []
    shortlists: list[tuple[Place, ...]] = []
    containers = [container_key(idx) for idx in range(len(kept))]
    helds = [held_areas(idx) for idx in range(len(kept))]
    for idx, m in enumerate(kept):
        cands = sorted(m.places, key=lambda p: -score(p, m, containers[idx], None, None, helds[idx], idx))
        first_pass.append(cands[0] if cands else None)
        shortlists.append(tuple(cands[:15]))  # proximity only reorders a shortlist
    # Proximity on a grid of ~0.4 degree cells: "near another place of this report" in O(1).
    cells: Counter[tuple[int, int]] = Counter()
    for p in first_pass:
        if p is not None and p.feature != "PCLI" and p.latitude is not None and p.longitude is not None:
            cells[(int(p.latitude // _CELL), int(p.longitude // _CELL))] += 1
    def _outer_at(idx: int) -> int:
        """The index of the first container after this name the gazetteer knows in its own container's
        country: "Jurumudi Baru sub-district, Benda district, Tangerang City, Banten province" is framed by
        Tangerang when Benda is unknown or read only abroad (Bangladesh's Benda)."""
        j = idx + 1
        # Only a unit typed as one ("Benda district"): in a list ("Mwiki, Tasia, Zimmerman") no name holds the next.
        while (j + 1 < len(kept) and containers[j] and not ADMIN_CUES.isdisjoint(kept[j].cue.split())
               and (first_pass[j] is None or _foreign(j))):  # fmt: skip
            j += 1
        return j

    def _foreign(j: int) -> bool:
        """The container `j` is read in another country than its own container ("Benda" in Bangladesh,
        then "Tangerang" in Indonesia)."""
        here, beyond = first_pass[j], first_pass[j + 1]
        return (here is not None and beyond is not None and beyond.feature != "PCLI"
                and here.iso2 != beyond.iso2)  # fmt: skip

    def _province_told(idx: int, j: int) -> bool:
        """True when the container `j` is a province, or a place whose own container agrees on its
        province ("Tulunan, Cotabato"): the name lies in that province."""
        outer = first_pass[j]
        if outer is None or not outer.admin1 or outer.feature == "PCLI":
            return False
        if outer.feature == "ADM1":
            # "Holosiivskyi district of Kyiv": a province that is also a city of its own province
            # (Kyiv, Caracas) does not say which of the two holds the name.
            return not any(
                p.iso2 == outer.iso2 and p.population >= 100_000 and p.feature.startswith("PPL")
                and fold(p.admin1) != fold(outer.admin1) for p in kept[j].places
            )
        if (not any(p.feature == "ADM1" and p.iso2 == outer.iso2 for p in kept[idx].places)
                and any(p.feature == "ADM1" and p.iso2 == outer.iso2 and fold(p.admin1) == fold(outer.admin1)
                        for p in kept[j].places)):  # fmt: skip
            # "Myronivskyi, Donetsk": the city or the province of that name, Donetsk province either way;
            # not a province's own name before it ("Al Jawf, Ad Dali and Taizz governorates": a list).
            return True
        beyond = first_pass[j + 1] if containers[j] else None
        return beyond is not None and beyond.iso2 == outer.iso2 and fold(beyond.admin1) == fold(outer.admin1)

    def _district_told(j: int) -> str:
        """The folded district the containers from `j` on agree on: a district whose own container
        is its province ("Gujba LGA, Yobe"), or a town whose container names its district ("Fada
        Ngourma, Gourma"); else ""."""
        outer = first_pass[j]
        beyond = first_pass[j + 1] if containers[j] else None
        if outer is None or beyond is None or beyond.iso2 != outer.iso2:
            return ""
        district = ""
        if outer.feature == "ADM2" and outer.admin1 and fold(beyond.admin1) == fold(outer.admin1):
            district = fold(outer.admin2 or _own_key(outer.name))
        elif outer.feature.startswith("PPL") and outer.admin2 and fold(outer.admin2) == containers[j]:
            district = containers[j]
        # "Egerton University in Njoro, Nakuru county": a district named like its province is the province.
        return "" if district == fold(outer.admin1) else district

    result = []
    for idx, m in enumerate(kept):
        places = shortlists[idx]
        j = _outer_at(idx) if containers[idx] and idx + 1 < len(kept) else idx + 1
        outer = first_pass[j] if containers[idx] and idx + 1 < len(kept) else None
        if (
            outer is not None
            and unsupported(outer, kept[j], focus)
            and any(p.population >= 100_000 or focus.get(p.iso2, 0.0) - m.vouched > 0 for p in m.places)
        ):
            # "Choloma, Cortes": the container's only reading is a Philippine district nothing
            # else in the report supports, while the town is a city or in a country the report
            # names: the container is the unsure one.
            outer = None
        if outer is not None and containers[j] and (beyond := first_pass[j + 1]) is not None:
            # "Oyem town (Ntem, Woleu-Ntem)": a container read in another country than its own container
            # (a Cameroonian Ntem in Gabon's Woleu-Ntem) is the unsure one too.
            outer = outer if beyond.iso2 == outer.iso2 or beyond.feature == "PCLI" else None
        if outer is not None and any(
            p.iso2 != outer.iso2 and containers[idx] in {fold(p.admin1), fold(p.admin2)} for p in m.places
        ):
            # "Choloma, Cortes": the town has a reading inside a province of that very name, so the
            # container's own first reading (a Philippine or Brazilian namesake) must not filter it.
            outer = None
        if outer is not None and places and places[0].feature != "PCLI":
            # "Sahwa in Dar'a": a Sahwa outside Dar'a's country is another Sahwa; if the gazetteer
            # knows none inside, the name is one it lacks (kept as text, placed by its container).
            places = tuple(p for p in places if p.iso2 == outer.iso2)
        if outer is not None and not places and m.places:
            places = tuple(p for p in m.places if p.iso2 == outer.iso2)[:15]
        if outer is not None and places and m.kind == 1 and outer.latitude is not None and outer.longitude is not None:
            # A consonant guess is weak evidence: any container rules out guesses in its country's other
            # provinces ("Pulluvila village (Thiruvananthapuram, KL)" guessed as Haryana's Palwal, 2,200 km
            # off) unless they lie by it ("Qiyamaddinli, Aghjabadi": Agdam's Kiyamandynly, 31 km, over the line).
            places = tuple(p for p in places if p.iso2 != outer.iso2 or fold(p.admin1) == fold(outer.admin1)
                           or (p.latitude is not None and p.longitude is not None
                               and distance_km(p.latitude, p.longitude, outer.latitude, outer.longitude) <= _GUESS_KM))  # fmt: skip
        if outer is not None and places and places[0].feature != "PCLI" and _province_told(idx, j):
            # "Tuburan, Tulunan, Cotabato", "Mambuliling sub-district, Mamasa district, West Sulawesi":
            # the province the containers agree on rules out the name's namesakes in its country's
            # other provinces; if none is left the gazetteer lacks it (placed by its container).
            # Only settlements: a district keeps its name wherever the gazetteer files it, and so does a
            # record filed under the container by name (Who's On First keeps some districts under the
            # provinces before a reform: "Jur River county (Western Bahr el Ghazal)" in Warrap, "Mambasa"
            # in Nord-Kivu's district Ituri).
            province, named = fold(outer.admin1), containers[idx]
            admin_cued = not ADMIN_CUES.isdisjoint(m.cue.split())  # "Zhari district, Balkh": a district it is
            places = tuple(p for p in places if p.iso2 != outer.iso2 or fold(p.admin1) == province
                           or (not p.feature.startswith("PPL") and (p.feature == "ADM1" or admin_cued or _beside(p, outer)))
                           or named in (fold(p.admin2), fold(p.admin3)))  # fmt: skip
        if outer is not None and places and outer.admin1 and outer.feature != "PCLI" and bracketed[idx]:
            # A province lies in no other province, nor in a town or district of one: "Anosy (Ambalavao, Haute
            # Matsiatra)" is a place in Ambalavao, not Madagascar's Anosy Region 350 km south. Only in
            # ACLED's bracket, which always names the place's own units.
            spelt = fold(acled_spelling(outer.iso2, outer.admin1))
            places = tuple(p for p in places if p.feature != "ADM1" or p.iso2 != outer.iso2
                           or fold(p.admin1) == fold(outer.admin1)
                           or fold(acled_spelling(p.iso2, p.admin1)) == spelt)  # fmt: skip
        if outer is not None and places and (district := _district_told(j)):
            # "Boungou (Fada Ngourma, Gourma)", "X (Gujba LGA, Yobe)": likewise the district the containers
            # agree on rules out the name's villages filed under another district of the country (not
            # its towns: "Hudaydah city (Al Mina, Al Hudaydah)" spans districts the gazetteer files it under one of).
            places = tuple(p for p in places if p.iso2 != outer.iso2 or not p.feature.startswith("PPL")
                           or p.population >= 10_000 or not p.admin2 or district in (fold(p.admin2), fold(p.admin3)))  # fmt: skip
        filed = {iso2 for iso2, area in helds[idx] if area in (mentioned_keys[idx], strip_article(mentioned_keys[idx]))}
        if len(filed) == 1 and places and places[0].feature != "PCLI":
            # "Montego Bay, Saint James Parish": the town before it is filed under an area of this very
            # name in one country, so this is that area; a namesake abroad (Vung Tau, once "Saint
            # James") is not, and with none left it is an area the gazetteer lacks as a record.
            places = tuple(p for p in places if p.iso2 in filed)
        if places and places[0].feature != "PCLI" and not m.spoken and abroad_only(m, places, focus, hearsay):
            # Namesakes abroad only ("al-Kasara" in a report on Yemen: India, Bangladesh,
            # Morocco): the report's own place the gazetteer lacks, placed by its context;
            # unless nothing frames it as a place ("closed as Nasa demonstrators marched").
            if m.cue in WEAK_CUES and not m.strong:
                continue
            places = ()
        own = first_pass[idx]
        cands = sorted(places, key=lambda p: -score(p, m, containers[idx], cells, own, helds[idx], idx))[:12]
        span = Span.of(text, tokens[m.first].start, tokens[m.last].end)
        result.append(PlaceMention(span=span, candidates=tuple(cands), cue=m.cue))
    return tuple(result)
