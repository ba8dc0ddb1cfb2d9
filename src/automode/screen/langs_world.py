"""Word, act and pressure tables of the tool-output screen for more of the world's most spoken languages (issue 18
point 1): Bengali, Urdu, Marathi, Telugu, Tamil, Persian, Swahili, Hausa, Tagalog and Nigerian Pidgin, with Egyptian
Arabic and Cantonese forms beside the Arabic and Chinese tables. Data only, in the shapes of `screen_langs`:

* `LANGS_WORLD[lang]`: who is addressed and how a directive is marked (`screen_words.LANGS` kinds);
* `ACT_VERBS_WORLD[lang][class]`: the verb forms said to a reader (polite and familiar imperatives, and the verbal
  nouns that follow "please" where a language asks that way), per act class of `screen_acts.PAIRS`; every language
  here is imperative-only (`IMPERATIVE_ONLY_WORLD`): its listed forms are orders wherever they stand;
* `TARGETS_WORLD[class]`: what the acts are consequential on, as alternatives added to `screen_acts.TARGETS`;
* `PRESSURE_WORLD[kind][lang]`: concealment from the user, approval claimed in someone's name, the check skipped
  (`screen_pressure.PRESSURE_FORMS` kinds).

Entries are folded as `screen.normalise` folds text (NFKC, zero-width joiners removed, lower case), so they are written
as people type them. Scripts whose vowel signs are not word characters to Python's `re` (Bengali, Devanagari, Tamil,
Telugu) are matched without `\\b`.
"""

from __future__ import annotations

import unicodedata

_ZW = dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF])


def fold(s: str) -> str:
    """A table entry as `screen.normalise` leaves text (before homoglyphs, which these scripts do not use)."""
    return unicodedata.normalize("NFKC", s.translate(_ZW)).lower()


