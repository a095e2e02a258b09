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

/* The length of the longest word of the class that starts at byte at, or
 * that ends there; 0 for none.  *word, when not NULL, is set to it. */
size_t word_at(enum word_class cls, const unsigned char *s, size_t n, size_t at,
               const char **word);
size_t word_before(enum word_class cls, const unsigned char *s, size_t at, const char **word);
/* The same, of at most max bytes. */
size_t word_before_max(enum word_class cls, const unsigned char *s, size_t at, size_t max,
                       const char **word);
/* A word of the class opens with the character cp. */
bool word_opens(enum word_class cls, uint32_t cp);
/* A word of the class stands over the character at byte at. */
bool word_over(enum word_class cls, const unsigned char *s, size_t n, size_t at);
/* A word of the class stands over all of [from, to) and more. */
bool word_around(enum word_class cls, const unsigned char *s, size_t n, size_t from, size_t to);

#endif
