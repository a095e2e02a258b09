#!/usr/bin/env bats
# decode: any Chinese encoding in, the clean UTF-8 text stream out.

load helper

setup_file() {
    export ENCODED=$BATS_FILE_TMPDIR/encoded
    "$FIXTURES/mkencodings" "$ENCODED"
}

setup() { cd "$BATS_TEST_TMPDIR"; }

# --- options and manners ---------------------------------------------------

@test "decode --help lists every option, exit 0" {
    run decode --help
    assert_success
    for option in --from-code --list --with-header --no-header --strict \
        --no-repair --fold-width --verbose --help --version; do
        assert_output --partial -- "$option"
    done
}

@test "decode --version" {
    run decode --version
    assert_success
    assert_output --regexp '^decode \(zhpipe\) [0-9.]+$'
}

@test "decode: an unknown option is a usage error, exit 2" {
    run decode --bogus
    assert_failure 2
    assert_output --partial "Try 'decode --help'"
}

@test "decode -f with an encoding iconv does not know: exit 2" {
    run decode -f NO-SUCH-ENCODING "$ARTICLES/s1-dangjian.txt"
    assert_failure 2
    assert_output --partial "unknown encoding 'NO-SUCH-ENCODING'"
}

# --- detection ---------------------------------------------------------------

@test "decode -l names the encoding of every fixture exactly" {
    for file in "$ENCODED"/whole/*/*; do
        want=$(basename "$(dirname "$file")")
        run decode -l "$file"
        assert_success
        assert_output --regexp "^$file	$want	(0\.[5-9][0-9]|1\.00)$"
    done
}

@test "decode -l prints a name iconv -f takes as it is" {
    for file in "$ENCODED"/whole/*/*; do
        encoding=$(decode -l "$file" | cut -f2)
        iconv -f "$encoding" -t UTF-8 "$file" > /dev/null
    done
}

@test "decode detection beats uchardet and enca on 32-byte prefixes; whole files 100%" {
    run "$TOP/bench/detect-accuracy" --tsv
    assert_success
    whole=$(awk -F'\t' '$1 == "whole" { print $3 }' <<< "$output")
    [ "$whole" = 100.0 ]
    awk -F'\t' '$1 == "prefix32" && !($4 > $5 && $4 > $6) { exit 1 }' <<< "$output"
    for set in prefix16 prefix64 prefix256; do
        awk -F'\t' -v set=$set '$1 == set && $4 < 95 { exit 1 }' <<< "$output"
    done
}

@test "decode: pure ASCII is UTF-8" {
    printf 'Next Article\n' > ascii.txt
    run decode -l ascii.txt
    assert_output $'ascii.txt\tUTF-8\t1.00'
}

@test "decode: a file that is ASCII for 100 KB and then GBK is read as GBK" {
    { head -c 100000 /dev/zero | tr '\0' 'a'; echo
      iconv -f UTF-8 -t GBK "$ARTICLES/s1-dangjian.txt"; } > late.txt
    run decode -l late.txt
    assert_output --regexp $'^late.txt\tGBK\t'
    decode late.txt | tail -n +2 > out.txt
    diff out.txt <(decode "$ARTICLES/s1-dangjian.txt")
}

@test "decode: the file's name never decides: a GBK file called .big5 is GBK" {
    iconv -f UTF-8 -t GBK "$ARTICLES/s2-shequ.txt" > article.big5
    run decode -l article.big5
    assert_output --regexp $'\tGBK\t'
}

# --- conversion --------------------------------------------------------------

