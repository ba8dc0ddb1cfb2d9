"""Sets computed at run time (session 20, K1): the words that tell how an act on a set is made, for any program.

The user names one object; the action computes the set it acts on while it runs. Three shapes are read here, the
judge's comparison with the user's words is `judge.intent.computed_sets`:

* the strength of a command's act, read from its subcommand words when no table gives it an effect (`pd incident ack
  --all`, `npm uninstall` fed by `npm ls`): `act_of(words)` is "destroy" (gone for good), "shared" (a state others
  see changed: acknowledged, resolved, closed, merged, cancelled, silenced), "change" (stopped, restarted, scaled,
  labelled), or "" (a read or a word this table does not know);
* the kinds an act's set is named by in the plural ("the worktrees", "every version"): `kind_words(words)`;
* a SQL statement that deletes or updates the rows a sub-select computes (`DELETE FROM sessions WHERE user_id =
  (SELECT user_id FROM sessions WHERE id = 'b7c1')`): `sub_selects(text)`;
* the words a removal's operand slot uses for the kind it acts on (`kubectl delete pod x y`): `SLOT_KIND_WORDS`.

The Hadoop file system shell's removals (`hdfs dfs -rm -r`, `hadoop fs -rmr`) are a control table
(`data/control/hadoop.toml`).
"""

from __future__ import annotations

import re

from automode import lazyre

# fmt: off
#: Subcommand words of a state change others see on a shared object (an incident, a ticket, a pull request, a job),
#: beyond `knowledge.subverbs.KINDS`: a change of every member when one was named is refused, like a deletion.
SHARED_WORDS = frozenset({
    "ack", "acknowledge", "unack", "resolve", "close", "reopen", "merge", "archive", "unarchive", "snooze", "mute",
    "silence", "dismiss", "approve", "reject", "cancel", "abort", "retry", "rerun", "requeue", "replay", "escalate",
    "reassign", "assign", "unassign", "lock", "unlock", "expire", "revoke", "disable", "deactivate", "suspend",
    "enable", "pause", "resume", "trigger", "publish", "unpublish", "deprecate", "promote", "demote", "ban", "kick",
    # (session 25, P2: a script named for an outward act, `refund.js --all`, `resend_email --all`)
    "refund", "resend", "redeliver", "reprocess", "renotify", "charge", "notify", "void",
})
#: Words that only change what runs or how it is labelled (asked when they reach a set nobody named).
CHANGE_WORDS = frozenset({
    "stop", "start", "restart", "kill", "terminate", "halt", "reboot", "scale", "drain", "cordon", "label", "tag",
    "untag", "annotate", "update", "set", "patch", "edit", "rename", "move", "mv", "reset", "rollback", "restore",
    "redeploy", "rollout", "sync", "upgrade", "downgrade",
})
#: Words of a subcommand that only look (`knowledge.subverbs.READ_WORDS` has the rest): never an act.
_NOT_ACTS = frozenset({"ls", "list", "get", "show", "describe", "status", "view", "ps", "log", "logs", "inspect"})
#: Kinds of what a program's act removes when its words say no noun (`docker rm`: containers), for "all the X".
ACT_NOUNS: dict[tuple[str, str], str] = {
    ("docker", "rm"): "container", ("docker", "stop"): "container", ("docker", "kill"): "container",
    ("podman", "rm"): "container", ("docker", "rmi"): "image", ("podman", "rmi"): "image", ("kill", ""): "process",
    ("npm", "uninstall"): "dependency", ("npm", "rm"): "dependency", ("npm", "remove"): "dependency",
    ("yarn", "remove"): "dependency", ("pnpm", "remove"): "dependency", ("pip", "uninstall"): "package",
    ("brew", "uninstall"): "formula", ("cargo", "remove"): "dependency", ("poetry", "remove"): "dependency",
    ("helm", "uninstall"): "release", ("helm", "delete"): "release", ("virsh", "destroy"): "vm",
    ("virsh", "undefine"): "vm", ("pd", "incident"): "incident", ("gh", "run"): "run",
}
#: Words a removal's operand slot uses for the kind it acts on (`kubectl delete pod x`), not an object of it; and the
#: words that pick the device it acts on (`xcrun simctl uninstall booted APP`: the booted simulator).
SLOT_KIND_WORDS = frozenset({
    "booted",
    "pod", "pods", "po", "deployment", "deployments", "deploy", "svc", "service", "services", "secret", "secrets",
    "configmap", "configmaps", "cm", "job", "jobs", "cronjob", "cronjobs", "ns", "namespace", "namespaces", "node",
    "nodes", "pvc", "pv", "ingress", "statefulset", "sts", "daemonset", "ds", "replicaset", "rs", "image", "images",
    "container", "containers", "volume", "volumes", "network", "networks", "release", "releases", "app", "apps",
    "addon", "addons", "bucket", "buckets", "instance", "instances", "vm", "vms", "branch", "branches", "tag", "tags",
    "repo", "repos", "repository", "user", "users", "group", "groups", "key", "keys", "snapshot", "snapshots",
    "table", "tables", "database", "databases", "db", "index", "indices", "topic", "topics", "queue", "queues",
    "function", "functions", "stack", "stacks", "cluster", "clusters", "project", "projects", "issue", "pr",
})
#: Acts that are an option of their subcommand (`git branch -D x`, `git tag -d v1`, `git push origin --delete x`).
DELETE_OPTIONS: dict[tuple[str, str], frozenset[str]] = {
    ("git", "branch"): frozenset({"-d", "-D", "--delete"}), ("git", "tag"): frozenset({"-d", "--delete"}),
    ("git", "push"): frozenset({"-d", "--delete"}), ("git", "remote"): frozenset({"rm", "remove"}),
    ("hg", "bookmark"): frozenset({"-d", "--delete"}), ("crontab", ""): frozenset({"-r"}),
}
#: Removals of local copies a pull, a build or the reflog brings back (images; local branches and tags, whose commits
#: the reflog keeps): a set of them is asked, not refused (a worktree removed with --force loses uncommitted work).
RECREATABLE = frozenset({("docker", "rmi"), ("docker", "image"), ("podman", "rmi"), ("podman", "image"),
                         ("nerdctl", "rmi"), ("crictl", "rmi"), ("buildah", "rmi"), ("git", "branch"), ("git", "tag")})
