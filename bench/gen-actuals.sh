#!/usr/bin/env bash
# Writes a CSV in the actuals store's layout to stdout: ROWS rows (default 1,000,000, about 50 MB),
# unique keys over consecutive dates from 2025-01-01, 5 KPIs (mql sql meetings spend revenue),
# 4 segments, 5 channels and 10 actions ("" = total among them), with values like 1234.56.
# Rows come date by date but not in the store's key order (kpi varies fastest), as a CRM export would.
# Usage: bench/gen-actuals.sh [ROWS] > actuals-1m.csv
set -euo pipefail
rows="${1:-1000000}"
exec awk -v rows="$rows" 'BEGIN {
  split("mql sql meetings spend revenue", kpi, " ")
  nseg = split(",smb,mid-market,enterprise", seg, ",")
  nch = split(",webinar,outbound,events,partners", ch, ",")
  nact = split(",webinar-series,cold-email,trade-show,partner-push,case-studies,seo-refresh,abm-pilot,referral,retargeting", act, ",")
  split("31 28 31 30 31 30 31 31 30 31 30 31", mdays, " ")
  print "date,kpi,value,segment,channel,action"
  y = 2025; m = 1; d = 1; n = 0; seed = 42
  while (n < rows) {
    feb = (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28
    date = sprintf("%04d-%02d-%02d", y, m, d)
    for (s = 1; s <= nseg && n < rows; s++)
      for (c = 1; c <= nch && n < rows; c++)
        for (a = 1; a <= nact && n < rows; a++)
          for (k = 1; k <= 5 && n < rows; k++) {
            seed = (seed * 1103515245 + 12345) % 2147483648
            v = seed % 100000
            if (k >= 4) value = sprintf("%d.%02d", seed % 10000000, seed % 97)
            else value = sprintf("%d", v % 5000)
            print date "," kpi[k] "," value "," seg[s] "," ch[c] "," act[a]
            n++
          }
    d++
    if (d > (m == 2 ? feb : mdays[m])) { d = 1; m++ }
    if (m > 12) { m = 1; y++ }
  }
}'
