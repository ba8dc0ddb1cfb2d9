"""Home automation entities (F4, session 15; issue 12): the device a call switches against the one the user named or
described.

Home Assistant names every device `domain.object_id` (`light.kitchen`, `switch.serverkast_stroom`,
`climate.living_room`). The user names one by its id ("turn off light.kitchen") or describes it ("zet het licht op
zolder uit", "mach die Heizung im Bad aus"). A call that changes a device (a service other than a read, on any
surface: an MCP tool's `entity_id`, `hass-cli`, the REST API's JSON body) is compared with that:

* an id named and another one used (`light.kitchen_2` for `light.kitchen`; `switch.x` for `light.x`) is another
  device (`intent.identity` compares ids of this shape too: `shape` "entity");
* a description answered with an entity of another kind than the described one (`DOMAIN_WORDS`: "licht", "lamp",
  "Heizung", "blinds" in the user's language) whose own name shares no word with the description is another device:
  refused (a light asked, the server cabinet's power switch cut); the described kind with none of the described
  words is asked.

`other_entity(a)` returns ("deny" | "ask", why) or None.
"""

from __future__ import annotations

import re
from functools import lru_cache

from automode import lazyre
from automode.typing_lite import TYPE_CHECKING

if TYPE_CHECKING:
    from automode.analysis import Analysis

# fmt: off
#: Home Assistant domains whose entities a call switches, with the words users name that kind of device by (en, de,
#: nl, fr, es, pt, it, pl, cs, sv, fi, tr, vi, id, ru/uk, zh, ja, ko).
DOMAIN_WORDS: dict[str, frozenset[str]] = {
    "light": frozenset({"light", "lights", "lamp", "lamps", "bulb", "licht", "lichter", "lampe", "lampen", "leuchte", "lumière",
                        "lumières", "lumiere", "luz", "luces", "lámpara", "lâmpada", "luce", "luci", "lampada",
                        "światło", "lampa", "světlo", "ljus", "lampan", "valo", "ışık", "lamba", "đèn", "lampu", "свет",
                        "лампа", "світло", "灯", "燈", "電気", "ライト", "照明", "조명", "불", "전등"}),
    "switch": frozenset({"switch", "plug", "socket", "outlet", "power", "schalter", "steckdose", "stekker", "schakelaar",
                         "stopcontact", "prise", "interrupteur", "enchufe", "interruptor", "tomada", "presa", "gniazdko",
                         "zásuvka", "uttag", "pistorasia", "priz", "ổ", "stopkontak", "розетка", "插座", "開関", "コンセント",
                         "스위치", "콘센트", "stroom", "strom"}),
    "climate": frozenset({"thermostat", "heating", "heater", "ac", "aircon", "heizung", "klima", "verwarming", "chauffage",
                          "clim", "climatisation", "calefacción", "calefaccion", "aquecimento", "riscaldamento",
                          "ogrzewanie", "topení", "värme", "lämmitys", "ısıtma", "máy", "отопление", "кондиционер",
                          "暖气", "空调", "エアコン", "暖房", "난방", "에어컨"}),
    "lock": frozenset({"lock", "door", "schloss", "tür", "slot", "deur", "serrure", "porte", "cerradura", "puerta",
                       "fechadura", "porta", "serratura", "zamek", "drzwi", "zámek", "dveře", "lås", "dörr", "lukko",
                       "ovi", "kilit", "kapı", "khóa", "cửa", "kunci", "pintu", "замок", "дверь", "门锁", "锁", "鍵", "ドア",
                       "잠금", "도어락", "문"}),
    "cover": frozenset({"blind", "blinds", "shutter", "shutters", "curtain", "curtains", "garage", "rollladen", "jalousie",
                        "rolluik", "rolluiken", "gordijn", "volet", "volets", "store", "persiana", "persianas", "estore",
                        "tapparella", "roleta", "žaluzie", "persienn", "kaihdin", "panjur", "rèm", "tirai", "жалюзи",
                        "штора", "窗帘", "ブラインド", "カーテン", "블라인드", "커튼"}),
    "fan": frozenset({"fan", "ventilator", "lüfter", "ventilateur", "ventilador", "ventilatore", "wiatrak", "větrák",
                      "fläkt", "tuuletin", "vantilatör", "quạt", "kipas", "вентилятор", "风扇", "扇風機", "선풍기"}),
    "media_player": frozenset({"tv", "television", "speaker", "sonos", "fernseher", "lautsprecher", "televisie", "tele",
                               "télé", "enceinte", "televisor", "altavoz", "televisão", "televisione", "telewizor",
                               "televize", "teve", "telkkari", "televizyon", "tivi", "телевизор", "电视", "テレビ", "티비"}),
    "vacuum": frozenset({"vacuum", "roomba", "staubsauger", "saugroboter", "stofzuiger", "aspirateur", "aspiradora",
                         "aspirador", "aspirapolvere", "odkurzacz", "vysavač", "dammsugare", "imuri", "süpürge",
                         "пылесос", "扫地机", "掃除機", "청소기"}),
    "alarm_control_panel": frozenset({"alarm", "alarmanlage", "alarme", "alarma", "allarme", "сигнализация", "警报", "警報",
                                      "경보"}),
    "camera": frozenset({"camera", "cam", "kamera", "caméra", "cámara", "câmera", "telecamera", "камера", "摄像头",
                         "カメラ", "카메라"}),
    "siren": frozenset({"siren", "sirene", "sirène", "sirena", "сирена"}),
}
# fmt: on
_DOMAINS = "|".join(sorted({*DOMAIN_WORDS, "sensor", "binary_sensor", "scene", "script", "automation", "input_boolean",
                            "input_number", "input_select", "button", "number", "select", "humidifier", "water_heater",
                            "valve", "remote", "timer", "counter", "group", "lawn_mower"}, key=len, reverse=True))
