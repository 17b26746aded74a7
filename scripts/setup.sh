#!/usr/bin/env bash
# Installs everything LDE-check needs on a Debian bookworm machine. Idempotent: a second run only checks.
# Runs as root or through sudo. Fails loudly, naming what is missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="$here/.cache"
stamp="$cache/setup.ok"

IMGUI_VERSION="1.90.1"
IMGUI_DEB_VERSION="1.90.1+ds-1"
IMGUI_ORIG="imgui_1.90.1+ds.orig.tar.xz"
IMGUI_SHA256="ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c"

APT_PACKAGES=(cmake g++ make emscripten nlohmann-json3-dev catch2 fonts-dejavu-core chromium
  python3 fonttools terser zopfli xz-utils ca-certificates dpkg-dev gzip clang-14 libclang-rt-14-dev time)

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || die "not root and no sudo: run as root"
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive

missing_packages() {
  local p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || printf '%s ' "$p"
  done
}

# 1. Debian packages -------------------------------------------------------------------------------
need="$(missing_packages)"
if [ -n "$need" ]; then
  say "installing Debian packages: $need"
  $SUDO apt-get update -qq || die "apt-get update failed (no network to the Debian mirror?)"
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null \
    || die "apt-get install failed for: $need"
  need="$(missing_packages)"
  [ -z "$need" ] || die "still missing after install: $need"
else
  say "Debian packages present"
fi
command -v em++ >/dev/null || die "em++ not found after installing 'emscripten'"
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium not found after installing 'chromium'"
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || die "DejaVuSans.ttf missing (package fonts-dejavu-core)"

# 2. Dear ImGui sources from Debian's source package ------------------------------------------------
imgui_dir="$cache/imgui-$IMGUI_VERSION"
if [ ! -f "$imgui_dir/imgui.cpp" ]; then
  mkdir -p "$cache/src"
  if [ ! -f "$cache/src/$IMGUI_ORIG" ]; then
    if ! grep -rqs "deb-src" /etc/apt/sources.list.d/ldecheck-src.sources 2>/dev/null; then
      say "adding a deb-src entry for trixie (Dear ImGui $IMGUI_VERSION sources)"
      uris="$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)"
      [ -n "$uris" ] || uris="http://deb.debian.org/debian"
      printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uris" \
        | $SUDO tee /etc/apt/sources.list.d/ldecheck-src.sources >/dev/null
      $SUDO apt-get update -qq || die "apt-get update failed after adding the deb-src entry"
    fi
    (cd "$cache/src" && apt-get source --download-only "imgui=$IMGUI_DEB_VERSION" >/dev/null 2>&1) \
      || die "could not download the Debian source package imgui=$IMGUI_DEB_VERSION"
  fi
  actual="$(sha256sum "$cache/src/$IMGUI_ORIG" | cut -d' ' -f1)"
  if [ "$actual" != "$IMGUI_SHA256" ]; then
    rm -f "$cache/src/$IMGUI_ORIG"
    die "checksum mismatch for $IMGUI_ORIG: expected $IMGUI_SHA256, got $actual"
  fi
  rm -rf "$imgui_dir" "$cache/imgui-unpack"
  mkdir -p "$cache/imgui-unpack"
  tar -xJf "$cache/src/$IMGUI_ORIG" -C "$cache/imgui-unpack"
  mv "$cache/imgui-unpack"/* "$imgui_dir"
  rmdir "$cache/imgui-unpack"
  [ -f "$imgui_dir/imgui.cpp" ] || die "imgui.cpp not found in $IMGUI_ORIG"
  say "Dear ImGui $IMGUI_VERSION unpacked in .cache/"
else
  say "Dear ImGui $IMGUI_VERSION present"
fi

# npm_ci_once DIR MARKER NAME: npm ci in DIR (pinned by its committed package-lock.json) unless MARKER
# (a path inside DIR/node_modules) is already there.
npm_ci_once() {
  if [ ! -e "$here/$1/node_modules/$2" ]; then
    command -v npm >/dev/null || die "npm not found (Node.js is expected on this machine)"
    say "installing $3 from npm"
    (cd "$here/$1" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci in $1 failed"
  else
    say "$3 present"
  fi
}

# 3. playwright-core for the browser tests ------------------------------------------------------------
npm_ci_once tests/e2e playwright-core playwright-core

# 4. Closure Compiler for the browser app's JavaScript runtime -----------------------------------------
# Emscripten runs it on lde_app.js (--closure 1, wasm/CMakeLists.txt). Debian's emscripten points at
# Debian's closure-compiler package, which is far too old for Emscripten 3.1.6's output; this is the
# release Emscripten 3.1.6 was made with (a native binary; no Java needed).
npm_ci_once scripts/closure .bin/google-closure-compiler google-closure-compiler

touch "$stamp"
say "ready"
