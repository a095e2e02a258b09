#!/usr/bin/env bats
# t2s: Traditional to Simplified on libopencc, without glued-on pinyin.

load helper

setup() { cd "$BATS_TEST_TMPDIR"; }

# t2s turns in.txt into want.txt on its fast path and through OpenCC
# alone alike.
assert_both_paths() {
    t2s in.txt > fast.txt
    t2s --no-fast-path in.txt > slow.txt
    cmp want.txt fast.txt
    cmp want.txt slow.txt
}

@test "t2s --help lists every option, exit 0" {
    run t2s --help
    assert_success
    for option in --config --keep-pinyin --help --version; do
        assert_output --partial -- "$option"
    done
}

@test "t2s --version" {
    run t2s --version
    assert_success
    assert_output --regexp '^t2s \(zhpipe\) [0-9.]+$'
}

@test "t2s: an unknown option is a usage error, exit 2" {
    run t2s --bogus
    assert_failure 2
    assert_output --partial "Try 't2s --help'"
}

@test "t2s: a Traditional article becomes Simplified" {
    decode "$ARTICLES/t1-fuwu.txt" | t2s > out.txt
    run sed -n 2p out.txt
    assert_output '社区党委创新「网格+服务」模式 打通服务群众最后一公里'
    run sed -n 4p out.txt
    assert_output '今年以来，北区社区党委坚持党建引领，将辖区划分为28个网格，每个网格配备1名网格长和2至3名网格员，累计走访居民1.2万户。'
}

@test "t2s: Simplified articles come out byte for byte" {
    for article in "$ARTICLES"/s*.txt; do
        decode "$article" > in.txt
        t2s in.txt > out.txt
        cmp in.txt out.txt
    done
}

@test "t2s: headers, ASCII, digits and punctuation pass unchanged" {
    printf '\f黨建/區.txt\nNext Article 2021-05-12 (1) 12.5%% ，。「」—— 《》\n' > in.txt
    run t2s in.txt
    assert_success
    assert_line --index 0 $'\f黨建/區.txt'
    assert_line --index 1 'Next Article 2021-05-12 (1) 12.5% ，。「」—— 《》'
}

@test "t2s: Traditional and Simplified mixed in one paragraph" {
    run bash -c "echo '黨建引領 党建引领 社區 社区' | t2s"
    assert_output '党建引领 党建引领 社区 社区'
}

@test "t2s: 著 stays 著, as OpenCC keeps it, whether a particle or not" {
    run bash -c "echo '隨著 随著 接著 意味著 著手 著重 著名 著作 顯著 原著 土著' | t2s"
    assert_output '随著 随著 接著 意味著 著手 著重 著名 著作 显著 原著 土著'
    [ "$(echo '隨著 接著 著手' | t2s)" = "$(echo '隨著 接著 著手' | opencc -c t2s.json)" ]
}

@test "t2s: 乾 in place names stays, in Simplified text too (乾县); 乾 meaning dry does not" {
    run bash -c "echo '乾安縣 乾州 乾縣 乾陵 乾紅 乾斷食' | t2s"
    assert_output '乾安县 乾州 乾县 乾陵 干红 干断食'
    run bash -c "echo '乾县召开两新党建工作会' | t2s"
    assert_output '乾县召开两新党建工作会'
}

@test "t2s: 釐 is 厘 as OpenCC has it (釐清, 釐定, 毫釐), but in the blessing 祝釐" {
    run bash -c "echo '釐清權責 釐定 毫釐 祝釐' | t2s"
    assert_output '厘清权责 厘定 毫厘 祝釐'
}

@test "t2s: Simplified that OpenCC could misread stays (什么, 坏, 一坏)" {
    run bash -c "echo '什么 坏 破坏 一坏 坏布' | t2s"
    assert_output '什么 坏 破坏 一坏 坏布'
}

@test "t2s: pinyin glued after characters is removed" {
    run bash -c "echo '黨建引領(lǐng) 社區(qū)治理 發(fā)展 發（fā）展 引領(ling3) 区(Qū)' | t2s"
    assert_output '党建引领 社区治理 发展 发展 引领 区'
}

@test "t2s: a line cut off inside a toned romanisation loses its letters; a word in brackets left open at a line's end stays" {
    printf '%s\n' '原來各開各的會,現(xià' '發展(fā' '項目(Project' '社區(qū)(站' > in.txt
    printf '%s\n' '原来各开各的会,现' '发展' '项目(Project' '社区(站' > want.txt
    assert_both_paths
}