LANGS_WORLD: dict[str, dict[str, tuple[str, ...]]] = {
    "bn": {
        "weak": ("সহকারী", "সহকারীর", "সহকারীকে", "এজেন্ট", "এজেন্টের", "বট", "অ্যাসিস্ট্যান্ট"),
        "ai": ("এআই", "এআই সহকারী", "এআই সহকারীর", "এআই সহকারীকে", "কৃত্রিম বুদ্ধিমত্তা", "ভাষা মডেল"),
        "role": ("সহকারী", "সহকারীর", "সহকারীকে", "এজেন্ট", "এজেন্টের", "বট", "মডেল", "টুল", "অ্যাসিস্ট্যান্ট"),
        "auto": ("স্বয়ংক্রিয়",),
        "label": ("নোট", "নির্দেশ", "নির্দেশনা", "বার্তা", "জরুরি", "গুরুত্বপূর্ণ", "সতর্কতা"),
        "to": ("জন্য", "প্রতি"),
        "please": ("দয়া করে", "অনুগ্রহ করে", "এখনই", "আগে", "তারপর"),
        "neg": ("না", "কখনো", "ছাড়া"),
        "user": ("ব্যবহারকারী", "ব্যবহারকারীকে"),
    },
    "ur": {
        "weak": ("اسسٹنٹ", "معاون", "ایجنٹ", "بوٹ"),
        "ai": ("اے آئی", "اے آئی اسسٹنٹ", "مصنوعی ذہانت", "لسانی ماڈل"),
        "role": ("اسسٹنٹ", "معاون", "ایجنٹ", "بوٹ", "ماڈل", "ٹول"),
        "auto": ("خودکار",),
        "label": ("نوٹ", "ہدایت", "ہدایات", "پیغام", "ضروری", "اہم"),
        "to": ("کے لیے", "کے لئے"),
        "please": ("براہ کرم", "برائے مہربانی", "فوراً", "فورا", "پہلے", "پھر"),
        "neg": ("مت", "نہ", "نہیں", "بغیر"),
        "user": ("صارف", "یوزر"),
    },
    "mr": {
        "weak": ("सहाय्यक", "सहाय्यकासाठी", "सहाय्यकाला", "एजंट", "एजंटला", "बॉट"),
        "ai": ("एआय", "एआय सहाय्यक", "एआय सहाय्यकासाठी", "कृत्रिम बुद्धिमत्ता"),
        "role": ("सहाय्यक", "सहाय्यकासाठी", "सहाय्यकाला", "एजंट", "एजंटला", "बॉट", "मॉडेल"),
        "auto": ("स्वयंचलित",),
        "label": ("सूचना", "नोंद", "टीप", "महत्त्वाचे"),
        "to": ("साठी",),
        "please": ("कृपया", "लगेच", "आधी", "मग"),
        "neg": ("नका", "नको", "नाही"),
        "user": ("वापरकर्ता", "वापरकर्त्याला"),
    },
    "te": {
        "weak": ("సహాయకుడు", "సహాయకుడికి", "సహాయకుడా", "ఏజెంట్", "ఏజెంట్కు", "బాట్", "అసిస్టెంట్"),
        "ai": ("ఏఐ", "ఏఐ సహాయకుడు", "ఏఐ సహాయకుడికి", "కృత్రిమ మేధ"),
        "role": ("సహాయకుడు", "సహాయకుడికి", "సహాయకుడా", "ఏజెంట్", "ఏజెంట్కు", "బాట్", "మోడల్", "అసిస్టెంట్"),
        "label": ("గమనిక", "సూచన", "సందేశం", "ముఖ్యం"),
        "to": ("కోసం",),
        "please": ("దయచేసి", "వెంటనే", "ముందు", "తర్వాత"),
        "neg": ("వద్దు", "కాదు", "లేదు"),
        "user": ("వినియోగదారు", "వినియోగదారుకు", "యూజర్"),
    },
    "ta": {
        "weak": ("உதவியாளர்", "உதவியாளருக்கு", "முகவர்", "முகவருக்கு", "ஏஜென்ட்", "பாட்"),
        "ai": ("ஏஐ", "ஏஐ உதவியாளர்", "ஏஐ உதவியாளருக்கு", "செயற்கை நுண்ணறிவு"),
        "role": ("உதவியாளர்", "உதவியாளருக்கு", "முகவர்", "முகவருக்கு", "ஏஜென்ட்", "பாட்", "மாடல்"),
        "label": ("குறிப்பு", "அறிவிப்பு", "அறிவுறுத்தல்", "முக்கியம்"),
        "to": ("க்காக",),
        "please": ("தயவுசெய்து", "உடனே", "முதலில்", "பிறகு"),
        "neg": ("வேண்டாம்", "இல்லை"),
        "user": ("பயனர்", "பயனரிடம்", "பயனருக்கு"),
    },
    "fa": {
        "weak": ("دستیار", "عامل", "ربات", "ایجنت"),
        "ai": ("هوش مصنوعی", "دستیار هوش مصنوعی", "مدل زبانی"),
        "role": ("دستیار", "عامل", "ربات", "مدل", "ابزار", "ایجنت"),
        "auto": ("خودکار",),
        "label": ("یادداشت", "توجه", "دستورالعمل", "پیام", "مهم", "نکته"),
        "to": ("به", "برای"),
        "please": ("لطفا", "لطفاً", "فورا", "فوراً", "ابتدا", "سپس"),
        "neg": ("نه", "هرگز", "بدون"),
        "user": ("کاربر",),
    },
    "sw": {
        "weak": ("msaidizi", "wakala", "boti"),
        "ai": ("msaidizi wa ai", "wakala wa ai", "akili bandia", "akili mnemba"),
        "role": ("msaidizi", "wasaidizi", "wakala", "boti", "modeli", "zana"),
        "auto": ("kiotomatiki",),
        "label": ("ujumbe", "maelekezo", "maagizo", "kumbuka", "tahadhari", "muhimu"),
        "to": ("kwa",),
        "please": ("tafadhali", "mara moja", "kwanza", "kisha", "pia"),
        "neg": ("bila", "hapana", "kamwe"),
        "user": ("mtumiaji", "watumiaji"),
    },
    "ha": {
        "weak": ("mataimaki", "mataimakin", "wakili", "wakilin"),
        "ai": ("mataimakin ai", "wakilin ai", "basirar na'ura"),
        "role": ("mataimaki", "mataimakin", "wakili", "wakilin", "bot"),
        "label": ("sanarwa", "lura", "umarni", "muhimmi"),
        "to": ("ga", "zuwa"),
        "please": ("don allah", "yanzu", "da farko", "sannan"),
        "neg": ("kada", "kar", "ba"),
        "user": ("mai amfani",),
    },
    "tl": {
        "weak": ("katulong", "ahente", "asistant"),
        "ai": ("ai assistant", "ai na katulong", "artipisyal na intelihensiya"),
        "role": ("katulong", "ahente", "asistant", "bot", "modelo"),
        "label": ("paalala", "tala", "babala", "mahalaga", "mensahe"),
        "to": ("para sa", "sa"),
        "please": ("pakiusap", "paki", "agad", "muna", "tapos"),
        "neg": ("huwag", "wag", "hindi", "walang"),
        "user": ("gumagamit",),
    },
    # Nigerian Pidgin: English words, its own request and negation words ("abeg", "make you", "no tell")
    "pcm": {
        "please": ("abeg", "make you", "make una", "sharp sharp", "quick quick"),
        "relative": ("wey",),
        "neg": ("no",),
    },
}

