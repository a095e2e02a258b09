#include "sketch.h"

#include <string.h>

#include "zp.h"

/* The rolling hash of the last SHINGLE_TOKENS tokens is a polynomial in
 * BASE (mod 2^64), mixed to 32 bits by a fixed finaliser.  Both constants are
 * part of the signature format: changing them changes every sketch. */
static const uint64_t BASE = UINT64_C(0x9E3779B97F4A7C15);
static const uint64_t SEED = UINT64_C(0x5A1C0DEDD0C5F00D);

static uint64_t power_of_base(unsigned n)
{
    uint64_t p = 1;
    while (n-- > 0)
        p *= BASE;
    return p;
}

/* The polynomial has already spread the newest token over the bits above
 * it and the older ones over the high bits: one xor-shift folds the high
 * half down, one multiply carries every bit to the top half, kept. */
static inline uint32_t mix(uint64_t z)
{
    z ^= SEED;
    z = (z ^ (z >> 32)) * UINT64_C(0xD6E8FEB86659FD93);
    return (uint32_t)(z >> 32);
}

void sketcher_start(struct sketcher *s)
{
    memset(s->ring, 0, sizeof s->ring);
    s->ring_at = 0;
    s->rolling = s->tokens = 0;
    s->oldest_weight = power_of_base(SHINGLE_TOKENS - 1);
    s->pending_count = 0;
    s->below = UINT64_C(1) << 32;
    s->lead_count = 0;
}

/* A bucket sort: the hashes are uniform up to the largest, so twice as many
 * buckets as hashes, by their top bits, leave few to order by insertion;
 * where qsort's calls would cost more than the rest of the work. */
static void sort_hashes(uint32_t *h, unsigned n)
{
    enum { MOST = 4 * SKETCH_SIZE };
    uint32_t sorted[MOST], largest = 0;
    /* two buckets at least: with one, no shift of a 32-bit value would do */
    unsigned starts[2 * MOST + 1], buckets = 2, shift = 0;
    while (buckets < 2 * n)
        buckets *= 2;
    for (unsigned i = 0; i < n; i++)
        if (h[i] > largest)
            largest = h[i];
    while (largest >> shift >= buckets)
        shift++;
    memset(starts, 0, (buckets + 1) * sizeof starts[0]);
    for (unsigned i = 0; i < n; i++)
        starts[(h[i] >> shift) + 1]++;
    for (unsigned b = 0; b < buckets; b++)
        starts[b + 1] += starts[b];
    for (unsigned i = 0; i < n; i++)
        sorted[starts[h[i] >> shift]++] = h[i];
    /* the buckets are in order: what is left is inside each */
    for (unsigned i = 1; i < n; i++) {
        uint32_t v = sorted[i];
        unsigned j = i;
        while (j > 0 && sorted[j - 1] > v) {
            sorted[j] = sorted[j - 1];
            j--;
        }
        sorted[j] = v;
    }
    memcpy(h, sorted, n * sizeof *h);
}

/* Sorts and dedupes n hashes in place (n at most the pending buffer's
 * size); returns how many are left. */
static unsigned sort_distinct(uint32_t *h, unsigned n)
{
    sort_hashes(h, n);
    unsigned kept = 0;
    for (unsigned i = 0; i < n; i++)
        if (kept == 0 || h[i] != h[kept - 1])
            h[kept++] = h[i];
    return kept;
}

/* The SKETCH_SIZE smallest distinct of the n hashes at h, sorted, left at h;
 * returns how many there are. */
static unsigned smallest_of_all(uint32_t *h, unsigned n)
{
    unsigned distinct = sort_distinct(h, n);
    return distinct < SKETCH_SIZE ? distinct : SKETCH_SIZE;
}

/* The same, sorting only the low part: a histogram of the top bits tells how
 * far up half as many again as SKETCH_SIZE reach, duplicates counted, room
 * for the repeated shingles of a text. */
