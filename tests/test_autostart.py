"""Autostart: the generated Task Scheduler XML, LaunchAgent plist and systemd unit, and the real
Linux install/remove path against a temporary home with systemctl absent or faked."""

from __future__ import annotations

import plistlib
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from genai_guard.autostart import (
    LAUNCHD_LABEL,
    TASK_NS,
    launchd_plist,
    plan_for,
    service_command,
    systemd_quote,
    systemd_unit,
    windows_task_xml,
)
from genai_guard.commands.autostart_cmd import autostart

NS = {"t": TASK_NS}
COMMAND = [
    r"C:\Users\Sam Smith\guard\Scripts\pythonw.exe",
    "-c",
    "from genai_guard.cli import main; main()",
    "serve",
]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux install path")


@pytest.fixture(autouse=True)
def _private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GENAI_GUARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GENAI_GUARD_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    return tmp_path


def unit_path(tmp_path: Path) -> Path:
    return tmp_path / "home" / ".config" / "systemd" / "user" / "genai-guard.service"


# ----------------------------------------------------------------------------- generated files


def test_windows_task_xml_parses_and_runs_at_this_users_logon() -> None:
    xml = windows_task_xml(COMMAND, "CORP\\ssmith")
    root = ET.fromstring(xml.encode("utf-16"))  # written as UTF-16, as schtasks expects
    assert root.tag == f"{{{TASK_NS}}}Task"
    assert root.findtext("t:Triggers/t:LogonTrigger/t:UserId", namespaces=NS) == "CORP\\ssmith"
    assert root.findtext("t:Principals/t:Principal/t:LogonType", namespaces=NS) == "InteractiveToken"
    assert root.findtext("t:Principals/t:Principal/t:RunLevel", namespaces=NS) == "LeastPrivilege"
    assert root.findtext("t:Settings/t:ExecutionTimeLimit", namespaces=NS) == "PT0S"  # never killed
    assert root.findtext("t:Settings/t:DisallowStartIfOnBatteries", namespaces=NS) == "false"
    assert root.findtext("t:Actions/t:Exec/t:Command", namespaces=NS) == COMMAND[0]
    arguments = root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=NS)
    assert arguments == '-c "from genai_guard.cli import main; main()" serve'


def test_windows_task_without_user_triggers_on_logon_without_user_id() -> None:
    root = ET.fromstring(windows_task_xml(["C:\\guard.exe", "serve"], None).encode("utf-16"))
    assert root.find("t:Triggers/t:LogonTrigger/t:UserId", NS) is None
    assert root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=NS) == "serve"


def test_launchd_plist() -> None:
    data = plistlib.loads(
        launchd_plist(["/Users/sam/.venv/bin/genai-guard", "serve"], Path("/Users/sam/logs"))
    )
    assert data["Label"] == LAUNCHD_LABEL
    assert data["ProgramArguments"] == ["/Users/sam/.venv/bin/genai-guard", "serve"]
    assert data["RunAtLoad"] is True
    assert data["KeepAlive"] == {"SuccessfulExit": False}
    assert data["StandardErrorPath"] == "/Users/sam/logs/launchd-stderr.log"


def test_systemd_unit_quotes_arguments() -> None:
    unit = systemd_unit(["/home/sam/my guard/bin/genai-guard", "serve", "--config", "/etc/g%.toml"])
    assert 'ExecStart="/home/sam/my guard/bin/genai-guard" serve --config /etc/g%%.toml\n' in unit
    assert "WantedBy=default.target" in unit
    assert "Restart=on-failure" in unit
    assert systemd_quote('a "b"') == '"a \\"b\\""'


def test_service_command_is_absolute_and_carries_config(tmp_path: Path) -> None:
    config = tmp_path / "guard.toml"
    config.write_text("")
    command = service_command("linux", config)
    assert Path(command[0]).is_absolute()
    assert command[-3:] == ["serve", "--config", str(config.resolve())]


def test_plans_put_files_where_each_platform_looks(tmp_path: Path) -> None:
    assert plan_for("linux").path == unit_path(tmp_path)
    assert plan_for("macos").path == tmp_path / "home" / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"
    windows = plan_for("windows")
    assert windows.content.startswith(b"\xff\xfe")  # UTF-16 with its byte-order mark
    assert windows.install[0][:2] == ["schtasks", "/Create"]
    assert windows.install[0][-3:] == ["/TN", "GenAI Guard", "/F"]


