"""What every benchmark script shares: statistics, the machine it ran on, and docs/benchmarks.md.

Each script owns the parts of the document between its own ``<!-- bench:NAME -->`` markers and
leaves every other section as it found it.
"""

from __future__ import annotations

import os
import platform
import re
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

# --- progress and statistics -------------------------------------------------------------


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def percentile(values: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    data = sorted(values)
    if not data:
        return float("nan")
    pos = (len(data) - 1) * q
    low = int(pos)
    high = min(low + 1, len(data) - 1)
    return data[low] + (data[high] - data[low]) * (pos - low)


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers), sep, *(line(r) for r in rows)])


# --- the machine -------------------------------------------------------------------------


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def machine_info() -> dict[str, str]:
    cpu = re.search(r"^model name\s*:\s*(.+)$", _read("/proc/cpuinfo"), re.M)
    mem = re.search(r"^MemTotal:\s*(\d+) kB", _read("/proc/meminfo"), re.M)
    os_name = re.search(r'^PRETTY_NAME="?([^"\n]+)"?', _read("/etc/os-release"), re.M)
    try:
        llama_version = version("llama-cpp-python")
    except PackageNotFoundError:
        llama_version = "not installed"
    return {
        "cpu": cpu.group(1).strip() if cpu else platform.processor() or "unknown",
        "cores": str(os.cpu_count()),
        "ram": f"{int(mem.group(1)) / 1024 / 1024:.1f} GiB" if mem else "unknown",
        "os": os_name.group(1) if os_name else platform.platform(),
        "python": platform.python_version(),
        "llama_cpp": llama_version,
    }


def load_average() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


class CpuMeter:
    """How much CPU other processes used since this was made (from /proc/stat).

    By default the share of the whole machine; with ``core``, the share of that one core, which
    is what matters to a benchmark pinned there (all of its own CPU time is then spent on it).
    """

    def __init__(self, core: int | None = None) -> None:
        self._line = "cpu" if core is None else f"cpu{core}"
        self._start = self._sample()

    def _sample(self) -> tuple[float, float, float]:
        fields: list[int] = []
        for line in _read("/proc/stat").splitlines():
            name, _, rest = line.partition(" ")
            if name == self._line:
                fields = [int(x) for x in rest.split()]
                break
        fields = fields or [0] * 8
        hz = os.sysconf("SC_CLK_TCK")
        idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
        mine = os.times()
        return sum(fields[:8]) / hz, (sum(fields[:8]) - idle) / hz, mine.user + mine.system

    def others(self) -> float:
        total0, busy0, mine0 = self._start
        total1, busy1, mine1 = self._sample()
        if total1 <= total0:
            return float("nan")
        return max(0.0, (busy1 - busy0) - (mine1 - mine0)) / (total1 - total0)


# --- the document ------------------------------------------------------------------------

_SECTION_START = re.compile(r"^## ", re.M)
_MARKER = re.compile(r"<!-- bench:([\w-]+) -->")


def block(text: str, name: str) -> str | None:
    """What stands between ``<!-- bench:NAME -->`` and ``<!-- /bench:NAME -->``, if anything."""
    match = re.search(rf"<!-- bench:{name} -->\n(.*?)<!-- /bench:{name} -->", text, re.S)
    return match.group(1).rstrip("\n") if match else None


def _sections(text: str) -> list[str]:
    """The ``## `` sections of a document, each from its heading up to the next one."""
    starts = [m.start() for m in _SECTION_START.finditer(text)]
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)])]


def _insert_section(text: str, section: str, before: str) -> str:
    """``section`` placed ahead of the ``before`` heading, or at the end when there is none."""
    section = section.rstrip("\n") + "\n\n"
    at = re.search(rf"^{re.escape(before)}\s*$", text, re.M)
    if at is None:
        return text.rstrip("\n") + "\n\n" + section if text.strip() else section
    return text[: at.start()] + section + text[at.start():]


def carry_over_sections(old: str, new: str, before: str = "## Commands") -> str:
    """``new`` plus every marked section of ``old`` that ``new`` lacks (another script's results)."""
    present = set(_MARKER.findall(new))
    for section in _sections(old):
        names = set(_MARKER.findall(section))
        if names and not names & present:
            new = _insert_section(new, section, before)
    return new


def merge_section(path: Path, name: str, heading: str, intro: str, body: str, before: str = "## Commands") -> None:
    """Replace what stands between NAME's markers; the first time, add the whole section."""
    old = path.read_text() if path.is_file() else ""
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    if block(old, name) is not None:
        head, rest = old.split(start + "\n", 1)
        new = head + start + "\n" + body + "\n" + end + rest.split(end, 1)[1]
    else:
        section = "\n".join([heading, "", intro, "", start, body, end])
        new = _insert_section(old, section, before)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new)
