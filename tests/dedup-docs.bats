#!/usr/bin/env bats
# dedup-docs: documents that repeat an earlier one are dropped.

load helper

DEDUP=$FIXTURES/dedup

setup() { cd "$BATS_TEST_TMPDIR"; }

# The fixture pages NAME... under their headers, through t2s and
# strip-boilerplate, as the pipeline gives them to dedup-docs.
clean() {
    local name
    for name in "$@"; do
        printf '\f%s\n' "$name"
        cat "$DEDUP/$name.txt"
    done | t2s | strip-boilerplate -j 1
}

ALL="01-original 02-portal 03-traditional 04-retitled 05-opening 06-abstract 07-same-jiedao
08-template 09-template-repost 10-stock-a 11-stock-b 12-followup 13-brief 14-brief-copy"

# The documents of a stream, less those named in a list's first column.
without_listed() {
    awk -F'\t' 'NR == FNR { if (FNR > 1) gone[$1] = 1; next }
                /^\f/ { skip = substr($0, 2) in gone } !skip' "$1" "$2"
}

# A line of n Han characters drawn with a seed.
han() { perl -CS -e 'srand($ARGV[0]); print map({ chr(0x4E00 + int(rand(0x5000))) } 1 .. $ARGV[1]), "\n"' "$1" "$2"; }

# COUNT documents named PREFIX1, PREFIX2 ...: each a line of SHARED Han
# characters drawn with the seed (document number % GROUPS), then UNIQUE of
# its own.
documents() {
    perl -CS -e 'my ($prefix, $count, $groups, $shared, $unique) = @ARGV;
        sub line { my ($seed, $n) = @_; srand($seed); join("", map { chr(0x4E00 + int(rand(0x5000))) } 1 .. $n) }
        for my $i (1 .. $count) {
            print "\f$prefix$i\n", line(1000000 + $i % $groups, $shared), "\n", line($i, $unique), "\n";
        }' "$@"
}

@test "dedup-docs --help names every option (docs.bats checks its usage against the SYNOPSIS)" {
    run dedup-docs --help
    assert_success
    assert_line --index 0 --partial 'usage: dedup-docs [-l] [-t threshold]'
    for option in --threshold --list --explain --signatures --seen --version; do
        assert_output --partial -- "$option"
    done
}

@test "dedup-docs --version" {
    run dedup-docs --version
    assert_success
    assert_output --regexp '^dedup-docs \(zhpipe\) [0-9.]+$'
}

@test "dedup-docs: an unknown option or a threshold out of (0, 1] is a usage error, exit 2" {
    run dedup-docs --bogus
    assert_failure 2
    assert_output --partial "Try 'dedup-docs --help'"
    for t in 0 1.5 -0.2 abc 0.5x ''; do
        run dedup-docs -t "$t" /dev/null
        assert_failure 2
        assert_output --partial "invalid threshold: '$t'"
    done
    run dedup-docs -t 1 /dev/null
    assert_success
}

@test "dedup-docs: the article's five copies are found, its near misses and the short notices kept (fixtures, exact list)" {
    clean $ALL > stream.txt
    run dedup-docs -l stream.txt
    assert_success
    diff <(printf '%s\n' "$output") "$DEDUP/expected.tsv" || fail "the list differs from expected.tsv"
}

@test "dedup-docs: the text is the input less the repeats, each kept document byte for byte" {
    clean $ALL > stream.txt
    dedup-docs -l stream.txt > list.tsv
    dedup-docs stream.txt > out.txt
    without_listed list.tsv stream.txt > want.txt
    cmp want.txt out.txt
    [ "$(grep -c $'^\f' out.txt)" -eq 8 ]
    assert_text_stream out.txt
}

@test "dedup-docs: each copy alone after the original is a repeat; each near miss alone after its closest is not" {
    for copy in 02-portal 03-traditional 04-retitled 05-opening 06-abstract; do
        clean 01-original "$copy" > pair.txt
        run dedup-docs -l pair.txt
        assert_equal "$(tail -n +2 <<< "$output" | cut -f1,2)" "$copy"$'\t'01-original
    done
    for pair in "01-original 07-same-jiedao" "01-original 12-followup" "10-stock-a 11-stock-b" \
        "11-stock-b 10-stock-a" "12-followup 01-original" "01-original 08-template"; do
        clean $pair > pair.txt
        run dedup-docs -l pair.txt
        assert_output $'doc\tkept_doc\tcontainment'
    done
    # and the repost of the other site's article after it
    clean 08-template 09-template-repost > pair.txt
    run dedup-docs -l pair.txt
    assert_equal "$(tail -n +2 <<< "$output" | cut -f1,2)" 09-template-repost$'\t'08-template
}

