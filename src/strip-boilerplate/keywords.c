#define _POSIX_C_SOURCE 200809L
#include "keywords.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "keyword_table.h"
#include "text.h"
#include "zp.h"

#if defined(__SSE2__) && defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define WIDE_STARTS 1
#define AVX2 __attribute__((target("avx2")))
/* The processor has AVX2: runs of three-byte characters are looked for
 * keywords' first characters 32 bytes at a time (next_wide_start). */
static bool wide_starts;
#endif

static const char *const class_names[KW_CLASSES] = {
    [KW_NONE] = "none",
    [KW_SITE] = "site",
    [KW_BREADCRUMB] = "breadcrumb",
    [KW_NAVIGATION] = "navigation",
    [KW_FONT] = "font",
    [KW_SHARE] = "share",
    [KW_PUBLICATION] = "publication",
    [KW_TEASER] = "teaser",
    [KW_BYLINE] = "byline",
    [KW_CAPTION] = "caption",
    [KW_EDITOR] = "editor",
    [KW_DISCLAIMER] = "disclaimer",
    [KW_COPYRIGHT] = "copyright",
    [KW_LICENCE] = "licence",
    [KW_RIGHTS] = "rights",
    [KW_FOOTER] = "footer",
    [KW_PREVNEXT] = "prevnext",
    [KW_PROMPT] = "prompt",
    [KW_PROMOTION] = "promotion",
    [KW_SLOGAN] = "slogan",
    [KW_POSITION] = "position",
    [KW_BLURB] = "blurb",
    [KW_GENRE] = "genre",
    [KW_RELATED] = "related",
};

const char *keyword_class_name(enum keyword_class c) { return class_names[c]; }

enum match { MATCH_START, MATCH_ANY, MATCH_TOKEN, MATCH_END, MATCHES };
static const char *const match_names[MATCHES] = {"start", "any", "token", "end"};

enum { KEYWORD_MAX_CHARS = 16 };

struct keyword {
    enum keyword_class cls;
    unsigned count;
    uint32_t chars[KEYWORD_MAX_CHARS]; /* folded */
    const char *bytes;                 /* as written */
    size_t len;
    /* no ASCII character: only itself folds to one of its characters, so
     * that its bytes match where its folded characters do */
    bool plain;
};

/* Per kind of match, in buckets by their first folded character: the
 * keywords of bucket b are keywords[m][bucket_start[m][b], bucket_start[m][b + 1]). */
enum { BUCKETS = 256 };
static struct keyword *keywords[MATCHES];
static size_t keyword_count[MATCHES];
static size_t bucket_start[MATCHES][BUCKETS + 1];

/* s[0, n) is the keyword's bytes: compared in line, as most differ in
 * their first bytes, where a call to memcmp would cost more than the look. */
static bool same_bytes(const unsigned char *s, const char *bytes, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != (unsigned char)bytes[i])
            return false;
    return true;
}

static unsigned bucket_of(uint32_t first) { return (first * UINT32_C(0x9E3779B1)) >> 24; }
/* Characters as written (unfolded: both cases, full-width forms), for a
 * test that computes no code point: ASCII by byte, three-byte characters as
 * bits of words picked by their first two bytes, the rest by their low 16
 * bits. */
struct written_set {
    bool ascii[128];
    uint64_t words[1024];
    uint64_t rest[0x10000 / 64];
    /* the low six bits of the second bytes of the three-byte characters,
     * as bits: a character whose second byte has none of them is not in
     * words */
    uint64_t seconds;
    /* ascii again, as bits by the low four bits of the byte: bit k of row r
     * for the byte 16 * k + r */
    uint8_t ascii_rows[16];
};
/* Those that may start an `any` keyword; those that may start a line with a
 * `start` keyword (its first character, an opening bracket or a space);
 * those that may start a `token` keyword. */
static struct written_set any_starts, line_starts, token_starts;
/* Those that may start an `any` keyword of the classes a footer's rights
 * are told by: a sentence is searched for them only. */
