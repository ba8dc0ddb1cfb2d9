"""Train the screen's learned second opinion (src/automode/data/screen_model.json) from the published labelled sets.

usage: python scripts/train_screen_model.py            # train on every published set, write the model
       python scripts/train_screen_model.py --cv [SET ...]  # leave-one-set-out (every set, or the ones named)

Deterministic (seeded shuffle, AdaGrad logistic regression, L2), pure Python: about a minute on one core.
Training data: bench/holdout*_injections.jsonl, bench/tune*_screen.jsonl, bench/cls10_c8_screen.jsonl (sealed sets
are never read: a set is trained on only after it was measured blind and published), the screen's labelled test
texts (tests/data/screen_*.jsonl: hand-written look-alikes, such as the user's own agent rules), and as negatives ordinary texts
(this machine's /usr/share/doc, Python library and package files: `screen_bench.ordinary_texts`) from the half of
the files whose path hashes even. The labelled look-alike benign texts alone taught the model that any technical
text is an injection; ordinary text is what tool output mostly is. `--cv` also reports false hits on the other half.
"""

from __future__ import annotations

import glob
import json
import math
import os
import random
import sys
import zlib
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))

from automode.screen import model as screen_model  # noqa: E402
from automode.screen import flagged, screen_text  # noqa: E402
from automode.screen.bench import default_ordinary_dirs, ordinary_texts  # noqa: E402
from automode.screen.model import _MODEL_PATH, CONFIRM, encode, features, probability_with  # noqa: E402

EPOCHS, RATE, L2, KEEP = 8, 0.2, 1e-5, 60_000
ORDINARY = 1500  # ordinary chunks used as negatives (even half of the files)


def ordinary(half: int, limit: int) -> list[dict[str, str]]:
    out = []
    for where, text in ordinary_texts(default_ordinary_dirs(), limit * 3):
        if zlib.crc32(where.split("#")[0].encode()) % 2 == half:
            out.append({"label": "benign", "text": text, "where": where})
            if len(out) >= limit:
                break
    return out


def sets() -> dict[str, list[dict[str, str]]]:
    files = sorted(glob.glob(os.path.join(ROOT, "bench", "holdout*_injections.jsonl"))
                   + glob.glob(os.path.join(ROOT, "bench", "tune*_screen.jsonl"))
                   + glob.glob(os.path.join(ROOT, "bench", "cls10_c8_screen.jsonl"))
                   + glob.glob(os.path.join(ROOT, "tests", "data", "screen_*.jsonl")))  # fmt: skip
    return {os.path.basename(f): _labelled(f) for f in files}


def _labelled(path: str) -> list[dict[str, str]]:
    out = []
    with open(path, encoding="utf-8") as fh:
        lines = fh.readlines()
    for line in lines:
        try:
            r = json.loads(line)
        except ValueError:
            continue  # a test file also holds lines that are bad on purpose
        if (
            isinstance(r, dict)
            and r.get("label") in ("injected", "benign")
            and isinstance(r.get("text"), str)
        ):
            out.append(r)
    return out


def train(rows: list[dict[str, str]]) -> tuple[dict[int, float], float]:
    data = [(sorted(features(r["text"])), 1.0 if r["label"] == "injected" else 0.0) for r in rows]
    w: dict[int, float] = defaultdict(float)
    g: dict[int, float] = defaultdict(float)
    b = 0.0
    rnd = random.Random(1)
    for _ in range(EPOCHS):
        rnd.shuffle(data)
        for x, y in data:
            z = b + sum(w[i] for i in x)
            d = 1 / (1 + math.exp(-max(-30.0, min(30.0, z)))) - y
            scale = d / math.sqrt(len(x) or 1)
            for i in x:
                gi = scale + L2 * w[i]
                g[i] += gi * gi
                w[i] -= RATE * gi / math.sqrt(g[i] + 1e-8)
            b -= RATE * d * 0.1
    kept = sorted(w, key=lambda k: -abs(w[k]))[:KEEP]  # the strongest weights: a small file, same decisions
    return {k: w[k] for k in kept}, b


def cv(all_sets: dict[str, list[dict[str, str]]]) -> None:
    screen_model._model = ({}, -30.0)  # patterns alone: the shipped model has seen every set
    negatives = ordinary(0, ORDINARY)
    tot = [0, 0, 0, 0, 0, 0]
    folds = [a for a in sys.argv[2:] if not a.startswith("-")] or [
        k for k in all_sets if not k.startswith("screen_")
    ]
    for held, test in all_sets.items():
        if not any(held.startswith(f) for f in folds):
            continue
        w, b = train([r for k, v in all_sets.items() if k != held for r in v] + negatives)
        base = both = base_fp = both_fp = 0
        n_inj = sum(r["label"] == "injected" for r in test)
        for r in test:
            f = screen_text(r["text"])
            hit = flagged(f)
            plus = hit or (f.score >= 1 and probability_with(w, b, features(r["text"])) >= CONFIRM)
            if r["label"] == "injected":
                base += hit
                both += plus
            else:
                base_fp += hit
                both_fp += plus
        n_ben = len(test) - n_inj
        tot = [a + c for a, c in zip(tot, [base, both, n_inj, base_fp, both_fp, n_ben], strict=True)]
        print(
            f"{held:34s} injected flagged {base}/{n_inj} -> {both}/{n_inj}   benign false hits {base_fp}/{n_ben} -> {both_fp}/{n_ben}",
            flush=True,
        )
    w, b = train([r for v in all_sets.values() for r in v] + negatives)
    held_out = ordinary(1, 2500)
    base = sum(flagged(screen_text(r["text"])) for r in held_out)
    plus = 0
    for r in held_out:
        f = screen_text(r["text"])
        if flagged(f) or (f.score >= 1 and probability_with(w, b, features(r["text"])) >= CONFIRM):
            plus += 1
            if not flagged(f):
                print(f"  ordinary false hit (model): {r['where']}")
    print(
        f"{'ordinary texts (odd half of files)':34s} false hits {base}/{len(held_out)} -> {plus}/{len(held_out)}"
    )
    print(
        f"{'ALL (leave-one-set-out)':34s} injected flagged {tot[0]}/{tot[2]} -> {tot[1]}/{tot[2]}   benign false hits {tot[3]}/{tot[5]} -> {tot[4]}/{tot[5]}"
    )


def main() -> None:
    all_sets = sets()
    if "--cv" in sys.argv:
        cv(all_sets)
        return
    rows = [r for v in all_sets.values() for r in v]
    negatives = ordinary(0, ORDINARY)
    w, b = train(rows + negatives)
    meta = {"what": "automode screen model: logistic regression over hashed n-grams (scripts/train_screen_model.py)",
            "trained_on": sorted(all_sets), "texts": len(rows), "ordinary_negatives": len(negatives)}  # fmt: skip
    with open(_MODEL_PATH, "w", encoding="utf-8") as fh:
        fh.write(encode(w, b, meta) + "\n")
    print(f"wrote {_MODEL_PATH}: {len(w)} weights from {len(rows)} texts")


if __name__ == "__main__":
    main()
