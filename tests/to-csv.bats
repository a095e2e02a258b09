#!/usr/bin/env bats
# to-csv: TSV with a header into RFC 4180 CSV.

load helper

CSV=$FIXTURES/csv

setup() { cd "$BATS_TEST_TMPDIR"; }

# to-csv's output for FILE, read back by libcsv's strict parser, has the
# fields of FILE with its escapes decoded, byte for byte.
assert_round_trip() {
    to-csv "$@" > out.csv
    csv-fields --csv out.csv > got.fields || fail "libcsv cannot read the output of to-csv $*"
    csv-fields --tsv "${@: -1}" > want.fields
    cmp want.fields got.fields || fail "to-csv $*: fields differ"
}

@test "to-csv --help lists every option, exit 0" {
    run to-csv --help
    assert_success
    for option in --delimiter --raw --quote-all --crlf --bom --excel-safe --strict --help --version; do
        assert_output --partial -- "$option"
    done
}

@test "to-csv --version" {
    run to-csv --version
    assert_success
    assert_output --regexp '^to-csv \(zhpipe\) [0-9.]+$'
}

@test "to-csv: an unknown option or a delimiter of two bytes is a usage error, exit 2" {
    run to-csv --bogus
    assert_failure 2
    run to-csv -d ab "$CSV/basic.tsv"
    assert_failure 2
    assert_output --partial 'delimiter'
}

@test "to-csv: commas, quotes, leading and trailing spaces, empty fields, escapes, Chinese" {
    run to-csv "$CSV/basic.tsv"
    assert_success
    diff <(printf '%s\n' "$output") "$CSV/basic.csv"
}

@test "to-csv: the round trip through libcsv's parser gives every field back, byte for byte" {
    assert_round_trip "$CSV/basic.tsv"
    assert_round_trip --quote-all "$CSV/basic.tsv"
    assert_round_trip --crlf "$CSV/basic.tsv"
}

