/* A reader for OpenCC's .ocd2 files.  The header "OPENCC_MARISA_0.2.5", then
 * the keys as marisa-trie 0.2 writes them (lib/marisa/grimoire in its
 * sources): marisa's header "We love Marisa.", then a LOUDS trie whose labels
 * longer than a byte live in a next trie or a tail; every vector is a
 * little-endian 64-bit byte count, the bytes, and padding to 8.  The rank
 * and select indexes in the file are skipped: the small dictionaries OpenCC
 * ships are quicker to index again than to decode.  Then the values, as
 * OpenCC's SerializedValues writes them, in the order of the keys' ids: the
 * number of entries (u32), the values' bytes (u32 length, then NUL-ended
 * strings), then per entry its number of values (u16) and each value's
 * length with its NUL (u16). */
#define _POSIX_C_SOURCE 200809L
#include "ocd2.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zp.h"

static const char opencc_header[] = "OPENCC_MARISA_0.2.5";
static const char marisa_header[] = "We love Marisa.";

struct reader {
    const unsigned char *p, *end;
    bool failed;
};

struct bytes {
    const unsigned char *data;
    size_t size;
};

/* A bit vector with the indexes this reader needs. */
struct bits {
    struct bytes units;
    uint32_t size, ones_count;
    uint32_t *rank_blocks; /* ones before each 64-bit block */
    uint32_t *ones;        /* positions of the ones, for select1 */
};

/* Values of value_size bits, packed little-endian. */
struct flat_vector {
    struct bytes units;
    uint32_t value_size, mask;
};

struct tail {
    struct bytes buf;
    struct bits end_flags; /* empty: NUL-terminated text */
};

struct trie {
    struct bits louds, terminal, link;
    struct bytes bases;
    struct flat_vector extras;
    struct tail tail;
    struct trie *next;
    uint32_t num_l1_nodes;
};

static uint64_t read_le(struct reader *r, size_t width)
{
    if ((size_t)(r->end - r->p) < width) {
        r->failed = true;
        return 0;
    }
    uint64_t v = 0;
    for (size_t i = 0; i < width; i++)
        v |= (uint64_t)r->p[i] << (8 * i);
    r->p += width;
    return v;
}

static struct bytes read_vector(struct reader *r)
{
    uint64_t size = read_le(r, 8);
    uint64_t padded = size + (8 - size % 8) % 8;
    if (r->failed || padded > (uint64_t)(r->end - r->p)) {
        r->failed = true;
        return (struct bytes){0};
    }
    struct bytes b = {r->p, (size_t)size};
    r->p += padded;
    return b;
}

static bool bit(const struct bits *b, size_t i)
{
    return i < b->size && (b->units.data[i / 8] >> (i % 8)) & 1;
}

static uint64_t block(const struct bits *b, size_t k)
{
    uint64_t v = 0;
    for (size_t i = 0; i < 8 && 8 * k + i < b->units.size; i++)
        v |= (uint64_t)b->units.data[8 * k + i] << (8 * i);
    return v;
}

static void read_bits(struct reader *r, struct bits *b)
{
    b->units = read_vector(r);
    b->size = (uint32_t)read_le(r, 4);
    b->ones_count = (uint32_t)read_le(r, 4);
    for (int skipped = 0; skipped < 3; skipped++) /* ranks, select0s, select1s */
        read_vector(r);
    if (r->failed || (uint64_t)b->size > (uint64_t)b->units.size * 8 || b->ones_count > b->size) {
        r->failed = true;
        return;
    }
    size_t blocks = b->size / 64 + 1;
    b->rank_blocks = zp_alloc(blocks, sizeof *b->rank_blocks);
    b->ones = zp_alloc(b->ones_count + 1, sizeof *b->ones);
    uint32_t ones = 0;
    for (size_t k = 0; k < blocks; k++) {
        b->rank_blocks[k] = ones;
        uint64_t v = block(b, k);
        for (size_t i = 0; i < 64 && 64 * k + i < b->size; i++)
            if ((v >> i) & 1) {
                if (ones == b->ones_count) {
                    r->failed = true;
                    return;
                }
                b->ones[ones++] = (uint32_t)(64 * k + i);
            }
    }
    if (ones != b->ones_count)
        r->failed = true;
}

