#define _POSIX_C_SOURCE 200809L
#include "pinyin.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "zp.h"

enum { MAX_SYLLABLE_LETTERS = 6 };

/* Vowels with a tone mark, in both cases (ü, which needs no tone mark to
 * be pinyin, is a letter, not one). */
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

/* The syllables of the neutral tone that a converter glues without a tone
 * mark: taken only in a line that has toned glosses too, since alone they
 * could be any short word in parentheses. */
static bool is_neutral_syllable(const unsigned char *s, size_t n)
{
    static const char *const neutral[] = {"de", "le", "me", "ne", "ma", "ba", "zi", "men", "la", "ya", "a"};
    for (size_t i = 0; i < sizeof neutral / sizeof neutral[0]; i++)
        if (strlen(neutral[i]) == n && memcmp(s, neutral[i], n) == 0)
            return true;
    return false;
}

/* If s (just past an opening parenthesis of the given kind) holds the
 * romanisation of the han Han characters before it and the matching closing
 * parenthesis, returns the bytes up to and including it; n when s ends
 * inside a toned romanisation, as a line cut off there does, or with cut
 * inside a syllable's letters not yet toned; otherwise 0.  A romanisation is
 * one syllable a character, at most 6 letters each, with a tone mark or
 * digit for every 6 letters at least (fāngbiàn); with neutral, a toneless
 * syllable of the neutral tone (de) is one too. */
static size_t gloss_length(const unsigned char *s, size_t n, bool full_width, size_t han,
                           bool neutral, bool cut)
{
    size_t i = 0, letters = 0, tones = 0;
    while (i < n) {
        uint32_t cp;
        size_t len = zp_utf8_decode(s + i, n - i, &cp);
        if (len == 0)
            return 0;
        if (is_latin_letter(cp) || is_toned_vowel(cp)) {
            tones += is_toned_vowel(cp);
            if (++letters > MAX_SYLLABLE_LETTERS * han)
                return 0;
            i += len;
            continue;
        }
        if (cp >= '1' && cp <= '5' && letters > 0) {
            /* A tone digit ends a syllable. */
            tones++;
            i += len;
            continue;
        }
        /* some converters leave a space before the closing parenthesis
         * (創(chuàng )業): the gloss still ends there */
        if (cp == ' ' && letters > 0) {
            while (i < n && s[i] == ' ')
                i++;
            if ((len = zp_utf8_decode(s + i, n - i, &cp)) == 0)
                return 0;
        }
        bool closes = full_width ? cp == 0xFF09 : cp == ')';
        if (!closes || letters == 0)
            return 0;
        if (tones > 0 && letters <= MAX_SYLLABLE_LETTERS * tones)
            return i + len;
        return neutral && tones == 0 && is_neutral_syllable(s, i) ? i + len : 0;
    }
    /* the line ends inside a toned gloss: the scrape cut the page there
     * (…現(xià), and the gloss's letters are no text; so it did before the
     * tone mark of a page that glued pinyin (…傳來(l) */
    bool toned = tones > 0 && letters <= MAX_SYLLABLE_LETTERS * tones;
    return toned || (cut && letters > 0 && letters <= MAX_SYLLABLE_LETTERS) ? n : 0;
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

const unsigned char *strip_pinyin(const unsigned char *s, size_t *n, unsigned char *out, bool ends_line,
                                  bool glued)
{
    if (*n < 3 || !has_open_parenthesis(s, *n))
        return s;
    *n = strip_pinyin_from(s, *n, 0, out, ends_line, glued);
    return out;
}

/* The Han characters right before s[at], counted back to MAX_GLOSSED:
 * a gloss romanises at most the word before it. */
enum { MAX_GLOSSED = 4 };
static size_t han_before(const unsigned char *s, size_t at)
{
    size_t count = 0;
    while (at > 0 && count < MAX_GLOSSED) {
        uint32_t cp;
        size_t len = zp_utf8_last(s, at, &cp);
        if (!zp_is_han(cp))
            break;
        count++;
        at -= len;
    }
    return count;
}

/* The opening parenthesis at s[at]: its length, 0 when there is none. */
static size_t opening_at(const unsigned char *s, size_t n, size_t at)
{
    if (s[at] == '(')
        return 1;
    if (n - at >= 3 && s[at] == 0xEF && s[at + 1] == 0xBC && s[at + 2] == 0x88)
        return 3;
    return 0;
}

size_t strip_pinyin_from(const unsigned char *s, size_t n, size_t from, unsigned char *out, bool ends_line,
                         bool glued)
{
    size_t i = from, o = 0, han = han_before(s, from);
    /* a toneless syllable of the neutral tone goes only after a toned
     * romanisation in the same line, the evidence that a converter glued
     * them: looking ahead would cost the whole line at every parenthesis */
    bool neutral = false;
    /* after that evidence, the gloss of one syllable goes after any
     * character but a space, as where mojibake took the character it
     * romanised (…?彼f(shuō)。) */
    bool spaced = true;
    while (i < n) {
        uint32_t cp;
        size_t len = zp_utf8_decode(s + i, n - i, &cp);
        if ((han || (neutral && !spaced)) && (cp == '(' || cp == 0xFF08)) {
            size_t skip = gloss_length(s + i + len, n - i - len, cp == 0xFF08, han ? han : 1, neutral && han,
                                       ends_line && (glued || neutral) && han);
            if (skip > 0) {
                i += len + skip;
                neutral = true;
                continue; /* what follows still follows the Han characters */
            }
        }
        spaced = cp == ' ' || cp == 0x3000;
        han = zp_is_han(cp) ? (han < MAX_GLOSSED ? han + 1 : han) : 0;
        memcpy(out + o, s + i, len);
        o += len;
        i += len;
    }
    return o;
}

bool pinyin_glued_at(const unsigned char *s, size_t n, size_t at, bool ends_line, bool glued)
{
    size_t open = opening_at(s, n, at), han = open ? han_before(s, at) : 0;
    return han && gloss_length(s + at + open, n - at - open, open == 3, han, false, ends_line && glued) > 0;
}
