#!/usr/bin/env bash
# Installs the Debian packages the integration tests start on loopback (never as services),
# the browser the portal's tests drive, and a C compiler for the compiled scanner.
set -euo pipefail
need=()
command -v postfix >/dev/null 2>&1 || [ -x /usr/sbin/postfix ] || need+=(postfix)
[ -x /usr/sbin/dovecot ] || need+=(dovecot-imapd)
[ -x /usr/lib/dovecot/lmtp ] || need+=(dovecot-lmtpd)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v swaks >/dev/null 2>&1 || need+=(swaks)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
# The mail HTML tests (tests/mailviews/) and the portal's browser tests (tests/portal/):
# Debian's browser and driver.
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
# The C compiler mypyc's build of the scanner needs (make serve, make check-compiled), and
# the headers and venv module of Debian's Python 3.11, which the service's install runs on.
command -v cc >/dev/null 2>&1 || need+=(build-essential)
if [ -x /usr/bin/python3.11 ]; then
    [ -f /usr/include/python3.11/Python.h ] || need+=(python3.11-dev)
    /usr/bin/python3.11 -c 'import ensurepip' >/dev/null 2>&1 || need+=(python3.11-venv)
fi
if [ ${#need[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "install-servers: need root to install: ${need[*]}" >&2
    exit 1
fi
echo "install-servers: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
