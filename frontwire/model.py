"""frontwire's one data model: frozen dataclasses that every stage reads and writes.

The document owns the text; everything found in it (sentences, triggers, dates, places, actors,
numbers) is a `Span` of character offsets into `Document.text`, so every field of an `Event` can
say which characters support it. Stages never mutate these objects; they return new ones.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .regions import region_of

__all__ = [
    "ACLED_COLUMNS",
    "Actor",
    "Actors",
    "Attribution",
    "Casualties",
    "Document",
    "Event",
    "EventDate",
    "EventMention",
    "EventType",
    "Location",
    "Place",
    "PlaceMention",
    "Span",
    "interaction_code",
]


@dataclass(frozen=True, slots=True)
class Span:
    """Characters `start:end` of a document's text (the text is kept for readable evidence)."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Document:
    """One article, page, feed entry or JSONL record, with what is known of its provenance."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # the publisher of this copy (site name, "South Front", ...)
    original_source: str | None = None  # the first publisher when this copy is a crosspost
    source_scale: str | None = None
    author: str | None = None
    origin: str | None = None  # file path (or "-") the document was read from, for error messages


@dataclass(frozen=True, slots=True)
class EventMention:
    """One event as the segmenter found it: the sentences that report it and the word that triggered it.

    `sentences` holds the main sentence first, then sentences that continue the same event
    ("The strike also caused damage"). `sub_event_hint` is the trigger lexicon's guess, which
    the classifier may overrule.
    """

    sentences: tuple[Span, ...]
    trigger: Span
    sub_event_hint: str | None = None

    @property
    def start(self) -> int:
        return min(s.start for s in self.sentences)

    @property
    def end(self) -> int:
        return max(s.end for s in self.sentences)

    def text(self, document: Document) -> str:
        return " ".join(document.text[s.start : s.end] for s in self.sentences)


@dataclass(frozen=True, slots=True)
class EventType:
    event_type: str  # one of the 6 ACLED event types, spelled exactly
    sub_event_type: str  # one of the 25 ACLED sub-event types, spelled exactly
    confidence: float = 1.0
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class EventDate:
    """When it happened. `event_date` is ACLED's coded day; a range keeps its bounds in start/end.

    precision follows ACLED's time_precision: 1 the day, 2 within a week (coded to its middle),
    3 within a month. `event_date` is None when no date can be honestly given (no publication
    date and no absolute date in the text).
    """

    event_date: date | None
    precision: int
    start: date | None = None
    end: date | None = None
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer record."""

    id: str  # "gn:123", "wof:456", "ocha:SY0203", ...
    name: str
    country: str  # country name as ACLED spells it ("Syria", "Kenya", ...)
    iso2: str
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    latitude: float | None = None
    longitude: float | None = None
    feature: str = ""  # GeoNames feature code (PPL, PPLA, ADM1, ...) or WOF placetype
    population: int = 0


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A toponym found in the text, with the candidate places it may name (best first)."""

    span: Span
    candidates: tuple[Place, ...]
    cue: str = ""  # "in", "near", "east of", "countryside of", "province", ... — how the text framed it


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened, in ACLED's columns. geo_precision: 1 the place, 2 near it/part of a
    region, 3 only the larger region is known."""

    location: str = ""
    country: str = ""
    iso: int | None = None  # ISO 3166-1 numeric, as ACLED's `iso` column
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    place_id: str = ""
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Actor:
    name: str  # canonical ACLED-style name: "Military Forces of Syria (2000-)"
    inter: int  # ACLED inter code: 1 state forces ... 8 external/other forces
    country: str = ""
    patron: str = ""  # "Turkey" for "Turkish-backed militants"
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Actors:
    actor1: Actor | None = None
    assoc_actor_1: tuple[Actor, ...] = ()
    actor2: Actor | None = None
    assoc_actor_2: tuple[Actor, ...] = ()


@dataclass(frozen=True, slots=True)
class Casualties:
    fatalities: int = 0  # ACLED's conservative figure: lowest credible, summed across sides
    injured: int = 0
    fatalities_low: int | None = None  # set when sources disagree
    fatalities_high: int | None = None
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Attribution:
    claimed_by: str = ""  # "pro-government sources", "Syrian Observatory for Human Rights", ...
    certainty: str = "reported"  # confirmed | reported | claimed | unconfirmed
    evidence: tuple[Span, ...] = ()