ACT_VERBS_WORLD: dict[str, dict[str, tuple[str, ...]]] = {
    "bn": {
        "send": ("পাঠান", "পাঠাও", "পাঠিয়ে দিন", "ফরোয়ার্ড করুন", "আপলোড করুন", "শেয়ার করুন", "কপি করুন"),
        "pay": ("ট্রান্সফার করুন", "পরিশোধ করুন", "টাকা পাঠান", "জমা দিন"),
        "grant": ("যোগ করুন", "যুক্ত করুন", "অনুমতি দিন", "আমন্ত্রণ জানান"),
        "destroy": ("মুছে ফেলুন", "মুছুন", "ডিলিট করুন", "সরিয়ে দিন"),
        "degrade": ("বন্ধ করুন", "নিষ্ক্রিয় করুন", "বাদ দিন", "এড়িয়ে যান"),
        "approve": ("অনুমোদন করুন", "মার্জ করুন"),
        "exec": ("চালান", "চালাও", "রান করুন", "ইনস্টল করুন", "এক্সিকিউট করুন"),
        "redirect": ("বদলান", "পরিবর্তন করুন", "আপডেট করুন"),
    },
    "ur": {
        "send": ("بھیجیں", "بھیج دیں", "بھیجو", "فارورڈ کریں", "اپ لوڈ کریں", "شیئر کریں", "کاپی کریں"),
        "pay": ("ٹرانسفر کریں", "ادائیگی کریں", "رقم بھیجیں", "جمع کرائیں"),
        "grant": ("شامل کریں", "اجازت دیں", "مدعو کریں"),
        "destroy": ("حذف کریں", "ڈیلیٹ کریں", "مٹا دیں", "ہٹا دیں"),
        "degrade": ("بند کریں", "غیر فعال کریں", "بند کر دیں"),
        "approve": ("منظور کریں", "مرج کریں"),
        "exec": ("چلائیں", "رن کریں", "انسٹال کریں", "چلا دیں"),
        "redirect": ("تبدیل کریں", "بدل دیں", "اپڈیٹ کریں", "اپ ڈیٹ کریں"),
    },
    "mr": {
        "send": ("पाठवा", "पाठव", "फॉरवर्ड करा", "अपलोड करा", "शेअर करा", "कॉपी करा"),
        "pay": ("ट्रान्सफर करा", "पैसे पाठवा", "भरणा करा", "जमा करा"),
        "grant": ("जोडा", "परवानगी द्या", "आमंत्रित करा"),
        "destroy": ("हटवा", "डिलीट करा", "पुसून टाका", "काढून टाका"),
        "degrade": ("बंद करा", "अक्षम करा"),
        "approve": ("मंजूर करा", "मर्ज करा"),
        "exec": ("चालवा", "रन करा", "इन्स्टॉल करा", "इंस्टॉल करा"),
        "redirect": ("बदला", "अपडेट करा"),
    },
    "te": {
        "send": ("పంపండి", "పంపు", "ఫార్వర్డ్ చేయండి", "అప్లోడ్ చేయండి", "షేర్ చేయండి", "కాపీ చేయండి"),
        "pay": ("ట్రాన్స్ఫర్ చేయండి", "చెల్లించండి", "డబ్బు పంపండి"),
        "grant": ("జోడించండి", "అనుమతి ఇవ్వండి", "ఆహ్వానించండి"),
        "destroy": ("తొలగించండి", "డిలీట్ చేయండి", "చెరిపివేయండి"),
        "degrade": ("ఆపివేయండి", "నిలిపివేయండి", "డిసేబుల్ చేయండి"),
        "approve": ("ఆమోదించండి", "మెర్జ్ చేయండి"),
        "exec": ("రన్ చేయండి", "అమలు చేయండి", "ఇన్స్టాల్ చేయండి", "నడపండి"),
        "redirect": ("మార్చండి", "అప్డేట్ చేయండి"),
    },
    "ta": {
        "send": ("அனுப்பவும்", "அனுப்புங்கள்", "அனுப்பு", "பதிவேற்றவும்", "பகிரவும்", "நகலெடுக்கவும்"),
        "pay": ("பரிமாற்றம் செய்யவும்", "செலுத்தவும்", "பணம் அனுப்பவும்"),
        "grant": ("சேர்க்கவும்", "அனுமதி வழங்கவும்", "அழைக்கவும்"),
        "destroy": ("நீக்கவும்", "நீக்கு", "அழிக்கவும்"),
        "degrade": ("முடக்கவும்", "நிறுத்தவும்", "அணைக்கவும்"),
        "approve": ("அங்கீகரிக்கவும்", "இணைக்கவும்"),
        "exec": ("இயக்கவும்", "இயக்கு", "நிறுவவும்", "ரன் செய்யவும்"),
        "redirect": ("மாற்றவும்", "புதுப்பிக்கவும்"),
    },
    "fa": {
        "send": ("بفرست", "بفرستید", "ارسال کن", "ارسال کنید", "آپلود کن", "آپلود کنید", "به اشتراک بگذار", "کپی کن"),
        "pay": ("واریز کن", "واریز کنید", "انتقال بده", "انتقال دهید", "پرداخت کن", "پرداخت کنید"),
        "grant": ("اضافه کن", "اضافه کنید", "دسترسی بده", "دسترسی بدهید", "دعوت کن", "دعوت کنید"),
        "destroy": ("حذف کن", "حذف کنید", "پاک کن", "پاک کنید"),
        "degrade": ("غیرفعال کن", "غیرفعال کنید", "خاموش کن", "خاموش کنید", "دور بزن"),
        "approve": ("تایید کن", "تأیید کن", "تایید کنید", "تأیید کنید", "ادغام کن"),
        "exec": ("اجرا کن", "اجرا کنید", "نصب کن", "نصب کنید"),
        "redirect": ("تغییر بده", "تغییر دهید", "عوض کن", "بهروزرسانی کن"),
    },
    "sw": {
        "send": ("tuma", "tumeni", "peleka", "pakia", "shiriki", "nakili"),
        "pay": ("lipa", "lipeni", "hamisha"),
        "grant": ("ongeza", "mpe", "wape", "ruhusu", "alika"),
        "destroy": ("futa", "futeni", "ondoa"),
        "degrade": ("zima", "lemaza"),
        "approve": ("idhinisha", "unganisha"),
        "exec": ("endesha", "tekeleza", "sakinisha"),
        "redirect": ("badilisha", "sasisha"),
    },
    "ha": {
        "send": ("aika", "tura", "loda"),
        "pay": ("biya", "tura kuɗi", "tura kudi"),
        "grant": ("ƙara", "kara", "ba da izini", "gayyaci"),
        "destroy": ("goge", "share"),
        "degrade": ("kashe", "dakatar"),
        "exec": ("gudanar", "kunna", "shigar"),
        "redirect": ("canza", "sabunta"),
    },
    "tl": {
        "send": ("ipadala", "padalhan", "i-upload", "ibahagi", "i-forward", "ipasa"),
        "pay": ("magbayad", "bayaran", "ilipat", "i-transfer"),
        "grant": ("idagdag", "bigyan", "imbitahan"),
        "destroy": ("burahin", "tanggalin", "i-delete"),
        "degrade": ("i-disable", "patayin"),
        "approve": ("aprubahan", "i-merge"),
        "exec": ("patakbuhin", "i-run", "i-install", "isagawa"),
        "redirect": ("palitan", "baguhin", "i-update"),
    },
}

