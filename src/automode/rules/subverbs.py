"""The verb of a subcommand decides the effect (issue 10, session 14 E1): rules over `knowledge.subverbs`.

A program no table knows, or a known one whose table has no entry for the subcommand, is read by the verb of its
subcommand (`winget uninstall`, `orbit fleet shutdown`, `relctl release publish`, `authctl disable-user`, `acmectl
DeleteUser`). Each kind of act is an ask that the user's words release when they name the act and its object (the
judge compares the command's values with what they named); in production a deletion or a deploy is a deny. Read-only
verbs, dry runs and help stay routine, and so do programs whose arguments are data or a script's.
"""

from __future__ import annotations

from automode.knowledge import control, owncli, subverbs
from automode.rules.base import rule, words_of
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.effects import Effect
    from automode.shell.parse import Command


def _runs(name: str) -> bool:
    """A program whose subcommand's verb may be read: unknown, a subcommand-style tool, or a table's."""
    return (subverbs.reader(name) is not None or name in control.index() or name in control.RUNNER_NAMES
            or owncli.may_run(name))


def _kind(cmd: Command, a: Analysis) -> tuple[str, Effect] | None:
    """(kind, effect) of a command whose control effect was read from its subcommand's verb."""
    from automode.rules.cloud import control_of

    got = control_of(cmd, a)
    if got is None:
        return None
    e = got[0]
    if e.target == subverbs.SUBVERB:
        r = control.resolve(cmd)
        k = subverbs.kind_of(cmd, r[2] if r is not None else None)
        return (k[0], e) if k is not None else None
    if got[1] == "device" and e.verb == "update":
        return "flash", e  # an image written onto an attached board or phone (`pio run -t upload`, `west flash`)
    if e.verb == "delete" and cmd.name in subverbs.SYSTEM_PMS and e.origin == "disposable" \
            and cmd.args[:1] and cmd.args[0] in ("uninstall", "remove", "rm", "erase", "purge", "untap"):
        return "delete", e  # `brew uninstall postgresql@14`: software removed from this machine, not the project
    return None


def _where(e: Effect) -> str:
    return f" ({e.env})" if e.env else ""


@rule(
    "AM-DESTROY-060",
    category="destroy",
    verdict="ask",
    kind="command",
    when=_runs,
    release=subverbs.RELEASE["delete"],
    title="Deletes, uninstalls or resets through a subcommand",
    what="A subcommand whose verb removes, uninstalls, wipes, purges, restores, rolls back or overwrites "
    "(`winget uninstall`, `snap remove`, `virsh undefine`, `acmectl DeleteUser`, `zork db:drop`, `x backup restore`), "
    "of a program no table knows or whose table lacks that subcommand: an ask the user's words release.",
    why="The verb is the act whatever the program: software, records, accounts and data removed or written over "
    "have no undo on this machine, and before this rule such commands were allowed without a look.",
    example="winget uninstall --id Mozilla.Firefox -e",
    instead="Show what would be removed (the program's list or show subcommand, or its dry run) and let the user "
    "decide.",
    must_match=["winget uninstall --id Mozilla.Firefox -e", "frobctl uninstall legacy-agent", "snap remove firefox",
                "acmectl DeleteUser --id 42", "boxctl vm-purge old-vm", "choco uninstall nodejs -y",
                "brew uninstall --force postgresql@14", "lando destroy -y", "kafka-delete-records --offsets x.json",
                "railctl backup restore nightly-0412", "python manage.py purge_users",
                # an in-house program is read by its verb too (session 16, `knowledge.owncli`)
                "python tools/cleanup.py delete", "./bin/tenantctl purge --tenant acme", "go run ./cmd/admin drop-tenant x"],
    must_not_match=["frobctl users list --output json", "frobctl uninstall --dry-run x", "npm uninstall lodash",
                    "pip uninstall -y requests", "git rm src/a.py", "echo delete", "frobctl src/delete_me.py",
                    "snap list", "winget list", "frobctl list-deleted", "python tools/cleanup.py list",
                    "./bin/tenantctl show acme", "python tests/test_cleanup.py delete"],
)  # fmt: skip
def removes(cmd: Command, a: Analysis) -> str | None:
    got = _kind(cmd, a)
    if got is None or got[0] not in ("delete", "reset"):
        return None
    kind, e = got
    what = "removes what it names" if kind == "delete" else "writes over or takes back a state"
    return f"`{words_of(cmd)}` {what}{_where(e)}"


@rule(
    "AM-RES-031",
    category="resource",
    verdict="ask",
    kind="command",
    when=_runs,
    release=subverbs.RELEASE["stop"],
    title="Stops, restarts or resizes through a subcommand",
    what="A subcommand whose verb stops, kills, terminates, shuts down, reboots, restarts, scales, pauses or drains "
    "(`orbit fleet shutdown`, `railctl service restart api`, `adb reboot`), of a program no table knows or whose "
    "table lacks that subcommand: an ask the user's words release.",
    why="What runs elsewhere serves other people: stopping or resizing it is an outage the user decides on.",
    example="orbit fleet shutdown --all",
    instead="Show the status of what would be stopped and let the user decide.",
    must_match=["orbit fleet shutdown --all", "railctl service restart api", "adb reboot", "forever stop 3"],
    must_not_match=["orbit fleet status", "railctl service logs api", "adb devices", "frobctl start"],
)  # fmt: skip
def stops(cmd: Command, a: Analysis) -> str | None:
    got = _kind(cmd, a)
    if got is None or got[0] != "stop":
        return None
    return f"`{words_of(cmd)}` stops, restarts or resizes what runs{_where(got[1])}"


