#!/usr/bin/env bash
# Checks the running Keycloak realm against the conventions: fetches a real token per client and user and checks its claims.
set -euo pipefail
TOKEN=$(dirname "${BASH_SOURCE[0]}")/token.sh
passed=0
failed=0

claims() {
    local payload
    payload=$(cut -d. -f2 <<<"$1" | tr '_-' '/+')
    while [ $(( ${#payload} % 4 )) -ne 0 ]; do payload="$payload="; done
    base64 -d <<<"$payload"
}

# expect LABEL TOKEN_ARGS... -- JQ_ASSERTION
expect() {
    local label=$1 args=() token
    shift
    while [ "$1" != -- ]; do args+=("$1"); shift; done
    shift
    if token=$("$TOKEN" "${args[@]}" 2>/dev/null) && claims "$token" | jq -e "$1" >/dev/null; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $label (${args[*]}): $1" >&2
        if [ -n "${token:-}" ]; then claims "$token" | jq -c '{aud, tenant, roles: .realm_access.roles, lifespan: (.exp - .iat)}' >&2; fi
    fi
}

aud='(.aud | if type == "array" then index("newsroom-api") != null else . == "newsroom-api" end)'
roles='(.realm_access.roles // [])'
expect "partner-acme" partner-acme -- "$aud and .tenant == \"acme\" and ($roles | index(\"partner\") and index(\"reader\")) and ($roles | index(\"admin\") | not)"
expect "partner-globex" partner-globex -- "$aud and .tenant == \"globex\" and ($roles | index(\"partner\") and index(\"reader\"))"
expect "reader-acme" reader-acme -- "$aud and .tenant == \"acme\" and $roles == [\"reader\"]"
expect "shortlived" partner-acme-shortlived -- "$aud and .tenant == \"acme\" and ($roles | index(\"partner\")) and (.exp - .iat) == 5"
expect "admin api" newsroom-admin-api -- "$aud and ($roles | index(\"admin\")) and (.resource_access[\"realm-management\"].roles | index(\"manage-clients\") and index(\"view-clients\") and index(\"query-clients\"))"
expect "user admin" --user admin -- "$aud and ($roles | index(\"admin\")) and (.tenant == null)"
expect "user alice" --user alice -- "$aud and .tenant == \"acme\" and ($roles | index(\"partner\")) and ($roles | index(\"admin\") | not)"
if "$TOKEN" partner-acme not-the-secret >/dev/null 2>&1; then
    failed=$((failed + 1)); echo "FAIL: a wrong client secret was accepted" >&2
else
    passed=$((passed + 1))
fi

echo "realm-check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
