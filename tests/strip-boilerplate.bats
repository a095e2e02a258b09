#!/usr/bin/env bats
# strip-boilerplate: the article alone, from pages wrapped in site chrome.

load helper

STRIP=$FIXTURES/strip

setup() { cd "$BATS_TEST_TMPDIR"; }

# The fixture page NAME.txt comes out exactly as NAME.want.
assert_strips() {
    run strip-boilerplate "$STRIP/$1.txt"
    assert_success
    diff <(printf '%s\n' "$output") "$STRIP/$1.want" || fail "$1: output differs from $1.want"
}

# The fixture page NAME.txt's row of the --meta table has in its FIELDS
# (as cut -f takes them) the text WANT.
assert_strip_meta() {
    strip-boilerplate --meta meta.tsv "$STRIP/$1.txt" > /dev/null
    run cut -f"$2" meta.tsv
    assert_line -n 1 "$3"
}

# The fixture page NAME.txt strips to NAME.want, and what the awk PROGRAM
# prints of its --explain log (fields split at TABs) is WANT:
# assert_strip_log NAME PROGRAM WANT.
assert_strip_log() {
    assert_strips "$1"
    strip-boilerplate --explain log.tsv "$STRIP/$1.txt" > /dev/null
    run awk -F'\t' "$2" log.tsv
    assert_output "$3"
}

# The page PAGE, given inline, has in the FIELDS of its --meta row the
# text WANT: assert_page_meta FIELDS WANT PAGE.
assert_page_meta() {
    strip-boilerplate --meta meta.tsv <<< "$3" > /dev/null
    run cut -f"$1" meta.tsv
    assert_line -n 1 "$2"
}

@test "strip-boilerplate --help lists every option, exit 0" {
    run strip-boilerplate --help
    assert_success
    for option in --explain --verbose --jobs --meta --help --version; do
        assert_output --partial -- "$option"
    done
}

@test "strip-boilerplate --version" {
    run strip-boilerplate --version
    assert_success
    assert_output --regexp '^strip-boilerplate \(zhpipe\) [0-9.]+$'
}

@test "strip-boilerplate: an unknown option is a usage error, exit 2" {
    run strip-boilerplate --bogus
    assert_failure 2
    assert_output --partial "Try 'strip-boilerplate --help'"
}

@test "strip-boilerplate: site name, breadcrumb, publication line, font and share buttons, footer block" {
    assert_strips s01-breadcrumb
}

@test "strip-boilerplate: Traditional navigation row, teaser, previous and next, prompts" {
    assert_strips t02-nav
}

@test "strip-boilerplate: author line under the title, byline, captions, an inline ad, promotion" {
    assert_strips s03-byline
}

@test "strip-boilerplate: a paragraph broken mid-word, across a blank line and around a caption, is joined" {
    assert_strips s04-broken
}

@test "strip-boilerplate: the repeated last screen and a repeated tail go; repetition inside a paragraph stays" {
    assert_strips s05-repeat
}

@test "strip-boilerplate: a repeated heading and paragraph, a subtitle, a Traditional slogan block" {
    assert_strips t06-repeat-trad
}

@test "strip-boilerplate: a page without chrome comes out unchanged but for blank lines" {
    assert_strips s07-clean
    diff <(grep -v '^$' "$STRIP/s07-clean.txt") "$STRIP/s07-clean.want"
}

@test "strip-boilerplate: slogan block, Next Article, footer links, licence line" {
    assert_strips s08-slogan
}

@test "strip-boilerplate: channel names, date line, source and author lines, teaser, editor, print buttons" {
    assert_strips s09-teaser
}

@test "strip-boilerplate: Traditional captions, photo credit, ad and QR line" {
    assert_strips t10-captions
}

@test "strip-boilerplate: headings of every form and a one-line closing sentence stay" {
    assert_strips s11-headings
}

@test "strip-boilerplate: mixed scripts; a lead paragraph with 本报讯（记者…） stays" {
    assert_strips h12-mixed
}

@test "strip-boilerplate: pages cut off mid-sentence keep their last piece and the heading above it" {
    assert_strips s13-truncated
}

@test "strip-boilerplate: a journal page's head (names, affiliations, issue, key terms, classification) goes, its abstract stays" {
    assert_strips s14-journal
}

@test "strip-boilerplate: front-matter labels in their spellings (【摘要】 摘 要 〔摘要〕 内容提要 关键词 DOI 基金项目, Traditional too), the part under a bare label, a reference" {
    assert_strips s15-labels
}

@test "strip-boilerplate: openings without a title: a names row, a report, an e-book's list, an editor's note" {
    assert_strips s16-no-title
}

@test "strip-boilerplate: caption lines between the pieces of a broken enumerated paragraph, and at the end" {
    assert_strips s17-captions
}

@test "strip-boilerplate: chrome glued to a line's edge is cut, and each cut is logged" {
    assert_strips s18-glued
    strip-boilerplate --explain log.tsv "$STRIP/s18-glued.txt" > /dev/null
    for rule in site-suffix mark date credit column chunk title-date url; do
        grep -q $'\ttrim\t'"$rule"$'\t' log.tsv || fail "no trim row for $rule"
    done
    grep -q $'^-\t4\ttrim\tcredit\t（记者 孙某）\tclass=' log.tsv
}

@test "strip-boilerplate: a disclaimer header inside a line ends the article; promotion prompts go" {
    assert_strips s19-disclaimer
}

@test "strip-boilerplate: a content farm's link row, counters, prompts and copy notice" {
    assert_strips s20-farm
}

@test "strip-boilerplate: search terms run into a line, a URL and fields above the lead are no first piece; a broken paragraph and a farm's blanks stay" {
    assert_strips s21-seo-row
}

@test "strip-boilerplate: a paragraph that lost its stop takes no short line, one that ends in a note's mark no paragraph" {
    assert_strips s22-lost-stop
}

@test "strip-boilerplate: e-paper page labels, prev and next, a government table's fields and its empty 主题词 are no title; a place before a title's colon stays" {
    assert_strips s23-labels-rows
}

@test "strip-boilerplate: a site's blurbs go in the head and the foot (小编为大家整理, 不代表本站观点 in a clause, 设为书签, 内容加载中), body text that gives advice stays" {
    assert_strips s24-blurbs
}

@test "strip-boilerplate: an image's place, its caption, a caption with its photographer and a figure's number go; a heading after a paragraph stays" {
    assert_strips s25-images
}

@test "strip-boilerplate: a related-links widget with its list, a bulleted one, a teaser with its link go; a lead-in ending in a colon, a title under a button stay" {
    assert_strips s26-widgets
}

@test "strip-boilerplate: a column's tag before the title is cut, alone above it dropped" {
    assert_strips s27-column
}

@test "strip-boilerplate: rows of fields with empty ones go; a heading with one colon stays" {
    assert_strips s28-fields
}

@test "strip-boilerplate: an author's note with a postcode and an office without a name go; a count in parentheses stays" {
    assert_strips s29-author-note
}

@test "strip-boilerplate: a short last line cut off under the text stays; a byline at the end goes" {
    assert_strips s30-cut-off
}

@test "strip-boilerplate: a title's tail on the next line joins it, an author's name does not; a kicker over the title goes" {
    assert_strips s31-title-lines
}

@test "strip-boilerplate: a notice's event time stays, its publication time goes; captions run into a paragraph are cut from it; a note mark after a space ends a sentence; bracketed buttons go" {
    assert_strips s32-notice
}

@test "strip-boilerplate: a page cut off under a heading keeps the heading and the piece; a title that exclaims in quotes; its indented repeat; rows of site names, search terms, a page label with zeros, a record's fields (a date or an id among them) and an empty field go, a table's row of figures and a text's own label over its terms stay" {
    assert_strips s33-cut-page
}

@test "strip-boilerplate: the title comes before the text (prose under a candidate ends the look); a —— subtitle is never the title; a date before a title is cut from it; a bar or 丨 parts a tag or a site's name from the title, and a bar at its end joins nothing; a notice's 【label】：value is text and no title" {
    assert_strips s34-title-choice
    strip-boilerplate --explain log.tsv "$STRIP/s34-title-choice.txt" > /dev/null
    grep -q $'^-\t2\ttrim\ttitle-date\t2024.06.18 \tclass=' log.tsv
    grep -q $'^bars4\t32\ttrim\tsite-suffix\t|\tclass=' log.tsv
}

@test "strip-boilerplate: an outlet's name is no title; a breadcrumb of words (网站首页 新闻中心 正文), fields with a space before their colon, share widgets' labels, 图片来自, a related widget (新闻推荐), a login prompt, 阅读全部 and a blurb's ending go" {
    assert_strips s35-chrome-words
    strip-boilerplate --explain log.tsv "$STRIP/s35-chrome-words.txt" > /dev/null
    grep -q $'^-\t2\tdrop\tbreadcrumb\t' log.tsv
    grep -q $'^-\t4\tdrop\tfields\t' log.tsv
}

@test "strip-boilerplate: a content farm's piece number (篇一：) is no title; an indent turned ?? is cut; a line that ends in ?? ends no sentence and joins the next" {
    assert_strips s36-farm-mojibake
}

@test "strip-boilerplate: a government table's fields on lines of their own, labels and values, go; a related list's teasers cut off with ... or … go" {
    assert_strips s37-gov-table
}

@test "strip-boilerplate: cut from a line's end, each logged: credits in a row, a template's bar, a paper's print credit (《 某某日报 》( … 版))" {
    assert_strips s38-line-end
    strip-boilerplate --explain log.tsv "$STRIP/s38-line-end.txt" > /dev/null
    grep -q $'^-\t2\ttrim\tcredit\t（记者 钱某某）\tclass=' log.tsv
    grep -q $'^-\t2\ttrim\tcredit\t（编辑：孙某 审核：李某）\tclass=' log.tsv
    grep -q $'^-\t3\ttrim\tbar\t|\tclass=' log.tsv
    grep -q $'^-\t4\ttrim\tprint\t《 南江日报 》( 2024年03月12日 05 版)\tclass=' log.tsv
}

@test "strip-boilerplate: a farm's piece number with a long title and no stop (篇一：…) joins no paragraph" {
    assert_strips s39-farm-pieces
}

@test "strip-boilerplate: a notice's fields in 【】 are its text between images, whatever their value ends in" {
    assert_strips s40-notice-fields
}

@test "strip-boilerplate: search terms stuffed into the first line with commas, over the chrome, go and take neither the title nor the text; a farm's blurb that offers its help goes" {
    assert_strips s41-stuffed-terms
}

@test "strip-boilerplate: a heading with an image between it and its text stays; a teaser that ends in its button ([关注]) goes" {
    assert_strips s42-heading-image
}

@test "strip-boilerplate: a dateline that sets the title after it (…电 题:) is no title and joins nothing; an outlet's byline with its names goes; search terms joined by hyphens and a page label glued to its date go by their own rules; a disclaimer's header at the foot takes what follows" {
    assert_strips s43-dateline-title
    strip-boilerplate --explain log.tsv --meta meta.tsv "$STRIP/s43-dateline-title.txt" > /dev/null
    awk -F'\t' '$2 == 1 && $4 == "links"' log.tsv | grep -q . || fail "the hyphen-joined terms went by no links rule"
    awk -F'\t' '$2 == 4 && $4 == "edition"' log.tsv | grep -q . || fail "the page label went by no edition rule"
    [ "$(cut -f2,5 meta.tsv | tail -1)" = "$(printf '于细微处见真情\t张明远;李思齐')" ] || fail "meta: $(tail -1 meta.tsv)"
}

@test "strip-boilerplate: a row of other sites' names (某某部 某某政务服务网 某某厅 …) and an aggregator's 论文部分内容阅读 go, and neither is the title; a list of offices in the text stays" {
    assert_strips s44-site-names
}

@test "strip-boilerplate: a notice's signature (issuers over a date) goes; the attachment's title set wide (工 作 方 案) stays, no row of links; a numbered heading that continues the text's numbering stays at a cut end" {
    assert_strips s45-notice-attachment
}

@test "strip-boilerplate: a content farm's menu of forty indented bullets does not use up the title's look; a bulleted breadcrumb goes; a bullet item is no title" {
    assert_strips s46-long-menu
}

@test "strip-boilerplate: an e-paper's list of the page's headlines and the kicker over the title go, the title that repeats one of them stays; 3上一篇 下一篇4 (an icon font's arrows) is a row of links" {
    assert_strips s47-headline-list
}

@test "strip-boilerplate: a numbered item that lists its own values between semicolons (1、尺寸规格:长200cm ,宽100cm ;…) is no keyword line; the keywords under the text are" {
    assert_strips s48-numbered-items
}

@test "strip-boilerplate: a headline that calls out before its words (喜迎开放！某某中心正式启用) is the title, no sentence" {
    assert_strips s49-calling-title
}

@test "strip-boilerplate: a title's state in parentheses (征求意见稿) stays with it; a bulleted date and publisher under it go" {
    assert_strips s50-bulleted-head
}

@test "strip-boilerplate: a paper's print credit alone on its line (《某某日报》(2023年1月5日11版)) goes and is no title" {
    assert_strips s51-print-line
}

@test "strip-boilerplate: a content farm's count after the title (（全文共1024字）) is cut from it" {
    assert_strips s52-word-count
}

@test "strip-boilerplate: spaces after a line's stop or colon (…如下： ) leave it closed: it joins nothing" {
    assert_strips s53-trailing-spaces
}

@test "strip-boilerplate: a line that opens as a lead (本报讯, …月…日电) is never a piece of the line above it, across a caption too; the tildes a list set after a title are cut" {
    assert_strips s54-lead-opens
}

@test "strip-boilerplate: a title broken inside a document's name in 《》 is joined into one line; the issuers' row over it is no title" {
    assert_strips s55-broken-book-title
}

@test "strip-boilerplate: a farm's blurb in the head goes when a clause of it opens as one (…怎么写呢?以下是小编…) or ends as one (…，欢迎参阅。); it ends the related list above it" {
    assert_strips s56-farm-intros
    assert_strips s57-farm-intro-end
}

@test "strip-boilerplate: a farm's piece numbered at its end (…述职报告 篇1, （篇2）) is neither the title nor front matter; the page's title stays the title" {
    assert_strips s58-farm-piece-titles
}

@test "strip-boilerplate: a list that prose announces (…组成人员如下：) keeps its items, names with offices among them, up to the next paragraph" {
    assert_strips s59-members-list
}

@test "strip-boilerplate: a word alone is a name only when it opens with a surname, so a last line cut off (活动结束) stays; an e-paper's jump note (（下转四版）) is cut from a paragraph's end" {
    assert_strips s60-word-lines
}

@test "strip-boilerplate: the title is the candidate with the article's date line under it, not a site's slogan above the navigation; a date and a time in digits or a site's address make no title; a title's broken-off rest counts towards it" {
    assert_strips s61-title-evidence
    assert_strips s62-title-not-dateline
    assert_strips s63-title-tail-scored
}

@test "strip-boilerplate: a lead that opens with an outlet's dateline without a date (新某某讯(…记者 某某)…) is no piece of the line above" {
    assert_strips s65-outlet-lead
}

@test "strip-boilerplate: a date stamp after a site's address (http://…/2018年08月23日 08:48:08) is a date line" {
    assert_strips s66-address-date
}

@test "strip-boilerplate: a government page's table fields without colons (组配分类 …, 文件有效性 有效, 文件编号 …) go, under the title too" {
    assert_strips s67-gov-fields-no-colon
}

@test "strip-boilerplate: indented items numbered ⑴ or ⒋, ending in semicolons, are a list of the text, no key terms" {
    assert_strips s68-indented-items
}

@test "strip-boilerplate: a date in words (二OO三年二月十七日) alone on its line is a date line and takes no paragraph; one that opens a sentence stays" {
    assert_strips s69-words-date
}

@test "strip-boilerplate: a page's date after a list's bullet (- 时间:…) is a publication line" {
    assert_strips s70-bulleted-date
}

@test "strip-boilerplate: a document site's prompt (下载到本地) and rights note (…版权争议…) go" {
    assert_strips s71-doc-share
}

@test "strip-boilerplate: a numbered heading and the first words of its section that the scrape cut, with no mark in them, stay" {
    assert_strips s72-cut-under-heading
}

@test "strip-boilerplate: the title again under it with a space set in it goes; a figure's note (图1说明：…) is no piece of the paragraph above it" {
    assert_strips s73-figure-note
}

@test "strip-boilerplate: a photo's caption set as a paragraph, a photographer's credit after its last sentence, goes and takes no paragraph" {
    assert_strips s74-caption-credit
}

@test "strip-boilerplate: a line set in by a paragraph's indent is no piece of the line above; a farm's piece number (篇一) alone is a heading, no caption to skip" {
    assert_strips s75-indented-paragraphs
    assert_strips s76-piece-number-heading
}

@test "strip-boilerplate: a journal's authors' notes (某某(通讯作者),某某大学…讲师、硕士生导师) are front matter, no title and no paragraph" {
    assert_strips s77-author-notes
}

@test "strip-boilerplate: a forum's name (某某市论坛) is no title, and its footer (查看完整版本:) goes" {
    assert_strips s78-forum
}

@test "strip-boilerplate: a notice's contact line (联系人：… 联系方式：…) over its signature is its text, no fields' chrome" {
    assert_strips s79-notice-contact
}

@test "strip-boilerplate: a button in square brackets after the title ([打印本页]) is cut from it" {
    assert_strips s80-title-button
}

@test "strip-boilerplate: a journal site's search widget (文章快速检索 高级检索), a long path from 首页, and a fund note under 基金课题 go" {
    assert_strips s81-journal-widgets
}

@test "strip-boilerplate: a site's credits at its foot (…主办 …承办 …技术支持) go" {
    assert_strips s82-site-credits
}

@test "strip-boilerplate: a journal speaking of itself between a paper's head and its text (《某某》以办刊方向…) goes" {
    assert_strips s83-journal-promo
}

@test "strip-boilerplate: a widget's label between dashes (—分享—) is a share row and breaks off no paragraph, so the lead joins no line above it" {
    assert_strips s84-dashed-widget
}

@test "strip-boilerplate: a copyright notice glued after a paragraph's last sentence, or in brackets after it, is cut and the paragraph stays; the notice alone in brackets at the foot goes" {
    assert_strips s85-glued-rights
    run strip-boilerplate -e /dev/stdout "$STRIP/s85-glued-rights.txt"
    assert_output --partial $'trim\tcopyright\t文章来源于网络'
}

@test "strip-boilerplate: a title headed by a place (某某湾街道：…) over a table of empty labels and their values stays the title; the table goes" {
    assert_strips s86-place-title-table
}

@test "strip-boilerplate: a section's number alone (01, 02>>>) is dropped but is no chrome around the sentence under a heading" {
    assert_strips s87-section-numbers
}

@test "strip-boilerplate: a forum's prompts to sign up (赶紧注册…, …没有账号？立即注册, 马上注册…) go, and none is the title" {
    assert_strips s88-sign-up-prompts
}

@test "strip-boilerplate: a forum's jammer (units of a digit or mark, a space and a letter or mark, five or more) is cut from a line's start or end, and a line of it alone goes; a page's note of its length and reading time goes" {
    assert_strips s89-forum-jammer
    run strip-boilerplate -e /dev/stdout "$STRIP/s89-forum-jammer.txt"
    assert_output --partial $'trim\tjammer\t3 D, p+ R; j7 X) m* w'
    run strip-boilerplate <<< $'某某社区议事会的一年\n全文共2100字，阅读大约需要6分钟\n一年来，某某社区议事会围绕加装电梯、停车管理和垃圾分类开展协商二十余次，办结居民提出的事项四十多件。'
    refute_output --partial '阅读大约需要6分钟'
    assert_output --partial '某某社区议事会的一年'
}

@test "strip-boilerplate: a piece cut off by the scrape joins nothing across the page's foot; a comments widget (评论一下, …条评论, 还没有评论…), a news hotline's label and a browser note (…以上版本浏览器) go" {
    assert_strips s90-comments-and-foot
}

@test "strip-boilerplate: the line under a source's label alone (文章来源： / 《某某论坛》2024年第1期，…转载。) is its value and goes" {
    assert_strips s91-source-under-label
}

@test "strip-boilerplate: a line that closes its bracket (附件：《…》（征求意见稿）) breaks off nowhere, so the attachment's title under it stays, and the signature between goes as one; a notice's 监督电话 and 邮政编码 lines are its own" {
    assert_strips s92-closed-lines
}

@test "strip-boilerplate: a journal head's affiliations one to a line, numbered, their postcodes last (1. 某某职业技术学院, 某某 528000;), go; an address with a postcode in the text stays" {
    assert_strips s93-numbered-affiliations
}

@test "strip-boilerplate: an e-paper's masthead with the date under the title (某某日报 2021年12月09日) is a date line and goes" {
    assert_strips s94-masthead-date
}

@test "strip-boilerplate: a font widget (字体大小:【大】 【中】 【小】) goes and is no title" {
    assert_strips s95-font-widget-table
}

@test "strip-boilerplate: a copyright notice whose first sentence names the copyright (凡…版权均属于某某所有。任何媒体…未经授权…) goes whole, not cut after that sentence" {
    assert_strips s96-rights-sentences
}

@test "strip-boilerplate: a disclaimer's header with a colon after it (某某网版权及免责声明：) goes with its numbered clauses" {
    assert_strips s97-disclaimer-header-colon
}

@test "strip-boilerplate: an office's credit alone after the text (某某社区  侯某) goes; a run of offices and names that the text announces stays" {
    assert_strips s99-office-credit
}

@test "strip-boilerplate: a wire's line that sets the title after its dateline (中新社某某12月20日电 题：…) joins no lead, and above any other title it is the title without its dateline" {
    assert_strips s100-wire-title
}

@test "strip-boilerplate: a journal platform's head goes: authors each on a bulleted line, the 展开 button, an unlabelled note of the writer (某某(1986−),女,…), the dates, the fund, a copyright notice under its header, the English head, the citation" {
    assert_strips s101-journal-platform
}

@test "strip-boilerplate: each label of a journal's head is read as one at the very start of a line, in either script" {
    local label
    for label in 摘要 关键词 中图分类号 文献标识码 文章编号 基金项目 基金资助 收稿日期 修回日期 录用日期 錄用日期 \
        网络出版日期 網絡出版日期 网络首发日期 作者简介 通讯作者 引用格式 引文格式 本文引用格式 参考文献 DOI; do
        printf '\fx\n某某研究的题目\n%s: 某某\n' "$label" > head.txt
        strip-boilerplate --explain explain.tsv head.txt > /dev/null
        grep -q $'\t3\t.*label=' explain.tsv || fail "$label: not read as a label"
    done
}

@test "strip-boilerplate: a notice's numbered fields, each a short heading over short values (an address, 5:00~8:00), stay" {
    assert_strips s102-numbered-fields
}

