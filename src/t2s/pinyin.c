#define _POSIX_C_SOURCE 200809L
#include "pinyin.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "zp.h"

enum { MAX_SYLLABLE_LETTERS = 6 };

/* Vowels with a tone mark, in both cases, and ü (which needs no tone mark
 * to be pinyin, but is not one). */
static bool is_toned_vowel(uint32_t cp)
{
    static const uint16_t toned[] = {
        0x0101, 0x00E1, 0x01CE, 0x00E0, 0x0113, 0x00E9, 0x011B, 0x00E8, 0x012B, 0x00ED,
        0x01D0, 0x00EC, 0x014D, 0x00F3, 0x01D2, 0x00F2, 0x016B, 0x00FA, 0x01D4, 0x00F9,
        0x01D6, 0x01D8, 0x01DA, 0x01DC, 0x0100, 0x00C1, 0x01CD, 0x00C0, 0x0112, 0x00C9,
        0x011A, 0x00C8, 0x012A, 0x00CD, 0x01CF, 0x00CC, 0x014C, 0x00D3, 0x01D1, 0x00D2,
        0x016A, 0x00DA, 0x01D3, 0x00D9, 0x01D5, 0x01D7, 0x01D9, 0x01DB,
    };
    for (size_t i = 0; i < sizeof toned / sizeof toned[0]; i++)
        if (toned[i] == cp)
            return true;
    return false;
}

static bool is_latin_letter(uint32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == 0xFC || cp == 0xDC;
}

/* If s (just past an opening parenthesis of the given kind) holds one toned
 * syllable and the matching closing parenthesis, returns the bytes up to and
 * including it; otherwise 0. */
static size_t syllable_length(const unsigned char *s, size_t n, bool full_width)
{
    size_t i = 0, letters = 0;
    bool toned = false;
    while (i < n) {
        uint32_t cp;
        size_t len = zp_utf8_decode(s + i, n - i, &cp);
        if (len == 0)
            return 0;
        if (is_latin_letter(cp) || is_toned_vowel(cp)) {
            toned |= is_toned_vowel(cp);
            if (++letters > MAX_SYLLABLE_LETTERS)
                return 0;
            i += len;
            continue;
        }
        if (cp >= '1' && cp <= '5' && letters > 0 && !toned) {
            /* A tone digit ends the syllable. */
            toned = true;
            i += len;
            len = zp_utf8_decode(s + i, n - i, &cp);
            if (len == 0)
                return 0;
        }
        bool closes = full_width ? cp == 0xFF09 : cp == ')';
        return closes && toned && letters > 0 ? i + len : 0;
    }
    return 0;
}

/* Whether s holds an opening parenthesis, ASCII or full-width (EF BC 88):
 * memchr is the fastest look there is, and 0x88 is rare enough. */
static bool has_open_parenthesis(const unsigned char *s, size_t n)
{
    if (memchr(s, '(', n))
        return true;
    for (const unsigned char *p = s + 2; p < s + n; p++) {
        p = memchr(p, 0x88, (size_t)(s + n - p));
        if (!p)
            return false;
        if (p[-1] == 0xBC && p[-2] == 0xEF)
            return true;
    }
    return false;
}

const unsigned char *strip_pinyin(const unsigned char *s, size_t *n, unsigned char *out)
{
    if (*n < 3 || !has_open_parenthesis(s, *n))
        return s;
    *n = strip_pinyin_from(s, *n, 0, out);
    return out;
}

/* Whether the character that ends before s[at] is Han. */
static bool han_before(const unsigned char *s, size_t at)
{
    if (at == 0)
        return false;
    uint32_t cp;
    zp_utf8_last(s, at, &cp);
    return zp_is_han(cp);
}

size_t strip_pinyin_from(const unsigned char *s, size_t n, size_t from, unsigned char *out)
{
    size_t i = from, o = 0;
    bool after_han = han_before(s, from);
    while (i < n) {
        uint32_t cp;
        size_t len = zp_utf8_decode(s + i, n - i, &cp);
        if (after_han && (cp == '(' || cp == 0xFF08)) {
            size_t skip = syllable_length(s + i + len, n - i - len, cp == 0xFF08);
            if (skip > 0) {
                i += len + skip;
                continue; /* what follows still follows the Han character */
            }
        }
        after_han = zp_is_han(cp);
        memcpy(out + o, s + i, len);
        o += len;
        i += len;
    }
    return o;
}

bool pinyin_glued_at(const unsigned char *s, size_t n, size_t at)
{
    size_t open;
    if (s[at] == '(')
        open = 1;
    else if (n - at >= 3 && s[at] == 0xEF && s[at + 1] == 0xBC && s[at + 2] == 0x88)
        open = 3;
    else
        return false;
    return han_before(s, at) && syllable_length(s + at + open, n - at - open, open == 3) > 0;
}