static struct written_set rights_starts;
enum { RIGHTS_CLASSES = (1u << KW_COPYRIGHT) | (1u << KW_LICENCE) | (1u << KW_RIGHTS) };

/* What a `start` keyword may stand after (folded forms). */
static const uint32_t opening_brackets[] = {
    '(', '[', 0x3010 /* 【 */, 0x3014 /* 〔 */, 0x300C /* 「 */, 0x300E /* 『 */, 0x3016 /* 〖 */,
};
/* and the marks a byline opens with where a logo stood (□记者 某某, /记者
 * 某某 报道, ◎某某); ／ folds to / */
static const uint32_t byline_marks[] = {0x25A1 /* □ */, 0x25CE /* ◎ */, '/'};
/* and the arrows a link opens with (>>上一篇:…, »下一篇) */
static const uint32_t link_arrows[] = {'>', 0x00BB /* » */};
/* The first characters of each kind's keywords (folded), by their low 16
 * bits: a quick no before the search. */
static uint64_t first_chars[MATCHES][0x10000 / 64];
/* Per kind, the pairs of folded characters keywords begin with, hashed to
 * 16 bits, and the characters that are a whole keyword: a first character
 * alone (本 公 关 来) is too common to tell much. */
static uint64_t first_pairs[MATCHES][0x10000 / 64];
static uint64_t whole_chars[MATCHES][0x10000 / 64];
/* The `end` keywords by their last character as written, in buckets of its
 * hash: those of bucket b are keywords[MATCH_END][end_order[k]] for k in
 * [end_start[b], end_start[b + 1]), in the order of keywords[MATCH_END], so
 * that the first to match is the one a look at all of them would find. */
enum { END_BUCKETS = 1024 };
static size_t end_start[END_BUCKETS + 1];
static size_t *end_order;
static unsigned end_bucket(uint32_t last) { return (last * UINT32_C(0x9E3779B1)) >> 22; }
/* The classes of each bucket's keywords, as bits (1u << class): a line
 * whose last character's bucket holds none of the class asked for needs no
 * look at the keywords.  With a bucket for every few last characters, most
 * looks end there (a clause's end asked for a blurb's, a title's for a
 * site's), where 64 buckets held one of most classes each. */
static unsigned end_classes[END_BUCKETS];

static void put_bit(uint64_t *set, uint32_t cp) { set[(cp & 0xFFFF) / 64] |= UINT64_C(1) << (cp % 64); }
static bool has_bit(const uint64_t *set, uint32_t cp) { return (set[(cp & 0xFFFF) / 64] >> (cp % 64)) & 1; }
static uint32_t pair_hash(uint32_t first, uint32_t second)
{
    return ((first * UINT32_C(0x9E3779B1)) ^ (second * UINT32_C(0x85EBCA77))) >> 16;
}

/* Every form of cp that folds to it. */
static void put_written(struct written_set *set, uint32_t cp)
{
    uint32_t forms[4] = {cp, 0, 0, 0};
    size_t count = 1;
    if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z')
            forms[count++] = cp - ('a' - 'A');
        for (size_t i = 0, ascii = count; i < ascii; i++)
            if (forms[i] >= 0x21 && forms[i] <= 0x7E)
                forms[count++] = forms[i] + 0xFEE0;
        if (cp == ' ')
            forms[count++] = 0x3000;
    }
    for (size_t i = 0; i < count; i++) {
        if (forms[i] < 0x80)
            set->ascii[forms[i]] = true;
        else if (forms[i] >= 0x800 && forms[i] < 0x10000)
            set->words[forms[i] >> 6] |= UINT64_C(1) << (forms[i] & 63);
        put_bit(set->rest, forms[i]);
    }
}

/* Whether the character at s (n > 0 bytes) is in the set; *len its length. */
static bool written_at(const struct written_set *set, const unsigned char *s, size_t n, size_t *len)
{
    unsigned char b = s[0];
    if (b < 0x80) {
        *len = 1;
        return set->ascii[b];
    }
    if ((b & 0xF0) == 0xE0 && n >= 3) {
        *len = 3;
        return (set->words[((b & 0x0F) << 6) | (s[1] & 0x3F)] >> (s[2] & 0x3F)) & 1;
    }
    uint32_t cp;
    *len = zp_utf8_char(s, n, &cp);
    return has_bit(set->rest, cp);
}

