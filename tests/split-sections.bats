#!/usr/bin/env bats
# split-sections: title, headings and paragraphs of each document, as TSV.

load helper

SPLIT=$FIXTURES/split

setup() { cd "$BATS_TEST_TMPDIR"; }

# The fixture NAME.txt comes out exactly as NAME.tsv.
assert_splits() {
    run split-sections "$SPLIT/$1.txt"
    assert_success
    diff <(printf '%s\n' "$output") "$SPLIT/$1.tsv" || fail "$1: output differs from $1.tsv"
}

@test "split-sections --help names the columns, exit 0" {
    run split-sections --help
    assert_success
    assert_output --partial 'doc, section'
    assert_output --partial -- '--version'
}

@test "split-sections --version" {
    run split-sections --version
    assert_success
    assert_output --regexp '^split-sections \(zhpipe\) [0-9.]+$'
}

@test "split-sections: an unknown option is a usage error, exit 2" {
    run split-sections --bogus
    assert_failure 2
    assert_output --partial "Try 'split-sections --help'"
}

@test "split-sections: 一、 headings; title and lead paragraph in section 0" {
    assert_splits sp01-numeral
}

@test "split-sections: 一、 above （一） above 1. nest at levels 1, 2, 3, each in its parent" {
    assert_splits sp02-nested
}

@test "split-sections: levels follow the order the styles appear in, not a fixed ranking" {
    assert_splits sp03-order
}

@test "split-sections: 第一部分 and 第一节 headings, inline 第一，; 第一书记 opens no heading" {
    assert_splits sp04-ordinal
}

@test "split-sections: unnumbered short headings, an ASCII comma inside one" {
    assert_splits sp05-plain
}

@test "split-sections: a heading over two lines is one heading record" {
    assert_splits sp06-two-line
}

@test "split-sections: inline headings split from their paragraph; a lead-in without enumerator stays" {
    assert_splits sp07-inline
}

@test "split-sections: no heading from a closing sentence, a quotation, a list mid-paragraph, one character, 1.5万" {
    assert_splits sp08-not-headings
}

@test "split-sections: no headings at all; a —— subtitle is a second title record" {
    assert_splits sp09-none
}

@test "split-sections: a headline's second line of six characters or more under its first is a second title record; a shorter line there is a heading" {
    run split-sections <<< $'青山镇各村社工站统一挂牌运行\n聚焦一老一小 打通服务群众“最后一米”\n日前，青山镇12个村的社工站统一挂牌运行，每站配备2名专职社工。'
    assert_success
    assert_line -n 1 --partial $'\ttitle\t青山镇各村社工站统一挂牌运行'
    assert_line -n 2 --partial $'\ttitle\t聚焦一老一小 打通服务群众“最后一米”'
    assert_line -n 3 --partial $'\tpara\t日前'
    run split-sections <<< $'社工站建设的实践与思考\n引言\n近年来，各地乡镇社工站建设全面推开，服务对象不断扩大。'
    assert_success
    assert_line -n 2 --partial $'\theading\t引言'
}

@test "split-sections: a heading-shaped last line heads nothing (the scrape cut its text): a paragraph" {
    assert_splits sp10-last
}

@test "split-sections: several documents in one stream, each afresh; an empty one; blank lines" {
    assert_splits sp11-stream
}

@test "split-sections: Traditional text" {
    assert_splits sp12-traditional
}

@test "split-sections: ① and （1） styles, full-width digits" {
    assert_splits sp13-circled
}

@test "split-sections: a page's head (names, issue, date, labels, key terms) makes no heading; a first line that is no title is a paragraph" {
    assert_splits sp14-front-matter
}

@test "split-sections: short numbered sentences in a row are a list; a heading with a heading under it; a cut-off last heading is a paragraph" {
    assert_splits sp15-lists
}

@test "split-sections: a short enumerated heading keeps its colon; a heading with text after it splits at its colon" {
    assert_splits sp16-colon
}

@test "split-sections: a short line never joins an enumerated heading; two unnumbered lines make one heading" {
    assert_splits sp17-no-merge
}

@test "split-sections: the title under a first line that is none (a prompt) is still the title; a lead-in ending in a colon stands over a heading" {
    assert_splits sp18-kicker
}

@test "split-sections: an enumerated heading opens a last line the scrape cut off" {
    assert_splits sp19-cut-inline
}

@test "split-sections: two unnumbered headings longer together than one, or a pair of phrases, stay two" {
    assert_splits sp20-two-headings
}

