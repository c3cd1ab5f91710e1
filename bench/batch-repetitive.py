#!/usr/bin/env python3
"""Batch lines whose facts repeat (bench/startup.sh's batch measure and `bench/batch.sh throughput`): two admin
resets (random roles, target roles, hybrid and writeback) for every self-service case. Deterministic (seed 7).
    bench/batch-repetitive.py LINES OUT.ndjson"""
import json, random, sys

n, out = int(sys.argv[1]), sys.argv[2]
random.seed(7)
roles = ["user-admin", "helpdesk-admin", "password-admin", "global-admin", "authentication-admin", "none"]
with open(out, "w") as f:
    for i in range(n):
        if i % 3 == 2:
            o = {"scenario": "self-service", "license": ["o365-e3"], "sspr-scope": random.choice(["all", "selected"]),
                 "registered": random.choice([True, False])}
        else:
            o = {"role": [random.choice(roles)], "target-role": [random.choice(roles)], "hybrid": random.choice([True, False])}
            if o["hybrid"]: o["writeback"] = random.choice([True, False])
        f.write(json.dumps(o) + "\n")
