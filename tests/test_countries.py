"""The shipped ISO 3166-1 table that parsers read instead of pycountry."""

from __future__ import annotations

import runpy
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from conflictparse._countries import Country, by_alpha2, by_alpha3, countries
from conflictparse._data import read_text


def _built_from() -> str:
    """The pycountry version recorded in the table's header line."""
    first = read_text("countries.tsv").splitlines()[0]
    return first.split("pycountry ", 1)[1].split(" ", 1)[0]


def test_table_matches_installed_pycountry() -> None:
    """
    ``countries.tsv`` lists exactly what the pycountry it was built from
    lists, in its order; after a pycountry upgrade, rebuild it with
    ``python tools/build_countries.py`` (skipped under another version).
    """
    installed = version("pycountry")
    if installed != _built_from():
        pytest.skip(f"table built from pycountry {_built_from()}, {installed} installed")
    tool = Path(__file__).parents[1] / "tools" / "build_countries.py"
    if not tool.exists():
        pytest.skip("tools/build_countries.py is not beside the tests")
    expected = tuple(Country(*row) for row in runpy.run_path(str(tool))["rows"]())
    assert expected == countries()


@pytest.mark.parametrize(
    ("alpha2", "alpha3", "common"),
    [("IR", "IRN", "Iran"), ("SY", "SYR", "Syria"), ("AF", "AFG", ""), ("RU", "RUS", "")],
    ids=["iran", "syria", "afghanistan", "russia"],
)
def test_lookups_agree(alpha2: str, alpha3: str, common: str) -> None:
    """Both code lookups give the same row, with pycountry's common name."""
    assert (alpha3, common) == (
        by_alpha2()[alpha2].alpha3,
        by_alpha2()[alpha2].common_name,
    )
    assert by_alpha2()[alpha2] is by_alpha3()[alpha3]


def test_codes_are_unique() -> None:
    """No alpha-2 or alpha-3 code is listed twice."""
    assert (len(countries()), len(countries())) == (len(by_alpha2()), len(by_alpha3()))


def test_reading_the_table_does_not_import_pycountry() -> None:
    """Reading the table in a fresh interpreter leaves pycountry unloaded."""
    code = (
        "import sys\n"
        "from conflictparse._countries import countries\n"
        "assert len(countries()) > 200\n"
        "print('pycountry' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert "False" == out


@pytest.mark.parametrize(
    "rows",
    [
        (("AF", "AFG", "004", "", "", ""),),
        (("AFG", "AF", "004", "Afghanistan", "", ""),),
        (
            ("AF", "AFG", "004", "Afghanistan", "", ""),
            ("AF", "AFX", "999", "Again", "", ""),
        ),
    ],
    ids=["no-name", "codes-swapped", "code-twice"],
)
def test_damaged_table_is_a_data_error(
    rows: tuple[tuple[str, ...], ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged row is a ``DataError`` naming the table, not a wrong answer."""
    import conflictparse._countries as module
    from conflictparse.errors import DataError

    monkeypatch.setattr(module, "read_tsv", lambda name, columns: rows)
    module.countries.cache_clear()
    try:
        with pytest.raises(DataError) as caught:
            module.countries()
        assert "countries.tsv" == caught.value.path
    finally:
        module.countries.cache_clear()
