#include "tables.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "zp.h"

#include "unit_table.h"
#include "word_table.h"

enum {
    UNITS = sizeof unit_table / sizeof unit_table[0],
    WORDS = sizeof word_table / sizeof word_table[0],
    WORD_CHARS_MAX = 16,
    BUCKETS = 256,
};

static size_t unit_lens[UNITS], word_lens[WORDS];
/* The classes of the words that open, and that close, with each character
 * of the Basic Multilingual Plane, one bit each: most lookups end there,
 * as most characters begin or end no word (a subject is read back
 * character by character). */
static uint32_t word_firsts[0x10000], word_lasts[0x10000];
_Static_assert(WORD_CLASSES <= 32, "a class is a bit of word_firsts and word_lasts");

static unsigned bucket_of(uint32_t cp) { return (cp * UINT32_C(2654435761)) >> 24; }

/* The units by a hash of their first character: the entries of bucket b
 * are unit_order[unit_start[b], unit_start[b + 1]), longest first. */
enum { UNIT_BUCKETS = 256 };
static unsigned short unit_order[UNITS];
static unsigned short unit_start[UNIT_BUCKETS + 1];

/* Indexes of the words of each class by character, so that a lookup
 * compares only the words that can match: by their first character, by
 * their last, and by each character with its byte offset in the word.  Each
 * is grouped by a hash of the character: the entries of bucket b are
 * [start[b], start[b + 1]). */
struct word_place {
    uint32_t cp;
    unsigned short word, offset;
};
struct word_index {
    struct word_place *places;
    size_t start[BUCKETS + 1];
};
static struct word_index firsts[WORD_CLASSES], lasts[WORD_CLASSES], chars[WORD_CLASSES];


static int by_bucket(const void *a, const void *b)
{
    unsigned x = bucket_of(((const struct word_place *)a)->cp);
    unsigned y = bucket_of(((const struct word_place *)b)->cp);
    return (x > y) - (x < y);
}

static void index_build(struct word_index *index, struct word_place *places, size_t count)
{
    qsort(places, count, sizeof *places, by_bucket);
    index->places = places;
    size_t k = 0;
    for (unsigned b = 0; b <= BUCKETS; b++) {
        while (k < count && bucket_of(places[k].cp) < b)
            k++;
        index->start[b] = k;
    }
}

static unsigned unit_bucket(const char *text)
{
    uint32_t cp;
    zp_utf8_char((const unsigned char *)text, strlen(text), &cp);
    return bucket_of(cp);
}

static int by_unit_bucket(const void *a, const void *b)
{
    const char *x = unit_table[*(const unsigned short *)a].text;
    const char *y = unit_table[*(const unsigned short *)b].text;
    unsigned bx = unit_bucket(x), by = unit_bucket(y);
    if (bx != by)
        return (bx > by) - (bx < by);
    size_t lx = strlen(x), ly = strlen(y);
    return (lx < ly) - (lx > ly);
}

void tables_init(void)
{
    for (size_t i = 0; i < UNITS; i++) {
        unit_lens[i] = strlen(unit_table[i].text);
        unit_order[i] = (unsigned short)i;
    }
    qsort(unit_order, UNITS, sizeof unit_order[0], by_unit_bucket);
    for (unsigned b = 0, k = 0; b <= UNIT_BUCKETS; b++) {
        while (k < UNITS && unit_bucket(unit_table[unit_order[k]].text) < b)
            k++;
        unit_start[b] = (unsigned short)k;
    }
    for (size_t i = 0; i < WORDS; i++)
        word_lens[i] = strlen(word_table[i].word);
    for (int cls = 0; cls < WORD_CLASSES; cls++) {
        struct word_place *first = zp_alloc(WORDS, sizeof *first);
        struct word_place *last = zp_alloc(WORDS, sizeof *last);
        struct word_place *each = zp_alloc(WORDS * WORD_CHARS_MAX, sizeof *each);
        size_t words = 0, places = 0;
        for (size_t i = 0; i < WORDS; i++) {
            if ((int)word_table[i].cls != cls)
                continue;
            const unsigned char *w = (const unsigned char *)word_table[i].word;
            uint32_t cp;
            zp_utf8_char(w, word_lens[i], &cp);
            first[words] = (struct word_place){cp, (unsigned short)i, 0};
            if (cp < 0x10000)
                word_firsts[cp] |= UINT32_C(1) << cls;
            zp_utf8_last(w, word_lens[i], &cp);
            last[words++] = (struct word_place){cp, (unsigned short)i, 0};
            if (cp < 0x10000)
                word_lasts[cp] |= UINT32_C(1) << cls;
            for (size_t at = 0, len, k = 0; at < word_lens[i] && k < WORD_CHARS_MAX; at += len, k++) {
                len = zp_utf8_char(w + at, word_lens[i] - at, &cp);
                each[places++] = (struct word_place){cp, (unsigned short)i, (unsigned short)at};
            }
        }
        index_build(&firsts[cls], first, words);
        index_build(&lasts[cls], last, words);
        index_build(&chars[cls], each, places);
    }
}

