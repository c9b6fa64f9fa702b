"""Online fallback against a fake Nominatim on 127.0.0.1: answers, cache, and faults.

No test here reaches the internet and none really sleeps: the clock and sleep are
injected, only HTTP timeouts (0.2 s) take real time.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from geopy.exc import ConfigurationError

from gazetteer.online import OnlineFallback, OnlineGeocodingWarning

TIMEOUT = 0.2
ALMATY = [{"place_id": 1, "osm_type": "relation", "osm_id": 1, "lat": "43.2567",
           "lon": "76.9286", "display_name": "Almaty, Kazakhstan", "class": "place",
           "type": "city", "importance": 0.7}]


class FakeNominatim:
    """A tiny Nominatim: each request pops the next behaviour (the last one repeats)."""

    def __init__(self) -> None:
        self.script: list[str] = ["ok"]
        self.requests: list[dict] = []
        self.release = threading.Event()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                url = urlsplit(self.path)
                fake.requests.append({"path": url.path, "query": parse_qs(url.query),
                                      "agent": self.headers.get("User-Agent")})
                action = fake.script.pop(0) if len(fake.script) > 1 else fake.script[0]
                getattr(self, "_" + action)()

            def _send(self, status: int, body: bytes, **headers: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name.replace("_", "-"), value)
                self.end_headers()
                self.wfile.write(body)

            def _ok(self) -> None:
                self._send(200, json.dumps(ALMATY).encode())

            def _empty(self) -> None:
                self._send(200, b"[]")

            def _limited(self) -> None:
                self._send(429, b'{"error": "slow down"}', Retry_After="7")

            def _error(self) -> None:
                self._send(500, b"<html>Internal Server Error</html>")

            def _forbidden(self) -> None:
                self._send(403, b'{"error": "blocked"}')

            def _malformed(self) -> None:
                self._send(200, b'[{"lat": "43.2", "lon": ')

            def _drop(self) -> None:
                self.connection.close()
                self.close_connection = True

            def _hang(self) -> None:
                fake.release.wait(10)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.domain = f"127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever,
                                       kwargs={"poll_interval": 0.02}, daemon=True)

    def __enter__(self) -> FakeNominatim:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


class FakeTime:
    """A clock that only moves when slept on, recording each sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def server() -> Iterator[FakeNominatim]:
    with FakeNominatim() as fake:
        yield fake


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def online(server, fake_time, tmp_path) -> Iterator[OnlineFallback]:
    fallback = _fallback(server, fake_time, tmp_path)
    yield fallback
    fallback.close()


def _fallback(server, fake_time, tmp_path, **options) -> OnlineFallback:
    settings = {"domain": server.domain, "scheme": "http",
                "cache_path": tmp_path / "cache.sqlite", "timeout": TIMEOUT,
                "backoff_seconds": 0.5, "max_backoff_seconds": 4.0,
                "clock": fake_time.clock, "sleep": fake_time.sleep} | options
    return OnlineFallback("incidentmap-tests/1.0", **settings)


@pytest.mark.parametrize("agent", ["", "   ", None])
def test_user_agent_is_required(agent, tmp_path):
    with pytest.raises(ConfigurationError, match="user_agent"):
        OnlineFallback(agent, cache_path=tmp_path / "c.sqlite")


def test_negative_settings_are_refused(tmp_path):
    with pytest.raises(ConfigurationError, match="max_retries"):
        OnlineFallback("x/1", cache_path=tmp_path / "c.sqlite", max_retries=-1)


def test_answer_is_a_geopy_location_and_first_use_warns(online, server):
    with pytest.warns(OnlineGeocodingWarning, match=r"sent to 127\.0\.0\.1"):
        location = online.geocode("Almaty", country_codes="kz")
    assert location.address == "Almaty, Kazakhstan"
    assert (location.latitude, location.longitude) == (43.2567, 76.9286)
    request = server.requests[0]
    assert request["path"] == "/search"
    assert request["query"]["q"] == ["Almaty"]
    assert request["agent"] == "incidentmap-tests/1.0"


def test_answers_and_misses_are_cached_across_instances(server, fake_time, tmp_path):
    server.script = ["ok", "empty"]
    first = _fallback(server, fake_time, tmp_path)
    with pytest.warns(OnlineGeocodingWarning):
        assert first.geocode("Almaty") is not None
    assert first.geocode("Nowhere-on-earth") is None
    first.close()
    second = _fallback(server, fake_time, tmp_path)
    assert second.geocode("  Almaty ") .raw == ALMATY[0]
    assert second.geocode("Nowhere-on-earth") is None
    second.close()
    assert len(server.requests) == 2


