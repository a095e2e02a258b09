/* The shapes of Chinese text that more than one filter reads: characters,
 * sentence ends, the enumerators that open headings and list items. */
#ifndef ZP_TEXT_H
#define ZP_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "zp.h"

/* Characters, as the bytes that do not continue one. */
size_t zp_count_chars(const unsigned char *s, size_t n);
/* The newlines in s[0..n). */
size_t zp_count_newlines(const unsigned char *s, size_t n);
/* Quotation marks: “ ‘ 「 『 open a quotation, ” ’ 」 』 close one, and the
 * ASCII " does both. */
static inline bool zp_is_opening_quote(uint32_t cp)
{
    return cp == 0x201C /* “ */ || cp == 0x2018 /* ‘ */ || cp == 0x300C /* 「 */ ||
           cp == 0x300E /* 『 */ || cp == '"';
}
static inline bool zp_is_closing_quote(uint32_t cp)
{
    return cp == 0x201D /* ” */ || cp == 0x2019 /* ’ */ || cp == 0x300D /* 」 */ ||
           cp == 0x300F /* 』 */ || cp == '"';
}
/* What may close a sentence after its last mark: a closing quote, or ） ) '
 * 》. */
static inline bool zp_is_closing(uint32_t cp)
{
    return zp_is_closing_quote(cp) || cp == 0xFF09 /* ） */ || cp == ')' || cp == '\'' ||
           cp == 0x300B /* 》 */;
}

/* Characters: a heading without a number, or one line of a heading, is at
 * most this long, where strip-boilerplate judges lines and split-sections
 * splits them; a longer line without a stop is a paragraph that lost its
 * stop or broke off.  Headings of the reports and pages read (党建, 基层治理)
 * run to about 20 characters, two phrases of 8 to 12. */
enum { ZP_HEADING_MAX = 30 };

/* A subtitle's opening under a title: a dash, as a page sets it (——某某,
 * —某某 where a scrape lost one of the two) or as plain text writes it
 * (--某某). */
bool zp_opens_subtitle(const unsigned char *s, size_t n);

/* Where running text divides, by strength: a sentence ends at 。！？ (and
 * ASCII ! ?); a clause at those or at ；; ; a phrase at those or at ，、：, : .
 * One set a strength, so that each reader names the division it means
 * (extract-numbers' context is a clause, a subject stays in its clause,
 * a list of key terms is broken by sentences).  A line that ends finished
 * is another matter: zp_is_sentence_end below. */
enum zp_stop { ZP_STOP_SENTENCE, ZP_STOP_CLAUSE, ZP_STOP_PHRASE };
static inline bool zp_is_stop(uint32_t cp, enum zp_stop strength)
{
    if (cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == '!' || cp == '?')
        return true;
    if (strength >= ZP_STOP_CLAUSE && (cp == 0xFF1B || cp == ';'))
        return true;
    return strength >= ZP_STOP_PHRASE &&
           (cp == 0xFF0C || cp == 0x3001 || cp == 0xFF1A || cp == ',' || cp == ':');
}
/* The text ends a sentence: 。！？…⋯；: (full-width or ASCII, as Chinese
 * text uses them) or ASCII . , possibly inside closing quotes or brackets,
 * spaces before them or not.
 * A line's end, not a place inside running text: a colon or a semicolon
 * there finishes what the line says, as … and a final ASCII full stop do. */
bool zp_ends_sentence(const unsigned char *s, size_t n);
/* The marks that end a sentence, as zp_ends_sentence reads them: inline, for
 * a filter that has decoded the last character already. */
static inline bool zp_is_sentence_end(uint32_t cp)
{
    /* an ellipsis set low (…) or midline (⋯), as some fonts and editors
     * set the Chinese one */
    return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0x2026 || cp == 0x22EF || cp == 0xFF1B ||
           cp == 0xFF1A || cp == '!' || cp == '?' || cp == ';' || cp == ':' || cp == '.';
}
/* The text ends in a mark that leaves the sentence open: ， 、 , —. */
bool zp_ends_open(const unsigned char *s, size_t n);
static inline bool zp_is_open_mark(uint32_t cp)
{
    return cp == 0xFF0C || cp == 0x3001 || cp == ',' || cp == 0x2014;
}

