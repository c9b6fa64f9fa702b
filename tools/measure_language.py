"""Measure language detection (:func:`geo.read.language.detect_language`):
``python -m tools.measure_language [ENGLISH.jsonl ...]``.

1. Our own texts in tests/data/language_samples.json (headlines, sentences, paragraphs in
   English, Russian, French and nine languages the parser does not read): per language
   and kind, how many are right, not known (``""``) and wrong. For an unsupported
   language "right" is its own code: either way it gives no incidents.
2. The texts of the JSONL files given (e.g. ../shared/corpora/lgl.jsonl), in the language
   of their ``language`` field, else English: per language, the share told right, whole
   and cut to their first 3, 6 and 10 words; and documents/s.
"""
import json
import sys
import time
from collections import Counter
from pathlib import Path

from geo.read.language import detect_language

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "tests" / "data" / "language_samples.json"


def own_texts() -> None:
    samples = json.loads(SAMPLES.read_text(encoding="utf-8"))
    print("language  kind       right  unknown  wrong")
    for language, by_kind in samples.items():
        for kind, texts in by_kind.items():
            found = Counter(detect_language(text) for text in texts)
            right, unknown = found[language], found[""]
            wrong = sum(found.values()) - right - unknown
            print(f"{language:9} {kind:9} {right:3}/{len(texts):<3} {unknown:6} {wrong:6}")


def corpora(paths: list[str]) -> None:
    by_language: dict[str, list[str]] = {}
    for path in paths:
        with open(path, encoding="utf-8") as lines:  # not splitlines(): texts hold U+2028
            for record in (json.loads(line) for line in lines if line.strip()):
                by_language.setdefault(record.get("language") or "en", []).append(
                    record["text"])
    for language, texts in sorted(by_language.items()):
        for words in (3, 6, 10, None):
            cut = [" ".join(text.split()[:words]) if words else text for text in texts]
            found = Counter(detect_language(text) for text in cut)
            print(f"{language} {'whole' if words is None else f'first {words} words'}: "
                  f"{found[language] / len(cut):.2%} of {len(cut):,} right; others "
                  f"{ {code: n for code, n in found.most_common() if code != language} }")
    texts = [text for texts in by_language.values() for text in texts]
    if not texts:
        return
    start = time.perf_counter()
    for text in texts:
        detect_language(text)
    seconds = time.perf_counter() - start
    mean = sum(map(len, texts)) / len(texts)
    print(f"{len(texts) / seconds:,.0f} documents/s (mean {mean:,.0f} characters)")


if __name__ == "__main__":
    detect_language("warm-up: loads the model")
    own_texts()
    corpora(sys.argv[1:])
