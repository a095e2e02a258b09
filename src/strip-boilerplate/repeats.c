#define _DEFAULT_SOURCE
#include "repeats.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__SSE2__) && defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define WIDE_MARKS 1
#define AVX2 __attribute__((target("avx2")))
#endif

#include "text.h"
#include "zp.h"

#ifdef WIDE_MARKS
/* The processor has AVX2: a line's marks are looked for 32 bytes at a
 * time. */
static bool wide_marks;
/* The bytes scan_wide compares with, 32 of each, filled by repeats_init:
 * read from memory by the compares, where constants would be built in
 * registers at every window. */
enum { M_COMMA, M_SEMICOLON, M_COLON, M_BANG, M_QUESTION, M_EF, M_BC, M_8C, M_9B, M_9A, M_81, M_9F, M_E3, M_80,
       M_82, MARK_BYTES };
static const unsigned char mark_bytes[MARK_BYTES] = {',', ';', ':', '!', '?', 0xEF, 0xBC, 0x8C, 0x9B, 0x9A, 0x81,
                                                     0x9F, 0xE3, 0x80, 0x82};
static _Alignas(32) unsigned char mark_rows[MARK_BYTES][32];
#endif

/* A line or tail remembered.  The table holds indices into the entries,
 * four bytes a slot; a slot is taken when the entry it names says it stands
 * there, so that forgetting a document is setting used to 0, and a line
 * costs 24 bytes and two or more table slots. */
struct repeat_entry {
    const unsigned char *text;
    size_t len;
    uint32_t hash;        /* the hash's high half: most unequal lines differ there */
    uint32_t slot : 31;   /* its place in the table */
    uint32_t whole : 1;   /* a whole line, not only a tail of one */
};
enum { SLOTS_MAX = UINT32_C(1) << 31 };

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
#ifdef WIDE_MARKS
    wide_marks = __builtin_cpu_supports("avx2");
    for (int k = 0; k < MARK_BYTES; k++)
        memset(mark_rows[k], mark_bytes[k], sizeof mark_rows[k]);
#endif
}

/* The 128-bit product of a and b, folded: the mixing step of wyhash. */
static uint64_t fold_product(uint64_t a, uint64_t b)
{
    __uint128_t p = (__uint128_t)a * b;
    return (uint64_t)(p >> 64) ^ (uint64_t)p;
}

/* The bytes of s[0, n) that a word read at s holds (n < 8): the others are
 * those after n, which the hash must not see. */
static uint64_t first_bytes(uint64_t word, size_t n)
{
    if (n == 0)
        return 0;
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return word & ~(~UINT64_C(0) >> (8 * n));
#else
    return word & (~UINT64_C(0) >> (64 - 8 * n));
#endif
}

/* The hash is taken from the end of the text back, sixteen bytes a product
 * as wyhash mixes them: the chunks stand at n - 16, n - 32, ..., and the
 * bytes before the last whole one (fewer than 16) end it.  So a line's
 * tails, which end where it ends, are made of the same chunks as the line:
 * the one pass that hashes the line yields its tails' hashes too (see
 * repeats_check).  A chain value after k chunks, then its end with the
 * bytes before them. */
static uint64_t chain_start(void) { return key[0]; }

static uint64_t chain_step(uint64_t h, const unsigned char *chunk)
{
    uint64_t a, b;
    memcpy(&a, chunk, 8);
    memcpy(&b, chunk + 8, 8);
    return fold_product(a ^ key[1], b ^ h);
}

/* The hash of s[0, n) from h, the chain over its n / 16 last chunks: the
 * n % 16 bytes at s are read as 16, past them (see repeats_check), and cut. */
static uint64_t chain_end(uint64_t h, const unsigned char *s, size_t n)
{
    size_t left = n % 16;
    uint64_t a, b;
    memcpy(&a, s, 8);
    memcpy(&b, s + 8, 8);
    a = left >= 8 ? a : first_bytes(a, left);
    b = left >= 8 ? first_bytes(b, left - 8) : 0;
    return fold_product(a ^ key[2] ^ h, b ^ key[3] ^ n);
}

uint64_t repeats_hash(const unsigned char *s, size_t n)
{
    uint64_t h = chain_start();
    for (size_t end = n; end >= 16; end -= 16)
        h = chain_step(h, s + end - 16);
    return chain_end(h, s, n);
}

/* Whether the mark of one to three bytes that ends at s[at - 1] ends a
 * clause (repeats_clause_mark).  Its length, or 0. */
static size_t mark_before(const unsigned char *s, size_t at)
{
    if (repeats_clause_mark(s + at - 1, 1) == 1)
        return 1;
    return at >= 3 && repeats_clause_mark(s + at - 3, 3) == 3 ? 3 : 0;
}