/* The styles of enumerator a heading or list item may open with.  Each is a
 * style of its own; a document ranks them by the order it uses them in. */
enum zp_enumerator {
    ZP_ENUM_NONE,
    ZP_ENUM_NUMERAL,        /* 一、 十一、 */
    ZP_ENUM_NUMERAL_PAREN,  /* （一） (一) */
    ZP_ENUM_DIGIT,          /* 1. 1、 1． ⒈ */
    ZP_ENUM_DIGIT_PAREN,    /* （1） (1) ⑴ */
    ZP_ENUM_CIRCLED,        /* ① to ⑳ */
    ZP_ENUM_ORDINAL,        /* 第一， 第一、 第一: (第一 alone) */
    ZP_ENUM_ORDINAL_CHAPTER,/* 第一章 */
    ZP_ENUM_ORDINAL_SECTION,/* 第一节 */
    ZP_ENUM_ORDINAL_PART,   /* 第一部分 第一篇 */
    ZP_ENUM_ORDINAL_ARTICLE,/* 第一条 */
    ZP_ENUM_IS,             /* 一是 二是 */
    ZP_ENUM_STYLES
};
/* The enumerator that opens s, and in *len its length in bytes; ZP_ENUM_NONE
 * when none does (第一书记 and 1.5万 open with none). */
enum zp_enumerator zp_enumerator(const unsigned char *s, size_t n, size_t *len);
/* Whether an enumerator may open with cp: when s opens with another
 * character, zp_enumerator is ZP_ENUM_NONE, and a filter that has decoded
 * it need not ask. */
bool zp_may_open_enumerator(uint32_t cp);

/* Reading text by byte offsets, for the filters that look around a place
 * in a line.  The character at byte at (0 and length 0 at the end; an
 * invalid byte reads as U+FFFD). */
static inline size_t zp_char_at(const unsigned char *s, size_t n, size_t at, uint32_t *cp)
{
    if (at >= n) {
        *cp = 0;
        return 0;
    }
    return zp_utf8_char(s + at, n - at, cp);
}
/* The character that ends at byte at (0 and length 0 at the start). */
static inline size_t zp_char_before(const unsigned char *s, size_t at, uint32_t *cp)
{
    if (at == 0) {
        *cp = 0;
        return 0;
    }
    return zp_utf8_last(s, at, cp);
}
/* word stands at byte at of s[0, n).  Its first byte is compared first:
 * most looks fail there, and the compiler may not inline this where the
 * word's length would be known. */
static inline bool zp_starts_with(const unsigned char *s, size_t n, size_t at, const char *word)
{
    if (word[0] == '\0')
        return at <= n;
    if (at >= n || s[at] != (unsigned char)word[0])
        return false;
    size_t len = strlen(word);
    return n - at >= len && memcmp(s + at, word, len) == 0;
}
/* word ends at byte at. */
static inline bool zp_ends_with(const unsigned char *s, size_t at, const char *word)
{
    size_t len = strlen(word);
    return at >= len && memcmp(s + at - len, word, len) == 0;
}
/* Where word, k bytes long, first stands in s[0, n), n when nowhere:
 * found by its last byte with memchr, many bytes at a time (the last byte
 * of a Han character is one of 64, its first one of a few), where glibc's
 * memmem, set up anew for so short a word, cost some 800 instructions on
 * a line. */
size_t zp_find_bytes(const unsigned char *s, size_t n, const char *word, size_t k);
/* zp_find_bytes of a word that ends at its NUL, inline so that a literal
 * word, as the callers give, is measured as they are compiled, not by a
 * call to strlen at each look (some 150,000 instructions of --meta's on the
 * fixture pages four times over, as many of stripping's). */
