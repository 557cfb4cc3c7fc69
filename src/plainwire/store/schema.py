"""Versioned schema migrations. Each entry upgrades ``PRAGMA user_version`` by one.

Never edit a released migration: append a new one.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: outlets, articles, stories, errors, FTS5 indexes
    """
    CREATE TABLE outlets (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        feed_url TEXT NOT NULL UNIQUE,
        home_url TEXT,
        region TEXT,
        lean TEXT,
        language TEXT,
        enabled INTEGER NOT NULL DEFAULT 1,
        added_at REAL NOT NULL,
        etag TEXT,
        last_modified TEXT,
        last_polled REAL,
        last_success REAL,
        last_error TEXT,
        last_error_at REAL,
        consecutive_failures INTEGER NOT NULL DEFAULT 0,
        articles_total INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        outlet_id INTEGER REFERENCES outlets(id) ON DELETE SET NULL,
        published REAL,
        modified REAL,
        fetched_at REAL NOT NULL,
        authors TEXT NOT NULL DEFAULT '[]',
        language TEXT,
        site TEXT,
        section TEXT,
        schema_type TEXT,
        og_type TEXT,
        description TEXT,
        content_hash TEXT NOT NULL,
        genre TEXT,
        tone_label TEXT,
        tone_score REAL,
        tone_evidence TEXT NOT NULL DEFAULT '[]',
        story_id TEXT REFERENCES stories(id)
    );
    CREATE INDEX articles_story ON articles(story_id);
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_hash ON articles(content_hash);
    CREATE TABLE stories (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        slug TEXT NOT NULL UNIQUE,
        headline TEXT NOT NULL DEFAULT '',
        story TEXT NOT NULL DEFAULT '',
        tone_label TEXT,
        tone_score REAL,
        published REAL,
        updated REAL,
        n_articles INTEGER NOT NULL DEFAULT 0,
        n_outlets INTEGER NOT NULL DEFAULT 0,
        synthesis TEXT,
        synthesized_sig TEXT,
        synthesized_at REAL,
        dirty INTEGER NOT NULL DEFAULT 1,
        merged_into TEXT,
        created_at REAL NOT NULL
    );
    CREATE INDEX stories_updated ON stories(updated);
    CREATE INDEX stories_dirty ON stories(dirty) WHERE dirty = 1;
    CREATE TABLE errors (
        id INTEGER PRIMARY KEY,
        at REAL NOT NULL,
        stage TEXT NOT NULL,
        input TEXT NOT NULL,
        code TEXT NOT NULL,
        message TEXT NOT NULL
    );
    CREATE INDEX errors_at ON errors(at);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE VIRTUAL TABLE stories_fts USING fts5(
        headline, story, content='stories', content_rowid='rowid', tokenize='porter unicode61'
    );
    CREATE TRIGGER stories_ai AFTER INSERT ON stories BEGIN
        INSERT INTO stories_fts(rowid, headline, story) VALUES (new.rowid, new.headline, new.story);
    END;
    CREATE TRIGGER stories_ad AFTER DELETE ON stories BEGIN
        INSERT INTO stories_fts(stories_fts, rowid, headline, story) VALUES ('delete', old.rowid, old.headline, old.story);
    END;
    CREATE TRIGGER stories_au AFTER UPDATE OF headline, story ON stories BEGIN
        INSERT INTO stories_fts(stories_fts, rowid, headline, story) VALUES ('delete', old.rowid, old.headline, old.story);
        INSERT INTO stories_fts(rowid, headline, story) VALUES (new.rowid, new.headline, new.story);
    END;
    """,
    # 2 (issue 8, operations): the work queue between fetching and processing, per-source
    # poll schedules, and a marker for article bodies dropped by retention.
    """
    CREATE TABLE queue (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        outlet_id INTEGER REFERENCES outlets(id) ON DELETE SET NULL,
        entry TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        not_before REAL NOT NULL DEFAULT 0,
        enqueued_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        last_error TEXT
    );
    CREATE INDEX queue_pending ON queue(not_before, id) WHERE state = 'pending';
    CREATE INDEX queue_state ON queue(state, updated_at);
    ALTER TABLE outlets ADD COLUMN next_poll_at REAL;
    ALTER TABLE outlets ADD COLUMN poll_every REAL;
    ALTER TABLE outlets ADD COLUMN rate_per_day REAL;
    ALTER TABLE articles ADD COLUMN body_dropped_at REAL;
    """,
    # 3 (issue 8): per-outlet rates, `plainwire status` and retention filter on fetch time.
    """
    CREATE INDEX articles_fetched ON articles(fetched_at);
    """,
    # 4 (issue 7, reader): outlet pages filter articles by source; the front page lists
    # published, unmerged stories newest first without reading the synthesis JSON.
    """
    CREATE INDEX articles_source ON articles(source, published);
    CREATE INDEX stories_listed ON stories(updated DESC, rowid DESC)
        WHERE merged_into IS NULL AND synthesized_at IS NOT NULL;
    """,
    # 5 (eleventh session, source health): a source whose feed works but whose pages all fail
    # is failing; kept per outlet as the queue finishes pages, so every health view reads it
    # from the outlet's row (counting a week of queue items took ~100 ms per view at 100k).
    """
    ALTER TABLE outlets ADD COLUMN page_failures INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE outlets ADD COLUMN last_page_success REAL;
    ALTER TABLE outlets ADD COLUMN last_page_error TEXT;
    """,
    # 6 (twelfth session): an article updated in place (re-fetched with new content) keeps its
    # first publication time; when its content changed is kept apart, and a story's Updated
    # time counts it (Store.put_article, _refresh_story_counts).
    """
    ALTER TABLE articles ADD COLUMN revised REAL;
    """,
    # 7 (sixteenth session): lines a site repeats on its pages are furniture (store/repeats.py).
    # Per site, the line fingerprints of its newest pages; the lines taken out of a text are
    # kept in the article's ``repeated`` (JSON list), so nothing stored is lost.
    """
    CREATE TABLE site_lines (
        site TEXT NOT NULL,
        fp INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        gone INTEGER NOT NULL DEFAULT 0,  -- 1: the line is out of that article's stored text
        PRIMARY KEY (site, fp, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX site_lines_article ON site_lines(site, article_id);
    CREATE TABLE site_pages (
        site TEXT NOT NULL,
        article_id TEXT NOT NULL,
        seen_at REAL NOT NULL,
        PRIMARY KEY (site, article_id)
    ) WITHOUT ROWID;
    ALTER TABLE articles ADD COLUMN repeated TEXT;
    """,
    # 8 (seventeenth session): retractions and moved articles (store/withdrawals.py). An
    # article its outlet withdrew keeps its earlier title and text; ``withdrawn`` is when the
    # notice was seen and ``notice`` what it says. A copy stored under a URL the article
    # left (301, canonical link) keeps its row, ``superseded_by`` naming the article's id at
    # its final URL. ``gone`` is when its page answered 404/410 (not a retraction). A story
    # left with only withdrawn articles is ``withdrawn`` (hidden from lists, its page 410);
    # ``reslug`` asks its next synthesis for a new slug, the old one kept in ``story_slugs``.
    """
    ALTER TABLE articles ADD COLUMN withdrawn REAL;
    ALTER TABLE articles ADD COLUMN notice TEXT;
    ALTER TABLE articles ADD COLUMN superseded_by TEXT;
    ALTER TABLE articles ADD COLUMN gone REAL;
    ALTER TABLE stories ADD COLUMN withdrawn REAL;
    ALTER TABLE stories ADD COLUMN reslug INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE story_slugs (
        slug TEXT PRIMARY KEY,
        story_id TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
