#define _DEFAULT_SOURCE /* getrandom */
#include "index.h"

#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "zp.h"

enum { DOCS_PER_BLOCK = 4096, NAME_CHUNK = 1 << 20, INITIAL_CAPACITY = 1 << 12 };

/* Names, one after another in chunks that are never moved. */
struct name_chunk {
    struct name_chunk *next;
    size_t used, cap;
    unsigned char bytes[];
};

static uint64_t random_seed(void)
{
    uint64_t seed;
    if (getrandom(&seed, sizeof seed, GRND_NONBLOCK) == (ssize_t)sizeof seed)
        return seed;
    /* no entropy yet: still unknown to whoever wrote the input */
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    return ((uint64_t)now.tv_nsec << 32) ^ (uint64_t)now.tv_sec ^ ((uint64_t)getpid() << 16) ^
           (uint64_t)(uintptr_t)&now;
}

void index_init(struct index *ix)
{
    *ix = (struct index){.seed = random_seed()};
}

void index_free(struct index *ix)
{
    for (size_t i = 0; i < ix->block_count; i++)
        free(ix->blocks[i]);
    free(ix->blocks);
    while (ix->names) {
        struct name_chunk *next = ix->names->next;
        free(ix->names);
        ix->names = next;
    }
    free(ix->table);
    *ix = (struct index){0};
}

static size_t slot_of(const struct index *ix, uint32_t key)
{
    uint64_t z = key ^ ix->seed;
    z = (z ^ (z >> 32)) * UINT64_C(0xD6E8FEB86659FD93);
    z = (z ^ (z >> 32)) * UINT64_C(0xD6E8FEB86659FD93);
    return (size_t)(z ^ (z >> 32)) & (ix->capacity - 1);
}

/* Files doc under key unless KEY_DOCS_MAX documents have it. */
static void file_under(struct index *ix, uint32_t key, uint32_t doc_plus_one)
{
    unsigned holders = 0;
    size_t i = slot_of(ix, key);
    while (ix->table[i].doc_plus_one != 0) {
        if (ix->table[i].key == key && ++holders == KEY_DOCS_MAX)
            return;
        i = (i + 1) & (ix->capacity - 1);
    }
    ix->table[i] = (struct key_entry){key, doc_plus_one};
    ix->used++;
}

static void grow_table(struct index *ix)
{
    struct key_entry *old = ix->table;
    size_t old_capacity = ix->capacity;
    ix->capacity = old_capacity ? 2 * old_capacity : INITIAL_CAPACITY;
    ix->table = zp_alloc(ix->capacity, sizeof ix->table[0]);
    ix->used = 0;
    for (size_t i = 0; i < old_capacity; i++)
        if (old[i].doc_plus_one != 0)
            file_under(ix, old[i].key, old[i].doc_plus_one);
    free(old);
}

static const unsigned char *keep_name(struct index *ix, const unsigned char *name, size_t len)
{
    struct name_chunk *c = ix->names;
    if (!c || c->cap - c->used < len) {
        size_t cap = len > NAME_CHUNK ? len : NAME_CHUNK;
        c = zp_alloc(1, sizeof *c + cap);
        c->next = ix->names;
        c->used = 0;
        c->cap = cap;
        ix->names = c;
    }
    unsigned char *at = c->bytes + c->used;
    if (len > 0)
        memcpy(at, name, len);
    c->used += len;
    return at;
}

uint32_t index_add(struct index *ix, const unsigned char *name, size_t name_len,
                   const struct stored_sketch *sketch, const uint32_t *keys, unsigned key_count)
{
    if (ix->doc_count >= UINT32_MAX - 1)
        zp_fatal("more than %u documents kept", (unsigned)(UINT32_MAX - 2));
    if (name_len > UINT32_MAX)
        name_len = UINT32_MAX;
    size_t doc = ix->doc_count;
    if (doc % DOCS_PER_BLOCK == 0) {
        ix->blocks = zp_resize(ix->blocks, ix->block_count + 1, sizeof *ix->blocks);
        ix->blocks[ix->block_count++] = zp_alloc(DOCS_PER_BLOCK, sizeof(struct kept_doc));
    }
    struct kept_doc *d = &ix->blocks[doc / DOCS_PER_BLOCK][doc % DOCS_PER_BLOCK];
    d->sketch = *sketch;
    d->name_len = (uint32_t)name_len;
    d->name = keep_name(ix, name, name_len);
    ix->doc_count++;
    for (unsigned i = 0; i < key_count; i++) {
        /* at most seven eighths full: probe runs stay short */
        if (8 * (ix->used + 1) > 7 * ix->capacity)
            grow_table(ix);
        file_under(ix, keys[i], (uint32_t)doc + 1);
    }
    return (uint32_t)doc;
}

unsigned index_lookup(const struct index *ix, uint32_t key, uint32_t docs[KEY_DOCS_MAX])
{
    unsigned n = 0;
    if (ix->capacity == 0)
        return 0;
    for (size_t i = slot_of(ix, key); ix->table[i].doc_plus_one != 0; i = (i + 1) & (ix->capacity - 1)) {
        if (ix->table[i].key != key)
            continue;
        docs[n++] = ix->table[i].doc_plus_one - 1;
        if (n == KEY_DOCS_MAX)
            return 0;
    }
    return n;
}

const struct kept_doc *index_doc(const struct index *ix, uint32_t doc)
{
    return &ix->blocks[doc / DOCS_PER_BLOCK][doc % DOCS_PER_BLOCK];
}

void index_prefetch(const struct index *ix, uint32_t key)
{
    if (ix->capacity > 0)
        __builtin_prefetch(&ix->table[slot_of(ix, key)]);
}

void index_prefetch_doc(const struct index *ix, uint32_t doc)
{
    const unsigned char *d = (const unsigned char *)index_doc(ix, doc);
    for (size_t line = 0; line < sizeof(struct kept_doc); line += 64)
        __builtin_prefetch(d + line);
}
