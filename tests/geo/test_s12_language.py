"""Each document's language: detection, reading it from records, forcing it, the
``language`` column, and documents in languages the parser does not read."""

from __future__ import annotations

import gzip
import json
import logging
from collections import Counter
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from report_frames import GRENOBLE, frame, report

from gazetteer.place import Place
from geo import batch
from geo.batch import run_job
from geo.cli import EXIT_USAGE, build_parser, main
from geo.corroborate import merge_reports
from geo.errors import InputError
from geo.extract import document_incidents, incidents_from_documents, readable_documents
from geo.frame import joined_languages, to_geodataframe
from geo.model import Document, Incident, Mention, ModelError
from geo.read import read_documents
from geo.read.language import (
    SUPPORTED_LANGUAGES,
    detect_language,
    forced_language,
    main_script_words,
    unsupported_note,
    with_language,
)
from geo.write import read_incidents, write_incidents

# Our own texts (headlines, sentences, paragraphs) in the three languages read and in
# nine others; the README's detection figures are measured on them.
SAMPLES = json.loads((Path(__file__).resolve().parents[1] / "data" /
                      "language_samples.json").read_text(encoding="utf-8"))
OTHER_SCRIPTS = ("ru", "kk", "uk", "be", "ky", "ar")


def _texts(*kinds: str) -> list[tuple[str, str]]:
    return [(language, text) for language, by_kind in SAMPLES.items()
            for kind in kinds for text in by_kind[kind]]


# --- detection ----------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text"), _texts("sentence", "paragraph"))
def test_sentences_and_paragraphs_are_told_in_every_language(language, text):
    assert detect_language(text) == language


@pytest.mark.parametrize(("language", "text"), _texts("headline"))
def test_a_headline_is_never_given_another_supported_language(language, text):
    found = detect_language(text)
    if language in SUPPORTED_LANGUAGES and language != "ru":
        assert found == language  # English and French headlines are all told
    elif language in OTHER_SCRIPTS:
        assert found in (language, "")  # right, or not known: never a wrong guess
    else:
        assert found not in ("ru", "fr")


def test_unsure_latin_text_is_english_as_before():
    assert detect_language("Riots in Dakar") == "en"


def test_unsure_cyrillic_text_is_not_guessed():
    # A Ukrainian headline made only of letters Russian shares: not called Russian.
    assert detect_language("Затримано десятки людей") in ("uk", "")


def test_an_english_report_quoting_names_in_other_scripts_stays_english():
    text = ("Protesters gathered outside the city hall of Troitsk (Russian: Троицк) and "
            "later in Xinyang (Chinese: 信阳市) on Sunday, local officials said.")
    assert detect_language(text) == "en"
    script, words = main_script_words(text)
    assert script == "latin" and "Троицк" not in words and "Troitsk" in words


def test_text_without_letters_has_no_language():
    assert detect_language("") == "" and detect_language("12 345 — 2024-03-04") == ""


def test_only_the_beginning_of_a_huge_text_is_read():
    text = SAMPLES["fr"]["paragraph"][0] + " x" * 2_000_000
    assert detect_language(text) == "fr"


# --- forcing and counting -----------------------------------------------------------

def test_forced_language_accepts_the_choices_only():
    assert forced_language("auto") == "" and forced_language("RU") == "ru"
    with pytest.raises(ModelError, match=r"'de'.*auto, en, fr, ru"):
        forced_language("de")


def test_with_language_keeps_a_documents_own_then_detects_or_forces():
    documents = [Document(SAMPLES["en"]["sentence"][0], id="own", language="fr"),
                 Document(SAMPLES["ru"]["sentence"][0], id="ru"),
                 Document(SAMPLES["de"]["sentence"][0], id="de")]
    skipped: list[str] = []
    found = list(with_language(documents, on_unsupported=lambda d: skipped.append(d.id)))
    assert [d.language for d in found] == ["fr", "ru", "de"] and skipped == ["de"]
    forced = list(with_language(documents, "en", on_unsupported=skipped.append))
    assert {d.language for d in forced} == {"en"} and skipped == ["de"]


def test_the_note_names_the_languages_skipped():
    assert unsupported_note({}) == ""
    assert unsupported_note({"kk": 1, "es": 1}) == (
        "2 documents skipped: language not supported (es, kk); use --lang to force")
    assert "not recognised" in unsupported_note({"": 1})


# --- reading ------------------------------------------------------------------------

