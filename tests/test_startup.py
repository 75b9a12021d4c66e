"""Start-up stays lean: what the service does not need to answer its first prompt is not loaded."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path


def test_document_readers_are_imported_on_first_upload_not_at_start(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from genai_guard import create_app
        from genai_guard.extract import Limits, Unreadable, extract_file

        def loaded():
            return sorted(m for m in ("openpyxl", "pypdf", "docx") if m in sys.modules)

        create_app(config={"server": {"host": "127.0.0.1", "port": 1}})
        print(loaded())
        try:
            extract_file(b"PK\\x03\\x04 not really a workbook", "book.xlsx", Limits())
        except Unreadable:
            pass
        print(loaded())
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={"GENAI_GUARD_DATA_DIR": str(tmp_path), "GENAI_GUARD_LOG_DIR": str(tmp_path), "PATH": ""},
        timeout=120,
    )
    assert result.stdout.splitlines() == ["[]", "['openpyxl']"], result.stderr
