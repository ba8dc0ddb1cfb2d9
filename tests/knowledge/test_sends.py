"""`knowledge.sends`: which words of a copy-out command are its sources, which are whole directories, and whether it
leaves secret files out. One fixture per program form of the table, with its neighbours."""

from __future__ import annotations

import pytest

from automode.knowledge.sends import FORMS, Sent, leaves_out_secrets, sends
from automode.shell.interp import interp_hook
from automode.shell.lower import Lowerer


def sent(command: str) -> Sent | None:
    lw = Lowerer("/home/u", "/home/u/proj", interp_hook)
    lw.source(command, cwd="/home/u/proj")
    got = list(sends(lw.out.commands))
    return got[0] if got else None


# (command, the sources taken as whole directories, whether it leaves secret files out)
TREES = [
    ("zip -r /tmp/p.zip . -x 'vendor/*' 'node_modules/*'", (".",), False),
    ("zip -qr /tmp/p.zip . -x .env '*.pem'", (".",), True),
    ("tar czf /tmp/p.tgz .", (".",), False),
    ("tar -czf /tmp/p.tgz --exclude=.env --exclude='*.key' .", (".",), True),
    ("tar --create --file=/tmp/p.tar --exclude-vcs-ignores src", ("src",), True),
    ("7z a /tmp/p.7z . '-xr!.env*'", (".",), True),
    ("7za a /tmp/p.7z project", ("project",), False),
    ("rar a /tmp/p.rar . -x*.pem", (".",), True),
    ("rsync -avz ./ deploy@box.example:/srv/app/", ("./",), False),
    ("rsync -a --filter=':- .gitignore' . deploy@box.example:/srv/app/", (".",), True),
    ("scp -r ~/projects/api deploy@web1.example.com:/tmp/", ("~/projects/api",), False),
    ("aws s3 sync . s3://bucket/site/", (".",), False),
    ("aws s3 cp reports/plots/ s3://bucket/plots/ --recursive", ("reports/plots/",), False),
    ("aws s3 sync dist s3://bucket/ --exclude '.env'", ("dist",), True),
    ("gsutil -m cp -r ./outputs gs://models/churn/", ("./outputs",), False),
    ("gsutil rsync -r -x '.*\\.env$' . gs://models/churn/", (".",), True),
    ("gcloud storage cp --recursive ./data gs://b/data", ("./data",), False),
    ("az storage blob upload-batch -d docs -s ./site", ("./site",), False),
    ("azcopy copy ./build 'https://acct.blob.core.windows.net/web' --recursive", ("./build",), False),
    ("rclone copy ~/Pictures gdrive:backup", ("~/Pictures",), False),
    ("s3cmd sync ./site/ s3://bucket/", ("./site/",), False),
    ("mc mirror ./exports minio/backups", ("./exports",), False),
    ("huggingface-cli upload org/model ./artifacts --repo-type model", ("./artifacts",), False),
    ("hf upload org/model . --exclude '*.env'", (".",), True),
    ("kaggle datasets version -p ./data/public -m v2", ("./data/public",), False),
    ("mlflow artifacts log-artifacts --local-dir ./runs/42", ("./runs/42",), False),
    ("wormhole send ./notes", ("./notes",), False),
    ("git archive --format=zip -o /tmp/p.zip HEAD", (".",), True),
]


@pytest.mark.parametrize(("command", "trees", "safe"), TREES)
def test_trees_and_secrets(command: str, trees: tuple[str, ...], safe: bool) -> None:
    s = sent(command)
    assert s is not None, command
    assert s.trees == trees, (command, s)
    assert leaves_out_secrets(s) == safe, (command, s)


@pytest.mark.parametrize("command", [
    "tar czf /tmp/hw3.tgz hw3.c Makefile README.md",
    "zip /tmp/one.zip report.pdf",
    "scp build.log deploy@box.example:/tmp/",
    "aws s3 cp reports/model-card.pdf s3://bucket/cards/",
    "gsutil cp ./outputs/checkpoint.pt gs://models/churn/",
    "gh release upload v1.2.0 dist/app-linux.tar.gz",
    "huggingface-cli upload org/model ./artifacts/model.safetensors",
])  # fmt: skip
def test_files_are_no_trees(command: str) -> None:
    s = sent(command)
    assert s is not None and s.trees == (), (command, s)


@pytest.mark.parametrize("command", [
    "tar xzf release.tgz",
    "tar tzf release.tgz",
    "aws s3 sync s3://bucket/raw/ data/raw/",
    "gsutil cp gs://models/churn/model.pt .",
    "rsync -av /Users/me/Pictures/ /Volumes/Backup/Pictures/x",
    "scp deploy@box.example:/var/log/app.log .",
    "rclone copy gdrive:backup ./restore",
    "unzip bundle.zip",
])  # fmt: skip
def test_not_a_copy_out(command: str) -> None:
    s = sent(command)
    if command.startswith("rsync"):
        assert s is not None  # a copy to another place on this machine: a copy all the same
        return
    assert s is None, (command, s)


def test_a_pattern_source_is_a_set() -> None:
    s = sent("gh gist create *.py")
    assert s is not None and s.globs == ("*.py",) and s.trees == ()


def test_every_form_names_its_programs() -> None:
    assert all(f.programs and f.tree in ("always", "flag", "name", "never") for f in FORMS)
