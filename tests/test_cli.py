"""
The command line: ``conflictparse FILE [--published YYYY-MM-DD]`` and
``python -m conflictparse``; JSON out, typed errors become exit status 1.
"""

from __future__ import annotations

import datetime as _dt
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conflictparse import Report
from conflictparse._cli import main

STORY = (
    "ALEPPO, Syria, Feb 3 (Wire) - Air strikes killed at least 12 civilians "
    "in the east of the city on Tuesday, a monitoring group said.\n"
)


@pytest.fixture
def story_file(tmp_path: Path) -> Path:
    """A story written to a UTF-8 file."""
    path = tmp_path / "aleppo.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


def test_file_to_json(capsys: pytest.CaptureFixture[str], story_file: Path) -> None:
    """A file gives a conflictparse.report/1 JSON document on stdout."""
    code, data, err = _run(capsys, str(story_file), "--published", "2016-02-03")
    assert (0, "") == (code, err)
    assert "conflictparse.report/1" == data["schema"]
    assert "2016-02-03" == data["published"]
    assert ("ALEPPO", "SY") == (
        data["dateline"]["text"],
        data["dateline"]["place"]["country"],
    )
    assert Report.from_dict(data).to_dict() == data


def test_published_from_dateline_when_not_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Without --published, a dateline with a full date supplies it."""
    path = tmp_path / "muc.txt"
    path.write_text(
        "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] THE ARMY REPORTED.", "utf-8"
    )
    code, data, _ = _run(capsys, str(path))
    assert (0, "1990-01-03") == (code, data["published"])


def test_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-`` reads the story from standard input."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(STORY))
    code, data, _ = _run(capsys, "-", "--published", "2016-02-03")
    assert (0, "ALEPPO") == (code, data["dateline"]["text"])


def test_indent_zero_gives_one_line(
    capsys: pytest.CaptureFixture[str], story_file: Path
) -> None:
    """``--indent 0`` prints compact JSON on one line."""
    main([str(story_file), "--indent", "0"])
    out = capsys.readouterr().out
    assert 1 == len(out.strip().splitlines())


def test_bad_published_exit_1(
    capsys: pytest.CaptureFixture[str], story_file: Path
) -> None:
    """An unparseable --published prints the error and exits 1, no JSON."""
    code, data, err = _run(capsys, str(story_file), "--published", "03/02/2016")
    assert (1, None) == (code, data)
    assert "ISO 8601" in err


def test_missing_file_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A file that cannot be read exits 1 with a message."""
    code, data, err = _run(capsys, str(tmp_path / "absent.txt"))
    assert (1, None) == (code, data)
    assert "cannot read" in err


def test_not_utf8_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A file that is not UTF-8 exits 1."""
    path = tmp_path / "latin1.txt"
    path.write_bytes("BOGOTÁ (Wire) - Una bomba.".encode("latin-1"))
    code, _, err = _run(capsys, str(path))
    assert 1 == code
    assert "cannot read" in err


def test_usage_error_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """No file argument is a usage error (exit 2)."""
    with pytest.raises(SystemExit) as info:
        main([])
    assert 2 == info.value.code


def _module_run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # Run outside the checkout: ``python -m`` puts the working directory on
    # sys.path, and the installed package is the one under test.
    return subprocess.run(
        [sys.executable, "-m", "conflictparse", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=300,
        check=False,
    )


def test_python_m_on_seed(seed_story: Path, tmp_path: Path) -> None:
    """
    ``python -m conflictparse SEED --published 2016-01-10`` prints a report
    with the dateline Kabul (AF) and that publication date.
    """
    proc = _module_run(str(seed_story), "--published", "2016-01-10", cwd=tmp_path)
    assert (0, "") == (proc.returncode, proc.stderr)
    data = json.loads(proc.stdout)
    assert "2016-01-10" == data["published"]
    assert "Kabul" == data["dateline"]["text"]
    assert "AF" == data["dateline"]["place"]["country"]


def test_python_m_on_example_story(example_story: Path, tmp_path: Path) -> None:
    """README's first command: the example story's report, dated by its dateline."""
    proc = _module_run(str(example_story), "--published", "2016-03-06", cwd=tmp_path)
    assert (0, "") == (proc.returncode, proc.stderr)
    report = Report.from_json(proc.stdout)
    assert _dt.date(2016, 3, 6) == report.published
    assert report.dateline is not None
    assert ("KUNDUZ", "AF") == (report.dateline.text, report.dateline.country)
    text = example_story.read_text(encoding="utf-8")
    for m in (*report.dates, *report.casualties, *report.places, *report.actors):
        assert m.text == text[m.start : m.end]


def test_console_script(story_file: Path, tmp_path: Path) -> None:
    """The ``conflictparse`` console script installed with the package works."""
    script = Path(sys.executable).with_name("conflictparse")
    if not script.exists():
        pytest.skip("no conflictparse console script next to this interpreter")
    proc = subprocess.run(
        [str(script), str(story_file), "--published", "2016-02-03"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert 0 == proc.returncode
    assert "ALEPPO" == json.loads(proc.stdout)["dateline"]["text"]