static uint32_t fold(uint32_t cp)
{
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        cp -= 0xFEE0;
    else if (cp == 0x3000)
        cp = ' ';
    if (cp >= 'A' && cp <= 'Z')
        cp += 'a' - 'A';
    return cp;
}

/* The folded character at s (n > 0 bytes left); an invalid byte reads as
 * U+FFFD, one byte long.  Inline, with the three-byte characters of most
 * text first: of them only the full-width forms and U+3000 fold. */
static inline __attribute__((always_inline)) size_t next_folded(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (n >= 3 && s[0] >= 0xE1 && s[0] <= 0xEF && s[0] != 0xED && (((s[1] ^ 0x80) | (s[2] ^ 0x80)) & 0xC0) == 0) {
        *cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        if (*cp >= 0x3000)
            *cp = fold(*cp);
        return 3;
    }
    size_t len = zp_utf8_char(s, n, cp);
    *cp = fold(*cp);
    return len;
}

static int by_bucket(const void *a, const void *b)
{
    unsigned x = bucket_of(((const struct keyword *)a)->chars[0]);
    unsigned y = bucket_of(((const struct keyword *)b)->chars[0]);
    return (x > y) - (x < y);
}

void keywords_init(void)
{
    size_t total = sizeof keyword_table / sizeof keyword_table[0];
    for (int m = 0; m < MATCHES; m++)
        keywords[m] = zp_alloc(total, sizeof *keywords[m]);
    for (size_t i = 0; i < sizeof opening_brackets / sizeof opening_brackets[0]; i++)
        put_written(&line_starts, opening_brackets[i]);
    /* a keyword after a list's bullet, a byline's mark or a link's arrow
     * opens the line all the same */
    for (size_t i = 0; i < ZP_BULLETS; i++)
        put_written(&line_starts, zp_bullets[i]);
    for (size_t i = 0; i < sizeof byline_marks / sizeof byline_marks[0]; i++)
        put_written(&line_starts, byline_marks[i]);
    for (size_t i = 0; i < sizeof link_arrows / sizeof link_arrows[0]; i++)
        put_written(&line_starts, link_arrows[i]);
    put_written(&line_starts, ' ');
    for (size_t i = 0; i < total; i++) {
        const struct keyword_entry *e = &keyword_table[i];
        int m = 0, c = 1;
        while (m < MATCHES && strcmp(match_names[m], e->match) != 0)
            m++;
        while (c < KW_CLASSES && strcmp(class_names[c], e->cls) != 0)
            c++;
        if (m == MATCHES || c == KW_CLASSES)
            zp_fatal("keywords.tsv: %s %s %s: unknown class or match", e->cls, e->match,
                     e->keyword);
        struct keyword *k = &keywords[m][keyword_count[m]++];
        k->cls = (enum keyword_class)c;
        k->bytes = e->keyword;
        k->len = strlen(e->keyword);
        const unsigned char *s = (const unsigned char *)e->keyword;
        size_t at = 0;
        while (at < k->len && k->count < KEYWORD_MAX_CHARS)
            at += next_folded(s + at, k->len - at, &k->chars[k->count++]);
        k->plain = at == k->len;
        for (unsigned i = 0; i < k->count; i++)
            k->plain &= k->chars[i] >= 0x80;
        put_bit(first_chars[m], k->chars[0]);
        if (k->count == 1)
            put_bit(whole_chars[m], k->chars[0]);
        else
            put_bit(first_pairs[m], pair_hash(k->chars[0], k->chars[1]));
        if (m == MATCH_ANY)
            put_written(&any_starts, k->chars[0]);
        if (m == MATCH_ANY && ((RIGHTS_CLASSES >> k->cls) & 1))
            put_written(&rights_starts, k->chars[0]);
        if (m == MATCH_START)
            put_written(&line_starts, k->chars[0]);
        if (m == MATCH_TOKEN)
            put_written(&token_starts, k->chars[0]);
    }
    struct written_set *sets[] = {&any_starts, &line_starts, &token_starts, &rights_starts};
    for (size_t k = 0; k < sizeof sets / sizeof sets[0]; k++) {
        for (unsigned w = 0; w < 1024; w++)
            if (sets[k]->words[w] != 0)
                sets[k]->seconds |= UINT64_C(1) << (w & 0x3F);
        for (unsigned b = 0; b < 128; b++)
            if (sets[k]->ascii[b])
                sets[k]->ascii_rows[b & 0x0F] |= (uint8_t)(1u << (b >> 4));
    }
#ifdef WIDE_STARTS
    wide_starts = __builtin_cpu_supports("avx2");
#endif
    for (int m = 0; m < MATCHES; m++) {
        /* stable order within a bucket is not needed: keyword_at takes the
         * longest match */
        qsort(keywords[m], keyword_count[m], sizeof *keywords[m], by_bucket);
        size_t k = 0;
        for (unsigned b = 0; b <= BUCKETS; b++) {
            while (k < keyword_count[m] && bucket_of(keywords[m][k].chars[0]) < b)
                k++;
            bucket_start[m][b] = k;
        }
    }
    end_order = zp_alloc(keyword_count[MATCH_END] + 1, sizeof *end_order);
    size_t count = keyword_count[MATCH_END];
    unsigned buckets[count + 1];
    for (size_t i = 0; i < count; i++) {
        uint32_t last;
        zp_utf8_last((const unsigned char *)keywords[MATCH_END][i].bytes, keywords[MATCH_END][i].len, &last);
        buckets[i] = end_bucket(last);
        end_start[buckets[i] + 1]++;
        end_classes[buckets[i]] |= 1u << keywords[MATCH_END][i].cls;
    }
    for (unsigned b = 0; b < END_BUCKETS; b++)
        end_start[b + 1] += end_start[b];
    size_t filled[END_BUCKETS] = {0};
    for (size_t i = 0; i < count; i++)
        end_order[end_start[buckets[i]] + filled[buckets[i]]++] = i;
}

