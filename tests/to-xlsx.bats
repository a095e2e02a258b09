#!/usr/bin/env bats
# to-xlsx: TSV with a header into a workbook whose cells keep their types.
# The workbook is read back by tests/tools/xlsx-cells (python3's zipfile
# and XML parser) and, where it is installed, by LibreOffice.

load helper

XLSX=$FIXTURES/xlsx

setup() { cd "$BATS_TEST_TMPDIR"; }

@test "to-xlsx --help: the usage line and every option, exit 0" {
    run to-xlsx --help
    assert_success
    assert_line --index 0 'usage: to-xlsx [-r] [-n columns] [-o file] [-s name] [file ...]'
    for option in --output --numbers --sheet --raw --help --version; do
        assert_output --partial -- "$option"
    done
}

@test "to-xlsx --version" {
    run to-xlsx --version
    assert_success
    assert_output --regexp '^to-xlsx \(zhpipe\) [0-9.]+$'
}

@test "to-xlsx: number columns are numbers where they hold a plain decimal, every other cell is text as written" {
    run to-xlsx -o out.xlsx "$XLSX/types.tsv" "$XLSX/sections.tsv"
    assert_success
    assert_output ''
    xlsx-cells -t out.xlsx > got.cells
    diff "$XLSX/types-sections.cells" got.cells
    # the kinds that a spreadsheet would turn into something else stay text
    grep -q $'\ts:97.2%\tn:97.2\t' got.cells
    # a number shows the decimals it was written with: 1.10, not 1.1
    grep -q $'\tn:1.10\t' got.cells
    grep -q $'\ts:14:30\t' got.cells
    grep -q $'\ts:--04-22\t' got.cells
    grep -q $'\ts:12345678901234567\t' got.cells
}

@test "to-xlsx: -n chooses the number columns, -r keeps the escapes" {
    to-xlsx -n start -r -o out.xlsx "$XLSX/types.tsv"
    xlsx-cells -t out.xlsx > got.cells
    # para is text now, start a number, and \t is two characters
    grep -q $'^s:raw/a.txt\ts:1.10\ts:3\tn:12\t' got.cells
    grep -q $'\ts:97.2\t' got.cells
    grep -q 's:一\\\\t二' got.cells
}

@test "to-xlsx: files with one header make one sheet, another header another; sheets are named" {
    head -n 4 "$XLSX/types.tsv" > part1.tsv
    { head -n 1 "$XLSX/types.tsv"; tail -n +5 "$XLSX/types.tsv"; } > part2.tsv
    to-xlsx -o out.xlsx part1.tsv "$XLSX/sections.tsv" part2.tsv
    xlsx-cells out.xlsx > got.cells
    # the two parts are one table again, under one header, in file order
    [ "$(grep -c $'^\f' got.cells)" -eq 2 ]
    sed -n '/^\fpart1$/,/^\fsections$/p' got.cells | sed '1d;$d' > types.cells
    [ "$(wc -l < types.cells)" -eq "$(wc -l < "$XLSX/types.tsv")" ]
    grep -q $'^\fsections$' got.cells
    # -s names the sheets in order; standard input is a sheet too
    to-xlsx -s 数字 -s 段落 -o named.xlsx "$XLSX/types.tsv" "$XLSX/sections.tsv"
    [ "$(xlsx-cells named.xlsx | grep $'^\f')" = $'\f数字\n\f段落' ]
    to-xlsx -o stdin.xlsx < "$XLSX/sections.tsv"
    [ "$(xlsx-cells stdin.xlsx | head -1)" = $'\fSheet' ]
}

@test "to-xlsx: a sheet name Excel refuses, or given twice, is a usage error" {
    run to-xlsx -s 'a/b' -o out.xlsx "$XLSX/sections.tsv"
    assert_failure 2
    assert_output --partial 'not a sheet name'
    run to-xlsx -s 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二 -o out.xlsx "$XLSX/sections.tsv"
    assert_failure 2
    run to-xlsx -s A -s a -o out.xlsx "$XLSX/sections.tsv"
    assert_failure 2
    assert_output --partial 'two sheets named'
}

