"""PowerShell cmdlets lowered by a function of their parameters (`automode.shell.powershell` lowers the others by a
table): `Start-Process`, `Send-MailMessage`, `Invoke-Command`, disks, services, registry values, certificates, each
written as the POSIX command lines with the same effect."""

from __future__ import annotations

from automode.shell.ps_values import _PROVIDER, _arg, _ps_array, provider_path
from automode.shell.words import Word, shell_quote
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from automode.shell.parse import Command


class Params:
    """The parameters of one cmdlet call: `get(name)` as POSIX text (a path, or a quoted word), the positionals."""

    __slots__ = ("cmd", "home", "named", "operands")

    def __init__(self, named: dict[str, Word], operands: list[Word], home: str, cmd: Command) -> None:
        self.named, self.operands, self.home, self.cmd = named, operands, home, cmd

    def raw(self, name: str, pos: int = -1) -> str | None:
        w = self.named.get(name) or (self.operands[pos] if 0 <= pos < len(self.operands) else None)
        if w is None:
            return None
        raw = w.raw
        return raw[1:-1] if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"" else raw

    def path(self, name: str, pos: int = -1) -> str | None:
        w = self.named.get(name) or (self.operands[pos] if 0 <= pos < len(self.operands) else None)
        return None if w is None else _arg(w, self.home, "path")

    def paths(self, name: str, pos: int = -1) -> list[str]:
        """A list parameter (`-Path a,b`) as POSIX paths."""
        raw = self.raw(name, pos)
        return [] if raw is None else [_arg(Word(x.strip(), x.strip(), "$" in x), self.home, "path")
                                       for x in raw.split(",") if x.strip()]

    def word(self, name: str, pos: int = -1) -> str | None:
        raw = self.raw(name, pos)
        return None if raw is None else shell_quote(Word(raw, raw, False))

    def has(self, name: str) -> bool:
        """A value parameter given, or a switch written out (`-AutoReboot`)."""
        return name in self.named or any(w.value.lower() == "-" + name for w in self.cmd.argv[1:])


def _start_process(p: Params) -> tuple[list[str], bool, str | None]:
    """`Start-Process -FilePath P -ArgumentList A [-Verb RunAs]`: runs P with A (elevated with RunAs)."""
    prog = p.raw("filepath", 0)
    if prog is None:
        return [], False, None
    args = p.raw("argumentlist", 1) or ""
    items = _ps_array(p.named.get("argumentlist") or (p.operands[1] if len(p.operands) > 1 else None))
    if len(items) > 1:  # `-ArgumentList '--flag','-p','x'`: an array, one argument per element
        args = " ".join(shell_quote(Word(x, x, False)) for x in items)
    runas = (p.raw("verb") or "").lower() == "runas"
    head = shell_quote(Word(prog, prog, False)) if "://" in prog or "\\" not in prog else p.path("filepath", 0) or prog
    if "://" in prog:
        return [f"xdg-open {head}"], False, None
    return [f"{head} {args}".strip()], runas, None


def _send_mail(p: Params) -> list[str]:
    """`Send-MailMessage -To T -SmtpServer S -Attachments F -Body B`: a message with its attachments sent out."""
    server = p.raw("smtpserver") or "smtp.example.invalid"
    to = p.raw("to", 0) or "recipient"
    files = p.paths("attachments")
    upload = " ".join(f"-T {f}" for f in files[:1]) or "-T -"
    return [f"curl {shell_quote(Word('smtp://' + server, 'smtp://' + server, False))} --mail-rcpt "
            f"{shell_quote(Word(to, to, False))} {upload}"]


def _compress(p: Params) -> list[str]:
    """`Compress-Archive -Path A,B -DestinationPath Z`: A and B read into the archive Z."""
    dest = p.path("destinationpath", 1)
    srcs = p.paths("path", 0) or p.paths("literalpath")
    return [f"zip -r {dest} {' '.join(srcs)}"] if dest and srcs else []


def _script_block(p: Params) -> str | None:
    """The code of a `{ … }` block: one word (quoted), or the words a POSIX parse split it into."""
    words = [w.raw for w in p.cmd.argv[1:]]
    start = next((i for i, w in enumerate(words) if w.startswith("{")), None)
    if start is not None:
        depth, out = 0, []
        for w in words[start:]:
            depth += w.count("{") - w.count("}")
            out.append(w)
            if depth <= 0:
                break
        return " ".join(out).strip().removeprefix("{").removesuffix("}").strip() or None
    raw = p.raw("scriptblock")
    return raw.strip().removeprefix("{").removesuffix("}").strip() if raw else None


