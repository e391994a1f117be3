"""Record which extractor produced each document's events, so a document ingested again after an
upgrade is re-extracted rather than left with the events an older frontwire found. Documents
stored before this revision have no fingerprint and count as extracted by an older version.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("extractor", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("extractor")
