"""Shared file helpers: the cache folder, atomic writes and inter-process locks.

Every file incidentmap writes goes through :func:`atomic_write`, so a killed process leaves
either the old file or the new one, never a torn one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import filelock
import platformdirs

APP_NAME = "incidentmap"

# Names Windows reserves in every folder, with or without an extension ("CON.html").
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{stem}{n}" for stem in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]]
)
# Separators on any OS, and what Windows forbids in a name.
_UNSAFE_CHARS = re.compile(r'[/\\:*?"<>|]')
# Bytes left for the stem: room for an extension and for temporary_sibling's affixes
# within the 255-byte name limit of common file systems.
_MAX_STEM_BYTES = 100
# temporary_sibling keeps at most this much of the target's name in the temp name.
_MAX_TEMP_PREFIX_BYTES = 100


def cache_dir() -> Path:
    """Return the per-user cache folder (``INCIDENTMAP_CACHE_DIR`` overrides it)."""
    override = os.environ.get("INCIDENTMAP_CACHE_DIR")
    path = Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextlib.contextmanager
def temporary_sibling(path: str | Path, suffix: str = "") -> Iterator[Path]:
    """Yield a fresh temp path beside ``path``; on success rename it over ``path``.

    For writers that insist on opening the file themselves (GDAL, SQLite). The temp file
    is in the same folder so that :func:`os.replace` is atomic; on any error it is removed
    and ``path`` is untouched.
    """
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{_truncate_utf8(target.name, _MAX_TEMP_PREFIX_BYTES)}.",
        suffix=f".tmp{suffix}", dir=target.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        yield tmp
        _fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


@contextlib.contextmanager
def atomic_write(
    path: str | Path,
    mode: str = "w",
    encoding: str | None = "utf-8",
    newline: str | None = None,
) -> Iterator[IO]:
    """Open a temp file beside ``path`` for writing; rename it into place when done.

    Examples
    --------
    >>> with atomic_write(tmp_path / "out.txt") as f:  # doctest: +SKIP
    ...     f.write("hello")
    """
    if "b" in mode:
        encoding = None
    with (
        temporary_sibling(path) as tmp,
        open(tmp, mode, encoding=encoding, newline=newline) as handle,
    ):
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


def file_lock(path: str | Path, timeout: float = 600.0) -> filelock.FileLock:
    """Return an inter-process lock guarding ``path`` (a ``.lock`` file beside it)."""
    return filelock.FileLock(f"{path}.lock", timeout=timeout)


def safe_output_name(doc_id: str) -> str:
    """Turn a document id into a file name that stays inside the output folder.

    Document ids come from untrusted input (file names, JSONL fields, URLs), so an id
    like ``../../x``, ``/etc/passwd``, ``CON`` or one with NUL or direction-override
    characters must not pick where a file lands. The result is a single, non-hidden
    path component, free of separators, control/format characters and names Windows
    reserves, at most 100 UTF-8 bytes, so callers can add an extension
    (``folder / f"{safe_output_name(doc.id)}.html"``).

    Ids that are already safe are kept as they are; any id that had to be changed gets
    ``-`` and 10 hex digits of its SHA-256, so two different ids never share a file in
    practice (``a/b`` and ``a_b`` stay apart).

    Examples
    --------
    >>> safe_output_name("kazakhstan-2022-01-07")
    'kazakhstan-2022-01-07'
    >>> safe_output_name("../../etc/passwd")
    'etc_passwd-3754d6cb3a'
    """
    original = str(doc_id)
    cleaned = "".join("_" if _unsafe(ch) else ch
                      for ch in unicodedata.normalize("NFC", original))
    cleaned = _UNSAFE_CHARS.sub("_", cleaned)
    # Leading dots make hidden files or "..", trailing dots/spaces vanish on Windows.
    cleaned = re.sub(r"_{2,}", "_", cleaned).strip(" ._")
    if cleaned.split(".")[0].rstrip(" ").upper() in _RESERVED:
        cleaned = f"_{cleaned}"
    if cleaned and cleaned == original and len(cleaned.encode("utf-8")) <= _MAX_STEM_BYTES:
        return cleaned
    digest = hashlib.sha256(original.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    stem = _truncate_utf8(cleaned, _MAX_STEM_BYTES - len(digest) - 1).rstrip(" .")
    return f"{stem}-{digest}" if stem else f"document-{digest}"


def _unsafe(ch: str) -> bool:
    # Cc controls (NUL, newlines), Cf format (U+202E direction override, zero-width),
    # Cs lone surrogates, Zl/Zp line separators: invisible or unencodable in a name.
    return unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def _truncate_utf8(text: str, max_bytes: int) -> str:
    return text.encode("utf-8", "surrogatepass")[:max_bytes].decode("utf-8", "ignore")


def _fsync_file(path: Path) -> None:
    if path.is_file():
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    # Without this a power cut can lose the rename itself on some file systems.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