/* The bytes of s[from, end) (end - from <= 16) that end a mark (those
 * mark_before takes), as bits: sixteen at once, with the two bytes before
 * each, when the window is whole and has them. */
static unsigned mark_ends(const unsigned char *s, size_t from, size_t end)
{
#ifdef __SSE2__
    if (end - from == 16 && from >= 2) {
#define LOAD(at) _mm_loadu_si128((const __m128i *)(const void *)(s + (at)))
#define EQ(v, c) _mm_cmpeq_epi8(v, _mm_set1_epi8((char)(c)))
        __m128i v = LOAD(from), before = LOAD(from - 1), lead = LOAD(from - 2);
        __m128i ascii = _mm_or_si128(_mm_or_si128(EQ(v, ','), EQ(v, ';')),
                                     _mm_or_si128(EQ(v, ':'), _mm_or_si128(EQ(v, '!'), EQ(v, '?'))));
        __m128i full_width = _mm_and_si128(
            _mm_and_si128(EQ(lead, 0xEF), EQ(before, 0xBC)),
            _mm_or_si128(_mm_or_si128(EQ(v, 0x8C), EQ(v, 0x9B)),
                         _mm_or_si128(EQ(v, 0x9A), _mm_or_si128(EQ(v, 0x81), EQ(v, 0x9F)))));
        __m128i ideographic = _mm_and_si128(_mm_and_si128(EQ(lead, 0xE3), EQ(before, 0x80)),
                                            _mm_or_si128(EQ(v, 0x81), EQ(v, 0x82)));
#undef LOAD
#undef EQ
        return (unsigned)_mm_movemask_epi8(_mm_or_si128(ascii, _mm_or_si128(full_width, ideographic)));
    }
#endif
    unsigned bits = 0;
    for (size_t at = from; at < end; at++)
        bits |= (unsigned)(mark_before(s, at + 1) != 0) << (at - from);
    return bits;
}

/* The entry for s[0, n) (of hash high, the hash's high half), or NULL;
 * *slot is its slot, or the free slot where it goes.  A line's first slot
 * is picked by the hash's highest bits, which the entry keeps for when the
 * table grows. */
static struct repeat_entry *find(const struct repeats *r, uint32_t high, const unsigned char *s, size_t n,
                                 size_t *slot)
{
    size_t mask = r->cap - 1;
    for (size_t i = high >> (32 - r->bits);; i = (i + 1) & mask) {
        uint32_t at = r->table[i];
        if (at >= r->used || r->entries[at].slot != i) {
            *slot = i;
            return NULL;
        }
        struct repeat_entry *e = &r->entries[at];
        if (e->hash == high && e->len == n && memcmp(e->text, s, n) == 0) {
            *slot = i;
            return e;
        }
    }
}

static void put(struct repeats *r, size_t i, struct repeat_entry e)
{
    e.slot = (uint32_t)i;
    r->table[i] = (uint32_t)r->used;
    r->entries[r->used++] = e;
}

/* Room for one more entry, with the table at most half full. */
static void grow(struct repeats *r)
{
    if (r->used == r->entries_cap)
        r->entries = zp_grow(r->entries, &r->entries_cap, r->used + 1, sizeof *r->entries);
    if (2 * (r->used + 1) <= r->cap)
        return;
    /* the table's indices are 32 bits: a document of four thousand million
     * distinct lines is none that memory holds anyway */
    if (r->cap >= SLOTS_MAX / 2)
        zp_fatal("out of memory");
    r->cap = r->cap ? 2 * r->cap : 256;
    r->bits = (unsigned)__builtin_ctzll(r->cap);
    free(r->table);
    /* cleared for memory checkers: a slot is free by the entries, whatever
     * it holds */
    r->table = zp_alloc(r->cap, sizeof *r->table);
    size_t used = r->used;
    r->used = 0;
    while (r->used < used) {
        struct repeat_entry e = r->entries[r->used];
        size_t slot;
        find(r, e.hash, e.text, e.len, &slot);
        put(r, slot, e);
    }
}

static inline void make_room(struct repeats *r)
{
    if (r->used == r->entries_cap || 2 * (r->used + 1) > r->cap)
        grow(r);
}

static void remember(struct repeats *r, uint32_t high, const unsigned char *s, size_t n, bool whole)
{
    make_room(r);
    size_t slot;
    struct repeat_entry *e = find(r, high, s, n, &slot);
    if (e)
        e->whole |= whole;
    else
        put(r, slot, (struct repeat_entry){.text = s, .len = n, .hash = high, .whole = whole});
}

void repeats_start(struct repeats *r) { r->used = 0; }

/* The scan of a line from its end back: the chain of its hash after each
 * chunk, and its tails as they are found. */
