"""Trust decisions (session 15, class F5): the settings, options and keys that mark a code or package source trusted
or switch its verification off, in one table, whatever surface spells them (a shell command, a PowerShell cmdlet, a
config file written or edited, a variable exported in a start-up file, a Dockerfile line, a notebook cell).

`KEYS` maps a setting's name, folded (`fold`: lower case, `-`/`_`/`.`/spaces dropped) to its meaning:
* `trust-source`: a source, publisher, host, directory or certificate is trusted as it is (pip `trusted-host`,
  `Set-PSRepository -InstallationPolicy Trusted`, apt `[trusted=yes]`, `git safe.directory`, Docker
  `insecure-registries`, `GONOSUMDB`/`GOPRIVATE`/`GOINSECURE`, a root certificate added to a store);
* `verify-off`: a check is switched off (`strict-ssl false`, `sslVerify false`, `gpgcheck=0`, `SigLevel Never`,
  `secure-http false`, `-SkipPublisherCheck`, `-AllowUnsigned`, `NODE_TLS_REJECT_UNAUTHORIZED=0`).
Each row also names the control the user's words call it by (`weakenings.CONTROL_WORDS`). The readers that find
these settings already exist per surface (`weakenings.ROWS` for commands and `COMMAND_ROWS` below, `supply`/`sources`
for package configuration, `files.concepts` for settings in any file); this table is what the judge compares with
the user's words (`judge.intent.trusted`): a request that names the setting in so many words ("set secure-http to
false", "with allowInsecureConnections", "trust PSGallery") asks for it, within the scope it names.

Scopes (`weakenings.REACH_ORDER`): `process` (one command's option or prefix), `session` (an `export`), `project` (a
file of the project, `git config` without `--global`), `user` (a file in the home directory, `--global`, `go env
-w`), `machine` (a system file, `--system`, `-Scope AllUsers`, `LocalMachine`), `item` (one host, one repository).

Sources: pip-config(1) and the pip user guide (trusted-host), npm-config strict-ssl, yarnrc enableStrictSsl and
unsafeHttpWhitelist, cargo config http.check-revoke, NuGet.Config allowInsecureConnections, Gradle
allowInsecureProtocol and dependency verification, Maven settings `<blocked>` and checksumPolicy,
sources.list(5) trusted=yes, dnf.conf(5) gpgcheck/sslverify, pacman.conf(5) SigLevel, git-config(1)
safe.directory/http.sslVerify, go help environment (GOFLAGS, GONOSUMDB, GONOSUMCHECK, GOPRIVATE, GOINSECURE),
dockerd(8) insecure-registries, helm repo add --insecure-skip-tls-verify, conda ssl_verify, gem sources,
composer config secure-http/disable-tls, PowerShellGet Set-PSRepository/Install-Module, PSResourceGet
Set-PSResourceRepository -Trusted/-TrustRepository, Add-AppxPackage -AllowUnsigned, Import-Certificate, certutil
-addstore, security(1) add-trusted-cert, trust(1) anchor, apt-key(8), rpm --import, pacman-key --lsign-key,
winget settings, Chocolatey features, snap --dangerous, flatpak --no-gpg-verify, xattr com.apple.quarantine,
spctl(8).
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre

#: (meaning, control): the folded name of a setting, option or key (`fold`) -> what it does when set the weak way.
KEYS: dict[str, tuple[str, str]] = {
    # hosts, sources, repositories and directories trusted as they are
    **dict.fromkeys(("trustedhost", "allowinsecurehost", "insecureregistries", "insecureregistry", "unsafehttpwhitelist",
                     "gonosumdb", "gonosumcheck", "goprivate", "goinsecure", "safedirectory", "trustedsubstituters",
                     "trustedpublickeys", "trustedusers", "acceptflakeconfig", "trustrepository", "trustedrepository",
                     "installationpolicy", "trusted", "trustedhosts", "addtrustedcert", "addstore", "importcertificate",
                     "trustanchor", "lsignkey", "aptkey", "rpmimport", "nodeextracacerts", "addrepository", "cacerts",
                     "trustcacerts", "importcert"),
                    ("trust-source", "package-source")),
    # TLS certificate checks off
    **dict.fromkeys(("strictssl", "enablestrictssl", "sslverify", "httpsslverify", "securehttp", "disabletls", "checkrevoke",
                     "allowinsecureconnections", "allowinsecureprotocol", "insecureskiptlsverify", "verifyssl", "sslnoverify",
                     "nodetlsrejectunauthorized", "pythonhttpsverify", "gitsslnoverify", "curlcabundle", "requestscabundle",
                     "insecure", "validatecerts", "ignorecerts", "rejectunauthorized", "npmconfigstrictssl",
                     "yarnenablestrictssl", "cargohttpcheckrevoke", "pipcert", "sslverifymode", "unsafehttps",
                     "unsaferegistry", "unsafelyignorecertificateerrors", "ignorecertificateerrors", "ignorehttpserrors",
                     "skipcertificatecheck", "insecureskipverify", "nocheckcertificate", "tlsverify", "verifycerts"),
                    ("verify-off", "tls")),
    # package signatures, checksums and publisher checks off
    **dict.fromkeys(("gpgcheck", "repogpgcheck", "localpkggpgcheck", "siglevel", "localfilesiglevel", "remotefilesiglevel",
                     "allowunauthenticated", "allowinsecurerepositories", "allowdowngradetoinsecurerepositories", "nogpgcheck",
                     "nogpgchecks", "nosignature", "nodigest", "skippublishercheck", "allowunsigned", "gosumdb", "goflags",
                     "requiresigs", "dependencyverification", "orggradledependencyverification", "checksumpolicy",
                     "skipintegritycheck", "noverifyhashes", "allowuntrusted", "nogpgverify", "dangerous",
                     "allowemptychecksums", "allowemptychecksumssecure", "ignorechecksums", "ignoresecurityhash",
                     "installerhashoverride", "dockercontenttrust", "blocked", "forcebadverify", "verifystoreintegrity",
                     "safetychecks", "trustmodel"),
                    ("verify-off", "integrity")),
    # code-signing gates of the machine
    **dict.fromkeys(("masterdisable", "globaldisable", "comapplequarantine", "quarantine", "noquarantine", "lsquarantine",
                     "executionpolicy", "unblockfile"),
                    ("verify-off", "gatekeeper")),
}  # fmt: skip

#: Commands that mark a source trusted or switch its checks off, read like `weakenings.ROWS` (merged into it): (program
#: or cmdlet, pattern over its arguments, control, act, reach). PowerShell parameters take `-Name value` or `-Name:value`.
_TRUSTED = r"-InstallationPolicy[:\s]+['\"]?Trusted\b"
_SET_TRUSTED = r"-Trusted\b(?!:\s*\$?false)"


#: Where package tools read the keys they trust (apt keyrings and trusted.gpg.d, dnf/yum rpm-gpg, zypper, pacman).
_KEYRING = r"(?:/apt/keyrings/|/usr/share/keyrings/|/trusted\.gpg\.d/|/trusted\.gpg\b|/rpm-gpg/|/pacman\.d/gnupg/)"


def _named(cond: str) -> str:
    """A cmdlet's arguments that hold `cond`, the repository captured by `-Name` or as the first positional argument."""
    return (r"(?i)^(?=.*(?:" + cond + r"))(?:.*?-Name[:\s]+['\"]?(?P<item>[\w.-]+)|['\"]?(?P<item2>\w[\w.-]*)|(?P<none>))")


