"""Disk arrays, pools and encrypted volumes taken away or rolled back (issue 10, session 20: `knowledge.volumes`).

Motivated by probing the shapes automode allowed whatever the user said: `zfs rollback -r tank/data@monday`, `mdadm
--stop /dev/md0` and `cryptsetup luksKillSlot /dev/sdb 0` were routine work, while their formatting siblings
(`zpool destroy`, `wipefs`, `luksErase`) were refused. Each is an ask that the user naming the act releases.
"""

from __future__ import annotations

from automode.knowledge import subverbs, volumes
from automode.rules.base import rule, words_of
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command


@rule(
    "AM-DESTROY-088",
    category="destroy",
    verdict="ask",
    kind="command",
    names=set(volumes.ACTS),
    release=subverbs.RELEASE["reset"] | subverbs.RELEASE["stop"],
    title="Rolls back, stops or takes away a disk array, pool or encrypted volume",
    what="`zfs rollback` (discards what was written since the snapshot; `-r` destroys the later snapshots), `zfs set "
    "readonly=on|canmount=off|mountpoint=none`, `zpool "
    "export|offline|detach|remove|split|upgrade`, `mdadm --stop|--fail|--remove|--grow`, `cryptsetup "
    "luksKillSlot|luksRemoveKey|luksHeaderRestore|close`, `vgchange -an`/`lvchange -an`, `lvreduce`, `btrfs device "
    "remove`: an ask the user's words release. "
    "Session 20 (issue 10): these were allowed whatever the user said.",
    why="Whatever is mounted on the volume stops, a degraded array loses its redundancy, a rolled-back dataset loses "
    "what was written since, and a wiped last key slot locks the data out with no undo.",
    example="zfs rollback -r tank/data@monday",
    instead="Show the state first (`zpool status`, `zfs list -t snapshot`, `mdadm --detail`, `cryptsetup luksDump`) "
    "and let the user run the change.",
    must_match=["zfs rollback -r tank/data@monday", "mdadm --stop /dev/md0", "cryptsetup luksKillSlot /dev/sdb 0",
                "zpool export tank", "vgchange -an vg0", "sudo mdadm /dev/md0 --fail /dev/sdb1"],
    must_not_match=["zfs list -t snapshot", "mdadm --detail /dev/md0", "cryptsetup luksDump /dev/sdb",
                    "zpool status -x", "vgchange -ay vg0", "zfs snapshot tank/data@pre-upgrade"],
)  # fmt: skip
def volume_act(cmd: Command, a: Analysis) -> str | None:
    what = volumes.act(cmd.name, cmd.args)
    return f"`{words_of(cmd)}` {what}" if what else None
