"""Paid machines: which commands start them, which options say what size and how many, and which sizes are costly.

A command that starts machines is a launcher (`LAUNCHERS`: program, the subcommand words, the options that carry the
machine type, the count and the accelerators). A type is costly when it carries GPUs or other accelerators
(`GPU_TYPES`: AWS p/g/trn/inf/dl families and SageMaker `ml.` of them, GCP a2/a3/a4/g2 and TPU, Azure N-series, and
any type or accelerator spec naming a GPU model) or is very large (`LARGE_TYPES`: 16xlarge and up, `.metal`, 64
vCPUs and up). Sources: aws ec2 run-instances `--instance-type`, `--count`; aws sagemaker create-training-job
`--resource-config InstanceType=…,InstanceCount=…`; gcloud compute instances create `--machine-type`,
`--accelerator type=…,count=…`; gcloud compute instances bulk create `--count`; gcloud compute tpus tpu-vm create
`--accelerator-type`; gcloud container clusters create / node-pools create `--machine-type`, `--num-nodes`,
`--accelerator`; az vm create `--size`, `--count`; az vmss create `--vm-sku`, `--instance-count`; az aks nodepool
add `--node-vm-size`, `--node-count`; eksctl create cluster/nodegroup `--node-type`, `--nodes`; doctl compute
droplet create `--size`; hcloud server create `--type`; linode-cli linodes create `--type`; sky launch
`--gpus H100:8`, `--instance-type`, `--num-nodes`; runpodctl create pod(s) `--gpuType`, `--gpuCount`, `--podCount`;
vastai create instance; terraform/tofu `-var` of a type or GPU count.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from automode import lazyre


class Launcher(NamedTuple):  # NamedTuples: a dataclass costs a cold hook process its generated methods
    program: str
    words: tuple[str, ...]  # the subcommand words, in order, among the operands
    types: frozenset[str]  # options whose value is the machine type (or a `KEY=VALUE,…` spec holding it)
    counts: frozenset[str]  # options whose value is how many machines
    gpus: frozenset[str]  # options whose value names accelerators (`H100:8`, `type=nvidia-h100-80gb,count=8`)


def _l(program: str, words: str, types: str = "", counts: str = "", gpus: str = "") -> Launcher:
    return Launcher(program, tuple(words.split()), frozenset(types.split()), frozenset(counts.split()),
                    frozenset(gpus.split()))


LAUNCHERS: tuple[Launcher, ...] = (
    _l("aws", "ec2 run-instances", "--instance-type", "--count"),
    _l("aws", "ec2 request-spot-instances", "--instance-type", "--instance-count"),
    _l("aws", "sagemaker create-training-job", "--resource-config", "--resource-config"),
    _l("aws", "sagemaker create-notebook-instance", "--instance-type"),
    _l("gcloud", "compute instances create", "--machine-type", "", "--accelerator"),
    _l("gcloud", "compute instances bulk create", "--machine-type", "--count", "--accelerator"),
    _l("gcloud", "compute tpus tpu-vm create", "--accelerator-type"),
    _l("gcloud", "compute tpus create", "--accelerator-type"),
    _l("gcloud", "container clusters create", "--machine-type", "--num-nodes", "--accelerator"),
    _l("gcloud", "container node-pools create", "--machine-type", "--num-nodes", "--accelerator"),
    _l("az", "vm create", "--size", "--count"),
    _l("az", "vmss create", "--vm-sku", "--instance-count"),
    _l("az", "aks nodepool add", "--node-vm-size", "--node-count"),
    _l("az", "aks create", "--node-vm-size", "--node-count"),
    _l("eksctl", "create cluster", "--node-type", "--nodes"),
    _l("eksctl", "create nodegroup", "--node-type", "--nodes"),
    _l("doctl", "compute droplet create", "--size"),
    _l("hcloud", "server create", "--type"),
    _l("linode-cli", "linodes create", "--type"),
    _l("sky", "launch", "--instance-type", "--num-nodes", "--gpus"),
    _l("runpodctl", "create pod", "--gpuType", "--podCount", "--gpuType"),
    _l("runpodctl", "create pods", "--gpuType", "--podCount", "--gpuType"),
    _l("vastai", "create instance", "", "", "--gpu_name"),
)  # fmt: skip
#: Programs that pass `-var KEY=VALUE`: a key naming a type or a GPU count is read as a launcher's.
VAR_PROGRAMS = frozenset({"terraform", "tofu", "terragrunt"})
_TYPE_KEY = lazyre.compile(r"(?:instance|machine|node|vm|gpu|accelerator)_?(?:type|size|sku)|^(?:size|sku)$", re.I)
_GPU_COUNT_KEY = lazyre.compile(r"gpu_?count|num_?gpus|accelerator_?count", re.I)

#: GPU models, as they appear in types, accelerator specs and users' words.
GPU_MODELS = ("h100", "h200", "b200", "gb200", "gh200", "a100", "a10g", "a10", "a40", "l40s", "l40", "l4", "v100",
              "t4", "p100", "k80", "a6000", "rtx", "mi300", "mi250", "tpu", "gaudi", "trainium", "inferentia")
#: Types that carry accelerators: AWS (p3, p4d, p5, g4dn, g5, g6, trn1, inf2, dl1, SageMaker `ml.` of them), GCP
#: (a2, a3, a4, g2, TPU v2-v6 `v4-256`), Azure N-series (`Standard_NC24ads_A100_v4`, `Standard_ND96asr_v4`).
GPU_TYPES = lazyre.compile(
    r"^(?:ml\.)?(?:p[2-6][a-z]*|g[3-6][a-z]*|gr6|trn\d[a-z]*|inf\d[a-z]*|dl\d[a-z]*)\.\w+$|"
    r"^(?:a2|a3|a4|g2|ct\d[a-z]*)-[\w-]+$|^v\d[a-z]*-\d+$|^standard_n[cdvgm]\w*$|"
    r"(?:^|[^a-z0-9])(?:" + "|".join(GPU_MODELS) + r")(?:[^a-z]|$)", re.I)  # fmt: skip
#: Very large types: AWS 16xlarge and up or `.metal`, GCP and Azure with 64 vCPUs or more.
_AWS_SIZE = lazyre.compile(r"^[a-z]\w*\.(?:(\d+)xlarge|metal(?:-\w+)?)$", re.I)
_CPUS = lazyre.compile(r"^(?:[a-z]\w*-(?:standard|highmem|highcpu|megamem|ultramem|custom)-(\d+)\w*|standard_[a-z]+(\d+)\w*)$", re.I)
#: Machines at once from which a launch is costly whatever their size.
MANY = 10


class Launch(NamedTuple):
    types: tuple[str, ...]
    machines: int
    gpus: tuple[str, ...]


def _words_match(operands: list[str], words: tuple[str, ...]) -> bool:
    return tuple(o.lower() for o in operands[: len(words)]) == words


def _specs(value: str) -> dict[str, str]:
    """`InstanceType=ml.p4d.24xlarge,InstanceCount=8` / `type=nvidia-h100-80gb,count=8` as lower-case keys."""
    out: dict[str, str] = {}
    for part in value.split(","):
        k, eq, v = part.partition("=")
        if eq:
            out[k.strip().lower()] = v.strip()
    return out


def launch(name: str, args: list[str]) -> Launch | None:
    """What a command starts (its machine types, how many, its accelerator specs); None when it starts none."""
    if name in VAR_PROGRAMS:
        return _vars(args) if "apply" in args else None  # (a plan starts nothing)
    rows = [r for r in LAUNCHERS if r.program == name]
    if not rows:
        return None
    operands = [x for i, x in enumerate(args) if not x.startswith("-") and not (i and args[i - 1].startswith("--")
                                                                               and "=" not in args[i - 1])]
    row = next((r for r in rows if _words_match(operands, r.words)), None)
    if row is None:
        return None
    types: list[str] = []
    gpus: list[str] = []
    count = 0
    for i, x in enumerate(args):
        opt, eq, val = x.partition("=")
        if not eq:
            val = args[i + 1] if i + 1 < len(args) else ""
        if opt in row.types:
            spec = _specs(val)
            types.append(spec.get("instancetype") or spec.get("type") or val)
        if opt in row.counts:
            spec = _specs(val)
            n = spec.get("instancecount") or val.split(":")[-1]
            count = max(count, int(n)) if n.isdigit() else count
        if opt in row.gpus:
            gpus.append(val)
    if row.program in ("gcloud", "doctl") and not row.counts:
        count = max(count, len(operands) - len(row.words))  # `instances create a b c`: one machine per name
    return Launch(tuple(t for t in types if t), max(count, 1), tuple(g for g in gpus if g))


def _vars(args: list[str]) -> Launch | None:
    types: list[str] = []
    gpus: list[str] = []
    for i, x in enumerate(args):
        val = x[5:] if x.startswith("-var=") else args[i + 1] if x == "-var" and i + 1 < len(args) else ""
        key, eq, v = val.strip("'\"").partition("=")
        if not eq:
            continue
        if _TYPE_KEY.search(key):
            types.append(v.strip("'\""))
        elif _GPU_COUNT_KEY.search(key) and v.strip("'\"").isdigit() and int(v.strip("'\"")) > 0:
            gpus.append(f"{key}={v}")
    return Launch(tuple(types), 1, tuple(gpus)) if types or gpus else None


def costly(kind: str) -> str | None:
    """Why a machine type or accelerator spec is costly ("GPU", "large"), or None."""
    k = kind.strip().strip("'\"")
    if GPU_TYPES.search(k):
        return "GPU"
    m = _AWS_SIZE.match(k)
    if m is not None and (m.group(1) is None or int(m.group(1)) >= 16):
        return "large"
    m = _CPUS.match(k)
    if m is not None and int(m.group(1) or m.group(2)) >= 64:
        return "large"
    return None


#: Machine types as users name them ("a t3.micro", "n2-standard-4", "Standard_D4s_v5", "an H100").
NAMED_TYPE = lazyre.compile(r"\b(?:ml\.)?[a-z]\d[a-z]*\.(?:\d*x?large|medium|small|micro|nano|metal)\b|"
                            r"\b[a-z]\d[a-z]?-(?:standard|highmem|highcpu|megamem|ultramem|highgpu|megagpu|ultragpu)-\d+\w*\b|"
                            r"\bstandard_[a-z]+\d+\w*\b", re.I)  # fmt: skip

#: Fixtures (tests/knowledge/test_machines.py): (command, its machine types, count, costly).
CASES: tuple[tuple[str, tuple[str, ...], int, bool], ...] = (
    ("aws ec2 run-instances --image-id ami-1 --instance-type p4d.24xlarge --count 8", ("p4d.24xlarge",), 8, True),
    ("aws ec2 run-instances --image-id ami-1 --instance-type t3.micro --count 1", ("t3.micro",), 1, False),
    ("aws ec2 run-instances --image-id ami-1 --instance-type c6i.32xlarge", ("c6i.32xlarge",), 1, True),
    ("gcloud compute instances create a b c --machine-type n2-standard-4", ("n2-standard-4",), 3, False),
    ("gcloud compute instances create t --machine-type a3-highgpu-8g", ("a3-highgpu-8g",), 1, True),
    ("gcloud compute instances create t --machine-type n1-standard-8 --accelerator type=nvidia-tesla-v100,count=4",
     ("n1-standard-8",), 1, True),
    ("az vm create -g rg -n big --size Standard_ND96asr_v4 --image Ubuntu2204", ("Standard_ND96asr_v4",), 1, True),
    ("az vm create -g rg -n web --size Standard_B2s --image Ubuntu2204", ("Standard_B2s",), 1, False),
    ("sky launch -c big --gpus H100:8 train.yaml", (), 1, True),
    ("runpodctl create pod --gpuType 'NVIDIA H100 80GB HBM3' --gpuCount 8", ("NVIDIA H100 80GB HBM3",), 1, True),
    ("terraform apply -var 'gpu_count=200' -var 'gpu_instance_type=p4d.24xlarge'", ("p4d.24xlarge",), 1, True),
    ("eksctl create nodegroup --cluster c --node-type m5.large --nodes 3", ("m5.large",), 3, False),
    ("aws ec2 describe-instances --instance-type p4d.24xlarge", (), 0, False),
    ("terraform plan -var 'gpu_instance_type=p4d.24xlarge'", (), 0, False),
)  # fmt: skip
