"""The pipeline: one document in, its events out.

Reads a `Document` (or plain text), runs each stage in order and returns `Event`s in text order.
Each stage is a pure function of the document and what earlier stages found, so the same
`extract` runs in a thread, a process pool or a Dask worker; the only shared state is the
read-only gazetteer and the cached knowledge bases. A stage that raises is a bug, not bad
input: bad input is rejected earlier, by `frontwire.ingest`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from . import actors, assemble, attribution, classify, coordination, dates, fatalities, geoparse, segment
from .boilerplate import clean_text
from .gazetteer import Gazetteer, default_gazetteer
from .model import Document, Event
from .sentences import split_sentences

__all__ = ["as_document", "extract", "extract_document"]


def as_document(document: Document | str, published: date | None = None) -> Document:
    """Wrap plain text as a `Document`, cleaning its boilerplate; `published` fills a missing date."""
    if isinstance(document, str):
        cleaned = clean_text(document)
        document = Document(
            id="text",
            text=cleaned.text,
            published=cleaned.published,
            title=cleaned.title,
            source=cleaned.source,
            original_source=cleaned.original_source,
        )
    if published is not None and document.published is None:
        document = replace(document, published=published)
    return document


def extract(
    document: Document | str, published: date | None = None, *, gazetteer: Gazetteer | None = None
) -> list[Event]:
    """Every event the document reports, one per ACLED day x location x actor pair, in text order."""
    return extract_document(as_document(document, published), gazetteer or default_gazetteer())


def extract_document(doc: Document, gazetteer: Gazetteer) -> list[Event]:
    sentences = split_sentences(doc.text)
    mentions = segment.find_event_mentions(doc, sentences)
    if not mentions:
        return []
    places = geoparse.find_places(doc, sentences, gazetteer)
    drafts = []
    for mention in mentions:
        event_type = classify.classify_event(doc, mention)
        when = dates.resolve_event_date(doc, mention, sentences)
        claim = attribution.attribute_event(doc, mention, sentences)
        locations = coordination.locate_each_place(doc, mention, places, gazetteer)
        shares = coordination.event_shares(doc, mention, fatalities.count_casualties(doc, mention), len(locations))
        for location, casualties in zip(locations, shares, strict=True):
            who = actors.extract_actors(doc, mention, event_type, location.country, when.event_date)
            drafts.append(
                assemble.Draft(
                    mention=mention,
                    type=event_type,
                    date=when,
                    location=location,
                    actors=who,
                    casualties=casualties,
                    attribution=claim,
                )
            )
    return assemble.assemble_events(doc, drafts)
