"""Named, ordered, transactional schema migrations, applied when a store is opened.

Each migration has a name and SQL for each dialect. :func:`pending` lists what a database
lacks; the backends apply each pending migration in its own transaction together with the
row that records it in ``schema_migrations``, so a crash mid-migration leaves the database at
the previous version. Never edit a released migration: append a new one.
"""

from __future__ import annotations

from dataclasses import dataclass

Dialect = str  # "sqlite" | "postgres"


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    sqlite: tuple[str, ...]
    postgres: tuple[str, ...]
    # After the statements, in the same transaction: re-fill the search index from the stored
    # articles (the FTS5 table is contentless, so it cannot be rebuilt from itself).
    reindex: bool = False

    def statements(self, dialect: Dialect) -> tuple[str, ...]:
        return self.sqlite if dialect == "sqlite" else self.postgres


CREATE_LEDGER = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
)

# Child tables shared by both dialects (types that mean the same in both).
_CHILDREN = (
    """CREATE TABLE paragraphs (
        rid BIGINT NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (rid, idx))""",
    """CREATE TABLE bylines (
        rid BIGINT NOT NULL, idx INTEGER NOT NULL, name TEXT, dateline TEXT,
        PRIMARY KEY (rid, idx))""",
    """CREATE TABLE media (
        rid BIGINT NOT NULL, idx INTEGER NOT NULL, caption TEXT NOT NULL, credit TEXT,
        role TEXT NOT NULL, after_paragraph INTEGER, url TEXT,
        PRIMARY KEY (rid, idx))""",
    """CREATE TABLE related (
        rid BIGINT NOT NULL, idx INTEGER NOT NULL, headline TEXT NOT NULL, section TEXT,
        summary TEXT, url TEXT, bylines TEXT NOT NULL, media TEXT NOT NULL,
        PRIMARY KEY (rid, idx))""",
    """CREATE TABLE entities (
        rid BIGINT NOT NULL, idx INTEGER NOT NULL, entity_id TEXT NOT NULL,
        type TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL, titles TEXT NOT NULL,
        names_norm TEXT NOT NULL,
        PRIMARY KEY (rid, idx))""",
    """CREATE TABLE mentions (
        rid BIGINT NOT NULL, entity_idx INTEGER NOT NULL, idx INTEGER NOT NULL,
        paragraph INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (rid, entity_idx, idx))""",
    """CREATE TABLE quotes (
        rid BIGINT NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
        speaker_name TEXT, speaker_entity_id TEXT, speaker_norm TEXT NOT NULL, cue TEXT,
        paragraph INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
        PRIMARY KEY (rid, idx))""",
    """CREATE TABLE times (
        rid BIGINT NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL,
        paragraph INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
        type TEXT NOT NULL, value TEXT, anchor TEXT,
        PRIMARY KEY (rid, idx))""",
    "CREATE INDEX lsh_key ON lsh (key)",
    "CREATE INDEX articles_published ON articles (published)",
    "CREATE INDEX articles_site ON articles (site)",
    "CREATE INDEX articles_section ON articles (section)",
    "CREATE INDEX articles_canonical ON articles (canonical_id)",
)

_CAPTION_MENTIONS = """CREATE TABLE caption_mentions (
        rid BIGINT NOT NULL, entity_idx INTEGER NOT NULL, idx INTEGER NOT NULL,
        media INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (rid, entity_idx, idx))"""

_ARTICLE_COLUMNS = """
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        site TEXT, section TEXT, published TEXT, headline TEXT, deck TEXT, url TEXT,
        source TEXT NOT NULL,
        extra TEXT NOT NULL,
        canonical_id TEXT, similarity DOUBLE PRECISION,
        ingested_at TEXT NOT NULL"""

# ``ascii`` tokenizer: the indexed text is the analyser's space-separated forms, already
# normalised and lower-cased, so the tokenizer only has to split on spaces; ``ascii`` does
# exactly that (every non-ASCII character is a token character) ~30 % faster than
# ``unicode61``, and makes FTS5's tokens, term frequencies and document lengths exactly
# ``str.split()`` of that text, which the impact-ordered search (``search_heads``) relies on
# to compute the same BM25 in Python. ``search_heads``/``search_meta`` are derived data,
# filled by ``SQLiteStore.optimize()``.
_SEARCH_ASCII = (
    "DROP TABLE search",
    "CREATE VIRTUAL TABLE search USING fts5(headline, body, content='', tokenize='ascii')",
    "INSERT INTO search (search, rank) VALUES ('rank', 'bm25(4.0, 1.0)')",
    """CREATE TABLE search_heads (
        form TEXT PRIMARY KEY, df INTEGER NOT NULL, cut DOUBLE PRECISION NOT NULL,
        rids BLOB NOT NULL, wtf BLOB NOT NULL, dl BLOB NOT NULL)""",
    "CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "0001_initial",
        sqlite=(
            f"CREATE TABLE articles (rid INTEGER PRIMARY KEY, {_ARTICLE_COLUMNS})",
            "CREATE TABLE minhash (rid INTEGER PRIMARY KEY, sig BLOB NOT NULL)",
            "CREATE TABLE lsh (key INTEGER NOT NULL, rid INTEGER NOT NULL)",
            *_CHILDREN,
            # Contentless: the terms are computed in Python and never read back; snippets
            # come from the original paragraphs.
            "CREATE VIRTUAL TABLE search USING fts5("
            " headline, body, content='', tokenize='unicode61 remove_diacritics 0')",
            # Headline matches weigh four times body matches in BM25; setting it as the
            # table's rank keeps FTS5's fast ORDER BY rank path.
            "INSERT INTO search (search, rank) VALUES ('rank', 'bm25(4.0, 1.0)')",
        ),
        postgres=(
            f"CREATE TABLE articles (rid BIGSERIAL PRIMARY KEY, {_ARTICLE_COLUMNS},"
            " tsv tsvector NOT NULL)",
            "CREATE TABLE minhash (rid BIGINT PRIMARY KEY, sig BYTEA NOT NULL)",
            "CREATE TABLE lsh (key BIGINT NOT NULL, rid BIGINT NOT NULL)",
            *_CHILDREN,
            "CREATE INDEX articles_tsv ON articles USING gin (tsv)",
        ),
    ),
    Migration(
        "0002_annotation_indexes",
        sqlite=(
            "CREATE INDEX entities_entity ON entities (entity_id)",
            "CREATE INDEX quotes_speaker ON quotes (speaker_norm)",
        ),
        postgres=(
            "CREATE INDEX entities_entity ON entities (entity_id)",
            "CREATE INDEX quotes_speaker ON quotes (speaker_norm)",
        ),
    ),
    Migration("0003_search_ascii_impacts", sqlite=_SEARCH_ASCII, postgres=(), reindex=True),
    Migration(
        # Entity mentions in photo captions (Entity.caption_mentions): spans into
        # media[media].caption, kept apart from the paragraph spans of `mentions`.
        "0004_caption_mentions",
        sqlite=(_CAPTION_MENTIONS,),
        postgres=(_CAPTION_MENTIONS,),
    ),
)


def pending(applied: set[str]) -> list[Migration]:
    """Migrations not yet applied, in order."""
    return [m for m in MIGRATIONS if m.name not in applied]