COMMAND_ROWS: tuple[tuple[str, str, str, str, str], ...] = (
    # PowerShellGet / PSResourceGet: a repository trusted for every later install, publisher checks skipped
    ("set-psrepository", _named(_TRUSTED), "package-source", "trust", "item"),
    ("register-psrepository", _named(_TRUSTED), "package-source", "trust", "item"),
    ("set-psresourcerepository", _named(_SET_TRUSTED), "package-source", "trust", "item"),
    ("register-psresourcerepository", _named(_SET_TRUSTED), "package-source", "trust", "item"),
    ("install-psresource", r"(?i)-TrustRepository\b(?!:\s*\$?false)", "package-source", "trust", "process"),
    ("save-psresource", r"(?i)-TrustRepository\b(?!:\s*\$?false)", "package-source", "trust", "process"),
    ("install-module", r"(?i)(?=.*-SkipPublisherCheck\b(?!:\s*\$?false)).*-Scope[:\s]+['\"]?AllUsers\b", "integrity", "off", "machine"),
    ("install-module", r"(?i)-SkipPublisherCheck\b(?!:\s*\$?false)", "integrity", "off", "process"),
    ("update-module", r"(?i)-SkipPublisherCheck\b(?!:\s*\$?false)", "integrity", "off", "process"),
    # `-Force` answers the untrusted-repository prompt; with `-Scope AllUsers` for every user of the machine
    ("install-module", _named(r"-Force\b(?!:\s*\$?false)(?=.*-Scope[:\s]+['\"]?AllUsers\b)|-Scope[:\s]+['\"]?AllUsers\b(?=.*-Force\b(?!:\s*\$?false))"),
     "package-source", "trust", "machine"),
    ("add-appxpackage", r"(?i)-AllowUnsigned\b(?!:\s*\$?false)", "integrity", "off", "process"),
    # root and publisher certificates trusted (Windows stores, macOS keychains, the system CA bundle)
    ("import-certificate", r"(?i)-CertStoreLocation[:\s]+['\"]?Cert:\\+LocalMachine\\+(?:Root|AuthRoot|TrustedPublisher|CA)\b",
     "tls", "trust", "machine"),
    ("import-certificate", r"(?i)-CertStoreLocation[:\s]+['\"]?Cert:\\+CurrentUser\\+(?:Root|AuthRoot|TrustedPublisher|CA)\b",
     "tls", "trust", "user"),
    ("certutil", r"(?i)(?:^|\s)[-/]user\b.*[-/]addstore\s+(?:-f\s+)?['\"]?(?:root|authroot|trustedpublisher|ca)\b", "tls", "trust", "user"),
    ("certutil", r"(?i)(?:^|\s)[-/]addstore\s+(?:-f\s+)?['\"]?(?:root|authroot|trustedpublisher|ca)\b", "tls", "trust", "machine"),
    ("security", r"^add-trusted-cert\b(?=.*(?:\s-d\b|System\.keychain))", "tls", "trust", "machine"),
    ("security", r"^add-trusted-cert\b", "tls", "trust", "user"),
    ("trust", r"^anchor\s+(?!--remove)", "tls", "trust", "machine"),
    # signing keys of package repositories added (apt-key(8), rpm --import, pacman-key --lsign-key), and a key written
    # where apt, dnf or zypper read trusted keys (`curl URL | gpg --dearmor -o /etc/apt/keyrings/x.gpg`, `| tee …`)
    ("gpg", r"(?i)--dearmou?r\b.*?(?:-o|--output)[= ]?(?P<item>\S*" + _KEYRING + r"\S*)|(?:-o|--output)[= ]?(?P<item2>\S*" + _KEYRING
     + r"\S*).*--dearmou?r\b|--keyring[= ]?(?P<none>\S*" + _KEYRING + r"\S*).*--recv-keys?\b", "package-source", "trust", "machine"),
    ("tee", r"(?:^|\s)(?P<item>\S*" + _KEYRING + r"\S*)", "package-source", "trust", "machine"),
    ("curl", r"(?:^|\s)(?:-[a-zA-Z]*o|--output)[= ]?(?P<item>\S*" + _KEYRING + r"\S*)", "package-source", "trust", "machine"),
    ("wget", r"(?:^|\s)(?:-O|--output-document)[= ]?(?P<item>\S*" + _KEYRING + r"\S*)", "package-source", "trust", "machine"),
    ("apt-key", r"^(?:--\S+\s+)*(?:add|adv)\b", "package-source", "trust", "machine"),
    ("rpm", r"(?:^|\s)--import\s+(?P<item>\S+)", "package-source", "trust", "machine"),
    ("rpmkeys", r"(?:^|\s)--import\s+(?P<item>\S+)", "package-source", "trust", "machine"),
    ("pacman-key", r"(?:^|\s)--lsign(?:-key)?\s+(?P<item>\S+)", "package-source", "trust", "machine"),
    # composer (getcomposer.org/doc/06-config.md secure-http, disable-tls)
    ("composer", r"config\s+(?:\S+\s+)*?(?:--global|-g)\s+(?:\S+\s+)*?(?:secure-http\s+(?:false|0)|disable-tls\s+(?:true|1))\b",
     "tls", "off", "user"),
    ("composer", r"config\s+(?:\S+\s+)*?(?:secure-http\s+(?:false|0)|disable-tls\s+(?:true|1))\b", "tls", "off", "project"),
    # gem sources over plain http
    ("gem", r"^sources\s+(?:\S+\s+)*?(?:-a|--add)\s+(?P<item>http://\S+)", "tls", "off", "item"),
    # helm repositories without TLS checks
    ("helm", r"^repo\s+add\s+(?:\S+\s+)*?--insecure-skip-tls-verify\b(?!=false)", "tls", "off", "user"),
    # Docker daemon and engine
    ("dockerd", r"--insecure-registry[= ](?P<item>\S+)", "tls", "trust", "item"),
    # Windows package managers (winget settings, Chocolatey features and options)
    ("winget", r"(?i)^settings\s+--enable\s+(?:InstallerHashOverride|LocalManifestFiles|BypassCertificatePinningForMicrosoftStore)\b",
     "integrity", "off", "machine"),
    ("winget", r"(?i)--ignore-security-hash\b", "integrity", "off", "process"),
    ("choco", r"(?i)^feature\s+enable\s+(?:-n[= ]?|--name[= ]?)['\"]?allowEmptyChecksums(?:Secure)?\b", "integrity", "off", "machine"),
    ("choco", r"(?i)--(?:allow-empty-checksums(?:-secure)?|ignore-checksums)\b", "integrity", "off", "process"),
    # snaps and flatpaks without signature checks
    ("snap", r"^install\s+(?:\S+\s+)*?--dangerous\b", "integrity", "off", "process"),
    ("flatpak", r"^remote-(?:add|modify)\s+(?:\S+\s+)*?--no-gpg-verify\b", "integrity", "off", "user"),
    # Ruby Bundler, Elixir Hex, Poetry: TLS checks off in the tool's own configuration
    ("bundle", r"^config\s+(?:set\s+)?(?:--global\s+)?ssl_verify_mode\s+['\"]?0\b", "tls", "off", "user"),
    ("bundle", r"^config\s+(?:set\s+)?--local\s+ssl_verify_mode\s+['\"]?0\b", "tls", "off", "project"),
    ("mix", r"^hex\.config\s+unsafe_(?:https|registry)\s+(?:true|1)\b", "tls", "off", "user"),
    ("poetry", r"^config\s+--local\s+certificates\.(?P<item>[\w.-]+?)\.cert\s+false\b", "tls", "off", "item"),
    ("poetry", r"^config\s+certificates\.(?P<item>[\w.-]+?)\.cert\s+false\b", "tls", "off", "item"),
    # the JDK's trust store (keytool -importcert into cacerts), a cluster without TLS checks in the user's kubeconfig
    ("keytool", r"(?i)-import(?:cert)?\b(?=.*(?:\s-cacerts\b|[/\\]cacerts\b))", "tls", "trust", "machine"),
    ("kubectl", r"^config\s+set-cluster\s+(?P<item>[\w.:/-]+)\s+(?:\S+\s+)*?--insecure-skip-tls-verify(?:=true)?(?:\s|$)", "tls", "off", "item"),
    # pip's options handed through pipx
    ("pipx", r"--pip-args[= ]['\"]?[^'\"]*--trusted-host[= ](?P<item>[^\s'\"]+)", "tls", "trust", "item"),
    # nuget sources over http (dotnet nuget add source --allow-insecure-connections)
    ("dotnet", r"^nuget\s+(?:add|update)\s+source\s+(?:\S+\s+)*?--allow-insecure-connections\b", "tls", "off", "user"),
)  # fmt: skip

