#!/usr/bin/env bash
# Start-up of `pac validate`, each figure with yamllint in the same run (on a shared machine the ratio
# says more than the seconds): a cold validate of the example plan, and a validate of a workspace of
# generated plans (copies of the example under other ids). Prints Markdown rows for docs/performance.md,
# wall time and user + sys CPU, medians.
#
# Usage: bench/validate.sh [RUNS] [PLANS]   RUNS: runs of each (default 15); PLANS: plans (default 300)
#        PAC=path/to/bin/pac bench/validate.sh   another build's launcher (default: this checkout's)
# Needs: bin/pac with target/pac.jar built, /usr/bin/time; yamllint (apt-get install yamllint).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-15}"
plans="${2:-300}"
pac="${PAC:-$root/bin/pac}"
plan="$root/examples/acme/plans/h1-2027.yaml"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/ws/plans"
cp "$root/examples/acme/pac.yaml" "$work/ws/"
for i in $(seq -w 1 "$plans"); do
  sed "s/^id: .*/id: plan-$i/" "$plan" > "$work/ws/plans/plan-$i.yaml"
done

# time FILE CMD...: appends "wall user sys" to FILE
timed() { local f=$1; shift; /usr/bin/time -f "%e %U %S" -a -o "$f" "$@" > /dev/null 2>&1 || true; }
# row LABEL FILE: the medians of wall and of user + sys
row() {
  awk '{ print $1, $2 + $3 }' "$2" | sort -n -k1,1 | awk '{ w[NR] = $1 } END { printf "%s", w[int((NR + 1) / 2)] }' > "$work/mw"
  awk '{ print $2 + $3 }' "$2" | sort -n | awk '{ c[NR] = $1 } END { printf "%s", c[int((NR + 1) / 2)] }' > "$work/mc"
  printf '| %s | %.3f | %.3f |\n' "$1" "$(cat "$work/mw")" "$(cat "$work/mc")"
}

"$pac" validate "$plan" > /dev/null 2>&1 || true # the launcher's class-data archive is made on a first run
echo "load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
echo
echo "| work | median wall s | median user+sys s |"
echo "|---|---:|---:|"
for _ in $(seq "$runs"); do
  timed "$work/pv" "$pac" validate "$plan"
  timed "$work/yv" yamllint -d relaxed "$plan"
done
row "pac validate (cold, example plan)" "$work/pv"
row "yamllint -d relaxed (same plan)" "$work/yv"
for _ in $(seq "$runs"); do
  timed "$work/pw" "$pac" -C "$work/ws" validate
done
row "pac validate ($plans plans)" "$work/pw"
for _ in $(seq 3); do
  timed "$work/yw" yamllint -d relaxed "$work/ws/plans"
done
row "yamllint -d relaxed ($plans plans, 3 runs)" "$work/yw"
awk -v p="$(sort -n "$work/pv" | awk '{ w[NR] = $1 } END { print w[int((NR + 1) / 2)] }')" \
  -v y="$(sort -n "$work/yv" | awk '{ w[NR] = $1 } END { print w[int((NR + 1) / 2)] }')" \
  'BEGIN { printf "\ncold validate / yamllint, medians of the same run: %.2fx\n", p / y }'
