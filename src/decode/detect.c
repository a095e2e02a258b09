/* Encoding detection.
 *
 * Every candidate decoding of the window is scored by how plausible its
 * characters are in a Chinese page: ASCII text and CJK punctuation are
 * plausible, a Han character is as plausible as it is frequent (hanfreq.c),
 * and what a wrong decoding produces (rare Han characters, Hangul, kana, box
 * drawing, private use, C0/C1 controls, invalid sequences) is not.  The
 * highest mean wins.  Validity alone cannot decide: GB18030 accepts almost
 * any byte pair, and a Big5 file is nearly always valid GBK. */
#define _POSIX_C_SOURCE 200809L
#include "detect.h"

#include <errno.h>
#include <string.h>

#include "hanfreq.h"
#include "zp.h"

enum { PLAUSIBLE = 100, IMPLAUSIBLE = -100 };

/* A valid UTF-8 window needs no second opinion when its characters are
 * plausible or when it has this many multibyte ones: GBK and Big5 text is
 * valid UTF-8 only by accident, for a few characters at most. */
enum { UTF8_SURE_MEAN = 90, UTF8_SURE_MULTIBYTE = 8 };
/* Otherwise a valid UTF-8 window loses only to a reading this much more
 * plausible: what GBK text that is valid UTF-8 by accident reads as (Latin,
 * Greek, Cyrillic letters) is far less plausible than its GBK reading. */
enum { UTF8_VALIDITY_BONUS = 40 };

int char_plausibility(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 0x20 && cp < 0x7F) || cp == '\t' || cp == '\n' || cp == '\r'
                   ? PLAUSIBLE
                   : IMPLAUSIBLE;
    if (in_score_table(cp))
        return han_score(cp);
    if (cp < 0xA0 || cp == 0xFFFD)
        return IMPLAUSIBLE;
    if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF5E) ||
        (cp >= 0x2010 && cp <= 0x2027) || cp == 0xA0 || cp == 0xB7 || cp == 0xD7 ||
        cp == 0xFEFF)
        return PLAUSIBLE;
    return 0;
}

struct cached_descriptor {
    const char *to, *from;
    iconv_t cd;
};

iconv_t cached_iconv(const char *to, const char *from)
{
    static struct cached_descriptor cache[8];
    static size_t cached;
    for (size_t i = 0; i < cached; i++)
        if (strcmp(cache[i].to, to) == 0 && strcmp(cache[i].from, from) == 0) {
            iconv(cache[i].cd, NULL, NULL, NULL, NULL);
            return cache[i].cd;
        }
    iconv_t cd = iconv_open(to, from);
    if (cd == (iconv_t)-1)
        return NULL;
    if (cached < sizeof cache / sizeof cache[0])
        cache[cached++] = (struct cached_descriptor){to, from, cd};
    else
        zp_fatal("internal error: too many iconv descriptors");
    return cd;
}

struct tally {
    long total;
    size_t chars, multibyte, invalid;
    bool has_nul;
    bool used_fallback;
};

static double mean_of(const struct tally *t)
{
    size_t n = t->chars + t->invalid;
    return n ? (double)(t->total + (long)t->invalid * IMPLAUSIBLE) / (double)n : 0;
}

static void tally_utf8(const unsigned char *s, size_t n, struct tally *t)
{
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        size_t len = zp_utf8_decode(s + i, n - i, &cp);
        if (len == 0) {
            size_t prefix = zp_utf8_prefix_len(s + i, n - i);
            if (prefix == n - i)
                break; /* cut by the window's end */
            t->invalid++;
            i += prefix ? prefix : 1;
            continue;
        }
        t->total += char_plausibility(cp);
        t->chars++;
        t->multibyte += len > 1;
        t->has_nul |= cp == 0;
        i += len;
    }
}

/* Decodes with cd (and, for a sequence cd rejects, with fallback) and tallies
 * the result.  invalid_step is the width of the unit to skip past an invalid
 * sequence. */
