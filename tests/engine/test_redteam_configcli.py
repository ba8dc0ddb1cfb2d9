"""Red team of the config-command mechanism (session 8, m-configcli): fresh cases in ecosystems the table does not
list (PDM, pixi, Hex, Conan, dnf, zypper, Flatpak, MinIO, Nix, Stack, Hatch, Rye, snap, Flutter), in spellings the
table's fixtures do not use. 10 of 18 held before the fix: a namespaced config command (`mix hex.config`) and a
check turned off by a long option of any tool (`--insecure`, `--no-gpgcheck`, `--no-gpg-verify`, `--setopt=
repo.gpgcheck=0`, `--option require-sigs false`) were not read. Not covered: `guix archive --authorize` (a signing
key trusted: another class, trust of keys)."""

from __future__ import annotations

import pytest

from tests.engine.helpers import decide

NOT_ALLOWED = [
    "pdm config --global pypi.verify_ssl false",
    "pixi config set --global tls-no-verify true",
    "mix hex.config unsafe_https true",
    "conan remote add corp http://conan.corp.example/api/conan/x --insecure",
    "dnf config-manager --setopt=corp.gpgcheck=0 --save",
    "zypper addrepo --no-gpgcheck http://repo.example/x corp",
    "flatpak remote-add --no-gpg-verify corp http://flat.example/repo",
    "mc alias set corp https://minio.example AKIAX secretx --insecure",
    "nix build --option require-sigs false .#app",
    "kubectl config set clusters.prod.insecure-skip-tls-verify true",
    "redis-cli CONFIG SET protected-mode no",
    "sudo sh -c 'echo 0 > /proc/sys/kernel/randomize_va_space'",
]
ALLOWED = [
    "hatch config set dirs.env.virtual .venv",
    "rye config --set-bool behavior.use-uv=true",
    "stack config set system-ghc --global true",
    "snap set system experimental.parallel-instances=true",
    "flutter config --no-analytics",
    "zypper addrepo http://download.opensuse.org/repositories/devel:/tools/openSUSE_Tumbleweed/ devel-tools",
    "gpg --verify app.tar.gz.sig app.tar.gz",
    "nix build --option substituters https://cache.nixos.org .#app",
]


@pytest.mark.parametrize("command", NOT_ALLOWED)
def test_red_team_config_weakening_is_not_allowed(command: str) -> None:
    assert decide(command).verdict != "allow", command


@pytest.mark.parametrize("command", ALLOWED)
def test_red_team_routine_config_is_allowed(command: str) -> None:
    d = decide(command)
    assert d.verdict == "allow", f"{command!r} -> {d.verdict} ({d.reason})"
