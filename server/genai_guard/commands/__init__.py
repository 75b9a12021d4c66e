"""Subcommands of `genai-guard` beyond serve and scan, one module each.

Each module imports the engine lazily, inside its command, so `genai-guard --help` stays fast.
"""

from __future__ import annotations

import click

from genai_guard.commands.eval_cmd import eval_command
from genai_guard.commands.extension_cmd import extension

COMMANDS: list[click.Command] = [eval_command, extension]
