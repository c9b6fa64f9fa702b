"""A trainer's cached rows are rebuilt when the files they came from change."""

from pathlib import Path

from tools.fresh_rows import is_fresh, mark_fresh


def test_cache_is_stale_until_marked_and_after_its_input_changes(tmp_path: Path) -> None:
    source = tmp_path / "reports.jsonl"
    source.write_text('{"id": "a"}\n', encoding="utf-8")
    cache = tmp_path / "rows.pkl"
    assert not is_fresh(cache, [source])
    cache.write_bytes(b"rows")
    assert not is_fresh(cache, [source])  # built, but by no known tree
    mark_fresh(cache, [source])
    assert is_fresh(cache, [source])
    source.write_text('{"id": "b"}\n', encoding="utf-8")
    assert not is_fresh(cache, [source])