void tables_free(void)
{
    for (int cls = 0; cls < WORD_CLASSES; cls++) {
        free(firsts[cls].places);
        free(lasts[cls].places);
        free(chars[cls].places);
    }
}

const char *kind_name(enum kind kind) { return kind_names[kind]; }

bool kind_takes_subject(enum kind kind) { return kind_subject[kind]; }

const struct unit_entry *unit_at(const unsigned char *s, size_t n, size_t at, size_t *len)
{
    *len = 0;
    uint32_t cp;
    if (zp_char_at(s, n, at, &cp) == 0)
        return NULL;
    unsigned b = bucket_of(cp);
    for (unsigned k = unit_start[b]; k < unit_start[b + 1]; k++) {
        size_t i = unit_order[k];
        if (n - at >= unit_lens[i] && memcmp(s + at, unit_table[i].text, unit_lens[i]) == 0) {
            *len = unit_lens[i];
            return &unit_table[i];
        }
    }
    return NULL;
}

size_t word_at(enum word_class cls, const unsigned char *s, size_t n, size_t at, const char **word)
{
    uint32_t cp;
    if (zp_char_at(s, n, at, &cp) == 0 || (cp < 0x10000 && !(word_firsts[cp] >> cls & 1)))
        return 0;
    const struct word_index *index = &firsts[cls];
    unsigned b = bucket_of(cp);
    size_t best = 0;
    for (size_t k = index->start[b]; k < index->start[b + 1]; k++) {
        const struct word_place *p = &index->places[k];
        size_t len = word_lens[p->word];
        if (p->cp == cp && len > best && n - at >= len &&
            memcmp(s + at, word_table[p->word].word, len) == 0) {
            best = len;
            if (word)
                *word = word_table[p->word].word;
        }
    }
    return best;
}

bool word_opens(enum word_class cls, uint32_t cp)
{
    const struct word_index *index = &firsts[cls];
    unsigned b = bucket_of(cp);
    for (size_t k = index->start[b]; k < index->start[b + 1]; k++)
        if (index->places[k].cp == cp)
            return true;
    return false;
}

size_t word_before(enum word_class cls, const unsigned char *s, size_t at, const char **word)
{
    return word_before_max(cls, s, at, SIZE_MAX, word);
}

/* word_at's mirror, from the word's last character back: the same search
 * over the index of last characters, and a bound on the length. */
size_t word_before_max(enum word_class cls, const unsigned char *s, size_t at, size_t max,
                       const char **word)
{
    uint32_t cp;
    if (zp_char_before(s, at, &cp) == 0 || (cp < 0x10000 && !(word_lasts[cp] >> cls & 1)))
        return 0;
    const struct word_index *index = &lasts[cls];
    unsigned b = bucket_of(cp);
    size_t best = 0;
    for (size_t k = index->start[b]; k < index->start[b + 1]; k++) {
        const struct word_place *p = &index->places[k];
        size_t len = word_lens[p->word];
        if (p->cp == cp && len > best && len <= max && at >= len &&
            memcmp(s + at - len, word_table[p->word].word, len) == 0) {
            best = len;
            if (word)
                *word = word_table[p->word].word;
        }
    }
    return best;
}

/* The words of the class that stand over the character at byte at: calls
 * found with each one's span until it returns true. */
static bool each_word_over(enum word_class cls, const unsigned char *s, size_t n, size_t at,
                           bool (*found)(size_t from, size_t to, const void *data),
                           const void *data)
{
    uint32_t cp;
    if (zp_char_at(s, n, at, &cp) == 0)
        return false;
    const struct word_index *index = &chars[cls];
    unsigned b = bucket_of(cp);
    for (size_t k = index->start[b]; k < index->start[b + 1]; k++) {
        const struct word_place *p = &index->places[k];
        size_t len = word_lens[p->word];
        if (p->cp == cp && p->offset <= at && n - (at - p->offset) >= len &&
            memcmp(s + at - p->offset, word_table[p->word].word, len) == 0 &&
            found(at - p->offset, at - p->offset + len, data))
            return true;
    }
    return false;
}

static bool any_span(size_t from, size_t to, const void *data)
{
    (void)from, (void)to, (void)data;
    return true;
}

bool word_over(enum word_class cls, const unsigned char *s, size_t n, size_t at)
{
    return each_word_over(cls, s, n, at, any_span, NULL);
}

static bool wider_span(size_t from, size_t to, const void *data)
{
    const size_t *span = data;
    return from <= span[0] && to >= span[1] && to - from > span[1] - span[0];
}

bool word_around(enum word_class cls, const unsigned char *s, size_t n, size_t from, size_t to)
{
    size_t span[2] = {from, to};
    return each_word_over(cls, s, n, from, wider_span, span);
}
