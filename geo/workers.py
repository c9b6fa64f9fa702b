"""The one process-pool policy, for the parser's ``n_process`` and batch runs' ``workers``.

Workers start by ``fork`` where the platform has it (Linux): they inherit the parent's
loaded NLP model and open, read-only gazetteer copy-on-write, which saves seconds and
hundreds of megabytes per worker. Elsewhere (macOS, Windows) they start by ``spawn``, and
the same code runs there: whatever is handed to a worker pickles — a
:class:`~geo.pipeline.Parser` pickles as the settings it was built from and a
:class:`~gazetteer.Gazetteer` as its path, both reopened in the worker — and the work
functions are module-level. Results come back in input order, at most two tasks per
worker in flight, so memory stays flat on an endless stream.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import Pool
from typing import Any, TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")


def start_method() -> str:
    """``"fork"`` where the platform offers it, else ``"spawn"`` (see the module)."""
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def worker_pool(processes: int, initializer: Callable[..., None] | None = None,
                initargs: tuple[Any, ...] = ()) -> Pool:
    """A process pool of ``processes`` workers started by :func:`start_method`."""
    context = multiprocessing.get_context(start_method())
    if gc.get_freeze_count():  # the caller froze its own objects: leave that to it
        return context.Pool(processes, initializer=initializer, initargs=initargs)
    # What a forked worker inherits (the spaCy model, the gazetteer) lives as long as it
    # does: frozen, the worker's full collections never walk it again (each walked it
    # for 0.25 s, 5 % of a geoparse worker's CPU), nor copy its pages to mark it. The
    # parent unfreezes at once; spawned workers start unfrozen.
    gc.freeze()
    try:
        return context.Pool(processes, initializer=initializer, initargs=initargs)
    finally:
        gc.unfreeze()


def ordered_results(pool: Pool, function: Callable[[Task], Result], tasks: Iterable[Task],
                    *, in_flight: int) -> Iterator[Result]:
    """Yield ``function(task)`` for each task, computed in ``pool``, in input order.

    At most ``in_flight`` tasks are queued at once: ``Pool.imap`` reads its whole input
    ahead, so memory would grow with the input.
    """
    pending: deque = deque()
    try:
        for task in tasks:
            pending.append(pool.apply_async(function, (task,)))
            if len(pending) >= in_flight:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
    finally:
        # A stream abandoned early lets its tasks in flight end before the caller
        # terminates the pool: a worker killed while it sends a result holds the result
        # queue's lock for ever, and Pool.terminate() then hangs (CPython gh-96995).
        for result in pending:
            result.wait()
