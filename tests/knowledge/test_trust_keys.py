"""The trust decisions' table (`knowledge.trust_keys`): its fixtures, and its command rows read through
`knowledge.weakenings` with the meaning and scope each row says."""

from __future__ import annotations

import pytest

from automode.knowledge import trust_keys
from automode.knowledge.weakenings import ROWS, weakening


@pytest.mark.parametrize(("text", "key"), trust_keys.MUST_MATCH)
def test_keys_found(text: str, key: str) -> None:
    assert key in trust_keys.keys_in(text), (text, trust_keys.keys_in(text))


@pytest.mark.parametrize("text", trust_keys.MUST_NOT_MATCH)
def test_no_keys(text: str) -> None:
    assert trust_keys.keys_in(text) == [], (text, trust_keys.keys_in(text))


@pytest.mark.parametrize(("program", "args", "control", "act", "reach", "item"), [
    ("Set-PSRepository", "-Name PSGallery -InstallationPolicy Trusted", "package-source", "trust", "item", "PSGallery"),
    ("Set-PSRepository", "PSGallery -InstallationPolicy Trusted", "package-source", "trust", "item", "PSGallery"),
    ("Register-PSRepository", "-Default -InstallationPolicy Trusted", "package-source", "trust", "user", ""),
    ("Set-PSResourceRepository", "-Name PSGallery -Trusted", "package-source", "trust", "item", "PSGallery"),
    ("Install-Module", "Az -Scope AllUsers -Force -SkipPublisherCheck", "integrity", "off", "machine", ""),
    ("Install-Module", "Pester -SkipPublisherCheck", "integrity", "off", "process", ""),
    ("Install-PSResource", "Pester -TrustRepository", "package-source", "trust", "process", ""),
    ("Add-AppxPackage", "-Path .\\out\\App.msix -AllowUnsigned", "integrity", "off", "process", ""),
    ("Import-Certificate", "-FilePath dev.cer -CertStoreLocation Cert:\\LocalMachine\\Root", "tls", "trust", "machine", ""),
    ("certutil", "-addstore -f Root corp.cer", "tls", "trust", "machine", ""),
    ("certutil", "-user -addstore Root corp.cer", "tls", "trust", "user", ""),
    ("security", "add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain dev.crt", "tls", "trust", "machine", ""),
    ("apt-key", "add -", "package-source", "trust", "machine", ""),
    ("rpm", "--import https://repo.example/RPM-GPG-KEY", "package-source", "trust", "machine", "https://repo.example/RPM-GPG-KEY"),
    ("composer", "config -g secure-http false", "tls", "off", "user", ""),
    ("composer", "config secure-http false", "tls", "off", "project", ""),
    ("gem", "sources --add http://gems.corp.example/", "tls", "off", "item", "http://gems.corp.example/"),
    ("helm", "repo add corp https://charts.corp.example --insecure-skip-tls-verify", "tls", "off", "user", ""),
    ("winget", "install Foo --ignore-security-hash", "integrity", "off", "process", ""),
    ("choco", "install foo --ignore-checksums", "integrity", "off", "process", ""),
    ("snap", "install ./tool.snap --dangerous", "integrity", "off", "process", ""),
    ("flatpak", "remote-add --no-gpg-verify corp https://flatpak.corp.example/repo", "integrity", "off", "user", ""),
    ("dotnet", "nuget add source http://nuget.lab/v3/index.json --allow-insecure-connections", "tls", "off", "user", ""),
    ("Install-Module", "Az -Scope AllUsers -Force", "package-source", "trust", "machine", "Az"),
    ("Install-Module", "-Force -Name Az -Scope AllUsers", "package-source", "trust", "machine", "Az"),
    ("gpg", "--dearmor -o /etc/apt/keyrings/vendor.gpg", "package-source", "trust", "machine", "/etc/apt/keyrings/vendor.gpg"),
    ("tee", "/etc/apt/trusted.gpg.d/vendor.asc", "package-source", "trust", "machine", "/etc/apt/trusted.gpg.d/vendor.asc"),
    ("curl", "-fsSLo /usr/share/keyrings/k8s.gpg https://pkgs.k8s.io/Release.key", "package-source", "trust", "machine",
     "/usr/share/keyrings/k8s.gpg"),
    ("bundle", "config set --global ssl_verify_mode 0", "tls", "off", "user", ""),
    ("mix", "hex.config unsafe_https true", "tls", "off", "user", ""),
    ("poetry", "config certificates.corp.cert false", "tls", "off", "item", "corp"),
    ("keytool", "-importcert -trustcacerts -alias corp -file corp.crt -cacerts", "tls", "trust", "machine", ""),
    ("kubectl", "config set-cluster dev --insecure-skip-tls-verify=true", "tls", "off", "item", "dev"),
])  # fmt: skip
def test_command_rows(program: str, args: str, control: str, act: str, reach: str, item: str) -> None:
    w = weakening(program, args)
    assert w is not None, (program, args)
    assert (w.control, w.act, w.reach, w.item) == (control, act, reach, item)


@pytest.mark.parametrize(("program", "args"), [
    ("Set-PSRepository", "-Name PSGallery -InstallationPolicy Untrusted"), ("Install-Module", "Pester -Scope CurrentUser"),
    ("Install-Module", "Pester -SkipPublisherCheck:$false"), ("Add-AppxPackage", "-Path .\\out\\App.msix"),
    ("Import-Certificate", "-FilePath dev.cer -CertStoreLocation Cert:\\CurrentUser\\My"), ("certutil", "-dump corp.cer"),
    ("security", "find-certificate -a"), ("rpm", "-qa"), ("composer", "config secure-http true"), ("gem", "sources --list"),
    ("helm", "repo add bitnami https://charts.bitnami.com/bitnami"), ("winget", "install Foo"), ("choco", "install foo"),
    ("snap", "install core"), ("flatpak", "remote-add flathub https://flathub.org/repo/flathub.flatpakrepo"),
    ("dotnet", "nuget add source https://nuget.corp.example/v3/index.json"), ("trust", "list"),
    ("Install-Module", "Az -Scope CurrentUser -Force"), ("Install-Module", "Az -Scope AllUsers"),
    ("gpg", "--dearmor -o out.gpg key.asc"), ("tee", "/tmp/out.log"), ("curl", "-fsSL https://example.com/install.sh -o install.sh"),
    ("wget", "-O /tmp/key.asc https://example.com/key.asc"), ("bundle", "config set --global path vendor/bundle"),
    ("mix", "hex.config"), ("poetry", "config virtualenvs.in-project true"), ("keytool", "-list -cacerts"),
    ("kubectl", "config set-cluster dev --server=https://k8s.dev.example"), ("kubectl", "get pods"),
])  # fmt: skip
def test_command_rows_not(program: str, args: str) -> None:
    assert weakening(program, args) is None, (program, args)


def test_rows_merged() -> None:
    assert set(trust_keys.COMMAND_ROWS) <= set(ROWS)
