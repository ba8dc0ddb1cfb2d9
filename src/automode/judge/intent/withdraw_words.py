"""How people take a request back in a chat, as typed (session 16, G2): the rows `stance` reads beside its own.

Three tables, per language, each row a regular expression over the user's own words (read case-insensitively):

* `LEADS`: interjections that may open a withdrawal and say nothing themselves ("eh jangan dulu", "ой, не надо",
  "euh, laisse tomber", "ach, lass mal", "えっと、やっぱりいい", "啊算了");
* `WHOLE`: a whole withdrawal standing alone or before a comma ("no need", "keep them", "deixa pra lá",
  "sudah tidak usah", "thôi khỏi", "नहीं रहने दो", "забей", "hagyd", "עזוב", "huwag na");
* `WAITS`: a pause, which withdraws the act now and may say until what ("wait for QA", "not until the CI is
  green", "attends la fin de la CI", "tunggu QA selesai", "warte auf das Review", "espera a que pase la CI", "tomorrow",
  "besok aja"); a tail that goes on to ask for something ("wait for the build, then deploy") is no pause.

`CJK_WHOLE` / `CJK_WAIT_END` hold the phrases of the languages written without spaces (a withdrawal opens the
message; a pause may close it: "QAが終わるまで待って", "等QA测完再说", "QA 끝날 때까지 기다려").
Pure text; fixtures in `tests/judge/test_withdraw_words.py`.
"""

from __future__ import annotations

import unicodedata

from automode import lazyre

#: Interjections and fillers that may open a withdrawal ("eh", "ой", "euh", "ach", "ay", "aduh", "ah non").
LEADS: tuple[str, ...] = (
    r"eh+", r"ehm+", r"erm+", r"ah+", r"oh+", r"hmm+", r"hm+", r"mm+", r"uh+", r"um+", r"ugh", r"oops", r"whoops", r"ops", r"ups",
    r"argh", r"welp", r"yeah", r"yea", r"hey", r"hold\s+up", r"on\s+reflection", r"thinking\s+about\s+it", r"second\s+thought",
    r"on\s+second\s+thoughts?", r"ach", r"äh+m?", r"öh+", r"hm", r"na\s+ja", r"naja", r"also", r"moment", r"warte", r"upps",
    r"euh+", r"bah", r"ben", r"bon", r"ah\s+non", r"oh\s+non", r"attends", r"tiens", r"zut", r"mince", r"finalement",
    r"ay", r"ay\s+no", r"uy", r"eh\s+no", r"oye", r"mira", r"espera", r"vale", r"bueno", r"pensándolo\s+bien",
    r"opa", r"ih", r"ixi", r"putz", r"p[ôo]", r"olha", r"pensando\s+bem", r"beh", r"mah", r"boh", r"aspetta", r"allora",
    r"aduh", r"waduh", r"wah", r"lho", r"loh", r"eits", r"eh\s+bentar", r"hmm\s+bentar", r"oke", r"ok\s+deh", r"duh",
    r"ой", r"ай", r"эх", r"ну", r"блин", r"хм+", r"так", r"слушай", r"ой-ой", r"упс",
    r"oj", r"ojej", r"hmm", r"w\s+sumie", r"a\s+zreszt[ąa](?:\s+nie)?", r"zreszt[ąa](?:\s+nie)?", r"jednak", r"no\s+dobra", r"dobra", r"no", r"tak", r"ehh", r"aa", r"ồ", r"à", r"ờ", r"ơ", r"ủa", r"ừ",
    r"à\s+mà", r"thôi", r"hay\s+là", r"ya", r"aman", r"hımm", r"tamam", r"peki",
    r"arre", r"अरे", r"हम्म", r"अच्छा", r"अ+", r"accha", r"acha",
    r"nee", r"nein", r"não", r"нет", r"ні", r"ア", r"あっ?", r"えっと", r"うーん", r"あー", r"啊", r"哎", r"呃", r"嗯", r"诶", r"欸", r"아", r"음", r"어", r"아니",
    # "by the way" and "in fact", which open a later correction ("förresten, bara old-checkout", "übrigens nur dist",
    # "de hecho, solo el config"; session 20, K5)
    r"by\s+the\s+way", r"btw", r"in\s+fact", r"as\s+a\s+matter\s+of\s+fact", r"f[öo]rresten", r"faktiskt", r"egentligen",
    r"forresten", r"faktisk", r"egentlig", r"[üu]brigens", r"tats[äa]chlich", r"au\s+fait", r"d'?ailleurs", r"de\s+hecho",
    r"por\s+cierto", r"en\s+realidad", r"de\s+fato", r"ali[áa]s", r"a\s+prop[óo]sito", r"comunque", r"tra\s+l'?altro",
    r"in\s+effetti", r"trouwens", r"eigenlijk", r"swoj[ąa]\s+drog[ąa]", r"przy\s+okazji", r"mimochodem", r"vlastn[ěe]",
    r"кстати", r"вообще-то", r"на\s+самом\s+деле", r"до\s+речі", r"bu\s+arada", r"asl[ıi]nda", r"muuten", r"itse\s+asiassa",
    r"ngomong-ngomong", r"omong-omong", r"sebenarnya", r"nh[âa]n\s+ti[ệe]n", r"th[ựu]c\s+ra",
    r"أوه", r"آه", r"طيب", r"اه", r"استنى", r"استني", r"انتظر", r"لحظة", r"אה", r"אוי", r"רגע", r"ωχ", r"α", r"hopa", r"ajaj", r"jaj", r"na", r"nu", r"ay\s+naku",
)  # fmt: skip

