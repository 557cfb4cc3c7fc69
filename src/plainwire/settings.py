"""One settings table: it feeds the CLI, the TOML config file and the docs.

Precedence: built-in default < config file (``$PLAINWIRE_HOME/plainwire.toml``) <
environment (``PLAINWIRE_<NAME>``) < command-line option. Unknown keys in the config file
are an error, never silently ignored.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from plainwire.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    type: type
    default: Any
    help: str


def _opt(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True, slots=True)
class Config:
    """Resolved configuration. Each field (but ``home``) is a setting; its metadata is the doc."""

    home: Path
    host: str = _opt("127.0.0.1", "Address the reader listens on.")
    port: int = _opt(8000, "Port the reader listens on.")
    poll_interval: float = _opt(900.0, "Seconds between polls of one source.")
    live_days: float = _opt(3.0, "Stories updated within this many days stay live for clustering.")
    allow_private_networks: bool = _opt(False, "Allow fetching private/loopback addresses (tests, intranets).")
    fetch_timeout: float = _opt(20.0, "Total seconds allowed for one HTTP fetch.")
    max_bytes: int = _opt(10_000_000, "Largest response body accepted, in bytes.")
    fetch_workers: int = _opt(8, "Concurrent page fetches.")
    max_items_per_feed: int = _opt(200, "Newest feed items considered per poll.")
    user_agent: str = _opt("plainwire/0.1 (+https://github.com/plainwire/plainwire)", "User-Agent header.")

    @property
    def db_path(self) -> Path:
        return self.home / "plainwire.sqlite3"

    @property
    def config_path(self) -> Path:
        return self.home / "plainwire.toml"

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "home"}


_TYPES = {"str": str, "int": int, "float": float, "bool": bool}

SETTINGS: tuple[Setting, ...] = tuple(
    Setting(f.name, _TYPES[str(f.type)], f.default, f.metadata["help"]) for f in fields(Config) if f.name != "home"
)
_BY_NAME = {s.name: s for s in SETTINGS}


def default_home() -> Path:
    env = os.environ.get("PLAINWIRE_HOME")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "plainwire"


def _coerce(setting: Setting, value: Any, origin: str) -> Any:
    try:
        if setting.type is bool:
            if isinstance(value, bool):
                return value
            s = str(value).strip().lower()
            if s in {"1", "true", "yes", "on"}:
                return True
            if s in {"0", "false", "no", "off"}:
                return False
            raise ValueError(value)
        return setting.type(value)
    except (TypeError, ValueError):
        raise ConfigError(
            f"{setting.name} must be {setting.type.__name__}, got {value!r}", input=origin
        ) from None


def load_config(home: str | Path | None = None, overrides: Mapping[str, Any] | None = None) -> Config:
    """Resolve the configuration from defaults, config file, environment and overrides."""
    home_path = Path(home).expanduser() if home else default_home()
    values: dict[str, Any] = {}
    cfg_file = home_path / "plainwire.toml"
    if cfg_file.exists():
        try:
            data = tomllib.loads(cfg_file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"invalid TOML: {exc}", input=str(cfg_file)) from None
        for key, value in data.items():
            if key not in _BY_NAME:
                raise ConfigError(f"unknown setting {key!r} (known: {', '.join(sorted(_BY_NAME))})", input=str(cfg_file))
            values[key] = _coerce(_BY_NAME[key], value, str(cfg_file))
    for s in SETTINGS:
        env = os.environ.get(f"PLAINWIRE_{s.name.upper()}")
        if env is not None:
            values[s.name] = _coerce(s, env, f"PLAINWIRE_{s.name.upper()}")
    for key, value in (overrides or {}).items():
        if value is None:
            continue
        if key not in _BY_NAME:
            raise ConfigError(f"unknown setting {key!r}")
        values[key] = _coerce(_BY_NAME[key], value, f"--{key.replace('_', '-')}")
    return replace(Config(home=home_path), **values)
