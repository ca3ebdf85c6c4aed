"""
The public surface: a pinned ``__all__``, the lazy ``__version__``, an
import that loads no parser and no data, and a documented name for each
public name.
"""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

import conflictparse
from tests.conftest import ROOT

#: Changing this list is an API change: update docs/api.md and CHANGELOG.md too.
PUBLIC = [
    "ActorMention",
    "BatchItem",
    "CasualtyCount",
    "ConflictParseError",
    "Context",
    "DateMention",
    "Dateline",
    "Document",
    "Event",
    "FAMILIES",
    "Mention",
    "MissingDependencyError",
    "Pipeline",
    "PlaceMention",
    "Provenance",
    "Registry",
    "Report",
    "SCHEMA",
    "Span",
    "Stage",
    "acled_rows",
    "as_dict",
    "errors",
    "event_rows",
    "parse",
    "parse_many",
    "to_dataframe",
    "ucdp_rows",
    "write_csv",
    "write_jsonl",
]


def test_all_is_pinned() -> None:
    """The sorted ``__all__`` is exactly the pinned list."""
    assert PUBLIC == sorted(conflictparse.__all__)


@pytest.mark.parametrize("name", PUBLIC)
def test_public_name_exists(name: str) -> None:
    """Every name in ``__all__`` is an attribute of the package."""
    assert hasattr(conflictparse, name)


def test_version_from_metadata() -> None:
    """``__version__`` is the installed distribution's version."""
    assert metadata.version("conflictparse") == conflictparse.__version__


def test_unknown_attribute() -> None:
    """Other missing attributes raise AttributeError as usual."""
    with pytest.raises(AttributeError):
        _ = conflictparse.no_such_name


def test_errors_namespace() -> None:
    """``conflictparse.errors`` is the public exceptions module."""
    assert conflictparse.errors.ConflictParseError is conflictparse.ConflictParseError


def test_import_loads_no_parser_or_data(tmp_path: Path) -> None:
    """Importing conflictparse loads no parser family, no data table and no dateparser."""
    code = (
        "import sys, conflictparse\n"
        "print(sorted(m for m in sys.modules if m.startswith('conflictparse.parsers')"
        " or m.startswith('conflictparse._data') or m.split('.')[0] in"
        " ('dateparser', 'pycountry')))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=True,
    )
    assert "[]" == proc.stdout.strip()


def test_public_names_are_documented() -> None:
    """Every public name appears in the API reference (or the errors page)."""
    docs = ROOT / "docs"
    if not docs.is_dir():
        pytest.skip("docs/ is not in this checkout")
    text = (docs / "api.md").read_text(encoding="utf-8") + (docs / "errors.md").read_text(
        encoding="utf-8"
    )
    documented = set(
        re.findall(r"\.\. auto\w+:: (?:conflictparse\.(?:errors\.)?)?(\w+)", text)
    )
    missing = [n for n in PUBLIC if n not in documented and n != "errors"]
    assert [] == missing


# --- shipped tables: read directly from the installed files --------------------


@pytest.mark.parametrize("name", ["demonyms.tsv", "actors.tsv", "gazetteer.bin"])
def test_tables_read_as_importlib_resources_reads_them(name: str) -> None:
    """A table read straight from the package directory has the bytes importlib.resources gives."""
    from importlib import resources

    from conflictparse import _data

    expected = resources.files("conflictparse.data").joinpath(name).read_bytes()
    assert expected == _data.read_bytes.__wrapped__(name)


def test_reading_a_table_needs_no_importlib_resources() -> None:
    """Reading a table of an installed (not zipped) package leaves importlib.resources unimported."""
    code = (
        "import sys, conflictparse._data as d\n"
        "d.read_tsv('demonyms.tsv')\n"
        "print('importlib.resources' in sys.modules)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "False" == proc.stdout.strip()


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("no_such_table.tsv", id="missing-file"),
        pytest.param("", id="empty-name"),
    ],
)
def test_a_missing_table_is_a_data_error(name: str) -> None:
    """A table that is not shipped raises DataError naming it."""
    from conflictparse import _data
    from conflictparse.errors import DataError

    with pytest.raises(DataError) as info:
        _data.read_bytes.__wrapped__(name)
    assert name == info.value.path