#: The programs of `COMMAND_ROWS` that run all day for other things: their rows are read only when the arguments hold
#: one of these words (`weakenings._GATE`).
GATE: dict[str, tuple[str, ...]] = {
    "composer": ("secure-http", "disable-tls"), "gem": ("sources",), "helm": ("insecure",), "rpm": ("--import",),
    "winget": ("settings", "--ignore-security-hash"), "choco": ("checksum",), "snap": ("--dangerous",),
    "flatpak": ("gpg",), "dotnet": ("insecure",), "security": ("add-trusted-cert",), "trust": ("anchor",),
    "certutil": ("addstore",), "bundle": ("ssl_verify_mode",), "mix": ("unsafe_",), "poetry": ("certificates.",),
    "keytool": ("cacerts",), "kubectl": ("insecure-skip-tls-verify",), "gpg": ("keyring", "trusted.gpg", "rpm-gpg", "gnupg"),
    "tee": ("keyring", "trusted.gpg", "rpm-gpg", "gnupg"), "curl": ("keyring", "trusted.gpg", "rpm-gpg", "gnupg"),
    "wget": ("keyring", "trusted.gpg", "rpm-gpg", "gnupg"), "pipx": ("trusted-host",),
}  # fmt: skip

#: Variables that turn a check off, exported or set for one command (`weakenings.VARIABLES`); the package managers'
#: own (`PIP_TRUSTED_HOST`, `GONOSUMDB`, `GOFLAGS=-insecure`, `NPM_CONFIG_STRICT_SSL`) are `supply`'s `insecure_env`.
VARIABLES: dict[str, tuple[str, str, str]] = {
    "DOCKER_CONTENT_TRUST": (r"^0$", "integrity", "off"),
    "HOMEBREW_CASK_OPTS": (r"--no-quarantine\b", "gatekeeper", "off"),
    "DOCKER_TLS_VERIFY": (r"^0?$", "tls", "off"),
    "AZURE_CLI_DISABLE_CONNECTION_VERIFICATION": (r"^(?:1|true|yes)$", "tls", "off"),
}

