"""Helpers of the benchmark scripts: replace one marked section of a Markdown file
(BENCHMARKS.md), leaving the rest alone, and print-and-publish a table there; name the CPU."""

from __future__ import annotations

import platform
from pathlib import Path


def cpu_model() -> str:
    """The CPU's model name, for the header of a benchmark table."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def replace_section(path: Path, name: str, content: str) -> None:
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    block = f"{start}\n{content.rstrip()}\n{end}"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        tail = rest.split(end, 1)[1]
        text = head + block + tail
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def publish(name: str, table: str, write: bool, path: Path | None = None) -> None:
    """Print ``table`` and, when ``write``, put it in the ``name`` section of BENCHMARKS.md."""
    print(table)
    if write:
        replace_section(path or Path(__file__).resolve().parents[1] / "BENCHMARKS.md", name, table)
        print("\nwritten to BENCHMARKS.md")
