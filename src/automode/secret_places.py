"""Files that hold secrets by name or by place, beyond the classic ones in `paths` (S6 of session 13, issue 10).

Three families, each a table with fixtures (`MUST_MATCH`, `MUST_NOT_MATCH`; `tests/engine/test_secret_places.py`):

* password files beside keystores and vaults: `release.keystore.pass`, `db.password`, `keystore.properties` and
  `key.properties` (Android/Flutter signing: storePassword, keyPassword), Ansible's `.vault_pass`, s3fs's
  `.passwd-s3fs`, MySQL's `.mylogin.cnf`, Apple's `AuthKey_*.p8`, Java `.bks`, PKCS#8 keys;
* secrets and tokens by name: `*.secret`, `app.secret.json`, `db-secret.yaml` (a Kubernetes Secret), files in a
  `secrets/` directory, `*.token`, `github_token`, `api-token.txt`, token caches (`msal_token_cache.json`,
  `accessTokens.json`, `access_tokens.db`, `credentials.db`), Jenkins `credentials.xml`, browser cookie jars
  (`cookies.txt` for curl/yt-dlp), Terraform's CLI credentials (`.terraformrc`, `credentials.tfrc.json`),
  service-account keys (`firebase-adminsdk-*.json`, `sa-key.json`);
* CLI credential stores under the home directory, from each tool's documentation of where it keeps its login:
  Hugging Face (`~/.cache/huggingface/token`), Kaggle (`~/.kaggle/kaggle.json`), Fly (`~/.fly/config.yml`),
  Supabase (`~/.supabase/access-token`), Stripe (`~/.config/stripe/config.toml`), Databricks (`~/.databrickscfg`),
  SnowSQL (`~/.snowsql/config`), dbt (`~/.dbt/profiles.yml`), Netlify, Wrangler, ngrok, Railway, Render, Twilio,
  Okta, Auth0, Cloudflare tunnels, GitHub Copilot, CircleCI, Travis, GitLab's glab, Hetzner, Linode, Scaleway,
  Vultr, Civo, IBM Cloud, Cloud Foundry, MinIO `mc`, InfluxDB, Teleport `tsh`, Expo, Ansible Galaxy, Maven's
  `settings-security.xml`, NuGet's user config, Heroku, Claude/Gemini/Codex agent logins;
* system places: WireGuard and IPsec keys, PPP and NetworkManager secrets, Let's Encrypt private keys, k3s's admin
  kubeconfig and join token, GitLab's secrets and runner tokens, Jenkins' secrets.

Templates (`*.example`, `*.sample`) stay out (`paths.SECRET_TEMPLATE_RE`), as do program sources that only talk
about passwords (`password_reset.py`, `passwords.ts`) and `/etc/passwd`.
"""

from __future__ import annotations

from automode import lazyre

#: Under the home directory: where CLIs keep their logins (directories or files, relative to the home).
HOME_STORES = (
    ".kaggle", ".fly/config.yml", ".supabase", ".config/stripe",
    ".databrickscfg", ".snowsql", ".dbt/profiles.yml", ".netlify/config.json", ".config/netlify", ".wrangler/config",
    ".config/.wrangler",
    "Library/Preferences/.wrangler", ".ngrok2", ".config/ngrok", "Library/Application Support/ngrok", ".railway/config.json",
    ".render/cli.yaml", ".config/twilio-cli", ".okta/okta.yaml", ".config/auth0", ".cloudflared", ".config/github-copilot/hosts.json",
    ".config/github-copilot/apps.json",
    ".circleci/cli.yml",
    ".travis/config.yml", ".config/glab-cli", ".config/hcloud", ".config/linode-cli", ".linode-cli", ".config/scw",
    ".vultr-cli.yaml", ".civo.json", ".bluemix", ".cf/config.json", ".mc/config.json", ".influxdbv2/configs", ".tsh",
    ".expo/state.json", ".ansible/galaxy_token", ".m2/settings-security.xml", ".nuget/NuGet/NuGet.Config",
    ".config/NuGet/NuGet.Config", ".config/heroku", ".claude/.credentials.json", ".gemini/oauth_creds.json",
    ".codex/auth.json", ".mylogin.cnf", ".passwd-s3fs", ".terraformrc", ".sentryclirc", ".config/sentry",
    ".config/pulumi", ".pulumi/credentials.json", ".config/vercel", ".local/share/com.vercel.cli", ".gitlab-runner",
    ".jfrog", ".config/jfrog", ".config/op", ".config/bitwarden-cli", ".config/Bitwarden CLI", ".doppler",
    ".config/doppler", ".infisical", ".config/infisical", ".mongodb/mongosh", ".config/atlas", ".atlascli",
    ".confluent", ".config/confluent", ".pscale", ".config/planetscale", ".turso", ".config/turso", ".neonctl",
    ".config/neonctl",
)  # fmt: skip
#: Anywhere: places of the machine that hold keys and tokens.
SYSTEM_STORES = (
    "/etc/wireguard/", "/etc/ipsec.secrets", "/etc/ipsec.d/private", "/etc/ppp/chap-secrets", "/etc/ppp/pap-secrets",
    "/etc/NetworkManager/system-connections", "/etc/letsencrypt/live/", "/etc/letsencrypt/archive/",
    "/etc/letsencrypt/accounts/", "/etc/rancher/k3s/k3s.yaml", "/var/lib/rancher/k3s/server/token",
    "/var/lib/rancher/k3s/server/cred", "/etc/gitlab/gitlab-secrets.json", "/etc/gitlab/initial_root_password",
    "/etc/gitlab-runner/config.toml", "/var/lib/jenkins/secrets", "/var/lib/jenkins/credentials.xml",
    "/etc/openvpn/client/", "/etc/openvpn/server/", "/etc/mysql/debian.cnf", "/etc/postgresql-common/pgpass",
)  # fmt: skip