/* next_folded for a keyword's later characters: spaces before a colon are
 * the colon's, as a template may set a label (编辑 : 某某). */
static inline __attribute__((always_inline)) size_t next_folded_in_word(const unsigned char *s, size_t n, uint32_t *cp)
{
    size_t len = next_folded(s, n, cp);
    if (*cp != ' ')
        return len;
    size_t at = len;
    uint32_t after = ' ';
    while (at < n && after == ' ') {
        size_t step = next_folded(s + at, n - at, &after);
        if (after == ' ' || after == ':')
            at += step;
    }
    if (after == ':') {
        *cp = ':';
        return at;
    }
    return len;
}

/* The longest keyword of kind m that matches at s, or NULL; *len its bytes. */
static const struct keyword *keyword_at(int m, const unsigned char *s, size_t n, size_t *len)
{
    /* the folded characters at s, decoded once for all the keywords of the
     * bucket; ends[i] is where character i ends */
    uint32_t chars[KEYWORD_MAX_CHARS];
    size_t ends[KEYWORD_MAX_CHARS];
    unsigned decoded = 1;
    ends[0] = next_folded(s, n, &chars[0]);
    const struct keyword *best = NULL;
    *len = 0;
    if (!has_bit(first_chars[m], chars[0]))
        return NULL;
    if (!has_bit(whole_chars[m], chars[0])) {
        if (ends[0] == n)
            return NULL;
        ends[1] = ends[0] + next_folded_in_word(s + ends[0], n - ends[0], &chars[1]);
        decoded = 2;
        if (!has_bit(first_pairs[m], pair_hash(chars[0], chars[1])))
            return NULL;
    }
    unsigned bucket = bucket_of(chars[0]);
    const struct keyword *end = keywords[m] + bucket_start[m][bucket + 1];
    for (const struct keyword *k = keywords[m] + bucket_start[m][bucket]; k < end; k++) {
        if (k->plain) {
            if (k->len > *len && k->len <= n && same_bytes(s, k->bytes, k->len)) {
                *len = k->len;
                best = k;
            }
            continue;
        }
        unsigned i = 0;
        for (; i < k->count; i++) {
            if (i == decoded) {
                if (ends[i - 1] == n)
                    break;
                ends[i] = ends[i - 1] + next_folded_in_word(s + ends[i - 1], n - ends[i - 1], &chars[i]);
                decoded++;
            }
            if (chars[i] != k->chars[i])
                break;
        }
        if (i == k->count && ends[i - 1] > *len) {
            *len = ends[i - 1];
            best = k;
        }
    }
    return best;
}

