#!/usr/bin/env bash
# Captures the fuzz targets' seed inputs (fuzz/corpus/<target>/) from real answers of the
# sandbox: starts orgdesk-sandbox with a key of its own (in a file removed at the end), saves a
# few answers of each route with curl, then the inputs that are files the app reads (journal,
# settings, pasted lists) as the app writes them. Run it again after the sandbox's answers
# change, and commit what it writes. Needs curl, and the sandbox and orgdesk-cli of a build:
#   scripts/fuzz-corpus.sh [BUILD_DIR]        (default: build)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
sandbox=$build/app/orgdesk-sandbox/orgdesk-sandbox
cli=$build/app/orgdesk-cli/orgdesk-cli
corpus=$root/fuzz/corpus

scratch=$(mktemp -d)
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT
head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$scratch/key"

# start_sandbox [OPTION...]: sets base, org and key from the sandbox's ready line.
start_sandbox() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    "$sandbox" --users 30 --seed 1 --key-file "$scratch/key" "$@" >"$scratch/ready" &
    sandbox_pid=$!
    for _ in $(seq 100); do
        [ -s "$scratch/ready" ] && break
        sleep 0.1
    done
    base=$(grep -o '"baseUrl":"[^"]*"' "$scratch/ready" | cut -d'"' -f4)
    org=$(grep -o '"orgId":"[^"]*"' "$scratch/ready" | cut -d'"' -f4)
    key=$(cat "$scratch/key")
}

# save TARGET NAME PATH [CURL OPTION...]: the answer's body, whatever its status.
save() {
    local target=$1 name=$2 path=$3
    shift 3
    mkdir -p "$corpus/$target"
    curl -s -o "$corpus/$target/$name" -H "Authorization: Bearer $key" \
        -H 'Accept: application/json' "$@" "$base$path"
}


rm -rf "$corpus"
start_sandbox
save users list.json "/admin/v2/orgs/$org/directories/-/users?limit=2"
account=$(grep -o '"accountId":"[^"]*"' "$corpus/users/list.json" | head -1 | cut -d'"' -f4)
save users search.json "/admin/v2/orgs/$org/directories/-/users/search" \
    -X POST -H 'Content-Type: application/json' --data '{"limit":2,"accountStatuses":["active"]}'
save users one.json "/admin/v2/orgs/$org/directories/-/users/$account"
save users last-active.json "/admin/v1/orgs/$org/directory/users/$account/last-active-dates"
save users stats.json "/admin/v2/orgs/$org/directories/-/users/stats"
save users manage-profile.json "/users/$account/manage/profile"
save users manage.json "/users/$account/manage"
save groups list.json "/admin/v2/orgs/$org/directories/-/groups?limit=2"
save groups stats.json "/admin/v2/orgs/$org/directories/-/groups/stats"
save domains list.json "/admin/v1/orgs/$org/domains"
save policies control.json "/admin/control/v2/orgs/$org/policies?limit=2"
save policies v1.json "/admin/v1/orgs/$org/policies"
save levels list.json "/admin/dlp/v1/orgs/$org/classification-levels"
save keys list.json "/admin/api-access/v1/orgs/$org/api-keys?pageSize=2"
save tokens list.json "/admin/api-access/v1/orgs/$org/api-tokens?pageSize=2"
save tokens manage.json "/users/$account/manage/api-tokens"
save roles assignments.json "/admin/v2/orgs/$org/directories/-/users/$account/role-assignments"
save roles orgs.json "/admin/v1/orgs"
save roles directories.json "/admin/v2/orgs/$org/directories"
save roles workspaces.json "/admin/v2/orgs/$org/workspaces" \
    -X POST -H 'Content-Type: application/json' --data '{"limit":2}'
save events stream.json "/admin/v1/orgs/$org/events-stream?limit=3"
save events search.json "/admin/v1/orgs/$org/events?limit=3&q=suspended"
event=$(grep -o '"id":"[^"]*","links"' "$corpus/events/stream.json" | head -1 | cut -d'"' -f4)
save events one.json "/admin/v1/orgs/$org/events/$event"
save events actions.json "/admin/v1/orgs/$org/event-actions"

# Error bodies: the shapes the sandbox answers with (CATALOG §0.4).
save errorbody proxy-401.json "/admin/v1/orgs/$org/domains" -H 'Authorization: Bearer wrong'
save errorbody forbidden-403.json "/admin/v1/orgs/00000000-0000-0000-0000-000000000000/domains"
save errorbody errors-400.json "/admin/v2/orgs/$org/directories/-/users?cursor=bogus"
save errorbody manage-404.json "/users/nobody/manage/lifecycle/disable" \
    -X POST -H 'Content-Type: application/json' --data '{}'
save errorbody control-404.json "/admin/control/v2/orgs/$org/policies/none"
save errorbody manage-400.json "/users/$account/manage/profile" \
    -X PATCH -H 'Content-Type: application/json' --data '{"email":1'

