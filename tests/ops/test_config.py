"""One settings table: precedence, origins, errors, and docs that cover every setting."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from plainwire.errors import ConfigError
from plainwire.settings import SETTINGS, load_config, parse_days, resolve_config, settings_markdown

DOCS = Path(__file__).resolve().parents[2] / "docs" / "configuration.md"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for s in SETTINGS:
        monkeypatch.delenv(f"PLAINWIRE_{s.name.upper()}", raising=False)


def test_precedence_default_file_env_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "plainwire.toml").write_text(
        'port = 8100\nfetch_workers = 3\nhost = "0.0.0.0"\nkeep_days = 30\n'
    )
    monkeypatch.setenv("PLAINWIRE_PORT", "8200")
    monkeypatch.setenv("PLAINWIRE_FETCH_WORKERS", "5")
    monkeypatch.setenv("PLAINWIRE_ALLOW_PRIVATE_NETWORKS", "yes")
    config, origins = resolve_config(tmp_path, {"port": 8300, "host": None})
    assert config.port == 8300 and origins["port"] == "cli:--port"
    assert config.fetch_workers == 5 and origins["fetch_workers"] == "env:PLAINWIRE_FETCH_WORKERS"
    assert config.host == "0.0.0.0" and origins["host"] == f"file:{tmp_path / 'plainwire.toml'}"
    assert config.keep_days == 30.0 and isinstance(config.keep_days, float)
    assert config.allow_private_networks is True
    assert config.poll_interval == 900.0 and origins["poll_interval"] == "default"
    assert load_config(tmp_path, {"port": 8300}) == config


def test_unknown_key_and_bad_values_are_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "plainwire.toml"
    cfg.write_text("prot = 8000\n")
    with pytest.raises(ConfigError, match="unknown setting 'prot'") as err:
        load_config(tmp_path)
    assert str(cfg) in str(err.value)
    cfg.write_text('port = "eighty"\n')
    with pytest.raises(ConfigError, match="port must be int"):
        load_config(tmp_path)
    cfg.write_text("port = [\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(tmp_path)
    cfg.unlink()
    monkeypatch.setenv("PLAINWIRE_POLL_JITTER", "1.5")
    with pytest.raises(ConfigError, match="poll_jitter"):
        load_config(tmp_path)
    monkeypatch.delenv("PLAINWIRE_POLL_JITTER")
    with pytest.raises(ConfigError, match="poll_min_interval must be <= poll_max_interval"):
        load_config(tmp_path, {"poll_min_interval": 5000, "poll_max_interval": 100})
    with pytest.raises(ConfigError, match="unknown setting"):
        load_config(tmp_path, {"no_such_thing": 1})


def test_out_of_range_values_name_where_they_were_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = tmp_path / "plainwire.toml"
    cfg.write_text("port = 99999\n")
    with pytest.raises(ConfigError, match=re.escape(f"port must be in 0..65535 (set by {cfg})")):
        load_config(tmp_path)  # used to say only "port must be in 0..65535"
    cfg.unlink()
    monkeypatch.setenv("PLAINWIRE_KEEP_DAYS", "-3")
    with pytest.raises(ConfigError, match=re.escape("keep_days must be >= 0 (set by PLAINWIRE_KEEP_DAYS)")):
        load_config(tmp_path)
    monkeypatch.delenv("PLAINWIRE_KEEP_DAYS")
    with pytest.raises(ConfigError, match=re.escape("fetch_workers must be >= 1 (set by --fetch-workers)")):
        load_config(tmp_path, {"fetch_workers": 0})


def test_parse_days() -> None:
    assert parse_days("90d") == 90.0
    assert parse_days("2w") == 14.0
    assert parse_days("12h") == 0.5
    assert parse_days("30") == 30.0
    for bad in ("ninety", "-3d", "", "5x"):
        with pytest.raises(ConfigError):
            parse_days(bad)


def test_docs_document_every_setting() -> None:
    text = DOCS.read_text(encoding="utf-8")
    block = re.search(r"<!-- settings:begin -->\n(.*)<!-- settings:end -->", text, re.S)
    assert block, "docs/configuration.md lost its settings markers"
    assert block.group(1) == settings_markdown(), "regenerate with `plainwire config docs`"
    for s in SETTINGS:
        assert f"`{s.name}`" in block.group(1) and s.help in block.group(1)


def _cli(home: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("PLAINWIRE_")}
    return subprocess.run(
        [sys.executable, "-m", "plainwire.cli.main", *args, "--home", str(home)],
        env=base | (env or {}) | {"COLUMNS": "200"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_config_show_cli(tmp_path: Path) -> None:
    (tmp_path / "plainwire.toml").write_text("poll_max_interval = 7200\n")
    proc = _cli(tmp_path, "config", "show", "--json", env={"PLAINWIRE_FETCH_WORKERS": "2"})
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    by = {r["name"]: r for r in data["settings"]}
    assert set(by) == {s.name for s in SETTINGS}
    assert by["poll_max_interval"]["value"] == 7200.0 and by["poll_max_interval"]["origin"].startswith(
        "file:"
    )
    assert (
        by["fetch_workers"]["value"] == 2 and by["fetch_workers"]["origin"] == "env:PLAINWIRE_FETCH_WORKERS"
    )
    assert by["port"]["origin"] == "default"
    human = _cli(tmp_path, "config", "show")
    assert human.returncode == 0 and "poll_max_interval" in human.stdout and "7200" in human.stdout
    (tmp_path / "plainwire.toml").write_text("bogus = 1\n")
    bad = _cli(tmp_path, "config", "show")
    assert bad.returncode == 2 and "unknown setting 'bogus'" in bad.stderr
