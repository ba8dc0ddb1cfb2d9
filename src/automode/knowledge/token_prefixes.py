"""Credentials known by their issuer's prefix alone, in a value that leaves (session 19: h19-0563, h19-0569).

`knowledge.flows` knows tokens by their full documented shape (`npm_` and 36 characters), which keeps ordinary text
free of false finds. In a URL or a body that leaves for another host the prefix says enough: `?c=npm_k2V9qLr8XyT0aP3m`
or a base64 `c2tfbGl2ZV81MWFiY2RlZg==` (`sk_live_51abcdef`) in a query is a credential cut short or a test value
shaped like one, and neither belongs in another host's logs. The prefixes below are the issuers' own (each documents
it: GitHub `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_`/`github_pat_`, GitLab `glpat-`, Slack `xox?-`, Stripe `sk_`/`rk_`
live and test, Anthropic `sk-ant-`, OpenAI `sk-proj-`, npm `npm_`, PyPI `pypi-`, Hugging Face `hf_`, DigitalOcean
`dop_v1_`, Shopify `shpat_`, Databricks `dapi`, Docker Hub `dckr_pat_`, Vault `hvs.`, Linear `lin_api_`, SendGrid
`SG.`, Atlassian `ATATT3`, Deno Deploy `ddp_`, Supabase `sbp_`, Netlify `nfp_`, Grafana `glsa_`, New Relic `NRAK-`,
Postman `PMAK-`, Figma `figd_`, RubyGems `rubygems_`, PlanetScale `pscale_tkn_`, Sentry `sntrys_`/`sntryu_`,
Buildkite `bkua_`, Google `ya29.`, Square `sq0atp-`, Stripe webhooks `whsec_`, Groq `gsk_`, Replicate `r8_`,
OpenRouter `sk-or-`, Twilio `SK` keys are left out: two letters say nothing).

The tail after the prefix must look random (letters and digits mixed): `npm_config_registry`, `hf_hub_download`,
`sk_test_helpers` are names, not values. A form decoded from base64 or hex needs fewer characters: nobody encodes a
prefixed word by accident.
"""

from __future__ import annotations

import re

from automode import lazyre

#: (prefix, service as `knowledge.flows` names it) for each issuer.
PREFIXES: tuple[tuple[str, str], ...] = (
    ("ghp_", "github"), ("gho_", "github"), ("ghu_", "github"), ("ghs_", "github"), ("ghr_", "github"),
    ("github_pat_", "github"), ("glpat-", "gitlab"), ("xoxb-", "slack"), ("xoxp-", "slack"), ("xoxa-", "slack"),
    ("xoxs-", "slack"), ("xoxr-", "slack"), ("xoxo-", "slack"), ("sk_live_", "stripe"), ("sk_test_", "stripe"),
    ("rk_live_", "stripe"), ("rk_test_", "stripe"), ("whsec_", "stripe"), ("sk-ant-", "anthropic"),
    ("sk-proj-", "openai"), ("sk-svcacct-", "openai"), ("sk-or-", ""), ("npm_", "npm"), ("pypi-", "pypi"),
    ("hf_", "huggingface"), ("dop_v1_", "digitalocean"), ("doo_v1_", "digitalocean"), ("shpat_", "shopify"),
    ("shpss_", "shopify"), ("dapi", "databricks"), ("dckr_pat_", "docker"), ("hvs.", ""), ("hvb.", ""),
    ("lin_api_", "linear"), ("SG.", "sendgrid"), ("ATATT3", "atlassian"), ("ddp_", ""), ("sbp_", "supabase"),
    ("nfp_", "netlify"), ("glsa_", ""), ("glc_", ""), ("NRAK-", ""), ("PMAK-", "postman"), ("figd_", ""),
    ("rubygems_", "rubygems"), ("pscale_tkn_", ""), ("sntrys_", "sentry"), ("sntryu_", "sentry"), ("bkua_", ""),
    ("ya29.", "google"), ("sq0atp-", "square"), ("sq0csp-", "square"), ("gsk_", ""), ("r8_", ""),
)  # fmt: skip
_SERVICE = dict(PREFIXES)
_ALT = "|".join(re.escape(p) for p, _ in sorted(PREFIXES, key=lambda x: -len(x[0])))
#: As written: the prefix and at least 12 characters of a token's alphabet.
PLAIN = lazyre.compile(r"(?<![A-Za-z0-9])(" + _ALT + r")([A-Za-z0-9_.-]{12,200})")
#: Decoded from base64 or hex: at least 6.
DECODED = lazyre.compile(r"(?<![A-Za-z0-9])(" + _ALT + r")([A-Za-z0-9_.-]{6,200})")


def found(text: str, encoded: bool) -> list[tuple[str, str, str]]:
    """(the prefix, its service, the value) for each prefixed token in `text` whose tail looks random."""
    out: list[tuple[str, str, str]] = []
    rx = DECODED if encoded else PLAIN
    for m in rx.finditer(text[:20_000]):
        tail = m.group(2).rstrip("._-")
        # (decoded, a prefix of four or more characters alone says it: a value nobody encodes by accident, however plain its tail looks,
        # `Z2hwX3Rva2VuX2FiY2RlZg==` is `ghp_token_abcdef`; session 20, K5)
        if _random(tail) or (encoded and len(m.group(1)) >= 4 and len(tail) >= 6 and not _placeholder(tail)):
            out.append((m.group(1), _SERVICE[m.group(1)], m.group(0)))
    return out


def _placeholder(tail: str) -> bool:
    up = tail.upper()
    return "EXAMPLE" in up or "XXXX" in up or "PLACEHOLDER" in up or "REDACTED" in up or len(set(tail)) < 3


def _random(tail: str) -> bool:
    """Letters and digits mixed, not a word joined by separators (`config_registry`), no long run of one character."""
    core = tail.replace("_", "").replace("-", "").replace(".", "")
    if not (any(c.isdigit() for c in core) and any(c.isalpha() for c in core)):
        return False
    if len(set(core)) < 5 or "EXAMPLE" in tail.upper() or "XXXX" in tail.upper():
        return False
    return sum(c.isdigit() for c in core) < len(core) - 2  # (not a number with a letter or two)


#: Fixtures: (text, encoded, found).
FIXTURES: tuple[tuple[str, bool, bool], ...] = (
    ("https://collect.shot-share.example/?c=npm_k2V9qLr8XyT0aP3mWb7s", False, True),
    ("sk_live_51abcdef", True, True),
    ("?t=ghp_aBcDeFgHiJkL1234", False, True),
    ("npm_config_registry=https://registry.npmjs.org", False, False),
    ("hf_hub_download", False, False),
    ("sk_test_helpers_module", False, False),
    ("sk_live_51abcdef", False, False),
    ("ghp_xxxxxxxxxxxxxxxxxxxx", False, False),
    ("https://docs.example.org/search?q=dapi+tokens", False, False),
    ("SG.abcdef.ghijk", True, False),  # (a three-letter prefix needs a random tail, decoded or not)
    ("ghp_token_abcdef", True, True),
    ("ghp_xxxxxxxxxxxx", True, False),
    ("hf_hub_download", False, False),
)
