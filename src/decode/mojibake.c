/* Mojibake repair.
 *
 * A run of non-ASCII characters is mapped back to the bytes the misreading
 * decoder saw (GBK, or Latin-1/cp1252) and those bytes are read as UTF-8.
 * The run is replaced only when that reading is mostly well-formed and far
 * more plausible as Chinese (detect.c's scale) than the run itself: clean
 * text is made of common characters, and its GBK bytes are almost never
 * valid UTF-8, so clean text stays as it is.
 *
 * Bytes the misreading lost (an odd byte before ASCII, shown as '?' or
 * U+FFFD) leave a sequence cut short; it becomes one U+FFFD, taking the place
 * of the '?' or U+FFFD that stood for it. */
#define _POSIX_C_SOURCE 200809L
#include "mojibake.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "detect.h"
#include "hanfreq.h"
#include "zp.h"

enum { MIN_GAIN = 20, MIN_REPAIRED_MEAN = 70 };

/* cp1252's 0x80..0x9F; 0 where cp1252 has no character (a Latin-1 reading
 * keeps those as C1 controls). */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

bool mojibake_suspect_non_han(uint32_t cp)
{
    /* Every UTF-8 lead byte of a CJK character reads as a Latin-1 letter
     * (U+00E4..U+00E9), and the bytes after it as Latin-1 or cp1252
     * characters; the middle dot, the multiplication sign and cp1252's quotes,
     * dashes and ellipsis are common in clean Chinese text. */
    if (cp >= 0x80 && cp <= 0xFF)
        return cp != 0xB7 && cp != 0xD7;
    if (cp >= 0x2013 && cp <= 0x2026)
        return cp == 0x201A || cp == 0x201E || cp == 0x2020 || cp == 0x2021 || cp == 0x2022;
    return cp == 0x20AC || cp == 0x0152 || cp == 0x0153 || cp == 0x0160 ||
           cp == 0x0161 || cp == 0x0178 || cp == 0x017D || cp == 0x017E ||
           cp == 0x0192 || cp == 0x02C6 || cp == 0x02DC || cp == 0x2122 ||
           cp == 0x2030 || cp == 0x2039 || cp == 0x203A;
}

static void put_bytes(struct repair_buffer *b, const unsigned char *s, size_t n)
{
    if (b->cap - b->len < n) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap - b->len < n)
            cap *= 2;
        b->data = zp_resize(b->data, cap, 1);
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

static const unsigned char replacement[] = {0xEF, 0xBF, 0xBD};

/* A misreading shows a byte it could not read as '?' or U+FFFD.  In the
 * bytes rebuilt from a run they stand as placeholders that UTF-8 never
 * contains: read back where a character starts, they are what they were;
 * inside a character, that character lost a byte and becomes one U+FFFD. */
enum { QUESTION_PLACEHOLDER = 0xFE, REPLACEMENT_PLACEHOLDER = 0xFF };

static size_t marker_len(const unsigned char *s, size_t n)
{
    if (s[0] == '?')
        return 1;
    return n >= 3 && memcmp(s, replacement, 3) == 0 ? 3 : 0;
}

struct reading {
    size_t multibyte, lost;
    long plausibility;
    size_t chars;
};

/* Reads the rebuilt bytes as UTF-8 into out. */
static void read_back(const unsigned char *s, size_t n, struct repair_buffer *out,
                      struct reading *r)
{
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        size_t len = zp_utf8_decode(s + i, n - i, &cp);
        if (len > 0) {
            put_bytes(out, s + i, len);
            r->multibyte += len > 1;
            r->plausibility += char_plausibility(cp);
            r->chars++;
            i += len;
            continue;
        }
        if (s[i] == QUESTION_PLACEHOLDER || s[i] == REPLACEMENT_PLACEHOLDER) {
            if (s[i] == QUESTION_PLACEHOLDER)
                put_bytes(out, (const unsigned char *)"?", 1);
            else
                put_bytes(out, replacement, sizeof replacement);
            i++;
            continue;
        }
        size_t prefix = zp_utf8_prefix_len(s + i, n - i);
        i += prefix ? prefix : 1;
        if (prefix > 0 && i < n &&
            (s[i] == QUESTION_PLACEHOLDER || s[i] == REPLACEMENT_PLACEHOLDER)) {
            /* The rest of the character after the lost byte. */
            size_t rest = (s[i - prefix] >= 0xF0 ? 4 : s[i - prefix] >= 0xE0 ? 3 : 2) - prefix - 1;
            for (i++; rest > 0 && i < n && (s[i] & 0xC0) == 0x80; rest--)
                i++;
        }
        put_bytes(out, replacement, sizeof replacement);
        r->lost++;
    }
}

static long run_plausibility(const unsigned char *s, size_t n, size_t *chars)
{
    long sum = 0;
    *chars = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += zp_utf8_decode(s + i, n - i, &cp);
        if (cp == '?' || cp == 0xFFFD)
            continue;
        sum += char_plausibility(cp);
        ++*chars;
    }
    return sum;
}

/* The byte a Latin-1/cp1252 reading turned into cp, or -1.  U+00FE and U+00FF
 * are refused: UTF-8 never holds those bytes. */
static int latin_byte(uint32_t cp)
{
    if (cp >= 0x80 && cp < 0xFE)
        return (int)cp;
    for (int i = 0; i < 32; i++)
        if (cp1252_high[i] == cp)
            return 0x80 + i;
    return -1;
}