struct tail_scan {
    const unsigned char *s;
    size_t n;
    uint64_t chains[4]; /* chains[k % 4]: the chain after k chunks, for the last four k */
    size_t done;        /* chunks */
    size_t tails, at[TAILS_MAX];
    uint64_t hash[TAILS_MAX];
};

static void scan_step(struct tail_scan *t, const unsigned char *chunk)
{
    t->chains[(t->done + 1) % 4] = chain_step(t->chains[t->done % 4], chunk);
    t->done++;
}

/* The characters of s[0, n), n < 4 * TAIL_MIN, reading up to 16 bytes past
 * n (as repeats_check may): a tail's count, which zp_count_chars, made for
 * long text, gave in about 87 instructions, this in about 37. */
static size_t count_tail_chars(const unsigned char *s, size_t n)
{
#ifdef __SSE2__
    const __m128i lanes = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    __m128i continuing = _mm_setzero_si128();
    for (size_t at = 0; at < n; at += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + at));
        __m128i in_tail = n - at >= 16 ? _mm_set1_epi8(-1) : _mm_cmpgt_epi8(_mm_set1_epi8((char)(n - at)), lanes);
        continuing = _mm_sub_epi8(continuing, _mm_and_si128(_mm_cmpgt_epi8(_mm_set1_epi8(-64), v), in_tail));
    }
    __m128i sums = _mm_sad_epu8(continuing, _mm_setzero_si128());
    return n - (size_t)(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
#else
    return zp_count_chars(s, n);
#endif
}

/* Where the tail after a mark that ends at s[after - 1] begins: after the
 * spaces after the mark, when TAIL_MIN characters or more follow; else 0. */
static inline size_t tail_start(const unsigned char *s, size_t n, size_t after)
{
    if (after >= n)
        return 0;
    while (after < n && s[after] == ' ')
        after++;
    /* TAIL_MIN characters are at least TAIL_MIN bytes, and
     * 4 * TAIL_MIN bytes at least TAIL_MIN characters */
    return after < n && n - after >= TAIL_MIN &&
                   (n - after >= 4 * TAIL_MIN || count_tail_chars(s + after, n - after) >= TAIL_MIN)
               ? after
               : 0;
}

/* The tails after the marks of the window at from (bits from it), from the
 * last back: each after a mark (and the spaces after it), of TAIL_MIN
 * characters or more.  A tail's hash is the chain after the chunks it
 * holds, ended with its first bytes. */
static inline __attribute__((always_inline)) void take_tails(struct tail_scan *t, size_t from, uint32_t marks)
{
    const unsigned char *s = t->s;
    size_t n = t->n;
    while (marks && t->tails < TAILS_MAX) {
        unsigned bit = 31 - (unsigned)__builtin_clz(marks);
        marks &= ~(UINT32_C(1) << bit);
        size_t after = tail_start(s, n, from + bit + 1);
        if (after > 0) {
            size_t chunks = (n - after) / 16;
            /* spaces after a mark may reach past the chunks at hand */
            t->hash[t->tails] = chunks <= t->done && t->done - chunks < 4
                                    ? chain_end(t->chains[chunks % 4], s + after, n - after)
                                    : repeats_hash(s + after, n - after);
            t->at[t->tails++] = after;
        }
    }
}

void repeats_tails(const unsigned char *s, size_t n, const uint32_t ends[CLAUSE_RING], size_t count,
                   uint16_t at[TAILS_MAX])
{
    size_t taken = 0, first = count > TAIL_MARKS ? count - TAIL_MARKS : 0;
    for (size_t k = count; k-- > first && taken < TAILS_MAX;) {
        size_t after = tail_start(s, n, ends[k % CLAUSE_RING]);
        if (after > 0)
            at[taken++] = (uint16_t)after;
    }
    for (; taken < TAILS_MAX; taken++)
        at[taken] = 0;
}

/* The key of s[0, n) with its tails at at[] (repeats_tails): the chain of
 * the hash from the end back, each tail's hash taken where the chain has
 * its chunks. */
static void key_of_tails(struct repeat_key *k, const unsigned char *s, size_t n, const uint16_t *at)
{
    uint64_t chain = chain_start();
    size_t end = n;
    k->tails = 0;
    for (size_t i = 0; i < TAILS_MAX && at[i] != 0; i++) {
        for (size_t to = n - (n - at[i]) / 16 * 16; end > to; end -= 16)
            chain = chain_step(chain, s + end - 16);
        k->tail_high[i] = (uint32_t)(chain_end(chain, s + at[i], n - at[i]) >> 32);
        k->tail_at[i] = at[i];
        k->tails++;
    }
    for (; end >= 16; end -= 16)
        chain = chain_step(chain, s + end - 16);
    k->high = (uint32_t)(chain_end(chain, s, n) >> 32);
}