@test "t2s: a gloss cut off before its tone mark goes at the end of a document that glued pinyin, and only there" {
    # the evidence is a romanisation removed in an earlier line of the
    # document or earlier in the line; a header starts a new document
    printf '%s\n' $'\f' '發(fā)展' '消息傳來(l' '項目(Pro' '社區(站' '鄉(xi' $'\f' '消息傳來(l' \
        '社區(qū)與消息傳來(d' > in.txt
    printf '%s\n' $'\f' '发展' '消息传来' '项目' '社区(站' '乡' $'\f' '消息传来(l' '社区与消息传来' > want.txt
    assert_both_paths
    # invalid bytes after the letters: the line goes on, no cut there
    printf '社區(qū)與傳來(d\377\n' > in.txt
    printf '社区与传来(d\377\n' > want.txt
    for path in --no-fast-path ''; do
        t2s $path in.txt > out.txt 2> /dev/null || true
        cmp want.txt out.txt
    done
}

@test "t2s: glued pinyin found wherever the scan meets it, one per line" {
    # After a phrase's first character (發展 must still join), after a
    # character of no key, after a key character of no phrase, full-width,
    # twice in a row, at the start of a line, and before Traditional text.
    printf '%s\n' '發(fā)展' '社(shè)區' '黨(dǎng)' '領（lǐng）導' '發(fā)(fa1)展' \
        '(fā)展' '社區(qū)(站点)與發展' '這(zhè)裡(lǐ)' > in.txt
    printf '%s\n' '发展' '社区' '党' '领导' '发展' '(fā)展' '社区(站点)与发展' '这里' > want.txt
    assert_both_paths
}

@test "t2s: a word's romanisation after the word goes, and after one a toneless syllable of the neutral tone" {
    # 方便(fāngbiàn): two syllables after two characters; 的(de) only where
    # the line shows that a converter glued romanisations (after one); a
    # toneless word in brackets stays, and so do more letters than the
    # characters before could take
    printf '%s\n' '方便(fāngbiàn)的(de)號院(hàoyuàn)' '的(de)方便(fāngbiàn)' '手机(app)的(de)应用' \
        '区(fāngbiàn)' > in.txt
    printf '%s\n' '方便的号院' '的(de)方便' '手机(app)的(de)应用' '区(fāngbiàn)' > want.txt
    assert_both_paths
}

@test "t2s: after a romanisation in the line, one syllable's goes after any character but a space, as where mojibake took the character" {
    # the first one needs Han characters before it; a space before the
    # bracket or two syllables after one other character leave it
    printf '%s\n' '說(shuō)完,他f(shuō)。' 'f(shuō)說(shuō)' '風(fēng) (fēng)' '風(fēng)?(fāngbiàn)' > in.txt
    printf '%s\n' '说完,他f。' 'f(shuō)说' '风 (fēng)' '风?(fāngbiàn)' > want.txt
    assert_both_paths
}

@test "t2s: a romanisation with a space before its closing parenthesis goes too" {
    # some converters write 創(chuàng )業; a bracketed English word with a
    # space inside (手机(app )) has no tone and stays
    printf '%s\n' '創(chuàng )業 會(huì  )同' '手机(app )的应用' > in.txt
    printf '%s\n' '创业 会同' '手机(app )的应用' > want.txt
    assert_both_paths
}

@test "t2s: ordinary brackets stay" {
    run bash -c "echo '服务站(站点) 第(1)条 学历(学历) 处理器(CPU) 下一篇(Next) abc(lǐng) 。(fā) 区(lǐnglǐnglǐng)' | t2s"
    assert_output '服务站(站点) 第(1)条 学历(学历) 处理器(CPU) 下一篇(Next) abc(lǐng) 。(fā) 区(lǐnglǐnglǐng)'
}

@test "t2s: characters beyond the BMP pass through whole" {
    run bash -c "echo '二𫫇英 𣨼云尤雨 剔團𪢮月 😀' | t2s"
    assert_success
    assert_output '二𫫇英 𣨼云尤雨 剔团𪢮月 😀'
}

@test "t2s --keep-pinyin leaves romanisations alone" {
    run bash -c "echo '發(fā)展' | t2s --keep-pinyin"
    assert_output '发(fā)展'
}

