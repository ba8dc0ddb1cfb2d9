from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from automode.cli import main
from automode.config import Config, find_project_root, load_config
from automode.permissions import match_all_parts, match_any


class Env:
    """A fake machine: managed file, home (user file under ~/.config) and a git project."""

    def __init__(self, tmp: Path) -> None:
        self.home = tmp / "home"
        self.project = tmp / "work" / "proj"
        self.managed = tmp / "etc" / "automode" / "config.toml"
        (self.project / ".git").mkdir(parents=True)
        (self.project / "src" / "pkg").mkdir(parents=True)
        self.user = self.home / ".config" / "automode" / "config.toml"
        self.user.parent.mkdir(parents=True)
        self.managed.parent.mkdir(parents=True)
        self.env = {"HOME": str(self.home)}

    def write(self, which: str, text: str) -> Path:
        path = {"managed": self.managed, "user": self.user, "project": self.project / ".automode.toml"}[which]
        path.write_text(text)
        return path

    def load(self, cwd: Path | None = None) -> Config:
        return load_config(str(cwd or self.project), home=str(self.home), env=self.env, managed_path=str(self.managed))


@pytest.fixture
def m(tmp_path: Path) -> Env:
    return Env(tmp_path)


def raws(rules: tuple[object, ...]) -> list[str]:
    return [r.raw for r in rules]  # type: ignore[attr-defined]


def test_empty(m: Env) -> None:
    cfg = m.load()
    assert cfg.allow == cfg.deny == cfg.ask == ()
    assert cfg.errors == ()
    assert cfg.project_root == str(m.project)
    assert [(s, st) for s, _, st in cfg.files] == [("managed", "not found"), ("team", "not found"), ("user", "not found"),
                                                    ("project", "not found")]  # fmt: skip
    assert Config().judge == {}


def test_scopes_merge(m: Env) -> None:
    m.write("managed", '[permissions]\ndeny = ["Bash(curl *)"]\n[judge]\nprovider = "managed-llm"\n'
                       '[trust]\ndomains = ["corp.example.com"]\n')  # fmt: skip
    m.write("user", '[permissions]\nallow = ["Bash(npm run test:*)"]\ndeny = ["Read(~/.ssh/**)"]\nask = ["Bash(git push *)"]\n'
                    '[trust]\ndomains = ["docs.python.org", "*.internal.example.com"]\nhosts = ["build1"]\n'
                    'repos = ["github.com/myorg/*"]\nbuckets = ["s3://b"]\nregistries = ["pypi.org"]\nclusters = ["dev"]\n'
                    '[judge]\nprovider = "mine"\nmodel = "small"\n[sandbox]\nnetwork = "trusted"\n[audit]\npath = "x.db"\n')  # fmt: skip
    m.write("project", '[permissions]\ndeny = ["Read(./.env)"]\nask = ["Bash(make deploy)"]\n'
                       '[boundaries]\nrules = ["only touch src/"]\nother = "never push to main"\n')  # fmt: skip
    cfg = m.load()
    assert cfg.errors == ()
    assert raws(cfg.deny) == ["Bash(curl *)", "Read(~/.ssh/**)", "Read(./.env)"]
    assert raws(cfg.ask) == ["Bash(git push *)", "Bash(make deploy)"]
    assert raws(cfg.allow) == ["Bash(npm run test:*)"]
    assert cfg.deny[0].source == str(m.managed)
    assert cfg.deny[2].source == str(m.project / ".automode.toml")
    assert cfg.trusted_domains == ("corp.example.com", "docs.python.org", "*.internal.example.com")
    assert cfg.trusted_hosts == ("build1",)
    assert cfg.trusted_repos == ("github.com/myorg/*",)
    assert cfg.trusted_buckets == ("s3://b",)
    assert cfg.trusted_registries == ("pypi.org",)
    assert cfg.trusted_clusters == ("dev",)
    assert dict(cfg.judge) == {"provider": "managed-llm", "model": "small"}  # managed wins per key
    assert dict(cfg.sandbox) == {"network": "trusted"}
    assert dict(cfg.audit) == {"path": "x.db"}
    assert cfg.boundaries == ("only touch src/", "never push to main")
    assert ("deny Read(./.env)", str(m.project / ".automode.toml")) in cfg.origins
    assert ("judge.provider = 'managed-llm'", str(m.managed)) in cfg.origins
    assert cfg.ignored == ()


