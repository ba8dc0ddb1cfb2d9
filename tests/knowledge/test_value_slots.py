"""The values a named act carries, by kind (`knowledge.value_slots`): must-match / must-not-match fixtures."""

from __future__ import annotations

import pytest

from automode.knowledge import value_slots as vs
from automode.shell.parse import ShellState, default_env, parse_script
from automode.shell.script import Command


def _cmd(text: str) -> Command:
    return parse_script(text, ShellState("/home/dev/proj", default_env("/home/dev", "/home/dev/proj"))).commands[0]


@pytest.mark.parametrize(("cmd", "want"), [
    ("esptool.py --chip esp32 --port /dev/ttyUSB1 erase_flash", ["/dev/ttyUSB1"]),
    ("python -m esptool -p COM4 write_flash 0x0 fw.bin", ["COM4"]),
    ("avrdude -c arduino -p m328p -P /dev/ttyACM0 -U flash:w:x.hex", ["/dev/ttyACM0"]),
    ("adb -s R58N123ABC install app.apk", ["R58N123ABC"]),
    ("fastboot -s 9A281FFAZ001QX flash boot boot.img", ["9A281FFAZ001QX"]),
    ("dfu-util -S 3567345A3231 -a 0 -D fw.bin", ["3567345A3231"]),
    ("ideviceinstaller -u 00008030-001A2B3C4D5E802E -i App.ipa", ["00008030-001A2B3C4D5E802E"]),
    ("arduino-cli upload -p /dev/cu.usbmodem14101 --fqbn arduino:avr:uno", ["/dev/cu.usbmodem14101"]),
    ("pio run -t upload --upload-port /dev/ttyUSB2", ["/dev/ttyUSB2"]),
    ("mpremote connect /dev/ttyACM1 cp main.py :", ["/dev/ttyACM1"]),
    ("mpremote u0 cp main.py :", ["u0"]),
    ("ls /dev/ttyUSB0", []),
    ("adb devices", []),
])
def test_devices(cmd: str, want: list[str]) -> None:
    assert vs.devices(_cmd(cmd)) == want


@pytest.mark.parametrize(("value", "want"), [
    ("/dev/ttyUSB0", ("port", "usb0")), ("ttyUSB0", ("port", "usb0")), ("USB0", ("port", "usb0")),
    ("u0", ("port", "usb0")), ("a1", ("port", "acm1")), ("COM3", ("port", "com3")),
    ("/dev/cu.usbserial-1420", ("port", "usbserial-1420")), ("emulator-5554", ("emulator", "emulator-5554")),
    ("192.168.1.20:5555", ("address", "192.168.1.20:5555")), ("R58N123ABC", ("serial", "r58n123abc")),
    ("chrome", ("", "")), ("macos", ("", "")),
])
def test_device_key(value: str, want: tuple[str, str]) -> None:
    assert vs.device_key(value) == want


@pytest.mark.parametrize(("cmd", "want"), [
    ("kubectl --context staging set image deployment/w worker=ghcr.io/acme/w:latest -n billing", [("w", "latest")]),
    ("kubectl set image deploy/api api=acme/api:2.4.1", [("api", "2.4.1")]),
    ("kubectl run tmp --image=busybox:1.36 --restart=Never", [("busybox", "1.36")]),
    ("helm upgrade api charts/api --set image.tag=latest", [("api", "latest")]),
    ("helm upgrade api charts/api --set image=acme/api:3.1.0", [("api", "3.1.0")]),
    ("docker run -d --name cache -p 6379:6379 redis:7.2", [("redis", "7.2")]),
    ("docker run --rm -it postgres", [("postgres", "")]),
    ("docker pull ghcr.io/acme/web@sha256:abc", [("web", "sha256:abc")]),
    ("gcloud run deploy api --image gcr.io/acme/api:v5 --region europe-west1", [("api", "v5")]),
    ("kustomize edit set image api=acme/api:1.2.3", [("api", "1.2.3")]),
    ("terraform apply -var image_tag=1.4.0", [("image_tag", "1.4.0")]),
    ("docker ps -a", []),
    ("helm upgrade api charts/api --set replicas=3", []),
])
def test_image_tags(cmd: str, want: list[tuple[str, str]]) -> None:
    assert vs.image_tags(_cmd(cmd)) == want


def test_file_tags() -> None:
    assert vs.file_tags("services:\n  cache:\n    image: redis:latest\n") == [("redis", "latest")]
    assert vs.file_tags("FROM python:3.12-slim\n") == [("python", "3.12-slim")]
    assert vs.file_tags("image:\n  tag: \"2.4.1\"\n") == [("", "2.4.1")]
    assert vs.file_tags("name: web\nreplicas: 2\n") == []


@pytest.mark.parametrize(("cmd", "states"), [
    ("gh release create v1.9.0 --generate-notes --latest", {"draft", "prerelease"}),
    ("gh release create v1.9.0 --draft", {"prerelease"}),
    ("gh pr create --fill", {"draft"}),
    ("gh repo create acme/tools --public", {"private"}),
    ("gh gist create notes.md --public", {"secret", "private"}),
    ("twine upload dist/*", {"test-index"}),
    ("npm publish --access public", {"private"}),
    ("gh repo create acme/tools --private", set()),
    ("twine upload -r testpypi dist/*", set()),
    ("twine upload --repository-url https://test.pypi.org/legacy/ dist/*", set()),
    ("gh release list", set()),
])
def test_kept_rows(cmd: str, states: set[str]) -> None:
    assert {r.state for r, _ in vs.kept_rows(_cmd(cmd))} == states


@pytest.mark.parametrize(("cmd", "want"), [
    ("pulumi up --stack dev --yes", ("pulumi", "up", False)),
    ("pulumi preview --stack dev", ("pulumi", "preview", True)),
    ("pulumi up --preview-only", ("pulumi", "up", True)),
    ("terraform -chdir=infra apply -auto-approve", ("terraform", "apply", False)),
    ("cdk diff ApiStack", ("cdk", "diff", True)),
    ("helm upgrade --install api charts/api", ("helm", "upgrade", False)),
    ("az deployment group what-if -g rg -f main.bicep", ("az", "what-if", True)),
    ("kubectl get pods", None),
    ("git status", None),
])
def test_spelled_sub(cmd: str, want: tuple[str, str, bool] | None) -> None:
    assert vs.spelled_sub(_cmd(cmd)) == want


@pytest.mark.parametrize(("cmd", "want"), [
    ("airflow tasks clear daily_load -t '^load_' -y", ["^load_"]),
    ("kubectl delete pods -l app=worker -n jobs", ["worker"]),
    ("docker rm -f web-1", []),
    ("docker ps -aq --filter name=web", ["web"]),
    ("redis-cli --scan --pattern 'session:*'", ["session:*"]),
    ("grep -rl old_api src", ["old_api"]),
    ("grep -rn old_api src", []),
    ("kubectl get pods -l app", []),
])
def test_selector_values(cmd: str, want: list[str]) -> None:
    assert vs.selector_values(_cmd(cmd)) == want


def test_patterns() -> None:
    assert vs.core("^load_") == "load_" and vs.core("'session:*'") == "session:"
    assert vs.is_pattern("^load_") is False and vs.is_pattern("load_.*") and not vs.is_pattern("^load_orders$")
