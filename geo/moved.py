"""Old import paths of modules that moved in 0.2 keep working for one release, with a
:class:`DeprecationWarning` naming the new path.

``import geo.export`` (say) gives a thin module that forwards every attribute to
:mod:`geo.write.incidents`, so ``from geo.export import write_incidents`` and
``monkeypatch.setattr`` on the new module both behave as before.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import warnings
from types import ModuleType
from typing import Any

#: old module path → new module path
MOVED = {
    "geo.inputs": "geo.read.documents",
    "geo.html_text": "geo.read.html",
    "geo.export": "geo.write.incidents",
    "geo.mentions": "geo.recognize",
    "geo.clauses": "geo.events.clauses",
    "geo.event_rules": "geo.events.rules",
    "geo.event_places": "geo.events.places",
    "geo.dates": "geo.events.dates",
    "geo.counts": "geo.events.counts",
    "geo.eval_events": "geo.evaluate.events",
    "geo.fuzz": "geo.bench.fuzz",
    "geo.benchmark_geoparse": "geo.bench.geoparse",
    "geo.benchmark_memory": "geo.bench.memory",
}


class MovedModuleFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds the old paths of :data:`MOVED` and loads each as a forwarding module."""

    def find_spec(self, fullname: str, path: Any = None,
                  target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in MOVED:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def exec_module(self, module: ModuleType) -> None:
        new = MOVED[module.__name__]
        warnings.warn(f"{module.__name__} has moved to {new}; import it from there "
                      "(the old path goes in the next release)", DeprecationWarning,
                      stacklevel=2)
        target = importlib.import_module(new)
        module.__getattr__ = lambda name: getattr(target, name)  # type: ignore[attr-defined]
        module.__dir__ = lambda: dir(target)  # type: ignore[attr-defined]
        module.__doc__ = target.__doc__


def install() -> None:
    """Put the finder first on ``sys.meta_path`` (once)."""
    if not any(isinstance(finder, MovedModuleFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, MovedModuleFinder())
