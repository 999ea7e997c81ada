#!/usr/bin/env bash
# Makes this machine able to run every test suite: installs the Debian packages that are missing
# (PostgreSQL, Chromium, CJK fonts) and starts PostgreSQL when nothing answers on 127.0.0.1:5432.
# Idempotent and quiet when all is in place. Needs root for apt-get and pg_ctlcluster.
set -euo pipefail

log() { printf 'ensure-services: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

missing=()
have_pg_server() { ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; }
have_pg_server || missing+=(postgresql)
command -v pg_isready >/dev/null 2>&1 || missing+=(postgresql-client)
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)

installed_pg=false
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -q
  as_root apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
  [[ " ${missing[*]} " == *" postgresql "* ]] && installed_pg=true
fi

cluster_version() { ls /etc/postgresql 2>/dev/null | sort -V | tail -1; }

if $installed_pg; then
  # A cluster we just created: let the test suite connect as postgres over TCP without a password,
  # like the CI machines (trust on loopback only).
  v=$(cluster_version)
  hba=/etc/postgresql/$v/main/pg_hba.conf
  if [ -f "$hba" ] && ! grep -q 'jiyue: trust loopback' "$hba"; then
    log "allowing passwordless loopback connections in $hba (test machine)"
    tmp=$(mktemp)
    printf '%s\n' '# jiyue: trust loopback (added by scripts/ensure-services.sh for the test suite)' \
      'host all all 127.0.0.1/32 trust' 'host all all ::1/128 trust' | cat - "$hba" >"$tmp"
    as_root cp "$tmp" "$hba"
    rm -f "$tmp"
    # The package may already have started the cluster: make it read the new rules.
    as_root pg_ctlcluster --skip-systemctl-redirect "$v" main reload >/dev/null 2>&1 || true
  fi
fi

if ! pg_isready -q -h 127.0.0.1 -p 5432 -t 2; then
  v=$(cluster_version)
  if [ -z "$v" ]; then
    log "no PostgreSQL cluster under /etc/postgresql: cannot start one" >&2
    exit 1
  fi
  log "starting PostgreSQL $v"
  as_root pg_ctlcluster --skip-systemctl-redirect "$v" main start || true
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p 5432 -t 1 && break
    sleep 1
  done
  if ! pg_isready -q -h 127.0.0.1 -p 5432 -t 2; then
    log "PostgreSQL did not come up on 127.0.0.1:5432" >&2
    exit 1
  fi
fi
log "PostgreSQL answers on 127.0.0.1:5432; chromium $( [ -x /usr/bin/chromium ] && echo present || echo MISSING ); CJK fonts present"
