#!/usr/bin/env bats
# extract-numbers: every quantity, normalised, with its unit, qualifier,
# kind, subject and place.

load helper

NUMBERS=$FIXTURES/numbers

setup() { cd "$BATS_TEST_TMPDIR"; }

# The fixture NAME.txt comes out exactly as NAME.tsv, and, where there is a
# NAME.unmatched, its numerals left out exactly as that lists them.
assert_extracts() {
    run extract-numbers --unmatched=unmatched.tsv "$NUMBERS/$1.txt"
    assert_success
    diff <(printf '%s\n' "$output") "$NUMBERS/$1.tsv" || fail "$1: output differs from $1.tsv"
    if [ -f "$NUMBERS/$1.unmatched" ]; then
        diff unmatched.tsv "$NUMBERS/$1.unmatched" || fail "$1: unmatched differs from $1.unmatched"
    fi
}

@test "extract-numbers --help names every column and option, exit 0" {
    run extract-numbers --help
    assert_success
    for word in doc section para start raw value value_max when unit approx kind subject context \
        --bare --unmatched --help --version; do
        assert_output --partial -- "$word"
    done
}

@test "extract-numbers --version" {
    run extract-numbers --version
    assert_success
    assert_output --regexp '^extract-numbers \(zhpipe\) [0-9.]+$'
}

@test "extract-numbers: an unknown option is a usage error, exit 2" {
    run extract-numbers --bogus
    assert_failure 2
    assert_output --partial "Try 'extract-numbers --help'"
}

@test "extract-numbers: counts with measure words and what they count" {
    assert_extracts n01-counts
}

@test "extract-numbers: money, multipliers taken out of the unit, thousands separators" {
    assert_extracts n02-money
}

@test "extract-numbers: qualifiers before and after, ranges" {
    assert_extracts n03-approx-range
}

@test "extract-numbers: Chinese, financial, Traditional, mixed and full-width numerals; 负" {
    assert_extracts n04-chinese
}

@test "extract-numbers: percent, 百分之, 个百分点, 千分之, 三分之一, 一个半, 成, 倍" {
    assert_extracts n05-percent
}

@test "extract-numbers: dates in ISO 8601, years, times, durations" {
    assert_extracts n06-dates
}

@test "extract-numbers: names, slogans, idioms, list markers, phones, ICP and serial numbers are not counts; ordinals are ordinal" {
    assert_extracts n07-traps
}

@test "extract-numbers: area, length, weight, volume, age" {
    assert_extracts n08-units
}

@test "extract-numbers: fractions (3/5, 百万分之五, 仟分之贰, 十分之一), full-width thousands, 七成六, 双 and 块" {
    assert_extracts n09-fractions
}

@test "extract-numbers: numbers with no measure word are words (section numbers, footnotes, citations, codes), unless 万 or 亿 make them counts; 2019 年, 1 000万元, 50 多个" {
    assert_extracts n10-unitless
}

@test "extract-numbers: idioms as patterns (一处处, 那一天, 上一届, 一部分, 一大批) beside the counts they look like; N大 counts, 党的七大 and 第二大 do not" {
    assert_extracts n11-idioms
}

@test "extract-numbers: names in quotation marks and place names are not counts; “三项制度”, 五支队伍 and quoted digits are" {
    assert_extracts n12-quotes
}

@test "extract-numbers: days of the month, hours, centuries and decades; 3日内, 半个世纪, 两年半, 一年多 are durations, 一年多来 a time scope; year ranges" {
    assert_extracts n13-dates
}

@test "extract-numbers: citations, tables, annexes and document numbers are not counts; the counts beside them are" {
    assert_extracts n14-citations
}

@test "extract-numbers: 例, 平米, 层, 层楼, 年头, N大 + noun, 车次, 块钱, 口人; 一大批 is not a count, 牌 and 甲 stay unmatched" {
    assert_extracts n15-units
}

@test "extract-numbers: qualifiers 以下, 及以下, 以内, 及以上, 几十, 数百, 上千, 近百; a range ending below its start is none" {
    assert_extracts n16-qualifiers
}

