"""Start the guard when the user logs in: Task Scheduler, a LaunchAgent or a systemd user unit.

The extension fails closed when the service is not running, so a guard that has to be started
by hand blocks people's work the first morning they forget. Each platform gets the file its own
service manager reads, generated here and inspected by `autostart show`, with the command line
pointing at the absolute path of this installation.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from genai_guard.paths import data_dir, log_dir

TASK_NAME = "GenAI Guard"
LAUNCHD_LABEL = "org.genai-guard.service"
SYSTEMD_UNIT = "genai-guard.service"
TASK_NS = "http://schemas.microsoft.com/windows/2004/02/mit/task"
DESCRIPTION = "GenAI Guard: checks text for personal data before it reaches public GenAI sites."
PLATFORMS = ("windows", "macos", "linux")
# Run when the console script cannot be found; `-c` keeps it independent of a __main__ module.
PYTHON_ENTRY = "from genai_guard.cli import main; main()"

Runner = Callable[[Sequence[str]], subprocess.CompletedProcess[str]]


def current_platform() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def _console_script(windows: bool) -> Path | None:
    name = "genai-guard.exe" if windows else "genai-guard"
    folders = [sysconfig.get_path("scripts"), Path(sys.executable).parent]
    for folder in folders:
        candidate = Path(folder) / name
        if candidate.is_file():
            return candidate.absolute()
    found = shutil.which("genai-guard")
    return Path(found).absolute() if found else None


def service_command(platform: str, config_path: Path | None = None) -> list[str]:
    """The absolute command line that starts the guard for this installation.

    On Windows the windowless pythonw.exe is preferred, so no console window opens at logon.
    """
    args = ["serve"]
    if config_path is not None:
        args += ["--config", str(Path(config_path).resolve())]
    if platform == "windows":
        pythonw = Path(sys.executable).with_name("pythonw.exe")
        if pythonw.is_file():
            return [str(pythonw), "-c", PYTHON_ENTRY, *args]
    script = _console_script(platform == "windows")
    if script is not None:
        return [str(script), *args]
    # Not resolved: a virtual environment's python is a symlink whose own path selects the environment.
    return [str(Path(sys.executable).absolute()), "-c", PYTHON_ENTRY, *args]


# ----------------------------------------------------------------------------------------- files


def windows_quote(arg: str) -> str:
    """One argument as the Microsoft C runtime splits command lines (subprocess.list2cmdline)."""
    return subprocess.list2cmdline([arg])


def windows_task_xml(command: Sequence[str], user: str | None) -> str:
    """Task Scheduler XML: start at this user's logon, restart on failure, no time limit."""
    ET.register_namespace("", TASK_NS)

    def sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
        element = ET.SubElement(parent, f"{{{TASK_NS}}}{tag}")
        if text is not None:
            element.text = text
        return element

    task = ET.Element(f"{{{TASK_NS}}}Task", {"version": "1.2"})
    info = sub(task, "RegistrationInfo")
    sub(info, "Description", DESCRIPTION)
    sub(info, "URI", f"\\{TASK_NAME}")
    trigger = sub(sub(task, "Triggers"), "LogonTrigger")
    sub(trigger, "Enabled", "true")
    if user:
        sub(trigger, "UserId", user)
    principal = sub(sub(task, "Principals"), "Principal", None)
    principal.set("id", "Author")
    if user:
        sub(principal, "UserId", user)
    sub(principal, "LogonType", "InteractiveToken")
    sub(principal, "RunLevel", "LeastPrivilege")
    settings = sub(task, "Settings")
    for tag, value in (
        ("MultipleInstancesPolicy", "IgnoreNew"),
        ("DisallowStartIfOnBatteries", "false"),
        ("StopIfGoingOnBatteries", "false"),
        ("AllowHardTerminate", "true"),
        ("StartWhenAvailable", "true"),
        ("AllowStartOnDemand", "true"),
        ("Enabled", "true"),
        ("Hidden", "false"),
        ("ExecutionTimeLimit", "PT0S"),
    ):
        sub(settings, tag, value)
    restart = sub(settings, "RestartOnFailure")
    sub(restart, "Interval", "PT1M")
    sub(restart, "Count", "3")
    actions = sub(task, "Actions")
    actions.set("Context", "Author")
    exec_ = sub(actions, "Exec")
    sub(exec_, "Command", command[0])
    if len(command) > 1:
        sub(exec_, "Arguments", " ".join(windows_quote(arg) for arg in command[1:]))
    ET.indent(task)
    return '<?xml version="1.0" encoding="UTF-16"?>\n' + ET.tostring(task, encoding="unicode") + "\n"