static bool is_byline_mark(uint32_t cp)
{
    for (size_t i = 0; i < sizeof byline_marks / sizeof byline_marks[0]; i++)
        if (cp == byline_marks[i])
            return true;
    return false;
}

static bool is_link_arrow(uint32_t cp)
{
    for (size_t i = 0; i < sizeof link_arrows / sizeof link_arrows[0]; i++)
        if (cp == link_arrows[i])
            return true;
    return false;
}

static bool is_opening_bracket(uint32_t cp)
{
    for (size_t i = 0; i < sizeof opening_brackets / sizeof opening_brackets[0]; i++)
        if (cp == opening_brackets[i])
            return true;
    return false;
}

bool keywords_may_start(uint32_t cp) { return has_bit(line_starts.rest, cp); }

enum keyword_class keywords_start(const unsigned char *s, size_t n)
{
    size_t end;
    return keywords_start_end(s, n, &end);
}

enum keyword_class keywords_start_end(const unsigned char *s, size_t n, size_t *end)
{
    size_t at = 0, first_len;
    if (n == 0 || !written_at(&line_starts, s, n, &first_len))
        return KW_NONE;
    /* the brackets before a keyword (【来源】), as zp_label skips them
     * before a label, but over folded characters: a keyword matches its
     * full-width forms */
    while (at < n) {
        uint32_t cp;
        size_t len = next_folded(s + at, n - at, &cp);
        if (!is_opening_bracket(cp) && !zp_is_bullet(cp) && !is_byline_mark(cp) && !is_link_arrow(cp) && cp != ' ')
            break;
        at += len;
    }
    if (at == n)
        return KW_NONE;
    size_t len;
    const struct keyword *k = keyword_at(MATCH_START, s + at, n - at, &len);
    *end = at + len;
    return k ? k->cls : KW_NONE;
}

/* Whether the three-byte character at p is in starts. */
static bool three_byte_in(const struct written_set *starts, const unsigned char *p)
{
    return (starts->words[((p[0] & 0x0F) << 6) | (p[1] & 0x3F)] >> (p[2] & 0x3F)) & 1;
}

#ifdef WIDE_STARTS
/* The walk of next_any_start from p, 32 places a window, on processors
 * with AVX2: where a window holds ASCII and whole three-byte characters
 * only (most text), the walk's places are its bytes that continue no
 * character, and the places where a keyword's first character may stand are
 * found at once: ASCII in starts->ascii, and three-byte characters whose
 * second byte's low six bits are in starts->seconds, which then are looked
 * up.  Returns the first place of the walk that is in starts, or the
 * window's first place when the window holds anything else, or where fewer
 * than 34 bytes are left: next_any_start's walk goes on from there, byte by
 * byte, as it would have, so that a line of bad bytes gives the same. */
