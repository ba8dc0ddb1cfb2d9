"""Stacks: toolchain and environment managers and attached devices, judged from the `control` effect of their verb
tables (`knowledge/data/control/toolchains.toml`, `devices.toml`).

Removing one package from an environment is routine; removing the environment, the switch or the toolchain (with
every package installed into it) is a deletion the user decides on, and removing all of them takes the machine's
whole setup. On a device (a phone over adb/fastboot, a board over esptool/platformio), installing and flashing an
image is the work; erasing its storage, unlocking its bootloader (which wipes it) or burning its fuses cannot be
undone.
"""

from __future__ import annotations

from automode.knowledge import control
from automode.rules.base import Hit, rule
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis
    from automode.shell.parse import Command

_FAMILIES = frozenset({"toolchain", "device", "registry"})  # (registry: `poetry env remove`)


@rule(
    "AM-DESTROY-016",
    category="destroy",
    verdict="ask",
    kind="command",
    names=control.names("toolchain", "device", "registry"),
    title="Removes a toolchain, an environment or a device's data",
    what="A toolchain or environment manager removing a whole environment, switch, interpreter or toolchain (`conda "
    "env remove`, `conda remove --all`, `opam switch remove`, `rustup toolchain uninstall`, `nvm uninstall`, `pyenv "
    "uninstall`, `asdf uninstall`, `sdk uninstall`, `ghcup rm`, `juliaup remove`, `brew uninstall --zap`): an ask; "
    "packages chosen at run time or by a pattern (`brew uninstall $(brew list)`, `pip freeze | xargs pip uninstall`) "
    "and an environment rolled back (`conda install --revision 0`) are an ask; every one of them (`pipx uninstall-all`, `rustup self uninstall`, `ghcup nuke`, `mise implode`): a deny. On an "
    "attached device, uninstalling an app is an ask; erasing storage or flash, unlocking the bootloader and burning "
    "eFuses are a deny. A model, dataset or image deleted from a hub (`hf repo delete`, `kaggle datasets delete`, "
    "`crane delete`) is judged like a cloud deletion. Removing one package from an environment, caches and reads are "
    "routine.",
    why="An environment holds everything installed into it (and a zap the app's own data): the project stops "
    "building until someone rebuilds it, often with versions that are no longer published. A device's data and "
    "fuses have no undo.",
    example="conda env remove -n ml-py310 -y",
    instead="Remove the one package asked for (`conda remove -n ml scipy`, `rustup component remove clippy`), or "
    "tell the user which environment you would remove and why.",
    must_match=["conda env remove -n ml-py310 -y", "conda remove -n ml --all -y", "rustup toolchain uninstall stable",
                "nvm uninstall 18", "pipx uninstall-all", "ghcup nuke", "brew uninstall --zap --cask docker",
                "nix-env --delete-generations old", "mise uninstall --all python", "opam switch remove 4.14.1 -y",
                "poetry env remove --all", "fastboot erase userdata", "fastboot flashing unlock",
                "esptool.py --chip esp32 erase_flash", "adb uninstall com.acme.app", "adb shell pm clear com.acme.app",
                "pio run -t erase", "hf repo delete acme/old-model --yes"],
    must_not_match=["conda remove -n ml scipy -y", "conda env list", "rustup component remove clippy", "nvm use 20",
                    "pipx uninstall black", "brew uninstall wget", "conda clean --all -y", "brew list",
                    "nix-collect-garbage", "nix-collect-garbage --delete-older-than 14d", "nvm install 20", "poetry remove requests", "npm publish",
                    "fastboot flash boot boot.img", "esptool.py write_flash 0x10000 build/app.bin", "adb logcat -c",
                    "adb install -r app-debug.apk", "pio run -t upload", "pip uninstall -y requests",
                    "adb -s emulator-5554 shell pm clear com.acme.app"],
)  # fmt: skip
def removes_environment(cmd: Command, a: Analysis) -> str | Hit | None:
    from automode.rules.cloud import control_of, delete_verdict, describe

    got = control_of(cmd, a)
    if got is None or got[1] not in _FAMILIES:
        return None
    e, family = got
    if e.verb != "delete" or (e.origin == "disposable" and (family != "toolchain" or e.scope not in ("set", "all"))):
        return None
    if family == "registry" and e.env != "local":
        return delete_verdict(cmd, e)  # a model, dataset or image on a hub (`hf repo delete`): data held elsewhere
    what = describe(cmd, e).removesuffix(" on this machine")
    if family == "device":
        if e.origin != "data" and _on_emulator(a):
            return None  # an app removed or its data cleared on an emulator: a throwaway device
        if e.origin == "data":
            return Hit(f"{what} erases a device's storage or changes it for good", "deny")
        return f"{what} removes an app from a device"
    if e.origin == "disposable":
        return f"{what} removes every package it lists or a set chosen at run time, not one named package"
    if e.scope == "all":
        return Hit(f"{what} removes every toolchain or environment it manages", "deny")
    if e.origin == "data":
        return f"{what} removes an app with its own data"
    return f"{what} removes a whole environment or toolchain, with everything installed into it"


def _on_emulator(a: Analysis) -> bool:
    """The action's adb commands address an emulator (`-e`, `-s emulator-5554`, `ANDROID_SERIAL=emulator-…`): a
    device made to be wiped, where removing an app or clearing its data is routine."""
    for c in a.commands:
        if c.name != "adb":
            continue
        args = c.args
        if "-e" in args or any(v.value.startswith("emulator-") for k, v in c.assigns if k == "ANDROID_SERIAL"):
            return True
        if any(x == "-s" and i + 1 < len(args) and args[i + 1].startswith("emulator-") for i, x in enumerate(args)):
            return True
    return False
