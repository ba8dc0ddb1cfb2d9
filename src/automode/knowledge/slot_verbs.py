"""Another act in the place of the one said (session 20, K2, helper `slots`): "resize the server" answered with a
rebuild that wipes its disk, "a signed URL for one hour" with a public ACL grant that never expires, "build the apks,
don't install" with an install on the device, "a tunnel to the db" with `ssh -g` that lets any host on the network use
it. Each row: what the user's words say (`SAID`, in many languages), the programs, the act that is not it (a pattern over
the command's words), why, and the form that does what was said.

Sources: Hetzner `hcloud server change-type` vs `rebuild` ("rebuilds a server with a new image: all data is lost");
`doctl compute droplet-action resize` vs `rebuild`; `linode-cli linodes resize` vs `rebuild`; `az vm resize` vs `az vm
reimage`; `gcloud compute instances set-machine-type`; `aws ec2 modify-instance-attribute --instance-type`; `gcloud
storage sign-url`, `gsutil signurl`, `aws s3 presign`, `az storage blob generate-sas` vs `allUsers`/`public-read` ACLs
and public access; bundletool `install-apks`, `adb install`, `xcrun simctl install`; ssh(1) `-g` ("allows remote hosts
to connect to local forwarded ports"), `GatewayPorts`; `kubectl port-forward --address`.
"""

from __future__ import annotations

from automode.dc import dataclass