#: One entity id (`light.kitchen_2`), as a whole value.
ENTITY = lazyre.compile(r"^(?:" + _DOMAINS + r")\.[a-z0-9_]+$")
#: Service names (`switch.turn_off`, `cover.open_cover`, `light.toggle`): written like an entity id, not a device.
_SERVICE = (r"(?!(?:turn_on|turn_off|toggle|lock|unlock|open|reload|start|stop|pause|press|trigger|increment|decrement|"
            r"reset|locate|return_to_base|clean_spot|(?:set|open|close|stop|play|media|select|alarm|volume|send|"
            r"start|toggle)_\w+)(?![\w.]))")
_ENTITY_IN = lazyre.compile(r"(?<![\w.])((?:" + _DOMAINS + r")\." + _SERVICE + r"[a-z0-9_]+)(?![\w.])")
#: Services and tools that only read a device's state.
_READS = lazyre.compile(r"(?i)(?:^|_|\b)(?:get|list|read|search|history|logbook|state|states|status|describe|fetch|"
                        r"render|template|find|query)(?:_|\b|$)")
_WORD = lazyre.compile(r"[^\W\d_]{3,}|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]+")


def _entities(a: Analysis) -> list[str]:
    """The entity ids a call that changes something acts on, on any surface; [] for reads."""
    tool = a.action.tool
    if tool.startswith("mcp__"):
        if _READS.search(tool.rsplit("__", 1)[-1]):
            return []
        import json

        try:
            text = json.dumps(a.action.input, ensure_ascii=False)[:8000]
        except (TypeError, ValueError):
            return []
        service = str(a.action.input.get("service") or a.action.input.get("action") or "")
        if service and _READS.search(service):
            return []
    elif a.shell:
        text = a.command_text[:8000]
        if not re.search(r"(?i)hass-cli|/api/services/|homeassistant|home-assistant|\bha\s+", text):
            return []
    else:
        return []
    return list(dict.fromkeys(m.group(1) for m in _ENTITY_IN.finditer(text.lower())))


def _kinds_in(words: frozenset[str]) -> set[str]:
    return {d for d, ws in DOMAIN_WORDS.items() if words & ws}


@lru_cache(maxsize=128)
def _said(messages: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """(the entity ids the user wrote, the words of the newest message that describes a device)."""
    text = "\n".join(m[:4000] for m in messages).lower()
    ids = frozenset(m.group(1) for m in _ENTITY_IN.finditer(text))
    for m in reversed(messages):
        words = frozenset(_WORD.findall(m.lower()[:4000]))
        if _kinds_in(words):
            return ids, words
    return ids, frozenset()


def _parts(entity: str) -> frozenset[str]:
    return frozenset(p for p in re.split(r"[._]", entity.split(".", 1)[1]) if len(p) >= 3)


def other_entity(a: Analysis) -> tuple[str, str] | None:
    """("deny" | "ask", why) when a call switches a device other than the one the user named or described."""
    if not a.ctx.user_messages:
        return None
    got = _entities(a)
    if not got:
        return None
    ids, words = _said(tuple(a.ctx.user_messages))
    if ids:
        other = [e for e in got if e not in ids]
        if other:
            return "deny", f"you named {', '.join(sorted(ids)[:3])}; this acts on {other[0]}, another device"
        return None
    if not words:  # no device described: a device switched that no word of the user's names is asked
        said = frozenset(_WORD.findall("\n".join(a.ctx.user_messages).lower()[:8000]))
        e = next((e for e in got if not _parts(e) & said), None)
        return None if e is None else ("ask", f"none of your words name {e}; confirm you want it switched")
    kinds = _kinds_in(words)
    for e in got:
        domain = e.split(".", 1)[0]
        parts = _parts(e)
        shared = parts & words or any(len(p) >= 4 and any(p in w or w in p for w in words if len(w) >= 4) for p in parts)
        if shared or (_kinds_in(parts) & kinds):
            continue  # `switch.zolder_licht` for "het licht op zolder"
        if domain not in kinds:
            return "deny", f"you described a {'/'.join(sorted(kinds))}; this acts on {e}, a {domain} none of your words name"
        return "ask", f"none of your words name {e}; confirm it is the {domain} you meant"
    return None