@test "extract-numbers: subjects after the measure word, before the number, at word starts, quoted names whole, after 的, not the quantity before's, for rates, ages and durations" {
    assert_extracts n17-subjects
}

@test "extract-numbers: subjects across the spaces of text converted from print (地区生产总值 36.8 亿元, 增长 5.4%), 15 多万元; a space still ends a phrase, and a numeral before one is no part of it" {
    assert_extracts n18-spaces
}

@test "extract-numbers: verbs before the noun are no part of the subject (梳理, 当选, 为), event verbs after it point back (完成, 实现, 入驻), adverbs end it (不间断); 为民服务站, 参与人数 stay whole" {
    assert_extracts n19-verbs
}

@test "extract-numbers: a change or comparison with no noun of its own takes the noun of the quantity before in the sentence (比上年净增42名, 从原来的80万元提高到150万元); alone in its sentence it has none" {
    assert_extracts n20-changes
}

@test "extract-numbers: durations: a time span used as scope is none (近3年来, 过去十年), who acts is no subject (街道连续两年); what lasts is (为期, 坚持了, 用时不到半天); 的一年 is a year named, not a duration" {
    assert_extracts n21-durations
}

@test "extract-numbers: long phrases cut after their last organisation; an age's subject ends at its people; people a 的 clause describes; parallel words, bracketed insertions and Latin letters inside a noun; short phrases and 党员志愿者 stay whole" {
    assert_extracts n22-nouns
}

@test "extract-numbers: a noun named before a list of quantities is each one's (3280户、9640人, 分别为620名和410名); lists with their own nouns, and a noun after its number, are not shared" {
    assert_extracts n23-lists
}

@test "extract-numbers: 百余处, 千余名, 万余元; 家次 and 户次; ranges with the unit at both ends (30岁至60岁); 十九届历次全会, 新一届, 新一轮 and ‘四个表率’ are no counts, ‘三项承诺’ is; 一份子; 不到半天, 约半年" {
    assert_extracts n24-values
}

@test "extract-numbers: numerals inside words (队伍, 零部件) and fixed terms (三次产业) are none, amounts in financial numerals are (伍万元); a time span used as scope is none (过去一年, 两年来, 近三年), one that lasts is (为期两年, 历时近两年); two numbers share a measure word (1.25和0.87个百分点); 级 counts levels beside them (县乡村三级), not grades; a quoted question is speech, a slogan a name" {
    assert_extracts n25-words
}

@test "extract-numbers: qualifiers across the spaces of print (不超过 50 周岁), with a modal (不得超过), 突破, 接近; none from the end of a word (最近, 附近, 签约), and 亿元以上 alone is no number (签约金额亿元以上的项目)" {
    assert_extracts n26-qualifiers
}

@test "extract-numbers: subjects respect words: modifier verbs (注册会员, 建设用地), 在 and 到 before what they modify (在编人员, 到账资金) but not before a place, a verb before an event (农村转移就业), a noun that crosses a pointer (审批时长达); verbs that act on a longer noun (组建志愿服务队, 开展活动) and adverbs (首次, 连年) stay out" {
    assert_extracts n27-boundaries
}

@test "extract-numbers: rules and changes: the modals of a rule (原则上, 要求在, 已满) before a limit, 与…相比, 增产, 上涨, 扩展至, 降到, 调整为; a lone 一 lets the noun it counted be the next one's (一名候选人已满60周岁)" {
    assert_extracts n28-rules
}

@test "extract-numbers: a count with no noun takes the one of the count before it with the same measure word (其中4个), not another's (惠及2600人); a group named with 的 before a rate's verb; a gloss in brackets, a slash, a date or a word of scope around a noun; a long noun after 的 whole; 以及 joins; 零 alone is none" {
    assert_extracts n29-inherit
}

