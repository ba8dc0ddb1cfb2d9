"""Cloud, ML and SaaS SDK calls in inline code (session 17, H4): rules over `knowledge.sdkcalls`.

`python -c "…wandb.Api().artifact(…).delete()"`, `node -e "…bucket('b').deleteFiles()"`, `ruby -e
'Stripe::Customer.delete(…)'`, a heredoc to `python -`, a Jupyter MCP cell: the act is a method of an SDK client, not
a subcommand a table reads. Each act is judged as the CLI spelling of it is (AM-DESTROY-011, AM-TRUST-001/002): a
deletion or a publish, payment or message is a deny, a change of access or a fleet stopped an ask; each is released
when the user asks for that act on the object the call names (its string values: "delete the wandb artifact
team/proj/model:v12"). The read-only calls of the same SDKs (`list_objects_v2`, `retrieve`, `search_runs`) are no
act. An emulator or a localhost endpoint keeps a deletion an ask.
"""

from __future__ import annotations

from automode.knowledge.sdkcalls import SDK_CODE
from automode.knowledge.subverbs import RELEASE
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect

_ENV = {"production": " in production", "staging": " in staging", "dev": " in a dev environment",
        "local": " on this machine (an emulator or localhost)", "": ""}  # fmt: skip


def _sdk(e: Effect) -> bool:
    return e.kind == "control" and bool(e.via) and e.via[-1] == SDK_CODE


def _what(e: Effect) -> str:
    named = ", ".join(f"`{v}`" for v in e.values[:3])
    method, _, rest = e.detail.partition(" (")
    return f"`{method}` through the {rest.split(' SDK)', 1)[0]} SDK" + (f" on {named}" if named else "") + _ENV.get(e.env, "")


@rule(
    "AM-DESTROY-067",
    category="destroy",
    verdict="deny",
    kind="effect",
    names={"control"},
    release=RELEASE["delete"],
    title="Deletes through a cloud, ML or SaaS SDK in inline code",
    what="Code given to an interpreter (`python -c`, `node -e`, `ruby -e`, `php -r`, a heredoc to `python -`, a "
    "Jupyter MCP cell) that calls an SDK method deleting, purging, dropping or resetting what it names: boto3 "
    "`delete_bucket`, `@google-cloud/storage` `deleteFiles`, wandb `artifact(…).delete()`, `HfApi().delete_repo`, "
    "mlflow `delete_run`, `Stripe::Customer.delete`, kubernetes `delete_namespace`, an AWS SDK v3 `DeleteBucketCommand` "
    "(table `knowledge/sdkcalls.py`); an ask against an emulator or localhost.",
    why="The SDK call is the same deletion as the CLI's, and what it removes (a bucket, a model, a customer, a run's "
    "history) cannot be brought back from the client side.",
    example="python -c \"import wandb; wandb.Api().artifact('team/churn/model:v12').delete()\"",
    instead="Run the SDK's read-only call (list, get) to show what would go, and let the user delete it.",
    must_match=["python -c \"import wandb; wandb.Api().artifact('team/churn/model:v12').delete(delete_aliases=True)\"",
                "python3 -c \"import boto3; boto3.client('s3').delete_bucket(Bucket='acme-logs')\"",
                "node -e \"const {Storage}=require('@google-cloud/storage'); new Storage().bucket('b').deleteFiles()\"",
                "ruby -e 'require \"stripe\"; Stripe::Customer.delete(\"cus_9s6X\")'",
                {"tool": "mcp__jupyter__execute_code", "input": {"code": "from huggingface_hub import HfApi\nHfApi().delete_repo('acme/x')"}}],
    must_not_match=["python3 -c \"import boto3; print(boto3.client('s3').list_objects_v2(Bucket='acme-logs')['KeyCount'])\"",
                    "python -c \"import stripe; print(stripe.Customer.retrieve('cus_9s6X'))\"",
                    "python -c \"import boto3, pandas as pd; df = pd.read_csv('x.csv').drop(columns=['a']); print(df)\"",
                    "python -c \"import os; os.remove('build/x.o')\""],
)  # fmt: skip
def sdk_delete(e: Effect, a: Analysis) -> str | Hit | None:
    if not _sdk(e) or e.verb not in ("delete", "update") or e.origin not in ("data", "reset"):
        return None
    what = _what(e)
    verb = "deletes" if e.verb == "delete" else "resets"
    if e.env == "local":
        return Hit(f"{what} {verb} data", "ask")
    return f"{what} {verb} data"


_OUT = {"publish": "publishes", "deploy": "deploys", "send": "sends a message to people", "pay": "moves money"}