# A bulk job's journal as orgdesk-cli leaves it (the fuzz target names its file job.jsonl), and
# the same cut short by a crash.
mkdir -p "$corpus/journal"
emails=$(grep -o '"email":"[^"]*"' "$corpus/users/list.json" | cut -d'"' -f4 | paste -sd,)
XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config "$cli" users suspend --org-id "$org" \
    --base-url "$base" --emails "$emails" --reason "fuzz seed" --yes --key-stdin \
    <"$scratch/key" >/dev/null
journal=$(find "$scratch/data" -name '*.jsonl' | head -1)
job=$(basename "$journal" .jsonl)
sed "s/\"id\":\"$job\"/\"id\":\"job\"/" "$journal" >"$corpus/journal/finished.jsonl"
head -3 "$corpus/journal/finished.jsonl" >"$corpus/journal/interrupted.jsonl"
printf '{"i":1,"s":"do' >>"$corpus/journal/interrupted.jsonl"

# What people type into the audit log's search box.
mkdir -p "$corpus/auditsearch"
printf 'suspend' >"$corpus/auditsearch/word.txt"
printf '"jane doe" api* 10.0.0.1 -x OR (y' >"$corpus/auditsearch/mixed.txt"
printf 'jane.doe@example.com NEAR(a b) "unclosed' >"$corpus/auditsearch/syntax.txt"

# Pagers: a mode byte (bit 0: POST search, bit 1: link pager) then a page.
mkdir -p "$corpus/pager"
{ printf '\x00'; cat "$corpus/users/list.json"; } >"$corpus/pager/cursor-get.bin"
{ printf '\x01'; cat "$corpus/users/search.json"; } >"$corpus/pager/cursor-search.bin"
{ printf '\x02'; cat "$corpus/domains/list.json"; } >"$corpus/pager/link.bin"
{ printf '\x00'; cat "$corpus/tokens/list.json"; } >"$corpus/pager/cursor-tokens.bin"

# CIDR ranges from the seeded IP allowlists.
mkdir -p "$corpus/cidr"
n=0
for range in $(grep -o '"in":\[[^]]*\]' "$corpus/policies/control.json" | grep -o '"[0-9a-f.:]*/[0-9]*"' | tr -d '"'); do
    n=$((n + 1))
    printf '%s' "$range" >"$corpus/cidr/range-$n.txt"
done
printf '203.0.113.0/24\n\n2001:db8::/32\n10.0.0.1\n' >"$corpus/cidr/lines.txt"

# Rate-limit headers of a real 429: Retry-After, X-RateLimit-Limit, -Remaining, -Reset.
start_sandbox --rate-limit 2
mkdir -p "$corpus/ratelimit"
for i in $(seq 6); do
    curl -s -o /dev/null -D "$scratch/headers-$i" -H "Authorization: Bearer $key" \
        "$base/admin/v1/orgs/$org/domains"
done
n=0
for file in "$scratch"/headers-*; do
    header() { grep -i "^$1:" "$file" | cut -d' ' -f2- | tr -d '\r\n'; }
    n=$((n + 1))
    printf '%s\n%s\n%s\n%s' "$(header Retry-After)" "$(header X-RateLimit-Limit)" \
        "$(header X-RateLimit-Remaining)" "$(header X-RateLimit-Reset)" >"$corpus/ratelimit/answer-$n.txt"
done
printf 'Wed, 21 Oct 2026 07:28:30 GMT\n100\n3\n1792567710' >"$corpus/ratelimit/http-date.txt"

# Files the app reads that no server wrote: a settings file as ProfileStore writes it, a pasted
# list, CSV fields.
mkdir -p "$corpus/settings" "$corpus/peoplelist" "$corpus/csvrecord"
cat >"$corpus/settings/orgdesk.conf" <<EOF
[General]
profiles\\order=a1, b2
profiles\\last=a1
window\\theme=dark

[profile-a1]
name=Acme
kind=organization
orgId=$org
baseUrl=$base
keyLabel=Orgdesk
keyExpiry=2027-06-25
scimDirectories=d1, d2

[profile-b2]
name=Sandbox
kind=sandbox
baseUrl=https://api.atlassian.com
EOF
grep -o '"email":"[^"]*"' "$corpus/users/list.json" | cut -d'"' -f4 | sed 's/^/Name </; s/$/>,/' \
    >"$corpus/peoplelist/pasted.txt"
printf '%s; %s\n"Quoted" <x@example.com>\n' "$account" "5b10ac8d82e05b22cc7d4ef5" >>"$corpus/peoplelist/pasted.txt"
printf 'email,name\r\nb@example.com,B\r\n' >"$corpus/peoplelist/list.csv"
printf 'Aiko\0=SUM(A1)\0a,"b"\0line\r\nnext' >"$corpus/csvrecord/fields.bin"
echo "Saved $(find "$corpus" -type f | wc -l) files, $(du -sh "$corpus" | cut -f1), in $corpus"
