"""Big downloads: model weights and public datasets whose size is far beyond a coding task, and paid API services
that cost money per call.

* **model weights**: `huggingface-cli download` / `hf download REPO`, `ollama pull NAME:TAG`, `git clone
  https://huggingface.co/ORG/REPO`, `llama.cpp`'s `-hf REPO`: the repository or tag says its size in parameters
  (`Llama-3.1-405B`, `llama3.1:405b`, `Mixtral-8x22B`), or it is one of the known giants without a number in its
  name (`GIANT_MODELS`). From `BILLIONS` parameters (tens of gigabytes of weights) it is big.
* **public datasets**: a recursive copy (`aws s3 sync`, `aws s3 cp --recursive`, `gsutil cp -r`, `gcloud storage
  cp -r`, `azcopy copy --recursive`) from a public bucket (`--no-sign-request`, or one of `PUBLIC_BUCKETS`) at or
  near its root: the whole dataset, not the split a task needs (`s3://open-images-dataset/` against
  `…/validation/`).
* **paid API hosts and programs** (`PAID_HOSTS`, `PAID_PROGRAMS`): a loop of calls to them spends money per turn.
"""

from __future__ import annotations

import re

from automode import lazyre

#: Parameters (in billions) from which model weights are a big download (about 60 GB in 16-bit).
BILLIONS = 30.0
#: Models whose names carry no parameter count: (a word of the repository or tag, billions of parameters).
GIANT_MODELS: tuple[tuple[str, float], ...] = (
    ("bigscience/bloom", 176), ("xai-org/grok-1", 314), ("deepseek-v3", 671), ("deepseek-r1", 671),
    ("kimi-k2", 1000), ("nemotron-4-340b", 340), ("snowflake-arctic", 480), ("dbrx", 132),
)  # fmt: skip
#: Programs that download weights: (program, subcommand words) -> the operand is the repository.
MODEL_FETCHERS: dict[str, tuple[str, ...]] = {
    "huggingface-cli": ("download",), "hf": ("download",), "ollama": ("pull", "run"), "lms": ("get",),
    "llamafile": (), "mlx_lm.generate": (), "vllm": ("serve",), "litgpt": ("download",),
}  # fmt: skip
_PARAMS = lazyre.compile(r"(?:^|[^a-z0-9.])(?:(\d+)x)?(\d+(?:\.\d+)?)b(?![a-z0-9])", re.I)
#: Buckets that are public datasets, and the number of leading path parts below which a copy is the whole of one
#: (Common Crawl: `crawl-data/CC-MAIN-…/` is a whole monthly crawl of ~100 TB).
PUBLIC_BUCKETS: dict[str, int] = {
    "commoncrawl": 3, "open-images-dataset": 1, "laion": 1, "laion-5b": 1, "the-pile": 1, "fineweb": 1,
    "allennlp": 1, "gdelt-open-data": 1, "noaa-goes16": 2, "noaa-goes17": 2, "noaa-goes18": 2, "sentinel-s2-l2a": 2,
    "sentinel-cogs": 2, "landsat-pds": 2, "usgs-landsat": 2, "nyc-tlc": 1, "gcp-public-data-landsat": 2,
    "gcp-public-data-sentinel-2": 2, "gcp-public-data-goes-16": 2, "1000genomes": 1, "gnomad-public-us-east-1": 1,
}  # fmt: skip
#: Recursive bucket copies: (program, subcommand words, the options that make `cp` recursive; empty: always).
BUCKET_COPIES: tuple[tuple[str, tuple[str, ...], frozenset[str]], ...] = (
    ("aws", ("s3", "sync"), frozenset()), ("aws", ("s3", "cp"), frozenset({"--recursive"})),
    ("gsutil", ("cp",), frozenset({"-r", "-R"})), ("gsutil", ("rsync",), frozenset()),
    ("gcloud", ("storage", "cp"), frozenset({"-r", "--recursive", "-R"})), ("gcloud", ("storage", "rsync"), frozenset()),
    ("azcopy", ("copy",), frozenset({"--recursive"})), ("azcopy", ("sync",), frozenset()),
    ("rclone", ("copy",), frozenset()), ("rclone", ("sync",), frozenset()),
)  # fmt: skip
_BUCKET_URL = lazyre.compile(r"^(?:s3|gs|az|https)://([^/]+)/?(.*)$", re.I)

