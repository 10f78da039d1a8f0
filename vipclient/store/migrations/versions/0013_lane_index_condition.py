"""The lanes' partial index made again where its condition was written in the other order.

``ix_tickets_lanes`` (migration 0007) holds open tickets only, and SQLite reads from a partial
index only when the query's ``WHERE`` repeats the index's condition word for word. Both were
written from a set of the two closed statuses, whose order changes from one process to the
next (hash randomisation): an index made by one start and a query made by another disagreed
half the time, and the lanes, the dashboard and the first paint then scanned the whole table
(the lane index of 100,000 tickets took 110 ms instead of 65). The condition now has one
order (``lane_sql._in`` sorts); an index written in the other is dropped and made again,
once, a few hundred milliseconds on 100,000 tickets. A cache whose first pull is unfinished
has no such index yet; the pull's end makes it from the models, already in the fixed order.

Revision ID: 0013_lane_index_condition
Revises: 0012_security
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from vipclient.store.lane_sql import LANE_COLUMNS, OPEN

revision: str = "0013_lane_index_condition"
down_revision: str | None = "0012_security"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    written = op.get_bind().execute(sa.text(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'ix_tickets_lanes'"
    )).scalar()
    if written is None or " ".join(str(written).split()).endswith(f"WHERE {OPEN}"):
        return
    op.execute("DROP INDEX ix_tickets_lanes")
    op.execute(f"CREATE INDEX ix_tickets_lanes ON tickets ({', '.join(LANE_COLUMNS)}) WHERE {OPEN}")


def downgrade() -> None:
    """Nothing to undo: the index in the fixed order is what 0012 reads as well."""
