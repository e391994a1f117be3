"""Actor mentions: every actor a mention's sentences name, resolved to ACLED's name and given a side.

Reads the mention's sentences of `Document.text` (and up to 800 characters before them, for "the
terrorists"), the event's country and day, the actor KB (`actor_kb.load_actor_kb`) and the role
cues in `data/actors/roles.yaml`. Returns `ActorMention`s in text order; the ACLED conventions
that turn them into actor1/actor2 live in `actor_roles`.

1. every alias in the mention is found (`ActorKB.find`) and resolved: a demonym before a generic
   phrase or "of <country>" after it picks the country ("Turkish artillery" -> Turkey's forces,
   "Palestinian protesters" -> "Protesters (Palestine)"); "<X>-backed" records patron X; a bare
   country name acts as its state unless it is a place ("in Syria"); "anti-X" is not X; a
   community the KB does not know is coined from its label, and an armed group the KB lacks from
   its name in the text ("Sultan Suleiman Shah Brigade", `actor_coined`); mentions of one
   actor are merged (`actor_identity`: "gunmen believed to belong to IS", "the terrorists");
2. each actor gets a side: after "between" the first is actor1's side; "by X" makes X the doer;
   the subject right before an active verb is a doer; otherwise position around the pivot verb
   (the trigger, or the first verb from roles.yaml) decides, reversed for a passive ("was killed")
   and for a defending verb ("repelled an IS attack" makes IS the initiator).
Never fails on text: a mention naming nobody gives an empty list.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .actor_coined import coin_communities, coin_groups
from .actor_cues import RoleCues, load_role_cues
from .actor_identity import (
    WORD,
    ActorMention,
    corefer,
    credit_claims,
    earlier_groups,
    make_actor,
    merge_identities,
    resolve_anaphora,
    under_umbrella,
)
from .actor_kb import ActorEntry, ActorKB, load_actor_kb, normalize
from .actor_presence import credit_presence
from .model import Actor, Document, EventMention, Span

__all__ = ["WORD", "ActorMention", "RoleCues", "earlier_groups", "find_actor_mentions", "load_role_cues"]


_GANG_WORD = re.compile(r"\bgang(?:s|sters?)?\b")


def _words_before(norm: str, start: int, count: int) -> list[str]:
    return [m.group(0) for m in WORD.finditer(norm[max(0, start - 60) : start])][-count:]


def _hyphened_place(text: str, start: int, end: int, kb: ActorKB) -> bool:
    """A country's name glued by a hyphen to another capitalised name ("Mexico-Puebla highway",
    "Kenya-Somalia border") names a road or border; a demonym so glued ("Russian-Turkish patrol") does not."""
    said = text[start:end]
    if not said[:1].isupper() or kb.country_of(said) != said:
        return False
    after = end + 1 < len(text) and text[end] == "-" and text[end + 1].isupper()
    before = (
        start >= 2
        and text[start - 1] == "-"
        and text[start - 2].isalpha()
        and bool(_CAPITAL_BEFORE.search(text, max(0, start - 40), start - 1))
    )
    return after or before


_CAPITAL_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w']*$")


def _words_after(norm: str, end: int, count: int) -> list[str]:
    return [m.group(0) for m in WORD.finditer(norm[end : end + 60])][:count]


def _tokens(text: str, norm: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Words of norm[lo:hi] as (start, end, the word in its original case): demonym acronyms
    ("CAR", "US") must match case-sensitively, like actor acronyms."""
    lo = max(0, lo)
    return [
        (lo + m.start(), lo + m.end(), text[lo + m.start() : lo + m.end()])
        for m in WORD.finditer(norm[lo:hi])
    ]


