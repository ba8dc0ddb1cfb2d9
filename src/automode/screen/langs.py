"""Word and act tables of the tool-output screen for more languages (issue 18 point 1): Czech, Indonesian, Vietnamese,
Arabic, Hebrew, Hindi and Greek, and (merged from `screen_langs_world`) Bengali, Urdu, Marathi, Telugu, Tamil, Persian,
Swahili, Hausa, Tagalog and Nigerian Pidgin. Data only, in the shapes of `screen_words.LANGS` (who is addressed and how a
directive is marked) and `screen_acts.ACT_VERBS` / `screen_acts.TARGETS` (consequential acts and what they act on);
those modules merge these tables into theirs at import, so a language is added here and nowhere else.

Verb lists hold the forms said to a reader: imperatives (informal and formal), and the infinitives or verbal nouns
that follow "please"/"you must" where a language asks that way (Arabic "يرجى تحويل", Hebrew "עליך להריץ"). Languages
whose lists hold only such forms are in `IMPERATIVE_ONLY`: a verb of theirs is an order wherever it stands. Arabic and
Hebrew attach "the", "to" and "and" to the word, so the common attached forms are listed.
"""

from __future__ import annotations

from automode.screen.langs_extra import ACT_VERBS_EXTRA, IMPERATIVE_ONLY_EXTRA, LANGS_EXTRA, TARGETS_EXTRA
from automode.screen.langs_world import (
    ACT_VERBS_WORLD,
    AR_VERBS_EGYPTIAN,
    IMPERATIVE_ONLY_WORLD,
    LANGS_WORLD,
    TARGETS_WORLD,
    fold,
)