@test "strip-boilerplate: a table's source cell and its value, a space between and no colon (来源 某某县委办公室), go and are no title" {
    assert_strips s103-spaced-source
}

@test "strip-boilerplate: a heading in two short lines, the first ending in a dash (选优派强—— / 精兵强将沉一线), is neither a piece nor a caption" {
    assert_strips s104-dash-heading
}

@test "strip-boilerplate: a content farm's note that it compiled the piece (…整理,希望能够帮助到大家。) goes, and a count of characters with a reading time glued after a widget's words (…共计4394个字,预计阅读时长15分钟。)" {
    assert_strips s105-farm-intro-reading-time
}

@test "strip-boilerplate: a photograph's caption in brackets with the place after them ((…发言)前排左) is a caption and no title; a village post's assistant and a spaced name (…村主任助理 詹 毅) is an author's line" {
    assert_strips s106-caption-place
}

@test "strip-boilerplate: a date with a note in brackets after it, whatever its marks (2018-10-31(某某平台首次上网日期,…)), is a date line" {
    assert_strips s107-date-note
}

@test "strip-boilerplate: an outlet's name alone over the page's date line (某某政协报 / 2025-10-10 09:18) is a masthead: no title, and the title above it no kicker" {
    assert_strips s108-outlet-over-date
}

@test "strip-boilerplate: a journal's authors under its abstract, each a name spaced apart and an office, one with a note in brackets (牛   某  …教授(通讯作者)), go" {
    assert_strips s109-authors-under-abstract
}

@test "strip-boilerplate: an abstract that ends in no mark does not join the paragraph under the key terms' label" {
    assert_strips s110-no-join-across-label
}

@test "strip-boilerplate: a date stamp followed by a field's label and its value, whatever its marks (2018-10-17 作者: 某某,某某), is a date line" {
    assert_strips s111-date-author-row
}

@test "strip-boilerplate: authors joined by a plus (某某+某某) are a row of names; a foot's 主办: row goes" {
    assert_strips s112-plus-names-owner-foot
}

@test "strip-boilerplate: a title with a template's bars after it and none before (…的公告 | ||||) is no row of links; whom to ask after an office's name (某某镇党政办公室 联系电话:…) stays" {
    assert_strips s113-title-bars-office-contacts
}

@test "strip-boilerplate: a notice's attachment that its text names (附件:某某名单) stays after the signature, its short items too; whom to ask after an office glued to the label (某某科联系人:某某) is no caption" {
    assert_strips s114-notice-attachment-contacts
}

@test "strip-boilerplate: a document's name over its text (关于开展…的实施方案) is a heading, not a piece that the next paragraph goes on" {
    assert_strips s115-document-name-heading
}

@test "strip-boilerplate: a spaced menu from 首页 whose words run long, a text-to-speech button (语音播报), a share prompt, an ad's empty slot and a repost notice (转载请附上…) go" {
    assert_strips s116-menu-reprint-widgets
}

@test "strip-boilerplate: a note in brackets set in by spaces goes as one that is not; a lone bulleted line over such a note is the title; the body that issues a bulletin, under its title over the date, is no title" {
    assert_strips s117-note-bullet-bulletin
}

@test "strip-boilerplate: a prompt to sign in, aside in brackets and ending a sentence ((…您需要先登陆!)), goes; an aside of the text in brackets stays" {
    assert_strips s118-login-aside
}

@test "strip-boilerplate: a notice's numbered projects each over a row of labelled values (投资:500万元 实施单位:某某局) stay, the figures with them" {
    assert_strips s119-numbered-project-fields
}

@test "strip-boilerplate: text set in by a page's margin (a PDF's, a flipbook's) joins at the margin, without it; a line set in deeper opens a paragraph" {
    assert_strips s120-margin-wrapped
}

@test "strip-boilerplate: a title over a line of other chrome that holds the page's date and time (©原创 2023-08-03 16:51) wins over a ticker of headlines above it, which goes" {
    assert_strips s121-ticker-dated-title
}

@test "strip-boilerplate: a roster of two lines or more right under the text (某某村村委会主任:王某某 / 委员:蔡某某、孙某某) stays though no text follows" {
    assert_strips s122-roster
}

@test "strip-boilerplate: a repost notice cut off at the page's end (如若转载,请注明出处:https://ww) goes" {
    assert_strips s123-repost-notice-cut
}

@test "strip-boilerplate: a site's foot notices (不得转载, 版权均属…所有, 转载自其它媒体, a report hotline), a mood vote's prompt and a links label (友情链接:) go; numbered affiliations with a postcode under the authors are front matter, not the first paragraph" {
    assert_strips s124-foot-notices-affiliations
}

@test "strip-boilerplate: a request's title broken over two lines (…的请示) is one title" {
    assert_strips s125-request-title-tail
}

@test "strip-boilerplate: a journal head cut off before its abstract goes whole: a long row of marked names, numbered affiliations, bulleted labels" {
    assert_strips s126-journal-head-cut
}

@test "strip-boilerplate: a table's spaced name field (信息名称  …) is no title; the name set again below is" {
    assert_strips s127-spaced-name-field
}

@test "strip-boilerplate: a path from 首页 with slashes (首页/ … / 正文) is a breadcrumb, no title" {
    assert_strips s128-slash-path
}

@test "strip-boilerplate: the foot's hotlines under a copyright go and join nothing; the text's own telephone stays" {
    assert_strips s129-foot-hotlines
}

@test "strip-boilerplate: a site's notices against mirroring and reuse (禁止转载, 建立镜像, 务经书面授权) go under the editor's line" {
    assert_strips s130-mirror-notice
}

@test "strip-boilerplate: an empty label (附件下载:) over the foot's chrome goes" {
    assert_strips s131-empty-label-foot
}

@test "strip-boilerplate: a site's cut-off summary of the lead joins no piece that opens as it does" {
    assert_strips s132-summary-over-lead
}

@test "strip-boilerplate: a credit after 图文| is no title, and a speech widget's loading prompt goes" {
    assert_strips s133-credit-bar-tts
}

@test "strip-boilerplate: a publisher's block with spaced labels (• 主       办: …) goes; a notice's spaced fields stay" {
    assert_strips s134-publisher-block
}

@test "strip-boilerplate: a row of three fields or more may list a value with 、; a roster's two fields stay" {
    assert_strips s135-listing-fields
}

@test "strip-boilerplate: a table's empty cells after the title (… | ||||) are cut from it" {
    assert_strips s136-title-table-cells
}

@test "strip-boilerplate: a page's download links (【PDF版】, PDF全文:) are no headings over the text" {
    assert_strips s137-download-links
}

@test "strip-boilerplate: a widget's label 热词推荐 at the end goes" {
    assert_strips s138-hot-words
}

@test "strip-boilerplate: whom a notice addresses (各村:) stays under its table's chrome" {
    assert_strips s139-salutations
}

@test "strip-boilerplate: a telephone's number alone under whom to ask (六、咨询电话) is the notice's text" {
    assert_strips s140-contact-number
}

@test "strip-boilerplate: a title's place in a series (（第二十一批）) stays in it; a paper's masthead row goes; a quote with a photo credit glued after it is a paragraph" {
    assert_strips s141-quote-batch-masthead
}

@test "strip-boilerplate: a lead under an empty 来源: label, a page's stamp glued before its dateline, is the text, not the label's value" {
    assert_strips s142-empty-source-over-lead
}

@test "strip-boilerplate: an e-paper's record of the page (paper, column, page, title with its marks, date, id, weekday) goes and joins no paragraph" {
    assert_strips s143-epaper-record
}

@test "strip-boilerplate: a browser's prompts (使用Chrome浏览器效果最佳, 网刊加载中) go; a download button set apart after the title (  PDF) is cut" {
    assert_strips s144-browser-prompts
}

@test "strip-boilerplate: a citation's authors ending in a full stop, nine of them, and affiliations of a laboratory and a hospital are front matter" {
    assert_strips s145-cited-authors
}

@test "strip-boilerplate: a page with no title but the one it was first published under (原标题:) keeps that line as its title" {
    assert_strips s146-original-title
}

@test "strip-boilerplate: a journal's parts under bare labels, a dash before each (基金项目 / - …, 作者简介 / - 某某(1987—),女,…, - 收稿日期:), go; so does a notice that all is under copyright (受版权保护, 保留所有权利)" {
    assert_strips s147-dashed-front-matter
}

@test "strip-boilerplate: a roster's line (顾 问:王某某 林某某, 副主任:…) and a row of front pages (网站首页  词典首页) are no title" {
    assert_strips s148-roster-not-title
}

@test "strip-boilerplate: a site's name or a link's label, a colon and the site's address (中国某某网:http://… 日期:…, 本文链接:https://…) go" {
    assert_strips s149-named-address
}

@test "strip-boilerplate: a site's tags (标签:甲,乙,丙) are key terms and go; a rule of dashes across the page is no subtitle and goes" {
    assert_strips s150-tags-rule-row
}

@test "strip-boilerplate: an owner's notice set as a sentence (…版权所有。) and an empty label at the page's end go; a repost's original title under its text is its title" {
    assert_strips s151-foot-owner-title
}

@test "strip-boilerplate: a credit whose roles follow the names (某县委中心报道组 张某月 文/图) is a byline and goes" {
    assert_strips s152-roles-after-names
}

@test "strip-boilerplate: a journal's site listing where it is indexed, an item to a line (• 中国科技核心期刊, • …收录期刊, • …优秀期刊(2019年)), goes" {
    assert_strips s153-journal-badges
}

@test "strip-boilerplate: an institution and its city after a comma (某某大学某某学院,成都) is an affiliation, no title" {
    assert_strips s154-affiliation-city
}

@test "strip-boilerplate: a repository's recommended citation under its label alone (推荐引用方式 / 某某,某某,等.题名.2013.) goes" {
    assert_strips s155-recommended-citation
}

@test "strip-boilerplate: a repost's notice among the labelled parts of a paper's head (基金项目:… / 本文原刊于《某某》…如有侵权请联系我们删除。 / 摘要:…) goes; the abstract stays" {
    assert_strips s156-head-repost-notice
}

@test "strip-boilerplate: a notice that the piece was passed on (转载此文是出于传递更多信息之目的…) goes when only chrome follows it (the page's address)" {
    assert_strips s157-notice-over-address
}

@test "strip-boilerplate: of a headline's two lines, the short one with words in quotation marks beside a kicker or a deck is the title (社区食堂端出“幸福味道”); not in a list of three headlines, nor against a line the page repeats" {
    assert_strips s159-headline-group
    # a second run would see no repeat, so this page is asserted here, not
    # among the .want files that a second run must leave unchanged
    run strip-boilerplate <<< $'某某村投入资金80万元新建标准化村级篮球场一座\n“家门口”的球场\n某某村投入资金80万元新建标准化村级篮球场一座\n球场面积达到608平方米，配套安装了灯光和看台，每晚都有村民来这里打球。'
    assert_success
    [ "${lines[0]}" = 某某村投入资金80万元新建标准化村级篮球场一座 ] || fail "the repeated title lost: ${lines[0]}"
}

@test "strip-boilerplate: a share prompt (一键分享至:), a comment box (参与评论, …请文明发言…) and a site's supervising body (指导单位:…) go" {
    assert_strips s160-share-comment-footer
}

@test "strip-boilerplate: a field's label alone with its colon (您所在的位置:) does not end the look for the title; a page's prompt to the next page (点击浏览下一页) and a farm's note that the rest is not shown (…不能全部显示,请点此查看…) go" {
    assert_strips s161-bare-label-page-prompts
}

@test "strip-boilerplate: a page cut off at a sentence that opens with the reporter (记者了解到，…), at one character (三) or at a heading's number (四、) keeps that last line" {
    assert_strips s162-cut-off-shapes
}

@test "strip-boilerplate: a page in English has its title in Latin letters, not the journal's name above it nor an author with an affiliation; --meta gives it" {
    assert_strips s163-latin-title
    strip-boilerplate --meta meta.tsv "$STRIP/s163-latin-title.txt" > /dev/null
    [ "$(cut -f2 meta.tsv | tail -1)" = "Village broadband and household income: evidence from a county in western China" ] ||
        fail "title: $(cut -f2 meta.tsv | tail -1)"
}

@test "strip-boilerplate: a document farm's notes of its format (文档为doc格式) and of the end of its free part (试读结束,…) go" {
    assert_strips s164-farm-paywall
}

@test "strip-boilerplate: a photograph's caption ending in its credit (…摄影/本刊记者 某某) is a whole line: the heading and the paragraph under it are no pieces of it; a download button set apart by spaces after a title (点此下载全文) is cut" {
    assert_strips s165-caption-credit-button
}

@test "strip-boilerplate: a breadcrumb that opens 您现在所在的位置 is no title, so that an English page's own title is; a farm's blurb that opens 今天小编 goes, and so do a list of related news under 相关资讯 and its note that it is empty" {
    assert_strips s166-where-you-are-farm-today
}

@test "strip-boilerplate: a byline that opens 全媒体记者, an editor's and a proofreader's credit after a bar (编辑丨某某, 校对丨某某), a call to follow the site (欢迎关注…) and a browser's note (…1024*768…) go" {
    assert_strips s167-credits-bars-prompts
}

@test "strip-boilerplate: a journal's 出处 row, its label spaced to a table's width or not, goes and is no title" {
    assert_strips s168-provenance-wide
}

@test "strip-boilerplate: a title that calls out with ?! before its subtitle (…有多容易被骗?!——基于…) is a title, the run of marks one call" {
    assert_strips s169-title-calls-out
}

@test "strip-boilerplate: a site's notices at the foot go though they read as sentences: whose works are whose (版权均属某某晚报所有), what the site does not vouch for (本站不作任何保证), and a statement that opens its line (【郑重声明】)" {
    assert_strips s173-foot-notices
}

@test "strip-boilerplate: a byline behind a slash or a box where a logo stood (/记者 某某 报道, □记者 某某) is a byline, after the text or under the title" {
    assert_strips s172-byline-marks
}

@test "strip-boilerplate: a notice's title shown again with a space taken out goes as a repeat, and its salutation listing the offices addressed (各某某区,各乡镇中心校,…单位:) opens a paragraph of its own" {
    assert_strips s174-notice-head
}

@test "strip-boilerplate: a repost's head: a prompt to subscribe (点击上方“某某”可订阅哦!) and the note of where the paper first appeared (原文刊载于《…) go; the title is the paper's, and --meta reads no journal from the note's broken tail ((哲学社会科学版)》…)" {
    assert_strips s175-repost-head
    strip-boilerplate --meta meta.tsv "$STRIP/s175-repost-head.txt" > /dev/null
    run cut -f 2,4,5 meta.tsv
    assert_line --index 1 "$(printf '村规民约的当代价值\t\t李明远')"
}

@test "strip-boilerplate: a site's name and a column's words before the title's first words, which the next line gives whole, are a trail of crumbs and the next line the title; a column's tag in brackets before the title keeps its line the title, and the title again under it without the tag goes" {
    assert_strips s176-crumbs-over-title
}

@test "strip-boilerplate: a lead set one phrase to a line under the head's chrome (一场争分夺秒的拦截战 / … / 一面鲜红的 / 锦旗) stays when a phrase leads on to the next; a run of a page's tags there (认证账号 / 原创内容 / …) goes" {
    assert_strips s177-phrase-lead
}

@test "strip-boilerplate: another page's teaser, its title cut short by dots and its date glued after them (- 关于某某如何办...2022-12-25), is chrome wherever it stands, and the list it heads goes with it" {
    assert_strips s178-dated-teasers
}

@test "strip-boilerplate: a breadcrumb opening 您当前所在位置: is no title, and a date under 添加时间: is the page's, which --meta reads with the source the breadcrumb names" {
    assert_strips s179-position-variant
    strip-boilerplate --meta meta.tsv "$STRIP/s179-position-variant.txt" > /dev/null
    run cut -f 2-4 meta.tsv
    assert_line --index 1 "$(printf '耕地撂荒的成因与治理研究\t2019-01-15T10:59\t某某论文网')"
}

@test "strip-boilerplate: a site's terms after the text go: a statement's bare label (声明:) and its clauses, a numbered clause of up to 200 characters that names the rights, one that asks to contact the site (同本网联系), and a publishing licence (出版物经营许可证)" {
    assert_strips s180-site-terms
}

@test "strip-boilerplate: a column's label under the title (栏目:某某信息) and a related list's bare label (相关稿件:) are chrome, and the column is no title" {
    assert_strips s181-column-label
}

@test "strip-boilerplate: an editor's label spaced to a table's width (编 辑:某某, 审  核:某某) is an editor's line after the text; a notice's own fields spaced so (时  间:…, 地  点:…) stay" {
    assert_strips s182-spaced-editor
}

@test "strip-boilerplate: a journal database's note that it indexes the paper (本文献已被CNKI维普等数据库收录!) is chrome" {
    assert_strips s183-indexed-note
}

@test "strip-boilerplate: a row of a site's links set with nothing between two of them (投稿邮箱  返回首页  加入收藏关于我们) is a row of links, and no title; a title that opens with a link's word (加入收藏夹的…) stays" {
    assert_strips s184-glued-links
}

@test "strip-boilerplate: under a list's header (猜你喜欢), teasers that end in an ellipsis and the link's word (…而作为...更多, …老字号…更多) go with the titles and dates between them" {
    assert_strips s185-more-teasers
}

@test "strip-boilerplate: a clause after a date that a colon ends (2020年10月7日某镇镇长调度秸秆禁烧工作:) opens the list under it and stays; a date stamp with a label after it (2021年5月3日 发布者:, …16:48:05阅读次数:) goes" {
    assert_strips s186-dated-lead-in
}

@test "strip-boilerplate: a numbered affiliation that names a centre, its city and postcode (2. 某某协同创新中心, 福州 350002) is front matter like a university's" {
    assert_strips s187-centre-affiliation
}

@test "strip-boilerplate: a page in English keeps its paragraphs (a dozen words, a sentence's end, the words that tie clauses, few capitals) and its numbered headings (1 Introduction); on a page in Chinese an English line is what it was" {
    assert_strips s188-english-page
}

@test "strip-boilerplate: a long row of a government table's fields, a title's value among them (索 引 号:… 公开范围:公开 发布机构:… 标  题:…的答复 生效日期:), is a row of fields; a sentence that lists points after a colon stays" {
    assert_strips s189-long-fields-row
}

@test "strip-boilerplate: a byline of an outlet whose name ends in 新闻 (某某新闻记者 王某某), and one that says where its reporters report from (… 发自重庆、湖北), is a byline; a sentence that opens with the reporter stays" {
    assert_strips s190-news-byline
}

@test "strip-boilerplate: a site's row of care-mode links with its close button (无障碍浏览 打开适老化模式 x 注册 登录) and a table's row opening with 公开目录 are chrome, and no title; a note of the text's length and reading time spaced around its numbers (本文共有 684 个字,阅读大概需要 2 分钟) goes" {
    assert_strips s191-care-mode
}

@test "strip-boilerplate: a news site's reviewers (一审:某某, 二审:, 三审:), a repost's note that the piece is the writer's view alone (…仅代表作者个人观点,本网只是转载…) and affiliations in English, numbered, with a postcode (1. 1. School of …, Wuhan 430074, China) are chrome" {
    assert_strips s192-review-lines
}

@test "strip-boilerplate: the title is looked for under the page's path to its article (当前位置: … > 正文), the other pages' headlines above it go; a title above a path stays when none is under it" {
    assert_strips s193-teasers-over-crumbs
    strip-boilerplate --meta meta.tsv "$STRIP/s193-teasers-over-crumbs.txt" > /dev/null
    run cut -f 1,2 meta.tsv
    assert_line --index 1 $'teasers-over-crumbs\t某街道退役军人服务站揭牌 打通服务“最后一公里”'
    assert_line --index 2 $'crumbs-under-title\t某社区开展消夏文艺晚会'
}

@test "strip-boilerplate: a numbered heading under an image is no caption (1  背景:…), and a section's number glued to its heading word (1问题提出) no prompt of a journal page's head" {
    assert_strips s194-numbered-headings
}

@test "strip-boilerplate: a title loses a wire's label (题:), an outlet a repost credits before it (某某网:), a site's name after a hyphen (- 某某网某某频道) and a fund note's star (… *); a subtitle may open with horizontal bars (――); a numbered affiliation of a library with its postcode goes" {
    assert_strips s195-title-edges
}

@test "strip-boilerplate: text wrapped at one column's width (a PDF's) is joined at the column's end whatever mark ends the line; a list of sentences of one length stays a list" {
    assert_strips s196-column-wrapped
}

@test "strip-boilerplate: a note on the reader's browser goes though it ends a sentence (您的IE浏览器版本太低…。), and so do a prompt to reload and reviewers' editor labels (初审编辑:); a jump to another page is cut from a paragraph it leaves in mid-sentence ((下转二版)), which then joins nothing" {
    assert_strips s197-prompts-jump
}

@test "strip-boilerplate: a page's first line of long phrases between commas with hardly a word of prose in them is a spammer's and goes, whatever stands under it; a field, a word's label and its value with no clause mark (讲述人:…), joins no paragraph" {
    assert_strips s198-spam-and-fields
}

@test "strip-boilerplate: reporters credited after the last sentence without brackets (…水平。记者 某某 通讯员 某某) are cut, and --meta reads them; a clause after it that opens with 记者 is text" {
    assert_strips s199-reporters-tail
    strip-boilerplate --meta meta.tsv "$STRIP/s199-reporters-tail.txt" > /dev/null
    run cut -f 1,5 meta.tsv
    assert_line --index 1 $'reporters-after-text\t岳某寒;李某征'
}

@test "strip-boilerplate: a widget's list of other pages' titles, each after a dash with its date and time glued after it (- 某某获锦旗2023-04-12 19:35:05), goes under its header (扩展阅读, 头条推荐); the page's own date line after a dash stays its date" {
    assert_strips s200-dated-teasers
    strip-boilerplate --meta meta.tsv "$STRIP/s200-dated-teasers.txt" > /dev/null
    run cut -f 3 meta.tsv
    assert_line --index 1 '2023-06-05T10:01:02'
}

@test "strip-boilerplate: an outlet's byline whose name holds a middle dot (某某网·某某新闻记者 张某 实习生 李某 …某州报道) goes, with the title over it kept; the outlet and the names are read" {
    assert_strips s201-dotted-outlet-byline
    strip-boilerplate --meta meta.tsv "$STRIP/s201-dotted-outlet-byline.txt" > /dev/null
    run cut -f 2,4,5 meta.tsv
    assert_line --index 1 $'跟着网格员走一天 记下居民的大事小情\t某某网\t张某;李某;赵某某'
}

