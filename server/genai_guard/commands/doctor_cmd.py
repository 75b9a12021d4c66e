"""`genai-guard doctor`: check this machine's guard set-up and print a fix for each problem."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click


@click.command()
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The configuration file the service is started with.",
)
@click.option("--url", default=None, help="Where the service listens (default: from the configuration).")
@click.option(
    "--max-contact-days",
    type=click.IntRange(min=1),
    default=7,
    show_default=True,
    help="How recent the extension's last contact must be.",
)
def doctor(config_path: Path | None, url: str | None, max_contact_days: int) -> None:
    """Check the model, configuration, service port, audit store, extension contact and patterns.

    Exit status 1 if anything needs fixing.
    """
    from genai_guard.doctor import format_check, marks, run_checks

    checks = run_checks(config_path, url, dt.timedelta(days=max_contact_days))
    ok_mark, fail_mark = marks()
    for check in checks:
        for line in format_check(check, ok_mark, fail_mark):
            click.echo(line)
    failed = [check for check in checks if not check.ok]
    click.echo("")
    click.echo(f"{len(failed)} problem(s) found." if failed else "Everything looks right.")
    sys.exit(1 if failed else 0)
