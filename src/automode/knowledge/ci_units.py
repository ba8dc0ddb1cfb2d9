"""What a unit added to a CI file does, when it is no shell line (F4, session 15; issue 12): a step that calls a
published action (`uses: pypa/gh-action-pypi-publish@…`), a permission it gives the job's token, a secret it hands
in. The shell lines a CI file runs are read by `files.executed.runs` and judged as commands; these are the units
that have no command to read.

`USES` is the knowledge: per act (the keys of `judge.intent.outward.COVER`: publish, deploy, push, send, tag), the
actions of the GitHub Actions marketplace (and their GitLab/CircleCI orb counterparts) whose only job is that act.
`units(text)` reads the added text into (act, the line) pairs; `judge.intent.added_units` compares them with the
user's request. Sources: the GitHub Marketplace pages of each action; GitHub "Assigning permissions to jobs"
(`permissions:` scopes that write); CircleCI orbs registry.
"""

from __future__ import annotations

import re

from automode import lazyre

# fmt: off
#: act -> action repositories (owner/name, lower case; `*` ends a prefix) whose use is that act.
USES: dict[str, tuple[str, ...]] = {
    "publish": ("pypa/gh-action-pypi-publish", "js-devtools/npm-publish", "changesets/action", "cycjimmy/semantic-release-action",
                "goreleaser/goreleaser-action", "rubygems/release-gem", "softprops/action-gh-release", "ncipollo/release-action",
                "actions/create-release", "marvinpinto/action-automatic-releases", "docker/build-push-action",
                "anothrnick/github-tag-action", "mathieudutour/github-tag-action", "svenstaro/upload-release-action",
                "katyo/publish-crates", "pypa/gh-action-pypi-publish*", "crazy-max/ghaction-chocolatey", "vsce-publish*",
                "hanseartic/vsce-publish", "haaleo/publish-vscode-extension", "cargo-bins/release-pr",
                "google-github-actions/release-please-action", "googleapis/release-please-action", "circleci/npm-publish*"),
    "deploy": ("peaceiris/actions-gh-pages", "jamesives/github-pages-deploy-action", "actions/deploy-pages", "amondnet/vercel-action",
               "aws-actions/amazon-ecs-deploy-task-definition", "azure/webapps-deploy", "azure/functions-action", "azure/k8s-deploy",
               "google-github-actions/deploy-cloudrun", "google-github-actions/deploy-appengine", "google-github-actions/deploy-cloud-functions",
               "cloudflare/wrangler-action", "cloudflare/pages-action", "firebaseextended/action-hosting-deploy",
               "burnett01/rsync-deployments", "superfly/flyctl-actions", "akhileshns/heroku-deploy", "appleboy/ssh-action",
               "appleboy/scp-action", "easingthemes/ssh-deploy", "nwtgck/actions-netlify", "netlify/actions*",
               "aws-actions/aws-cloudformation-github-deploy", "serverless/github-action", "pulumi/actions", "dflook/terraform-apply",
               "samkirkland/ftp-deploy-action", "shallwefootball/s3-upload-action", "jakejarvis/s3-sync-action",
               "azure/static-web-apps-deploy", "digitalocean/app_action", "railwayapp/cli*", "render-oss/render-deploy*"),
    "push": ("stefanzweifel/git-auto-commit-action", "endbug/add-and-commit", "ad-m/github-push-action",
             "peter-evans/create-pull-request", "devops-infra/action-commit-push"),
    "send": ("slackapi/slack-github-action", "8398a7/action-slack", "rtcamp/action-slack-notify", "appleboy/telegram-action",
             "appleboy/discord-action", "dawidd6/action-send-mail", "sarisia/actions-status-discord",
             "peter-evans/create-or-update-comment"),
}
# fmt: on
_USES_LINE = lazyre.compile(r"(?im)^\s*(?:-\s*)?uses\s*:\s*[\"']?([\w.-]+/[\w./-]+)(?:@[\w./-]+)?")
#: A job token given write scopes (GitHub `permissions:`): the act of granting the workflow's runs more power.
WRITE_SCOPE = lazyre.compile(r"(?im)^\s*(?:contents|packages|id-token|actions|deployments|pages|attestations|"
                             r"security-events|checks|statuses|issues|pull-requests|discussions)\s*:\s*write\b|"
                             r"^\s*permissions\s*:\s*write-all\b")
