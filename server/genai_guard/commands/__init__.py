"""Subcommands of `genai-guard` beyond serve and scan, one module each."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
