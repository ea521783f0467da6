#!/usr/bin/env bash
# Builds the suite's JVM images with podman, offline: a base image made here from Debian packages (mmdebstrap minbase,
# CA certificates, curl for podman's healthchecks, a jlink runtime of the Temurin 25 JDK, user 1001), then each
# service's Dockerfile.jvm on it.
# Usage: deploy/local/images.sh [article-service|extraction-service|gateway]...  (no name = all three)
# The base is cached under .run/images/ (a tar and the podman image, keyed by the recipe): a second run reuses it.
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ALL=(article-service extraction-service gateway)
IMAGES_DIR=$RUN_DIR/images
MODULES_FILE=$NEWSROOM_ROOT/deploy/local/base-image/jre-modules
SUITE=bookworm
# Files no service reads, removed from the rootfs (dpkg's path-exclude trips over packages' symlinked doc folders).
UNREAD_FILES='usr/share/man/* usr/share/doc/* usr/share/info/* usr/share/locale/* usr/share/lintian/* var/cache/apt/* var/lib/apt/lists/* var/log/*'

jre_modules() { grep -v '^#' "$MODULES_FILE" | grep . | paste -sd, -; }

# The base's identity: the module list, the JDK's exact release, the Debian suite and this script's recipe.
base_key() {
    local jdk=$1
    { jre_modules; "$jdk/bin/java" -version 2>&1; echo "$SUITE $UNREAD_FILES"; sed -n '/^build_rootfs()/,/^}/p' "$0"; } \
        | sha256sum | cut -c1-12
}

build_jre() {
    local jdk=$1 jre=$2
    rm -rf "$jre"
    say "base: jlink runtime of $(jre_modules | tr ',' '\n' | wc -l) modules from $jdk"
    "$jdk/bin/jlink" --add-modules "$(jre_modules)" --strip-debug --no-man-pages --no-header-files \
        --compress=zip-6 --output "$jre"
}

# Debian minbase + ca-certificates, the runtime at /opt/java and the service user 1001, as one tar. curl: podman
# kube play turns a liveness probe into a healthcheck that runs `curl -f` inside the container.
build_rootfs() {
    local jre=$1 tar=$2 mirror=()
    [ -f /etc/apt/sources.list.d/debian.sources ] && mirror=(/etc/apt/sources.list.d/debian.sources)
    mmdebstrap --variant=minbase --include=ca-certificates,curl \
        --customize-hook="cp -a '$jre' \"\$1/opt/java\"" \
        --customize-hook='chroot "$1" groupadd --gid 1001 newsroom' \
        --customize-hook='chroot "$1" useradd --uid 1001 --gid 1001 --no-create-home --home-dir /tmp --shell /usr/sbin/nologin newsroom' \
        --customize-hook="cd \"\$1\" && rm -rf $UNREAD_FILES" \
        "$SUITE" "$tar" "${mirror[@]}"
}

# Prints the base image's name, building what the cache does not hold.
ensure_base() {
    local jdk key image tar partial
    jdk=$(pick_jdk 25) || die "the base's runtime is made from a JDK 25 (Temurin 25 at $TEMURIN_25)"
    key=$(base_key "$jdk")
    image=localhost/newsroom/base:$key
    tar=$IMAGES_DIR/base-$key.tar
    partial=$IMAGES_DIR/base-$key.partial.tar
    if pm image exists "$image"; then
        warn "base: $image cached"
    else
        if [ -f "$tar" ]; then
            warn "base: importing the cached rootfs $tar"
        else
            mkdir -p "$IMAGES_DIR"
            local start=$SECONDS
            [ -x "$IMAGES_DIR/jre-$key/bin/java" ] || build_jre "$jdk" "$IMAGES_DIR/jre-$key" >&2
            warn "base: mmdebstrap --variant=minbase $SUITE (log: $LOG_DIR/base-image.log)"
            build_rootfs "$IMAGES_DIR/jre-$key" "$partial" >"$LOG_DIR/base-image.log" 2>&1 \
                || { log_tail "$LOG_DIR/base-image.log"; rm -f "$partial"; die "base: mmdebstrap failed"; }
            mv "$partial" "$tar"
            find "$IMAGES_DIR" -maxdepth 1 -name 'base-*.tar' ! -name "base-$key.tar" -delete
            rm -rf "$IMAGES_DIR/jre-$key"
            warn "base: rootfs built in $((SECONDS - start))s"
        fi
        pm import --quiet \
            --change 'ENV JAVA_HOME=/opt/java' \
            --change 'ENV PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
            --change 'USER 1001' \
            --change 'WORKDIR /tmp' \
            "$tar" "$image" >/dev/null
        warn "base: imported as $image"
    fi
    printf '%s\n' "$image"
}

# A service's fast-jar is stale when the root pom or a pom or main source of the service (with the engine, in
# extraction-service/) changed after it was packaged.
jar_stale() {
    local jar=$NEWSROOM_ROOT/$1/target/quarkus-app/quarkus-run.jar
    [ -f "$jar" ] || return 0
    [ "$NEWSROOM_ROOT/pom.xml" -nt "$jar" ] && return 0
    find "$NEWSROOM_ROOT/$1" -name target -prune -o -type f \( -name pom.xml -o -path '*/src/main/*' \) \
        -newer "$jar" -print -quit | grep -q .
}

build_jars() {
    local name missing=()
    for name in "$@"; do
        jar_stale "$name" && missing+=("$name")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local jdk
    jdk=$(pick_jdk 21) || die "building needs a JDK >= 21 (Temurin 25 expected at $TEMURIN_25)"
    say "images: building ${missing[*]} (mvn -B -q package -DskipTests -pl $(IFS=,; echo "${missing[*]}") -am)"
    (cd "$NEWSROOM_ROOT" && JAVA_HOME=$jdk mvn -B -q package -DskipTests -pl "$(IFS=,; echo "${missing[*]}")" -am) \
        >"$LOG_DIR/images-build.log" 2>&1 || { log_tail "$LOG_DIR/images-build.log"; die "build failed"; }
}

image_size_mb() { pm image inspect -f '{{.Size}}' "$1" | awk '{printf "%d MB\n", $1 / 1000000}'; }

main() {
    local names=("$@") name base image start
    [ ${#names[@]} -gt 0 ] || names=("${ALL[@]}")
    for name in "${names[@]}"; do
        case " ${ALL[*]} " in *" $name "*) ;; *) die "unknown service '$name' (known: ${ALL[*]})" ;; esac
    done
    mkdir -p "$RUN_DIR" "$LOG_DIR"
    install_container_tools
    write_containers_conf
    base=$(ensure_base)
    build_jars "${names[@]}"
    for name in "${names[@]}"; do
        image=$(service_image "$name")
        start=$SECONDS
        pm build --quiet --build-arg BASE_IMAGE="$base" -f "$NEWSROOM_ROOT/$name/src/main/docker/Dockerfile.jvm" \
            -t "$image" "$NEWSROOM_ROOT/$name" >"$LOG_DIR/image-$name.log" 2>&1 \
            || { log_tail "$LOG_DIR/image-$name.log"; die "$name: podman build failed"; }
        say "$name: built $image in $((SECONDS - start))s"
    done
    say ""
    printf '%-52s %s\n' IMAGE SIZE
    for image in "$base" $(for name in "${names[@]}"; do service_image "$name"; done); do
        printf '%-52s %s\n' "$image" "$(image_size_mb "$image")"
    done
}

main "$@"
