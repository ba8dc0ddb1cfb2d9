"""A learned second opinion for the tool-output screen: logistic regression over hashed word and character n-grams.

Why: the screen's patterns name the spellings they were built from; each fresh blind set of injections held ones in
new words (about 1 in 8 missed, most with a weak signal that fired but did not reach the threshold). A model trained
on every published labelled set confirms those weak signals. Measured leave-one-set-out (train without a set, score
it; `python scripts/train_screen_model.py --cv`), confirming only texts where a pattern already fired adds recall
and no false hits on the look-alike benign texts; flagging on the model alone did add false hits, so it never does.

The weights ship in `data/screen_model.json` (built by `scripts/train_screen_model.py`, deterministic); no I/O
beyond reading that file once per process; features are `zlib.crc32` hashes, stable across platforms.
"""

from __future__ import annotations

import base64
import json
import math
import os
import re
import zlib
from array import array

BUCKETS = 1 << 18
MAX_TEXT = 8000  # the head of the text; injections sit anywhere but a window this size holds their wording
#: A weak pattern signal is confirmed when the model's probability reaches this (chosen leave-one-set-out).
CONFIRM = 0.9
#: Signals the model never confirms alone: text addressed to agents is what the user's own agent rules (AGENTS.md,
#: CLAUDE.md) share with injections, and an object of a side effect ("upload your slides to ...") is in much ordinary
#: text; on hand-written look-alikes the model confirmed these in benign texts as often as in injected ones.
NOT_CONFIRMED = frozenset({"addressed-label", "weak-addressed-modal", "side-effect-object"})
_WORD = re.compile(r"\w+")
_MODEL_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "screen_model.json")
_model: tuple[dict[int, float], float] | None = None


def features(text: str) -> set[int]:
    """Hashed word unigrams, word bigrams and character 4-grams of the lower-cased words (script-neutral)."""
    words = _WORD.findall(text[:MAX_TEXT].lower())
    out: set[int] = set()
    prev = ""
    for w in words:
        out.add(zlib.crc32(b"w" + w.encode()) % BUCKETS)
        if prev:
            out.add(zlib.crc32(("b" + prev + " " + w).encode()) % BUCKETS)
        prev = w
    joined = " ".join(words)
    for i in range(len(joined) - 3):
        out.add(zlib.crc32(("c" + joined[i : i + 4]).encode()) % BUCKETS)
    return out


def probability_with(weights: dict[int, float], bias: float, feats: set[int]) -> float:
    z = bias + sum(weights.get(i, 0.0) for i in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def encode(weights: dict[int, float], bias: float, meta: dict[str, object]) -> str:
    """The shipped form: bucket ids and weights (x1000, int16) as base64 arrays: small and fast to load."""
    keys = sorted(weights)
    idx = array("i", keys)
    val = array("h", [max(-32767, min(32767, round(weights[k] * 1000))) for k in keys])
    return json.dumps({**meta, "buckets": BUCKETS, "bias": round(bias, 4),
                       "index": base64.b64encode(idx.tobytes()).decode(),
                       "weights": base64.b64encode(val.tobytes()).decode()}, indent=0)  # fmt: skip


def decode(raw: str) -> tuple[dict[int, float], float]:
    data = json.loads(raw)
    if data.get("buckets") != BUCKETS:
        raise ValueError(
            f"screen model built for {data.get('buckets')} buckets, this code hashes into {BUCKETS}"
        )
    idx = array("i")
    idx.frombytes(base64.b64decode(data["index"]))
    val = array("h")
    val.frombytes(base64.b64decode(data["weights"]))
    if len(idx) != len(val):
        raise ValueError("screen model: index and weights differ in length")
    return {k: v / 1000 for k, v in zip(idx, val, strict=True)}, float(data["bias"])


def _load() -> tuple[dict[int, float], float]:
    global _model
    if _model is None:
        try:
            with open(_MODEL_PATH, encoding="utf-8") as fh:
                _model = decode(fh.read())
        except (OSError, ValueError, KeyError) as exc:
            # A missing or damaged model only removes the second opinion; the patterns still screen.
            _model = ({}, -30.0)
            import sys

            print(
                f"automode: screen model unavailable ({exc}); screening with patterns only", file=sys.stderr
            )
    return _model


def probability(text: str) -> float:
    """How likely the text is an injection, by the shipped model (0..1)."""
    weights, bias = _load()
    if not weights:
        return 0.0
    return probability_with(weights, bias, features(text))