@test "extract-numbers --bare reports the numbers with no measure word too, as kind number" {
    printf '样本量为500，见第2.1节。\n' > in.txt
    run extract-numbers --unmatched=unmatched.tsv in.txt
    assert_success
    refute_output --partial $'500\t500'
    grep -q $'\t500\tno measure word$' unmatched.tsv
    run extract-numbers --bare --unmatched=unmatched.tsv in.txt
    assert_success
    assert_line --index 1 --partial $'500\t500\t\t\t\t\tnumber\t'
    ! grep -q $'\t500\t' unmatched.tsv
}

@test "extract-numbers --unmatched lists every numeral run not reported, with the reason" {
    run extract-numbers --unmatched=unmatched.tsv "$NUMBERS/n07-traps.txt"
    assert_success
    diff unmatched.tsv "$NUMBERS/n07-traps.unmatched"
    for reason in name idiom 'list marker' phone 'document or house number' \
        'document number' 'model or code'; do
        cut -f6 unmatched.tsv | grep -qx "$reason" || fail "no $reason"
    done
}

@test "extract-numbers --unmatched without FILE writes to standard error" {
    printf '统一思想，第3名。\n' > in.txt
    extract-numbers --unmatched in.txt > out.tsv 2> err.tsv
    [ "$(sed -n 2p err.tsv | cut -f5,6)" = $'一\tidiom' ]
    [ "$(sed -n 2p out.tsv | cut -f5,11)" = $'第3名\tordinal' ]
}