@test "split-sections: a rule's chapter with a space (第一章 总则) right under the title is a heading, no row of names; through strip-boilerplate too" {
    assert_splits sp23-rules
    run strip-boilerplate "$FIXTURES/split/sp23-rules.txt"
    assert_success
    diff <(printf '%s\n' "$output") "$FIXTURES/split/sp23-rules.txt" || fail "strip-boilerplate dropped a line of the rule"
}

@test "split-sections: a line over a title set wide (某某改造 / 工 作 方 案) is one heading with it" {
    assert_splits sp24-wide-title
}

@test "split-sections: a photo's caption (▲…, …读书。本报记者摄) is a paragraph, no heading" {
    assert_splits sp25-captions
}

@test "split-sections: a contact's or a place's field with figures (联系人：某某 82680028, 登记地点：某某路1056号) is a paragraph, no heading" {
    assert_splits sp26-contacts
}

@test "split-sections: whom a notice addresses before a colon (居民朋友们：, 各社区居委会：) is a paragraph, no heading" {
    assert_splits sp27-salutations
}

@test "split-sections: a notice's fields (时间：… 地点：… 【报名方式】：…) are paragraphs, no heading" {
    assert_splits sp21-fields
}

@test "split-sections: a style that numbered a paragraph numbers clauses; an article of a rule with its text (第一条 …。) is a paragraph; ?? ends no sentence" {
    assert_splits sp22-clauses
}

