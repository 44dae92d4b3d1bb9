#!/usr/bin/env bash
# Times `pac import` of a 1M-row CSV in the store's layout: into an empty store, then again over it
# (every row unchanged), with wall time and peak RSS from /usr/bin/time. Needs a build (mvn package or
# compile). Uses bin/pac when it exists, else java with target/classes and the Maven classpath.
# Usage: bench/import.sh [ROWS]   (JAVA_OPTS are passed to java in the fallback)
# bench/run times the same three imports through bin/pac, with mawk and a Python csv script as peers.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ -x "$root/bin/pac" ]]; then
  pac=("$root/bin/pac")
else
  cp_file="$root/target/bench-classpath.txt"
  if [[ ! -s "$cp_file" ]]; then
    (cd "$root" && mvn -q -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$cp_file" >/dev/null)
  fi
  # shellcheck disable=SC2206
  pac=(java ${JAVA_OPTS:-} -cp "$root/target/classes:$(cat "$cp_file")" dev.pac.cli.Main)
fi

mkdir -p "$work/ws/plans"
cat > "$work/ws/plans/bench.yaml" <<'YAML'
pac: 1
id: bench
title: Benchmark plan
owner: Bench
period: {start: 2025-01-01, end: 2027-12-31}
kpis:
  - {id: mql, name: Marketing qualified leads, unit: count}
  - {id: sql, name: Sales qualified leads, unit: count}
  - {id: meetings, name: Meetings, unit: count}
  - {id: spend, name: Spend, unit: currency}
  - {id: revenue, name: Revenue, unit: currency}
objectives:
  - {id: leads, title: Grow qualified leads every quarter, kpi: mql, target: 1000000, deadline: 2027-12-31}
actions:
  - {id: webinar-series, title: Webinars, objectives: [leads], type: promotion, owner: Bench,
     start: 2025-01-01, due: 2027-12-31, budget: 1000}
YAML
"$root/bench/gen-actuals.sh" "$rows" > "$work/actuals.csv"
echo "CSV: $rows rows, $(stat -c %s "$work/actuals.csv") bytes"
cat "$work/actuals.csv" > /dev/null # in the page cache, as the figures assume

run() {
  /usr/bin/time -f "$1: %e s wall, %U s user, %S s sys, %M KB peak RSS" "${pac[@]}" -C "$work/ws" import "$work/actuals.csv"
}
run "into an empty store"
run "again, all unchanged"
# the weekly case: ten new rows into the 1M-row store
printf 'date,kpi,value,segment,channel,action\n' > "$work/week.csv"
for s in smb mid-market enterprise; do for c in webinar outbound events partners; do
  printf '2028-01-03,mql,%d,%s,%s,\n' "$RANDOM" "$s" "$c" >> "$work/week.csv"; done; done
sed -i '12,$d' "$work/week.csv" # the header and ten rows
/usr/bin/time -f "10 rows into the store: %e s wall, %U s user, %S s sys, %M KB peak RSS" "${pac[@]}" -C "$work/ws" import "$work/week.csv"
echo "store: $(stat -c %s "$work/ws/data/actuals.csv") bytes, $(($(wc -l < "$work/ws/data/actuals.csv") - 1)) rows"
