"""Which `@dataclass` automode's classes use: the `dataclasses` module's, or in automode's own hook processes
(`python -I -S`, see adapters/settings_file.py) the same classes made without importing it (`automode.dc_light`,
issue 14: `dataclasses` brings `inspect`, `ast`, `dis`, `tokenize`, `copy` into every cold hook). Import
`dataclass`, `field`, `fields` and `replace` from here, never from `dataclasses`, so that one process never mixes
the two kinds. Type checkers see `dataclasses` itself."""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from dataclasses import dataclass as dataclass
    from dataclasses import field as field
    from dataclasses import fields as fields
    from dataclasses import replace as replace
elif sys.flags.isolated and sys.flags.no_site:
    from automode.dc_light import dataclass, field, fields, replace
else:
    from dataclasses import dataclass, field, fields, replace

__all__ = ["dataclass", "field", "fields", "replace"]