#: The user's words for a source or publisher being trusted (`weakenings.CONTROL_WORDS["package-source"]`).
SOURCE_WORDS = ("trust", "trusted", "repository", "repositories", "repo", "gallery", "psgallery", "feed", "feeds", "source",
                "sources", "registry", "registries", "mirror", "publisher", "signing key", "gpg key", "repo key", "key",
                "keyring", "psrepository", "installationpolicy", "installation policy")  # fmt: skip
#: More words for package signatures and publisher checks (`weakenings.CONTROL_WORDS["integrity"]`).
INTEGRITY_WORDS = ("publisher check", "publisher", "skippublishercheck", "authenticode", "unsigned", "signed", "sideload",
                   "gpgcheck", "gpg check", "siglevel", "sig level", "checksum database", "checksum db", "sumdb", "gosumdb",
                   "gonosumdb", "gonosumcheck", "goprivate", "goinsecure", "goflags", "content trust")  # fmt: skip

_FOLD = lazyre.compile(r"[\s_.\-:/\[\]\"'`=]+")


def fold(name: str) -> str:
    """A setting's name as the table keys it: `http.sslVerify`, `--insecure-skip-tls-verify`, `SkipPublisherCheck`,
    `GONOSUMDB` all lower case without separators."""
    return _FOLD.sub("", name.lower()).lstrip("-")