@test "to-xlsx: the header row is bold and frozen, with a filter over the table, and columns have widths" {
    to-xlsx -o out.xlsx "$XLSX/types.tsv"
    python3 - out.xlsx <<'EOF'
import re, sys, zipfile
book = zipfile.ZipFile(sys.argv[1])
sheet = book.read('xl/worksheets/sheet1.xml').decode()
styles = book.read('xl/styles.xml').decode()
assert 'ySplit="1"' in sheet and 'state="frozen"' in sheet, 'not frozen'
assert '<autoFilter ref="A1:L16"/>' in sheet, 'no filter over the table'
widths = [float(w) for w in re.findall(r'<col [^>]*width="([0-9.]+)"', sheet)]
assert len(widths) == 12 and all(6 <= w <= 61 for w in widths), widths
assert max(widths) > min(widths), 'every column as wide'
fonts = re.findall(r'<font>.*?</font>', styles)
xfs = re.findall(r'<xf [^>]*fontId="(\d+)"', styles.split('<cellXfs')[1])
header = re.findall(r'<c r="[A-L]1" s="(\d+)"', sheet)
assert len(header) == 12, header
assert all('<b/>' in fonts[int(xfs[int(s)])] for s in header), 'header not bold'
EOF
}

@test "to-xlsx: LibreOffice reads back every cell as the TSV field, byte for byte" {
    command -v soffice > /dev/null || skip "LibreOffice is not installed"
    make -s -C "$TOP/examples" ZP_BIN="$ZP_BIN" > /dev/null 2>&1 ||
        fail "the example corpus did not build"
    cat "$TOP"/examples/numbers/*.tsv | awk 'NR == 1 || $1 != "doc"' > numbers.tsv
    cat "$TOP"/examples/sections/*.tsv | awk 'NR == 1 || $1 != "doc"' > sections.tsv
    cp "$XLSX/types.tsv" types.tsv
    to-xlsx -o book.xlsx numbers.tsv sections.tsv types.tsv
    soffice -env:UserInstallation="file://$BATS_TEST_TMPDIR/profile" --headless \
        --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' \
        book.xlsx > soffice.log 2>&1 || fail "$(cat soffice.log)"
    python3 - numbers.tsv book-numbers.csv sections.tsv book-sections.csv types.tsv book-types.csv <<'EOF'
import csv, re, sys
def unescape(field):
    return re.sub(r'\\([tnr\\])', lambda m: {'t': '\t', 'n': '\n', 'r': '\r', '\\': '\\'}[m.group(1)], field)
args = sys.argv[1:]
for tsv, converted in zip(args[0::2], args[1::2]):
    want = [[unescape(f) for f in line.rstrip('\n').split('\t')] for line in open(tsv, encoding='utf-8')]
    got = list(csv.reader(open(converted, encoding='utf-8', newline='')))
    assert len(want) == len(got), f'{converted}: {len(got)} rows, {len(want)} in {tsv}'
    for n, (w, g) in enumerate(zip(want, got), 1):
        g += [''] * (len(w) - len(g))
        assert w == g, f'{converted}: row {n}: {g} where {tsv} has {w}'
    print(tsv, len(want), 'rows')
EOF
}

@test "to-xlsx: a table past Excel's 1,048,576 rows goes on in a second sheet, with its header" {
    # a million rows take the sanitized build long; what it checks of
    # memory, the shorter tables check too
    [ -z "${ZP_SANITIZED:-}" ] || skip "the plain pass writes the million rows"
    { head -n 1 "$XLSX/sections.tsv"
      awk 'BEGIN { for (i = 1; i <= 1048577; i++) printf "d\t0\t%d\tpara\tx\n", i }'; } > big.tsv
    run to-xlsx -o big.xlsx big.tsv
    assert_success
    assert_output 'to-xlsx: big.tsv: line 1048577: sheet big is full (1048576 rows); the table goes on in sheet big (2)'
    xlsx-cells -s 'big (2)' big.xlsx > second.cells
    [ "$(cat second.cells)" = $'\fbig (2)\ndoc\tsection\tpara\tkind\ttext\nd\t0\t1048576\tpara\tx\nd\t0\t1048577\tpara\tx' ]
}

@test "to-xlsx: invalid UTF-8, a NUL and a field longer than a cell are reported, the rest written, exit 1" {
    { printf 'a\tb\n'
      printf '好\377坏\tok\n'
      printf 'x\0y\tok\n'
      printf 'long\t'; head -c 40000 /dev/zero | tr '\0' 'z'; printf '\n'
      printf '街道新成立小区党支部56个。\tlast\n'; } > bad.tsv
    run to-xlsx -o out.xlsx bad.tsv
    assert_failure 1
    assert_line 'to-xlsx: bad.tsv: line 2, field 1: invalid UTF-8, written as U+FFFD'
    assert_line 'to-xlsx: bad.tsv: line 3, field 1: a NUL, written as U+FFFD'
    assert_line 'to-xlsx: bad.tsv: line 4, field 2: longer than a cell holds, cut to 32767 characters'
    xlsx-cells out.xlsx > got.cells
    grep -q $'^好\uFFFD坏\tok$' got.cells
    grep -q $'^x\uFFFDy\tok$' got.cells
    [ "$(sed -n 5p got.cells | cut -f2 | wc -c)" -eq 32768 ]
    grep -q '小区党支部56个' got.cells
}

@test "to-xlsx: ragged records are written as they are and reported" {
    printf 'a\tb\tc\n1\t2\n1\t2\t3\t4\n' > ragged.tsv
    run to-xlsx -o out.xlsx ragged.tsv
    assert_failure 1
    assert_line 'to-xlsx: ragged.tsv: line 2: 2 fields, header has 3'
    assert_line 'to-xlsx: ragged.tsv: line 3: 4 fields, header has 3'
    [ "$(xlsx-cells out.xlsx | tail -n 2)" = $'1\t2\n1\t2\t3\t4' ]
}

@test "to-xlsx: empty input gives a workbook with one empty sheet; a missing file is named, the others read" {
    run to-xlsx -o empty.xlsx /dev/null
    assert_success
    [ "$(xlsx-cells empty.xlsx)" = $'\fSheet1' ]
    printf 'a\tb\n1\t2' > no-final-lf.tsv
    run to-xlsx -o out.xlsx missing.tsv no-final-lf.tsv
    assert_failure 1
    assert_output 'to-xlsx: missing.tsv: No such file or directory'
    [ "$(xlsx-cells out.xlsx)" = $'\fno-final-lf\na\tb\n1\t2' ]
}

@test "to-xlsx writes to a file or a device, never to a terminal or a pipe" {
    to-xlsx "$XLSX/sections.tsv" > redirected.xlsx
    [ "$(xlsx-cells redirected.xlsx | tail -n 1)" = $'raw/a.txt\t1.10\t2\theading\t（十）强化保障' ]
    run bash -c "set -o pipefail; to-xlsx '$XLSX/sections.tsv' | cat"
    assert_failure 2
    assert_output --partial 'to-xlsx: a workbook cannot be written to a pipe: give -o FILE'
    # script gives a terminal, where the system has pseudo-terminals
    if script -qec true /dev/null > /dev/null 2>&1; then
        run script -qec "to-xlsx '$XLSX/sections.tsv'" /dev/null
        [ "$status" -ne 0 ]
        assert_output --partial 'will not write a workbook to a terminal'
    fi
    run to-xlsx -o /nonexistent/out.xlsx "$XLSX/sections.tsv"
    assert_failure 2
    assert_output --partial 'cannot write /nonexistent/out.xlsx'
}

@test "to-xlsx > /dev/full fails with the reason, exit 1, and leaves no half workbook behind" {
    run bash -c "to-xlsx '$XLSX/types.tsv' > /dev/full"
    assert_failure 1
    assert_line 'to-xlsx: -: cannot write the workbook: No space left on device'
    run to-xlsx -o /dev/full "$XLSX/types.tsv"
    assert_failure 1
    assert_line 'to-xlsx: /dev/full: cannot write the workbook: No space left on device'
    # a device is no half workbook to remove
    [ -c /dev/full ]
}

@test "to-xlsx: a write lost inside libxlsxwriter is found by reading the workbook back, and the file removed" {
    [ -z "${ZP_VALGRIND:-}" ] || skip "valgrind does not take another LD_PRELOAD"
    # the first write is libxlsxwriter's XML declaration of a part, which it
    # does not check
    run env LD_PRELOAD="$ZP_TOOLS/faults.so" ZP_FAULT=write:1 ZP_FAULT_IN=to-xlsx \
        ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
        to-xlsx -o out.xlsx "$XLSX/types.tsv"
    assert_failure 1
    assert_output --partial 'to-xlsx: out.xlsx: the workbook reads back wrong, so a write failed:'
    [ ! -e out.xlsx ]
}

@test "to-xlsx: a 100 MB line is cut to one cell's length, in bounded memory" {
    { printf 'text\n'; head -c 100000000 /dev/zero | tr '\0' 'x'; printf '\n'; } > line.tsv
    run /usr/bin/time -f '%M' to-xlsx -o out.xlsx line.tsv
    assert_failure 1
    assert_line --index 0 'to-xlsx: line.tsv: line 2, field 1: longer than a cell holds, cut to 32767 characters'
    # the line itself is held (100 MB, or twice under the sanitizers), and
    # little else
    rss_kb=${lines[-1]}
    [ "$rss_kb" -lt 400000 ] || fail "peak RSS $rss_kb KB"
}
