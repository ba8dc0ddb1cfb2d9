"""More services' REST APIs, read the same way as `knowledge.api_services` (session 28, T3: the census).

Session 27 knew ~30 services by host or path shape; the SaaS and self-hosted APIs agents call most for a named act
(resolve a Sentry issue, acknowledge a PagerDuty incident, turn a LaunchDarkly flag on, close an Opsgenie alert,
solve a Zendesk ticket, post to Slack, transition a Jira issue, mute a Datadog monitor, update a Statuspage
component, drain a Kubernetes node through the API server, run a Gitea action) were unknown: a credential named
after them (`$PD_API_KEY`, `$LD_API_TOKEN`, `$DD_API_KEY`) was "a token of no service" and the request was asked.

Format of `MORE`: as `api_services.SERVICES` (words said for it, credential name parts, host patterns, path
signature, structure segments, "segment:act" pairs). Sources: each service's API reference (Sentry Web API,
PagerDuty REST v2, Opsgenie Alert API v2, LaunchDarkly REST v2 and semantic patch, Slack Web API methods, Jira Cloud
REST v3, Zendesk Support API, Datadog API v1/v2, Atlassian Statuspage API, Kubernetes API server, Gitea API v1,
Bitbucket Cloud 2.0, Linear, Netlify, Vercel, Heroku Platform, Fly Machines, Render, Mailgun, SendGrid, Twilio,
Discord, Microsoft Teams webhooks, Honeycomb, New Relic, Prometheus Alertmanager, Harbor, Nexus, Artifactory,
Portainer, Proxmox VE, Keycloak (account API), Unleash, Flagsmith, Split, Argo Workflows, Tekton, Spinnaker, Concourse,
Drone, TeamCity, Bamboo, Octopus Deploy).

`ACCOUNTS`: per service, the collections whose member is the account the credential belongs to (Sentry's
`organizations/SLUG`, Cloudflare's `accounts/ID`, Datadog has none): the place the act happens, the one the token
can reach, not an object the words must spell, unless the words name an organisation or account themselves.

`STATUS_MORE`: body status values beyond `http_acts.STATUS_ACTS` (Zendesk `solved`, Sentry `ignored`, Statuspage
`operational`, Jira `done`): the act each one is.
"""

from __future__ import annotations

from collections.abc import Mapping