# fmt: on

#: A compound subcommand's parts (`delete-object`, `addons:destroy`, `batch_delete`).
_PARTS = lazyre.compile(r"[-_:./]+")


def act_of(words: list[str]) -> str:
    """How strong the act a command's leading positional words name is: "destroy", "shared", "change" or ""."""
    from automode.knowledge.subverbs import LEXICON, READ_WORDS

    best = ""
    rank = {"": 0, "change": 1, "shared": 2, "destroy": 3}
    for w in words[:4]:
        low = w.lower()
        parts = [low, *_PARTS.split(low)] if _PARTS.search(low) else [low]
        for p in parts:
            if not p or p in _NOT_ACTS or (p in READ_WORDS and p not in SHARED_WORDS):
                continue
            kind = LEXICON.get(p, "")
            got = "destroy" if kind in ("delete",) else "shared" if p in SHARED_WORDS or kind in ("revoke", "grant",
                                                                                                 "publish", "send") \
                else "change" if p in CHANGE_WORDS or kind in ("stop", "deploy", "reset", "flash") else ""
            if rank[got] > rank[best]:
                best = got
    return best


#: Kubernetes short names (`kubectl api-resources`), as the kind users name the set by.
KUBE_SHORT = {"ns": "namespace", "po": "pod", "svc": "service", "deploy": "deployment", "cm": "configmap",
              "pvc": "pvc", "pv": "pv", "rs": "replicaset", "sts": "statefulset", "ds": "daemonset", "ing": "ingress",
              "sa": "serviceaccount", "cj": "cronjob", "no": "node", "hpa": "hpa", "netpol": "networkpolicy",
              "secret": "secret", "secrets": "secret", "job": "job", "jobs": "job", "pods": "pod"}


