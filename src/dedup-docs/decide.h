/* Whether a document repeats one kept before it: the per-document decision,
 * and what is remembered of a document that is kept. */
#ifndef DEDUP_DECIDE_H
#define DEDUP_DECIDE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "index.h"
#include "sketch.h"

enum {
    /* Fewer Han characters and digits than this, and a document is never
     * taken for a repeat, nor kept for later ones to repeat: a notice of a
     * sentence or two says too little to tell a copy from a coincidence,
     * and a long article that happens to contain it is no copy of it. */
    MIN_TOKENS = 50,
    /* A containment resting on fewer of the shorter document's hashes than
     * this is not trusted: a copy must keep about a tenth of the longer
     * text to be told from it. */
    MIN_SAMPLE = 12,
};

#define DEFAULT_THRESHOLD 0.6

struct verdict {
    bool repeats;
    uint32_t kept;      /* the earlier document it repeats */
    double containment; /* of the shorter of the two in the longer */
};

bool too_short(const struct sketch *doc);
/* Compares doc with every kept document that shares a key with its smallest
 * hashes or its lead's; it repeats the one whose containment is highest (the
 * earliest of equals) when that reaches threshold. */
struct verdict judge(const struct index *ix, const struct sketch *doc, double threshold);

/* What is kept of a document, and written to a signatures file. */
struct signature {
    struct stored_sketch sketch;
    uint32_t keys[MAX_KEYS];
    unsigned key_count;
};
void signature_of(const struct sketch *doc, struct signature *out);

#endif