NAME_RE = lazyre.compile(
    r"(?i)(?:^|/)(?:"
    # password files beside keystores, vaults and mounts
    r"[\w.-]*\.(?:pass|password|passwd|pwd)|[\w.-]*[-_.](?:pass|password)\.txt|passwords?\.txt|"
    r"(?:keystore|key|signing|release-signing|upload-keystore)\.properties|"
    r"\.?vault[-_]?pass(?:word)?(?:[-_.][\w.-]*)?|\.?passwd-s3fs|\.mylogin\.cnf|\.my\.cnf|_netrc|"
    r"AuthKey_[\w-]+\.p8|[\w.-]*\.(?:p8|pk8|bks|pkcs12|keychain|keychain-db)|"
    r"[\w.-]+\.htpasswd|htpasswd|"
    # secrets and tokens by name
    r"[\w.-]*\.secrets?|\.secrets?|[\w.-]+[-_.]secrets?\.(?:json|ya?ml|env|toml|txt|ini|conf|cfg|properties|xml)|"
    r"[\w.-]*\.token|\.?[\w.-]*[-_](?:token|tokens)(?:\.txt|\.json|\.ya?ml)?|\.?huggingface/(?:stored_)?tokens?|"
    r"msal_token_cache\.(?:json|bin)|accessTokens\.json|access_tokens\.db|credentials\.db|credentials\.xml|"
    r"cookies\.(?:txt|sqlite)|"
    r"\.terraformrc|terraform\.rc|credentials\.tfrc\.json|"
    r"firebase-adminsdk[\w.-]*\.json|(?:[\w.-]*[-_])?(?:sa|gcp|gcloud|service|svc|google)[-_]key[\w.-]*\.json|"
    r"[\w.-]*\.kubeconfig|kubeconfig\.[\w-]+|"
    r"\.databrickscfg|\.sentryclirc|kaggle\.json|"
    # wallets and chain keypairs: Solana's CLI keypair, Ethereum keystore files, NEAR and Aptos credentials
    r"solana/id\.json|UTC--\d{4}-\d\d-\d\dT[\w.-]+--[0-9a-fA-F]{40}(?:\.json)?|\.near-credentials/.+|\.aptos/config\.yaml"
    r")$"
    # any data file in a directory named for secrets
    r"|(?:^|/)\.?secrets?/(?:[^/]+/)*[^/]+\.(?:json|ya?ml|env|txt|pem|key|toml|ini|properties|conf|cfg|xml|p12|jks)$"
)

#: A data file whose name says it holds secrets (`secrets.auto.tfvars`, `prod-credentials.csv`, `db_passwords.yml`,
#: `app.creds.json`): the word is a whole part of the name, the extension one that holds values, not code or prose.
WORD_RE = lazyre.compile(
    r"(?i)(?:^|/)(?:[\w-]*[-_.])?(?:secrets?|passwords?|passwd|credentials?|creds)(?:[-_.][\w.-]*)?"
    r"\.(?:json|ya?ml|env|toml|txt|ini|conf|cfg|properties|xml|tfvars|hcl|csv|plist)$"
)
#: Where such names are workflows and policies about secrets, not secrets (`.github/workflows/secrets-scan.yml`).
_NOT_HERE = lazyre.compile(r"(?i)/(?:\.github|\.gitlab|\.circleci|\.buildkite|workflows|\.husky|policies|policy)/")


def named(path: str) -> bool:
    """The path's name or place says it holds a secret (the tables above)."""
    if NAME_RE.search(path):
        return True
    return WORD_RE.search(path) is not None and _NOT_HERE.search(path) is None