def _demonym(kb: ActorKB, text: str, norm: str, start: int, end: int) -> tuple[str, str, int, int]:
    """(country, patron, start, end): a demonym right before ("Turkish forces") or "of (the)
    Turkish ..." after widens the span and names the country; "<X> backed" gives a patron."""
    before = _tokens(text, norm, start - 60, start)[-3:]
    if len(before) >= 2 and before[-1][2].lower() in ("backed", "supported", "sponsored", "funded", "allied"):
        patron = kb.country_of(before[-2][2])
        if patron:
            return "", patron, before[-2][0], end
    for size in (3, 2, 1):
        if len(before) >= size and not _CLAUSE_BREAK.search(text, before[-size][0], start):
            country = kb.country_of(" ".join(w[2] for w in before[-size:]))
            if country:
                return country, "", before[-size][0], end
    after = _tokens(text, norm, end, end + 60)[:5]
    if after and after[0][2].lower() == "of":
        rest = after[2:] if len(after) > 1 and after[1][2].lower() == "the" else after[1:]
        for size in (3, 2, 1):
            if len(rest) >= size:
                country = kb.country_of(" ".join(w[2] for w in rest[:size]))
                if country:
                    return country, "", start, rest[size - 1][1]
    return "", "", start, end


def find_actor_mentions(doc: Document, mention: EventMention, country: str, day: date | None,
                        kb: ActorKB | None = None) -> list[ActorMention]:  # fmt: skip
    """Every actor named in the mention's sentences, resolved and given a side, in text order."""
    kb = kb or load_actor_kb()
    cues = load_role_cues()
    found: list[ActorMention] = []
    breakaway = cues.breakaway.get(country)
    # "... khat trading in Somaliland": forces the report names without a demonym are the breakaway state's.
    seceded = breakaway[0] if breakaway and breakaway[1].search(mention.text(doc)) else ""
    for sentence in mention.sentences:
        text = doc.text[sentence.start : sentence.end]
        norm = normalize(text)
        pivot = _pivot(mention, sentence, text, norm, cues)
        between = _between_pair(norm, cues)
        opened = cues.topic.search(norm)
        topic_at = opened.start() if opened else len(norm)
        sentence_mentions = []
        hits = kb.find(text, country)
        pivot = _off_actor(pivot, hits, text, norm, cues)
        coined_groups = coin_groups(text, hits, country, kb, cues)
        if coined_groups:
            hits = sorted([*hits, *coined_groups], key=lambda h: h.start)
        for i, hit in enumerate(hits):
            dem_country, patron, start, end = _demonym(kb, text, norm, hit.start, hit.end)
            if seceded and not dem_country and any(e.kind == "state" and not e.country for e in hit.entries):
                dem_country = seceded
            entries = hit.entries
            if dem_country:
                # "Israeli settlers" in Palestine: the demonym's own entry, even where its aliases hold only
                # in the event's country; "Palestinian soldiers" are no other country's scoped force.
                own = tuple(e for e in entries if e.country == dem_country)
                entries = own or tuple(e for e in entries if not e.country) or entries
            entry = kb.pick(entries, dem_country or country) or (kb.pick(entries, country) if dem_country else None)
            if (
                i + 1 < len(hits)
                and text[hit.end : hit.end + 1] == "-"
                and set(_words_after(norm, hit.end, 1)) & cues.descriptor_links
                and hits[i + 1].start - hit.end <= 12
                and getattr(kb.pick(hits[i + 1].entries, country), "kind", "") == "group"
            ):
                continue  # "the al-Qaeda-linked JNIM": a descriptor of the group named right after it
            if entry is None or _words_before(norm, start, 1) == ["anti"]:
                continue  # "anti-Houthi forces" are not the Houthis
            if entry.kind == "state" and _words_before(norm, start, 1) == ["pro"]:
                continue  # "the pro-government armed group Colectivos" is not the government ("pro-Houthi" is)
            if entry.needs == "demonym" and not dem_country:
                continue
            if entry.needs == "demonym_before" and not (dem_country and start < hit.start):
                continue  # "Azerbaijani positions", not "positions of the Syrian Arab Army"
            assumed = _ASSUMED.match(text, hit.end) if entry.kind in ("state", "private") else None
            if assumed and entry.kind == "private":
                # "The DC Bodyguards (assumed police) reacted": guards ACLED's note codes as a state branch.
                branch = "police" if assumed.group(1).lower() == "police" else "military"
                entry = kb.resolve(branch, country) or entry
            if assumed and entry.kind == "state":
                # "a Govt troop (assumed police) position": ACLED's own note says which branch it coded.
                entry = replace(
                    entry, branch="police" if assumed.group(1).lower() == "police" else "military"
                )
            if (
                entry.kind == "state"
                and not entry.country
                and set(_words_after(norm, hit.end, 1)) & cues.state_objects
            ):
                continue  # "seized military munitions": the state's things, not the state acting
            owned = cues.owned_by.match(norm, hit.end) if entry.kind == "state" and not entry.country else None
            if owned and any(
                h.start >= owned.end() and h.start - owned.end() <= 5
                and getattr(kb.pick(h.entries, country), "kind", "") == "group"
                for h in hits[i + 1 : i + 3]
            ):  # fmt: skip
                # "a military post belongs to Asayish": the armed group owning it is the side; a police
                # vehicle "belonging to the Anti-Stock Theft Unit" stays the state's.
                continue
            if entry.kind == "state" and not entry.country and "security" in norm[hit.start : hit.end] and (
                cues.owner_before.search(norm, max(0, start - 30), start) or cues.owner_after.match(norm, end)
            ):
                # "the company's security personnel", "security officers of the mine": private guards.
                entry = kb.template("private", country) or entry
            if entry.kind in ("unidentified", "gang") and cues.not_actor_compound.match(norm, hit.start):
                continue  # "gang-raped a woman": a deed, not a gang
            if entry.kind in ("unidentified", "gang") and not entry.country and _GANG_WORD.search(norm, hit.start, hit.end):
                # "armed gangs", "gang members": a gang where ACLED names unnamed gangs so (Haiti, Mexico),
                # an unidentified armed group elsewhere (Kenya's "gang of youths").
                entry = kb.template("gang" if country in cues.gang_countries else "unidentified", country) or entry
            if (
                set(_words_after(norm, hit.end, 1)) & cues.not_actor_before - (
                    cues.state_sites if entry.kind in ("state", "unit", "group") else frozenset()
                )
                and not _CLAUSE_END.match(text, hit.end)  # "five Afghan soldiers, officials said": a new clause
                and not cues.claim.match(norm, hit.end)
            ):
                continue  # "pro-government sources" report; they are not a party ("the Taliban said its fighters" is)
            if entry.kind in ("state", "unit") and cues.speaker_tail.match(norm, hit.end):
                continue  # "Police in Mandera county said militants ambushed ...": the speaker, placed, then the deed
            if cues.source_before.search(norm, max(0, hit.start - 40), hit.start):
                continue  # "5 soldiers died, according to AA": the side cited gives the toll, it does no deed here
            if entry.kind == "state" and _hyphened_place(text, hit.start, hit.end, kb):
                continue  # "the Panama-Colon road", "the Kenya-Somalia border": a place, not the state
            area = _JURISDICTION.search(norm, max(0, hit.start - 40), hit.end + 9) if entry.kind == "state" else None
            if area is not None and area.start() <= hit.start and area.end() >= hit.end:
                continue  # "in Sinbhatti under Jarawandi Police Station": where it happened, not the police
            claimed = cues.claim.match(norm, end)
            if claimed and entry.kind == "state" and entry.branch == "government" and \
                    _ITS_TROOPS.search(claimed.group(0)):  # fmt: skip
                # "the defence ministry said its forces killed 12 Taliban", "authorities said they had
                # foiled an incursion, killing eight": the state's military fought, not its government.
                entry = replace(entry, branch="military")

            if entry.kind == "community" and set(_words_before(norm, start, 1)) & cues.place_words:
                continue  # "in Turkana", "Lake Turkana": the place named after the community
            if entry.kind == "community" and _demonym_of_state(kb, text, hits, i):
                continue  # "the Somali army": a demonym naming the state's forces, not the Somali community
            if entry.needs == "subject":
                following = hits[i + 1].start if i + 1 < len(hits) else len(norm)
                if not _acts_as_state(norm, hit.start, hit.end, following, sentence_mentions, cues):
                    continue
            span = Span.of(doc.text, sentence.start + start, sentence.start + end)
            actor = make_actor(kb, entry, dem_country, country, day, span, patron)
            faction = _FACTION.match(text, end) if entry.name in cues.faction_forms else None
            if faction is not None:
                # "Mayi-Mayi militiamen (Simba)": the family's faction, in ACLED's name for it.
                named = cues.faction_forms[entry.name].replace("{faction}", faction.group(1))
                actor = replace(actor, name=named)
            branch = _SUB_FACTION.match(text, end) if _is_faction(entry.name, cues) else None
            if branch is not None:
                # "Raia Mutomboki-Ndarumanga cadres": a known faction's branch the KB lacks, glued to its name.
                actor = replace(actor, name=f"{entry.name[:-1]}-{branch.group(1)})")
            side, marked = _side(norm, start, pivot, cues)
            glued = text[start - 1 : start] == "/"
            escorted = cues.escort_tail.match(norm, end)  # "Somali troops backed by AMISOM killed"
            if not marked and not _escort(norm, start, cues) and (
                _subject_of_verb(text, norm, escorted.end() if escorted else end, cues) or claimed and not glued
            ):
                # "The Somali army said it killed 17 Al Shabaab militants": a claim of the deed
                # tells the doer as plainly as the verb right after its name ("Boko Haram/IS claimed"
                # is one either-or doer, not IS alone).
                side, marked = "agent", True
            elif not marked and entry.kind in ("state", "unit") and (
                _DIED_AS_SUBJECT.match(norm, end) or cues.victim_verbs.match(norm, end + 1)  # "the army lost"
            ):
                # "Two policemen were killed ... when Boko Haram insurgents opened fire": the state's dead
                # are the side hit, whatever verb the event was found at (a group's own dead may be its
                # own blunder: "2 Taliban were killed when landmines they were planting exploded").
                side, marked = "target", True
            pair = 0
            if between and between[0] <= start < between[1]:
                if not any(m.pair for m in sentence_mentions):
                    pair = 1
                elif not any(m.pair == 2 for m in sentence_mentions) and (
                    set(_words_before(norm, start, 2)) & _SIDE_SEPARATORS
                ):
                    pair = 2  # the other side starts at "and"/"against", not at "supported by QSD"
            leader_entry = _leader_of(kb, entry)
            if leader_entry is None and not cues.umbrella_before.search(norm, max(0, start - 40), start):
                # The country's learned umbrella, unless the text names this actor as the umbrella.
                leader_entry = kb.leader_in(actor.name, country)
            if leader_entry is not None:
                # ACLED codes this group as associated with a main actor (NDF with the Syrian army).
                leader = make_actor(kb, leader_entry, entry.country, country, day, span)
                sentence_mentions.append(
                    ActorMention(
                        leader, leader_entry, span.start, span.end, side, pair, marked, start < pivot[0]
                    )
                )
            coined = (
                coin_communities(
                    text, start, end, entry, country, kb, cues.community_types, cues.not_community_labels
                )
                if entry.kind in ("ethnic", "communal") and not dem_country
                else []
            )
            if coined:
                # A KB alias inside the label ("Ichen" of "Tiv and Ichen Ethnic Militias") is the label.
                first = sentence.start + min(start, coined[0].start)
                sentence_mentions = [
                    m for m in sentence_mentions if not (first <= m.start and m.end <= sentence.start + end)
                ]
            for n, community in enumerate(coined):
                # "Tiv and Ichen Ethnic Militias": the community the KB does not know, as ACLED names it.
                lo, hi = (
                    (min(start, community.start), max(end, community.end))
                    if n == 0
                    else (community.start, community.end)
                )
                named = ActorEntry(
                    community.name, 4, country, kind="community", group_form=community.group_form
                )
                where = Span.of(doc.text, sentence.start + lo, sentence.start + hi)
                sentence_mentions.append(
                    ActorMention(Actor(community.name, 4, country, "", (where,)), named, where.start, where.end,
                                 side, (n + 1) if len(coined) > 1 else pair, marked, start < pivot[0])
                )  # fmt: skip
            if not coined:
                other = _coordinated_demonym(kb, text, norm, start) if dem_country and start < hit.start \
                    and entry.kind == "state" and not entry.country and cues.reciprocal.search(norm) else None  # fmt: skip
                if other is not None and other[0] != dem_country:
                    # "Chinese and Indian soldiers clashed": each country's forces, two sides of a two-sided
                    # fight ("Turkish and Russian forces patrolled" is left to the learned joint order).
                    where = Span.of(doc.text, sentence.start + other[1], sentence.start + other[2])
                    sentence_mentions.append(
                        ActorMention(make_actor(kb, entry, other[0], country, day, where, patron), entry,
                                     where.start, where.end, side, pair, marked, other[1] < pivot[0],
                                     other[1] > topic_at)
                    )  # fmt: skip
                    pair = 2 if pair == 1 else pair  # "between Azerbaijani and Armenian forces": the second side
                sentence_mentions.append(
                    ActorMention(
                        actor,
                        entry,
                        span.start,
                        span.end,
                        side,
                        pair,
                        marked,
                        start < pivot[0],
                        start > topic_at,
                    )
                )
        found.extend(under_umbrella(merge_identities(sentence_mentions, doc.text, cues, kb), doc.text, cues))
    # "CODECO militiamen attacked ... Militiamen shot 4 civilians": the later generic phrase is CODECO.
    found = credit_presence(credit_claims(found, doc.text, cues), doc, mention, country, day, kb, cues)
    return resolve_anaphora(corefer(found), doc, mention, country, day, kb)


