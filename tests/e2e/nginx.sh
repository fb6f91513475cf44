#!/usr/bin/env bash
# Serves a dist/ folder through Debian's nginx with deploy/nginx.conf, on a port, in the foreground
# (Playwright starts and stops it). Usage: bash tests/e2e/nginx.sh <dist> <port>
set -euo pipefail
dist=$(realpath "$1") port=$2
work=$(mktemp -d)
csp=$(tr -d '\n' < "$dist/csp.txt")
sed -e "s|listen 8080;|listen 127.0.0.1:$port;|" -e "s|root /srv/digest;|root $dist;|" -e "s|@CSP@|$csp|" deploy/nginx.conf > "$work/site.conf"
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log stderr warn;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    include $work/site.conf;
}
CONF
exec nginx -g "daemon off; user root;" -c "$work/nginx.conf"