IMPERATIVE_ONLY_WORLD = ("bn", "ur", "mr", "te", "ta", "fa", "sw", "ha", "tl")

TARGETS_WORLD: dict[str, str] = {
    "secret": (r"পাসওয়ার্ড|টোকেন|গোপন|پاس\s?ورڈ|ٹوکن|کلید|خفیہ|पासवर्ड|टोकन|పాస్వర్డ్|టోకెన్|రహస్య|கடவுச்சொல்|டோக்கன்|"
               r"ரகசிய|رمز\s+عبور|گذرواژه|توکن|\b(?:nenosiri|nywila|tokeni|ufunguo|kalmar\s+sirri|maɓalli)\b"),
    "data": (r"ফাইল|ডেটা|তথ্য|ইমেইল|فائل|ڈیٹا|مواد|ای\s?میل|फाइल|डेटा|माहिती|ఫైల్|డేటా|సమాచారం|கோப்பு|தரவு|தகவல்|"
             r"فایل|داده|اطلاعات|ایمیل|\b(?:faili|taarifa|orodha|fayil|bayanai)\b"),
    "money": (r"টাকা|৳|অ্যাকাউন্ট|রقم|رقم|اکاؤنٹ|روپے|पैसे|खाते|డబ్బు|ఖాతా|பணம்|கணக்கு|مبلغ|حساب|یورو|دلار|ریال|تومان|"
              r"\b(?:pesa|akaunti|shilingi|tsh|ksh|kuɗi|kudi|asusu|naira|pera|piso)\b|₦|₹"),
    "privilege": (r"অ্যাডমিন|মালিক|ایڈمن|مالک|ॲडमिन|अ‍ॅडमिन|అడ్మిన్|యజమాని|நிர்வாகி|مدیر|دسترسی|\b(?:msimamizi|ruhusa)\b"),
    # (a database is a whole store, as "database" is in English: Bengali, Hindi, Urdu, Persian, Telugu, Tamil, Swahili)
    "scope": (r"সব|সমস্ত|সম্পূর্ণ|تمام|سارا|ساری|सर्व|संपूर्ण|అన్ని|మొత్తం|அனைத்து|எல்லா|همه|\b(?:wote|zote|yote|kila|duk|lahat)\b|"
              r"ডাটাবেস|ডেটাবেস|डेटाबेस|डाटाबेस|ڈیٹا\s?بیس|پایگاه\s+داده|డేటాబేస్|தரவுத்தளம்|\bhifadhidata\b|"
              r"\b(?:databáz\w*|baz[aei]\s+de\s+date|baza\s+podataka|podatkovn\w+\s+baz\w*)"),
    "protection": (r"নিরাপত্তা|যাচাই|ফায়ারওয়াল|سیکیورٹی|تصدیق|फायरवॉल|सुरक्षा|पडताळणी|భద్రత|ధృవీకరణ|ఫైర్వాల్|"
                   r"பாதுகாப்பு|சரிபார்ப்பு|ஃபயர்வால்|امنیت|احراز\s+هویت|فایروال|\b(?:usalama|uthibitisho)\b"),
}