#: Whole withdrawals, per language (beside `stance_withdraw._WHOLE`; every row here read the same way).
WHOLE: dict[str, tuple[str, ...]] = {
    "en": (r"nevermind", r"nm", r"hold\s+that(?:\s+thought)?", r"wait\s+no", r"no\s+wait", r"(?:ah|oh)\s+no", r"no\s+need(?:\s+(?:any\s*more|anymore|now|after\s+all|for\s+that|to))?", r"not\s+needed(?:\s+anymore)?",
           r"(?:we|i)\s+don'?t\s+need\s+(?:it|that|them|this)(?:\s+any\s*more)?", r"don'?t\s+do\s+(?:it|that|this|anything)",
           r"do\s+not\s+do\s+(?:it|that|this|anything)", r"no\s+thanks", r"nah(?:\s+(?:skip\s+it|leave\s+it))?", r"nope",
           r"scrap\s+(?:that|it)", r"scratch\s+it", r"forget\s+about\s+it", r"drop\s+the\s+idea", r"let\s+it\s+be",
           r"leave\s+(?:it|them|that|those|this|these)(?:\s+(?:be|alone|as\s+(?:it\s+)?is|as\s+they\s+are|there|for\s+now|untouched|in\s+place))?",
           r"keep\s+(?:it|them|that|those|this|these|everything)(?:\s+(?:for\s+now|as\s+(?:it\s+)?is|around|alone|there))?",
           r"stand\s+down", r"abort\s+mission", r"stop\s+right\s+there", r"i'?ll\s+pass", r"pass", r"don'?t\s+worry\s+about\s+(?:it|that)",
           r"(?:it'?s\s+)?(?:fine|ok|okay)\s+as\s+(?:it\s+)?is", r"not\s+today", r"not\s+this\s+time", r"hang\s+on",
           r"hold\s+on", r"hold\s+(?:it|that|up)", r"wait", r"skip\s+(?:that|this)", r"ignore\s+(?:it|my\s+last(?:\s+message)?|"
           r"what\s+i\s+(?:said|asked))", r"(?:on\s+)?second\s+thoughts?", r"(?:i'?ve|i\s+have)\s+changed\s+my\s+mind",
           r"(?:maybe|probably|better)\s+not", r"rather\s+not", r"i'?d\s+rather\s+not", r"let'?s\s+(?:not|leave\s+it|skip\s+it|hold)",
           r"that'?s\s+(?:not\s+needed|unnecessary)", r"no(?:\s+no)+", r"actually\s+never\s*mind"),
    "de": (r"lass\s+(?:es|das|sie|die|ihn|stecken|(?:es\s+|das\s+)?bleiben|(?:es\s+|das\s+)?sein)", r"nee,?\s+lass", r"vergiss(?:\s+es|\s+das)?",
           r"(?:erst\s*mal|erstmal|vorerst|jetzt)\s+nicht", r"besser\s+nicht", r"abwarten", r"nicht\s+(?:mehr\s+)?n[öo]tig",
           r"brauchst\s+du\s+nicht", r"musst\s+du\s+nicht", r"kannst\s+du\s+(?:es\s+|das\s+)?lassen", r"hat\s+sich\s+erledigt",
           r"mach\s+(?:das|es)\s+nicht", r"nicht\s+machen", r"mach\s+nichts", r"behalt(?:e)?\s+(?:sie|die|es|das|ihn)",
           r"bitte\s+nicht", r"warte\s+mal", r"stopp\s+mal", r"doch\s+lieber\s+nicht", r"ach\s+nee"),
    "fr": (r"non\s+merci", r"c'?est\s+bon", r"(?:ça|ca)\s+ira", r"pas\s+tout\s+de\s+suite", r"pas\s+pour\s+l'?instant",
           r"pas\s+pour\s+le\s+moment", r"surtout\s+pas", r"ne\s+fais\s+rien", r"ne\s+(?:le|la|les)\s+fais\s+pas",
           r"ne\s+fais\s+pas\s+(?:ça|ca)", r"fais\s+pas\s+(?:ça|ca)", r"annule\s+tout", r"on\s+arr[êe]te", r"tant\s+pis",
           r"laisse[sz]?[- ](?:les|le|la)", r"garde[sz]?[- ](?:les|le|la)", r"on\s+laisse(?:\s+(?:tomber|comme\s+(?:ça|ca)))?",
           r"laisse[sz]?\s+comme\s+(?:ça|ca)", r"pas\s+besoin", r"plus\s+besoin", r"on\s+verra", r"on\s+oublie", r"stop",
           r"non\s+finalement", r"bof(?:\s+non)?", r"tout\s+compte\s+fait,?\s+non"),
    "es": (r"no\s+hace\s+falta", r"ya\s+no\s+hace\s+falta", r"no\s+importa", r"d[ée]ja(?:lo|la|los|las)(?:\s+(?:as[ií]|estar|como\s+est[áa]))?",
           r"mejor\s+(?:lo\s+)?dej(?:a|e)mos", r"lo\s+dejamos", r"de\s+momento\s+no", r"por\s+ahora\s+no", r"ahora\s+no",
           r"para(?:\s+ya)?", r"quieto", r"no,?\s+gracias", r"mejor\s+d[ée]jalo", r"olv[ií]date", r"cancela\s+todo",
           r"nada", r"ni\s+lo\s+toques", r"no\s+lo\s+toques", r"mantenlos", r"cons[ée]rvalos", r"no\s+te\s+preocupes"),
    "pt": (r"deixa\s+(?:isso|eles|elas|pra\s+depois|para\s+depois|assim|quieto)", r"deixa(?:-os|-as|-o|-a)?", r"n[ãa]o\s+precisa(?:\s+mais)?",
           r"nem\s+precisa", r"pode\s+deixar", r"calma", r"por\s+enquanto\s+n[ãa]o", r"para(?:\s+a[íi])?", r"esquece\s+isso",
           r"n[ãa]o\s+mexe", r"mant[ée]m(?:\s+(?:eles|elas|isso))?", r"desencana", r"deixa\s+(?:pra|para)\s+l[áa]"),
    "it": (r"lasciali", r"lasciala", r"lascialo", r"lascia\s+(?:cos[iì]|stare|perdere)", r"non\s+serve(?:\s+pi[ùu])?",
           r"non\s+c'?[èe]\s+bisogno", r"per\s+ora\s+no", r"ferma(?:ti)?", r"fermo", r"non\s+importa", r"non\s+fa\s+niente",
           r"lascia\s+pure", r"tienili", r"tienila", r"tienilo", r"no\s+dai", r"dai,?\s+lascia\s+stare"),
    "nl": (r"hoeft\s+niet(?:\s+meer)?", r"laat\s+(?:ze|hem)\s+(?:maar\s+)?staan", r"laat\s+het\s+(?:maar\s+)?zo", r"nog\s+even\s+niet",
           r"toch\s+maar\s+niet", r"stop", r"laat\s+maar", r"niet\s+nodig", r"houd\s+ze", r"hou\s+ze"),
    "sv": (r"skit\s+i\s+det", r"drit\s+i\s+det", r"gi\s+bl[aa]f{1,2}en\s+i\s+det", r"vi\s+venter(?:\s+med\s+det)?", r"beh[öo]vs\s+inte", r"l[åa]t\s+dem\s+vara", r"ikke\s+endnu", r"ikke\s+enn[åa]", r"la\s+det\s+v[æa]re",
           r"ikke\s+n[øo]dvendig", r"ikke\s+n[øo]dvendigt", r"gl[öo]m\s+det", r"vent\s+lidt", r"vent\s+litt", r"inte\s+nu"),
    "pl": (r"to\s+nie", r"raczej\s+nie", r"zostaw(?:\s+(?:je|to|go|ją))?", r"nie\s+trzeba", r"ju[żz]\s+nie\s+trzeba", r"wstrzymaj\s+si[ęe]", r"na\s+razie\s+nie",
           r"odpu[śs][ćc]", r"olej\s+to", r"stop", r"nie\s+r[óo]b", r"daj\s+sobie\s+spok[óo]j", r"nie,?\s+jednak\s+nie"),
    "cs": (r"neřeš(?:\s+to)?", r"ner[eě][sš]", r"to\s+je\s+jedno", r"zat[íi]m\s+ne", r"nech(?:ej)?\s+(?:to|je)", r"nen[íi]\s+t[řr]eba",
           r"nech\s+to\s+plavat", r"nechaj\s+to", r"zabudni"),
    "ru": (r"стой", r"отставить", r"отмени(?:те)?", r"не\s+нужно", r"уже\s+не\s+нужно", r"не\s+стоит", r"пока\s+не\s+надо",
           r"пока\s+нет", r"давай\s+(?:потом|не\s+будем|позже)", r"не\s+будем", r"не,?\s+не\s+надо", r"оставь\s+(?:как\s+есть|их|его|её)",
           r"оставь(?:те)?", r"забей", r"передумал(?:а)?", r"не\s+трогай(?:те)?(?:\s+(?:их|его|её))?", r"не\s+надо(?:\s+(?:этого|пока))?",
           r"не\s+потрібно", r"поки\s+ні", r"залиш(?:и)?\s+як\s+є", r"облиш", r"не\s+чіпай", r"забудь(?:те)?", r"отбой",
           r"ничего\s+не\s+делай", r"не\s+сейчас", r"не\s+зараз"),
    "tr": (r"vazge[çc]tim", r"gerek\s+yok", r"gerek\s+kalmad[ıi]", r"[şs]imdilik\s+(?:dursun|bekle|kals[ıi]n)", r"kals[ıi]n", r"b[ıi]rak(?:\s+kals[ıi]n)?",
           r"iptal\s+et", r"yapma(?:y[ıi]n)?", r"dokunma", r"bo[şs]\s+ver", r"sonra(?:ya\s+b[ıi]rak)?"),
    "vi": (r"th[ôo]i\s+kh[ỏo]i", r"kh[ỏo]i(?:\s+c[ầa]n)?", r"kh[ôo]ng\s+c[ầa]n(?:\s+n[ữu]a)?", r"[đd][ừu]ng(?:\s+l[àa]m)?(?:\s+n[ữu]a)?",
           r"khoan(?:\s+[đd][ãa])?", r"[đd][ểe]\s+(?:sau|[đd][óo]|y[êe]n|v[ậa]y)", r"b[ỏo]\s+qua", r"th[ôo]i\s+b[ỏo]\s+[đd]i", r"th[ôo]i\s+[đd]i",
           r"h[ủu]y\s+(?:[đd]i|b[ỏo])", r"gi[ữu]\s+(?:l[ạa]i|nguy[êe]n)", r"kh[ôo]ng\s+l[àa]m\s+n[ữu]a", r"t[ừu]\s+t[ừu]"),
    "id": (r"(?:sudah|udah|udh|dah)\s+(?:tidak|nggak|gak|ga|ndak)\s+(?:usah|perlu|jadi)", r"(?:tidak|nggak|gak|ga|ndak|enggak)\s+(?:usah|perlu)(?:\s+(?:lagi|deh|aja|dulu))?",
           r"gausah", r"gajadi", r"skip\s+(?:aja|dulu)", r"batal(?:\s+(?:aja|saja|deh|dulu))?", r"nanti(?:\s+(?:dulu|aja|saja|deh))?",
           r"tahan\s+dulu", r"tunda(?:\s+(?:dulu|aja))?", r"biar(?:in|kan)(?:\s+(?:aja|saja|dulu))?", r"jangan(?:\s+(?:deh|dulu|ya|dong))?",
           r"stop\s+dulu", r"(?:ntar|entar)(?:\s+(?:aja|dulu|deh))?", r"udahan", r"simpan\s+(?:aja|saja)", r"tak\s+(?:payah|jadi|perlu)",
           r"huwag\s+(?:na|muna)", r"wag\s+(?:na|muna)", r"teka(?:\s+lang)?", r"kalimutan\s+mo\s+na", r"mamaya\s+na", r"sa\s+susunod\s+na"),
    "hi": (r"(?:नहीं\s+)?रहने\s+दो", r"छोड़\s*दो", r"जाने\s+दो", r"ज़रूरत\s+नहीं", r"जरूरत\s+नहीं", r"रद्द\s+करो", r"बाद\s+में",
           r"रुक\s+जाओ", r"मत\s+करना", r"(?:nahi(?:n)?\s+)?rehne\s+do", r"chhod\s*do", r"chhodo", r"jaane\s+do", r"zaroorat\s+nahi+n?",
           r"baad\s+(?:mein|me)", r"ruk\s+jao", r"mat\s+karna", r"koi\s+baat\s+nahi", r"رہنے\s+دو", r"چھوڑو", r"رکو", r"ابھی\s+نہیں",
           r"থাক", r"বাদ\s+দাও", r"দাঁড়াও", r"এখন\s+না"),
    "ar": (r"خلاص", r"لا\s+داعي", r"لا\s+حاجة", r"اتركه", r"اتركها", r"اتركهم", r"مش\s+لازم", r"بلاش", r"لاحقا", r"لاحقًا", r"ليس\s+الآن",
           r"ولش\s+کن", r"بیخیال", r"صبر\s+کن", r"فعلا\s+نه", r"لغوش\s+کن", r"نمی\s*خواد"),
    "he": (r"עזוב", r"תעזוב", r"לא\s+משנה", r"חכה", r"עוד\s+לא", r"בטל", r"אל\s+תעשה", r"לא\s+צריך"),
    "el": (r"[άα]σ'?\s*το", r"ξ[έε]χνα\s+το", r"περ[ίι]μενε", r"[όο]χι\s+ακ[όο]μα", r"ακ[ύυ]ρωσε", r"μην\s+το\s+κ[άα]νεις",
           r"δεν\s+χρει[άα]ζεται"),
    "ro": (r"las[ăa](?:-o|-l|-i)?(?:\s+balt[ăa])?", r"las-o\s+balt[ăa]", r"nu\s+mai", r"stai", r"a[șs]teapt[ăa]", r"[îi]nc[ăa]\s+nu",
           r"anuleaz[ăa]", r"nu\s+e\s+nevoie", r"uit[ăa](?:-te|\s+de\s+asta)?", r"las[ăa]\s+a[șs]a"),
    "hu": (r"hagyd(?:\s+(?:csak|ink[áa]bb))?", r"hagyjuk", r"m[ée]gse(?:m)?", r"v[áa]rj(?:\s+csak)?", r"m[ée]g\s+ne", r"felejtsd\s+el",
           r"nem\s+kell"),
    "fi": (r"anna\s+olla", r"antaa\s+olla", r"ei\s+tarvi(?:tse)?", r"j[äa]t[äa]\s+(?:se|ne)", r"unohda", r"ei\s+nyt"),
    "sw": (r"acha\s+tu", r"achana\s+na(?:yo|o)", r"subiri(?:\s+kwanza)?", r"bado", r"usifanye(?:\s+hivyo)?", r"wacha(?:\s+(?:kwanza|tu))?",
           r"ngoja(?:\s+kwanza)?", r"si\s+lazima", r"hakuna\s+haja", r"tuache(?:\s+kwanza)?"),
    # session 18 (I1): pauses said as "slow down" and the languages no row held
    "slow": (r"slow\s+down", r"not\s+so\s+fast", r"hold\s+your\s+horses", r"easy\s+(?:there|now)", r"pump\s+the\s+brakes",
             r"(?:mal\s+)?langsam", r"moment\s+mal", r"nicht\s+so\s+schnell", r"doucement", r"pas\s+si\s+vite",
             r"despacio", r"con\s+calma", r"calma\s+a[íi]", r"pera(?:[íi]|\s+a[íi])?", r"espera\s+a[íi]", r"piano", r"con\s+calma",
             r"rustig\s+aan", r"wacht\s+even", r"sakta\s+i\s+backarna", r"ta\s+det\s+lugnt", r"powoli", r"spokojnie",
             r"czekaj", r"pomalu", r"погоди(?:те)?", r"подожди(?:те)?", r"тише", r"не\s+спеши", r"yava[şs]", r"dur",
             r"bekle\s+bir", r"pelan[- ]pelan", r"sabar", r"t[ừu]\s+t[ừu]", r"hinay\s+lang", r"teka\s+muna"),
    "lt": (r"palauk(?:ite)?", r"nereikia", r"nedaryk(?:ite)?", r"palik(?:ite)?(?:\s+kaip\s+yra)?", r"pamir[šs]k", r"sustok"),
    "lv": (r"pagaidi(?:et)?", r"nevajag", r"nedari", r"atst[āa]j(?:\s+k[āa]\s+ir)?", r"aizmirsti"),
    "et": (r"oota(?:ke)?(?:\s+natuke)?", r"pole\s+vaja", r"[äa]ra\s+tee", r"j[äa]ta(?:\s+nii)?", r"unusta"),
    "ca": (r"espera(?:'t)?", r"deixa(?:-ho|-los|-les|-la|-lo)?(?:\s+(?:estar|córrer|correr))?", r"no\s+cal", r"millor\s+no",
           r"oblida(?:-ho|-te'n)", r"ara\s+no", r"de\s+moment\s+no"),
    "sk": (r"po[čc]kaj(?:te)?", r"netreba", r"nerob(?:te)?(?:\s+to)?", r"nechaj(?:te)?(?:\s+to)?", r"zabudni"),
    "hr": (r"[čc]ekaj", r"nemoj(?:te)?", r"ne\s+treba", r"pusti\s+to", r"stani", r"zaboravi"),
    "sl": (r"po[čc]akaj", r"ne\s+rabi[mš]?", r"pusti(?:\s+to)?", r"ni\s+treba"),
    "bg": (r"чакай", r"недей", r"не\s+трябва", r"остави(?:\s+го)?", r"забрави"),
    "uk": (r"зачекай(?:те)?", r"не\s+треба", r"стривай", r"почекай"),
    "fi2": (r"odota(?:\s+(?:vähän|hetki))?", r"[äa]l[äa]\s+tee", r"ei\s+tarvitse"),
    "is": (r"b[íi]ddu", r"sleppt?u\s+[þt]v[íi]", r"ekki\s+gera"),
    "ms": (r"tunggu\s+(?:dulu|sekejap|kejap)", r"tak\s+payah", r"tak\s+perlu", r"jangan\s+dulu"),
    # session 19 (J4): brakes and "not after all" as people type them
    "brake": (r"(?:при|за)?тормози(?:те)?", r"тормозни(?:те)?", r"стопэ", r"стопе", r"doe\s+(?:het\s+)?(?:maar\s+)?niet",
              r"toch\s+niet(?:\s+doen)?", r"(?:lieber\s+)?doch\s+nicht(?:\s+machen)?", r"halt\s+stopp", r"frena(?:\s+un\s+(?:poco|attimo|momento))?",
              r"para\s+el\s+carro", r"segura\s+a[íi]", r"n[ãa]o\s+faz(?:\s+isso)?", r"pera\s+l[áa]", r"dur\s+bir\s+(?:dakika|saniye)",
              r"hold\s+your\s+(?:fire|horses)", r"hang\s+fire(?:\s+on\s+(?:that|it|this))?", r"put\s+a\s+pin\s+in\s+(?:it|that)", r"v[äa]nta\s+lite", r"ng[ừu]ng\s+l[ạa]i", r"tahan(?:\s+dulu)?", r"pas\s+encore"),
}  # fmt: skip

