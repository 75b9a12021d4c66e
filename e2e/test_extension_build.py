"""The extension build: manifest filled from sites.json, data bundled, zip written, bad data refused."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from genai_guard.commands.extension_cmd import extension
from genai_guard.extension_build import ExtensionBuildError, build_extension, package_version
from genai_guard.paths import patterns_dir

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_extension(tmp_path_factory.mktemp("dist") / "extension")


def test_manifest_matches_come_from_sites_json(built: Path) -> None:
    manifest = json.loads((built / "manifest.json").read_text())
    sites = json.loads((patterns_dir() / "sites.json").read_text())["sites"]
    expected = sorted({pattern for site in sites for pattern in site["matches"]})
    assert manifest["content_scripts"][0]["matches"] == expected
    assert manifest["web_accessible_resources"][0]["matches"] == expected
    assert "https://chatgpt.com/*" in expected
    assert manifest["version_name"] == package_version()
    assert manifest["key"] == json.loads((REPO / "extension" / "manifest.json").read_text())["key"]
    assert "host_permissions" not in manifest


def test_data_is_bundled_and_tooling_left_out(built: Path) -> None:
    rules = json.loads((built / "data" / "degraded-rules.json").read_text())
    assert any(rule["entity_type"] == "UK_NHS" for rule in rules)
    entities = json.loads((built / "data" / "entities.json").read_text())["entities"]
    assert entities["UK_NHS"]["mask"] == "keep_first"
    assert (built / "data" / "sites.json").is_file()
    assert not (built / "eslint.config.js").exists()


def test_zip_holds_the_extension(built: Path) -> None:
    archive = built.parent / f"genai-guard-extension-{package_version()}.zip"
    names = zipfile.ZipFile(archive).namelist()
    assert "manifest.json" in names and "content/loader.js" in names and "data/sites.json" in names


def test_when_rule_names_unknown_validator_then_build_fails(tmp_path: Path) -> None:
    rule = {"entity_type": "X", "patterns": [{"name": "x", "regex": "x", "score": 0.5}], "validator": "nope"}
    with pytest.raises(ExtensionBuildError, match="nope"):
        build_extension(tmp_path / "extension", make_zip=False, rules=[rule])


def test_when_site_has_unknown_editor_then_build_fails(tmp_path: Path) -> None:
    patterns = tmp_path / "patterns"
    patterns.mkdir()
    (patterns / "entities.yaml").write_text((patterns_dir() / "entities.yaml").read_text())
    site = {
        "id": "x",
        "name": "X",
        "matches": ["https://x.example/*"],
        "composers": [{"selector": "textarea", "editor": "monaco"}],
        "send": ["button"],
        "keys": {},
        "replay": "click",
    }
    (patterns / "sites.json").write_text(json.dumps({"version": 1, "sites": [site]}))
    with pytest.raises(ExtensionBuildError, match="monaco"):
        build_extension(tmp_path / "extension", make_zip=False, rules=[], patterns=patterns)


def test_cli_build_without_zip(tmp_path: Path) -> None:
    out = tmp_path / "ext"
    result = CliRunner().invoke(extension, ["build", "--out", str(out), "--no-zip"])
    assert result.exit_code == 0, result.output
    assert (out / "manifest.json").is_file()
    assert not list(tmp_path.glob("*.zip"))
