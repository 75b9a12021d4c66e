"""Every policy example in docs/deploy.md matches extension/managed_schema.json exactly.

IT copies these examples verbatim; a misspelt key is silently ignored by the browser, so the
guard would run with settings nobody chose. JSON blocks, the .reg block and the .mobileconfig
block are all checked, and the extension id they use must be the one the manifest key gives.
"""

from __future__ import annotations

import base64
import hashlib
import json
import plistlib
import re
from pathlib import Path
from typing import Any

import pytest

from genai_guard.config import default_config

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
SCHEMA = json.loads((ROOT / "extension" / "managed_schema.json").read_text(encoding="utf-8"))
MANIFEST = json.loads((ROOT / "extension" / "manifest.json").read_text(encoding="utf-8"))
POLICY_KEYS = {"ExtensionSettings", "ExtensionInstallForcelist", "3rdparty"}
INSTALL_MODES = {"force_installed", "normal_installed", "allowed", "blocked", "removed"}
TYPES: dict[str, type | tuple[type, ...]] = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "integer": int,
}


def extension_id() -> str:
    digest = hashlib.sha256(base64.b64decode(MANIFEST["key"])).hexdigest()[:32]
    return "".join("abcdefghijklmnop"[int(c, 16)] for c in digest)


ID = extension_id()


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", DEPLOY, flags=re.DOTALL | re.MULTILINE)


def validate(value: Any, schema: dict[str, Any], where: str) -> list[str]:
    """A strict subset of JSON Schema: type, enum, properties (no unknown keys), items."""
    expected = TYPES[schema["type"]]
    if not isinstance(value, expected) or (schema["type"] != "boolean" and isinstance(value, bool)):
        return [f"{where}: expected {schema['type']}, got {type(value).__name__}"]
    problems = []
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} not in {schema['enum']}")
    if schema["type"] == "object":
        properties = schema.get("properties", {})
        for key, item in value.items():
            if key not in properties:
                problems.append(f"{where}: unknown key {key!r}")
            else:
                problems += validate(item, properties[key], f"{where}.{key}")
    if schema["type"] == "array" and "items" in schema:
        for index, item in enumerate(value):
            problems += validate(item, schema["items"], f"{where}[{index}]")
    return problems


def check_install_policy(policy: dict[str, Any], where: str) -> None:
    for entry in policy.get("ExtensionInstallForcelist", []):
        assert entry.startswith(f"{ID};https://"), f"{where}: forcelist entry {entry!r}"
    for key, settings in policy.get("ExtensionSettings", {}).items():
        assert key == ID, f"{where}: ExtensionSettings for {key!r}"
        assert settings["installation_mode"] in INSTALL_MODES
        assert settings.get("update_url", "https://").startswith("https://")


def managed_from_json() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for index, text in enumerate(blocks("json")):
        data = json.loads(text)
        where = f"json block {index + 1}"
        if set(data) == {ID}:  # a one-line ExtensionSettings value for Group Policy
            check_install_policy({"ExtensionSettings": data}, where)
            continue
        assert set(data) <= POLICY_KEYS, f"{where}: not a browser policy file: {sorted(data)}"
        check_install_policy(data, where)
        if "3rdparty" in data:
            extensions = data["3rdparty"]["extensions"]
            assert set(extensions) == {ID}, where
            found.append((where, extensions[ID]))
    return found


def reg_sections(text: str) -> dict[str, dict[str, Any]]:
    sections: dict[str, dict[str, Any]] = {}
    current: dict[str, Any] | None = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(";") or line.startswith("Windows Registry Editor"):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        match = re.fullmatch(r'"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-fA-F]{8}))', line)
        assert match and current is not None, f"unparsable .reg line: {line}"
        name, string, dword = match.groups()
        current[name] = (
            int(dword, 16) if dword is not None else string.replace('\\"', '"').replace("\\\\", "\\")
        )
    return sections


def managed_from_reg() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for text in blocks("reg"):
        for path, values in reg_sections(text).items():
            if path.endswith("\\ExtensionInstallForcelist"):
                check_install_policy({"ExtensionInstallForcelist": list(values.values())}, path)
            elif "\\3rdparty\\extensions\\" in path:
                assert path.endswith(f"\\3rdparty\\extensions\\{ID}\\policy"), path
                properties = SCHEMA["properties"]
                # The registry has no booleans: a DWORD of 0 or 1 stands for one.
                converted = {
                    key: bool(value)
                    if properties.get(key, {}).get("type") == "boolean" and value in (0, 1)
                    else value
                    for key, value in values.items()
                }
                found.append((path, converted))
            else:
                pytest.fail(f"unexpected registry key in deploy.md: {path}")
    return found


def managed_from_plist() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for text in blocks("xml"):
        if "<plist" not in text:
            continue
        profile = plistlib.loads(text.encode("utf-8"))
        for payload in profile["PayloadContent"]:
            kind = payload["PayloadType"]
            settings = {k: v for k, v in payload.items() if not k.startswith("Payload")}
            if kind in ("com.google.Chrome", "com.microsoft.Edge"):
                check_install_policy(settings, kind)
            else:
                assert kind in (
                    f"com.google.Chrome.extensions.{ID}",
                    f"com.microsoft.Edge.extensions.{ID}",
                ), kind
                found.append((kind, settings))
    return found


EXAMPLES = managed_from_json() + managed_from_reg() + managed_from_plist()


def test_examples_were_found_for_every_format() -> None:
    wheres = [where for where, _ in EXAMPLES]
    assert sum(where.startswith("json") for where in wheres) >= 2
    assert sum("\\Google\\Chrome\\" in where for where in wheres) == 1
    assert sum("\\Microsoft\\Edge\\" in where for where in wheres) == 1
    assert sum(where.startswith("com.") for where in wheres) == 2


@pytest.mark.parametrize(("where", "managed"), EXAMPLES, ids=[where for where, _ in EXAMPLES])
def test_managed_storage_example_matches_schema(where: str, managed: dict[str, Any]) -> None:
    assert managed, where
    assert validate(managed, SCHEMA, where) == []


def test_every_schema_key_is_shown_in_an_example() -> None:
    used = set().union(*(managed.keys() for _, managed in EXAMPLES))
    assert used == set(SCHEMA["properties"])


def test_example_id_is_the_manifest_id_and_allowed_by_default() -> None:
    assert f"chrome-extension://{ID}" in default_config()["extension"]["allowed_origins"]
    assert ID in DEPLOY
    other_ids = set(re.findall(r"\b[a-p]{32}\b", DEPLOY)) - {ID}
    assert not other_ids


def test_every_config_key_is_documented() -> None:
    def leaves(table: dict[str, Any], prefix: str = "") -> list[str]:
        keys = []
        for key, value in table.items():
            if isinstance(value, dict) and f"{prefix}{key}" != "policy.sites":
                keys += leaves(value, f"{prefix}{key}.")
            else:
                keys.append(f"{prefix}{key}")
        return keys

    for key in leaves(default_config()):
        shown = f"[{key}]" if key == "policy.sites" else key
        assert f"| `{shown}` |" in DEPLOY, f"docs/deploy.md does not document {key}"
