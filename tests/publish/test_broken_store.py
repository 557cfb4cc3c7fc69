"""An unreadable store gives clean errors (pinned JSON shape), never a traceback page."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from plainwire.publish import create_app
from plainwire.settings import Config


def test_unreadable_store_reports_errors(tmp_path: Path) -> None:
    config = Config(home=tmp_path)
    app = create_app(config)  # creates a valid empty store
    # Then the file is destroyed under the running reader (before any connection is opened).
    config.db_path.write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        Path(str(config.db_path) + suffix).unlink(missing_ok=True)
    with TestClient(app) as client:
        h = client.get("/healthz")
        assert h.status_code == 503
        assert h.json()["error"]["code"] == "store_unavailable"
        for url in ("/api/v1/stories", "/"):
            r = client.get(url)
            assert r.status_code == 500
            body = r.json()
            assert body["error"]["code"] == "internal_error" and body["error"]["input"] == url
            assert "Traceback" not in r.text
            assert "default-src 'none'" in r.headers["content-security-policy"]