@test "t2s: invalid UTF-8 passes through, is reported with its line, exit 1" {
    printf '第一行\n黨\377建\n區\344\n第四行\n' > in.txt
    run t2s in.txt
    assert_failure 1
    assert_output --partial 't2s: in.txt: line 2: invalid UTF-8'
    assert_output --partial 't2s: in.txt: line 3: invalid UTF-8'
    t2s in.txt 2> /dev/null > out.txt || true
    printf '第一行\n党\377建\n区\344\n第四行\n' > want.txt
    cmp out.txt want.txt
}

@test "t2s: surrogates and overlong forms among Han characters are invalid" {
    printf '黨建黨建\355\240\200黨建黨建\340\200\200黨建黨建\n' > in.txt
    run t2s in.txt
    assert_failure 1
    assert_output --partial 't2s: in.txt: line 1: invalid UTF-8'
    t2s in.txt 2> /dev/null > out.txt || true
    printf '党建党建\355\240\200党建党建\340\200\200党建党建\n' | cmp - out.txt
}

@test "t2s -c tw2s and -c hk2s convert regional variants" {
    run bash -c "echo '著名 裡面 線上' | t2s -c tw2s"
    assert_success
    assert_output '著名 里面 线上'
    # 衞 is Hong Kong's form of 衛
    run bash -c "echo '衞生' | t2s -c hk2s"
    assert_output '卫生'
}

@test "t2s -c PATH takes a user's own configuration" {
    cp /usr/share/opencc/t2s.json mine.json
    run bash -c "echo '黨建' | t2s -c ./mine.json"
    assert_success
    assert_output '党建'
    run bash -c "echo '黨建' | t2s -c \"$PWD/mine.json\""
    assert_output '党建'
}

@test "t2s -c with no such configuration is a usage error, exit 2" {
    run t2s -c no-such-config < /dev/null
    assert_failure 2
    assert_output --partial 'no OpenCC configuration no-such-config'
}

@test "t2s: a stray t2s.json or TSPhrases.ocd2 in the working directory changes nothing" {
    cp /usr/share/opencc/s2t.json t2s.json
    cp /usr/share/opencc/STPhrases.ocd2 TSPhrases.ocd2
    cp /usr/share/opencc/STCharacters.ocd2 TSCharacters.ocd2
    run bash -c "echo '黨建引領 党建' | t2s"
    assert_output '党建引领 党建'
}

