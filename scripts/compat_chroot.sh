#!/usr/bin/env bash
# compat_chroot.sh - run a command (default: the QGIS test-suite) against
# the QGIS of another Debian release, inside a cached debootstrap chroot:
# QGIS 3.40 from Debian 13 "trixie" (default) or QGIS 3.44 from Debian
# "sid" (unstable; KT_SUITE=sid; sid moves, so its QGIS version may change).
#
# Usage: scripts/compat_chroot.sh [COMMAND...]
#   default COMMAND: python3 -m pytest -q tests/qgis -p no:cacheprovider
#
# The repository is bind-mounted at /src (the working directory)
# (read-only). COMMAND runs
# with a clean environment: QT_QPA_PLATFORM=offscreen HOME=/tmp/home
# LANG=C.UTF-8 PYTHONDONTWRITEBYTECODE=1 XDG_RUNTIME_DIR=/tmp/runtime-root
# PATH=/opt/ktvenv/bin:/usr/bin:/bin (venv with pytest + pytest-qgis on top of
# the system python3-qgis). Xvfb (xvfb-run), Mesa's software OpenGL and
# poppler-utils are installed, so the 3D snapshot and PDF tests run too.
# The script exits with COMMAND's exit status.
#
# Environment knobs:
#   KT_SUITE           Debian suite: trixie (default) or sid
#   KT_CHROOT          chroot directory (default /var/cache/kempten-twin/qgis-$KT_SUITE);
#                      each chroot has its own DIR.build.log, DIR.lock, DIR/.kt-ready
#   KT_MIRROR          Debian mirror (default http://deb.debian.org/debian)
#   KT_SECURITY_MIRROR (default http://deb.debian.org/debian-security)
#   KT_REBUILD=1       throw the cached chroot away and build it again (a cached
#                      sid chroot is not upgraded otherwise)
#   KT_EXPECT_QGIS     e.g. 3.44: warn when the chroot's QGIS is another version
#   KT_APT_EXTRA       extra Debian packages, space separated. The e2e desktop
#                      tier runs with "qgis imagemagick fonts-open-sans" (QGIS
#                      desktop, `import` for screenshots, the font QGIS would
#                      otherwise try to download); best in its own KT_CHROOT:
#                      KT_SUITE=sid KT_CHROOT=/var/cache/kempten-twin/qgis-sid-e2e \
#                      KT_APT_EXTRA="qgis imagemagick fonts-open-sans" \
#                      scripts/compat_chroot.sh python3 -m pytest -p no:pytest_qgis tests/e2e
#   KT_PIP_EXTRA       extra pip requirements for the venv, space separated
#                      (changing the package lists re-provisions the chroot)
#   KT_NO_UNSHARE=1    do not use a private mount namespace (see below)
#   http_proxy/https_proxy/no_proxy/PIP_INDEX_URL are passed to apt/pip
#   while building (only).
#
# Needs root (debootstrap, chroot, mount). The chroot is built when it is
# missing or when its marker DIR/.kt-ready is missing (a half-built chroot is
# thrown away). Build output goes to ${KT_CHROOT}.build.log; its tail is shown
# on failure. All mounts are undone by an EXIT trap (lazy-unmount fallback);
# in addition the script re-executes itself in a private mount namespace
# (unshare -m) when possible, so even a SIGKILL cannot leave mounts behind and
# concurrent runs do not see each other's mounts.
# shellcheck disable=SC2016,SC2329 # single-quoted scripts run in the chroot; trap handlers
set -euo pipefail

SCRIPT=$(readlink -f -- "$0")
REPO=$(cd "$(dirname "$0")/.." && pwd)

SUITE=${KT_SUITE:-trixie}
case $SUITE in
  trixie | sid) ;;
  *) printf '[compat_chroot] ERROR: KT_SUITE must be trixie or sid (got %s)\n' "$SUITE" >&2; exit 2 ;;
