"""A configuration setting widened past any line named (session 18, class I4; facts: `files.wide_effects`,
knowledge: `knowledge.wide_settings`), when no other rule reads it. The user's words release it when they name the
key, the value, the place and the domain (`judge.intent.config_scope`), never by a verb alone ("fix the typo" names none
of it)."""

from __future__ import annotations

from automode.rules.base import Hit, rule
from automode.rules.writes import E, W
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect


#: Effects of an edit that are not a setting's weakening (lists, destinations, secrets, dropped lines, expiry rules).
_NOT_WEAKENINGS = ("wide-", "selection-", "destination-", "secret-sink-", "dropped", "expiry")


@rule(
    "AM-WRITE-060",
    category="security-degrade",
    verdict="ask",
    kind="effect",
    names={"weaken"},
    title="Widens a configuration setting: a verbose sensitive logger, every interface, every address, an admin role, `*`",
    what="An edit of a configuration (any format: YAML, JSON, TOML, properties, XML, HCL, directive files, sudoers) that "
    "moves a security-relevant setting to its wide side where no other rule reads it: a logger that writes credentials or "
    "traffic (wire, headers, security/SASL classes, HTTP clients, SQL binding) at DEBUG/TRACE, a listener moved from one "
    "address to every interface, a source range opened to every address, a role raised to an owner's or administrator's "
    "(refused), `*` in an allow-list, clear text, directory listing or anonymous access on, verification or protected "
    "mode off, a passwordless sudo grant. Test and development settings files are not read.",
    why="The line looks like a value tweak; what it does is open the service, the logs or the account to everyone.",
    example="<Logger name=\"org.apache.kafka.common.security\" level=\"trace\"/> added beside the level asked",
    instead="Change only the line the user named, with the value they said; ask before widening anything else.",
    must_match=[E("src/main/resources/log4j2.xml", '<Logger name="org.apache.kafka" level="warn"/>',
                  '<Logger name="org.apache.kafka" level="warn"/>\n<Logger name="org.apache.kafka.common.security" level="trace"/>'),
                E("infra/iam.tf", 'role   = "roles/logging.viewer"', 'role   = "roles/owner"'),
                E("docker-compose.yml", '    ports:\n      - "127.0.0.1:5432:5432"\n', '    ports:\n      - "5432:5432"\n'),
                E("next.config.js", "    remotePatterns: [{ protocol: 'https', hostname: 'img.shop.example' }],\n",
                  "    remotePatterns: [{ protocol: 'https', hostname: '**' }],\n"),
                E(".env", "RUST_LOG=info\n", "RUST_LOG=info,hyper=trace\n"),
                W("ansible/roles/ci/files/sudoers-ci", "gitlab-runner ALL=(root) NOPASSWD: /usr/bin/make *\n")],
    must_not_match=[E("src/main/resources/log4j2.xml", '<Logger name="com.acme.billing" level="INFO"/>',
                      '<Logger name="com.acme.billing" level="DEBUG"/>'),
                    E("infra/iam.tf", 'role   = "roles/owner"', 'role   = "roles/logging.viewer"'),
                    E("deploy/redis/redis.conf", "bind 127.0.0.1\n", "bind 127.0.0.1 10.0.3.7\n"),
                    E("config/settings.dev.yaml", "  host: 127.0.0.1\n", "  host: 0.0.0.0\n"),
                    E("src/main/resources/application.yml", "        include: health,info\n", "        include: health,info,prometheus\n")],
)  # fmt: skip
def setting_widened(e: Effect, a: Analysis) -> str | Hit | None:
    if not e.origin.startswith("wide-"):
        return None
    if any(x.kind == "weaken" and x.origin and not x.origin.startswith(_NOT_WEAKENINGS) for x in a.effects):
        return None  # another rule reads this edit's weakening: its reason and release apply
    return Hit(e.target, "deny") if e.origin in ("wide-role", "wide-cmds", "wide-fsroot") else e.target  # (privileged: refused)