#: Hosts of paid APIs (per call or per token).
PAID_HOSTS = frozenset({
    "api.openai.com", "api.anthropic.com", "generativelanguage.googleapis.com", "aiplatform.googleapis.com",
    "api.mistral.ai", "api.cohere.ai", "api.cohere.com", "api.groq.com", "api.together.xyz", "api.together.ai",
    "api.replicate.com", "api.deepseek.com", "openrouter.ai", "api.fireworks.ai", "api.perplexity.ai",
    "api.elevenlabs.io", "api.stability.ai", "api.x.ai", "api.deepgram.com", "api.assemblyai.com",
    "bedrock-runtime", "openai.azure.com", "api.twilio.com", "api.sendgrid.com", "maps.googleapis.com",
})  # fmt: skip
#: Programs whose calls are paid: (program, the leading words that call the service).
PAID_PROGRAMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("openai", ("api",)), ("llm", ()), ("aichat", ()), ("sgpt", ()), ("claude", ("-p",)), ("gemini", ("-p",)),
    ("aws", ("bedrock-runtime",)), ("gcloud", ("ai",)), ("replicate", ("run",)),
)  # fmt: skip


def params(name: str) -> float | None:
    """Billions of parameters a model's repository or tag says (`405B`, `8x22b`), or a known giant's; None."""
    low = name.lower()
    best: float | None = None
    for m in _PARAMS.finditer(low):
        n = float(m.group(2)) * (int(m.group(1)) if m.group(1) else 1)
        best = n if best is None else max(best, n)
    if best is not None:
        return best
    return next((b for w, b in GIANT_MODELS if w in low), None)


def model_fetched(name: str, args: list[str]) -> str | None:
    """The model repository or tag a command downloads, or None."""
    words = MODEL_FETCHERS.get(name)
    pos = [x for x in args if not x.startswith("-")]
    if words is not None and (not words or (pos and pos[0] in words)):
        rest = pos[1:] if words else pos
        return rest[0] if rest else None
    if name == "git" and pos[:1] == ["clone"]:
        url = next((x for x in pos[1:] if "huggingface.co/" in x or "hf.co/" in x), None)
        if url is not None:
            return url.split(".co/", 1)[1].removeprefix("datasets/").strip("/")
    for i, x in enumerate(args):  # llama.cpp `-hf REPO`, `--hf-repo REPO`
        if x in ("-hf", "--hf-repo", "-hfr") and i + 1 < len(args):
            return args[i + 1]
    return None


def whole_dataset(name: str, args: list[str]) -> str | None:
    """The public bucket (and the prefix) a recursive copy takes whole, or None."""
    pos = [x for x in args if not x.startswith("-")]
    for prog, words, recursive in BUCKET_COPIES:
        if prog != name or tuple(pos[: len(words)]) != words:
            continue
        if recursive and not any(x in recursive for x in args):
            return None
        public = "--no-sign-request" in args or "--anonymous" in args
        for src in pos[len(words):][:1]:
            m = _BUCKET_URL.match(src)
            if m is None:
                continue
            bucket, prefix = m.group(1).lower(), m.group(2)
            depth = PUBLIC_BUCKETS.get(bucket, 1 if public else 0)
            parts = [p for p in prefix.split("/") if p and "*" not in p]
            if depth and len(parts) < depth:
                return src
    return None


def paid_call(name: str, args: list[str], text: str) -> str | None:
    """The paid service a command calls (its host or program), or None."""
    for prog, words in PAID_PROGRAMS:
        if prog == name and (not words or any(x in words for x in args[:2])):
            return prog
    if name in ("curl", "wget", "http", "https", "xh"):
        low = text.lower()
        return next((h for h in PAID_HOSTS if h in low), None)
    return None


#: Fixtures (tests/knowledge/test_downloads.py).
PARAM_CASES: tuple[tuple[str, float | None], ...] = (
    ("meta-llama/Llama-3.1-405B", 405), ("llama3.1:405b", 405), ("mistralai/Mixtral-8x22B-v0.1", 176),
    ("bigscience/bloom", 176), ("distilbert-base-uncased-finetuned-sst-2-english", None), ("qwen2.5:7b", 7),
    ("deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", 7), ("TheBloke/Llama-2-7B-GGUF", 7),
)  # fmt: skip
DATASET_CASES: tuple[tuple[str, bool], ...] = (
    ("aws s3 --no-sign-request sync s3://open-images-dataset/ data/", True),
    ("aws s3 --no-sign-request sync s3://open-images-dataset/validation/ data/", False),
    ("aws s3 sync s3://commoncrawl/crawl-data/CC-MAIN-2024-10/ data/cc/", True),
    ("aws s3 cp s3://commoncrawl/crawl-data/CC-MAIN-2024-10/segments/1707947473347.0/warc/x.warc.gz .", False),
    ("aws s3 sync s3://acme-builds/ dist/", False),
    ("gsutil -m cp -r gs://gcp-public-data-landsat/ data/", True),
)  # fmt: skip

