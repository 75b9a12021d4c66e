"""`genai-guard extension build`: the loadable extension and its distribution zip."""

from __future__ import annotations

from pathlib import Path

import click

from genai_guard.extension_build import ExtensionBuildError, build_extension, package_version


@click.group()
def extension() -> None:
    """Build the companion browser extension."""


@extension.command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("dist/extension"),
    show_default=True,
    help="Folder for the unpacked extension (replaced).",
)
@click.option("--no-zip", is_flag=True, help="Skip the distribution zip.")
def build(out_dir: Path, no_zip: bool) -> None:
    """Copy extension/, fill the manifest from patterns/sites.json, bundle the data, zip it."""
    try:
        built = build_extension(out_dir, make_zip=not no_zip)
    except ExtensionBuildError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Extension built in {built}")
    if not no_zip:
        click.echo(f"Zip: {built.parent / f'genai-guard-extension-{package_version()}.zip'}")