def _coordinated_demonym(kb: ActorKB, text: str, norm: str, start: int) -> tuple[str, int, int] | None:
    """(country, start, end) of a demonym joined by "and" to the one that opens a state phrase at
    `start` ("Chinese" in "Chinese and Indian soldiers"), or None."""
    before = _tokens(text, norm, max(0, start - 40), start)[-2:]
    if len(before) < 2 or before[-1][2].lower() != "and" or _CLAUSE_BREAK.search(text, before[0][0], start):
        return None
    country = kb.country_of(before[0][2])
    # "raiders from Sudan and Kenyan police": a country's own name is a place here, not its forces.
    return (country, before[0][0], before[0][1]) if country and country != before[0][2] else None


def _demonym_of_state(kb: ActorKB, text: str, hits: list, i: int) -> bool:
    """The community's name is a country's demonym written right before a state word ("Somali army")."""
    nxt = hits[i + 1] if i + 1 < len(hits) else None
    hit = hits[i]
    return (
        nxt is not None
        and 0 < nxt.start - hit.end <= 1
        and any(e.kind == "state" and not e.country for e in nxt.entries)
        and bool(kb.country_of(text[hit.start : hit.end]))
    )


def _acts_as_state(norm: str, start: int, end: int, following: int, earlier: list[ActorMention],
                   cues: RoleCues) -> bool:  # fmt: skip
    """A bare country name is its state acting unless it is a place ("in Syria"), a modifier
    ("Kenya Police") or a possessive; after "and" only when joined to a state named just before
    ("military forces of India and Pakistan")."""
    before = _words_before(norm, start, 1)
    if before and before[0] in cues.place_words:
        return False  # "in Syria"
    if _AFTER_PLACE.search(norm[max(0, start - 40) : start]):
        return False  # "Metepec, Mexico"
    if following - end <= 2 or norm[end : end + 2] == " s":
        return False
    if before == ["and"]:
        return bool(earlier) and earlier[-1].is_state and start - earlier[-1].end < 30
    return True