#: Setting-like tokens in a text: options (`--x-y`, `-SkipPublisherCheck`), keys (`strict-ssl`, `http.sslVerify`,
#: `allowInsecureConnections`, `trusted=yes`), variables (`GONOSUMDB`).
_TOKEN = lazyre.compile(r"(?<![\w])-{0,2}[A-Za-z][\w.-]*[A-Za-z0-9]|\[[a-z-]+=")


def keys_in(text: str) -> list[str]:
    """The table's keys a text spells (folded), first seen first; a dotted key also by its last part
    (`http.sslVerify`: sslverify) and by its whole (`httpsslverify`)."""
    out: list[str] = []
    for m in _TOKEN.finditer(text[:4000]):
        tok = m.group(0).strip("[=")
        for cand in (tok, tok.rsplit(".", 1)[-1], tok.split("=", 1)[0]):
            k = fold(cand)
            if k in KEYS and k not in out:
                out.append(k)
    return out


def meaning(key: str) -> tuple[str, str] | None:
    """(meaning, control) of a folded key, or None."""
    return KEYS.get(fold(key))


@lru_cache(maxsize=1024)  # pure: a session's settings are spelled against the same keys for every action
def key_spellings(key: str) -> str:
    """A pattern for the user's spellings of a folded key: its letters with any separators between the words of the
    table's own spellings (`strictssl` matches "strict-ssl", "strict ssl", "strict_ssl", "strictSSL")."""
    return r"(?<![a-z0-9])" + r"[\s_.\-]?".join(re.escape(c) for c in key) + r"(?![a-z0-9])"