esac
CHROOT=${KT_CHROOT:-/var/cache/kempten-twin/qgis-$SUITE}
CHROOT=${CHROOT%/}
MIRROR=${KT_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${KT_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
VENV=/opt/ktvenv
# As scripts/install_deps.sh: the plugin needs numpy, scipy and lxml, the reports
# DejaVu Sans (both only came in as dependencies of other packages so far;
# in sid scipy does not);
# xvfb + xauth (xvfb-run) and libgl1-mesa-dri (llvmpipe): the 3D snapshot's OpenGL;
# poppler-utils: pdfinfo/pdftotext/pdfimages in the report tests.
APT_PACKAGES=(python3-qgis qgis-providers python3-venv python3-pip python3-psycopg2
              python3-numpy python3-scipy python3-lxml gdal-bin fonts-dejavu-core
              xvfb xauth libgl1-mesa-dri poppler-utils ca-certificates)
read -r -a APT_EXTRA <<<"${KT_APT_EXTRA:-}"
APT_PACKAGES+=("${APT_EXTRA[@]}")
# pytest-timeout: pyproject.toml's addopts uses --timeout. KT_PIP_EXTRA adds more.
PIP_PACKAGES=(pytest pytest-qgis==5.0.2 pytest-timeout)
read -r -a PIP_EXTRA <<<"${KT_PIP_EXTRA:-}"
PIP_PACKAGES+=("${PIP_EXTRA[@]}")
# Changing any of this re-provisions (apt/pip) an existing chroot on next run.
SPEC="v1 $SUITE $MIRROR apt:${APT_PACKAGES[*]} pip:${PIP_PACKAGES[*]}"
LOG=$CHROOT.build.log
LOCK=$CHROOT.lock
MARKER=$CHROOT/.kt-ready
OWNER_STAMP=$CHROOT/.kt-chroot # "this directory belongs to compat_chroot.sh"

RUN_ENV=(QT_QPA_PLATFORM=offscreen HOME=/tmp/home PATH="$VENV/bin:/usr/bin:/bin"
         LANG=C.UTF-8 PYTHONDONTWRITEBYTECODE=1 XDG_RUNTIME_DIR=/tmp/runtime-root)
BUILD_ENV=(DEBIAN_FRONTEND=noninteractive HOME=/root LANG=C.UTF-8
           PATH=/usr/sbin:/usr/bin:/sbin:/bin PIP_DISABLE_PIP_VERSION_CHECK=1
           PYTHONDONTWRITEBYTECODE=1)
for v in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY PIP_INDEX_URL; do
  [[ -n ${!v:-} ]] && BUILD_ENV+=("$v=${!v}")
done

msg() { printf '[compat_chroot] %s\n' "$*" >&2; }
die() { msg "ERROR: $*"; exit 2; }

(( EUID == 0 )) || die "must run as root (debootstrap, chroot and mount need it)"
[[ $CHROOT == /?* && $CHROOT != *[[:space:]]* ]] ||
  die "KT_CHROOT must be an absolute path without whitespace (got '$CHROOT')"
[[ $REPO != "$CHROOT" && $REPO != "$CHROOT"/* ]] || die "repository lies inside KT_CHROOT"

# CI runners may start us with stdin closed: give children a valid stdin.
{ true <&0; } 2>/dev/null || exec </dev/null

# Re-exec in a private mount namespace: mounts then die with the process.
if [[ -z ${KT__IN_NS:-} && ${KT_NO_UNSHARE:-0} != 1 ]] &&
   unshare --mount --propagation private true 2>/dev/null; then
  export KT__IN_NS=1
  exec unshare --mount --propagation private -- "$BASH" "$SCRIPT" "$@"
fi
IN_NS=${KT__IN_NS:-0}
unset KT__IN_NS

# ---------------------------------------------------------------- signals ---
CHILD=
GOT_SIG=
MOUNTS=()

umount_all() {
  local i
  for (( i = ${#MOUNTS[@]} - 1; i >= 0; i-- )); do
    umount -- "${MOUNTS[i]}" 2>/dev/null || umount -l -- "${MOUNTS[i]}" 2>/dev/null ||
      msg "WARNING: could not unmount ${MOUNTS[i]}"
  done
  MOUNTS=()
}
cleanup() {
  local rc=$?
  trap - EXIT INT TERM HUP
  umount_all
  exit "$rc"
}
trap cleanup EXIT
# Ctrl-C on a terminal already reaches the child (same process group), so INT
# is only recorded; TERM/HUP (CI cancellation, timeout) are forwarded.
# Without a running child we just exit (the EXIT trap unmounts).
on_signal() { # on_signal NAME EXITCODE FORWARD
  GOT_SIG=$1
  [[ -n $CHILD ]] || exit "$2"
  [[ $3 == no ]] || kill -s "$1" "$CHILD" 2>/dev/null || true
}
trap 'on_signal INT 130 no' INT
trap 'on_signal TERM 143 yes' TERM
trap 'on_signal HUP 129 yes' HUP

# Run external command "$@" as a waited-for background job so signal traps
# fire immediately; returns the command's exit status.
supervise() {
  local rc
  # a background job of a non-interactive shell ignores SIGINT; undo that so
  # Ctrl-C still reaches the command ("exec": CHILD is the command itself)
  ( trap - INT QUIT TERM HUP; exec "$@" ) <&0 &
  CHILD=$!
  while kill -0 "$CHILD" 2>/dev/null; do wait "$CHILD" || true; done
  wait "$CHILD" && rc=0 || rc=$?
  CHILD=
  return "$rc"
}
check_signal() {
  case $GOT_SIG in
    INT) exit 130 ;; TERM) exit 143 ;; HUP) exit 129 ;;
  esac
}

# ----------------------------------------------------------------- mounts ---
mounts_below() { # mount points at or below $1, deepest first
  local root=$1 mp
  while read -r _ _ _ _ mp _; do
    mp=$(printf '%b' "$mp") # undo \040-style escapes
    [[ $mp == "$root" || $mp == "$root"/* ]] && printf '%s\n' "$mp"
  done </proc/self/mountinfo | sort -r
}
sweep_mounts() { # unmount leftovers (e.g. after kill -9 with KT_NO_UNSHARE=1)
  local mp
  while read -r mp; do
    [[ -n $mp ]] && { umount -- "$mp" 2>/dev/null || umount -l -- "$mp" 2>/dev/null || true; }
  done < <(mounts_below "$CHROOT")
}
do_mount() { # do_mount PATH-IN-CHROOT MOUNT-ARGS...
  local target=$CHROOT$1
  shift
  [[ -L $target ]] && die "refusing to mount over symlink $target"
  mkdir -p -- "$target" || return
  mount "$@" "$target" || return
  MOUNTS+=("$target")
  mount --make-private "$target" 2>/dev/null || true # never propagate to the host
}
mount_all() { # mount_all [with-src]
  do_mount /proc -t proc proc
  do_mount /sys -t sysfs sysfs 2>/dev/null || do_mount /sys --bind /sys
  do_mount /dev --bind /dev
  do_mount /dev/pts --bind /dev/pts
  do_mount /dev/shm -t tmpfs -o mode=1777,nosuid,nodev shm
  do_mount /tmp -t tmpfs -o mode=1777,nosuid,nodev tmpfs
  mkdir -p "$CHROOT/tmp/home"
  install -d -m 700 "$CHROOT/tmp/runtime-root"
  rm -f "$CHROOT/etc/resolv.conf" # may be a dangling/absolute symlink
  cp -L /etc/resolv.conf "$CHROOT/etc/resolv.conf" 2>/dev/null || true
  if [[ ${1:-} == with-src ]]; then do_mount /src --bind "$REPO"; fi
  # The host's PostgreSQL socket, so tests that talk to the server run here too.
  if [[ -d /run/postgresql ]]; then do_mount /run/postgresql --bind /run/postgresql; fi
}

# chroot_argv WORKDIR ENV... -- COMMAND... : sets CARGV to the argv that runs
# COMMAND in the chroot in WORKDIR with exactly the environment ENV...
# (an external command line, so supervise() can signal it directly).
chroot_argv() {
  local wd=$1 envs=()
  shift
  while [[ $1 != -- ]]; do envs+=("$1"); shift; done
  shift
  CARGV=(chroot "$CHROOT" /usr/bin/env -i "${envs[@]}"
         /bin/sh -c 'cd "$0" && exec "$@"' "$wd" "$@")
}

# ------------------------------------------------------------------ build ---
# step DESCRIPTION COMMAND... : run quietly, output to $LOG, tail on failure.
step() {
  local desc=$1 t0=$SECONDS rc=0
  shift
  printf '\n=== %s: %s\n' "$(date -u +%FT%TZ)" "$desc" >>"$LOG"
  supervise "$@" </dev/null >>"$LOG" 2>&1 || rc=$?
  check_signal
  if (( rc != 0 )); then
    msg "FAILED: $desc (exit $rc). Last lines of $LOG:"
    tail -n 40 "$LOG" >&2
    exit "$rc"
  fi
  msg "  $desc: $(( SECONDS - t0 ))s"
}

ensure_debootstrap() {
  command -v debootstrap >/dev/null && return
  command -v apt-get >/dev/null || die "debootstrap not found"
  step "apt-get install debootstrap (host)" \
    env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -q debootstrap
}

is_ready() { [[ -f $MARKER ]] && grep -qxF "spec=$SPEC" "$MARKER"; }

remove_chroot() {
  if [[ -e $CHROOT ]]; then
    if [[ ! -e $OWNER_STAMP && -n $(ls -A -- "$CHROOT" 2>/dev/null) ]]; then
      die "$CHROOT exists, is not empty and was not created by this script; remove it yourself"
    fi
    sweep_mounts
    [[ -z $(mounts_below "$CHROOT") ]] || die "mounts remain below $CHROOT; refusing to delete it"
    msg "removing incomplete/outdated chroot $CHROOT"
    rm -rf --one-file-system -- "$CHROOT"
  fi
}

write_chroot_config() {
  # no daemons, no recommends, no docs, retries on flaky mirrors
  printf '#!/bin/sh\nexit 101\n' >"$CHROOT/usr/sbin/policy-rc.d"
  chmod 755 "$CHROOT/usr/sbin/policy-rc.d"
  cat >"$CHROOT/etc/apt/apt.conf.d/90kempten-twin" <<'EOF'
APT::Install-Recommends "0";
APT::Install-Suggests "0";
Acquire::Retries "5";
Dpkg::Use-Pty "0";
quiet "1";
EOF
  cat >"$CHROOT/etc/dpkg/dpkg.cfg.d/90kempten-twin-nodoc" <<'EOF'
path-exclude /usr/share/doc/*
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
EOF
  rm -f "$CHROOT/etc/apt/sources.list"
  if [[ $SUITE == sid ]]; then
    # unstable has no -updates or -security suites. Its Release file expires
    # within days (Valid-Until): a mirror that is a frozen copy (or a snapshot
    # given as KT_MIRROR) would be refused without Check-Valid-Until: no.
    cat >"$CHROOT/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $MIRROR
Suites: $SUITE
Components: main
Check-Valid-Until: no
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  else
    cat >"$CHROOT/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $MIRROR
Suites: $SUITE $SUITE-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $SECURITY_MIRROR
Suites: $SUITE-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  fi
}

provision() {
  write_chroot_config
  mount_all
  chroot_argv / "${BUILD_ENV[@]}" -- sh -ec '
    apt-get update
    apt-get install -y --no-install-recommends "$@"
    apt-get clean
    rm -rf /var/lib/apt/lists/*' sh "${APT_PACKAGES[@]}"
  step "apt-get install (${#APT_PACKAGES[@]} packages + deps)" "${CARGV[@]}"
  # pip uses the host's CA bundle (TLS-intercepting proxies in CI); it is
  # copied to the chroot's tmpfs /tmp only, so the image itself is unchanged.
  local pip_env=()
  local ca=${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt}
  if [[ -r $ca ]]; then
    cp -L -- "$ca" "$CHROOT/tmp/kt-host-ca.pem"
    pip_env=(PIP_CERT=/tmp/kt-host-ca.pem)
  fi
  chroot_argv / "${BUILD_ENV[@]}" "${pip_env[@]}" -- sh -ec '
    [ -x "$0/bin/python3" ] || python3 -m venv --system-site-packages "$0"
    "$0/bin/python3" -m pip install --no-cache-dir -q "$@"' "$VENV" "${PIP_PACKAGES[@]}"
  step "venv $VENV + pip install ${PIP_PACKAGES[*]}" "${CARGV[@]}"
  local info
  chroot_argv / "${RUN_ENV[@]}" -- python3 -c '
import sys, importlib.metadata as md
from qgis.core import Qgis
print("qgis=" + Qgis.version())
print("python=" + sys.version.split()[0])
for p in ("pytest", "pytest-qgis", "pytest-timeout"):
    print(p + "=" + md.version(p))'
  info=$("${CARGV[@]}" </dev/null 2>>"$LOG") || {
    msg "FAILED: smoke test 'from qgis.core import Qgis' in the chroot. Last lines of $LOG:"
    tail -n 40 "$LOG" >&2
    exit 1
  }
  umount_all
  { printf 'spec=%s\nbuilt=%s\n%s\n' "$SPEC" "$(date -u +%FT%TZ)" "$info"; } >"$MARKER.tmp"
  mv -f "$MARKER.tmp" "$MARKER"
}

build() {
  local t0=$SECONDS
  if [[ ${KT_REBUILD:-0} == 1 || ! -f $MARKER ]]; then
    remove_chroot
    : >"$LOG"
    msg "building Debian $SUITE chroot in $CHROOT (several minutes; log: $LOG)"
    ensure_debootstrap
    mkdir -p -- "$CHROOT"
    touch "$OWNER_STAMP"
    local script=()
    # older debootstrap without a trixie script: trixie is bootstrapped like sid
    [[ -e /usr/share/debootstrap/scripts/$SUITE ]] || script=(/usr/share/debootstrap/scripts/sid)
    step "debootstrap --variant=minbase $SUITE" \
      debootstrap --variant=minbase "$SUITE" "$CHROOT" "$MIRROR" "${script[@]}"
  else
    : >"$LOG"
    msg "chroot spec changed: re-provisioning $CHROOT (log: $LOG)"
  fi
  provision
  msg "chroot ready in $(( SECONDS - t0 ))s, size $(du -sh --one-file-system "$CHROOT" | cut -f1)"
}

# ------------------------------------------------------------------- main ---
mkdir -p -- "$(dirname -- "$CHROOT")"
exec 9>>"$LOCK"
# In a private namespace runs only need a shared lock (a rebuild takes it
# exclusively); without one, mounts are global, so runs are serialized.
RUN_LOCK=-s
(( IN_NS )) || RUN_LOCK=-x
flock -n "$RUN_LOCK" 9 || { msg "waiting for lock $LOCK"; flock "$RUN_LOCK" 9; }
(( IN_NS )) || sweep_mounts
if [[ ${KT_REBUILD:-0} == 1 ]] || ! is_ready; then
  flock -u 9
  flock -n -x 9 || { msg "waiting for exclusive lock $LOCK"; flock -x 9; }
  if [[ ${KT_REBUILD:-0} == 1 ]] || ! is_ready; then build; fi
  flock "$RUN_LOCK" 9
fi

(( $# )) || set -- python3 -m pytest -q tests/qgis -p no:cacheprovider

mount_all with-src
chroot_argv /src "${RUN_ENV[@]}" -- python3 -c \
  'import sys; from qgis.core import Qgis; print(Qgis.version(), "/ Python", sys.version.split()[0])'
version=$("${CARGV[@]}" </dev/null 2>/dev/null) || version="(could not import qgis.core!)"
msg "QGIS $version in Debian $SUITE chroot $CHROOT"
if [[ -n ${KT_EXPECT_QGIS:-} && $version != "$KT_EXPECT_QGIS".* ]]; then
  msg "WARNING: expected QGIS $KT_EXPECT_QGIS here (KT_EXPECT_QGIS), got $version"
fi

chroot_argv /src "${RUN_ENV[@]}" -- "$@"
rc=0
supervise "${CARGV[@]}" 9>&- || rc=$?
exit "$rc"
