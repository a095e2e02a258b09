#!/usr/bin/env bats
# Man pages, --help and make install agree with what the filters do.

load helper

@test "docs: every man page is clean under mandoc -Tlint" {
    run mandoc -Tlint -W warning "$TOP"/man/*.1 "$TOP"/man/*.7
    assert_success
    assert_output ''
}

@test "docs: every filter has a man page with examples" {
    for f in $FILTERS; do
        grep -q '^\.Sh EXAMPLES' "$TOP/man/$f.1" || fail "$f.1 has no EXAMPLES"
    done
}

@test "docs: the usage of --help is the man page's SYNOPSIS, and both list the same options" {
    for f in $FILTERS; do
        diff <(usage-forms synopsis "$TOP/man/$f.1") <(usage-forms usage "$f") ||
            fail "$f: the usage of --help and the SYNOPSIS differ"
        diff <(usage-forms options "$TOP/man/$f.1") <(usage-forms help-options "$f") ||
            fail "$f: the options of --help and of the page differ"
        [ "$(usage-forms options "$TOP/man/$f.1" | wc -l)" -ge 2 ] || fail "$f: no options read"
    done
}

@test "docs: README names both commands a newcomer types" {
    grep -q 'make demo' "$TOP/README.md"
    grep -q 'make check' "$TOP/README.md"
}

@test "docs: make install honours DESTDIR, PREFIX and MANPREFIX; uninstall removes" {
    dest=$BATS_TEST_TMPDIR/root
    make -s -C "$TOP" install DESTDIR="$dest" PREFIX=/opt/zp MANPREFIX=/opt/zp/man > /dev/null
    for f in $FILTERS; do
        [ -x "$dest/opt/zp/bin/$f" ]
        [ -f "$dest/opt/zp/man/man1/$f.1" ]
    done
    [ -f "$dest/opt/zp/man/man7/zhpipe.7" ]
    make -s -C "$TOP" uninstall DESTDIR="$dest" PREFIX=/opt/zp MANPREFIX=/opt/zp/man
    [ -z "$(find "$dest" -type f)" ]
}

@test "docs: README says where the programs are, and the licence is there" {
    grep -q 'export PATH="$PWD/bin:$PATH"' "$TOP/README.md"
    grep -q '^    make install' "$TOP/README.md"
    grep -q '^ISC License' "$TOP/LICENSE"
    grep -q 'ISC' "$TOP/README.md"
}

# Every `    $ COMMAND` in README that runs on examples/raw, with the
# indented lines under it: the output README shows.
@test "docs: README's worked example prints what README shows" {
    cd "$BATS_TEST_TMPDIR"
    awk '/^    \$ / { n++; open = 1; print substr($0, 7) > ("command" n); printf "" > ("expected" n); next }
         open && /^    / { print substr($0, 5) > ("expected" n); next }
         { open = 0 }' "$TOP/README.md"
    local checked=0 command
    for command in command*; do
        grep -q 'raw/' "$command" || continue
        # what README cannot show: a line's trailing TAB before an empty field
        run bash -c "set -o pipefail; cd '$TOP/examples' && $(cat "$command") | sed 's/[[:blank:]]*\$//'"
        assert_success
        assert_output "$(cat "expected${command#command}")"
        checked=$((checked + 1))
    done
    [ "$checked" -ge 2 ]
}
