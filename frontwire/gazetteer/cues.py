"""How a report frames a place name: the cue words before and after it.

Reads nothing but its arguments; writes nothing; never fails. `frame(text, start, end)` gives the
cue ("in", "near", "east of", "countryside of", "province", "town", ...) and whether a type word
frames the name strongly ("the village of X", "X district"), which lets names that are also
common words, or that the gazetteer lacks, count as places. The other patterns say when a
capitalised name is no place at all (a title before it, an organisation or facility word after).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "ADMIN_CUES",
    "FACILITY_AFTER",
    "INSTITUTION",
    "ORG_AFTER",
    "RELATIVE_CUES",
    "SETTLEMENT_CUES",
    "TITLE_BEFORE",
    "TOWN_ROAD_AFTER",
    "TYPE_AFTER",
    "frame",
]

_STRONG_BEFORE = re.compile(
    r"\b(?:town|city|village|villages|area|district|sub-district|subdistrict|neighbou?rhood|suburb|locality|settlement|"
    r"camp|hamlet|county|sub-county|province|governorate|region|municipality|estate|market|ward|division|"
    r"forest|mountain|hill|valley|island|sector|commune|township|tehsil|taluka|woreda|upazila|partido)"
    r"s? of (?:the )?$",
    re.IGNORECASE,
)
TYPE_AFTER = re.compile(
    r"^ ?(?:-)?(province|governorate|district|sub-district|county|sub-county|region|state|village|town|city|"
    r"camp|area|neighbou?rhood|ward|estate|division|location|municipality|countryside|suburb|market|"
    r"constituency|prefecture|department|oblast|raion|commune|township|tehsil|taluka|woreda|upazila|LGA)s?\b",
    re.IGNORECASE,
)
_RELATIVE_BEFORE = re.compile(
    r"\b((?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?(?: of| outskirts of)?|"
    r"near|nearby|outside|outskirts of|close to|vicinity of|countryside of|rural|around|between|suburbs? of|"
    r"(?:north|south|east|west)(?:ern)? countryside of|km (?:north|south|east|west)[a-z-]* of|"
    r"kilometres? (?:north|south|east|west)[a-z-]* of|kilometers? (?:north|south|east|west)[a-z-]* of|"
    r"parts? of|areas? of|road to|road between|highway|countryside)"
    r"(?: the)?(?: (?:town|city|village|area|district|province|governorate|region|county)s? of)?(?: the)? $",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(in|at|from|into|to|on|of|across|inside|within|towards?)(?: the)? $", re.IGNORECASE
)
# "President Kibaki", "the president Kibaki", "opposition leader Odinga": a person, not a place;
# so is a surname after the title and given names ("President Omar el Bashir", "General Abdul Raziq
# Achakzai"): up to two capitalised words may sit between, the name that follows is still the person's.
TITLE_BEFORE = re.compile(r"\b(?:President|Governor|Minister|Mr|Mrs|Ms|Dr|Gen|General|Sheikh|Imam|MP|Senator|"
                           r"Commander|Colonel|Col|Chief|Bishop|Pastor|Mayor|Hon|Prime Minister|Leader|"
                           r"Deputy|Lieutenant|Lt|Major|Maj|Captain|Capt|Sergeant|Sgt|Judge|Justice|Prince|"
                           r"King|Queen|Emir|Sultan|Mullah|Rev|Father|Brother|Sister|Ambassador|"
                           r"Spokesman|Spokesperson|Secretary|Chairman|Chairperson|Speaker|Activist|"
                           r"Journalist|Cleric|Businessman|Politician|Candidate)\.? (?-i:[A-Z][\w'’-]+ ){0,2}$",
                          re.IGNORECASE)  # fmt: skip
# A place name followed by one of these names a facility ("Rabin Square", "Kenyatta Hospital").
FACILITY_AFTER = re.compile(
    r"^ (?:[Ss]quare|[Ss]treet|St\b|[Rr]oad|[Aa]venue|[Bb]ridge|[Jj]unction|[Rr]oundabout|[Hh]ospital|[Ss]chool|"
    r"[Uu]niversity|[Cc]ollege|[Mm]osque|[Cc]hurch|[Ss]tadium|[Pp]rison|[Hh]otel|[Mm]all|[Pp]ark|[Gg]roup|"
    r"[Cc]ompany|[Bb]ank|[Ff]oundation|[Ii]nstitute|[Bb]arracks|[Ss]econdary|[Pp]rimary|[Aa]cademy|"
    r"[Pp]olytechnic|[Ss]tation|[Ff]actory|[Hh]ighway|[Mm]otel)\b"
)
# ...except a road, bridge or junction written in lowercase after a known town: the town's own ("blocked
# the Halba road", "the Douris roundabout", "the Miniyeh highway"), where ACLED codes the town;
# "Mombasa Road" is a street's name. The second town of "Kikuyu-Dagoretti road" is not where it is.
TOWN_ROAD_AFTER = re.compile(r"^ (?:road|highway|roundabout|junction|bridge)\b")
# A name the gazetteer lacks that holds one of these words is a body or a building, never a
# village ("Mucharage Girls Secondary School in Othaya", "Produce Board in Nairobi").
INSTITUTION = re.compile(
    r"^ (?:Board|Base|Office|Court|Ministry|Commission|Authority|Agency|Clinic|Hall|Palace|Council|Union|"
    r"Association|Party|Committee|Company|Corporation|Bank|School|University|College|Hospital|Church|"
    r"Mosque|Prison|Stadium|Hotel|Secondary|Primary|Academy|Institute|Foundation|Group|Station)s?\b"
)

# Words that turn a preceding place name into an organisation or a person's affiliation.
ORG_AFTER = re.compile(
    r"^ (?:Observatory|Armed|Army|Forces?|Police|Government|Ministry|Defen[cs]e|Navy|Air Force|Embassy|"
    r"Airlines|Airways|Broadcasting|News|Times|Post|Daily|Tribune|Herald|Standard|Network|Party|"
    r"Democratic Forces|National Army|Red Crescent|Revolutionary|Guard|Coast Guard|Cup|League|Division|"
    r"Brigades?|Corps|Front|Battalions?|Movement|Council|Militia|Regiment|Republican|Liberation)\b"
)
RELATIVE_CUES = ("near", "outside", "outskirts", "close", "vicinity", "countryside", "around", "between",
                 "north", "south", "east", "west", "rural", "suburb", "km", "kilomet", "part", "area",
                 "road", "highway")  # fmt: skip
ADMIN_CUES = frozenset({"province", "governorate", "district", "sub-district", "county", "sub-county", "region",
                        "state", "constituency", "prefecture", "department", "oblast", "raion", "division",
                        "municipality", "ward"})  # fmt: skip
SETTLEMENT_CUES = frozenset({"town", "village", "city", "camp", "neighbourhood", "neighborhood", "suburb",
                              "settlement", "hamlet", "locality", "market"})  # fmt: skip


def frame(text: str, start: int, end: int) -> tuple[str, bool]:
    """The cue framing text[start:end] and whether it is a strong (type-word) frame."""
    return _frame(text[max(0, start - 60) : start], text[end : end + 30])


# The cue depends only on the two short windows, and the passes ask about the same names again
# and again (runs, groups, unknown names, containers): cached, the end-anchored searches run once.
@lru_cache(maxsize=65_536)
def _frame(before: str, after: str) -> tuple[str, bool]:
    type_after = TYPE_AFTER.match(after)
    rel = _RELATIVE_BEFORE.search(before)
    strong_before = _STRONG_BEFORE.search(before)
    if rel:
        cue = rel.group(1).lower()
    elif type_after:
        cue = type_after.group(1).lower()
    elif strong_before:
        cue = strong_before.group(0).split()[0].lower()
    else:
        prep = _PREPOSITION_BEFORE.search(before)
        cue = prep.group(1).lower() if prep else ""
    if type_after and cue != type_after.group(1).lower() and type_after.group(1).lower() in ADMIN_CUES:
        cue = f"{cue} {type_after.group(1).lower()}"  # "northern ... province": keep both
    return cue, bool(type_after or strong_before)
