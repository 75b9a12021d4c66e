"""The service configuration: `defaults.toml` with the user's TOML file laid over it.

Every key the guard reads is in `defaults.toml`, which doubles as the documentation. A user file
may only set keys that exist there, with values of the same type, so mistakes fail loudly.
"""

from __future__ import annotations

import copy
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

DECISIONS = ("allow", "warn", "block")
FAILURE_MODES = ("fail-closed", "degraded")
OPEN_TABLES = {("policy", "sites")}


class ConfigError(ValueError):
    """The configuration file cannot be used; the message says where and why."""


def default_config() -> dict[str, Any]:
    text = resources.files("genai_guard").joinpath("defaults.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def load_config(path: Path | None = None, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    config = default_config()
    if path is not None:
        try:
            user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{path}: no such file") from None
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"{path}: not valid TOML ({error})") from None
        _merge(config, user, (), str(path))
    if overrides:
        _merge(config, overrides, (), "overrides")
    check_values(config)
    return config


def _merge(base: dict[str, Any], update: dict[str, Any], where: tuple[str, ...], source: str) -> None:
    for key, value in update.items():
        here = (*where, key)
        dotted = ".".join(here)
        if where in OPEN_TABLES:
            base[key] = value
            continue
        if key not in base:
            raise ConfigError(f"{source}: unknown key {dotted!r}")
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise ConfigError(f"{source}: {dotted!r} must be a table")
            _merge(base[key], value, here, source)
        elif type(value) is not type(base[key]) and not (
            isinstance(base[key], float) and isinstance(value, int)
        ):
            expected = type(base[key]).__name__
            raise ConfigError(f"{source}: {dotted!r} must be {expected}, not {type(value).__name__}")
        else:
            base[key] = copy.deepcopy(value)


def check_values(config: dict[str, Any]) -> None:
    if not 0.0 <= config["detection"]["threshold"] <= 1.0:
        raise ConfigError("detection.threshold must be between 0 and 1")
    for host, decision in config["policy"]["sites"].items():
        if decision not in DECISIONS:
            raise ConfigError(f"policy.sites.{host!r} must be one of {', '.join(DECISIONS)}")
    if config["extension"]["failure_mode"] not in FAILURE_MODES:
        raise ConfigError(f"extension.failure_mode must be one of {', '.join(FAILURE_MODES)}")
    for origin in config["extension"]["allowed_origins"]:
        if not isinstance(origin, str) or not origin.startswith(("chrome-extension://", "extension://")):
            raise ConfigError(f"extension.allowed_origins: {origin!r} is not an extension origin")
    if not 1 <= config["server"]["port"] <= 65535:
        raise ConfigError("server.port must be between 1 and 65535")