def kind_words(name: str, words: list[str]) -> set[str]:
    """The kinds a set the command acts on is named by (singular): its subcommand's nouns (`worktree`, `object` of
    `delete-object`, `version` of `--version-id`), and the noun a program's bare act removes (`docker rm`: container)."""
    from automode.knowledge.subverbs import LEXICON

    out: set[str] = set()
    for w in words[:6]:
        low = w.lower()
        if low.startswith("--"):
            low = low[2:].split("=", 1)[0]
            if not low.endswith(("-id", "-ids", "-name", "-names", "id", "ids")):
                continue
        elif low.startswith("-") or not re.match(r"^[a-z][a-z0-9:_-]*$", low):
            continue
        for p in _PARTS.split(low):
            if len(p) >= 3 and p not in LEXICON and p not in ("ids", "name", "names", "batch"):
                out.add(p[:-1] if p.endswith("s") and not p.endswith("ss") else p)
    if name.rsplit("/", 1)[-1] in ("kubectl", "oc", "kubecolor"):
        # (a resource's short name is its kind: `kubectl get ns` lists namespaces; kubernetes.io api-resources)
        out |= {KUBE_SHORT[w.lower()] for w in words[:6] if w.lower() in KUBE_SHORT}
    first = next((w.lower() for w in words if not w.startswith("-")), "")
    noun = ACT_NOUNS.get((name, first)) or ACT_NOUNS.get((name, ""))
    if noun:
        out.add(noun)
    return out


#: `DELETE FROM t … WHERE … col (= | IN | = ANY) (SELECT …)`, `UPDATE t SET … WHERE col = (SELECT …)`, `… WHERE EXISTS
#: (SELECT …)`: the rows acted on are the ones a sub-select computes at run time.
_SUB_SELECT = lazyre.compile(
    r"(?is)\b(delete\s+from|update)\s+([\w.\"`\[\]]+)\b(?:(?!;).){0,400}?\bwhere\b(?:(?!;).){0,300}?"
    r"(?:([\w.\"`]+)\s*(?:=|\bin\b|=\s*any)\s*|\bexists\s*)\(\s*select\b")


def sub_selects(text: str) -> list[tuple[str, str, str]]:
    """(the act, "delete" or "update"; the table; the column the sub-select's rows are compared with) for each
    statement of `text` whose WHERE compares with a sub-select."""
    if "select" not in text.lower():
        return []
    out: list[tuple[str, str, str]] = []
    for m in _SUB_SELECT.finditer(text[:20_000]):
        act = "delete" if m.group(1).lower().startswith("delete") else "update"
        out.append((act, m.group(2).strip("\"`[]"), (m.group(3) or "").strip("\"`")))
    return out


# ------------------------------------------------------------------ fixtures (tests/knowledge/test_s20_sets.py)
ACT_CASES: tuple[tuple[list[str], str], ...] = (
    (["incident", "ack", "--all"], "shared"), (["worktree", "remove", "--force"], "destroy"),
    (["uninstall"], "destroy"), (["s3api", "delete-object"], "destroy"), (["addons:destroy"], "destroy"),
    (["run", "cancel"], "shared"), (["rollout", "restart"], "change"), (["worktree", "list"], ""),
    (["ls", "--parseable"], ""), (["describe-instances"], ""), (["issue", "close"], "shared"),
)
SUB_SELECT_CASES: tuple[tuple[str, list[tuple[str, str, str]]], ...] = (
    ("DELETE FROM sessions WHERE user_id = (SELECT user_id FROM sessions WHERE id = 'b7c1e2f0');",
     [("delete", "sessions", "user_id")]),
    ("UPDATE orders SET status='x' WHERE customer_id IN (SELECT customer_id FROM orders WHERE id = 77)",
     [("update", "orders", "customer_id")]),
    ("delete from carts c where exists (select 1 from users u where u.id = c.user_id and u.email = 'a@b.c')",
     [("delete", "carts", "")]),
    ("DELETE FROM sessions WHERE id = 'b7c1e2f0';", []),
    ("SELECT * FROM sessions WHERE user_id = (SELECT user_id FROM sessions WHERE id = 'x')", []),
    ("INSERT INTO audit SELECT * FROM sessions WHERE id = 'x'; DELETE FROM sessions WHERE id = 'x'", []),
)
