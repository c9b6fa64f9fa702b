"""maps.escape: every hostile string comes out inert and reads back literally."""

from __future__ import annotations

import html
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maps.escape import html_text, safe_url, script_json, truncate

_NEVER_RAW = "<>\"'`$\\{}\x00"


def _literal(text: str) -> str:
    """What a browser shows for ``text``: NUL and lone surrogates become U+FFFD."""
    return "".join("\ufffd" if ch == "\x00" or "\ud800" <= ch <= "\udfff" else ch
                   for ch in text)


def test_hostile_corpus_is_large_enough(hostile_strings):
    assert len(hostile_strings) >= 50
    assert max(map(len, hostile_strings)) >= 10_000


def test_html_text_leaves_no_active_character(hostile_strings):
    for text in hostile_strings:
        escaped = html_text(text)
        assert not set(escaped) & set(_NEVER_RAW), text
        assert html.unescape(escaped) == _literal(text)


@given(st.text())
def test_html_text_round_trips_any_text(text):
    escaped = html_text(text)
    assert not set(escaped) & set(_NEVER_RAW)
    assert html.unescape(escaped) == _literal(text)


@pytest.mark.parametrize("value", [None, float("nan")])
def test_html_text_of_missing_is_empty(value):
    assert html_text(value) == ""


def test_html_text_of_pandas_missing_is_empty():
    pd = pytest.importorskip("pandas")
    assert html_text(pd.NA) == "" and html_text(pd.NaT) == ""


def test_template_literal_characters_become_entities():
    assert html_text("`${x}`\\u") == "&#96;&#36;&#123;x&#125;&#96;&#92;u"


@pytest.mark.parametrize("url", [
    "https://example.org/a?b=1&c=2", "http://example.org", "HTTPS://EXAMPLE.ORG/x",
])
def test_safe_url_accepts_http(url):
    assert html.unescape(safe_url(url)) == url


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
    " javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
    "vbscript:x", "//evil.example/x.js", "/relative", "https://", "http://exa mple.org",
    "https://example.org/\u202e", "", None, "http://[::1", "file:///etc/passwd",
])
def test_safe_url_refuses_everything_else(url):
    assert safe_url(url) is None


def test_safe_url_escapes_quotes():
    assert safe_url('https://example.org/"onmouseover=x') == (
        "https://example.org/&#34;onmouseover=x")


def test_script_json_cannot_close_the_script(hostile_strings):
    encoded = script_json({"s": hostile_strings})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert "\u2028" not in encoded and "\u2029" not in encoded
    decoded = json.loads(encoded)["s"]
    # JSON can carry NUL (as \u0000); only lone surrogates, unwritable as UTF-8, change.
    assert decoded == [_literal(text.replace("\x00", "\x01")).replace("\x01", "\x00")
                       for text in hostile_strings]


def test_script_json_never_opens_a_jinja_tag(hostile_strings):
    # branca compiles element output as a Jinja template again (see maps/escape.py).
    encoded = script_json({"s": [*hostile_strings, "{{{{", "{%", "{#"], "o": {"a": {}}})
    assert not re.search(r"\{[{%#]", encoded)
    assert json.loads(encoded)["s"][-3:] == ["{{{{", "{%", "{#"]


def test_script_json_handles_numpy_and_refuses_nan():
    np = pytest.importorskip("numpy")
    assert script_json([np.int64(3), np.float64(0.5)]) == "[3,0.5]"
    with pytest.raises(ValueError):
        script_json(float("nan"))


def test_truncate_cuts_before_escaping():
    assert truncate("a" * 10, 5) == "aaaa…"
    assert truncate("&&&&&&", 3) == "&&…"
    assert html_text(truncate("&&&&&&", 3)) == "&amp;&amp;…"
    assert truncate("short", 10) == "short"
    assert truncate(None, 3) == ""