def _leader_of(kb: ActorKB, entry: ActorEntry) -> ActorEntry | None:
    if not entry.assoc_of:
        return None
    if entry.assoc_of in ("military", "police"):
        return ActorEntry("state:" + entry.assoc_of, 1, entry.country, kind="state", branch=entry.assoc_of)
    return kb.by_name.get(entry.assoc_of) or ActorEntry(entry.assoc_of, entry.inter, entry.country)


def _pivot(mention: EventMention, sentence: Span, text: str, norm: str, cues: RoleCues) -> tuple[int, str]:
    """Offset (in the sentence) of the verb that separates doer from target, and its voice:
    "passive" ("1 soldier was killed by ...") puts the target before it, "defence" ("repelled an
    IS attack") puts the attacker after it."""
    trigger = mention.trigger
    if sentence.start <= trigger.start < sentence.end and trigger.end - trigger.start <= 40:
        at = trigger.start - sentence.start
        passive = _PASSIVE_CLAUSE.search(text, 0, at)
        if passive and set(WORD.findall(norm[passive.end() : at])) & _CAUSE_WORDS:
            return at, "passive"  # a noun trigger after a passive verb: "were injured in militant strikes"
    else:
        match = cues.verbs.search(norm)
        if match is None:
            return len(norm), "active"
        at = match.start()
    return _voiced(text, norm, at, cues)


