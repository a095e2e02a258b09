/* A document's shingles and the small sketch kept of them.
 *
 * A shingle is SHINGLE_TOKENS tokens in a row, a token being a Han character
 * or a digit (full-width digits read as ASCII ones); everything else
 * (punctuation, spaces, line ends, Latin letters such as glued pinyin) is
 * skipped, so that a shingle may span it.  Each shingle is hashed with a
 * fixed seed (signatures written by one run are read by another) to 32 bits.
 *
 * The sketch is a bottom-k sketch: the SKETCH_SIZE smallest distinct shingle
 * hashes of the whole document.  Below the largest of them it holds every
 * hash the document has, so for two documents it tells exactly which of
 * their hashes below the smaller of their two largest are shared: a uniform
 * sample of each document's shingles, from which the containment of one in
 * the other is estimated, whatever their sizes (datasketch's MinHash
 * estimates Jaccard similarity, which a short copy of a long text does not
 * have).  Stored, each hash is cut to 16 bits by a shift chosen for its
 * document: the sketch's hashes spread over [0, largest], and 65,536 steps
 * of that range tell SKETCH_SIZE values apart but for the odd one. */
#ifndef DEDUP_SKETCH_H
#define DEDUP_SKETCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    SHINGLE_TOKENS = 5,
    SKETCH_SIZE = 128,
    /* the index keys: the smallest hashes of the whole document, and of its
     * lead, its first LEAD_SHINGLES shingles, where a shortened copy that
     * keeps the opening finds its original whatever the rest */
    GLOBAL_KEYS = 8,
    LEAD_SHINGLES = 256,
    LEAD_KEYS = 4,
    MAX_KEYS = GLOBAL_KEYS + LEAD_KEYS,
    /* how many of its smallest hashes a document looks up */
    QUERY_HASHES = 32,
};

/* A document's sketch, as it is read. */
struct sketch {
    uint32_t hashes[SKETCH_SIZE]; /* ascending, distinct */
    unsigned count;
    bool full;                    /* count == SKETCH_SIZE: more were left out */
    uint32_t lead[LEAD_KEYS];     /* the lead's smallest, ascending */
    unsigned lead_count;
    uint64_t tokens;              /* Han characters and digits */
};

/* A sketch as it is kept: 16 bits a hash. */
struct stored_sketch {
    uint16_t values[SKETCH_SIZE]; /* hash >> shift, ascending, distinct */
    uint8_t count, shift;
    bool full;
};

/* Builds a sketch from text fed piece by piece. */
struct sketcher {
    uint32_t ring[SHINGLE_TOKENS]; /* the last tokens, for the rolling hash */
    unsigned ring_at;
    uint64_t rolling, tokens;
    uint64_t oldest_weight; /* BASE^(SHINGLE_TOKENS - 1): the oldest token's */
    /* hashes below `below`, sorted down to the SKETCH_SIZE smallest when the
     * buffer fills */
    uint32_t pending[4 * SKETCH_SIZE];
    unsigned pending_count;
    uint64_t below;
    uint32_t lead[LEAD_KEYS]; /* the lead's smallest so far, ascending */
    unsigned lead_count;
};

void sketcher_start(struct sketcher *s);
/* Well-formed UTF-8 (checked by the caller), cut at character boundaries;
 * a document's pieces in order, its line ends left out. */
void sketcher_feed(struct sketcher *s, const unsigned char *text, size_t len);
void sketcher_finish(struct sketcher *s, struct sketch *out);

void sketch_store(const struct sketch *sketch, struct stored_sketch *out);

/* A document compared with stored sketches, one after another: its hashes
 * cut as each stored sketch's are, as a sorted list and as a bitmap, made
 * once for each shift met. */
enum { SHIFTS = 17 };
struct comparison {
    const struct sketch *doc;
    uint32_t made; /* bit s: the shift s is made */
    uint16_t values[SHIFTS][SKETCH_SIZE];
    unsigned count[SHIFTS];
    uint64_t bits[SHIFTS][(UINT16_MAX + 1) / 64];
};
void comparison_start(struct comparison *c, const struct sketch *doc);
/* The containment of the shorter document in the longer, estimated from the
 * hashes both sketches tell about; *sample is how many of the shorter one's
 * hashes it rests on. */
double comparison_containment(struct comparison *c, const struct stored_sketch *earlier,
                              unsigned *sample);
void comparison_end(struct comparison *c);

/* The keys a document is indexed under, ascending and distinct; returns how
 * many (at most MAX_KEYS). */
unsigned sketch_keys(const struct sketch *sketch, uint32_t keys[MAX_KEYS]);

#endif