@test "strip-boilerplate: a column's name and a title quoting a word between one bar (新春走基层|社区“网”红管家体验记) is the title, not a breadcrumb, and loses the column; a writer's credit after the last paragraph (…。(某某/文、摄)) is cut, not taken for a photo's caption" {
    assert_strips s202-column-bar-title
    strip-boilerplate --meta meta.tsv "$STRIP/s202-column-bar-title.txt" > /dev/null
    run cut -f 2 meta.tsv
    assert_line --index 1 '社区“网”红管家体验记'
}

@test "strip-boilerplate: under a bare writer's-note label (作者简介), a line with no mark or space that could be a title ends the note's part: it is the paper's title over its authors" {
    assert_strips s203-bio-over-title
    strip-boilerplate --meta meta.tsv "$STRIP/s203-bio-over-title.txt" > /dev/null
    run cut -f 2,5 meta.tsv
    assert_line --index 1 $'城市社区影响居民垃圾分类效果的关键因素研究\t李某军;边某卿'
}

@test "strip-boilerplate: a paragraph of a page that spaced its marks ends its sentence with a space before the closing quote (…格局 。 \") and takes no line after it" {
    assert_strips s205-spaced-marks
}

@test "strip-boilerplate: a paper's offer to subscribe by text message (发送短信 … 即可订阅《某某手机报》…) goes, so the lead under it is the lead and its credit gives the names" {
    assert_strips s206-sms-subscription
    strip-boilerplate --meta meta.tsv "$STRIP/s206-sms-subscription.txt" > /dev/null
    run cut -f 5 meta.tsv
    assert_line --index 1 '周某;鲁某'
}

@test "strip-boilerplate: a widget's header that ends in 相关文章 (作者相关文章) is chrome, never the title; a journal's volume line after a list's bullet (- 某某科学, 2018, 54(7): 165-172.) goes and names the source" {
    assert_strips s207-related-header
    strip-boilerplate --meta meta.tsv "$STRIP/s207-related-header.txt" > /dev/null
    run cut -f 2,4 meta.tsv
    assert_line --index 1 $'\t某某科学'
}

@test "strip-boilerplate: a widget's headers (栏目分类, 热点资讯, 新闻热点) and glued buttons (打印此文关闭窗口) go; the list under a header ends at the page's own labelled date (发布日期:…), so the title above it and again under it stays" {
    assert_strips s208-widget-headers
}

@test "strip-boilerplate: a bulleted title that names its place before a colon (• 某海:市农业农村局督查组…) over a bulleted date line is the title, its bullet cut; a source label glued after a bare date (2023年09月21日来源:) is read" {
    assert_strips s209-placed-bulleted-title
    strip-boilerplate --meta meta.tsv "$STRIP/s209-placed-bulleted-title.txt" > /dev/null
    run cut -f 3,4 meta.tsv
    assert_line --index 1 $'2023-09-21\t某某市人民政府'
}

@test "strip-boilerplate: a byline in brackets alone on its line (【某视记者 施某宇】) goes and names the reporter; an interview's turn that the reporter's role opens, a question after the colon (记者:今年玉米一亩地能打多少?), is the text" {
    assert_strips s210-interview-turns
    strip-boilerplate --meta meta.tsv "$STRIP/s210-interview-turns.txt" > /dev/null
    run cut -f 4,5 meta.tsv
    assert_line --index 1 $'某视\t施某宇'
}

@test "strip-boilerplate: a last line cut inside a quotation it opened (“上头把‘提秤的人) is the text the scrape cut off, and the heading over it stays" {
    assert_strips s211-cut-in-quote
}

@test "strip-boilerplate: a table's label of the title (| 标 题:某某…的实施意见 |) is cut from the title, its characters spaced apart or not" {
    assert_strips s212-table-title-label
}

@test "strip-boilerplate: an interview's short turns (记者：是谁出的钱？) are its text, no bylines, and the answers between them stay" {
    assert_strips s213-interview-short-turns
}

@test "strip-boilerplate: a row of buttons with one link of the site's own among them (无障碍浏览 … 政府信箱 加入收藏) is navigation, no title" {
    assert_strips s214-button-row-own-link
}

@test "strip-boilerplate: a credit the scrape cut off after the last sentence (…良好氛围。(周某某) is cut, the sentence stays" {
    assert_strips s215-cut-off-credit
}

@test "strip-boilerplate: a note in the title's brackets of what comes with it (…的通知(含政策解读)) stays, where a column's tag goes" {
    assert_strips s216-title-own-note
}

@test "strip-boilerplate: on a page in Chinese the abstract's English translation under its label (Abstract: …) is text, and its title, authors, affiliation and dates in Latin letters are not" {
    assert_strips s217-english-abstract
}

@test "strip-boilerplate: an English abstract under the Han one under a bare label (摘要 / 本文… / Using…) is text, its stops without spaces (…years.It finds…) and cut off" {
    assert_strips s218-english-abstract-unlabelled
}

@test "strip-boilerplate: a document's file name alone on its line (某某村村规民约.docx) is no title, even over a sharing site's blurb" {
    assert_strips s219-document-file-name
}

@test "strip-boilerplate: a document's file name between two pieces (…不乱搭乱建， / 某某章程.docx / 为推进…) goes and parts them: the next document begins under it" {
    assert_strips s220-pieces-apart-by-file-name
}

@test "strip-boilerplate: a quotation whole over another that opens a dialogue (“听说了吗？…回来了！” / “真的？…”) is no title: the short line over them is" {
    assert_strips s221-dialogue-opening
}

@test "strip-boilerplate: a paper's writers and 等 before a bar (王某某,等丨…) are cut from its title" {
    assert_strips s222-title-authors-bar
}

@test "strip-boilerplate: a widget's labels for the text's size and background (更改文字大小:, 更换背景颜色:) and a row of footer links set apart by dashes (关于我们 - 联系方式 - 版权声明 - 招聘信息) go" {
    assert_strips s223-widget-labels-footer-links
}

@test "strip-boilerplate: crumbs set apart by spaces over the title, the whole title glued to the last of them (首页 某某新闻 某某新闻东门… / 东门…), are no title" {
    assert_strips s224-crumbs-glued-to-title
}

@test "strip-boilerplate: an outlet's name glued to the page's date and time (某某在线2017-08-02 10:44:57) is a date line, and a widget's header between dashes (—  相关新闻  —) goes with its list" {
    assert_strips s225-outlet-glued-date
}

@test "strip-boilerplate: a site's name with its address in brackets (某某论文(www.…)) and a labelled count of the text's characters (文章字数:1,123) go" {
    assert_strips s226-word-count-watermark
}

@test "strip-boilerplate: notices asking consent to the site's privacy terms go, so that the title under them is found, and an agency's code after the editors' credit (（编辑：某某/某某）1081111) is cut with it" {
    assert_strips s227-privacy-consent-code
}

@test "strip-boilerplate: a journal's message form (留言板, 验证码, …) and its note to the reader (…关于本刊的投稿…您可以本页添加留言。) go, so that the title under them is found; English labels (Citation:, Received:) are the head's; a bullet before the abstract's label is cut" {
    assert_strips s228-journal-form-labels
}

@test "strip-boilerplate: a document's span of years or state in brackets under its title (（2021—2025年）, （试行）) stays, where a caption in brackets goes" {
    assert_strips s229-document-note-under-title
}

@test "strip-boilerplate: a content farm's tag in 【】 after the title (…的工作方案【最新版2023(历届)】) is cut, where its count of pieces (…【三篇】) stays" {
    assert_strips s230-title-end-tag
}

@test "strip-boilerplate: a line that opens with the day and a comma (2月6日,从…获悉) begins a paragraph: a deck without a stop above it does not take it" {
    assert_strips s231-lead-after-deck
}

@test "strip-boilerplate: a document-sharing site's terms (该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。), the word for a document and two of the trade's words, go above the text; a sentence of the text with the word and one of them stays" {
    assert_strips s232-document-terms
}

@test "strip-boilerplate: an e-paper's list of headlines with the title among them, the title set again over the text: the copy over the text is the title, and the list goes" {
    assert_strips s233-title-in-headline-list
}

@test "strip-boilerplate: a radio station's name (某某之声) before the page's date is a date line; a note that the text only gives its writer's view (仅代表作者观点, 本平台仅提供信息存储空间服务) is chrome" {
    assert_strips s234-station-and-view-notice
}

@test "strip-boilerplate: under the labelled parts of a paper's head (关键词:…, 基金项目:…) a short line of Han words right above the first paragraph is its heading (问题的提出), no prompt" {
    assert_strips s235-heading-under-head-parts
}

@test "strip-boilerplate: a row of buttons in brackets with arrows before them and a count glued after one (↓[相关文章][发表评论(共0条)][↑返回顶部]) is chrome" {
    assert_strips s236-button-row-arrows-counts
}

@test "strip-boilerplate: an abstract with its English translation glued after it, more Latin letters than Han characters, is text under the head's parts, cut off or not" {
    assert_strips s237-abstract-with-translation
}

@test "strip-boilerplate: a title's site suffixes after underscores, two of them, are cut (… _ 某某参考网 _ 某某社《某某参考报》官方网站)" {
    assert_strips s238-site-suffixes
}

@test "strip-boilerplate: a programme's broadcast time (首播时间:…) is the page's date line, and a site's service link glued to a button (客服设为首页) no title" {
    assert_strips s239-broadcast-time
}

@test "strip-boilerplate: a date stamp after a template's English label that opens the lead is cut (date 2025-12-05 某某…); a note to share the page with WeChat's scanner at the foot (…即可将网页分享至朋友圈。) is a blurb" {
    assert_strips s241-date-label-and-share-note
}

@test "strip-boilerplate: under 作者简介 every writer's note that opens with a name, a comma and a sex goes, five of them too; a thesis's declaration of originality (论文独创性声明, 本人郑重声明:…) is chrome" {
    assert_strips s242-writers-notes-and-declaration
}

@test "strip-boilerplate: a site's line for reporting harmful content (“本站不良内容举报”举报电话:) after the text is chrome" {
    assert_strips s243-report-lines
}

@test "strip-boilerplate: what a repost set before the title and a colon (王某 李某某:…) is cut when the title stands again without it above the text, and that copy goes as the title's repeat; --meta gives the title without it and the date of the row under it" {
    assert_strips s244-title-prefix
    assert_strip_meta s244-title-prefix 2,3 $'社区养老服务供给的机制与路径研究\t2023-10-24'
}

@test "strip-boilerplate: a row that ends in a date and a time of day, no clause before it (来源/ … 时间/2025-10-26 10:48:37, 某某日报记者 某某2026-02-05 00:00), goes, and the text under it joins no part of it" {
    assert_strips s245-dated-row
}

@test "strip-boilerplate: a paper's statement above the article (某某日报社严正声明) takes the paragraphs under it that speak of its rights (转载, 版权) or announce them (特此声明如下：), and the text below stays" {
    assert_strips s246-head-statement
}

@test "strip-boilerplate: a table of contents under its label (文章目录, 目 录) goes, entries with commas or prose's words too, up to the first line with a sentence; the title above it stays the title" {
    assert_strips s247-contents
}

@test "strip-boilerplate: an excerpt's link to the whole piece after its last sentence (。【详细, 。[全文]) is cut" {
    assert_strips s248-more-links
}

@test "strip-boilerplate: an e-paper's masthead row with its number after the house that publishes it (…出版 国内统一刊号:CN00-0000) goes, and is no title" {
    assert_strips s249-masthead-number
}

@test "strip-boilerplate: a writer's credit with the outlet after the slash (文/某某日报全媒体记者苏某) and a photograph's credit (图/某某, 图/受访者提供) go; --meta reads the outlet and the writer" {
    assert_strips s250-slash-credits
    assert_strip_meta s250-slash-credits 4,5 $'某某日报\t苏某'
}

@test "strip-boilerplate: a farm's notice that its users posted the piece (本文内容由互联网用户自发贡献，该文观点仅代表作者本人。) goes whole, and the cut-off paragraph above takes none of it" {
    assert_strips s251-user-posted
}

@test "strip-boilerplate: a table of contents without its label above the text, six numbered entries or more with a number again ((一) under 一、 and under 二、), goes; the same outline under the first paragraph stays" {
    assert_strips s252-outline
}

@test "strip-boilerplate: a wire's head glued before its text (新华社…电 题：<the title> 新华社记者某某、某某) is cut; --meta reads its date, its agency and its reporters" {
    assert_strips s253-wire-head
    assert_strip_meta s253-wire-head 3-5 $'--05-31\t新华社\t张某某;李某某'
}

@test "strip-boilerplate: a content farm's blurb over the pieces it strung together (以下是为大家整理的…文章3篇 , 欢迎大家参考查阅!) goes, and the title over it stays the title" {
    assert_strips s204-farm-blurb
}

@test "strip-boilerplate: an item of photo news past 100 characters, its credit after it (…据了解,该镇去年新建公厕46座…。 某某 摄), is the page's text, the credit cut and logged; a shorter caption with its credit goes" {
    assert_strip_log s171-photo-news '$3 == "trim" && $4 == "credit" { print $5 }' ' 周明远 摄'
}

@test "strip-boilerplate: an agency's end mark glued after the last sentence (…明显提升。（完）) is cut and logged as a mark" {
    assert_strip_log s362-end-mark '$3 == "trim" { print $4 "=" $5 }' 'mark=（完）'
}

@test "strip-boilerplate: a database's record that sets each label over its value (发表/出版时间 / 2019年03月20日) gives no title from the date's label; the paper's title above it is the title" {
    assert_strips s363-record-cells
    assert_strip_meta s363-record-cells 2-3 $'城市社区议事协商的实践与反思\t2019-03-20'
}

@test "strip-boilerplate: a chat's contact button (…联系:点击这里给我发消息QQ…) is a promotion, never the title" {
    assert_strips s364-contact-button
    assert_strip_meta s364-contact-button 2 '社区网格员队伍建设的调查'
}

@test "strip-boilerplate: a column's tag of two phrases parted by a dot in parentheses goes from before the title as after it ((移风易俗·红白理事会)…, …(深阅读·创造乡村优质生活空间))" {
    assert_strips s365-dotted-column
    assert_strip_meta s365-dotted-column 2 '我县在某某镇召开红白理事会推进会'
    printf '%s\n' '提升人居环境,农家有了新面貌(深阅读·创造乡村优质生活空间)' '' \
        '今年以来，某某县启动农村人居环境整治，改造农户厕所一千多户，村容村貌明显改善。' > page.txt
    run strip-boilerplate page.txt
    assert_line -n 0 '提升人居环境,农家有了新面貌'
}

@test "strip-boilerplate: a sentence in quotation marks alone (“…越过越红火。”) under a caption stays text; the review's stages (初审人员:某某) are editors" {
    assert_strip_log s366-quoted-opening '$5 ~ /审人员/ { print $4 }' $'editor\neditor\neditor'
}

@test "strip-boilerplate: a document-sharing site's terms (说明:…下载…) over a farm's blurb (…小编为您整理的《…》,欢迎阅读!) leave the blurb in the page's head, where it goes" {
    assert_strips s367-terms-over-blurb
}

@test "strip-boilerplate: under a document's file name (某某标准.docx) the document's own title is no front matter; the sharing site's blurb above it goes" {
    assert_strips s368-file-then-title
    # with the file's name at the top taken for the title, the document's
    # own title under the name again stays
    printf '%s\n' '某某标准.docx' '' '上传人:b****3 文档编号:4600000 格式:DOCX 页数:8 大小:21.46KB' '下载 相关 举报' \
        '某某标准.docx_第1页' '第1页 / 共8页' '亲,该文档总共8页,全部预览完了,如果喜欢就下载吧!' '' '某某标准.docx' '' \
        '《某某标准.docx》由会员分享,可在线阅读,更多相关《某某标准.docx(8页珍藏版)》请在某某文库上搜索。' '' \
        '某某标准.docx' '' '社区议事会工作标准' '' '一、为规范社区议事会的运行,明确议事的基本程序和要求,制定本标准。' > page.txt
    run strip-boilerplate page.txt
    assert_line '社区议事会工作标准'
    refute_line --partial '由会员分享'
}

@test "strip-boilerplate: a video's makers (文案:某某, 配音:, 海报:, 后期:) are editors, a picture's source (图源:某某) a caption, and a paper's notice (版权作品,未经授权严禁转载。…) a copyright" {
    assert_strip_log s369-makers-credits '$3 == "drop" && $4 != "blank" && $2 > 6 { print $4 }' $'caption\neditor\neditor\neditor\neditor\ncopyright'
}

@test "strip-boilerplate: a transcript's turn, a speaker's label opening it (社区居民 吴某:…), is a paragraph of its own though its words end in no stop: it joins no piece and takes none" {
    assert_strips s370-transcript-turns
}

@test "strip-boilerplate: a section's number glued to its heading (1绪论, 1.1研究背景) between a piece cut off and the text makes no caption: the headings stay and nothing joins across them" {
    assert_strips s371-glued-section-numbers
}

@test "strip-boilerplate: a hyphen as a list's bullet before an author's name under the title (- 王某某) is a names row and goes" {
    assert_strips s372-hyphen-author
}

@test "strip-boilerplate: a headline's first line right over the title stays with it, and is the metadata's title, when it speaks of the text under it; a site's name there goes" {
    assert_strips s373-two-line-headline
    assert_strip_meta s373-two-line-headline 2 '青山镇各村社工站统一挂牌运行'
    run strip-boilerplate <<< $'乡村振兴战略研究中心\n聚焦一老一小 打通服务群众“最后一米”\n日前，青山镇12个村的社工站统一挂牌运行，每站配备2名专职社工，面向全镇老人提供服务。'
    assert_success
    refute_line '乡村振兴战略研究中心'
    assert_line -n 0 '聚焦一老一小 打通服务群众“最后一米”'
}

@test "strip-boilerplate: a list numbered in turn right under the text, and the line that heads it, stay at the page's end though no text follows" {
    assert_strips s374-numbered-list-tail
}

@test "strip-boilerplate: the chrome under a page's text goes by its words: a label with spaces before its colon (编辑 : 某某), 本站编辑:, an app's pointer (更多内容请…), a call for contributions, a notice against reposting, a paywall's buttons" {
    assert_strip_log s375-end-chrome '$3 == "drop" && $2 > 5 { print $4 }' $'editor\neditor\npromotion\nprompt\ncopyright\nrelated\npromotion\npromotion\npromotion\nprompt'
}

@test "strip-boilerplate: a pointer past an ad (↓请继续阅读↓), a page held back for members (此处内容需要权限查看, 会员免费查看), an app's word on reading (使用某某App阅读体验更佳) and a feature's chief producer (总监制:) go" {
    run strip-boilerplate --explain log.tsv <<< $'某某社区今年新建的老年食堂已经开业，每天为辖区200多名老人提供午餐和晚餐。\n↓请继续阅读↓\n食堂由社区党委牵头，引入专业餐饮企业运营，菜品每周更新。\n此处内容需要权限查看\n会员免费查看\n使用某某App阅读体验更佳\n总监制:侯某'
    assert_success
    assert_equal "${#lines[@]}" 2
    run cut -f2-4 log.tsv
    assert_line $'2\tdrop\tprompt'
    assert_line $'4\tdrop\tpromotion'
    assert_line $'5\tdrop\tpromotion'
    assert_line $'6\tdrop\tpromotion'
    assert_line $'7\tdrop\teditor'
}

@test "strip-boilerplate: an outlet's name glued to a date's label (某某融媒体中心发布时间:2021-09-23) is the page's, and so is a site's name before its address from its scheme (某某网站 http://www.…)" {
    run strip-boilerplate --explain /dev/stderr <<< $'x\n石首市融媒体中心发布时间:2021-09-23\n某某区人民政府网站 http://www.example.gov.cn/'
    assert_success
    assert_output --partial $'2\tdrop\tpublication\t'
    assert_output --partial $'3\tdrop\tsite\t'
}

@test "strip-boilerplate: a slogan's words as a column's tag over a headline of its own (【践行社会主义核心价值观】发挥志愿力量…) make no slogan: the headline is the title; the slogan alone still goes" {
    run strip-boilerplate --explain log.tsv <<< $'【践行社会主义核心价值观】发挥志愿力量 共建和谐社区——某某社区组建“银发先锋”志愿服务队\n在某某街道某某社区有这样一支队伍，他们虽然已经两鬓微白，但为社区奉献的热情不减当年。\n践行社会主义核心价值观'
    assert_success
    assert_line -n 0 '发挥志愿力量 共建和谐社区——某某社区组建“银发先锋”志愿服务队'
    run cut -f2-4 log.tsv
    assert_line $'1\ttrim\tcolumn'
    assert_line $'3\tdrop\tslogan'
}

@test "strip-boilerplate: a site's disclaimer glued after a paragraph's last sentence (…配备2名社工。本站部分信息由…提供，…不承担任何保证责任。) is cut; a sentence that only names a statement stays" {
    run strip-boilerplate --explain log.tsv <<< $'作为全市率先开展社工站建设的试点区，某某区为每个街道社工站配备2名社工。本站部分信息由相应民事主体自行提供，该信息内容的真实性由该民事主体负责，本站对此不承担任何保证责任。\n会后，区民政局发表声明，表示将继续加大投入。社工站明年将覆盖全部社区。'
    assert_success
    assert_line -n 0 '作为全市率先开展社工站建设的试点区，某某区为每个街道社工站配备2名社工。'
    assert_line -n 1 '会后，区民政局发表声明，表示将继续加大投入。社工站明年将覆盖全部社区。'
    run cut -f3,4 log.tsv
    assert_line $'trim\tdisclaimer'
}

@test "strip-boilerplate: a reporter's credit under the word 报道员 glued after the last sentence is cut" {
    run strip-boilerplate --explain log.tsv <<< '目前，全市108个乡镇共建成社工站121个，建设覆盖率达到100%。(报道员:陈某、马某某)'
    assert_success
    assert_output '目前，全市108个乡镇共建成社工站121个，建设覆盖率达到100%。'
    run cut -f3,4 log.tsv
    assert_line $'trim\tcredit'
}

@test "strip-boilerplate: a forum's panel of fields each under a dash (- 积分:1380, - 粉丝:) goes whole, as a table's fields do" {
    assert_strips s170-dashed-fields
}

@test "strip-boilerplate: an institution with its city and postcode (某某大学 某某学院,江苏 南京 210095) and a university's journal with its edition (某某大学学报(社会科学版)) are no title; the paper's title is" {
    assert_strips s158-journal-head-no-title
}

@test "strip-boilerplate: a breadcrumb opening 现在位置: is no title" {
    assert_strips s98-now-at
}

@test "strip-boilerplate: a breadcrumb opening 您当前的位置, and a path from 首页 with arrows however long its words, are no title" {
    assert_strips s64-address-no-title
    run strip-boilerplate <<< $'首页 > 某某县人民政府办公室信息公开 > 信息浏览\n某某县人民政府关于印发工作规则的通知\n各乡镇人民政府，县政府各部门：现将修订后的工作规则印发给你们，请认真贯彻执行。'
    assert_success
    [ "${lines[0]}" = 某某县人民政府关于印发工作规则的通知 ] || fail "the path was kept: ${lines[0]}"
}

