# Shared by scripts/play and scripts/test (sourced, not run): install what is missing, then configure and build.
# Debian bookworm packages only; nothing third-party is downloaded by CMake.

FRONTLINE_PACKAGES=(build-essential cmake ninja-build pkg-config libsfml-dev libimgui-dev
    nlohmann-json3-dev doctest-dev libcli11-dev libicu-dev libssl-dev libfontconfig1-dev fonts-wqy-microhei
    fonts-dejavu-core fonts-noto-cjk libgraphviz-dev libgl-dev xvfb xauth nodejs npm
    chromium libcurl4-openssl-dev clang-format gettext)

frontline_missing_packages() {
    local p
    for p in "${FRONTLINE_PACKAGES[@]}"; do
        if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then continue; fi
        # NodeSource's nodejs package bundles npm, which then is not a separate Debian package.
        if [[ "$p" == npm ]] && command -v npm >/dev/null 2>&1; then continue; fi
        printf '%s\n' "$p"
    done
}

frontline_install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "frontline: this script expects Debian (bookworm); install the equivalents of: ${FRONTLINE_PACKAGES[*]}" >&2
        return 1
    fi
    local missing
    mapfile -t missing < <(frontline_missing_packages)
    if ((${#missing[@]} == 0)); then return 0; fi
    if [[ "$(id -u)" == 0 ]]; then
        echo "frontline: installing ${missing[*]}"
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    else
        echo "frontline: these packages are missing: ${missing[*]}" >&2
        echo "Install them with:" >&2
        echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
        echo "then run this script again." >&2
        return 1
    fi
}

frontline_build() {  # [ninja targets...]
    local jobs
    jobs="$(nproc 2>/dev/null || echo 2)"
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build build -j "$jobs" ${1:+--target "$@"}
}
