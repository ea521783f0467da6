#!/usr/bin/env bash
# Prints an access token from the local Keycloak realm newsroom.
# Usage: deploy/local/token.sh CLIENT_ID [SECRET]       client-credentials grant (dev secret by default)
#        deploy/local/token.sh --user USERNAME [PASSWORD] password grant through the public client newsroom-cli
set -euo pipefail
KC_TOKEN_URL=${NEWSROOM_KC_URL:-http://127.0.0.1:8180}/realms/newsroom/protocol/openid-connect/token

dev_secret() {
    case $1 in
        partner-acme) echo "${NEWSROOM_PARTNER_ACME_SECRET:-acme-secret}" ;;
        partner-globex) echo "${NEWSROOM_PARTNER_GLOBEX_SECRET:-globex-secret}" ;;
        reader-acme) echo "${NEWSROOM_READER_ACME_SECRET:-reader-secret}" ;;
        partner-acme-shortlived) echo "${NEWSROOM_SHORTLIVED_SECRET:-shortlived-secret}" ;;
        newsroom-admin-api) echo "${NEWSROOM_ADMIN_API_SECRET:-admin-api-secret}" ;;
        *) echo "no development secret known for client '$1'; pass it as second argument" >&2; exit 2 ;;
    esac
}

[ $# -ge 1 ] || { sed -n '3,4p' "$0" >&2; exit 2; }
if [ "$1" = --user ]; then
    [ $# -ge 2 ] || { echo "usage: $0 --user USERNAME [PASSWORD]" >&2; exit 2; }
    response=$(curl -sS -X POST "$KC_TOKEN_URL" -d grant_type=password -d client_id=newsroom-cli \
        --data-urlencode "username=$2" --data-urlencode "password=${3:-$2}")
else
    secret=${2:-$(dev_secret "$1")}
    response=$(curl -sS -X POST "$KC_TOKEN_URL" -u "$1:$secret" -d grant_type=client_credentials)
fi
token=$(jq -r '.access_token // empty' <<<"$response")
[ -n "$token" ] || { echo "no token from $KC_TOKEN_URL: $response" >&2; exit 1; }
printf '%s\n' "$token"
