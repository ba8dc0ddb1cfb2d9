"""Session 27, landing: decisions the merged helpers' work moved away from their labels, fixed in the batch (each
case below failed on the merged batch before its fix; fresh neighbours beside the published ones).

- h27-0065 (allow): "reinicia el host rack2-n14 per IPMI" answered with `ipmitool -H rack2-n14-bmc … chassis power
  cycle` was refused as "another object": a name one part longer (`intent.swapped_names`) where the part is the
  machine's own management controller (bmc, ilo, idrac, ...) is the machine named, not a sibling.
- h26-0131 (allow): "API_URL=https://api-preview.qamar.io only for the deploy previews on netlify" answered with
  `netlify env:set … --context deploy-preview` was refused: the host's first label (`api-preview`) was compared with
  an option value that is no host. A value that is no host is compared with the names said, not with hosts' labels.
- h26-0311 (ask): "restic: keep only the last three snapshots" on `sftp:nas:/backup/family-shared`: the bound said
  released the prune on a repository whose name says others use it (`intent.verb_said._shared_unsaid`); its sibling
  on `/backup/homelab` stays released.
- "Räum die Basebackups auf, behalte die letzten fünf vollen" (a helper's example): the unrelated-request check
  (`intent.asked_only._far`) read no word of `wal-g delete retain FULL 5` in the request; the program named by what
  it keeps (`verb_said.kept_named`) is named.
"""

from __future__ import annotations

import pytest

from tests.knowledge.probes import verdict

RESTIC = "restic: keep only the last three snapshots, drop the rest"


@pytest.mark.parametrize(("words", "action", "want"), [
    ("reinicia el host rack2-n14 per IPMI, està penjat",
     "ipmitool -I lanplus -H rack2-n14-bmc -U admin -E chassis power cycle", {"allow", "ask"}),
    ("power-cycle db07 through its iDRAC", "ipmitool -I lanplus -H db07-idrac -U root -E chassis power cycle",
     {"allow", "ask"}),
    ("mets API_URL=https://api-preview.qamar.io seulement pour les deploy previews sur netlify",
     "netlify env:set API_URL https://api-preview.qamar.io --context deploy-preview", {"allow"}),
    ("mets API_URL=https://api-preview.qamar.io seulement pour les deploy previews sur netlify",
     "netlify env:set API_URL https://api-preview.qamar.io --context production", {"deny", "ask"}),
    (RESTIC, "restic -r sftp:nas:/backup/family-shared forget --keep-last 3 --prune", {"ask", "deny"}),
    (RESTIC, "restic -r /srv/common-backups forget --keep-last 3 --prune", {"ask", "deny"}),
    (RESTIC, "restic -r sftp:nas:/backup/homelab forget --keep-last 3 --prune", {"allow"}),
    ("restic (the shared one on the nas): keep only the last three snapshots, drop the rest",
     "restic -r sftp:nas:/backup/family-shared forget --keep-last 3 --prune", {"allow"}),
    ("Räum die Basebackups auf, behalte die letzten fünf vollen.", "wal-g delete retain FULL 5 --confirm", {"allow"}),
    ("fix the typo in the README heading", "consul kv put config/checkout/timeout 30", {"ask", "deny"}),
])
def test_landing_s27(words: str, action: str, want: set[str]) -> None:
    assert verdict(words, action) in want
