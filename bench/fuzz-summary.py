#!/usr/bin/env python3
"""Summarises libFuzzer logs of bench/fuzz.sh runs (one LOG per target) into a Markdown table:
fuzzing seconds (from libFuzzer's own clock), executions, executions per second, coverage, findings.

    bench/fuzz-summary.py target/fuzz-logs/*.log > bench/results/fuzz.md
"""
import os
import re
import sys

rows = []
for path in sys.argv[1:]:
    name = os.path.basename(path)[:-4]
    if name == 'compile':
        continue
    text = open(path, encoding='utf-8', errors='replace').read()
    status = re.findall(r'^#(\d+)\s+\S+\s+cov: (\d+).*?exec/s: (\d+)', text, re.M)
    if not status:
        continue
    execs, cov, _ = status[-1]
    # libFuzzer reports "exec/s" as executions since start / seconds since start
    rates = [int(r) for _, _, r in status if int(r) > 0]
    rate = rates[-1] if rates else 0
    seconds = round(int(execs) / rate) if rate else 0
    findings = re.findall(r'== Java Exception: (?:java\.lang\.)?(\w+(?:Error|Exception)): ([^\n]{0,90})', text)
    rows.append((name, seconds, int(execs), rate, int(cov), findings))

print('| target | fuzzing seconds | executions | exec/s | coverage (edges) | findings |')
print('|---|---:|---:|---:|---:|---|')
total = 0
for name, seconds, execs, rate, cov, findings in rows:
    total += seconds
    shown = '; '.join(f'{k}: {m.strip()}'.replace('|', '\\|') for k, m in findings) or 'none'
    print(f'| {name} | {seconds} | {execs} | {rate} | {cov} | {shown} |')
print(f'\nTotal fuzzing time: {total} s ({total / 3600:.2f} h).')
