"""Training rows cached on disk that say when they are stale.

The trainers in ``tools/`` cache the rows they build from the dev files (building them
runs the whole pipeline). A cache built by an older tree or from older files would train
a model on rows the pipeline no longer emits, silently; each cache therefore carries a
stamp beside it, a digest of the library code, its data and the input files, and is
rebuilt whenever the stamp differs.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from geo.evaluate.events import read_records
from geo.pipeline import Parser

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = ("geo", "gazetteer")


def fingerprint(inputs: Iterable[Path | str]) -> str:
    """A digest of the library's code and data and of the given input files."""
    digest = hashlib.sha256()
    sources = sorted(p for package in LIBRARY for p in (ROOT / package).rglob("*")
                     if p.is_file() and "__pycache__" not in p.parts)
    for path in [*sources, *map(Path, inputs)]:
        digest.update(str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
                      .encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _stamp(cache: Path) -> Path:
    return cache.with_name(cache.name + ".stamp")


def is_fresh(cache: Path, inputs: Iterable[Path | str]) -> bool:
    """Whether ``cache`` exists and was built by this tree from these inputs."""
    stamp = _stamp(cache)
    return (cache.is_file() and stamp.is_file()
            and stamp.read_text(encoding="utf-8").strip() == fingerprint(inputs))


def mark_fresh(cache: Path, inputs: Iterable[Path | str]) -> None:
    """Record that ``cache`` was just built by this tree from these inputs."""
    _stamp(cache).write_text(fingerprint(inputs) + "\n", encoding="utf-8")


def cached_rows(cache: Path, inputs: Sequence[Path],
                report_rows: Callable[[dict, Parser, str], dict],
                rebuild: bool = False) -> list[dict]:
    """``report_rows(record, parser, file name)`` of every report of the dev files
    ``inputs``, kept pickled in ``cache`` and built again when ``rebuild`` is asked for or
    the cache's stamp is stale. Held-out files are refused."""
    if rebuild or not is_fresh(cache, inputs):
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(list(every_report(inputs, report_rows))))
        mark_fresh(cache, inputs)
    return pickle.loads(cache.read_bytes())


def every_report(paths: Sequence[Path], report_rows: Callable[[dict, Parser, str], dict]
                 ) -> Iterator[dict]:
    """``report_rows(record, parser, file name)`` of every report of ``paths``, parsed by
    one parser; held-out files are refused."""
    parser = Parser()
    for path in paths:
        if "heldout" in path.name:
            raise SystemExit(f"{path}: held-out files are never read here")
        for record in read_records(path):
            yield report_rows(record, parser, path.name)