@test "dedup-docs: the first of a group is kept: a shortened copy first makes the full article the repeat" {
    clean 05-opening 01-original 02-portal > stream.txt
    run dedup-docs -l stream.txt
    assert_equal "$(tail -n +2 <<< "$output" | cut -f1,2)" $'01-original\t05-opening\n02-portal\t05-opening'
}

@test "dedup-docs: -t raises or lowers the bar: 0.3 takes the stock-paragraph page, 0.98 leaves the shortened copies" {
    clean $ALL > stream.txt
    dedup-docs -l -t 0.3 stream.txt | cut -f1 > low.txt
    grep -qx 11-stock-b low.txt
    dedup-docs -l -t 0.98 stream.txt | cut -f1 > high.txt
    grep -qx 02-portal high.txt
    ! grep -qx 05-opening high.txt
    ! grep -qx 06-abstract high.txt
}

@test "dedup-docs: a document of fewer than 50 Han characters and digits is never a repeat nor an original" {
    clean 13-brief 14-brief-copy 13-brief > stream.txt
    run dedup-docs -l stream.txt
    assert_output $'doc\tkept_doc\tcontainment'
    # a long article that opens with the notice is no copy of it
    { cat "$DEDUP/13-brief.txt"; cat "$DEDUP/01-original.txt"; } > 15-brief-and-article.txt
    { printf '\fbrief\n'; cat "$DEDUP/13-brief.txt"; printf '\farticle\n'; cat 15-brief-and-article.txt; } > stream.txt
    run dedup-docs -l stream.txt
    assert_output $'doc\tkept_doc\tcontainment'
}

@test "dedup-docs --explain writes -l's records and the same text as without it" {
    clean $ALL > stream.txt
    dedup-docs -e log.tsv stream.txt > out.txt
    dedup-docs stream.txt > plain.txt
    cmp plain.txt out.txt
    dedup-docs -l stream.txt > list.tsv
    cmp list.tsv log.tsv
}

@test "dedup-docs: a sharded run (signatures, then a second pass with --seen) equals the single stream" {
    clean 01-original 07-same-jiedao 08-template 13-brief > shard.1
    clean 02-portal 09-template-repost 10-stock-a 05-opening 14-brief-copy > shard.2
    clean 03-traditional 11-stock-b 12-followup 04-retitled 06-abstract > shard.3
    cat shard.1 shard.2 shard.3 > single.txt
    dedup-docs single.txt > want.txt
    for i in 1 2 3; do
        dedup-docs --signatures "sig.$i" "shard.$i" > "once.$i"
    done
    cp once.1 unique.1
    dedup-docs --seen sig.1 once.2 > unique.2
    dedup-docs --seen sig.1 --seen sig.2 once.3 > unique.3
    cat unique.1 unique.2 unique.3 > sharded.txt
    cmp want.txt sharded.txt
    # the second pass names an earlier shard's document: the original, as
    # one stream does (the copy that shard 2 kept holds the same text, so
    # either is right; the first loaded wins the tie)
    run dedup-docs -l --seen sig.1 --seen sig.2 once.3
    assert_equal "$(tail -n +2 <<< "$output" | cut -f1,2)" $'03-traditional\t01-original'
}

@test "dedup-docs --seen: signatures with nothing but one document repeat it; a damaged or foreign file is refused, exit 1" {
    clean 01-original > original.txt
    dedup-docs --signatures sig original.txt > /dev/null
    [ "$(head -1 sig)" = 'zhpipe dedup-docs signatures 1 shingle=5 sketch=128 keys=12' ]
    clean 02-portal > copy.txt
    run dedup-docs --seen sig copy.txt
    assert_success
    assert_output ''
    head -c 200 sig > truncated
    run dedup-docs --seen truncated copy.txt
    assert_failure 1
    assert_output 'dedup-docs: truncated: truncated signatures file'
    printf 'doc\tkept_doc\n' > foreign
    run dedup-docs --seen foreign copy.txt
    assert_failure 1
    assert_output 'dedup-docs: foreign: not a dedup-docs signatures file of this version'
    run dedup-docs --seen missing copy.txt
    assert_failure 1
    assert_output 'dedup-docs: missing: No such file or directory'
}