static inline size_t zp_find(const unsigned char *s, size_t n, const char *word)
{
    return zp_find_bytes(s, n, word, strlen(word));
}
static inline bool zp_is_ascii_letter(uint32_t cp)
{
    return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
}
static inline bool zp_is_ascii_digit(uint32_t cp) { return cp >= '0' && cp <= '9'; }

/* Characters that tie a sentence together (的 了 是 在 和 与 为 对 将 ...,
 * in both scripts): prose has them, lists of names or key terms seldom. */
bool zp_is_function_char(uint32_t cp);

/* The labels of a journal or report page's head, however they are
 * bracketed and spaced: 【摘要】 [摘  要] 〔摘要〕 摘 要: 摘要：and a bare 摘要
 * are one label, a note's mark before it or not (*基金项目:).  Traditional
 * forms fold to Simplified ones. */
enum zp_label {
    ZP_LABEL_NONE,
    ZP_LABEL_ABSTRACT,       /* 摘要 内容摘要 内容提要 核心摘要 Abstract */
    ZP_LABEL_KEYWORDS,       /* 关键词 关键字 主题词 Keywords */
    ZP_LABEL_CLASSIFICATION, /* 中图分类号 文献标识码 文章编号 */
    ZP_LABEL_DOI,            /* DOI */
    ZP_LABEL_FUND,           /* 基金项目 */
    ZP_LABEL_BIO,            /* 作者简介 作者单位 通讯作者 通信作者 */
    ZP_LABEL_RECEIVED,       /* 收稿日期 修回日期 Received */
    ZP_LABEL_CITATION,       /* 引用格式 参考文献 Citation */
    ZP_LABELS
};
/* The label that opens s, and in *len the bytes it takes with its
 * brackets, its colon and the spaces after them; ZP_LABEL_NONE when none
 * does.  A word is a label only when a colon, a closing bracket, a space or
 * the end of the line follows it: 摘要显示 is none. */
enum zp_label zp_label(const unsigned char *s, size_t n, size_t *len);
/* The same for zp_label: a label's first character, or a bracket or space
 * before it. */
bool zp_may_open_label(uint32_t cp);
/* Its name in lower case: abstract, keywords, classification, doi, fund,
 * bio, received, citation. */
const char *zp_label_name(enum zp_label label);

/* A word that heads a section of a paper or a report, alone on its line:
 * 引言, 前言, 结语, 编者按 (both scripts). */
bool zp_is_heading_word(const unsigned char *s, size_t n);
/* Whether s opens with a common surname (王, 欧阳), of either script: a
 * Chinese name opens with one, and the words of a page's chrome or a
 * heading that look like names (分享至, 报道, 功能区域) do not. */
bool zp_opens_with_surname(const unsigned char *s, size_t n);
/* Whether s opens with a surname of two characters (欧阳, 司马). */
bool zp_opens_with_compound_surname(const unsigned char *s, size_t n);
/* Names run together without a mark between (程某周某某应某某): two to
 * ZP_GLUED_NAMES_MAX names of two or three Han characters, each opening with
 * a common surname, names of three tried first unless one of two lets the
 * next open with one of the twenty commonest (于扬李玉坤).  Where each name ends, in
 * bytes from s, goes to ends; how many names, 0 when s parts into none. */
enum { ZP_GLUED_NAMES_MAX = 4 };
size_t zp_glued_names(const unsigned char *s, size_t n, size_t ends[ZP_GLUED_NAMES_MAX]);
/* A row of personal names and nothing else: one to six names of 2 to 4 Han
 * characters (or a surname and a given name spaced apart, 黄 建), separated
 * by spaces, commas, 、 or ·, each perhaps with a note mark after it ([1],
 * 1, 1.2, *).  A word that heads sections (引言, 结语) is no name, nor is
 * an ordinal (第一章 总则). */
bool zp_is_names_row(const unsigned char *s, size_t n);
/* A page's button that a surname opens (展开, 关闭, 全部, 查看): no name. */
bool zp_is_button_word(const unsigned char *s, size_t n);
/* A word of a table, with its length in bytes, so that no lookup measures
 * it again: ZP_WORD("社区"). */