#: Pauses: the act waits for something else. A row may be followed by what it waits for (a few words), but not by
#: a request of its own ("wait for the build, then deploy": the tail's `THEN` word ends the pause reading).
WAITS: dict[str, tuple[str, ...]] = {
    "en": (r"wait(?:\s+(?:for|until|till|on|with\s+(?:it|that|this)))\b", r"hold\s+(?:off|it|that)\s+(?:until|till|for)\b",
           r"not\s+(?:until|till|before)\b",
           r"(?:let'?s\s+)?(?:do\s+(?:it|that|this)\s+)?(?:tomorrow|tonight|next\s+(?:week|sprint|release)|on\s+(?:monday|tuesday|"
           r"wednesday|thursday|friday)|after\s+(?:lunch|the\s+weekend|the\s+freeze|the\s+release|the\s+demo))\b",
           r"(?:it|that|this)\s+can\s+wait\b", r"(?:let'?s|we'?ll|we\s+should)\s+wait\b", r"not\s+before\b"),
    "de": (r"warte?\s+(?:auf|bis|mit|noch)\b", r"(?:lieber\s+|erst\s+)?morgen\b",
           r"n[äa]chste\s+woche\b", r"nicht\s+vor\b", r"das\s+kann\s+warten\b"),
    "fr": (r"attends?\s+(?:la|le|les|que|qu'|l'|jusqu|d'abord|encore)", r"attendez\s+(?:la|le|les|que|qu'|l')", r"(?:plut[ôo]t\s+)?demain\b",
           r"pas\s+avant\b", r"la\s+semaine\s+prochaine\b", r"on\s+attend\b",
           r"(?:ça|ca)\s+peut\s+attendre\b"),
    "es": (r"espera\s+(?:a|al|hasta|que|la|el|los)\b", r"esperemos\b", r"(?:mejor\s+)?ma[ñn]ana\b",
           r"no\s+antes\s+de\b", r"la\s+semana\s+que\s+viene\b", r"puede\s+esperar\b"),
    "pt": (r"espera\s+(?:o|a|os|as|at[ée]|que)\b", r"(?:melhor\s+)?amanh[ãa]\b", r"n[ãa]o\s+antes\s+d[oa]\b",
           r"pode\s+esperar\b", r"vamos\s+esperar\b"),
    "it": (r"aspetta(?:te)?\s+(?:che|il|la|i|le|lo|fino|prima)\b", r"(?:meglio\s+)?domani\b",
           r"non\s+prima\s+d", r"pu[òo]\s+aspettare\b"),
    "nl": (r"wacht\s+(?:op|tot|even|nog)\b", r"(?:liever\s+)?morgen\b", r"niet\s+voor\b"),
    "sv": (r"v[äa]nta\s+(?:p[åa]|tills|med)\b", r"vent\s+(?:p[åa]|til|med)\b", r"i\s+morgon\b", r"i\s+morgen\b"),
    "pl": (r"(?:po)?czekaj\s+(?:na|a[żz]|do|z)\b", r"jutro\b", r"nie\s+przed\b"),
    "cs": (r"po[čc]kej\s+(?:na|a[žz]|s)\b", r"z[íi]tra\b"),
    "ru": (r"подожди(?:те)?\s+(?:пока|до|с|,)", r"погоди(?:те)?\s+(?:пока|до|с)\b", r"ждём\b", r"ждем\b", r"завтра\b",
           r"не\s+раньше\b", r"почекай\s+(?:поки|до)\b", r"може\s+почекати\b", r"может\s+подождать\b"),
    "tr": (r"bekle\b", r"(?:[şs]imdilik\s+)?yar[ıi]n\b", r"[a-zçğıöşü]+\s+bitsin\b", r"[a-zçğıöşü]+\s+bitince\b", r"[a-zçğıöşü]+\s+sonra(?:ya)?\b"),
    "vi": (r"(?:ch[ờo]|[đd][ợo]i)\s+\S", r"(?:[đd][ểe]\s+)?mai\b", r"(?:[đd][ểe]\s+)?ng[àa]y\s+mai\b", r"[đd][ểe]\s+(?:tu[ầa]n\s+sau|l[úu]c\s+kh[áa]c)"),
    "id": (r"tunggu\s+\S", r"(?:besok|lusa)(?:\s+(?:aja|saja|deh))?\b", r"minggu\s+depan\b"),
    "hi": (r"कल\b", r"इंतज़ार\s+करो", r"इंतजार\s+करो", r"kal\s+(?:karna|karenge|kar\s+lena)\b", r"ruko\s+\S",
           r"intezaar\s+karo\b"),
}  # fmt: skip
#: "After X" said alone: the act waits for an event ("after the CI", "nach dem Review", "après la QA", "setelah QA",
#: "после ревью"). Read only when the tail names an event (`EVENTS`): "after the migration the app crashed" reports.
AFTERS: tuple[str, ...] = (
    r"(?:only\s+|not\s+)?(?:after|once)", r"(?:erst\s+)?nach", r"(?:seulement\s+|pas\s+)?apr[èe]s", r"(?:solo\s+|s[óo]lo\s+)?despu[ée]s\s+de",
    r"(?:s[óo]\s+)?depois\s+d[oa]s?", r"(?:solo\s+)?dopo", r"(?:pas\s+)?na", r"(?:f[öo]rst\s+)?efter", r"(?:dopiero\s+)?po",
    r"(?:a[žz]\s+)?po", r"(?:только\s+)?после", r"(?:тільки\s+)?після", r"(?:nanti\s+)?(?:setelah|sesudah|habis)", r"sau\s+khi",
    r"\S+\s+(?:के\s+)?बाद", r"sonra",
)  # fmt: skip
#: Events a pause waits for, in the words of the trade most languages keep ("QA", "CI", "review", "release").
EVENTS = lazyre.compile(r"(?i)\b(?:qa|ci|cd|review\w*|revue|revisi[óo]n|revis[ãa]o|ревью|test\w*|тест\w*|release|релиз\w*|demo|"
                        r"freeze|merge|approval|sign[- ]?off|meeting|lunch|weekend|standup|deploy\w*|build|pipeline|checks?|green|"
                        r"changelog|rollout|smoke|audit|backup|approv\w*|feu\s+vert)\b")  # fmt: skip