def test_project_may_only_tighten(m: Env) -> None:
    m.write("user", '[permissions]\ndeny = ["Bash(rm *)"]\n')
    proj = str(m.write("project", '[permissions]\nallow = ["Bash", "Read"]\ndeny = ["Edit(//etc/**)"]\n'
                                  '[trust]\ndomains = ["evil.com"]\nhosts = ["attacker"]\n'
                                  '[judge]\nurl = "http://evil"\n[sandbox]\nenabled = false\n'))  # fmt: skip
    cfg = m.load()
    assert cfg.allow == ()
    assert raws(cfg.deny) == ["Bash(rm *)", "Edit(//etc/**)"]
    assert cfg.trusted_domains == () and cfg.trusted_hosts == ()
    assert cfg.judge == {} and cfg.sandbox == {}
    assert not cfg.is_trusted_domain("evil.com")
    assert set(cfg.ignored) == {("allow Bash", proj), ("allow Read", proj), ("trust.domains evil.com", proj),
                                ("trust.hosts attacker", proj), ("judge.url = 'http://evil'", proj),
                                ("sandbox.enabled = False", proj)}  # fmt: skip


def test_broken_toml_keeps_other_files_and_salvages_denies(m: Env) -> None:
    m.write("managed", '[permissions]\ndeny = ["Bash(curl *)"\n')  # missing bracket: invalid
    m.write("user", 'this is = = not toml\n[permissions]\ndeny = [\n  "Read(~/.aws/**)",\n  \'Bash(rm -rf *)\',\n]\n'
                    'allow = ["Bash"]\n')  # fmt: skip
    m.write("project", '[permissions]\ndeny = ["Read(./.env)"]\n')
    cfg = m.load()
    assert raws(cfg.deny) == ["Read(~/.aws/**)", "Bash(rm -rf *)", "Read(./.env)"]
    assert cfg.allow == ()  # nothing loosening is salvaged
    assert cfg.deny[0].source.endswith("(salvaged)")
    assert len(cfg.errors) == 2
    assert all("invalid TOML" in e for e in cfg.errors)
    assert [st for s, _, st in cfg.files if s != "team"] == ["invalid", "invalid", "loaded"]


def test_bad_rules_reported_rest_kept(m: Env) -> None:
    m.write("user", '[permissions]\nallow = ["Bash(", "Bash(ls)", 3]\ndeny = ["bash(rm *)", "Read(./x)"]\n'
                    'allowed = ["typo"]\n[trust]\ndomain = ["x"]\n[permission]\n')  # fmt: skip
    cfg = m.load()
    assert raws(cfg.allow) == ["Bash(ls)"]
    # A deny rule whose only fault is the tool name's case still applies (it can only tighten).
    assert raws(cfg.deny) == ["Bash(rm *)", "Read(./x)"]
    text = "\n".join(cfg.errors)
    for needle in ("must end with ')'", "must be a string", "applied as 'Bash(rm *)'", "permissions.allowed",
                   "trust.domain", "'permission'"):  # fmt: skip
        assert needle in text, needle


def test_wrong_types(m: Env) -> None:
    m.write("user", 'permissions = 3\n[trust]\ndomains = "one.example.com"\nhosts = [1]\n')
    cfg = m.load()
    assert cfg.trusted_domains == ("one.example.com",)
    assert any("'permissions' must be a table" in e for e in cfg.errors)
    assert any("trust.hosts: 1" in e for e in cfg.errors)


def test_xdg_and_env(m: Env, tmp_path: Path) -> None:
    xdg = tmp_path / "xdg"
    (xdg / "automode").mkdir(parents=True)
    (xdg / "automode" / "config.toml").write_text('[permissions]\nallow = ["Bash(make)"]\n')
    m.write("user", '[permissions]\nallow = ["Bash(never)"]\n')
    m.env["XDG_CONFIG_HOME"] = str(xdg)
    assert raws(m.load().allow) == ["Bash(make)"]
    alt = tmp_path / "alt.toml"
    alt.write_text('[permissions]\nallow = ["Bash(alt)"]\n')
    m.env["AUTOMODE_CONFIG"] = str(alt)
    m.env["AUTOMODE_DENY"] = "Bash(git push *)\n\nRead(~/.kube/**)\n"
    m.env["AUTOMODE_ALLOW"] = "Bash(bad"
    cfg = m.load()
    assert raws(cfg.allow) == ["Bash(alt)"]
    assert raws(cfg.deny) == ["Bash(git push *)", "Read(~/.kube/**)"]
    assert cfg.deny[0].source == "env:AUTOMODE_DENY"
    assert any("env:AUTOMODE_ALLOW" in e for e in cfg.errors)