def _off_actor(pivot: tuple[int, str], hits: list, text: str, norm: str, cues: RoleCues) -> tuple[int, str]:
    """A trigger that is an actor's own word ("Gunmen on motorbikes attacked"): the first verb after
    that actor separates the sides instead (else everyone named would fall after the pivot)."""
    inside = next(
        (h for h in hits if h.start <= pivot[0] < h.end and any(not e.needs for e in h.entries)), None
    )  # "shelling" alone (it needs a demonym to name anyone) is the verb, not an actor
    if inside is None:
        return pivot
    later = cues.verbs.search(norm, inside.end)
    return _voiced(text, norm, later.start(), cues) if later else pivot


def _voiced(text: str, norm: str, at: int, cues: RoleCues) -> tuple[int, str]:
    """The pivot at `at` with its voice: passive, defence or active."""
    before = _words_before(text, at, 2)  # original case: "IS shot" is not a passive
    if any(w in _PASSIVE for w in before) or cues.victim_verbs.match(norm, at):
        return at, "passive"
    if cues.defence.match(norm, at):
        return at, "defence"
    return at, "active"


# The group's own attacker nouns after its name ("Al Shabaab suicide bomber", "IS car bomber").
_BEARER = re.compile(r"\s+(?:suicide|car|truck|lone)\s+(?:bomber|bombers|attacker|attackers|gunman)\s+")
_CLAUSE_END = re.compile(r"\s*[,;:.]")  # a clause ends right after the name: the next word is another's
_CLAUSE_BREAK = re.compile(r"[.,;:()\[\]]")  # "Port Sudan. Security forces": no demonym across it
_AFTER_PLACE = re.compile(r"[a-z]{3,}\s*,\s*$")  # a word (not a date's digits), a comma, then the name
_CAUSE_WORDS = frozenset({"in", "by", "during", "from", "after", "following"})
_PASSIVE_CLAUSE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b")
# Right after an actor: its own people died ("soldiers were killed", "policemen were shot dead").
_DIED_AS_SUBJECT = re.compile(r"\s+(?:were|was|have been|has been|had been)\s+(?:\w+ly\s+)?(?:killed|shot dead|shot|"
                              r"wounded|injured|ambushed|attacked|abducted|kidnapped|targeted|hit)\b")
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "got", "get"})


