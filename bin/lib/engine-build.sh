# Sourced by bin/extract, bin/bench and bin/score: builds the engine module (extraction-service/engine) classes when
# missing or stale and resolves its runtime classpath once. Sets: root, module, target, java, engine_classpath.
# Maven runs online, so that a fresh cache fetches the plugins and libraries it lacks from Maven Central; when a
# build fails, engine_build prints Maven's output and exits: a script never goes on with stale or missing classes.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
module="$root/extraction-service/engine"
target="$module/target"

if [[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Runs Maven quietly at the root; on failure prints its output and what failed, and exits the calling script.
engine_mvn() {
  local log status=0
  log="$(mktemp)"
  (cd "$root" && export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}" && mvn -B -q "$@") \
    > "$log" 2>&1 || status=$?
  if [[ $status -ne 0 ]]; then
    sed 's/\x1b\[[0-9;]*m//g' "$log" >&2
    echo "$(basename "$0"): the engine build failed (mvn $*, exit $status); nothing was run" >&2
    rm -f "$log"
    exit 3
  fi
  rm -f "$log"
}

engine_build() {
  local classpath_file="$target/runtime-classpath.txt" stamp="$target/classes/.extract-stamp"
  if [[ ! -f "$stamp" ]] || [[ -n "$(find "$module/src/main" "$module/pom.xml" "$root/pom.xml" -newer "$stamp" -print -quit)" ]]; then
    echo "building the engine classes for $(basename "$0")" >&2
    rm -f "$stamp"
    engine_mvn -pl extraction-service/engine compile
    touch "$stamp"
  fi
  if [[ ! -s "$classpath_file" ]] || [[ "$module/pom.xml" -nt "$classpath_file" ]] || [[ "$root/pom.xml" -nt "$classpath_file" ]]; then
    rm -f "$classpath_file"
    engine_mvn -pl extraction-service/engine dependency:build-classpath \
      -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=runtime
    if [[ ! -s "$classpath_file" ]]; then
      echo "$(basename "$0"): Maven wrote no classpath to $classpath_file" >&2
      exit 3
    fi
  fi
  engine_classpath="$target/classes:$(cat "$classpath_file")"
}
