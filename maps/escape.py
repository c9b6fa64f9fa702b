"""The one escaping module: every piece of article or data text passes here on its way out.

Text that reaches a map crosses several languages at once: HTML (popups, the legend, the
layer control's ``innerHTML``), JavaScript template literals (folium's tooltips) and JSON
inside ``<script>`` elements (our data blob). Folium escapes none of it, so incidentmap
escapes once, here, at the HTML boundary; ``gazetteer`` and ``geo`` keep text raw.

- :func:`html_text` makes a value safe as HTML text *and* inside a JS template literal.
- :func:`safe_url` admits only absolute ``http``/``https`` links.
- :func:`script_json` serialises data for a ``<script>`` element so that no value can
  close the element or start a comment.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any
from urllib.parse import urlsplit

from markupsafe import escape

from geo.text import LONE_SURROGATE, replace_lone_surrogates

__all__ = ["html_text", "safe_url", "script_json", "truncate"]

# markupsafe covers & < > " '. The rest are harmless in HTML but not in the templates the
# text passes through. In a JS template literal, where folium puts tooltip text, ` ends it,
# ${ starts code, and a stray \u is a syntax error that blanks the whole map. And branca
# compiles the *output* of every MacroElement (popups, tooltips, the layer control) as a
# Jinja template again, so "{{ ... }}" in data would be evaluated in Python while saving.
# Numeric entities keep all of them literal.
_TEMPLATE_LITERAL = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;",
                                   "{": "&#123;", "}": "&#125;"})


# Characters a browser strips or ignores inside a URL ("java\tscript:" is "javascript:").
_URL_NOISE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")

_JINJA_OPEN = re.compile(r"\{([{%#])")

_SAFE_SCHEMES = frozenset({"http", "https"})

# JSON inside <script>: "</script>" and "<!--" must not appear; & is escaped too so the
# text reads the same if a tool ever moves it into an HTML attribute. U+2028/U+2029 were
# line terminators in JS before ES2019. Jinja's "{{", "{%" and "{#" (see above) can only
# occur inside JSON strings, where a \u escape of the second character is equivalent.
# Replaced one character at a time with str.replace, not str.translate: on the tens of
# megabytes of a big map's data, translate's per-character look-up costs seconds. No
# replacement contains a replaced character, so the order does not matter.
_SCRIPT_JSON = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def html_text(value: object) -> str:
    """Return ``value`` as text that displays literally in HTML and JS template literals.

    Missing values (``None``, ``pd.NA``, NaN) become the empty string, so callers can pass
    a cell straight from a data frame.

    Parameters
    ----------
    value
        Anything; it is converted with ``str``.

    Returns
    -------
    str
        Escaped text: markupsafe's entities for ``& < > " '`` plus numeric entities for
        ``` ` ```, ``$``, ``\\``, ``{`` and ``}``; NUL and lone surrogates become U+FFFD.

    Examples
    --------
    >>> html_text("<b>${x}</b>")
    '&lt;b&gt;&#36;&#123;x&#125;&lt;/b&gt;'
    """
    if _is_missing(value):
        return ""
    text = _writable(str(value))
    return str(escape(text)).translate(_TEMPLATE_LITERAL)


def safe_url(value: object) -> str | None:
    """Return ``value`` escaped for an ``href`` if it is an absolute http(s) URL, else None.

    ``javascript:``, ``data:``, ``vbscript:``, relative and protocol-relative links are
    refused, and so is any URL hiding control or invisible characters, which browsers
    would silently drop (turning ``java\\tscript:`` into ``javascript:``).
    """
    if _is_missing(value):
        return None
    url = str(value).strip()
    if not url or _URL_NOISE.search(url) or "\x00" in url or LONE_SURROGATE.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.hostname:
        return None
    return html_text(url)


def script_json(value: Any) -> str:
    """Serialise ``value`` as JSON that is safe inside an HTML ``<script>`` element.

    Strings should already have passed :func:`html_text` if the script will put them into
    the DOM as HTML; this function only guarantees that the JSON cannot break out of the
    element. Non-finite floats are refused (``ValueError``): JSON has no NaN, so callers
    turn missing numbers into ``None`` first.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False, default=_json_default)
    text = _writable(text)
    for char, escaped in _SCRIPT_JSON:
        text = text.replace(char, escaped)
    return _JINJA_OPEN.sub(lambda m: f"{{\\u{ord(m.group(1)):04x}", text)


def truncate(value: object, limit: int) -> str:
    """Return ``value`` as a string cut to ``limit`` characters, ending with "…" if cut.

    Cut *before* escaping: cutting escaped text could split an entity like ``&amp;``.
    """
    if _is_missing(value):
        return ""
    text = str(value)
    return text if len(text) <= limit else text[: max(limit - 1, 0)].rstrip() + "…"


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    # pd.NA and pd.NaT refuse bool(); checking the type name avoids importing pandas.
    return type(value).__name__ in {"NAType", "NaTType"}


def _json_default(value: Any) -> Any:
    # numpy scalars reach here from data frames; .item() gives the Python value.
    if hasattr(value, "item"):
        item = value.item()
        if isinstance(item, float) and not math.isfinite(item):
            return None
        return item
    raise TypeError(f"cannot serialise {type(value).__name__} to JSON")


def _writable(text: str) -> str:
    # A NUL is a parse error in HTML and lone surrogates cannot be written as UTF-8 at
    # all; both become U+FFFD, the character browsers show for them anyway.
    return replace_lone_surrogates(text).replace("\x00", "\ufffd")
