#define _POSIX_C_SOURCE 200809L
#include "keys.h"

#include <stdlib.h>
#include <string.h>

#include "ocd2.h"
#include "zp.h"

enum { CODE_POINTS = 0x110000 };

/* A key keys_occur may look for. */
struct indexed_key {
    uint32_t first; /* the key's first character, the order of the index */
    int kinds;      /* KEYS_CHANGING, KEYS_LONGER */
    size_t len;
    char *bytes;
};

/* The first value of a one-character key, for characters of the Basic
 * Multilingual Plane (a run with another goes to OpenCC). */
enum { SOLO_PLANE = 0x10000, SOLO_VALUE_MAX = 15 };
struct solo_value {
    unsigned char len;
    char bytes[SOLO_VALUE_MAX];
};

struct keys {
    unsigned char chars[CODE_POINTS / 8], phrase_chars[CODE_POINTS / 8],
        starts_indexed[CODE_POINTS / 8], starts_longer[CODE_POINTS / 8];
    /* One-character keys whose value the table does not hold (beyond the
     * BMP, or too long): text with one goes to OpenCC. */
    unsigned char unstored[CODE_POINTS / 8];
    /* One-character keys whose value the table holds and differs from it. */
    unsigned char changes_alone[CODE_POINTS / 8];
    struct indexed_key *indexed;
    size_t count, cap;
    /* For a BMP character: 1 + where its keys start in indexed, 0 for none. */
    uint32_t first_of[SOLO_PLANE];
    uint64_t bmp_words[SOLO_PLANE / 64];
    uint8_t bmp_classes[SOLO_PLANE];
    bool convert_solo;
    uint16_t solo_slot[SOLO_PLANE]; /* 1 + index in solo_values, 0 for none */
    struct solo_value *solo_values;
    size_t solo_count;
};

static bool in_set(const unsigned char *set, uint32_t cp) { return (set[cp >> 3] >> (cp & 7)) & 1; }
static void put_in_set(unsigned char *set, uint32_t cp) { set[cp >> 3] |= (unsigned char)(1 << (cp & 7)); }

struct keys *keys_new(bool convert_solo)
{
    /* calloc'd pages stay untouched, and cost no memory, where no key is */
    struct keys *k = zp_alloc(1, sizeof *k);
    k->convert_solo = convert_solo;
    return k;
}

void keys_free(struct keys *k)
{
    for (size_t i = 0; i < k->count; i++)
        free(k->indexed[i].bytes);
    free(k->indexed);
    free(k->solo_values);
    free(k);
}

static void add_solo(struct keys *k, uint32_t cp, const char *value, size_t value_len)
{
    /* The first dictionary of the group to hold the key wins. */
    if (in_set(k->unstored, cp) || (cp < SOLO_PLANE && k->solo_slot[cp] != 0))
        return;
    if (cp >= SOLO_PLANE || value_len > SOLO_VALUE_MAX) {
        put_in_set(k->unstored, cp);
        return;
    }
    if (k->solo_count % 1024 == 0) {
        k->solo_values = zp_resize(k->solo_values, k->solo_count + 1024, sizeof *k->solo_values);
    }
    struct solo_value *v = &k->solo_values[k->solo_count++];
    v->len = (unsigned char)value_len;
    memcpy(v->bytes, value, value_len);
    k->solo_slot[cp] = (uint16_t)k->solo_count;
    unsigned char own[4];
    size_t own_len = zp_utf8_encode(cp, own);
    if (own_len != value_len || memcmp(own, value, value_len) != 0)
        put_in_set(k->changes_alone, cp);
}

void keys_add(struct keys *k, const char *key, size_t key_len, const char *value,
              size_t value_len)
{
    const unsigned char *s = (const unsigned char *)key;
    size_t chars = 0;
    uint32_t first = 0;
    for (size_t i = 0, n; i < key_len; i += n, chars++) {
        uint32_t cp;
        n = zp_utf8_decode(s + i, key_len - i, &cp);
        if (n == 0)
            return; /* OpenCC cannot match invalid UTF-8 either */
        if (i == 0)
            first = cp;
    }
    if (chars == 0)
        return;
    if (chars == 1 && k->convert_solo)
        add_solo(k, first, value, value_len);
    for (size_t i = 0, n; i < key_len; i += n) {
        uint32_t cp;
        n = zp_utf8_decode(s + i, key_len - i, &cp);
        put_in_set(k->chars, cp);
        if (chars > 1)
            put_in_set(k->phrase_chars, cp);
    }
    if (chars > 1)
        put_in_set(k->starts_longer, first);
    int kinds = (chars > 1 ? KEYS_LONGER : 0) |
                (key_len != value_len || memcmp(key, value, key_len) != 0 ? KEYS_CHANGING : 0);
    if (kinds == 0)
        return;
    if (k->count == k->cap) {
        k->cap = k->cap ? 2 * k->cap : 1024;
        k->indexed = zp_resize(k->indexed, k->cap, sizeof *k->indexed);
    }
    char *bytes = zp_alloc(key_len, 1);
    memcpy(bytes, key, key_len);
    k->indexed[k->count++] = (struct indexed_key){first, kinds, key_len, bytes};
    put_in_set(k->starts_indexed, first);
}