def _invoke_command(p: Params) -> tuple[list[str], bool, str | None]:
    """`Invoke-Command -ComputerName H -ScriptBlock { … }`: the block runs on H (here without -ComputerName)."""
    host = (p.raw("computername") or p.raw("hostname") or p.raw("session") or "").split(",")[0] or None
    code = _script_block(p)
    if code is None and p.has("filepath"):
        return [f"sh {p.path('filepath')}"], False, host
    return ([code] if code else []), False, host


def _pssession(p: Params) -> tuple[list[str], bool, str | None]:
    host = (p.raw("computername", 0) or p.raw("hostname") or "").split(",")[0]
    return ([f"ssh {shell_quote(Word(host, host, False))}"] if host else []), False, None


def _format_volume(p: Params) -> list[str]:
    letter = (p.raw("driveletter", 0) or p.raw("filesystemlabel") or "").strip(":")[:1].lower()
    return [f"mkfs /dev/sd{letter or 'x'}"]


def _clear_disk(p: Params) -> list[str]:
    return [f"dd if=/dev/zero of=/dev/sd{chr(ord('a') + min(int(n), 25)) if (n := p.raw('number', 0) or '').isdigit() else 'x'}"]


def _registry_key(raw: str) -> str:
    """`HKCU:\\Software\\X` (a provider path) -> `HKCU\\Software\\X`."""
    import re

    return re.sub(r"(?i)^(?:Registry::)?(HK\w+):?\\?", r"\1\\", raw)


def _remove_itemproperty(p: Params) -> list[str]:
    key = p.raw("path", 0) or p.raw("literalpath")
    if not key:
        return []
    line = ["reg", "delete", _registry_key(key), "/v", p.raw("name", 1) or "value", "/f"]
    return [" ".join(shell_quote(Word(x, x, False)) for x in line)]


def _bits(p: Params) -> list[str]:
    src, dst = p.raw("source", 0), p.raw("destination", 1)
    if src is None:
        return []
    if "://" in src:
        return [f"curl -o {p.path('destination', 1) or '.'} {shell_quote(Word(src, src, False))}"]
    return [f"curl -T {p.path('source', 0)} {shell_quote(Word(dst or '', dst or '', False))}"] if dst and "://" in dst else []


def _group_member(p: Params) -> list[str]:
    group = (p.raw("group", 0) or p.raw("name") or "").lower()
    member = p.word("member", 1) or "user"
    return [f"usermod -aG sudo {member}"] if "admin" in group or "remote" in group else [f"usermod -aG {shell_quote(Word(group, group, False))} {member}"]


def _service(verb: str) -> Callable[[Params], object]:
    def run(p: Params) -> list[str]:
        name = p.word("name", 0)
        return [f"systemctl {verb} {name}"] if name else []
    return run


def _set_service(p: Params) -> list[str]:
    name, start = p.word("name", 0), (p.raw("startuptype") or "").lower()
    status = (p.raw("status") or "").lower()
    if not name:
        return []
    return [f"systemctl disable {name}"] if start == "disabled" else [f"systemctl stop {name}"] if status == "stopped" else []


def _rename(p: Params) -> list[str]:
    src, new = p.path("path", 0) or p.path("literalpath"), p.raw("newname", 1)
    if not src or not new:
        return []
    head = src.strip("'").rpartition("/")[0]
    dst = (head + "/" if head else "") + new.replace("\\", "/").rsplit("/", 1)[-1]
    return [f"mv {src} {shell_quote(Word(dst, dst, False))}"]


def _invoke_item(p: Params) -> list[str]:
    target = p.path("path", 0) or p.path("literalpath")
    return [f"xdg-open {target}"] if target else []


def _unregister_task(p: Params) -> list[str]:
    name = p.raw("taskname", 0) or "task"
    return [f"schtasks /delete /tn {shell_quote(Word(name, name, False))} /f"]


def _recycle_bin(p: Params) -> list[str]:
    return [f"rm -rf {shell_quote(Word(p.home.rstrip('/') + '/$Recycle.Bin', '', False))}"]


def _new_user(p: Params) -> list[str]:
    name = p.word("name", 0)
    return [f"useradd {name}"] if name else []


def _sqlcmd(p: Params) -> list[str]:
    """`Invoke-Sqlcmd -ServerInstance S -Database D -Query Q` (SqlServer module) is `sqlcmd -S S -d D -Q Q`."""
    words = ["sqlcmd"]
    for param, opt in (("serverinstance", "-S"), ("database", "-d"), ("query", "-Q"), ("inputfile", "-i"),
                       ("username", "-U"), ("hostname", "-S")):
        raw = p.raw(param)
        if raw is not None:
            words += [opt, shell_quote(Word(raw, raw, False))]
    return [" ".join(words)] if len(words) > 1 else []


