"""`genai-guard autostart install|remove|show`: start the guard at logon on this machine."""

from __future__ import annotations

from pathlib import Path

import click

from genai_guard.autostart import Plan, display

PLATFORM_OPTION = click.option(
    "--platform",
    type=click.Choice(["windows", "macos", "linux"]),
    default=None,
    help="Generate for another platform (show and --dry-run only). Default: this one.",
)
CONFIG_OPTION = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="Configuration file the service should start with.",
)


def _plan(platform: str | None, config_path: Path | None, dry_run: bool) -> Plan:
    from genai_guard.autostart import current_platform, plan_for

    here = current_platform()
    if platform and platform != here and not dry_run:
        raise click.UsageError(f"This machine is {here}; use --dry-run to see the {platform} files.")
    return plan_for(platform or here, config_path)


def _print_plan(plan: Plan, commands: list[list[str]]) -> None:
    click.echo(f"# {plan.path}")
    click.echo(plan.text.rstrip("\n"))
    click.echo("")
    for args in commands:
        click.echo("# would run: " + display(args, plan.platform))


@click.group()
def autostart() -> None:
    """Start the guard automatically when you log in (Windows, macOS, Linux)."""


@autostart.command()
@PLATFORM_OPTION
@CONFIG_OPTION
@click.option("--dry-run", is_flag=True, help="Print the file and commands without changing anything.")
def install(platform: str | None, config_path: Path | None, dry_run: bool) -> None:
    """Register the guard to start at logon (Task Scheduler, LaunchAgent or systemd user unit)."""
    from genai_guard.autostart import AutostartError
    from genai_guard.autostart import install as do_install

    plan = _plan(platform, config_path, dry_run)
    if dry_run:
        _print_plan(plan, plan.install)
        return
    try:
        for line in do_install(plan):
            click.echo(line)
    except AutostartError as error:
        raise click.ClickException(str(error)) from None


@autostart.command()
@PLATFORM_OPTION
@click.option("--dry-run", is_flag=True, help="Print what would be removed without changing anything.")
def remove(platform: str | None, dry_run: bool) -> None:
    """Stop starting the guard at logon and delete the generated file."""
    from genai_guard.autostart import remove as do_remove

    plan = _plan(platform, None, dry_run)
    if dry_run:
        click.echo(f"# would delete: {plan.path}")
        for args in plan.remove:
            click.echo("# would run: " + display(args, plan.platform))
        return
    for line in do_remove(plan):
        click.echo(line)


@autostart.command()
@PLATFORM_OPTION
@CONFIG_OPTION
def show(platform: str | None, config_path: Path | None) -> None:
    """Print the file autostart would install, where it goes, and whether it is installed."""
    from genai_guard.autostart import current_platform, is_installed

    plan = _plan(platform, config_path, dry_run=True)
    if plan.platform == current_platform():
        click.echo(f"# installed: {'yes' if is_installed(plan) else 'no'}")
    click.echo("# command: " + display(plan.command, plan.platform))
    _print_plan(plan, plan.install)