PRESSURE_WORLD: dict[str, dict[str, tuple[str, ...]]] = {
    "conceal": {
        "bn": (r"(?:বলবেন|জানাবেন|বলো|জানিও|বলবে|জানাবে)\s+না",),
        "ur": (r"(?:مت|نہ)\s+بتا\S*", r"بتائے\s+بغیر"),
        "mr": (r"(?:सांगू|कळवू)\s+नका",),
        "te": (r"చెప్పవద్దు", r"చెప్పకండి", r"తెలియజేయవద్దు"),
        "ta": (r"(?:சொல்ல|தெரிவிக்க)\s+வேண்டாம்",),
        "fa": (r"نگو\S*", r"اطلاع\s+نده\S*"),
        "sw": (r"\busimwambie\b", r"\busimjulishe\b", r"\busiseme\b", r"\busiwaambie\b"),
        "ha": (r"\b(?:kada|kar)\s+(?:ka|ki)\s+(?:gaya|sanar)\w*",),
        "tl": (r"\b(?:huwag|wag)\s+(?:mo\s+|mong\s+|nang\s+)?(?:sabihin|ipaalam)\w*",),
        "pcm": (r"\b(?:no|make\s+you\s+no|make\s+una\s+no)\s+tell\s+(?:the\s+)?(?:user|oga|anybody|am)\b",),
        "arz": (r"\bم(?:ا\s+)?ت(?:قول|بلغ)ش\S*",),
        "yue": (r"唔好(?:話|講|同)\S{0,4}(?:知|聽)?", r"唔使(?:話|講|通知)"),
    },
    "claim": {
        "bn": (r"(?:অনুমতি|অনুমোদন)\s+দিয়েছেন", r"অনুমোদিত"),
        "ur": (r"(?:منظوری|اجازت)\s+دے\s+دی", r"منظور\s+کر\s+لیا"),
        "mr": (r"(?:मंजुरी|परवानगी)\s+दिली",),
        "te": (r"ఆమోదించారు", r"అనుమతి\s+ఇచ్చారు"),
        "ta": (r"(?:ஒப்புதல்|அனுமதி)\s+(?:அளித்து|கொடுத்து|வழங்கி)\S*",),
        "fa": (r"(?:تایید|تأیید|موافقت)\s+کرده", r"اجازه\s+داده"),
        "sw": (r"\b(?:ame|wame|ime)(?:idhinisha|kubali|idhinishwa)\b",),
        "ha": (r"\b(?:ya|ta|sun|an)\s+amince\b",),
        "tl": (r"\b(?:inaprubahan|aprubado|pumayag)\s+na\b",),
        "pcm": (r"\bdon\s+(?:approve|agree|gree|sign)\b",),
    },
    "unchecked": {
        "bn": (r"জিজ্ঞা(?:সা|স)\s+করবেন\s+না", r"জিজ্ঞাসা\s+না\s+করে"),
        "ur": (r"پوچھنے\s+کی\s+ضرورت\s+نہیں", r"بغیر\s+پوچھے", r"(?:مت|نہ)\s+پوچھ\S*"),
        "mr": (r"विचारू\s+नका", r"न\s+विचारता"),
        "te": (r"అడగవద్దు", r"అడగకుండా", r"అడగనవసరం\s+లేదు"),
        "ta": (r"கேட்க\s+வேண்டாம்", r"கேட்காமல்"),
        "fa": (r"نپرس\S*", r"بدون\s+پرسیدن"),
        "sw": (r"\busiulize\b", r"\bbila\s+kuuliza\b", r"\bhakuna\s+haja\s+ya\s+kuuliza\b"),
        "ha": (r"\b(?:kada|kar)\s+(?:ka|ki)\s+tambaya\b", r"\bba\s+tare\s+da\s+tambaya\w*"),
        "tl": (r"\b(?:huwag|wag)\s+(?:nang\s+)?magtanong\b", r"\bnang\s+hindi\s+nagtatanong\b"),
        "pcm": (r"\bno\s+(?:need\s+to\s+|dey\s+)?ask\s+(?:am|anybody|the\s+user)\b",),
        "arz": (r"\bم(?:ا\s+)?تسألش\S*", r"من\s+غير\s+ما\s+تسأل"),
    },
}