def _windows_update(p: Params) -> list[str]:
    """`Get-WindowsUpdate -Install -AutoReboot` (PSWindowsUpdate) restarts the machine when the updates want it."""
    return ["reboot"] if p.has("autoreboot") else []


def _import_certificate(p: Params) -> list[str]:
    """`Import-Certificate -FilePath x.cer -CertStoreLocation Cert:\\LocalMachine\\Root`: x.cer becomes a trust anchor."""
    store = p.raw("certstorelocation") or ""
    src = p.path("filepath", 0)
    if not src or not _PROVIDER.match(store):
        return []
    name = (p.raw("filepath", 0) or "cert").replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0] + ".crt"
    dest = provider_path(store, p.home).rstrip("/") + "/" + name
    return [f"cp {src} {shell_quote(Word(dest, dest, False))}"]


def _clear_history(p: Params) -> list[str]:
    """`Clear-History` empties the session's list; the PSReadLine file keeps the rest (`Remove-Item` of it is a delete)."""
    return ["history -c"]


# fmt: off
_ANY = {"filepath": "", "argumentlist": "", "verb": "", "workingdirectory": "", "windowstyle": "", "credential": ""}
#: cmdlet -> (switches, value parameters, the lowering). From the cmdlet references (Microsoft.PowerShell.Management,
#: .Utility, .Core, Microsoft.PowerShell.Archive, BitsTransfer, Storage, Microsoft.PowerShell.LocalAccounts, ScheduledTasks).
def _wmi_create(p: Params) -> list[str]:
    """`Invoke-WmiMethod -Class Win32_Process -Name Create -ArgumentList 'CMD'`, `Invoke-CimMethod -ClassName
    Win32_Process -MethodName Create -Arguments @{CommandLine='CMD'}`: a new process running CMD (red team s14)."""
    import re

    cls = (p.raw("class", 0) or p.raw("classname", 0) or p.raw("path") or "").lower()
    method = (p.raw("name", 1) or p.raw("methodname", 1) or "").lower()
    if "win32_process" not in cls or method != "create":
        return []
    args = p.raw("argumentlist", 2) or p.raw("arguments", 2) or ""
    m = re.search(r"""(?i)commandline\s*=\s*['"]([^'"]+)['"]""", args)
    line = m.group(1) if m else args.split(",")[0].strip().strip("'\"")
    return [line] if line else []


def _new_item(p: Params) -> list[str]:
    """`New-Item -Path P [-Name N] [-ItemType Directory] [-Value V] [-Force]`: P written (with V), or made a directory;
    a registry or certificate path is read by the scanners (red team s14: `New-Item $PROFILE -Value …` was unread)."""
    raw = p.raw("path", 0)
    if raw is None or _PROVIDER.match(raw):
        return []
    name = p.raw("name")
    path = _arg(Word(raw + ("\\" + name if name else ""), raw, "$" in raw), p.home, "path")
    if (p.raw("itemtype") or "").lower() in ("directory", "d", "dir"):
        return [f"mkdir -p {path}"]
    value = p.raw("value")
    if value is None:
        return [f"touch {path}"]
    text = value.replace("`n", "\n").replace("`t", "\t")
    return [f"printf '%s\\n' {shell_quote(Word(text, text, False))} | tee {path}"]