AVX2 static const unsigned char *next_wide_start(const struct written_set *starts, const unsigned char *p,
                                                 const unsigned char *end)
{
    /* tables of eight or sixteen bytes for the shuffles, which look up 16
     * bytes in each half of a register: the second bytes' bits by their
     * high three bits; the ASCII in starts by their low four bits, as bits
     * of their high three; a bit for each of 0 to 7 */
    const __m256i seconds = _mm256_broadcastsi128_si256(_mm_set_epi64x(0, (long long)starts->seconds));
    const __m256i ascii = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)(const void *)starts->ascii_rows));
    const __m256i bits = _mm256_setr_epi8(1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0,
                                          1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0);
    const __m256i low3 = _mm256_set1_epi8(7), low4 = _mm256_set1_epi8(0x0F), low6 = _mm256_set1_epi8(0x3F);
    const __m256i high_nibble = _mm256_set1_epi8((char)0xF0), three_byte_lead = _mm256_set1_epi8((char)0xE0);
    const __m256i first_lead = _mm256_set1_epi8((char)0xC0); /* below it, signed: 80 to BF, which continue */
    while (end - p >= 34) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)p);
        __m256i next = _mm256_loadu_si256((const __m256i *)(const void *)(p + 1));
        __m256i after = _mm256_loadu_si256((const __m256i *)(const void *)(p + 2));
        uint32_t ascii_bytes = ~(uint32_t)_mm256_movemask_epi8(v);
        uint32_t leads = (uint32_t)_mm256_movemask_epi8(
            _mm256_cmpeq_epi8(_mm256_and_si256(v, high_nibble), three_byte_lead));
        uint32_t continuing = (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(first_lead, v));
        uint32_t next_continuing = (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(first_lead, next));
        uint32_t after_continuing = (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(first_lead, after));
        /* every byte ASCII, a lead of three or one of the two after a
         * lead, and each lead followed by two (those past the window too) */
        if ((ascii_bytes | leads | continuing) != UINT32_MAX || continuing != ((leads << 1) | (leads << 2)) ||
            (leads & ~(next_continuing & after_continuing)) != 0)
            return p;
        __m256i second = _mm256_and_si256(next, low6);
        __m256i byte = _mm256_shuffle_epi8(seconds, _mm256_and_si256(_mm256_srli_epi16(second, 3), low3));
        __m256i bit = _mm256_shuffle_epi8(bits, _mm256_and_si256(second, low3));
        uint32_t three_byte_candidates = ~(uint32_t)_mm256_movemask_epi8(
            _mm256_cmpeq_epi8(_mm256_and_si256(byte, bit), _mm256_setzero_si256()));
        __m256i row = _mm256_shuffle_epi8(ascii, _mm256_and_si256(v, low4));
        __m256i column = _mm256_shuffle_epi8(bits, _mm256_and_si256(_mm256_srli_epi16(v, 4), low3));
        uint32_t ascii_candidates = ~(uint32_t)_mm256_movemask_epi8(
            _mm256_cmpeq_epi8(_mm256_and_si256(row, column), _mm256_setzero_si256()));
        for (uint32_t stops = (leads & three_byte_candidates) | (ascii_bytes & ascii_candidates); stops;
             stops &= stops - 1) {
            const unsigned char *q = p + __builtin_ctz(stops);
            if (q[0] < 0x80 || three_byte_in(starts, q))
                return q;
        }
        /* the next place: past the characters the last leads began */
        p += 32 + ((leads >> 31) & 1 ? 2 : (leads >> 30) & 1 ? 1 : 0);
    }
    return p;
}
#endif

/* The first place from p on where a character of starts (those that may
 * start an `any` keyword) stands (written_at), or end; *len the length of
 * that character.  Runs of three-byte characters, most of a line, are looked
 * at in a loop of their own, and with AVX2 a window at a time. */
static const unsigned char *next_any_start(const struct written_set *starts, const unsigned char *p,
                                           const unsigned char *end, size_t *len)
{
    while (p < end) {
#ifdef WIDE_STARTS
        if (wide_starts && end - p >= 34)
            p = next_wide_start(starts, p, end);
#endif
        if (end - p >= 3) {
            for (const unsigned char *last = end - 3; p <= last && (p[0] & 0xF0) == 0xE0; p += 3)
                if (three_byte_in(starts, p)) {
                    *len = 3;
                    return p;
                }
            if (p == end)
                break;
        }
        if (written_at(starts, p, (size_t)(end - p), len))
            return p;
        p += *len;
    }
    return end;
}

