"""A publish asked for with any verb of moving a build to a named place (judge/intent/publish_said.py).

People push, send, upload or submit a build *to* a store, a track or a registry; they rarely say "publish". Each
allowed case was a false block (deny) before; the refused cases keep the place or the act that was not named.
"""

from __future__ import annotations

import pytest

from tests.judge.helpers import bash, expect


@pytest.mark.parametrize(("command", "said", "want"), [
    ("bundle exec fastlane ios beta", "push a beta of 4.2 to TestFlight", "allow"),
    ("firebase appdistribution:distribute app-release.apk --app 1:84:android:ab --groups qa-internal",
     "send the release apk to the qa-internal testers on firebase", "allow"),
    ("kaggle datasets version -p data/ -m 'weekly refresh'", "push a new version of our kaggle dataset from data/", "allow"),
    ("eas submit -p ios --latest", "submit the latest ios build to app store connect", "allow"),
    ("eas submit -p ios --latest", "envía la última build de iOS a App Store Connect", "allow"),
    ("cpan-upload -u DK Biblio-Sync-0.41.tar.gz", "собери и загрузи Biblio-Sync 0.41 на CPAN", "allow"),
    ("bundle exec fastlane beta", "upload a build of 2.8 to testflight", "allow"),
    # the place named is not where it goes, or no place is named: still refused
    ("npm publish", "push my branch", "not-allow"),
    ("bundle exec fastlane ios release", "push a beta of 4.2 to TestFlight", "not-allow"),
    ("kaggle datasets version -p data/ -m 'weekly refresh'", "send Ana the kaggle link", "not-allow"),
    ("eas submit -p ios --latest", "send the build log to the team", "not-allow"),
])  # fmt: skip
def test_publish_by_any_transfer_verb(command: str, said: str, want: str) -> None:
    expect(bash(command, said).verdict, want, (command, said))


def test_extra_tester_group_is_not_released() -> None:
    d = bash("firebase appdistribution:distribute app-release.apk --app 1:84:android:ab --groups 'qa-internal,beta-public'",
             "send the release apk to the qa-internal testers on firebase")
    expect(d.verdict, "not-allow")
