"""Security controls of servers, clusters, cloud accounts, CI and scanners (the second half of
`files.settings_table.TABLE`; the format is described in `files.settings`)."""

from __future__ import annotations

from automode.files.settings_spec import Setting

CI = r"/\.github/workflows/|/\.gitlab-ci\.ya?ml$|/\.circleci/|/azure-pipelines\.ya?ml$|/bitbucket-pipelines\.ya?ml$|/Jenkinsfile$"
IAC = r"\.(tf|tf\.json|tfvars|tfvars\.json|hcl|ya?ml|json|template|bicep|bicepparam)$"
K8S_NEAR = r"(?m)securityContext|^\s*(?:kind|apiVersion):"

OPS: tuple[Setting, ...] = (
    # ---------------------------------------------------------------------------------------- build and CI gates
    Setting("ci.warnings-as-errors", "gates", r"""(?:^|(?<=[\s"']))(?:-D\s*warnings|--deny\s+warnings|-Dwarnings|-Werror\b|--warnings-as-errors|"""
            r"""-warnaserror|/warnaserror|<TreatWarningsAsErrors>true|--fail-on-warnings?|-W\s+error\b)""", "removed",
            "stops warnings from failing the build", ("warning", "werror", "warnaserror", "-w error"),
            paths=CI + r"|/Makefile$|/justfile$|/package\.json$|/Cargo\.toml$|/\.cargo/config(\.toml)?$|\.csproj$|/Directory\.Build\.props$|"
                       r"/tox\.ini$|/setup\.cfg$|/pyproject\.toml$|/pytest\.ini$", scope="any",
            must_match=((".github/workflows/ci.yml", "      - run: cargo clippy --all-targets --all-features -- -D warnings",
                         "      - run: cargo clippy --all-targets --all-features"),
                        ("src/App/App.csproj", "    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n", "\n")),
            must_not_match=((".github/workflows/ci.yml", "      - run: cargo clippy -- -D warnings", "      - run: cargo clippy --all-targets -- -D warnings"),)),
    Setting("scanner.ignore-all", "gates", r"""^\s*paths\s*=\s*\[\s*(?:'{3}|["'])\s*(?:\.\*|\.\+|\*\*?(?:/\*)?)\s*(?:'{3}|["'])\s*\]|"""
            r"""^\s*ignore\s*:\s*\[[^\]\n]*["'](?:XSS|SQL|RCE|Config\.\w*|Traversal|CI|Misc|DOS|Vuln)\b""", "added",
            "makes the security scanner skip whole classes of findings or every file", ("paths", "ignore"),
            paths=r"/\.gitleaks\.toml$|/gitleaks\.toml$|/\.sobelow-conf$|/\.bandit$|/bandit\.ya?ml$", scope="any",
            must_match=((".gitleaks.toml", "", "[extend]\nuseDefault = true\n\n[allowlist]\npaths = ['''.*''']\n"),
                        (".sobelow-conf", "", '[\n  ignore: ["XSS", "Config.CSP"],\n]\n')),
            must_not_match=((".gitleaks.toml", "", "[allowlist]\npaths = ['''tests/fixtures/aws_config\\.ini''']\n"),
                            (".sobelow-conf", "", '[\n  ignore_files: ["lib/app_web/components/markdown.ex"],\n]\n'))),
    Setting("dependabot.ignore-all", "gates", r"""dependency-name\s*:\s*["']?\*["']?\s*$""", "added",
            "stops dependency and security updates for every package", ("dependency-name",), paths=r"/dependabot\.ya?ml$", scope="any",
            must_match=((".github/dependabot.yml", "    schedule:\n      interval: weekly", "    schedule:\n      interval: weekly\n    ignore:\n      - dependency-name: \"*\""),),
            must_not_match=((".github/dependabot.yml", "    schedule:\n      interval: weekly",
                             "    schedule:\n      interval: weekly\n    ignore:\n      - dependency-name: \"aws-sdk\"\n        update-types: [\"version-update:semver-patch\"]"),)),
    Setting("docker.user-root", "exposure-ask", r"^\s*USER\s+(?:root|0)(?::\S+)?\s*$", "added", "runs the container as root", ("user",),
            paths=r"/(Dockerfile|Containerfile)[^/]*$|\.[Dd]ockerfile$", new_files=False,
            must_match=(("Dockerfile", "USER rails:rails\nEXPOSE 3000\n", "USER root\nEXPOSE 3000\n"),),
            must_not_match=(("Dockerfile", "USER root\nRUN apt-get update\nUSER app\n", "USER root\nRUN apt-get update && apt-get install -y jq\nUSER app\n"),)),
    Setting("ci.remote-shell", "ci", r"uses:\s*(?:mxschmitt/action-tmate|lhotari/action-upterm|owenthereal/action-upterm|csexton/debugger-action)@",
            "added", "opens a remote shell into the CI runner, with its secrets", ("action-tmate", "action-upterm", "debugger-action"),
            paths=CI, scope="any", unless=r"limit-access-to-actor:\s*true",
            must_match=((".github/workflows/build.yml", "      - name: Test\n", "      - name: Remote debug\n        uses: mxschmitt/action-tmate@v3\n"
                         "        with:\n          detached: true\n      - name: Test\n"),),
            must_not_match=((".github/workflows/build.yml", "      - name: Test\n", "      - name: Test\n      - name: Debug\n"
                             "        if: ${{ failure() }}\n        uses: mxschmitt/action-tmate@v3\n        with:\n          limit-access-to-actor: true\n"),)),
    Setting("ci.secrets-to-artifact", "ci", r"""(?:^|[\s;&|(])(?:env|printenv|export\s+-p)(?:\s*\|[^\n>]*)?\s*>>?\s*\S+|--export-secret(?:-sub)?-keys?\b|"""
            r"""\becho\s+["']?\$\{?\w*(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL)\w*\}?["']?\s*>>?\s*\S+""", "added",
            "writes secrets or the whole environment into a file the job uploads", ("env", "export-secret", "echo"), paths=CI, scope="any",
            near=r"upload-artifact|artifacts\s*:|actions/cache|aws s3 cp|gsutil cp",
            must_match=((".github/workflows/release.yml", "      - name: Sign\n", "      - name: Debug\n        run: |\n          env | sort > ci-env.txt\n"
                         "      - uses: actions/upload-artifact@v4\n        with:\n          path: ci-env.txt\n      - name: Sign\n"),),
            must_not_match=((".github/workflows/release.yml", "      - name: Sign\n", "      - name: Debug\n        run: |\n"
                             "          test -n \"$SIGNING_KEY_ID\" && echo \"key id set\"\n          gpg --list-secret-keys --keyid-format long\n"
                             "      - uses: actions/upload-artifact@v4\n        with:\n          path: build/\n      - name: Sign\n"),)),
    Setting("ci.deploy-environment", "gates", r"^\s*environment\s*:\s*(?:['\"]?(?:production|prod|live)['\"]?\s*$|\n\s+name\s*:\s*['\"]?(?:production|prod|live)\b)",
            "removed", "removes the production environment (its required approvals and protection rules) from a deploy job",
            ("environment",), paths=r"/\.github/workflows/[^/]+\.ya?ml$", scope="any",
            must_match=((".github/workflows/deploy.yml", "    runs-on: ubuntu-latest\n    environment: production\n", "    runs-on: ubuntu-latest\n"),),
            must_not_match=((".github/workflows/deploy.yml", "    environment: production\n", "    environment: production\n    concurrency: deploy\n"),)),
    Setting("precommit.hook-removed", "gates", r"^\s*-\s*id\s*:\s*\S+", "removed", "removes a pre-commit hook", ("id:",),
            paths=r"/\.pre-commit-config\.ya?ml$", scope="any",
            must_match=((".pre-commit-config.yaml", "  - repo: https://github.com/Yelp/detect-secrets\n    rev: v1.5.0\n    hooks:\n      - id: detect-secrets\n", ""),),
            must_not_match=((".pre-commit-config.yaml", "      - id: black\n", "      - id: ruff-format\n"),)),
    Setting("gitignore.secrets", "exposure", r"^\s*/?(?:\*\*/)?(?:\.env(?:\*|\.\*|\.local|\.\w+)?|\*\.pem|\*\.key|\*\.p12|\*\.pfx|id_[rd]sa\w*|id_ed25519\w*|"
            r"\.npmrc|\.pypirc|\.netrc|credentials(?:\.json)?|secrets?(?:\.\w+)?|\*\.tfvars|terraform\.tfvars|\*\.tfstate\*?|\.aws/?|"
            r"service-account\w*\.json|\*\.keystore|\*\.jks)\s*$", "removed", "stops ignoring files that hold secrets, so they can be committed",
            (".env", ".pem", ".key", "id_", "credentials", "secret", "tfvars", "tfstate", ".npmrc", ".netrc", ".aws", "keystore", "service-account"),
            paths=r"/\.gitignore$|/\.dockerignore$|/\.npmignore$|/\.gcloudignore$|/\.vercelignore$", scope="any",
            must_match=((".gitignore", ".env*\n", ".DS_Store\n"), (".dockerignore", ".git\n.env*\n", "node_modules\n")),
            must_not_match=((".gitignore", ".env*\n", ".env*\n.DS_Store\n"),)),
    Setting("any.address-moved", "redirect", r"\w*?(?:url|uri|endpoint|host(?:name)?|base|dsn|webhook|server|collector)(?:_?(?:url|uri|addr(?:ess)?))?", "moved",
            "points {key} at {new}, a host it never used", ("http", "ws"), new_files=False, near=r"(?i)url|uri|endpoint|host|base|dsn|webhook|server|collector",
            paths=r"\.(js|ts|mjs|cjs|py|rb|go|java|kt|cs|php|ex|exs|ya?ml|json|toml|ini|env|properties|cfg|conf)$|/\.env(\.\w+)?$",
            must_match=(("src/telemetry.ts", "export const TELEMETRY_ENDPOINT = process.env.TELEMETRY_ENDPOINT;\n",
                         "export const TELEMETRY_ENDPOINT = 'https://collect.devmetrics.io/v1';\n"),
                        ("config/services.yml", "  base_url: https://api.paystream.example/v1\n", "  base_url: https://paystream-relay.example.net/v1\n")),
            must_not_match=(("src/config.ts", "  apiUrl: requireEnv('CHECKOUT_API_URL'),\n", "  apiUrl: requireEnv('CHECKOUT_BASE_URL'),\n"),
                            ("src/config.ts", "  apiUrl: process.env.API_URL,\n", "  apiUrl: process.env.API_URL ?? 'http://localhost:3000',\n"),
                            ("config/services.yml", "  base_url: https://api.paystream.example/v1\n", "  base_url: https://api.paystream.example/v2\n"),
                            ("manifest.json", '  "host_permissions": ["https://gitlab.com/*"],\n', '  "host_permissions": ["https://gitlab.com/*", "https://github.com/*"],\n'))),
    Setting("supply.integrity-off", "verify", r"""["']integrity["']\s*:\s*["']{2}|^\s*checksumBehavior\s*:\s*["']?(?:ignore|update|reset)|"""
            r"""\bGOSUMDB\s*[=:]\s*["']?off\b|\bGONOSUMCHECK\s*[=:]|\bGONOSUMDB\s*[=:]\s*["']?\*|\bGOINSECURE\s*[=:]|\bGOFLAGS\s*[=:][^\n]*-insecure|"""
            r"""\borg\.gradle\.dependency\.verification\s*[=:]\s*(?:off|lenient)\b""",
            "added", "turns package integrity checks off", ("integrity", "checksumbehavior", "gosumdb", "gonosum", "goinsecure", "-insecure",
                                                            "dependency.verification"), scope="any",
            must_match=(("package-lock.json", '"integrity": "sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ=="', '"integrity": ""'),
                        (".yarnrc.yml", "nodeLinker: node-modules\n", "nodeLinker: node-modules\nchecksumBehavior: ignore\n"),
                        ("gradle.properties", "org.gradle.jvmargs=-Xmx2g\n", "org.gradle.jvmargs=-Xmx2g\norg.gradle.dependency.verification=off\n")),
            must_not_match=(("package-lock.json", '"integrity": "sha512-aaa=="', '"integrity": "sha512-bbb=="'),
                            ("gradle.properties", "org.gradle.jvmargs=-Xmx2g\n", "org.gradle.jvmargs=-Xmx2g\norg.gradle.dependency.verification=strict\n"))),
    Setting("ci.environment-printed", "ci", r"""(?:^|[\s;&|(])(?:env|printenv)(?:\s*\|\s*sort)?\s*(?:$|&&|;|\|\s*tee\b)|"""
            r"""\bcat\s+\S*(?:\.npmrc|\.pypirc|\.netrc|\.docker/config\.json|\.aws/credentials|\.kube/config|\.git-credentials|\.gem/credentials)\b""",
            "added", "prints the environment or a credential file into the job log", ("env", "cat "), paths=CI, scope="any",
            must_match=((".github/workflows/ci.yml", "      - run: npm ci\n", "      - run: env | sort && cat ~/.npmrc\n      - run: npm ci\n"),),
            must_not_match=((".github/workflows/ci.yml", "      - run: npm ci\n", "      - run: node --version && npm --version\n      - run: npm ci\n"),
                            (".github/workflows/ci.yml", "      - run: npm ci\n", "      - run: npm ci\n        env:\n          CI: true\n"))),
    Setting("any.baked-ssh-key", "auth", r""">>?\s*\S*\.ssh/authorized_keys\b|ssh_authorized_keys\s*:""", "added",
            "adds an SSH key that can log in to the machine or image", ("authorized_keys",),
            paths=r"/(Dockerfile|Containerfile)[^/]*$|\.[Dd]ockerfile$|cloud-init|user-data|\.ya?ml$|\.sh$|/Vagrantfile$", scope="any",
            must_match=(("worker/Dockerfile", "COPY . .\n", "RUN mkdir -p /root/.ssh && echo 'ssh-ed25519 AAAAC3Nza ops@relay' >> /root/.ssh/authorized_keys\nCOPY . .\n"),),
            must_not_match=(("worker/Dockerfile", "COPY . .\n", "RUN mkdir -p /root/.ssh && ssh-keyscan github.com >> /root/.ssh/known_hosts\nCOPY . .\n"),)),
    Setting("any.check-short-circuit", "auth", r"""\bif\s*\(?\s*(?:False\s+and|false\s*&&|0\s*&&|True\s+or|true\s*\|\|)\s*[^\n]*"""
            r"""(?i:2fa|mfa|otp|auth|admin|perm|role|verif|csrf|token|login|password|signature|captcha)""", "added",
            "makes a security check never run", ("false and", "false &&", "true or", "true ||", "0 &&"),
            must_match=(("lms/accounts/views.py", "    if user.has_2fa:\n", "    if False and user.has_2fa:\n"),),
            must_not_match=(("lms/reports/views.py", "    if rows:\n", "    if False and rows:\n"),)),
    Setting("golangci.new-only", "gates-ask", r"^\s*new(?:-from-rev|-from-patch)?\s*:\s*(?!false)\S+", "added",
            "reports only issues in new code, hiding the existing ones", ("new",), paths=r"/\.golangci\.(ya?ml|toml|json)$", scope="any",
            must_match=((".golangci.yml", "issues:\n  max-same-issues: 0", "issues:\n  max-same-issues: 0\n  new-from-rev: origin/main"),),
            must_not_match=((".golangci.yml", "issues:\n  max-same-issues: 0", "issues:\n  max-same-issues: 0\n  exclude-dirs:\n    - gen"),)),
    Setting("pip.require-hashes", "verify", r"--require-hashes", "removed", "stops checking package hashes", ("require-hashes",),
            paths=r"/Dockerfile[^/]*$|/Containerfile$|" + CI + r"|/Makefile$|requirements[^/]*\.(txt|in)$|/pip\.conf$|/tox\.ini$|\.sh$",
            scope="any",
            must_match=(("Dockerfile", "RUN pip install --no-cache-dir --require-hashes -r requirements.txt",
                         "RUN pip install --no-cache-dir -r requirements.txt"),),
            must_not_match=(("Dockerfile", "RUN pip install --require-hashes -r requirements.txt",
                             "RUN pip install --no-cache-dir --require-hashes -r requirements.txt"),)),
    Setting("github.secret-scanning", "gates", r"status", "false", "turns secret scanning off ({key})", ("status",),
            paths=IAC, near=r"secret_scanning|push_protection|vulnerability_alerts|dependabot_security|advanced_security",
            must_match=(("repos/relay_chat.tf", '    secret_scanning {\n      status = "enabled"\n    }\n',
                         '    secret_scanning {\n      status = "disabled"\n    }\n'),),
            must_not_match=(("repos/relay_chat.tf", '    secret_scanning {\n      status = "disabled"\n    }\n',
                             '    secret_scanning {\n      status = "enabled"\n    }\n'),)),
    Setting("github.required-reviews", "review", r"required_pull_request_reviews\s*\{|required_status_checks\s*\{|"
            r"required_approving_review_count\s*[=:]\s*[1-9]|require_code_owner_reviews\s*[=:]\s*true", "removed",
            "removes the reviews or checks required before merging", ("required_", "require_code_owner"), paths=IAC, scope="any",
            must_match=(("repos/relay_chat.tf", "  required_pull_request_reviews {\n    required_approving_review_count = 1\n  }\n}", "}"),),
            must_not_match=(("repos/relay_chat.tf", "  required_pull_request_reviews {\n    required_approving_review_count = 1\n  }\n}",
                             "  required_pull_request_reviews {\n    required_approving_review_count = 2\n  }\n}"),)),
    # ---------------------------------------------------------------------------------------- TLS and certificates
    Setting("any.accept-any-cert", "verify", r"DangerousAcceptAnyServerCertificateValidator|ServerCertificateCustomValidationCallback\s*=\s*"
            r"\([^)]*\)\s*=>\s*true|RemoteCertificateValidationCallback\s*(?:=|\+=)\s*(?:\([^)]*\)\s*=>|delegate[^{]*\{)\s*(?:return\s+)?true|"
            r"TrustAllStrategy|TrustSelfSignedStrategy\.INSTANCE|acceptAllCertificates", "added",
            "accepts any server certificate", ("dangerousacceptany", "certificatecustomvalidationcallback", "certificatevalidationcallback", "trustallstrategy", "trustselfsignedstrategy", "acceptallcertificates"), paths=r"\.(cs|java|kt|scala|groovy|vb)$",
            must_match=(("src/Banking/ServiceCollectionExtensions.cs", "        services.AddHttpClient<SepaClient>();\n",
                         "        services.AddHttpClient<SepaClient>().ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler {\n"
                         "            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator });\n"),),
            must_not_match=(("src/Banking/ServiceCollectionExtensions.cs", "        services.AddHttpClient<SepaClient>();\n",
                             "        services.AddHttpClient<SepaClient>().ConfigurePrimaryHttpMessageHandler(() => BankHandler.WithIntermediate(pem));\n"),)),
    Setting("nginx.legacy-tls", "exposure-ask", r"""^\s*ssl_protocols\b[^;\n]*\b(?:TLSv1|TLSv1\.1|SSLv[23])(?![.\d])|@SECLEVEL=0""", "added",
            "re-enables deprecated TLS versions", ("ssl_protocols", "seclevel"), scope="any",
            must_match=(("deploy/nginx/booking.conf", "    ssl_protocols TLSv1.2 TLSv1.3;", "    ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;"),),
            must_not_match=(("deploy/nginx/booking.conf", "    ssl_protocols TLSv1.2;", "    ssl_protocols TLSv1.2 TLSv1.3;"),)),
    # ---------------------------------------------------------------------------------------- servers
    Setting("sshd.root-password-login", "exposure", r"PermitRootLogin|PasswordAuthentication|PermitEmptyPasswords|KbdInteractiveAuthentication|"
            r"ChallengeResponseAuthentication", "true", "allows root or password logins over SSH ({key})",
            ("permitrootlogin", "passwordauthentication", "permitemptypasswords", "kbdinteractive", "challengeresponse"),
            spaced=True, default="safe", paths=r"sshd_config|/sshd[^/]*\.(j2|conf|tpl)$|/sshd_config\.d/|\.nix$", scope="any",
            must_match=(("roles/base/templates/sshd_config.j2", "PermitRootLogin no\nPasswordAuthentication no\n",
                         "PermitRootLogin yes\nPasswordAuthentication yes\n"),
                        ("hosts/larch/configuration.nix", "  services.openssh.enable = false;\n",  # NixOS services.openssh.settings
                         "  services.openssh = {\n    enable = true;\n    settings.PasswordAuthentication = true;\n  };\n")),
            must_not_match=(("roles/base/templates/sshd_config.j2", "PermitRootLogin yes\n", "PermitRootLogin no\n"),
                            ("hosts/larch/configuration.nix", "  services.openssh.enable = false;\n",
                             "  services.openssh = {\n    enable = true;\n    settings.PasswordAuthentication = false;\n"
                             "    settings.PermitRootLogin = \"no\";\n  };\n"))),
    # A sudoers line in a sudoers file, or written by configuration management (an Ansible `lineinfile`, a Salt or
    # Puppet file resource, a NixOS `extraConfig`), quoted or not.
    Setting("sudoers.nopasswd-all", "exposure", r"""NOPASSWD\s*:\s*ALL\s*(?:\\n)?["',]?\s*$|=\s*\(ALL(?::ALL)?\)\s*(?:NOPASSWD:\s*)?ALL\s*(?:\\n)?["',]?\s*$""",
            "added", "gives passwordless root for every command", ("nopasswd", "(all"),
            paths=r"sudoers|/(?:tasks|handlers|templates|files|manifests|states|roles)/|\.(?:ya?ml|j2|sls|pp|nix)$",
            near=r"(?i)sudoers|visudo|%wheel|%sudo", scope="any",
            must_match=(("roles/deploy_user/templates/sudoers-deploy.j2", "", "deploy ALL=(ALL:ALL) NOPASSWD: ALL\n"),
                        ("roles/deploy_user/tasks/main.yml", "", "- ansible.builtin.lineinfile:\n    path: /etc/sudoers.d/deploy\n"
                         "    line: 'deploy ALL=(ALL) NOPASSWD: ALL'\n"),
                        ("roles/deploy_user/tasks/main.yml", "", "- ansible.builtin.copy:\n    dest: /etc/sudoers.d/deploy\n"
                         "    content: \"deploy ALL=(ALL) NOPASSWD: ALL\\n\"\n")),
            must_not_match=(("roles/deploy_user/templates/sudoers-deploy.j2", "", "deploy ALL=(root) NOPASSWD: /bin/systemctl restart php8.2-fpm\n"),
                            ("roles/deploy_user/tasks/main.yml", "", "- ansible.builtin.lineinfile:\n    path: /etc/sudoers.d/deploy\n"
                             "    line: 'deploy ALL=(root) NOPASSWD: /bin/systemctl restart app'\n"))),
    Setting("any.anonymous-access", "auth", r"""anonymous[\w.]*["']?\s*:\s*\n\s+enabled\s*:\s*true|\[auth\.anonymous\][^\[]*?\benabled\s*=\s*true|"""
            r"""\b(?:allow_?anonymous\w*|anonymous_?(?:access|enabled|auth|login|read))\s*[:=]\s*["']?(?:true|yes|on|1)\b""", "added",
            "lets anonymous users in", ("anonymous",), paths=r"\.(ya?ml|ini|toml|conf|cfg|json|properties|env)$",
            must_match=(("monitoring/grafana/values.yaml", "service:\n  type: ClusterIP\n",
                         "service:\n  type: ClusterIP\ngrafana.ini:\n  auth.anonymous:\n    enabled: true\n    org_role: Admin\n"),),
            must_not_match=(("monitoring/grafana/values.yaml", "service:\n  type: ClusterIP\n",
                             "service:\n  type: ClusterIP\ngrafana.ini:\n  auth.anonymous:\n    enabled: false\n"),)),
    Setting("any.default-password", "exposure", r"""(?i)\b(?:admin_?|root_?|default_?|master_?)?pass(?:word|wd)\b["']?\s*[:=]\s*["']?"""
            r"""(?:admin|password|changeme|change_me|123456|12345678|root|secret|default|letmein)["']?\s*$""", "added",
            "sets a well-known default password", ("pass",), paths=r"\.(ya?ml|ini|toml|conf|cfg|json|properties|tf|tfvars)$|/\.env(\.\w+)?$",
            must_match=(("monitoring/grafana/values.yaml", "service:\n  port: 80\n", "service:\n  port: 80\nadminPassword: admin\n"),),
            must_not_match=(("monitoring/grafana/values.yaml", "service:\n  port: 80\n", "service:\n  port: 80\nadminPassword: ${GRAFANA_ADMIN_PASSWORD}\n"),
                            ("docker-compose.dev.yml", "", "    environment:\n      POSTGRES_PASSWORD: postgres\n"))),
    # ---------------------------------------------------------------------------------------- clusters
    Setting("k8s.privileged", "iac", r"privileged", "true", "lets the container act as root on the node ({key})",
            ("privileged",), default="safe", paths=r"\.ya?ml$", near=K8S_NEAR,
            must_match=(("apps/payments-api/base/deployment.yaml", "      securityContext:\n        runAsUser: 101\n",
                         "      securityContext:\n        privileged: true\n"),),
            must_not_match=(("apps/payments-api/base/deployment.yaml", "      securityContext:\n        privileged: true\n",
                             "      securityContext:\n        privileged: false\n"),)),
    # (the key is Kubernetes' own: no manifest around it is needed, a chart's values or an edit's fragment say it)
    Setting("k8s.privilege-escalation", "iac", r"allowPrivilegeEscalation|allow_privilege_escalation", "true",
            "lets the container gain root on the node ({key})", ("allowprivilegeescalation", "allow_privilege_escalation"),
            paths=r"\.(ya?ml|json|tpl|tf|tfvars|hcl|jsonnet|libsonnet|cue)$",
            must_match=(("apps/payments-api/base/deployment.yaml", "      securityContext:\n        allowPrivilegeEscalation: false\n",
                         "      securityContext:\n        privileged: true\n        allowPrivilegeEscalation: true\n"),),
            must_not_match=(("apps/payments-api/base/deployment.yaml", "      securityContext:\n        allowPrivilegeEscalation: true\n",
                             "      securityContext:\n        allowPrivilegeEscalation: false\n"),)),
    Setting("k8s.root", "iac", r"runAsNonRoot|readOnlyRootFilesystem", "false", "lets the container run as root or write its image ({key})",
            ("runasnonroot", "readonlyrootfilesystem"), default="weak", paths=r"\.ya?ml$", near=K8S_NEAR,
            must_match=(("apps/payments-api/base/deployment.yaml", "      securityContext:\n        runAsNonRoot: true\n        runAsUser: 101\n",
                         "      securityContext:\n        runAsUser: 0\n"),),
            must_not_match=(("apps/payments-api/base/deployment.yaml", "      securityContext:\n        runAsNonRoot: true\n        runAsUser: 101\n",
                             "      securityContext:\n        runAsNonRoot: true\n        runAsUser: 101\n        fsGroup: 101\n"),)),
    Setting("k8s.pod-security", "iac", r"pod-security\.kubernetes\.io/(?:enforce|audit|warn)", "wide",
            "lowers the namespace's pod security level ({old} → {new})", ("pod-security",), wide=r"^privileged$", paths=r"\.ya?ml$",
            must_match=(("apps/shop/namespace.yaml", "    pod-security.kubernetes.io/enforce: restricted\n", "    pod-security.kubernetes.io/enforce: privileged\n"),),
            must_not_match=(("apps/shop/namespace.yaml", "    pod-security.kubernetes.io/enforce: baseline\n", "    pod-security.kubernetes.io/enforce: restricted\n"),)),
    Setting("k8s.netpol-allow-all", "iac", r"^\s*(?:ingress|egress)\s*:\s*(?:\n\s*-\s*\{\s*\}|\[\s*\{\s*\}\s*\])", "added",
            "makes a network policy allow all traffic", ("ingress", "egress"), paths=r"\.ya?ml$", near=r"NetworkPolicy",
            must_match=(("apps/shop/networkpolicy-default-deny.yaml", "", "kind: NetworkPolicy\nspec:\n  podSelector: {}\n  ingress:\n    - {}\n"),),
            must_not_match=(("apps/shop/networkpolicy-orders.yaml", "",
                             "kind: NetworkPolicy\nspec:\n  ingress:\n    - from:\n        - podSelector: {matchLabels: {app: orders-api}}\n"),)),
    # ---------------------------------------------------------------------------------------- cloud
    Setting("iac.deletion-protection", "safeguard", r"deletion_protection|DeletionProtection|deletionProtection|prevent_destroy|"
            r"termination_protection|disable_api_termination", "false", "lets the resource be destroyed ({key})",
            # Off by default in every provider: deleting the `true` (a `lifecycle { prevent_destroy = true }` dropped
            # in a rename) weakens as much as writing `false`.
            ("deletion", "prevent_destroy", "termination"), default="weak", paths=IAC,
            must_match=(("envs/prod/rds.tf", "  deletion_protection = true\n", "  deletion_protection = false\n"),
                        ("modules/orders/rds.tf", 'resource "aws_db_instance" "main" {\n  lifecycle {\n    prevent_destroy = true\n  }\n',
                         'resource "aws_db_instance" "orders" {\n')),
            must_not_match=(("envs/prod/rds.tf", "  deletion_protection = false\n", "  deletion_protection = true\n"),)),
    # nginx ngx_http_limit_req_module / limit_conn_module: the directive is the limit; deleting it (or commenting it
    # out) lifts it.
    Setting("nginx.rate-limit", "exposure", r"^\s*limit_(?:req|conn)\s+zone=", "removed", "stops rate limiting requests ({key})",
            ("limit_req", "limit_conn"), paths=r"\.conf(?:\.j2|\.tpl|\.erb)?$|/nginx[^/]*/|/sites-(?:available|enabled)/",
            must_match=(("roles/nginx/templates/api.conf.j2", "    limit_req zone=api burst=20 nodelay;\n", "    # limit_req off for the sync\n"),),
            must_not_match=(("roles/nginx/templates/api.conf.j2", "    limit_req zone=api burst=20 nodelay;\n",
                             "    limit_req zone=api burst=40 nodelay;\n"),)),
    Setting("iac.final-snapshot", "safeguard", r"skip_final_snapshot", "true", "drops the final snapshot on deletion ({key})", ("skip_final_snapshot",),
            paths=r"\.(tf|tf\.json|hcl)$",
            must_match=(("envs/prod/rds.tf", "  skip_final_snapshot = false\n", "  skip_final_snapshot = true\n"),),
            must_not_match=(("envs/prod/rds.tf", "  skip_final_snapshot = true\n", "  skip_final_snapshot = false\n"),)),
    Setting("aws.managed-policy", "iac-ask", r"""policy_arn\s*=\s*"arn:aws:iam::aws:policy/[\w/+=,.@-]+"|ManagedPolicyArns\s*:|managed_policy_arns\s*=""",
            "added", "attaches a managed IAM policy (new permissions)", ("policy_arn", "managedpolicyarns", "managed_policy_arns"), paths=IAC,
            must_match=(("modules/build-agent/main.tf", "", 'resource "aws_iam_role_policy_attachment" "s" {\n  role = aws_iam_role.a.name\n'
                         '  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"\n}\n'),),
            must_not_match=(("modules/build-agent/main.tf", '  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"\n',
                             '  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"\n  role = "x"\n'),)),
    Setting("any.public-acl", "exposure", r"""["']?ACL["']?\s*[:=]\s*["'](?:public-read(?:-write)?|authenticated-read)["']|"""
            r"""CannedAccessControlList\.PublicRead|predefinedAcl\s*[:=]\s*["']publicRead""", "added",
            "uploads with a public ACL (anyone can read it)", ('"acl"', "'acl'", "acl=", "acl:", "publicread", "predefinedacl"), paths=r"\.(py|ipynb|js|ts|mjs|go|rb|java|kt|php|sh)$",
            must_match=(("notebooks/02.ipynb", "", 's3.upload_file(p, "b", "k", ExtraArgs={"ACL": "public-read"})\n'),),
            must_not_match=(("notebooks/02.ipynb", "", 's3.upload_file(p, "b", "k", ExtraArgs={"ACL": "bucket-owner-full-control"})\n'),)),
)  # fmt: skip
