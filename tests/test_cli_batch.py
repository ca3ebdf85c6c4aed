"""
Tests for ``conflictparse parse FILES...`` (:mod:`conflictparse._cli_batch`)
and for the single-story form it must leave unchanged.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conflictparse._cli import main
from conflictparse._export import ACLED_COLUMNS, UCDP_COLUMNS

STORY_A = (
    "MAIDUGURI, Nigeria (Reuters) - Insurgents attacked a military base in Borno "
    "state on Sunday, killing three soldiers, the army said."
)
STORY_B = "Gunmen kidnapped 12 villagers in Zamfara state on Monday, police said."


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two text stories and a JSON Lines file with a bad line."""
    (tmp_path / "a.txt").write_text(STORY_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY_B, encoding="utf-8")
    lines = [
        json.dumps({"id": "one", "text": STORY_A, "published": "2024-03-04"}),
        "{not json",
        json.dumps({"id": "two", "published": "2024-03-05"}),
        json.dumps({"text": STORY_B, "published": "2024-03-05"}),
    ]
    (tmp_path / "stories.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_single_story_form_unchanged(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`conflictparse FILE` still prints one JSON report."""
    code = main([str(folder / "a.txt"), "--published", "2024-03-04"])
    out = json.loads(capsys.readouterr().out)
    assert (0, "conflictparse.report/1", "2024-03-04") == (
        code,
        out["schema"],
        out["published"],
    )


def test_text_files_to_jsonl(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each text file is one story; its path is its id."""
    files = [str(folder / "a.txt"), str(folder / "b.txt")]
    code = main(["parse", *files, "--published", "2024-03-05"])
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert (0, files) == (code, [x["id"] for x in lines])


def test_bad_records_are_reported_and_counted(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad JSON Lines records name file and line; the good ones are written."""
    path = str(folder / "stories.jsonl")
    code = main(["parse", path, "--format", "jsonl"])
    captured = capsys.readouterr()
    ids = [json.loads(x)["id"] for x in captured.out.splitlines()]
    assert (1, ["one", f"{path}:4"]) == (code, ids)
    assert f"{path}:2: not JSON" in captured.err
    assert f"{path}:3: a JSON Lines record needs" in captured.err
    assert "2 of 4 documents failed" in captured.err


def test_missing_file_does_not_stop_the_batch(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unreadable file is named on stderr; the next file is still parsed."""
    missing = str(folder / "nope.txt")
    code = main(["parse", missing, str(folder / "b.txt"), "--published", "2024-03-05"])
    captured = capsys.readouterr()
    assert (1, 1) == (code, len(captured.out.splitlines()))
    assert f"{missing}: cannot read" in captured.err


@pytest.mark.parametrize(
    ("fmt", "header"), [("acled", ACLED_COLUMNS), ("ucdp", UCDP_COLUMNS)]
)
def test_csv_formats(
    folder: Path, capsys: pytest.CaptureFixture[str], fmt: str, header: tuple[str, ...]
) -> None:
    """--format acled/ucdp writes a CSV with that header."""
    code = main(
        ["parse", str(folder / "a.txt"), "--format", fmt, "--published", "2024-03-04"]
    )
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert (0, list(header)) == (code, rows[0])


def test_json_array(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format json writes one JSON array."""
    main(
        [
            "parse",
            str(folder / "a.txt"),
            str(folder / "b.txt"),
            "--format",
            "json",
            "--published",
            "2024-03-05",
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert [str(folder / "a.txt"), str(folder / "b.txt")] == [x["id"] for x in data]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_lone_surrogates_are_written_escaped(
    fmt: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A lone surrogate in the input (a \\udc80 escape) comes back out as an escape, not a crash."""
    record = json.dumps({"id": "s\udc80", "text": STORY_B, "published": "2024-03-05"})
    monkeypatch.setattr("sys.stdin", io.StringIO(record + "\n"))
    code = main(["parse", "-", "--format", fmt])
    out = capsys.readouterr().out
    data = json.loads(out)
    first = data[0] if fmt == "json" else data
    assert (0, "s\udc80", True) == (code, first["id"], "\\udc80" in out)


def test_stdin_jsonl(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """- reads JSON Lines from standard input."""
    record = json.dumps({"id": "s", "text": STORY_B, "published": "2024-03-05"})
    monkeypatch.setattr("sys.stdin", io.StringIO(record + "\n"))
    code = main(["parse", "-"])
    lines = capsys.readouterr().out.splitlines()
    assert (0, "s") == (code, json.loads(lines[0])["id"])


def test_stdin_text(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """- reads one plain-text story when stdin is not JSON Lines."""
    monkeypatch.setattr("sys.stdin", io.StringIO(STORY_B))
    code = main(["parse", "-", "--published", "2024-03-05"])
    lines = capsys.readouterr().out.splitlines()
    assert (0, "<stdin>") == (code, json.loads(lines[0])["id"])


def test_output_file(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-o writes the CSV to a file and nothing to stdout."""
    target = folder / "events.csv"
    main(
        [
            "parse",
            str(folder / "a.txt"),
            "--format",
            "csv",
            "-o",
            str(target),
            "--published",
            "2024-03-04",
        ]
    )
    assert ("", "event_id_cnty") == (
        capsys.readouterr().out,
        target.read_text(encoding="utf-8").split(",")[0],
    )


def test_no_progress_when_not_a_tty(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without a terminal, stderr stays silent on success."""
    main(["parse", str(folder / "a.txt"), "--published", "2024-03-04"])
    assert "" == capsys.readouterr().err


def test_progress_when_asked(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--progress draws the counter on stderr, never on stdout."""
    main(["parse", str(folder / "a.txt"), "--progress", "--published", "2024-03-04"])
    captured = capsys.readouterr()
    assert "1 documents, 0 failed" in captured.err
    assert "documents" not in captured.out


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["--published", "yesterday"], id="bad-published"),
        pytest.param(["--processes", "0"], id="zero-processes"),
    ],
)
def test_usage_errors(
    folder: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """Bad options exit with 2 before reading anything."""
    assert 2 == main(["parse", str(folder / "a.txt"), *argv])
    assert "conflictparse parse:" in capsys.readouterr().err


def test_unknown_format_is_usage_error(folder: Path) -> None:
    """An unknown --format is an argparse error (exit 2)."""
    with pytest.raises(SystemExit) as info:
        main(["parse", str(folder / "a.txt"), "--format", "xml"])
    assert 2 == info.value.code
