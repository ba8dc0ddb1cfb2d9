"""Disk arrays, storage pools, volume groups and encrypted volumes: the acts that take a volume away or throw away
what was written to it, without formatting anything (issue 10, session 20; the formatting and erasing acts are
AM-DESTROY-003's).

Facts: mdadm(8) (`--stop`/`-S` stops an array, `--fail`/`--set-faulty` and `--remove` in manage mode take a member
out, `--grow`/`-G` reshapes it), zfs(8) (`zfs rollback` discards every change made since the snapshot, `-r` also
destroys the snapshots taken after it; `set readonly=on|canmount=off|mountpoint=none` takes writes or the mount away), zpool(8) (`export`, `offline`, `detach`, `remove`, `split` take devices or the
pool away; `upgrade` enables features older systems cannot import), cryptsetup(8) (`luksKillSlot` and `luksRemoveKey`
wipe a key slot: the last one locks the data out for good; `luksHeaderRestore` writes a header over the current one;
`close` removes the mapping under whatever is mounted on it),
lvchange(8)/vgchange(8) (`-an`, `--activate n` deactivates the volumes under whatever is mounted on them), lvreduce(8)
(shrinking cuts off what lies past the new size unless the file system was shrunk first), btrfs-device(8) (`device
remove|delete` takes a device out of the file system).

`act(name, args)` gives what the command does, or "" for everything else (status, list, create, scrub, snapshots).
"""

from __future__ import annotations

from itertools import pairwise

#: program -> ((a subcommand or option that marks the act, what it does), ...), first match wins.
ACTS: dict[str, tuple[tuple[frozenset[str], str], ...]] = {
    "mdadm": (
        (frozenset({"--stop", "-S"}), "stops the RAID array: every filesystem on it goes away"),
        (frozenset({"--fail", "--set-faulty", "--remove"}), "takes a member out of the RAID array: it runs degraded"),
        (frozenset({"--grow", "-G"}), "reshapes the RAID array in place"),
    ),
    "zfs": ((frozenset({"rollback"}), "discards every change made since the snapshot (with -r, the later snapshots too)"),
            (frozenset({"readonly=on", "canmount=off", "mountpoint=none"}),
             "makes the dataset read-only or unmounts it from under whatever writes to it"),),
    "zpool": (
        (frozenset({"export", "offline", "detach", "remove", "split"}), "takes devices or the whole pool away"),
        (frozenset({"upgrade"}), "enables pool features older systems cannot import, for good"),
    ),
    "cryptsetup": (
        (frozenset({"luksKillSlot", "luksRemoveKey", "luksHeaderRestore"}),
         "wipes or replaces a key slot of the encrypted volume: without another key the data is locked out for good"),
        (frozenset({"close", "luksClose"}), "closes the encrypted volume under whatever is mounted on it"),
    ),
    "lvchange": ((frozenset({"-an", "--activate=n", "-aln"}), "deactivates the logical volume under what is mounted on it"),),
    "lvreduce": ((frozenset({"-L", "-l", "--size", "--extents"}),
                  "shrinks the logical volume: what lies past the new size is cut off, the file system with it"),),
    "btrfs": ((frozenset({"remove", "delete"}), "takes a device out of the file system (its data moved or lost)"),),
    "vgchange": ((frozenset({"-an", "--activate=n", "-aln"}), "deactivates every volume of the group"),),
}
#: Options that only print what would happen.
DRY = frozenset({"--test", "-t", "--dry-run", "-n", "--help", "-h", "--version"})


def act(name: str, args: list[str]) -> str:
    """What `name args` does to a volume, "" when it is none of the acts above (or a dry run)."""
    if name == "btrfs" and args[:1] != ["device"]:
        return ""  # (`btrfs subvolume delete` is a deletion: AM-DESTROY-013 reads it)
    rows = ACTS.get(name)
    if rows is None or any(x in DRY for x in args if name != "zpool" or x != "-n"):
        return ""
    words = set(args)
    if name in ("lvchange", "vgchange"):  # `-a n`, `--activate n`: the value as its own word
        words |= {f"{x}={y}" if x.startswith("--") else f"{x}{y}" for x, y in pairwise(args)}
    for marks, what in rows:
        if marks & words:
            return what
    return ""


#: (command, expected act?) pairs: the tests run them.
FIXTURES: tuple[tuple[str, bool], ...] = (
    ("mdadm --stop /dev/md0", True), ("mdadm -S /dev/md127", True), ("mdadm /dev/md0 --fail /dev/sdb1", True),
    ("mdadm --manage /dev/md0 --remove /dev/sdc1", True), ("mdadm --detail /dev/md0", False),
    ("mdadm --examine /dev/sdb1", False), ("zfs rollback -r tank/data@monday", True), ("zfs list -t snapshot", False),
    ("zfs snapshot tank/data@pre-upgrade", False), ("zpool export tank", True), ("zpool offline tank sdb", True),
    ("zpool status -x", False), ("zpool scrub tank", False), ("cryptsetup luksKillSlot /dev/sdb 0", True),
    ("cryptsetup luksRemoveKey /dev/sdb", True), ("cryptsetup luksDump /dev/sdb", False),
    ("cryptsetup status cryptdata", False), ("vgchange -an vg0", True), ("vgchange -a n vg0", True),
    ("vgchange -ay vg0", False), ("lvchange -an vg0/data", True), ("vgs", False), ("lvreduce -L 10G vg0/data", True),
    ("lvreduce --help", False), ("btrfs device remove /dev/sdc /mnt/pool", True), ("btrfs device stats /mnt/pool", False),
    ("btrfs filesystem df /mnt/pool", False), ("zfs set readonly=on tank/data", True), ("zfs set compression=lz4 tank/data", False),
    ("zfs get readonly tank/data", False), ("cryptsetup close cryptdata", True), ("cryptsetup open /dev/sdb cryptdata", False),
)
