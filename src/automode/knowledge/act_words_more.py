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
    "create": (
        # a document imported into a service (a dashboard, a saved object, a collection): the service creates it
        "import imports importing importier* importe importer importez importa importar importare importeer* "
        "importera importer* tuo tuoda zaimportuj importuj importál* importă importē* importuok* impordi "
        "içe_aktar импортируй імпортуй ייבא استورد وارد_کن इम्पोर्ट ইমপোর্ট nhập impor i-import ingiza "
        "インポート 导入 가져와 임포트 นำเข้า"
    ),
    "delete": (
        # a cache emptied (a purge, an invalidation)
        "purg* flush invalidate leere leeren vide vider videz vacía vaciar svuota svuotare leeg* töm tøm tyhjennä "
        "wyczyść wyczysc vyprázdni очисти очистить パージ 清除缓存 퍼지"
    ),
    "run": (
        # a build started (Jenkins `build`, a CI build)
        "build builds ビルド 构建 빌드 "
        # a sync run (Argo CD `…/sync`, Flux reconcile)
        "sync syncs synchronize synchronise synchronisier* synchronisiere synchronise sincroniza sincronizar "
        "sincronizza sincronizzare synchroniseer* synkronisera synkroniser* synkronoi synchronizuj synchronizovat "
        "szinkronizál* sincronizează sinhronizē* sinchronizuok* sünkroniseeri senkronize_et eşitle синхронизируй "
        "синхронізуй סנכרן زامن همگام‌سازی सिंक সিঙ্ক đồng_bộ sinkronkan i-sync sawazisha 同期 同步 동기화 ซิงค์"
    ),
    "disable": (
        "vô_hiệu_hóa nonaktifkan "
        # a job, a DAG, a check, a schedule paused (Airflow `is_paused`, a monitor, a pipeline schedule)
        "pausier* anhalten halt*~an pause_le mets_en_pause mettre_en_pause pausa pausar pausare metti_in_pausa "
        "pauzeer* pauseer* sätt_på_paus pausa pauser* keskeytä wstrzymaj zatrzymaj pozastav* szüneteltet* "
        "întrerupe suspendă apturē* pristabdyk* peata duraklat* приостанови приостановить поставь_на_паузу "
        "призупини призупинити השהה أوقف_مؤقتا ایست_موقت توقف_موقت रोको रोक_दो থামাও tạm_dừng jeda* hentikan_sementara "
        "i-pause sitisha simamisha 一時停止 停止して 暂停 일시정지 일시_중지 중지 หยุดชั่วคราว"
    ),
    "enable": (
        # a paused job, DAG, check or schedule resumed
        "fortsetz* setz*~fort reprends reprendre reprenez reanuda reanudar retoma retomar riprendi riprendere "
        "hervat* återuppta genoptag* gjenoppta jatka wznów wznow obnov* folytat* reia reluați atsāc* atnaujink* "
        "jätka devam_ettir возобнови возобновить відновити віднови חדש استأنف از_سر_بگیر फिर_से_चालू tiếp_tục "
        "lanjutkan ituloy endelea 再開 恢复 继续 재개 ดำเนินการต่อ"
    ),
}
# fmt: on