@test "decode: every encoding of an article gives the same text as its UTF-8" {
    for file in "$ENCODED"/whole/*/*; do
        name=$(basename "$file"); name=${name%-bom}; name=${name%-gb2312}
        diff <(decode "$file") <(decode "$ARTICLES/$name.txt") ||
            fail "$file differs"
    done
}

@test "decode: GB18030-only and HKSCS characters survive" {
    decode "$ENCODED/whole/GB18030/s3-xiangcun" > gb.txt
    grep -q '刘䶮' gb.txt
    decode "$ENCODED/whole/BIG5-HKSCS/h1-hk" > hk.txt
    grep -q '冇咗佢哋唔得' hk.txt
}

@test "decode -f forces the encoding" {
    iconv -f UTF-8 -t GBK "$ARTICLES/s1-dangjian.txt" > a.gbk
    run decode -f BIG5 -v a.gbk
    assert_output --partial 'BIG5'
    run decode -f GBK a.gbk
    assert_success
    assert_line --index 2 '东湖街道“红色引擎”激活社区治理新动能'
}

@test "decode: the output is a text stream for every fixture" {
    for file in "$ENCODED"/whole/*/* "$ENCODED"/prefix16/*/*; do
        decode "$file" > out.txt 2> /dev/null || true
        assert_text_stream out.txt
    done
}

@test "decode: standard input, and -" {
    run bash -c "decode < '$ARTICLES/t2-zhili.txt' | head -1"
    assert_output '您現在的位置：首頁>基層治理>正文'
    run bash -c "decode - < '$ARTICLES/t2-zhili.txt' | head -1"
    assert_output '您現在的位置：首頁>基層治理>正文'
}

# --- normalisation -----------------------------------------------------------

@test "decode: BOM removed, CRLF and CR become LF, a final LF is added" {
    printf '\357\273\277第一行\r\n第二行\r第三行' > in.txt
    run decode in.txt
    assert_success
    assert_output $'第一行\n第二行\n第三行'
    [ "$(decode in.txt | tail -c 1 | od -An -tx1 | tr -d ' ')" = 0a ]
}

@test "decode: TAB, NBSP, U+3000 and zero-width spaces become spaces, ends trimmed" {
    printf '\t\343\200\200 成立\txiao\302\240qu\342\200\213党支部 \343\200\200\n' > in.txt
    run decode in.txt
    assert_output '成立 xiao qu 党支部'
}

@test "decode: blank lines are kept" {
    printf 'a\n\n   \nb\n' > in.txt
    run decode in.txt
    assert_output $'a\n\n\nb'
}

@test "decode: control characters are dropped and counted with -v" {
    printf 'a\001b\033c\302\205d\000e\fh\n' > in.txt
    run bash -c 'decode -v in.txt 2>&1 > /dev/null'
    assert_success
    assert_output --regexp '^decode: in.txt: UTF-8 \(confidence [01]\.[0-9]+\), 1 line, 5 control characters dropped$'
    decode in.txt 2> /dev/null > out.txt
    [ "$(cat out.txt)" = abcdeh ]
}

@test "decode: HTML character references are decoded" {
    printf '%s\n' '&ldquo;三个到位&rdquo;&nbsp;&amp;&lt;b&gt;&quot;x&quot;&mdash;&#20013;&#x4E2D;&raquo;' > in.txt
    run decode in.txt
    assert_output '“三个到位” &<b>"x"—中中»'
}

@test "decode: what is not a character reference stays as written" {
    printf '%s\n' 'AT&T &bogus; &#xZZ; &#0; & &amp' > in.txt
    run decode in.txt
    assert_output 'AT&T &bogus; &#xZZ; &#0; & &amp'
}

@test "decode --fold-width maps full-width ASCII; off by default" {
    printf 'ＡＢＣ１２３，（一）\n' > in.txt
    run decode in.txt
    assert_output 'ＡＢＣ１２３，（一）'
    run decode --fold-width in.txt
    assert_output 'ABC123,(一)'
}

@test "decode: U+2028 and U+2029 end lines" {
    printf '甲\342\200\250乙\342\200\251丙\n' > in.txt
    run decode in.txt
    assert_output $'甲\n乙\n丙'
}

@test "decode: its own output comes back unchanged" {
    for file in "$ARTICLES"/*.txt; do
        decode "$file" > once.txt
        decode once.txt > twice.txt
        cmp once.txt twice.txt
    done
}

@test "decode: the same input gives the same bytes" {
    decode "$ENCODED"/whole/*/* > one.txt
    decode "$ENCODED"/whole/*/* > two.txt
    cmp one.txt two.txt
}

# --- bad bytes ---------------------------------------------------------------

@test "decode: an invalid UTF-8 byte becomes U+FFFD, reported with its offset, exit 1" {
    printf '成立小区党支部\37756个\n第二行\n' > in.txt
    run decode in.txt
    assert_failure 1
    assert_line --index 0 'decode: in.txt: 1 invalid UTF-8 sequence replaced by U+FFFD, at byte offset 21'
    assert_line --index 1 '成立小区党支部�56个'
    assert_line --index 2 '第二行'
}

@test "decode: invalid GBK sequences are counted with their first offsets" {
    { iconv -f UTF-8 -t GBK "$ARTICLES/s1-dangjian.txt"
      for i in 1 2 3 4 5 6 7; do printf '\377'; done; echo; } > in.gbk
    run decode in.gbk
    assert_failure 1
    assert_output --regexp 'decode: in.gbk: 7 invalid GBK sequences replaced by U\+FFFD, at byte offsets [0-9]+, [0-9]+, [0-9]+, [0-9]+, [0-9]+, \.\.\.'
    decode in.gbk 2> /dev/null | tail -1 | grep -qx '�������'
}

@test "decode --strict stops at the first invalid sequence" {
    printf '第一行\n第\377二行\n第三行\n' > in.txt
    run decode --strict in.txt
    assert_failure 1
    assert_line --index 0 'decode: in.txt: invalid UTF-8 sequence at byte offset 13'
    assert_line --index 1 '第一行'
    assert_line --index 2 '第'
    refute_output --partial '第三行'
}

@test "decode: a multibyte character cut at end of file becomes one U+FFFD" {
    printf '党建\344\270' > in.txt
    run decode in.txt
    assert_failure 1
    assert_line --index 1 '党建�'
    # The last line ends in 间 (2 bytes) and LF: cut LF and 间's second byte.
    iconv -f UTF-8 -t GBK "$ARTICLES/s2-shequ.txt" | head -c -2 > cut.gbk
    run decode cut.gbk
    assert_failure 1
    assert_output --partial '1 invalid GBK sequence'
}

@test "decode: NUL bytes are dropped, the text around them kept" {
    printf '社区\000\000党建\n' > in.txt
    run decode -v in.txt
    assert_success
    assert_output --partial '2 control characters dropped'
    [ "$(decode in.txt)" = '社区党建' ]
}

@test "decode: random bytes give a valid text stream (fixed seeds)" {
    for seed in 1 2 3 4 5; do
        LC_ALL=C awk -v seed=$seed 'BEGIN { srand(seed)
            for (i = 0; i < 100000; i++) printf "%c", int(rand() * 256) }' > random.bin
        [ "$(wc -c < random.bin)" -eq 100000 ]
        decode random.bin > out.txt 2> err.txt || [ $? -eq 1 ]
        assert_text_stream out.txt
    done
}

# --- mojibake ----------------------------------------------------------------

@test "decode repairs UTF-8 that was read as GBK (lossless)" {
    # 社区治理 in UTF-8, read as GBK (绀惧尯娌荤悊): every byte survives.
    printf '\347\273\200\346\203\247\345\260\257\345\250\214\350\215\244\346\202\212\n' > in.txt
    run decode in.txt
    assert_success
    assert_line --index 0 'decode: in.txt: repaired mojibake in 1 line'
    assert_line --index 1 '社区治理'
}

@test "decode repairs UTF-8 read as Latin-1 and as cp1252" {
    iconv -f UTF-8 -t UTF-8 "$ARTICLES/s2-shequ.txt" |
        LC_ALL=C iconv -f LATIN1 -t UTF-8 > latin1.txt
    decode latin1.txt > out.txt 2> err.txt
    diff out.txt <(decode "$ARTICLES/s2-shequ.txt")
    grep -q 'repaired mojibake in 10 lines' err.txt
    # 党建 read as cp1252
    printf '\303\245\342\200\246\305\241\303\245\302\273\302\272\n' > cp1252.txt
    run decode cp1252.txt
    assert_line --index 1 '党建'
}

@test "decode marks bytes mojibake lost with U+FFFD and says so, exit 1" {
    # 您的位置：首页>要闻 read as GBK, which lost one byte of 首 (鎮ㄧ殑浣嶇疆锛氶�栭〉>瑕侀椈).
    printf '\351\216\256\343\204\247\346\256\221\346\265\243\345\266\207\347\226\206\351\224\233\346\260\266\357\277\275\346\240\255\343\200\211>\347\221\225\344\276\200\346\244\210\n' > in.txt
    run decode in.txt
    assert_failure 1
    assert_output --partial 'repaired mojibake in 1 line'
    assert_output --partial '1 character lost bytes to mojibake, marked U+FFFD'
    assert_line --index 2 '您的位置：�页>要闻'
}

@test "decode --no-repair leaves mojibake alone" {
    printf '\351\215\217\346\260\254\347\274\223\n' > in.txt
    run decode --no-repair in.txt
    assert_success
    assert_output '鍏氬缓'
}

@test "decode repairs nothing in clean text: fixtures in every encoding" {
    for file in "$ENCODED"/whole/*/*; do
        run decode "$file"
        assert_success
        refute_output --partial 'repaired'
    done
}

