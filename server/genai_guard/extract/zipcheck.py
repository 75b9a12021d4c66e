"""Inspect a zip container's directory before any library inflates it: the zip-bomb guard.

python-docx reads every member into memory and openpyxl parses sheets as it streams them, so the
declared sizes are checked first. Python's zipfile never inflates a member past its declared size
(it fails the CRC instead), so a lying directory cannot get past these checks either.
"""

from __future__ import annotations

import io
import zipfile

from genai_guard.extract.base import Limits, Unreadable, corrupt, too_large

_RATIO_FLOOR = 1_000_000  # members smaller than this may compress as well as they like


def member_names(data: bytes) -> set[str]:
    """The member names, or an empty set when the data is not a readable zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return set()


def check_zip(data: bytes, kind: str, limits: Limits) -> None:
    """Raise Unreadable if the container is damaged, encrypted or would inflate beyond the limits."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise corrupt(kind) from None
    if len(members) > limits.max_zip_entries:
        raise too_large(f"more than {limits.max_zip_entries:,} parts inside")
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise Unreadable("encrypted", f"This {kind} file is password-protected, so it was not checked.")
        total += member.file_size
        if member.file_size > limits.max_member_bytes:
            raise too_large(f"a part over {limits.max_member_bytes // 1_000_000} MB when unpacked")
        if member.file_size > _RATIO_FLOOR and member.file_size > member.compress_size * limits.max_zip_ratio:
            raise too_large("it expands far beyond its size when unpacked")
    if total > limits.max_unzipped_bytes:
        raise too_large(f"more than {limits.max_unzipped_bytes // 1_000_000} MB when unpacked")
