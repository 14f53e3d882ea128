"""the changes each device pushed, by digest

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 10:00:00

`pushed_changes` (the server): for each device's recent pushed changes, by seq, the digest of
the change (table, row, operation, content) and the refusal it was answered with. Before, a
change at or below the device's `pushed_seq` was taken for a duplicate by its seq alone, so a
PC whose store went back in time (put back from a copy) or that shared its store with another
PC (a cloned disk) had its new changes counted as duplicates and dropped. Devices enrolled
before this revision have no digests kept: a change of theirs sent again at or below their
`pushed_seq` is taken for a store that went back in time, and the PC is asked to connect
again; it loses nothing.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pushed_changes",
        sa.Column("device_id", sa.String(36), primary_key=True),
        sa.Column("seq", sa.BigInteger, primary_key=True),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("refusal", sa.Text, nullable=True),
        sa.Column("pushed_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("pushed_changes")
