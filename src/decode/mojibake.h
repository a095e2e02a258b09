/* Mojibake: UTF-8 text that something read as GBK (or as Latin-1 / cp1252)
 * and saved again as UTF-8, so that 党建 became 鍏氬缓 (or å…šå»º). */
#ifndef MOJIBAKE_H
#define MOJIBAKE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "hanfreq.h"

/* Han characters rarer than this are suspects.  Of the non-ASCII characters
 * of the fixture and example articles, 3.1% are suspects; of the same text
 * read as GBK, 73.4%; read as cp1252, 64.2%. */
enum { SUSPECT_HAN_SCORE = 85 };

bool mojibake_suspect_non_han(uint32_t cp);

/* Cheap first look, for one character of a line: could it belong to
 * mojibake?  A line with many such characters is worth repair_mojibake(). */
static inline bool mojibake_suspect(uint32_t cp)
{
    if (in_score_table(cp))
        return han_score(cp) < SUSPECT_HAN_SCORE;
    /* CJK punctuation and full-width forms lie above every other suspect. */
    return cp >= 0x80 && cp <= 0x2122 && mojibake_suspect_non_han(cp);
}

struct repair_buffer {
    unsigned char *data;
    size_t len, cap;
};

/* Reverses every run of mojibake in the valid UTF-8 text s into out, where
 * the original bytes survive; a byte that did not survive becomes U+FFFD and
 * is counted in *losses.  scratch is working space.  Returns false, leaving
 * out unspecified, when no run was mojibake. */
bool repair_mojibake(const unsigned char *s, size_t n, struct repair_buffer *out,
                     struct repair_buffer *scratch, uintmax_t *losses);

#endif
