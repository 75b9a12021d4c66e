"""Builds the replica pages' scripts from e2e/replicas/<site>/main.js(x) with esbuild (build.mjs).

Run directly (`python e2e/build_fixtures.py`) or let the e2e session fixture call `build()`.
Installs the npm packages from the lock file first when node_modules is missing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

E2E_DIR = Path(__file__).resolve().parent
REPLICAS_DIR = E2E_DIR / "replicas"
BUILD_DIR = E2E_DIR / ".build"


def ensure_node_modules() -> None:
    if (E2E_DIR / "node_modules" / ".package-lock.json").is_file():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is needed to build the replica pages (Node 20 or later)")
    subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=E2E_DIR, check=True)


def build() -> dict[str, Path]:
    """Bundles every replica; returns {site: bundle path}."""
    ensure_node_modules()
    sites = sorted({entry.parent.name for entry in REPLICAS_DIR.glob("*/main.js*")})
    subprocess.run(["node", str(E2E_DIR / "build.mjs")], cwd=E2E_DIR, check=True)
    return {site: BUILD_DIR / f"{site}.js" for site in sites}


if __name__ == "__main__":
    for site, bundle in build().items():
        print(f"{site}: {bundle}", file=sys.stdout)