def interaction_code(inter1: int, inter2: int) -> int:
    """ACLED's interaction: the two inter codes, lower first; a lone actor's code times ten."""
    if not inter1 and not inter2:
        return 0
    if not inter2 or not inter1:
        return (inter1 or inter2) * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


# ACLED's column order, then frontwire's extras.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "iso",
)  # fmt: skip
EXTRA_COLUMNS = (
    "doc_id", "event_id", "injured", "fatalities_low", "fatalities_high", "attribution",
    "certainty", "original_source", "date_start", "date_end",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Event:
    """One ACLED event: one day x location x actor pair, with the evidence for every field."""

    doc_id: str
    mention: EventMention
    type: EventType
    date: EventDate
    location: Location
    actors: Actors
    casualties: Casualties
    attribution: Attribution
    source: str = ""
    source_scale: str = ""
    original_source: str = ""
    notes: str = ""
    sources: tuple[str, ...] = field(default=())  # every document id that reported it (after merging)

    @property
    def event_id(self) -> str:
        """Stable: the same event from the same document always gets the same id.

        The place is part of the key because one mention listing several towns is several events.
        """
        key = (
            f"{self.doc_id}|{self.mention.trigger.start}|{self.mention.trigger.end}|{self.location.location}"
        )
        return "fw-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def evidence(self) -> dict[str, list[dict[str, Any]]]:
        fields: dict[str, tuple[Span, ...]] = {
            "event": self.mention.sentences,
            "trigger": (self.mention.trigger,),
            "event_type": self.type.evidence,
            "event_date": self.date.evidence,
            "location": self.location.evidence,
            "actor1": self.actors.actor1.evidence if self.actors.actor1 else (),
            "actor2": self.actors.actor2.evidence if self.actors.actor2 else (),
            "assoc_actor_1": tuple(s for a in self.actors.assoc_actor_1 for s in a.evidence),
            "assoc_actor_2": tuple(s for a in self.actors.assoc_actor_2 for s in a.evidence),
            "fatalities": self.casualties.evidence,
            "attribution": self.attribution.evidence,
        }
        return {name: [s.to_dict() for s in spans] for name, spans in fields.items() if spans}

    def to_row(self) -> dict[str, Any]:
        """The event as a flat record: ACLED's column names and spellings plus frontwire's extras."""
        a = self.actors
        inter1 = a.actor1.inter if a.actor1 else 0
        inter2 = a.actor2.inter if a.actor2 else 0
        day = self.date.event_date
        return {
            "doc_id": self.doc_id,
            "event_id": self.event_id,
            "event_date": day.isoformat() if day else "",
            "year": day.year if day else None,
            "time_precision": self.date.precision,
            "event_type": self.type.event_type,
            "sub_event_type": self.type.sub_event_type,
            "actor1": a.actor1.name if a.actor1 else "",
            "assoc_actor_1": "; ".join(x.name for x in a.assoc_actor_1),
            "inter1": inter1,
            "actor2": a.actor2.name if a.actor2 else "",
            "assoc_actor_2": "; ".join(x.name for x in a.assoc_actor_2),
            "inter2": inter2,
            "interaction": interaction_code(inter1, inter2),
            "region": region_of(self.location.country),
            "country": self.location.country,
            "iso": self.location.iso,
            "admin1": self.location.admin1,
            "admin2": self.location.admin2,
            "admin3": self.location.admin3,
            "location": self.location.location,
            "latitude": self.location.latitude,
            "longitude": self.location.longitude,
            "geo_precision": self.location.geo_precision,
            "source": self.source,
            "source_scale": self.source_scale,
            "notes": self.notes,
            "fatalities": self.casualties.fatalities,
            "injured": self.casualties.injured,
            "fatalities_low": self.casualties.fatalities_low,
            "fatalities_high": self.casualties.fatalities_high,
            "attribution": self.attribution.claimed_by,
            "certainty": self.attribution.certainty,
            "original_source": self.original_source,
            "date_start": self.date.start.isoformat() if self.date.start else "",
            "date_end": self.date.end.isoformat() if self.date.end else "",
            "patrons": sorted({x.patron for x in _all_actors(a) if x.patron}),
            "sources": list(self.sources or (self.doc_id,)),
            "evidence": self.evidence(),
        }


def _all_actors(actors: Actors) -> list[Actor]:
    found = [actors.actor1, actors.actor2, *actors.assoc_actor_1, *actors.assoc_actor_2]
    return [x for x in found if x is not None]
