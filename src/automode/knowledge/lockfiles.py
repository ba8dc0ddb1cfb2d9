"""Where a lock file says each dependency is downloaded from (issue 10 §6): a lock file is written by the package
manager, so an edit that changes where an entry resolves (`"resolved": "https://other.example/x.tgz"`, a `git+` source,
a `remote:` of another host) swaps the code every later install fetches, while the manifest still names the registry
version. Read out of the written text for the supply rules, like `knowledge/manifests.py`.

Formats from each tool's reference: npm `package-lock.json` / `npm-shrinkwrap.json` (`resolved`), Yarn classic
`yarn.lock` (`resolved "URL#sha1"`) and Berry (`resolution: "name@…"`), pnpm `pnpm-lock.yaml` (`tarball:`, `repo:`),
Cargo.lock (`source = "git+URL?branch=x#commit"` / `registry+URL`), uv.lock (`source = { git = … }` / `{ url = … }` /
`{ registry = … }`), poetry.lock (`[package.source]` `url`), Bundler `Gemfile.lock` (`GIT`/`GEM` `remote:`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from automode import lazyre
from automode.knowledge.supply import Package, Source, default_host

_NPM_RESOLVED = lazyre.compile(r"""(?:"resolved"\s*:\s*"|\bresolved\s+"|\btarball:\s*['"]?|\brepo:\s*['"]?)((?:https?|git\+https?|git\+ssh|git|ssh)://[^"'\s,}]+)""")
_BERRY = lazyre.compile(r"""\bresolution:\s*"(@?[^@"\s]+)@((?:https?://|github:|git\+|git@)[^"]+)\"""")
_CARGO = lazyre.compile(r"""\bsource\s*=\s*"(git|registry|sparse)\+([^"#?]+)(?:\?([^"#]*))?(?:#([0-9a-f]+))?\"""")
_UV = lazyre.compile(r"""\bsource\s*=\s*\{\s*(git|url|registry)\s*=\s*"([^"#?]+)(?:\?([^"#]*))?(?:#([0-9a-f]+))?\"""")
_POETRY = lazyre.compile(r"""\[package\.source\]\s*\ntype\s*=\s*"(\w+)"\s*\nurl\s*=\s*"([^"]+)"(?:\s*\nreference\s*=\s*"([^"]*)")?""")
_GEMLOCK = lazyre.compile(r"""(?m)^(GIT|GEM|PATH)\s*\n\s+remote:\s*(\S+)(?:\s*\n\s+revision:\s*([0-9a-f]+))?""")
_CODE_HOSTS = ("github.com", "codeload.github.com", "gitlab.com", "bitbucket.org")


def _url_ref(eco: str, url: str, how: str, pin: str) -> Package | Source | None:
    from automode.knowledge.supply import _host

    host = _host(url)
    if default_host(eco, url):
        return None
    if host in _CODE_HOSTS or url.startswith(("git+", "git://", "ssh://")):
        m = re.search(r"(?:github\.com|gitlab\.com|bitbucket\.org)[/:]([\w.-]+)/([\w.-]+)", url)
        repo = f"https://{'github.com' if 'github' in host or 'github' in url else host}/{m.group(1)}/{m.group(2).removesuffix('.git')}" if m else url
        return Package(eco, "", how, False, ref=repo, explicit=True, pin=pin)
    return Source(eco, url, how, lasting=True)


def _npm(text: str) -> Iterator[Package | Source]:
    for m in _NPM_RESOLVED.finditer(text):
        url, _, frag = m.group(1).partition("#")
        got = _url_ref("npm", url, "lock file resolved", frag if re.fullmatch(r"[0-9a-f]{7,40}", frag) else "")
        if got is not None:
            yield got
    for m in _BERRY.finditer(text):
        got = _url_ref("npm", m.group(2).replace("github:", "https://github.com/"), "lock file resolved", m.group(2).rpartition("#")[2])
        if got is not None:
            yield got


def _cargo(text: str) -> Iterator[Package | Source]:
    for m in _CARGO.finditer(text):
        if m.group(1) == "git":
            yield Package("crates", "", "lock file source", False, ref=m.group(2), explicit=True, pin=m.group(4) or "")
        elif not default_host("crates", m.group(2)):
            yield Source("crates", m.group(2), "lock file source", lasting=True)


def _uv(text: str) -> Iterator[Package | Source]:
    for m in _UV.finditer(text):
        if m.group(1) == "registry":
            if not default_host("pypi", m.group(2)):
                yield Source("pypi", m.group(2), "lock file source", lasting=True)
        else:
            got = _url_ref("pypi", m.group(2), "lock file source", m.group(4) or ("archive" if m.group(1) == "url" else ""))
            if got is not None:
                yield got
    for m in _POETRY.finditer(text):
        kind, url = m.group(1), m.group(2)
        if kind == "git":
            yield Package("pypi", "", "lock file source", False, ref=url, explicit=True, pin=m.group(3) or "")
        elif kind in ("legacy", "url") and not default_host("pypi", url):
            yield Source("pypi", url, "lock file source", lasting=True)


def _gemlock(text: str) -> Iterator[Package | Source]:
    for m in _GEMLOCK.finditer(text):
        if m.group(1) == "GIT":
            yield Package("rubygems", "", "lock file source", False, ref=m.group(2), explicit=True, pin=m.group(3) or "")
        elif m.group(1) == "GEM" and not default_host("rubygems", m.group(2)):
            yield Source("rubygems", m.group(2), "lock file source", lasting=True)


READERS = ((r"/(?:package-lock|npm-shrinkwrap)\.json$|/yarn\.lock$|/pnpm-lock\.yaml$|/bun\.lock$", _npm),
           (r"/Cargo\.lock$", _cargo), (r"/uv\.lock$|/poetry\.lock$|/pdm\.lock$", _uv), (r"/Gemfile\.lock$", _gemlock))  # fmt: skip
