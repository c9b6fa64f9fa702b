"""Fixtures for tests/maps: incident frames and the hostile-string corpus."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import pytest


def _load_incident_frames():
    # --import-mode=importlib puts no test folder on sys.path; load the helper by path.
    name = "incident_frames"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            name, Path(__file__).with_name(f"{name}.py"))
        sys.modules[name] = module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return sys.modules[name]


incident_frames = _load_incident_frames()


@pytest.fixture
def incidents() -> gpd.GeoDataFrame:
    return incident_frames.make_incidents()


@pytest.fixture
def incident_factory() -> Callable[..., gpd.GeoDataFrame]:
    return incident_frames.make_incidents


@pytest.fixture(scope="session")
def hostile_strings() -> list[str]:
    return incident_frames.hostile_strings()