/* Ones in [0, i). */
static size_t rank1(const struct bits *b, size_t i)
{
    uint64_t v = block(b, i / 64);
    uint64_t below = i % 64 ? v & ((UINT64_C(1) << (i % 64)) - 1) : 0;
    return b->rank_blocks[i / 64] + (size_t)__builtin_popcountll(below);
}

static void read_flat_vector(struct reader *r, struct flat_vector *f)
{
    f->units = read_vector(r);
    f->value_size = (uint32_t)read_le(r, 4);
    f->mask = (uint32_t)read_le(r, 4);
    read_le(r, 8); /* the number of values */
    if (f->value_size > 32)
        r->failed = true;
}

static uint32_t flat_value(const struct flat_vector *f, size_t i)
{
    size_t pos = i * f->value_size;
    uint64_t v = 0;
    for (size_t b = 0; b < 8 && pos / 8 + b < f->units.size; b++)
        v |= (uint64_t)f->units.data[pos / 8 + b] << (8 * b);
    return (uint32_t)(v >> (pos % 8)) & f->mask;
}

static void free_bits(struct bits *b)
{
    free(b->rank_blocks);
    free(b->ones);
}

static void free_trie(struct trie *t)
{
    if (!t)
        return;
    free_bits(&t->louds);
    free_bits(&t->terminal);
    free_bits(&t->link);
    free_bits(&t->tail.end_flags);
    free_trie(t->next);
    free(t);
}

static struct trie *read_trie(struct reader *r, int depth)
{
    struct trie *t = zp_alloc(1, sizeof *t);
    read_bits(r, &t->louds);
    read_bits(r, &t->terminal);
    read_bits(r, &t->link);
    t->bases = read_vector(r);
    read_flat_vector(r, &t->extras);
    t->tail.buf = read_vector(r);
    read_bits(r, &t->tail.end_flags);
    if (!r->failed && t->link.ones_count != 0 && t->tail.buf.size == 0) {
        if (depth > 8)
            r->failed = true;
        else
            t->next = read_trie(r, depth + 1);
    }
    read_vector(r); /* cache */
    t->num_l1_nodes = (uint32_t)read_le(r, 4);
    read_le(r, 4); /* configuration flags */
    if (t->bases.size < t->louds.ones_count || t->link.size > t->bases.size)
        r->failed = true;
    return t;
}

struct key {
    char *data;
    size_t len, cap;
    bool failed;
};

static void push(struct key *k, unsigned char c)
{
    if (k->len == k->cap) {
        k->cap = k->cap ? 2 * k->cap : 64;
        k->data = zp_resize(k->data, k->cap, 1);
    }
    k->data[k->len++] = (char)c;
}

static void reverse(struct key *k, size_t from)
{
    for (size_t i = from, j = k->len; i + 1 < j; i++, j--) {
        char c = k->data[i];
        k->data[i] = k->data[j - 1];
        k->data[j - 1] = c;
    }
}

/* A node's parent: the bit for node n is the n-th one of the LOUDS bits. */
static bool parent(const struct trie *t, size_t *node)
{
    if (*node >= t->louds.ones_count)
        return false;
    *node = t->louds.ones[*node] - *node - 1;
    return true;
}

static size_t link_of(const struct trie *t, size_t node)
{
    return t->bases.data[node] | ((size_t)flat_value(&t->extras, rank1(&t->link, node)) * 256);
}

static void restore_down(const struct trie *t, size_t node, struct key *k, int depth);

static void restore_tail(const struct tail *tail, size_t offset, struct key *k)
{
    if (tail->end_flags.size == 0) {
        for (; offset < tail->buf.size && tail->buf.data[offset]; offset++)
            push(k, tail->buf.data[offset]);
        return;
    }
    for (; offset < tail->buf.size; offset++) {
        push(k, tail->buf.data[offset]);
        if (bit(&tail->end_flags, offset))
            return;
    }
    k->failed = true;
}

static void restore_link(const struct trie *t, size_t link, struct key *k, int depth)
{
    if (t->next)
        restore_down(t->next, link, k, depth + 1);
    else
        restore_tail(&t->tail, link, k);
}

/* The label of a node of a next trie and its ancestors, as marisa's
 * LoudsTrie::restore_ gives it. */
