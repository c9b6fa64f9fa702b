"""The one progress-bar wrapper: tqdm on stderr, off unless the caller asks for it."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")


def progress(
    iterable: Iterable[T],
    *,
    enabled: bool = False,
    total: int | None = None,
    desc: str | None = None,
    unit: str = "it",
    initial: int = 0,
) -> Iterator[T]:
    """Wrap ``iterable`` in a tqdm bar written to stderr when ``enabled`` is true;
    ``initial`` items count as done already (a resumed run)."""
    if not enabled:
        yield from iterable
        return
    yield from tqdm(
        iterable,
        total=total,
        desc=desc,
        unit=unit,
        initial=initial,
        file=sys.stderr,
        dynamic_ncols=True,
        leave=False,
    )