#: A tail that goes on to ask for something: "wait for the build, then deploy", "espera a la CI y despliega".
THEN = lazyre.compile(r"(?i)\b(?:then|and\s+then|afterwards|and|puis|ensuite|et|dann|danach|und|luego|despu[ée]s|y|depois|e|poi|"
                      r"quindi|daarna|en|sedan|och|potem|потом|затем|и|потім|lalu|kemudian|terus|dan|habis\s+itu|sau\s+[đd][óo]|"
                      r"r[ồo]i|v[àa]|sonra|ve|फिर|और)(?!\w)|然后|再(?!说)|してから|하고\s")  # fmt: skip
#: Words a pause's tail says at most (a longer message is read clause by clause by `text`); "after X" at most 4.
WAIT_TAIL_WORDS = 8
AFTER_TAIL_WORDS = 4

#: Phrases of the languages written without spaces that open a withdrawal ("やっぱりいいや", "算了", "됐어").
CJK_WHOLE: tuple[str, ...] = (
    r"やっぱ(?:り)?(?:いい|やめ|なし|止め)", r"いいや", r"やっぱいいや", r"やめとく", r"しなくて(?:いい|大丈夫)", r"しないで", r"不要です",
    r"そのまま(?:で|にして)", r"残して(?:おいて)?", r"ストップ", r"待った", r"まだいい", r"まだ(?:待って|だめ|ダメ)", r"今は(?:やめて|しないで)",
    r"别了", r"不要了", r"不必了", r"没必要", r"不用(?:了|做|弄)?", r"先(?:放着|留着|等等|停)", r"留着", r"别动", r"停一下", r"再说吧", r"回头再说",
    r"稍等", r"先等等", r"等会(?:儿)?", r"等下", r"先不(?:用|做|弄|发|删|合)", r"先别(?:动|发|删|合|做|弄)?",
    r"됐어(?:요)?", r"하지\s*마(?:세요)?", r"잠깐만(?:요)?", r"아직(?:은)?", r"기다려(?:줘|주세요)?", r"그냥\s*(?:둬|놔둬|두세요)",
    r"냅둬", r"놔둬", r"멈춰(?:줘|요)?", r"스톱", r"필요\s*없어(?:요)?", r"안\s*해도\s*(?:돼|됩니다)", r"나중에\s*(?:해|하자)",
    r"ไม่ต้อง(?:แล้ว)?", r"ช่างมัน", r"ไว้ก่อน", r"ไว้ทีหลัง", r"พอแล้ว",
)  # fmt: skip
#: A pause that closes the message in those languages ("QAが終わるまで待って", "等QA测完再说", "QA 끝날 때까지 기다려").
CJK_WAIT_END: tuple[str, ...] = (
    r"まで(?:は)?\s*待って(?:ください|ね|て)?", r"(?:て|で)から(?:に)?(?:して|しよう)?", r"明日(?:で|に)?(?:いい|しよう|やろう)?",
    r"再说(?:吧)?", r"(?:之后|以后)再(?:说|做|弄)?(?:吧)?", r"明天(?:再)?(?:说|做|弄)?(?:吧)?",
    r"까지\s*기다려(?:줘|주세요)?", r"(?:하고|끝나고|나서)\s*(?:해|하자|해줘)", r"내일\s*(?:해|하자|해줘)?",
    # a wait said last, after what it waits for ("あ、QA まって", "QA 等一下", "QA 기다려"; session 23)
    r"(?:待|ま)って(?:て|ください|ね)?", r"等(?:一下|等|着)", r"기다려(?:줘|주세요)?",
)  # fmt: skip