static bool latin_bytes(const unsigned char *s, size_t n, struct repair_buffer *bytes)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += zp_utf8_decode(s + i, n - i, &cp);
        int b = cp == '?' ? QUESTION_PLACEHOLDER
                : cp == 0xFFFD ? REPLACEMENT_PLACEHOLDER
                               : latin_byte(cp);
        if (b < 0)
            return false;
        unsigned char byte = (unsigned char)b;
        put_bytes(bytes, &byte, 1);
    }
    return true;
}

static bool gbk_bytes(const unsigned char *s, size_t n, struct repair_buffer *bytes)
{
    iconv_t cd = cached_iconv("GBK", "UTF-8");
    if (!cd)
        return false;
    char *ip = (char *)s;
    size_t il = n;
    while (il > 0) {
        unsigned char chunk[256];
        char *op = (char *)chunk;
        size_t ol = sizeof chunk;
        size_t result = iconv(cd, &ip, &il, &op, &ol);
        int err = result == (size_t)-1 ? errno : 0;
        put_bytes(bytes, chunk, (size_t)(op - (char *)chunk));
        if (err == E2BIG || err == 0)
            continue;
        if (err != EILSEQ)
            return false;
        /* cp936 reads byte 0x80 as the euro sign; glibc's GBK has no 0x80. */
        static const unsigned char euro[] = {0xE2, 0x82, 0xAC};
        size_t marker = marker_len((unsigned char *)ip, il);
        unsigned char byte;
        if (marker > 0) {
            byte = *ip == '?' ? QUESTION_PLACEHOLDER : REPLACEMENT_PLACEHOLDER;
        } else if (il >= 3 && memcmp(ip, euro, 3) == 0) {
            byte = 0x80;
            marker = 3;
        } else {
            return false;
        }
        put_bytes(bytes, &byte, 1);
        ip += marker;
        il -= marker;
    }
    return true;
}

/* Tries one reading of the run; on success the repair is in out.  Once a
 * line has shown mojibake, its remaining runs are judged `relaxed`: a run the
 * misreading marked ('?' or U+FFFD) may come back as nothing but what it
 * lost, and a short run needs no gain in plausibility. */
static bool try_reading(const unsigned char *run, size_t n, bool latin, bool relaxed,
                        struct repair_buffer *out, struct repair_buffer *scratch,
                        struct reading *r)
{
    scratch->len = 0;
    /* '?' is ASCII and GBK keeps it as it is; make it a placeholder too. */
    if (!(latin ? latin_bytes(run, n, scratch) : gbk_bytes(run, n, scratch)))
        return false;
    for (size_t i = 0; !latin && i < scratch->len; i++)
        if (scratch->data[i] == '?')
            scratch->data[i] = QUESTION_PLACEHOLDER;
    size_t mark = out->len;
    *r = (struct reading){0};
    read_back(scratch->data, scratch->len, out, r);
    size_t old_chars;
    long old = run_plausibility(run, n, &old_chars);
    size_t chars = r->chars ? r->chars : 1;
    /* Latin-1 and cp1252 text is never well-formed UTF-8 by accident, so a
     * Latin reading may lose more (cp1252 has five unassigned bytes). */
    bool mostly_well_formed = latin ? r->multibyte >= 1 && r->lost <= r->multibyte
                                    : r->multibyte >= 2 && r->lost * 3 <= r->multibyte;
    bool plausible = r->plausibility >= (long)MIN_REPAIRED_MEAN * (long)chars;
    bool more_plausible = r->plausibility * (long)old_chars >=
                          (old + (long)MIN_GAIN * (long)old_chars) * (long)chars;
    bool marked = memchr(scratch->data, QUESTION_PLACEHOLDER, scratch->len) ||
                  memchr(scratch->data, REPLACEMENT_PLACEHOLDER, scratch->len);
    bool accept;
    if (relaxed)
        accept = (r->chars == 0 && marked) ||
                 (r->multibyte >= 1 && r->lost <= r->multibyte && plausible);
    else
        accept = old_chars >= 2 && mostly_well_formed && (latin || (plausible && more_plausible));
    if (accept)
        return true;
    out->len = mark;
    return false;
}

/* A run: non-ASCII characters, with the '?' that stand among or after them. */
static size_t run_end(const unsigned char *s, size_t n, size_t i)
{
    while (i < n && (s[i] >= 0x80 || s[i] == '?'))
        i++;
    return i;
}

static bool repair_runs(const unsigned char *s, size_t n, bool relaxed,
                        struct repair_buffer *out, struct repair_buffer *scratch,
                        uintmax_t *losses)
{
    bool repaired = false;
    out->len = 0;
    *losses = 0;
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80 || marker_len(s + i, n - i) > 0) {
            size_t len = s[i] < 0x80 ? 1 : sizeof replacement;
            put_bytes(out, s + i, len);
            i += len;
            continue;
        }
        size_t end = run_end(s, n, i);
        struct reading r;
        if (try_reading(s + i, end - i, true, relaxed, out, scratch, &r) ||
            try_reading(s + i, end - i, false, relaxed, out, scratch, &r)) {
            repaired = true;
            *losses += r.lost;
        } else {
            put_bytes(out, s + i, end - i);
        }
        i = end;
    }
    return repaired;
}

bool repair_mojibake(const unsigned char *s, size_t n, struct repair_buffer *out,
                     struct repair_buffer *scratch, uintmax_t *losses)
{
    return repair_runs(s, n, false, out, scratch, losses) &&
           repair_runs(s, n, true, out, scratch, losses);
}