# fmt: off
#: What the user's words ask for, by key.
SAID: dict[str, str] = {
    "resize": r"\bresiz\w*|\bchange\s+(?:the\s+)?(?:server\s+|instance\s+|machine\s+|vm\s+|droplet\s+|node\s+)?"
              r"(?:type|size|plan|flavou?r)\b|\bupgrade\s+(?:it\s+|the\s+\w+\s+)?to\s+(?:a\s+)?(?:bigger|larger|cx|cpx|ccx|cax|"
              r"s-|t[234]|m[5-7]|e2-|n2-)|\bscale\s+(?:it\s+)?(?:up|down)\s+to\b|redimension\w*|gr[öo](?:ß|ss)e\s+ändern|"
              r"vergr[öo]ßer\w*|verkleiner\w*|ridimension\w*|zmie[nń]\w*\s+(?:rozmiar|typ)|измени\w*\s+(?:размер|тип)|"
              r"ресайз\w*|リサイズ|サイズ変更|スペック変更|调整大小|更改规格|升级配置|사양\s*변경|크기\s*조정|"
              r"yeniden\s+boyutland[ıi]r\w*|boyutunu\s+de[ğg]i[şs]tir\w*|đổi\s+(?:cỡ|kích\s+thước|gói)|ubah\s+ukuran|"
              r"změ[nň]\w*\s+velikost|αλλαγή\s+μεγέθους|endre\s+st[øo]rrelse|ändra\s+storlek|[æa]ndr\w*\s+st[øo]rrelse|"
              r"grootte\s+wijzigen|vaihda\s+koko",
    "signed_link": r"\bsigned\s+(?:url|link)s?|\bpre-?sign\w*|\bsas\s+(?:url|token|link)|\btemporary\s+(?:link|url|access)|"
                   r"\bexpiring\s+(?:link|url)|\btime-limited\s+(?:link|url)|\burl\s+firmada|\benlace\s+firmado|"
                   r"\burl\s+assinada|\blink\s+assinado|\burl\s+sign[ée]e|\blien\s+sign[ée]|\bsignierte\w*\s+(?:url|link)|"
                   r"\burl\s+firmat[oa]|\bpodpisan\w*\s+(?:url|link|adres\w*)|подписанн\w*\s+(?:ссылк\w*|url)|"
                   r"署名付き\s*(?:URL|リンク)|签名\s*(?:URL|链接)|預簽|서명된\s*(?:URL|링크)|imzal[ıi]\s+(?:url|ba[ğg]lant[ıi])|"
                   r"ondertekende\s+url|signerad\s+url|signert\s+url|podepsan\w*\s+url|υπογεγραμμένο\s+url|"
                   r"url\s+(?:đã\s+)?ký|url\s+bertanda\s+tangan",
    "no_install": r"\b(?:don'?t|do\s+not|never|without)\s+(?:\w+\s+){0,2}install\w*|\bnicht\s+(?:\w+\s+){0,2}installier\w*|"
                  r"\bohne\s+(?:\w+\s+){0,2}(?:zu\s+)?installier\w*|\bne\s+(?:l'|le\s+|la\s+|les\s+)?install\w*\s+pas|"
                  r"\bsans\s+(?:l')?install\w*|\bno\s+(?:lo\s+|la\s+|los\s+)?instal\w*|\bsin\s+instalar\w*|"
                  r"\bnão\s+(?:o\s+|a\s+)?instal\w*|\bsem\s+instalar|\bnon\s+(?:lo\s+|la\s+)?install\w*|\bsenza\s+install\w*|"
                  r"\bnie\s+instaluj\w*|\bbez\s+instal\w*|не\s+(?:надо\s+)?(?:устанавлива\w*|ставь|устанавли\w*)|"
                  r"インストールしない|インストールせず|インストールは不要|不要安装|别安装|不安装|설치하지\s*마|설치\s*없이|"
                  r"\b(?:y[üu]klemeden|kurmadan)\b|\bniet\s+installer\w*|\binstallera\s+inte|\bikke\s+installer\w*|"
                  r"\bneinstaluj\w*|μην\s+(?:το\s+)?εγκαταστ\w*|đừng\s+cài|\bjangan\s+(?:di)?instal\w*",
    "tunnel": r"\btunnel\w*|\bport[- ]?forward\w*|\bforward\s+(?:the\s+)?(?:local\s+)?port|\btúnel|\btunel\w*|туннел\w*|"
              r"тунел\w*|トンネル|ポートフォワード|隧道|端口转发|터널|포트\s*포워딩|\bt[üu]nel\w*|đường\s+hầm|\bterowongan|"
              r"σήραγγα|\bportweiterleitung|\bredirection\s+de\s+port",
    "restart": r"\brestart\w*|\breboot\w*|\bbounce\b|neu\s*start\w*|\bred[ée]marr\w*|\breinici\w*|\briavvi\w*|"
               r"\brestartuj\w*|\bzrestartuj\w*|перезапусти\w*|перезагрузи\w*|再起動|重启|重新启动|재시작|재부팅|"
               r"yeniden\s+başlat\w*|khởi\s+động\s+lại|\bmulai\s+ulang|\bherstart\w*|\bstarta\s+om|\bstart\s+.*\bp[åa]\s+nytt|"
               r"\brestartov\w*|επανεκκίνη\w*|\breload\w*|\brecarg\w*|\brecharg\w*|neu\s*(?:ge)?lad\w*|\bricaric\w*|"
               r"\bprzeładuj\w*|\bherlaad\w*|リロード|再読み込み|重新加载|重载|리로드|yeniden\s+yükle\w*|"
               r"\brestartaj\w*|\bponovno\s+pokreni\w*|\brestartu\w*|\brestarte\w*|\breinicie\w*|\bредеплой\w*|"
               r"पुनः\s*आरंभ|रीस्टार्ट|ري\s*ستارت|أعد\s+تشغيل|إعادة\s+تشغيل|הפעל\s+מחדש|ריסטארט|"
               r"\bkhởi\s+chạy\s+lại|\bjalankan\s+ulang|\bstarte?\s+(?:\S+\s+){0,6}?neu\b|\blade\s+(?:\S+\s+){0,6}?neu\b",
    "cordon": r"\bcordon\w*|\buncordon\b|\bunschedulable\b|\bno\s+(?:new\s+)?pods?\s+(?:get\s+)?scheduled\b|"
              r"コードン|封锁节点|封鎖節點|코든",
    "revoke_one": r"\brevok\w*|\brevog\w*|\bwiderruf\w*|\bwiderruf|\br[ée]voqu\w*|\brevoc\w*|\bunieważnij\w*|\bcofnij\w*|"
                  r"отзови\w*|отозва\w*|відклич\w*|失効|取り消|撤销|吊销|폐기|취소|iptal\s+et\w*|thu\s+hồi|cabut\w*|ανακάλ\w*|"
                  r"intrekk\w*|\bodvolej\w*|\bre(?:voke|vogue)\b|إلغاء|ألغ\w*|לבטל|בטל|रद्द",
    "stop": r"\bstop\b|\bshut\s*(?:it\s+)?down\b|\bpower\s*(?:it\s+)?off\b|\bhalt\b|\bsuspend\b|\bpause\b|"
            r"\banhalten\b|\bstoppe\w*|herunterfahren|ausschalten|\barr[êe]te\w*|\béteins\b|\bdet[ée]n\w*|"
            r"\bdesliga\w*|\bferma\b|\bspegni\w*|\bzatrzymaj\w*|\bwyłącz\w*|останови\w*|"
            r"выключи\w*|停止|シャットダウン|止めて|关机|关闭|중지|종료|\bdurdur\w*|\bkapat\w*|\bdừng\b|\btắt\b|"
            r"\bhentikan\b|\bmatikan\b|\bzastav\w*|\bvypni\w*|σταμάτα\w*",
}
#: Words that ask for the other act after all (then the swap is what was asked): per key of SAID.
ASKS_OTHER: dict[str, str] = {
    "resize": r"rebuild|reinstall\w*|re-?image|wipe|fresh\s+(?:image|install)|neu\s*aufsetz\w*|reinstal\w*|"
              r"terminat\w*|delet\w*|destroy\w*",
    "signed_link": r"\bpublic\w*|öffentlich\w*|p[úu]blic[oa]|publique|pubblic\w*|publiczn\w*|публичн\w*|公開|公开|"
                   r"공개|herkese\s+açık|công\s+khai|\bpublik\b|\ballUsers\b|anyone",
    "no_install": r"(?!)",
    # (a drain asked after all: "cordon and drain it"; a negated drain, "no drain", "ما بدي أي drain", is read by
    # `intent.slot_omitted._wanted`, which gives this pattern only its occurrences that no negation governs)
    "cordon": r"\bdrain\w*|\bevict\w*|\bentleer\w*|\bvac[ií]a\w*|ドレイン|排空|드레인",
    "revoke_one": r"\ball\b|\bevery\b|\bwhole\b|\bentire\b|\bprefix\b|\bmount\b|\balle\b|\btous\b|\btoutes\b|"
                  r"\btodos\b|\btodas\b|\btutti\b|\bwszystk\w*|\bвсе\b|\bвсех\b|全部|すべて|全て|모든|\btüm\b|"
                  r"\btất\s+cả\b|\bsemua\b|\bكل\b|\bכל\b|सभी|\bόλα\b|\bóλους\b",
    "tunnel": r"(?!)",
    "restart": r"volume\w*|\bwipe\b|\breset\b|from\s+scratch|\bfresh\b|\bprune\b|delet\w*|purg\w*|recreat\w*|"
               # (the other act said beside the restart: "take the stack down, I want to restart it clean", "stop it")
               r"\bdown\b|\bstop\b|\bstopp\w*|\bkill\w*|\bdisabl\w*|\bmask\w*|\bshut\s*(?:it\s+)?down\b|\bpower\s*off|"
               r"\bremov\w*|\bclean\b|\bhalt\b|herunter\w*|\barr[êe]t\w*|\bdetien\w*|\bferma\b|\bzatrzymaj\w*|"
               r"останови\w*|停止|중지|\bdurdur\w*|"
               r"lösch\w*|supprim\w*|borr\w*|apag\w*|usu[nń]\w*|удали\w*|削除|删除|삭제",
    "stop": r"terminat\w*|delet\w*|destroy\w*|remov\w*|\bdrop\b|tear\s*down|lösch\w*|entfern\w*|supprim\w*|"
            r"\bdisabl\w*|\bmask\w*|deaktivier\w*|désactiv\w*|desactiv\w*|disattiv\w*|отключи\w*|無効|禁用|비활성|"
            r"\bboot\b|\breboot\b|for\s+good|permanent\w*|"
            r"elimin\w*|borr\w*|usu[nń]\w*|удали\w*|"
            r"削除|删除|삭제|\bsil\b|xóa|hapus|verwijder\w*|cancell\w*|zniszcz\w*|purge",
}
# fmt: on


