#!/usr/bin/env python3
"""The script an admin would write instead of `orgdesk-cli users list --format csv`.

Walks POST /admin/v2/orgs/{orgId}/directories/-/users/search one page at a time with the
cursor, asking for the same body as the CLI (page size, expansions, sort by nickname), and
writes the CLI's CSV columns to standard output. It is the peer that bench/bench_listing.py
compares Orgdesk's listing with, so it stays plain: requests, one session, no threads.

    ORGDESK_API_KEY=... list_users.py --base-url http://127.0.0.1:PORT --org-id ORG > users.csv
"""

import argparse
import csv
import os
import sys

import requests

COLUMNS = ["account_id", "name", "email", "status", "account_status", "last_active",
           "mfa_enabled", "claim_status", "management_source", "added_to_org"]


def seconds(timestamp):
    """'2024-05-01T09:30:00.123Z' as the CLI writes it: whole seconds, UTC."""
    return timestamp[:19] + "Z" if timestamp else ""


def cell(value):
    """A cell as the CLI writes it: a leading = + - @ would read as a spreadsheet formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def row(user):
    last_active = max((access.get("lastActiveTimestamp", "")
                       for access in user.get("productAccess", [])), default="")
    return [cell(value) for value in (
        user.get("accountId"), user.get("name"), user.get("email"), user.get("status"),
        user.get("accountStatus"), seconds(last_active), user.get("mfaEnabled"),
        user.get("claimStatus"), user.get("managementSource"),
        seconds(user.get("addedToOrg", "")))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--org-id", required=True)
    arguments = parser.parse_args()

    url = (f"{arguments.base_url.rstrip('/')}/admin/v2/orgs/{arguments.org_id}"
           "/directories/-/users/search")
    body = {"limit": 100, "expand": ["productAccess"],
            "sortBy": [{"field": "nick_name", "direction": "asc"}]}
    session = requests.Session()
    session.headers.update({"Authorization": f"Bearer {os.environ['ORGDESK_API_KEY']}",
                            "Accept": "application/json"})
    out = csv.writer(sys.stdout, lineterminator="\r\n")
    out.writerow(COLUMNS)
    while True:
        answer = session.post(url, json=body, timeout=30)
        answer.raise_for_status()
        page = answer.json()
        out.writerows(row(user) for user in page["data"])
        cursor = page.get("links", {}).get("next")
        if not cursor:
            return
        body["cursor"] = cursor


if __name__ == "__main__":
    main()
