#!/usr/bin/env python3
"""Batch lines that are all different: every fact varies (actor and target roles, licences, error codes,
hybrid/writeback/sync flags, SSPR scope, registration, symptoms, portal) and every line has its own name,
so no two lines share text, and few share facts. Deterministic (seeded).
    bench/batch-distinct.py LINES OUT.ndjson"""
import csv, json, random, sys

n, out = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(18)
roles = [r["alias"] if "alias" in r else None for r in csv.DictReader(open("content/catalog/roles.csv", encoding="utf-8"))]
errors = [r["code"] for r in csv.DictReader(open("content/catalog/error-codes.csv", encoding="utf-8"))]
roles = ["user-admin", "helpdesk-admin", "password-admin", "global-admin", "authentication-admin",
         "privileged-authentication-admin", "security-admin", "reports-reader", "groups-admin", "exchange-admin"]
targets = roles + ["none"]
licences = ["entra-id-p1", "entra-id-p2", "SPE_E3", "SPE_E5", "o365-e3", "ENTERPRISEPACK", "EMS", "AAD_PREMIUM"]
portals = ["entra", "azure", "m365-admin", "m365-mobile", "graph", "powershell-legacy", "my-staff"]
symptoms = ["greyed-out-button", "no-reset-blade", "no-onprem-blade", "cannot-sign-in-after-reset", "password-rejected",
            "no-security-questions", "error"]
first = ["ana", "budi", "chen", "dewi", "eko", "fang", "gita", "hao", "ika", "joko", "lin", "mei", "nur", "wei"]

def some(xs, k):
    return rnd.sample(xs, rnd.randint(1, k))

with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        o = {"name": f"{rnd.choice(first)}.{i}@contoso{i % 97}.example"}
        if rnd.random() < 0.35:
            o["scenario"] = "self-service"
            o["sspr-scope"] = rnd.choice(["none", "selected", "all"])
            if o["sspr-scope"] == "selected": o["in-sspr-group"] = rnd.random() < 0.5
            o["registered"] = rnd.random() < 0.6
            if rnd.random() < 0.3: o["locked-out"] = True
            if rnd.random() < 0.2: o["guest"] = True
        else:
            o["role"] = some(roles, 2)
            if rnd.random() < 0.8: o["target-role"] = some(targets[:-1], 2) if rnd.random() < 0.7 else ["none"]
            if rnd.random() < 0.2: o["role-not-activated"] = True
            if rnd.random() < 0.3: o["portal"] = rnd.choice(portals)
            if rnd.random() < 0.15: o["target-in-role-assignable-group"] = True
            if rnd.random() < 0.1: o["target-in-restricted-au"] = True
        if rnd.random() < 0.8: o["license"] = some(licences, 2)
        if rnd.random() < 0.5:
            o["hybrid"] = True
            if rnd.random() < 0.8: o["writeback"] = rnd.random() < 0.5
            if rnd.random() < 0.3: o["sync-engine"] = rnd.choice(["connect", "cloud-sync"])
            if rnd.random() < 0.2: o["federated"] = True
        if rnd.random() < 0.3: o["error"] = rnd.choice(errors)
        if rnd.random() < 0.25: o["symptom"] = some(symptoms, 2)
        f.write(json.dumps(o, separators=(",", ":"), ensure_ascii=False) + "\n")
