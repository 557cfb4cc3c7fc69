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

#: Values of the ``headline`` setting (plainwire.synthesize.headline.build_headline's ``strategy``).
HEADLINE_STRATEGIES = ("title", "clause", "joint", "learned")


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
    poll_interval: float = _opt(
        900.0, "Seconds between polls of a source whose publishing rate is not known yet (new sources)."
    )
    poll_min_interval: float = _opt(120.0, "Shortest interval between two polls of one source, in seconds.")
    poll_max_interval: float = _opt(
        10800.0, "Longest interval between two polls of a healthy source, however rarely it publishes."
    )
    poll_jitter: float = _opt(
        0.1, "Random spread of each poll interval, as a fraction (0.1 = plus or minus 10%)."
    )
    poll_backoff_max: float = _opt(
        21600.0,
        "Longest wait before re-polling a failing source (the interval doubles per consecutive failure).",
    )
    poll_workers: int = _opt(4, "Feeds polled concurrently.")
    queue_batch: int = _opt(32, "Queued article pages fetched and processed per batch.")
    queue_max_attempts: int = _opt(5, "Attempts at one article page before it is marked failed.")
    revisit_every: float = _opt(
        900.0,
        "Shortest wait, in seconds, before an article page its feed says was updated in place (a newer "
        "Atom <updated> / JSON Feed date_modified) is fetched again.",
    )
    revisit_days: float = _opt(
        3.0,
        "Articles updated in place are fetched again while their last fetch is under this many days old; 0 = never.",
    )
    repeat_min_pages: int = _opt(
        3,
        "A line (paragraph) printed verbatim on at least this many pages of one outlet, in at least two "
        "stories (or on one page fewer, two at least, when none of its longer words is in its pages' other "
        "lines), is site furniture (a promo box, a sign-off): taken out of its texts and kept aside "
        "(docs/operations.md, 'Lines a site repeats on its pages'); 0 = off.",
    )
    keep_days: float = _opt(
        0.0,
        "Drop article bodies older than this many days (stories, titles and links are kept); 0 keeps everything.",
    )
    live_days: float = _opt(3.0, "Stories updated within this many days stay live for clustering.")
    cross_language: bool = _opt(
        True,
        "Let an article join a story in another language when the story holds two of its names and one "
        "of its figures within a day (no model; docs/clustering.md, 'Across languages'). Off for a "
        "one-language monitor, where language misdetections cost a little.",
    )
    recluster_every: float = _opt(
        0.0,
        "Hours between automatic re-cluster passes of `plainwire run` over the live stories "
        "(whole-window clustering, as `plainwire recluster`; stories keep their ids, absorbed ones redirect; 0 = off). "
        "Pays when most events are reported by several outlets; lowers quality when most stories have one "
        "article (docs/clustering.md).",
    )
    split_repair: float = _opt(
        0.0,
        "Online split repair of `plainwire run`: when an article joins a story, its best other candidate "
        "story, if it holds one article, is placed again and moves in when its join score (background-"
        "corrected) is at least this (the absorbed story redirects; 0 = off). Measured: +0.3-1.0 F1 where "
        "most stories have several articles, -0.1-0.5 where most have one, so off (docs/clustering.md).",
    )
    recluster_max_articles: int = _opt(
        10000,
        "Largest window of a periodic re-cluster pass, in articles: the most recently updated live stories "
        "are taken whole while they fit, the rest keep their grouping (0 = no cap). See docs/clustering.md.",
    )
    allow_private_networks: bool = _opt(
        False, "Allow fetching private/loopback addresses (tests, intranets)."
    )
    fetch_timeout: float = _opt(20.0, "Total seconds allowed for one HTTP fetch.")
    max_bytes: int = _opt(10_000_000, "Largest response body accepted, in bytes.")
    fetch_workers: int = _opt(8, "Concurrent page fetches.")
    fetch_host_interval: float = _opt(
        1.0, "Seconds between the starts of two requests to one host (politeness)."
    )
    max_items_per_feed: int = _opt(200, "Newest feed items considered per poll.")
    user_agent: str = _opt("plainwire/0.1 (+https://github.com/plainwire/plainwire)", "User-Agent header.")
    headline: str = _opt(
        "title",
        "How a story's headline is made: `title` (the outlet title the coverage supports most, "
        "calm and tidied), `clause` (the best-supported story sentence cut to its subject-predicate "
        "core; a title when none cuts well), `joint` (both kinds scored alike) or `learned` (a fitted "
        "choice among them: +0.15 ROUGE-1 on the story benchmark, but more loaded titles). "
        "Applies to stories synthesised after the change. See docs/synthesis.md.",
    )
    tone_dense: bool = _opt(
        False,
        "Score tone with a MiniLM sentence-embedding head stacked on the lexical model (needs the "
        "'embeddings' extra; far slower, see docs/tone.md). Used by `plainwire analyze`.",
    )

    @property
    def db_path(self) -> Path:
        return self.home / "plainwire.sqlite3"

    @property
    def config_path(self) -> Path:
        return self.home / "plainwire.toml"


_TYPES = {"str": str, "int": int, "float": float, "bool": bool}

