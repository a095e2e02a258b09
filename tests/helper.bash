# Shared set-up for every zhpipe bats file.
load '/usr/lib/bats/bats-support/load.bash'
load '/usr/lib/bats/bats-assert/load.bash'
bats_require_minimum_version 1.5.0

# from this file, so that tests in a subdirectory (tests/long) find it too
TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ZP_BIN=${ZP_BIN:-$TOP/bin}
ZP_TOOLS=${ZP_TOOLS:-$TOP/build/tools}
FIXTURES=$TOP/tests/fixtures
ARTICLES=$FIXTURES/articles
PATH=$ZP_BIN:$ZP_TOOLS:$TOP/tests/tools:$PATH
# The filters, as the Makefile lists them (tests/run asks it once).
FILTERS=${ZP_FILTERS:-$(MAKEFLAGS= MAKELEVEL= make -s --no-print-directory -C "$TOP" list-filters)}
export LC_ALL=C.UTF-8

# Runs a shell command line, for pipes and redirections.
run_sh() { run bash -c "$1"; }

# Fails unless every line of FILE is valid UTF-8 without control characters
# and the file ends in LF: the text stream's promise.
assert_text_stream() {
    local file=$1
    iconv -f UTF-8 -t UTF-8 "$file" > /dev/null || fail "$file: not valid UTF-8"
    if tr -d '\n\f' < "$file" | grep -q -P '[\x{0}-\x{1f}\x{7f}-\x{9f}]'; then
        fail "$file: holds control characters"
    fi
    if [ -s "$file" ] && [ "$(tail -c 1 "$file" | od -An -tx1 | tr -d ' ')" != 0a ]; then
        fail "$file: no final LF"
    fi
}

# repeat_text N FILE...: the FILEs, N times over; one process, not N.
repeat_text() {
    local n=$1; shift
    awk -v n="$n" '{ text = text $0 "\n" }
        END { for (i = 0; i < n; i++) printf "%s", text }' "$@"
}

# repeat_docs N FILE...: N rounds of the FILEs, each copy a document of its
# own after a header line naming it doc1, doc2, ...
repeat_docs() {
    local n=$1; shift
    awk -v n="$n" 'FNR == 1 { files++ } { text[files] = text[files] $0 "\n" }
        END { for (i = 0; i < n; i++) for (f = 1; f <= files; f++) printf "\fdoc%d\n%s", ++doc, text[f] }' "$@"
}
