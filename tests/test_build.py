"""The opt-in compiled build: off by default, and when built it extracts exactly what pure Python does."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FAST_PYTHON = REPO / ".venv-fast" / "bin" / "python"
PURE_PYTHON = REPO / ".venv" / "bin" / "python"
COMPILED_EQUAL = REPO / "benchmarks" / "compiled_equal.py"


def _mypyc_hook() -> dict:
    with (REPO / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]


def test_default_install_compiles_nothing():
    """`pip install -e '.[dev]'` (make test, make demo, CI) must not need mypy or a C compiler."""
    assert _mypyc_hook()["enable-by-default"] is False


def test_every_module_listed_for_compiling_exists():
    assert all((REPO / path).is_file() for path in _mypyc_hook()["include"])


def _compare(tmp_path: Path, pure: list, compiled: list) -> int:
    spec = importlib.util.spec_from_file_location("compiled_equal", COMPILED_EQUAL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    paths = []
    for name, rows in (("pure", pure), ("compiled", compiled)):
        paths.append(tmp_path / f"{name}.jsonl")
        paths[-1].write_text("\n".join(json.dumps(row) for row in [name, *rows]) + "\n", encoding="utf-8")
    return module.compare(*paths)


def test_equality_check_reports_a_single_changed_field(tmp_path, capsys):
    quote = {"text": "We will", "start": 1, "end": 8, "kind": "direct", "speaker": "Ana Lind",
             "speaker_mention": "she", "speaker_kind": "person", "cue": "said", "confidence": 0.9,
             "roles": ["mayor"]}
    same = [["a", [quote]], ["b", []]]
    assert _compare(tmp_path, same, same) == 0
    assert _compare(tmp_path, same, [["a", [quote | {"confidence": 0.8}]], ["b", []]]) == 1
    assert "DIFFERS a" in capsys.readouterr().out


@pytest.mark.slow
@pytest.mark.skipif(not (FAST_PYTHON.exists() and PURE_PYTHON.exists()),
                    reason="no compiled build (`make fast`) or no pure .venv")
def test_compiled_build_extracts_the_examples_exactly_as_pure_python():
    result = subprocess.run([sys.executable, str(COMPILED_EQUAL), "--examples"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("IDENTICAL")