def test_show_and_dry_run_for_another_platform_change_nothing(tmp_path: Path) -> None:
    result = CliRunner().invoke(autostart, ["install", "--platform", "windows", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "<LogonTrigger>" in result.output
    assert "# would run: schtasks /Create /XML" in result.output and '/TN "GenAI Guard" /F' in result.output
    assert not (tmp_path / "data" / "autostart-task.xml").exists()
    result = CliRunner().invoke(autostart, ["show", "--platform", "macos"])
    assert result.exit_code == 0
    assert "<key>RunAtLoad</key>" in result.output


def test_install_for_another_platform_needs_dry_run() -> None:
    other = "macos" if sys.platform.startswith("linux") else "linux"
    result = CliRunner().invoke(autostart, ["install", "--platform", other])
    assert result.exit_code == 2
    assert "--dry-run" in result.output


# ------------------------------------------------------------------------- Linux, for real


def fake_systemctl(bin_dir: Path, log: Path, show_environment_status: int = 0) -> None:
    bin_dir.mkdir(exist_ok=True)
    script = bin_dir / "systemctl"
    script.write_text(
        "#!/bin/sh\n"
        f'echo "$*" >> "{log}"\n'
        f'if [ "$2" = "show-environment" ] && [ {show_environment_status} -ne 0 ]; then\n'
        '  echo "Failed to connect to bus: No medium found" >&2\n'
        f"  exit {show_environment_status}\n"
        "fi\n"
        "exit 0\n"
    )
    script.chmod(0o755)


@linux_only
def test_linux_install_without_systemctl_writes_unit_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    result = CliRunner().invoke(autostart, ["install"])
    assert result.exit_code == 0, result.output
    assert "systemctl is not installed on this machine" in result.output
    assert "not enabled" in result.output
    unit = unit_path(tmp_path).read_text()
    assert f"ExecStart={systemd_quote(service_command('linux')[0])} serve" in unit
    result = CliRunner().invoke(autostart, ["remove"])
    assert result.exit_code == 0, result.output
    assert not unit_path(tmp_path).exists()


@linux_only
def test_linux_install_and_remove_with_user_systemd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "systemctl.log"
    fake_systemctl(tmp_path / "bin", log)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    result = CliRunner().invoke(autostart, ["install"])
    assert result.exit_code == 0, result.output
    assert unit_path(tmp_path).is_file()
    assert log.read_text().splitlines() == [
        "--user show-environment",
        "--user daemon-reload",
        "--user enable --now genai-guard.service",
    ]
    show = CliRunner().invoke(autostart, ["show"])
    assert "# installed: yes" in show.output
    log.unlink()
    result = CliRunner().invoke(autostart, ["remove"])
    assert result.exit_code == 0, result.output
    assert not unit_path(tmp_path).exists()
    assert log.read_text().splitlines() == [
        "--user show-environment",
        "--user disable --now genai-guard.service",
        "--user daemon-reload",
    ]


@linux_only
def test_linux_install_when_user_manager_unreachable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "systemctl.log"
    fake_systemctl(tmp_path / "bin", log, show_environment_status=1)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    result = CliRunner().invoke(autostart, ["install"])
    assert result.exit_code == 0, result.output
    assert "systemctl --user is unavailable (Failed to connect to bus" in result.output
    assert unit_path(tmp_path).is_file()
    assert log.read_text().splitlines() == ["--user show-environment"]  # nothing enabled


@linux_only
def test_linux_remove_when_nothing_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    result = CliRunner().invoke(autostart, ["remove"])
    assert result.exit_code == 0
    assert "was not there" in result.output


@linux_only
def test_linux_install_fails_loudly_when_enable_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "systemctl"
    script.write_text(
        '#!/bin/sh\n[ "$2" = "enable" ] && { echo "Unit file is masked." >&2; exit 1; }\nexit 0\n'
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    result = CliRunner().invoke(autostart, ["install"])
    assert result.exit_code == 1
    assert (
        "systemctl --user enable --now genai-guard.service` failed with status 1: Unit file is masked."
        in (result.output)
    )