SPECIAL: dict[str, tuple[dict[str, str], dict[str, str], Callable[[Params], object]]] = {
    "invoke-wmimethod": ({"asjob": "", "enableallprivileges": ""}, {"class": "", "name": "", "argumentlist": "", "path": "",
                                                                  "computername": "", "namespace": "", "credential": ""},
                         _wmi_create),
    "invoke-cimmethod": ({}, {"classname": "", "methodname": "", "arguments": "", "computername": "", "namespace": "",
                              "query": "", "inputobject": "", "cimsession": ""}, _wmi_create),
    "new-item": ({"force": ""}, {"path": "", "name": "", "itemtype": "", "value": "", "type": ""}, _new_item),
    "start-process": ({"wait": "", "nonewwindow": "", "passthru": "", "usenewenvironment": "", "loaduserprofile": ""},
                      _ANY, _start_process),
    "send-mailmessage": ({"usessl": "", "bodyashtml": ""}, {"to": "", "from": "", "subject": "", "body": "", "smtpserver": "",
                          "attachments": "", "cc": "", "bcc": "", "port": "", "credential": "", "priority": "",
                          "encoding": "", "deliverynotificationoption": ""}, _send_mail),
    "compress-archive": ({"force": "", "update": "", "passthru": ""}, {"path": "", "literalpath": "", "destinationpath": "",
                          "compressionlevel": ""}, _compress),
    "invoke-command": ({"asjob": "", "hidecomputername": "", "indisconnectedsession": "", "enablenetworkaccess": "",
                        "runasadministrator": "", "noNewScope": ""}, {"computername": "", "hostname": "", "session": "",
                       "scriptblock": "", "filepath": "", "credential": "", "argumentlist": "", "port": "",
                       "authentication": "", "configurationname": "", "username": "", "keyfilepath": "",
                       "connectionuri": "", "jobname": "", "throttlelimit": ""}, _invoke_command),
    "enter-pssession": ({"usessl": ""}, {"computername": "", "hostname": "", "credential": "", "port": "", "username": "",
                        "keyfilepath": "", "session": "", "authentication": ""}, _pssession),
    "new-pssession": ({"usessl": ""}, {"computername": "", "hostname": "", "credential": "", "port": "", "username": "",
                      "keyfilepath": "", "name": "", "authentication": ""}, _pssession),
    "format-volume": ({"force": "", "full": ""}, {"driveletter": "", "filesystem": "", "newfilesystemlabel": "",
                      "filesystemlabel": "", "path": "", "objectid": ""}, _format_volume),
    "clear-disk": ({"removedata": "", "removeoem": "", "confirm": ""}, {"number": "", "friendlyname": "",
                   "uniqueid": "", "path": ""}, _clear_disk),
    "remove-partition": ({"confirm": ""}, {"disknumber": "", "partitionnumber": "", "driveletter": ""}, _clear_disk),
    "initialize-disk": ({}, {"number": "", "partitionstyle": ""}, _clear_disk),
    "remove-itemproperty": ({"force": ""}, {"path": "", "literalpath": "", "name": ""}, _remove_itemproperty),
    "start-bitstransfer": ({"asynchronous": ""}, {"source": "", "destination": "", "transfertype": "", "priority": "",
                           "displayname": "", "credential": ""}, _bits),
    "add-localgroupmember": ({}, {"group": "", "name": "", "member": "", "sid": ""}, _group_member),
    "new-localuser": ({"nopassword": "", "passwordneverexpires": ""}, {"name": "", "password": "", "fullname": "",
                      "description": ""}, _new_user),
    "start-service": ({"passthru": ""}, {"name": "", "displayname": ""}, _service("start")),
    "suspend-service": ({"passthru": ""}, {"name": "", "displayname": ""}, _service("stop")),
    "remove-service": ({}, {"name": "", "inputobject": ""}, _service("disable")),
    "set-service": ({"passthru": "", "force": ""}, {"name": "", "startuptype": "", "status": "", "displayname": "",
                    "description": "", "credential": "", "computername": ""}, _set_service),
    "rename-item": ({"force": "", "passthru": ""}, {"path": "", "literalpath": "", "newname": ""}, _rename),
    "invoke-item": ({}, {"path": "", "literalpath": ""}, _invoke_item),
    "unregister-scheduledtask": ({"confirm": ""}, {"taskname": "", "taskpath": ""}, _unregister_task),
    "clear-recyclebin": ({"force": "", "confirm": ""}, {"driveletter": ""}, _recycle_bin),
    "clear-history": ({}, {"id": "", "count": "", "commandline": ""}, _clear_history),
    "import-certificate": ({}, {"filepath": "", "certstorelocation": ""}, _import_certificate),
    "import-pfxcertificate": ({"exportable": ""}, {"filepath": "", "certstorelocation": "", "password": ""}, _import_certificate),
    "invoke-sqlcmd": ({"trustservercertificate": "", "encryptconnection": ""}, {"serverinstance": "", "database": "",
                      "query": "", "inputfile": "", "username": "", "password": "", "hostname": "", "querytimeout": "",
                      "connectionstring": "", "credential": ""}, _sqlcmd),
    "get-windowsupdate": ({"install": "", "acceptall": "", "autoreboot": "", "ignorereboot": "", "download": ""},
                          {"kbarticleid": "", "category": "", "computername": ""}, _windows_update),
    "install-windowsupdate": ({"acceptall": "", "autoreboot": "", "ignorereboot": ""}, {"kbarticleid": "", "category": "",
                              "computername": ""}, _windows_update),
}
#: What is asked when a cmdlet of SPECIAL gives nothing to judge.
_PROBLEMS = {"invoke-command": "`Invoke-Command` runs a script block or file automode cannot read",
             "start-process": "`Start-Process` starts a program automode cannot name"}
# fmt: on