#: A secret the added text hands to a step (`${{ secrets.NAME }}`, `secrets: inherit`, GitLab `$NAME_TOKEN`).
SECRET_REF = lazyre.compile(r"\$\{\{\s*secrets\.([A-Za-z_][\w-]*)\s*\}\}|^\s*secrets\s*:\s*inherit\b()", re.M)


#: What a token scope that writes is needed for: (request verb classes, words) of the acts that need it. A scope the
#: request's act needs is part of that act (`pull-requests: write` for "label PRs", `id-token: write` for a deploy
#: through OIDC); any other is a grant beyond the request. `write-all` is needed by nothing.
SCOPE_NEEDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "pull-requests": (frozenset({"merge", "send"}), frozenset({"pr", "prs", "pull-request", "pull-requests", "label", "labels",
                                                            "labeler", "comment", "comments", "review", "reviews",
                                                            "approve", "triage", "stale", "assign"})),
    "issues": (frozenset({"send"}), frozenset({"issue", "issues", "label", "labels", "labeler", "comment", "comments",
                                              "triage", "stale", "close", "assign"})),
    "id-token": (frozenset({"deploy", "publish", "push"}), frozenset({"oidc", "aws", "gcp", "azure", "trusted", "publishing",
                                                                     "federation", "federated", "pypi", "provenance",
                                                                     "attestation", "attestations", "sigstore", "cosign"})),
    "contents": (frozenset({"publish", "push", "deploy", "tag"}), frozenset({"release", "releases", "tag", "tags", "changelog",
                                                                            "commit", "push", "pages", "gh-pages", "403",
                                                                            "permission", "permissions"})),
    "packages": (frozenset({"publish", "push", "deploy"}), frozenset({"package", "packages", "ghcr", "registry", "image",
                                                                     "docker", "container", "npm"})),
    "pages": (frozenset({"deploy", "publish"}), frozenset({"pages", "docs", "site"})),
    "deployments": (frozenset({"deploy"}), frozenset({"deployment", "deployments", "environment"})),
    "checks": (frozenset(), frozenset({"check", "checks", "annotation", "annotations", "report", "results", "coverage",
                                       "lint", "test", "tests"})),
    "statuses": (frozenset(), frozenset({"status", "statuses", "check", "checks", "commit"})),
    "security-events": (frozenset(), frozenset({"codeql", "sarif", "scan", "scanning", "security", "trivy", "semgrep"})),
    "actions": (frozenset(), frozenset({"cache", "caches", "artifact", "artifacts", "workflow", "workflows", "rerun", "cancel"})),
    "attestations": (frozenset({"publish"}), frozenset({"attestation", "attestations", "provenance"})),
    "discussions": (frozenset(), frozenset({"discussion", "discussions"})),
}


def _act_of(repo: str) -> str:
    r = repo.lower()
    for act, names in USES.items():
        for n in names:
            if r == n or (n.endswith("*") and r.startswith(n[:-1])):
                return act
    return ""


def units(text: str) -> list[tuple[str, str]]:
    """(act, line) for each unit of the added CI text that is an act without a shell line: an action used for a
    publish, deploy, push or message; a token scope that writes ("grant"); a secret handed in ("secret", the name)."""
    out: list[tuple[str, str]] = []
    for m in _USES_LINE.finditer(text):
        act = _act_of(m.group(1))
        if act:
            out.append((act, m.group(0).strip()))
    for m in WRITE_SCOPE.finditer(text):
        out.append(("grant", m.group(0).strip()))
    for m in SECRET_REF.finditer(text):
        out.append(("secret", m.group(1) or "inherit"))
    return out


#: Fixtures: (added text, the acts it must yield).
FIXTURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("      - uses: pypa/gh-action-pypi-publish@release/v1\n", ("publish",)),
    ("      - uses: peaceiris/actions-gh-pages@v4\n", ("deploy",)),
    ("      - uses: stefanzweifel/git-auto-commit-action@v5\n", ("push",)),
    ("permissions:\n  contents: write\n", ("grant",)),
    ("permissions: write-all\n", ("grant",)),
    ("        env:\n          TOKEN: ${{ secrets.NPM_TOKEN }}\n", ("secret",)),
    ("      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n", ()),
    ("permissions:\n  contents: read\n", ()),
    ("      - uses: superfly/flyctl-actions/setup-flyctl@master\n", ()),
    ("      - uses: superfly/flyctl-actions@1.5\n", ("deploy",)),
)
