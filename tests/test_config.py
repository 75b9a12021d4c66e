from pathlib import Path

import pytest

from genai_guard.config import ConfigError, load_config


def test_defaults_load() -> None:
    config = load_config()
    assert config["server"]["port"] == 8765
    assert config["extension"]["failure_mode"] == "fail-closed"


def test_user_file_overrides_defaults(tmp_path: Path) -> None:
    path = tmp_path / "guard.toml"
    path.write_text(
        '[policy.sites]\n"copilot.cloud.microsoft" = "warn"\n'
        '[organisation]\ndpo_contact = "dpo@council.example"\n'
    )
    config = load_config(path)
    assert config["policy"]["sites"] == {"copilot.cloud.microsoft": "warn"}
    assert config["organisation"]["dpo_contact"] == "dpo@council.example"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[server]\nprot = 1\n", "unknown key 'server.prot'"),
        ("[server]\nport = 'eighty'\n", "'server.port' must be int"),
        ("[detection]\nthreshold = 2.0\n", "threshold must be between 0 and 1"),
        ("[policy.sites]\n'a.example' = 'maybe'\n", "policy.sites"),
        ("[extension]\nfailure_mode = 'open'\n", "failure_mode"),
        ("[extension]\nallowed_origins = ['https://evil.test']\n", "not an extension origin"),
        ("not toml at all = = =", "not valid TOML"),
    ],
)
def test_bad_config_gives_clear_message(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "guard.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        load_config(path)
