"""Configuration-management modules run ad hoc, as the shell command that does the same act on the hosts (session
22, class M3): `ansible ci-02 -b -m user -a 'name=petrov groups=sudo append=yes'` is `usermod -aG sudo petrov` run
as root on ci-02; `ansible all -m file -a 'path=/var/www state=absent'` is `rm -rf /var/www` on every host; `salt
'db*' file.remove /var/lib/mysql` likewise. `shell.remote.fan_out` lowers the lines built here as remote commands
(the hosts the carrier names, root with `-b`/`--become`), so the rules and releases that judge the command judge
the module. (A reboot module is not lowered: `intent.named_ops` reads the hosts it reboots from the carrier's own
pattern.) The files a module writes (lineinfile, blockinfile, copy content, authorized_key) are `shell.cfgmgmt`'s.

Tables are data: per module, rows of (conditions on its arguments, a command template). Every row whose
conditions hold gives one line, in order (`service name=nginx state=stopped enabled=no` is a stop and a disable);
a row marked `only` ends the module's rows (a user removed is not also modified). A condition is `key: pattern`
(fnmatch on the value, lower case, `a|b` alternatives; `*` the key is present) or `key: "!pattern"` (absent, or
not matching). Templates name arguments as `{key}` (shell-quoted) after the module's aliases are resolved.

Sources: docs.ansible.com ansible.builtin.file, user, group, apt, dnf, yum, package, pip, service, systemd_service,
sysctl, hostname, cron; community.mysql.mysql_db / mysql_user; community.postgresql.postgresql_db /
postgresql_user; community.general.ufw, filesystem, zfs, lvol, docker_container; ansible.posix.selinux, mount;
community.docker.docker_container / docker_volume / docker_image. docs.saltproject.io salt.modules.file (remove,
rmdir, chmod, chown), user (add, delete, chgroups, addgroup), group (adduser, delete), pkg (install, remove, purge),
service (start, stop, restart, enable, disable), system (shutdown), mysql (db_remove, user_remove), postgres
(db_remove), state.single with user.present/absent, file.absent, pkg.removed/purged, service.dead.
"""

from __future__ import annotations

import fnmatch
import shlex

#: A row: (conditions, template, only).
Row = tuple[dict[str, str], str, bool]

_YES = "yes|true|1|on|y"
_NO = "no|false|0|off|n"


def _r(cond: dict[str, str], template: str, only: bool = False) -> Row:
    return cond, template, only


_PKG_APT = [
    _r({"state": "absent", "purge": _YES}, "apt-get purge -y {name}", True),
    _r({"state": "absent"}, "apt-get remove -y {name}", True),
    _r({"name": "*", "state": "!absent"}, "apt-get install -y {name}"),
    _r({"autoremove": _YES}, "apt-get autoremove -y"),
    _r({"upgrade": "dist|full|yes|safe"}, "apt-get dist-upgrade -y"),
]
_PKG_DNF = [
    _r({"state": "absent|removed"}, "dnf remove -y {name}", True),
    _r({"name": "*"}, "dnf install -y {name}"),
]
_SERVICE = [
    _r({"state": "stopped"}, "systemctl stop {name}"),
    _r({"state": "started"}, "systemctl start {name}"),
    _r({"state": "restarted"}, "systemctl restart {name}"),
    _r({"state": "reloaded"}, "systemctl reload {name}"),
    _r({"enabled": _NO}, "systemctl disable {name}"),
    _r({"enabled": _YES}, "systemctl enable {name}"),
    _r({"masked": _YES}, "systemctl mask {name}"),
]
_FILE = [
    _r({"state": "absent"}, "rm -rf {path}", True),
    _r({"state": "directory"}, "mkdir -p {path}"),
    _r({"state": "touch"}, "touch {path}"),
    _r({"state": "link|hard", "src": "*"}, "ln -sfn {src} {path}"),
    _r({"mode": "*", "recurse": _YES}, "chmod -R {mode} {path}"),
    _r({"mode": "*", "recurse": "!" + _YES}, "chmod {mode} {path}"),
    _r({"owner": "*", "recurse": _YES}, "chown -R {owner} {path}"),
    _r({"owner": "*", "recurse": "!" + _YES}, "chown {owner} {path}"),
]

