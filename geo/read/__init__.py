"""Reading articles: files, folders, globs, standard input; ``.txt``, ``.md`` and HTML
articles, JSONL and CSV collections, gzipped or zipped; publication dates from fields,
sidecar ``.json`` files or the caller."""

from geo.read.documents import (
    expand_inputs,
    read_documents,
    read_file,
    sidecar_path,
    with_focus,
)

__all__ = ["expand_inputs", "read_documents", "read_file", "sidecar_path",
           "with_focus"]
