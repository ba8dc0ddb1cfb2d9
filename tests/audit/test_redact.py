from automode.audit.redact import redact, redact_text


def test_url_password() -> None:
    assert (
        redact_text("git clone https://bob:s3cr3t@github.com/x/y")
        == "git clone https://bob:***@github.com/x/y"
    )
    assert "hunter2" not in redact_text("psql postgresql://admin:hunter2@db.internal:5432/prod")


def test_env_assignments() -> None:
    out = redact_text("AWS_SECRET_ACCESS_KEY=abc123 GITHUB_TOKEN='x y z' DB_PWD=p npm test")
    assert "abc123" not in out and "x y z" not in out and "DB_PWD=***" in out and out.endswith("npm test")
    assert redact_text("export API_KEY=foo; ls") == "export API_KEY=***; ls"
    # Ordinary variables stay readable.
    assert redact_text("PWD=/tmp GIT_AUTHOR_NAME=bob make") == "PWD=/tmp GIT_AUTHOR_NAME=bob make"


def test_headers_flags_and_query() -> None:
    out = redact_text(
        "curl -H 'Authorization: Bearer abcdefghijkl' 'https://x.io/a?token=zzz&page=2' --password pw1"
    )
    assert "abcdefghijkl" not in out and "zzz" not in out and "pw1" not in out and "page=2" in out


def test_token_formats() -> None:
    for secret in (
        "ghp_" + "a" * 36,
        "sk-ant-" + "b" * 40,
        "AKIA" + "C" * 16,
        "xoxb-1234567890-abcdef",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N",
    ):
        assert secret not in redact_text(f"echo {secret} > /tmp/x")


def test_private_key_block() -> None:
    text = "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAAB3NzaC1yc2E\n-----END OPENSSH PRIVATE KEY-----"
    assert "AAAAB3NzaC1yc2E" not in redact_text(text)


def test_structures_and_secret_keys() -> None:
    out = redact(
        {"command": "ls", "env": {"password": "p", "PATH": "/bin"}, "content": "x" * 50}, max_chars=10
    )
    assert out["env"] == {"password": "***", "PATH": "/bin"}
    assert out["content"].startswith("x" * 10) and "40 more chars" in out["content"]


def test_plain_commands_untouched() -> None:
    for cmd in ("git status", "npm run test:unit", "rm -rf build", "cat keyboard.txt"):
        assert redact_text(cmd) == cmd