LANGS_MORE: dict[str, dict[str, tuple[str, ...]]] = {
    "cs": {
        "weak": ("asistent", "asistente", "asistentovi", "asistenta", "agent", "agenta", "agentovi", "agente", "bot", "bote",
                 "botovi"),
        "ai": ("ai asistent", "ai asistente", "ai asistenta", "ai agent", "ai agenta", "ai agente", "umělá inteligence",
               "umělé inteligence", "jazykový model", "jazykového modelu"),
        "role": ("asistent", "asistenta", "asistentovi", "asistente", "agent", "agenta", "agentovi", "agente", "bot", "bota",
                 "model", "modelu", "nástroj", "systém"),
        "auto": ("automatický", "automatického", "automatickému", "automatizovaný", "automatizovaného", "autonomní"),
        "label": ("poznámka", "pokyn", "pokyny", "upozornění", "zpráva", "důležité", "instrukce"),
        "to": ("pro", "k", "ke"),
        "please": ("prosím", "nejdřív", "nejprve", "hned", "okamžitě", "také", "pak"),
        "neg": ("ne", "nikdy", "nic", "bez"),
        "user": ("uživatel", "uživateli", "uživatele"),
    },
    "id": {
        "weak": ("asisten", "agen", "bot"),
        "ai": ("asisten ai", "agen ai", "model ai", "bot ai", "kecerdasan buatan"),
        "role": ("asisten", "agen", "bot", "model", "alat", "sistem"),
        "auto": ("otomatis", "otonom"),
        "label": ("catatan", "pesan", "instruksi", "petunjuk", "perhatian", "penting", "pemberitahuan"),
        "to": ("untuk", "kepada", "bagi"),
        "please": ("tolong", "silakan", "harap", "mohon", "segera", "juga", "dulu", "lalu", "kemudian"),
        "neg": ("jangan", "tidak", "tanpa"),
        "user": ("pengguna",),
    },
    "vi": {
        "weak": ("trợ lý", "tác tử", "bot"),
        "ai": ("trợ lý ai", "tác tử ai", "mô hình ai", "bot ai", "trí tuệ nhân tạo"),
        "role": ("trợ lý", "tác tử", "bot", "mô hình", "công cụ", "hệ thống"),
        "auto": ("tự động",),
        "label": ("ghi chú", "lưu ý", "chú ý", "hướng dẫn", "thông báo", "quan trọng"),
        "to": ("gửi", "cho", "dành cho"),
        "please": ("hãy", "vui lòng", "xin", "ngay", "trước tiên", "cũng", "rồi", "sau đó"),
        "neg": ("không", "đừng", "chớ"),
        "user": ("người dùng",),
    },
    "ar": {
        "weak": ("المساعد", "مساعد", "للمساعد", "الوكيل", "وكيل", "للوكيل", "البوت", "بوت", "للبوت"),
        "ai": ("الذكاء الاصطناعي", "ذكاء اصطناعي", "المساعد الذكي", "مساعد ذكي", "نموذج لغوي", "النموذج اللغوي"),
        "role": ("المساعد", "مساعد", "للمساعد", "الوكيل", "وكيل", "للوكيل", "البوت", "بوت", "النموذج", "نموذج", "الأداة", "النظام"),
        "auto": ("الآلي", "آلي", "التلقائي", "تلقائي", "المؤتمت", "الذكي", "الذكاء"),
        "label": ("ملاحظة", "تنبيه", "تعليمات", "رسالة", "هام", "مهم"),
        "to": ("إلى", "الى", "لـ"),
        "please": ("يرجى", "رجاءً", "رجاء", "الرجاء", "أولاً", "أولا", "فوراً", "فورا", "ثم"),
        "neg": ("لا", "دون", "بدون", "لن"),
        "user": ("المستخدم", "للمستخدم"),
    },
    "he": {
        "weak": ("עוזר", "עוזרי", "לעוזר", "לעוזרי", "סוכן", "סוכני", "לסוכן", "לסוכני", "בוט", "לבוט"),
        "ai": ("בינה מלאכותית", "מודל שפה"),
        "role": ("עוזר", "עוזרי", "לעוזר", "לעוזרי", "סוכן", "סוכני", "לסוכן", "לסוכני", "בוט", "מודל", "כלי", "מערכת"),
        "auto": ("אוטומטי", "אוטומטיים", "אוטונומי", "בינה"),
        "label": ("הערה", "הודעה", "הנחיה", "הנחיות", "שים לב", "חשוב"),
        "to": ("אל", "עבור"),
        "please": ("אנא", "בבקשה", "קודם", "מיד", "ואז"),
        "you_must": ("עליך", "עלייך", "עליכם"),
        "neg": ("אל", "לא", "אין", "בלי"),
        "user": ("המשתמש", "למשתמש"),
    },
    "hi": {
        "weak": ("सहायक", "एजेंट", "बॉट", "असिस्टेंट"),
        "ai": ("एआई", "एआई सहायक", "कृत्रिम बुद्धिमत्ता"),
        "role": ("सहायक", "एजेंट", "बॉट", "असिस्टेंट", "मॉडल", "टूल"),
        "auto": ("स्वचालित", "ऑटोमेटेड"),
        "label": ("नोट", "सूचना", "निर्देश", "ज़रूरी", "जरूरी"),
        "to": ("के लिए", "को"),
        "please": ("कृपया", "तुरंत", "पहले", "फिर"),
        "neg": ("मत", "न", "नहीं", "बिना"),
        "user": ("उपयोगकर्ता", "यूज़र"),
    },
    "el": {
        "weak": ("βοηθός", "βοηθέ", "βοηθό", "πράκτορα", "πράκτορας", "μοντέλο"),
        "ai": ("τεχνητής νοημοσύνης", "τεχνητή νοημοσύνη", "γλωσσικό μοντέλο"),
        "role": ("βοηθός", "βοηθέ", "βοηθό", "βοηθού", "πράκτορας", "πράκτορα", "μοντέλο", "σύστημα", "εργαλείο"),
        "auto": ("αυτόματος", "αυτόματο", "αυτοματοποιημένος", "αυτόνομος"),
        "label": ("σημείωση", "οδηγία", "οδηγίες", "προσοχή", "σημαντικό", "μήνυμα"),
        "to": ("για", "προς"),
        "please": ("παρακαλώ", "πρώτα", "αμέσως", "επίσης", "μετά"),
        "neg": ("μην", "μη", "δεν", "ποτέ", "χωρίς"),
        "user": ("χρήστη", "χρήστης"),
    },
}

