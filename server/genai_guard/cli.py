"""The `genai-guard` command: serve, scan and the tools built on the same engine.

Heavy imports (Presidio, spaCy) happen inside the commands, so `--version` and `--help` are fast.
"""

from __future__ import annotations

import gc
import ipaddress
import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import click

from genai_guard.version import __version__

if TYPE_CHECKING:
    from flask import Flask

    from genai_guard.guard import Guard

EXIT_CODES = {"allow": 0, "warn": 10, "block": 20}
EXIT_NOT_CHECKED = 30


def _setup_logging() -> None:
    from genai_guard.paths import log_dir

    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    handlers.append(logging.FileHandler(log_dir() / "genai-guard.log", encoding="utf-8"))
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s", handlers=handlers
    )
    for noisy in ("presidio-analyzer", "waitress.queue"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.group()
@click.version_option(__version__, prog_name="genai-guard")
def main() -> None:
    """GenAI Guard: stop personal data reaching public generative-AI sites."""


@main.command()
@click.option("--host", default=None, help="Address to listen on (default 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port to listen on (default 8765).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("--allow-remote", is_flag=True, help="Allow listening on a non-loopback address.")
@click.option("--threads", type=int, default=4, show_default=True, help="Worker threads.")
def serve(
    host: str | None, port: int | None, config_path: Path | None, allow_remote: bool, threads: int
) -> None:
    """Run the guard service for the browser extension (under waitress)."""
    # Start-up builds about a million objects that live as long as the service (Presidio, spaCy,
    # the compiled patterns); collecting them again and again took 0.45 s of a 3.5 s start. The
    # collector runs again once the warm-up is done, with those objects frozen out of its way, or
    # at once if start-up stops early.
    gc.disable()
    try:
        import waitress

        guard, app, host, port = _start_up(host, port, config_path, allow_remote)
    except BaseException:
        gc.enable()
        raise
    # The model is built while the service already answers (see LoadedModel), not before.
    threading.Thread(
        target=_warm_up_then_collect, args=(guard,), name="genai-guard-warm-up", daemon=True
    ).start()
    logging.getLogger("genai_guard").info(
        "GenAI Guard %s ready on http://%s:%d (model: %s)", __version__, host, port, guard.model.name
    )
    waitress.serve(app, host=host, port=port, threads=threads, ident="genai-guard")


def _start_up(
    host: str | None, port: int | None, config_path: Path | None, allow_remote: bool
) -> tuple[Guard, Flask, str, int]:
    """Read the configuration, check the address, and build the guard and the app around it."""
    from genai_guard import create_app
    from genai_guard.config import ConfigError, load_config
    from genai_guard.guard import build_guard

    _setup_logging()
    log = logging.getLogger("genai_guard")
    try:
        config = load_config(config_path)
    except ConfigError as error:
        raise click.ClickException(str(error)) from None
    host = host or config["server"]["host"]
    port = port or config["server"]["port"]
    if not _is_loopback(host):
        if not allow_remote:
            raise click.ClickException(
                f"Refusing to listen on {host}: the guard must only be reachable from this machine. "
                "Use --allow-remote if you really mean it."
            )
        log.warning("Listening on non-loopback address %s: other machines can reach the guard.", host)
    config["server"]["host"], config["server"]["port"] = host, port
    guard = build_guard(config, lazy_model=True)
    if guard.degraded:
        log.warning("NO spaCy MODEL: running patterns-only; names will be missed more often.")
    _purge_old_events(config, log)
    app = create_app(config_path=config_path, config={"server": {"host": host, "port": port}}, guard=guard)
    return guard, app, host, port


def _warm_up_then_collect(guard: Guard) -> None:
    """Warm the guard up, then freeze what start-up built and let the collector run again."""
    try:
        guard.warm_up()
    finally:
        gc.freeze()
        gc.enable()


def _purge_old_events(config: dict, log: logging.Logger) -> None:
    """Retention: events older than `audit.retention_days` go when the service starts."""
    from genai_guard.audit import AuditError, AuditStore, audit_store_path

    if not config["audit"]["enabled"]:
        return
    try:
        AuditStore(audit_store_path(config)).purge_older_than(config["audit"]["retention_days"])
    except AuditError as error:
        log.warning("audit purge failed: %s", error)


@main.command()
@click.argument("source", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--audience", type=click.Choice(["worker", "student"]), default="worker")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None)
def scan(source: Path, audience: str, config_path: Path | None) -> None:
    """Check a file before sharing it: text, .md, .csv, .rtf, .docx, .pdf, .xlsx, .eml, or - for stdin.

    Exit status: 0 allow, 10 warn, 20 block, 30 the file could not be read (so it was not checked).
    """
    from genai_guard.config import load_config
    from genai_guard.extract import Limits, Unreadable, extract_file, join_parts, read_for_scan
    from genai_guard.guard import build_guard
    from genai_guard.mask import mask

    logging.basicConfig(level=logging.WARNING)
    config = load_config(config_path)
    limits = Limits.from_config(config)
    try:
        if str(source) == "-":
            parts = extract_file(click.get_binary_stream("stdin").read(), None, limits).parts
        else:
            parts = read_for_scan(source, limits)
    except Unreadable as error:
        click.echo(f"Not checked: {error.message}", err=True)
        sys.exit(EXIT_NOT_CHECKED)
    except OSError as error:
        raise click.ClickException(f"{source}: {error.strerror or 'cannot be read'}") from None
    joined = join_parts(parts)
    guard = build_guard(config)
    analysis = guard.analyze(joined.text, audience=audience)  # type: ignore[arg-type]
    click.echo(f"Decision: {analysis.decision.upper()}")
    if analysis.guidance:
        click.echo(analysis.guidance["headline"])
    for finding in analysis.findings:
        preview = mask(joined.text[finding.start : finding.end], guard.catalogue[finding.entity_type].mask)
        kind = f"{finding.label} ({finding.category})" if finding.category else finding.label
        click.echo(f"  {joined.locate(finding.start)}: {kind}: {preview}")
    if analysis.guidance:
        click.echo("What to do instead:")
        for point in analysis.guidance["what_to_do"]:
            click.echo(f"  - {point['text']}")
    sys.exit(EXIT_CODES[analysis.decision])


def _register_optional_commands() -> None:
    """Commands that live in their own modules under genai_guard.commands."""
    from genai_guard.commands import COMMANDS

    for command in COMMANDS:
        main.add_command(command)


_register_optional_commands()
