"""Sentences with their toponyms marked inline, ``[[Name|KEY]]``, as scorer records."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path

_MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


def marked_records(sentences: Sequence[str], point: Callable[[str], tuple[float, float]],
                   prefix: str) -> list[dict]:
    """One record per sentence: its plain text and each marked name's span and the point
    ``point`` gives for its key."""
    records = []
    for number, marked in enumerate(sentences):
        text, toponyms, at = "", [], 0
        for match in _MARK.finditer(marked):
            text += marked[at:match.start()]
            lat, lon = point(match.group(2))
            toponyms.append({"start": len(text), "end": len(text) + len(match.group(1)),
                             "name": match.group(1), "lat": lat, "lon": lon})
            text += match.group(1)
            at = match.end()
        records.append({"id": f"{prefix}-{number}", "text": text + marked[at:],
                        "toponyms": toponyms})
    return records


def write_records(path: Path, records: Sequence[dict]) -> Path:
    """``records`` as a JSON Lines corpus at ``path``."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return path
