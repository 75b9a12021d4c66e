"""`genai-guard config check FILE` and `genai-guard config show`.

IT edits a TOML file once and rolls it out to hundreds of machines, so mistakes must be caught
before deployment with a message that names the key. `check` runs the same loader the service
uses, plus checks that need the pattern files (override reason ids, rule kinds) or the syslog
settings; `show` prints the configuration the service would really run with.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

import click

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def extra_problems(config: dict[str, Any]) -> list[str]:
    """Problems `load_config` does not look for, because they need patterns/ or other modules."""
    from genai_guard.entities import KINDS
    from genai_guard.guidance import load_guidance
    from genai_guard.syslog_forward import SyslogConfigError, parse_target

    problems: list[str] = []
    known_reasons = {reason["id"] for reason in load_guidance().override_reasons}
    for reason in config["overrides"]["reasons"]:
        if reason not in known_reasons:
            problems.append(
                f"overrides.reasons: {reason!r} is not a reason id in patterns/guidance.yaml "
                f"(known: {', '.join(sorted(known_reasons))})"
            )
    policy = config["policy"]
    groups = [("policy.block_kinds", policy["block_kinds"]), ("policy.warn_kinds", policy["warn_kinds"])]
    groups += [(f"policy.block_together[{i}]", group) for i, group in enumerate(policy["block_together"])]
    for where, kinds in groups:
        for kind in kinds:
            if kind not in KINDS:
                problems.append(f"{where}: {kind!r} is not a kind (use {', '.join(KINDS)})")
    if config["audit"]["retention_days"] < 1:
        problems.append("audit.retention_days must be at least 1 (0 would purge every event)")
    if config["extension"]["time_budget_ms"] < 100:
        problems.append("extension.time_budget_ms below 100 would time out almost every check")
    if config["audit"]["syslog_address"].strip():
        try:
            parse_target(config["audit"]["syslog_address"], config["audit"]["syslog_facility"])
        except SyslogConfigError as error:
            problems.append(str(error))
    return problems


def _set_keys(table: dict[str, Any], prefix: str = "") -> list[str]:
    """Dotted names of the leaf keys a user file sets (open tables such as policy.sites count once)."""
    keys: list[str] = []
    for key, value in table.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict) and dotted != "policy.sites":
            keys += _set_keys(value, dotted + ".")
        else:
            keys.append(dotted)
    return keys


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else json.dumps(key)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def to_toml(config: dict[str, Any], prefix: str = "") -> str:
    """A small TOML writer for the config's shapes (tables of scalars and lists)."""
    scalars = [(k, v) for k, v in config.items() if not isinstance(v, dict)]
    tables = [(k, v) for k, v in config.items() if isinstance(v, dict)]
    lines = [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in scalars]
    out = "\n".join(lines) + ("\n" if lines else "")
    for key, value in tables:
        name = f"{prefix}{_toml_key(key)}"
        out += f"\n[{name}]\n" + to_toml(value, name + ".")
    return out


@click.group()
def config() -> None:
    """Validate or print the service configuration (TOML)."""


@config.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def check(file: Path) -> None:
    """Validate FILE as the guard would load it; exit status 1 if it cannot be used."""
    from genai_guard.config import ConfigError, load_config

    try:
        effective = load_config(file)
        user = tomllib.loads(file.read_text(encoding="utf-8"))
    except ConfigError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(1)
    problems = extra_problems(effective)
    if problems:
        for problem in problems:
            click.echo(f"Error: {file}: {problem}", err=True)
        sys.exit(1)
    keys = _set_keys(user)
    server = effective["server"]
    click.echo(f"OK: {file} is valid.")
    click.echo(f"  Sets {len(keys)} key(s): {', '.join(keys) if keys else '(none; all defaults)'}")
    click.echo(f"  Service: http://{server['host']}:{server['port']}")
    sites = effective["policy"]["sites"]
    ceilings = ", ".join(f"{host} at most {decision}" for host, decision in sites.items()) or "none"
    click.echo(f"  Per-site ceilings: {ceilings}")
    overrides = effective["overrides"]
    click.echo(
        f"  Send anyway: on warn {'allowed' if overrides['warn'] else 'not allowed'}, "
        f"on block {'allowed' if overrides['block'] else 'not allowed'}; "
        f"reasons {', '.join(overrides['reasons'])}"
    )
    audit = effective["audit"]
    state = f"kept {audit['retention_days']} days" if audit["enabled"] else "off"
    syslog = f"; forwarded to syslog {audit['syslog_address']}" if audit["syslog_address"] else ""
    click.echo(f"  Audit events: {state}{syslog}")
    click.echo(f"  Extension origins allowed: {', '.join(effective['extension']['allowed_origins'])}")


@config.command()
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("--format", "fmt", type=click.Choice(["toml", "json"]), default="toml", show_default=True)
def show(config_path: Path | None, fmt: str) -> None:
    """Print the effective configuration: the defaults with FILE laid over them."""
    from genai_guard.config import ConfigError, load_config

    try:
        effective = load_config(config_path)
    except ConfigError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(1)
    if fmt == "json":
        click.echo(json.dumps(effective, indent=2))
    else:
        source = str(config_path) if config_path else "built-in defaults"
        click.echo(f"# Effective GenAI Guard configuration ({source})")
        click.echo(to_toml(effective), nl=False)