#: Ansible module (the short name: `ansible.builtin.user` and `community.general.ufw` are read by their last part)
#: -> rows.
ANSIBLE: dict[str, list[Row]] = {
    "file": _FILE,
    "user": [
        _r({"state": "absent", "remove": _YES}, "userdel -r {name}", True),
        _r({"state": "absent"}, "userdel {name}", True),
        _r({"groups": "*", "append": _YES}, "usermod -aG {groups} {name}"),
        _r({"groups": "*", "append": "!" + _YES}, "usermod -G {groups} {name}"),
        _r({"uid": "0"}, "usermod -o -u 0 {name}"),
        _r({"password": "*"}, "usermod -p {password} {name}"),
        _r({"shell": "*"}, "usermod -s {shell} {name}"),
        _r({"group": "*"}, "usermod -g {group} {name}"),
    ],
    "group": [_r({"state": "absent"}, "groupdel {name}", True)],
    "apt": _PKG_APT, "package": _PKG_APT,
    "dnf": _PKG_DNF, "yum": _PKG_DNF,
    "pip": [_r({"state": "absent"}, "pip uninstall -y {name}", True), _r({"name": "*"}, "pip install {name}")],
    "service": _SERVICE, "systemd": _SERVICE, "systemd_service": _SERVICE, "sysvinit": _SERVICE,
    "sysctl": [_r({"name": "*", "value": "*"}, "sysctl -w {name}={value}")],
    "hostname": [_r({"name": "*"}, "hostnamectl set-hostname {name}")],
    "mysql_db": [
        _r({"state": "absent"}, "mysql -e 'DROP DATABASE {name_raw}'", True),
        _r({"state": "import", "target": "*"}, "mysql {name} < {target}", True),
    ],
    "mysql_user": [
        _r({"state": "absent"}, "mysql -e \"DROP USER '{name_raw}'\"", True),
        _r({"priv": "*"}, "mysql -e \"GRANT {priv_raw} TO '{name_raw}'\""),
    ],
    "postgresql_db": [_r({"state": "absent"}, "dropdb {name}", True), _r({"state": "restore", "target": "*"},
                                                                         "pg_restore -c -d {name} {target}", True)],
    "postgresql_user": [_r({"state": "absent"}, "dropuser {name}", True),
                        _r({"role_attr_flags": "*superuser*"}, "psql -c 'ALTER ROLE {name_raw} SUPERUSER'")],
    "ufw": [_r({"state": "disabled"}, "ufw disable", True), _r({"state": "reset"}, "ufw --force reset", True),
            _r({"rule": "allow", "port": "*"}, "ufw allow {port}")],
    "selinux": [_r({"state": "disabled|permissive"}, "setenforce 0")],
    "iptables": [_r({"flush": _YES}, "iptables -F")],
    "mount": [_r({"state": "unmounted|absent"}, "umount {path}")],
    "filesystem": [_r({"fstype": "*", "dev": "*"}, "mkfs -t {fstype} {dev}")],
    "zfs": [_r({"state": "absent"}, "zfs destroy -r {name}")],
    "lvol": [_r({"state": "absent", "vg": "*", "lv": "*"}, "lvremove -f {vg}/{lv}")],
    "docker_container": [_r({"state": "absent"}, "docker rm -f {name}")],
    "docker_volume": [_r({"state": "absent"}, "docker volume rm {name}")],
    "docker_image": [_r({"state": "absent"}, "docker rmi -f {name}")],
}  # fmt: skip
ANSIBLE["ansible.builtin.systemd_service"] = _SERVICE
#: Argument aliases per module (the documented aliases of its main option).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "file": {"path": ("dest", "name")},
    "user": {"name": ("user",)},
    "apt": {"name": ("pkg", "package")}, "package": {"name": ("pkg",)}, "dnf": {"name": ("pkg",)},
    "yum": {"name": ("pkg",)},
    "service": {"name": ("service",)}, "systemd": {"name": ("service", "unit")},
    "systemd_service": {"name": ("service", "unit")},
    "mysql_db": {"name": ("db",)}, "postgresql_db": {"name": ("db",)}, "mysql_user": {"name": ("user",)},
    "postgresql_user": {"name": ("user",)}, "mount": {"path": ("name",)},
}  # fmt: skip