@test "to-csv: every csv-spectrum case round-trips" {
    for tsv in "$CSV"/spectrum/*.tsv; do
        assert_round_trip "$tsv"
    done
    [ "$(ls "$CSV"/spectrum/*.tsv | wc -l)" -eq 12 ]
}

@test "to-csv: python3's csv module reads the output back to the same fields" {
    for tsv in "$CSV/basic.tsv" "$CSV"/spectrum/*.tsv; do
        to-csv --crlf "$tsv" > out.csv
        python3 -c '
import csv, sys
def decode(field):
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 1 < len(field) and field[i + 1] in "tnr\\":
            out.append({"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}[field[i + 1]]); i += 2
        else:
            out.append(field[i]); i += 1
    return "".join(out)
want = [[decode(f) for f in line.rstrip("\n").split("\t")]
        for line in open(sys.argv[1], encoding="utf-8", newline="\n")]
got = list(csv.reader(open(sys.argv[2], encoding="utf-8", newline="")))
sys.exit(0 if want == got else 1)
' "$tsv" out.csv || fail "$tsv: python3 reads other fields"
    done
}

@test "to-csv --quote-all quotes every field, empty ones too" {
    printf 'a\tb\n1\t\n' > in.tsv
    run to-csv --quote-all in.tsv
    assert_success
    assert_output $'"a","b"\n"1",""'
}

@test "to-csv --raw leaves backslashes alone" {
    printf 'a\tb\nx\\ty\tC:\\\\data\n' > in.tsv
    run to-csv --raw in.tsv
    assert_output $'a,b\nx\\ty,C:\\\\data'
    run to-csv in.tsv
    assert_output $'a,b\nx\ty,C:\\data'
}

@test "to-csv --crlf ends records with CRLF; --bom writes a UTF-8 BOM first" {
    printf 'a\tb\n1\t2\n' > in.tsv
    [ "$(to-csv --crlf in.tsv | od -An -c | tr -s ' ')" = ' a , b \r \n 1 , 2 \r \n' ]
    [ "$(to-csv --bom in.tsv | head -c 3 | od -An -tx1 | tr -d ' ')" = efbbbf ]
    [ "$(to-csv in.tsv | head -c 1)" = a ]
}

@test "to-csv: a BOM in the input is dropped, not copied into the first name" {
    printf '\357\273\277doc\tvalue\n-\t3\n' > in.tsv
    run to-csv in.tsv
    assert_output $'doc,value\n-,3'
}

@test "to-csv: CRLF input lines lose their CR" {
    printf 'a\tb\r\n1\t2\r\n' > in.tsv
    run to-csv in.tsv
    assert_output $'a,b\n1,2'
}

@test "to-csv --excel-safe puts ' before formulas, full-width ones too, not before numbers" {
    printf 'cell\n=1+2\n+86\n-3.5\n@SUM(A1)\n\\t制表\n＝HYPERLINK()\n1e5\n-\n正文\n' > in.tsv
    run to-csv --excel-safe in.tsv
    assert_success
    assert_output "$(printf "cell\n'=1+2\n+86\n-3.5\n'@SUM(A1)\n'\t制表\n'＝HYPERLINK()\n1e5\n'-\n正文")"
    run to-csv in.tsv
    assert_line --index 1 '=1+2'
}

@test "to-csv -d reads another delimiter" {
    printf 'a;b\n1;x,y\n' > in.txt
    run to-csv -d ';' in.txt
    assert_output $'a,b\n1,"x,y"'
}

@test "to-csv: a ragged record is written and reported, exit 1; --strict stops there" {
    printf 'a\tb\tc\n1\t2\t3\n4\t5\n6\t7\t8\t9\n10\t11\t12\n' > in.tsv
    run to-csv in.tsv
    assert_failure 1
    assert_line 'to-csv: in.tsv: line 3: 2 fields, header has 3'
    assert_line 'to-csv: in.tsv: line 4: 4 fields, header has 3'
    assert_line '10,11,12'
    run to-csv --strict in.tsv
    assert_failure 1
    assert_line '4,5'
    refute_line '6,7,8,9'
    refute_line '10,11,12'
}

@test "to-csv: several files give one header; a file with another header is reported and skipped" {
    printf 'a\tb\n1\t2\n' > one.tsv
    printf 'a\tb\n3\t4\n' > two.tsv
    printf 'x\ty\n5\t6\n' > other.tsv
    run to-csv one.tsv two.tsv other.tsv
    assert_failure 1
    assert_line --index 0 "to-csv: other.tsv: line 1: header differs from the first file's, file skipped"
    assert_line --index 1 'a,b'
    assert_line --index 3 '3,4'
    refute_line '5,6'
}

@test "to-csv: the pipeline's numbers become CSV for R and pandas" {
    decode -H "$ARTICLES"/s1-dangjian.txt | t2s | strip-boilerplate | split-sections | extract-numbers > numbers.tsv
    assert_round_trip numbers.tsv
    [ "$(head -1 out.csv)" = doc,section,para,start,raw,value,value_max,when,unit,approx,kind,subject,context ]
}

@test "to-csv: a 10 MB field round-trips" {
    { printf 'a\tb\n1\t"'; head -c 10000000 /dev/zero | tr '\0' 'x'; printf ',"\n'; } > in.tsv
    assert_round_trip in.tsv
}

@test "to-csv: empty input gives nothing; a missing final LF, standard input and -" {
    : > empty.tsv
    run to-csv empty.tsv
    assert_success
    assert_output ''
    printf 'a\tb\n1\t2' > in.tsv
    run bash -c "to-csv - < in.tsv && to-csv < in.tsv"
    assert_output $'a,b\n1,2\na,b\n1,2'
}

@test "to-csv: a missing file is reported, the others read, exit 1" {
    run to-csv missing.tsv "$CSV/basic.tsv"
    assert_failure 1
    assert_line --index 0 'to-csv: missing.tsv: No such file or directory'
    assert_line --index 1 'doc,raw,value,note'
}

@test "to-csv > /dev/full fails with the reason, exit 1; | head -1 ends quietly" {
    run bash -c "to-csv '$CSV/basic.tsv' > /dev/full"
    assert_failure 1
    assert_output 'to-csv: write error: No space left on device'
    { cat "$CSV/basic.tsv"; for i in $(seq 16); do tail -n +2 "$CSV/basic.tsv"; done; } > unit.tsv
    cp unit.tsv big.tsv
    for i in $(seq 12); do tail -n +2 big.tsv > rest.tsv; cat rest.tsv >> big.tsv; done
    run bash -c "to-csv big.tsv | head -1; echo \"status \${PIPESTATUS[0]}\""
    assert_output $'doc,raw,value,note\nstatus 141'
}