@test "decode repairs nothing in the frequency table's own source (jieba dict.txt)" {
    dict=/usr/lib/python3/dist-packages/jieba/dict.txt
    [ -f "$dict" ] || skip "python3-jieba not installed"
    run bash -c "decode '$dict' 2>&1 >/dev/null"
    assert_success
    assert_output ''
}

# --- files, headers, errors --------------------------------------------------

@test "decode: several files get a header line each; -h suppresses, -H forces" {
    run decode "$ARTICLES/h1-hk.txt" "$ARTICLES/t2-zhili.txt"
    assert_line --index 0 $'\f'"$ARTICLES/h1-hk.txt"
    [ "$(decode "$ARTICLES/h1-hk.txt" "$ARTICLES/t2-zhili.txt" | grep -c $'^\f')" -eq 2 ]
    [ "$(decode -h "$ARTICLES/h1-hk.txt" "$ARTICLES/t2-zhili.txt" | grep -c $'^\f')" -eq 0 ]
    [ "$(decode -H "$ARTICLES/h1-hk.txt" | head -1)" = $'\f'"$ARTICLES/h1-hk.txt" ]
    [ "$(decode "$ARTICLES/h1-hk.txt" | grep -c $'^\f')" -eq 0 ]
}

@test "decode: a form feed in the input cannot forge a header" {
    printf '\ffake\n' > in.txt
    run decode -H in.txt
    assert_output $'\fin.txt\nfake'
}

