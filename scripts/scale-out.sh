#!/usr/bin/env bash
# Scale-out check for the HTTP interactions endpoint: two replicas of `briefbot serve-http`
# behind nginx (round-robin) on loopback, the same signed load as `briefbot loadgen`, then
# everything is stopped and removed. Loopback only; nothing is left running.
#
#   scripts/scale-out.sh [REQUESTS] [CONCURRENCY]
set -euo pipefail
cd "$(dirname "$0")/.."

requests=${1:-20000}
concurrency=${2:-64}
bin=target/release/briefbot
front=18080
ports=(18081 18082)

[ -x "$bin" ] || cargo build --release
if ! command -v nginx >/dev/null 2>&1; then
  echo "installing nginx (Debian package)…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi

work=$(mktemp -d)
pids=()
cleanup() {
  [ -f "$work/nginx.pid" ] && nginx -p "$work" -c "$work/nginx.conf" -s quit 2>/dev/null || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

key=$("$bin" loadgen --print-public-key)
for port in "${ports[@]}"; do
  DISCORD_PUBLIC_KEY=$key RUST_LOG=warn "$bin" serve-http --bind "127.0.0.1:$port" --cooldown-max 0 &
  pids+=($!)
done

cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  upstream briefbot {
$(for port in "${ports[@]}"; do echo "    server 127.0.0.1:$port;"; done)
    keepalive 64;
  }
  server {
    listen 127.0.0.1:$front;
    location / {
      proxy_pass http://briefbot;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
CONF
nginx -p "$work" -c "$work/nginx.conf"

for port in "$front" "${ports[@]}"; do
  for _ in $(seq 100); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.1
  done
done

pid_list=$(IFS=,; echo "${pids[*]}")
status=0
"$bin" loadgen --url "http://127.0.0.1:$front/interactions" --server-pid "$pid_list" \
  --requests "$requests" --concurrency "$concurrency" || status=$?

echo "requests answered per replica (round-robin):"
for port in "${ports[@]}"; do
  n=$(curl -fs "http://127.0.0.1:$port/metrics" | awk '/^briefbot_interactions_total/ {s += $NF} END {print s + 0}')
  echo "  127.0.0.1:$port: $n"
done
exit $status
