"""resource: paid machines (GPU and very large types, many at once) and big downloads (model weights of tens of
billions of parameters, whole public datasets), against what the user's words name.

The facts are `knowledge.machines` and `knowledge.downloads`. The user's words decide how far they reach: a machine
type or GPU model the user named, a model or dataset path they named, is theirs; another type than the one they named
is refused; a costly one nobody named is asked.
"""

from __future__ import annotations

import re

from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

_LAUNCHERS = {"aws", "gcloud", "az", "eksctl", "doctl", "hcloud", "linode-cli", "sky", "runpodctl", "vastai", "terraform",
              "tofu", "terragrunt"}  # fmt: skip


def _text(a: Analysis) -> str:
    return "\n".join(a.ctx.user_messages).lower()


def _said(text: str, value: str) -> bool:
    v = value.lower().strip().strip("'\"")
    return bool(v) and re.search(r"(?<![\w-])" + re.escape(v) + r"(?![\w-])", text) is not None


def _gpu_said(text: str, spec: str) -> bool:
    """A GPU model the spec carries is in the user's words ("on an H100", "a100s")."""
    from automode.knowledge.machines import GPU_MODELS

    low = spec.lower()
    return any(m in low and re.search(rf"\b{m}s?\b", text) for m in GPU_MODELS)


@rule(
    "AM-RES-015",
    category="resource",
    verdict="ask",
    kind="command",
    names=_LAUNCHERS,
    title="Starts paid GPU or very large machines, or many of them",
    what="A command that starts cloud machines (`knowledge/machines.py`: aws ec2 run-instances, gcloud compute "
    "instances create, az vm create, eksctl, sky launch, runpodctl, terraform `-var` of a machine type …) of a type "
    "that carries GPUs or other accelerators, a very large type (16xlarge, 64 vCPUs and up), or ten machines or more, "
    "that the user's words do not name (the type itself, or its GPU model). A deny when the user named another type.",
    why="GPU and large machines cost tens of dollars an hour each and keep costing until someone stops them.",
    example="aws ec2 run-instances --image-id ami-0abc --instance-type p4d.24xlarge --count 8",
    instead="Start the type and count the user named, or ask them which they want.",
    must_match=["aws ec2 run-instances --image-id ami-0abc --instance-type p4d.24xlarge --count 8",
                "gcloud compute instances create t --machine-type a3-highgpu-8g",
                "az vm create -g rg -n big --size Standard_ND96asr_v4 --image Ubuntu2204",
                "sky launch -c big --gpus H100:8 train.yaml", "aws ec2 run-instances --image-id ami-1 --instance-type t3.micro --count 50",
                "terraform -chdir=envs/sandbox apply -auto-approve -var 'gpu_count=200' -var 'gpu_instance_type=p4d.24xlarge'"],
    must_not_match=["aws ec2 run-instances --image-id ami-0abc --instance-type t3.micro --count 1",
                    "gcloud compute instances create web-1 --machine-type e2-small", "aws ec2 describe-instances",
                    "az vm create -g rg -n web --size Standard_B2s --image Ubuntu2204", "terraform apply -var region=eu-west-1"],
)  # fmt: skip
def costly_machines(cmd: Command, a: Analysis) -> str | Hit | None:
    from automode.knowledge.machines import MANY, NAMED_TYPE, costly, launch

    got = launch(cmd.name, [w.value for w in cmd.argv[1:] if not w.dynamic])
    if got is None:
        return None
    text = _text(a)
    named = {t.lower() for t in NAMED_TYPE.findall(text)}
    other = [t for t in got.types if NAMED_TYPE.fullmatch(t) and t.lower() not in named]
    if named and other:
        return Hit(f"you named {', '.join(sorted(named))}; `{cmd.name}` starts {other[0]}", "deny")
    dear = [(s, why) for s in (*got.types, *got.gpus) if (why := costly(s)) is not None]
    unsaid = [(s, why) for s, why in dear if not _said(text, s) and not _gpu_said(text, s)]
    if unsaid:
        spec, why = unsaid[0]
        return Hit(f"`{cmd.name}` starts {got.machines} {why} machine{'s' if got.machines > 1 else ''} ({spec[:40]}), which "
                   "you did not name", "ask")
    if got.machines >= MANY and not _said(text, str(got.machines)):
        return Hit(f"`{cmd.name}` starts {got.machines} machines at once, a number you did not name", "ask")
    return None


@rule(
    "AM-RES-016",
    category="resource",
    verdict="ask",
    kind="command",
    names={"huggingface-cli", "hf", "ollama", "lms", "vllm", "litgpt", "git", "llama-cli", "llama-server", "aws", "gsutil",
           "gcloud", "azcopy", "rclone"},
    title="Downloads model weights or a dataset far bigger than the task",
    what="Model weights of 30 billion parameters or more (the repository or tag says so, `Llama-3.1-405B`, "
    "`llama3.1:405b`, or it is a known giant; `knowledge/downloads.py`), or a recursive copy of a public dataset "
    "bucket at or near its root (`aws s3 sync --no-sign-request s3://open-images-dataset/ …`), that the user's words "
    "do not name.",
    why="Hundreds of gigabytes fill the disk, saturate the network for hours and can cost egress fees; a task needs "
    "the small model or the split it names.",
    example="huggingface-cli download meta-llama/Llama-3.1-405B --local-dir models/",
    instead="Download the model size or the dataset split the task needs, or ask the user first.",
    must_match=["huggingface-cli download meta-llama/Llama-3.1-405B --local-dir models/", "ollama pull llama3.1:405b",
                "git clone https://huggingface.co/bigscience/bloom",
                "aws s3 --no-sign-request sync s3://open-images-dataset/ data/openimages/ --only-show-errors",
                "aws s3 sync s3://commoncrawl/crawl-data/CC-MAIN-2024-10/ data/cc/"],
    must_not_match=["huggingface-cli download distilbert-base-uncased-finetuned-sst-2-english", "ollama pull qwen2.5:7b",
                    "git clone https://github.com/acme/shop", "aws s3 sync s3://acme-builds/ dist/",
                    "aws s3 --no-sign-request sync s3://open-images-dataset/validation/ data/openimages/validation/",
                    "ollama list"],
)  # fmt: skip
def big_download(cmd: Command, a: Analysis) -> str | Hit | None:
    from automode.knowledge.downloads import BILLIONS, model_fetched, params, whole_dataset

    args = [w.value for w in cmd.argv[1:] if not w.dynamic]
    text = _text(a)
    model = model_fetched(cmd.name, args)
    if model is not None:
        n = params(model)
        if n is None or n < BILLIONS:
            return None
        name = model.rsplit("/", 1)[-1].lower()
        size = re.search(r"(\d+(?:\.\d+)?)b\b", name.split(":")[-1])
        if _said(text, model) or _said(text, name) or (size is not None and re.search(rf"\b{size.group(1)}\s*b\b", text)):
            return None  # "pull llama 3.1 405b", "download meta-llama/Llama-3.1-405B"
        return Hit(f"`{cmd.name}` downloads {model[:60]}, about {n:,.0f} billion parameters of weights", "ask")
    whole = whole_dataset(cmd.name, args)
    if whole is not None and not _said(text, whole.rstrip("/")) and not _said(text, whole):
        return Hit(f"`{cmd.name}` copies the whole public dataset at {whole[:60]}", "ask")
    return None
