"""Act words that name an act to a service but that the request reader's gloss must not rewrite (session 27, R2):
`act_words.said_acts` reads them, `act_words.englished` does not ("build the release binary" stays a build, not a
run; "assign the issue to me" stays an assignment).

Same format as `act_words.ACTS`: act class -> forms separated by spaces (`*` a stem, `_` a phrase, `~` a separable
particle, forms in scripts without spaces found inside the text).
"""

from __future__ import annotations

from collections.abc import Mapping

# fmt: off
MORE: Mapping[str, str] = {
    "add": (
        # a role, a group or a person assigned
        "assign assigns zuweis* weis*~zu assigne assigner assignez asigna asignar atribui atribuir assegna assegnare "
        "wijs*~toe toewijz* tilldela tildel* przypisz přiřaď priraď hozzárendel* atribuie piešķir* priskirk* "
        "назначь назначить призначи призначте "
        # money put on an account or given back (a balance credit, a refund: the request creates it)
        "credit credits refund refunds gutschreib* schreib*~gut erstatt* crédite créditer rembourse rembourser "
        "remboursez acredita acreditar reembolsa reembolsar accredita accreditare rimborsa rimborsare terugbetal* "
        "crediteer* återbetala kreditera refunder* tilbagebetal* hyvitä zwróć zwroc vrať vrat visszatérít* "
        "rambursează ramburseaza верни поверни accorde accorder accordez conceda conceder concede concedi concedere "
        "gewähr* dê 返金 退款 환불"
    ),
    "delete": (
        # a cache emptied (a purge, an invalidation)
        "purg* flush invalidate leere leeren vide vider videz vacía vaciar svuota svuotare leeg* töm tøm tyhjennä "
        "wyczyść wyczysc vyprázdni очисти очистить パージ 清除缓存 퍼지"
    ),
    "run": (
        # a build started (Jenkins `build`, a CI build)
        "build builds ビルド 构建 빌드"
    ),
    "disable": "vô_hiệu_hóa nonaktifkan",
}
# fmt: on
