#!/usr/bin/env bash
# Runs nginx in the foreground with deploy/nginx-site.conf serving a built folder.
#   scripts/nginx.sh DIST_DIR HOST:PORT [PREFIX_DIR]
# Used by scripts/run.sh and by the end-to-end tests. Logging is the site file's own (off),
# so what is tested is what is deployed; a test that gives PREFIX_DIR can look at logs/.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "${1:?dist folder}" && pwd)
listen=${2:?host:port}
if [ -n "${3:-}" ]; then
  prefix=$(mkdir -p "$3" && cd "$3" && pwd)
  cleanup() { :; }
else
  prefix=$(mktemp -d "${TMPDIR:-/tmp}/wegweiser-nginx.XXXXXX")
  cleanup() { rm -rf "$prefix"; }
fi
trap cleanup EXIT
mkdir -p "$prefix/logs"
# Started as root (a container, CI), the workers that answer requests drop root's rights,
# as a system nginx's do: they run as www-data (or nobody). A dist folder they cannot read
# (a checkout in root's private home) is served from a readable copy in the prefix.
user_line=""
if [ "$(id -u)" -eq 0 ]; then
  worker=nobody
  id www-data >/dev/null 2>&1 && worker=www-data
  user_line="user $worker;"
  chmod 755 "$prefix"
  if ! runuser -u "$worker" -- test -r "$root/index.html"; then
    echo "nginx.sh: $worker cannot read $root: serving a copy of it as it is now (a later build is not served until a restart)." >&2
    rm -rf "$prefix/site"
    cp -a "$root/." "$prefix/site/"
    chmod -R a+rX "$prefix/site"
    root="$prefix/site"
  fi
fi
sed -e "s|@ROOT@|$root|g" -e "s|@LISTEN@|$listen|g" "$here/deploy/nginx-site.conf" > "$prefix/site.conf"
# The brotli module of Debian's libnginx-mod-http-brotli-static (scripts/setup.sh installs it).
brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if [ ! -f "$brotli_module" ]; then
  echo "nginx.sh: $brotli_module is missing: run scripts/setup.sh (libnginx-mod-http-brotli-static)." >&2
  exit 1
fi
cat > "$prefix/nginx.conf" <<CONF
load_module $brotli_module;
$user_line
worker_processes 1;
daemon off;
pid $prefix/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
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
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; cleanup' EXIT INT TERM
wait "$pid"