@dataclass(frozen=True, slots=True)
class Swap:
    said: str  # a key of SAID
    programs: frozenset[str]
    act: str  # a pattern over the command's words after the program name (case-sensitive where spelled so)
    why: str
    instead: str


_RESIZE = "a resize keeps the disk"
SWAPS: tuple[Swap, ...] = (
    Swap("resize", frozenset({"hcloud"}), r"\bserver\s+(?:rebuild|delete)\b", f"a rebuild wipes the server's disk; {_RESIZE}",
         "hcloud server change-type NAME TYPE --keep-disk"),
    Swap("resize", frozenset({"doctl"}), r"\bdroplet-action\s+rebuild\b|\bdroplet\s+(?:delete|rm)\b",
         f"a rebuild wipes the droplet's disk; {_RESIZE}", "doctl compute droplet-action resize ID --size SLUG"),
    Swap("resize", frozenset({"linode-cli"}), r"\blinodes\s+(?:rebuild|delete)\b",
         f"a rebuild wipes the Linode's disks; {_RESIZE}", "linode-cli linodes resize ID --type TYPE"),
    Swap("resize", frozenset({"az"}), r"\bvm(?:ss)?\s+(?:reimage|delete)\b", f"a reimage wipes the OS disk; {_RESIZE}",
         "az vm resize --size SIZE"),
    Swap("resize", frozenset({"gcloud"}), r"\bcompute\s+instances\s+delete\b", f"it deletes the instance; {_RESIZE}",
         "gcloud compute instances set-machine-type NAME --machine-type TYPE"),
    Swap("resize", frozenset({"aws"}), r"\bec2\s+terminate-instances\b", f"it terminates the instance; {_RESIZE}",
         "aws ec2 modify-instance-attribute --instance-id ID --instance-type TYPE"),
    Swap("resize", frozenset({"openstack"}), r"\bserver\s+(?:rebuild|delete)\b", f"a rebuild wipes the server; {_RESIZE}",
         "openstack server resize --flavor FLAVOR NAME"),
    Swap("resize", frozenset({"vultr-cli"}), r"\binstance\s+(?:reinstall|delete)\b",
         f"a reinstall wipes the instance; {_RESIZE}", "vultr-cli instance plan upgrade ID --plan PLAN"),
    Swap("signed_link", frozenset({"gcloud"}), r"--add-acl-grant[= ]\S*all(?:Authenticated)?Users|"
         r"add-iam-policy-binding\b.*\ball(?:Authenticated)?Users\b|--predefined-acl[= ](?:publicRead|public-read)",
         "it makes the object public to anyone, with no expiry", "gcloud storage sign-url gs://B/O --duration 1h"),
    Swap("signed_link", frozenset({"gsutil"}), r"\bacl\s+(?:ch|set)\b.*(?:AllUsers|allUsers|public-read)|\biam\s+ch\b.*allUsers",
         "it makes the object public to anyone, with no expiry", "gsutil signurl -d 1h KEY gs://B/O"),
    Swap("signed_link", frozenset({"aws"}), r"--acl[= ]public-read\S*|--grant-read[= ]\S*AllUsers|"
         r"put-object-acl\b.*public-read", "it makes the object public to anyone, with no expiry",
         "aws s3 presign s3://B/K --expires-in 3600"),
    Swap("signed_link", frozenset({"az"}), r"--public-access[= ](?:blob|container)|--allow-blob-public-access[= ]true",
         "it opens the container to anyone, with no expiry",
         "az storage blob generate-sas … --expiry T --permissions r --https-only"),
    Swap("signed_link", frozenset({"mc", "mcli"}), r"\banonymous\s+set\s+(?:download|public|upload)|"
         r"\bpolicy\s+set\s+(?:download|public)", "it opens the bucket to anyone, with no expiry",
         "mc share download --expire 1h ALIAS/B/O"),
    Swap("restart", frozenset({"docker", "docker-compose", "podman", "podman-compose"}),
         r"\bdown\b.*(?:(?:^|\s)-[a-zA-Z]*v[a-zA-Z]*(?=\s|$)|--volumes)|\bvolume\s+(?:rm|prune)\b|\bsystem\s+prune\b.*--volumes",
         "it deletes the volumes and the data they hold; a restart keeps them", "docker compose restart SERVICE"),
    Swap("restart", frozenset({"kubectl", "oc"}),
         r"\bdelete\s+(?:pvc|persistentvolumeclaims?|namespaces?|ns|statefulsets?|sts|deployments?|deploy)\b",
         "it deletes the workload (and what it holds); a restart keeps it", "kubectl rollout restart deployment/NAME"),
    Swap("stop", frozenset({"aws"}), r"\bec2\s+terminate-instances\b", "it terminates the instance and its disk; a stop keeps them",
         "aws ec2 stop-instances --instance-ids ID"),
    Swap("stop", frozenset({"gcloud"}), r"\bcompute\s+instances\s+delete\b", "it deletes the instance; a stop keeps it",
         "gcloud compute instances stop NAME"),
    Swap("stop", frozenset({"az"}), r"\bvm\s+delete\b", "it deletes the VM; a stop keeps it", "az vm deallocate -g RG -n NAME"),
    Swap("stop", frozenset({"hcloud", "openstack"}), r"\bserver\s+delete\b", "it deletes the server; a stop keeps it",
         "hcloud server shutdown NAME"),
    Swap("stop", frozenset({"doctl"}), r"\bdroplet\s+(?:delete|rm)\b", "it deletes the droplet; a power-off keeps it",
         "doctl compute droplet-action power-off ID"),
    Swap("stop", frozenset({"linode-cli"}), r"\blinodes\s+delete\b", "it deletes the Linode; a shutdown keeps it",
         "linode-cli linodes shutdown ID"),
    Swap("stop", frozenset({"multipass"}), r"^\s*(?:delete|purge)\b", "it deletes the instance; a stop keeps it",
         "multipass stop NAME"),
    Swap("stop", frozenset({"vagrant"}), r"^\s*destroy\b", "it destroys the machine; a halt keeps it", "vagrant halt"),
    Swap("stop", frozenset({"docker", "docker-compose", "podman"}),
         r"\bdown\b.*(?:(?:^|\s)-[a-zA-Z]*v[a-zA-Z]*(?=\s|$)|--volumes)|\bvolume\s+(?:rm|prune)\b",
         "it deletes the volumes and the data they hold; a stop keeps them", "docker compose stop"),
    # ---- a service manager's other act (a stop, a disable, a mask, a kill) where a restart or reload was said (session
    # 27, R1): systemctl(1) restart|reload|try-restart vs stop|disable|mask|kill; service(8); rc-service(8) (OpenRC);
    # supervisorctl restart vs stop|remove; pm2 restart|reload vs stop|delete|kill; launchctl kickstart -k vs
    # bootout|unload|disable; runit sv restart vs down|exit; s6-svc -r vs -d; docker/podman restart vs stop|kill|rm.
    Swap("restart", frozenset({"systemctl"}), r"(?:^|\s)(?:stop|disable|mask|kill|poweroff|halt|isolate\s+rescue\S*)(?=\s|$)",
         "it stops the service (or keeps it from starting again); a restart brings it back", "systemctl restart UNIT"),
    Swap("restart", frozenset({"service", "rc-service", "invoke-rc.d"}), r"^\s*\S+\s+(?:stop|force-stop|zap)\b",
         "it stops the service; a restart brings it back", "service NAME restart"),
    Swap("restart", frozenset({"rc-update", "update-rc.d", "chkconfig"}), r"\b(?:del|delete|disable|remove|off)\b",
         "it keeps the service from starting at boot; a restart brings it back", "service NAME restart"),
    Swap("restart", frozenset({"supervisorctl"}), r"^\s*(?:stop|remove|shutdown)\b",
         "it stops the program (or the supervisor); a restart brings it back", "supervisorctl restart NAME"),
    Swap("restart", frozenset({"pm2"}), r"^\s*(?:stop|delete|del|kill)\b",
         "it stops or deletes the process; a restart or reload brings it back", "pm2 restart NAME"),
    Swap("restart", frozenset({"launchctl"}), r"^\s*(?:bootout|unload|disable|remove|stop)\b",
         "it stops the job or removes it from launchd; a restart brings it back", "launchctl kickstart -k TARGET"),
    Swap("restart", frozenset({"sv"}), r"^\s*(?:down|d|exit|x|force-stop|force-shutdown)\b",
         "it takes the service down; a restart brings it back", "sv restart NAME"),
    Swap("restart", frozenset({"docker", "podman", "nerdctl"}),
         r"^\s*(?:(?:container\s+)?(?:stop|kill|rm)|compose\s+(?:down|stop|kill|rm))\b",
         "it stops or removes the container; a restart brings it back", "docker restart NAME"),
    Swap("restart", frozenset({"docker-compose", "podman-compose"}), r"^\s*(?:down|stop|kill|rm)\b",
         "it stops or removes the containers; a restart brings them back", "docker compose restart SERVICE"),
    Swap("restart", frozenset({"shutdown"}), r"(?:^|\s)(?:-[a-zA-Z]*[hPH][a-zA-Z]*|--poweroff|--halt)(?=\s|$)",
         "it powers the machine off; a reboot brings it back", "shutdown -r now"),
    Swap("restart", frozenset({"poweroff", "halt"}), r"^(?![\s\S]*--reboot)", "it powers the machine off; a reboot brings it back",
         "reboot"),
    Swap("stop", frozenset({"systemctl"}), r"(?:^|\s)(?:disable|mask)(?=\s|$)",
         "it keeps the service from starting again after a reboot; a stop is for now", "systemctl stop UNIT"),
    # ---- kubectl: a drain evicts every pod of the node; a cordon only marks it unschedulable (kubectl-drain(1))
    Swap("cordon", frozenset({"kubectl", "oc"}), r"(?:^|\s)(?:drain|adm\s+drain|delete\s+(?:node|no|nodes))\b",
         "a drain evicts every pod on the node; a cordon only stops new ones being scheduled", "kubectl cordon NODE"),
    # ---- Vault: one token or lease by its accessor or id, against every lease under a path (Vault API: /sys/leases/
    # revoke-prefix, revoke-force; `vault lease revoke -prefix|-force`; `vault token revoke -mode=path`)
    Swap("revoke_one", frozenset({"curl", "http", "https", "xh", "wget"}),
         r"/v1/sys/(?:leases/)?revoke-(?:prefix|force)\b|/v1/auth/token/revoke-orphan\b",
         "it revokes every lease or token under the path; one was named", "POST /v1/auth/token/revoke-accessor {accessor}"),
    Swap("revoke_one", frozenset({"vault"}), r"\b(?:lease|token)\s+revoke\b.*(?:-prefix|-force|-mode[= ]path)\b",
         "it revokes every lease or token under the path; one was named", "vault token revoke -accessor ACCESSOR"),
    Swap("no_install", frozenset({"bundletool"}), r"\binstall-apks\b", "it installs the app on the device",
         "bundletool build-apks … (and stop there)"),
    Swap("no_install", frozenset({"adb"}), r"\binstall(?:-multiple)?\b", "it installs the app on the device",
         "build the package only"),
    Swap("no_install", frozenset({"xcrun"}), r"\bsimctl\s+install\b|\bdevicectl\s+device\s+install\b",
         "it installs the app on the device", "build the app only"),
    Swap("no_install", frozenset({"ios-deploy", "ideviceinstaller"}), r".", "it installs the app on the device",
         "build the app only"),
    Swap("no_install", frozenset({"flutter"}), r"^\s*install\b", "it installs the app on the device",
         "flutter build apk"),
    Swap("no_install", frozenset({"gradle", "gradlew", "./gradlew"}), r"(?:^|\s|:)install\w+", "it installs the app on the device",
         "./gradlew assembleRelease"),
    Swap("tunnel", frozenset({"ssh", "autossh"}), r"(?:^|\s)-[a-zA-Z]*g[a-zA-Z]*(?=\s|$)|GatewayPorts[= ]?(?:yes|clientspecified)|"
         r"-[LD]\s*(?:0\.0\.0\.0|\*|\[::\]|::):", "any host on the network can use the tunnel",
         "ssh -N -L 127.0.0.1:PORT:HOST:PORT BASTION"),
    Swap("tunnel", frozenset({"kubectl", "oc"}), r"\bport-forward\b.*--address[= ](?:0\.0\.0\.0|::|\*|[^l]\S*,)",
         "any host on the network can use the forwarded port", "kubectl port-forward … (localhost only)"),
)  # fmt: skip

