# Shared by scripts/run and scripts/test (sourced, not run): install what is missing, then
# configure and build the release build into build/. Quiet when there is nothing to do.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="$ROOT/build"

install_missing_packages() {
  # shellcheck disable=SC2046  # one package name a word
  install_packages $(grep -v '^\s*#' "$ROOT/scripts/packages.txt" | awk 'NF {print $1}')
}

# Installs those of the named Debian packages that are missing.
install_packages() {
  local missing=()
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  ((${#missing[@]} == 0)) && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: missing packages (${missing[*]}) and no sudo to install them" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "Installing: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure_and_build() {
  # CI builds with warnings as errors; people building at home are not stopped by a new
  # compiler's new warning.
  local werror=OFF
  [ -n "${CI:-}" ] && werror=ON
  if [ ! -f "$BUILD_DIR/CMakeCache.txt" ] || ! grep -q "^MYO_WERROR:BOOL=$werror$" "$BUILD_DIR/CMakeCache.txt"; then
    cmake --preset release -S "$ROOT" -DMYO_WERROR="$werror" >/dev/null
  fi
  cmake --build "$BUILD_DIR" --parallel "$(nproc)" | { grep -v -E '^\[[0-9]+/[0-9]+\] ' || true; }
}