def test_project_root_discovery(m: Env, tmp_path: Path) -> None:
    m.write("project", '[permissions]\ndeny = ["Read(./.env)"]\n')
    sub = m.project / "src" / "pkg"
    assert find_project_root(str(sub)) == str(m.project)
    cfg = m.load(sub)
    assert cfg.project_root == str(m.project) and raws(cfg.deny) == ["Read(./.env)"]
    # An .automode.toml without .git also marks a root; the nearest one wins.
    (sub / ".automode.toml").write_text('[permissions]\nask = ["Bash(make *)"]\n')
    cfg = m.load(sub)
    assert cfg.project_root == str(sub) and raws(cfg.ask) == ["Bash(make *)"] and cfg.deny == ()
    lone = tmp_path / "lone"
    lone.mkdir()
    assert find_project_root(str(lone)) is None or find_project_root(str(lone)) != str(lone)


def test_dedup_keeps_first_source(m: Env) -> None:
    m.write("managed", '[permissions]\ndeny = ["Bash(rm *)"]\n')
    m.write("user", '[permissions]\ndeny = ["Bash(rm *)"]\n')
    cfg = m.load()
    assert raws(cfg.deny) == ["Bash(rm *)"] and cfg.deny[0].source == str(m.managed)


@pytest.mark.parametrize(
    ("host", "hit"),
    [
        ("docs.python.org", True),
        ("DOCS.python.org.", True),
        ("a.docs.python.org", True),
        ("evildocs.python.org", False),
        ("python.org", False),
        ("x.internal.example.com", True),
        ("internal.example.com", False),
        ("docs.python.org:443", True),
        ("https://docs.python.org/3/", True),
        ("", False),
    ],
)
def test_is_trusted_domain(host: str, hit: bool) -> None:
    cfg = Config(trusted_domains=("docs.python.org", "*.internal.example.com"))
    assert cfg.is_trusted_domain(host) is hit


def test_engine_style_matching_with_loaded_rules(m: Env) -> None:
    m.write("user", '[permissions]\nallow = ["Bash(npm run test:*)"]\ndeny = ["Bash(rm *)"]\n')
    cfg = m.load()
    loc = {"cwd": str(m.project), "root": str(m.project), "home": str(m.home)}
    parts = ("npm run test", "rm -rf build")
    inp = {"command": "npm run test && rm -rf build"}
    assert match_any(cfg.deny, "Bash", inp, commands=parts, **loc) is not None
    assert match_all_parts(cfg.allow, "Bash", inp, commands=parts, **loc) is None
    assert match_all_parts(cfg.allow, "Bash", {"command": "npm run test"}, commands=("npm run test",), **loc)


# ------------------------------------------------------------------------------------------------ config show
def run_cli(m: Env, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    monkeypatch.setenv("HOME", str(m.home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    for var in ("AUTOMODE_CONFIG", "AUTOMODE_ALLOW", "AUTOMODE_ASK", "AUTOMODE_DENY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(m.project)
    code = main(["config", *args])
    return code, capsys.readouterr().out


def test_config_show_text(m: Env, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    m.write("user", '[permissions]\nallow = ["Bash(npm run test:*)"]\n[trust]\ndomains = ["docs.python.org"]\n')
    m.write("project", '[permissions]\nallow = ["Bash"]\ndeny = ["Read(./.env)", "Bash("]\n')
    code, out = run_cli(m, monkeypatch, capsys, "show")
    assert code == 0
    user, proj = str(m.user), str(m.project / ".automode.toml")
    assert f"project root: {m.project}" in out
    assert "allow Bash(npm run test:*)" in out and f"# {user}" in out
    assert "trust.domains docs.python.org" in out
    line = next(ln for ln in out.splitlines() if "deny Read(./.env)" in ln)
    assert line.endswith(f"# {proj}")
    ignored = out.split("ignored (a project file may only tighten):")[1]
    assert "allow Bash " in ignored
    assert "errors" in out and "must end with ')'" in out
    assert run_cli(m, monkeypatch, capsys, "--check")[0] == 1


def test_config_show_json(m: Env, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    m.write("user", '[permissions]\ndeny = ["Read(~/.ssh/**)"]\n[judge]\nmodel = "m"\n')
    m.write("project", '[trust]\nrepos = ["github.com/evil/*"]\n')
    code, out = run_cli(m, monkeypatch, capsys, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["permissions"]["deny"] == [{"rule": "Read(~/.ssh/**)", "source": str(m.user)}]
    assert data["judge"] == {"model": "m"}
    assert data["ignored"][0]["line"] == "trust.repos github.com/evil/*"
    assert data["errors"] == []
    assert data["project_root"] == str(m.project)
    assert {f["scope"] for f in data["files"]} == {"managed", "team", "user", "project"}


def test_config_module_is_import_light() -> None:
    import subprocess
    import sys

    code = "import sys, automode.config; bad = [m for m in ('tomllib', 'json', 'argparse') if m in sys.modules]; print(bad)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ)
    assert out.stdout.strip() == "[]"
