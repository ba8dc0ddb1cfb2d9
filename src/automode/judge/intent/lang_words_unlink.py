"""Cancelling a subscription, a membership or a link, in any language (session 27, R5 "held": "ยกเลิก subscription X
แต่อย่าลบ topic", "avsluta prenumerationen", "Abo kündigen", "取消订阅", "desuscribe"). The act removes the link only
(`aws sns unsubscribe`, `gcloud pubsub subscriptions delete`, `stripe subscriptions cancel`) and keeps what it linked
(the topic, the customer, the list); the reader must first know that the user asked for it at all: the gloss read
these verbs as nothing, and the English "unsubscribe" was no verb of the lexicon.

The format of `lang_words`: an English gloss -> forms, `*` a stem, `_` a phrase; merged by `gloss` after the other
tables (a form a table already has keeps its gloss). The gloss is "cancel" or "unsubscribe", both of the reader's
"delete" class (`lexicon.VERBS`); "subscription" and "topic" are glossed so that the objects read as such in English
(a fence "토픽은 삭제하지 마" without its object fenced every removal).
"""

from __future__ import annotations

from collections.abc import Mapping

# fmt: off
UNLINK: Mapping[str, Mapping[str, str]] = {
    "th": {"cancel": "ยกเลิก ยกเลิกการสมัคร ยกเลิกสมัคร", "unsubscribe": "เลิกติดตาม เลิกสมัคร", "subscription": "การสมัครสมาชิก", "topic": "ท็อปปิก โทปิก"},
    "sv": {"cancel": "avsluta säg_upp sag_upp avbeställ avbestall", "unsubscribe": "avprenumerera avregistrera",
           "subscription": "prenumerationen prenumeration prenumerationer abonnemanget abonnemang"},
    "no": {"cancel": "avslutt si_opp avbestill", "unsubscribe": "avmeld meld_av", "subscription": "abonnementet abonnement"},
    "da": {"cancel": "afslut opsig afbestil", "unsubscribe": "afmeld meld_fra", "subscription": "abonnementet abonnement"},
    "de": {"cancel": "kündige kündigen kündigt kuendige kuendigen beende beenden", "unsubscribe": "abbestellen abbestelle "
           "deabonnieren deabonniere abmelden", "subscription": "abo abonnement subscription"},
    "nl": {"cancel": "opzeggen zeg_op beëindig beeindig", "unsubscribe": "afmelden meld_af uitschrijven schrijf_uit",
           "subscription": "abonnement"},
    "fr": {"cancel": "résilie résilier résiliez resilie resilier", "unsubscribe": "désabonne désabonner désabonnez desabonne "
           "désinscris désinscrire", "subscription": "abonnement souscription"},
    "es": {"cancel": "cancela cancelar anula anular da_de_baja dar_de_baja", "unsubscribe": "desuscribe desuscribir "
           "desuscríbete desuscribete desubscribe", "subscription": "suscripción suscripcion"},
    "pt": {"cancel": "cancela cancele cancelar", "unsubscribe": "desinscreve desinscreva desinscrever descadastra "
           "descadastre", "subscription": "assinatura inscrição inscricao"},
    "it": {"cancel": "annulla disdici disdire", "unsubscribe": "disiscrivi disiscriviti disiscrivere",
           "subscription": "sottoscrizione iscrizione abbonamento"},
    "pl": {"cancel": "anuluj", "unsubscribe": "wypisz odsubskrybuj", "subscription": "subskrypcję subskrypcje subskrypcja"},
    "cs": {"cancel": "zruš zrus zrušit zrusit", "unsubscribe": "odhlas odhlaš odhlásit odhlasit",
           "subscription": "odběr odber předplatné predplatne"},
    "ru": {"cancel": "отмени отменить", "unsubscribe": "отпиши отписать отпишись", "subscription": "подписку подписка", "topic": "топик топика топиком тему"},
    "uk": {"cancel": "скасуй скасувати", "unsubscribe": "відпиши відписати", "subscription": "підписку підписка", "topic": "топік топіка"},
    "tr": {"cancel": "iptal_et iptal", "unsubscribe": "abonelikten_çık abonelikten_cik", "subscription": "aboneliği "
           "aboneligi abonelik"},
    "fi": {"cancel": "peru peruuta lopeta", "unsubscribe": "peru_tilaus", "subscription": "tilaus tilauksen tilaukset"},
    "hu": {"cancel": "mondd_le töröld_a_feliratkozást", "unsubscribe": "iratkozz_le leiratkozás", "subscription":
           "feliratkozást feliratkozás előfizetést"},
    "ro": {"cancel": "anulează anuleaza", "unsubscribe": "dezabonează dezaboneaza", "subscription": "abonamentul "
           "abonament"},
    "id": {"cancel": "batalkan", "unsubscribe": "berhenti_berlangganan", "subscription": "langganan"},
    "vi": {"cancel": "hủy huỷ", "unsubscribe": "hủy_đăng_ký huỷ_đăng_ký", "subscription": "đăng_ký"},
    "el": {"cancel": "ακύρωσε", "unsubscribe": "κατάργησε_τη_συνδρομή", "subscription": "συνδρομή συνδρομή"},
    "he": {"cancel": "בטל", "unsubscribe": "בטל_מינוי", "subscription": "מינוי", "topic": "הטופיק טופיק"},
    "ar": {"cancel": "ألغ ألغِ الغي ألغي", "unsubscribe": "ألغ_الاشتراك الغي_الاشتراك", "subscription": "الاشتراك اشتراك", "topic": "التوبيك توبيك الموضوع"},
    "hi": {"cancel": "रद्द", "unsubscribe": "अनसब्सक्राइब", "subscription": "सब्सक्रिप्शन", "topic": "टॉपिक टोपिक"},
    "ja": {"unsubscribe": "購読解除 購読を解除 登録解除 解除して 解除", "subscription": "サブスクリプション 購読", "topic": "トピック"},
    "zh": {"unsubscribe": "取消订阅 取消訂閱 退订 退訂", "subscription": "订阅 訂閱", "topic": "主题 主題"},
    "ko": {"unsubscribe": "구독_취소 구독_해지 구독취소 구독해지", "cancel": "취소 해지", "subscription": "구독", "topic": "토픽 토픽은 토픽을"},
}
#: The English verbs: a subscription or a follow taken off.
ENGLISH = frozenset({"unsubscribe", "unsub", "unfollow"})
# fmt: on
