"""One full-text query over the search index, for SQLite (FTS5) and PostgreSQL (tsvector).

The store searches it for users (``Store.search``) and for resolution (``named_events``); both
split a query into words the same way and rank the same way, so the dialects' SQL lives here once.
"""

from __future__ import annotations

from sqlalchemy import text


def query_terms(query: str) -> list[str]:
    """The words of a query, punctuation dropped: each must occur in a matching text."""
    return "".join(c if c.isalnum() else " " for c in query).split()


def matching_rows(conn, terms: list[str], *, limit: int, columns: str, kind: str | None = None):
    """Rows of the search index holding every term, best match first (at most ``limit``); only
    those of one ``kind`` ("evidence", "document") when given. Ties are ordered by id on PostgreSQL."""
    only_kind = " AND kind = :kind" if kind else ""
    if conn.dialect.name == "sqlite":
        sql = f"SELECT {columns} FROM search_index WHERE search_index MATCH :q{only_kind} ORDER BY rank LIMIT :n"
        query = " ".join(f'"{t}"' for t in terms)
    else:
        sql = (f"SELECT {columns} FROM search_index WHERE to_tsvector('simple', body) @@ plainto_tsquery('simple', :q)"
               f"{only_kind} ORDER BY ts_rank(to_tsvector('simple', body), plainto_tsquery('simple', :q)) DESC, id "
               "LIMIT :n")
        query = " ".join(terms)
    return conn.execute(text(sql), {"q": query, "n": limit, "kind": kind})