@rule(
    "AM-TRUST-012",
    category="trust-boundary",
    verdict="deny",
    kind="effect",
    names={"control"},
    release=RELEASE["publish"] | frozenset({"pay"}),
    title="Publishes, deploys, sends or pays through an SDK in inline code",
    what="Inline code whose SDK call puts something in front of others: a model or dataset pushed to a hub "
    "(`push_to_hub`, `HfApi().upload_folder`, a repo made public, a Kaggle dataset version), an mlflow model moved to "
    "Production, a function's code or a service replaced (`update_function_code`: an ask unless in production), a message "
    "sent to people (Slack `chat_postMessage`, Twilio `messages.create`, SES `send_email`, SNS `publish`), a payment "
    "(`stripe.Refund.create`, `Payout.create`). A copy into the user's own storage bucket is not one.",
    why="What is published, sent or paid reaches people outside the session at once, and none of it is taken back "
    "by deleting the code.",
    example="python -c \"from transformers import AutoModel; AutoModel.from_pretrained('out').push_to_hub('acme/x')\"",
    instead="Show what would be published or sent, and let the user run it.",
    must_match=["python -c \"from transformers import AutoModel; AutoModel.from_pretrained('out').push_to_hub('acme/x')\"",
                "python -c \"import stripe; stripe.Refund.create(charge='ch_1')\"",
                "python -c \"from slack_sdk import WebClient; WebClient(token=t).chat_postMessage(channel='#general', text='hi')\""],
    must_not_match=["python -c \"import boto3; boto3.client('s3').upload_file('dist/a.zip', 'acme-builds', 'a.zip')\"",
                    "python -c \"import mlflow; print(mlflow.search_runs(['1']))\""],
)  # fmt: skip
def sdk_outward(e: Effect, a: Analysis) -> str | Hit | None:
    if not _sdk(e) or e.origin not in _OUT:
        return None
    detail = f"{_what(e)} {_OUT[e.origin]}"
    if e.origin == "deploy" and e.env != "production":
        return Hit(detail, "ask")  # (a function's code or a service replaced: like `wrangler deploy`, an ask)
    return detail


@rule(
    "AM-TRUST-013",
    category="trust-boundary",
    verdict="ask",
    kind="effect",
    names={"control"},
    release=RELEASE["grant"],
    title="Changes access through an SDK in inline code",
    what="Inline code whose SDK call gives or takes access: an IAM binding or policy set (`add_iam_policy_binding`, "
    "`set_iam_policy`, `put_bucket_policy`), a bucket or object made public (`make_public`, `ACL='public-read'`), a "
    "user disabled or removed from a role, a key revoked.",
    why="Who may read or change a resource is the owner's decision; a public bucket or a widened role is an exposure "
    "the user did not ask for.",
    example="python -c \"from google.cloud import storage; storage.Client().bucket('acme').make_public(recursive=True)\"",
    instead="Show the policy change and let the user apply it.",
    must_match=["python -c \"from google.cloud import storage; storage.Client().bucket('acme').make_public(recursive=True)\""],
    must_not_match=["python -c \"from google.cloud import storage; print(storage.Client().bucket('acme').get_iam_policy())\""],
)  # fmt: skip
def sdk_access(e: Effect, a: Analysis) -> str | Hit | None:
    if not _sdk(e) or e.origin not in ("grant", "revoke"):
        return None
    detail = f"{_what(e)} changes who may access it"
    return Hit(detail, "deny") if e.env == "production" else detail


@rule(
    "AM-RES-037",
    category="resource",
    verdict="ask",
    kind="effect",
    names={"control"},
    release=RELEASE["stop"] | RELEASE["delete"],
    title="Stops, terminates or resizes through an SDK in inline code",
    what="Inline code whose SDK call terminates, stops, kills or scales what runs elsewhere: boto3 "
    "`terminate_instances`, `stop_instances`, a docker client's `kill`, a deployment scaled; a deny in production.",
    why="A terminated instance and its local disks are gone; a stopped service is an outage for whoever uses it.",
    example="python -c \"import boto3; boto3.client('ec2').terminate_instances(InstanceIds=['i-0abc'])\"",
    instead="Describe the instances and let the user stop them.",
    must_match=["python -c \"import boto3; boto3.client('ec2').terminate_instances(InstanceIds=['i-0abc'])\""],
    must_not_match=["python -c \"import boto3; print(boto3.client('ec2').describe_instances())\""],
)  # fmt: skip
def sdk_stop(e: Effect, a: Analysis) -> str | Hit | None:
    if not _sdk(e) or e.origin != "stop":
        return None
    detail = f"{_what(e)} stops or removes what runs there"
    return Hit(detail, "deny") if e.env == "production" else detail