def test_records_and_sidecars_give_the_language(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        '{"id": "1", "text": "x", "language": "RU"}\n{"id": "2", "text": "x", "lang": "fr"}\n'
        '{"id": "3", "text": "x"}\n', encoding="utf-8")
    (tmp_path / "b.csv").write_text("id,text,language\n4,x,fr\n5,x,\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("x", encoding="utf-8")
    (tmp_path / "c.json").write_text('{"published": "2024-03-04", "language": "ru"}',
                                     encoding="utf-8")
    with gzip.open(tmp_path / "d.txt.gz", "wt") as handle:
        handle.write("x")
    found = {d.id: (d.language, d.published) for d in read_documents([tmp_path])}
    assert {key: language for key, (language, _) in found.items()} == {
        "1": "ru", "2": "fr", "3": "", "4": "fr", "5": "", "c": "ru", "d": ""}
    assert found["c"][1] == date(2024, 3, 4)


def test_a_bad_language_code_names_the_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "x", "language": "r1"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.jsonl.*line 1.*'r1'"):
        list(read_documents([path]))


@pytest.mark.parametrize("value, code", [
    ("fr-FR", "fr"), ("en_US", "en"), ("rus", "ru"), ("fre", "fr"), ("Russian", "ru"),
    ("Klingonish", ""),
])
def test_languages_as_exports_write_them_are_read(tmp_path, value, code):
    path = tmp_path / "a.jsonl"
    path.write_text(f'{{"text": "x", "language": "{value}"}}\n', encoding="utf-8")
    assert [d.language for d in read_documents([path])] == [code]


def test_auto_is_the_default_language_everywhere():
    assert forced_language("") == forced_language("auto") == ""


# --- extraction and the column ------------------------------------------------------

def _parsed(document: Document) -> SimpleNamespace:
    return SimpleNamespace(document=document, mentions=[], sentences=None)


def test_documents_in_other_languages_give_nothing_and_a_warning(caplog):
    parsed: list[str] = []

    def parser(document):
        parsed.append(document.language)
        return _parsed(document)

    kazakh = Document(SAMPLES["kk"]["paragraph"][0], id="kk-1")
    with caplog.at_level(logging.WARNING, logger="geo.extract"):
        frame = document_incidents(kazakh, parser=parser)
    assert frame.empty and not parsed
    assert "kk-1" in caplog.text and "'kk' is not supported" in caplog.text
    documents = [kazakh, Document(SAMPLES["fr"]["paragraph"][0], id="fr-1")]
    incidents_from_documents(documents, parser=parser)
    assert parsed == ["fr"]  # the parser is told the language it reads


def test_readable_documents_keep_a_forced_language():
    forced = Document(SAMPLES["de"]["sentence"][0], language="en")
    assert [d.language for d in readable_documents([forced])] == ["en"]


def _incident(text: str, name: str) -> Incident:
    place = Place(id=f"test:{name}", name=name, lat=49.8, lon=73.1, kind="city",
                  country="KZ")
    mention = Mention(start=0, end=len(name), text=name, place=place, precision="city")
    return Incident(event_type="Protests", sub_event_type="Peaceful protest",
                    location=mention, geo_precision=1, evidence=((0, len(text)),),
                    evidence_text=text, confidence=0.5)


def test_the_language_column_goes_through_every_format(tmp_path):
    text = "Караганда: митинг у акимата"
    gdf = to_geodataframe([_incident(text, "Караганда")], source="ru-1", language="ru")
    assert list(gdf["language"]) == ["ru"]
    for name in ("a.geojson", "a.gpkg", "a.parquet", "a.csv"):
        write_incidents(gdf, tmp_path / name)
        back = read_incidents(tmp_path / name)
        assert list(back["language"]) == ["ru"] and list(back["evidence"]) == [text], name


def test_an_event_from_several_languages_lists_them():
    merged = merge_reports(frame(report("afp", language="fr"), report("tass", language="ru"),
                                 report("bbc", language="en"),
                                 report("le-monde", GRENOBLE, language="fr")))
    assert sorted(merged["language"]) == ["en,fr,ru", "fr"]
    assert joined_languages(["en,ru", "fr", None, "ru"]) == "en,fr,ru"
    assert joined_languages([None]) is None


# --- runs and the command -----------------------------------------------------------

def _fake_chunk(documents: list[Document]) -> list[dict]:
    return [{"incident_id": d.id, "source": d.id, "language": d.language,
             "event_type": "Protests", "lon": 1.0, "lat": 2.0} for d in documents]


def test_a_run_counts_what_it_cannot_read(tmp_path, monkeypatch, gazetteer):
    monkeypatch.setattr(batch, "process_chunk", _fake_chunk)
    articles = tmp_path / "in"
    articles.mkdir()
    for language in ("en", "fr", "kk", "es"):
        (articles / f"{language}.txt").write_text(SAMPLES[language]["paragraph"][0],
                                                  encoding="utf-8")
    report_ = run_job([articles], tmp_path / "out", merge=False)
    assert report_.unsupported == {"kk": 1, "es": 1}
    assert "2 documents skipped: language not supported (es, kk)" in report_.summary
    assert "language not supported" in (tmp_path / "out" / "summary.txt").read_text()
    forced = run_job([articles], tmp_path / "forced", merge=False, language="fr")
    assert forced.unsupported == {}


def test_the_command_refuses_an_unknown_language(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["extract", "x.txt", "-o", "x.geojson", "--lang", "kk"])
    assert stop.value.code == EXIT_USAGE
    error = capsys.readouterr().err
    assert "'kk'" in error and "auto" in error and "ru" in error


def test_the_command_accepts_any_letter_case():
    args = build_parser().parse_args(["extract", "x.txt", "-o", "x.geojson", "--lang", "RU"])
    assert args.lang == "ru"


def test_counted_languages_are_per_document():
    seen = Counter[str]()
    documents = [Document(SAMPLES[code]["sentence"][0]) for code in ("kk", "kk", "ar")]
    list(with_language(documents, on_unsupported=lambda d: seen.update([d.language])))
    assert seen == {"kk": 2, "ar": 1}


def test_a_document_without_letters_is_not_counted_as_unsupported(caplog):
    empty = [Document("", id="blank"), Document("12 345 — 2024", id="numbers")]
    skipped: list[str] = []
    list(with_language(empty, on_unsupported=lambda d: skipped.append(d.id)))
    with caplog.at_level(logging.WARNING, logger="geo.extract"):
        assert [d.id for d in readable_documents(empty)] == ["blank", "numbers"]
    assert skipped == [] and "not recognised" not in caplog.text
