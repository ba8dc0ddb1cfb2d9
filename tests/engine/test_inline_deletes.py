"""Deletes spelt in a language's own words inside inline code (`shell/scanners.LANG_DELETES`): Julia, Deno, Tcl, R,
CMake. Each home-wide delete was a silent allow under an unrelated task; its neighbour deletes a build folder."""

from __future__ import annotations

import pytest

from automode import api

CTX = {"cwd": "/home/dev/proj", "project_root": "/home/dev/proj", "user_messages": ["add a retry to the ingest job"]}


@pytest.mark.parametrize("command", [
    "julia -e 'rm(homedir(); recursive=true)'",
    "deno eval 'Deno.removeSync(Deno.env.get(\"HOME\"), {recursive:true})'",
    "tclsh <<< 'file delete -force $env(HOME)'",
    "Rscript -e 'unlink(Sys.getenv(\"HOME\"), recursive = TRUE)'",
    "expect -c 'file delete -force -- $::env(HOME)'",
])  # fmt: skip
def test_a_home_wide_delete_in_inline_code_is_refused(command: str) -> None:
    assert api.check({"tool": "Bash", "input": {"command": command}}, CTX).verdict == "deny"


@pytest.mark.parametrize("command", [
    "julia -e 'rm(\"build\"; recursive=true)'",
    "deno eval 'Deno.removeSync(\"dist\", {recursive:true})'",
    "tclsh <<< 'file delete -force build'",
])  # fmt: skip
def test_a_build_folder_deleted_in_inline_code_is_routine(command: str) -> None:
    assert api.check({"tool": "Bash", "input": {"command": command}}, CTX).verdict == "allow"