@test "extract-numbers: every digit in the fixtures is reported or listed as unmatched" {
    for fixture in "$NUMBERS"/*.txt; do
        extract-numbers --unmatched=unmatched.tsv "$fixture" > out.tsv
        # the digits of the raw columns, against the digits of the input
        want=$(grep -o '[0-9０-９]' "$fixture" | wc -l)
        got=$( { tail -n +2 out.tsv | cut -f5; tail -n +2 unmatched.tsv | cut -f5; } |
            grep -o '[0-9０-９]' | wc -l)
        [ "$want" -eq "$got" ] || fail "$fixture: $want digits in, $got accounted for"
    done
}

@test "extract-numbers reads split-sections' TSV: section and para come from it" {
    printf '%s\n' '城东街道织密服务网络' '一、建强组织体系' '街道新成立小区党支部56个。' \
        '二、优化服务。全年服务群众2.3万多人次。' | split-sections > sections.tsv
    run extract-numbers sections.tsv
    assert_success
    assert_line --index 1 --partial $'-\t1\t3\t10\t56个\t56\t\t\t个\t\tcount\t小区党支部\t'
    assert_line --index 2 --partial $'-\t2\t5\t'
    assert_line --index 2 --partial $'2.3万多人次\t23000\t\t\t人次\t多\tcount'
}

@test "extract-numbers on the text stream: doc from the header, section empty, para the line in its document" {
    printf '\fa.txt\n标题\n共有党员42名。\n\fb.txt\n街道新建站点9个。\n' > in.txt
    run extract-numbers in.txt
    assert_success
    assert_line --index 1 --partial $'a.txt\t\t2\t4\t42名\t42'
    assert_line --index 2 --partial $'b.txt\t\t1\t6\t9个\t9'
}

@test "extract-numbers: start counts characters; context is the sentence, at most 120 characters" {
    long=$(printf '很长的句子%.0s' $(seq 40))
    printf '%s\n' "开头的话。${long}共有党员56名${long}。后一句。" > in.txt
    extract-numbers in.txt > out.tsv
    [ "$(sed -n 2p out.tsv | cut -f4)" -eq 209 ]
    context=$(sed -n 2p out.tsv | cut -f13)
    [ "$(printf '%s' "$context" | wc -m)" -eq 120 ]
    [[ $context == *共有党员56名* ]]
    [[ $context != *开头的话* ]]
}

@test "extract-numbers: the same input gives the same bytes" {
    cat "$NUMBERS"/*.txt > all.txt
    extract-numbers all.txt > one.tsv
    extract-numbers all.txt > two.tsv
    cmp one.tsv two.tsv
    [ "$(wc -l < one.tsv)" -gt 60 ]
}

@test "extract-numbers: the whole pipeline from raw pages" {
    decode -H "$ARTICLES"/s*.txt | t2s | strip-boilerplate | split-sections | extract-numbers > out.tsv
    [ "$(head -1 out.tsv)" = "$(printf 'doc\tsection\tpara\tstart\traw\tvalue\tvalue_max\twhen\tunit\tapprox\tkind\tsubject\tcontext')" ]
    [ "$(awk -F'\t' 'NF != 13' out.tsv | wc -l)" -eq 0 ]
    awk -F'\t' '$5 == "56个" && $6 == 56 && $12 == "小区党支部"' out.tsv | grep -q .
}

@test "extract-numbers: empty input gives the header; a missing final LF, standard input and -" {
    : > empty.txt
    run extract-numbers empty.txt
    assert_success
    assert_output $'doc\tsection\tpara\tstart\traw\tvalue\tvalue_max\twhen\tunit\tapprox\tkind\tsubject\tcontext'
    printf '新建站点9个' > in.txt
    run bash -c "extract-numbers - < in.txt && extract-numbers < in.txt"
    assert_success
    assert_line --index 1 --partial $'9个\t9'
    assert_line --index 3 --partial $'9个\t9'
}

@test "extract-numbers: invalid UTF-8 is reported with its line, the rest still read, exit 1" {
    printf '志愿者\377走访居民300户。\n新建站点9个。\n' > in.txt
    run extract-numbers in.txt
    assert_failure 1
    assert_line --index 0 'extract-numbers: in.txt: line 1: invalid UTF-8'
    assert_output --partial $'300户\t300'
    assert_output --partial $'9个\t9'
}

@test "extract-numbers: a missing file is reported, the others read, exit 1" {
    run extract-numbers missing.txt "$NUMBERS/n01-counts.txt"
    assert_failure 1
    assert_line --index 0 'extract-numbers: missing.txt: No such file or directory'
    assert_output --partial '小区党支部'
}

@test "extract-numbers > /dev/full fails with the reason, exit 1; | head -1 ends quietly" {
    run bash -c "extract-numbers '$NUMBERS/n01-counts.txt' > /dev/full"
    assert_failure 1
    assert_output 'extract-numbers: write error: No space left on device'
    repeat_text 3000 "$NUMBERS/n01-counts.txt" > big.txt
    run bash -c "extract-numbers big.txt | head -1; echo \"status \${PIPESTATUS[0]}\""
    assert_output $'doc\tsection\tpara\tstart\traw\tvalue\tvalue_max\twhen\tunit\tapprox\tkind\tsubject\tcontext\nstatus 141'
}

@test "extract-numbers: a 100 MB line works, its numbers found at both ends" {
    { printf '新建站点9个，'; head -c 100000000 /dev/zero | tr '\0' 'x'; printf '，共有党员42名。\n'; } > line.txt
    extract-numbers line.txt > out.tsv
    [ "$(sed -n 2p out.tsv | cut -f5)" = 9个 ]
    [ "$(sed -n 3p out.tsv | cut -f5)" = 42名 ]
    [ "$(sed -n 3p out.tsv | cut -f4)" -eq 100000012 ]
}

@test "extract-numbers: a number too large or too small to write plainly is listed, not written" {
    printf '面积1e99平方米，1e-50，9e39万亿元，1至9e41个，2e5人。\n' > in.txt
    run extract-numbers --unmatched=unmatched.tsv in.txt
    assert_success
    assert_output --partial $'2e5人\t200000'
    [ "$(grep -c $'\ttoo large$' unmatched.tsv)" -eq 4 ]
    refute_output --partial NaN
}

@test "extract-numbers reads TSV escapes as to-csv does: \\t \\n \\r \\\\ decoded, any other pair kept" {
    printf 'doc\tsection\tlevel\tparent\tpara\tkind\ttext\n-\t0\t0\t0\t1\tpara\tC:\\\\data\\qx\\t党员42名。\n' > in.tsv
    run extract-numbers in.tsv
    assert_success
    # written back escaped: the backslash of \q was kept, so it is doubled
    assert_line --index 1 --partial $'\tC:\\\\data\\\\qx\\t党员42名'
}
