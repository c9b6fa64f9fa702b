"""The geoparse JSONL contract, bad input, and the corpus scores."""

from __future__ import annotations

import io
import json

import pytest

from geo.errors import InputError
from geo.evaluate.geoparse import auc, evaluate_corpus, geoparse_jsonl


def _run(parser, lines, **kw):
    out = io.StringIO()
    count = geoparse_jsonl(io.StringIO("".join(lines)), out, parser=parser, **kw)
    return count, [json.loads(line) for line in out.getvalue().splitlines()]


def test_contract_fields(tiny_parser):
    count, rows = _run(tiny_parser, ['{"id": "a", "text": "Riots in Almaty."}\n'])
    assert count == 1
    (top,) = rows[0]["toponyms"]
    assert rows[0]["id"] == "a"
    assert set(top) == {"start", "end", "name", "lat", "lon", "precision", "role", "score"}
    assert (top["start"], top["end"], top["name"]) == (9, 15, "Almaty")


def test_gold_spans_are_resolved_as_given(tiny_parser):
    line = json.dumps({"id": 1, "text": "Paris and Astana.",
                       "toponyms": [{"start": 0, "end": 5}, {"start": 10, "end": 16}]})
    _, rows = _run(tiny_parser, [line + "\n"], gold_spans=True)
    assert [(t["start"], t["end"]) for t in rows[0]["toponyms"]] == [(0, 5), (10, 16)]


@pytest.mark.parametrize("bad", ["{not json\n", '{"id": 2}\n', '{"text": 3}\n',
                                 '{"text": "Almaty.", "focus": "Kazakhstan"}\n'])
def test_bad_line_names_its_number_and_keeps_earlier_output(tiny_parser, bad):
    out = io.StringIO()
    lines = '{"id": 1, "text": "Almaty."}\n' + bad
    with pytest.raises(InputError, match="line 2"):
        geoparse_jsonl(io.StringIO(lines), out, parser=tiny_parser)
    assert json.loads(out.getvalue().splitlines()[0])["id"] == 1


def test_skip_logs_a_warning_and_goes_on(tiny_parser, caplog):
    lines = ["{oops\n", '{"id": 2, "text": "Almaty."}\n']
    count, rows = _run(tiny_parser, lines, on_error="skip")
    assert count == 1 and rows[0]["id"] == 2
    assert any("line 1" in r.getMessage() and r.levelname == "WARNING" for r in caplog.records)


def test_undecodable_bytes_name_the_line(tiny_parser):
    data = io.BytesIO(b'{"id": 1, "text": "ok"}\n{"id": 2, "text": "\xff\xfe"}\n')
    with pytest.raises(InputError, match=r"line 2: undecodable"):
        geoparse_jsonl(data, io.StringIO(), parser=tiny_parser)


def test_auc_bounds():
    assert auc([0.0, 0.0]) == 0.0
    assert auc([20039.0]) == 1.0
    assert auc([]) is None


def test_scores_on_a_generated_corpus(tiny_parser, tmp_path):
    path = tmp_path / "mini.jsonl"
    rows = [{"id": "1", "text": "Riots in Almaty and Paris.",
             "toponyms": [{"start": 9, "end": 15, "name": "Almaty", "lat": 43.25,
                           "lon": 76.91}, {"start": 20, "end": 25, "name": "Paris",
                                           "lat": 48.85, "lon": 2.35}]}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    scores = evaluate_corpus(path, parser=tiny_parser)
    assert scores["f1"] == 1.0 and scores["acc161"] == 1.0
    assert evaluate_corpus(path, parser=tiny_parser, gold_spans=True)["acc161"] == 1.0


@pytest.mark.parametrize(("bad", "reason"), [
    ('{"id": "2", "text": "Riots.", "toponyms": [], "focus": "Narnia"}', "'Narnia'"),
    ('["not", "an", "object"]', 'no "text" string'),
    ('{"id": "2", "text": "Riots', "invalid JSON"),
])
def test_a_bad_corpus_line_is_named_whichever_split_it_falls_in(tiny_parser, tmp_path,
                                                                 bad, reason):
    path = tmp_path / "corpus.jsonl"
    good = json.dumps({"id": "1", "text": "Riots in Almaty.", "toponyms": []})
    path.write_text(f"{good}\n{bad}\n", encoding="utf-8")
    for split in ("even", "odd", None):
        with pytest.raises(InputError, match=f"corpus.jsonl, line 2: .*{reason}"):
            evaluate_corpus(path, parser=tiny_parser, split=split)


@pytest.mark.corpus
@pytest.mark.parametrize(("name", "floor"), [("lgl", 0.55), ("geovirus", 0.6)])
def test_corpus_slice(corpora_dir, real_parser, name, floor):
    path = corpora_dir / f"{name}.jsonl"
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(next(handle)) for _ in range(20)]
    for record, parsed in zip(records, real_parser.pipe(r["text"] for r in records),
                              strict=True):
        text = record["text"]
        assert all(text[m.start:m.end] == m.text for m in parsed.mentions)
    scores = evaluate_corpus(path, parser=real_parser, gold_spans=True, limit=20)
    assert scores["acc161"] >= floor
