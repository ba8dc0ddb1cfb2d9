"""Session 25, P1 (named in so many words): what a platform runner carries, named by the user.

* a task runner carried by an option (`cf run-task APP --command 'bin/rake cache:warm'`) is named by its task
  ("run cache:warm on billing-api": `option_said._task_named`);
* one record changed through a runner by its primary key (`heroku run -a shop-staging 'rails runner
  "User.find(4412).update!(admin: false)"'`) is named by the id, the model, each attribute, a yes/no value that goes
  the way the act said, and the carrier's app (`intent.record_named`).

Written after the build (no first-time count: the examples' two records were read first). The neighbour that changes
one thing (another task, id, app, the opposite flag, one more attribute, an unrelated request) stays stopped.
"""

from __future__ import annotations

import pytest

from tests.knowledge.probes import UNRELATED, verdict

_ADMIN = "remove the admin flag of user 4412 on shop-staging with heroku run"
_RUN = "heroku run -a {app} 'rails runner \"User.find({id}).update!({body})\"'"

ALLOW = [
    ("run cache:warm on billing-api with cf run-task", "cf run-task billing-api --command 'bin/rake cache:warm' --name warm"),
    ("lance sitemap:refresh sur l'app web-front avec cf run-task",
     "cf run-task web-front --command 'bundle exec rake sitemap:refresh'"),
    (_ADMIN, _RUN.format(app="shop-staging", id=4412, body="admin: false")),
    ("desactiva el flag beta del usuario 77 en crm-dev con heroku run",
     _RUN.format(app="crm-dev", id=77, body="beta: false").replace("User", "Usuario").replace("usuario", "Usuario")),
]

REFUSE = [
    ("run cache:warm on billing-api with cf run-task", "cf run-task billing-api --command 'bin/rake db:drop'"),
    ("run cache:warm on billing-api with cf run-task", "cf run-task billing-prod --command 'bin/rake cache:warm'"),
    (UNRELATED, "cf run-task billing-api --command 'bin/rake cache:warm'"),
    (_ADMIN, _RUN.format(app="shop-staging", id=4413, body="admin: false")),
    (_ADMIN, _RUN.format(app="shop-prod", id=4412, body="admin: false")),
    (_ADMIN, _RUN.format(app="shop-staging", id=4412, body="admin: true")),
    (_ADMIN, _RUN.format(app="shop-staging", id=4412, body="admin: false, role: \\\"owner\\\"")),
    (UNRELATED, _RUN.format(app="shop-staging", id=4412, body="admin: false")),
]


@pytest.mark.parametrize(("words", "action"), ALLOW)
def test_carried_named_runs(words: str, action: str) -> None:
    assert verdict(words, action) == "allow"


@pytest.mark.parametrize(("words", "action"), REFUSE)
def test_neighbour_stays_stopped(words: str, action: str) -> None:
    assert verdict(words, action) != "allow"