#: Salt execution functions (`salt TARGET fn ARGS`): fn -> template over the positional arguments `{0}`, `{1}` and
#: keyword arguments `{key}`; `{rest_raw}` is every positional argument (each quoted).
SALT: dict[str, list[Row]] = {
    "file.remove": [_r({}, "rm -rf {0}")], "file.rmdir": [_r({}, "rmdir {0}")],
    "file.chmod": [_r({}, "chmod {1} {0}")], "file.chown": [_r({}, "chown {1}:{2} {0}")],
    "user.add": [_r({}, "useradd {0}")], "user.delete": [_r({"remove": "true|yes|1"}, "userdel -r {0}", True),
                                                      _r({}, "userdel {0}")],
    "user.chgroups": [_r({"append": "true|yes|1"}, "usermod -aG {1} {0}", True), _r({}, "usermod -G {1} {0}")],
    "user.addgroup": [_r({}, "usermod -aG {1} {0}")], "group.adduser": [_r({}, "usermod -aG {0} {1}")],
    "group.delete": [_r({}, "groupdel {0}")],
    "pkg.install": [_r({}, "apt-get install -y {rest_raw}")], "pkg.remove": [_r({}, "apt-get remove -y {rest_raw}")],
    "pkg.purge": [_r({}, "apt-get purge -y {rest_raw}")],
    "service.start": [_r({}, "systemctl start {0}")], "service.stop": [_r({}, "systemctl stop {0}")],
    "service.restart": [_r({}, "systemctl restart {0}")], "service.enable": [_r({}, "systemctl enable {0}")],
    "service.disable": [_r({}, "systemctl disable {0}")], "service.dead": [_r({}, "systemctl stop {0}")],
    "system.shutdown": [_r({}, "shutdown -h now")],
    "mysql.db_remove": [_r({}, "mysql -e 'DROP DATABASE {0_raw}'")], "postgres.db_remove": [_r({}, "dropdb {0}")],
    "mysql.user_remove": [_r({}, "mysql -e \"DROP USER '{0_raw}'\"")],
}  # fmt: skip
#: Salt states applied one at a time (`salt TARGET state.single STATE name=… key=…`): the state -> the Ansible
#: module whose rows read the same keys, with the state's own `state` value.
SALT_STATES: dict[str, tuple[str, str]] = {
    "user.present": ("user", "present"), "user.absent": ("user", "absent"), "file.absent": ("file", "absent"),
    "file.directory": ("file", "directory"), "pkg.removed": ("apt", "absent"), "pkg.purged": ("apt", "absent"),
    "pkg.installed": ("apt", "present"), "service.dead": ("service", "stopped"),
    "service.running": ("service", "started"), "group.absent": ("group", "absent"),
}  # fmt: skip
MAX_LINES = 16


def _holds(cond: dict[str, str], kv: dict[str, str]) -> bool:
    for key, pat in cond.items():
        neg = pat.startswith("!")
        alts = pat.lstrip("!").lower().split("|")
        val = kv.get(key)
        hit = val is not None and any(fnmatch.fnmatchcase(val.lower(), p) for p in alts)
        if hit == neg:
            return False
    return True


def _fill(template: str, kv: dict[str, str]) -> str | None:
    """The template with `{key}` shell-quoted and `{key_raw}` as is; None when a key it names is missing."""
    out = template
    while "{" in out:
        start = out.index("{")
        end = out.index("}", start)
        key = out[start + 1 : end]
        raw = key.endswith("_raw")
        val = kv.get(key.removesuffix("_raw"))
        if val is None:
            return None
        if raw:
            val = val.replace("'", "").replace('"', "")
        out = out[:start] + (val if raw else shlex.quote(val)) + out[end + 1 :]
    return out


def _rows(rows: list[Row], kv: dict[str, str]) -> list[str]:
    out: list[str] = []
    for cond, template, only in rows:
        if not _holds(cond, kv):
            continue
        line = _fill(template, kv)
        if line is not None:
            out.append(line)
        if only:
            break
    return out[:MAX_LINES]


def _kv(text: str) -> dict[str, str]:
    """Ansible's `k=v k2='v two'` free-form arguments (or a JSON object)."""
    import json

    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, dict):
            return {str(k): (",".join(map(str, v)) if isinstance(v, list) else str(v)) for k, v in data.items()}
    try:
        parts = shlex.split(text, posix=True)
    except ValueError:
        parts = text.split()
    out: dict[str, str] = {}
    for p in parts:
        k, eq, v = p.partition("=")
        if eq and k.replace("_", "").isalnum():
            out[k] = v
    return out


def ansible(module: str, args: str) -> list[str]:
    """The command lines an ad-hoc Ansible module run amounts to on each host ([] when the table lacks it)."""
    short = module.rsplit(".", 1)[-1]
    rows = ANSIBLE.get(short)
    if rows is None:
        return []
    kv = _kv(args)
    for key, aliases in _ALIASES.get(short, {}).items():
        alias = next((x for x in aliases if x in kv), None)
        if key not in kv and alias is not None:
            kv[key] = kv[alias]
    return _rows(rows, kv)


def salt(function: str, args: list[str]) -> list[str]:
    """The command lines a Salt execution function (or `state.single STATE …`) amounts to on each minion."""
    kv = {k: v for k, eq, v in (a.partition("=") for a in args) if eq and k.replace("_", "").isalnum()}
    pos = [a for a in args if not ("=" in a and a.split("=", 1)[0].replace("_", "").isalnum())]
    if function in ("state.single", "state.apply_single") and pos and pos[0] in SALT_STATES:
        module, state = SALT_STATES[pos[0]]
        return ansible(module, " ".join(shlex.quote(f"{k}={v}") for k, v in {**kv, "state": state}.items()))
    rows = SALT.get(function)
    if rows is None:
        return []
    kv.update({str(i): v for i, v in enumerate(pos)})
    kv["rest"] = " ".join(shlex.quote(p) for p in pos)
    return _rows(rows, kv)