@test "dedup-docs: a file without headers is a document named after it; standard input is -" {
    clean 01-original | grep -v $'^\f' > a.txt
    clean 02-portal | grep -v $'^\f' > b.txt
    run dedup-docs -l a.txt b.txt
    assert_equal "$(tail -n +2 <<< "$output" | cut -f1,2)" $'b.txt\ta.txt'
    run bash -c "dedup-docs -l a.txt - < b.txt"
    assert_equal "$(tail -n +2 <<< "$output" | cut -f1,2)" $'-\ta.txt'
    # text before a header in a file is its own document
    { cat a.txt; printf '\fcopy\n'; cat b.txt; } > both.txt
    run dedup-docs -l both.txt
    assert_equal "$(tail -n +2 <<< "$output" | cut -f1,2)" $'copy\tboth.txt'
}

@test "dedup-docs: empty input, a missing final newline, a header alone" {
    run dedup-docs /dev/null
    assert_success
    assert_output ''
    printf '\fa\n标题\n没有换行' > nonl.txt
    dedup-docs nonl.txt > out.txt
    printf '\fa\n标题\n没有换行\n' | cmp - out.txt
    printf '\fonly\n' > header.txt
    dedup-docs header.txt | cmp - header.txt
}

@test "dedup-docs: invalid UTF-8 is passed through and reported, the rest processed, exit 1" {
    clean 01-original > original.txt
    { printf '\fbad\n坏\377行\n'; clean 02-portal | grep -v $'^\f'; } > bad.txt
    run dedup-docs -l original.txt bad.txt
    assert_failure 1
    assert_output --partial 'dedup-docs: bad.txt: line 2: invalid UTF-8'
    assert_output --partial $'bad\t01-original'
    { printf '\fbad\n坏\377行\n'; } > alone.txt
    run bash -c "dedup-docs alone.txt 2> /dev/null | od -An -tx1 | tr -d ' \n'"
    assert_output 0c6261640ae59d8fffe8a18c0a
}

@test "dedup-docs > /dev/full fails with the reason, exit 1; | head -1 ends quietly" {
    clean 01-original 07-same-jiedao > stream.txt
    run bash -c "dedup-docs stream.txt > /dev/full"
    assert_failure 1
    assert_output 'dedup-docs: write error: No space left on device'
    run bash -c "dedup-docs -e /dev/full stream.txt > /dev/null"
    assert_failure 1
    assert_output --partial 'dedup-docs: /dev/full: write error: No space left on device'
    run bash -c "dedup-docs --signatures /dev/full stream.txt > /dev/null"
    assert_failure 1
    assert_output --partial 'dedup-docs: /dev/full: write error: No space left on device'
    documents doc 2000 2000 0 300 > big.txt
    run bash -c "dedup-docs big.txt | head -1; echo \"status \${PIPESTATUS[0]}\""
    assert_output $'\fdoc1\nstatus 141'
}

@test "dedup-docs: a 100 MB line and a 100 MB document run in a few MB, and come out whole" {
    han 7 2000 > unit.txt
    { printf '\fone line\n'; yes "$(cat unit.txt)" | head -c 100000000 | tr -d '\n'; printf '\n'; } > line.txt
    /usr/bin/time -f '%M' -o rss.txt dedup-docs line.txt > out.txt
    cmp line.txt out.txt
    if [ -z "${ZP_SANITIZED:-}" ]; then
        [ "$(cat rss.txt)" -lt 16000 ] || fail "peak RSS $(cat rss.txt) KB"
    fi
    # the same text again, as lines, is a repeat of it
    { cat line.txt; printf '\fagain\n'; yes "$(cat unit.txt)" | head -c 100000000; } > two.txt
    run dedup-docs -l two.txt
    assert_equal "$(tail -n +2 <<< "$output" | cut -f1,2)" $'again\tone line'
}

@test "dedup-docs: 400 documents that share one stock paragraph and differ otherwise are all kept" {
    documents doc 400 1 120 200 > stream.txt
    run dedup-docs -l stream.txt
    assert_success
    assert_output $'doc\tkept_doc\tcontainment'
    # while a copy of any of them, after them, is found
    { cat stream.txt; documents doc 400 1 120 200 | sed -n '/^\fdoc300$/,/^\f/p' | sed '$d' | sed '1s/.*/\fcopy/'; } > more.txt
    run dedup-docs -l more.txt
    assert_equal "$(tail -n +2 <<< "$output" | cut -f1,2)" $'copy\tdoc300'
}

@test "dedup-docs: the same input gives the same output, run after run" {
    documents s 300 40 200 50 > stream.txt
    dedup-docs -l stream.txt > first.tsv
    [ "$(wc -l < first.tsv)" -gt 100 ]
    for run in 1 2 3; do
        dedup-docs -l stream.txt | cmp - first.tsv
    done
}