def launchd_plist(command: Sequence[str], logs: Path) -> bytes:
    """A LaunchAgent: run at login, restart if it exits with an error, logs in the guard's log folder."""
    return plistlib.dumps(
        {
            "Label": LAUNCHD_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "KeepAlive": {"SuccessfulExit": False},
            "ThrottleInterval": 30,
            "StandardOutPath": str(logs / "launchd-stdout.log"),
            "StandardErrorPath": str(logs / "launchd-stderr.log"),
        }
    )


def systemd_quote(arg: str) -> str:
    """Quote one ExecStart argument for systemd (double quotes, backslash escapes, %% for %)."""
    arg = arg.replace("%", "%%")
    if arg and all(c.isalnum() or c in "/._-+=:,@%" for c in arg):
        return arg
    return '"' + arg.replace("\\", "\\\\").replace('"', '\\"') + '"'


def systemd_unit(command: Sequence[str]) -> str:
    """A systemd user unit, started with the user's session and restarted if it fails."""
    exec_start = " ".join(systemd_quote(arg) for arg in command)
    return (
        "[Unit]\n"
        f"Description={DESCRIPTION}\n"
        "\n"
        "[Service]\n"
        "Type=simple\n"
        f"ExecStart={exec_start}\n"
        "Restart=on-failure\n"
        "RestartSec=5\n"
        "\n"
        "[Install]\n"
        "WantedBy=default.target\n"
    )


# ---------------------------------------------------------------------------------- plans and runs


def _home() -> Path:
    return Path(os.environ.get("HOME") or Path.home())


def systemd_user_dir() -> Path:
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(_home() / ".config")
    return Path(config_home) / "systemd" / "user"


