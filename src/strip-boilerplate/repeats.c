#define _DEFAULT_SOURCE
#include "repeats.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "text.h"
#include "zp.h"

struct repeat_slot {
    uint64_t hash;
    const unsigned char *text;
    size_t len;
    uint32_t generation;
    bool whole; /* a whole line, not only a tail of one */
};

/* The hash key: drawn once, read by every thread. */
static uint64_t key[4];

void repeats_init(void)
{
    if (getrandom(key, sizeof key, GRND_NONBLOCK) != (ssize_t)sizeof key) {
        /* no entropy yet: the time and the process are a weaker key, but
         * the output does not depend on it, only the speed on a crafted
         * page */
        key[0] = (uint64_t)time(NULL) * UINT64_C(0x9E3779B97F4A7C15);
        key[1] = (uint64_t)getpid() * UINT64_C(0xBF58476D1CE4E5B9);
        key[2] = (uint64_t)(uintptr_t)&key * UINT64_C(0x94D049BB133111EB);
        key[3] = key[0] ^ key[1] ^ key[2];
    }
    for (int i = 0; i < 4; i++)
        key[i] |= 1;
}

/* The 128-bit product of a and b, folded: the mixing step of wyhash. */
static uint64_t fold_product(uint64_t a, uint64_t b)
{
    __uint128_t p = (__uint128_t)a * b;
    return (uint64_t)(p >> 64) ^ (uint64_t)p;
}

static uint64_t hash_bytes(const unsigned char *s, size_t n)
{
    uint64_t h = key[0] ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = fold_product(h ^ key[1], w ^ key[2]);
    }
    uint64_t w = 0;
    memcpy(&w, s + i, n - i);
    return fold_product(h ^ key[3], w ^ key[1] ^ n);
}

/* Where a clause ends: after a mark of ， 、 。 ； ： ！ ？ , ; : ! ? and the
 * spaces after it.  A tail repeated on a page starts at such a place. */
static size_t clause_end(const unsigned char *s, size_t n, size_t at)
{
    while (at < n) {
        unsigned char b = s[at];
        size_t mark = 0;
        if (b == ',' || b == ';' || b == ':' || b == '!' || b == '?')
            mark = 1;
        else if (b == 0xEF && at + 2 < n && s[at + 1] == 0xBC &&
                 (s[at + 2] == 0x8C || s[at + 2] == 0x9B || s[at + 2] == 0x9A || s[at + 2] == 0x81 ||
                  s[at + 2] == 0x9F))
            mark = 3; /* ， ； ： ！ ？ */
        else if (b == 0xE3 && at + 2 < n && s[at + 1] == 0x80 && (s[at + 2] == 0x81 || s[at + 2] == 0x82))
            mark = 3; /* 、 。 */
        if (mark == 0) {
            at++;
            continue;
        }
        at += mark;
        while (at < n && s[at] == ' ')
            at++;
        return at;
    }
    return n;
}

static size_t slot_of(const struct repeats *r, uint64_t hash, const unsigned char *s, size_t n)
{
    size_t mask = r->cap - 1, i = (size_t)hash & mask;
    for (;; i = (i + 1) & mask) {
        const struct repeat_slot *e = &r->slots[i];
        if (e->generation != r->generation ||
            (e->hash == hash && e->len == n && memcmp(e->text, s, n) == 0))
            return i;
    }
}

static void grow(struct repeats *r)
{
    struct repeat_slot *old = r->slots;
    size_t old_cap = r->cap;
    r->cap = old_cap ? 2 * old_cap : 256;
    r->slots = calloc(r->cap, sizeof *r->slots);
    if (!r->slots)
        zp_fatal("out of memory");
    uint32_t generation = r->generation;
    r->generation = 1;
    for (size_t i = 0; i < old_cap; i++) {
        if (old[i].generation != generation)
            continue;
        struct repeat_slot e = old[i];
        e.generation = 1;
        r->slots[slot_of(r, e.hash, e.text, e.len)] = e;
    }
    free(old);
}

static void remember(struct repeats *r, uint64_t hash, const unsigned char *s, size_t n, bool whole)
{
    if (2 * (r->used + 1) > r->cap)
        grow(r);
    struct repeat_slot *e = &r->slots[slot_of(r, hash, s, n)];
    if (e->generation == r->generation) {
        e->whole |= whole;
        return;
    }
    *e = (struct repeat_slot){.hash = hash, .text = s, .len = n, .generation = r->generation, .whole = whole};
    r->used++;
}

void repeats_start(struct repeats *r)
{
    r->used = 0;
    if (++r->generation == 0) { /* after 2^32 documents: clear for real */
        memset(r->slots, 0, r->cap * sizeof *r->slots);
        r->generation = 1;
    }
}

enum { CLAUSES_MAX = 64 };

const char *repeats_check(struct repeats *r, const unsigned char *s, size_t n, size_t chars)
{
    if (n == 0)
        return NULL;
    /* the hash of each tail from a clause boundary: the clauses' own hashes
     * folded from the last one back, so that a tail hashes alike as a line
     * of its own and inside a longer one */
    size_t starts[CLAUSES_MAX];
    size_t count = 0;
    for (size_t at = 0; at < n && count < CLAUSES_MAX; at = clause_end(s, n, at))
        starts[count++] = at;
    if (count == CLAUSES_MAX) /* the rest counts as one clause */
        count--;
    uint64_t tails[CLAUSES_MAX];
    size_t tail_chars[CLAUSES_MAX];
    uint64_t h = key[2];
    size_t after = 0;
    for (size_t c = count + 1; c-- > 1;) {
        size_t from = starts[c - 1], to = c < count ? starts[c] : n;
        h = fold_product(hash_bytes(s + from, to - from) ^ key[3], h ^ key[0]);
        tails[c - 1] = h;
        after += c > 1 ? zp_count_chars(s + from, to - from) : 0;
        tail_chars[c - 1] = after;
    }
    if (r->cap > 0) {
        const struct repeat_slot *e = &r->slots[slot_of(r, tails[0], s, n)];
        if (e->generation == r->generation) {
            if (e->whole)
                return "repeat";
            if (chars >= TAIL_MIN)
                return "repeat-tail";
        }
    }
    remember(r, tails[0], s, n, true);
    for (size_t c = 1; c < count; c++)
        if (tail_chars[c] >= TAIL_MIN)
            remember(r, tails[c], s + starts[c], n - starts[c], false);
    return NULL;
}

void repeats_free(struct repeats *r)
{
    free(r->slots);
    *r = (struct repeats){0};
}