#: Egyptian Arabic and Cantonese forms, added to the Arabic and Chinese act tables.
AR_VERBS_EGYPTIAN: dict[str, tuple[str, ...]] = {
    "send": ("ابعت", "ابعتلي", "ابعته", "ابعتها"),
    "destroy": ("امسح", "شيل"),
    "exec": ("شغل",),
}
CJK_ACTS_WORLD: dict[str, tuple[str, ...]] = {
    "send": ("發送", "轉發", "上傳", "上載", "傳送", "發給", "寄俾"),
    "pay": ("轉賬", "轉帳", "匯款", "過數"),
    "destroy": ("刪除", "刪咗", "清除"),
    "exec": ("執行", "運行", "安裝", "下載"),
    "degrade": ("停用", "關閉", "跳過"),
}
CJK_PRESSURE_WORLD = "唔好話俾|唔使話俾|唔好講|唔使問|不要告訴|無需確認|已經同意|已批准|已授權"
CJK_ADDRESS_WORLD = ("ai助手", "ai 助手", "人工智慧", "智慧助理", "ai助理", "ai 助理", "語言模型")

#: The light verbs that make an English verb a request in Hindi, Urdu, Marathi, Bengali, Telugu, Tamil, Persian and Turkish
#: ("post करें", "upload করুন", "delete کریں", "run کنید"): what follows a verb to ask for it.
LIGHT_REQUESTS = ("कर दें", "करें", "करो", "कीजिए", "कर दो", "करा", "करून टाका", "করুন", "করো", "করে দিন", "کریں", "کر دیں", "کرو",
                  "చేయండి", "చెయ్యి", "செய்யவும்", "செய்யுங்கள்", "کن", "کنید", "بکن",
                  # Turkish ("sessions koleksiyonunu drop et", "merge edin") and Hindi written in Latin letters
                  # ("delete kar do", "bhej do" is a verb of its own)
                  "et", "edin", "etsin", "ediniz", "yap", "yapın", "karo", "kar do", "kar dein", "karein", "kijiye",
                  "kar dijiye")
