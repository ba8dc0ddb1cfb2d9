"""Services people name by their program's name, and where an act on one service names it (session 27, class R1,
helper `said`; read by `judge.intent.service_said`).

"Restartuj pgbouncer na db-replica-2" answered with `systemctl stop postgresql`, "restart nginx on web-1" with
`systemctl restart haproxy`, "restart the redis container" with `docker restart postgres`: the act is one a service
manager does and the host is the one named, but the service is another. `NAMES` are the daemons and workers users
name in requests (distribution unit names and their short forms); `MANAGERS` say, per service manager, the words of
its acts and where the unit stands (the operands after the act word). Sources: systemctl(1) (`restart|stop|start|
reload|enable|disable|mask|kill UNIT…`), service(8) (`service NAME ACTION`), rc-service(8), supervisorctl,
pm2, docker/podman (`restart|stop|start|kill|rm NAME…`), docker compose (`restart|stop|start|up|rm SERVICE…`),
Debian/Ubuntu/RHEL unit names (postgresql, mysql/mysqld/mariadb, redis-server, php8.x-fpm, apache2/httpd,
rabbitmq-server, elasticsearch, mongod, grafana-server).
"""

from __future__ import annotations

# fmt: off
#: Daemons and workers by the names users say them by (lower case); a unit of the action matches one when either
#: contains the other after the unit's suffixes are taken off (`redis-server` is redis, `php8.2-fpm` is php-fpm).
NAMES = frozenset({
    "nginx", "apache", "apache2", "httpd", "haproxy", "caddy", "traefik", "envoy", "varnish", "squid", "lighttpd",
    "postgresql", "postgres", "pgbouncer", "pgpool", "patroni", "mysql", "mysqld", "mariadb", "redis", "valkey",
    "memcached", "mongod", "mongodb", "cassandra", "clickhouse", "elasticsearch", "opensearch", "kibana", "logstash",
    "rabbitmq", "kafka", "zookeeper", "nats", "mosquitto", "celery", "sidekiq", "resque", "gunicorn", "uwsgi",
    "puma", "unicorn", "php-fpm", "php", "tomcat", "jetty", "wildfly", "pm2", "docker", "containerd",
    "kubelet", "sshd", "cron", "crond", "systemd-resolved", "dnsmasq", "bind9", "unbound", "chrony",
    "chronyd", "ntp", "ntpd", "postfix", "dovecot", "exim", "sendmail", "consul", "vault", "nomad", "etcd",
    "prometheus", "alertmanager", "grafana", "grafana-server", "node_exporter", "telegraf", "influxdb", "loki",
    "promtail", "fluentd", "fluent-bit", "filebeat", "metricbeat", "jenkins", "gitlab-runner", "minio", "keycloak",
    "airflow", "supervisor", "supervisord", "fail2ban", "ufw", "firewalld", "nftables", "iptables", "wireguard",
    "openvpn", "samba", "smbd", "nfs-server", "cups", "avahi-daemon", "bluetooth", "networkmanager", "tailscaled",
    "tailscale", "cloudflared", "ollama", "neo4j", "couchdb", "meilisearch", "typesense", "solr", "hadoop",
    "zabbix-agent", "datadog-agent", "newrelic-infra", "jaeger", "mimir", "thanos",
})
#: (Left out: words that are verbs or common nouns in requests: "ssh in as ci", "the node", "named", "vector".)
#: Unit suffixes taken off before the comparison.
SUFFIXES = (".service", ".socket", ".timer", "-server", "-daemon", "-agent", "d")
#: Service managers: program -> the act words; the units are the operands after the act word (not options).
MANAGERS: dict[str, frozenset[str]] = {
    "systemctl": frozenset({"restart", "stop", "start", "reload", "try-restart", "reload-or-restart", "enable",
                            "disable", "mask", "kill", "condrestart", "force-reload"}),
    "supervisorctl": frozenset({"restart", "stop", "start", "remove", "signal"}),
    "pm2": frozenset({"restart", "reload", "stop", "delete", "start"}),
    "rc-service": frozenset(),  # (`rc-service NAME ACTION`: the first operand)
    "service": frozenset(),
    "docker": frozenset({"restart", "stop", "start", "kill", "rm"}),
    "podman": frozenset({"restart", "stop", "start", "kill", "rm"}),
}
# fmt: on


def key(name: str) -> str:
    """A name without its version digits and dots, to compare (`php8.2-fpm` and `php-fpm` are one service)."""
    return "".join(ch for ch in base(name) if not ch.isdigit() and ch != ".").strip("-_")


def base(unit: str) -> str:
    """A unit's name without its instance, suffixes and version digits (`redis-server@6379.service` -> redis)."""
    u = unit.lower().split("@", 1)[0]
    for s in SUFFIXES[:3]:
        u = u.removesuffix(s)
    u = u.rstrip("0123456789.")
    for s in SUFFIXES[3:]:
        if u.endswith(s) and len(u) - len(s) >= 3 and u[: -len(s)] in NAMES:
            u = u[: -len(s)]
    return u.rstrip("0123456789.-")
