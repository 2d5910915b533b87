#!/usr/bin/env bash
# Prints a CDS Hooks client JWT (RS384) for trying the CDS endpoints with curl, as a development EHR would sign it.
# For development only: a real EHR signs its own tokens with its own key.
#
# The first run makes a key pair in data/cds-dev-issuer/ (private.pem, owner-only; jwks.json, the public JWK Set).
# Start the service with that issuer on its allow-list (see README, "CDS Hooks"):
#   java -Dspinetriage.cds.issuers.dev.iss=http://localhost/dev-ehr \
#        -Dspinetriage.cds.issuers.dev.jwks-file=data/cds-dev-issuer/jwks.json \
#        -jar target/quarkus-app/quarkus-run.jar
#
# Usage: tools/cds-dev-jwt.sh <the endpoint URL the token is for (its aud)>
# Each token is good for one call (its jti is refused the second time) and for 5 minutes.
# Needs openssl and xxd.
set -euo pipefail

AUD=${1:?usage: $0 <endpoint URL, e.g. http://localhost:8080/cds-services/back-pain-injection-triage>}
DIR=${CDS_DEV_ISSUER_DIR:-data/cds-dev-issuer}
ISS=${CDS_DEV_ISSUER:-http://localhost/dev-ehr}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

if [ ! -f "$DIR/private.pem" ]; then
  mkdir -p "$DIR"
  chmod 700 "$DIR"
  (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DIR/private.pem" 2>/dev/null)
  MODULUS=$(openssl rsa -in "$DIR/private.pem" -noout -modulus | cut -d= -f2 | xxd -r -p | b64url)
  # genpkey's default public exponent is 65537, "AQAB" in base64url.
  printf '{"keys":[{"kty":"RSA","kid":"dev-1","use":"sig","alg":"RS384","n":"%s","e":"AQAB"}]}\n' "$MODULUS" \
    > "$DIR/jwks.json"
fi

NOW=$(date +%s)
HEADER=$(printf '{"alg":"RS384","typ":"JWT","kid":"dev-1"}' | b64url)
PAYLOAD=$(printf '{"iss":"%s","sub":"dev-ehr","aud":"%s","iat":%d,"exp":%d,"jti":"%s"}' \
  "$ISS" "$AUD" "$NOW" $((NOW + 300)) "$(openssl rand -hex 16)" | b64url)
SIGNATURE=$(printf '%s.%s' "$HEADER" "$PAYLOAD" | openssl dgst -sha384 -sign "$DIR/private.pem" -binary | b64url)
echo "$HEADER.$PAYLOAD.$SIGNATURE"
