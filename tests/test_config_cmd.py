"""`genai-guard config check` and `config show`: what IT sees before rolling a file out."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from genai_guard.commands.config_cmd import config, to_toml
from genai_guard.config import load_config


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENAI_GUARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GENAI_GUARD_LOG_DIR", str(tmp_path / "log"))


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "guard.toml"
    path.write_text(text, encoding="utf-8")
    return path


ORGANISATION_FILE = """
[policy.sites]
"copilot.cloud.microsoft" = "warn"

[overrides]
block = true
reasons = ["consent", "approved_tool"]

[organisation]
dpo_contact = "dpo@example.org"

[audit]
retention_days = 30
syslog_address = "127.0.0.1:5514"
"""


def test_when_file_valid_then_ok_summary_names_the_keys_it_sets(tmp_path: Path) -> None:
    result = CliRunner().invoke(config, ["check", str(write(tmp_path, ORGANISATION_FILE))])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("OK: ")
    assert "policy.sites, overrides.block, overrides.reasons, organisation.dpo_contact" in result.output
    assert "copilot.cloud.microsoft at most warn" in result.output
    assert "on block allowed" in result.output
    assert "kept 30 days; forwarded to syslog 127.0.0.1:5514" in result.output


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[server]\nprot = 8765\n", "unknown key 'server.prot'"),
        ('[server]\nport = "8765"\n', "'server.port' must be int, not str"),
        ("[server\nport = 1\n", "not valid TOML"),
        (
            '[policy.sites]\n"claude.ai" = "maybe"\n',
            "policy.sites.'claude.ai' must be one of allow, warn, block",
        ),
        ('[overrides]\nreasons = ["because"]\n', "'because' is not a reason id in patterns/guidance.yaml"),
        ('[policy]\nwarn_kinds = ["names"]\n', "policy.warn_kinds: 'names' is not a kind"),
        ("[audit]\nretention_days = 0\n", "audit.retention_days must be at least 1"),
        ('[audit]\nsyslog_address = "siem:514"\nsyslog_facility = "local9"\n', "syslog_facility 'local9'"),
        ('[audit]\nsyslog_address = "http://siem"\n', "use udp://, tcp:// or a socket path"),
        ('[extension]\nallowed_origins = ["https://evil.example"]\n', "is not an extension origin"),
    ],
)
def test_when_file_wrong_then_error_names_key_and_exit_1(tmp_path: Path, text: str, message: str) -> None:
    result = CliRunner().invoke(config, ["check", str(write(tmp_path, text))])
    assert result.exit_code == 1
    assert message in result.output
    assert "OK:" not in result.output


def test_when_file_missing_then_exit_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(config, ["check", str(tmp_path / "absent.toml")])
    assert result.exit_code == 1
    assert "no such file" in result.output


def test_show_prints_effective_config_as_toml_that_round_trips(tmp_path: Path) -> None:
    path = write(tmp_path, ORGANISATION_FILE)
    result = CliRunner().invoke(config, ["show", "--config", str(path)])
    assert result.exit_code == 0, result.output
    assert tomllib.loads(result.output) == load_config(path)
    assert '"copilot.cloud.microsoft" = "warn"' in result.output


def test_show_json_and_defaults(tmp_path: Path) -> None:
    result = CliRunner().invoke(config, ["show", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.output) == load_config()


def test_show_with_broken_file_exits_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(config, ["show", "--config", str(write(tmp_path, "[nope]\n"))])
    assert result.exit_code == 1
    assert "unknown key 'nope'" in result.output


def test_to_toml_quotes_strings_and_keys() -> None:
    data = {"a": {"b c": 'say "hi"', "n": 1.5, "flag": False, "lists": [["x"], []]}}
    assert tomllib.loads(to_toml(data)) == data