@dataclass
class Plan:
    """What `install` writes and runs on one platform; `show` and `--dry-run` print it."""

    platform: str
    path: Path
    content: bytes
    command: list[str]
    install: list[list[str]] = field(default_factory=list)
    remove: list[list[str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        if self.platform == "windows":
            return self.content.decode("utf-16")
        return self.content.decode("utf-8")


def plan_for(platform: str, config_path: Path | None = None) -> Plan:
    command = service_command(platform, config_path)
    if platform == "windows":
        user = os.environ.get("USERNAME")
        domain = os.environ.get("USERDOMAIN")
        user_id = f"{domain}\\{user}" if user and domain else user
        path = data_dir() / "autostart-task.xml"
        content = windows_task_xml(command, user_id).encode("utf-16")  # schtasks wants UTF-16 with a BOM
        return Plan(
            platform,
            path,
            content,
            command,
            install=[
                ["schtasks", "/Create", "/XML", str(path), "/TN", TASK_NAME, "/F"],
                ["schtasks", "/Run", "/TN", TASK_NAME],
            ],
            remove=[["schtasks", "/End", "/TN", TASK_NAME], ["schtasks", "/Delete", "/TN", TASK_NAME, "/F"]],
        )
    if platform == "macos":
        path = _home() / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"
        return Plan(
            platform,
            path,
            launchd_plist(command, log_dir()),
            command,
            install=[["launchctl", "load", "-w", str(path)]],
            remove=[["launchctl", "unload", "-w", str(path)]],
        )
    if platform == "linux":
        path = systemd_user_dir() / SYSTEMD_UNIT
        return Plan(
            platform,
            path,
            systemd_unit(command).encode("utf-8"),
            command,
            install=[
                ["systemctl", "--user", "daemon-reload"],
                ["systemctl", "--user", "enable", "--now", SYSTEMD_UNIT],
            ],
            remove=[
                ["systemctl", "--user", "disable", "--now", SYSTEMD_UNIT],
                ["systemctl", "--user", "daemon-reload"],
            ],
        )
    raise ValueError(f"unknown platform {platform!r}; use one of {', '.join(PLATFORMS)}")


def display(args: Sequence[str], platform: str) -> str:
    """A command as the user would type it on that platform."""
    return subprocess.list2cmdline(list(args)) if platform == "windows" else shlex.join(args)


def _run(args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, check=False, timeout=60)


def systemd_user_available(run: Runner = _run) -> tuple[bool, str]:
    """Whether `systemctl --user` can reach a user service manager here, and why not."""
    if shutil.which("systemctl") is None:
        return False, "systemctl is not installed on this machine"
    try:
        result = run(["systemctl", "--user", "show-environment"])
    except (OSError, subprocess.TimeoutExpired) as error:
        return False, f"systemctl --user could not run ({type(error).__name__})"
    if result.returncode != 0:
        reason = (result.stderr or result.stdout).strip().splitlines()
        return False, f"systemctl --user is unavailable ({reason[0] if reason else 'no user session'})"
    return True, ""


class AutostartError(RuntimeError):
    """A service-manager command failed; the message says which and what it printed."""


def _run_all(commands: list[list[str]], run: Runner, stop_on_error: bool = True) -> list[str]:
    done: list[str] = []
    for args in commands:
        try:
            result = run(args)
        except OSError as error:
            raise AutostartError(f"`{shlex.join(args)}` could not run ({error.strerror or error})") from None
        if result.returncode != 0 and stop_on_error:
            output = (result.stderr or result.stdout).strip()
            raise AutostartError(f"`{shlex.join(args)}` failed with status {result.returncode}: {output}")
        done.append(f"ran: {shlex.join(args)}")
    return done


def _write(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


def install(plan: Plan, run: Runner = _run) -> list[str]:
    """Write the file and register it; returns lines to show the user."""
    _write(plan.path, plan.content)
    messages = [f"wrote {plan.path}"]
    if plan.platform == "linux":
        available, why = systemd_user_available(run)
        if not available:
            return [
                *messages,
                f"{why}.",
                "The unit is written but not enabled. Start the guard with `genai-guard serve`, or run "
                f"`systemctl --user daemon-reload && systemctl --user enable --now {SYSTEMD_UNIT}` "
                "from a normal desktop login.",
            ]
    messages += _run_all(plan.install, run)
    return [*messages, "GenAI Guard will now start when you log in."]


def remove(plan: Plan, run: Runner = _run) -> list[str]:
    """Unregister and delete the file; pieces already missing are not errors."""
    messages: list[str] = []
    linux_manager, why = systemd_user_available(run) if plan.platform == "linux" else (False, "")
    if plan.platform == "windows" or (plan.path.exists() and (plan.platform == "macos" or linux_manager)):
        messages += _run_all(plan.remove[:1] if plan.platform == "linux" else plan.remove, run, False)
    if plan.path.exists():
        plan.path.unlink()
        messages.append(f"removed {plan.path}")
    else:
        messages.append(f"{plan.path} was not there")
    if linux_manager:
        messages += _run_all(plan.remove[1:], run, stop_on_error=False)
    elif plan.platform == "linux":
        messages.append(f"{why}; only the unit file was removed.")
    return messages


def is_installed(plan: Plan) -> bool:
    """Whether this platform's file is in place (for Windows: the task exists)."""
    if plan.platform == "windows":
        try:
            return _run(["schtasks", "/Query", "/TN", TASK_NAME]).returncode == 0
        except OSError:
            return False
    return plan.path.exists()
