"""The Parser: the sample article, bad input, long texts, streaming and gold spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.model import Document
from geo.pipeline import chunks

SEED = Path(__file__).resolve().parents[2] / "seeds" / "kazakhstan-2022-01-07.txt"


def test_empty_and_garbage_text(tiny_parser):
    assert tiny_parser("").mentions == ()
    for text in ("\x00\x01 ☃☃ ###", "Привет, как дела? Это не английский текст.",
                 "日本語のテキスト", "a" * 5000):
        parsed = tiny_parser(text)
        assert all(text[m.start:m.end] == m.text for m in parsed.mentions)


def test_lone_surrogates_keep_text_and_offsets(tiny_parser):
    # spaCy cannot encode "\ud800"; it reads a same-length copy, the document keeps it.
    text = "Riots in Almaty \ud800 and \udfff\ud800 Almaty again."
    parsed = tiny_parser(text)
    assert parsed.document.text == text
    assert [m.text for m in parsed.mentions if m.kind == "named"] == ["Almaty", "Almaty"]
    assert all(text[m.start:m.end] == m.text for m in parsed.mentions)


def test_long_text_is_chunked_with_exact_offsets(tiny_parser):
    unit = "Riots broke out in Almaty on Friday. " * 50 + "\n"
    text = unit * 30  # ~55k characters: several chunks
    pieces = list(chunks(text, 20_000))
    assert len(pieces) > 1 and "".join(p for _, p in pieces) == text
    parsed = tiny_parser(text)
    assert len([m for m in parsed.mentions if m.text == "Almaty"]) == 1500
    assert all(text[m.start:m.end] == m.text for m in parsed.mentions)
    assert all(text[s:e].strip() for s, e in parsed.sentences)


def test_pipe_streams_in_order(tiny_parser):
    texts = [Document(f"Day {i} in Almaty.", id=str(i)) for i in range(5)]
    out = list(tiny_parser.pipe(iter(texts), batch_size=2))
    assert [p.document.id for p in out] == ["0", "1", "2", "3", "4"]


def test_resolve_spans_returns_exactly_the_spans(tiny_parser):
    text = "Springfield, Illinois and Paris."
    mentions = tiny_parser.resolve_spans(text, [(0, 11), (26, 31)])
    assert [(m.start, m.end) for m in mentions] == [(0, 11), (26, 31)]
    assert mentions[0].place.admin1 == "Illinois"


def test_sample_article(real_parser):
    if not SEED.exists():
        pytest.skip("sample article not found")
    text = SEED.read_text(encoding="utf-8")
    mentions = real_parser(text).mentions
    assert all(text[m.start:m.end] == m.text for m in mentions)

    def of(surface):
        return [m for m in mentions if m.text == surface]

    assert of("Almaty") and all(m.place.name == "Almaty" for m in of("Almaty"))
    assert [m.place.kind for m in of("Almaty airport")] == ["airport"]
    assert all(m.place.parent == of("Almaty")[0].place.id for m in of("Almaty airport"))
    for nominal in ("the town hall", "the presidential residence"):
        (m,) = of(nominal)
        assert m.place.name == "Almaty" and m.precision == "part_of_city"
    for area in ("the provinces", "all regions"):
        (m,) = of(area)
        assert m.place.country == "KZ" and m.precision == "country"
    kazakh = of("Kazakhstan") + of("Kazakh")
    assert len(of("Kazakh")) >= 2
    assert all((m.place.kind, m.place.country) == ("country", "KZ") for m in kazakh)
    assert {m.role for m in of("Moscow")} >= {"actor"}
    assert [m.role for m in of("France")] == ["residence"]
    assert [m.precision for m in of("Central Asia")] == ["region"]
