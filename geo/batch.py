"""Batch runs: stream documents through the pipeline in checkpointed chunks.

A run keeps its state in ``OUTDIR/.incidentmap-run/``: one part file per finished chunk
and a checkpoint naming how many chunks are done, both written atomically. A killed run,
started again with the same inputs, skips the finished chunks, so no document is lost and
none is counted twice. Chunks run in this process, in a process pool (``workers > 1``),
or on a Dask cluster (``engine="dask"``); results are gathered in input order, so every
engine writes the same incidents.

Length: one resumable run: the job, its chunk engines and its state on disk share the
checkpoint format and the run's options; split up, each part would reach the others'
private helpers across modules.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import shutil
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from gazetteer import layers
from gazetteer.build import build as build_gazetteer
from gazetteer.build import default_path
from gazetteer.files import atomic_write
from gazetteer.progress import progress as progress_bar
from geo import installed_version, plural
from geo.corroborate import merge_reports
from geo.errors import ExportError, InputError
from geo.extract import incidents_from_documents
from geo.frame import CRS, INCIDENT_COLUMNS, empty_incidents, summarize
from geo.model import DEFAULT_RADIUS_KM, DEFAULT_WINDOW_DAYS, Document, country_code
from geo.read.documents import expand_inputs, read_documents, sidecar_path, with_focus
from geo.read.language import forced_language, unsupported_note, with_language
from geo.workers import ordered_results, worker_pool
from geo.write.incidents import write_incidents

logger = logging.getLogger(__name__)

STATE_FOLDER = ".incidentmap-run"
CHECKPOINT = "checkpoint.json"
OUTPUT_NAMES = ("incidents.geojson", "incidents.gpkg", "map.html", "summary.txt")


@dataclass(frozen=True)
class BatchOptions:
    """How to run a batch: where, how parallel, how big each checkpointed chunk is."""

    workers: int = 1
    engine: str = "local"
    scheduler: str | None = None
    chunk_size: int = 100
    resume: bool = True
    progress: bool = False
    keep_all: bool = False  #: also keep events that did not happen, and doubtful rows

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ExportError(f"--workers must be at least 1, not {self.workers}")
        if self.chunk_size < 1:
            raise ExportError(f"--chunk-size must be at least 1, not {self.chunk_size}")
        if self.engine not in ("local", "dask"):
            raise ExportError(f"unknown engine {self.engine!r}; expected local or dask")
        if self.scheduler and self.engine != "dask":
            raise ExportError("--scheduler names a Dask scheduler: add --engine dask")


@dataclass(frozen=True)
class JobReport:
    """What :func:`run_job` did: the summary it wrote, what it read and wrote."""

    summary: str  #: the text of ``summary.txt``
    articles: int  #: documents read (a resumed run counts the finished chunks' too)
    skipped: int  #: bad lines skipped (``on_error="skip"``)
    incidents: int
    files: tuple[Path, ...]  #: the files written, in :data:`OUTPUT_NAMES` order
    reports: int | None = None  #: rows before grouping across articles (None: not grouped)
    #: documents not read for their language: language code ("" not recognised) → count
    unsupported: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        """One line for the end of a run: ``3 articles read, 0 skipped, 13 incidents
        (15 reports before grouping across articles); wrote out/incidents.geojson, ...``
        (the summary says which documents were skipped for their language)."""
        grouped = ("" if self.reports is None else
                   f" ({plural(self.reports, 'report')} before grouping across articles)")
        return (f"{plural(self.articles, 'article')} read, {self.skipped:,} skipped, "
                f"{plural(self.incidents, 'incident')}{grouped}; wrote "
                + ", ".join(map(str, self.files)))


def run_batch(
    documents: Iterable[Document], state_dir: str | Path, options: BatchOptions | None = None,
    *, fingerprint: str = ""
) -> gpd.GeoDataFrame:
    """Run documents through the pipeline in chunks, resumably, and return all incidents.

    ``fingerprint`` identifies the inputs: a checkpoint made for other inputs is not
    resumed but started afresh.
    """
    options = options or BatchOptions()
    state = Path(state_dir)
    done = _start_state(state, fingerprint, options.resume)
    chunks = _chunks(documents, options.chunk_size)
    skipped = sum(1 for _ in itertools.islice(chunks, done))
    if skipped:
        logger.info("resuming after %d finished chunks", skipped)
    with _executor(options) as run_chunks:
        index = done
        bar = progress_bar(run_chunks(chunks), enabled=options.progress, desc="chunks",
                           unit="chunk", initial=done)
        for rows in bar:
            _write_part(state / _part_name(index), rows)
            index += 1
            _write_checkpoint(state, fingerprint, index)
    return _read_parts(state, index)


def run_job(
    inputs: Sequence[str | Path],
    outdir: str | Path,
    *,
    published: date | None = None,
    focus: str = "",
    language: str = "auto",
    text_column: str = "text",
    on_error: str = "raise",
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    chunk_size: int = 100,
    resume: bool = True,
    draw: Callable[[gpd.GeoDataFrame, Path], None] | None = None,
    progress: bool = False,
    keep_all: bool = False,
    merge: bool = True,
    radius_km: float = DEFAULT_RADIUS_KM,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> JobReport:
    """The main job: articles → incidents GeoJSON + GPKG, a map and a summary.

    ``draw(frame, path)`` writes ``map.html``; it is passed in (the CLI passes
    ``maps.save``) because ``geo`` does not import ``maps``. ``focus``: the
    publication's country code, for documents without their own (:attr:`Document.focus`).
    ``language``: ``"auto"`` reads each document in its own language (a ``language``
    field, else detected), ``"en"``, ``"ru"`` or ``"fr"`` reads all in that one; documents
    in other languages give no incidents and are counted in ``unsupported``.
    ``progress`` shows bars on stderr: the gazetteer's build, the first time, then the
    chunks. ``keep_all`` also keeps the events the text says did not happen and the doubtful
    rows (``status``).
    ``merge`` groups the reports of one event by several articles into one row
    (:func:`geo.corroborate.merge_reports`, with ``radius_km`` and ``window_days``).
    Returns a :class:`JobReport`; its ``summary`` is also written to ``summary.txt``.

    Raises
    ------
    InputError
        The inputs hold no article file (an empty folder), or no article could be read
        from them; nothing is written then.
    """
    focus = country_code(focus)  # a bad code fails before any folder is made
    forced = forced_language(language)
    files = expand_inputs(inputs)  # a missing input fails before any folder is made
    if not files:
        raise InputError("no article files (.txt .md .html .jsonl .csv, gzipped or "
                         "zipped) in it", path=", ".join(map(str, inputs)))
    out = _prepare_outdir(outdir)
    # Built here, with its own bar, rather than inside the first chunk (or by every
    # worker at once); the fingerprint then stamps the finished file.
    build_gazetteer(progress=progress)
    options = BatchOptions(workers=workers, engine=engine, scheduler=scheduler,
                           chunk_size=chunk_size, resume=resume, progress=progress,
                           keep_all=keep_all)
    tally, unsupported = Counter[str](), Counter[str]()
    documents = read_documents(files, published=published, text_column=text_column,
                               on_error=on_error, on_skip=lambda _: tally.update(["skipped"]))
    # Each language is told here, once, so that the run can count what it cannot read.
    documents = with_language(with_focus(counted(documents, tally), focus), language,
                              on_unsupported=lambda d: unsupported.update([d.language]))
    state = out / STATE_FOLDER
    frame = run_batch(documents, state, options,
                      fingerprint=_fingerprint(files, published, focus, text_column,
                                               chunk_size, keep_all, forced))
    if not tally["read"]:
        shutil.rmtree(state, ignore_errors=True)
        skipped = tally["skipped"]
        why = f" ({plural(skipped, 'bad line')} skipped)" if skipped else ""
        raise InputError(f"no article could be read from it{why}",
                         path=", ".join(map(str, inputs)))
    reports = len(frame)
    if merge:
        frame = merge_reports(frame, radius_km=radius_km, window_days=window_days)
    geojson, gpkg, html, summary = (out / name for name in OUTPUT_NAMES)
    write_incidents(frame, geojson)
    write_incidents(frame, gpkg)
    if draw is not None:
        draw(frame, html)
    note = unsupported_note(unsupported)
    text = summarize(frame, articles=tally["read"]) + (f"\n{note}" if note else "")
    with atomic_write(summary) as handle:
        handle.write(text + "\n")
    written = (geojson, gpkg, html, summary) if draw is not None else (geojson, gpkg, summary)
    return JobReport(summary=text, articles=tally["read"], skipped=tally["skipped"],
                     incidents=len(frame), files=written, reports=reports if merge else None,
                     unsupported=dict(unsupported))


def counted(documents: Iterable[Document], tally: Counter[str]) -> Iterator[Document]:
    """``documents`` as they stream by, each counted in ``tally["read"]``."""
    for document in documents:
        tally["read"] += 1
        yield document


# --- chunk processing (runs in workers) ---------------------------------------------

def process_chunk(documents: list[Document], *, keep_all: bool = False) -> list[dict]:
    """Extract the incidents of one chunk as JSON-ready rows (lon/lat included).

    Uses the process's default parser, opened on first use: it holds the gazetteer and
    the NLP model, which are too costly to ship with every chunk.
    """
    frame = incidents_from_documents(documents, keep_all=keep_all)
    return _rows(frame)


def _work(options: BatchOptions) -> Callable[[list[Document]], list[dict]]:
    # Looked up as the run starts, so that a test may stand in for process_chunk.
    return partial(process_chunk, keep_all=True) if options.keep_all else process_chunk


def _rows(frame: gpd.GeoDataFrame) -> list[dict]:
    if frame.empty:
        return []
    plain = pd.DataFrame(frame.drop(columns=frame.geometry.name))
    plain = plain.astype(object).where(plain.notna(), None)
    plain["lon"] = frame.geometry.x.to_numpy()
    plain["lat"] = frame.geometry.y.to_numpy()
    return plain.to_dict("records")


def _executor(options: BatchOptions):
    if options.engine == "dask":
        return _DaskRunner(options)
    if options.workers > 1:
        return _PoolRunner(options)
    return _SerialRunner(options)


class _SerialRunner:
    def __init__(self, options: BatchOptions) -> None:
        self.work = _work(options)

    def __enter__(self):
        return lambda chunks: map(self.work, chunks)

    def __exit__(self, *exc) -> None:
        return None


class _PoolRunner:
    def __init__(self, options: BatchOptions) -> None:
        self.workers, self.work = options.workers, _work(options)

    def __enter__(self):
        self.pool = worker_pool(self.workers)
        return self._run

    def _run(self, chunks: Iterator[list[Document]]) -> Iterator[list[dict]]:
        return ordered_results(self.pool, self.work, chunks, in_flight=2 * self.workers)

    def __exit__(self, *exc) -> None:
        self.pool.terminate()
        self.pool.join()


class _DaskRunner:
    def __init__(self, options: BatchOptions) -> None:
        self.options = options

    def __enter__(self):
        try:
            # Dask is optional (the dask extra).
            from dask.distributed import Client, LocalCluster
        except ImportError as err:
            raise ExportError(
                "--engine dask needs the dask extra: pip install 'incidentmap[dask]'"
            ) from err
        if self.options.scheduler:
            self.cluster = None
            try:
                self.client = Client(self.options.scheduler)
            except (OSError, TimeoutError) as err:
                raise ExportError(f"cannot reach the Dask scheduler at "
                                  f"{self.options.scheduler}: {err}") from err
        else:
            self.cluster = LocalCluster(n_workers=self.options.workers, threads_per_worker=1,
                                        processes=True, dashboard_address=None)
            self.client = Client(self.cluster)
        return self._run

    def _run(self, chunks: Iterator[list[Document]]) -> Iterator[list[dict]]:
        # A bounded window of chunks in flight keeps memory flat on any input size.
        window = max(2, 2 * len(self.client.scheduler_info().get("workers", {})))
        while batch := list(itertools.islice(chunks, window)):
            futures = self.client.map(_work(self.options), batch, pure=False)
            yield from self.client.gather(futures)

    def __exit__(self, *exc) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# --- state on disk ------------------------------------------------------------------


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _part_name(index: int) -> str:
    return f"part-{index:06d}.jsonl"


def _start_state(state: Path, fingerprint: str, resume: bool) -> int:
    checkpoint = state / CHECKPOINT
    if resume and checkpoint.is_file():
        try:
            saved = json.loads(checkpoint.read_text(encoding="utf-8"))
            if saved.get("fingerprint") == fingerprint:
                return int(saved["chunks_done"])
            logger.warning("inputs changed since the last run; starting afresh")
        except (ValueError, KeyError, TypeError):
            logger.warning("unreadable checkpoint %s; starting afresh", checkpoint)
    if state.exists():
        shutil.rmtree(state)
    state.mkdir(parents=True)
    return 0


def _write_checkpoint(state: Path, fingerprint: str, chunks_done: int) -> None:
    with atomic_write(state / CHECKPOINT) as handle:
        json.dump({"fingerprint": fingerprint, "chunks_done": chunks_done}, handle)


def _write_part(path: Path, rows: list[dict]) -> None:
    with atomic_write(path) as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def _read_parts(state: Path, count: int) -> gpd.GeoDataFrame:
    rows: list[dict] = []
    for index in range(count):
        with open(state / _part_name(index), encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle)
    if not rows:
        return empty_incidents()
    points = [Point(row.pop("lon"), row.pop("lat")) for row in rows]
    frame = pd.DataFrame(rows, columns=list(INCIDENT_COLUMNS))
    frame = frame.astype({name: dtype for name, (dtype, _) in INCIDENT_COLUMNS.items()})
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(points, crs=CRS), crs=CRS)


def _fingerprint(files: Sequence, published: date | None, focus: str, text_column: str,
                 chunk_size: int, keep_all: bool = False, language: str = "") -> str:
    """What a run's results depend on: each input file (and the ``.json`` sidecar beside
    it), the options, the gazetteer and its user layers, incidentmap's version. Standard
    input cannot be checked, so a run reading it never resumes an earlier one."""
    if any(not isinstance(item, Path) for item in files):
        return uuid.uuid4().hex
    digest = hashlib.sha256()
    gazetteer = default_path()
    stamped = [gazetteer, layers.layers_path_for(gazetteer, gazetteer)]
    for item in files:
        digest.update(str(item).encode("utf-8", "surrogateescape"))
        stamped += [item, sidecar_path(item)]
    for path in stamped:
        if path.is_file():
            stat = path.stat()
            digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode(
                "utf-8", "surrogateescape"))
    digest.update(f"{published}|{focus}|{text_column}|{chunk_size}|{keep_all}|{language}|"
                  f"{installed_version()}".encode())
    return digest.hexdigest()


def _prepare_outdir(outdir: str | Path) -> Path:
    out = Path(outdir)
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExportError(f"cannot create the output folder {out}: {err.strerror}") from err
    probe = out / ".incidentmap-write-test"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as err:
        raise ExportError(f"the output folder {out} is not writable: {err.strerror}") from err
    return out