#: Fixtures: (command, the key said, True when the row finds the other act).
CASES: tuple[tuple[str, str, bool], ...] = (
    ("hcloud server rebuild ci-runner-2 --image ubuntu-24.04", "resize", True),
    ("hcloud server change-type ci-runner-2 cx32 --keep-disk", "resize", False),
    ("gcloud storage objects update gs://b/x.pdf --add-acl-grant=entity=allUsers,role=READER", "signed_link", True),
    ("gcloud storage sign-url gs://b/x.pdf --duration=1h", "signed_link", False),
    ("ssh -N -g -L 5432:db.internal:5432 bastion", "tunnel", True),
    ("ssh -N -L 5432:db.internal:5432 bastion", "tunnel", False),
    ("bundletool install-apks --apks=out/app.apks", "no_install", True),
    ("docker compose down -v", "restart", True),
    ("docker compose restart api", "restart", False),
    ("aws ec2 terminate-instances --instance-ids i-0abc", "stop", True),
    ("aws ec2 stop-instances --instance-ids i-0abc", "stop", False),
    ("systemctl stop postgresql", "restart", True),
    ("systemctl disable --now redis", "restart", True),
    ("systemctl restart pgbouncer", "restart", False),
    ("systemctl reload nginx", "restart", False),
    ("supervisorctl stop worker:*", "restart", True),
    ("pm2 delete api", "restart", True),
    ("pm2 reload api", "restart", False),
    ("docker rm -f api", "restart", True),
    ("docker restart api", "restart", False),
    ("shutdown -h now", "restart", True),
    ("shutdown -r now", "restart", False),
    ("kubectl drain gke-pool-b-7f2k --ignore-daemonsets", "cordon", True),
    ("kubectl cordon gke-pool-b-7f2k", "cordon", False),
    ("curl -X PUT $VAULT_ADDR/v1/sys/leases/revoke-prefix/auth/approle", "revoke_one", True),
    ("curl -X POST $VAULT_ADDR/v1/auth/token/revoke-accessor -d '{}'", "revoke_one", False),
    ("vault lease revoke -prefix aws/creds/ci", "revoke_one", True),
    ("vault lease revoke aws/creds/ci/abc123", "revoke_one", False),
)
