"""The closed classes of words `intent.later_stands` reads a later message by (session 21, L2).

Not phrases: the few words that mark a reply as a "no", a hesitation or a thanks in any language. What a message says
after them (the reason, the person, the day) is never listed: `later_stands` decides by what the message names and
asks, against the action. The negation particles of `intent.tail` and the only-words of `intent.fences_narrow` are
used as they are; these add the reply heads and the scripts those tables read least.
"""

from __future__ import annotations

from automode import lazyre

#: A negation or refusal that opens a reply ("no, …", "non laisse", "nee, nur …", "لا، …", "아니다, …", "नहीं, …",
#: "ไม่ต้อง …", "不用了"): an answer to what was asked before, whatever follows.
HEAD_NO = lazyre.compile(
    r"(?i)^\W*(?:no+|nope|nah|not\s+(?:yet|now|today)|nein|nee|ne|nö|non|nan|no\s+no|não|nao|niet|nej|nie|ні|нет|не|"
    r"hayır|hayir|yok|tidak|nggak|gak|enggak|jangan|không|đừng|nahi|nahin|mat|ochi|όχι|לא|ei|nem|nu|"
    r"نه|لا|لأ|مش|مو|ما|नहीं|नही|मत|ไม่|อย่า|아니|아니다|아뇨|아냐|안\s*돼|いや|いいえ|不|不用|别|別)"
    r"(?=\W|$)")  # fmt: skip

#: Negation particles of the scripts the tail table reads least: Thai, Korean, Arabic dialects, Hindi, Persian.
#: (Inside a word for the unspaced scripts: "ยังไม่", "하지 말고", "안 돼".)
NEG_MORE = lazyre.compile(r"ไม่|อย่า|ยังไม่|말고|말아|말자|하지\s*마|안\s*돼|안\s*해|보류|(?<!\w)(?:ما|مش|مو|بلاش|لسا|لسه|مب|نه|نکن|نزن|"
                          r"न|नहीं|नही|मत|ना)(?!\w)")  # fmt: skip

#: Interjections of hesitation that open a reply ("hmm, …", "eh, …", "uy, …", "음…", "えっと", "嗯", "अम्म").
HESITATE = lazyre.compile(r"(?i)^\W*(?:h+m+|hm+|eh+|uh+|um+|er+m?|uy|ay|ah+|oh+|well|wait|pera|peraí|hmmm|hoppla|oups|oups|"
                          r"ой|эм|хм|ээ|음|어|えっと|あの|うーん|嗯|呃|额|อืม|เอ่อ|أمم|اممم|امم|अम्म|हम्म|अरे)(?=\W|$)")  # fmt: skip

#: Thanks and acknowledgements: a reply that only takes note ("thanks!", "cool", "merci", "감사", "ขอบคุณ", "شكرا").
THANKS = lazyre.compile(
    r"(?i)^\W*(?:(?:ok(?:ay)?|k|kk|cool|nice|great|perfect|awesome|sweet|thanks|thank\s+you|thx|ty|cheers|merci|danke|"
    r"gracias|grazie|obrigad[oa]|valeu|dank\s*je|tack|takk|dzięki|dziękuję|спасибо|дякую|teşekkürler|sağol|makasih|"
    r"terima\s+kasih|cảm\s+ơn|dhanyavaad|shukriya|धन्यवाद|शुक्रिया|شكرا|شكراً|مرسی|תודה|ευχαριστώ|kiitos|köszi|"
    r"mulțumesc|감사합니다|감사|고마워|ありがとう|サンキュー|谢谢|謝謝|多谢|ขอบคุณ(?:ครับ|ค่ะ)?|sounds\s+good|lgtm|"
    r"good|got\s+it|noted|looks\s+good|all\s+good|super|top|parfait|génial|genial|perfecto|perfeito|ótimo|otimo|"
    r"prima|klasse|toll|super|bene|ottimo|perfetto|bagus|mantap|oke|sip|tamam|harika|süper|отлично|супер|класс|"
    r"chuẩn|tuyệt|hay|好的|好|行|不错|いいね|了解|좋아요|좋아|알겠어|ดีมาก|โอเค|ممتاز|تمام|बढ़िया|ठीक\s+है|"
    r"👍|🙏)\W*)+$")  # fmt: skip