#: Paths these tables must call secret (home `/home/dev`, project `/home/dev/shop`).
MUST_MATCH = (
    "/home/dev/shop/android/keystore.properties", "/home/dev/shop/android/key.properties",
    "/home/dev/shop/deploy/release.keystore.pass", "/home/dev/shop/certs/server.key.password",
    "/home/dev/shop/secrets/db.password", "/home/dev/shop/.vault_pass", "/home/dev/shop/ansible/.vault-password",
    "/home/dev/shop/vault_pass.txt", "/home/dev/shop/config/app.secret", "/home/dev/shop/config/smtp.secret",
    "/home/dev/shop/config/app.secret.json", "/home/dev/shop/k8s/db-secret.yaml", "/home/dev/shop/.secrets",
    "/home/dev/shop/config/secrets/prod.json", "/home/dev/shop/.token", "/home/dev/shop/api_token.txt",
    "/home/dev/shop/github-token", "/home/dev/shop/bot.token", "/home/dev/shop/ios/AuthKey_ABC123DEF4.p8",
    "/home/dev/shop/firebase-adminsdk-x1y2.json", "/home/dev/shop/gcp-key.json", "/home/dev/shop/sa-key.json",
    "/home/dev/shop/users.htpasswd", "/home/dev/shop/cookies.txt", "/home/dev/shop/.terraformrc",
    "/home/dev/shop/prod.kubeconfig", "/home/dev/shop/.passwd-s3fs", "/home/dev/.cache/huggingface/token",
    "/home/dev/.kaggle/kaggle.json", "/home/dev/.fly/config.yml", "/home/dev/.supabase/access-token",
    "/home/dev/.config/stripe/config.toml", "/home/dev/.databrickscfg", "/home/dev/.snowsql/config",
    "/home/dev/.dbt/profiles.yml", "/home/dev/.config/netlify/config.json", "/home/dev/.wrangler/config/default.toml",
    "/home/dev/.config/ngrok/ngrok.yml", "/home/dev/.cloudflared/cert.pem", "/home/dev/.config/github-copilot/hosts.json",
    "/home/dev/.circleci/cli.yml", "/home/dev/.config/glab-cli/config.yml", "/home/dev/.m2/settings-security.xml",
    "/home/dev/.nuget/NuGet/NuGet.Config", "/home/dev/.claude/.credentials.json", "/home/dev/.gemini/oauth_creds.json",
    "/home/dev/.mylogin.cnf", "/home/dev/.azure/msal_token_cache.json", "/etc/wireguard/wg0.conf",
    "/etc/letsencrypt/live/shop.example/privkey.pem", "/etc/rancher/k3s/k3s.yaml", "/etc/gitlab-runner/config.toml",
    "/var/lib/jenkins/secrets/master.key", "/home/dev/shop/jenkins/credentials.xml", "/home/dev/shop/release.bks",
    "/home/dev/shop/infra/secrets.auto.tfvars", "/home/dev/shop/ops/prod-credentials.csv", "/home/dev/shop/db_passwords.yml",
    "/home/dev/shop/app.creds.json", "/home/dev/.config/solana/id.json",
    "/home/dev/shop/keystore/UTC--2024-01-02T03-04-05.123Z--0123456789abcdef0123456789abcdef01234567",
)  # fmt: skip
#: Paths they must leave alone.
MUST_NOT_MATCH = (
    "/etc/passwd", "/home/dev/shop/src/password_reset.py", "/home/dev/shop/src/passwords.ts",
    "/home/dev/shop/app/models/password.rb", "/home/dev/shop/src/tokenizer.py",
    "/home/dev/shop/src/token.rs", "/home/dev/shop/src/lexer/token.go", "/home/dev/shop/src/auth/token_service.py",
    "/home/dev/shop/csrf_token.html", "/home/dev/shop/config/app.secret.example", "/home/dev/shop/keystore.properties.sample",
    "/home/dev/shop/android/app/build.gradle", "/home/dev/shop/android/gradle.properties",
    "/home/dev/shop/src/components/PasswordInput.tsx", "/home/dev/shop/tests/test_tokens.py", "/home/dev/shop/bypass.md",
    "/home/dev/shop/compass.json", "/home/dev/.config/gcloud-sdk-notes.txt", "/home/dev/.kaggle-notes.md",
    "/home/dev/shop/secrets/README.md", "/home/dev/shop/.github/workflows/secrets-scan.yml", "/etc/wireguard",
    "/home/dev/shop/.circleci/config.yml", "/home/dev/shop/.wrangler/state/v3/d1/db.sqlite", "/home/dev/shop/.netlify/state.json",
    "/home/dev/shop/.config/dotnet-tools.json", "/home/dev/shop/src/credentials_form.tsx",
    "/home/dev/shop/docs/passwords.md", "/home/dev/shop/.github/workflows/secrets-scan.yml",
    "/home/dev/shop/k8s/policies/secrets-readonly.yaml", "/home/dev/.config/solana/cli/config.yml",
)  # fmt: skip
