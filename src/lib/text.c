#include "text.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <stdint.h>
#include <string.h>

#include "zp.h"

size_t zp_count_chars(const unsigned char *s, size_t n)
{
    size_t continuing = 0, i = 0;
#ifdef __SSE2__
    /* sixteen bytes at a time: 10xxxxxx is -128..-65 as a signed byte; a
     * count per lane, summed before it can pass 255 */
    while (i + 16 <= n) {
        __m128i counts = _mm_setzero_si128();
        for (int round = 0; round < 255 && i + 16 <= n; round++, i += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            counts = _mm_sub_epi8(counts, _mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
        }
        __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
        continuing += (size_t)_mm_cvtsi128_si32(sums) + (size_t)_mm_extract_epi16(sums, 4);
    }
#endif
    /* eight bytes at a time: bit 7 of each byte 10xxxxxx */
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, sizeof w);
        uint64_t marks = w & ~(w << 1) & UINT64_C(0x8080808080808080);
        continuing += (size_t)(((marks >> 7) * UINT64_C(0x0101010101010101)) >> 56);
    }
    for (; i < n; i++)
        continuing += (s[i] & 0xC0) == 0x80;
    return n - continuing;
}

bool zp_is_closing(uint32_t cp)
{
    return cp == 0x201D /* ” */ || cp == 0x2019 /* ’ */ || cp == 0x300D /* 」 */ ||
           cp == 0x300F /* 』 */ || cp == 0xFF09 /* ） */ || cp == ')' || cp == '"' ||
           cp == '\'' || cp == 0x300B /* 》 */;
}

bool zp_ends_sentence(const unsigned char *s, size_t n)
{
    while (n > 0) {
        uint32_t cp;
        size_t len = zp_utf8_last(s, n, &cp);
        if (zp_is_closing(cp)) {
            n -= len;
            continue;
        }
        return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0x2026 || cp == 0xFF1B ||
               cp == 0xFF1A || cp == '!' || cp == '?' || cp == ';' || cp == ':' || cp == '.';
    }
    return false;
}

bool zp_ends_open(const unsigned char *s, size_t n)
{
    if (n == 0)
        return false;
    uint32_t cp;
    zp_utf8_last(s, n, &cp);
    return cp == 0xFF0C || cp == 0x3001 || cp == ',' || cp == 0x2014;
}

static bool is_numeral(uint32_t cp)
{
    static const uint32_t numerals[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                        0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341};
    for (size_t i = 0; i < sizeof numerals / sizeof numerals[0]; i++)
        if (cp == numerals[i])
            return true;
    return false;
}

static bool is_digit(uint32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19); }

/* The characters of s from its start, decoded as far as an enumerator may
 * reach; cps[i] is 0 past the end. */
enum { LOOK = 6 };
struct look {
    uint32_t cps[LOOK];
    size_t ends[LOOK]; /* byte offset after cps[i] */
};

static void look_at(const unsigned char *s, size_t n, struct look *k)
{
    size_t at = 0;
    for (int i = 0; i < LOOK; i++) {
        k->cps[i] = 0;
        if (at < n)
            at += zp_utf8_char(s + at, n - at, &k->cps[i]);
        k->ends[i] = at;
    }
}

/* How many of the characters from i on satisfy is (at most most). */
static int run_of(const struct look *k, int i, bool (*is)(uint32_t), int most)
{
    int count = 0;
    while (i + count < LOOK && count < most && is(k->cps[i + count]))
        count++;
    return count;
}

enum zp_enumerator zp_enumerator(const unsigned char *s, size_t n, size_t *len)
{
    *len = 0;
    /* the lead bytes of ( 0-9 ０-９ （ ① 第 and the numerals */
    if (n == 0 || !(s[0] == '(' || (s[0] >= '0' && s[0] <= '9') || s[0] == 0xEF || s[0] == 0xE2 ||
                    s[0] == 0xE4 || s[0] == 0xE5 || s[0] == 0xE7))
        return ZP_ENUM_NONE;
    uint32_t c0;
    zp_utf8_char(s, n, &c0);
    if (!(c0 == '(' || c0 == 0xFF08 || c0 == 0x7B2C || (c0 >= 0x2460 && c0 <= 0x2473) ||
          is_numeral(c0) || is_digit(c0)))
        return ZP_ENUM_NONE;
    struct look k;
    look_at(s, n, &k);
    if (c0 >= 0x2460 && c0 <= 0x2473) {
        *len = k.ends[0];
        return ZP_ENUM_CIRCLED;
    }
    if (c0 == '(' || c0 == 0xFF08) {
        int numerals = run_of(&k, 1, is_numeral, 3), digits = run_of(&k, 1, is_digit, 2);
        int inside = numerals ? numerals : digits;
        uint32_t close = k.cps[1 + inside];
        if (inside == 0 || (close != ')' && close != 0xFF09))
            return ZP_ENUM_NONE;
        *len = k.ends[1 + inside];
        return numerals ? ZP_ENUM_NUMERAL_PAREN : ZP_ENUM_DIGIT_PAREN;
    }
    if (c0 == 0x7B2C /* 第 */) {
        int numerals = run_of(&k, 1, is_numeral, 3), digits = run_of(&k, 1, is_digit, 2);
        int count = numerals ? numerals : digits;
        if (count == 0)
            return ZP_ENUM_NONE;
        int after = 1 + count;
        uint32_t next = k.cps[after];
        enum zp_enumerator style = ZP_ENUM_NONE;
        if (next == 0x7AE0 /* 章 */)
            style = ZP_ENUM_ORDINAL_CHAPTER;
        else if (next == 0x8282 /* 节 */ || next == 0x7BC0 /* 節 */)
            style = ZP_ENUM_ORDINAL_SECTION;
        else if (next == 0x7BC7 /* 篇 */ || (next == 0x90E8 /* 部 */ && k.cps[after + 1] == 0x5206 /* 分 */))
            style = ZP_ENUM_ORDINAL_PART;
        else if (next == 0x6761 /* 条 */ || next == 0x689D /* 條 */)
            style = ZP_ENUM_ORDINAL_ARTICLE;
        if (style != ZP_ENUM_NONE) {
            *len = k.ends[after + (next == 0x90E8)];
            return style;
        }
        /* 第一 alone, before a mark: 第一书记 is no enumerator */
        if (next == 0xFF0C || next == ',' || next == 0x3001 || next == 0xFF1A || next == ':' ||
            next == ' ') {
            *len = k.ends[after - 1];
            return ZP_ENUM_ORDINAL;
        }
        return ZP_ENUM_NONE;
    }
    int numerals = run_of(&k, 0, is_numeral, 3);
    if (numerals > 0) {
        uint32_t next = k.cps[numerals];
        if (next == 0x3001 /* 、 */) {
            *len = k.ends[numerals];
            return ZP_ENUM_NUMERAL;
        }
        if (next == 0x662F /* 是 */ && numerals == 1) {
            *len = k.ends[1];
            return ZP_ENUM_IS;
        }
        return ZP_ENUM_NONE;
    }
    int digits = run_of(&k, 0, is_digit, 2);
    if (digits > 0) {
        uint32_t next = k.cps[digits];
        if (next == 0x3001 || ((next == '.' || next == 0xFF0E) && !is_digit(k.cps[digits + 1]))) {
            *len = k.ends[digits];
            return ZP_ENUM_DIGIT;
        }
    }
    return ZP_ENUM_NONE;
}
