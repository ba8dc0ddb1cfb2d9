"""Times and recurrences in the user's words, in the languages the request reader knows: "매일 아침 9시에" (every
morning at 9), "每15分钟" (every 15 minutes), "jeden Montag um 21 Uhr", "toutes les heures", "a las 9 de la noche".

`english_times(text)` rewrites them as the English the rest of the reader understands ("every morning at 9am",
"every 15 minutes", "every monday at 21:00", "hourly"), so that a schedule asked for in any language is read as one
(`releases.SCHEDULE_WORDS`, `magnitude.asked_per_day`; per message: `gloss.times_in_english`) and its time can be compared with the one an action sets
(`knowledge.schedules`). A clock time with a word of the morning before or after it is written `9am`, of the
afternoon, evening or night `9pm`, a 24-hour time as it is (`21:00`), a bare hour as `at 9` (9 or 21).

The rows are data: per language, fixed phrases (a recurrence), an interval (a number and a unit), and a clock time
(hour, minutes or half, and the words of the part of the day around it). Pure and cached per text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from automode import lazyre

# fmt: off
#: Fixed phrases -> English, per language. Longer phrases first where one contains another.
PHRASES: Mapping[str, tuple[tuple[str, str], ...]] = {
    "ko": (
        (r"매일\s*아침|아침마다", "every morning"), (r"매일\s*(?:밤|저녁)|밤마다|저녁마다", "every night"),
        (r"매일|날마다|하루에\s*한\s*번|하루\s*한\s*번", "every day"), (r"매\s*시간|한\s*시간마다|시간마다", "hourly"),
        (r"매\s*분|1분마다", "every minute"), (r"매주\s*([월화수목금토일])요일", "every {day}"),
        (r"([월화수목금토일])요일마다", "every {day}"), (r"매주|일주일에\s*한\s*번", "weekly"), (r"매달|매월", "monthly"),
        (r"자정", "at midnight"), (r"정오", "at noon"),
    ),
    "zh": (
        (r"每天早上|每天早晨|每天上午|每早|每个早上|每日早上", "every morning"),
        (r"每天晚上|每晚|每天夜里|每个晚上|每天夜间", "every night"),
        (r"每天|每日|天天|一天一次|每一天", "every day"), (r"每(?:个)?小时|每隔一小时|每一小时", "hourly"),
        (r"每分钟", "every minute"), (r"每(?:周|星期|礼拜)([一二三四五六日天])", "every {day}"),
        (r"每(?:周|星期|礼拜)|一周一次", "weekly"), (r"每(?:个)?月", "monthly"), (r"午夜|半夜十二点", "at midnight"),
        (r"中午十二点", "at noon"),
    ),
    "ja": (
        (r"毎朝", "every morning"), (r"毎晩|毎夜", "every night"), (r"毎日|1日1回|一日一回", "every day"),
        (r"毎時間?|1時間(?:ごと|おき|毎)", "hourly"), (r"毎分", "every minute"),
        (r"毎週([月火水木金土日])曜日?", "every {day}"), (r"毎週", "weekly"), (r"毎月", "monthly"),
        (r"深夜0時|午前0時", "at midnight"), (r"正午", "at noon"),
    ),
    "de": (
        (r"jeden\s+morgen|jeden\s+früh|morgens|jeden\s+vormittag", "every morning"),
        (r"jede\s+nacht|jeden\s+abend|nachts|abends|allnächtlich", "every night"),
        (r"jeden\s+tag|täglich|taeglich|tagtäglich|einmal\s+am\s+tag|einmal\s+täglich", "every day"),
        (r"jede\s+stunde|stündlich|stuendlich|einmal\s+pro\s+stunde", "hourly"), (r"jede\s+minute|minütlich", "every minute"),
        (r"(?:jeden\s+)?(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s?(?:\s+morgen)?", "every {day}"),
        (r"jede\s+woche|wöchentlich|woechentlich|einmal\s+pro\s+woche", "weekly"), (r"jeden\s+monat|monatlich", "monthly"),
        (r"um\s+mitternacht", "at midnight"), (r"mittags", "at noon"),
    ),
    "nl": (
        (r"(?:elke|iedere)\s+(?:ochtend|morgen)|'s\s+ochtends|'s\s+morgens", "every morning"),
        (r"(?:elke|iedere)\s+(?:nacht|avond)|'s\s+nachts|'s\s+avonds", "every night"),
        (r"(?:elke|iedere)\s+dag|dagelijks", "every day"), (r"(?:elk|ieder)\s+uur|elke\s+uur", "hourly"),
        (r"(?:elke|iedere)\s+minuut", "every minute"),
        (r"(?:elke|iedere)\s+(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)", "every {day}"),
        (r"(?:elke|iedere)\s+week|wekelijks", "weekly"), (r"(?:elke|iedere)\s+maand|maandelijks", "monthly"),
        (r"om\s+middernacht", "at midnight"),
    ),
    "fr": (
        (r"tous\s+les\s+matins|chaque\s+matin", "every morning"),
        (r"toutes\s+les\s+nuits|chaque\s+nuit|tous\s+les\s+soirs|chaque\s+soir", "every night"),
        (r"tous\s+les\s+jours|chaque\s+jour|quotidiennement|une\s+fois\s+par\s+jour", "every day"),
        (r"toutes\s+les\s+heures|chaque\s+heure|une\s+fois\s+par\s+heure", "hourly"),
        (r"toutes\s+les\s+minutes|chaque\s+minute", "every minute"),
        (r"(?:tous\s+les|chaque)\s+(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?", "every {day}"),
        (r"toutes\s+les\s+semaines|chaque\s+semaine|hebdomadaire(?:ment)?|une\s+fois\s+par\s+semaine", "weekly"),
        (r"tous\s+les\s+mois|chaque\s+mois|mensuel(?:lement)?", "monthly"), (r"à\s+minuit|a\s+minuit", "at midnight"),
        (r"à\s+midi|a\s+midi", "at noon"),
    ),
    "es": (
        (r"cada\s+mañana|cada\s+manana|todas\s+las\s+mañanas|todas\s+las\s+mananas|por\s+las\s+mañanas", "every morning"),
        (r"cada\s+noche|todas\s+las\s+noches|por\s+las\s+noches|cada\s+tarde|todas\s+las\s+tardes", "every night"),
        (r"cada\s+d[ií]a|todos\s+los\s+d[ií]as|diariamente|a\s+diario|una\s+vez\s+al\s+d[ií]a", "every day"),
        (r"cada\s+hora|una\s+vez\s+por\s+hora", "hourly"), (r"cada\s+minuto", "every minute"),
        (r"(?:cada|todos\s+los)\s+(lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bados?|domingos?)", "every {day}"),
        (r"cada\s+semana|semanalmente|una\s+vez\s+por\s+semana", "weekly"), (r"cada\s+mes|mensualmente", "monthly"),
        (r"a\s+medianoche", "at midnight"), (r"a\s+mediod[ií]a", "at noon"),
    ),
    "pt": (
        (r"toda\s+manh[ãa]|todas\s+as\s+manh[ãa]s|cada\s+manh[ãa]", "every morning"),
        (r"toda\s+noite|todas\s+as\s+noites|cada\s+noite|toda\s+madrugada", "every night"),
        (r"todo\s+dia|todos\s+os\s+dias|diariamente|uma\s+vez\s+por\s+dia", "every day"),
        (r"(?:a\s+)?cada\s+hora|de\s+hora\s+em\s+hora|toda\s+hora", "hourly"), (r"(?:a\s+)?cada\s+minuto", "every minute"),
        (r"(?:toda|todas\s+as|cada)\s+(segunda|ter[çc]a|quarta|quinta|sexta|s[áa]bado|domingo)s?(?:-feira)?s?",
         "every {day}"),
        (r"toda\s+semana|todas\s+as\s+semanas|semanalmente|uma\s+vez\s+por\s+semana", "weekly"),
        (r"todo\s+m[êe]s|mensalmente", "monthly"), (r"[àa]\s+meia-noite|[àa]\s+meia\s+noite", "at midnight"),
        (r"ao\s+meio-dia|ao\s+meio\s+dia", "at noon"),
    ),
    "it": (
        (r"ogni\s+mattina|tutte\s+le\s+mattine", "every morning"),
        (r"ogni\s+notte|ogni\s+sera|tutte\s+le\s+(?:notti|sere)", "every night"),
        (r"ogni\s+giorno|tutti\s+i\s+giorni|quotidianamente|giornalmente", "every day"),
        (r"ogni\s+ora", "hourly"), (r"ogni\s+minuto", "every minute"),
        (r"ogni\s+(luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)", "every {day}"),
        (r"ogni\s+settimana|settimanalmente", "weekly"), (r"ogni\s+mese|mensilmente", "monthly"),
        (r"a\s+mezzanotte", "at midnight"), (r"a\s+mezzogiorno", "at noon"),
    ),
    "ru": (
        (r"каждое\s+утро|по\s+утрам", "every morning"), (r"каждую\s+ночь|каждый\s+вечер|по\s+ночам|по\s+вечерам", "every night"),
        (r"каждый\s+день|ежедневно|раз\s+в\s+день|раз\s+в\s+сутки", "every day"),
        (r"каждый\s+час|ежечасно|раз\s+в\s+час", "hourly"), (r"каждую\s+минуту|ежеминутно", "every minute"),
        (r"(?:каждый|каждую|каждое|по)\s+(понедельник|вторник|сред[уа]|четверг|пятниц[уа]|суббот[уа]|воскресенье)",
         "every {day}"),
        (r"каждую\s+неделю|еженедельно|раз\s+в\s+неделю", "weekly"), (r"каждый\s+месяц|ежемесячно", "monthly"),
        (r"в\s+полночь", "at midnight"), (r"в\s+полдень", "at noon"),
    ),
    # session 20 (K2): Turkish, Czech, Polish, Swedish, Greek, Vietnamese, Indonesian, Ukrainian
    "tr": (
        (r"her\s+sabah", "every morning"), (r"her\s+(?:gece|akşam)|geceleri", "every night"),
        (r"her\s+gün|günlük|günde\s+bir(?:\s+kez)?", "every day"), (r"her\s+saat(?:te|başı)?|saatlik|saatte\s+bir", "hourly"),
        (r"her\s+dakika", "every minute"), (r"her\s+hafta|haftalık|haftada\s+bir", "weekly"),
        (r"her\s+ay|aylık|ayda\s+bir", "monthly"), (r"gece\s+yarısı", "at midnight"),
    ),
    "cs": (
        (r"každé\s+ráno|každ[ýé]\s+dopoledne", "every morning"), (r"každou\s+noc|každý\s+večer|v\s+noci", "every night"),
        (r"každý\s+den|denně|jednou\s+denně", "every day"), (r"každou\s+hodinu|jednou\s+za\s+hodinu", "hourly"),
        (r"každou\s+minutu", "every minute"), (r"každý\s+týden|týdně", "weekly"), (r"každý\s+měsíc|měsíčně", "monthly"),
        (r"o\s+půlnoci", "at midnight"),
    ),
    "pl": (
        (r"każdego\s+ranka|co\s+rano", "every morning"), (r"co\s+noc|każdej\s+nocy|co\s+wieczór|każdego\s+wieczoru", "every night"),
        (r"codziennie|każdego\s+dnia|raz\s+dziennie", "every day"), (r"co\s+godzinę|każdej\s+godziny", "hourly"),
        (r"co\s+minutę", "every minute"), (r"co\s+tydzień|raz\s+w\s+tygodniu", "weekly"),
        (r"co\s+miesiąc|raz\s+w\s+miesiącu", "monthly"), (r"o\s+północy", "at midnight"),
    ),
    "sv": (
        (r"varje\s+morgon", "every morning"), (r"varje\s+(?:natt|kväll)|nattligen", "every night"),
        (r"varje\s+dag|dagligen|en\s+gång\s+om\s+dagen", "every day"), (r"varje\s+timme|en\s+gång\s+i\s+timmen", "hourly"),
        (r"varje\s+minut", "every minute"), (r"varje\s+vecka|veckovis", "weekly"), (r"varje\s+månad", "monthly"),
        (r"vid\s+midnatt", "at midnight"),
    ),
    "el": (
        (r"κάθε\s+πρωί", "every morning"), (r"κάθε\s+(?:βράδυ|νύχτα)", "every night"),
        (r"κάθε\s+μέρα|καθημερινά", "every day"), (r"κάθε\s+ώρα", "hourly"), (r"κάθε\s+λεπτό", "every minute"),
        (r"κάθε\s+εβδομάδα", "weekly"), (r"κάθε\s+μήνα", "monthly"), (r"τα\s+μεσάνυχτα", "at midnight"),
    ),
    "vi": (
        (r"(?:mỗi|hàng)\s+sáng", "every morning"), (r"(?:mỗi|hàng)\s+(?:đêm|tối)", "every night"),
        (r"(?:mỗi|hàng|hằng)\s+ngày", "every day"), (r"(?:mỗi|hàng)\s+giờ", "hourly"), (r"mỗi\s+phút", "every minute"),
        (r"(?:mỗi|hàng)\s+tuần", "weekly"), (r"(?:mỗi|hàng)\s+tháng", "monthly"), (r"nửa\s+đêm", "at midnight"),
    ),
    "id": (
        (r"(?:setiap|tiap)\s+pagi", "every morning"), (r"(?:setiap|tiap)\s+malam", "every night"),
        (r"(?:setiap|tiap)\s+hari|harian", "every day"), (r"(?:setiap|tiap)\s+jam", "hourly"),
        (r"(?:setiap|tiap)\s+menit", "every minute"), (r"(?:setiap|tiap)\s+minggu|mingguan", "weekly"),
        (r"(?:setiap|tiap)\s+bulan|bulanan", "monthly"), (r"tengah\s+malam", "at midnight"),
    ),
    "uk": (
        (r"щоранку|кожного\s+ранку", "every morning"), (r"щоночі|щовечора|кожної\s+ночі", "every night"),
        (r"щодня|щоденно|кожного\s+дня", "every day"), (r"щогодини|кожну\s+годину", "hourly"),
        (r"щохвилини", "every minute"), (r"щотижня", "weekly"), (r"щомісяця", "monthly"), (r"опівночі", "at midnight"),
    ),
    "hi": (
        (r"हर\s+सुबह|रोज़?\s+सुबह", "every morning"), (r"हर\s+रात|रोज़?\s+रात|हर\s+शाम", "every night"),
        (r"हर\s+दिन|रोज़ाना|रोजाना|रोज़|रोज|प्रतिदिन", "every day"), (r"हर\s+घंटे|हर\s+घंटा|प्रति\s+घंटा", "hourly"),
        (r"हर\s+मिनट", "every minute"), (r"हर\s+हफ़्ते|हर\s+हफ्ते|साप्ताहिक", "weekly"), (r"हर\s+महीने", "monthly"),
        (r"आधी\s+रात", "at midnight"),
    ),
}

#: An interval: a number, then its unit (group names n and u), per language; u is read by its first letter below.
INTERVALS: Mapping[str, tuple[str, ...]] = {
    "ko": (r"(?P<n>\d{1,4})\s*(?P<u>분|시간|일)\s*(?:마다|간격으로|에\s*한\s*번)",),
    "zh": (r"每隔?\s*(?P<n>\d{1,4})\s*(?P<u>分钟|分|小时|个小时|天)", r"(?P<n>\d{1,4})\s*(?P<u>分钟|小时|天)\s*(?:一次|执行一次|跑一次)"),
    "ja": (r"(?P<n>\d{1,4})\s*(?P<u>分|時間|日)\s*(?:ごと|おき|毎|に1回|に一回)",),
    "de": (r"alle\s+(?P<n>\d{1,4})\s*(?P<u>min(?:uten)?|std|stunden|tage)\b",),
    "nl": (r"(?:elke|iedere|om\s+de)\s+(?P<n>\d{1,4})\s*(?P<u>min(?:uten|uut)?|uur|dagen)\b",),
    "fr": (r"toutes\s+les\s+(?P<n>\d{1,4})\s*(?P<u>min(?:utes)?|heures|h|jours)\b",),
    "es": (r"cada\s+(?P<n>\d{1,4})\s*(?P<u>min(?:utos)?|horas|d[ií]as)\b",),
    "pt": (r"(?:a\s+)?cada\s+(?P<n>\d{1,4})\s*(?P<u>min(?:utos)?|horas|dias)\b",),
    "it": (r"ogni\s+(?P<n>\d{1,4})\s*(?P<u>min(?:uti)?|ore|giorni)\b",),
    "ru": (r"каждые\s+(?P<n>\d{1,4})\s*(?P<u>мин(?:ут[уы]?)?|час(?:а|ов)?|дн(?:я|ей))",
           r"раз\s+в\s+(?P<n>\d{1,4})\s*(?P<u>мин(?:ут[уы]?)?|час(?:а|ов)?|дн(?:я|ей))"),
    "hi": (r"हर\s+(?P<n>\d{1,4})\s*(?P<u>मिनट|घंटे|घंटा|दिन)",),
    "tr": (r"(?:her\s+)?(?P<n>\d{1,4})\s*(?P<u>dakika|saat|gün)(?:da|de|te|ta)\s*(?:bir)?",),
    "cs": (r"každ(?:ých|é|ou)\s+(?P<n>\d{1,4})\s*(?P<u>minut\w*|hodin\w*|dn[ůí]\w*)",),
    "pl": (r"co\s+(?P<n>\d{1,4})\s*(?P<u>minut\w*|godzin\w*|dni)",),
    "sv": (r"var\s*(?P<n>\d{1,4})(?::e)?\s*(?P<u>minut\w*|timm\w*|dag\w*)",),
    "el": (r"κάθε\s+(?P<n>\d{1,4})\s*(?P<u>λεπτ\w*|ώρ\w*|μέρ\w*)",),
    "vi": (r"mỗi\s+(?P<n>\d{1,4})\s*(?P<u>phút|giờ|ngày)",),
    "id": (r"(?:setiap|tiap)\s+(?P<n>\d{1,4})\s*(?P<u>menit|jam|hari)",),
    "uk": (r"кожн(?:і|у|ого)\s+(?P<n>\d{1,4})\s*(?P<u>хвилин\w*|годин\w*|дн\w*)",),
}

#: A clock time: an optional word of the part of the day before it (pre), the hour (h), minutes (m) or a half
#: (half), and an optional word after it (post).
CLOCK: Mapping[str, str] = {
    "ko": r"(?P<pre>오전|오후|아침|저녁|밤|새벽)?\s*(?P<h>\d{1,2})\s*시(?!간)(?:\s*(?P<m>\d{1,2})\s*분|\s*(?P<half>반))?",
    "zh": r"(?P<pre>上午|早上|早晨|凌晨|下午|晚上|夜里|中午)?\s*(?P<h>\d{1,2})\s*[点點时](?:\s*(?P<m>\d{1,2})\s*分?|(?P<half>半))?",
    "ja": r"(?P<pre>午前|午後|朝|夜|夕方)?\s*(?P<h>\d{1,2})\s*時(?!間)(?:\s*(?P<m>\d{1,2})\s*分|(?P<half>半))?",
    "de": r"\bum\s+(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?\s*(?:uhr)?(?:\s+(?P<post>morgens|früh|abends|nachts))?",
    "nl": r"\bom\s+(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?\s*(?:uur)?(?:\s+(?P<post>'s\s+ochtends|'s\s+avonds|'s\s+nachts))?",
    "fr": r"\b[àa]\s+(?P<h>\d{1,2})\s*(?:h|heures?|:)\s*(?P<m>\d\d)?(?:\s+(?P<post>du\s+matin|du\s+soir|de\s+l'après-midi))?",
    "es": r"\ba\s+las?\s+(?P<h>\d{1,2})(?::(?P<m>\d\d))?(?:\s*(?:h|hs))?(?:\s+(?:y\s+)?(?P<half>media))?"
          r"(?:\s+(?P<post>de\s+la\s+mañana|de\s+la\s+manana|de\s+la\s+tarde|de\s+la\s+noche|de\s+la\s+madrugada))?",
    "pt": r"\b[àa]s?\s+(?P<h>\d{1,2})(?:[:h](?P<m>\d\d))?\s*(?:h|horas?)?(?:\s+e\s+(?P<half>meia))?"
          r"(?:\s+(?P<post>da\s+manh[ãa]|da\s+tarde|da\s+noite|da\s+madrugada))?",
    "it": r"\balle\s+(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?(?:\s+(?P<post>di\s+mattina|del\s+mattino|di\s+sera|di\s+notte))?",
    "ru": r"\bв\s+(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s*(?:час(?:а|ов)?|ч)?(?:\s+(?P<post>утра|вечера|ночи|дня))?",
    "hi": r"(?P<pre>सुबह|शाम|रात|दोपहर)?\s*(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s*बजे",
}

#: Words of the part of the day: before noon (am) or after (pm).
AM_WORDS = frozenset({"오전", "아침", "새벽", "上午", "早上", "早晨", "凌晨", "午前", "朝", "morgens", "früh", "'s ochtends",
                      "du matin", "de la mañana", "de la manana", "de la madrugada", "da manhã", "da manha",
                      "da madrugada", "di mattina", "del mattino", "утра", "ночи", "सुबह"})
PM_WORDS = frozenset({"오후", "저녁", "밤", "下午", "晚上", "夜里", "午後", "夜", "夕方", "abends", "nachts", "'s avonds",
                      "'s nachts", "du soir", "de l'après-midi", "de la tarde", "de la noche", "da tarde", "da noite",
                      "di sera", "di notte", "вечера", "дня", "शाम", "रात", "दोपहर"})
# fmt: on

#: Days of the week in the phrases above -> English (by their first letters, or the CJK character).
_DAYS = {"월": "monday", "화": "tuesday", "수": "wednesday", "목": "thursday", "금": "friday", "토": "saturday",
         "일": "sunday", "一": "monday", "二": "tuesday", "三": "wednesday", "四": "thursday", "五": "friday",
         "六": "saturday", "日": "sunday", "天": "sunday", "月": "monday", "火": "tuesday", "水": "wednesday",
         "木": "thursday", "金": "friday", "土": "saturday"}  # fmt: skip
_DAY_STEMS = (("mo", "monday"), ("lu", "monday"), ("ma", "tuesday"), ("di", "tuesday"), ("mi", "wednesday"),
              ("me", "wednesday"), ("wo", "wednesday"), ("do", "thursday"), ("ju", "thursday"), ("gi", "thursday"),
              ("fr", "friday"), ("vi", "friday"), ("ve", "friday"), ("vr", "friday"), ("sa", "saturday"),
              ("za", "saturday"), ("so", "sunday"), ("zo", "sunday"), ("di", "sunday"), ("se", "monday"),
              ("te", "tuesday"), ("qua", "wednesday"), ("qui", "thursday"), ("sex", "friday"), ("sá", "saturday"),
              ("по", "monday"), ("вт", "tuesday"), ("ср", "wednesday"), ("че", "thursday"), ("пя", "friday"),
              ("су", "saturday"), ("во", "sunday"))  # fmt: skip
_DAY_WORDS = {"montag": "monday", "dienstag": "tuesday", "mittwoch": "wednesday", "donnerstag": "thursday",
              "freitag": "friday", "samstag": "saturday", "sonntag": "sunday", "maandag": "monday",
              "dinsdag": "tuesday", "woensdag": "wednesday", "donderdag": "thursday", "vrijdag": "friday",
              "zaterdag": "saturday", "zondag": "sunday", "lundi": "monday", "mardi": "tuesday",
              "mercredi": "wednesday", "jeudi": "thursday", "vendredi": "friday", "samedi": "saturday",
              "dimanche": "sunday", "lunes": "monday", "martes": "tuesday", "domingo": "sunday",
              "domenica": "sunday", "sabato": "saturday", "segunda": "monday", "terça": "tuesday",
              "terca": "tuesday", "quarta": "wednesday", "quinta": "thursday", "sexta": "friday"}  # fmt: skip


def _day(word: str) -> str:
    w = word.lower()
    if w in _DAYS:
        return _DAYS[w]
    for k, v in _DAY_WORDS.items():
        if w.startswith(k[:5]):
            return v
    for stem, v in _DAY_STEMS:
        if w.startswith(stem):
            return v
    return "week"


_UNITS = {"분": "minutes", "시": "hours", "일": "days", "分": "minutes", "小": "hours", "个": "hours", "天": "days",
          "時": "hours", "日": "days", "m": "minutes", "s": "hours", "t": "days", "u": "hours", "d": "days",
          "h": "hours", "j": "days", "o": "hours", "g": "days", "м": "minutes", "ч": "hours", "д": "days",
          "म": "minutes", "घ": "hours", "द": "days"}  # fmt: skip


#: Unit words whose first letter misleads the table above (Turkish `dakika` is minutes, Indonesian `jam` hours).
_UNIT_WORDS = (("dakika", "minutes"), ("saat", "hours"), ("gün", "days"), ("godzin", "hours"), ("timm", "hours"),
               ("λεπτ", "minutes"), ("ώρ", "hours"), ("μέρ", "days"), ("phút", "minutes"), ("giờ", "hours"),
               ("ngày", "days"), ("menit", "minutes"), ("jam", "hours"), ("hari", "days"), ("годин", "hours"),
               ("хвилин", "minutes"), ("hodin", "hours"), ("dn", "days"), ("dag", "days"))


def _unit(u: str) -> str:
    u = u.lower()
    for stem, unit in _UNIT_WORDS:
        if u.startswith(stem):
            return unit
    if u.startswith(("min", "мин")):
        return "minutes"
    if u in ("uur", "ore", "std", "stunden", "heures", "horas", "h", "ore"):
        return "hours"
    return _UNITS.get(u[:1], "minutes")


def _clock(m: re.Match[str]) -> str:
    h = int(m.group("h"))
    if h > 24:
        return m.group(0)
    names = m.groupdict()
    mins = int(names["m"]) if names.get("m") else 30 if names.get("half") else 0
    period = (names.get("pre") or names.get("post") or "").strip().lower()
    if period in PM_WORDS and h < 12 and not (period in ("밤", "夜", "ночи", "nachts", "'s nachts", "रात") and h < 5):
        h += 12  # ("밤 2시", 2 at night: 2am)
    elif period in AM_WORDS and h == 12:
        h = 0
    hm = f"{h}:{mins:02d}" if mins else f"{h}"
    if h >= 13:
        return f" at {h}:{mins:02d} "
    if period in AM_WORDS or period in PM_WORDS:
        return f" at {hm}{'pm' if h == 12 and period in PM_WORDS else 'am'} "
    return f" at {hm} "


@lru_cache(maxsize=1)
def _compiled() -> dict[str, tuple[list[tuple[re.Pattern[str], str]], list[re.Pattern[str]], re.Pattern[str] | None]]:
    out = {}
    for lang in set(PHRASES) | set(INTERVALS) | set(CLOCK):
        phrases = [(re.compile("(?i)" + p), e) for p, e in PHRASES.get(lang, ())]
        intervals = [re.compile("(?i)" + p) for p in INTERVALS.get(lang, ())]
        clock = re.compile("(?i)" + CLOCK[lang]) if lang in CLOCK else None
        out[lang] = (phrases, intervals, clock)
    return out


#: Letters of a script, and words of a Latin-script language, that say which rows may apply (a cheap gate).
_SCRIPTS = (("ko", lazyre.compile(r"[\uac00-\ud7af]")), ("ja", lazyre.compile(r"[\u3040-\u30ff]")),
            ("zh", lazyre.compile(r"[\u4e00-\u9fff]")), ("ru", lazyre.compile(r"[\u0400-\u04ff]")),
            ("hi", lazyre.compile(r"[\u0900-\u097f]")))  # fmt: skip
_LATIN_GATE = lazyre.compile(
    r"(?i)\b(?:jeden|jede|täglich|taeglich|stündlich|stuendlich|wöchentlich|monatlich|morgens|abends|nachts|alle|"
    r"elke|iedere|elk|ieder|dagelijks|wekelijks|maandelijks|'s|tous|toutes|chaque|quotidiennement|cada|todos|"
    r"todas|toda|todo|diariamente|semanalmente|mensualmente|mensalmente|ogni|tutti|tutte)\b")
#: Latin-script languages with rows above that the reader may not name: read by their own words (session 20).
_OTHER_GATES = (("tr", lazyre.compile(r"(?i)\bher\s+(?:sabah|gece|akşam|gün|saat|dakika|hafta|ay)\b|\d\s*(?:dakika|saat)(?:da|de|te|ta)\b")),
                ("pl", lazyre.compile(r"(?i)\bco\s+(?:noc|rano|godzinę|minutę|tydzień|miesiąc|wieczór|\d)|\bcodziennie\b|\bkażde\w*\b")),
                ("cs", lazyre.compile(r"(?i)\bkažd\w+\b|\bdenně\b|\btýdně\b")),
                ("sv", lazyre.compile(r"(?i)\bvarje\b|\bdagligen\b|\bvar\s*\d")),
                ("vi", lazyre.compile(r"(?i)\b(?:mỗi|hàng|hằng)\s")),
                ("id", lazyre.compile(r"(?i)\b(?:setiap|tiap)\s")))
_LATIN_LANGS = ("de", "nl", "fr", "es", "pt", "it")


def _langs(text: str, lang: str | None) -> tuple[str, ...]:
    if lang in _LATIN_LANGS:  # (neighbours share words: "alle 15 Minuten" may be read as Dutch)
        return (lang, *(x for x in _LATIN_LANGS if x != lang))
    if lang is not None:
        return (lang,) if lang in CLOCK or lang in PHRASES else ()
    found = tuple(code for code, pat in _SCRIPTS if pat.search(text))
    if "ja" in found and "zh" in found:
        found = tuple(c for c in found if c != "zh")  # Han with kana is Japanese
    if _LATIN_GATE.search(text):
        found += _LATIN_LANGS
    if "ru" in found and re.search(r"[іїєґ]", text, re.I):
        found += ("uk",)
    if re.search(r"[\u0370-\u03ff]", text):
        found += ("el",)
    return found + tuple(code for code, pat in _OTHER_GATES if code not in found and pat.search(text))


@lru_cache(maxsize=1024)
def english_times(text: str, lang: str | None = None) -> str:
    """`text` with the times and recurrences of `lang` (or of every language whose letters or words it has) written
    in English; `text` itself when it has none."""
    langs = _langs(text, lang)
    if not langs:
        return text
    rows = _compiled()
    out = text
    for code in langs:
        phrases, intervals, clock = rows[code]
        for pat in intervals:
            out = pat.sub(lambda m: f" every {int(m.group('n'))} {_unit(m.group('u'))} ", out)
        for pat, eng in phrases:
            if "{day}" in eng:
                out = pat.sub(lambda m, e=eng: " " + e.format(day=_day(m.group(1))) + " ", out)  # type: ignore[misc]
            else:
                out = pat.sub(" " + eng + " ", out)
        if clock is not None and (code == lang or (lang is None and code not in _LATIN_LANGS)):
            out = clock.sub(_clock, out)  # (a Latin-script clock only in a message known to be in that language)
    return re.sub(r"[ \t]{2,}", " ", out) if out != text else text


# ------------------------------------------------------------------ the times asked
_ASKED_CLOCK = lazyre.compile(
    r"(?i)(?:\b(?:at|@|by|around|for)\s+)?\b(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)(?![\w])"
    r"|\b(?:at|around)\s+(?P<h2>\d{1,2})(?::(?P<m2>\d\d))?(?![\d:./%-])(?!\s*(?:min|minutes?|hours?|h\b|days?|%|gb|mb))"
    r"|\b(?P<h3>[01]?\d|2[0-3]):(?P<m3>[0-5]\d)\b(?![:\d])")
_MID = lazyre.compile(r"(?i)\bat\s+(midnight|noon|midday)\b")
#: A time changed in a later message: "actually make it 10", "move it to 7pm", "10 instead".
_CHANGED_TO = lazyre.compile(r"(?i)\b(?:make|change|move|set|switch|push|shift)\s+it\s+(?:to\s+)?(?P<h>\d{1,2})(?::(?P<m>\d\d))?"
                             r"\s*(?P<ap>am|pm)?\b(?!\s*(?:min|minutes?|hours?|h\b|days?|%|x\b|replicas?))|"
                             r"^\W*(?:actually\s+|no,?\s+)?(?P<h2>\d{1,2})(?::(?P<m2>\d\d))?\s*(?P<ap2>am|pm)?\s+instead\b")
_O_CLOCK = lazyre.compile(r"(?i)\b(?P<h>\d{1,2})\s*o'?\s?clock\b")
_MORNING = lazyre.compile(r"(?i)\bmornings?\b|\bbefore\s+work\b")
_EVENING = lazyre.compile(r"(?i)\b(?:evenings?|nights?|nightly|tonight|afternoons?)\b")


def asked_hours(text: str) -> frozenset[int] | None:
    """The hours of the day (0-23) the user's words name for something to run ("every morning at 9": 9; "at 9" alone:
    9 or 21; "21:00": 21; "at midnight": 0); None when they name no clock time. `text` is English (another
    language's times are read first: `gloss.times_in_english`)."""
    t = text
    hours: set[int] = set()
    for m in _MID.finditer(t):
        hours.add(0 if m.group(1).lower() == "midnight" else 12)
    morning, evening = bool(_MORNING.search(t)), bool(_EVENING.search(t))
    for m in _ASKED_CLOCK.finditer(t):
        if m.group("h") is not None:
            h, ap = int(m.group("h")), m.group("ap").lower()[0]
            if h <= 12:
                hours.add((h % 12) + (12 if ap == "p" else 0))
            continue
        h = int(m.group("h2") if m.group("h2") is not None else m.group("h3"))
        if h > 23:
            continue
        explicit = m.group("h3") is not None and len(m.group(0).split(":")[0].strip()) == 2
        hours |= _both(h, morning, evening, explicit)
    for m in _O_CLOCK.finditer(t):
        hours |= _both(int(m.group("h")), morning, evening, False)
    for m in _CHANGED_TO.finditer(t):
        h, ap = int(m.group("h") or m.group("h2")), (m.group("ap") or m.group("ap2") or "").lower()
        if h <= 23:
            hours |= {(h % 12) + (12 if ap == "pm" else 0)} if ap and h <= 12 else _both(h, morning, evening, False)
    return frozenset(hours) or None


def _both(h: int, morning: bool, evening: bool, explicit: bool) -> set[int]:
    """A bare hour: itself, and twelve hours on unless the words say which half of the day (or it is written 09:00)."""
    if h >= 13 or h == 0 or explicit:
        return {h % 24}
    if morning and not evening:
        return {h % 12}
    if evening and not morning:
        return {h} if h < 6 else {(h % 12) + 12}  # "nightly at 2" is 2am, "every evening at 7" 7pm
    return {h % 12, (h % 12) + 12}