@test "decode: a missing file is reported, the others converted, exit 1" {
    run decode "$ARTICLES/h1-hk.txt" missing.txt "$ARTICLES/t2-zhili.txt"
    assert_failure 1
    assert_output --partial 'decode: missing.txt: No such file or directory'
    assert_output --partial '以「小切口」推動「大治理」'
    assert_output --partial '首頁 > 社區新聞'
}

@test "decode: a directory is reported, exit 1, and is no document" {
    mkdir dir
    run decode dir
    assert_failure 1
    assert_output 'decode: dir: Is a directory'
    run bash -c "decode dir '$ARTICLES/h1-hk.txt' 2> /dev/null | grep -c \$'^\f'"
    assert_output 1
    run decode -l dir "$ARTICLES/h1-hk.txt"
    assert_failure 1
    assert_line --index 0 'decode: dir: Is a directory'
    assert_line --index 1 --regexp 'h1-hk.txt	UTF-8	'
    [ "${#lines[@]}" -eq 2 ]
}

@test "decode: empty input gives empty output and success" {
    : > empty.txt
    run decode empty.txt
    assert_success
    assert_output ''
    run decode -l empty.txt
    assert_output $'empty.txt\tUTF-8\t1.00'
}

@test "decode > /dev/full fails with the reason, exit 1" {
    run bash -c "decode '$ARTICLES/s1-dangjian.txt' > /dev/full"
    assert_failure 1
    assert_output 'decode: write error: No space left on device'
}

@test "decode | head -1 ends quietly" {
    repeat_text 2000 "$ARTICLES/s1-dangjian.txt" > big.txt
    run bash -c "decode big.txt | head -1"
    assert_success
    assert_output '当前位置：首页 » 新闻中心 » 基层党建'
}

@test "decode: a 100 MB line works in a few MB of memory" {
    { printf '党建'; head -c 100000000 /dev/zero | tr '\0' 'x'; printf '\n'; } > line.txt
    /usr/bin/time -f '%M' -o rss.txt decode line.txt > out.txt
    [ "$(wc -c < out.txt)" -eq 100000007 ]
    [ "$(head -c 6 out.txt)" = '党建' ]
    if [ -z "${ZP_SANITIZED:-}" ]; then
        [ "$(cat rss.txt)" -lt 8000 ] || fail "peak RSS $(cat rss.txt) KB"
    fi
}
