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
/* A closing quote or bracket: ” ’ 」 』 ） ) " ' 》. */
bool zp_is_closing(uint32_t cp);
/* The text ends a sentence: 。！？…；: (full-width or ASCII, as Chinese
 * text uses them) or ASCII . , possibly inside closing quotes or brackets. */
bool zp_ends_sentence(const unsigned char *s, size_t n);
/* The text ends in a mark that leaves the sentence open: ， 、 , —. */
bool zp_ends_open(const unsigned char *s, size_t n);

/* The styles of enumerator a heading or list item may open with.  Each is a
 * style of its own; a document ranks them by the order it uses them in. */
enum zp_enumerator {
    ZP_ENUM_NONE,
    ZP_ENUM_NUMERAL,        /* 一、 十一、 */
    ZP_ENUM_NUMERAL_PAREN,  /* （一） (一) */
    ZP_ENUM_DIGIT,          /* 1. 1、 1． */
    ZP_ENUM_DIGIT_PAREN,    /* （1） (1) */
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
/* word stands at byte at of s[0, n). */
static inline bool zp_starts_with(const unsigned char *s, size_t n, size_t at, const char *word)
{
    size_t len = strlen(word);
    return at <= n && n - at >= len && memcmp(s + at, word, len) == 0;
}
/* word ends at byte at. */
static inline bool zp_ends_with(const unsigned char *s, size_t at, const char *word)
{
    size_t len = strlen(word);
    return at >= len && memcmp(s + at - len, word, len) == 0;
}
static inline bool zp_is_ascii_letter(uint32_t cp)
{
    return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
}

#endif
