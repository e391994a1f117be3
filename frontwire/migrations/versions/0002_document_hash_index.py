"""Index documents by content hash: the same article stored under another id (a copied or moved
file) is recognised by its text, so it is never ingested twice.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_documents_hash", "documents", ["hash"])


def downgrade() -> None:
    op.drop_index("ix_documents_hash", table_name="documents")
