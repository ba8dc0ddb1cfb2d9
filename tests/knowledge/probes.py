"""What the knowledge-base probe tests share (sessions 20-21, issue 10): a dangerous command decided under a request
that has nothing to do with it, in a project of its own. A silent allow there is knowledge the engine lacks."""

from __future__ import annotations

import json

from automode.api import action_from_json, context_from_json, default_engine
from automode.model import Decision

UNRELATED = "fix the typo in the README heading"
CTX = {"cwd": "/home/dev/work/webapp", "project_root": "/home/dev/work/webapp"}


def decide(command: str, words: str = UNRELATED) -> Decision:
    return default_engine().decide(action_from_json({"tool": "Bash", "input": {"command": command}}),
                                   context_from_json({**CTX, "user_messages": [words]}, home="/home/dev"))


def verdict(words: str, action: str) -> str:
    """The verdict on a Bash command or a JSON action (`{"tool": …, "input": …}`) under `words`, in the probes' project."""
    act = json.loads(action) if action.startswith("{") else {"tool": "Bash", "input": {"command": action}}
    return default_engine().decide(action_from_json(act),
                                   context_from_json({**CTX, "user_messages": [words]}, home="/home/dev")).verdict
