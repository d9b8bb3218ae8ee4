#!/usr/bin/env bash
# Readies jrnl for bench/jrnl.mjs without pip: jrnl runs from its own source
# folder on Debian's python3, with its Python dependencies from Debian.
# Nothing of jrnl is downloaded here; check out github.com/jrnl-org/jrnl
# (a v4 tag) yourself, outside this repository.
#   bench/jrnl-setup.sh <jrnl source folder> [launcher, default /tmp/jrnl-launcher]
# then JRNL=<launcher> BENCH_RUNS=10 node bench/jrnl.mjs
set -eu
src=${1:?usage: bench/jrnl-setup.sh <jrnl source folder> [launcher]}
launcher=${2:-/tmp/jrnl-launcher}
# Debian's own interpreter: a pyenv or venv python3 first on PATH does not see Debian's packages.
python=/usr/bin/python3
[ -f "$src/jrnl/__main__.py" ] || { echo "no jrnl source in $src (expected $src/jrnl/__main__.py)" >&2; exit 1; }
src=$(cd "$src" && pwd)
case "$src/" in "$(cd "$(dirname "$0")/.." && pwd)/"*) echo "keep jrnl's source outside this repository" >&2; exit 1 ;; esac

packages=(python3-colorama python3-cryptography python3-dateutil python3-keyring python3-parsedatetime
  python3-rich python3-ruamel.yaml python3-tzlocal python3-xdg)
need=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "as root: apt-get install --no-install-recommends ${need[*]}" >&2; exit 1; fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

PYTHONPATH=$src "$python" -m jrnl --version | head -n 1
printf '#!/usr/bin/env bash\nPYTHONPATH=%q exec %s -m jrnl "$@"\n' "$src" "$python" > "$launcher"
chmod +x "$launcher"
echo "JRNL=$launcher BENCH_RUNS=10 node bench/jrnl.mjs"
