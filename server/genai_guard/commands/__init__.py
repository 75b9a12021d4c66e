"""Subcommands of `genai-guard` beyond serve and scan, one module each.

Each module imports the engine lazily, inside its command, so `genai-guard --help` stays fast.
"""

from __future__ import annotations

import click

from genai_guard.commands.autostart_cmd import autostart
from genai_guard.commands.bench_cmd import bench_command
from genai_guard.commands.config_cmd import config
from genai_guard.commands.doctor_cmd import doctor
from genai_guard.commands.eval_cmd import eval_command
from genai_guard.commands.extension_cmd import extension
from genai_guard.commands.report_cmd import report

COMMANDS: list[click.Command] = [autostart, bench_command, config, doctor, eval_command, extension, report]
