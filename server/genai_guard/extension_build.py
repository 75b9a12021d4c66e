"""Builds the loadable browser extension from `extension/` and the shared `patterns/` data.

The manifest's content-script matches come from `patterns/sites.json`, and the degraded
detector's rules from the same recognizer YAML the service uses, so the extension never
carries a second hand-written list of sites or patterns.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from genai_guard.paths import patterns_dir
from genai_guard.yaml_file import read_yaml

EXTENSION_SOURCE = Path(__file__).resolve().parents[2] / "extension"
# Files in extension/ that are tooling, not part of the shipped extension.
NOT_SHIPPED = ("*.md", ".prettierrc.json", "eslint.config.js", "package.json", ".DS_Store")
EDITOR_KINDS = frozenset({"prosemirror", "tiptap", "quill", "lexical", "textarea"})
REPLAY_METHODS = frozenset({"click", "form", "enter"})
BACKSTOP_FORMATS = frozenset({"json", "form"})
# Generated into the extension: the backstop's rules, read by main-world/backstop.js at document_start.
BACKSTOP_RULES_FILE = Path("main-world") / "backstop-rules.js"
BACKSTOP_RULES_GLOBAL = "__genaiGuardBackstopRules"
MATCH_PATTERN = re.compile(r"^https://(\*\.)?[a-z0-9.-]+/.*$")
SITE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class ExtensionBuildError(Exception):
    """The extension cannot be built; the message names the file and what is wrong."""


def package_version() -> str:
    """The single project version; read from pyproject.toml if the package is mid-edit."""
    try:
        from genai_guard.version import __version__
    except ImportError:
        import tomllib

        pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
        return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
    return __version__


def manifest_version(version: str) -> str:
    """Chrome wants 1-4 dot-separated integers: "0.1.0rc1" becomes "0.1.0"."""
    numeric = re.match(r"\d+(?:\.\d+){0,3}", version)
    return numeric.group(0) if numeric else "0"


def _fail(path: Path, message: str) -> ExtensionBuildError:
    return ExtensionBuildError(f"{path}: {message}")


def _check_surface(path: Path, where: str, surface: dict[str, Any]) -> None:
    composers = surface.get("composers")
    if not isinstance(composers, list) or not composers:
        raise _fail(path, f"{where}: 'composers' must be a non-empty list")
    for composer in composers:
        if not isinstance(composer, dict) or not composer.get("selector"):
            raise _fail(path, f"{where}: every composer needs a 'selector'")
        if composer.get("editor") not in EDITOR_KINDS:
            kinds = ", ".join(sorted(EDITOR_KINDS))
            raise _fail(path, f"{where}: editor {composer.get('editor')!r} is not one of {kinds}")
    send = surface.get("send")
    if not isinstance(send, list) or not send or not all(isinstance(s, str) and s for s in send):
        raise _fail(path, f"{where}: 'send' must be a non-empty list of selectors")
    if "replay" in surface and surface["replay"] not in REPLAY_METHODS:
        raise _fail(path, f"{where}: replay {surface['replay']!r} is not one of {sorted(REPLAY_METHODS)}")


def _check_backstop(path: Path, where: str, backstop: Any) -> None:
    if not isinstance(backstop, dict) or set(backstop) != {"url", "format", "paths"}:
        raise _fail(path, f"{where}.backstop: needs exactly 'url', 'format' and 'paths'")
    if not isinstance(backstop["url"], str) or not backstop["url"].startswith("/"):
        raise _fail(path, f"{where}.backstop: 'url' must be a path pattern starting with '/'")
    if backstop["format"] not in BACKSTOP_FORMATS:
        raise _fail(
            path, f"{where}.backstop: format {backstop['format']!r} is not one of {sorted(BACKSTOP_FORMATS)}"
        )
    paths = backstop["paths"]
    if (
        not isinstance(paths, list)
        or not paths
        or not all(isinstance(p, str) and p.strip("/") for p in paths)
    ):
        raise _fail(path, f"{where}.backstop: 'paths' must be a non-empty list of paths")


def load_sites(path: Path) -> dict[str, Any]:
    """Reads and checks `sites.json` (the rules of `sites.schema.json`, without a schema library)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise _fail(path, f"cannot read: {error}") from error
    if data.get("version") != 1 or not isinstance(data.get("sites"), list) or not data["sites"]:
        raise _fail(path, "expected {'version': 1, 'sites': [...]}")
    seen: set[str] = set()
    for index, site in enumerate(data["sites"]):
        site_id = site.get("id", "")
        where = f"sites[{index}] ({site_id or 'no id'})"
        if not SITE_ID.match(site_id) or site_id in seen:
            raise _fail(path, f"{where}: 'id' must be unique, lower-case letters, digits and dashes")
        seen.add(site_id)
        if not site.get("name"):
            raise _fail(path, f"{where}: 'name' is required")
        matches = site.get("matches")
        if not isinstance(matches, list) or not matches or not all(MATCH_PATTERN.match(m) for m in matches):
            raise _fail(
                path, f"{where}: 'matches' must be https match patterns such as https://example.com/*"
            )
        _check_surface(path, where, site)
        if "edit_message" in site:
            _check_surface(path, f"{where}.edit_message", site["edit_message"])
        if "backstop" in site:
            _check_backstop(path, where, site["backstop"])
    return data


