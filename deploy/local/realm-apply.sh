#!/usr/bin/env bash
# Brings a running Keycloak's realm newsroom up to date with deploy/keycloak/newsroom-realm.json for the parts added
# after a realm was first imported, through Keycloak's admin REST API: no restart, no wiped data. Idempotent: a client
# is created when missing and updated to the file's representation when present; a user is created when missing
# (an existing user is left as it is, with its password).
# Usage: deploy/local/realm-apply.sh            (admin credentials: KC_BOOTSTRAP_ADMIN_USERNAME/PASSWORD, else admin/admin)
set -euo pipefail
DEPLOY=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REALM_FILE=$DEPLOY/keycloak/newsroom-realm.json
KC_URL=${NEWSROOM_KC_URL:-http://127.0.0.1:8180}
REALM=newsroom
# What this script keeps in step: the console's client and the people the console's tests log in as.
CLIENTS=(newsroom-console)
USERS=(admin alice)

say() { printf 'realm-apply: %s\n' "$*"; }
die() { printf 'realm-apply: %s\n' "$*" >&2; exit 1; }

# The realm file's ${NAME:default} placeholders, resolved the way Keycloak's import resolves them.
resolve_placeholders() {
    perl -pe 's/\$\{([A-Z0-9_]+):([^}]*)\}/exists $ENV{$1} ? $ENV{$1} : $2/ge'
}

admin_token() {
    curl -sS -f -X POST "$KC_URL/realms/master/protocol/openid-connect/token" -d grant_type=password -d client_id=admin-cli \
        --data-urlencode "username=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
        --data-urlencode "password=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" | jq -r .access_token
}

api() {
    local method=$1 path=$2
    shift 2
    curl -sS -o /dev/null -w '%{http_code}' -X "$method" "$KC_URL/admin/realms/$REALM$path" \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"
}

TOKEN=$(admin_token) || die "no admin token from $KC_URL (is Keycloak up? deploy/local/infra.sh status keycloak)"
[ -n "$TOKEN" ] && [ "$TOKEN" != null ] || die "no admin token from $KC_URL"
REALM_JSON=$(resolve_placeholders <"$REALM_FILE")

for client_id in "${CLIENTS[@]}"; do
    wanted=$(jq -c --arg id "$client_id" '.clients[] | select(.clientId == $id)' <<<"$REALM_JSON")
    [ -n "$wanted" ] || die "client $client_id is not in $REALM_FILE"
    existing=$(curl -sS -f "$KC_URL/admin/realms/$REALM/clients?clientId=$client_id" -H "Authorization: Bearer $TOKEN" \
        | jq -r --arg id "$client_id" '.[] | select(.clientId == $id) | .id')
    if [ -z "$existing" ]; then
        status=$(api POST /clients --data-binary "$wanted")
        [ "$status" = 201 ] || die "creating client $client_id answered $status"
        say "client $client_id created"
    else
        # the mappers are replaced as a whole: drop the existing ones, the update creates the file's
        for mapper in $(curl -sS -f "$KC_URL/admin/realms/$REALM/clients/$existing/protocol-mappers/models" \
                -H "Authorization: Bearer $TOKEN" | jq -r '.[].id'); do
            api DELETE "/clients/$existing/protocol-mappers/models/$mapper" >/dev/null
        done
        status=$(api PUT "/clients/$existing" --data-binary "$(jq -c --arg uuid "$existing" '. + {id: $uuid}' <<<"$wanted")")
        [ "$status" = 204 ] || die "updating client $client_id answered $status"
        say "client $client_id updated"
    fi
done

for username in "${USERS[@]}"; do
    found=$(curl -sS -f "$KC_URL/admin/realms/$REALM/users?username=$username&exact=true" -H "Authorization: Bearer $TOKEN" | jq length)
    if [ "$found" = 0 ]; then
        user=$(jq -c --arg name "$username" '.users[] | select(.username == $name)' <<<"$REALM_JSON")
        [ -n "$user" ] || die "user $username is not in $REALM_FILE"
        status=$(api POST /users --data-binary "$(jq -c 'del(.realmRoles)' <<<"$user")")
        [ "$status" = 201 ] || die "creating user $username answered $status"
        uid=$(curl -sS -f "$KC_URL/admin/realms/$REALM/users?username=$username&exact=true" -H "Authorization: Bearer $TOKEN" | jq -r '.[0].id')
        roles=$(for role in $(jq -r '.realmRoles[]?' <<<"$user"); do
            curl -sS -f "$KC_URL/admin/realms/$REALM/roles/$role" -H "Authorization: Bearer $TOKEN"; done | jq -s -c .)
        status=$(api POST "/users/$uid/role-mappings/realm" --data-binary "$roles")
        [ "$status" = 204 ] || die "granting roles to user $username answered $status"
        say "user $username created"
    fi
done
say "realm $REALM on $KC_URL is up to date for: ${CLIENTS[*]} ${USERS[*]}"
