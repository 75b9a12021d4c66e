"""`genai-guard report` (summaries of the content-free audit store) and `report purge`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

CONFIG_OPTION = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Service configuration file (to find the audit store and retention).",
)


def _load(config_path: Path | None) -> dict[str, Any]:
    from genai_guard.config import ConfigError, load_config

    try:
        return load_config(config_path)
    except ConfigError as error:
        raise click.ClickException(str(error)) from None


@click.group(invoke_without_command=True)
@click.option("--since", default=None, help="Only events from this date: YYYY-MM-DD, ISO date-time, or 30d.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True
)
@CONFIG_OPTION
@click.pass_context
def report(ctx: click.Context, since: str | None, fmt: str, config_path: Path | None) -> None:
    """Summarise what users did after warnings: by site, decision, kind of data, action, reason.

    Counts and percentages only; the audit store never holds any text.
    """
    if ctx.invoked_subcommand is not None:
        return
    from genai_guard.audit import AuditError, AuditStore, audit_store_path
    from genai_guard.entities import catalogue
    from genai_guard.report import parse_since, render, summarise

    config = _load(config_path)
    try:
        since_at = parse_since(since) if since else None
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--since") from None
    path = audit_store_path(config)
    events: list[dict[str, Any]] = []
    if path.exists():
        try:
            events = AuditStore(path).events(since_at)
        except AuditError as error:
            raise click.ClickException(f"{path}: {error}") from None
    elif fmt == "table":
        click.echo(f"No audit store yet at {path}: nothing has been recorded.", err=True)
    click.echo(render(summarise(events, catalogue(), since_at), fmt), nl=False)


@report.command()
@click.option(
    "--older-than",
    "days",
    type=click.IntRange(min=1),
    default=None,
    help="Delete events older than this many days (default: audit.retention_days).",
)
@CONFIG_OPTION
def purge(days: int | None, config_path: Path | None) -> None:
    """Delete audit events older than the retention period."""
    from genai_guard.audit import AuditError, AuditStore, audit_store_path

    config = _load(config_path)
    days = days if days is not None else int(config["audit"]["retention_days"])
    path = audit_store_path(config)
    if not path.exists():
        click.echo(f"No audit store at {path}: nothing to purge.")
        return
    try:
        removed = AuditStore(path).purge_older_than(days, now=dt.datetime.now(dt.UTC))
    except AuditError as error:
        raise click.ClickException(f"{path}: {error}") from None
    click.echo(f"Purged {removed} event(s) older than {days} days from {path}.")
