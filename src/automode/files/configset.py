"""A setting written by a tool's config command, read by its whole dotted name (`shell.configcli` lowers the command).

The file a config command writes is judged by the file analysis, but a sectioned file keeps only a setting's last
name (`[safe] directory = *`, `[auth] disable_ssl_validation = true`), and some settings have no file at all
(`sysctl -w`, `defaults write`, `gsettings set`, `cargo --config`). `shell.configcli` hands each setting on as a
pending `weaken` effect (origin `config-setting`: name, value, where, which program, which scope); `resolve` reads
it here, in the file layer that owns the concept table, and keeps what it weakens:

* a machine or desktop hardening setting (`configcli_data.SETTINGS`) at a weak value: `config-off` (AM-SEC-012);
* a name carrying a security concept (`files.concepts`, read by `files.named`) whose value weakens it: a strong
  concept reports like the same setting in a file (its own rule: AM-WRITE-004 …); a weaker one written into the
  user's or the machine's configuration is `config-wide` (AM-SEC-013), a one-run override `config-ask`;
* a setting narrowed to one host (`http.https://git.corp.example/.sslVerify`) is left to the file analysis.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from automode import lazyre
from automode.dc import dataclass, replace
from automode.effects import Effect
from automode.files import named
from automode.shell.configcli import PENDING
from automode.shell.configcli_data import SETTINGS, Setting


@dataclass(frozen=True, slots=True)
class Finding:
    check: str  # the weakening family (`files.settings_table`), or config-off | config-ask | config-wide
    what: str


def resolve(effects: list[Effect]) -> list[Effect]:
    """The effects with every pending setting read: replaced by what it weakens, or dropped."""
    out: list[Effect] = []
    for e in effects:
        if e.kind != "weaken" or e.origin != PENDING:
            out.append(e)
            continue
        where, program, scope = (*e.values, "", "", "")[:3]
        f = judge(e.target, e.content or "", where, outside=scope == "outside", program=program, once=scope == "once")
        if f is not None:
            out.append(replace(e, target=f.what, origin=f.check, content=where, values=()))
    return out


#: A subsection that names one host or URL (`http.https://git.corp.example/.sslVerify`): the setting is narrowed to it.
_HOST_PART = lazyre.compile(r"^(?:[a-z][\w+.-]*:)?//")


def _name(key: str) -> tuple[str, str]:
    """The setting's dotted name with any host or URL subsection taken out, and that host ("" for none)."""
    k = key.strip("'\"").replace("/", ".") if "://" not in key else key.strip("'\"")
    m = re.match(r"^([\w-]+)\.(.+)\.([\w-]+)$", k)
    if m and _HOST_PART.search(m.group(2)):
        return f"{m.group(1)}.{m.group(3)}", m.group(2)
    k = re.sub(r"\[[\"']?[^\]]*[\"']?\]", "", k)  # yarn's `npmRegistries["//host"].npmAuthToken`
    return k, ""


@lru_cache(maxsize=1)
def _settings() -> tuple[tuple[re.Pattern[str], Setting], ...]:
    return tuple((re.compile(re.escape(s.name).replace(r"\*", r"[\w-]+") + "$"), s) for s in SETTINGS)


def setting_of(name: str) -> Setting | None:
    low = name.lower()
    return next((s for pat, s in _settings() if pat.match(low)), None)


def judge(name: str, value: str, where: str, *, outside: bool, program: str = "", once: bool = False) -> Finding | None:
    """A setting `name = value` written by a configuration command: does it weaken a security concept? `once`: a
    command-line override for one run (`cargo --config K=V`), narrower than a saved setting: an ask."""
    key, host = _name(name)
    v = value.strip().strip("'\"")
    s = setting_of(key)
    if s is not None:
        if re.fullmatch(s.weak, v.lower()):
            return Finding("config-off", f"turns off {s.what} ({key}={v}) in {where}")
        return None
    if not re.fullmatch(r"[A-Za-z_][\w.$-]*", key) or len(key) > 120:
        return None
    text = f"{key} = {json.dumps(v) if not v.startswith('[') else v}\n"
    for it in named.items(text, "/config-cli.cfg"):
        c = it.concept
        if not it.exposed or c.paths or c.scope == "prod-only" or c.polarity in ("shrink", "grow"):
            continue
        if c.near and not (re.search(c.near, f"{program} {key} {v}")):
            continue
        strong = c.strong or bool(c.strong_near and re.search(c.strong_near, text))
        what = _verb(c.what, c.opened, c.polarity, it.state)
        if host:
            return None  # narrowed to one host (`http.https://git.corp.example/.sslVerify`): the file's analysis judges it
        if once:
            return Finding("config-ask", f"{what} ({key} {v}) in {where}")
        if strong:
            check = "exposure-ask" if c.id == "origins" else c.check
            return Finding(check, f"{what} ({key} {v}) in {where}")
        if outside:
            return Finding("config-wide", f"{what} ({key} {v}) in {where}")
    return None


def _verb(what: str, opened: str, polarity: str, state: str) -> str:
    if state == "wide" and polarity == "wide":
        return opened.format(what=what)
    return f"turns on {what}" if polarity == "hazard" else f"turns {what} off"




def remote_files(effects: list[Effect], root: str) -> list[Effect]:
    """Files an ad-hoc configuration-management run writes on its hosts (`shell.cfgmgmt`), judged by what the text
    they receive weakens, like the same text written into a role's task or template."""
    from automode.files import WriteView, weaken
    from automode.shell.cfgmgmt import PENDING as REMOTE

    out: list[Effect] = []
    for e in effects:
        if e.kind == "weaken" and e.origin == REMOTE:
            out.extend(weaken.effects(WriteView("Bash", e.target, "", e.content or "", False), root))
        else:
            out.append(e)
    return out