# fmt: off
_S = tuple[str, str, str, str, str, str]
MORE: Mapping[str, _S] = {
    "sentry": ("sentry", "sentry", "sentry.io *.sentry.io sentry.*", r"^api/0/(?:organizations|projects|issues)/",
               "0", ""),
    "pagerduty": ("pagerduty pager_duty", "pd pagerduty pager", "api.pagerduty.com *.pagerduty.com", "", "",
                  "acknowledge:acknowledge resolve:resolve snooze:mute merge:update"),
    "opsgenie": ("opsgenie", "opsgenie genie og", "api.opsgenie.com api.eu.opsgenie.com *.opsgenie.com",
                 r"^v2/alerts/", "", "acknowledge:acknowledge close:resolve snooze:mute unacknowledge:update "
                 "escalate:update assign:add"),
    "launchdarkly": ("launchdarkly launch_darkly", "ld launchdarkly", "app.launchdarkly.com *.launchdarkly.com",
                     r"^api/v2/flags/", "", ""),
    "slack": ("slack", "slack xoxb xoxp", "slack.com *.slack.com", r"^api/(?:chat|conversations|users|reactions)\.",
              "", "chat.postmessage:publish chat.postephemeral:publish chat.update:update chat.delete:delete "
              "chat.schedulemessage:publish conversations.archive:archive conversations.unarchive:unarchive "
              "conversations.invite:add conversations.kick:delete conversations.create:create "
              "conversations.settopic:update conversations.setpurpose:update conversations.rename:update "
              "reactions.add:add pins.add:add"),
    "jira": ("jira atlassian", "jira atlassian", "*.atlassian.net jira.*",
             r"^rest/api/(?:2|3|latest)/(?:issue|project|user|group|version)(?:/|$)", "rest issue project",
             "transitions:update comment:add assignee:add watchers:add remotelink:add"),
    "zendesk": ("zendesk", "zendesk zd", "*.zendesk.com", r"^api/v2/tickets(?:/|\.json|$)", "", "merge:update"),
    "datadog": ("datadog", "dd datadog", "api.datadoghq.com api.*.datadoghq.com *.datadoghq.eu api.ddog-gov.com",
                "", "", "mute:mute unmute:enable"),
    "statuspage": ("statuspage status_page", "statuspage sp", "api.statuspage.io", r"^v1/pages/", "", ""),
    "kubernetes": ("kubernetes k8s kube*", "k8s kube kubernetes kubeconfig",
                   "kubernetes.default* *.eks.amazonaws.com *.azmk8s.io",
                   r"^(?:api/v1|apis/[\w.]+/v\w+)/(?:namespaces|nodes|pods|deployments)", "apis api namespaces", "scale:update"),
    "gitea": ("gitea forgejo codeberg", "gitea forgejo codeberg", "gitea.* codeberg.org", r"^api/v1/repos/", "", ""),
    "bitbucket": ("bitbucket", "bitbucket bb", "api.bitbucket.org", r"^2\.0/repositories/", "2.0", ""),
    "linear": ("linear", "linear", "api.linear.app", "", "", ""),
    "alertmanager": ("alertmanager silence*", "alertmanager am", "alertmanager.*", r"^api/v2/(?:silences?|alerts)(?:/|$)",
                     "", "silences:mute"),
    "harbor": ("harbor", "harbor", "harbor.*", r"^api/v2\.0/projects/", "2.0", ""),
    "artifactory": ("artifactory jfrog", "artifactory jfrog rt", "*.jfrog.io artifactory.*", r"^artifactory/api/", "artifactory",
                    ""),
    "portainer": ("portainer", "portainer", "portainer.*", r"^api/(?:endpoints|stacks)/", "", ""),
    "proxmox": ("proxmox pve", "pve proxmox", "", r"^api2/json/nodes/", "api2 json nodes qemu lxc", "start:enable stop:disable "
                "shutdown:shutdown reboot:restart reset:restart suspend:disable resume:enable"),
    "unleash": ("unleash", "unleash", "unleash.* *.getunleash.io", r"^api/admin/projects/[^/]+/features/", "", ""),
    "flagsmith": ("flagsmith", "flagsmith", "api.flagsmith.com flagsmith.*", r"^api/v1/environments/", "", ""),
    "heroku": ("heroku", "heroku", "api.heroku.com", "", "", "dynos:restart"),
    "netlify": ("netlify", "netlify", "api.netlify.com", "", "", "restore:promote"),
    "vercel": ("vercel", "vercel", "api.vercel.com", "", "", "promote:promote"),
    "fly": ("fly fly.io flyio", "fly flyio", "api.machines.dev", "", "", ""),
    "mailgun": ("mailgun", "mailgun mg", "api.mailgun.net api.eu.mailgun.net", "", "", "messages:publish"),
    "sendgrid": ("sendgrid", "sendgrid sg", "api.sendgrid.com", "", "mail", "send:publish"),
    "twilio": ("twilio", "twilio tw", "api.twilio.com *.twilio.com", "", "2010-04-01", "messages.json:publish"),
    "discord": ("discord", "discord", "discord.com discordapp.com", r"^api/(?:v\d+/)?(?:channels|webhooks)/", "", ""),
    "teamcity": ("teamcity", "teamcity tc", "teamcity.*", r"^app/rest/(?:buildqueue|builds)", "app rest", "buildqueue:run"),
    "argo_workflows": ("argo workflow*", "argo", "", r"^api/v1/workflows/", "", "resubmit:run retry:run submit:run"),
    "octopus": ("octopus", "octopus octo", "*.octopus.app", r"^api/(?:spaces-\d+/)?deployments", "", ""),
}
#: The collections whose member is the credential's own account (the place, not the object).
ACCOUNTS: Mapping[str, frozenset[str]] = {
    "sentry": frozenset({"organizations"}), "cloudflare": frozenset({"accounts"}),
    "statuspage": frozenset({"pages"}), "grafana": frozenset({"orgs"}), "buildkite": frozenset({"organizations"}),
    "harbor": frozenset(), "jira": frozenset(), "datadog": frozenset(), "vercel": frozenset({"teams"}),
}
#: Status values that name an act (beyond `http_acts.STATUS_ACTS`).
STATUS_MORE: Mapping[str, frozenset[str]] = {
    "solved": frozenset({"resolve"}), "done": frozenset({"resolve"}), "completed": frozenset({"resolve"}),
    "fixed": frozenset({"resolve"}), "ignored": frozenset({"mute", "archive"}),  # (Sentry's "archive" is `ignored`)
    "resolvedinnextrelease": frozenset({"resolve"}), "snoozed": frozenset({"mute"}),
    "silenced": frozenset({"mute"}), "unresolved": frozenset({"unarchive"}), "reopened": frozenset({"unarchive"}),
}
#: Body keys whose value is a key name of the same request (Airflow's `update_mask=is_paused`, Google's `updateMask`,
#: `fields`): the request's own bookkeeping, never a value the words spell.
MASK_KEYS = frozenset({"update_mask", "updatemask", "mask", "field_mask", "fieldmask", "fields"})
#: Body flags that name an act when true (beyond `http_acts.BODY_ACTS`): Airflow `is_paused`, Entra
#: `accountEnabled`, Datadog/Grafana `paused`, `muted`, `locked`, `blocked`.
FLAGS_MORE: Mapping[str, tuple[frozenset[str], frozenset[str]]] = {
    # key: (act when true, act when false)
    "is_paused": (frozenset({"disable"}), frozenset({"enable"})),
    "paused": (frozenset({"disable"}), frozenset({"enable"})),
    "accountenabled": (frozenset({"enable"}), frozenset({"disable"})),
    "is_active": (frozenset({"enable"}), frozenset({"disable"})),
    "muted": (frozenset({"mute"}), frozenset({"enable"})),
    "locked": (frozenset({"lock"}), frozenset({"unarchive"})),
    "blocked": (frozenset({"disable"}), frozenset({"enable"})),
    "archived": (frozenset({"archive"}), frozenset({"unarchive"})),
    "enabled": (frozenset({"enable"}), frozenset({"disable"})),
    "disabled": (frozenset({"disable"}), frozenset({"enable"})),
    "active": (frozenset({"enable"}), frozenset({"disable"})),
    "suspended": (frozenset({"disable"}), frozenset({"enable"})),
    "unschedulable": (frozenset({"disable"}), frozenset({"enable"})),
}
# fmt: on


def fixtures() -> list[tuple[str, str, str | None]]:
    """(host, path, service) checked by the tests."""
    return [
        ("sentry.io", "api/0/organizations/tarang/issues", "sentry"),
        ("sentry.acme.int", "api/0/issues/4410923", "sentry"),
        ("api.pagerduty.com", "incidents/q2r7", "pagerduty"),
        ("api.eu.opsgenie.com", "v2/alerts/7c1d/close", "opsgenie"),
        ("app.launchdarkly.com", "api/v2/flags/web/new-checkout", "launchdarkly"),
        ("slack.com", "api/chat.postmessage", "slack"),
        ("acme.atlassian.net", "rest/api/3/issue/ops-212/transitions", "jira"),
        ("acme.zendesk.com", "api/v2/tickets/4411", "zendesk"),
        ("api.datadoghq.eu", "api/v1/monitor/12/mute", "datadog"),
        ("10.0.0.5", "api/v1/nodes/web-3", "kubernetes"),
        ("pve.lab", "api2/json/nodes/pve1/qemu/310/status/reboot", "proxmox"),
    ]
