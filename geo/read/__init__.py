"""Reading articles: files, folders, globs, standard input; ``.txt``, ``.md`` and HTML
articles, JSONL and CSV collections, gzipped or zipped; publication dates and languages
from fields, sidecar ``.json`` files or the caller; each document's language detected
where none is given (:mod:`geo.read.language`)."""

from geo.read.documents import (
    expand_inputs,
    read_documents,
    read_file,
    sidecar_path,
    with_focus,
)
from geo.read.language import (
    LANGUAGE_CHOICES,
    SUPPORTED_LANGUAGES,
    detect_language,
    forced_language,
    unsupported_note,
    with_language,
)

__all__ = ["LANGUAGE_CHOICES", "SUPPORTED_LANGUAGES", "detect_language", "expand_inputs",
           "forced_language", "read_documents", "read_file", "sidecar_path",
           "unsupported_note", "with_focus", "with_language"]