enum keyword_class keywords_first_of(const unsigned char *s, size_t n, unsigned mask, size_t *at)
{
    /* a place where no keyword of mask's classes starts has none of them:
     * the longest keyword there, if any, is of another class */
    const struct written_set *starts = (mask & ~RIGHTS_CLASSES) == 0 ? &rights_starts : &any_starts;
    const unsigned char *end = s + n;
    size_t len;
    for (const unsigned char *p = s; (p = next_any_start(starts, p, end, &len)) < end; p += len) {
        size_t taken;
        const struct keyword *k = keyword_at(MATCH_ANY, p, (size_t)(end - p), &taken);
        if (k && (mask >> k->cls) & 1) {
            *at = (size_t)(p - s);
            return k->cls;
        }
    }
    return KW_NONE;
}

enum keyword_class keywords_any_of(const unsigned char *s, size_t n, unsigned mask)
{
    size_t at;
    return keywords_first_of(s, n, mask, &at);
}

enum keyword_class keywords_any(const unsigned char *s, size_t n) { return keywords_any_of(s, n, ~0u); }

bool keywords_any_starts_with(uint32_t cp, unsigned mask)
{
    for (size_t i = 0; i < keyword_count[MATCH_ANY]; i++)
        if (keywords[MATCH_ANY][i].chars[0] == fold(cp) && (mask >> keywords[MATCH_ANY][i].cls) & 1)
            return true;
    return false;
}

unsigned keywords_end_classes(const unsigned char *s, size_t n)
{
    unsigned classes = 0;
    if (n == 0)
        return 0;
    uint32_t cp;
    zp_utf8_last(s, n, &cp);
    unsigned bucket = end_bucket(cp);
    if (end_classes[bucket] == 0)
        return 0;
    for (size_t i = end_start[bucket]; i < end_start[bucket + 1]; i++) {
        const struct keyword *k = &keywords[MATCH_END][end_order[i]];
        if (k->len <= n && same_bytes(s + n - k->len, k->bytes, k->len))
            classes |= 1u << k->cls;
    }
    return classes;
}

enum keyword_class keywords_end(const unsigned char *s, size_t n, enum keyword_class of_class)
{
    if (n == 0)
        return KW_NONE;
    uint32_t cp;
    zp_utf8_last(s, n, &cp);
    unsigned bucket = end_bucket(cp);
    if ((end_classes[bucket] & (of_class == KW_NONE ? ~0u : 1u << of_class)) == 0)
        return KW_NONE;
    for (size_t i = end_start[bucket]; i < end_start[bucket + 1]; i++) {
        const struct keyword *k = &keywords[MATCH_END][end_order[i]];
        if ((of_class == KW_NONE || k->cls == of_class) && k->len <= n &&
            same_bytes(s + n - k->len, k->bytes, k->len))
            return k->cls;
    }
    return KW_NONE;
}

/* Buttons are set apart by spaces and bars, or each in its brackets with
 * none between ([打印本页][关闭窗口], 【打印】【关闭】), an arrow before one
 * or not (↓[相关文章][↑返回顶部]). */
static bool is_token_separator(uint32_t cp)
{
    return cp == ' ' || cp == '|' || cp == '/' || cp == 0x00B7 /* · */ ||
           cp == 0x2022 /* • */ || cp == 0x4E28 /* 丨 */ || cp == 0x30FB /* ・ */ ||
           cp == '[' || cp == ']' || cp == 0x3010 /* 【 */ || cp == 0x3011 /* 】 */ ||
           (cp >= 0x2190 && cp <= 0x2193) /* ← ↑ → ↓ */;
}

/* A character of a count beside a button (0, 12, (3), 1.2万, 99+), or a
 * lone mark. */
