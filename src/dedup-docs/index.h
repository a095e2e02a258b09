/* The documents kept so far: each one's name and stored sketch, and a table
 * from its keys (sketch_keys) to it, where a later document looks up its
 * own smallest hashes to find the earlier ones worth comparing with.
 *
 * The table is open addressing with linear probing, its slots placed by a
 * hash of the key under a seed drawn at start-up, so that no input can be
 * crafted to pile its keys into one run; which documents a lookup returns
 * does not depend on the seed, so the output does not either.  A key held by
 * KEY_DOCS_MAX documents takes no more, and a lookup of it finds nothing:
 * a shingle that many documents kept as different from each other share is
 * common (a stock phrase) and tells nothing about this one, and comparing
 * with all of them would make each document cost more as the corpus grows. */
#ifndef DEDUP_INDEX_H
#define DEDUP_INDEX_H

#include <stddef.h>
#include <stdint.h>

#include "sketch.h"

enum { KEY_DOCS_MAX = 8 };

struct kept_doc {
    struct stored_sketch sketch;
    uint32_t name_len;
    const unsigned char *name;
};

struct key_entry {
    uint32_t key;
    uint32_t doc_plus_one; /* 0: the slot is empty */
};

struct index {
    struct kept_doc **blocks; /* of DOCS_PER_BLOCK, so that none moves */
    size_t block_count, doc_count;
    struct name_chunk *names;
    struct key_entry *table;
    size_t capacity, used;
    uint64_t seed;
};

void index_init(struct index *ix);
void index_free(struct index *ix);
/* Adds a document and files it under its keys; returns its number. */
uint32_t index_add(struct index *ix, const unsigned char *name, size_t name_len,
                   const struct stored_sketch *sketch, const uint32_t *keys, unsigned key_count);
/* The documents filed under key into docs; returns how many, 0 for a key
 * that KEY_DOCS_MAX documents hold. */
unsigned index_lookup(const struct index *ix, uint32_t key, uint32_t docs[KEY_DOCS_MAX]);
const struct kept_doc *index_doc(const struct index *ix, uint32_t doc);
/* Ask the memory early for where index_lookup(key) and index_doc(doc) will
 * read. */
void index_prefetch(const struct index *ix, uint32_t key);
void index_prefetch_doc(const struct index *ix, uint32_t doc);

#endif