def content_script_matches(sites: dict[str, Any]) -> list[str]:
    return sorted({pattern for site in sites["sites"] for pattern in site["matches"]})


def backstop_rules(sites: dict[str, Any]) -> list[dict[str, Any]]:
    """Per site with a backstop: its id, the hosts of its match patterns and its URL path pattern."""
    rules = []
    for site in sites["sites"]:
        if "backstop" in site:
            hosts = sorted({pattern.split("/")[2] for pattern in site["matches"]})
            rules.append({"site": site["id"], "hosts": hosts, "url": site["backstop"]["url"]})
    return rules


def backstop_rules_script(sites: dict[str, Any]) -> str:
    """A main-world script that leaves the rules for main-world/backstop.js (which deletes them)."""
    rules = json.dumps(backstop_rules(sites), indent=2, ensure_ascii=False)
    return (
        "// Generated by the extension build from patterns/sites.json; do not edit.\n"
        "// Read (and removed) by main-world/backstop.js, which runs next, before any page script.\n"
        f"globalThis.{BACKSTOP_RULES_GLOBAL} = {rules};\n"
    )


def js_validator_names(source: Path) -> set[str]:
    """The keys of `VALIDATORS` in extension/shared/validators.js."""
    text = (source / "shared" / "validators.js").read_text(encoding="utf-8")
    block = re.search(r"export const VALIDATORS = Object\.freeze\(\{(.*?)\}\);", text, re.DOTALL)
    if not block:
        raise ExtensionBuildError("extension/shared/validators.js: no VALIDATORS object found")
    return set(re.findall(r"^\s*([a-z_][a-z0-9_]*):", block.group(1), re.MULTILINE))


def check_rules(rules: Iterable[dict[str, Any]], validator_names: set[str]) -> list[dict[str, Any]]:
    checked = []
    for rule in rules:
        entity = rule.get("entity_type")
        if not entity or not rule.get("patterns"):
            name = rule.get("name", entity)
            raise ExtensionBuildError(f"degraded rule {name!r} needs an entity_type and patterns")
        for pattern in rule["patterns"]:
            if not {"name", "regex", "score"} <= pattern.keys():
                raise ExtensionBuildError(
                    f"degraded rule for {entity}: each pattern needs name, regex and score"
                )
        validator = rule.get("validator")
        if validator is not None and validator not in validator_names:
            raise ExtensionBuildError(
                f"degraded rule for {entity} names validator {validator!r}, "
                "which extension/shared/validators.js lacks"
            )
        checked.append(rule)
    return checked


def default_degraded_rules(patterns: Path) -> list[dict[str, Any]]:
    from genai_guard.engine import degraded_rules

    return degraded_rules(patterns)


def entity_catalogue(path: Path) -> dict[str, Any]:
    """Labels, placeholders and preview masks from entities.yaml, as JSON for the extension."""
    data = read_yaml(path)
    entities = {
        entity_type: {"label": info["label"], "placeholder": info["placeholder"], "mask": info["mask"]}
        for entity_type, info in data["entities"].items()
    }
    return {"entities": entities, "categories": data.get("categories", {})}


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _zip_dir(folder: Path, zip_path: Path) -> None:
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(p for p in folder.rglob("*") if p.is_file()):
            archive.write(file, file.relative_to(folder).as_posix())


def build_extension(
    out_dir: Path = Path("dist/extension"),
    make_zip: bool = True,
    *,
    rules: list[dict[str, Any]] | None = None,
    patterns: Path | None = None,
    source: Path = EXTENSION_SOURCE,
) -> Path:
    """Builds the unpacked extension into `out_dir` (replacing it) and returns that folder.

    With `make_zip`, also writes `genai-guard-extension-<version>.zip` beside `out_dir`.
    `rules` overrides the degraded-detector rules (default: `engine.degraded_rules()`).
    """
    patterns = patterns or patterns_dir()
    if not (source / "manifest.json").is_file():
        raise ExtensionBuildError(f"{source}: no extension source here (build from a source checkout)")
    sites = load_sites(patterns / "sites.json")
    if rules is None:
        rules = default_degraded_rules(patterns)
    checked_rules = check_rules(rules, js_validator_names(source))
    version = package_version()

    out_dir = out_dir.resolve()
    if out_dir.exists():
        shutil.rmtree(out_dir)
    shutil.copytree(source, out_dir, ignore=shutil.ignore_patterns(*NOT_SHIPPED))

    manifest = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
    manifest["version"] = manifest_version(version)
    manifest["version_name"] = version
    matches = content_script_matches(sites)
    for script in manifest["content_scripts"]:
        script["matches"] = matches
    for resource in manifest["web_accessible_resources"]:
        resource["matches"] = matches
    _write_json(out_dir / "manifest.json", manifest)

    rules_script = out_dir / BACKSTOP_RULES_FILE
    rules_script.parent.mkdir(parents=True, exist_ok=True)
    rules_script.write_text(backstop_rules_script(sites), encoding="utf-8")
    _write_json(out_dir / "data" / "sites.json", sites)
    _write_json(out_dir / "data" / "degraded-rules.json", checked_rules)
    _write_json(out_dir / "data" / "entities.json", entity_catalogue(patterns / "entities.yaml"))

    if make_zip:
        _zip_dir(out_dir, out_dir.parent / f"genai-guard-extension-{version}.zip")
    return out_dir
