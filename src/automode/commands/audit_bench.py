"""`automode audit-bench`: concurrent writers into the audit store (rows, errors, record() latency)."""

from automode.audit.bench import add_arguments, run

__all__ = ["add_arguments", "run"]
