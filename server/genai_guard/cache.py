"""Remember recent findings by a digest of the text, never the text itself.

The paste check and the send check usually carry the same text, and people re-send after an
edit elsewhere. The key is a keyed BLAKE2b digest (the key is random per process, so digests
cannot be compared across runs or machines); the value is the list of findings (types, offsets,
scores), which holds no text.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict

from genai_guard.findings import Finding


class FindingsCache:
    def __init__(self, entries: int) -> None:
        self.entries = entries
        self._key = os.urandom(32)
        self._items: OrderedDict[bytes, tuple[Finding, ...]] = OrderedDict()
        self._lock = threading.Lock()

    def _digest(self, text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), key=self._key, digest_size=20).digest()

    def get(self, text: str) -> list[Finding] | None:
        if self.entries <= 0:
            return None
        digest = self._digest(text)
        with self._lock:
            found = self._items.get(digest)
            if found is None:
                return None
            self._items.move_to_end(digest)
            return list(found)

    def put(self, text: str, findings: list[Finding]) -> None:
        if self.entries <= 0:
            return
        digest = self._digest(text)
        with self._lock:
            self._items[digest] = tuple(findings)
            self._items.move_to_end(digest)
            while len(self._items) > self.entries:
                self._items.popitem(last=False)