@test "split-sections: the text column gives back every character of the input, in order" {
    for fixture in "$SPLIT"/*.txt; do
        # inline headings are split without a byte lost; two-line headings
        # gain the space that joins them
        split-sections "$fixture" | tail -n +2 | cut -f7 | tr -d ' \n' > got.txt
        grep -v $'^\f' "$fixture" | tr -d ' \n' > want.txt
        cmp want.txt got.txt || fail "$fixture: text lost or changed"
    done
}

@test "split-sections: the text column reproduces the input's lines, inline headings re-joined" {
    for fixture in "$SPLIT"/*.txt; do
        grep -v $'^\f' "$fixture" | grep -v '^ *$' > lines.txt
        split-sections "$fixture" | tail -n +2 | cut -f7 > texts.txt
        # each input line is a record, or two records cut from it (an inline
        # heading), or with the next line one record joined by a space (a
        # heading over two lines)
        awk 'FILENAME == ARGV[1] { line[++n] = $0; next }
             { text[++m] = $0 }
             END {
                 i = 1; j = 1
                 while (i <= n && j <= m) {
                     if (text[j] == line[i]) { i++; j++ }
                     else if (j < m && text[j] text[j + 1] == line[i]) { i++; j += 2 }
                     else if (i < n && line[i] " " line[i + 1] == text[j]) { i += 2; j++ }
                     else { print "line " i ": " line[i] " / record " j ": " text[j]; exit 1 }
                 }
                 if (i <= n || j <= m) { print "left over: line " i ", record " j; exit 1 }
             }' lines.txt texts.txt || fail "$fixture"
    done
}

@test "split-sections: (doc, para) is a unique key and every record has seven fields" {
    cat "$SPLIT"/*.txt | split-sections > out.tsv
    [ "$(awk -F'\t' 'NF != 7' out.tsv | wc -l)" -eq 0 ]
    run bash -c "tail -n +2 out.tsv | cut -f1,5 | sort | uniq -d"
    assert_output ''
    [ "$(wc -l < out.tsv)" -gt 100 ]
}

@test "split-sections: after the pipeline, the articles come out sectioned" {
    decode -H "$ARTICLES/s1-dangjian.txt" | t2s | strip-boilerplate | split-sections > out.tsv
    run awk -F'\t' '$6 == "heading"' out.tsv
    assert_success
    [ "${#lines[@]}" -ge 2 ] || fail "no headings: $(cat out.tsv)"
    [ "$(head -1 out.tsv)" = "$(printf 'doc\tsection\tlevel\tparent\tpara\tkind\ttext')" ]
    [ "$(sed -n 2p out.tsv | cut -f6)" = title ]
}

@test "split-sections: TAB and backslash in the text and the name are escaped" {
    printf '\fa\\b\tc.txt\n标题\n路径C:\\data\t第1列。\n' > in.txt
    run split-sections in.txt
    assert_success
    assert_line --index 1 $'a\\\\b\\tc.txt\t0\t0\t0\t1\ttitle\t标题'
    assert_line --index 2 $'a\\\\b\\tc.txt\t0\t0\t0\t2\tpara\t路径C:\\\\data\\t第1列。'
}

@test "split-sections: each file without a header is a document of its own, named -" {
    split-sections "$SPLIT/sp10-last.txt" "$SPLIT/sp10-last.txt" > out.tsv
    { cat "$SPLIT/sp10-last.tsv"; tail -n +2 "$SPLIT/sp10-last.tsv"; } | diff - out.tsv
}

@test "split-sections: empty input gives the header; a missing final LF, standard input and -" {
    : > empty.txt
    run split-sections empty.txt
    assert_success
    assert_output $'doc\tsection\tlevel\tparent\tpara\tkind\ttext'
    printf '东湖社区开展志愿服务\n社区新建党群服务站点9个。' > in.txt
    run bash -c "split-sections - < in.txt && split-sections < in.txt"
    assert_success
    assert_line --index 2 $'-\t0\t0\t0\t2\tpara\t社区新建党群服务站点9个。'
    assert_line --index 5 $'-\t0\t0\t0\t2\tpara\t社区新建党群服务站点9个。'
}

@test "split-sections: invalid UTF-8 is kept, reported with its line, exit 1" {
    printf '城东街道开展志愿服务\n志愿者\377走访居民300户。\n' > in.txt
    run split-sections in.txt
    assert_failure 1
    assert_line --index 0 'split-sections: in.txt: line 2: invalid UTF-8'
    split-sections in.txt 2> /dev/null | tail -1 | cut -f7 | cmp - <(sed -n 2p in.txt)
}

@test "split-sections: a journal's volume line in the Latin way (某某研究 2021, Vol. 14 Issue (3): 64-72) is no title" {
    printf '某某卫生政策研究  2021, Vol. 14 Issue (3): 64-72\n社区居家养老意愿下老年人卫生服务需求的影响\n目的:探讨居住方式和子女支持对老年人基层卫生服务需求的影响,为完善社区服务提供依据。\n' > volume.txt
    run split-sections volume.txt
    assert_success
    [ "$(sed -n 2p <<< "$output" | cut -f6)" = para ] || fail "the volume line is a $(sed -n 2p <<< "$output" | cut -f6)"
}

@test "split-sections: a missing file is reported, the others read, exit 1" {
    run split-sections missing.txt "$SPLIT/sp10-last.txt"
    assert_failure 1
    assert_line --index 0 'split-sections: missing.txt: No such file or directory'
    assert_line --index 2 $'-\t0\t0\t0\t1\ttitle\t西关街道召开党建工作推进会'
}

@test "split-sections: a list's items after their bullets (• 为民服务:…) are paragraphs, however short, and the section's headings around them stay headings; a heading a paper marks with a black square (■ 某某联络站) stays one" {
    assert_splits sp28-bullet-items
}

@test "split-sections: a numbered heading a space parts from its text (一、活动背景 近年来，…。) is a heading over that text, and the style stays a heading's, not a clause's; a heading of two phrases a space parts (（一）坚持党建引领 强化组织保障) stays whole" {
    assert_splits sp29-spaced-headings
}

@test "split-sections > /dev/full fails with the reason, exit 1; | head -1 ends quietly" {
    run bash -c "split-sections '$SPLIT/sp02-nested.txt' > /dev/full"
    assert_failure 1
    assert_output 'split-sections: write error: No space left on device'
    repeat_docs 3000 "$SPLIT/sp02-nested.txt" > big.txt
    run bash -c "split-sections big.txt | head -1; echo \"status \${PIPESTATUS[0]}\""
    assert_output $'doc\tsection\tlevel\tparent\tpara\tkind\ttext\nstatus 141'
}

@test "split-sections: a 100 MB line works; 100 MB of lines run in a few MB" {
    { echo '标题'; printf '一、'; head -c 100000000 /dev/zero | tr '\0' 'x'; printf '。\n'; } > line.txt
    split-sections line.txt > out.tsv
    [ "$(sed -n 3p out.tsv | cut -f2,6)" = $'0\tpara' ]
    [ "$(sed -n 3p out.tsv | cut -f7 | wc -c)" -eq 100000010 ]
    # 2^15 copies, about 15 MB, by doubling
    cp "$SPLIT/sp02-nested.txt" many.txt
    for i in $(seq 15); do cat many.txt many.txt > twice.txt; mv twice.txt many.txt; done
    /usr/bin/time -f '%M' -o rss.txt split-sections many.txt > /dev/null
    if [ -z "${ZP_SANITIZED:-}" ]; then
        [ "$(cat rss.txt)" -lt 8000 ] || fail "peak RSS $(cat rss.txt) KB"
    fi
}

@test "split-sections: a year in numerals too long for one (一〇〇…〇年) is no date, and its run of any length is read without overflow (the sanitized build halts on one)" {
    run split-sections <<< "一$(printf '〇%.0s' $(seq 1 24))年十月一日 某某社区召开会议"
    assert_success
    assert_line -n 1 --partial $'title\t一〇〇'
}
