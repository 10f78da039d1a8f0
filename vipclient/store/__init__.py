"""The local cache: SQLite (WAL) through SQLAlchemy 2.0, with Alembic migrations.

- :mod:`vipclient.store.cache` — ``Cache.open(path)``, ``session()`` (one write transaction),
  ``read_session()``, ``cache_path(server_url, username)``;
- :mod:`vipclient.store.models` — one table per changes-feed entity, the outbox, sync state
  (column conventions in its docstring; never renamed, only added to);
- :mod:`vipclient.store.apply` — server JSON → rows (feed pages, API answers);
- :mod:`vipclient.store.outbox` / :mod:`vipclient.store.effects` — queued actions and their
  optimistic local effects;
- :mod:`vipclient.store.search` — FTS5 trigram search over clients and tickets, any script;
- :mod:`vipclient.store.timefmt` — the one timestamp format of every column.
"""
