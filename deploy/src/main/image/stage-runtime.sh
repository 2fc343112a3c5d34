#!/usr/bin/env bash
# Stages the image's runtime for Jib: the JDK's files that running needs (bin/java and lib/ without the sources and
# javac's symbols, conf/, legal/ for the licences, release) at /opt/java, the system's shared libraries they load at
# the paths the loader looks for them, and the empty folders the image needs (/tmp, the data folder).
# A script rather than Ant's <copy>: that loses file modes, and which libraries are needed is for ldd to say on the
# machine that builds, not for a list to guess.
#   stage-runtime.sh JDK DIRECTORY
set -euo pipefail
jdk="$1"
out="$2"
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
if [ "${major:-0}" -lt 23 ]; then
    # The image starts Java with --sun-misc-unsafe-memory-access=allow, which JDK 23 brought.
    echo "The image needs a JDK 23 or newer; $jdk is $major. Name one with -Dimage.jdk=…" >&2
    exit 1
fi
rm -rf "$out"
mkdir -p "$out/opt/java/bin" "$out/tmp" "$out/var/lib/maizuru-claims"
cp -p "$jdk/bin/java" "$out/opt/java/bin/"
cp -pr "$jdk/conf" "$jdk/legal" "$jdk/release" "$out/opt/java/"
cp -pr "$jdk/lib" "$out/opt/java/"
# Sources and javac's symbols are for compiling, jexec for running jars as programs; the class data archives for compact object headers serve only a JVM
# started with them (the default archives stay, so the start is as quick as the JDK's own); the X11 and sound libraries need the X and ALSA libraries that a
# server has no use for (the application runs headless).
rm -f "$out/opt/java/lib/src.zip" "$out/opt/java/lib/jexec" "$out/opt/java/lib/ct.sym" "$out"/opt/java/lib/server/classes*_coh.jsa \
    "$out/opt/java/lib/libawt_xawt.so" "$out/opt/java/lib/libjawt.so" \
    "$out/opt/java/lib/libsplashscreen.so" "$out/opt/java/lib/libjsound.so"
# Every library the remaining binaries load from the system, copied as a file (not a link) to the path ldd resolved.
find "$out/opt/java/bin/java" "$out/opt/java/lib" -type f \( -name '*.so' -o -name java -o -name jspawnhelper \) \
    -print0 \
    | LD_LIBRARY_PATH="$out/opt/java/lib:$out/opt/java/lib/server" xargs -0 ldd 2>/dev/null \
    | grep -o '/[^ ]*\.so[^ ]*' | grep -v "^$out/" | sort -u \
    | while read -r library; do
        mkdir -p "$out$(dirname "$library")"
        cp -L "$library" "$out$library"
    done
if [ ! -f "$out/lib64/ld-linux-x86-64.so.2" ] || [ ! -f "$out/lib/x86_64-linux-gnu/libc.so.6" ]; then
    echo "The system's loader and C library were not found where the image expects them (x86-64 glibc)." >&2
    exit 1
fi