def _between_pair(norm: str, cues: RoleCues) -> tuple[int, int] | None:
    for word in WORD.finditer(norm):
        if word.group(0) in cues.pair_markers and not _SPAN_OF_TIME.match(norm, word.end()):
            return word.end(), word.end() + 120
    return None


# "clashes that lasted between 30 April-1 May", "between 26 April - 29 April": a span of time or
# a range of numbers ("between 12 and 16 people"), not the two sides.
_SPAN_OF_TIME = re.compile(
    r"\s+(?:the\s+)?(?:\d|(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|dawn|dusk|midnight|noon)\b)"
)


def _subject_of_verb(text: str, norm: str, end: int, cues: RoleCues) -> bool:
    """The actor is the subject of an active verb right after it ("Pokot raiders attacked")."""
    match = cues.verbs.match(norm, end + 1) if norm[end : end + 1] == " " else None
    if match is None:
        following = WORD.match(norm, end + 1)  # one adverb or modifier between: "reportedly shelled"
        if following is None or following.group(0) in _PASSIVE:
            return False
        match = cues.verbs.match(norm, following.end() + 1)
        bearer = None if match else _BEARER.match(norm, end)
        if bearer is not None:
            match = cues.verbs.match(norm, bearer.end())  # "an Al Shabaab suicide bomber struck": its man acted
    if match is None or cues.victim_verbs.match(norm, match.start()):
        return False  # "policemen suffered casualties": the subject was hit
    if text[match.start() : match.end()].endswith("ing"):
        return False
    return not cues.defence.match(norm, match.start())  # a defender is not the initiator


