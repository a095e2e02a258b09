/* extract-numbers' tables: the kinds and units of units.tsv and the words of
 * words.tsv, compiled in (build/gen/), with lookups by place in a text. */
#ifndef TABLES_H
#define TABLES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kinds.h"

/* The classes of words.tsv, which says what each is for. */
enum word_class {
    WORD_BOUNDARY,
    WORD_POINTER,
    WORD_EVENT,
    WORD_CHANGE,
    WORD_MODAL,
    WORD_ADVERB,
    WORD_MODIFIER,
    WORD_WORD,
    WORD_SUFFIX,
    WORD_DETERMINER,
    WORD_PLACE,
    WORD_PEOPLE,
    WORD_IDIOM,
    WORD_NAME,
    WORD_APPROX_BEFORE,
    WORD_APPROX_AFTER,
    WORD_APPROX_UNIT,
    WORD_APPROX_POWER,
    WORD_APPROX_TIME,
    WORD_RANGE,
    WORD_REGISTRATION,
    WORD_REFERENCE,
    WORD_DAYTIME,
    WORD_AFTERNOON,
    WORD_SCOPE_BEFORE,
    WORD_SCOPE_AFTER,
    WORD_CLASSES
};

/* How a unit is read, beyond its kind (units.tsv says). */
enum unit_reading {
    UNIT_PLAIN,
    UNIT_TENTHS,
    UNIT_TENTHS_MORE,
    UNIT_NOUN,
    UNIT_CARRIER,
    UNIT_PEOPLE,
    UNIT_LEVELS
};

struct unit_entry {
    const char *text;
    enum kind kind;
    const char *as; /* the unit reported */
    enum unit_reading reading;
};
struct word_entry {
    enum word_class cls;
    const char *word;
};

void tables_init(void);
void tables_free(void);

const char *kind_name(enum kind kind);
/* A record of the kind takes a subject (units.tsv). */
bool kind_takes_subject(enum kind kind);

/* The longest unit at byte at, or NULL; *len its bytes. */
const struct unit_entry *unit_at(const unsigned char *s, size_t n, size_t at, size_t *len);

/* The classes of the words that open, and that close, with each character
 * of the Basic Multilingual Plane, one bit each: most lookups end here, as
 * most characters begin or end no word (a subject is read back character
 * by character). */
extern uint32_t word_firsts[0x10000], word_lasts[0x10000];

/* The length of the longest word of the class that starts at byte at, or
 * that ends there; 0 for none.  *word, when not NULL, is set to it. */
size_t word_at_any(enum word_class cls, const unsigned char *s, size_t n, size_t at,
                   const char **word);
size_t word_before_max(enum word_class cls, const unsigned char *s, size_t at, size_t max,
                       const char **word);
static inline size_t word_at(enum word_class cls, const unsigned char *s, size_t n, size_t at,
                             const char **word)
{
    if (at >= n)
        return 0;
    /* the first byte of a character of three bytes or less names it */
    uint32_t cp = s[at];
    if (cp >= 0xE0 && cp < 0xF0 && n - at >= 3 && (s[at + 1] & 0xC0) == 0x80 &&
        (s[at + 2] & 0xC0) == 0x80)
        cp = (cp & 0x0F) << 12 | (uint32_t)(s[at + 1] & 0x3F) << 6 | (s[at + 2] & 0x3F);
    else if (cp >= 0x80)
        return word_at_any(cls, s, n, at, word);
    return word_firsts[cp] >> cls & 1 ? word_at_any(cls, s, n, at, word) : 0;
}
static inline size_t word_before(enum word_class cls, const unsigned char *s, size_t at,
                                 const char **word)
{
    if (at >= 3 && s[at - 3] >= 0xE0 && s[at - 3] < 0xF0 && (s[at - 2] & 0xC0) == 0x80 &&
        (s[at - 1] & 0xC0) == 0x80) {
        uint32_t cp = (s[at - 3] & 0x0Fu) << 12 | (uint32_t)(s[at - 2] & 0x3F) << 6 |
                      (s[at - 1] & 0x3F);
        if (!(word_lasts[cp] >> cls & 1))
            return 0;
    }
    return word_before_max(cls, s, at, SIZE_MAX, word);
}
/* A word of the class opens with the character cp. */
bool word_opens(enum word_class cls, uint32_t cp);
/* A word of the class stands over the character at byte at. */
bool word_over(enum word_class cls, const unsigned char *s, size_t n, size_t at);
/* A word of the class stands over all of [from, to) and more. */
bool word_around(enum word_class cls, const unsigned char *s, size_t n, size_t from, size_t to);

#endif
