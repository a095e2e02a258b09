/* How common a Han character is in modern Chinese (either script): see
 * mkhanfreq for the source and the scale.  0 = never seen, 255 = most common;
 * a factor of two in frequency is 8 points. */
#ifndef HANFREQ_H
#define HANFREQ_H

#include <stdbool.h>
#include <stdint.h>

#define HAN_FIRST 0x4E00u
#define HAN_LAST 0x9FFFu

extern const unsigned char han_score_table[HAN_LAST - HAN_FIRST + 1];

static inline bool in_score_table(uint32_t cp) { return cp - HAN_FIRST <= HAN_LAST - HAN_FIRST; }

static inline int han_score(uint32_t cp)
{
    return in_score_table(cp) ? han_score_table[cp - HAN_FIRST] : 0;
}

#endif