static unsigned smallest_distinct(uint32_t *h, unsigned n)
{
    enum { PARTS = 64 };
    if (n <= 3 * SKETCH_SIZE)
        return smallest_of_all(h, n);
    uint32_t largest = 0, low[4 * SKETCH_SIZE];
    unsigned counts[PARTS] = {0}, shift = 0;
    for (unsigned i = 0; i < n; i++)
        if (h[i] > largest)
            largest = h[i];
    while (largest >> shift >= PARTS)
        shift++;
    for (unsigned i = 0; i < n; i++)
        counts[h[i] >> shift]++;
    unsigned part = 0, below = counts[0];
    while (below < SKETCH_SIZE + SKETCH_SIZE / 2)
        below += counts[++part];
    unsigned m = 0;
    for (unsigned i = 0; i < n; i++) {
        low[m] = h[i]; /* kept or overwritten: no branch to mispredict */
        m += h[i] >> shift <= part;
    }
    unsigned distinct = sort_distinct(low, m);
    if (distinct < SKETCH_SIZE) /* many repeats: all of them, then */
        return smallest_of_all(h, n);
    memcpy(h, low, SKETCH_SIZE * sizeof *h);
    return SKETCH_SIZE;
}

/* Down to the SKETCH_SIZE smallest; once there are that many, only a hash
 * below the largest can still enter (the largest itself would repeat). */
static void compact(struct sketcher *s)
{
    unsigned n = smallest_distinct(s->pending, s->pending_count);
    if (n == SKETCH_SIZE)
        s->below = s->pending[SKETCH_SIZE - 1];
    s->pending_count = n;
}

/* The lead's LEAD_KEYS smallest distinct hashes, in order. */
static void add_to_lead(struct sketcher *s, uint32_t h)
{
    unsigned at = s->lead_count;
    while (at > 0 && s->lead[at - 1] > h)
        at--;
    if ((at > 0 && s->lead[at - 1] == h) || at == LEAD_KEYS)
        return;
    unsigned n = s->lead_count < LEAD_KEYS ? s->lead_count + 1 : LEAD_KEYS;
    memmove(s->lead + at + 1, s->lead + at, (n - 1 - at) * sizeof s->lead[0]);
    s->lead[at] = h;
    s->lead_count = n;
}

static inline void add_token(struct sketcher *s, uint32_t token)
{
    s->rolling = (s->rolling - s->ring[s->ring_at] * s->oldest_weight) * BASE + token;
    s->ring[s->ring_at] = token;
    s->ring_at = s->ring_at + 1 == SHINGLE_TOKENS ? 0 : s->ring_at + 1;
    if (++s->tokens < SHINGLE_TOKENS)
        return;
    uint32_t h = mix(s->rolling);
    if (s->tokens < SHINGLE_TOKENS + LEAD_SHINGLES)
        add_to_lead(s, h);
    if (h < s->below) {
        s->pending[s->pending_count++] = h;
        if (s->pending_count == sizeof s->pending / sizeof s->pending[0])
            compact(s);
    }
}

void sketcher_feed(struct sketcher *s, const unsigned char *text, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char b = text[i];
        if (b < 0x80) {
            i++;
            if ((unsigned)(b - '0') < 10)
                add_token(s, b);
            continue;
        }
        uint32_t cp;
        i += zp_utf8_next(text + i, &cp);
        if (zp_is_han(cp))
            add_token(s, cp);
        else if (cp - 0xFF10 < 10) /* ０-９ */
            add_token(s, cp - 0xFF10 + '0');
    }
}

void sketcher_finish(struct sketcher *s, struct sketch *out)
{
    compact(s);
    out->count = s->pending_count;
    out->full = out->count == SKETCH_SIZE;
    memcpy(out->hashes, s->pending, out->count * sizeof out->hashes[0]);
    out->lead_count = s->lead_count;
    memcpy(out->lead, s->lead, s->lead_count * sizeof s->lead[0]);
    out->tokens = s->tokens;
}

