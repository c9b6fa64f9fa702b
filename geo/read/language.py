"""Which language a document is written in, among those the parser reads.

Detection compares the text with every language py3langid knows (97), not only the
supported ones: a detector told only of English, Russian and French calls Kazakh or
Ukrainian text Russian with full confidence, where the full set names it for what it is.
"""

from __future__ import annotations

import py3langid

#: The languages the parser reads, as ISO 639-1 codes.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "fr", "ru")


def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language as py3langid tells it (``"en"``, ``"ru"``,
    ``"kk"``, ...); it may be one outside :data:`SUPPORTED_LANGUAGES`."""
    code, _ = py3langid.classify(text)
    return code
