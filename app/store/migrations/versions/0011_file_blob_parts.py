"""stored files' content in parts at the server

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 10:00:00

`file_blobs.content` held each file whole, so a server took a 95 MB upload into memory (and
again to answer a download). The content moves to `file_blob_parts`, a row per part of at
most a megabyte, written and read one part at a time. A file stored before keeps its content
as its one part 0.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "file_blob_parts",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("office_id", "sha256", "part"),
    )
    op.execute("INSERT INTO file_blob_parts (office_id, sha256, part, content) "
               "SELECT office_id, sha256, 0, content FROM file_blobs")
    with op.batch_alter_table("file_blobs") as batch:
        batch.drop_column("content")


def downgrade() -> None:
    with op.batch_alter_table("file_blobs") as batch:
        batch.add_column(sa.Column("content", sa.LargeBinary(), nullable=True))
    conn = op.get_bind()
    parts = sa.table("file_blob_parts", sa.column("office_id"), sa.column("sha256"),
                     sa.column("part"), sa.column("content"))
    blobs = sa.table("file_blobs", sa.column("office_id"), sa.column("sha256"),
                     sa.column("content"))
    for office_id, sha256 in conn.execute(sa.select(blobs.c.office_id, blobs.c.sha256)).all():
        content = b"".join(conn.execute(
            sa.select(parts.c.content)
            .where(parts.c.office_id == office_id, parts.c.sha256 == sha256)
            .order_by(parts.c.part)).scalars())
        conn.execute(sa.update(blobs).where(blobs.c.office_id == office_id,
                                            blobs.c.sha256 == sha256).values(content=content))
    with op.batch_alter_table("file_blobs") as batch:
        batch.alter_column("content", existing_type=sa.LargeBinary(), nullable=False)
    op.drop_table("file_blob_parts")
