#!/usr/bin/env bash
# Compares builds of pac on the store work, interleaved run by run so that every build meets the same
# neighbours on a shared machine: an import of a generated 1M-row CSV into an empty store, the same
# import again (all unchanged), ten new rows into that store, a report over it, and `pac --version`.
# Prints, per build and step, the median wall time, user+sys CPU and peak RSS.
#
# Usage: bench/ab.sh ROUNDS HOME...    HOME: a checkout (or a copy of its bin/, examples/ and
#                                      target/pac.jar, target/pac.commands) whose bin/pac is timed
#        ROWS=N bench/ab.sh ...        size of the generated file (default 1,000,000)
#        ONLY_REPORT=1 bench/ab.sh ... the report only
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds=$1
shift
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/bench/gen-actuals.sh" "${ROWS:-1000000}" > "$work/actuals.csv"
mkdir -p "$work/plans"
# the benchmark plan of bench/run
# shellcheck disable=SC2016
sed -n '/^cat > "\$work\/ws\/plans\/bench.yaml" <<.YAML./,/^YAML$/p' "$root/bench/run" | sed '1d;$d' \
  > "$work/plans/bench.yaml"
printf 'date,kpi,value,segment,channel,action\n' > "$work/week.csv"
for s in smb mid-market enterprise; do for c in webinar outbound events partners; do
  printf '2028-01-03,mql,7,%s,%s,\n' "$s" "$c" >> "$work/week.csv"; done; done
sed -i '12,$d' "$work/week.csv"
i=0
for h in "$@"; do
  i=$((i + 1))
  mkdir -p "$work/$i/ws"
  cp -r "$work/plans" "$work/$i/ws/"
  : > "$work/$i.times"
  # the start-up archives are made on a command's first run
  "$h/bin/pac" --version > /dev/null 2>&1 || true
  "$h/bin/pac" -C "$work/$i/ws" report > /dev/null 2>&1 || true
done
# t N STEP CMD...: appends "STEP wall user sys rss_kb" to build N's times
t() {
  local n=$1 step=$2
  shift 2
  /usr/bin/time -f "$step %e %U %S %M" -a -o "$work/$n.times" "$@" > /dev/null 2> "$work/$n.err" \
    || { echo "bench/ab.sh: $step failed:" >&2; cat "$work/$n.err" >&2; exit 1; }
}
for _ in $(seq "$rounds"); do
  i=0
  for h in "$@"; do
    i=$((i + 1))
    ws="$work/$i/ws"
    p="$h/bin/pac"
    if [[ -n ${ONLY_REPORT:-} ]]; then
      [[ -f $ws/data/actuals.csv ]] || "$p" -C "$ws" import "$work/actuals.csv" > /dev/null 2>&1
      t $i report "$p" -C "$ws" report --as-of 2026-06-01
      continue
    fi
    rm -rf "$ws/data"
    t $i import "$p" -C "$ws" import "$work/actuals.csv"
    t $i reimport "$p" -C "$ws" import "$work/actuals.csv"
    cp "$ws/data/actuals.csv" "$work/$i/store.csv"
    t $i weekly "$p" -C "$ws" import "$work/week.csv"
    cp "$work/$i/store.csv" "$ws/data/actuals.csv"
    t $i report "$p" -C "$ws" report --as-of 2026-06-01
    t $i version "$p" --version
  done
done
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "| build | step | median wall s | median user+sys s | median peak RSS MB | runs |"
echo "|---|---|---:|---:|---:|---:|"
i=0
for h in "$@"; do
  i=$((i + 1))
  awk -v b="$h" '
    { w[$1] = w[$1] " " $2; c[$1] = c[$1] " " ($3 + $4); m[$1] = m[$1] " " $5 }
    function med(s,   a, k, x, y, t) {
      k = split(s, a, " ")
      for (x = 1; x <= k; x++) for (y = x + 1; y <= k; y++) if (a[y] < a[x]) { t = a[x]; a[x] = a[y]; a[y] = t }
      return a[int((k + 1) / 2)]
    }
    END { for (s in w) printf "| %s | %s | %.2f | %.2f | %d | %d |\n", b, s, med(w[s]), med(c[s]), med(m[s]) / 1024, split(w[s], z, " ") }
  ' "$work/$i.times" | sort
done
