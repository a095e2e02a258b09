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
/* What repeats_check reads of a line, which is its text's alone: the
 * hash, and the tails it remembers with their hashes.  A caller may keep
 * it for the same text met again.  The tails remembered are those after
 * the line's last two clause marks, of a line that ends a sentence: a page
 * that repeats the end of a paragraph repeats a sentence or two. */
enum { TAILS_MAX = 2 };
struct repeat_key {
    uint32_t high; /* the hash's high half, which the table keys with */
    uint32_t tail_high[TAILS_MAX];
    bool known;    /* else the rest is to be worked out */
    uint8_t tails;
    size_t tail_at[TAILS_MAX]; /* where each tail begins */
};
/* The length of the clause mark at c (left bytes of the text from c on):
 * , ; : ! ? (1), ， ； ： ！ ？ 、 。 (3); 0 for none.  A tail begins after
 * one. */
static inline size_t repeats_clause_mark(const unsigned char *c, size_t left)
{
    switch (c[0]) {
    case ',': case ';': case ':': case '!': case '?':
        return 1;
    case 0xEF:
        return left >= 3 && c[1] == 0xBC &&
                       (c[2] == 0x8C || c[2] == 0x9B || c[2] == 0x9A || c[2] == 0x81 || c[2] == 0x9F)
                   ? 3
                   : 0;
    case 0xE3:
        return left >= 3 && c[1] == 0x80 && (c[2] == 0x81 || c[2] == 0x82) ? 3 : 0;
    default:
        return 0;
    }
}

/* The tails of a line, found by a caller that read its clause marks
 * anyway (line_measure counts them): where the TAILS_MAX that
 * repeats_check takes begin, the last first, 0 for none; TAILS_UNKNOWN
 * first when not found.  A mark whose tail is too short is the first
 * such mark or stands in its tail, which holds fewer than TAIL_MIN
 * characters, each mark one: of the marks from the last back, the first
 * TAIL_MARKS hold the tails taken. */
enum { TAILS_UNKNOWN = UINT16_MAX, TAIL_MARKS = TAIL_MIN + TAILS_MAX, CLAUSE_RING = 16 };
_Static_assert(CLAUSE_RING >= TAIL_MARKS, "the ring holds the marks the tails are among");
/* Sets at[] for s[0, n) (n < TAILS_UNKNOWN), which has count clause
 * marks, mark k ending at ends[k % CLAUSE_RING] (the byte after it); up to
 * 16 bytes after s + n are read (and not counted). */
void repeats_tails(const unsigned char *s, size_t n, const uint32_t ends[CLAUSE_RING], size_t count,
                   uint16_t at[TAILS_MAX]);

/* NULL when s[0, n) (chars characters; sentence: it ends a sentence, as
 * zp_ends_sentence tells) repeats no earlier line of the document, and then
 * it is remembered; else "repeat" or "repeat-tail".  s must stay in place
 * until the next repeats_start, and 16 bytes after s + n may be read (and
 * are not counted).  kept: NULL, or the key of s[0, n) kept for its text,
 * which the check reads when known, and else works out.  tails: NULL, or
 * where the tails of s[0, n) begin, as repeats_tails found them, which
 * spares the check the look for its marks. */
const char *repeats_check(struct repeats *r, const unsigned char *s, size_t n, size_t chars, bool sentence,
                          struct repeat_key *kept, const uint16_t *tails);
void repeats_free(struct repeats *r);

#endif
