"""The parser's speed paths: windowed NER, forked workers, the geoparse benchmark."""

from __future__ import annotations

import json
from pathlib import Path

from geo.bench.geoparse import bench_geoparse
from geo.model import Document

TEXTS = [f"Day {i}: police in Almaty detained Matt Turner; Turner said riots hit Astana."
         if i % 2 else f"nothing capitalised here, just words number {i}." for i in range(9)]


def test_windowed_ner_sets_entities_on_the_original_tokens(nlp):
    windowed = nlp.get_pipe("geo_windowed_ner")
    text = ("Riots hit Almaty. " + "the weather was calm and nobody went out. " * 3
            + "Then police detained Matt Turner on Friday.")
    doc = next(nlp.pipe([text]))
    sub, index = windowed._windows(doc)
    assert len(sub) < len(doc) and -1 in index
    assert all(doc.text[e.start_char:e.end_char] == e.text for e in doc.ents)
    assert {"Almaty", "Matt Turner", "Friday"} <= {e.text for e in doc.ents}
    assert not next(nlp.pipe(["no capital letters at all here."])).ents


def test_forked_workers_give_the_same_mentions_in_order(tiny_parser):
    docs = [Document(t, id=str(i)) for i, t in enumerate(TEXTS)]
    alone = list(tiny_parser.pipe(docs, batch_size=2))
    forked = list(tiny_parser.pipe(iter(docs), batch_size=2, n_process=2))
    assert [p.document.id for p in forked] == [str(i) for i in range(len(TEXTS))]
    assert [p.mentions for p in forked] == [p.mentions for p in alone]
    assert [p.sentences for p in forked] == [p.sentences for p in alone]


def test_an_abandoned_forked_stream_stops_its_workers(tiny_parser):
    stream = tiny_parser.pipe(TEXTS * 20, batch_size=2, n_process=2)
    assert next(stream).document.text == TEXTS[0]
    stream.close()  # terminates and joins the pool; must not hang


def test_bench_geoparse_reports_processes_and_memory(tmp_path: Path, tiny_parser):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": t}) + "\n"
                              for i, t in enumerate(TEXTS)), encoding="utf-8")
    for n_process in (1, 2):
        out = tmp_path / f"b{n_process}.json"
        result = bench_geoparse(out, corpus_path=corpus, n_docs=12, n_process=n_process,
                                batch_size=4, parser=tiny_parser)
        assert json.loads(out.read_text(encoding="utf-8")) == result
        assert result["docs"] == 12 and result["n_process"] == n_process
        assert result["mentions"] > 0 and result["peak_rss_mb"] > 0



def test_an_abandoned_stream_lets_its_tasks_in_flight_end():
    # Pool.terminate() hangs when it kills a worker in the middle of sending a result
    # (CPython gh-96995), so closing a stream first waits for what is in flight.
    import time
    from multiprocessing.pool import ThreadPool

    from geo.workers import ordered_results

    done: list[str] = []

    def slow_upper(letter: str) -> str:
        time.sleep(0.2)
        done.append(letter)
        return letter.upper()

    with ThreadPool(2) as pool:
        results = ordered_results(pool, slow_upper, iter("abcdef"), in_flight=3)
        assert next(results) == "A"
        results.close()
        assert sorted(done) == ["a", "b", "c"]
