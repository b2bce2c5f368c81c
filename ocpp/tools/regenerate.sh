#!/usr/bin/env bash
# Regenerates the schema resources and the message sources of the ocpp module from the OCA JSON schemas
# shipped by the npm package ocpp-rpc. Needs npm, a JDK 21+ and network access to the npm registry; the normal
# build needs none of this, because both outputs are committed.
#
#   ocpp/tools/regenerate.sh            # ocpp-rpc 2.2.1, the version the committed schemas come from
#   OCPP_RPC_VERSION=2.3.0 ocpp/tools/regenerate.sh
set -euo pipefail

module="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$module/.." && pwd)"
version="${OCPP_RPC_VERSION:-2.2.1}"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "Fetching ocpp-rpc@$version"
(cd "$work" && npm pack "ocpp-rpc@$version" --silent > /dev/null && tar xzf ocpp-rpc-*.tgz)

# The generator lives in the test sources but depends only on Jackson, so it is compiled on its own: it must
# run even when the generated sources it replaces no longer compile.
(cd "$root" && ./mvnw -B -q -pl ocpp dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=test)
"${java_bin}javac" -d "$work/classes" -cp "$(cat "$work/classpath")" "$module"/src/test/java/io/evzone/ocpp/codegen/*.java
classpath="$work/classes:$(cat "$work/classpath")"

rm -rf "$module/src/main/resources/io/evzone/ocpp/schemas"
"${java_bin}java" -cp "$classpath" io.evzone.ocpp.codegen.SchemaImport "$work/package/lib/schemas" "$module"
"${java_bin}java" -cp "$classpath" io.evzone.ocpp.codegen.MessageGenerator "$module"
echo "Done. Review with git diff, then run ./mvnw -pl ocpp verify"