#: Particles and fillers that may follow a withdrawal ("ntar dulu deh", "lass mal bitte", "rehne do yaar").
TRAIL = (r"(?:\s+(?:please|pls|plz|for\s+now|then|deh|dong|aja|ya|dulu|lah|sih|nih|bitte|mal|doch|svp|stp|por\s+favor|"
         r"per\s+favore|yaar|bhai|ji|bro|man|guys|ok|okay|thanks|danke|merci|gracias|obrigad[oa]|grazie|спасибо|пожалуйста|"
         r"pala|muna|kwanza|tu|mal|noch|ainda|ancora|todav[íi]a|encore|jeszcze|ещё|еще|lieber|besser|eher|rather|mieux|"
         r"mejor|meglio|melhor|liever|hellre|raczej|лучше))*")


def alternation(rows: dict[str, tuple[str, ...]]) -> str:
    """One alternation of every row of a per-language table."""
    return "|".join(p for ps in rows.values() for p in ps)


def within_withdrawal(words: frozenset[str], phrase: str) -> bool:
    """Every word is a word of the withdrawal phrase itself ("nech to být": the gloss reads `být` as an object to
    keep, which would make the withdrawal a hands-off fence on "byt" and leave the request in force)."""
    flat = "".join(c for c in unicodedata.normalize("NFKD", phrase.lower()) if not unicodedata.combining(c))
    return all(w in flat for w in words)