# South Asian reports place a village by the police station it falls under ("under Kotwali police
# station", "within Sadar police station limits"): the station names an area, not the police acting.
_JURISDICTION = re.compile(r"\b(?:under|within)(?: the)?(?: limits of)?(?: \w+){0,2} police stations?\b")
# A faction in brackets right after a group's name or its fighters: "militiamen (Simba)", "(Charles faction)".
_FACTION = re.compile(
    r"(?:\s+(?:militiamen|militia|militias|fighters|combatants|members|rebels|elements))?"
    r"\s*\(([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})(?: faction)?\)"
)
# A branch glued to a faction's name by a hyphen: "Raia Mutomboki-Ndarumanga".
_SUB_FACTION = re.compile(r"-([A-Z][\w']+)\b(?!-)")


def _is_faction(name: str, cues: RoleCues) -> bool:
    """A name in one of the faction forms ("Mayi Mayi Militia (Raia Mutomboki)")."""
    return name.endswith(")") and any(name.startswith(f"{family} (") for family in cues.faction_forms)


_ITS_TROOPS = re.compile(
    r"\bits (?:forces|troops|soldiers|fighters|men|officers)\b"
    r"|\b(?:it|they) (?:(?:had|have|has) )?(?:killed|shot|attacked|foiled|thwarted|repelled|ambushed|"
    r"neutrali[sz]ed|bombed|struck)\b"
)
_ASSUMED = re.compile(r"[^.;()\[\]]{0,20}?[(\[]\s*assumed\s+(police|military|army)\b", re.IGNORECASE)
_BY = re.compile(r"\bby\b")  # "thwarted an attack by LNA forces": the attacker is marked
_SIDE_SEPARATORS = frozenset({"and", "against", "with", "vs", "versus"})
_DETERMINERS = frozenset({"the", "a", "an", "suspected", "unknown", "unidentified", "two", "several", "some"})


def _escort(norm: str, start: int, cues: RoleCues) -> bool:
    """The actor escorts the doer ("settlers accompanied by Israeli troops attacked"): neither the "by"
    before it nor the verb right after it makes it the doer."""
    before = _words_before(norm, start, 2)
    return len(before) == 2 and before[1] == "by" and before[0] in cues.escort_verbs


def _side(norm: str, start: int, pivot: tuple[int, str], cues: RoleCues) -> tuple[str, bool]:
    """("agent" | "target", marked): the side, and whether a word right before said so
    ("by", "against") rather than the position around the pivot verb."""
    before = _words_before(norm, start, 3)
    marker = before[-1] if before else ""
    if len(before) > 1 and marker in _DETERMINERS:
        marker = before[-2]
    if marker == "from" and cues.territory.search(norm, max(0, start - 120), start):
        return "target", True  # "took control of Burkan from pro-Houthi forces": the side that lost it
    if _escort(norm, start, cues):
        pass  # "settlers, protected by soldiers, stormed the village": the escort is no doer of its own
    elif marker in cues.agent_markers:
        return "agent", True
    if marker in cues.target_markers:
        return "target", True
    at, voice = pivot
    if voice == "passive":
        return "target", False  # the passive's doer is marked by "by", handled above
    if voice == "defence":
        if cues.preempt.match(norm, at) and not _BY.search(norm, at, at + 80):
            # "pro-Hadi forces thwarted a pro-Houthi incursion": ACLED writes the defender first;
            # unmarked, so a pair's learned order still applies.
            return ("agent" if start < at else "target"), False
        # "repelled an IS attack": only the words right after the verb name the attacker.
        return ("target" if start < at or start - at > 30 else "agent"), False
    return ("agent" if start < at else "target"), False
