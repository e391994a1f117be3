"""Toponym recognition and candidate ranking, without NER: gazetteer matching over normalised text.

Reads `Document.text`, the sentence spans and a `Gazetteer`; returns every place mention in text
order as a `PlaceMention` with its candidate `Place`s (best first) and the framing cue ("in",
"near", "east of", "countryside of", "province", ...). Never fails: a text with no places gives ().

The cascade:
1. Tokenise; every run of up to 6 tokens that starts and ends capitalised (Arabic articles and
   "de"/"bin"-style particles may sit inside or in front) is a candidate name.
2. Look all candidate keys up in one batched query (exact folded key, then the article-less key,
   then for names of 5+ letters the consonant skeleton that absorbs transliteration variants).
3. Keep the longest non-overlapping matches. Reject common words unless a strong cue frames them
   ("the village of May"), demonyms and names that introduce an organisation ("Syrian Observatory").
4. Names the gazetteer lacks still become mentions (with no candidates) when a cue frames them:
   "the town of X", "X district", "in X, <known place>".
5. Rank candidates: document country focus (country names, demonyms, unambiguous places, the
   source's "(Kenya)"), co-mentioned admin areas ("X, Y province", "X (Y)"), feature type and
   population, proximity to the other places of the report.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from .gazetteer import Gazetteer
from .gazetteer.acled_places import add_acled_candidates
from .gazetteer.cues import (
    ADMIN_CUES,
    FACILITY_AFTER,
    ORG_AFTER,
    RELATIVE_CUES,
    TITLE_BEFORE,
    TOWN_ROAD_AFTER,
    TYPE_AFTER,
    frame,
)
from .gazetteer.landmarks import add_landmark_candidates
from .gazetteer.lexicon import (
    abbreviated_countries,
    blocked_phrases,
    common_words,
    group_names,
    name_heads,
    not_places,
    source_countries,
)
from .gazetteer.names import ARTICLES, fold, skeleton, strip_article
from .gazetteer.spelling import fill_close_spellings
from .geo_brackets import abbreviation_mentions
from .geo_countries import REGION_AFTER, admin1_named, country_names, country_place, publisher_countries
from .geo_fragments import drop_fragments
from .geo_groups import attacker_demonym, group_countries
from .geo_labels import doubt_city_labels, relabel_stale
from .geo_landforms import landform_names
from .geo_news import dateline_readings, dateline_span, in_span, spoken_from
from .geo_passes import (
    GROUP_AFTER,
    INDEFINITE,
    add_unknown,
    glued_singles,
    glued_to_unknown,
    in_named_area,
    merge_adjacent,
    particle_names,
    uncued_group,
    unknown_compounds,
    weak_singles,
)
from .geo_people import person_tokens
from .geo_quiet import quiet_guess
from .geo_rank import WEAK_CUES, rank_candidates
from .geo_tokens import (
    JOINABLE_GAP,
    Match,
    Token,
    candidate_runs,
    continues,
    ezafe_spans,
    resembles,
    same_shape,
    select_longest,
    tokenise,
)
from .model import Document, PlaceMention, Span

__all__ = ["ADMIN_CUES", "RELATIVE_CUES", "country_place", "find_places", "source_countries"]

# English determiners: capitalised at a sentence's start before a type word ("The market", "This
# village") they look like a framed name, and some gazetteer records carry them as alternate names.
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "a", "an"})
_MAJOR = frozenset({"PPLC", "PPLA", "ADM1"})  # written many ways, so a skeleton may find them anywhere


def _lookup_runs(text: str, tokens: list[Token], runs, gazetteer: Gazetteer, names: dict[str, str],
                 common: frozenset[str]) -> list[Match]:  # fmt: skip
    keys: dict[tuple[int, int], tuple[str, str, str]] = {}
    for i, j, surface in runs:
        key = fold(surface)
        if len(key) < 3:
            continue
        if (
            i == j
            and key in common
            and text[tokens[j].end : tokens[j].end + 2] not in (" (", ", ")
            and not frame(text, tokens[i].start, tokens[j].end)[1]
        ):
            continue  # "The", "On", "Police": rejected below anyway, and they match thousands of rows
        bare = strip_article(key)
        letters = sum(ch.isalpha() for ch in key)
        # "In Nairobi", "The Hague": a run led by a common word may match exactly, never by skeleton.
        head = key.split(" ", 1)[0]
        # "Kisii Town": the type word is a cue, not part of a name to guess at by its skeleton.
        # "Idlib and Hama" may be looked up whole (a country's name), never guessed at.
        guess = (letters >= 5 and head not in common and not TYPE_AFTER.match(" " + tokens[j].text)
                 and " and " not in key)  # fmt: skip
        sk = skeleton(key, keep_articles=" " not in key) if guess else ""
        # 3-letter skeletons of one word match thousands; of a two-word name ("Ain Issa") far fewer.
        keys[(i, j)] = (key, bare, sk if len(sk) >= 4 or (j > i and len(sk) == 3) else "")
    exact = gazetteer.lookup({k for trio in keys.values() for k in trio[:2] if k})
    add_acled_candidates(gazetteer, exact, {k for trio in keys.values() for k in trio[:2] if k})
    add_landmark_candidates(gazetteer, exact, {k for trio in keys.values() for k in trio[:2] if k})
    misses = {s for (k, b, s) in keys.values() if s and k not in exact and b not in exact}
    skel = gazetteer.lookup(misses, kind=1) if misses else {}
    matches = []
    for (i, j), (key, bare, sk) in keys.items():
        if key in names:
            continue  # countries are handled on their own
        if key in exact or bare in exact:
            places = exact.get(key, ()) + tuple(p for p in exact.get(bare, ()) if p not in exact.get(key, ()))
            matches.append(Match(i, j, places, 0))
        elif sk in skel and (places := same_shape(key, skel[sk])):
            matches.append(Match(i, j, places, 1))
    return matches


_SEAT_CITY = 100_000  # a place a source spoke from vouches for its country only as a city this big


def find_places(doc: Document, sentences: tuple[Span, ...], gazetteer: Gazetteer) -> tuple[PlaceMention, ...]:
    text = doc.text
    tokens = tokenise(text)
    if not tokens:
        return ()
    names, demonyms, regions = country_names(gazetteer)
    sentence_starts = {s.start for s in sentences}
    common, blocked = common_words(), not_places()
    runs = candidate_runs(text, tokens)

    focus: Counter[str] = Counter()
    hearsay: Counter[str] = Counter()  # the part of focus from demonyms ("Israeli forces" in Jenin)
    elsewhere = 0.0  # the votes an attacker's demonym owes to countries it does not name
    country_mentions: list[Match] = []
    demonym_mentions: list[Match] = []
    region_mentions: list[Match] = []
    provinces: set[tuple[int, int]] = set()  # demonyms written as a province's name ("Somali region")
    masked: set[int] = set()
    for i, j, surface in runs:
        key = fold(surface)
        if key in names:
            country_mentions.append(Match(i, j, (country_place(gazetteer, names[key]),), 0))
        elif key in demonyms and REGION_AFTER.match(text, tokens[j].end) and admin1_named(gazetteer, key):
            provinces.add((i, j))  # "in Somali region": Ethiopia's Somali Region, not a Somali's nationality
        elif key in demonyms:
            # "Turkish drones", "Saudi-led coalition": the attacker's nationality, often across a
            # border from the place, weighs less than where the people named live.
            weight = 0.5 if attacker_demonym(text, tokens[j].end) else 2.0
            focus[demonyms[key]] += weight
            # A force acts at home or abroad ("Israeli forces" in Bethlehem, "Turkish drones" over
            # Syria): as much again is owed to some other country, so a lone attacker's demonym
            # cannot make a village at home outrank the city abroad the report names.
            elsewhere += weight if weight < 2.0 else 0.0
            hearsay[demonyms[key]] += weight
            demonym_mentions.append(Match(i, j, (country_place(gazetteer, demonyms[key]),), 0, "demonym"))
        elif key in blocked and j > i:
            masked.update(range(i, j + 1))  # "Hayat Tahrir al-Sham": no part of it is a place
        if key in regions:
            region_mentions.append(Match(i, j, (country_place(gazetteer, regions[key]),), 0))
    armed_in: set[str] = set()
    token_starts = [t.start for t in tokens]
    for start, end, country in group_countries(text):
        if (iso2 := names.get(fold(country))) and iso2 not in armed_in:
            armed_in.add(iso2)
            focus[iso2] += 1.0  # "SDF positions", "Taliban fighters": an armed group fights where it lives
        cue, strong = frame(text, start, end)
        if cue in WEAK_CUES and not strong:  # "Hamas positions": the group, not Hamm in Germany
            # Tokens are in text order: bisect the group's span rather than scan every token per group.
            masked.update(range(bisect_left(token_starts, start), bisect_left(token_starts, end)))
    masked |= _blocked_phrase_tokens(tokens)  # "Save the Children": an agency, not Saveh in Iran
    masked |= person_tokens(text, tokens)  # "killed Sunday Ojo", "Musa, a herder,": people, not places
    # "the Gaza Strip" names its country as surely as "Palestine" (the place itself is kept below).
    for m in select_longest(country_mentions) + select_longest(region_mentions):
        focus[m.places[0].iso2] += 3
    for iso2 in publisher_countries(doc, names):
        focus[iso2] += 2  # "Star (Kenya)", "Citizen Kenya", "Yemen Post": the country in its name
    for iso2 in source_countries(doc):
        focus[iso2] += 1.5
    for iso2 in set(abbreviated_countries(text)):
        focus[iso2] += 1.5  # "(Baramulla district, J&K)", "Amethi (UP)": the province says the country

    found = _lookup_runs(text, tokens, runs, gazetteer, names, common)
    # "Dasht-e-Barchi": the parts of an ezafe compound the gazetteer lacks whole are no places.
    compounds = ezafe_spans(text, tokens)
    found = [m for m in found if not any(a <= m.last and m.first <= b and not (m.first <= a and b <= m.last)
                                         for a, b in compounds)]  # fmt: skip
    dateline = dateline_span(text)
    for m in found:
        if in_span(tokens, m, dateline):
            # "TRIPOLI (Reuters) -": agencies file from cities of note; the big namesake is meant,
            # and the report is told from its country.
            m.places = dateline_readings(m.places)
            filed_from = {p.iso2 for p in m.places}
            if len(filed_from) == 1 and m.kind == 0:
                focus[next(iter(filed_from))] += 2
    groups = group_names()
    for m in found:
        m.people = uncued_group(text, tokens, m, groups)
    heads = name_heads()
    # Words an exact hit explains (a skeleton guess, "Haftar" ~ Pakistan's Haftari, explains none).
    known = {k for m in found if m.kind == 0 for k in range(m.first, m.last + 1)} | {
        k for m in country_mentions + demonym_mentions for k in range(m.first, m.last + 1)
    }
    # No evidence of the country: part of a person's or body's name, or where a source spoke ("the army
    # said in a statement from Bamako"). But with no other cue, a village the gazetteer lacks
    # ("Boulkessi") must not fall to a big namesake abroad (Egypt's Bilqas) that only shares its
    # consonants: the seat's country then decides which consonant guesses are believed.
    seats = {id(m) for m in found if spoken_from(text, tokens[m.first].start)}
    glued = {id(m) for m in found if glued_to_unknown(text, tokens, m, known, common, sentence_starts)} | seats
    seat_countries: set[str] = set()
    for m in select_longest(list(found)):
        countries = {p.iso2 for p in m.places}
        key = fold(text[tokens[m.first].start : tokens[m.last].end])
        if key in blocked or masked.intersection(range(m.first, m.last + 1)) or (id(m) in glued and id(m) not in seats):
            continue  # "Friday" is a Nigerian village too, "Khalifa Haftar" a man: no evidence of anything
        if id(m) in seats:
            # Only the seat's city (a capital, a province seat), whatever its namesakes (a Burkinabe
            # Bamako hamlet): sources speak from cities. No vote (an official in Washington makes no
            # Tripoli American); it only vouches for consonant guesses when nothing else does.
            city = max(m.places, key=lambda p: p.population, default=None)
            if city is not None and m.kind == 0 and city.population >= _SEAT_CITY and key not in common:
                seat_countries.add(city.iso2)
            continue
        if len(countries) == 1 and m.kind == 0 and key not in heads and key not in common and not m.people:
            focus[next(iter(countries))] += 0.5
            m.vouched += 0.5
    # Skeleton hits are guesses: only believable inside a country the report is about, or for
    # towns big enough to be written many ways ("Deir Ezzor" for Deir ez-Zor).
    # A name led by a generic head word ("Ain Tarma", "Kafr Batna") is an Arabic-style village
    # name by its form: a close spelling (ratio .7) of a record ("Ayn Tarma") needs no cue,
    # and is what the report means rather than a namesake of its tail (Tarma in Peru).
    for m in found:
        if m.kind == 1:
            key = fold(text[tokens[m.first].start : tokens[m.last].end])
            headed = m.last > m.first and key.split(" ", 1)[0] in heads
            m.places = tuple(
                p
                for p in m.places
                if not quiet_guess(p)  # "near Mayorsk": not Crimea's Morske, where ACLED codes nothing
                and (
                    focus.get(p.iso2)
                    or (headed and resembles(key, p.name, 0.7))  # "Ain Terma"/"Dayr Hafir", not "Al Ain City"
                    or (not focus and seat_countries and p.iso2 in seat_countries)
                    or (not focus and not seat_countries and (p.feature in _MAJOR or p.population >= 100_000))
                )
            )
    found = [m for m in found if m.places and not masked.intersection(range(m.first, m.last + 1))]
    for m in select_longest(list(found)):
        # A named province or district ("in Dar'a", "Idleb province") pins the country down; only
        # a name that can stand as one: not a word inside a longer name, a blocked or common word
        # ("Colonia" of "Colonia Primero de Mayo" is a Uruguayan department).
        key = fold(text[tokens[m.first].start : tokens[m.last].end])
        if key in blocked or (m.first == m.last and key in common) or m.people or id(m) in glued:
            continue
        admin_countries = {p.iso2 for p in m.places if p.feature in ("ADM1", "ADM2")}
        # "Hyderabad": a Pakistani district, but first a city of millions in India; a district's
        # name (a province's still does) pins nothing down while a big city abroad bears it.
        home = max((p.population for p in m.places if p.iso2 in admin_countries), default=0)
        abroad_city = not any(p.feature == "ADM1" for p in m.places) and any(
            p.iso2 not in admin_countries and p.population >= max(100_000, home) for p in m.places
        )
        if len(admin_countries) == 1 and m.kind == 0 and not abroad_city:
            focus[next(iter(admin_countries))] += 1.5
            m.vouched += 1.5 if len({p.iso2 for p in m.places}) == 1 else 0.0
    kept: list[Match] = []
    for m in select_longest(found + select_longest(country_mentions)):
        first, last = tokens[m.first], tokens[m.last]
        key = fold(text[first.start : last.end])
        if m.places and m.places[0].feature == "PCLI":
            m.cue, m.strong = frame(text, first.start, last.end)
            kept.append(m)
            continue
        m.cue, m.strong = frame(text, first.start, last.end)
        single_word = m.first == m.last or (
            m.last == m.first + 1 and tokens[m.first].text.lower() in ARTICLES
        )
        own_name = m.first == 0 or not tokens[m.first - 1].capital  # not "Kirinyaga Central"'s tail
        demonym = (strip_article(key) or key) in demonyms or key in demonyms
        if (key in blocked and not (own_name and _named_admin(m, focus))) or (demonym and (m.first, m.last) not in provinces):
            continue
        if single_word and key in common and not m.strong:
            held = in_named_area(text, last.end, m.places)
            if not held:
                continue  # "May", "Police", "Will": a common word needs "the village of" to be a place
            m.places = held  # "Split (Split-Dalmatia)", "Mobile, Alabama": the area vouches for the town
        if first.start in sentence_starts and single_word and not m.strong and m.kind == 1:
            continue
        if single_word and key in _DETERMINERS:
            continue  # "The market had been closed": Brazil's Teresina is also "The"
        if TITLE_BEFORE.search(text[max(0, first.start - 50) : first.start]):
            continue
        if (
            single_word
            and m.strong
            and INDEFINITE.search(text[max(0, first.start - 4) : first.start])
            and not any(p.feature in ("ADM1", "ADM2") for p in m.places)
        ):
            continue  # "a Christian village": a kind of village (a province may still be meant: "a Kandahar district")
        after = text[last.end : last.end + 14]
        town_road = (  # "the Halba road": the town's own road; not the "A-B road" between two towns
            TOWN_ROAD_AFTER.match(after)
            and "-" not in text[max(0, first.start - 3) : last.end].lstrip(" ")
        )
        if ORG_AFTER.match(text[last.end : last.end + 30]) or (FACILITY_AFTER.match(after) and not town_road):
            continue
        if text[max(0, first.start - 5) : first.start].lower().endswith(("pro-", "anti-", "non-", "ex-")):
            continue  # "pro-Hadi forces": a person or a side, not a place
        if m.cue in WEAK_CUES and not m.strong and GROUP_AFTER.match(text, last.end):
            continue  # "Mai-Mai militiamen", "Houthi rebels": the group's name, not where they are
        if single_word and text[last.end : last.end + 1] == ":":
            continue  # "Theme:", "Region:": a label, not a place
        if (
            m.first > 0
            and fold(tokens[m.first - 1].text) in demonyms
            and JOINABLE_GAP.match(text[tokens[m.first - 1].end : first.start])
        ):
            continue  # "Syrian Observatory", "Lebanese Hezbollah": an organisation's name
        if (key in name_heads() or strip_article(key) in name_heads()) and continues(text, tokens, m.last):
            continue  # "Kafr" of "Kafr Lusin": left to the unknown-name pass, which keeps the whole name
        if m.first > 0 and fold(tokens[m.first - 1].text) in heads and continues(text, tokens, m.first - 1):
            continue  # "Tarma" of "Ain Tarma": half a name is not a place (Peru's Tarma); the pass keeps it whole
        kept.append(m)

    kept = weak_singles(kept, focus)
    kept = glued_singles(text, tokens, kept, focus, common, sentence_starts)
    kept = merge_adjacent(text, tokens, kept)
    kept = add_unknown(text, tokens, kept, sentence_starts, common, blocked, demonyms)
    kept = unknown_compounds(text, tokens, kept, compounds)
    kept = landform_names(text, tokens, kept, focus, common)  # after the cued unknowns it must not outrank
    kept = particle_names(text, tokens, kept)
    kept = drop_fragments(text, tokens, kept)  # "South West Khasi Hills", "a Molotov cocktail"
    # "a Boko Haram camp": the unknown-name pass must not make a place of part of a group's name.
    kept = [m for m in kept if not masked.intersection(range(m.first, m.last + 1))]
    # A people's name stands for its homeland only when the report names no place at all
    # ("Pokot raiders kill civilians"); beside a named place it is the actor, not the place.
    if any(not m.people and (not m.places or m.places[0].feature != "PCLI") for m in kept):
        kept = [m for m in kept if not m.people]
    for m in kept:
        countries = {p.iso2 for p in m.places}
        if spoken_from(text, tokens[m.first].start):
            m.spoken = True
            continue
        if len(countries) == 1 and m.kind == 0 and m.places[0].feature != "PCLI" and not m.people:
            focus[next(iter(countries))] += 0.5
            m.vouched += 0.5
    # Demonyms are no places, but a report that names only "Kenyan villagers" is still in Kenya:
    # they are passed on (cue "demonym") so the locator can give the country, never coordinates.
    used = {k for m in kept for k in range(m.first, m.last + 1)}
    kept += [m for m in demonym_mentions if m.first not in used]
    kept += abbreviation_mentions(text, tokens, kept, gazetteer)  # "(Haveli district, AJK)": the province
    kept.sort(key=lambda m: m.first)
    relabel_stale(text, tokens, kept, gazetteer)  # "Burgersfort (Sekhukhune, Limpopo)": filed under Mpumalanga
    doubt_city_labels(text, tokens, kept)  # "Mariupol, Zaporizhia": the label is wrong, not the city
    ranked = rank_candidates(text, tokens, kept, focus, hearsay, elsewhere)
    return fill_close_spellings(text, gazetteer, ranked)  # "in Tecapaltepec, Michoacan": Tepalcatepec


def _blocked_phrase_tokens(tokens: list[Token]) -> set[int]:
    """Indexes of the tokens of every blocked phrase that opens on a capitalised word."""
    phrases = blocked_phrases()
    out: set[int] = set()
    for i, tok in enumerate(tokens):
        if not tok.capital:
            continue
        for words in phrases.get(fold(tok.text), ()):
            n = len(words)
            if tuple(fold(t.text) for t in tokens[i : i + n]) == words:
                out.update(range(i, i + n))
    return out


def _named_admin(m: Match, focus: Counter[str]) -> bool:
    """"the Sahel region of Burkina Faso": a blocked macro-region word framed by an admin cue is
    the province of that name when the report is about the province's country."""
    return m.strong and m.cue in ADMIN_CUES and any(p.feature == "ADM1" and focus.get(p.iso2) for p in m.places)