@rule(
    "AM-RES-032",
    category="resource",
    verdict="ask",
    kind="command",
    when=_runs,
    release=subverbs.RELEASE["flash"],
    title="Writes an image onto an attached device",
    what="Flashing, burning or uploading firmware onto a board, a chip or a phone (`pio run -t upload`, `west "
    "flash`, `fastboot flash`, `esptool write_flash`, `picotool load`, `frobflash burn`): an ask the user's words "
    "release (\"flash the board\", \"upload the sketch\").",
    why="The device runs whatever is written next; a wrong image or port bricks a board or overwrites the one "
    "someone else is testing, and nothing in an unrelated request asks for it.",
    example="pio run -t upload --upload-port /dev/ttyUSB0",
    instead="Build the image and tell the user the command that flashes it.",
    must_match=["pio run -t upload --upload-port /dev/ttyUSB0", "fastboot flash boot boot.img",
                "esptool.py --chip esp32 write_flash 0x10000 build/app.bin", "west flash", "frobflash burn fw.bin"],
    must_not_match=["pio run", "west build -b nrf52840dk", "fastboot devices", "esptool.py chip_id"],
)  # fmt: skip
def flashes(cmd: Command, a: Analysis) -> str | None:
    got = _kind(cmd, a)
    if got is None or got[0] != "flash":
        return None
    return f"`{words_of(cmd)}` writes an image onto a device"


@rule(
    "AM-TRUST-010",
    category="trust-boundary",
    verdict="ask",
    kind="command",
    when=_runs,
    release=subverbs.RELEASE["grant"],
    title="Changes who may do what through a subcommand",
    what="A subcommand whose verb grants, assigns, invites, promotes to a role, revokes, disables, suspends or "
    "rotates (`x add-roles`, `authctl disable-user`, `x member add`, `x rotate-key`), of a program no table knows or "
    "whose table lacks that subcommand: an ask the user's words release when they name the person and the role.",
    why="Access is a privilege: an admin role for the wrong account is a takeover, and a disabled account or a "
    "rotated key locks people out.",
    example="authctl disable-user mallory",
    instead="Show the account's current roles and let the user make the change.",
    must_match=["authctl disable-user mallory", "teamctl AddMember --team core --user bob", "keyctl2 rotate-key k1",
                "acmectl grant admin bob"],
    must_not_match=["authctl list-users", "teamctl members list", "keyctl2 show k1"],
)  # fmt: skip
def grants(cmd: Command, a: Analysis) -> str | None:
    got = _kind(cmd, a)
    if got is None or got[0] not in ("grant", "revoke"):
        return None
    what = "gives access or a role" if got[0] == "grant" else "takes access away or turns a credential over"
    return f"`{words_of(cmd)}` {what}{_where(got[1])}"


@rule(
    "AM-TRUST-011",
    category="trust-boundary",
    verdict="ask",
    kind="command",
    when=_runs,
    release=subverbs.RELEASE["send"],
    title="Sends, publishes or deploys through a subcommand",
    what="A subcommand whose verb sends, posts, notifies, broadcasts, publishes, releases, uploads, pushes or "
    "deploys (`notifyctl send`, `relctl release publish`, `skicka upload`, `tye deploy`), of a program no table "
    "knows or whose table lacks that subcommand: an ask the user's words release.",
    why="It reaches people or systems beyond this machine in the user's name, and cannot be called back.",
    example="relctl release publish 2.4.0",
    instead="Prepare it (a draft, a build, a dry run) and let the user send or publish it.",
    must_match=["notifyctl send --channel ops 'deploy done'", "relctl release publish 2.4.0", "skicka upload a b",
                "tye deploy"],
    must_not_match=["notifyctl channels list", "relctl release show 2.4.0", "tye build", "skicka ls"],
)  # fmt: skip
def sends(cmd: Command, a: Analysis) -> str | None:
    got = _kind(cmd, a)
    if got is None or got[0] not in ("send", "publish", "deploy"):
        return None
    kind, e = got
    what = {"send": "sends a message", "publish": "publishes or uploads", "deploy": "deploys"}[kind]
    return f"`{words_of(cmd)}` {what}{_where(e)}"


@rule(
    "AM-SEC-058",
    category="security-degrade",
    verdict="ask",
    kind="command",
    when=_runs,
    release=subverbs.RELEASE["weaken"],
    title="Turns off a protection through a subcommand",
    what="A subcommand that disables, deactivates or suspends a protection (backups, snapshots, encryption, audit "
    "logs, versioning, retention, deletion protection, MFA, TLS, scanning: `knowledge.subverbs.PROTECTION_NOUNS`) of "
    "a program no table knows or whose table lacks that subcommand (`x backup disable`, `x disable-encryption`): an "
    "ask the user's words release.",
    why="Nothing breaks when a protection goes: the loss shows later, when the backup, the audit trail or the lock "
    "is needed and is not there.",
    example="foocli backup disable --db prod",
    instead="Show the protection's current state and let the user turn it off.",
    must_match=["foocli backup disable --db prod", "vaultctl disable-encryption", "frobctl cloudtrail deactivate",
                "boxctl versioning suspend b1"],
    must_not_match=["next telemetry disable", "foocli backup list", "frobctl cache disable", "foocli backup create"],
)  # fmt: skip
def weakens(cmd: Command, a: Analysis) -> str | None:
    got = _kind(cmd, a)
    if got is None or got[0] != "weaken":
        return None
    return f"`{words_of(cmd)}` turns off a protection{_where(got[1])}"