SETTINGS: tuple[Setting, ...] = tuple(
    Setting(f.name, _TYPES[str(f.type)], f.default, f.metadata["help"])
    for f in fields(Config)
    if f.name != "home"
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
    return resolve_config(home, overrides)[0]


def resolve_config(
    home: str | Path | None = None, overrides: Mapping[str, Any] | None = None
) -> tuple[Config, dict[str, str]]:
    """Like :func:`load_config`, also saying where each value came from.

    Origins: ``default``, ``file:PATH``, ``env:PLAINWIRE_NAME`` or ``cli:--name``.
    """
    home_path = Path(home).expanduser() if home else default_home()
    values: dict[str, Any] = {}
    origins = {s.name: "default" for s in SETTINGS}
    cfg_file = home_path / "plainwire.toml"
    if cfg_file.exists():
        try:
            data = tomllib.loads(cfg_file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"invalid TOML: {exc}", input=str(cfg_file)) from None
        for key, value in data.items():
            if key not in _BY_NAME:
                raise ConfigError(
                    f"unknown setting {key!r} (known: {', '.join(sorted(_BY_NAME))})", input=str(cfg_file)
                )
            values[key] = _coerce(_BY_NAME[key], value, str(cfg_file))
            origins[key] = f"file:{cfg_file}"
    for s in SETTINGS:
        env_name = f"PLAINWIRE_{s.name.upper()}"
        env = os.environ.get(env_name)
        if env is not None:
            values[s.name] = _coerce(s, env, env_name)
            origins[s.name] = f"env:{env_name}"
    for key, value in (overrides or {}).items():
        if value is None:
            continue
        if key not in _BY_NAME:
            raise ConfigError(f"unknown setting {key!r}")
        flag = f"--{key.replace('_', '-')}"
        values[key] = _coerce(_BY_NAME[key], value, flag)
        origins[key] = f"cli:{flag}"
    config = replace(Config(home=home_path), **values)
    _check(config, origins)
    return config, origins


def _check(config: Config, origins: Mapping[str, str] | None = None) -> None:
    """Reject values that would make the main job misbehave (rather than clamp them silently).
    Each problem names where its value was set (file, environment variable or flag)."""
    problems: list[tuple[str, str]] = []  # (setting, message)
    if config.fetch_host_interval < 0:
        problems.append(("fetch_host_interval", "fetch_host_interval must be >= 0"))
    for name in (
        "poll_interval",
        "poll_min_interval",
        "poll_max_interval",
        "poll_backoff_max",
        "fetch_timeout",
    ):
        if getattr(config, name) <= 0:
            problems.append((name, f"{name} must be > 0"))
    if config.poll_min_interval > config.poll_max_interval:
        problems.append(("poll_min_interval", "poll_min_interval must be <= poll_max_interval"))
    if not 0 <= config.poll_jitter < 1:
        problems.append(("poll_jitter", "poll_jitter must be in [0, 1)"))
    for name in ("poll_workers", "queue_batch", "queue_max_attempts", "fetch_workers", "max_items_per_feed"):
        if getattr(config, name) < 1:
            problems.append((name, f"{name} must be >= 1"))
    if config.headline not in HEADLINE_STRATEGIES:
        problems.append(
            ("headline", f"headline must be one of {', '.join(HEADLINE_STRATEGIES)}, got {config.headline!r}")
        )
    for name in ("recluster_every", "keep_days", "recluster_max_articles", "revisit_every", "revisit_days"):
        if getattr(config, name) < 0:
            problems.append((name, f"{name} must be >= 0"))
    if config.repeat_min_pages == 1 or config.repeat_min_pages < 0:
        problems.append(("repeat_min_pages", "repeat_min_pages must be 0 (off) or >= 2"))
    if not 0 <= config.port <= 65535:
        problems.append(("port", "port must be in 0..65535"))
    if problems:
        where = origins or {}

        def said(name: str, message: str) -> str:
            origin = where.get(name, "default")
            return message if origin == "default" else f"{message} (set by {origin.split(':', 1)[1]})"

        raise ConfigError("; ".join(said(n, m) for n, m in problems))


_DURATION_UNITS = {"s": 1 / 86400, "m": 1 / 1440, "h": 1 / 24, "d": 1.0, "w": 7.0, "y": 365.0}


def parse_days(text: str) -> float:
    """A duration like ``90d``, ``12h``, ``2w`` or ``30`` (days) as days."""
    t = text.strip().lower()
    unit = t[-1:] if t[-1:] in _DURATION_UNITS else "d"
    number = t[:-1] if t[-1:] in _DURATION_UNITS else t
    try:
        value = float(number)
    except ValueError:
        raise ConfigError(f"not a duration: {text!r} (use e.g. 90d, 12h, 2w)") from None
    if value < 0:
        raise ConfigError(f"duration must not be negative: {text!r}")
    return value * _DURATION_UNITS[unit]


def settings_markdown() -> str:
    """The settings table of docs/configuration.md (regenerate with ``plainwire config docs``)."""
    lines = ["| Setting | Type | Default | Environment | Meaning |", "|---|---|---|---|---|"]
    for s in SETTINGS:
        default = (
            f'"{s.default}"'
            if isinstance(s.default, str)
            else str(s.default).lower()
            if isinstance(s.default, bool)
            else str(s.default)
        )
        lines.append(
            f"| `{s.name}` | {s.type.__name__} | `{default}` | `PLAINWIRE_{s.name.upper()}` | {s.help} |"
        )
    return "\n".join(lines) + "\n"
