"""Initial schema: documents, events (every ACLED column plus frontwire's extras), event_sources.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Frozen copies of the column lists as they were at this revision (the live lists may grow).
TEXT_COLUMNS = (
    "event_id_cnty", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
    "region", "country", "admin1", "admin2", "admin3", "location", "source", "source_scale", "notes",
    "attribution", "certainty", "original_source",
)  # fmt: skip
INT_COLUMNS = (
    "year", "time_precision", "inter1", "inter2", "interaction", "geo_precision", "fatalities", "iso",
    "injured", "fatalities_low", "fatalities_high",
)  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("original_source", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(32), primary_key=True),
        sa.Column("doc_id", sa.String, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("event_date", sa.Date),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("patrons", sa.JSON),
        sa.Column("evidence", sa.JSON),
        *(sa.Column(name, sa.Text, nullable=False, server_default="") for name in TEXT_COLUMNS),
        *(sa.Column(name, sa.Integer) for name in INT_COLUMNS),
    )
    op.create_index("ix_events_doc_id", "events", ["doc_id"])
    op.create_index("ix_events_event_date", "events", ["event_date"])
    op.create_index("ix_events_country", "events", ["country"])
    op.create_index("ix_events_event_type", "events", ["event_type"])
    op.create_table(
        "event_sources",
        sa.Column(
            "event_id", sa.String(32), sa.ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("doc_id", sa.String, primary_key=True),
        sa.Column("rank", sa.Integer, nullable=False),
    )
    op.create_index("ix_event_sources_doc_id", "event_sources", ["doc_id"])


def downgrade() -> None:
    op.drop_table("event_sources")
    op.drop_table("events")
    op.drop_table("documents")