@test "t2s: its own output comes back unchanged, and the same input gives the same bytes" {
    decode "$ARTICLES"/*.txt | t2s > once.txt
    t2s once.txt > twice.txt
    cmp once.txt twice.txt
    decode "$ARTICLES"/*.txt | t2s | cmp - once.txt
}

@test "t2s: empty input, a missing final LF, standard input and -" {
    : > empty.txt
    run t2s empty.txt
    assert_success
    assert_output ''
    printf '黨建' > in.txt
    [ "$(t2s in.txt | od -An -tx1 | tr -d ' \n')" = "e5859ae5bbba0a" ]
    run bash -c "printf '區\n' | t2s - && printf '區\n' | t2s"
    assert_output $'区\n区'
}

@test "t2s: a missing file is reported, the others converted, exit 1" {
    printf '黨\n' > good.txt
    run t2s missing.txt good.txt
    assert_failure 1
    assert_line --index 0 't2s: missing.txt: No such file or directory'
    assert_line --index 1 '党'
}

@test "t2s > /dev/full fails with the reason, exit 1; | head -1 ends quietly" {
    run bash -c "echo 黨 | t2s > /dev/full"
    assert_failure 1
    assert_output 't2s: write error: No space left on device'
    repeat_text 3000 "$ARTICLES/t1-fuwu.txt" > big.txt
    run bash -c "t2s big.txt | head -1"
    assert_success
    assert_output '当前位置：首页 > 新闻 > 社区'
}

@test "t2s reads every OpenCC dictionary exactly as opencc_dict does" {
    for dict in /usr/share/opencc/*.ocd2; do
        opencc_dict -i "$dict" -o dict.txt -f ocd2 -t text
        awk -F'\t' '{ split($2, v, " "); print $1 "\t" v[1] }' dict.txt | sort > want.txt
        ocd2-dump "$dict" | sort > got.txt
        [ -s got.txt ]
        cmp want.txt got.txt || fail "$dict"
    done
}

@test "t2s: a damaged dictionary is an error, not a crash" {
    head -c 3000 /usr/share/opencc/TSCharacters.ocd2 > cut.ocd2
    run ocd2-dump cut.ocd2
    assert_failure 1
    assert_output --partial 'cut.ocd2: damaged dictionary'
    printf 'OPENCC_MARISA_0.2.5We love Marisa.\0' > empty.ocd2
    run ocd2-dump empty.ocd2
    assert_failure 1
    run ocd2-dump /etc/hostname
    assert_failure 1
    assert_output --partial 'not an OPENCC_MARISA_0.2.5 dictionary'
}

# A corpus of the fixture and example articles: Simplified, the same through
# OpenCC's s2t (Traditional), and both mixed line by line, repeated.
make_corpus() {
    decode -h "$ARTICLES"/*.txt "$TOP"/examples/src/*.txt | grep -v '^$' > simplified.txt
    opencc -c s2t.json -i simplified.txt -o traditional.txt
    paste -d '\n' simplified.txt traditional.txt > mixed.txt
    for i in $(seq 40); do cat simplified.txt traditional.txt mixed.txt; done > corpus.txt
}

@test "t2s: the fast path gives the same bytes as OpenCC on every span, corpus-scale" {
    # equal bytes are equal in either build; the sanitized pass has the
    # fixture-scale test below, and the fuzzer the fast path's memory
    [ -z "${ZP_SANITIZED:-}" ] || skip "the plain pass compares the bytes"
    make_corpus
    [ "$(wc -c < corpus.txt)" -gt 1000000 ]
    for config in t2s tw2s tw2sp hk2s; do
        t2s -c $config corpus.txt > fast.txt
        t2s -c $config --no-fast-path corpus.txt > every-span.txt
        cmp fast.txt every-span.txt || fail "-c $config: the fast path changed the output"
    done
    # and the conversion did happen
    ! grep -q '黨' fast.txt
}

@test "t2s: the fast path gives the same bytes as OpenCC on every fixture" {
    for article in "$ARTICLES"/*.txt "$TOP"/examples/src/*.txt; do
        decode "$article" > in.txt
        opencc -c s2t.json -i in.txt -o in-traditional.txt
        for file in in.txt in-traditional.txt; do
            cmp <(t2s "$file") <(t2s --no-fast-path "$file") || fail "$article"
        done
    done
}

@test "t2s: a 100 MB line works, in memory bounded beyond the line itself" {
    printf '黨建引領社區治理，發展集體經濟。' > unit.txt
    for i in $(seq 22); do cat unit.txt unit.txt; done > u2.txt
    yes "$(cat u2.txt)" | head -c 100000000 | tr -d '\n' > line.txt
    /usr/bin/time -f '%M' -o rss.txt t2s line.txt > out.txt
    [ "$(head -c 27 out.txt)" = '党建引领社区治理，' ]
    ! grep -q '黨' out.txt
    [ "$(tail -c 1 out.txt | od -An -tx1 | tr -d ' ')" = 0a ]
    if [ -z "${ZP_SANITIZED:-}" ]; then
        # the line reader holds the line (up to 128 MiB); the rest is small
        [ "$(cat rss.txt)" -lt 180000 ] || fail "peak RSS $(cat rss.txt) KB"
    fi
}

@test "t2s: NUL bytes pass through without reaching OpenCC" {
    printf '黨\000建\n' > in.txt
    run bash -c "t2s in.txt | od -An -c | tr -s ' '"
    assert_output --partial '\0'
    [ "$(t2s in.txt | tr -d '\000')" = '党建' ]
}

@test "t2s passes more of OpenCC's t2s test strings than libopencc or opencc-js, and every v1.1.6 one" {
    [ -z "${ZP_SANITIZED:-}" ] || skip "the plain pass compares the conversions"
    run "$TOP/bench/t2s-peer-tests" --tsv
    [ "$status" -ne 3 ] || skip "OpenCC's test strings come with shared/"
    assert_success
    head_passed=$(awk -F'\t' '$1 == "t2s" && $2 == "HEAD" { print $4 }' <<< "$output")
    # libopencc 1.1.6 alone passes 28 of the 55, opencc-js 1.4.2 passes 52.
    [ "$head_passed" -gt 52 ]
}