void sketch_store(const struct sketch *sketch, struct stored_sketch *out)
{
    unsigned shift = 0;
    if (sketch->count > 0)
        while ((sketch->hashes[sketch->count - 1] >> shift) > UINT16_MAX)
            shift++;
    unsigned n = 0;
    for (unsigned i = 0; i < sketch->count; i++) {
        uint16_t v = (uint16_t)(sketch->hashes[i] >> shift);
        if (n == 0 || v != out->values[n - 1])
            out->values[n++] = v;
    }
    out->count = (uint8_t)n;
    out->shift = (uint8_t)shift;
    out->full = sketch->full;
}

void comparison_start(struct comparison *c, const struct sketch *doc)
{
    c->doc = doc;
    c->made = 0;
}

static void make_shift(struct comparison *c, unsigned shift)
{
    uint16_t *values = c->values[shift];
    uint64_t *bits = c->bits[shift];
    unsigned n = 0;
    /* the doc's hashes past 16 bits after the shift are above all of the
     * stored sketch's */
    for (unsigned i = 0; i < c->doc->count && (c->doc->hashes[i] >> shift) <= UINT16_MAX; i++) {
        uint16_t v = (uint16_t)(c->doc->hashes[i] >> shift);
        if (n == 0 || v != values[n - 1]) {
            values[n++] = v;
            bits[v / 64] |= UINT64_C(1) << (v % 64);
        }
    }
    c->count[shift] = n;
    c->made |= UINT32_C(1) << shift;
}

double comparison_containment(struct comparison *c, const struct stored_sketch *earlier,
                              unsigned *sample)
{
    const struct sketch *doc = c->doc;
    unsigned shift = earlier->shift;
    uint32_t limit = UINT16_MAX;
    if (doc->full && doc->count > 0 && (doc->hashes[doc->count - 1] >> shift) < limit)
        limit = doc->hashes[doc->count - 1] >> shift;
    /* Below the smaller of the two largest hashes both sketches hold all
     * their documents' hashes; a sketch that is not full holds them all. */
    if (earlier->full && earlier->count > 0 && earlier->values[earlier->count - 1] < limit)
        limit = earlier->values[earlier->count - 1];
    if (!(c->made & (UINT32_C(1) << shift)))
        make_shift(c, shift);
    const uint16_t *values = c->values[shift];
    const uint64_t *bits = c->bits[shift];
    /* how many of the doc's values are at most limit */
    unsigned low = 0, high = c->count[shift];
    while (low < high) {
        unsigned mid = (low + high) / 2;
        if (values[mid] <= limit)
            low = mid + 1;
        else
            high = mid;
    }
    unsigned in_doc = low, in_earlier = 0, shared = 0;
    for (; in_earlier < earlier->count && earlier->values[in_earlier] <= limit; in_earlier++) {
        uint16_t v = earlier->values[in_earlier];
        shared += (bits[v / 64] >> (v % 64)) & 1;
    }
    *sample = in_doc < in_earlier ? in_doc : in_earlier;
    return *sample ? (double)shared / *sample : 0;
}

void comparison_end(struct comparison *c)
{
    for (unsigned shift = 0; shift < SHIFTS; shift++)
        if (c->made & (UINT32_C(1) << shift))
            for (unsigned i = 0; i < c->count[shift]; i++)
                c->bits[shift][c->values[shift][i] / 64] = 0;
    c->made = 0;
}

unsigned sketch_keys(const struct sketch *sketch, uint32_t keys[MAX_KEYS])
{
    unsigned n = 0;
    for (unsigned i = 0; i < sketch->count && i < GLOBAL_KEYS; i++)
        keys[n++] = sketch->hashes[i];
    for (unsigned i = 0; i < sketch->lead_count; i++)
        keys[n++] = sketch->lead[i];
    return sort_distinct(keys, n);
}
