"""Held-out reports that share no event with a dev report, matched on metadata only.

Writers who work from the same public record pick the same events, in any language, so a
held-out report can tell an event a dev report tells in other words (docs/benchmarks.md,
session 14). This keeps the held-out reports whose country and weeks (publication dates
within ``--days``) no dev report shares, and writes them, one file per held-out file, to
``OUT``; it reads no text and prints only how many reports each file keeps, so it can be
run on held-out files::

    python -m tools.independent_heldout OUT_DIR
    incidentmap eval-events OUT_DIR/events_heldout.jsonl -q
"""
import argparse
import json
from datetime import date
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
DEV = ("events_multi_dev", "events_dev", "events_ru_dev", "events_fr_dev",
       "events_status_dev", "events_typing_dev")
HELDOUT = ("events_heldout", "events_ru_heldout", "events_fr_heldout")


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _published(record: dict) -> date | None:
    try:
        return date.fromisoformat(record.get("published") or "")
    except ValueError:
        return None


def _shares_an_event(report: dict, dev: list[dict], days: int) -> bool:
    published = _published(report)
    if not report.get("country") or published is None:
        return False
    return any(d.get("country") == report["country"] and _published(d) is not None
               and abs((_published(d) - published).days) <= days for d in dev)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the kept reports")
    parser.add_argument("--days", type=int, default=45,
                        help="publication dates this close count as the same weeks")
    args = parser.parse_args(argv)
    dev = [r for name in DEV if (DATA / f"{name}.jsonl").exists()
           for r in _records(DATA / f"{name}.jsonl")]
    args.out.mkdir(parents=True, exist_ok=True)
    for name in HELDOUT:
        reports = _records(DATA / f"{name}.jsonl")
        kept = [r for r in reports if not _shares_an_event(r, dev, args.days)]
        (args.out / f"{name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")
        print(f"{name}: {len(kept)} of {len(reports)} reports kept")


if __name__ == "__main__":
    main()
