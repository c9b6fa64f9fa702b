"""Fixtures shared by the whole suite: no network, gazetteers, and the corpora path."""

from __future__ import annotations

import ipaddress
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from gazetteer import Gazetteer, Place, build_places

REPO_ROOT = Path(__file__).resolve().parent.parent
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


class NetworkBlocked(OSError):
    """A test tried to reach a non-loopback address."""


def _is_loopback(address: object) -> bool:
    if not isinstance(address, tuple) or not address:
        return True  # AF_UNIX paths and the like never leave the machine
    host = str(address[0])
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A run that collects no test fails (exit code 1, not pytest's 5): CI must not pass
    on a suite that silently vanished (a wrong folder, a broken import of every test)."""
    if exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any socket connection except to loopback (fake servers run on 127.0.0.1)."""
    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guarded(original):
        def attempt(self: socket.socket, address: object, *args: object):
            if not _is_loopback(address):
                raise NetworkBlocked(f"tests must not use the network (tried {address!r})")
            return original(self, address, *args)
        return attempt

    monkeypatch.setattr(socket.socket, "connect", guarded(connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded(connect_ex))


@pytest.fixture(scope="session")
def gazetteer() -> Iterator[Gazetteer]:
    """The real built-in gazetteer, built once in the normal cache dir and reused."""
    gaz = Gazetteer.open()
    yield gaz
    gaz.close()


def _tiny(pid: str, name: str, lat: float, lon: float, kind: str, **fields: object) -> Place:
    return Place(id=f"tiny:{pid}", name=name, lat=lat, lon=lon, kind=kind,
                 source="tiny", **fields)


TINY_PLACES = (
    _tiny("almaty", "Almaty", 43.25249, 76.9115, "city", country="KZ", admin1="Almaty",
          population=1977011, alternate_names=("Alma-Ata", "Алматы"), parent="tiny:almaty-r",
          extra={"codes": ["ALA"]}),
    _tiny("almaty-r", "Almaty", 43.222, 76.851, "admin1", country="KZ",
          extra={"codes": ["KZ-ALA"]}),
    _tiny("ala", "Almaty International Airport", 43.3521, 77.0405, "airport", country="KZ",
          parent="tiny:almaty", alternate_names=("Almaty Airport",),
          extra={"codes": ["ALA", "UAAA"], "city": "Almaty", "served_population": 1977011}),
    _tiny("astana", "Astana", 51.1801, 71.44598, "city", country="KZ", population=1078362,
          alternate_names=("Nur-Sultan", "Akmola")),
    _tiny("kz", "Kazakhstan", 48.0, 68.0, "country", country="KZ", population=18276499,
          extra={"codes": ["KZ", "KAZ"], "demonyms": ["Kazakh", "Kazakhstani"]}),
    _tiny("fr", "France", 46.0, 2.0, "country", country="FR", population=66987244,
          extra={"codes": ["FR", "FRA"], "demonyms": ["French"]}),
    _tiny("us", "United States", 38.0, -97.0, "country", country="US",
          population=327167434, alternate_names=("United States of America",),
          extra={"codes": ["US", "USA"], "demonyms": ["American"]}),
    _tiny("paris", "Paris", 48.85341, 2.3488, "city", country="FR", admin1="Île-de-France",
          population=2138551),
    _tiny("paris-tx", "Paris", 33.66094, -95.55551, "city", country="US", admin1="Texas",
          population=24782),
    _tiny("springfield-il", "Springfield", 39.80172, -89.64371, "city", country="US",
          admin1="Illinois", population=114394, parent="tiny:illinois"),
    _tiny("springfield-mo", "Springfield", 37.21533, -93.29824, "city", country="US",
          admin1="Missouri", population=166810),
    _tiny("illinois", "Illinois", 40.0, -89.0, "admin1", country="US",
          extra={"codes": ["IL", "US-IL"]}),
    _tiny("missouri", "Missouri", 38.25, -92.5, "admin1", country="US",
          extra={"codes": ["MO", "US-MO"]}),
    _tiny("kyiv", "Kyiv", 50.45466, 30.5238, "city", country="UA", population=2952301,
          alternate_names=("Kiev", "Київ")),
    _tiny("central-asia", "Central Asia", 41.9, 67.6, "region", population=72499444),
    _tiny("middle-east", "Middle East", 29.4, 43.0, "region", alternate_names=("Mideast",)),
)


@pytest.fixture(scope="session")
def tiny_places() -> tuple[Place, ...]:
    """The places of the tiny gazetteer, for tests that build their own."""
    return TINY_PLACES


@pytest.fixture(scope="session")
def _tiny_gazetteer_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_places(TINY_PLACES, tmp_path_factory.mktemp("tiny") / "tiny.sqlite")


@pytest.fixture
def tiny_gazetteer(_tiny_gazetteer_file: Path, tmp_path: Path) -> Iterator[Gazetteer]:
    """A gazetteer of the ~16 places in :data:`TINY_PLACES`, a private copy per test.

    A copy, so that tests adding user layers (written beside it) stay independent.
    """
    path = tmp_path / "tiny.sqlite"
    shutil.copyfile(_tiny_gazetteer_file, path)
    gaz = Gazetteer.open(path, build=False)
    yield gaz
    gaz.close()


@pytest.fixture(scope="session")
def corpora_dir() -> Path:
    """``../shared/corpora`` beside the repository; tests using it skip when absent."""
    path = REPO_ROOT.parent / "shared" / "corpora"
    if not path.is_dir():
        pytest.skip(f"annotated corpora not found at {path} (they live outside the repo)")
    return path
