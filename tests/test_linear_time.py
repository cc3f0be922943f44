"""Extraction and reading scale linearly: 4x the text takes about 4x the time, never 16x.

Relative timings only (no absolute limits): the same machine times a small and a 4x larger input.
CPU time of this process, best of five: other processes on a loaded machine do not count.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from quotetrack.extract import extract

readers = pytest.importorskip("quotetrack.readers")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
MAX_RATIO = 8.0  # halfway (geometric) between linear, 4, and quadratic, 16: a loaded machine stays below
FLOOR_S = 0.02  # below this a timing is noise (other processes, timer resolution)


def example_text() -> str:
    return "\n\n".join(a.text for a in readers.read_inputs([str(EXAMPLES)]) if hasattr(a, "text"))


def sized(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


SHAPES: dict[str, Callable[[], str]] = {
    "articles": lambda: example_text() + "\n\n",
    "one-paragraph": lambda: example_text().replace("\n", " ") + " ",
    "unclosed-marks": lambda: "“Peace now, he said and “the war must end, ",
    "straight-quotes": lambda: '"We will talk," said Noor. "Not now," he said. ',
}


def best_time(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return max(min(times), FLOOR_S)


def ratio(fn: Callable[[str], object], unit: str, small: int) -> float:
    little, big = sized(unit, small), sized(unit, 4 * small)
    return best_time(lambda: fn(big)) / best_time(lambda: fn(little))


@pytest.mark.parametrize("shape", list(SHAPES))
def test_extract_is_linear(shape):
    """32 KB vs 128 KB (8 vs 32 for the pathological marks): quick even when something is quadratic."""
    assert ratio(extract, SHAPES[shape](), 8_000 if shape == "unclosed-marks" else 32_000) < MAX_RATIO


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(SHAPES))
def test_extract_is_linear_1mb_vs_4mb(shape):
    assert ratio(extract, SHAPES[shape](), 1_000_000) < MAX_RATIO


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_readers_are_linear(fmt):
    unit = example_text().replace("\n\n", "\n\n<p>") if fmt == "html" else example_text()
    assert ratio(lambda text: readers.parse_text(text, fmt, "big"), unit + "\n\n", 1_000_000) < MAX_RATIO