static bool is_count_char(uint32_t cp)
{
    return (cp >= '0' && cp <= '9') || cp == '(' || cp == ')' || cp == '.' || cp == '+' ||
           cp == ':' || cp == 0x4E07 /* 万 */ || (cp < 0x80 && !((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'));
}

/* Whether s[at, n) opens with a word of one to four Han characters up to
 * the next separator or the end; where it ends in *end. */
static bool short_han_word_at(const unsigned char *s, size_t n, size_t at, size_t *end)
{
    enum { WORD_HAN_MAX = 4 };
    size_t han = 0;
    for (size_t len; at < n; at += len) {
        uint32_t cp;
        len = next_folded(s + at, n - at, &cp);
        if (is_token_separator(cp))
            break;
        if (!zp_is_han(cp) || ++han > WORD_HAN_MAX)
            return false;
    }
    *end = at;
    return han > 0;
}

enum keyword_class keywords_token_row(const unsigned char *s, size_t n)
{
    /* a site's own link among its buttons (无障碍 长者模式 政府信箱 加入收藏):
     * one word of a few Han characters that is none, after the first, in
     * a row of three buttons or more */
    enum { BUTTONS_BESIDE_OTHER_MIN = 3 };
    enum keyword_class found = KW_NONE;
    size_t at = 0, buttons = 0, others = 0;
    while (at < n) {
        uint32_t cp;
        size_t len = next_folded(s + at, n - at, &cp);
        if (is_token_separator(cp)) {
            at += len;
            continue;
        }
        /* digits glued to a keyword (3上一篇 下一篇4) are an icon font's
         * arrows, read as text */
        size_t word = at;
        while (word < n && s[word] >= '0' && s[word] <= '9')
            word++;
        if (word == n || word - at > 1)
            word = at;
        size_t taken;
        bool may_start = written_at(&token_starts, s + word, n - word, &taken);
        /* neither a keyword nor a count: no row (most lines, at their
         * first word) */
        size_t other_end;
        if (!may_start && !is_count_char(cp)) {
            if (found == KW_NONE || others > 0 || !short_han_word_at(s, n, at, &other_end))
                return KW_NONE;
            others++;
            at = other_end;
            continue;
        }
        const struct keyword *k = may_start ? keyword_at(MATCH_TOKEN, s + word, n - word, &taken) : NULL;
        size_t after = word + taken;
        if (k && after < n && s[after] >= '0' && s[after] <= '9')
            after++;
        /* or a count glued after it, to the next separator (发表评论(共0条)) */
        if (k && after < n && s[after] == '(') {
            size_t end = after;
            uint32_t mark = 0;
            while (end < n) {
                size_t mark_len = next_folded(s + end, n - end, &mark);
                if (!is_count_char(mark) && mark != 0x5171 /* 共 */ && mark != 0x6761 /* 条 */ &&
                    mark != 0x689D /* 條 */)
                    break;
                end += mark_len;
            }
            if (end == n || is_token_separator(mark))
                after = end;
        }
        /* or a lone mark after the last one (我来说两句 0条评论 0人参与,) */
        if (k && after < n && after + next_folded(s + after, n - after, &cp) == n && is_count_char(cp))
            after = n;
        /* or glued to the next button, as a template may set its links
         * with nothing between them (加入收藏关于我们) */
        size_t next_taken;
        if (k && (after == n || is_token_separator(cp) ||
                  (written_at(&token_starts, s + after, n - after, &next_taken) &&
                   keyword_at(MATCH_TOKEN, s + after, n - after, &next_taken)))) {
            if (found == KW_NONE)
                found = k->cls;
            buttons++;
            at = after;
            continue;
        }
        /* else a count, up to the next separator */
        size_t digits = 0, chars = 0;
        for (; at < n; at += len, chars++) {
            len = next_folded(s + at, n - at, &cp);
            if (is_token_separator(cp))
                break;
            if (!is_count_char(cp))
                return KW_NONE;
            digits += cp >= '0' && cp <= '9';
        }
        if (digits == 0 && chars > 1)
            return KW_NONE;
    }
    return others > 0 && buttons < BUTTONS_BESIDE_OTHER_MIN ? KW_NONE : found;
}