static void tally_iconv(iconv_t cd, iconv_t fallback, const unsigned char *in,
                        size_t len, size_t invalid_step, struct tally *t)
{
    char out[4096];
    char *ip = (char *)in;
    size_t il = len;
    while (il > 0) {
        char *op = out;
        size_t ol = sizeof out;
        size_t r = iconv(cd, &ip, &il, &op, &ol);
        int err = r == (size_t)-1 ? errno : 0;
        tally_utf8((unsigned char *)out, (size_t)(op - out), t);
        if (err == 0 || err == E2BIG)
            continue;
        if (err == EINVAL)
            break; /* cut by the window's end */
        if (fallback && il >= 2) {
            char *fp = ip, *fop = out;
            size_t fil = 2, fol = sizeof out;
            iconv(fallback, NULL, NULL, NULL, NULL);
            if (iconv(fallback, &fp, &fil, &fop, &fol) != (size_t)-1) {
                tally_utf8((unsigned char *)out, (size_t)(fop - out), t);
                t->used_fallback = true;
                ip += 2;
                il -= 2;
                continue;
            }
        }
        size_t step = invalid_step < il ? invalid_step : il;
        t->invalid++;
        ip += step;
        il -= step;
    }
}

bool is_plain_ascii(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] == 0 || s[i] >= 0x80)
            return false;
    return true;
}

static void tally_encoding(const char *encoding, const unsigned char *s, size_t n,
                           struct tally *t)
{
    iconv_t fallback = NULL;
    if (strcmp(encoding, "BIG5") == 0)
        fallback = cached_iconv("UTF-8", "BIG5-HKSCS");
    iconv_t cd = cached_iconv("UTF-8", encoding);
    if (cd == NULL)
        zp_fatal("iconv does not know %s", encoding);
    tally_iconv(cd, fallback, s, n, strncmp(encoding, "UTF-16", 6) == 0 ? 2 : 1, t);
}

static double confidence_from_margin(double margin)
{
    double c = 0.5 + margin / (2.0 * PLAUSIBLE);
    return c > 0.99 ? 0.99 : c;
}

void detect_encoding(const unsigned char *s, size_t n, bool at_file_start,
                     bool at_eof, struct detection *d)
{
    *d = (struct detection){.encoding = "UTF-8", .confidence = 1.0};
    if (at_file_start) {
        if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
            d->bom_len = 3;
            return;
        }
        if (n >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
            *d = (struct detection){"UTF-16LE", 1.0, 2};
            return;
        }
        if (n >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
            *d = (struct detection){"UTF-16BE", 1.0, 2};
            return;
        }
    }
    if (is_plain_ascii(s, n))
        return;

    struct candidate {
        const char *encoding;
        struct tally tally;
    } candidates[5] = {{"UTF-8", {0}}, {"GB18030", {0}}, {"BIG5", {0}},
                       {"UTF-16LE", {0}}, {"UTF-16BE", {0}}};
    /* UTF-16 without a BOM is a candidate only from the file's start, and not
     * for a whole file of odd length. */
    size_t count = at_file_start && !(at_eof && n % 2 == 1) ? 5 : 3;

    tally_utf8(s, n, &candidates[0].tally);
    const struct tally *u = &candidates[0].tally;
    if (u->invalid == 0 && !u->has_nul &&
        (mean_of(u) >= UTF8_SURE_MEAN || u->multibyte >= UTF8_SURE_MULTIBYTE)) {
        d->confidence = 0.99;
        return;
    }
    for (size_t i = 1; i < count; i++)
        tally_encoding(candidates[i].encoding, s, n, &candidates[i].tally);

    bool utf16_possible = count == 5 && u->has_nul;
    bool utf8_valid = u->invalid == 0 && u->multibyte > 0 && !utf16_possible;
    size_t best = 0;
    double best_mean = mean_of(u) + (utf8_valid ? UTF8_VALIDITY_BONUS : 0);
    double second_mean = -1e9;
    for (size_t i = 1; i < count; i++) {
        double m = mean_of(&candidates[i].tally);
        if (m > best_mean) {
            second_mean = best_mean;
            best_mean = m;
            best = i;
        } else if (m > second_mean) {
            second_mean = m;
        }
    }
    d->encoding = candidates[best].encoding;
    d->confidence = confidence_from_margin(best_mean - second_mean);
    if (best == 1) {
        /* GB18030 decodes GBK files exactly as GBK does; name GBK unless a
         * sequence only GB18030 has occurs, so the label says what the file
         * holds. */
        struct tally gbk = {0};
        tally_encoding("GBK", s, n, &gbk);
        if (gbk.invalid > candidates[1].tally.invalid)
            d->encoding = "GB18030";
        else
            d->encoding = "GBK";
    } else if (best == 2 && candidates[2].tally.used_fallback) {
        d->encoding = "BIG5-HKSCS";
    }
}