def test_a_table_name_with_a_nul_byte_raises_data_error() -> None:
    """A name the operating system cannot open raises DataError, not a bare ValueError."""
    from conflictparse import _data
    from conflictparse.errors import DataError

    with pytest.raises(DataError):
        _data.read_bytes("places\0.tsv")


# --- modules loaded by an import and by a first parse -------------------------

#: Standard-library and third-party modules a parse does not need: each costs
#: import time on a first parse (``email`` and ``zipfile`` come in through
#: ``importlib.metadata``, ``tempfile`` and ``shutil`` through
#: ``importlib.resources``).
HEAVY = [
    "dateparser",
    "pycountry",
    "importlib.metadata",
    "importlib.resources",
    "zipfile",
    "tempfile",
    "shutil",
    "json",
    "email",
    "logging",
    "csv",
    "socket",
]


def _modules_after(code: str, cwd: Path) -> set[str]:
    """The names in ``sys.modules`` after a fresh interpreter runs *code*."""
    proc = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=True,
    )
    return set(proc.stdout.split())


@pytest.fixture(scope="module")
def after_first_parse(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The modules loaded by ``import conflictparse`` and one default parse that finds something of every family."""
    return _modules_after(
        "import conflictparse\n"
        "r = conflictparse.parse('KABUL, March 6 (Wire) - Taliban fighters stormed a police post"
        " in Kunduz province on Saturday, killing seven officers, officials said.',"
        " published='2016-03-07')\n"
        "assert r.dateline and r.places and r.dates and r.actors and r.casualties, r\n",
        tmp_path_factory.mktemp("first-parse"),
    )


def test_import_loads_no_heavy_module(tmp_path: Path) -> None:
    """``import conflictparse`` loads none of the heavy modules, nor regex or the pipeline."""
    loaded = _modules_after("import conflictparse", tmp_path)
    assert [] == sorted(loaded & {*HEAVY, "regex", "conflictparse._pipeline"})


def test_core_pipeline_loads_no_heavy_module(tmp_path: Path) -> None:
    """The pipeline's own work (registry, document, checks, report) loads no heavy module."""
    loaded = _modules_after(
        "import conflictparse\n"
        "from conflictparse import DateMention, Provenance, Span\n"
        "def dates(doc):\n"
        "    return [DateMention(text='Sunday', span=Span(start=20, end=26),"
        " value=None, precision='day', provenance=Provenance())]\n"
        "p = conflictparse.Pipeline(dateline=None, dates=dates, actors=None, places=None,"
        " casualties=None, events=None)\n"
        "r = p.run('Fighting resumed on Sunday.', published='2016-03-07')\n"
        "assert r.dates[0].provenance.parser == 'dates', r\n",
        tmp_path,
    )
    assert [] == sorted(loaded & set(HEAVY))


@pytest.mark.parametrize("module", HEAVY)
def test_first_parse_does_not_load(module: str, after_first_parse: set[str]) -> None:
    """A first default parse leaves *module* unimported."""
    assert module not in after_first_parse


def test_tables_read_from_a_zipped_package(tmp_path: Path) -> None:
    """Imported from a zip file, the package reads its tables through importlib.resources."""
    import zipfile

    package = Path(conflictparse.__file__).parent
    archive = tmp_path / "conflictparse.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in package.glob("*.py"):
            zf.write(path, f"conflictparse/{path.name}")
        zf.write(package / "data" / "__init__.py", "conflictparse/data/__init__.py")
        zf.write(package / "data" / "demonyms.tsv", "conflictparse/data/demonyms.tsv")
    code = (
        f"import sys; sys.path.insert(0, {str(archive)!r})\n"
        "import conflictparse._data as d\n"
        "assert d.__file__.startswith(sys.path[0]), d.__file__\n"
        "rows = d.read_tsv('demonyms.tsv')\n"
        "print(len(rows), 'importlib.resources' in sys.modules)"
    )
    proc = subprocess.run(
        [sys.executable, "-I", "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=True,
    )
    from conflictparse import _data

    assert f"{len(_data.read_tsv('demonyms.tsv'))} True" == proc.stdout.strip()