struct zp_word {
    const char *s;
    size_t n;
};
#define ZP_WORD(text) {text, sizeof text - 1}

/* The bullets that open a list's items (• 当前位置：…, · 相关新闻):
 * • · ● ■ ▪. */
enum { ZP_BULLETS = 5 };
extern const uint32_t zp_bullets[ZP_BULLETS];
bool zp_is_bullet(uint32_t cp);
/* A quotation whole: a quote that opens s and closes only at its end
 * (“楼道里不要奔跑，注意安全！”), someone's words, never a heading's nor a
 * headline's (“小厕所”改出“大民生” quotes some of its words). */
bool zp_is_quotation(const unsigned char *s, size_t n);
/* Characters set one by one with a space between (工 作 方 案), as
 * documents set a title wide: two characters or more, each alone. */
bool zp_is_letter_spaced(const unsigned char *s, size_t n);
/* A list of key terms: two or more terms separated by ; or ；, or three or
 * more separated by spaces, each of at most 16 characters, without a
 * sentence end and (nearly) without function characters. */
bool zp_is_term_list(const unsigned char *s, size_t n);
/* A journal's issue: text ending in 2024年3期, 2024年第3期 or (2024)03期,
 * its pages after it or not (2024年第3期93-96,共4页). */
bool zp_is_journal_issue(const unsigned char *s, size_t n);
/* A journal's name, its year and its volume in the Latin way, perhaps
 * with the pages and the DOI after them (某某研究 2021, Vol. 14 Issue (3):
 * 64-72, 某某学报(社会科学版)2024,Vol.25Issue(4) :40-49.DOI:…), or
 * without the word Vol, the issue in brackets and the pages after the
 * year (某某进展, 2022, 41(1): 118-130, 某某水电 ›› 2021 ›› (8) : 23-28). */
bool zp_is_journal_volume(const unsigned char *s, size_t n);
/* A date stamp opening s: a whole date (2024-07-09, 2024/7/9, 2024.07.09,
 * 2024年7月9日, 二〇〇三年二月十七日, 2016年12月15星期四 as an e-paper's
 * template drops the 日), perhaps with a time after it (06:44, 10:45:35)
 * and the spaces after that.  Its length in bytes; 0 when s
 * opens with none. */
size_t zp_date_stamp_read(const unsigned char *s, size_t n);
/* A date in words opening s, as a document's signature writes it
 * (二〇〇三年二月十七日, with 〇 ○ O 零 for nought): a year of four
 * numerals, a month and a day of one to three.  Its length in bytes, and
 * year, month and day in parts; 0 when s opens with none. */
size_t zp_words_date(const unsigned char *s, size_t n, int parts[3]);
/* An English label that opens s before a date, as a template sets it
 * (date 2025-12-05, Date: 2024-01-02): its length with its colon and the
 * spaces after it; 0 when s opens with none. */
static inline size_t zp_date_label_len(const unsigned char *s, size_t n)
{
    if (n < 6 || (s[0] | 0x20) != 'd' || (s[1] | 0x20) != 'a' || (s[2] | 0x20) != 't' || (s[3] | 0x20) != 'e' ||
        (s[4] != ' ' && s[4] != ':'))
        return 0;
    size_t at = 5;
    while (at < n && s[at] == ' ')
        at++;
    return at;
}
/* zp_date_stamp_read where the first byte may open a date. */
static inline size_t zp_date_stamp(const unsigned char *s, size_t n)
{
    /* most text opens with no year: one look at the first byte (a year in
     * digits, or 一 or 二 in words) before the call */
    return n > 0 && (s[0] == '1' || s[0] == '2' ||
                     (n >= 3 && s[0] == 0xE4 && ((s[1] == 0xB8 && s[2] == 0x80) || (s[1] == 0xBA && s[2] == 0x8C))))
               ? zp_date_stamp_read(s, n)
               : 0;
}

#endif
