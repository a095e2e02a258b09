/* Repeats within a document: a line equal to an earlier one, or equal to
 * the tail of an earlier one from a clause boundary on (scraped pages
 * repeat their last screen, or the end of a paragraph).  Lines are hashed
 * whole, with a key drawn at random once per process, into a table that
 * grows with its load: the cost is linear in the document whatever its
 * lines look like, and a crafted page cannot aim at one chain. */
#ifndef REPEATS_H
#define REPEATS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { TAIL_MIN = 10 }; /* characters: a shorter repeated tail may be chance */

struct repeats {
    uint32_t *table; /* indices into entries */
    size_t cap;      /* of table, a power of 2 */
    unsigned bits;   /* its log2 */
    struct repeat_entry *entries;
    size_t used, entries_cap;
};

/* Draws the hash key; call once before any thread uses the table. */
void repeats_init(void);
/* The hash of s[0, n) that the table keys with, reading up to 16 bytes
 * past s + n (and not counting them). */
uint64_t repeats_hash(const unsigned char *s, size_t n);
/* Forgets the last document's lines. */
void repeats_start(struct repeats *r);
/* NULL when s[0, n) (chars characters; sentence: it ends a sentence, as
 * zp_ends_sentence tells) repeats no earlier line of the document, and then
 * it is remembered; else "repeat" or "repeat-tail".  s must stay in place
 * until the next repeats_start, and 16 bytes after s + n may be read (and
 * are not counted). */
const char *repeats_check(struct repeats *r, const unsigned char *s, size_t n, size_t chars, bool sentence);
void repeats_free(struct repeats *r);

#endif
