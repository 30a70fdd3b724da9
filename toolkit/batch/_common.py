"""Names and small helpers shared by the parts of :mod:`toolkit.batch`."""

from __future__ import annotations

import hashlib
import json
from typing import Any

MANIFEST = "manifest.jsonl"
_LOCK = ".lock"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