#ifdef WIDE_MARKS
/* The scan of the windows of 32 bytes from end back, while tails are
 * wanted and a window has the two bytes before it: its marks looked for at
 * once, as mark_ends does, on processors with AVX2.  Where it stopped. */
AVX2 static size_t scan_wide(struct tail_scan *t, size_t end)
{
#define EQ(v, k) _mm256_cmpeq_epi8(v, _mm256_load_si256((const __m256i *)(const void *)mark_rows[k]))
    const unsigned char *s = t->s;
    for (; t->tails < TAILS_MAX && end >= 32 + 2; end -= 32) {
        size_t from = end - 32;
        __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(s + from));
        __m256i before = _mm256_loadu_si256((const __m256i *)(const void *)(s + from - 1));
        __m256i lead = _mm256_loadu_si256((const __m256i *)(const void *)(s + from - 2));
        __m256i ascii = _mm256_or_si256(_mm256_or_si256(EQ(v, M_COMMA), EQ(v, M_SEMICOLON)),
                                        _mm256_or_si256(EQ(v, M_COLON), _mm256_or_si256(EQ(v, M_BANG), EQ(v, M_QUESTION))));
        __m256i full_width = _mm256_and_si256(
            _mm256_and_si256(EQ(lead, M_EF), EQ(before, M_BC)),
            _mm256_or_si256(_mm256_or_si256(EQ(v, M_8C), EQ(v, M_9B)),
                            _mm256_or_si256(EQ(v, M_9A), _mm256_or_si256(EQ(v, M_81), EQ(v, M_9F)))));
        __m256i ideographic = _mm256_and_si256(_mm256_and_si256(EQ(lead, M_E3), EQ(before, M_80)),
                                               _mm256_or_si256(EQ(v, M_81), EQ(v, M_82)));
        uint32_t marks =
            (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(ascii, _mm256_or_si256(full_width, ideographic)));
        scan_step(t, s + from + 16);
        scan_step(t, s + from);
        if (marks)
            take_tails(t, from, marks);
    }
#undef EQ
    return end;
}
#endif

const char *repeats_check(struct repeats *r, const unsigned char *s, size_t n, size_t chars, bool sentence,
                          struct repeat_key *kept, const uint16_t *tails)
{
    if (n == 0)
        return NULL;
    struct repeat_key own;
    struct repeat_key *k = kept ? kept : &own;
    if ((!kept || !kept->known) && tails) {
        static const uint16_t none[TAILS_MAX];
        key_of_tails(k, s, n, chars >= 2 * TAIL_MIN && sentence ? tails : none);
        k->known = true;
    } else if (!kept || !kept->known) {
        /* From the end back, the chain of the hash and, for a line that
         * ends a sentence, its tails: a window of 16 or 32 bytes is one or
         * two chunks of the hash and the place its marks are looked for at
         * once. */
        struct tail_scan t = {.s = s, .n = n, .chains = {chain_start()}};
        size_t end = n;
        if (chars >= 2 * TAIL_MIN && sentence) {
#ifdef WIDE_MARKS
            if (wide_marks)
                end = scan_wide(&t, end);
#endif
            while (t.tails < TAILS_MAX && end > 0) {
                size_t from = end >= 16 ? end - 16 : 0;
                unsigned marks = mark_ends(s, from, end);
                if (end - from == 16)
                    scan_step(&t, s + from);
                end = from;
                take_tails(&t, from, marks);
            }
        }
        uint64_t chain = t.chains[t.done % 4];
        for (; end >= 16; end -= 16)
            chain = chain_step(chain, s + end - 16);
        k->high = (uint32_t)(chain_end(chain, s, n) >> 32);
        k->tails = (uint8_t)t.tails;
        for (size_t i = 0; i < TAILS_MAX; i++) {
            k->tail_high[i] = (uint32_t)(t.hash[i] >> 32);
            k->tail_at[i] = t.at[i];
        }
        k->known = true;
    }
    make_room(r);
    size_t slot;
    struct repeat_entry *e = find(r, k->high, s, n, &slot);
    if (e) {
        if (e->whole)
            return "repeat";
        if (chars >= TAIL_MIN)
            return "repeat-tail";
        e->whole = true; /* a short line equal to a tail: remembered whole */
    } else {
        put(r, slot, (struct repeat_entry){.text = s, .len = n, .hash = k->high, .whole = true});
    }
    for (size_t i = 0; i < k->tails; i++)
        remember(r, k->tail_high[i], s + k->tail_at[i], n - k->tail_at[i], false);
    return NULL;
}

void repeats_free(struct repeats *r)
{
    free(r->table);
    free(r->entries);
    *r = (struct repeats){0};
}
