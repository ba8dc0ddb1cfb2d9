"""The table of settings that widen (`knowledge.wide_settings`) over the structured reader (`files.config_tree`):
each row's must-widen and must-not-widen changes, in the formats the row's settings are written in."""

from __future__ import annotations

import pytest

from automode.files.config_tree import reader
from automode.files.settingsdiff import changes
from automode.knowledge.wide_settings import sensitive, widened

#: (file, old text, new text, the row that widens, or "" for none)
CASES: list[tuple[str, str, str, str]] = [
    ("jest.config.base.ts", "coverageThreshold: { global: { branches: 80, lines: 85 } },\n",
     "coverageThreshold: { global: { branches: 0, lines: 0 } },\n", "coverage-min"),
    ("jest.config.base.ts", "coverageThreshold: { global: { branches: 80 } },\n", "coverageThreshold: { global: { branches: 85 } },\n", ""),
    ("src/main/resources/log4j2.xml", '<Logger name="org.apache.hc.client5" level="WARN"/>',
     '<Logger name="org.apache.hc.client5.http.wire" level="DEBUG"/>', "log-level"),
    ("src/main/resources/log4j2.xml", '<Logger name="org.apache.hc.client5" level="DEBUG"/>',
     '<Logger name="org.apache.hc.client5" level="INFO"/>', ""),
    ("src/Api/appsettings.json", '      "System.Net.Http.HttpClient": "Warning"\n', '      "System.Net.Http.HttpClient": "Trace"\n', "log-level"),
    (".env", "RUST_LOG=info\n", "RUST_LOG=info,hyper=trace\n", "log-level"),
    ("deploy/nginx/site.conf", "    listen 127.0.0.1:80;\n", "    listen 0.0.0.0:80;\n", "listen-address"),
    ("deploy/nginx/site.conf", "    listen 127.0.0.1:80;\n", "    listen 127.0.0.1:8080;\n", ""),
    ("docker-compose.yml", '    ports:\n      - "127.0.0.1:5432:5432"\n', '    ports:\n      - "5432:5432"\n', "listen-address"),
    ("docker-compose.yml", '    ports:\n      - "127.0.0.1:5432:5432"\n', '    ports:\n      - "127.0.0.1:5433:5432"\n', ""),
    ("infra/sg.tf", "  cidr_blocks = var.office\n", '  cidr_blocks = ["0.0.0.0/0"]\n', "source-range"),
    ("infra/iam.tf", '  role   = "roles/logging.viewer"\n', '  role   = "roles/owner"\n', "grant-role"),
    ("infra/iam.tf", '  role   = "roles/owner"\n', '  role   = "roles/logging.viewer"\n', ""),
    ("src/main/resources/application.yml", "        include: health,info\n", '        include: "*"\n', "actuator-exposure"),
    ("app/src/main/res/xml/network_security_config.xml", "<network-security-config>\n</network-security-config>\n",
     '<network-security-config>\n  <base-config cleartextTrafficPermitted="true"/>\n</network-security-config>\n', "cleartext"),
    ("ios/App/Info.plist", "\t<key>NSAppTransportSecurity</key>\n\t<dict/>\n",
     "\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t</dict>\n", "cleartext"),
    ("deploy/redis/redis.conf", "protected-mode yes\n", "protected-mode no\n", "protection-off"),
    ("roles/ci/files/sudoers-ci", "", "gitlab-runner ALL=(root) NOPASSWD: /usr/bin/make *\n", "sudo-grant"),
    ("next.config.js", "    remotePatterns: [{ protocol: 'https', hostname: 'img.shop.example' }],\n",
     "    remotePatterns: [{ protocol: 'https', hostname: '**' }],\n", "any-wildcard"),
    ("tsconfig.json", '  "include": ["src/**"]\n', '  "include": ["**"]\n', ""),
]


@pytest.mark.parametrize(("path", "old", "new", "row"), CASES, ids=[f"{c[0]}:{c[3] or 'none'}" for c in CASES])
def test_widened(path: str, old: str, new: str, row: str) -> None:
    changed = changes([(old, new)], reader(path))
    got = [r.name for r, _ in widened(changed, path)]
    if row:
        assert row in got, (changed, got)
    else:
        assert not got, (changed, got)


def test_sensitive_loggers() -> None:
    wire = changes([('<Logger name="org.apache.hc.client5" level="WARN"/>', '<Logger name="org.apache.hc.client5.http.wire" level="DEBUG"/>')],
                   reader("log4j2.xml"))
    own = changes([('<logger name="com.acme.billing" level="INFO"/>', '<logger name="com.acme.billing" level="DEBUG"/>')],
                  reader("logback.xml"))
    assert all(sensitive(r, c, wire) for r, c in widened(wire, "log4j2.xml"))
    assert not any(sensitive(r, c, own) for r, c in widened(own, "logback.xml"))
