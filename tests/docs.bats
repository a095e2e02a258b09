#!/usr/bin/env bats
# Man pages, --help and make install agree with what the filters do.

load helper

FILTERS="decode t2s strip-boilerplate dedup-docs split-sections extract-numbers to-csv"

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

@test "docs: every long option in --help is in the man page, and back" {
    for f in $FILTERS; do
        help_options=$("$f" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
        page_options=$(grep -o 'Fl \\-[a-z][a-z-]*' "$TOP/man/$f.1" | sed 's/Fl \\-/--/' | sort -u)
        [ "$help_options" = "$page_options" ] ||
            fail "$f: --help has [$help_options], the page has [$page_options]"
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