static void add_entry(const char *key, size_t key_len, const char *value, size_t value_len,
                      void *context)
{
    keys_add(context, key, key_len, value, value_len);
}

bool keys_add_ocd2(struct keys *k, const char *path, char *error, size_t error_size)
{
    return ocd2_each_entry(path, add_entry, k, error, error_size);
}

static int by_first(const void *a, const void *b)
{
    uint32_t x = ((const struct indexed_key *)a)->first, y = ((const struct indexed_key *)b)->first;
    return (x > y) - (x < y);
}

void keys_finish(struct keys *k)
{
    if (k->count > 0)
        qsort(k->indexed, k->count, sizeof *k->indexed, by_first);
    for (size_t i = k->count; i-- > 0;)
        if (k->indexed[i].first < SOLO_PLANE)
            k->first_of[k->indexed[i].first] = (uint32_t)i + 1;
    for (uint32_t cp = 0; cp < SOLO_PLANE; cp++) {
        if (in_set(k->chars, cp))
            k->bmp_words[cp / 64] |= UINT64_C(1) << (cp % 64);
        k->bmp_classes[cp] = (uint8_t)keys_class(k, cp);
    }
}

unsigned keys_class(const struct keys *k, uint32_t cp)
{
    if (!in_set(k->chars, cp))
        return 0;
    return KEYS_CHAR | (in_set(k->phrase_chars, cp) ? KEYS_PHRASE_CHAR : 0) |
           (in_set(k->starts_longer, cp) ? KEYS_STARTS_LONGER : 0) |
           (!k->convert_solo || in_set(k->unstored, cp) ? KEYS_SOLO_UNKNOWN : 0) |
           (in_set(k->changes_alone, cp) ? KEYS_CHANGES_ALONE : 0);
}

const uint8_t *keys_bmp_classes(const struct keys *k) { return k->bmp_classes; }
const uint64_t *keys_bmp_words(const struct keys *k) { return k->bmp_words; }

bool keys_single(const struct keys *k, uint32_t cp, const char **value, size_t *value_len)
{
    if (cp >= SOLO_PLANE || k->solo_slot[cp] == 0)
        return false;
    const struct solo_value *v = &k->solo_values[k->solo_slot[cp] - 1];
    *value = v->bytes;
    *value_len = v->len;
    return true;
}

/* The keys indexed under s[i]'s character that are of the kinds asked and
 * occur at s + i. */
static bool occurs_at(const struct keys *k, const unsigned char *s, size_t i, size_t n,
                      uint32_t cp, int kinds)
{
    size_t lo = 0, hi = k->count;
    if (cp < SOLO_PLANE) {
        lo = k->first_of[cp] - 1;
    } else {
        while (lo < hi) { /* the first key that starts with cp */
            size_t mid = lo + (hi - lo) / 2;
            if (k->indexed[mid].first < cp)
                lo = mid + 1;
            else
                hi = mid;
        }
    }
    for (; lo < k->count && k->indexed[lo].first == cp; lo++)
        if ((k->indexed[lo].kinds & kinds) && k->indexed[lo].len <= n - i &&
            memcmp(s + i, k->indexed[lo].bytes, k->indexed[lo].len) == 0)
            return true;
    return false;
}

bool keys_occur(const struct keys *k, const unsigned char *s, size_t n, int kinds)
{
    const unsigned char *starts = kinds == KEYS_LONGER ? k->starts_longer : k->starts_indexed;
    for (size_t i = 0, len; i < n; i += len) {
        uint32_t cp;
        len = zp_utf8_next(s + i, &cp);
        if (in_set(starts, cp) && occurs_at(k, s, i, n, cp, kinds))
            return true;
    }
    return false;
}