def test_requests_are_paced_one_per_second(online, server, fake_time):
    server.script = ["empty"]
    with pytest.warns(OnlineGeocodingWarning):
        for name in ("a", "b", "c"):
            online.geocode(name)
    assert len(server.requests) == 3
    assert fake_time.sleeps == [pytest.approx(1.0), pytest.approx(1.0)]


@pytest.mark.parametrize("fault", ["limited", "error", "malformed", "drop", "hang"])
def test_faults_retry_with_backoff_then_give_none(online, server, fake_time, fault):
    server.script = [fault]
    started = time.monotonic()
    with pytest.warns(OnlineGeocodingWarning) as record:
        assert online.geocode("Almaty") is None
    elapsed = time.monotonic() - started
    assert len(server.requests) == 3  # max_retries=2
    # Backoff 0.5 then 1.0, with the pacing's own 0.5 to fill the 1 s slot between; a
    # 429's Retry-After of 7 s is capped at max_backoff_seconds=4.
    expected = [4.0, 4.0] if fault == "limited" else [0.5, 0.5, 1.0]
    assert fake_time.sleeps == expected
    assert any("offline gazetteer" in str(w.message) for w in record)
    # Never hangs: three timeouts at most, plus slack for a slow machine.
    assert elapsed < 3 * TIMEOUT + 3


def test_failures_are_not_cached(online, server):
    server.script = ["error", "error", "error", "ok"]
    with pytest.warns(OnlineGeocodingWarning):
        assert online.geocode("Almaty") is None
        assert online.geocode("Almaty") is not None


def test_transient_fault_then_success(online, server, fake_time):
    server.script = ["drop", "malformed", "ok"]
    with pytest.warns(OnlineGeocodingWarning):
        assert online.geocode("Almaty").address == "Almaty, Kazakhstan"
    assert len(server.requests) == 3


def test_permanent_errors_are_not_retried(online, server):
    server.script = ["forbidden"]
    with pytest.warns(OnlineGeocodingWarning) as record:
        assert online.geocode("Almaty") is None
    assert len(server.requests) == 1
    assert "GeocoderInsufficientPrivileges" in str(record[-1].message)


def test_service_is_skipped_after_repeated_failures(server, fake_time, tmp_path):
    server.script = ["error"]
    online = _fallback(server, fake_time, tmp_path, max_retries=0,
                       max_consecutive_failures=2)
    with pytest.warns(OnlineGeocodingWarning) as record:
        for name in ("a", "b", "c", "d"):
            assert online.geocode(name) is None
    online.close()
    assert len(server.requests) == 2
    assert not online.available
    assert "no more will be sent" in str(record[-1].message)


def test_blank_query_sends_nothing(online, server):
    assert online.geocode("  \n ") is None
    assert server.requests == []


def test_corrupt_cache_is_moved_aside(server, fake_time, tmp_path):
    (tmp_path / "cache.sqlite").write_bytes(b"this is not a database" * 100)
    online = _fallback(server, fake_time, tmp_path)
    with pytest.warns(OnlineGeocodingWarning):
        assert online.geocode("Almaty") is not None
    online.close()
    assert (tmp_path / "cache.sqlite.corrupt").exists()


def test_offline_geocoder_asks_online_only_for_unknown_names(server, fake_time, tmp_path,
                                                              tiny_gazetteer):
    from gazetteer import OfflineGeocoder

    geocoder = OfflineGeocoder(gazetteer=tiny_gazetteer,
                               online=_fallback(server, fake_time, tmp_path))
    assert geocoder.geocode("Almaty").raw["id"] == "tiny:almaty"
    assert server.requests == []  # known offline: nothing leaves the machine
    with pytest.warns(OnlineGeocodingWarning):
        location = geocoder.geocode("Zzyzx Road Checkpoint 4")
    assert location.address == "Almaty, Kazakhstan" and len(server.requests) == 1
    # A country filter applies online too, as Nominatim's country_codes.
    geocoder.geocode("Qwertyzhan", country="KZ")
    assert server.requests[-1]["query"]["countrycodes"] == ["kz"]
