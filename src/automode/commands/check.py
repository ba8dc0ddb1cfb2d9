"""`automode check`: one action as JSON on stdin -> the Decision as JSON (SPEC §13).

Exit 0 whenever a decision was made (including ask/deny), as SPEC §13 says, unless `--fail-on` asks otherwise:
`--fail-on deny` exits 1 on deny, `--fail-on ask` exits 1 on ask or deny (for a shell `if` or a CI step). 2 for
unusable input, with a one-line message."""

from __future__ import annotations

import argparse
import json
import sys


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pretty", action="store_true", help="indent the JSON output")
    p.add_argument("--fail-on", choices=["ask", "deny"], default=None,
                   help="exit 1 when the verdict is this strict or stricter (ask: ask or deny; deny: deny only)")


def run(args: argparse.Namespace) -> int:
    from automode.api import InputError, action_from_json, check, context_from_json

    raw = sys.stdin.buffer.read()
    try:
        # Undecodable bytes become U+FFFD; the engine treats a command containing one as unanalysable (ask).
        obj = json.loads(raw.decode("utf-8", errors="replace"))
    except json.JSONDecodeError as e:
        print(f"automode check: invalid JSON on stdin: {e.msg} (line {e.lineno}, column {e.colno})", file=sys.stderr)
        return 2
    except RecursionError:
        print("automode check: the JSON on stdin nests too deeply", file=sys.stderr)
        return 2
    try:
        action = action_from_json(obj)
        ctx = context_from_json(obj if isinstance(obj, dict) else None)
    except InputError as e:
        print(f"automode check: {e}", file=sys.stderr)
        return 2
    decision = check(action, ctx)
    print(json.dumps(decision.to_json(), indent=2 if args.pretty else None, ensure_ascii=False))
    from automode.model import SEVERITY

    return 1 if args.fail_on and SEVERITY[decision.verdict] >= SEVERITY[args.fail_on] else 0