static void restore_down(const struct trie *t, size_t node, struct key *k, int depth)
{
    for (size_t steps = 0; !k->failed; steps++) {
        if (node == 0 || node >= t->bases.size || steps > t->bases.size || depth > 8) {
            k->failed = true;
            return;
        }
        if (bit(&t->link, node))
            restore_link(t, link_of(t, node), k, depth);
        else
            push(k, t->bases.data[node]);
        if (node <= t->num_l1_nodes || !parent(t, &node))
            return;
    }
}

/* Key number id, as marisa's LoudsTrie::reverse_lookup gives it. */
static void key_of(const struct trie *t, size_t id, struct key *k)
{
    k->len = 0;
    size_t node = t->terminal.ones[id];
    for (size_t steps = 0; node != 0 && !k->failed; steps++) {
        if (node >= t->bases.size || steps > t->bases.size) {
            k->failed = true;
            return;
        }
        if (bit(&t->link, node)) {
            size_t from = k->len;
            restore_link(t, link_of(t, node), k, 0);
            reverse(k, from);
        } else {
            push(k, t->bases.data[node]);
        }
        if (node <= t->num_l1_nodes) {
            reverse(k, 0);
            return;
        }
        if (!parent(t, &node))
            k->failed = true;
    }
}

static unsigned char *read_file(const char *path, size_t *size, char *error, size_t error_size)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(error, error_size, "%s: %s", path, strerror(errno));
        return NULL;
    }
    unsigned char *data = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len == cap) {
            cap = cap ? 2 * cap : 1 << 16;
            data = zp_resize(data, cap, 1);
        }
        size_t n = fread(data + len, 1, cap - len, f);
        len += n;
        if (n == 0)
            break;
    }
    bool failed = ferror(f);
    fclose(f);
    if (failed) {
        snprintf(error, error_size, "%s: read error", path);
        free(data);
        return NULL;
    }
    *size = len;
    return data;
}

/* Sets where each entry's first value starts and how long it is. */
static bool first_values(struct reader *r, uint32_t entries, const char **value,
                         size_t *value_len)
{
    if (read_le(r, 4) != entries)
        return false;
    uint32_t total = (uint32_t)read_le(r, 4);
    if (r->failed || total > (size_t)(r->end - r->p))
        return false;
    const unsigned char *strings = r->p;
    r->p += total;
    size_t offset = 0;
    for (uint32_t i = 0; i < entries; i++) {
        uint16_t count = (uint16_t)read_le(r, 2);
        if (count == 0)
            return false;
        for (uint16_t j = 0; j < count; j++) {
            uint16_t len = (uint16_t)read_le(r, 2);
            if (r->failed || len == 0 || offset + len > total || strings[offset + len - 1])
                return false;
            if (j == 0) {
                value[i] = (const char *)strings + offset;
                value_len[i] = len - 1u;
            }
            offset += len;
        }
    }
    return !r->failed;
}

bool ocd2_each_entry(const char *path, ocd2_entry_fn *each_entry, void *context, char *error,
                     size_t error_size)
{
    size_t size;
    unsigned char *data = read_file(path, &size, error, error_size);
    if (!data)
        return false;
    struct reader r = {data, data + size, false};
    size_t opencc_len = sizeof opencc_header - 1, marisa_len = sizeof marisa_header;
    if (size < opencc_len + marisa_len || memcmp(data, opencc_header, opencc_len) != 0 ||
        memcmp(data + opencc_len, marisa_header, marisa_len) != 0) {
        snprintf(error, error_size, "%s: not an %s dictionary", path, opencc_header);
        free(data);
        return false;
    }
    r.p += opencc_len + marisa_len;
    struct trie *t = read_trie(&r, 0);
    uint32_t entries = t->terminal.ones_count;
    const char **value = zp_alloc(entries + 1u, sizeof *value);
    size_t *value_len = zp_alloc(entries + 1u, sizeof *value_len);
    bool ok = !r.failed && first_values(&r, entries, value, value_len);
    struct key k = {0};
    for (size_t id = 0; ok && id < entries; id++) {
        key_of(t, id, &k);
        ok = !k.failed;
        if (ok)
            each_entry(k.data, k.len, value[id], value_len[id], context);
    }
    if (!ok)
        snprintf(error, error_size, "%s: damaged dictionary", path);
    free(value);
    free(value_len);
    free(k.data);
    free_trie(t);
    free(data);
    return ok;
}