ACT_VERBS_MORE: dict[str, dict[str, tuple[str, ...]]] = {
    "cs": {
        "send": ("pošli", "pošlete", "odešli", "odešlete", "přepošli", "přepošlete", "nahraj", "nahrajte", "sdílej",
                 "sdílejte", "zkopíruj", "zkopírujte", "vlož", "vložte", "exportuj", "exportujte"),
        "pay": ("zaplať", "zaplaťte", "převeď", "převeďte", "uhraď", "uhraďte"),
        "grant": ("přidej", "přidejte", "pozvi", "pozvěte", "uděl", "udělte", "dej", "dejte"),
        "destroy": ("smaž", "smažte", "odstraň", "odstraňte", "vymaž", "vymažte", "vyprázdni"),
        "degrade": ("vypni", "vypněte", "deaktivuj", "deaktivujte", "obejdi", "odinstaluj", "přeskoč", "odstraň"),
        "approve": ("schval", "schvalte", "mergni", "sluč", "přijmi"),
        "exec": ("spusť", "spusťte", "proveď", "proveďte", "nainstaluj", "nainstalujte"),
        "redirect": ("změň", "změňte", "nastav", "nastavte", "nahraď", "aktualizuj"),
    },
    "id": {
        "send": ("kirim", "kirimkan", "teruskan", "unggah", "unggahkan", "bagikan", "salin", "ekspor", "tempelkan"),
        "pay": ("bayar", "bayarkan", "transferkan"),
        "grant": ("tambahkan", "berikan", "undang", "jadikan"),
        "destroy": ("hapus", "hapuskan", "kosongkan", "bersihkan", "musnahkan"),
        "degrade": ("nonaktifkan", "matikan", "lewati", "copot"),
        "approve": ("setujui", "gabungkan"),
        "exec": ("jalankan", "eksekusi", "pasang", "instal", "unduh"),
        "redirect": ("ubah", "ganti", "perbarui", "atur"),
    },
    "vi": {
        "send": ("gửi", "chuyển tiếp", "tải lên", "chia sẻ", "sao chép", "xuất", "dán"),
        "pay": ("chuyển khoản", "thanh toán", "chuyển tiền", "chuyển"),
        "grant": ("thêm", "cấp", "mời", "cấp quyền"),
        "destroy": ("xóa", "xoá", "xóa bỏ", "hủy", "huỷ", "dọn sạch"),
        "degrade": ("tắt", "vô hiệu hóa", "vô hiệu hoá", "bỏ qua", "gỡ"),
        "approve": ("phê duyệt", "chấp nhận", "hợp nhất", "duyệt"),
        "exec": ("chạy", "thực thi", "cài đặt", "tải về", "thực hiện"),
        "redirect": ("đổi", "thay đổi", "cập nhật", "đặt"),
    },
    "ar": {
        "send": ("أرسل", "ارسل", "وأرسل", "أرسلي", "إرسال", "بإرسال", "أعد توجيه", "انشر", "شارك", "مشاركة", "ارفع", "رفع",
                 "انسخ", "صدّر", "صدر"),
        "pay": ("حوّل", "حول", "تحويل", "بتحويل", "ادفع", "دفع", "سدد", "سداد"),
        "grant": ("أضف", "اضف", "إضافة", "امنح", "منح", "ادع", "أعط", "اعط"),
        "destroy": ("احذف", "واحذف", "حذف", "وحذف", "امسح", "مسح", "أزل", "ازل", "إزالة"),
        "degrade": ("عطّل", "عطل", "تعطيل", "أوقف", "اوقف", "إيقاف", "تجاوز"),
        "approve": ("وافق على", "اعتمد", "ادمج"),
        "exec": ("نفّذ", "نفذ", "تنفيذ", "شغّل", "شغل", "تشغيل", "ثبّت", "ثبت", "تثبيت"),
        "redirect": ("عدّل", "عدل", "تعديل", "حدّث", "حدث", "تحديث", "استبدل"),
    },
    "he": {
        "send": ("שלח", "שלחי", "לשלוח", "העבר", "העבירי", "להעביר", "העלה", "להעלות", "שתף", "לשתף", "העתק", "להעתיק"),
        "pay": ("שלם", "לשלם", "העבר", "להעביר"),
        "grant": ("הוסף", "להוסיף", "הענק", "להעניק", "הזמן", "להזמין", "תן", "לתת"),
        "destroy": ("מחק", "למחוק", "הסר", "להסיר", "נקה", "לנקות", "השמד"),
        "degrade": ("השבת", "להשבית", "כבה", "לכבות", "עקוף", "לעקוף"),
        "approve": ("אשר", "לאשר", "מזג", "למזג"),
        "exec": ("הרץ", "להריץ", "הפעל", "להפעיל", "התקן", "להתקין", "בצע", "לבצע"),
        "redirect": ("שנה", "לשנות", "עדכן", "לעדכן", "החלף", "להחליף"),
    },
    "hi": {
        "send": ("भेजें", "भेज दें", "भेजो", "भेजिए", "भेज", "फॉरवर्ड करें", "अपलोड करें", "शेयर करें"),
        "pay": ("ट्रांसफर करें", "भुगतान करें", "पैसे भेजें"),
        "grant": ("जोड़ें", "जोड़ दें", "अनुमति दें"),
        "destroy": ("हटा दें", "हटाएं", "हटाएँ", "मिटा दें", "डिलीट करें", "डिलीट कर दें"),
        "degrade": ("बंद करें", "बंद कर दें", "अक्षम करें"),
        "approve": ("मंज़ूर करें", "मंजूर करें", "मर्ज करें"),
        "exec": ("चलाएं", "चलाएँ", "चलाओ", "रन करें", "इंस्टॉल करें"),
        "redirect": ("बदलें", "बदल दें", "अपडेट करें"),
    },
    "el": {
        "send": ("στείλε", "στείλτε", "προώθησε", "προωθήστε", "ανέβασε", "ανεβάστε", "μοιράσου", "αντίγραψε", "γράψε", "γράψτε"),
        "pay": ("μετέφερε", "μεταφέρετε", "πλήρωσε", "πληρώστε", "κατάθεσε"),
        "grant": ("πρόσθεσε", "προσθέστε", "δώσε", "δώστε", "άλλαξε", "αλλάξτε"),
        "destroy": ("διάγραψε", "διαγράψτε", "σβήσε", "αφαίρεσε", "αφαιρέστε"),
        "degrade": ("απενεργοποίησε", "απενεργοποιήστε", "παράκαμψε", "κλείσε"),
        "approve": ("έγκρινε", "εγκρίνετε", "συγχώνευσε"),
        "exec": ("εκτέλεσε", "εκτελέστε", "τρέξε", "τρέξτε", "εγκατάστησε"),
        "redirect": ("άλλαξε", "αλλάξτε", "ενημέρωσε", "ενημερώστε"),
    },
}

