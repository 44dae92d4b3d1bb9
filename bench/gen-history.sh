#!/usr/bin/env bash
# Makes a git repository holding a pac workspace with a long history: PLANS plans (default 20), each
# with 4 objectives and 6 actions, and COMMITS commits (default 2,000) eight hours apart from
# 2025-01-06, the first adding every plan, each later one changing one plan's target or action budget;
# one commit in ten records a decision in a trailer, and one in 21 (once a week) adds the week's rows to
# the committed actuals store, data/actuals.csv (MQLs and each action's spend), for `pac report
# --from-history`. Built with `git fast-import`.
# Usage: COMMITS=2000 PLANS=20 bench/gen-history.sh DIR
set -euo pipefail
dir="$1"
commits="${COMMITS:-2000}"
plans="${PLANS:-20}"
git init -q -b main "$dir"
awk -v commits="$commits" -v plans="$plans" '
function plan(p, v,    s, o, a) {
  s = "pac: 1\nid: plan-" p "\ntitle: Benchmark plan " p "\nowner: Bench\nperiod: {start: 2025-01-01, end: 2027-12-31}\n"
  s = s "budget: 1000000\nkpis:\n  - {id: mql, name: Marketing qualified leads, unit: count}\n"
  s = s "  - {id: revenue, name: Revenue, unit: currency}\n  - {id: spend, name: Spend, unit: currency}\n"
  s = s "objectives:\n"
  for (o = 1; o <= 4; o++)
    s = s "  - {id: obj-" o ", title: Grow qualified leads in region " o ", kpi: mql, baseline: 1000, target: " (2000 + v[p, o]) ", deadline: 2027-12-31}\n"
  s = s "actions:\n"
  for (a = 1; a <= 6; a++)
    s = s "  - {id: act-" a ", title: Campaign " a " for region leads, objectives: [obj-" (1 + a % 4) "], type: promotion, owner: Bench,\n     start: 2025-01-01, due: 2027-12-31, status: active, budget: " (10000 + v[p, 4 + a]) "}\n"
  return s
}
function file(path, s) { printf "M 100644 inline %s\ndata %d\n%s\n", path, length(s), s }
# the UTC day of an epoch second, as YYYY-MM-DD (days to civil date, any awk)
function day(t,    z, era, doe, yoe, y, doy, mp, d, m) {
  z = int(t / 86400) + 719468
  era = int(z / 146097)
  doe = z - era * 146097
  yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
  y = yoe + era * 400
  doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
  mp = int((5 * doy + 2) / 153)
  d = doy - int((153 * mp + 2) / 5) + 1
  m = mp < 10 ? mp + 3 : mp - 9
  return sprintf("%04d-%02d-%02d", m <= 2 ? y + 1 : y, m, d)
}
BEGIN {
  t = 1736150400  # 2025-01-06T08:00:00Z
  store = "date,kpi,value,segment,channel,action\n"
  for (i = 1; i <= commits; i++) {
    msg = i == 1 ? "First plans" : "Update plan " ((i % plans) + 1)
    if (i > 1 && i % 10 == 0) msg = msg "\n\nDecision: act-" (1 + i % 6) " continue\nWhy: benchmark decision " i
    msg = msg "\n"
    printf "commit refs/heads/main\nmark :%d\n", i
    printf "author Bench <bench@example.com> %d +0000\ncommitter Bench <bench@example.com> %d +0000\n", t, t
    printf "data %d\n%s\n", length(msg), msg
    if (i > 1) printf "from :%d\n", i - 1
    if (i == 1) {
      file("pac.yaml", "review:\n  window_weeks: 8\n")
      for (p = 1; p <= plans; p++) file("plans/plan-" p ".yaml", plan(p, v))
    } else {
      p = (i % plans) + 1
      v[p, 1 + i % 10] += 1 + i % 7
      file("plans/plan-" p ".yaml", plan(p, v))
    }
    if (i % 21 == 0) {
      store = store day(t) ",mql," (200 + i % 37) ",,,\n"
      for (a = 1; a <= 6; a++) store = store day(t) ",spend," (500 + (i * a) % 101) ",,,act-" a "\n"
      file("data/actuals.csv", store)
    }
    print ""
    t += 8 * 3600
  }
}' | git -C "$dir" fast-import --quiet
git -C "$dir" checkout -q -f main
