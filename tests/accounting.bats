#!/usr/bin/env bats
# Accounting: what each filter writes and what it reports add up to what it
# read, on messy input as well as on the fixtures, so that nothing is lost
# without a trace.

load helper

setup() {
    cd "$BATS_TEST_TMPDIR"
    # random bytes with some text between them (fixed seed); no U+FFFD in
    # them to begin with, so that every one in the output was put there
    awk 'BEGIN { srand(7); for (i = 0; i < 100000; i++) {
            printf "%c", int(rand() * 256)
            if (i % 997 == 0) printf "\n社区新建党群服务站点9个，服务群众2.3万人次。\n" } }' |
        LC_ALL=C sed 's/\xef\xbf\xbd//g' > messy.bin
}

# The number of U+FFFD in FILE.
replacements() { grep -o $'\xef\xbf\xbd' "$1" | wc -l; }

@test "accounting: decode's count of replaced sequences is the number of U+FFFD it wrote" {
    for encoding in UTF-8 GBK BIG5 GB18030; do
        decode -f "$encoding" messy.bin > out.txt 2> err.txt || true
        said=$(sed -n 's/.*: \([0-9]*\) invalid .* replaced by U+FFFD.*/\1/p' err.txt)
        [ -n "$said" ] || fail "$encoding: no count in [$(cat err.txt)]"
        [ "$said" -eq "$(replacements out.txt)" ] ||
            fail "$encoding: said $said, wrote $(replacements out.txt)"
    done
    # and none when none was replaced
    decode "$ARTICLES"/s1-dangjian.txt > clean.txt 2> err.txt
    [ ! -s err.txt ] && [ "$(replacements clean.txt)" -eq 0 ]
}

@test "accounting: strip-boilerplate's kept lines and its log account for every input line" {
    decode -f UTF-8 -H messy.bin "$FIXTURES"/strip/*.txt 2> /dev/null > in.txt || [ $? -eq 1 ]
    strip-boilerplate -e log.tsv in.txt > out.txt || true
    headers=$(grep -c $'^\f' in.txt)
    kept=$(grep -vc $'^\f' out.txt)
    # joined lines are in the log; a joined paragraph is one output line; a
    # trimmed line is kept, its cut logged beside it
    logged=$(awk -F'\t' 'NR > 1 && $3 != "trim"' log.tsv | wc -l)
    [ $((kept + logged + headers)) -eq "$(wc -l < in.txt)" ] ||
        fail "$kept kept + $logged logged + $headers headers != $(wc -l < in.txt) lines"
}

@test "accounting: extract-numbers' records and its unmatched list hold every digit of the input" {
    decode -f UTF-8 messy.bin 2> /dev/null > in.txt || [ $? -eq 1 ]
    cat "$FIXTURES"/numbers/*.txt >> in.txt
    extract-numbers --unmatched=unmatched.tsv in.txt > out.tsv
    want=$(grep -o '[0-9０-９]' in.txt | wc -l)
    # a digit stands in one record or one unmatched run: the raw columns
    # hold them once each
    got=$( { tail -n +2 out.tsv | cut -f5; tail -n +2 unmatched.tsv | cut -f5; } |
        grep -o '[0-9０-９]' | wc -l)
    [ "$want" -eq "$got" ] || fail "$want digits in, $got accounted for"
}

@test "accounting: to-csv writes as many records as it read lines, ragged ones too" {
    # messy fields: quotes, commas, CR, escapes, a BOM, empty fields, ragged rows
    { printf '\xef\xbb\xbfa\tb\tc\n'
      for i in $(seq 500); do
          printf '"%d"\t社区,站点\\n%d\t\\t\\\\ x\r\n' "$i" "$i"
          printf 'only\ttwo\n'
          printf '\t\t\n'
      done; } > in.tsv
    run to-csv in.tsv
    [ "$status" -eq 1 ] # the ragged rows are reported
    to-csv in.tsv > out.csv 2> /dev/null || true
    records=$(csv-fields --csv out.csv | grep -c '^--$')
    [ "$records" -eq "$(wc -l < in.tsv)" ] || fail "$records records from $(wc -l < in.tsv) lines"
}