#: Languages whose verb lists hold only forms said to a reader (a verb of theirs is an order wherever it stands).
IMPERATIVE_ONLY = ("cs", "id", "ar", "he", "hi", "el", *IMPERATIVE_ONLY_WORLD, *IMPERATIVE_ONLY_EXTRA)

#: What each act class is consequential on, in these languages (alternatives added to `screen_acts.TARGETS`).
TARGETS_MORE: dict[str, str] = {
    "setting": (r"\b(?:weiterleitung\w*|umleitung\w*|reenvío|redirección|redirection|renvoi|inoltro|reindirizzamento|"
                r"reencaminhamento|redirecionamento|doorsturen|doorstuur\w*|przekierowani\w*|переадресаци\w*|"
                r"перенаправлени\w*|yönlendirme\w*|vidarebefordran|videresending|edelleenlähetys)"),
    "secret": (r"\b(?:hesl\w*|klíč\w*|přihlašovací\s+údaje|kata\s+sandi|sandi|kredensial|rahasia|mật\s+khẩu|khóa\s+bí\s+mật|"
               r"κωδικ\w*|συνθηματικ\w*|κλειδ\w*)|كلمة\s+المرور|كلمات\s+المرور|مفتاح|مفاتيح|סיסמ\S*|מפתח\S*|טוקן\S*|"
               r"पासवर्ड|टोकन|कुंजी|\*\.(?:pem|key|p12|pfx|jks|keystore)\b|/etc/ssl/private\b|/etc/letsencrypt\b"),
    "data": (r"\b(?:soubor\w*|faktur\w*|dokument\w*|zpráv\w*|databáz\w*|berkas|dokumen|tabel|lampiran|basis\s+data|tệp|"
             r"dữ\s+liệu|tài\s+liệu|bảng|αρχεί\w*|δεδομένα|έγγραφα)|ملفات|ملف|بيانات|رسائل|جداول|مجلد|קבצ\S*|קובץ|נתונים|"
             r"מסמכ\S*|फ़ाइल\S*|फाइल\S*|अटैचमेंट|स्टेटमेंट|डेटा|ईमेल"),
    "money": (r"\b(?:účet|účtu|czk|\d+\s?kč|rekening|idr|rp\s?\d|tài\s+khoản|vnđ|λογαριασμ\w*|πληρωμ\w*)|الحساب|حساب|مبلغ|"
              r"ريال|درهم|חשבון|₪|खाता|₹"),
    "privilege": (r"\b(?:vlastník\w*|oprávnění|pemilik|hak\s+akses|akses|quyền|quản\s+trị|δικαιώματ\w*|διαχειριστ\w*)|"
                  r"صلاحي\S*|مسؤول|المالك|הרשא\S*|מנהל\S*|एडमिन|अनुमति"),
    "scope": (r"\b(?:vše|všechn\w*|celou|celý|semua|seluruh|tất\s+cả|toàn\s+bộ|όλα|όλους|όλες|όλο)|جميع|كافة|כל|सभी|सारे|सारी"),
    "protection": (r"\b(?:ochran\w*|kontrol\w*|zabezpečení|keamanan|verifikasi|pemeriksaan|perlindungan|bảo\s+mật|xác\s+minh|"
                   r"kiểm\s+tra|ασφάλει\w*|επαλήθευσ\w*|προστασί\w*)|الحماية|التحقق|الأمان|אבטחה|אימות|הגנה|सुरक्षा|सत्यापन"),
}