@test "strip-boilerplate: clean input is unchanged, and a second run changes nothing" {
    for want in "$STRIP"/*.want; do
        strip-boilerplate "$want" | diff - "$want" || fail "$want changed"
        strip-boilerplate "${want%.want}.txt" | strip-boilerplate | diff - "$want" ||
            fail "${want%.want}: second run differs"
    done
}

@test "strip-boilerplate: the explain log accounts for every input line" {
    for page in "$STRIP"/*.txt; do
        strip-boilerplate --explain log.tsv "$page" > out.txt
        [ "$(head -1 log.tsv)" = $'doc\tline\taction\trule\ttext\tfeatures' ]
        # a trimmed line is kept, and its cut is logged beside it
        awk -F'\t' 'NR > 1 && $3 != "trim"' log.tsv > lines.tsv
        kept=$(wc -l < out.txt)
        accounted=$(wc -l < lines.tsv)
        [ $((kept + accounted)) -eq "$(wc -l < "$page")" ] ||
            fail "$page: $kept kept + $accounted in the log != $(wc -l < "$page") lines"
        # each line once, and the log's text is the input line's text
        [ "$(cut -f2 lines.tsv | sort -u | wc -l)" -eq "$accounted" ]
        # in this shell, not a pipe's, so that a failure ends the test; the
        # fields split at a mark that is no white space, as a blank line's
        # text is an empty field
        while IFS=$'\037' read -r doc number action rule text features; do
            line=$(sed -n "${number}p" "$page")
            if [ "$action" = trim ]; then
                [[ $line == *"$text"* ]] || fail "$page:$number: the cut [$text] is not in the line"
            else
                [ "$line" = "$text" ] || fail "$page:$number: log says [$text]"
            fi
            [[ $action = drop || $action = join || $action = trim ]] || fail "action $action"
            [[ $features = class=* ]] || fail "$page:$number: features [$features]"
        done < <(tail -n +2 log.tsv | tr '\t' '\037')
    done
}

@test "strip-boilerplate -v explains on standard error; the output is the same" {
    strip-boilerplate -v "$STRIP/s01-breadcrumb.txt" > out.txt 2> err.txt
    diff out.txt "$STRIP/s01-breadcrumb.want"
    grep -q $'^-\t2\tdrop\tbreadcrumb\t当前位置: 首页 » 新闻 » 本地\tclass=bad ' err.txt
    grep -q $'^-\t19\tdrop\tdisclaimer\t版权与免责声明\tclass=bad ' err.txt
}

@test "strip-boilerplate --explain: a TAB or a backslash in a document's name is escaped, the row keeps its six fields" {
    printf '\fa\tb\\c.txt\n首页 | 新闻 | 政务\n东湖社区开展志愿服务\n' > in.txt
    strip-boilerplate --explain log.tsv in.txt > /dev/null
    [ "$(sed -n 2p log.tsv | cut -f1-4)" = $'a\\tb\\\\c.txt\t2\tdrop\tfooter' ]
    [ "$(awk -F'\t' 'NF != 6' log.tsv | wc -l)" -eq 0 ]
}

@test "strip-boilerplate: headers pass through and every document starts afresh" {
    { printf '\fone.txt\n'; cat "$STRIP/s05-repeat.txt"; printf '\ftwo.txt\n'; cat "$STRIP/s05-repeat.txt"; } > in.txt
    strip-boilerplate --explain log.tsv in.txt > out.txt
    { printf '\fone.txt\n'; cat "$STRIP/s05-repeat.want"; printf '\ftwo.txt\n'; cat "$STRIP/s05-repeat.want"; } > want.txt
    diff out.txt want.txt
    grep -q $'^two.txt\t17\tdrop\trepeat\t' log.tsv
}

@test "strip-boilerplate: each file without a header is a document of its own" {
    strip-boilerplate "$STRIP/s07-clean.txt" "$STRIP/s07-clean.txt" > out.txt
    cat "$STRIP/s07-clean.want" "$STRIP/s07-clean.want" | diff - out.txt
}

@test "strip-boilerplate: empty input, a missing final LF, standard input and -" {
    : > empty.txt
    run strip-boilerplate empty.txt
    assert_success
    assert_output ''
    printf '东湖社区开展志愿服务\n社区新建党群服务站点9个。' > in.txt
    [ "$(strip-boilerplate in.txt | tail -c 1 | od -An -tx1 | tr -d ' ')" = 0a ]
    run bash -c "strip-boilerplate - < in.txt && strip-boilerplate < in.txt"
    assert_output $'东湖社区开展志愿服务\n社区新建党群服务站点9个。\n东湖社区开展志愿服务\n社区新建党群服务站点9个。'
}

@test "strip-boilerplate: invalid UTF-8 is kept, reported with its line, exit 1" {
    printf '城东街道开展志愿服务\n志愿者\377走访居民300户，发放资料1200份。\n' > in.txt
    run strip-boilerplate in.txt
    assert_failure 1
    assert_line --index 0 'strip-boilerplate: in.txt: line 2: invalid UTF-8'
    strip-boilerplate in.txt 2> /dev/null | cmp - in.txt
}

@test "strip-boilerplate: a missing file is reported, the others read, exit 1" {
    run strip-boilerplate missing.txt "$STRIP/s07-clean.txt"
    assert_failure 1
    assert_line --index 0 'strip-boilerplate: missing.txt: No such file or directory'
    assert_line --index 1 '东湖社区开展“邻里节”活动'
}

@test "strip-boilerplate > /dev/full fails with the reason, exit 1; | head -1 ends quietly" {
    run bash -c "strip-boilerplate '$STRIP/s01-breadcrumb.txt' > /dev/full"
    assert_failure 1
    assert_output 'strip-boilerplate: write error: No space left on device'
    repeat_docs 2000 "$STRIP/s01-breadcrumb.txt" > big.txt
    run bash -c "strip-boilerplate big.txt | head -1; echo \"status \${PIPESTATUS[0]}\""
    assert_output $'\fdoc1\nstatus 141'
}

@test "strip-boilerplate --explain to an unwritable place is a usage error; to /dev/full an error" {
    run strip-boilerplate --explain /nonexistent/log.tsv "$STRIP/s07-clean.txt"
    assert_failure 2
    assert_output --partial 'cannot write /nonexistent/log.tsv'
    run strip-boilerplate --explain /dev/full "$STRIP/s01-breadcrumb.txt"
    assert_failure 1
    assert_output --partial 'write error'
}

# Many batches of documents (a batch is about 256 KB), with bad lines and a
# document longer than a batch among them.
make_batches() {
    local i=0 page
    for page in "$STRIP"/*.txt; do
        printf '\fpage%d.txt\n' $((i += 1))
        cat "$page"
    done > round.txt
    for i in 50 100 150 200 250; do
        repeat_text 50 round.txt
        printf '社区志愿者\377走访居民%d户，\n' "$i"
    done > batches.txt
    printf '\flong.txt\n' >> batches.txt
    awk 'BEGIN { for (i = 1; i <= 12000; i++) print "第" i "段：社区新建党群服务站点9个，服务面积合计3600平方米。" }' >> batches.txt
    printf '街道开展“邻里节”活动。' >> batches.txt
}

@test "strip-boilerplate -j: the output, the log and the messages are the same for 1, 2 and 7 threads" {
    make_batches
    [ "$(wc -c < batches.txt)" -gt 2000000 ]
    for jobs in 1 2 7; do
        run strip-boilerplate -j "$jobs" --explain "log$jobs.tsv" batches.txt "$STRIP/s07-clean.txt"
        assert_failure 1
        printf '%s\n' "$output" > "all$jobs.txt"
        strip-boilerplate --jobs="$jobs" batches.txt "$STRIP/s07-clean.txt" 2> "err$jobs.txt" > "out$jobs.txt" || true
    done
    for jobs in 2 7; do
        cmp out1.txt "out$jobs.txt"
        cmp log1.tsv "log$jobs.tsv"
        cmp err1.txt "err$jobs.txt"
        cmp all1.txt "all$jobs.txt"
    done
    # the messages name the lines where they stand in the file, across batches
    [ "$(wc -l < err1.txt)" -eq 5 ]
    LC_ALL=C grep -an $'\377' batches.txt | cut -d: -f1 | sed 's/^/strip-boilerplate: batches.txt: line /; s/$/: invalid UTF-8/' |
        diff - err1.txt
    # the log's numbers too: every line is in the output or in the log
    while IFS=$'\t' read -r number text; do
        [ "$(sed -n "${number}p" batches.txt)" = "$text" ] || fail "line $number: log says [$text]"
    done < <(tail -n +2 log1.tsv | awk -F'\t' '$1 == "page7.txt" { print $2 "\t" $5 }' | tail -3)
    # the document longer than a batch comes out whole, its last line too
    grep -c '^第[0-9]*段：' out1.txt | grep -qx 12000
    grep -qx '街道开展“邻里节”活动。' out1.txt
}

@test "strip-boilerplate -j: a number of threads that is no number, or 0, or over 256 is a usage error" {
    for jobs in 0 257 -1 +2 ' 2' two 2x 99999999999999999999 ''; do
        run strip-boilerplate -j "$jobs" "$STRIP/s07-clean.txt"
        assert_failure 2
        assert_output --partial "invalid number of jobs: '$jobs'"
    done
}

@test "strip-boilerplate: a 100 MB line works" {
    printf '社区新建党群服务站点9个，服务面积合计3600平方米，' > unit.txt
    for i in $(seq 22); do cat unit.txt unit.txt; done > u2.txt
    { echo '标题：社区服务'; yes "$(cat u2.txt)" | head -c 100000000 | tr -d '\n'; echo '。'; } > line.txt
    strip-boilerplate line.txt > out.txt
    cmp out.txt line.txt
}

# ---- --meta: each document's title, date, source and authors

META=$FIXTURES/meta

# The fixture page NAME.txt gives exactly the table NAME.want, and the same
# article with --meta as without.
assert_meta() {
    strip-boilerplate "$META/$1.txt" > plain.txt
    strip-boilerplate --meta meta.tsv "$META/$1.txt" > with.txt
    cmp plain.txt with.txt || fail "$1: --meta changed the article"
    diff meta.tsv "$META/$1.want" || fail "$1: the table differs from $1.want"
}

@test "strip-boilerplate --meta: a views counter's label glued after the source's value (来源:某某新闻网浏览量:) ends it" {
    assert_page_meta 3,4 $'2021-11-29T10:44\t某某新闻网' $'“民生”小展板 传递“大幸福”\n文章来源:某某新闻网浏览量:发表时间:2021-11-29 10:44 责任编辑:某某中心\n近年来，某某街道着力破解城市化进程中的民生难题，把民生痛点变为幸福亮点。'
}

@test "strip-boilerplate --meta: a day and its time alone on a line of the head, no year (04-24 15:25), date the page with its time over the dateline's day (--04-24T15:25); a day alone there dates nothing" {
    assert_page_meta 3 '--04-24T15:25' $'某某规范部门延伸到村(社区)公共事务\n某某日报\n04-24 15:25\n某某日报4月24日讯 为进一步强化村(社区)组织自治功能，推动机关作风转变，某某市开展专项清理。'
    assert_page_meta 3 '' $'某某规范部门延伸到村(社区)公共事务\n04-24\n为进一步强化村(社区)组织自治功能，推动机关作风转变，某某市开展专项清理。'
}

@test "strip-boilerplate --meta: a forum's stamp of a post's last edit (本帖最后由 某某 于 2025-9-11 11:26 编辑) dates nothing; a stamp with an editor's label after it still dates the page" {
    assert_page_meta 3,4 $'\t某某发布' $'本帖最后由 某某 于 2025-9-11 11:26 编辑\n近日，某某路小区的居民和商户纷纷为一项新举措点赞，长期困扰大家的停车难题得到缓解。\n来源:某某发布'
    assert_page_meta 3 '2025-09-11T11:26' $'社区停车新举措获点赞\n2025-09-11 11:26 编辑:某某\n近日，某某路小区的居民和商户纷纷为一项新举措点赞，长期困扰大家的停车难题得到缓解。'
}

@test "strip-boilerplate --meta: a page's button glued after the source's value (来源:某某报打印本页) is no part of the source" {
    assert_page_meta 3,4 $'2015-03-22\t某某纪检监察报' $'“瞪起眼”的村监会\n某某研究中心 2015-03-22 来源:某某纪检监察报打印本页\n3月21日上午，某某街道某某村委会大院内，村民正在认真研究公告栏上的村重点事项。'
}

@test "strip-boilerplate --meta: a lead's credit after the report's word, each role and each name a word of its own, a list's mark before it (○本报讯 特约记者 某某 通讯员 某某 日前，…), gives the names" {
    assert_meta m244-spaced-lead-credit
}

@test "strip-boilerplate --meta: a writer's note under 通信作者 with a name of two characters spaced (郭 某，博士，…) gives the name; the outlet cut from before the title (某某网:…) is the source" {
    assert_meta m162-spaced-bio-names
}

@test "strip-boilerplate --meta: of two stamps in a line of the head, the one after an update's word (更新于 …) is not the date, the one after it is; a date under the title after a dash and a space (- 2023-06-05 10:01:02) is read" {
    assert_meta m163-update-and-dash-dates
}

@test "strip-boilerplate --meta: an author label's names before the affiliation after a colon (作者: 某某, 某某:某某大学…) are each read; a name with the page's own outlet and a role glued after it (某某某本报通讯员 某某) is a name, no outlet; a Taiwanese credit names the place after a slash (〔记者某某/苗栗报导〕)" {
    assert_meta m164-names-and-roles
}

@test "strip-boilerplate --meta: an outlet's short name before a reporter's role that ends its word (某经记者 某某某 某经编辑 某某) is a byline whatever the name ends in: the line goes, the outlet is the source and the reporter the author, not the editor" {
    assert_meta m167-short-outlet-byline
    run strip-boilerplate "$META/m167-short-outlet-byline.txt"
    refute_output --partial '某经记者'
}

@test "strip-boilerplate --meta: a journal's issue or volume line in the head dates a page that states no day by its year (2019), past an ISSN's digits; a labelled date wins over it" {
    assert_meta m168-volume-year
}

@test "strip-boilerplate --meta: a dateline's credit of names and roles run together up to 报道 and a colon (本报讯 李某强、特约记者曹某报道:…) gives the names" {
    assert_meta m169-glued-lead-credit
}

@test "strip-boilerplate --meta: the name of a credit the scrape cut off after the last sentence (…氛围。(周某某) is the author" {
    assert_meta m170-cut-off-credit
}

@test "strip-boilerplate --meta: a repost's label (本文转自:某某环境报) names the source; a comment widget's button glued after the source (某某新闻网参与互动参与互动) is cut; a network's station (某某网络电视台消息) is one name" {
    assert_meta m171-source-labels
}

@test "strip-boilerplate --meta: a credit for the text and its photographs (文、图:某某女报/某某网记者 陈某,通讯员 黎某) gives the names, not 文图; a row of names after a ◆ mark is the authors'" {
    assert_meta m172-credit-marks
}

@test "strip-boilerplate --meta: a label in brackets with no colon (【作者】某某;某某) is read as one with a colon; 文字: and 文字报道: label the writers; names spaced after the head's date (2022-09-19 19:32   某某 某某某) are the authors" {
    assert_meta m173-bracketed-and-text-labels
}

@test "strip-boilerplate --meta: a 来源 value shaped like a name is the outlet when the row names its people under roles after it (来源:某某风 责任编辑:…), not alone (来源:张某); a label is no outlet (来源:本网); an outlet glued to the date or giving two names (某某新闻·某某新闻 2025-…) is the source, its first name" {
    assert_meta m174-source-shapes
}

@test "strip-boilerplate --meta: a radio station (某某之声) is an outlet, in the lead's dateline and before the head's date" {
    assert_meta m175-radio-station
}

@test "strip-boilerplate --meta: whom a credit names after 供稿 wrote the piece (（某某区人民法院 供稿:张某 夏某 一审:李某）, （供稿 某某镇人大办 王某平 编辑 高某）)" {
    assert_meta m176-contributors
}

@test "strip-boilerplate --meta: a programme's broadcast time (首播时间:2010年9月25日) dates the page" {
    assert_meta m177-broadcast-time
}

@test "strip-boilerplate --meta: a Taiwanese byline alone on its line in brackets names the reporter before the slash and the place (【记者某某某/台中报导】)" {
    assert_meta m178-byline-place
}

@test "strip-boilerplate --meta: of a journal's issue date and the day its site put the paper up a year or more later (出版日期:2017-01-15 发布日期:2019-04-28), the issue's is the date; of one weeks later (出版日期:2020-05-20 发布日期:2020-07-20), the label's; a receipt's date before 出版日期 is no issue line's" {
    assert_meta m179-issue-before-online
}

@test "strip-boilerplate --meta: a date stamp cut from the lead's start after a template's English label (date 2025-12-05 …) dates the page" {
    assert_meta m180-date-label
}

@test "strip-boilerplate --meta: an agency's dateline in brackets ((新华社某地7月23日电)…) or dated by the day alone (某某社台北11日电) names the source; a day alone writes no date" {
    assert_meta m181-agency-datelines
}

@test "strip-boilerplate --meta: a paper's journal in a database's fields (【期刊名称】, 【发表期刊】) or after 来自: is the source, the record's labelled lines are no title, and a greeting's site of a research centre (某某大学社会保障研究中心官网) names the centre, and a masthead's 社会 (某某社会科学网) no press (某某社)" {
    assert_meta m182-journal-fields
}

@test "strip-boilerplate --meta: a reporter's name glued after an outlet's short name and the role ((总台记者李某 陈某某)), and a rarer surname after a reporter's name in a credit ((通讯员周某、望某某)), are authors; so is a credit after the paper the lead is taken from (据某州晨报报道(记者 张某某))" {
    assert_meta m183-credit-names
}

@test "strip-boilerplate --meta: a journal's volume line with its labels (某某科学 2022, Vol. 34 Issue (3): 699-710. DOI: …) is the journal's, not a row of fields, and gives the source and the year" {
    assert_meta m184-volume-labels
}

@test "strip-boilerplate --meta: an issue's year dates a journal's page, after the journal in a source label (出处 《某某文汇》 2023年第3期34-37,共4页), alone with its pages, or under a label of the year (【期刊年份】 2011年, 学位年度: | 2023 |)" {
    assert_meta m185-issue-years
}

@test "strip-boilerplate --meta: a site's column of news (社会新闻) or a farm's of pieces (来源:优秀文章) is no source" {
    assert_meta m186-column-sources
}

@test "strip-boilerplate --meta: a source's value ends at a box's bar (某某政协│), loses what the site did with it whatever the name ends in (某某长江号收集), and a button under a writer's-note label (展开) is no name" {
    assert_meta m166-value-ends
}

@test "strip-boilerplate --meta: an author label alone on its line with one name to a line under it (作者 / 某某某 / 某某某) gives each name" {
    assert_meta m165-names-one-to-a-line
}

@test "strip-boilerplate --meta: labels on one line (发布时间 信息来源 作者), a date with its time" {
    assert_meta m01-label
}

@test "strip-boilerplate --meta: a date line under the title, beside a journal's issue; a row of names spaced apart" {
    assert_meta m02-head-date
}

@test "strip-boilerplate --meta: an e-paper's issue line (…编印); an author label without a name; names in parentheses at the end" {
    assert_meta m03-epaper
}

@test "strip-boilerplate --meta: a dateline without a year (新华社北京6月27日电) and its credit; an editor is no author" {
    assert_meta m04-dateline
}

@test "strip-boilerplate --meta: a byline with 文/图, a masthead with its edition (某某日报数字报), editors and reviewers left out" {
    assert_meta m05-byline
}

@test "strip-boilerplate --meta: a position and a name under the title; a —— subtitle is no part of the title" {
    assert_meta m06-position
}

@test "strip-boilerplate --meta: a reposted article: its 来源 is the source, not the masthead; 原标题 and the editors in parentheses" {
    assert_meta m07-repost
}

@test "strip-boilerplate --meta: a date inside the article text, a 来源 line with no name and editor lines give nothing" {
    assert_meta m08-no-evidence
}

@test "strip-boilerplate --meta: a publication and an update date: the publication date" {
    assert_meta m09-two-dates
}

@test "strip-boilerplate --meta: datelines (本报3月20日讯, 某某网·某某新闻5月8日讯, 某某新闻网讯), one row per document under its header" {
    assert_meta m10-datelines
}

@test "strip-boilerplate --meta: documents read in one run get the rows they get alone (joined titles, cut credits)" {
    # the table is read after a group of documents is stripped: each keeps
    # its joined paragraphs and its cuts until then, though the next one
    # joins and cuts its own
    local pages="$META/m16-title-lines.txt $STRIP/s04-broken.txt $META/m13-credits.txt $STRIP/s31-title-lines.txt $META/m03-epaper.txt $STRIP/s55-broken-book-title.txt $META/m04-dateline.txt"
    : > alone.tsv
    for page in $pages; do
        strip-boilerplate --meta one.tsv "$page" > /dev/null
        tail -n +2 one.tsv | sed "s|^-\t|$(basename "$page")\t|" >> alone.tsv
    done
    for page in $pages; do printf '\f%s\n' "$(basename "$page")"; cat "$page"; done > all.txt
    strip-boilerplate -j 1 --meta together.tsv all.txt > /dev/null
    tail -n +2 together.tsv > together-rows.tsv
    grep -q $'^m16-title-lines.txt\t2022年上半年街道办事处重点工作督查报告\t' together-rows.tsv
    diff alone.tsv together-rows.tsv
}

@test "strip-boilerplate --meta: two date lines that disagree leave the date empty; a line of the head taken with a short title is no part of it" {
    assert_meta m11-conflict
}

@test "strip-boilerplate --meta: a Traditional page (發佈時間 來源 作者)" {
    assert_meta m12-traditional
}

@test "strip-boilerplate --meta: credits after the text with an office and a reviewer; a byline that names its paper" {
    assert_meta m13-credits
}

@test "strip-boilerplate --meta: an e-paper's page label is no title, 当前报纸名称 names the source" {
    assert_meta m14-epaper-label
}

@test "strip-boilerplate --meta: a government table's 名称 row is no title line but names the title, its 成文日期 the date when no publication date is given, its 发布机构 the source" {
    assert_meta m15-gov-table
}

@test "strip-boilerplate --meta: a table's cells (文件名称 | …, 公开日期: | …) name the title and the date, 发布机构 the source; a speech's date and place (…日在某某会议上) is no publication date" {
    assert_meta m30-table-cells
}

@test "strip-boilerplate --meta: a masthead with 数字报纸 names the source; a title wholly in brackets is the title, without them" {
    assert_meta m31-masthead-brackets
}

@test "strip-boilerplate --meta: an author label whose name has its note after a colon (作者: 某某:某某大学) names the author" {
    assert_meta m33-author-note
}

@test "strip-boilerplate --meta: a table's labels spaced to width (名 称: 日 期: 来 源:) are read as their words" {
    assert_meta m32-spaced-label
}

@test "strip-boilerplate --meta: a government table's 生成日期 and 发文日期 date the document when no publication date is given" {
    assert_meta m34-document-dates
}

@test "strip-boilerplate --meta: the date that signs a notice under its issuer's name dates it, and the issuer is its source" {
    assert_meta m35-signature
}

@test "strip-boilerplate --meta: a notice's signature dates it with an attachment after it too, its first issuer the source" {
    assert_meta m43-signed-attachment
}

@test "strip-boilerplate --meta: a signature set off to the right by spaces is one all the same" {
    assert_meta m49-indented-signature
}

@test "strip-boilerplate --meta: a dateline's credit with no brackets (本报讯 记者某某 通讯员某某报道 …) names the authors" {
    assert_meta m47-lead-credits
}

@test "strip-boilerplate --meta: a lead that opens with a reporter's credit in brackets and no dateline names the author" {
    assert_meta m48-bracket-credit
}

@test "strip-boilerplate --meta: a date alone after the text, with no issuer above it, dates nothing" {
    assert_meta m42-foot-date
}

@test "strip-boilerplate --meta: an e-paper's 版次: line with a date gives the issue's date" {
    assert_meta m36-issue-label
}

@test "strip-boilerplate --meta: a lead that opens 某某报道：（通讯员 某某） names the outlet and the author" {
    assert_meta m37-report-credit
}

@test "strip-boilerplate --meta: 供稿：某某镇 names the source; 制作, 编审 and 监制 are no authors" {
    assert_meta m38-contributor
}

@test "strip-boilerplate --meta: a lead of the page's own paper (本报讯) takes its source from the copyright line (版权所有 ©2023 某某日报)" {
    assert_meta m39-copyright-paper
}

@test "strip-boilerplate --meta: a journal page's 文献来源：《某某研究》2021年第3期 names the journal" {
    assert_meta m44-literature-source
}

@test "strip-boilerplate --meta: the date under the title (• 2024年03月18日) before the one a site's header shows above it (… 星期五 进入后台)" {
    assert_meta m45-header-date
}

@test "strip-boilerplate --meta: a print credit alone on its line gives the issue's date and the paper" {
    assert_meta m46-print-line
}

@test "strip-boilerplate --meta: a title's picture mark (（图）) is cut from it; a date a template set under 来源: dates the page" {
    assert_meta m50-media-title
}

@test "strip-boilerplate --meta: a compiler's note (来源:网上收集整理) names no source" {
    assert_meta m51-compiled-source
}

@test "strip-boilerplate --meta: a page crediting more than 16 people lists the first 16 (it crashed with more than 12)" {
    assert_meta m52-many-authors
}

@test "strip-boilerplate --meta: an update's date (更新时间:) dates a page that states no other, never one that states its publication" {
    assert_meta m53-updated-only
}

@test "strip-boilerplate --meta: a date and its time glued inside a line of the head's chrome (编辑:某某2020-03-27 07:58内容来源:…) date the page; a date in the text does not" {
    assert_meta m54-stamp-in-chrome
}

@test "strip-boilerplate --meta: a notice's signature under its contact line dates it and names its issuer" {
    assert_meta m55-notice-contact
}

@test "strip-boilerplate --meta: a signature's date in words (二OO三年二月十七日) dates the notice" {
    assert_meta m56-words-date
}

@test "strip-boilerplate --meta: the names that open a journal's authors' notes are its authors; a credit in brackets alone after the text, indented, names its writer" {
    assert_meta m57-author-notes
    assert_meta m58-indented-credit
}

@test "strip-boilerplate --meta: a lead's dateline whose outlet ends in no outlet's word (新某某讯) names it when a reporter's credit follows, under a kicker and its subtitle too" {
    assert_meta m59-credited-dateline
}

@test "strip-boilerplate --meta: a source in brackets (来源:【某某】) and a source label glued to a time in words (…11时20分来源:…) are read, and the time with the day (2010-08-10T11:20)" {
    assert_meta m60-source-forms
}

@test "strip-boilerplate --meta: the title's field leaves out an edition in brackets before it (【2003版】) and a note's mark after it (*), never its own digits" {
    assert_meta m61-title-marks
}

@test "strip-boilerplate --meta: a title set as a list's item over a bulleted date line is the title, without its bullet; a bulleted field (•发文机构:) is none, and names the source" {
    assert_meta m62-bulleted-title
}

@test "strip-boilerplate --meta: names in a page's head: under 责编： an editor's, a row of surnamed names a journal's authors, after □ with an office, after a senior reporter's rank (主任记者); 发布部门： a source" {
    assert_meta m63-head-names
}

@test "strip-boilerplate --meta: a source's value without what the site did with it (某某日报收集), cut at a glued label (…所属分类:); a photographer's word after the last name of a credit (贾某某 摄影) makes it no author" {
    assert_meta m64-source-values
}

@test "strip-boilerplate --meta: a masthead after a greeting (欢迎登陆某某网), a station's credits that open with a reporter however long, a source's value on the line under its label" {
    assert_meta m65-foot-and-labels
}

@test "strip-boilerplate --meta: a label's date in brackets or spaced by a template (日期:[2015/10/14], 2024- 01- 25 08: 58); the site's owner in its foot (主办单位:) names no source" {
    assert_meta m66-label-forms-owner
}

@test "strip-boilerplate --meta: a date line right under a deck that reads as prose dates the page; a notice's signature still dates it as before" {
    assert_meta m67-date-under-deck
}

@test "strip-boilerplate --meta: a masthead's date line, a byline ending 文并摄 (wrote and photographed), a table's 标题 and 发文机关 cells" {
    assert_meta m68-masthead-and-table
}

@test "strip-boilerplate --meta: a credit's 审稿人 is no author and its 撰稿人 is, without the 人; an uploader's account (来源:乡镇管理员) is no source" {
    assert_meta m69-roles-and-accounts
}

@test "strip-boilerplate --meta: a journal's authors with note marks in brackets (柳某[1,2]); a dateline that several outlets share, one with its address in brackets, and its reporters' credit" {
    assert_meta m70-note-marks-shared-dateline
}

@test "strip-boilerplate --meta: a photograph's short caption kept between the title and the lead does not hide the lead's dateline and credit" {
    assert_meta m71-caption-above-lead
}

@test "strip-boilerplate --meta: an office's credit alone after the text (某某社区  侯某) names the author" {
    assert_meta m72-office-credit
}

@test "strip-boilerplate --meta: a page with no title above a wire's dateline line takes the title after its 题：" {
    assert_meta m73-wire-title
}

@test "strip-boilerplate --meta: a journal platform's head: its bulleted authors, not its 展开 button; its date of publishing online (网络出版日期)" {
    assert_meta m74-journal-platform
}

@test "strip-boilerplate --meta: a column's name in brackets before the title (【驻村帮扶】) is no part of it, an issue's number is (【第18期】); a source's value ends before a font widget glued after it (…工作队字体:)" {
    assert_meta m75-column-tag-font
}

@test "strip-boilerplate --meta: a dateline ending 日消息; a lead that opens with its credit unbracketed (本报记者 某某 通讯员 某某 “…), its 通讯员 no dateline's 讯; 作者: glued after an outlet's name; a position and a spaced name (…村主任助理 詹 毅)" {
    assert_meta m76-credits-unbracketed
}

@test "strip-boilerplate --meta: a notice's signature under a numbered contact heading and its number, its office's name long; a date's label glued after a field's value (…政工科发布时间:) dates the page over the signature, a journal's 修订日期 does not" {
    assert_meta m77-signature-contact-glued-date
}

@test "strip-boilerplate --meta: the authors of the page's own citation ([引文格式]某某,某某.题名[J]…), not of another work it cites" {
    assert_meta m78-cited-authors
}

@test "strip-boilerplate --meta: a date line with a note in brackets after the date dates the page" {
    assert_meta m79-date-note
}

@test "strip-boilerplate --meta: an outlet's name under the title over the date line, or after the date (2024-05-16 03:14:28 某某日报); a dateline 某某新闻网消息; a title without its link's arrow (→) or a repost's tag (【转】)" {
    assert_meta m80-outlets-near-title
}

@test "strip-boilerplate --meta: a journal's volume line in the Latin way names the journal (某某研究 2021, Vol. 14 Issue (3)…, 某某学报(社会科学版)2024,Vol.25…); a notice's issuer and date on one line sign it" {
    assert_meta m81-volume-signature
}

@test "strip-boilerplate --meta: a journal's authors set under its abstract, their names spaced apart by a space or more" {
    assert_meta m82-authors-under-abstract
}

@test "strip-boilerplate --meta: an outlet parted from its byline by a bar; the owner opening a row of the foot's fields (主办:…) names no source; a greeting with 您 and a mark (欢迎您访问某某网!); an outlet ending in 在线; a menu's item (• 思想汇报) is none" {
    assert_meta m83-outlet-forms
}

@test "strip-boilerplate --meta: a date line followed by an author's label dates the page and names its authors; a date after a source's value dates it" {
    assert_meta m84-dates-beside-fields
}

@test "strip-boilerplate --meta: authors joined by a plus; the site's owner in a foot's 主办: row names no source" {
    assert_meta m85-plus-names-owner-foot
}

@test "strip-boilerplate --meta: a paper's dateline with the place it reports from (某某晚报白城讯); a lead's credit in brackets of an outlet and its writers ((某某侨报 某某 某某)近日…)" {
    assert_meta m86-paper-place-outlet-credit
}

@test "strip-boilerplate --meta: a lead that opens with its outlet, a colon and the credit in brackets (某某传媒网:(某某)…) names both; a sentence with a colon and a bracket does not" {
    assert_meta m87-outlet-colon-credit
}

@test "strip-boilerplate --meta: a label alone without a colon has its value on the next line (作者 / 某某, 来源 / 某某日报), not one that holds a label; a journal's edition in brackets stays in its name" {
    assert_meta m88-bare-labels-edition
}

@test "strip-boilerplate --meta: a breadcrumb that opens with an outlet's name (位置:某某新闻网>…) names no source: it is where the page stands" {
    assert_meta m89-breadcrumb-root
}

@test "strip-boilerplate --meta: a joint notice's signature of up to three bodies, two on a line or the page's note (此页无正文) above them and an attachment's label between, dates and names the notice" {
    assert_meta m90-joint-signature-attachment
}

@test "strip-boilerplate --meta: an outlet whose name holds 讯 (某讯网讯) and a correspondent (信息员); 内容来源:; a time of midnight is the time the page states; a lone bulleted title and the journal its note names (原文发表于《…》); a bulletin's issuer under its title" {
    assert_meta m91-outlet-note-bullet-bulletin
}

@test "strip-boilerplate --meta: a row of the page's fields glued to the lead, kept or dropped, is read; an author label that names an office (作者:某某街道) names the source; an attachment's label set in by spaces stands between a notice and its signature" {
    assert_meta m92-glued-fields-office-author
}

@test "strip-boilerplate --meta: an author's note with a colon (某某 (通讯作者):某某大学博士后) is no title and names its author; a button beside an empty source label and a user's upload name no source; a source label that ends a row of fields has its value on the chrome line under it" {
    assert_meta m93-colon-notes-buttons-row-end
}

@test "strip-boilerplate --meta: a lead that opens with its writers alone in brackets, spaced apart, names them, but not a label spaced to width ([摘 要]); writers spaced after a source's value are authors" {
    assert_meta m94-bracketed-writers
}

@test "strip-boilerplate --meta: a name after a role's word with the byline's tail glued (记者某某 张某某报道); outlets that share a dateline parted by a slash (某某日报/某某网某城讯); a row of fields whose label follows a count's value (点击:0时间:…) goes and dates the page" {
    assert_meta m95-credit-tail-slash-count
}

@test "strip-boilerplate --meta: a widget's label glued after a source's value (…文旅局文字大小:) ends it; a station's kind without its name (广播电台讯) names no source" {
    assert_meta m96-widget-label-station
}

@test "strip-boilerplate --meta: a word alone that opens with a surname's character but ends as no given name does (文化, 文号) is no author" {
    assert_meta m97-surname-words
}

@test "strip-boilerplate --meta: a label glued after another field's value opens its own field (来源:某某网作者:某某, 上传时间:)" {
    assert_meta m98-glued-fields
}

@test "strip-boilerplate --meta: names with the surnames 代 and 茍 are authors" {
    assert_meta m99-rarer-surnames
}

@test "strip-boilerplate --meta: a long row of marked names gives every author; the volume line in 《》 the journal; the receipt's line its publishing date" {
    assert_meta m100-long-marked-authors
}

@test "strip-boilerplate --meta: a site's greeting with its menu is no title; the site it names is the source" {
    assert_meta m101-greeting
}

@test "strip-boilerplate --meta: a spaced label alone (作  者) is no name; its names on the next line are read without their notes (1(博士))" {
    assert_meta m102-spaced-author-label
}

@test "strip-boilerplate --meta: the site its copyright line names (某某新闻网 版权所有:…) is no source" {
    assert_meta m103-copyright-holder
}

@test "strip-boilerplate --meta: an outlet opening a row of fields in the head (某某日报 编辑:… date) is the source" {
    assert_meta m104-outlet-opens-fields
}

@test "strip-boilerplate --meta: outlets sharing a dateline with a middle dot (某某网·某某客户端讯) give the first, and the credit its names" {
    assert_meta m105-dot-shared-dateline
}

@test "strip-boilerplate --meta: the outlet after a date and time inside a head's line, buttons after it, is the source" {
    assert_meta m106-stamp-outlet-buttons
}

@test "strip-boilerplate --meta: a full name one space after a source's outlet is its writer; a word of two is not" {
    assert_meta m107-writer-after-source
}

@test "strip-boilerplate --meta: names glued before the abstract's label (某某 某某 摘要:…) are the authors" {
    assert_meta m108-names-before-abstract
}

@test "strip-boilerplate --meta: an outlet named …报道 before 讯 and names before 报道; an outlet, a place and 消息" {
    assert_meta m109-report-outlet-placed-message
}

@test "strip-boilerplate --meta: a site's watermark (某某网 www.…) names no source" {
    assert_meta m110-watermark-site
}

@test "strip-boilerplate --meta: an office's name after the date line (2024-08-30 15:39 某某市住房和城乡建设局) is the source, before a foot's owner cut short" {
    assert_meta m111-office-after-date
}

@test "strip-boilerplate --meta: the site's owner opening a licence's row (主办单位:… 备案号) or first of several (主办: 甲、乙、丙) names no source" {
    assert_meta m112-site-owners
}

@test "strip-boilerplate --meta: an empty 来源: over the lead takes nothing from it; the lead's dateline gives the date, the outlet and the writer" {
    assert_meta m113-empty-source-over-lead
}

@test "strip-boilerplate --meta: an outlet's dateline with a colon (某某网库讯:), not a column's (工作快讯:); two outlets joined by - (某某网-某某都市报讯)" {
    assert_meta m114-outlet-datelines
}

@test "strip-boilerplate --meta: an e-paper's record of the page names its paper (某某日报 城事 a0002 …, … 1 1 某某日报 content_158209.html …)" {
    assert_meta m115-epaper-record
}

@test "strip-boilerplate --meta: a title's count (  被引量:2) is cut; names over their institution (刘 某 杨某某/某某大学…) are the authors; 最近更新: dates the page" {
    assert_meta m116-journal-tails
}

@test "strip-boilerplate --meta: the original title (原标题:) is the title of a page that shows no other, and no title of one that does" {
    assert_meta m117-original-title
}

@test "strip-boilerplate --meta: the authors of bios under a bare label, a dash before each (- 代某某(1987—),女,…)" {
    assert_meta m118-dashed-bios
}

@test "strip-boilerplate --meta: a title glued before the page's fields (某某汇报 发布日期:… 信息来源:…) is the title of a page that shows no other" {
    assert_meta m119-title-before-fields
}

@test "strip-boilerplate --meta: a table's fields spaced, no colon (来源 某某水网, 发表日期 2005-11-01); the time under a date under its label; an outlet opening the editor's row after the text; a record's label value is no outlet" {
    assert_meta m120-spaced-fields
}

@test "strip-boilerplate --meta: a dateline's outlet when the day follows its 讯 (亮点某某讯 12月12日), the hour in words before it (…9月28日18时讯), or a space and the day follow 报道; not a column's (工作快讯)" {
    assert_meta m121-dateline-days
}

@test "strip-boilerplate --meta: the date of a site's address line (中国某某网:http://… 日期:2015-07-23) is the page's, before the lead's dateline" {
    assert_meta m122-named-address
}

@test "strip-boilerplate --meta: a repost's original title under its text (原标题:…) titles a page that shows no other; writers' notes without a label (某某(1996— ),女,…) give the authors; the foot's owner gives no source" {
    assert_meta m123-foot-title-bios
}

@test "strip-boilerplate --meta: a credit's name before its roles (… 张某月 文/图); a writer and his outlet after a date line (… 08:00 王某塞 县广电台); a table's word (项目) under an empty 作者: is no name" {
    assert_meta m124-writer-outlet
}

@test "strip-boilerplate --meta: a site's greeting after 您好! is no title; a page's word (文章) alone is no author" {
    assert_meta m125-greeting-word
}

@test "strip-boilerplate --meta: a field whose Han characters are all its label's (身份证号码:1302041981****XXXX) is no title" {
    assert_meta m126-code-field
}

@test "strip-boilerplate --meta: a table's labels in cells between bars, no colon, in a row dropped by any rule (索引号 | … | 发布机构 | 某某乡 |)" {
    assert_meta m127-bar-cells
}

@test "strip-boilerplate --meta: a repost's notice in a paper's head names the journal it first appeared in (本文原刊于《某某社会科学》…): the source" {
    assert_meta m128-head-repost-journal
}

@test "strip-boilerplate --meta: a journal's row of authors with empty brackets right after the names (某某(), 某某(), 某某), and one a circle opens (○某某 某某), are the authors" {
    assert_meta m129-empty-note-marks
}

@test "strip-boilerplate --meta: a writer's name alone opening the head's row of fields (某某   来源:某某客户端) is the author" {
    assert_meta m130-name-before-fields
}

@test "strip-boilerplate --meta: a journal's line without Vol. (某某研究  2019 , 38 (4): 812-826, 某某 ›› 2021 ›› (8) : 23-28, 某某进展, 2022, 41(1): 118-130) names the source" {
    assert_meta m131-volume-no-vol
}

@test "strip-boilerplate --meta: a journal's name alone above the title, in 《》 or a university's with its edition (某某大学学报(社会科学版)), is the source and no title" {
    assert_meta m132-journal-masthead
}

@test "strip-boilerplate --meta: a source named with its site's address keeps the digits of the address (某某0478.cc)" {
    assert_meta m133-address-digits
}

@test "strip-boilerplate --meta: a date set over three lines of the head (2025 / 07-02 / 12:27), a slash after the day (2024/06/13/ 08:45) and a time glued to the day (2022-07-1415:44:10)" {
    assert_meta m135-date-shapes
}

@test "strip-boilerplate --meta: a journal's 出处 row names the source, with a colon or set apart by spaces however long the row runs (出处 《某某学研究》 北大核心 2021年第3期…)" {
    assert_meta m136-provenance-label
}

@test "strip-boilerplate --meta: a dateline's credit in brackets a space after 讯 (某某之声讯 (通讯员 某某)) names the outlet and the reporter" {
    assert_meta m138-credit-after-space
}

@test "strip-boilerplate --meta: a journal's row of authors set apart by semicolons, with one rarer surname among them (凡某某 潘某 何某), or of nine names each with a common surname (洪 赖 阎 among them), gives every name" {
    assert_meta m139-author-rows
}

@test "strip-boilerplate --meta: after the text, a name of two characters alone in brackets ((秦某)) is the writer's, an office's (区委) no name; an outlet alone in brackets ((某某劳动保障报)) is the source" {
    assert_meta m140-foot-credits
}

@test "strip-boilerplate --meta: reporters' names run together after their role (某某时报记者韩某某周某某应某, (通讯员罗某某郑某)) part at their surnames, names of three first; the byline is no title; an outlet in an author's label (作者:某某新闻网) is no names" {
    assert_meta m145-glued-names
}

@test "strip-boilerplate --meta: a slash between a reporter's role and the name (记者/某某) is read; a copyright's holder in a line beside the site's licence (…某某网版权所有 备案号:…) names no source" {
    assert_meta m146-foot-names
}

@test "strip-boilerplate --meta: a name of a rarer surname right after a reporter's role in a credit, another name beside it ((通讯员 宛某某 简某)), is read; an office's short name first in a credit after the text ((东湖 黄某某)) is still no name" {
    assert_meta m147-credit-names
}

@test "strip-boilerplate --meta: a site's greeting names the source: an office's by its name without 门户网站, after a hello or not (您好!欢迎访问某某市公安局门户网站!), an outlet's name with more glued after it (欢迎光临某某新闻网邮箱:…); a greeting that names nobody (欢迎来到我们的社区!) names none" {
    assert_meta m148-greetings
}

@test "strip-boilerplate --meta: a 来源: label glued after the date a field before it gave (发布时间:2025-07-31来源:某某县水利局) is read; a wire's dateline credited with 据 (据新华社电) names the wire" {
    assert_meta m149-glued-source-label
}

@test "strip-boilerplate --meta: the paper an e-paper's issue line says publishes it (某某日报社出版) is the source; the site a disclaimer's header names (某某文化网版权与免责声明), a holder after Copyright in letters, an office or a company that holds the copyright name none" {
    assert_meta m150-foot-sources
}

@test "strip-boilerplate --meta: a breadcrumb's root names no source, after a label without its colon (您所在的位置某某网 >> …) or in a row of links in the head (某某三农在线 >> …)" {
    assert_meta m151-crumb-sources
}

@test "strip-boilerplate --meta: a row under the title of an outlet, writers and a date set apart by spaces (某某社会工作    汪某   2018-10-10, 于某某 张某某 某某学术 2022-12-31) gives all three, a weekday beside them no outlet; a time's label spaced to a table's width (时 间:) is read; a 来源: label whose value never came names no source from the bracketed field after it (【信息来源:【信息时间:…】)" {
    assert_meta m152-head-rows
}

@test "strip-boilerplate --meta: a label of two characters spaced wider than one space (来   源 | 某某网 |) is read, and ends the value before it (标  题: 某某 文  号:); a source's label alone takes no value from a line that opens with a label of its own (出处 / 期刊:…); a database's label before an issue (年卷期 2000年03期) names no journal" {
    assert_meta m153-table-labels
}

@test "strip-boilerplate --meta: a long row of a table's fields gives its office as the source and its title's value up to the next label (… 生效日期:), which a known label's last word (日期) does not cut short" {
    assert_meta m154-long-fields-row
}

@test "strip-boilerplate --meta: a second role glued after the first one's names (记者陈某某通讯员廖某, (通讯员葛某某高某某记者巴某某)) opens the next name, not after a photographer's qualifier (摄影/见习记者 某某); an outlet and a reporter's credit in brackets opening the lead (某某日报(记者黄某 通讯员宴某 王某)…) give both; a source with mojibake in it (人民日?qǐng)?bào)) is none" {
    assert_meta m155-credits
}

@test "strip-boilerplate --meta: a byline that reports from a place gives its outlet and names, a name of a rarer surname between two reporters' names among them (记者 周某 慈某某 邱某某)" {
    assert_meta m156-news-byline
}

@test "strip-boilerplate --meta: an e-paper's record of the page names its paper in the field before the page's file (… 8 8 某某普陀 content_57752.html …), whatever the name ends in, not the title's last word that ends as an outlet's, and dates the issue by its first date" {
    assert_meta m157-epaper-record
}

@test "strip-boilerplate --meta: a title without a forum's subject label (主题: 某某), the brackets a template left empty after it (…的证据()) or a document's number glued before it (某政办〔2015〕15号某某…); a colon after a long word that is no label's is the title field's own (名称: 某县交通运输局:三项举措,… 文号:)" {
    assert_meta m158-title-forms
}

@test "strip-boilerplate --meta: a date line's time in words (2018年07月17日 11时28分30秒) dates the page to the second, and the label after it (来源: 互联网) is no outlet's name" {
    assert_meta m159-time-in-words
}

@test "strip-boilerplate --meta: a source label's value that reads as a person's name but ends as an office does (来源:宋办) names the office; a person's name there (来源:张某) still names no source" {
    assert_meta m160-office-source
}

@test "strip-boilerplate --meta: a site's summary of the lead (本文摘要:…), however long, is no lead: the dateline of the lead under it names the outlet (某某光伏网讯:)" {
    assert_meta m161-summary-lead
}

@test "strip-boilerplate --meta: a government table's labels in brackets in their cells ([ 发布日期 ] | 2023-05-12 |) are read as labels" {
    assert_meta m144-bracketed-cells
}

@test "strip-boilerplate --meta: a column's name in square or corner brackets before the title ([新春走基层], 〔某某镇〕) is no part of it; a number in Han numerals after it ((二十三)) is, as the place in a series it is, and so is a count of pieces in Han numerals ((八篇)); a table's label in a cell of its own before it (标题 某某, 文献题名 某某) is not" {
    assert_meta m143-title-tags
}

@test "strip-boilerplate --meta: a journal's head giving its issue's date and the day it was put out online (出版日期:… 发布日期:…) is dated by the second; its issue's date alone dates it" {
    assert_meta m142-issue-date
}

@test "strip-boilerplate --meta: a notice saying whose the works are (版权均属某某日报所有, 版权均属于某某晚报所有, 版权归某某新闻网所有) names no source" {
    assert_meta m141-works-belong
}

@test "strip-boilerplate --meta: a panel of dashed fields above the lead (- 帖子:, - 粉丝:) is no text of its own, so the lead's dateline still names the source and the reporters" {
    assert_meta m137-dashed-panel
}

@test "strip-boilerplate --meta: a content farm's count of the pieces it holds ((精选5篇)) stays in the title, as the page gives it" {
    assert_meta m134-piece-count
}

@test "strip-boilerplate --meta: a reader's piece (来源:网友投稿) has no source" {
    assert_meta m40-reader-piece
}

@test "strip-boilerplate --meta: a paper's kind without its name (□晚报记者) is no source" {
    assert_meta m41-nameless-paper
}

@test "strip-boilerplate --meta: a title broken over two lines is one title" {
    assert_meta m16-title-lines
}

@test "strip-boilerplate --meta: of two lines of a title's shape, the one that scores more is the title; the line over it is a kicker, no part of it" {
    assert_meta m17-subtitle
}

@test "strip-boilerplate --meta: a paper's print credit names the source and the date; a credit alone after the text and a writer's note (作者简介) name the authors, four characters with a surname of two" {
    assert_meta m18-print-credit
}

@test "strip-boilerplate --meta: a journal's issue line and a citation in the head name the source; a writer between a title's tag and its bar, and one glued after a head's date" {
    assert_meta m19-journal-head
}

@test "strip-boilerplate --meta: a date label alone with its value under it (an update's beside it); a label glued to a time (08:32来源:)" {
    assert_meta m20-date-labels
}

@test "strip-boilerplate --meta: dates that do not exist or cannot be read with confidence are left empty" {
    for date in '2021-02-30' '2019-13-01' '1850-07-01' '2019年7月29' '20190729'; do
        printf '社区开展志愿服务\n发布时间：%s\n社区组织党员志愿者走访独居老人58户，送去米面油等生活物资，并登记老人的生活需求。\n' "$date" > in.txt
        strip-boilerplate --meta meta.tsv in.txt > /dev/null
        [ "$(sed -n 2p meta.tsv | cut -f3)" = '' ] || fail "$date read as $(sed -n 2p meta.tsv | cut -f3)"
    done
    printf '社区开展志愿服务\n日期：2020年6月\n社区组织党员志愿者走访独居老人58户，送去米面油等生活物资，并登记老人的生活需求。\n' > in.txt
    strip-boilerplate --meta meta.tsv in.txt > /dev/null
    [ "$(sed -n 2p meta.tsv | cut -f3)" = 2020-06 ]
}

@test "strip-boilerplate --meta: every page's article is the same with it or without, and the table has one row per document" {
    for page in "$STRIP"/*.txt "$META"/*.txt "$ARTICLES"/*.txt; do
        strip-boilerplate -e plain.log "$page" > plain.txt
        strip-boilerplate -e with.log --meta meta.tsv "$page" > with.txt
        cmp plain.txt with.txt || fail "$page: --meta changed the article"
        # the log's rows for lines are the same; the meta rows come after them
        diff plain.log <(awk -F'\t' '$3 != "meta"' with.log) || fail "$page: --meta changed the log"
        [ "$(head -1 meta.tsv)" = $'doc\ttitle\tdate\tsource\tauthor' ]
        # a document for each header, and one for lines before the first
        documents=$(awk '/^\f/ { n++; next } n == 0 { before = 1 } END { print n + before }' "$page")
        [ "$(($(wc -l < meta.tsv) - 1))" -eq "$documents" ] || fail "$page: rows"
        [ "$(awk -F'\t' 'NF != 5' meta.tsv | wc -l)" -eq 0 ] || fail "$page: a row without five fields"
    done
}

@test "strip-boilerplate --meta: a header alone is a document with its row; no header is -; empty input has the header line only" {
    printf '\fempty.txt\n\fa\tb\\c.txt\n城东街道成立小区党支部\n' > in.txt
    strip-boilerplate -m meta.tsv in.txt > /dev/null
    diff meta.tsv <(printf 'doc\ttitle\tdate\tsource\tauthor\nempty.txt\t\t\t\t\na\\tb\\\\c.txt\t城东街道成立小区党支部\t\t\t\n')
    printf '城东街道成立小区党支部\n' | strip-boilerplate -m meta.tsv > /dev/null
    [ "$(sed -n 2p meta.tsv)" = $'-\t城东街道成立小区党支部\t\t\t' ]
    : > empty.txt
    strip-boilerplate -m meta.tsv empty.txt > /dev/null
    [ "$(cat meta.tsv)" = $'doc\ttitle\tdate\tsource\tauthor' ]
}

@test "strip-boilerplate --meta: the table is the same for 1, 2 and 7 threads, its rows in input order" {
    make_batches
    for page in "$META"/*.txt; do printf '\f%s\n' "$page"; cat "$page"; done > metas.txt
    repeat_text 200 metas.txt >> batches.txt
    for jobs in 1 2 7; do
        strip-boilerplate -j "$jobs" --meta "meta$jobs.tsv" batches.txt > "out$jobs.txt" 2> /dev/null || true
    done
    cmp meta1.tsv meta2.tsv
    cmp meta1.tsv meta7.tsv
    cmp out1.txt out7.txt
    # a row for each header, in the order of the headers
    diff <(tail -n +2 meta1.tsv | cut -f1) <(grep -a $'^\f' batches.txt | cut -c2-)
    grep -q $'\t--06-27\t新华社\t柯某某;申某$' meta7.tsv
}

@test "strip-boilerplate --meta with --explain: a meta row names the rule and the value read from each line" {
    strip-boilerplate --meta meta.tsv --explain log.tsv "$META/m01-label.txt" > /dev/null
    grep -q $'^-\t4\tmeta\ttitle\t柳岸街道“红色管家”进小区\tclass=' log.tsv
    grep -q $'^-\t5\tmeta\tdate-label\t2022-05-16T09:30\tclass=bad ' log.tsv
    grep -q $'^-\t5\tmeta\tsource-label\t柳岸街道办事处\tclass=bad ' log.tsv
    grep -q $'^-\t5\tmeta\tauthor-label\t邵某某\tclass=bad ' log.tsv
    # the line stays dropped
    grep -q $'^-\t5\tdrop\tpublication\t' log.tsv
    strip-boilerplate --meta meta.tsv --explain log.tsv "$META/m11-conflict.txt" > /dev/null
    [ "$(grep -c $'\tmeta\tdate-conflict\t' log.tsv)" -eq 2 ]
    strip-boilerplate --meta meta.tsv -v "$META/m04-dateline.txt" 2> err.txt > /dev/null
    grep -q $'\tmeta\tdate-dateline\t--06-27\t' err.txt
    grep -q $'\tmeta\tauthor-dateline\t柯某某;申某\t' err.txt
}

@test "strip-boilerplate --meta to an unwritable place is a usage error; to /dev/full an error" {
    run strip-boilerplate --meta /nonexistent/meta.tsv "$STRIP/s07-clean.txt"
    assert_failure 2
    assert_output --partial 'cannot write /nonexistent/meta.tsv'
    run strip-boilerplate -m /dev/full "$STRIP/s01-breadcrumb.txt"
    assert_failure 1
    assert_output --partial 'write error'
}

@test "strip-boilerplate: a document past 64 MB (headers missing?) is told once, and stripped all the same" {
    awk 'BEGIN { for (i = 0; i < 1200000; i++) print "社区新建党群服务站点" i "个，服务面积合计3600平方米，居民群众满意。" }' > long.txt
    [ "$(wc -c < long.txt)" -gt $((64 << 20)) ]
    strip-boilerplate long.txt 2> err.txt | tail -n 1 > last.txt
    [ "$(cat err.txt)" = 'strip-boilerplate: long.txt: a document of 64 MB so far; are the document headers missing? (decode -H)' ]
    [ "$(cat last.txt)" = '社区新建党群服务站点1199999个，服务面积合计3600平方米，居民群众满意。' ]
}

@test "strip-boilerplate: a line that ends in a dash (…收获着大量关注——) keeps its line over the paragraph it leads in to, and a widget's header of the title and 相关报道 goes" {
    assert_strips s254-dash-lead-in
}

@test "strip-boilerplate: a line that fills the page's column and breaks at a dash (…减少百分之十五以上——) joins the piece under it" {
    assert_strips s255-dash-at-column
}

@test "strip-boilerplate: of a title a bar parts (某某 建功新征程|自从没了“会海”) the side a wire's head below gives again is the title; a caption ending in an agency's credit (。新华社发) goes, and a quote ending so joins nothing" {
    assert_strips s256-bar-title-copied
    assert_strip_meta s256-bar-title-copied 2 '自从没了“会海”'
}

@test "strip-boilerplate: the title again in two lines above the text (关于深化…加强和完善 / 城乡社区治理的实施意见) goes, both lines" {
    assert_strips s257-split-title-copy
}

@test "strip-boilerplate: a footer's row of chat groups to join (某某新闻网投稿QQ群:12345678 …) goes with the footer round it" {
    assert_strips s258-chat-group
}

@test "strip-boilerplate: a paragraph that lost its stop joins no paragraph when both open with a short lead sentence (数据赋能,治理提质增效。… / 人才回流,产业焕发生机。…)" {
    assert_strips s259-lead-sentences
}

@test "strip-boilerplate: the label alone over a journal page's rows of authors (作   者) goes with them" {
    assert_strips s260-authors-label
}

@test "strip-boilerplate: lines with no stop between the foot's copyright and its licence (国家高新技术企业  国家注册商标  …) go" {
    assert_strips s261-between-notices
}

@test "strip-boilerplate: a run of empty labels that ends the page (文件下载: / 关联文件:) goes" {
    assert_strips s262-empty-labels-end
}

@test "strip-boilerplate --meta: a lead that opens with roles and names up to 报道 and a colon (记者王某某 通讯员赵某 李某某报道：…) gives its authors; a column's 特别报道： gives none" {
    assert_meta m187-reported-credit
}

@test "strip-boilerplate: a repost's note of the account it came from (本文来自微信公众号：某某（ID：…），作者：…) goes; --meta reads the account as the source and the writer" {
    assert_strips s263-account-note
    assert_strip_meta s263-account-note 4,5 $'某某青年研究\t林某某'
}

@test "strip-boilerplate: a site's watermark after the last stop of three lines or more (…条件。xQZ某某新闻网) is cut from each, a credit's line too, and --meta reads the credit; a photographer's credit under each caption is no watermark" {
    assert_strips s264-watermark
    assert_strip_meta s264-watermark 5 '曾某某'
}

@test "strip-boilerplate --meta: a title opening with a word that ends in 台 is cut at its colon only for a station (某某广播电视台：…), not for a platform (重新认识平台：…)" {
    assert_meta m188-platform-title
}

@test "strip-boilerplate: a date in Han characters after the title and a space (… 2021年12月04日) is cut from it; --meta dates the page by it" {
    assert_strips s265-title-han-date
    assert_strip_meta s265-title-han-date 2,3 $'让人人学、终身学成为习惯 某某区2021年全民终身学习活动周启动\t2021-12-04'
}

@test "strip-boilerplate: a database's note on the title (标题注释:本文系课题…) is a fund's label and goes with the paper's head" {
    assert_strips s266-title-note
}

@test "strip-boilerplate: a database's label of the authors' institution (机构地区: 某某理工大学) goes with the paper's head and is never its title" {
    assert_strips s267-institution-label
}

@test "strip-boilerplate: a menu that opens with 首页 spaced apart (首 页 要闻 要论 …) is navigation, and the spammer's terms over it join nothing" {
    assert_strips s268-spaced-menu
}

@test "strip-boilerplate: a site's note under the summary its software wrote (以上摘要由系统自动生成，仅供参考…) goes, and the text under it stays" {
    assert_strips s269-summary-note
}

@test "strip-boilerplate --meta: an account's name loses its quotation marks and its kind (“某某中国”微信公众号 is 某某中国); a column's word after the date (2024-07-21新闻) is no source" {
    assert_meta m189-account-and-column
}

@test "strip-boilerplate --meta: a column's word before the title's bar that opens as a surname does (关注|…) is no writer" {
    assert_meta m190-column-word
}

@test "strip-boilerplate --meta: a wire site's stamp, the year spaced from the day (2024 04/05 18:25:27), dates the page" {
    assert_meta m191-wire-stamp
}

@test "strip-boilerplate --meta: a wire's head on its own line above the text (某某网某某7月5日电 题：…) is the lead's dateline: its day and its outlet" {
    assert_meta m192-wire-head-line
}

@test "strip-boilerplate --meta: an outlet that gives two names, the first none (第2眼TV-某某网), is the second" {
    assert_meta m193-outlet-two-names
}

@test "strip-boilerplate --meta: of two 来源 labels, the one that names an outlet (【来源:某某文明网】) wins over a site's column (来源:法律常识)" {
    assert_meta m194-two-source-labels
}

@test "strip-boilerplate: a site's call for contributions (欢迎投稿至…) and its rights notice (版权皆归某某网所有，转载请标明出处) go; --meta names no source by the site they belong to" {
    assert_meta m195-rights-belong
    run strip-boilerplate "$META/m195-rights-belong.txt"
    refute_output --partial "欢迎投稿"
    refute_output --partial "版权皆归"
}

@test "strip-boilerplate: an office alone in brackets after the last sentence ((某某区司法局), (秘书科)) is the piece's credit and is cut" {
    assert_strips s270-office-credit
}

@test "strip-boilerplate: a journal's statement of rights in its head (版权声明: 2012 《某某科学》编辑部 …) drops the head's lines under it, never the abstract; --meta names the journal" {
    assert_strips s271-rights-in-head
    assert_strip_meta s271-rights-in-head 4 '某某科学'
}

@test "strip-boilerplate: the title set again, as it is, once or more under itself is one title, never a paragraph broken in two" {
    assert_strips s272-title-thrice
}

@test "strip-boilerplate: a service's line with its telephone in it (…咨询:400-808-1701) is never the title" {
    assert_strips s273-phone-line
    assert_strip_meta s273-phone-line 2 '某省卫生城镇创建地理分布现状分析'
}

@test "strip-boilerplate: a label alone on its line with its English beside it (关键词 / Keywords) takes the key terms under it" {
    assert_strips s274-bilingual-label
}

@test "strip-boilerplate --meta: a person who contributed the piece (供稿:张某某 审核:董某) is its writer, not its source" {
    assert_meta m196-contributor
}

@test "strip-boilerplate --meta: names alone under the text, a space between (宋某某 任某某), are its writers when no line named any" {
    assert_meta m197-names-under-text
}

@test "strip-boilerplate: a rule's state a database sets before its name, a space between (有效 某某市某某办法), is cut from the title" {
    assert_strips s275-rule-state
    assert_strip_meta s275-rule-state 2 '某某市公共法律服务促进办法'
}

@test "strip-boilerplate: a headline of a few short questions one after another (某某:为谁建?缺什么?建什么?) may be the title" {
    assert_strips s276-short-questions
    assert_strip_meta s276-short-questions 2 '乡村民宿:为谁建?缺什么?建什么?'
}

@test "strip-boilerplate --meta: a table's 名称 gives the title past its brackets (关于印发《某某细则(试行)》的通知)" {
    assert_meta m198-title-field-brackets
}

@test "strip-boilerplate --meta: an author label whose names each carry their institution's number in brackets (作  者:王某[1] 李某某[1,2] …) gives every name, not the first alone" {
    assert_meta m199-numbered-authors
}

@test "strip-boilerplate --meta: writers' notes numbered in brackets on one line (…教授;[2]某某,…;[3]某某,…) give every writer" {
    assert_meta m200-numbered-bios
}

@test "strip-boilerplate --meta: a county's media centre by its short name (某某融媒) is an outlet after the head's date; its whole name (某某融媒体中心讯) still opens a dateline" {
    assert_meta m201-media-centre
}

@test "strip-boilerplate: a sentence of 30 characters or fewer that names a copyright (图片来源网络，如有侵权，联系删除。) is the notice alone and goes where no paragraph stands on both sides of it" {
    assert_strips s277-short-notice
}

@test "strip-boilerplate: a short notice under the head's date line (转载请注明“刊载于《某某》…”。) goes; a short sentence of the text between two paragraphs that speaks of 侵权 stays" {
    assert_strips s281-notice-by-chrome
}

@test "strip-boilerplate: whom to ask right over a foot's chrome (联系电话:… / 网站标识码:… / 某ICP备…) is the site's and goes" {
    assert_strips s278-contact-over-foot
}

@test "strip-boilerplate: a classification's labels glued to their codes (中图分类号S26文献标识码A文章编号0517-…) are the paper's head and go" {
    assert_strips s279-glued-classification
}

@test "strip-boilerplate: a document's number alone on its line (某人社秘〔2025〕63号) is a field of its head and goes" {
    assert_strips s280-document-number
}

@test "strip-boilerplate --meta: writers' notes numbered before a full stop (1.胡某(…),男,…; 2.王某某(…),女,…) give every writer" {
    assert_meta m202-numbered-bio-full-stop
}

@test "strip-boilerplate: a name and an institution after a space (黄某 某某大学马克思主义学院) is an author's line, never the title; --meta reads the journal and year from a volume line whose name holds a bracket (某某学报(社会科学版) 2020,36(05),91-97)" {
    assert_strips s282-name-and-institution
    assert_strip_meta s282-name-and-institution 2-5 $'\t2020\t某某科技大学学报(社会科学版)\t黄某'
}

@test "strip-boilerplate: a headline that opens with a reporter's word before words of a clause (记者走进这个服务站,这组照片暖心了!) is the title; a byline's names under it still go" {
    assert_strips s283-reporter-headline
    assert_strip_meta s283-reporter-headline 2,5 $'记者走进这个退役军人服务站,这组照片暖心了!\t张某;李某'
}

@test "strip-boilerplate --meta: a credit of a reporter's role and one name of a rarer surname, nothing else in it ((通讯员 訾某)), gives the name" {
    assert_meta m203-rare-surname-credit
}

@test "strip-boilerplate --meta: a dateline that sets its place after the date (某某网1月23日厦门讯(本网记者 刘某)) gives the day, the outlet and the reporter" {
    assert_meta m204-place-after-date
}

@test "strip-boilerplate: a column's path before the title's bar, its parts set apart by a middle dot (走基层 · 驻村日记丨…), is cut though it is the longer side" {
    assert_strips s284-column-path
    assert_strip_meta s284-column-path 2 '某某村的晨光'
}

@test "strip-boilerplate: a label spaced to a table's width before its value (索  引  号 …, 标        题 …) is a row of fields, never the title; a spaced word alone (结  语) stays" {
    assert_strips s285-spaced-labels
    assert_strip_meta s285-spaced-labels 2 '某某镇婚事新办倡议书'
}

@test "strip-boilerplate: links after an arrow (>>上一篇:…), a site's notice of what it answers for (本站部分信息…) and its rights with its name between (版权为 某某网 所有) go at the foot" {
    assert_strips s286-site-notices-foot
}

@test "strip-boilerplate: a row holding the page's date and time among its fields (来源网络2023-07-13 21:25:19 59), markup left whole (<image>…</image>), a feature's production credits (总策划:, 出品人:, 编导:) and a preview's end (预览结束，…) go; --meta reads the date" {
    assert_strips s287-feature-credits
    assert_strip_meta s287-feature-credits 3 '2023-07-13T21:25:19'
}

@test "strip-boilerplate: a photograph's caption that opens with its day and breaks off (2025年3月12日,某某…调解一起邻里纠纷) takes no line across the heading under it" {
    assert_strips s288-dated-caption
}

@test "strip-boilerplate: a heading that broke after 的 and the document's kind under it (关于支持…帮扶县的 / 实施意见) are one line" {
    assert_strips s289-heading-after-de
}

@test "strip-boilerplate --meta: an outlet's other name in brackets before 讯 (某某网(某某日报网)讯(通讯员 陆某、杨某)) still names the outlet and its reporters" {
    assert_meta m205-other-name-dateline
}

@test "strip-boilerplate: the label of key terms glued to the first of them, terms set apart by spaces (关键词信访制度 国家政权建设 社会动员 冲突化解), is the paper's head and goes" {
    assert_strips s290-glued-keywords-label
}

@test "strip-boilerplate: a group photograph's caption (…集体办证现场合影) is no title, though a byline stands under it; the headline above it is" {
    assert_strips s291-group-photo-caption
}

@test "strip-boilerplate: other pages' headlines as a list's items, each dated after it (· 某某县新增8个…示范村 2017/12/6), go" {
    assert_strips s292-dated-link-list
}

@test "strip-boilerplate: the other unit a title counts in brackets (…示范村(社区)) is the title's own, no column's tag" {
    assert_strips s293-unit-in-brackets
    assert_strip_meta s293-unit-in-brackets 2 '我县新增27个市级民主法治示范村(社区)'
}

@test "strip-boilerplate --meta: a reporter's outlet with its edition (某某日报农村版全媒记者) is the source, and a rarer surname right after the role (庹某某) is a name when names follow" {
    assert_meta m206-edition-byline
}

@test "strip-boilerplate --meta: a time spaced after its colon (09: 47), in words (09时40分), or on a stamp of the day another line dates (2024-04-01 09:34:01 under 《某某日报》(2024年04月01日…)) is read with the day" {
    assert_meta m207-times-of-the-day
}

@test "strip-boilerplate: a lead that opens with its dateline stays between a page's photographs (某某网1月27日讯 (记者 欧某某)…。 between image names)" {
    assert_strips s294-lead-between-photos
}

@test "strip-boilerplate: quotes a template set in square brackets end their sentence at the bracket ([…方便不少。]): none joins the paragraph under it, and the bracket is no site's mark" {
    assert_strips s295-bracketed-quotes
}

@test "strip-boilerplate: an office's credit with a colon before the name ((某某县民政局:赵某)) and the site's name glued after the last sentence (…5个。某某新闻网) are cut" {
    assert_strips s296-office-credit-and-site
}

@test "strip-boilerplate: a browser's share prompt (请使用浏览器分享功能进行分享, 点击右上角) and an app's prompt to see pictures (打开某某新闻 查看精彩图片) go, and none is the title" {
    assert_strips s297-share-prompts
}

@test "strip-boilerplate --meta: an office's credit with a colon before the name ((某某县民政局:赵某)) gives the name" {
    assert_meta m208-office-colon-credit
}

@test "strip-boilerplate: a notice's routing fields (领导签批:, 承办人:), a reader's prompt to install software (…如未安装点击下载) and a sharing block's fields (本文标题:, 本文链接:) go at the foot" {
    assert_strips s298-routing-and-share-fields
}

@test "strip-boilerplate: an institution, two spaces and its writer's name with a note (某某…研究与评估中心  伍某某(项目主管)) is an author's line, never the title; --meta reads the name" {
    assert_strips s299-institution-and-author
    assert_strip_meta s299-institution-and-author 2,5 $'我国社会组织孵化器发展状况初探\t伍某某'
}

@test "strip-boilerplate: the line under a picture's name is the title, no caption, when the page's date and source stand under it (某某.jpg / 某某中心启用 / 2019-05-23 14:14:00 来源:某某网)" {
    assert_strips s300-title-under-picture
}

@test "strip-boilerplate: a menu's word between other menu words, no blank between (首页 / 某某研究所概况 / 研究人员 / …), is never the title; the headline under the menu is" {
    assert_strips s301-menu-over-title
    assert_strip_meta s301-menu-over-title 2 '基层自治之于中国'
}

@test "strip-boilerplate: a search box's hint (请输入检索词), a summary still loading (AI正在…), an issue's editors (本期编辑:, 编辑、一审:), a credit before an agency (某某摄(某某视觉)), pages left to read (还剩2页未读) and an address ending in 网站地图 go" {
    assert_strips s302-more-page-chrome
}

@test "strip-boilerplate: a speech's occasion under its title (——2012年7月27日在…会议上) breaks off nowhere: the salutation under it is a line of its own" {
    assert_strips s303-occasion-line
}

@test "strip-boilerplate: an image's Markdown before the text (![](…)会上，…) is cut; labels in their own brackets (【作者】:【编辑】:某某) are chrome" {
    assert_strips s304-image-markup-and-bracketed-labels
}

@test "strip-boilerplate --meta: a button beside an empty source label (来源: 【进入论坛】) or set as a masthead (手机看新闻) names no source" {
    assert_meta m209-button-no-source
}

@test "strip-boilerplate --meta: the source is the outlet's shortest name: no 据 before it (据新华社), no newsroom's 全媒体 (某某日报全媒体) and no press's 社 after its paper (某某午报社)" {
    assert_meta m210-shortest-outlet
}

@test "strip-boilerplate: a wire's dateline and headline as the page's first line (新华社北京6月27日电 题:…) give the title without the dateline; an outlet's reporters' role alone (新华社记者) is a byline; --meta reads the day and the outlet" {
    assert_strips s305-wire-headline-first
    assert_strip_meta s305-wire-headline-first 2-4 $'老旧小区改造中的暖心故事\t--06-27\t新华社'
}

@test "strip-boilerplate: a news column's name a reposting site sets before the title with a colon or a bang (天天要闻:…, 环球短讯!…) is cut; a place before its colon (某某街道:…) stays" {
    assert_strips s306-column-before-title
}

@test "strip-boilerplate: a video widget's header (视频推荐) takes the headlines under it, a bang inside one of them too (复旦大学!我区首封…)" {
    assert_strips s307-video-widget
}

@test "strip-boilerplate: the page's last line cut off after a comma under a numbered heading (2 概念梳理 / 1963年,) stays, and so does the heading" {
    assert_strips s308-cut-under-heading
}

@test "strip-boilerplate: a section's number glued to its heading under a paper's head (1研究背景, 1.1城市规划的…属性) is a heading, no front matter" {
    assert_strips s309-glued-section-numbers
}

@test "strip-boilerplate: a menu of eight link words (走进某某 政务动态 政务公开 …) and one of words set apart by dashes (首页 -在线投稿 -往期报纸) go, and the title under them is chosen" {
    assert_strips s310-long-menu-rows
}

@test "strip-boilerplate: an e-paper's statement of rights above the article (版权声明 and its clause) takes its clause, not the article under it; a row of the page's headlines goes" {
    assert_strips s311-epaper-rights-above
}

@test "strip-boilerplate --meta: an e-paper's date whose template drops 日 before the weekday (2018年11月22星期四) is the date and never the title" {
    assert_strip_meta s311-epaper-rights-above 2,3 $'让好家风滋养社会文明\t2018-11-22'
}

@test "strip-boilerplate --meta: a spammer's terms over the title go, whatever stands under them; an outlet listed with a bullet under the title (  • 某某网) over the bulleted date is the source" {
    assert_meta m211-bulleted-outlet-under-spam
    run strip-boilerplate "$META/m211-bulleted-outlet-under-spam.txt"
    refute_output --partial 'av在线'
    refute_output --partial '某某网'
}

@test "strip-boilerplate: a comment widget's row (我来说两句 0条评论 0人参与,), print buttons with a bar after them (【打印此页】 【返回】 |), a note that the paper's full text is elsewhere (如需全文), a row of fields whose last value went to the next line (某某频道 时间:) and an image's placeholder (文章插图) go" {
    assert_strips s312-widget-rows-and-empty-field
}

@test "strip-boilerplate: the title again in brackets glued before a paragraph, as a content farm stamps it (【…】“现在，…), goes and the paragraph stays" {
    assert_strips s313-bracketed-title-glued
}

@test "strip-boilerplate: a reporter's credit in brackets opening the lead ((记者 某某)某某县…) is cut; a wire's credit with its dateline in the brackets stays" {
    assert_strips s314-credit-opens-lead
}

@test "strip-boilerplate: an affiliation of institutions between commas under the authors (某某大学某某研究院,社会与人口学院) is front matter" {
    assert_strips s315-institutions-row
}

@test "strip-boilerplate --meta: a writer's note whose label lost its colon (作者杨某某,…副教授。北京,邮编:100081。) goes and gives the author" {
    assert_meta m212-unlabelled-author-note
    run strip-boilerplate "$META/m212-unlabelled-author-note.txt"
    refute_output --partial '邮编'
}

@test "strip-boilerplate: a line that is the lead's first words, over the real headline (二十大报告中提出 / … / 全区首家某某挂牌成立), is a site's title from the text, not the title" {
    assert_strips s316-site-title-from-lead
}

@test "strip-boilerplate: a widget's header (往期回顾) takes no line that stands over the page's row of fields (新闻作者:… 发布时间:…): that line is the title; an app's prompt (查看更多图片) goes" {
    assert_strips s317-list-header-over-title
}

@test "strip-boilerplate: the name of the document a notice sends, on its own line (…活动实施方案), joins no paragraph under it" {
    assert_strips s318-document-name-over-text
}

@test "strip-boilerplate --meta: a fund's note without its label (◎…研究项目(项目编号:…)) is no title; a row of names with two-character names spaced (崔 某 白 某) gives every author" {
    assert_meta m213-fund-note-spaced-names
}

@test "strip-boilerplate --meta: a paper's column of two phrases after the title ((铸牢共同体 中华一家亲)) and a blog's writer after a dash ( – 陈某某) are cut from the title, the writer an author; 傅 opens a name in a credit" {
    assert_meta m214-title-tags-and-credits
    run strip-boilerplate "$META/m214-title-tags-and-credits.txt"
    refute_output --partial '傅某某'
}

@test "strip-boilerplate --meta: an outlet glued to the date before labels (某某网2018-07-24作者:…点击:), an outlet in 《》 before the title, names marked with letters (李某A), an outlet and its date across a bar, an office's name before its site's address, a media centre's credit after the stamp and an outlet opening the lead give the date, the source and the authors" {
    assert_meta m215-head-rows-and-leads
    run strip-boilerplate "$META/m215-head-rows-and-leads.txt"
    refute_output --partial '2018-07-24'
    refute_output --partial '李某A'
}

@test "strip-boilerplate: a site's slogan over its menu from 首页 (立足西部 走向世界) is no title; marks a scrape left of an indent before a space (??? 本报讯…) are cut; a print widget's label (打印字体:), a paywall (请付费后查看) and an affiliation with its postcode and a writer's e-mail go" {
    assert_strips s319-slogan-marks-paywall
}

@test "strip-boilerplate --meta: a name and an office under the title (汪某某 某某市人民政府办公室) is an author's row; roles and names up to 报道 and a space open a lead's credit; a notice asking reposts to credit the site (请注明出处“某某网”) names no source" {
    assert_meta m216-office-rows-credits-notices
}

@test "strip-boilerplate: a section's number in Han numerals and its heading word spaced to a heading's width (一 引 言), under a paper's key terms, is a heading, no key terms" {
    assert_strips s320-spaced-numbered-heading
}

@test "strip-boilerplate --meta: a date's label glued after a word (加入时间:, 本站发表时间:[…]), a notice's 发文时间: and 发文单位:, a database's issue and pages under the abstract (2022年第3期93-96,共4页) and an issue above the title (2021第47卷第3期) give the date and the source" {
    assert_meta m217-date-labels-and-issues
}

@test "strip-boilerplate --meta: of two outlets that share a reporter (新某某·某某日报记者) the one named as an outlet, a 通讯员: label before a review's stage (一审编辑:), a dateline of 报道 and a credit in brackets, and 作者姓名: give the source and the authors; a copyright's holder past the notice's words (本网站由…, …内容版权所有) names none" {
    assert_meta m218-credits-and-holders
}

@test "strip-boilerplate: a paper's title broken before the kind of study (…基于某某教育财政 / 家庭调查的分析) is joined, a journal's name under a title (某某传媒研究) is not; a column in parentheses before the title and a column·series after it are cut" {
    assert_strips s321-broken-title-and-columns
    assert_strip_meta s321-broken-title-and-columns 2,5 $'某某政策的短期效果评估:基于某某教育财政家庭调查的分析\t魏某'
}

@test "strip-boilerplate --meta: a source label naming a site and then a paper (某某网-某某日报) gives the paper, a site and its channel (某某网-某某频道) the site" {
    assert_meta m219-paper-after-site
}

@test "strip-boilerplate: six digits glued to a code's letters ((课题批准号:AFA190018)。) are no postcode, the sentence stays; a row of names whose last empty brackets the scrape cut off open (…徐某某1( ) is the authors' and joins nothing" {
    assert_strips s322-approval-number-open-icon
    run strip-boilerplate --meta /dev/stdout "$STRIP/s322-approval-number-open-icon.txt"
    assert_line --partial $'张某;周某某;董某某;李某;刘某某;徐某某'
}

@test "strip-boilerplate --meta: an agency's stringers (报道员:…) are authors; empty brackets after the last name (张某3()) are cut" {
    assert_meta m220-stringers-empty-icons
}

@test "strip-boilerplate --meta: a label with a bar instead of its colon (来源丨…, 作者｜…) is read and its line dropped under the text too; a source's value ends at a counter's label glued after it (…某某镇阅读次数:)" {
    assert_meta m221-barred-labels
    run strip-boilerplate "$META/m221-barred-labels.txt"
    refute_output --partial '来源丨'
}

@test "strip-boilerplate: a government table's fields end at a line that may be a title after a short value or a code (主动公开 / 对某某提案的答复, HCSD01-… / …的通知) and at a letter's greeting (某某委员:), which stay; a widget's label (保护视力色:) takes no value" {
    assert_strips s323-table-over-letter
}

@test "strip-boilerplate: a photograph's caption and its credit run into a paragraph's start (图为某某村。 周某某 摄“…) are cut from it" {
    assert_strips s324-glued-photo-caption
}

@test "strip-boilerplate: search terms stuffed between commas into the first line go over a headline long enough to read as near-good prose, and the headline is the title" {
    assert_strips s325-terms-over-headline
    assert_strip_meta s325-terms-over-headline 2 '跨区域协同让援疆成果惠及更广地域和群众'
}

@test "strip-boilerplate --meta: a time after the half of the day (下午3:05) is read on a 24-hour clock; a day takes no midnight a database set on another line (00:00:00.0)" {
    assert_meta m222-half-day-midnight
}

@test "strip-boilerplate: a column's name and a headline with one bar between them (某某随笔|…可以再多建些) give the headline as the title, where a path of two links (新闻中心 | 工作动态) is still dropped" {
    assert_strips s326-column-bar-headline
    assert_strip_meta s326-column-bar-headline 2 '街角的小公园可以再多建些'
}

@test "strip-boilerplate: an image's name a chat app gave it, without its extension (微信图片_2024…, QQ截图2024…), is dropped with the caption under it, but not a heading set like the text's other headings" {
    assert_strips s327-bare-image-names
    run strip-boilerplate "$STRIP/s327-bare-image-names.txt"
    assert_line '加大宣传，营造氛围'
    refute_output --partial '网格员入户'
}

@test "strip-boilerplate: an editor's note above the title (按语:…) does not end the head, and an office with two names or more after it (某某市人大常委会 张某某 王某某 …) is the writers' line" {
    assert_strips s328-note-over-title
    assert_strip_meta s328-note-over-title 2 '开展民生实事项目代表票决制的调研与思考'
    assert_strip_meta s328-note-over-title 5 '张某某;王某某;李某;赵某某'
}

@test "strip-boilerplate --meta: an outlet's name under the date line under the title is the source; an outlet and a day before 报道 (某某新闻网1月23日报道 …) are the lead's dateline" {
    assert_meta m223-outlet-under-date-report-day
}

@test "strip-boilerplate --meta: a site's name and address after a hyphen (… - 某某传媒 SomeMedia.hk), or an outlet's name after a space (… 某某资讯网), are cut from the title and the name is the source when nothing else names one; a label spaced to a table's width (时 间) is no name; a part's label opening the page (引言:…) is no title" {
    assert_meta m224-part-label-site-suffix-spaced-label
}

@test "strip-boilerplate: a line that ends in an ellipsis set midline (⋯⋯) ends its sentence as one set low (……) does, and the next line is not joined to it" {
    assert_strips s329-midline-ellipsis
}

@test "strip-boilerplate: a short line a template stamps three times between paragraphs (某某标题 - 某某日报网) goes, every copy, and joins no paragraph" {
    assert_strips s330-stamped-between-paragraphs
}

@test "strip-boilerplate: the value under a table's label alone on its line (发文机构 / 某某县人民政府办公室) is no title, though the signature repeats it below" {
    assert_strips s331-table-value-under-label
    assert_strip_meta s331-table-value-under-label 2 '某某县人民政府办公室关于印发某某县2021年地灾防治工作方案的通知'
}

@test "strip-boilerplate --meta: a byline with two outlets a slash apart before the role (□某某日报/某某山新闻记者何某) gives the first outlet and the names" {
    assert_meta m225-slash-outlets-byline
}

@test "strip-boilerplate: a paper's news hotline anywhere in a short line (为民生 … 新闻热线:…) and a prompt to share with a chat app's friends (分享给微信好友…) are chrome, and the headline under them is the title" {
    assert_strips s332-hotline-share-prompt
    assert_strip_meta s332-hotline-share-prompt 2 '邻居们“动”起来 某某街道趣味运动添和睦'
}

@test "strip-boilerplate: the minutes to read a page under their label (阅读时间:10分钟) go, where a heading about reading (每天阅读30分钟) stays" {
    assert_strips s333-reading-minutes
}

@test "strip-boilerplate --meta: a source's label left empty before the next label (来源: 最后更新:…) names no source, and 最后更新 dates the page when nothing else does" {
    assert_meta m226-update-label-after-empty-source
}

@test "strip-boilerplate: a row of outlets' names, papers among them (某某网  某某早报  某某商报 …), is a row of links, and the headline under the date is the title" {
    assert_strips s334-paper-sites-row
    assert_strip_meta s334-paper-sites-row 2 '楼道亮了 老小区暖了'
}

@test "strip-boilerplate: a journal's classification glued before the text (中图分类号:… 文章编号:… 一条街巷…) is cut, and the text stays, though cut off" {
    assert_strips s335-classification-glued-text
}

@test "strip-boilerplate: a phrase under an image set like two other headings of the text, each over its part, is a heading, and the paragraph above it joins no other; two phrases under an empty 关键词: label, one a clause, are a headline, no key terms" {
    assert_strips s336-twin-headings-under-images
    assert_strip_meta s336-twin-headings-under-images 2 '文明实践 我们在身边'
}

@test "strip-boilerplate --meta: a date glued to the writer's name that the next line gives alone (2017-04-12于思远 / 于思远) is the page's, where a place after 于 is an event's; a date without its time glued after a column's name is the page's when a field's label follows it (关注某某2023-10-02 来源:…)" {
    assert_meta m227-date-glued-writer-or-field
}

@test "strip-boilerplate: a document-sharing site's notices over an upload (1、本文档由用户上传… 2、本文档内容版权归属… 网站客服QQ:…, 当前文档由用户上传发布…) go, numbered or not" {
    assert_strips s337-sharing-site-notices
}

@test "strip-boilerplate: teasers a bullet opens under a related list's header go though they ask or exclaim; a rights notice joins no text that lost its stop and goes; a widget that asks to rate the piece and a loading prompt go; a headline's phrase ending in 合作社 after a space is no outlet's name" {
    assert_strips s338-related-bullets-rights-rating
    assert_strip_meta s338-related-bullets-rights-rating 2 '第一书记驻村满三年 村里多了两个合作社'
}

@test "strip-boilerplate --meta: a sharing site's file under its label (文件名称:某某方案.docx) is no title, and the page's own title is" {
    assert_meta m228-shared-file-name
}

@test "strip-boilerplate: a photograph's caption run into a paragraph with its reporter's credit (…用餐。记者 某某某 摄从家步行…) is cut without 图为 too, where 记者了解到 inside a paragraph stays" {
    assert_strips s339-caption-credit-glued
}

@test "strip-boilerplate --meta: a byline that ends in the place after a slash (记者某某某／新北报导), after the date or alone, gives the name; a page that credits no writer has its first photograph's credit for its author, and a page with a byline keeps the byline's alone" {
    assert_meta m229-slash-place-byline-photographer
}

@test "strip-boilerplate: a path with the label of the page's place inside its first words (某某文明网您所在的位置: 您当前的位置 : … -> 正文) is a breadcrumb, no title; a site's name and address alone go; a widget's prompt goes though it ends as a sentence (抱歉,评论功能暂时关闭!), and so do a hint to click the pictures, a related list's header and a site map's and a site's code's labels" {
    assert_strips s340-position-path-site-line
    assert_strip_meta s340-position-path-site-line 2 '某某街道:建平安社区 创无毒环境'
}

@test "strip-boilerplate: a headline in two lines, the first naming a place of the grass roots right above the second (某某区某某路社区 / 开展矛盾纠纷入户排查), is one title, and the paper's name under it goes; a place's name apart above the title is no part of it" {
    assert_strips s341-subject-line-headline
    assert_strip_meta s341-subject-line-headline 2 '某某区某某路社区开展矛盾纠纷入户排查'
}

@test "strip-boilerplate --meta: a template's English label and the date open a line of the head that goes whole as a caption (date 2025-10-09 某某。(记者某某某摄)), and give the page's date; so does a date and its time after a count of readers (0 2022-08-04 10:16:22)" {
    assert_meta m230-date-label-caption
}

@test "strip-boilerplate --meta: the office after 发布 alone (发布:某某县公安局 时间:…) is the source; a date there is none" {
    assert_meta m231-published-by-label
}

@test "strip-boilerplate: a sharing site's preview widgets (下载文档, 全屏查看, 会员免费下载…部分内容预览:), a placeholder for a file photo (【资料图】), a prompt to read on, a related list's header (精彩导读), a call for partners, a reading mode's switch and a site's public-information header go; a paper's print credit with its page after the brackets (《某某日报》(2025年2月14日) 05版) goes and names the source" {
    assert_strips s342-sharing-preview-widgets
    assert_strip_meta s342-sharing-preview-widgets 4 '某某日报'
}

@test "strip-boilerplate: a team's notes under 作者简介 run past three while each opens with a name and a comma, spaced or not (熊   俊,某某研究院…), and go; --meta reads every writer" {
    assert_strips s343-team-bios
    assert_strip_meta s343-team-bios 5 '张明远;刘思齐;陈立新;熊俊;王海燕'
}

@test "strip-boilerplate: a writer's name and office ending in a rank (曹某宇 某某市法学会会员管理部科员) is the authors' line, and --meta reads the name" {
    assert_strips s344-rank-office-author
    assert_strip_meta s344-rank-office-author 5 '曹某宇'
}

@test "strip-boilerplate: a site's name and address glued after the last stop of two paragraphs (…融合。某某汇 www.example.com) is a watermark, cut from both" {
    assert_strips s345-addressed-watermark
}

@test "strip-boilerplate: a reporter's credit in square brackets opening the lead (【通讯员 某某 某某】为进一步…, 【某某传媒／记者 某某／某地 报导】 某某县…) is cut, before thin prose too ((记者某某)某某区首家…中心——…投入运营。), and --meta reads its names and outlet; a tag in them that credits no one stays" {
    assert_strips s346-bracketed-lead-credit
    assert_strip_meta s346-bracketed-lead-credit 4,5 $'\t于思远;石晓岚'
    assert_line -n 2 $'某某传媒\t于思远'
    assert_line -n 3 $'\t'
    assert_line -n 4 $'\t孙某某'
}

@test "strip-boilerplate: a sharing site's numbered notices over a download go as a run when one is told by its words (1、本文档共计4页,…下载后可编辑 / 2、… / 3、…), and so do its notes of the text it withholds (---此处隐藏420字,下载后查看---, ……(未完,全文共2800字,当前仅显示900字,…), which joins no piece" {
    assert_strips s347-sharing-site-notices
}

@test "strip-boilerplate: the page's headline again and again with a count after it (某某(2), 某某(3), …), as pictures are named, goes; headings counted alike that the head does not hold stay" {
    assert_strips s348-counted-title-copies
}

@test "strip-boilerplate --meta: a dash between the outlets that share a dateline (某某市融媒体中心—某某日报讯(记者 …)) names the first and gives the reporters over a photograph's credit; a space before the credit after 据某某报报道 gives its reporter" {
    assert_meta m232-dateline-dash-and-report
}

@test "strip-boilerplate: numbered affiliations with the postcode first (1. 200336 某市疾病预防控制中心;) or an office before the city's comma (3. 某某委员会基层卫生处, 某市 100044) are front matter" {
    assert_strips s349-postcode-first-affiliations
}

@test "strip-boilerplate --meta: a template's English label and the date alone on a line of the head (date 2026-03-09) date the page, and so does a date in brackets before its fields ((2023年11月17日) 来源:某某日报)" {
    assert_meta m233-bare-and-bracketed-dates
}

@test "strip-boilerplate --meta: a table's label of the document's name is cut from the title (名  称: 关于…); two writers or more before a colon are no part of it (于某某 石某某:某某探析), one name may be a speaker's and stays" {
    assert_meta m234-title-labels-and-writers
}

@test "strip-boilerplate: a forum's panel of the poster (楼主, 签到天数: 60 天 [LV.6]…) goes, is no title and names no author; --meta reads a forum's dateline and the roles and names run up to 报道 and a colon after it (某某论坛讯 记者某某、特约记者某某报道:…)" {
    assert_meta m235-forum-post
    run strip-boilerplate "$META/m235-forum-post.txt"
    refute_output --partial '签到天数'
    assert_line -n 0 --partial '某某论坛讯'
}

@test "strip-boilerplate --meta: a widget's label and colon ending the line after an empty 来源: (来源: 字体显示:) names no source, and neither does the web that gathered the piece (来源:网络收集); an outlet that gathered it does (来源:某某日报收集)" {
    assert_meta m236-empty-sources
}

@test "strip-boilerplate: a lead under an empty source's label (信息来源: / 近年来,某区坚持…。) is the text, a sentence that opens with no outlet's name; a value that opens with one (文章来源: / 某某日报,2024年3月5日第3版。) goes" {
    assert_strips s350-lead-under-empty-source
}

@test "strip-boilerplate: a credit in square brackets after a paragraph's last sentence ([某某], 【记者 某某】) is cut, --meta reading its names, and a note's number ([1]) stays; a news site's terms for what it prints (…未经协议授权,不得使用或转载) go" {
    assert_strips s351-square-credits-and-terms
    assert_strip_meta s351-square-credits-and-terms 5 '于思远;石晓岚'
}

@test "strip-boilerplate: the maker of a site's software at its foot (Produced By 某某网络 某某发布系统, Powered by …) goes" {
    assert_strips s352-software-credit
}

@test "strip-boilerplate: a comment box's prompts (请输入验证码, 发表评论 取消回复) and a sign-in wall (请登录后查…) go as the page's last line too, and so does a farm's note of the title it gave the piece (小编提示您:本篇文章标题是《…》), which is no title" {
    assert_strips s353-comment-prompts-and-farm-note
}

@test "strip-boilerplate: verse lines of one measure (爱家乡,护村貌,讲卫生,勤打扫,) stay lines of their own though each ends in a comma, while prose broken after a comma still joins" {
    assert_strips s354-verse-lines
}

@test "strip-boilerplate: a site's notices go: a link leaving the site (您访问的链接即将离开…), a rating widget (对本文中的事件或人物打分:, 当前平均分:0.27 (15次打分)), the comments' disclaimer (网友评论仅供网友表达个人看法…), a preview's note (信息未审核或下架中…), the reader's place (正在阅读:某某), a journal's note (本文刊载于《某某》…), a writer's note without its label (作者某某,男,博士,…) and help on printing and sizing the text (请利用键盘按住Ctrl + P…, 字级设定 :)" {
    assert_strips s355-site-notices
}

@test "strip-boilerplate: a first author's note under its own label (第一作者简介:某某,女,…) goes with the journal's head, --meta reading the name above" {
    assert_strips s356-first-author-bio
    assert_strip_meta s356-first-author-bio 5 '石晓岚'
}

@test "strip-boilerplate: offices credited together after the last sentence ((市妇联儿童部、某县妇联)) and an outlet's reporter after a space (某某报业全媒体记者 某某) are cut, --meta reading the reporter; a note on the data ((数据截至8月底)) stays" {
    assert_strips s357-trailing-office-credits
    strip-boilerplate --meta meta.tsv "$STRIP/s357-trailing-office-credits.txt" > /dev/null
    run awk -F '\t' '$1 == "outlet-reporter" { print $5 }' meta.tsv
    assert_output '于思远'
}

@test "strip-boilerplate: the line under a picture and over a row of the page's fields (… 发布 来源:某某 作者: 70 阅读) is the title, not a caption" {
    assert_strips s358-title-under-picture
    assert_strip_meta s358-title-under-picture 2 '某镇解锁清廉村居的密码'
}

@test "strip-boilerplate --meta: a labelled date in a year of the Republic (日期:107-06-21) is read as 2018-06-21; a data source's label (资料来源:) names the page's source in its head, never under a table in its text" {
    assert_meta m237-republic-dates-and-data-notes
}

@test "strip-boilerplate --meta: a reporter's credit before 报道, the page's own outlet before the role and 摄影 after the name (本报通讯员某某摄影报道 6月7日,…), gives the name and leaves the source to the masthead; the national broadcaster's group before its outlet (中央广电总台国际在线) and a region's channel after it (国际在线吉林频道报道(某某):) are cut from the source, and the name in brackets before the colon is read" {
    assert_meta m238-credits-before-report
}

@test "strip-boilerplate: a double bar parts a writer from the title (某某 ‖ 某某:…) as a bar does" {
    assert_strips s359-double-bar-title
}

@test "strip-boilerplate: a paper's outline under its label (纲目) goes up to its first entry again, which heads the text's first section and stays" {
    assert_strips s360-outline-then-sections
}

@test "strip-boilerplate: a research group that wrote a report (■某某市委组织部课题组) is a byline, not the title; a title that sets one up (某大学成立社区治理课题组) stays" {
    assert_strips s361-research-group-byline
}

@test "strip-boilerplate --meta: a photograph's caption over the lead, its credit after a space (… 摄影 某某), is no title" {
    assert_meta m239-caption-over-lead
}

@test "strip-boilerplate: a writer's mark with a colon opens a credit ((文:某某)…, 文：某某 alone on its line) and an outlet's byline may end in 摄影报道 (某某日报 记者 某某 摄影报道): they go, and --meta reads the names; --meta reads a place's dateline without 本报 (某地9月18日电 (某某)) as the page's own, and an outlet's still names it" {
    assert_meta m240-writers-marks-and-place-datelines
    run strip-boilerplate "$META/m240-writers-marks-and-place-datelines.txt"
    refute_output --partial "文:于思远"
    refute_output --partial "文：石晓岚"
    refute_output --partial "摄影报道"
}

@test "strip-boilerplate --meta: a label of three characters spaced out, its first glued to the value before it (发布机构:某某局关 键 词:), ends that value; a paper's newsroom (某某日报融媒体6月1日讯) is cut from the source as 全媒体 is" {
    assert_meta m241-spaced-labels-and-newsrooms
}

@test "strip-boilerplate --meta: a site's summary under its label (核心摘要:…) is the abstract's label, no lead: the dateline and credit under it are read (某某网讯 (记者 某某))" {
    assert_meta m242-summary-over-lead
}

@test "strip-boilerplate --meta: a label with spaces before its colon (来源 : 某某网作者 : 佚名) ends the value glued before it" {
    assert_meta m243-spaced-colons
}

@test "strip-boilerplate: a read-aloud player's label (人工智能朗读:), an image as Markdown sets it (![…](….jpg)), a row of print and close buttons ([打印此页] [关闭本页]) and a comment box's terms (…尊重网络道德…, …有权保留或删除…) go" {
    assert_strips s376-page-widgets
}

@test "strip-boilerplate: a credit for the text and photographs with a slash (文、图/某某晚报全媒体记者 某某) is a byline, --meta reading its outlet and name; a repost's notice that its views are not the site's (声明:本网转发此文章,旨在为读者提供更多信息…文章观点非本网观点…) goes" {
    assert_strips s377-repost-notice
    assert_strip_meta s377-repost-notice 4,5 $'某某晚报\t石晓岚'
}

@test "strip-boilerplate: a deck under the title that lost its stop does not take the lead under it, which opens with a time just past and a comma (近日,…)" {
    assert_strips s378-deck-over-lead
}

@test "strip-boilerplate: a summary that sets the reporter's credit before the lead's first words (本报记者 某某报道清晨的社区里，…72...) does not take the lead that repeats them" {
    assert_strips s379-summary-over-lead
}

@test "strip-boilerplate: a forum's label of its thread (主题:) is cut from the title, --meta giving the title without it" {
    assert_strips s380-forum-subject
    assert_strip_meta s380-forum-subject 2 '区人大代表联络总站正式启用'
}

@test "strip-boilerplate: a label with its English in brackets before its colon (基金项目(Foundation):, 摘要(Abstract):) is that label: the fund's note goes, the abstract stays" {
    assert_strips s381-glossed-labels
}

@test "strip-boilerplate: a breadcrumb's last word (正文) after a site's name alone (某某网 正文) or after two slashes (首页 / 某某新区 / 正文) is a breadcrumb, never the title's first line" {
    assert_strips s382-crumbs-to-text
    assert_strip_meta s382-crumbs-to-text 2 '某县“村晚”唱出新风尚 村民自治促民风正'
    assert_strips s383-crumbs-by-slashes
}

@test "strip-boilerplate: a table's value alone again under its fields (名称: 送戏下乡:… / 送戏下乡:…) is the title, not another field" {
    assert_strips s384-title-in-fields
    assert_strip_meta s384-title-in-fields 2 '送戏下乡:政务公开活动与文化惠民融合'
}

@test "strip-boilerplate: a title with a farm's tags after underscores (…“临时托幼点”_托幼_社区_服务) is the title without them, no row of links" {
    assert_strips s385-tagged-title
}

@test "strip-boilerplate: a download's numbered notices over a farm's page go before the title is looked for, so the title under them is found" {
    assert_strips s386-notices-over-title
    assert_strip_meta s386-notices-over-title 2 '人大代表联络站工作总结'
}

@test "strip-boilerplate: a ticker of other pieces' headlines under its label (滚动新闻: …) goes, and the title under it is found" {
    assert_strips s387-ticker
    assert_strip_meta s387-ticker 2 '某区农村文化礼堂建设走在全省前列'
}

@test "strip-boilerplate --meta: two writers after the head's date and their outlet after them (2021-09-05 某某 某某 某某市融媒体中心) are both authors; reporters' names run together part so that the next opens with a commoner surname (于扬李玉坤 → 于扬;李玉坤); a menu of places after bullets (• 吉林 / • 海南 / …) gives no authors, and a menu after the front page's link (网站首页 …) is no title" {
    assert_meta m245-writers-rows-and-menus
}

@test "strip-boilerplate: credits after the last sentence — an office and a name of two characters spaced apart ((某某办事处 胡 俊)), a trainee reporter ((实习生某某)), a news office's account ((某某发布)), a farm's count ((字数604)) — and an opening bracket the scrape cut off right after it are cut, --meta reading the names" {
    assert_strips s388-trailing-credits
    assert_strip_meta s388-trailing-credits 5 '胡俊;马兰'
}

@test "strip-boilerplate: a title set as a list's item over a lead that opens with its dateline is the title, two outlets joined by a dot in the dateline (某某日报社·某某网讯(记者 某某)) as one" {
    assert_strips s389-bulleted-title-over-dateline
    assert_strip_meta s389-bulleted-title-over-dateline 2,4,5 $'城管进社区 市民心声听进去\t某某日报\t董晓文'
}

@test "strip-boilerplate: a reporter's credit in brackets before the lead goes when the lead opens with the day it tells of (【全媒体记者某某】1月17日,…, (通讯员 某某)2月3日上午,…), --meta reading the names" {
    assert_strips s390-credit-before-day
    assert_strip_meta s390-credit-before-day 5 '胡海涛;石晓岚'
}

@test "strip-boilerplate --meta: a year in numerals too long for one (一〇〇…〇年十月一日) dates nothing, and its run of any length is read without overflow (the sanitized build halts on one)" {
    assert_page_meta 3 '' $'某某社区召开会议\n一'"$(printf '〇%.0s' $(seq 1 24))"$'年十月一日\n某某社区近日召开居民议事会，商议小区停车位划分和加装电梯的事宜，居民代表踊跃发言。'
}

@test "strip-boilerplate --meta: a subtitle after the dashes a template types on the title's line (--, ──, a single — after a space) is no part of the title's field, as after ——; a dash inside quotation marks is the quoted name's own (“某某——某某”)" {
    assert_meta m246-subtitle-dashes
}

@test "strip-boilerplate --meta: a source that says the piece was gathered from the web (来源:网络收录) names no outlet" {
    assert_page_meta 4 '' $'某某镇推进“雪亮工程”建设\n来源:网络收录\n某某镇今年新安装高清摄像头两百余个，实现了村村通监控，群众安全感明显提升。'
}

@test "strip-boilerplate: a widget's words — a breadcrumb's label with 的 before 当前位置 (您的当前位置:首页正文), a reader's buttons (在线阅读 收藏, 1/10 下载此文档), a mobile page's foot (帮助中心 电脑版), a list's header (您可能感兴趣的内容:, 文章推荐) — and an image's name as a publishing system files it (…_fororder_图片1) go, each by its rule" {
    assert_strip_log s391-widget-words '$3 == "drop" && $4 != "blank" && $4 != "date" { print $2, $4 }' \
        $'1 breadcrumb\n7 prompt\n11 image\n15 related\n16 links\n17 links\n19 related\n20 links\n22 prompt\n23 footer'
    assert_strip_meta s391-widget-words 2 '某镇开展农村饮水安全入户排查'
}

@test "strip-boilerplate --meta: an e-paper's date with every number spaced from its mark (2025 年 02 月 13 日) dates the page; a notice's 时间: at a part of the day (上午9:00) is its event's, kept in the text and no date" {
    assert_meta m247-spaced-and-event-dates
    run strip-boilerplate "$META/m247-spaced-and-event-dates.txt"
    assert_line '时间:3月20日(星期三)上午9:00'
}

@test "strip-boilerplate --meta: a feed's or a site's word after the title and a hyphen (…覆盖所有社区-世界热消息, … - 某某网房产北京) goes from the title; a span of years (2011-2015年) and a hyphen inside a short first phrase (融合自然-社会属性的…) stay" {
    assert_meta m248-hyphen-words
    run strip-boilerplate "$META/m248-hyphen-words.txt"
    assert_line '某某街道将建23个社工站 覆盖所有社区'
}

@test "strip-boilerplate --meta: a label glued after a reporter's name (记者 陈思远来源:某某社) ends the name, and is no second name of a rare surname" {
    assert_page_meta 4,5 $'某某社\t陈思远' $'某某市开展城市社区嵌入式服务设施建设\n发表时间:2023-11-26 21:31作者:记者 陈思远来源:某某社\n某某市日前印发方案，部署开展城市社区嵌入式服务设施建设，补齐社区服务短板。'
}

@test "strip-boilerplate: a prompt to follow the site's account (…请关注微信公众号：某某（或搜索公众号：…）) and a site's ban on taking its pages, cut off at the page's end (未经过本站允许，请勿将本站内容传播或), go" {
    assert_strip_log s392-promotion-and-rights '$3 == "drop" && $4 != "blank" { print $2, $4 }' $'7 promotion\n9 copyright'
}

@test "strip-boilerplate: a list's item after its bullet (• 为民服务:…) and a section's number of two levels spaced from its words (1.2 “红色物业”的基本内涵, 2.1.2 党员先锋岗建设) open lines of their own, joined to nothing; a list's items do not make the page's column; numbered headings and semicolon items that sections set out alike (1. 工程内容, 尊重居民意愿；) stay when they recur between kept lines" {
    assert_strips s393-lists-and-sections
}

@test "strip-boilerplate: a row of the page's fields a bar opens (| 责任编辑:某某 关闭本页) goes by its keyword, as without the bar" {
    assert_strip_log s394-bar-row '$3 == "drop" && $4 == "editor" { print $2 }' '7'
}

@test "strip-boilerplate --meta: a piece of prose wrapped at the page's column (…消费帮 / 扶等方面…帮扶工作) is no title, whatever its length; an outlet and its issue's day on one line (某某都市报    2024年01月15日) is a masthead, which dates and names the source, no title; a poster's button (海报) names no paper" {
    assert_meta m249-wrapped-and-dated-masthead
    run strip-boilerplate "$META/m249-wrapped-and-dated-masthead.txt"
    refute_line --partial '2024年01月15日'
    assert_line '某区2022年区域协作结对帮扶自评报告'
}

@test "strip-boilerplate --meta: a site's buttons to make it the home page or bookmark it (设为首页|加入收藏) make a line they end chrome, so that a slogan glued before them is no title; a blog's mark that it reposts the piece ((转), 【转载】) is cut from the title and logged" {
    assert_meta m250-site-buttons-and-repost
    strip-boilerplate --explain log.tsv "$META/m250-site-buttons-and-repost.txt" > /dev/null
    run awk -F'\t' '$3 == "trim" { print $1, $4, $5 }' log.tsv
    assert_output 'repost-mark repost (转)'
    run awk -F'\t' '$1 == "site-buttons" && $2 == 2 { print $3, $4 }' log.tsv
    assert_output 'drop links'
}

@test "strip-boilerplate --meta: a newsroom's name alone over the byline (某某新闻客户端 / 通讯员某某某) is no title; a headline that ends as an outlet may (某村成立土地股份合作社 / 记者 王某某)" {
    assert_meta m251-newsroom-over-byline
}

@test "strip-boilerplate: a page's labels spaced to a table's width (作 者:某某, 来  源:某某) go as their unspaced forms do, a notice's spaced time and place (时  间:…, 地  点:…) stay; a reviewer's and a signer's labels (审核人:, 签发人:), a credit ending in /文图, a farm's note that it shows part of the text (仅展示61字，全文共2550字) and a site's notice that users post its pages (…不代表本网认同其观点,若有侵权…) go" {
    assert_strip_log s395-spaced-labels-and-credits '$3 == "drop" && $4 != "blank" { print $2, $4 }' \
        $'3 publication\n4 publication\n16 editor\n17 editor\n20 byline\n23 promotion\n27 copyright'
}

@test "strip-boilerplate --meta: a line a mark opens over another that the same mark opens (■某某 / ■某某), a deck's points, is no title: the headline over them is; a spaced author's label (作 者:某某) gives the author; a quotation whole under the title (“楼道里不要奔跑,注意安全!”), someone's words, is no part of its headline" {
    assert_meta m252-deck-and-spaced-author
}

@test "strip-boilerplate: a document's name with its issuers before 关于 (某县委组织部、某县民政局关于…的实施意见) is a heading and joins no paragraph; credits after the last sentence for an informant, for pictures and text supplied, or for a photograph ((信息员:某某), (图文由某某提供), (某某网某某摄)) are cut; a reviewer's label (编审:) and a question-and-answer site's labels (问题描述:, 最佳答案, 推荐答案) go" {
    assert_strip_log s396-document-name-and-credits 'NR > 1 && $3 != "keep" && $4 != "blank" { print $2, $3, $4 }' \
        $'10 trim credit\n11 trim credit\n12 trim credit\n13 drop editor\n16 drop prompt\n17 drop prompt\n19 drop prompt'
}

@test "strip-boilerplate --meta: a date line that opens with the site's address (http://www.某某.com 2015年09月26日) dates the page, before the lead's dateline, and one whose address holds the date in a query is read as before; a picture's mark in square brackets after the title ([图]) is cut from it; a paper's case after one dash (…研究—以某县…为例) is no part of its title" {
    assert_meta m253-address-and-date
}

@test "strip-boilerplate: an owner's notice that ends in English and its full stop (… 版权所有 Copyright © 2013 All Rights Reserved.) and a site's licence number with its 备 lost (某ICP14000428) go; a fund's label after a note's mark (*基金项目:) is the label; a comment box's rules (请自觉遵守互联网相关的政策法规,…。) go though they end a sentence" {
    assert_strip_log s397-english-foot-and-marked-fund 'NR > 1 && $3 != "keep" && $4 != "blank" { print $2, $3, $4 }' \
        $'4 drop copyright\n5 drop licence\n7 trim mark\n8 drop fund\n13 drop prompt\n14 drop copyright'
}

@test "strip-boilerplate --meta: a breadcrumb whose words a dot beside a space parts, ending in 正文 (某某网 • 浙江 • 正文), is no title; the rest of a fund's note its label's line left on a semicolon (*基金项目:…; / 某市…项目(SRD202091)…) goes with it and is no title" {
    assert_meta m254-dotted-crumb-and-fund-note
    run strip-boilerplate "$META/m254-dotted-crumb-and-fund-note.txt"
    refute_line --partial 'SRD202091'
    refute_line --partial '正文'
}

@test "strip-boilerplate: other pages' headlines with their days glued after them, three or more in a row (某某携手合作 迈向典范手工具2013.08.07 / …), are a list of links; one such line alone may be a title and stays" {
    assert_strip_log s398-dated-links 'NR > 1 && $3 != "keep" && $4 != "blank" { print $2, $3, $4 }' \
        $'4 drop related\n5 drop related\n6 drop related\n7 drop related\n8 drop tail\n9 drop tail'
}
