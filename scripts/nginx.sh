#!/usr/bin/env bash
# Runs nginx in the foreground with deploy/nginx-site.conf serving a built folder.
#   scripts/nginx.sh DIST_DIR HOST:PORT
# Used by scripts/serve.sh and by the end-to-end tests.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "${1:?dist folder}" && pwd)
listen=${2:?host:port}
prefix=$(mktemp -d "${TMPDIR:-/tmp}/wegweiser-nginx.XXXXXX")
trap 'rm -rf "$prefix"' EXIT
mkdir -p "$prefix/logs"
# As root, workers keep root's rights so a checkout in a private folder stays readable.
user_line=""
[ "$(id -u)" -eq 0 ] && user_line="user root;"
sed -e "s|@ROOT@|$root|g" -e "s|@LISTEN@|$listen|g" "$here/deploy/nginx-site.conf" > "$prefix/site.conf"
cat > "$prefix/nginx.conf" <<CONF
$user_line
worker_processes 1;
daemon off;
pid $prefix/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $prefix/body;
    proxy_temp_path $prefix/proxy;
    fastcgi_temp_path $prefix/fastcgi;
    uwsgi_temp_path $prefix/uwsgi;
    scgi_temp_path $prefix/scgi;
    sendfile on;
    include $prefix/site.conf;
}
CONF
nginx -t -q -p "$prefix" -c "$prefix/nginx.conf"
nginx -p "$prefix" -c "$prefix/nginx.conf" &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$prefix"' EXIT INT TERM
wait "$pid"