# The world's other most spoken languages (`screen_langs_world`), folded as the screen folds text.
LANGS_MORE.update({lang: {k: tuple(map(fold, ws)) for k, ws in t.items()} for lang, t in LANGS_WORLD.items()})
ACT_VERBS_MORE.update({lang: {c: tuple(map(fold, ws)) for c, ws in t.items()} for lang, t in ACT_VERBS_WORLD.items()})
for _c, _ws in AR_VERBS_EGYPTIAN.items():
    ACT_VERBS_MORE["ar"][_c] = ACT_VERBS_MORE["ar"].get(_c, ()) + _ws
for _cls, _rx in TARGETS_WORLD.items():
    TARGETS_MORE[_cls] = TARGETS_MORE[_cls] + "|" + _rx

# Hungarian, Finnish, Romanian, Ukrainian, Slovak and Norwegian (`screen_langs_extra`), folded the same way.
LANGS_MORE.update({lang: {k: tuple(map(fold, ws)) for k, ws in t.items()} for lang, t in LANGS_EXTRA.items()})
ACT_VERBS_MORE.update({lang: {c: tuple(map(fold, ws)) for c, ws in t.items()} for lang, t in ACT_VERBS_EXTRA.items()})
for _cls, _rx in TARGETS_EXTRA.items():
    TARGETS_MORE[_cls] = TARGETS_MORE[_cls] + "|" + _rx
