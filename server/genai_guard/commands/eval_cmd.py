"""`genai-guard eval`: detection quality on the labelled corpus, ours beside vanilla Presidio."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from genai_guard.corpus import Prompt
    from genai_guard.evaluation import Report

SPLITS = ("dev", "heldout", "all")


def default_corpus_dir() -> Path:
    """`tests/corpus` in the source checkout this package runs from, else under the cwd."""
    in_repo = Path(__file__).resolve().parents[3] / "tests" / "corpus"
    return in_repo if in_repo.is_dir() else Path.cwd() / "tests" / "corpus"


@click.command("eval")
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder of corpus source files (default: tests/corpus of the checkout or the cwd).",
)
@click.option("--split", type=click.Choice(SPLITS), default="dev", show_default=True, help="Prompts to run.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--no-baseline", is_flag=True, help="Skip vanilla Presidio.")
@click.option(
    "--errors",
    "error_limit",
    type=int,
    default=0,
    help="Also list misses, spurious findings and wrong decisions (N examples per group; "
    "with --json, all of them).",
)
@click.option("--check", "check_only", is_flag=True, help="Only validate the corpus and count it.")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Service configuration to evaluate (default: the built-in one).",
)
def eval_command(
    corpus_dir: Path | None,
    split: str,
    as_json: bool,
    no_baseline: bool,
    error_limit: int,
    check_only: bool,
    config_path: Path | None,
) -> None:
    """Measure detection quality on the labelled social-work corpus."""
    from genai_guard.corpus import CorpusError, load_corpus, select_split, summarize

    directory = corpus_dir or default_corpus_dir()
    try:
        prompts = select_split(load_corpus([directory]), split)
    except CorpusError as error:
        raise click.ClickException(str(error)) from error
    counts = summarize(prompts)
    if check_only:
        click.echo(json.dumps(counts, indent=2) if as_json else _describe(directory, split, counts))
        return

    reports = _run(prompts, no_baseline, config_path)
    if as_json:
        body = {
            "corpus": str(directory),
            "split": split,
            "counts": counts,
            "analyzers": {r.analyzer: r.to_json(with_errors=error_limit > 0) for r in reports},
        }
        click.echo(json.dumps(body, indent=2))
        return
    from genai_guard.evaluation import render_errors, render_table

    click.echo(render_table(reports, _describe(directory, split, counts)))
    if error_limit > 0:
        for report in reports:
            click.echo(render_errors(report, error_limit))


def _describe(directory: Path, split: str, counts: dict[str, Any]) -> str:
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(counts["kind"].items()))
    return f"Corpus {directory}, split {split}: {counts['prompts']} prompts ({kinds})"


def _run(prompts: list[Prompt], no_baseline: bool, config_path: Path | None) -> list[Report]:
    """Build the engines (slow: spaCy and Presidio load here) and evaluate each."""
    # Presidio's default email recognizer asks tldextract to fetch the suffix list; offline it
    # logs a traceback per engine and falls back to its bundled copy.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    from genai_guard.config import ConfigError, load_config
    from genai_guard.evaluation import GuardAnalyzer, VanillaPresidioAnalyzer, evaluate
    from genai_guard.guard import build_guard

    try:
        config = load_config(config_path)
    except ConfigError as error:
        raise click.ClickException(str(error)) from None
    analyzers = [GuardAnalyzer(build_guard(config))]
    if not no_baseline:
        from genai_guard.engine import build_vanilla_presidio

        analyzers.append(VanillaPresidioAnalyzer(build_vanilla_presidio()))
    return [evaluate(prompts, analyzer) for analyzer in analyzers]