#: The configuration files of package tools, version control, container engines and the system's package sources:
#: a setting in them is a trust decision read by its control too ("turn off ssl verification for the mirror"); in an
#: application's own files only by the setting's name (`judge.intent.trusted`).
TOOL_FILES = lazyre.compile(
    r"(?:^|/)(?:pip\.(?:conf|ini)|uv\.toml|poetry\.toml|pypoetry/config\.toml|\.pydistutils\.cfg|\.npmrc|\.yarnrc(?:\.yml)?|\.pnpmrc|"
    r"bunfig\.toml|\.cargo/config(?:\.toml)?|[Nn]u[Gg]et\.[Cc]onfig|gradle\.properties|init\.gradle(?:\.kts)?|[\w.-]+\.init\.gradle(?:\.kts)?|"
    r"settings\.xml|\.mvn/maven\.config|sources\.list|sources\.list\.d/[\w.-]+|apt\.conf(?:\.d/[\w.-]+)?|[\w.-]+\.repo|yum\.conf|"
    r"dnf\.conf|pacman\.conf|makepkg\.conf|\.?gitconfig|\.git/config|daemon\.json|registries\.conf|\.condarc|condarc|\.mambarc|"
    r"\.gemrc|\.bundle/config|composer\.json|go\.env|nix\.conf|\.terraformrc|terraform\.rc|ansible\.cfg|\.Renviron|"
    r"(?:Docker|Container)file(?:\.[\w.-]+)?|[\w.-]+\.[Dd]ockerfile|\.curlrc|\.wgetrc|containers/[\w.-]+\.conf)$")

#: Fixtures of the table (`tests/knowledge/test_trust_keys.py`): texts whose keys are found, and texts with none.
MUST_MATCH: tuple[tuple[str, str], ...] = (
    ("pip config set global.trusted-host pypi.mirror.example", "trustedhost"),
    ("Set-PSRepository -Name PSGallery -InstallationPolicy Trusted", "installationpolicy"),
    ("Install-Module Pester -SkipPublisherCheck", "skippublishercheck"),
    ("git config --global http.sslVerify false", "sslverify"),
    ("deb [trusted=yes] http://apt.vendor.example/ stable main", "trusted"),
    ('<add key="lab" value="http://x" allowInsecureConnections="true" />', "allowinsecureconnections"),
    ("go env -w GONOSUMDB=git.corp.example", "gonosumdb"),
    ("SigLevel = Never", "siglevel"),
    ("gpgcheck=0", "gpgcheck"),
    ("export NODE_TLS_REJECT_UNAUTHORIZED=0", "nodetlsrejectunauthorized"),
    ('{"insecure-registries": ["registry.lab:5000"]}', "insecureregistries"),
    ("composer config secure-http false", "securehttp"),
    ("git config --global --add safe.directory '*'", "safedirectory"),
    ("Add-AppxPackage -Path App.msix -AllowUnsigned", "allowunsigned"),
)
MUST_NOT_MATCH: tuple[str, ...] = (
    "pip install requests", "npm config set registry https://registry.npmjs.org/", "git config user.name Ana",
    "Install-Module Pester -Scope CurrentUser", "helm repo add bitnami https://charts.bitnami.com/bitnami",
    "go env -w GOPROXY=https://proxy.golang.org,direct",
)
