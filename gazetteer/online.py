"""Opt-in online geocoding (Nominatim) for names the offline gazetteer does not know.

Nothing here runs unless a caller builds an :class:`OnlineFallback` with an explicit user
agent: place names then leave the machine, which a newsroom may not want, so the first
request also warns. The class is careful with the service and with the caller's run:

* geopy's ``Nominatim`` does the HTTP and parsing; geopy's ``RateLimiter`` spaces
  requests (1 per second by default, Nominatim's usage policy);
* answers, including "nothing found", go to a persistent SQLite cache, so a re-run asks
  nothing again;
* timeouts, 429, 5xx, malformed JSON and dropped connections are retried a bounded
  number of times with exponential backoff (a ``Retry-After`` is honoured up to a cap),
  then the query gives ``None`` with a warning and the caller carries on offline; after
  several queries in a row fail, the service is considered down and skipped.

Worst-case time per query is therefore bounded by
``(max_retries + 1) * timeout + max_retries * max_backoff_seconds``.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from geopy.adapters import URLLibAdapter
from geopy.exc import (
    ConfigurationError,
    GeocoderAuthenticationFailure,
    GeocoderInsufficientPrivileges,
    GeocoderQueryError,
    GeocoderRateLimited,
    GeocoderServiceError,
)
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.location import Location

from .files import cache_dir

__all__ = ["OnlineFallback", "OnlineGeocodingWarning"]

logger = logging.getLogger(__name__)

_CACHE_NAME = "nominatim-cache.sqlite"
_CACHE_SCHEMA = 1
# 4xx answers other than 429 will not get better by asking again.
_PERMANENT = (GeocoderQueryError, GeocoderAuthenticationFailure,
              GeocoderInsufficientPrivileges)


class OnlineGeocodingWarning(UserWarning):
    """Place names are being sent off the machine, or the online service failed."""


class _PacedCall(RateLimiter):
    """geopy's RateLimiter used only for pacing, with an injectable clock and sleep.

    Retries are ours (with backoff and a bounded Retry-After), so ``max_retries=0`` and
    errors propagate. ``_clock``/``_sleep`` are the hooks geopy's own tests patch.
    """

    def __init__(self, func: Callable[..., Any], *, min_delay_seconds: float,
                 clock: Callable[[], float], sleep: Callable[[float], None]) -> None:
        super().__init__(func, min_delay_seconds=min_delay_seconds, max_retries=0,
                         error_wait_seconds=min_delay_seconds, swallow_exceptions=False)
        self._clock_fn = clock
        self._sleep_fn = sleep

    def _clock(self) -> float:
        return self._clock_fn()

    def _sleep(self, seconds: float) -> None:
        self._sleep_fn(seconds)


class OnlineFallback:
    """Geocode with Nominatim, politely, cached, and never hanging the caller.

    Parameters
    ----------
    user_agent
        Identifies your application to the service (Nominatim's policy requires it).
        Required and must not be blank.
    domain, scheme
        Where the Nominatim server is (``"nominatim.example.org"``, ``"https"``).
    cache_path
        SQLite cache file; default ``nominatim-cache.sqlite`` in
        :func:`gazetteer.files.cache_dir`.
    min_delay_seconds
        Minimum spacing between requests (1.0 is Nominatim's public limit).
    max_retries
        Retries per query after a transient failure (timeout, 429, 5xx, bad JSON,
        dropped connection).
    timeout
        Seconds to wait for one HTTP answer.
    backoff_seconds, max_backoff_seconds
        Wait ``backoff_seconds * 2**attempt`` between retries, never more than
        ``max_backoff_seconds`` (a server's ``Retry-After`` is capped the same way).
    max_consecutive_failures
        After this many queries in a row failed, stop asking for the rest of the run
        (``None``: never stop).
    clock, sleep
        Time sources, injectable so tests never really wait.

    Raises
    ------
    geopy.exc.ConfigurationError
        No or blank ``user_agent``, or a negative setting.

    Examples
    --------
    >>> online = OnlineFallback("my-newsroom-map/1.0 (desk@example.org)")  # doctest: +SKIP
    >>> online.geocode("Taldykorgan") or offline_answer  # doctest: +SKIP
    """

    def __init__(self, user_agent: str, *, domain: str = "nominatim.openstreetmap.org",
                 scheme: str = "https", cache_path: str | Path | None = None,
                 min_delay_seconds: float = 1.0, max_retries: int = 2,
                 timeout: float = 10.0, backoff_seconds: float = 2.0,
                 max_backoff_seconds: float = 30.0,
                 max_consecutive_failures: int | None = 3,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if not isinstance(user_agent, str) or not user_agent.strip():
            raise ConfigurationError(
                "OnlineFallback needs an explicit user_agent naming your application "
                "(e.g. 'my-newsroom-map/1.0 (desk@example.org)'); online geocoding is "
                "opt-in and Nominatim's usage policy requires one")
        numbers = {"min_delay_seconds": min_delay_seconds, "max_retries": max_retries,
                   "timeout": timeout, "backoff_seconds": backoff_seconds,
                   "max_backoff_seconds": max_backoff_seconds,
                   "max_consecutive_failures": max_consecutive_failures or 0}
        negative = [name for name, value in numbers.items() if value < 0]
        if negative:
            raise ConfigurationError(f"OnlineFallback: {', '.join(negative)} must be >= 0")
        self.domain = domain
        self.max_retries = max_retries
        self.backoff_seconds = backoff_seconds
        self.max_backoff_seconds = max_backoff_seconds
        self.max_consecutive_failures = max_consecutive_failures
        self._sleep = sleep
        # The stdlib adapter, not geopy's default requests one: requests adds its own
        # hidden retries that really sleep on Retry-After, which would break the bound.
        self._geocoder = Nominatim(user_agent=user_agent.strip(), domain=domain,
                                   scheme=scheme, timeout=timeout,
                                   adapter_factory=URLLibAdapter)
        self._paced = _PacedCall(self._geocoder.geocode,
                                 min_delay_seconds=min_delay_seconds, clock=clock,
                                 sleep=sleep)
        self._cache = _Cache(Path(cache_path) if cache_path else cache_dir() / _CACHE_NAME)
        self._warned = False
        self._failures_in_a_row = 0

    @property
    def available(self) -> bool:
        """False once the service failed ``max_consecutive_failures`` queries in a row."""
        limit = self.max_consecutive_failures
        return limit is None or self._failures_in_a_row < limit

    def geocode(self, query: str, **kwargs: Any) -> Location | None:
        """Return the best match for ``query``, or ``None`` (not found, or failed).

        ``kwargs`` go to :meth:`geopy.geocoders.Nominatim.geocode` (``country_codes``,
        ``language``, ...) and are part of the cache key. ``None`` after a failure comes
        with an :class:`OnlineGeocodingWarning`; either way the caller should fall back
        to the offline gazetteer.
        """
        query = " ".join(str(query).split())
        if not query:
            return None
        key = json.dumps([self.domain, query, sorted(kwargs.items())], default=str)
        hit, value = self._cache.get(key)
        if hit:
            return value
        if not self.available:
            return None
        self._warn_once()
        try:
            location = self._ask(query, kwargs)
        except GeocoderServiceError as err:
            self._failures_in_a_row += 1
            message = (f"online geocoder {self.domain} failed for {query!r}: "
                       f"{type(err).__name__}: {err}; using the offline gazetteer")
            if not self.available:
                message += (f"; {self._failures_in_a_row} queries failed in a row, so "
                            "no more will be sent in this run")
            warnings.warn(message, OnlineGeocodingWarning, stacklevel=2)
            return None
        self._failures_in_a_row = 0
        self._cache.put(key, location)
        return location

    def close(self) -> None:
        """Close the cache database."""
        self._cache.close()

    def _ask(self, query: str, kwargs: dict[str, Any]) -> Location | None:
        for attempt in range(self.max_retries + 1):
            try:
                return self._paced(query, exactly_one=True, **kwargs)
            except GeocoderServiceError as err:
                if isinstance(err, _PERMANENT) or attempt == self.max_retries:
                    raise
                wait = self._backoff(attempt, err)
                logger.info("online geocoder %s: %s; retry %d/%d in %.1f s",
                            self.domain, err, attempt + 1, self.max_retries, wait)
                self._sleep(wait)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _backoff(self, attempt: int, err: Exception) -> float:
        wait = self.backoff_seconds * 2 ** attempt
        if isinstance(err, GeocoderRateLimited) and err.retry_after:
            wait = max(wait, float(err.retry_after))
        return min(wait, self.max_backoff_seconds)

    def _warn_once(self) -> None:
        if not self._warned:
            self._warned = True
            warnings.warn(
                f"online geocoding is on: place names from your documents are sent to "
                f"{self.domain}", OnlineGeocodingWarning, stacklevel=3)


class _Cache:
    """Query → answer (or "nothing found") in SQLite; each put is one transaction.

    The cache only saves requests, so a damaged file is moved aside and started afresh
    rather than stopping the run.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as err:
            aside = path.with_name(path.name + ".corrupt")
            path.replace(aside)
            logger.warning("online cache %s is unreadable (%s); moved to %s and "
                           "starting a new one", path, err, aside)
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=30, check_same_thread=False,
                             isolation_level=None)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, _CACHE_SCHEMA):
                raise sqlite3.DatabaseError(f"cache schema {version}, "
                                            f"expected {_CACHE_SCHEMA}")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, "
                       "answer TEXT, saved REAL)")
            db.execute(f"PRAGMA user_version={_CACHE_SCHEMA}")
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def get(self, key: str) -> tuple[bool, Location | None]:
        with self._lock:
            row = self._db.execute("SELECT answer FROM answers WHERE key = ?",
                                   (key,)).fetchone()
        if row is None:
            return False, None
        answer = json.loads(row[0])
        if answer is None:
            return True, None
        return True, Location(answer["address"], (answer["lat"], answer["lon"]),
                              answer["raw"])

    def put(self, key: str, location: Location | None) -> None:
        answer = None if location is None else {
            "address": location.address, "lat": location.latitude,
            "lon": location.longitude, "raw": location.raw}
        # Autocommit: the single INSERT is its own transaction, so a kill leaves the
        # cache with or without this answer, never half of it.
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?)",
                             (key, json.dumps(answer), time.time()))

    def close(self) -> None:
        with self._lock:
            self._db.close()
