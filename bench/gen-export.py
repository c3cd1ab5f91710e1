#!/usr/bin/env python3
"""Synthetic Microsoft Graph exports of N users, for the audit benchmark (run on demand).

  bench/gen-export.py N OUT_DIR [--seed S] [--page RECORDS]

Writes, in OUT_DIR:
  registration.json   userRegistrationDetails as Graph pages of 999 records, concatenated as a paging loop saves them
  registration.ndjson the same records, one per line
  users.json          Graph users pages (accountEnabled, userType, onPremisesSyncEnabled, assignedLicenses)
  skus.json           subscribedSkus
The mix follows what a mid-size tenant looks like: ~5% B2B guests, ~3% admins, ~70% of members registered
for SSPR, ~40% synced from on-premises AD, most users on a licence with Entra ID P1, some on Office 365 E3
(no P1), a few unlicensed and a few disabled accounts. Deterministic for a given seed.
"""
import argparse
import json
import os
import random
import uuid

SKUS = [  # (skuId, part number, share of users)
    ("05e9a617-0261-4cee-bb44-138d3ef5d965", "SPE_E3", 0.55),
    ("06ebc4ee-1bb5-47dd-8120-11324bc54e06", "SPE_E5", 0.10),
    ("6fd2c87f-b296-42f0-b197-1e91e994b900", "ENTERPRISEPACK", 0.25),
    (None, None, 0.10),  # unlicensed
]
METHODS = ["microsoftAuthenticatorPush", "mobilePhone", "email", "softwareOneTimePasscode", "fido2",
           "officePhone", "alternateMobilePhone", "windowsHelloForBusiness", "securityQuestion"]
PREFERRED = ["push", "oath", "sms", "voiceMobile", "none"]


def pick_sku(rnd):
    x = rnd.random()
    for sku_id, part, share in SKUS:
        if x < share:
            return sku_id
        x -= share
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--page", type=int, default=999, help="records a page (Graph's largest $top is 999)")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    page = a.page
    ctx_reg = "https://graph.microsoft.com/v1.0/$metadata#reports/authenticationMethods/userRegistrationDetails"
    ctx_users = "https://graph.microsoft.com/v1.0/$metadata#users(id,userPrincipalName,accountEnabled,userType,onPremisesSyncEnabled,assignedLicenses)"
    with open(os.path.join(a.out, "registration.json"), "w") as reg, \
         open(os.path.join(a.out, "registration.ndjson"), "w") as nd, \
         open(os.path.join(a.out, "users.json"), "w") as users:
        for start in range(0, a.n, page):
            reg_records, user_records = [], []
            for i in range(start, min(a.n, start + page)):
                uid = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
                guest = rnd.random() < 0.05
                admin = not guest and rnd.random() < 0.03
                upn = (f"partner{i}_fabrikam.example#EXT#@contoso.onmicrosoft.com" if guest
                       else f"user{i}@contoso.example")
                enabled = rnd.random() < (0.95 if not guest else 0.5)
                n_methods = 0 if rnd.random() < 0.25 else rnd.choice([1, 1, 2, 2, 2, 3, 4])
                methods = rnd.sample(METHODS, n_methods)
                # admins need two methods (two-gate policy); members one, as most tenants configure
                registered = n_methods >= (2 if admin else 1)
                synced = None if guest else (True if rnd.random() < 0.40 else (False if rnd.random() < 0.05 else None))
                sku = None if guest else pick_sku(rnd)
                pref = rnd.choice(PREFERRED) if n_methods else "none"
                reg_records.append({
                    "id": uid, "userPrincipalName": upn, "userDisplayName": f"User {i}",
                    "userType": "guest" if guest else "member", "isAdmin": admin,
                    "isSsprRegistered": registered, "isSsprEnabled": enabled,
                    "isSsprCapable": registered and enabled,
                    "isMfaRegistered": n_methods > 0, "isMfaCapable": n_methods > 0 and enabled,
                    "isPasswordlessCapable": "fido2" in methods or "windowsHelloForBusiness" in methods,
                    "isSystemPreferredAuthenticationMethodEnabled": True,
                    "systemPreferredAuthenticationMethods": [pref],
                    "userPreferredMethodForSecondaryAuthentication": pref,
                    "methodsRegistered": methods, "lastUpdatedDateTime": "2026-10-02T08:14:00Z"})
                user_records.append({
                    "id": uid, "userPrincipalName": upn, "accountEnabled": rnd.random() < 0.97,
                    "userType": "Guest" if guest else "Member", "onPremisesSyncEnabled": synced,
                    "assignedLicenses": [] if sku is None else [{"skuId": sku, "disabledPlans": []}]})
            nxt = f"https://graph.microsoft.com/v1.0/reports/authenticationMethods/userRegistrationDetails?$skiptoken=p{start}"
            reg.write(json.dumps({"@odata.context": ctx_reg, "value": reg_records, "@odata.nextLink": nxt},
                                 separators=(",", ":")) + "\n")
            for r in reg_records:
                nd.write(json.dumps(r, separators=(",", ":")) + "\n")
            users.write(json.dumps({"@odata.context": ctx_users, "value": user_records}, separators=(",", ":")) + "\n")
    skus = {"value": [{"id": f"tenant_{sid}", "skuId": sid, "skuPartNumber": part, "appliesTo": "User",
                       "capabilityStatus": "Enabled", "consumedUnits": 0,
                       "prepaidUnits": {"enabled": a.n, "suspended": 0, "warning": 0, "lockedOut": 0}}
                      for sid, part, _ in SKUS if sid]}
    with open(os.path.join(a.out, "skus.json"), "w") as f:
        json.dump(skus, f)


if __name__ == "__main__":
    main()
