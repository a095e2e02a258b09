/* memmem */
#define _GNU_SOURCE
#include "line.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "zp.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#endif

enum {
    /* a row of links or search terms run into one line (a | b | c,
     * 站名_某某网_某某) has three joints or more between its words; a title
     * may hold a bar or two (专题丨…| 某某网) */
    LINK_JOINTS_MIN = 3,
    /* such a row runs to 300 characters, a site's whole list of channels;
     * a longer line is text, whatever it holds */
    LINK_ROW_MAX = 300,
    /* a Chinese postcode has six digits (430079); a year has four */
    POSTCODE_DIGITS = 6,
};

/* The ASCII digits that end s[0, at), most of them at most. */
static size_t digits_before(const unsigned char *s, size_t at, size_t most)
{
    size_t k = 0;
    while (k < most && k < at && zp_is_ascii_digit(s[at - k - 1]))
        k++;
    return k;
}

size_t line_closing_note_at(const unsigned char *s, size_t n)
{
    if (n == 0 || (s[n - 1] != ')' && !(n >= 3 && s[n - 3] == 0xEF && s[n - 2] == 0xBC && s[n - 1] == 0x89)))
        return n;
    for (size_t open = n; open-- > 0;)
        if (s[open] == '(' || (open + 3 <= n && s[open] == 0xEF && s[open + 1] == 0xBC && s[open + 2] == 0x88))
            return open;
    return n;
}

/* The separators of a row of links (| ｜) or of a breadcrumb (> » › ＞ →). */
static bool is_bar(uint32_t cp) { return cp == '|' || cp == 0xFF5C; }
static bool is_arrow(uint32_t cp)
{
    return cp == '>' || cp == 0x00BB || cp == 0x203A || cp == 0xFF1E || cp == 0x2192;
}

static bool is_opening_bracket(uint32_t cp)
{
    return cp == '(' || cp == '[' || cp == 0xFF08 /* （ */ || cp == 0x3010 /* 【 */ ||
           cp == 0x3014 /* 〔 */ || cp == 0x3016 /* 〖 */ || cp == 0xFF3B /* ［ */;
}

static bool is_closing_bracket(uint32_t cp)
{
    return cp == ')' || cp == ']' || cp == 0xFF09 /* ） */ || cp == 0x3011 /* 】 */ ||
           cp == 0x3015 /* 〕 */ || cp == 0x3017 /* 〗 */ || cp == 0xFF3D /* ］ */;
}

/* Leftover markup at the end: …</p>, …?/p>, …<br/>. */
static bool ends_in_markup(const unsigned char *s, size_t n)
{
    if (n < 3 || s[n - 1] != '>')
        return false;
    size_t from = n > 8 ? n - 8 : 0;
    for (size_t i = from; i + 1 < n; i++)
        if (s[i] == '/' || s[i] == '<')
            return true;
    return false;
}

/* Bits over the characters of lead bytes E4 to E9 (U+4000 to U+9FFF, where
 * the function characters lie), by their bytes: word ((lead - E4) << 6 |
 * second byte's low six bits), bit third byte's low six bits.  One load a
 * character, from a table that stays in cache. */
enum { LEAD_FIRST = 0xE4, LEAD_LAST = 0xE9, HAN_WORDS = (LEAD_LAST - LEAD_FIRST + 1) << 6 };
static uint64_t function_bits[HAN_WORDS];

static bool is_function_at(const unsigned char *c)
{
    return (function_bits[((c[0] - LEAD_FIRST) << 6) | (c[1] & 0x3F)] >> (c[2] & 0x3F)) & 1;
}

/* The words that end the name of a place or an organisation
 * (line_ends_as_organisation), and their last characters as bits, laid out
 * as function_bits: most names end in none of them. */
static const struct zp_word organisation_ends[] = {
    ZP_WORD("街道"), ZP_WORD("社区"), ZP_WORD("社區"), ZP_WORD("党委"), ZP_WORD("黨委"),
    ZP_WORD("支部"), ZP_WORD("中心"), ZP_WORD("政府"), ZP_WORD("大学"), ZP_WORD("大學"),
    ZP_WORD("学院"), ZP_WORD("學院"), ZP_WORD("日报"), ZP_WORD("日報"), ZP_WORD("晚报"),
    ZP_WORD("晚報"), ZP_WORD("新闻"), ZP_WORD("新聞"), ZP_WORD("办公室"), ZP_WORD("委员会"),
    ZP_WORD("局"), ZP_WORD("办"), ZP_WORD("辦"), ZP_WORD("处"), ZP_WORD("處"), ZP_WORD("院"),
    ZP_WORD("站"), ZP_WORD("队"), ZP_WORD("隊"), ZP_WORD("村"), ZP_WORD("镇"), ZP_WORD("鎮"),
    ZP_WORD("乡"), ZP_WORD("鄉"), ZP_WORD("县"), ZP_WORD("縣"), ZP_WORD("省"), ZP_WORD("网"),
    ZP_WORD("網"), ZP_WORD("社"), ZP_WORD("委"), ZP_WORD("所"), ZP_WORD("部"), ZP_WORD("厅"),
    ZP_WORD("廳"), ZP_WORD("馆"), ZP_WORD("館"), ZP_WORD("校"), ZP_WORD("协会"), ZP_WORD("公司"),
    /* a radio station's (某某之声) */
    ZP_WORD("之声"), ZP_WORD("之聲"),
    /* the federations of women, the disabled, writers and artists, and
     * returned overseas Chinese, and a trade union */
    ZP_WORD("妇联"), ZP_WORD("婦聯"), ZP_WORD("残联"), ZP_WORD("殘聯"), ZP_WORD("文联"), ZP_WORD("文聯"),
    ZP_WORD("侨联"), ZP_WORD("僑聯"), ZP_WORD("工会"), ZP_WORD("工會")};
static uint64_t organisation_end_bits[HAN_WORDS];

/* c[0] is a lead byte of E4 to E9 */
static bool ends_organisation_at(const unsigned char *c)
{
    return (organisation_end_bits[((c[0] - LEAD_FIRST) << 6) | (c[1] & 0x3F)] >> (c[2] & 0x3F)) & 1;
}

/* What a line's first character may open, for line_measure to look
 * further only where it may: bits over the Basic Multilingual Plane, the
 * three of a character side by side.  Most lines open with a character
 * that opens none of them.  The rows of 64 characters are filled when a
 * line first opens with one of theirs, by each thread for itself: a run
 * reads the few rows its text opens with, and starts without filling the
 * 65,536. */
enum { OPENS_ENUMERATOR, OPENS_LABEL, OPENS_KEYWORD, OPENINGS, ROWS = 0x10000 / 64 };
static _Thread_local uint64_t opens[ROWS][OPENINGS];
/* Per row: whether it is filled, and whether any of its characters opens
 * anything (128 bytes each, that stay in cache where the rows do not). */
static _Thread_local uint64_t rows_filled[ROWS / 64], rows_open[ROWS / 64];

static void fill_row(uint32_t row)
{
    for (uint32_t cp = row * 64; cp < (row + 1) * 64; cp++) {
        bool may[OPENINGS] = {zp_may_open_enumerator(cp), zp_may_open_label(cp), keywords_may_start(cp)};
        for (int k = 0; k < OPENINGS; k++) {
            opens[row][k] |= (uint64_t)may[k] << (cp % 64);
            rows_open[row / 64] |= (uint64_t)may[k] << (row % 64);
        }
    }
    rows_filled[row / 64] |= UINT64_C(1) << (row % 64);
}

/* Whether any character of cp's row may open anything. */
static bool row_opens(uint32_t cp)
{
    uint32_t row = cp / 64;
    if (!((rows_filled[row / 64] >> (row % 64)) & 1))
        fill_row(row);
    return (rows_open[row / 64] >> (row % 64)) & 1;
}

static void choose_counting(void);

/* The first bytes of the bullets (zp_bullets, and -) as UTF-8 writes them,
 * which has one way to write each character, as bits. */
static uint64_t bullet_leads[4];

static void put_bullet_lead(uint32_t cp)
{
    unsigned lead = cp < 0x80 ? cp : cp < 0x800 ? 0xC0 | cp >> 6 : cp < 0x10000 ? 0xE0 | cp >> 12 : 0xF0 | cp >> 18;
    bullet_leads[lead >> 6] |= UINT64_C(1) << (lead & 63);
}

void line_init(void)
{
    choose_counting();
    put_bullet_lead('-');
    for (size_t i = 0; i < ZP_BULLETS; i++)
        put_bullet_lead(zp_bullets[i]);
    /* the common block, U+4E00 on: the rest of E4's is Extension A */
    for (uint32_t cp = 0x4E00; cp <= 0x9FFF; cp++)
        if (zp_is_function_char(cp))
            function_bits[(cp >> 6) - (0x4000 >> 6)] |= UINT64_C(1) << (cp & 0x3F);
    /* all of them end in a character of the common block */
    for (size_t i = 0; i < sizeof organisation_ends / sizeof organisation_ends[0]; i++) {
        const unsigned char *c = (const unsigned char *)organisation_ends[i].s + organisation_ends[i].n - 3;
        organisation_end_bits[((c[0] - LEAD_FIRST) << 6) | (c[1] & 0x3F)] |= UINT64_C(1) << (c[2] & 0x3F);
    }
}

/* What an ASCII byte counts as, and the SEEN_ bit it sets (shifted). */
enum { A_LATIN = 1, A_COMMA = 2, A_STOP = 4, A_SEMICOLON = 8, A_SEPARATOR = 16, A_CLAUSE = 32, A_SEEN = 6 };
/* A_CLAUSE: a clause mark (repeats_clause_mark), which a tail begins after */
static const uint16_t ascii_class[128] = {
    [','] = A_COMMA | A_CLAUSE, [';'] = A_STOP | A_SEMICOLON | A_CLAUSE, ['!'] = A_STOP | A_CLAUSE,
    ['?'] = A_STOP | A_CLAUSE, [':'] = A_CLAUSE,
    ['|'] = A_SEPARATOR | SEEN_SEPARATOR << A_SEEN, ['>'] = A_SEPARATOR | SEEN_SEPARATOR << A_SEEN,
    ['-'] = SEEN_DASH << A_SEEN,
    ['_'] = SEEN_UNDERSCORE << A_SEEN, ['['] = SEEN_BRACKET << A_SEEN, [' '] = SEEN_SPACE << A_SEEN,
#define L(c) [c] = A_LATIN, [c - 32] = A_LATIN
    L('a'), L('b'), L('c'), L('d'), L('e'), L('f'), L('g'), L('h'), L('i'), L('j'), L('k'), L('l'),
    L('m'), L('n'), L('o'), L('p'), L('q'), L('r'), L('s'), L('t'), L('u'), L('v'), L('w'), L('x'),
    L('y'), L('z'),
#undef L
};

/* The clause marks of a line as its marks are counted, for its tails
 * (repeats_tails): the last CLAUSE_RING, by the byte after each; count is
 * CLAUSES_UNKNOWN where they were not looked for. */
enum { CLAUSES_UNKNOWN = SIZE_MAX };
struct clauses {
    size_t count;
    uint32_t ends[CLAUSE_RING];
};

/* The counts of s[0, n), byte by byte: a character is counted at its first
 * byte, and the marks of three bytes (， 、 。 ； ！ ？ ｜ ＞ » › →) by
 * looking at the bytes after it: the counts every line gets (characters,
 * Han, Latin, commas, stops, semicolons), as the vector loop of
 * count_blocks counts them, and with details the separators too. */
static void count_bytes(struct features *f, const unsigned char *s, size_t n, bool details)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char b = s[i];
        if ((b & 0xC0) == 0x80)
            continue;
        f->chars++;
        if (b < 0x80) {
            uint16_t c = ascii_class[b];
            f->latin += (c & A_LATIN) != 0;
            f->commas += (c & A_COMMA) != 0;
            f->stops += (c & A_STOP) != 0;
            f->semicolons += (c & A_SEMICOLON) != 0;
            f->separators += details && (c & A_SEPARATOR) != 0;
            f->seen |= (uint8_t)(c >> A_SEEN);
            continue;
        }
        if (b >= 0xE4 && b <= 0xE9) {
            f->han++;
            continue;
        }
        unsigned b1 = i + 1 < n ? s[i + 1] : 0, b2 = i + 2 < n ? s[i + 2] : 0;
        bool separator = false;
        if (b == 0xEF && b1 == 0xBC) {
            f->commas += b2 == 0x8C;
            f->stops += b2 == 0x9B || b2 == 0x81 || b2 == 0x9F;
            f->semicolons += b2 == 0x9B;
            separator = b2 == 0x9E;
        } else if (b == 0xEF && b1 == 0xBD) {
            separator = b2 == 0x9C;
        } else if (b == 0xE3 && b1 == 0x80) {
            f->commas += b2 == 0x81;
            f->enumeration_commas += b2 == 0x81;
            f->stops += b2 == 0x82;
        } else if (b == 0xE3) {
            f->seen |= b1 == 0x83 && b2 == 0xBB ? SEEN_MIDDLE_DOT : 0;
        } else if (b == 0xE2) {
            separator = (b1 == 0x80 && b2 == 0xBA) || (b1 == 0x86 && b2 == 0x92);
        } else if (b == 0xC2) {
            separator = b1 == 0xBB;
            f->seen |= b1 == 0xB7 ? SEEN_MIDDLE_DOT : 0;
        }
        f->separators += details && separator;
        f->seen |= separator ? SEEN_SEPARATOR : 0;
    }
}

#ifdef __SSE2__
/* The marks at the places set in marks (bits from s): the ASCII , ; ! ? - _ [
 * | > and space, and the lead bytes EF, E3, E2 and C2 of the full-width
 * marks and the separators, whose other bytes are read after them (past n
 * too, as count_blocks reads); the other places set count nothing.  s is
 * the line's byte at, left bytes of it from there; its clause marks go to
 * clauses. */
static inline void count_marks(struct features *f, struct clauses *clauses, const unsigned char *s, unsigned marks,
                               size_t at, size_t left)
{
/* a clause mark (repeats_clause_mark) of len bytes at place */
#define CLAUSE(len) (clauses->ends[clauses->count++ % CLAUSE_RING] = (uint32_t)(at + place + (len)))
    for (; marks; marks &= marks - 1) {
        unsigned place = (unsigned)__builtin_ctz(marks);
        const unsigned char *c = s + place;
        if (c[0] < 0x80) {
            uint16_t k = ascii_class[c[0]];
            f->commas += (k & A_COMMA) != 0;
            f->stops += (k & A_STOP) != 0;
            f->semicolons += (k & A_SEMICOLON) != 0;
            f->seen |= (uint8_t)(k >> A_SEEN);
            if (k & A_CLAUSE)
                CLAUSE(1);
            continue;
        }
        switch (c[0]) {
        case 0xEF:
            if (c[1] == 0xBC) {
                f->commas += c[2] == 0x8C;
                f->stops += c[2] == 0x9B || c[2] == 0x81 || c[2] == 0x9F;
                f->semicolons += c[2] == 0x9B;
                f->seen |= c[2] == 0x9E ? SEEN_SEPARATOR : 0;
                /* ， ； ： ！ ？, whole in the line */
                if (left - place >= 3 && (c[2] == 0x8C || c[2] == 0x9B || c[2] == 0x9A || c[2] == 0x81 || c[2] == 0x9F))
                    CLAUSE(3);
            } else {
                f->seen |= c[1] == 0xBD && c[2] == 0x9C ? SEEN_SEPARATOR : 0;
            }
            break;
        case 0xE3:
            f->commas += c[1] == 0x80 && c[2] == 0x81;
            f->enumeration_commas += c[1] == 0x80 && c[2] == 0x81;
            f->stops += c[1] == 0x80 && c[2] == 0x82;
            f->seen |= c[1] == 0x83 && c[2] == 0xBB ? SEEN_MIDDLE_DOT : 0;
            if (left - place >= 3 && c[1] == 0x80 && (c[2] == 0x81 || c[2] == 0x82)) /* 、 。 */
                CLAUSE(3);
            break;
        case 0xE2:
            /* › ‖ → */
            f->seen |= (c[1] == 0x80 && (c[2] == 0xBA || c[2] == 0x96)) || (c[1] == 0x86 && c[2] == 0x92) ? SEEN_SEPARATOR : 0;
            break;
        case 0xC2:
            f->seen |= c[1] == 0xBB ? SEEN_SEPARATOR : c[1] == 0xB7 ? SEEN_MIDDLE_DOT : 0;
            break;
        default: /* no mark, no separator */
            break;
        }
    }
#undef CLAUSE
}

/* Per byte lane, as 0 - matches: the bytes that continue a character,
 * the Han characters' lead bytes and the Latin letters of a run of blocks. */
struct lane_counts {
    __m128i continuing, han, latin;
};

/* One block of 16 bytes, of which those in valid (and bits) count: the
 * counts every block needs go to the lanes, and the rare places go to
 * count_marks one by one: the lead bytes of what is neither ASCII nor Han,
 * and the ASCII that is neither a letter nor a digit.  A block without
 * ASCII needs no look for Latin letters.  Each test is one compare with a
 * constant, signed (80..BF are -128..-65) or, for a range moved to 0, unsigned
 * through its minimum. */
static inline void count_block(struct features *f, struct clauses *clauses, struct lane_counts *c,
                               const unsigned char *s, size_t at, size_t left, __m128i valid, unsigned bits)
{
#define IN_RANGE(v, first, count) \
    _mm_cmpeq_epi8(_mm_min_epu8(_mm_sub_epi8(v, _mm_set1_epi8((char)(first))), _mm_set1_epi8((char)((count) - 1))), \
                   _mm_sub_epi8(v, _mm_set1_epi8((char)(first))))
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i continuing = _mm_cmpgt_epi8(_mm_set1_epi8(-64), v);
    __m128i han = IN_RANGE(v, 0xE4, 6);
    c->continuing = _mm_sub_epi8(c->continuing, _mm_and_si128(continuing, valid));
    c->han = _mm_sub_epi8(c->han, _mm_and_si128(han, valid));
    unsigned high = (unsigned)_mm_movemask_epi8(v);
    /* the lead bytes: C0..FF */
    unsigned marks = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(_mm_or_si128(han, continuing), v));
    if (~high & bits) {
        __m128i latin = IN_RANGE(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26);
        c->latin = _mm_sub_epi8(c->latin, _mm_and_si128(latin, valid));
        marks |= ~(high | (unsigned)_mm_movemask_epi8(_mm_or_si128(latin, IN_RANGE(v, '0', 10)))) & 0xFFFF;
    }
    if (marks & bits)
        count_marks(f, clauses, s, marks & bits, at, left);
#undef IN_RANGE
}

static uint32_t lane_sum(__m128i counts)
{
    __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
    return (uint32_t)(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
}

/* count_bytes without details, 16 bytes at a time: the bytes past n (the
 * line's LF and what follows it in the batch, READ_PAST of them) are read
 * and left out of the counts.  A lane counts at most one a block: the lanes
 * are summed before they can pass 255.  The characters are the bytes that
 * continue none. */
static void count_blocks(struct features *f, struct clauses *clauses, const unsigned char *s, size_t n)
{
    size_t at = 0;
    uint32_t continuing = 0;
    clauses->count = 0;
    while (at < n) {
        struct lane_counts c = {_mm_setzero_si128(), _mm_setzero_si128(), _mm_setzero_si128()};
        for (int rounds = 0; rounds < 255 && n - at >= 16; rounds++, at += 16)
            count_block(f, clauses, &c, s + at, at, n - at, _mm_set1_epi8(-1), 0xFFFF);
        if (n - at < 16 && at < n) {
            const __m128i lanes = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
            count_block(f, clauses, &c, s + at, at, n - at, _mm_cmpgt_epi8(_mm_set1_epi8((char)(n - at)), lanes),
                        (1u << (n - at)) - 1);
            at = n;
        }
        continuing += lane_sum(c.continuing);
        f->han += lane_sum(c.han);
        f->latin += lane_sum(c.latin);
    }
    f->chars += (uint32_t)n - continuing;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
/* The same 32 bytes at a time, on processors with AVX2 (and POPCNT): a
 * line of a few dozen bytes takes one or two blocks, not two to four, and
 * each block's counts are the bits of its masks, counted at once. */
#define AVX2 __attribute__((target("avx2,popcnt")))

/* The bytes count_wide_block compares with, 32 of each, filled by
 * line_init: read from memory by the instructions that use them, where
 * constants the compiler knew would be built in registers at every line. */
enum { R_CONTINUING, R_HAN, R_HAN_LAST, R_CASE, R_A, R_Z, R_0, R_9, WIDE_ROWS };
static const unsigned char wide_bytes[WIDE_ROWS] = {
    [R_CONTINUING] = 0xC0, /* -64: bytes below it continue a character */
    [R_HAN] = 0xE4, [R_HAN_LAST] = 0xE9 - 0xE4,
    [R_CASE] = 0x20, [R_A] = 'a', [R_Z] = 'z' - 'a',
    [R_0] = '0', [R_9] = '9' - '0',
};
static _Alignas(32) unsigned char wide_rows[WIDE_ROWS][32];

AVX2 static inline void count_wide_block(struct features *f, struct clauses *clauses, uint32_t *continuing,
                                         const unsigned char *s, size_t at, size_t left, uint32_t bits)
{
#define ROW(k) _mm256_load_si256((const __m256i *)(const void *)wide_rows[k])
/* first <= v <= first + last, unsigned, as one compare through the minimum */
#define IN_RANGE(v, first, last) \
    _mm256_cmpeq_epi8(_mm256_min_epu8(_mm256_sub_epi8(v, ROW(first)), ROW(last)), _mm256_sub_epi8(v, ROW(first)))
    __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)s);
    __m256i cont = _mm256_cmpgt_epi8(ROW(R_CONTINUING), v);
    __m256i han = IN_RANGE(v, R_HAN, R_HAN_LAST);
    *continuing += (uint32_t)__builtin_popcount((uint32_t)_mm256_movemask_epi8(cont) & bits);
    f->han += (uint32_t)__builtin_popcount((uint32_t)_mm256_movemask_epi8(han) & bits);
    uint32_t high = (uint32_t)_mm256_movemask_epi8(v);
    uint32_t marks = (uint32_t)_mm256_movemask_epi8(_mm256_andnot_si256(_mm256_or_si256(han, cont), v));
    if (~high & bits) {
        __m256i latin = IN_RANGE(_mm256_or_si256(v, ROW(R_CASE)), R_A, R_Z);
        uint32_t letters = (uint32_t)_mm256_movemask_epi8(latin);
        f->latin += (uint32_t)__builtin_popcount(letters & bits);
        marks |= ~(high | letters | (uint32_t)_mm256_movemask_epi8(IN_RANGE(v, R_0, R_9)));
    }
    if (marks & bits)
        count_marks(f, clauses, s, marks & bits, at, left);
#undef IN_RANGE
#undef ROW
}

AVX2 static void count_wide_blocks(struct features *f, struct clauses *clauses, const unsigned char *s, size_t n)
{
    size_t at = 0;
    uint32_t continuing = 0;
    clauses->count = 0;
    for (; n - at >= 32; at += 32)
        count_wide_block(f, clauses, &continuing, s + at, at, n - at, UINT32_MAX);
    if (at < n)
        count_wide_block(f, clauses, &continuing, s + at, at, n - at, (UINT32_C(1) << (n - at)) - 1);
    f->chars += (uint32_t)n - continuing;
}
#undef AVX2
#endif
#endif

#ifndef __SSE2__
/* without the clause marks: repeats_check looks for the tails itself */
static void count_bytes_plain(struct features *f, struct clauses *clauses, const unsigned char *s, size_t n)
{
    count_bytes(f, s, n, false);
    clauses->count = CLAUSES_UNKNOWN;
}
#endif

/* count_blocks, or count_wide_blocks where the processor has AVX2 and
 * POPCNT. */
static void (*count_line)(struct features *f, struct clauses *clauses, const unsigned char *s, size_t n) =
#ifdef __SSE2__
    count_blocks;
#else
    count_bytes_plain;
#endif

static void choose_counting(void)
{
#if defined(__SSE2__) && defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt"))
        count_line = count_wide_blocks;
    for (int k = 0; k < WIDE_ROWS; k++)
        memset(wide_rows[k], wide_bytes[k], sizeof wide_rows[k]);
#endif
}

static bool is_stop_char(uint32_t cp)
{
    return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF1B || cp == '!' || cp == '?' ||
           cp == ';';
}

/* Whether a line that opens with cp may open with what k stands for. */
static bool may_open(uint32_t cp, int k) { return cp >= 0x10000 || ((opens[cp / 64][k] >> (cp % 64)) & 1); }

void line_measure(struct features *f, const unsigned char *s, size_t n)
{
    *f = (struct features){.function = FUNCTION_UNKNOWN};
    struct clauses clauses;
    count_line(f, &clauses, s, n);
    /* the line ends where its text does: spaces a page left after a stop
     * (…组成。 ) do not leave it open */
    size_t full = n;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == 0xA0 || s[n - 1] == 0x80) &&
           (s[n - 1] == ' ' || (n >= 2 && s[n - 2] == 0xC2 && s[n - 1] == 0xA0) ||
            (n >= 3 && s[n - 3] == 0xE3 && s[n - 2] == 0x80 && s[n - 1] == 0x80)))
        n -= s[n - 1] == ' ' ? 1 : s[n - 1] == 0xA0 ? 2 : 3;
    if (n == 0)
        return;
    uint32_t last;
    zp_utf8_last(s, n, &last);
    /* zp_ends_sentence and zp_ends_open, from the last character */
    /* ?? is what a character the scrape could not encode became, no
     * question */
    bool mojibake = last == '?' && n >= 2 && s[n - 2] == '?';
    /* a quote a template set in square brackets closes after its stop
     * ([我今年74岁，…方便不少。]) */
    bool bracketed_stop = (last == ']' || last == 0x3011 /* 】 */ || last == 0xFF3D /* ］ */) &&
                          zp_ends_sentence(s, n - (last == ']' ? 1 : 3));
    if (!mojibake && (bracketed_stop || (zp_is_closing(last) ? zp_ends_sentence(s, n) : zp_is_sentence_end(last)))) {
        f->end = END_SENTENCE;
        /* the stop at the end is no stop inside */
        f->stops -= f->stops > 0 && is_stop_char(last);
    } else if (zp_is_open_mark(last)) {
        f->end = END_OPEN;
        f->commas -= f->commas > 0 && last != 0x2014;
    } else if (ends_in_markup(s, n)) {
        f->end = END_MARKUP;
    }
    n = full;
    /* the tails repeats_check takes, of a sentence long enough to have
     * them (else none: the features start cleared) */
    if (f->end == END_SENTENCE && f->chars >= 2 * TAIL_MIN) {
        if (clauses.count == CLAUSES_UNKNOWN || n >= TAILS_UNKNOWN)
            f->tail_at[0] = TAILS_UNKNOWN;
        else if (clauses.count > 0)
            repeats_tails(s, n, clauses.ends, clauses.count, f->tail_at);
    }
    uint32_t first;
    zp_utf8_char(s, n, &first);
    /* a list's items are indented as its paragraphs are (    ⑴ 制定…;) */
    if (first == ' ' || first == 0x3000) {
        size_t indent = line_indent_len(s, n), enumerator_len;
        uint32_t after;
        /* the lead bytes zp_enumerator looks at first, before a look up */
        if (indent < n && (s[indent] == '(' || zp_is_ascii_digit(s[indent]) || s[indent] >= 0xE2) &&
            zp_utf8_char(s + indent, n - indent, &after) > 0 && after < 0x10000 && row_opens(after) &&
            may_open(after, OPENS_ENUMERATOR))
            f->enumerator = zp_enumerator(s + indent, n - indent, &enumerator_len);
    }
    /* a row of the page's fields a bar opens (| 责任编辑:某某 关闭本页), as
     * a table's cell does: its keyword is the row's */
    if (first == '|' || first == 0xFF5C) {
        size_t at = first == '|' ? 1 : 3;
        while (at < n && s[at] == ' ')
            at++;
        if (at < n)
            f->start = keywords_start(s + at, n - at);
        return;
    }
    if (first < 0x10000 && !row_opens(first))
        return;
    if (may_open(first, OPENS_ENUMERATOR)) {
        size_t enumerator_len;
        f->enumerator = zp_enumerator(s, n, &enumerator_len);
    }
    if (may_open(first, OPENS_LABEL)) {
        size_t label_len;
        f->label = zp_label(s, n, &label_len);
        f->label_len = (uint16_t)(label_len < UINT16_MAX ? label_len : UINT16_MAX);
    }
    if (may_open(first, OPENS_KEYWORD))
        f->start = keywords_start(s, n);
    f->bracketed = f->enumerator == ZP_ENUM_NONE && is_opening_bracket(first);
}

void line_details(struct features *f, const unsigned char *s, size_t n)
{
    if (f->detailed)
        return;
    struct features all = {0};
    count_bytes(&all, s, n, true);
    f->separators = all.separators;
    f->detailed = true;
}

/* The function characters of s[0, n), counting no further than most: the
 * lead bytes of the common Han block found 16 at a time (reading past n, as
 * line_measure does), each character then looked up. */
static uint32_t count_function_chars(const unsigned char *s, size_t n, uint32_t most)
{
    uint32_t count = 0;
    for (size_t at = 0; at < n; at += 16) {
        unsigned leads;
#ifdef __SSE2__
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + at));
        leads = (unsigned)_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-29)), _mm_cmplt_epi8(v, _mm_set1_epi8(-22))));
#else
        leads = 0;
        for (unsigned i = 0; i < 16; i++)
            leads |= (unsigned)(s[at + i] >= 0xE4 && s[at + i] <= 0xE9) << i;
#endif
        /* only the characters whole before n */
        if (n - at < 16 + 2)
            leads &= n - at > 2 ? (1u << (n - at - 2)) - 1 : 0;
        for (; leads; leads &= leads - 1)
            if ((count += is_function_at(s + at + __builtin_ctz(leads))) >= most)
                return count;
    }
    return count;
}

uint32_t line_function_chars(struct features *f, const unsigned char *s, size_t n)
{
    /* the count of a look at the whole line while it was classified is of
     * the line then: --explain counts the text as it is now */
    if (f->function == FUNCTION_UNKNOWN || f->function_looked) {
        f->function = count_function_chars(s, n, UINT32_MAX);
        f->function_looked = false;
    }
    return f->function;
}

/* Whether s has k function characters or more: a look that stops there.
 * A look that found fewer read the whole line, and its count is kept for
 * the next look. */
static bool has_function_chars(struct features *f, const unsigned char *s, size_t n, uint32_t k)
{
    if (f->function != FUNCTION_UNKNOWN)
        return f->function >= k;
    uint32_t count = count_function_chars(s, n, k);
    if (count < k) {
        f->function = count;
        f->function_looked = true;
    }
    return count >= k;
}

/* The characters of the longest part between separators. */
static uint32_t longest_part(const unsigned char *s, size_t n)
{
    uint32_t part = 0, longest = 0;
    for (size_t at = 0; at < n;) {
        uint32_t cp;
        at += zp_utf8_char(s + at, n - at, &cp);
        if (is_bar(cp) || is_arrow(cp))
            part = 0;
        else if (cp != ' ' && ++part > longest)
            longest = part;
    }
    return longest;
}

/* Whether s is a column's name and a headline with one bar between them
 * (江畔闲话|口袋公园可以再多建些): a few Han characters alone before the
 * bar, and after it a headline's Han characters with a function character,
 * which a link's label or a menu's word has none of. */
static bool is_column_bar_headline(const unsigned char *s, size_t n)
{
    enum { COLUMN_CHARS_MAX = 8, HEADLINE_HAN_MIN = 8 };
    size_t at = 0, column = 0;
    uint32_t cp;
    for (;;) {
        if (at == n)
            return false;
        at += zp_utf8_char(s + at, n - at, &cp);
        if (is_bar(cp))
            break;
        if (cp != ' ' && (!zp_is_han(cp) || ++column > COLUMN_CHARS_MAX))
            return false;
    }
    while (at < n && s[at] == ' ')
        at++;
    struct features headline;
    line_measure(&headline, s + at, n - at);
    return column > 0 && headline.han >= HEADLINE_HAN_MIN && line_function_chars(&headline, s + at, n - at) > 0;
}

/* The bytes of the place in a photograph that end s (前排左, 左一, 右二,
 * 居中), of at most four characters, or 0. */
static size_t photo_place_len(const unsigned char *s, size_t n)
{
    enum { PLACE_CHARS_MAX = 4 };
    static const uint32_t place_chars[] = {0x524D, 0x540E, 0x6392, 0x5DE6, 0x53F3, 0x4E2D, 0x5C45, 0x4E00, 0x4E8C,
                                           0x4E09, 0x56DB, 0x8D77}; /* 前 后 排 左 右 中 居 一 二 三 四 起 */
    size_t at = n, chars = 0;
    bool side = false;
    while (at >= 3 && chars < PLACE_CHARS_MAX) {
        uint32_t cp;
        size_t len = zp_utf8_last(s, at, &cp), k = 0;
        while (k < sizeof place_chars / sizeof place_chars[0] && place_chars[k] != cp)
            k++;
        if (k == sizeof place_chars / sizeof place_chars[0])
            break;
        side |= cp == 0x5DE6 || cp == 0x53F3 || cp == 0x4E2D;
        at -= len;
        chars++;
    }
    return side ? n - at : 0;
}

/* Whether s names a browser (浏览器, 瀏覽器): by 器's last byte, which
 * few characters share, as a line may be asked at every short sentence. */
static bool names_browser(const unsigned char *s, size_t n)
{
    for (const unsigned char *p = s; (p = memchr(p, 0xA8, (size_t)(s + n - p))) != NULL; p++)
        if (p >= s + 8 && p[-2] == 0xE5 && p[-1] == 0x99 &&
            (memcmp(p - 8, "浏览", 6) == 0 || memcmp(p - 8, "瀏覽", 6) == 0))
            return true;
    return false;
}

/* Whether the credit in brackets that ends s names who wrote the text,
 * a slash beside 文 (…管家。(某某/文、摄), (文/某某 图/某某)): the
 * article's credit, where a photo's names its photographer alone. */
static bool credits_writer(const unsigned char *s, size_t n)
{
    size_t group = line_closing_group(s, n);
    if (group >= n)
        return false;
    return memmem(s + group, n - group, "/\xE6\x96\x87", 4) != NULL || /* /文 */
           memmem(s + group, n - group, "\xE6\x96\x87/", 4) != NULL;   /* 文/ */
}

/* Opens with ( or （ and ends with ) or ）, looked at by their bytes,
 * which no other character has. */
static bool is_parenthesised(const unsigned char *s, size_t n)
{
    if (n < 2)
        return false;
    bool opens = s[0] == '(' || (n >= 3 && s[0] == 0xEF && s[1] == 0xBC && s[2] == 0x88);
    if (!opens)
        return false;
    /* a photograph's caption in brackets and the place in it after them
     * ((某某在会上发言)前排左) */
    if (!(s[n - 1] == ')' || s[n - 1] == 0x89))
        n -= photo_place_len(s, n);
    return n >= 2 &&
           (s[n - 1] == ')' || (n >= 3 && s[n - 3] == 0xEF && s[n - 2] == 0xBC && s[n - 1] == 0x89));
}

/* Whether s, in brackets whole, is a document's note under its title, no
 * caption: its span of years ((2018-2020年), （2021—2025年）) or its state
 * ((试行), （征求意见稿）). */
static bool is_document_note(const unsigned char *s, size_t n)
{
    size_t open = s[0] == '(' ? 1 : 3, close = s[n - 1] == ')' ? 1 : 3;
    if (n < open + close)
        return false;
    const unsigned char *t = s + open;
    size_t k = n - open - close;
    static const char *const states[] = {"试行", "試行", "暂行", "暫行", "草案", "征求意见稿", "徵求意見稿", "修订稿", "修訂稿"};
    for (size_t i = 0; i < sizeof states / sizeof states[0]; i++)
        if (k == strlen(states[i]) && memcmp(t, states[i], k) == 0)
            return true;
    /* 2018-2020年: four digits, a dash or 至, four digits, 年 or not */
    enum { YEAR_DIGITS = 4 };
    size_t at = 0;
    while (at < k && at < YEAR_DIGITS && zp_is_ascii_digit(t[at]))
        at++;
    if (at != YEAR_DIGITS)
        return false;
    if (zp_starts_with(t, k, at, "年"))
        at += 3;
    if (at < k && (t[at] == '-' || t[at] == '~'))
        at++;
    else if (zp_starts_with(t, k, at, "—") || zp_starts_with(t, k, at, "–") || zp_starts_with(t, k, at, "至") ||
             zp_starts_with(t, k, at, "～") || zp_starts_with(t, k, at, "到"))
        at += 3;
    else
        return false;
    size_t digits = at;
    while (at < k && zp_is_ascii_digit(t[at]))
        at++;
    if (at - digits != YEAR_DIGITS)
        return false;
    return at == k || (at + 3 == k && zp_starts_with(t, k, at, "年"));
}

/* Names set apart by spaces or by ； , ， 、, each of two or three Han
 * characters and opening with a common surname (某宇春 刘某 赵某民 陈某),
 * one of three or more with a rarer one (凡某某 潘某 何某 魏某): an
 * article's authors, which a menu's words or key terms, opening as they may
 * with any character (首页 新闻 政务 服务), are not all. */
static bool is_surnamed_row(const unsigned char *s, size_t n)
{
    enum { GIVEN_HAN_MIN = 2, GIVEN_HAN_MAX = 3, RARE_AMONG_MIN = 3 };
    size_t names = 0, rare = 0, start = 0, han = 0;
    /* a name of two characters a journal spaces (崔 沐): its surname alone,
     * waiting for the given name */
    bool spaced_surname = false;
    for (size_t at = 0, len; at <= n; at += len) {
        uint32_t cp = ' ';
        len = at < n ? zp_utf8_char(s + at, n - at, &cp) : 1;
        if (cp == ' ' || cp == ';' || cp == 0xFF1B || cp == ',' || cp == 0xFF0C || cp == 0x3001) {
            if (han == 1 && (spaced_surname || (cp == ' ' && zp_opens_with_surname(s + start, at - start)))) {
                names += spaced_surname;
                spaced_surname = !spaced_surname;
            } else if (han > 0) {
                if (han < GIVEN_HAN_MIN || han > GIVEN_HAN_MAX || spaced_surname)
                    return false;
                names++;
                rare += !zp_opens_with_surname(s + start, at - start);
            }
            han = 0;
            start = at + len;
            continue;
        }
        if (!zp_is_han(cp))
            return false;
        han++;
    }
    return names > 0 && !spaced_surname && (rare == 0 || (rare == 1 && names >= RARE_AMONG_MIN));
}

/* Whether a word of s ends in a reporter's role and a name follows it,
 * spaced (每经记者 某某某 每经编辑 某某): a byline, whatever the outlet's
 * short name before the role, where a menu's word for reporters stands
 * alone (首页 记者 视频). */
static bool names_reporter(const unsigned char *s, size_t n)
{
    for (const unsigned char *at = s; (at = memmem(at, (size_t)(s + n - at), "记者 ", 7)) != NULL; at += 7) {
        if (at == s || at[-1] == ' ')
            continue;
        const unsigned char *name = at + 7, *end = name;
        while (end < s + n && *end != ' ')
            end++;
        size_t chars = zp_count_chars(name, (size_t)(end - name));
        if (chars >= 2 && chars <= 3 && zp_opens_with_surname(name, (size_t)(end - name)))
            return true;
    }
    return false;
}

/* Terms of Han characters alone, ten at most each, spaces between them
 * (信访制度 国家政权建设 社会动员): how many, 0 when s holds anything else. */
static size_t spaced_terms(const unsigned char *s, size_t n)
{
    enum { TERM_HAN_MAX = 10 };
    size_t terms = 0;
    for (size_t at = 0; at < n;) {
        while (at < n && s[at] == ' ')
            at++;
        if (at == n)
            break;
        for (size_t han = 0; at < n && s[at] != ' '; han++) {
            uint32_t cp;
            size_t len = zp_utf8_char(s + at, n - at, &cp);
            if (len == 0 || !zp_is_han(cp) || han == TERM_HAN_MAX)
                return 0;
            at += len;
        }
        terms++;
    }
    return terms;
}

/* A row of navigation or site names: words of at most four Han characters
 * or one Latin word each (digits beside its letters: 17173, ChinaRen),
 * with nothing but spaces between, or a dash or a dot beside a space (首页
 * -在线投稿 -往期报纸, 某某网 • 浙江 • 正文); how many, 0 when the line is no such row.  A row that mixes
 * the scripts is names, never a heading's phrases, and its Han names may
 * run longer (焦点房地产). */
static size_t word_row(const unsigned char *s, size_t n)
{
    enum { HAN_WORD_MAX = 4, MIXED_HAN_WORD_MAX = 6 };
    size_t words = 0, word = 0, letters = 0, longest = 0, numbers = 0;
    bool han_words = false, latin_words = false, digits_only = true;
    for (size_t at = 0, len; at <= n; at += len) {
        uint32_t cp = ' ';
        len = at < n ? zp_utf8_char(s + at, n - at, &cp) : 1;
        bool spaced_dash = (cp == '-' || cp == 0xFF0D /* － */ || cp == 0x2022 /* • */ || cp == 0x00B7 /* · */) &&
                           ((at > 0 && s[at - 1] == ' ') || (at + len < n && s[at + len] == ' '));
        if (cp == ' ' || spaced_dash) {
            if (word > 0 || letters > 0)
                words++;
            han_words |= word > 0;
            latin_words |= letters > 0;
            numbers += letters > 0 && digits_only;
            word = letters = 0;
            digits_only = true;
            continue;
        }
        bool digit = cp >= '0' && cp <= '9';
        if (zp_is_han(cp)) {
            if (letters > 0 || ++word > MIXED_HAN_WORD_MAX)
                return 0;
            if (word > longest)
                longest = word;
        } else if ((digit || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')) && word == 0) {
            letters++;
            digits_only &= digit;
        } else {
            return 0;
        }
    }
    /* a row of figures under its label (服务人次 1200 1850 2600) is a
     * table's, no names: a name is a number at most once in a row */
    if ((longest > HAN_WORD_MAX && !(han_words && latin_words)) || 2 * numbers >= words)
        return 0;
    /* characters spaced one by one are a title set wide (工 作 方 案),
     * as documents set them; links are words */
    if (longest == 1 && !latin_words)
        return 0;
    return words;
}

/* A project's name, 项目 or 课题 or 基金 last, and its number in brackets
 * at the end (…研究项目(项目编号:…), …基金资助(批准号:…)): a fund's note. */
static bool is_grant_note(const unsigned char *s, size_t n)
{
    size_t group = line_closing_group(s, n);
    if (group == n || group == 0)
        return false;
    const unsigned char *inner = s + group;
    size_t inner_n = n - group;
    return (zp_find(inner, inner_n, "编号") < inner_n || zp_find(inner, inner_n, "批准号") < inner_n ||
            zp_find(inner, inner_n, "編號") < inner_n) &&
           (zp_ends_with(s, group, "项目") || zp_ends_with(s, group, "項目") || zp_ends_with(s, group, "课题") ||
            zp_ends_with(s, group, "課題") || zp_ends_with(s, group, "资助") || zp_ends_with(s, group, "資助") ||
            zp_ends_with(s, group, "基金"));
}

/* Whether a page's label (时间: 来源: 作者:) ends s after a space, its
 * value left for the next line. */
static bool ends_in_empty_publication_label(const unsigned char *s, size_t n)
{
    while (n > 0 && s[n - 1] == ' ')
        n--;
    if (n == 0 || (s[n - 1] != ':' && !zp_ends_with(s, n, "\xEF\xBC\x9A"))) /* ： */
        return false;
    size_t word = n;
    while (word > 0 && s[word - 1] != ' ')
        word--;
    size_t end;
    return word > 0 && keywords_start_end(s + word, n - word, &end) == KW_PUBLICATION && end == n - word;
}

enum { HEADLINE_HAN_MIN = 6 };

/* Other pages' headlines in a row, set apart by spaces, as an e-paper
 * lists its page's articles (某某版新闻 “三大行动”服务女性 让好家风引领
 * 风尚 …): how many parts of six Han characters or more, 0 when a
 * shorter part stands among them (a link's word, a name). */
static size_t headline_row(const unsigned char *s, size_t n)
{
    size_t parts = 0, han = 0;
    for (size_t at = 0, len; at <= n; at += len) {
        uint32_t cp = ' ';
        len = at < n ? zp_utf8_char(s + at, n - at, &cp) : 1;
        if (cp != ' ') {
            han += zp_is_han(cp);
            continue;
        }
        if (at > 0 && s[at - 1] != ' ') {
            if (han < HEADLINE_HAN_MIN)
                return 0;
            parts++;
        }
        han = 0;
    }
    return parts;
}

/* A row of links to other sites by their names, set apart by spaces
 * (某某部 某某政务服务网 某某厅 中国某某, 某某网 某某早报 某某商报 …): four
 * names or more of up to 12 Han characters, two of them ending as a site,
 * a paper or an office does (网 报 部 厅 局 委 府), one as a site (网).  A
 * heading of phrases ends none so, and a list of offices in the text (区民
 * 政局 区财政局 …) names no site. */
static bool is_site_names_row(const unsigned char *s, size_t n)
{
    enum { NAMES_MIN = 4, SITES_MIN = 2, NAME_CHARS_MAX = 12 };
    size_t names = 0, sites = 0, webs = 0, chars = 0;
    uint32_t last = 0;
    for (size_t at = 0, len; at <= n; at += len) {
        uint32_t cp = ' ';
        len = at < n ? zp_utf8_char(s + at, n - at, &cp) : 1;
        if (cp == ' ') {
            if (chars > 0) {
                names++;
                sites += last == 0x7F51 || last == 0x62A5 || last == 0x5831 || last == 0x90E8 || last == 0x5385 ||
                         last == 0x5C40 || last == 0x59D4 || last == 0x5E9C; /* 网 报 報 部 厅 局 委 府 */
                webs += last == 0x7F51 || last == 0x7DB2; /* 网 網 */
            }
            chars = 0;
            continue;
        }
        if (!zp_is_han(cp) || ++chars > NAME_CHARS_MAX)
            return false;
        last = cp;
    }
    return names >= NAMES_MIN && sites >= SITES_MIN && webs > 0;
}

/* A label of search terms or tags, by its last character before the colon
 * (搜索 标签 热词 热门 推荐, both scripts). */
static bool is_terms_label(const unsigned char *s, size_t label)
{
    uint32_t last;
    size_t colon = s[label - 1] == ':' ? label - 1 : label - 3;
    zp_char_before(s, colon, &last);
    switch (last) {
    case 0x7D22: case 0x7B7E: case 0x7C3D: case 0x8BCD: case 0x8A5E: /* 索 签 簽 词 詞 */
    case 0x95E8: case 0x9580: case 0x8350: case 0x85A6:               /* 门 門 荐 薦 */
        return true;
    default:
        return false;
    }
}

/* The bytes of the Han characters that open s, by their first bytes (E4
 * to E9, as a label's or a name's are), read up to one more than most:
 * *han of them. */
static size_t opening_han(const unsigned char *s, size_t n, size_t most, size_t *han)
{
    size_t at = 0;
    for (*han = 0; at + 3 <= n && *han <= most && s[at] >= 0xE4 && s[at] <= 0xE9; (*han)++)
        at += 3;
    return at;
}

/* Whether s opens with a tag in 【】 and a headline of TAG_HEADLINE_HAN_MIN
 * Han characters or more follows it. */
static bool tagged_headline(const unsigned char *s, size_t n)
{
    enum { TAG_HEADLINE_HAN_MIN = 6 };
    if (!zp_starts_with(s, n, 0, "\xE3\x80\x90")) /* 【 */
        return false;
    size_t close = zp_find(s, n, "\xE3\x80\x91"); /* 】 */
    if (close == n)
        return false;
    size_t han = 0;
    for (size_t at = close + 3, len; at < n && han < TAG_HEADLINE_HAN_MIN; at += len) {
        uint32_t cp;
        len = zp_utf8_char(s + at, n - at, &cp);
        han += zp_is_han(cp);
    }
    return han >= TAG_HEADLINE_HAN_MIN;
}

/* The bytes of a label that opens a line, two to four Han characters and a
 * colon (快捷搜索:, 热门:); 0 when none. */
static size_t short_label_len(const unsigned char *s, size_t n)
{
    /* a widget's label is a word (快捷搜索, 标签); a longer one before a
     * colon opens a sentence (某某街道召开会议:) */
    enum { WIDGET_LABEL_HAN_MAX = 4 };
    size_t han, at = opening_han(s, n, WIDGET_LABEL_HAN_MAX, &han);
    if (han < 2 || han > WIDGET_LABEL_HAN_MAX)
        return 0;
    if (at < n && s[at] == ':')
        return at + 1;
    return at + 3 <= n && memcmp(s + at, "\xEF\xBC\x9A", 3) == 0 ? at + 3 : 0; /* ： */
}

/* A site's menu from its front page, spaced, its words longer than a
 * breadcrumb's (首页 中心概况 三农要闻 … 农村发展数据库): how many words of
 * Han characters alone, eight at most each, follow 首页, its letters
 * spaced apart or not (首 页 要闻 …); 0 when another word or a longer one
 * stands in the row. */
static size_t menu_words(const unsigned char *s, size_t n)
{
    enum { MENU_WORD_HAN_MAX = 8 };
    size_t from = zp_starts_with(s, n, 0, "\xE9\xA6\x96\xE9\xA1\xB5 ") ||    /* 首页 */
                          zp_starts_with(s, n, 0, "\xE9\xA6\x96\xE9\xA0\x81 ") /* 首頁 */
                      ? 7
                  : zp_starts_with(s, n, 0, "\xE9\xA6\x96 \xE9\xA1\xB5 ") || /* 首 页 */
                          zp_starts_with(s, n, 0, "\xE9\xA6\x96 \xE9\xA0\x81 ")  /* 首 頁 */
                      ? 8
                      : 0;
    if (from == 0)
        return 0;
    size_t words = 0;
    for (size_t at = from; at < n;) {
        while (at < n && s[at] == ' ')
            at++;
        size_t han = 0;
        for (; at < n && s[at] != ' '; at += 3, han++)
            if (at + 3 > n || s[at] < 0xE4 || s[at] > 0xE9 || han == MENU_WORD_HAN_MAX)
                return 0;
        words += han > 0;
    }
    return words;
}

/* The front page's link, a site's name before it or not, and a space
 * after it (首页 , 网站首页 ): a breadcrumb's or a menu's first word. */
static bool opens_with_front_page(const unsigned char *s, size_t n)
{
    static const char *const fronts[] = {"首页 ", "首頁 ", "网站首页 ", "網站首頁 "};
    for (size_t i = 0; i < sizeof fronts / sizeof fronts[0]; i++)
        if (zp_starts_with(s, n, 0, fronts[i]))
            return true;
    return false;
}

/* A breadcrumb's last word, 正文 (the page's text), which names no title
 * nor a thing a heading tells of. */
static bool ends_as_breadcrumb(const unsigned char *s, size_t n)
{
    return zp_ends_with(s, n, "\xE6\xAD\xA3\xE6\x96\x87"); /* 正文 */
}

/* Where what follows the first of words that opens s, and the spaces
 * after it, begins; 0 when none opens s. */
static size_t after_opening_word(const unsigned char *s, size_t n, const char *const *words, size_t count)
{
    /* by the first two bytes first: most lines open with none of them */
    for (size_t i = 0; i < count; i++) {
        if (n < 2 || s[0] != (unsigned char)words[i][0] || s[1] != (unsigned char)words[i][1] ||
            !zp_starts_with(s, n, 0, words[i]))
            continue;
        size_t at = strlen(words[i]);
        while (at < n && s[at] == ' ')
            at++;
        return at;
    }
    return 0;
}

/* A source's label and its value in a table's cells, a space between and
 * no colon (来源 某某县委办公室), as a government page's table sets them. */
static bool is_spaced_source(const unsigned char *s, size_t n)
{
    static const char *const labels[] = {"来源", "來源", "信息来源", "信息來源", "稿源", "出处", "出處", "发布机构", "發佈機構"};
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        size_t k = strlen(labels[i]);
        if (n > k + 1 && s[0] == (unsigned char)labels[i][0] && memcmp(s, labels[i], k) == 0 && s[k] == ' ') {
            while (k < n && s[k] == ' ')
                k++;
            uint32_t cp;
            return k < n && zp_utf8_char(s + k, n - k, &cp) > 0 && zp_is_han(cp);
        }
    }
    return false;
}

/* The document's name in a table's cells, its label spaced from it and no
 * colon (信息名称  关于…的答复): the table's, which the page sets again as
 * its title. */
static bool is_spaced_name_field(const unsigned char *s, size_t n)
{
    static const char *const labels[] = {"信息名称", "信息名稱", "文件名称", "文件名稱"};
    enum { LABEL_BYTES = 3 * 4 };
    size_t at = line_indent_len(s, n);
    if (n < at + LABEL_BYTES + 2)
        return false;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        if (memcmp(s + at, labels[i], LABEL_BYTES) == 0) {
            at += LABEL_BYTES;
            size_t spaces = at;
            while (at < n && s[at] == ' ')
                at++;
            uint32_t cp;
            return at - spaces >= 2 && at < n && zp_utf8_char(s + at, n - at, &cp) > 0 && zp_is_han(cp);
        }
    return false;
}

/* A label spaced out to the width of a table's column, then its value
 * (索  引  号 某某/2023-00050, 标        题 关于…的意见): two to four Han
 * characters, two spaces or more after each but the last and one before
 * the value, which no sentence, title or heading spaces so; a spaced word
 * alone on its line (结  语) is a heading's, so a value must follow, and a
 * line spaced out character by character past the label's width is a
 * rebuilt PDF's text. */
static bool opens_with_spaced_label(const unsigned char *s, size_t n)
{
    enum { LABEL_CHARS_MAX = 4, GAP_MIN = 2 };
    size_t at = line_indent_len(s, n), spaced = 0;
    for (;;) {
        uint32_t cp;
        size_t len = at < n ? zp_utf8_char(s + at, n - at, &cp) : 0;
        if (len == 0 || !zp_is_han(cp))
            return false;
        at += len;
        size_t gap_at = at;
        while (at < n && s[at] == ' ')
            at++;
        size_t gap = at - gap_at;
        if (at == n)
            return false;
        /* one space after the label's last character; a value two
         * spaces after a spaced name of two (伍   磊  某某大学) is an
         * author's row, which the rules for names read */
        if (gap < GAP_MIN)
            return gap == 1 && spaced >= 1;
        if (++spaced == LABEL_CHARS_MAX)
            return false;
    }
}

/* A path from the site's front page (首页 > 某某信息公开 > 信息浏览): the
 * first word says what the arrows are, however long the words after
 * them. */
static bool opens_path(const unsigned char *s, size_t n)
{
    static const char *const fronts[] = {"首页", "首頁", "网站首页", "網站首頁", "主页", "主頁"};
    size_t at = after_opening_word(s, n, fronts, sizeof fronts / sizeof fronts[0]);
    uint32_t cp;
    return at > 0 && at < n && zp_utf8_char(s + at, n - at, &cp) > 0 && is_arrow(cp);
}

/* A label of the page's place in the site inside the line's first words,
 * a site's name glued before it or the label twice (某某网您所在的位置:
 * 您当前的位置 : 某某办 -> 新闻中心 -> 正文), and an arrow of a path after it. */
static bool holds_position_path(const unsigned char *s, size_t n)
{
    enum { LABEL_REACH = 3 * 16 };
    size_t reach = n < LABEL_REACH ? n : LABEL_REACH, at = zp_find(s, reach, "位置");
    if (at == reach || !(zp_ends_with(s, at, "当前的") || zp_ends_with(s, at, "所在的") || zp_ends_with(s, at, "当前") ||
                         zp_ends_with(s, at, "您的") || zp_ends_with(s, at, "當前") || zp_ends_with(s, at, "所在")))
        return false;
    for (at += 6; at < n && s[at] == ' '; at++)
        ;
    if (!(at < n && s[at] == ':') && !zp_starts_with(s, n, at, "\xEF\xBC\x9A")) /* ： */
        return false;
    for (size_t len; at < n; at += len) {
        uint32_t cp;
        len = zp_utf8_char(s + at, n - at, &cp);
        if (is_arrow(cp))
            return true;
    }
    return false;
}

/* A path from the front page with slashes between its words (首页/ 政府信息
 * 公开 / 部门信息公开 / … / 正文): three or more, or two before 正文 (首页 /
 * 某某新区 / 正文), no word of a sentence's length between them. */
static bool is_slash_path(const unsigned char *s, size_t n)
{
    static const char *const fronts[] = {"首页", "首頁", "网站首页", "網站首頁", "主页", "主頁"};
    enum { SLASHES_MIN = 3, PART_MAX = 16 };
    /* the lead bytes of 首 網 网 主, before the words are looked up */
    if (n < 3 || !((s[0] == 0xE9 && s[1] == 0xA6) || (s[0] == 0xE7 && (s[1] == 0xB6 || s[1] == 0xBD)) ||
                   (s[0] == 0xE4 && s[1] == 0xB8 && s[2] == 0xBB)))
        return false;
    size_t at = after_opening_word(s, n, fronts, sizeof fronts / sizeof fronts[0]);
    if (at == 0 || at >= n || s[at] != '/')
        return false;
    size_t slashes = 0, part = 0;
    for (size_t len; at < n; at += len) {
        uint32_t cp;
        len = zp_utf8_char(s + at, n - at, &cp);
        if (cp == '/') {
            slashes++;
            part = 0;
        } else if (cp != ' ' && (zp_is_stop(cp, ZP_STOP_PHRASE) || ++part > PART_MAX)) {
            return false;
        }
    }
    return slashes >= SLASHES_MIN || (slashes == SLASHES_MIN - 1 && ends_as_breadcrumb(s, n));
}

/* A title and the words a farm tags it with after underscores, the
 * title longer than them all (某某变身“临时托幼所”_托幼_社区_核酸): twelve Han
 * characters or more before the first underscore, none of | or - before
 * it, and after it words of one to eight Han characters alone, shorter
 * together than the title; not an image's name (…_fororder_微信图片_…jpg). */
static bool is_tagged_title(const unsigned char *s, size_t n)
{
    enum { TAGGED_TITLE_HAN_MIN = 12, TAG_HAN_MAX = 8 };
    const unsigned char *under = memchr(s, '_', n);
    if (under == NULL)
        return false;
    size_t first = (size_t)(under - s), han = 0, tag = 0;
    if (n - first >= first)
        return false;
    for (size_t at = 0, len; at < n; at += len) {
        uint32_t cp;
        len = zp_utf8_char(s + at, n - at, &cp);
        if (at < first) {
            if (cp == '|' || cp == '-' || cp == 0xFF5C /* ｜ */)
                return false;
            han += zp_is_han(cp);
        } else if (cp == '_') {
            if (at > first && tag == 0)
                return false;
            tag = 0;
        } else if (!zp_is_han(cp) || ++tag > TAG_HAN_MAX) {
            return false;
        }
    }
    return han >= TAGGED_TITLE_HAN_MIN && tag > 0;
}

uint32_t line_bars_at_end(const unsigned char *s, size_t n, size_t *before)
{
    uint32_t bars = 0;
    for (;;) {
        if (n > 0 && s[n - 1] == ' ') {
            n--;
        } else if (n > 0 && s[n - 1] == '|') {
            n--;
            bars++;
        } else if (n >= 3 && s[n - 3] == 0xEF && s[n - 2] == 0xBD && s[n - 1] == 0x9C) { /* ｜ */
            n -= 3;
            bars++;
        } else {
            break;
        }
    }
    *before = n;
    return bars;
}

/* A row of links joined by - or _ (site names, search terms): three or
 * more joints between words, and no punctuation. */
static bool is_link_row(const unsigned char *s, size_t n, const struct features *f)
{
    if (f->commas + f->stops > 0 || f->end == END_SENTENCE || f->chars > LINK_ROW_MAX ||
        !(f->seen & (SEEN_DASH | SEEN_UNDERSCORE)))
        return false;
    size_t joints = 0;
    for (size_t i = 1; i + 1 < n; i++)
        joints += (s[i] == '-' || s[i] == '_') && s[i - 1] != s[i] && s[i - 1] >= 0x80 &&
                  s[i + 1] >= 0x80;
    return joints >= LINK_JOINTS_MIN;
}

/* Ends in 。！？ or …: a sentence, not a label's colon. */
/* Whether s holds ICP and digits right after it, a site's licence number
 * without 备 (蜀ICP14000428). */
static bool is_bare_icp_number(const unsigned char *s, size_t n)
{
    for (size_t at = zp_find(s, n, "ICP"); at + 3 < n; at = at + 3 + zp_find(s + at + 3, n - at - 3, "ICP"))
        if (zp_is_ascii_digit(s[at + 3]))
            return true;
    return false;
}

static bool ends_in_stop(const unsigned char *s, size_t n, const struct features *f)
{
    if (f->end != END_SENTENCE)
        return false;
    uint32_t last;
    zp_utf8_last(s, n, &last);
    return !(last == ':' || last == 0xFF1A);
}

/* Whether s ends in a whole date right after dots that cut a title short
 * (…如何办...2022-12-25, …如何办…2022-1-5). */
static bool is_dated_teaser(const unsigned char *s, size_t n)
{
    size_t date = line_date_at_end(s, n);
    return date < n && date >= 3 &&
           (memcmp(s + date - 3, "...", 3) == 0 || memcmp(s + date - 3, "\xE2\x80\xA6", 3) == 0); /* … */
}

size_t line_date_at_end(const unsigned char *s, size_t n)
{
    /* a date of digits runs from 2022-1-5 to 2022-12-25 */
    enum { DATE_BYTES_MIN = 8, DATE_BYTES_MAX = 10 };
    if (n == 0 || !zp_is_ascii_digit(s[n - 1]))
        return n;
    for (size_t bytes = DATE_BYTES_MIN; bytes <= DATE_BYTES_MAX && bytes + 3 <= n; bytes++)
        if (zp_date_stamp(s + n - bytes, bytes) == bytes)
            return n - bytes;
    return n;
}

/* A bullet a list of links opens its lines with: • · ● ■ ▪ - */
static size_t bullet_len(const unsigned char *s, size_t n)
{
    /* most lines open with no bullet's first byte: no character decoded */
    if (n == 0 || !((bullet_leads[s[0] >> 6] >> (s[0] & 63)) & 1))
        return 0;
    uint32_t cp;
    size_t len = zp_utf8_char(s, n, &cp);
    if (!zp_is_bullet(cp) && cp != '-')
        return 0;
    while (len < n && s[len] == ' ')
        len++;
    return len < n ? len : 0;
}

/* Another page's title in a list, a bullet before it and its date and
 * time glued after it (- 某某局政务服务获锦旗2023-04-12 19:35:05): a
 * widget's list, where the page's own date line has no title before its
 * date, nor a label (- 发布时间:2023-…). */
enum { TEASER_HAN_MIN = 4 };
static bool is_bulleted_dated_teaser(const unsigned char *s, size_t n)
{
    /* 2023-4-1 9:05 to 2023-04-12 19:35:05 */
    enum { STAMP_BYTES_MIN = 13, STAMP_BYTES_MAX = 19 };
    if (bullet_len(s, n) == 0)
        return false;
    for (size_t bytes = STAMP_BYTES_MIN; bytes <= STAMP_BYTES_MAX && bytes < n; bytes++) {
        const unsigned char *stamp = s + n - bytes;
        if (zp_is_ascii_digit(stamp[0]) && !zp_is_ascii_digit(stamp[-1]) && stamp[-1] != ':' &&
            !(stamp - s >= 3 && stamp[-3] == 0xEF && stamp[-2] == 0xBC && stamp[-1] == 0x9A) && /* ： */
            memchr(stamp, ':', bytes) && zp_date_stamp(stamp, bytes) == bytes)
            return true;
    }
    return false;
}

/* A label of two Han characters spaced to a table's width that opens s,
 * a bullet before it or not, and its colon (编 辑:, • 主       办:): the
 * two characters, without the spaces, into label; false when s opens with
 * no such label. */
static bool opens_spaced_label(const unsigned char *s, size_t n, unsigned char label[6])
{
    size_t at = line_indent_len(s, n);
    at += bullet_len(s + at, n - at);
    uint32_t cp;
    if (at + 3 >= n || zp_utf8_char(s + at, n - at, &cp) != 3 || !zp_is_han(cp) || s[at + 3] != ' ')
        return false;
    memcpy(label, s + at, 3);
    for (at += 3; at < n && s[at] == ' ';)
        at++;
    if (at + 3 > n || zp_utf8_char(s + at, n - at, &cp) != 3 || !zp_is_han(cp))
        return false;
    memcpy(label + 3, s + at, 3);
    for (at += 3; at < n && s[at] == ' ';)
        at++;
    return at < n && (s[at] == ':' || zp_starts_with(s, n, at, "\xEF\xBC\x9A"));
}

/* The class of the editor's or publication's label a spaced label opens
 * s with (编 辑:某某, 审  核:某某, 作 者:某某, 来 源:某某), as if set without
 * the spaces; KW_NONE when s opens with none.  A time or a date is no
 * such label spaced: a notice spaces its own fields so (时  间:…,
 * 地  点:…). */
static enum keyword_class spaced_label_start(const unsigned char *s, size_t n)
{
    static const char *const times[] = {"时间", "時間", "日期"};
    unsigned char label[6 + 1];
    if (!opens_spaced_label(s, n, label))
        return KW_NONE;
    label[6] = ':';
    enum keyword_class c = keywords_start(label, sizeof label);
    if (c == KW_EDITOR)
        return c;
    if (c != KW_PUBLICATION)
        return KW_NONE;
    for (size_t i = 0; i < sizeof times / sizeof times[0]; i++)
        if (memcmp(label, times[i], 6) == 0)
            return KW_NONE;
    return c;
}

/* A field of the publisher's block at a site's foot, its label spaced
 * (  • 主       办: 某某传媒集团, 出    版: …): the site's, no notice's. */
static bool is_spaced_publisher_field(const unsigned char *s, size_t n)
{
    static const char *const publishers[] = {"主管", "主办", "承办", "协办", "出版"};
    unsigned char label[6];
    if (!opens_spaced_label(s, n, label))
        return false;
    for (size_t i = 0; i < sizeof publishers / sizeof publishers[0]; i++)
        if (memcmp(label, publishers[i], 6) == 0)
            return true;
    return false;
}

size_t line_closing_group(const unsigned char *s, size_t n)
{
    size_t closing = n > 0 && s[n - 1] == ')' ? 1 : n >= 3 && memcmp(s + n - 3, "\xEF\xBC\x89", 3) == 0 ? 3 : 0;
    if (closing == 0)
        return n;
    for (size_t at = n - closing; at-- > 0;) {
        if (s[at] == '(')
            return at;
        if (at + 3 <= n && memcmp(s + at, "\xEF\xBC\x88", 3) == 0) /* （ */
            return at;
        if (s[at] == ')' || (at + 3 <= n && memcmp(s + at, "\xEF\xBC\x89", 3) == 0))
            return n;
    }
    return n;
}

size_t line_site_address_len(const unsigned char *s, size_t n)
{
    if (!zp_starts_with(s, n, 0, "http://") && !zp_starts_with(s, n, 0, "https://") &&
        !zp_starts_with(s, n, 0, "www."))
        return 0;
    size_t end = 0, slash = 0;
    for (; end < n && s[end] > ' ' && s[end] < 0x80; end++)
        if (s[end] == '/')
            slash = end + 1;
    size_t at = slash > 0 && s[slash - 2] != '/' ? slash : end;
    while (at < n && s[at] == ' ')
        at++;
    return at;
}

/* The bytes at s[at] when they are those of an ASCII mark or of its
 * full-width form (three bytes EF BC low), or 0. */
static size_t ascii_or_wide(const unsigned char *s, size_t n, size_t at, unsigned char ascii, unsigned char low)
{
    if (at < n && s[at] == ascii)
        return 1;
    return at + 3 <= n && s[at] == 0xEF && s[at + 1] == 0xBC && s[at + 2] == low ? 3 : 0;
}

/* A research group that wrote a report, its office before it (某某市委组织部
 * 课题组), a byline's mark before it or not: Han characters alone, the
 * office's name ending as an organisation's (not 成立社区治理课题组). */
static bool is_research_group(const unsigned char *s, size_t n)
{
    enum { GROUP_HAN_MIN = 5, GROUP_HAN_MAX = 20 };
    size_t at = line_byline_mark_len(s, n);
    if (!(zp_ends_with(s, n, "课题组") || zp_ends_with(s, n, "課題組")) || n - at < 3 * GROUP_HAN_MIN ||
        n - at > 3 * GROUP_HAN_MAX)
        return false;
    size_t from = at;
    while (at + 3 <= n && s[at] >= 0xE4 && s[at] <= 0xE9)
        at += 3;
    return at == n && line_ends_as_organisation(s + from, n - from - 9);
}

/* Opens with a name of two to four Han characters, a comma, a sex and a
 * comma: 某某,男, 某某，女，. */
static bool opens_with_name_and_sex(const unsigned char *s, size_t n)
{
    enum { NAME_HAN_MIN = 2, NAME_HAN_MAX = 4 };
    size_t han, at = opening_han(s, n, NAME_HAN_MAX, &han), k;
    if (han < NAME_HAN_MIN || han > NAME_HAN_MAX || (k = ascii_or_wide(s, n, at, ',', 0x8C)) == 0)
        return false;
    at += k;
    /* 男 女, and the comma after */
    if (!(at + 3 <= n && ((s[at] == 0xE7 && s[at + 1] == 0x94 && s[at + 2] == 0xB7) ||
                          (s[at] == 0xE5 && s[at + 1] == 0xA5 && s[at + 2] == 0xB3))))
        return false;
    return ascii_or_wide(s, n, at + 3, ',', 0x8C) > 0;
}

/* Opens with a name of two to four Han characters, its year of birth in
 * brackets, a comma and a sex: 某某(1996—),女, 某某（1987-），男，. */
static bool opens_with_birth_year(const unsigned char *s, size_t n)
{
    enum { NAME_HAN_MIN = 2, NAME_HAN_MAX = 4, YEAR_DIGITS = 4 };
    size_t han, at = opening_han(s, n, NAME_HAN_MAX, &han);
    if (han < NAME_HAN_MIN || han > NAME_HAN_MAX || at == n)
        return false;
    uint32_t cp;
    size_t len = zp_utf8_char(s + at, n - at, &cp);
    if (cp != '(' && cp != 0xFF08)
        return false;
    at += len;
    for (size_t k = 0; k < YEAR_DIGITS; k++, at++)
        if (at >= n || !zp_is_ascii_digit(s[at]))
            return false;
    /* a dash and the year of death or none (—, –, -, －), spaced or not, to
     * the bracket */
    for (;;) {
        if (at >= n)
            return false;
        len = zp_utf8_char(s + at, n - at, &cp);
        at += len;
        if (cp == ')' || cp == 0xFF09)
            break;
        if (cp != '-' && cp != 0x2014 && cp != 0x2013 && cp != 0xFF0D && cp != ' ' && !zp_is_ascii_digit(cp))
            return false;
    }
    if (at == n)
        return false;
    len = zp_utf8_char(s + at, n - at, &cp);
    if (cp != ',' && cp != 0xFF0C)
        return false;
    at += len;
    return zp_starts_with(s, n, at, "男") || zp_starts_with(s, n, at, "女");
}

/* Opens with a name or a label of two to twenty Han characters, a colon
 * and a site's address (中国某某网:http://…, 本文链接:https://…). */
static bool opens_with_named_address(const unsigned char *s, size_t n)
{
    enum { NAME_HAN_MIN = 2, NAME_HAN_MAX = 20 };
    size_t han, at = opening_han(s, n, NAME_HAN_MAX, &han);
    if (han < NAME_HAN_MIN || han > NAME_HAN_MAX)
        return false;
    if (at < n && s[at] == ':')
        at++;
    else if (at + 3 <= n && memcmp(s + at, "\xEF\xBC\x9A", 3) == 0) /* ： */
        at += 3;
    else
        return false;
    while (at < n && s[at] == ' ')
        at++;
    return line_site_address_len(s + at, n - at) > 0;
}

/* A site's name with its address in brackets after it and nothing else
 * (某某论文(www.某某.com), 某某网（http://…）): its watermark. */
static bool is_name_with_address(const unsigned char *s, size_t n)
{
    enum { NAME_CHARS_MAX = 20 };
    size_t at = 0, chars = 0, len;
    uint32_t cp = 0;
    for (; at < n && chars <= NAME_CHARS_MAX; at += len, chars++) {
        len = zp_utf8_char(s + at, n - at, &cp);
        if (cp == '(' || cp == 0xFF08)
            break;
    }
    if (at == 0 || at == n || chars > NAME_CHARS_MAX)
        return false;
    size_t address = at + len, end = address + line_site_address_len(s + address, n - address);
    if (end == address)
        return false;
    /* the address's scan takes an ASCII bracket with it */
    return (end == n && s[n - 1] == ')') || (n - end == 3 && zp_ends_with(s, n, "\xEF\xBC\x89")) ||
           (n - end == 1 && s[end] == ')');
}

/* The bytes of an organisation's name of least to most Han characters
 * (某某日报, 某某社区, 某某镇党政办公室) and the spaces after it that open s,
 * with more after them; 0 when none does. */
static size_t named_organisation_len(const unsigned char *s, size_t n, size_t least, size_t most)
{
    size_t han, at = opening_han(s, n, most, &han);
    if (han < least || han > most || at == n || s[at] != ' ' || !line_ends_as_organisation(s, at))
        return 0;
    while (at < n && s[at] == ' ')
        at++;
    return at < n ? at : 0;
}

/* Whether s, of Han characters, ends as an outlet's name does: 报 報 网 網 社
 * 台 闻 聞 端 志 刊. */
static bool ends_as_outlet_name(const unsigned char *s, size_t n)
{
    uint32_t last;
    if (n == 0)
        return false;
    zp_utf8_last(s, n, &last);
    return last == 0x62A5 || last == 0x5831 || last == 0x7F51 || last == 0x7DB2 || last == 0x793E || last == 0x53F0 ||
           last == 0x95FB || last == 0x805E || last == 0x7AEF || last == 0x5FD7 || last == 0x520A;
}

/* A site's name and its address alone on the line (某某市人民政府门户网站
 * www.某某.gov.cn), as a template sets them under its header. */
static bool is_site_and_address(const unsigned char *s, size_t n)
{
    /* the address from its scheme when it has one (http://www.…) */
    size_t at = zp_find(s, n, "http"), www = zp_find(s, n, "www.");
    if (www < at)
        at = www;
    size_t name = at;
    while (name > 0 && s[name - 1] == ' ')
        name--;
    if (at == n || name == 0 || memchr(s + at, ' ', n - at) != NULL)
        return false;
    size_t han;
    return opening_han(s, name, SITE_NAME_MAX, &han) == name && han >= 2 &&
           (keywords_end(s, name, KW_SITE) != KW_NONE || ends_as_outlet_name(s, name));
}

enum { OUTLET_NAME_HAN_MIN = 2, OUTLET_NAME_HAN_MAX = 12 };

/* The bytes of an outlet's or an office's name glued to the digits after
 * it (某某新市民网2018-07-24…), or 0. */
static size_t outlet_glued_len(const unsigned char *s, size_t n)
{
    size_t han, at = opening_han(s, n, OUTLET_NAME_HAN_MAX, &han);
    return han >= OUTLET_NAME_HAN_MIN && han <= OUTLET_NAME_HAN_MAX && at < n && zp_is_ascii_digit(s[at]) &&
                   (line_ends_as_organisation(s, at) || ends_as_outlet_name(s, at) || zp_ends_with(s, at, "在线"))
               ? at
               : 0;
}

/* The bytes of a paper's or a site's name and the spaces after it that
 * open s (某某日报 2021年12月09日, as an e-paper sets its masthead over the
 * text), or the name alone with digits glued after it, in a line that ends
 * in a digit as a date or a time does (某某在线2017-08-02 10:44:57); 0 when
 * none does. */
static size_t outlet_name_len(const unsigned char *s, size_t n)
{
    size_t at = named_organisation_len(s, n, OUTLET_NAME_HAN_MIN, OUTLET_NAME_HAN_MAX);
    if (at > 0 || n == 0 || !zp_is_ascii_digit(s[n - 1]))
        return at;
    return outlet_glued_len(s, n);
}

/* A date and a time in digits inside the line (广西日报 2017-05-24 07:15
 * 大字): a page's date line; a title may have the day glued to it
 * (…工作安排2016-03-07), never the time. */
static bool holds_date_and_time(const unsigned char *s, size_t n)
{
    /* from each time's colon, which few titles have, back over the hour,
     * the spaces, the day, the month and the year */
    for (const unsigned char *colon = s; (colon = memchr(colon, ':', (size_t)(s + n - colon))) != NULL; colon++) {
        size_t at = (size_t)(colon - s);
        if (at + 1 >= n || !zp_is_ascii_digit(s[at + 1]))
            continue;
        size_t hour = digits_before(s, at, 2);
        at -= hour;
        size_t spaces = 0;
        while (at > spaces && s[at - spaces - 1] == ' ')
            spaces++;
        at -= spaces;
        size_t day = digits_before(s, at, 2);
        at -= day;
        if (hour == 0 || day == 0 || at == 0)
            continue;
        unsigned char mark = s[at - 1];
        if (mark != '-' && mark != '/' && mark != '.')
            continue;
        at--;
        size_t month = digits_before(s, at, 2);
        at -= month;
        if (month == 0 || at == 0 || s[at - 1] != mark)
            continue;
        at--;
        if (digits_before(s, at, 4) == 4)
            return true;
    }
    return false;
}

/* Whether s ends in a whole date in digits (…2017/12/6, …2023-05-23,
 * …2024.1.9), as a list of other pages dates each of its links. */
static bool ends_in_day(const unsigned char *s, size_t n)
{
    size_t at = n, day = digits_before(s, at, 2);
    at -= day;
    if (day == 0 || at == 0 || (s[at - 1] != '/' && s[at - 1] != '-' && s[at - 1] != '.'))
        return false;
    unsigned char mark = s[--at];
    size_t month = digits_before(s, at, 2);
    at -= month;
    if (month == 0 || at == 0 || s[at - 1] != mark)
        return false;
    at--;
    return digits_before(s, at, 4) == 4 && (at == 4 || !zp_is_ascii_digit(s[at - 5]));
}

/* Whether s ends in a date and its time of day (…2025-10-26 10:48:37,
 * …2023年5月6日 09:30), as a page's row of fields does. */
static bool ends_in_date_and_time(const unsigned char *s, size_t n)
{
    enum { CLOCK_PARTS_MIN = 2, CLOCK_PARTS_MAX = 3, PART_DIGITS_MAX = 2 };
    size_t at = n, parts = 0;
    while (parts < CLOCK_PARTS_MAX) {
        size_t digits = 0;
        while (at > 0 && zp_is_ascii_digit(s[at - 1]) && digits <= PART_DIGITS_MAX) {
            at--;
            digits++;
        }
        if (digits == 0 || digits > PART_DIGITS_MAX)
            return false;
        parts++;
        if (at == 0 || s[at - 1] != ':')
            break;
        at--;
    }
    if (parts < CLOCK_PARTS_MIN || at < 2 || s[at - 1] != ' ')
        return false;
    while (at > 0 && s[at - 1] == ' ')
        at--;
    return at > 0 && (zp_is_ascii_digit(s[at - 1]) || zp_ends_with(s, at, "日"));
}

/* A table of contents' label alone, its characters spaced or not (目 录,
 * 文章目录), or a paper's outline's (纲目). */
static bool is_contents_label(const unsigned char *s, size_t n)
{
    static const char *const labels[] = {"目录", "目錄", "文章目录", "文章目錄", "本文目录", "本文目錄", "纲目", "綱目"};
    unsigned char packed[3 * CONTENTS_LABEL_MAX];
    size_t len = 0;
    for (size_t at = 0; at < n; at++)
        if (s[at] != ' ') {
            if (len == sizeof packed)
                return false;
            packed[len++] = s[at];
        }
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
        if (len == strlen(labels[k]) && memcmp(packed, labels[k], len) == 0)
            return true;
    return false;
}

/* An outlet's name and its issue's day, a space between (某某都市报
 * 2024年01月15日): a paper's masthead over the text, no title. */
static bool is_dated_masthead(const unsigned char *s, size_t n)
{
    const unsigned char *space = memchr(s, ' ', n);
    if (!space || space == s)
        return false;
    size_t name = (size_t)(space - s), at = name;
    while (at < n && s[at] == ' ')
        at++;
    return at < n && zp_is_ascii_digit(s[at]) && zp_date_stamp(s + at, n - at) == n - at && line_names_outlet(s, name);
}

/* A date stamp and, after it, no sentence: names, a weekday, counts,
 * labels (2022/10/31 16:48:05 阅读:354 发布者:). */
static bool is_date_led(const unsigned char *s, size_t n, const struct features *f)
{
    /* what follows a page's date stamp (a time, 阅读:354, 发布者:某某, a
     * source) runs to 40 characters; a longer rest is the text the date
     * opens */
    enum { AFTER_DATE_MAX = 40 };
    /* indented, perhaps after a list's bullet (  • 2017年06月08日, - 2019-04-23),
     * a dash a bullet only with a space after it */
    size_t indent = line_indent_len(s, n), bullet = bullet_len(s + indent, n - indent);
    size_t at = bullet > 0 && (s[indent] != '-' || (indent + 1 < n && s[indent + 1] == ' ')) ? indent + bullet : indent;
    at += line_site_address_len(s + at, n - at);
    size_t outlet = outlet_name_len(s + at, n - at);
    /* glued to the date, the name needs a label after it (某某网2018-07-24
     * 作者:某某、某某点击:), as an office's dated sentence has none
     * (某某局2019年3月5日召开会议) */
    enum { GLUED_DATE_CHARS_MIN = 8 }; /* 2018-7-4: the digits and marks of a date */
    bool glued = outlet == 0 && f->chars - f->han >= GLUED_DATE_CHARS_MIN &&
                 (outlet = outlet_glued_len(s + at, n - at)) > 0;
    at += outlet;
    size_t date = zp_date_stamp(s + at, n - at);
    if (date == 0 || zp_count_chars(s + at + date, n - at - date) > AFTER_DATE_MAX)
        return false;
    /* a note in brackets after the date, whatever its marks (2018-10-31(某某
     * 平台首次上网日期,不代表论文的发表时间)), or a field's label and its
     * value, whatever its marks (2018-10-17 作者: 某某,某某) */
    if (is_parenthesised(s + at + date, n - at - date))
        return true;
    size_t rest = at + date;
    while (rest < n && s[rest] == ' ')
        rest++;
    enum keyword_class label = rest < n ? keywords_start(s + rest, n - rest) : KW_NONE;
    if (label == KW_PUBLICATION || label == KW_EDITOR)
        return f->stops == 0;
    if (glued)
        return false;
    /* a clause after the date that a colon ends, no space in it, opens
     * what the text lists below (2020年10月7日某某镇长调度秸秆禁烧工作:);
     * a stamp's label is a word (发布者:) */
    enum { LEAD_IN_HAN_MIN = 8 };
    size_t colon = n > 0 && s[n - 1] == ':' ? 1 : zp_ends_with(s, n, "：") ? 3 : 0;
    if (colon > 0 && rest + colon < n && memchr(s + rest, ' ', n - rest) == NULL &&
        zp_count_chars(s + rest, n - rest - colon) >= LEAD_IN_HAN_MIN)
        return false;
    return f->commas == 0 && f->stops == 0 && !ends_in_stop(s, n, f);
}

/* A reference: a work's type in brackets after its title ([J] [M] [N] [C]
 * [D] [R] [EB/OL]), then a full stop and where it appeared. */
static bool is_citation(const unsigned char *s, size_t n)
{
    for (const unsigned char *p = s; (p = memchr(p, '[', (size_t)(s + n - p))) != NULL; p++) {
        size_t left = (size_t)(s + n - p);
        if ((left >= 4 && p[2] == ']' && strchr("JMNCDRSZP", p[1]) && p[1] != '\0' &&
             (p[3] == '.' || p[3] == ',')) ||
            (left >= 8 && memcmp(p, "[EB/OL]", 7) == 0))
            return true;
    }
    return false;
}

/* The joints of a row of links or search terms run into one line: bars
 * (| ｜) anywhere, _ between two characters that are neither _ nor a
 * space (站名_某某网, 关键词_关键词), - between two Han characters.  Prose
 * has none. */
static size_t row_joints(const unsigned char *s, size_t n)
{
    /* the bars a template left at the end of a line with none before them
     * join nothing (…的公告 | ||||); a row's cells may end in empty ones */
    size_t before, tail = line_bars_at_end(s, n, &before);
    size_t joints = tail;
    n = before;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '|')
            joints++;
        else if (s[i] == 0xEF && i + 2 < n && s[i + 1] == 0xBD && s[i + 2] == 0x9C)
            joints++;
        else if (s[i] == '_' && i > 0 && i + 1 < n && s[i - 1] != '_' && s[i - 1] != ' ' &&
                 s[i + 1] != '_' && s[i + 1] != ' ')
            joints++;
        /* a hyphen between two Han characters, which prose never writes
         * (its dashes are —— and －), as a row of search terms does:
         * 某某在线-某某视频 */
        else if (s[i] == '-' && i >= 3 && i + 3 < n && s[i - 3] >= 0xE4 && s[i - 3] <= 0xE9 && s[i + 1] >= 0xE4 &&
                 s[i + 1] <= 0xE9)
            joints++;
    }
    return joints > tail ? joints : 0;
}

static bool is_han_at(const unsigned char *s, size_t n, size_t at, size_t *len)
{
    uint32_t cp;
    *len = zp_utf8_char(s + at, n - at, &cp);
    return zp_is_han(cp);
}

/* The labels of a row of fields (a word of one to six Han characters and
 * a colon, a space between them or none, at the line's start or after a
 * space, a bar or a bracket), with no sentence between them: 发布时间:
 * 2021-11-24 所属栏目:优化 来源:互联网, 刊发日期:2025-04-28 阅读次数: 作者:
 * admin 语音阅读:.  0 in a line with a sentence or a number opening it.
 * Looked at by bytes, from each colon back over its word. */
static size_t field_labels(const unsigned char *s, size_t n, const struct features *f)
{
    if (f->stops > 0 || f->enumerator != ZP_ENUM_NONE)
        return 0;
    size_t labels = 0;
    for (size_t i = 0; i < n; i++) {
        bool colon = s[i] == ':' || (s[i] == 0xEF && i + 2 < n && s[i + 1] == 0xBC && s[i + 2] == 0x9A);
        if (!colon)
            continue;
        /* a space may stand before the colon (来源 :某某 | 被引量 : 0次) */
        size_t at = i, han = 0;
        while (at > 0 && at + 2 > i && s[at - 1] == ' ')
            at--;
        while (at >= 3 && han <= FIELD_LABEL_HAN_MAX && s[at - 3] >= 0xE4 && s[at - 3] <= 0xE9 &&
               (s[at - 2] & 0xC0) == 0x80) {
            at -= 3;
            han++;
        }
        if (han == 0 || han > FIELD_LABEL_HAN_MAX)
            continue;
        uint32_t before = ' ';
        if (at > 0)
            zp_char_before(s, at, &before);
        /* or after a count's value, glued (点击:0时间:…) */
        if (before == ' ' || before == 0x3000 || is_bar(before) || before == ']' || before == 0x3011 /* 】 */ ||
            before == ')' || before == 0xFF09 /* ） */ || (labels > 0 && han >= 2 && before < 0x80 && zp_is_ascii_digit((unsigned char)before)))
            labels++;
    }
    return labels;
}

size_t line_record_row_keys(const unsigned char *s, size_t n)
{
    /* a date or an id has six digits or more; a table's row of figures
     * in the text (完成投资 12.5 15.3 18.2) has none so long */
    enum { FIELDS_MIN = 5, NUMBERS_MIN = 2, KEY_DIGITS_MIN = 6 };
    size_t fields = 0, numbers = 0, keys = 0;
    for (size_t at = 0; at < n;) {
        while (at < n && s[at] == ' ')
            at++;
        if (at == n)
            break;
        size_t digits = 0, others = 0;
        for (; at < n && s[at] != ' '; at++) {
            if (s[at] >= '0' && s[at] <= '9')
                digits++;
            else if (s[at] != '-' && s[at] != ':' && s[at] != '/' && s[at] != '.')
                others++;
        }
        fields++;
        bool number = digits > 0 && others == 0;
        numbers += number;
        keys += number && digits >= KEY_DIGITS_MIN;
    }
    return fields >= FIELDS_MIN && numbers >= NUMBERS_MIN ? keys : 0;
}

/* 一 to 十. */
static bool is_small_numeral(uint32_t cp)
{
    return cp == 0x4E00 || cp == 0x4E8C || cp == 0x4E09 || cp == 0x56DB || cp == 0x4E94 || cp == 0x516D ||
           cp == 0x4E03 || cp == 0x516B || cp == 0x4E5D || cp == 0x5341;
}

/* An e-paper's page label: 第A02版, 第7B版:社区, 第04版：要闻, 第一版:要闻,
 * perhaps after a label of its own (版面:第02版, 版次:A1). */
/* A page number at s: 第A02版, 第7B版, 第一版 (and no word that goes on,
 * as 第一版块 does), 00015版: before the page's name, or A02] in a
 * label's brackets. */
static bool is_edition_at(const unsigned char *s, size_t n)
{
    size_t at = 0;
    while (at < n && (s[at] == ' ' || s[at] == '['))
        at++;
    bool ordinal = at + 3 <= n && memcmp(s + at, "\xE7\xAC\xAC", 3) == 0; /* 第 */
    if (ordinal)
        at += 3;
    size_t letters = 0, digits = 0;
    while (at < n && ((s[at] | 0x20) >= 'a' && (s[at] | 0x20) <= 'z') && letters < 2) {
        at++;
        letters++;
    }
    /* an e-paper may pad its page numbers with zeros: 00015版 */
    while (at < n && s[at] >= '0' && s[at] <= '9' && digits < 5) {
        at++;
        digits++;
    }
    /* or a numeral after 第 (第一版) */
    while (ordinal && letters == 0 && at < n && digits < 3) {
        uint32_t cp;
        size_t len = zp_utf8_char(s + at, n - at, &cp);
        if (!is_small_numeral(cp))
            break;
        at += len;
        digits++;
    }
    if (at < n && ((s[at] | 0x20) >= 'a' && (s[at] | 0x20) <= 'z'))
        at++;
    if (digits == 0)
        return false;
    bool edition = at + 3 <= n && memcmp(s + at, "\xE7\x89\x88", 3) == 0; /* 版 */
    if (!ordinal) {
        /* A02] in a label's brackets, or a number and 版 before the
         * page's name (00015版:人文, A3版：要闻), which prose never has */
        if (letters > 0 && at < n && s[at] == ']')
            return true;
        at += 3;
        return edition && at < n && (s[at] == ':' || (at + 3 <= n && memcmp(s + at, "\xEF\xBC\x9A", 3) == 0));
    }
    if (!edition)
        return false;
    size_t len;
    return at + 3 == n || !is_han_at(s, n, at + 3, &len);
}

/* An e-paper's page label: 第A02版, 第7B版:社区, 第04版：要闻, 第一版:要闻,
 * perhaps after a label of its own (版面:第02版, 版次:[A1]). */
static bool opens_with_edition(const unsigned char *s, size_t n)
{
    if (is_edition_at(s, n))
        return true;
    /* a label that names the page among its first three characters (版面,
     * 版次, 当前版) and its colon */
    if (n < 9)
        return false;
    bool page = ((s[0] == 0xE7) & (s[1] == 0x89) & (s[2] == 0x88)) | ((s[3] == 0xE7) & (s[4] == 0x89) & (s[5] == 0x88)) |
                ((s[6] == 0xE7) & (s[7] == 0x89) & (s[8] == 0x88));
    if (!page)
        return false;
    size_t at = 0, len, han = 0;
    while (at < n && han < 5 && is_han_at(s, n, at, &len)) {
        at += len;
        han++;
    }
    if (han == 0 || at == n || !(s[at] == ':' || (at + 3 <= n && memcmp(s + at, "\xEF\xBC\x9A", 3) == 0)))
        return false;
    at += s[at] == ':' ? 1 : 3;
    while (at < n && s[at] == ' ')
        at++;
    /* the label names the page: a number after it is one, whatever is
     * glued to it (版次:A022024年01月26日) */
    return is_edition_at(s + at, n - at) || (at < n && ((s[at] >= '0' && s[at] <= '9') ||
                                                        ((s[at] | 0x20) >= 'a' && (s[at] | 0x20) <= 'z')));
}

/* Whether s ends in a file's name with one of extensions. */
static bool ends_in_extension(const unsigned char *s, size_t n, const char *const *extensions, size_t count)
{
    if (n < 5 || (s[n - 4] != '.' && s[n - 5] != '.'))
        return false;
    for (size_t i = 0; i < count; i++) {
        size_t k = strlen(extensions[i]);
        if (n > k) {
            size_t j = 0;
            while (j < k && (s[n - k + j] | 0x20) == extensions[i][j])
                j++;
            if (j == k)
                return true;
        }
    }
    return false;
}

/* The name of an image where the image stood: …jpg, …png. */
static bool ends_in_image_name(const unsigned char *s, size_t n)
{
    static const char *const extensions[] = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp"};
    return ends_in_extension(s, n, extensions, sizeof extensions / sizeof extensions[0]);
}

/* An image as Markdown sets it, its words and its address
 * (![某某政策规定](/uploads/images/1737591783.jpg)): where it stood. */
static bool is_markdown_image(const unsigned char *s, size_t n)
{
    return n > 5 && s[0] == '!' && s[1] == '[' && s[n - 1] == ')' && memmem(s + 2, n - 3, "](", 2) != NULL;
}

/* The name a chat app or a camera gives an image, its extension lost,
 * where the image stood (微信图片_20250402171023, QQ截图20240517233751): a
 * word of up to eight letters or Han characters, and the moment it was
 * taken, twelve digits or more, which no line of text is. */
static bool is_bare_image_name(const unsigned char *s, size_t n)
{
    enum { WORD_CHARS_MAX = 8, STAMP_DIGITS_MIN = 12 };
    size_t at = line_indent_len(s, n), word = 0, len, digits = 0;
    uint32_t cp;
    for (; at < n && (len = zp_utf8_char(s + at, n - at, &cp), zp_is_han(cp) || zp_is_ascii_letter(cp)); at += len)
        word++;
    if (word == 0 || word > WORD_CHARS_MAX)
        return false;
    if (at < n && (s[at] == '_' || s[at] == '-'))
        at++;
    for (; at < n; at++) {
        if (zp_is_ascii_digit(s[at]))
            digits++;
        else if (s[at] != '_' || digits < STAMP_DIGITS_MIN)
            return false;
    }
    return digits >= STAMP_DIGITS_MIN;
}

/* A document's number alone (某政办发〔2023〕47号, 某新办[2006]23号): the
 * issuer's short name, the year in brackets, the number and 号. */
static bool is_document_number(const unsigned char *s, size_t n)
{
    enum { ISSUER_HAN_MAX = 10, YEAR_DIGITS = 4, NUMBER_DIGITS_MAX = 4 };
    size_t at = 0, han = 0, len, digits = 0;
    uint32_t cp = 0;
    while (at < n && s[at] == ' ')
        at++;
    for (; at < n && (len = zp_utf8_char(s + at, n - at, &cp), zp_is_han(cp)); at += len)
        han++;
    if (han == 0 || han > ISSUER_HAN_MAX || at == n || !is_opening_bracket(cp))
        return false;
    for (at += len; at < n && zp_is_ascii_digit(s[at]); at++)
        digits++;
    if (digits != YEAR_DIGITS || at == n || (len = zp_utf8_char(s + at, n - at, &cp), !is_closing_bracket(cp)))
        return false;
    for (at += len, digits = 0; at < n && zp_is_ascii_digit(s[at]); at++)
        digits++;
    return digits > 0 && digits <= NUMBER_DIGITS_MAX && n - at == 3 && memcmp(s + at, "号", 3) == 0;
}

/* The name of a document's file, as a sharing site heads its page with it
 * (某某村规民约.docx). */
static bool ends_in_document_name(const unsigned char *s, size_t n)
{
    static const char *const extensions[] = {".doc", ".docx", ".pdf", ".ppt", ".pptx", ".xls", ".xlsx", ".wps", ".txt"};
    return ends_in_extension(s, n, extensions, sizeof extensions / sizeof extensions[0]);
}

bool line_ends_in_document_name(const unsigned char *s, size_t n) { return ends_in_document_name(s, n); }

/* A figure's or a table's caption: 图4.46 某某分布, 表2 某某情况. */
static bool opens_with_figure_number(const unsigned char *s, size_t n)
{
    /* 图 圖 表 */
    if (n < 4 || !((s[0] == 0xE5 && ((s[1] == 0x9B && s[2] == 0xBE) || (s[1] == 0x9C && s[2] == 0x96))) ||
                   (s[0] == 0xE8 && s[1] == 0xA1 && s[2] == 0xA8)))
        return false;
    size_t at = 3;
    while (at < n && s[at] == ' ')
        at++;
    return at < n && s[at] >= '0' && s[at] <= '9';
}

/* Opens with “, its indent aside. */
static bool opens_with_quote(const unsigned char *s, size_t n)
{
    size_t at = line_indent_len(s, n);
    return n >= at + 3 && s[at] == 0xE2 && s[at + 1] == 0x80 && s[at + 2] == 0x9C;
}

static bool ends_in_photo_credit(const unsigned char *s, size_t n)
{
    /* a credit (某某日报记者 某某某 摄) runs to 20 characters */
    enum { PHOTO_CREDIT_MAX = 20 };
    if (keywords_end(s, n, KW_CAPTION) == KW_NONE)
        return false;
    size_t at = n, chars = 0;
    while (at > 0 && chars <= PHOTO_CREDIT_MAX) {
        uint32_t cp;
        size_t len = zp_utf8_last(s, at, &cp);
        if (cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F) /* 。！？ */
            break;
        if (cp == 0xFF0C || cp == ',')
            return false;
        at -= len;
        chars++;
    }
    if (at == 0 || chars > PHOTO_CREDIT_MAX)
        return false;
    return memchr(s + at, ' ', n - at) != NULL || memmem(s + at, n - at, "记者", 6) != NULL ||
           memmem(s + at, n - at, "記者", 6) != NULL;
}

/* The words an institution's name holds (大学, 研究所, 实验室, 医院,
 * 图书馆). */
static const char *const institutions[] = {"大学", "学院", "研究", "党校", "实验", "医院", "书馆",
                                           "大學", "學院", "黨校", "實驗", "醫院", "書館"};

static bool names_institution(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < sizeof institutions / sizeof institutions[0]; i++)
        for (size_t at = 0; at + 6 <= n; at++)
            if (s[at] == (unsigned char)institutions[i][0] && memcmp(s + at, institutions[i], 6) == 0)
                return true;
    return false;
}

/* Whether a postcode, six digits and no more, stands in s after a Han
 * character (北京100871). */
static bool holds_postcode(const unsigned char *s, size_t n)
{
    for (size_t at = 3, digits = 0; at <= n; at++) {
        if (at < n && zp_is_ascii_digit(s[at])) {
            digits++;
            continue;
        }
        if (digits == POSTCODE_DIGITS && s[at - digits - 1] >= 0x80)
            return true;
        digits = 0;
    }
    return false;
}

/* Ends in an address's postcode, in parentheses or, in a note that opens
 * with 作者, after its label, before a last 。 or not: …高级讲师（邮政编码
 * 311201）。, （浙江 杭州 310000）, (天津300387), 作者某某,…副教授。北京,
 * 邮编:100081。 */
static bool ends_in_postcode(const unsigned char *s, size_t n)
{
    if (n < 8)
        return false;
    /* without a last 。, looked at with no branch: half the lines end in one */
    n -= 3 * (size_t)((s[n - 1] == 0x82) & (s[n - 2] == 0x80) & (s[n - 3] == 0xE3));
    bool bracketed = true;
    if (n > 0 && s[n - 1] == ')')
        n -= 1;
    else if (n >= 3 && s[n - 3] == 0xEF && s[n - 2] == 0xBC && s[n - 1] == 0x89) /* ） */
        n -= 3;
    else
        bracketed = false;
    size_t digits = 0;
    while (n > 0 && s[n - 1] >= '0' && s[n - 1] <= '9') {
        n--;
        digits++;
    }
    /* a code's digits glued to its letters are no postcode (课题批准号:
     * AFA190018) */
    if (digits != POSTCODE_DIGITS || (n > 0 && (s[n - 1] | 0x20) >= 'a' && (s[n - 1] | 0x20) <= 'z'))
        return false;
    /* or after its label, no brackets, in a note that opens with the
     * writer (作者某某,…研究院副教授。北京,邮编:100081。), where an
     * address in a notice's item has its addressee (…某某科某某收,邮编:…) */
    if (bracketed)
        return true;
    if (n > 0 && s[n - 1] == ':')
        n--;
    else if (zp_ends_with(s, n, "\xEF\xBC\x9A")) /* ： */
        n -= 3;
    return (zp_ends_with(s, n, "邮编") || zp_ends_with(s, n, "郵編")) && zp_starts_with(s, n, 0, "作者");
}

/* Where the word of a label of two to six Han characters in 【】 that
 * opens s ends, before its 】; 0 when s opens with none. */
static size_t bracketed_label_end(const unsigned char *s, size_t n)
{
    if (!zp_starts_with(s, n, 0, "\xE3\x80\x90")) /* 【 */
        return 0;
    size_t at = 3, han = 0, len;
    while (at < n && han <= FIELD_LABEL_HAN_MAX && is_han_at(s, n, at, &len)) {
        at += len;
        han++;
    }
    return han >= 2 && han <= FIELD_LABEL_HAN_MAX && zp_starts_with(s, n, at, "\xE3\x80\x91") ? at : 0; /* 】 */
}

/* Opens with a field's label in 【】 and a colon, a value after them
 * (【活动时间】：5月1日上午, 【活动地点】:社区广场): a field of a notice. */
static bool opens_with_bracketed_field(const unsigned char *s, size_t n)
{
    size_t at = bracketed_label_end(s, n);
    if (at == 0)
        return false;
    at += 3;
    while (at < n && s[at] == ' ')
        at++;
    at = line_after_colon(s, n, at);
    return at > 0 && at < n;
}

/* Opens with a field's label of a paper's record in 【】, a value after
 * it and no colon between, as a law or paper database sets the record
 * (【期刊名称】 《某某学报》, 【作者】 某某, 【副标题】 …): the title is the
 * record's line without a label, and no column's name ends in these. */
static bool opens_with_records_label(const unsigned char *s, size_t n)
{
    static const char *const words[] = {"名称", "名稱", "期刊", "作者", "单位", "單位", "副标题", "副標題",
                                        "英文标题", "英文標題", "期号", "期號", "年份", "页码", "頁碼"};
    size_t at = bracketed_label_end(s, n);
    if (at == 0 || at + 3 == n)
        return false;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (zp_ends_with(s, at, words[k]))
            return true;
    return false;
}

bool line_is_notice_field(const struct line *l)
{
    return l->f.bracketed && opens_with_bracketed_field(l->text, l->len);
}

/* A time or a date's label (时间： 日期：) and a span after it: 至, 到 or ～
 * between two times. */
/* A section's number alone on its line as a designer sets it, two digits
 * with a leading zero or marks after it (01, 02>>>, 3>): a digit alone is
 * as often a counter's (评论 1, a page's number), and chrome that is all
 * digits counts (阅读 1024) or runs longer. */
static bool is_section_number(const unsigned char *s, size_t n)
{
    enum { SECTION_DIGITS_MAX = 2 };
    size_t at = line_indent_len(s, n), digits = 0;
    bool zero = at < n && s[at] == '0';
    while (at < n && zp_is_ascii_digit(s[at]) && digits <= SECTION_DIGITS_MAX) {
        at++;
        digits++;
    }
    bool marked = at < n && s[at] == '>';
    while (at < n && (s[at] == '>' || s[at] == ' '))
        at++;
    return digits > 0 && digits <= SECTION_DIGITS_MAX && at == n && ((zero && digits == 2) || marked);
}

/* An affiliation in Latin letters: an author and the affiliation in
 * brackets after the name (LI Ming(School of Economics, Some University,
 * Chengdu 610000, China)), an institution's word or a postcode inside; or
 * a numbered one alone (1. School of …, Some University, Wuhan 430074,
 * China), an institution's word and a postcode, no sentence. */
static bool is_latin_affiliation(const unsigned char *s, size_t n)
{
    const unsigned char *open = memchr(s, '(', n);
    bool bracketed = open && open != s && s[n - 1] == ')';
    size_t from = bracketed ? (size_t)(open - s) : 0, digits = 0, run = 0;
    static const char *const institutions[] = {"Universit", "College", "School", "Institute", "Academy"};
    bool institution = false;
    for (size_t k = 0; k < sizeof institutions / sizeof institutions[0] && !institution; k++)
        institution = memmem(s + from, n - from, institutions[k], strlen(institutions[k])) != NULL;
    if (!institution && !bracketed)
        return false;
    for (size_t i = from; i < n; i++) {
        run = zp_is_ascii_digit(s[i]) ? run + 1 : 0;
        if (run > digits)
            digits = run;
    }
    if (bracketed)
        return institution || digits == POSTCODE_DIGITS;
    /* a full stop after a word ends a sentence; after a number it numbers
     * the affiliation (1. 1. School of …) */
    for (const unsigned char *stop = s; (stop = memmem(stop, (size_t)(s + n - stop), ". ", 2)) != NULL; stop++)
        if (stop > s && zp_is_ascii_letter(stop[-1]))
            return false;
    return institution && digits == POSTCODE_DIGITS;
}

/* A numbered heading in English (1 Introduction, 2.1 Data and methods): a
 * section's number, a space and a few words opening with a capital, no
 * full stop at the end. */
bool line_is_english_heading(const unsigned char *s, size_t n)
{
    enum { HEADING_WORDS_MAX = 8 };
    size_t at = 0;
    while (at < n && (zp_is_ascii_digit(s[at]) || (s[at] == '.' && at > 0 && zp_is_ascii_digit(s[at - 1]))))
        at++;
    if (at == 0 || at >= n || s[at] != ' ' || s[n - 1] == '.')
        return false;
    while (at < n && s[at] == ' ')
        at++;
    if (at >= n || !(s[at] >= 'A' && s[at] <= 'Z'))
        return false;
    size_t words = 1;
    for (size_t k = at + 1; k < n; k++)
        words += s[k] == ' ' && s[k - 1] != ' ';
    return words <= HEADING_WORDS_MAX;
}

/* A page's note of its text's length and the time to read it (本篇文章3302字,
 * 读完约8分钟, 全文共2100字，阅读大约需要6分钟): a count of characters and
 * minutes of reading, which a heading about reading (每天阅读30分钟)
 * does not give together, or the minutes under their label.  It ends in
 * either. */
static bool is_reading_time(const unsigned char *s, size_t n)
{
    /* or the minutes alone under a label of reading's time (阅读时间:10分钟,
     * 预计阅读时长：约5分钟) */
    static const char *const labels[] = {"阅读时间", "閱讀時間", "阅读时长", "閱讀時長", "预计阅读时间", "預計閱讀時間",
                                         "预计阅读时长", "預計閱讀時長"};
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++) {
        size_t at = zp_starts_with(s, n, 0, labels[k]) ? line_after_colon(s, n, strlen(labels[k])) : 0;
        if (at == 0)
            continue;
        if (zp_starts_with(s, n, at, "约") || zp_starts_with(s, n, at, "約"))
            at += 3;
        size_t digits = at;
        while (digits < n && zp_is_ascii_digit(s[digits]))
            digits++;
        return digits > at && n - digits <= 9 && zp_starts_with(s, n, digits, "分钟");
    }
    const unsigned char *chars = memmem(s, n, "\xE5\xAD\x97", 3); /* 字 */
    /* a count of characters, 个 between or not, spaced or not (3302字,
     * 4394个字, 684 个字) */
    if (chars && chars - s >= 4 && memcmp(chars - 3, "\xE4\xB8\xAA", 3) == 0) /* 个 */
        chars -= 3;
    while (chars && chars > s && chars[-1] == ' ')
        chars--;
    return chars && chars > s && zp_is_ascii_digit(chars[-1]) && memmem(s, n, "分钟", 6) &&
           (memmem(s, n, "阅读", 6) || memmem(s, n, "读完", 6) || memmem(s, n, "閱讀", 6) || memmem(s, n, "讀完", 6));
}

static bool is_event_time(const unsigned char *s, size_t n)
{
    static const char *const labels[] = {"\xE6\x97\xB6\xE9\x97\xB4", /* 时间 */
                                         "\xE6\x99\x82\xE9\x96\x93", /* 時間 */
                                         "\xE6\x97\xA5\xE6\x9C\x9F"}; /* 日期 */
    bool labelled = false;
    for (size_t k = 0; k < sizeof labels / sizeof labels[0] && !labelled; k++)
        labelled = zp_starts_with(s, n, 0, labels[k]);
    if (!labelled)
        return false;
    for (size_t at = 6; at + 3 <= n; at++)
        if ((s[at] == 0xE8 && s[at + 1] == 0x87 && s[at + 2] == 0xB3) ||  /* 至 */
            (s[at] == 0xE5 && s[at + 1] == 0x88 && s[at + 2] == 0xB0) ||  /* 到 */
            (s[at] == 0xEF && s[at + 1] == 0xBD && s[at + 2] == 0x9E))    /* ～ */
            return true;
    /* and one at a part of the day (时间:3月20日(星期三)上午9:00), where a
     * page's stamp gives its hour in digits alone */
    static const char *const parts_of_day[] = {"上午", "下午", "晚上", "中午", "早上", "凌晨", "傍晚"};
    for (size_t k = 0; k < sizeof parts_of_day / sizeof parts_of_day[0]; k++)
        if (memmem(s + 6, n - 6, parts_of_day[k], strlen(parts_of_day[k])) != NULL)
            return true;
    return false;
}

size_t line_indent_walk(const unsigned char *s, size_t n)
{
    size_t at = 0;
    for (;;) {
        if (at < n && s[at] == ' ')
            at++;
        else if (at + 1 < n && s[at] == 0xC2 && s[at + 1] == 0xA0)
            at += 2;
        else if (at + 2 < n && s[at] == 0xE3 && s[at + 1] == 0x80 && s[at + 2] == 0x80)
            at += 3;
        else
            return at;
    }
}

/* A byline that names its outlet before the role and its reporters after
 * it (新华社记者某某、某某, 某某日报记者 某某, 某某时报记者程某周某某应某某):
 * an outlet's name of up to eight characters ending as one does
 * (ends_as_outlet_name), or a short one of up to four with names set apart
 * after the role, 记者 or 記者, names, set apart or run together, and
 * perhaps where they report from after them (… 发自重庆、湖北). */
static bool is_outlet_byline(const unsigned char *s, size_t n)
{
    enum { OUTLET_CHARS_MIN = 2, OUTLET_CHARS_MAX = 8 };
    size_t indent = line_indent_len(s, n);
    s += indent;
    n -= indent;
    /* in brackets or not (【某某记者 某某】) */
    uint32_t first, last;
    size_t first_len = n > 0 ? zp_utf8_char(s, n, &first) : 0, last_len = n > 0 ? zp_utf8_last(s, n, &last) : 0;
    if (first_len > 0 && first_len + last_len < n && is_opening_bracket(first) && is_closing_bracket(last)) {
        s += first_len;
        n -= first_len + last_len;
    }
    /* two outlets' names a slash apart, the paper's and its app's (某某日报/
     * 某某新闻记者某某): the second stands before the role */
    const unsigned char *slash = memchr(s, '/', n < 3 * (OUTLET_CHARS_MAX + 1) ? n : 3 * (OUTLET_CHARS_MAX + 1));
    if (slash && slash >= s + 3 * OUTLET_CHARS_MIN && ends_as_outlet_name(s, (size_t)(slash - s))) {
        n -= (size_t)(slash + 1 - s);
        s = slash + 1;
    }
    /* most lines hold no 者 (E8 80 85) where the role could end: found by
     * its last byte first, before any character is read */
    size_t reach = n < 3 * (OUTLET_CHARS_MAX + 2) ? n : 3 * (OUTLET_CHARS_MAX + 2);
    const unsigned char *role_end = s;
    while ((role_end = memchr(role_end, 0x85, (size_t)(s + reach - role_end))) != NULL &&
           !(role_end >= s + 2 && role_end[-2] == 0xE8 && role_end[-1] == 0x80))
        role_end++;
    if (!role_end)
        return false;
    /* by characters, as a middle dot takes two bytes (齐鲁网·闪电新闻) */
    uint32_t cp;
    for (size_t at = 0, len, chars = 0; at + 6 <= n && chars <= OUTLET_CHARS_MAX; at += len, chars++) {
        len = zp_utf8_char(s + at, n - at, &cp);
        if (chars < OUTLET_CHARS_MIN)
            continue;
        bool reporter = memcmp(s + at, "\xE8\xAE\xB0\xE8\x80\x85", 6) == 0 || /* 记者 */
                        memcmp(s + at, "\xE8\xA8\x98\xE8\x80\x85", 6) == 0;   /* 記者 */
        if (!reporter)
            continue;
        /* or an outlet's short name of up to four characters, whatever it
         * ends in, when the names stand apart after the role (每经记者 某某
         * 每经编辑 某某, 央视记者 某某) */
        enum { SHORT_NAME_CHARS_MAX = 4 };
        uint32_t outlet;
        zp_char_before(s, at, &outlet);
        /* a space may part the outlet from the role (某某日报 记者 某某) */
        size_t outlet_end = at;
        while (outlet_end > 0 && s[outlet_end - 1] == ' ')
            outlet_end--;
        if (!ends_as_outlet_name(s, outlet_end) &&
            !(chars <= SHORT_NAME_CHARS_MAX && at == 3 * chars && zp_is_han(outlet) && at + 6 < n && s[at + 6] == ' '))
            return false;
        size_t from = at + 6;
        while (from < n && s[from] == ' ')
            from++;
        const unsigned char *from_place = memmem(s + from, n - from, " \xE5\x8F\x91\xE8\x87\xAA", 7); /* 发自 */
        if (from_place)
            n = (size_t)(from_place - s);
        /* and the word for the report after the names (… 某某 摄影报道), 道 its
         * last character: E9 81 93 */
        static const char *const reports[] = {" 摄影报道", " 攝影報道", " 报道", " 報道"};
        for (size_t k = 0; n > 3 && s[n - 1] == 0x93 && s[n - 2] == 0x81 && k < sizeof reports / sizeof reports[0]; k++)
            if (zp_ends_with(s, n, reports[k])) {
                n -= strlen(reports[k]);
                break;
            }
        size_t ends[ZP_GLUED_NAMES_MAX];
        return from < n && (zp_is_names_row(s + from, n - from) || zp_glued_names(s + from, n - from, ends) > 1);
    }
    return false;
}

/* A sentence of the text that opens with the reporter (记者了解到，…,
 * 记者在某某看到…), which a page cut off may leave short: a Han character
 * right after the role that opens no name, where a byline names him
 * (记者 某某, 记者某某).  A writer's slash (文/) opens no sentence: the
 * outlet may follow it (文/某某日报全媒体记者某某). */
static bool opens_reporting(const unsigned char *s, size_t n)
{
    size_t end;
    uint32_t cp;
    return keywords_start_end(s, n, &end) == KW_BYLINE && end < n && s[end - 1] != '/' &&
           zp_utf8_char(s + end, n - end, &cp) > 0 && zp_is_han(cp) && !zp_opens_with_surname(s + end, n - end);
}

size_t line_after_colon(const unsigned char *s, size_t n, size_t at)
{
    if (at < n && s[at] == ':')
        at++;
    else if (n - at >= 3 && memcmp(s + at, "\xEF\xBC\x9A", 3) == 0) /* ： */
        at += 3;
    else
        return 0;
    while (at < n && s[at] == ' ')
        at++;
    return at;
}

/* An interview's turn that the reporter's role opens, a colon after it
 * and a sentence longer than names run (记者:今年玉米一亩地能打多少?), or
 * longer than a name with a function character in it (记者:是哪年建的?),
 * where a byline gives names after its colon (记者:某某 某某). */
static bool opens_interview_turn(const unsigned char *s, size_t n)
{
    size_t end;
    if (keywords_start_end(s, n, &end) != KW_BYLINE || (end = line_after_colon(s, n, end)) == 0)
        return false;
    /* more Han characters than two names take */
    enum { TURN_HAN_MIN = 2 * NAME_HAN_MAX + 1 };
    struct features rest;
    line_measure(&rest, s + end, n - end);
    return (rest.han >= TURN_HAN_MIN ||
            (rest.han > NAME_HAN_MAX && line_function_chars(&rest, s + end, n - end) > 0)) &&
           !zp_is_names_row(s + end, n - end);
}

/* Whether a full stop stands between a word's small letter and the next
 * sentence's capital with no space (…forms.Theoretically). */
static bool stops_between_sentences(const unsigned char *s, size_t n)
{
    for (const unsigned char *p = s + 1, *end = s + n; p + 1 < end && (p = memchr(p, '.', (size_t)(end - p - 1))); p++)
        if (p[-1] >= 'a' && p[-1] <= 'z' && p[1] >= 'A' && p[1] <= 'Z')
            return true;
    return false;
}

/* A paragraph in English, as a journal's page in English sets its text:
 * a dozen words or more, a sentence's end, and the words that tie English
 * clauses (the, of, and, …) as function characters tie Han ones; a menu,
 * a title or a reference list has few of them, and an affiliation, a
 * title or a citation capitalises most of its words. */
static bool is_english_prose(const unsigned char *s, size_t n, const struct features *f)
{
    enum { ENGLISH_LETTERS_MIN = 60, ENGLISH_WORDS_MIN = 12, TIES_MIN = 4 };
    /* a sentence ends it, or one ends inside a paragraph the page cut off,
     * a space after its stop or none (…forms.Theoretically,…) */
    if (f->latin < ENGLISH_LETTERS_MIN ||
        !(n > 0 && (s[n - 1] == '.' || s[n - 1] == '?' || s[n - 1] == '!' || memmem(s, n, ". ", 2) ||
                    stops_between_sentences(s, n))))
        return false;
    static const char *const ties[] = {"the", "of",  "and", "to",   "in",   "is",    "are",
                                       "was", "were", "for", "with", "that", "which", "by"};
    /* capitals open at most two words in five */
    enum { CAPITALS_PER_FIVE_MAX = 2 };
    size_t words = 0, tied = 0, capitals = 0;
    for (size_t at = 0; at < n;) {
        while (at < n && !zp_is_ascii_letter(s[at]))
            at++;
        size_t end = at;
        while (end < n && zp_is_ascii_letter(s[end]))
            end++;
        if (end == at)
            break;
        words++;
        capitals += s[at] >= 'A' && s[at] <= 'Z';
        for (size_t k = 0; k < sizeof ties / sizeof ties[0]; k++)
            if (strlen(ties[k]) == end - at && strncasecmp((const char *)s + at, ties[k], end - at) == 0) {
                tied++;
                break;
            }
        at = end;
    }
    return words >= ENGLISH_WORDS_MIN && tied >= TIES_MIN && 5 * capitals <= CAPITALS_PER_FIVE_MAX * words;
}

enum line_class line_classify(struct line *l, const char **rule)
{
    /* shapes that tell chrome from text, in characters */
    enum {
        /* a byline (本报记者 某某, 来源：某某日报) runs to 20 characters; with a
         * sentence end it may run to 40 (本报记者 某某 通讯员 某某 报道。) */
        BYLINE_MAX = 20,
        BYLINE_SENTENCE_MAX = 40,
        /* an image's place, its file's name perhaps after a caption, runs to
         * 100 characters; the name has an extension of three letters or
         * more (.jpg, .jpeg) */
        IMAGE_LINE_MAX = 100,
        IMAGE_LATIN_MIN = 3,
        /* an author's note that ends in a postcode (作者某某，某某学校高级讲师
         * （邮政编码 311201）。) runs to 200 characters: a longer line that
         * ends in one is prose giving an address */
        AUTHOR_NOTE_MAX = 200,
        /* a line with no Han text that runs to 40 characters is a URL, a
         * file's name or a button; a longer one may be a paragraph in English */
        NO_TEXT_MAX = 40,
        /* a photo's caption set as a paragraph runs to 150 characters */
        CAPTION_PARAGRAPH_MAX = 150,
        /* with its credit after it, to 100: a longer one is an item of
         * photo news, its report (…据了解,某市计划新建公厕203座…。 某某 摄) */
        CREDITED_CAPTION_MAX = 100,
        /* a page's count of characters and reading time runs to 40, glued
         * after a widget's words or not (…加入收藏共计4394个字,预计阅读时长15分钟。) */
        READING_TIME_MAX = 40,
        /* each part of a breadcrumb or a footer's row between separators is a
         * link's word (首页 > 新闻中心 > 基层动态) of 12 characters at most; a
         * title parted by a bar has a longer part */
        LINK_PART_MAX = 12,
        /* a row of navigation holds a few words of four Han characters at
         * most (首页 新闻 党建 服务): more Han characters than four such words
         * hold are a heading or a name, no row worth reading word by word */
        NAVIGATION_HAN_MAX = 4 * 4,
        /* four words or more make a row of navigation; three do when a label
         * or a breadcrumb's word (首页, 正文) says what they are, as a heading
         * of three phrases has neither */
        NAVIGATION_WORDS_MIN = 4,
        LABELLED_WORDS_MIN = 3,
        /* good prose has 15 Han characters or more: a shorter line is judged
         * by its neighbours, whatever its marks */
        GOOD_HAN_MIN = 15,
        /* three marks, a sentence end among them, are prose of their own
         * (a list of terms has commas but no sentence end, a heading none) */
        PROSE_MARKS_MIN = 3,
        /* fewer than four Han characters make no text that its neighbours
         * could keep: a number, a name, a button */
        NEAR_GOOD_HAN_MIN = 4,
        /* ten Han characters with two function characters (的 了 在) read as a
         * clause, with no mark at all; a heading of phrases has one or none */
        CLAUSE_HAN_MIN = 10,
    };
    struct features *f = &l->f;
    const unsigned char *s = l->text;
    size_t n = l->len, chars = f->chars;
    bool sentence = f->end == END_SENTENCE;
    *rule = NULL;
    /* a line that ends in a colon ends a sentence to line_measure */
    f->empty_field = f->end == END_SENTENCE && (s[n - 1] == ':' || s[n - 1] == 0x9A /* ： */) &&
                     line_field(l, NULL) == FIELD_EMPTY;
#define BAD(why) \
    do { \
        *rule = (why); \
        return CLASS_BAD; \
    } while (0)
    if (f->han + f->latin + f->commas + f->stops == 0) {
        size_t spaces = 0;
        while (spaces < n && s[spaces] == ' ')
            spaces++;
        if (spaces == n) {
            *rule = "blank";
            return CLASS_BLANK;
        }
    }
    /* an editor's or a page's label spaced to a table's width is the
     * label (编 辑:某某, 来 源:某某) */
    if (f->start == KW_NONE && chars <= SHORT_MAX && n > 7 && (s[3] == ' ' || s[0] == ' ' || s[0] == 0xE3))
        f->start = spaced_label_start(s, n);
    switch (f->start) {
    case KW_TEASER:
    case KW_DISCLAIMER:
    case KW_BLURB:
        BAD(keyword_class_name(f->start));
    case KW_PUBLICATION:
        /* a page is published at a moment; a span of days is an event's
         * (时间：2023年4月15日至4月30日), which a notice states */
        if (chars <= 2 * SHORT_MAX && !is_event_time(s, n))
            BAD(keyword_class_name(f->start));
        break;
    case KW_BREADCRUMB:
    case KW_PREVNEXT:
    case KW_PROMOTION:
    case KW_FOOTER:
    case KW_RELATED:
    case KW_SLOGAN: /* a site's greeting, its menu after it or not */
        if (chars <= 2 * SHORT_MAX)
            BAD(keyword_class_name(f->start));
        break;
    case KW_BYLINE:
        if (chars <= BYLINE_SENTENCE_MAX && (!sentence || chars <= BYLINE_MAX) && !opens_reporting(s, n) &&
            !(sentence && opens_interview_turn(s, n)))
            BAD("byline");
        break;
    case KW_CAPTION:
    case KW_EDITOR:
    case KW_SHARE:
    case KW_FONT:
    case KW_PROMPT: /* a player's label (人工智能朗读:) */
        if (chars <= SHORT_MAX)
            BAD(keyword_class_name(f->start));
        break;
    default:
        break;
    }
    if (f->label != ZP_LABEL_NONE) {
        /* 摘要 alone heads the abstract under it, as 摘要: opens it; the
         * neighbours decide, as for any heading */
        if (f->label_len >= n && !(f->label == ZP_LABEL_ABSTRACT && f->han > 0))
            BAD("label");
        /* an abstract is the article's own text; the rest of a page's
         * head is not */
        if (f->label != ZP_LABEL_ABSTRACT)
            BAD(zp_label_name(f->label));
    }
    /* a fund's note without its label: the project and its number in
     * brackets (◎2022年某某省哲学社会科学研究项目(项目编号:某〔2022〕41号)) */
    if (chars <= 2 * SHORT_MAX && !sentence && f->stops == 0 && (s[n - 1] == ')' || s[n - 1] == 0x89) &&
        is_grant_note(s, n))
        BAD("fund");
    if (chars <= AUTHOR_LINE_MAX && !sentence && is_outlet_byline(s, n))
        BAD("byline");
    /* 组 組 end it: E7 BB 84, E7 B5 84 */
    if (chars <= AUTHOR_LINE_MAX && s[n - 1] == 0x84 && n >= 3 && s[n - 3] == 0xE7 && f->enumerator == ZP_ENUM_NONE &&
        f->stops + f->commas == 0 && is_research_group(s, n))
        BAD("byline");
    if (chars <= AUTHOR_LINE_MAX && f->commas + f->stops == 0 && is_spaced_source(s, n))
        BAD("publication");
    /* a journal's volume line runs long with its pages and DOI; Vol. needs
     * three Latin letters, and its numbers without Vol. outnumber its Han
     * characters; its labels (Issue (3):, DOI:) are no row of fields */
    /* a list's bullet before it or not (- 某某科学, 2018, 54(7): 165-172.) */
    size_t volume_at = bullet_len(s, n);
    if ((f->latin >= 3 || 2 * f->han < chars) && chars <= CAPTION_PARAGRAPH_MAX &&
        zp_is_journal_volume(s + volume_at, n - volume_at))
        BAD("journal");
    /* the lead bytes of a space, 信 and 文 before a look */
    if ((s[0] == ' ' || s[0] == 0xE4 || s[0] == 0xE6) && !sentence && is_spaced_name_field(s, n))
        BAD("fields");
    if (chars <= 2 * SHORT_MAX && !sentence && (f->seen & SEEN_SPACE) && opens_with_spaced_label(s, n))
        BAD("fields");
    /* a space or a bullet (•) first, or the label's first character and a
     * space: 主 E4 B8 BB, 承 E6 89 BF, 协 E5 8D 8F, 出 E5 87 BA */
    if (f->stops == 0 && n > 3 &&
        (s[0] == ' ' || s[0] == 0xE2 ||
         (s[3] == ' ' && ((s[0] == 0xE4 && s[1] == 0xB8 && s[2] == 0xBB) || (s[0] == 0xE6 && s[1] == 0x89 && s[2] == 0xBF) ||
                          (s[0] == 0xE5 && ((s[1] == 0x8D && s[2] == 0x8F) || (s[1] == 0x87 && s[2] == 0xBA)))))) &&
        is_spaced_publisher_field(s, n))
        BAD("footer");
    if (is_link_row(s, n, f))
        BAD("links");
    /* search terms or links run into one line (站名_某某网_某某, a | b | c),
     * whatever its commas and its last mark; not a title with a farm's tags
     * after it (…核酸采样亭变身“临时托幼所”_托幼_社区_核酸) */
    if (chars <= LINK_ROW_MAX && f->stops == 0 && (f->seen & (SEEN_SEPARATOR | SEEN_UNDERSCORE | SEEN_DASH)) &&
        row_joints(s, n) >= LINK_JOINTS_MIN && !is_tagged_title(s, n))
        BAD("links");
    /* a field's value may list its items with 、 in a row of three fields
     * or more (体裁分类:… 主题分类:市场监管、安全生产监管 文号: …), where two
     * with 、 are more often a roster's (组长:某某 成员:某某、某某) */
    enum { LISTING_FIELDS_MIN = 3 };
    if (chars <= 2 * SHORT_MAX && f->commas == f->enumeration_commas && (f->seen & (SEEN_SPACE | SEEN_SEPARATOR)) &&
        (field_labels(s, n, f) >= (f->commas == 0 ? 2 : LISTING_FIELDS_MIN) ||
         (f->stops == 0 && f->commas == 0 && line_record_row_keys(s, n) > 0)) &&
        !line_opens_with_contact(s, n))
        BAD("fields");
    /* a long row of fields, a title's value among them (索 引 号:… 公开范围:公开
     * 发布机构:… 主 题 词: 生效日期: 文  号: 标  题:某某…的答复): five labels
     * or more and no sentence between them, whatever ends it */
    enum { LONG_ROW_FIELDS_MIN = 5 };
    if (chars > 2 * SHORT_MAX && f->stops == 0 && f->commas == f->enumeration_commas &&
        (f->seen & SEEN_SPACE) && field_labels(s, n, f) >= LONG_ROW_FIELDS_MIN)
        BAD("fields");
    /* the record's title may hold a mark or two of its own (… 城事 a0002
     * 流感,走开! 2019-10-18 11205326 2 …), where its date and its id
     * both tell the record; its numbers and letters leave Han characters
     * fewer than half of it, which prose never does */
    enum { RECORD_TITLE_MARKS_MAX = 2, RECORD_KEYS_MIN = 2 };
    if (chars <= 2 * SHORT_MAX && (f->seen & SEEN_SPACE) && 2 * f->han < chars && f->commas + f->stops > 0 &&
        f->commas + f->stops <= RECORD_TITLE_MARKS_MAX && line_record_row_keys(s, n) >= RECORD_KEYS_MIN)
        BAD("fields");
    if (chars <= IMAGE_LINE_MAX && f->stops == 0 &&
        ((f->latin >= IMAGE_LATIN_MIN && ends_in_image_name(s, n)) ||
         (zp_is_ascii_digit(s[n - 1]) && is_bare_image_name(s, n))))
        BAD("image");
    if (chars <= IMAGE_LINE_MAX && is_markdown_image(s, n))
        BAD("image");
    /* an image's name as a publishing system files it, its words and the
     * file's own name joined by _fororder_ (某某先行_fororder_图片1), the
     * extension often lost: where the image stood */
    if (chars <= IMAGE_LINE_MAX && f->stops == 0 && (f->seen & SEEN_UNDERSCORE) && memmem(s, n, "_fororder_", 10) != NULL)
        BAD("image");
    /* a document's number alone is a field of its head without its label
     * (文号), never a line of its text: by 号 at its end first */
    enum { DOCUMENT_NUMBER_MAX = 24 };
    if (chars <= DOCUMENT_NUMBER_MAX && f->stops + f->commas == 0 && n > 3 && s[n - 3] == 0xE5 && s[n - 2] == 0x8F &&
        s[n - 1] == 0xB7 && is_document_number(s, n))
        BAD("fields");
    /* a document's file alone on its line, no label nor number before it
     * (附件:1.某某.docx is a notice's) */
    if (chars <= SHORT_MAX && f->stops + f->commas == 0 && !(f->seen & SEEN_SPACE) && f->enumerator == ZP_ENUM_NONE &&
        f->latin >= IMAGE_LATIN_MIN && ends_in_document_name(s, n) && !memchr(s, ':', n) &&
        zp_find(s, n, "\xEF\xBC\x9A") == n) /* ： */
        BAD("file");
    /* or under a label that names it the page's file (文件名称:某某.docx),
     * where an attachment's label heads a notice's list */
    if (chars <= 2 * SHORT_MAX && f->latin >= IMAGE_LATIN_MIN && n > 12 && s[0] == 0xE6 && /* 文 */
        (zp_starts_with(s, n, 0, "文件名") || zp_starts_with(s, n, 0, "文档名") || zp_starts_with(s, n, 0, "文檔名")) &&
        ends_in_document_name(s, n))
        BAD("fields");
    /* a site's name or a link's label, a colon and the site's address
     * (中国某某网:http://www.某某.org.cn/   日期:…, 本文链接:https://…) */
    enum { ADDRESS_LATIN_MIN = 4 };
    if (chars <= 2 * SHORT_MAX && f->stops == 0 && f->latin >= ADDRESS_LATIN_MIN &&
        (opens_with_named_address(s, n) || is_name_with_address(s, n)))
        BAD("links");
    /* in letters, an institution's name and a city at the least */
    enum { LATIN_AFFILIATION_MIN = 12 };
    if (line_is_affiliation(l) || (f->han == 0 && f->latin >= LATIN_AFFILIATION_MIN && is_latin_affiliation(s, n)))
        BAD("affiliation");
    /* a writer's note without its label: a name, the year of birth in
     * brackets and a sex (某某(1996—),女,四川成都人,博士生,…) */
    if (chars <= AUTHOR_NOTE_MAX && f->commas > 0 && opens_with_birth_year(s, n))
        BAD("bio");
    /* or 作者 before the name and the sex (作者某某,男,博士,某某大学讲师…),
     * a repost's note of the paper's writer */
    if (chars <= AUTHOR_NOTE_MAX && f->commas > 0 && zp_starts_with(s, n, 0, "作者") &&
        opens_with_name_and_sex(s + 6, n - 6))
        BAD("bio");
    /* an author's note, with its label or without: 作者某某，某某学校高级
     * 讲师（邮政编码 311201）。 */
    if (chars <= AUTHOR_NOTE_MAX && ends_in_postcode(s, n))
        BAD("affiliation");
    /* or an institution, its city and postcode, and a writer's address
     * after them (…实验室,北京100871;†通信作者,E-mail:…@…) */
    if (chars <= AUTHOR_NOTE_MAX && f->latin >= ADDRESS_LATIN_MIN && memchr(s, '@', n) && holds_postcode(s, n) &&
        names_institution(s, n))
        BAD("affiliation");
    if (chars <= 4 * SHORT_MAX && (f->seen & SEEN_BRACKET) && is_citation(s, n))
        BAD("citation");
    /* key terms between semicolons are no prose anywhere: a sentence with
     * semicolons has longer clauses and function characters; a numbered
     * item of the text lists its own (1、尺寸:长240cm;宽120cm) */
    if (chars <= 2 * SHORT_MAX && f->semicolons > 0 && f->enumerator == ZP_ENUM_NONE && zp_is_term_list(s, n) &&
        !is_surnamed_row(s, n))
        BAD("keywords");
    /* the label of key terms glued to the first of them, the scrape having
     * lost its colon, then terms set apart by spaces and no clause
     * (关键词信访制度 国家政权建设 社会动员) */
    enum { GLUED_TERMS_MIN = 3 };
    if (chars <= SHORT_MAX && f->stops + f->commas == 0 && (f->seen & SEEN_SPACE) && n > 9 &&
        (s[0] == 0xE5 || s[0] == 0xE9) && /* 关 關 */
        (zp_starts_with(s, n, 0, "关键词") || zp_starts_with(s, n, 0, "关键字") || zp_starts_with(s, n, 0, "關鍵詞") ||
         zp_starts_with(s, n, 0, "關鍵字")) &&
        spaced_terms(s + 9, n - 9) >= GLUED_TERMS_MIN)
        BAD("keywords");
    if (chars <= SHORT_MAX && is_date_led(s, n, f))
        BAD("date");
    if (chars <= SHORT_MAX && (f->seen & SEEN_SPACE) && f->stops + f->commas == 0 && is_dated_masthead(s, n))
        BAD("date");
    /* 录 錄 目 end them: E5 BD 95, E9 8C 84, E7 9B AE */
    if (chars <= CONTENTS_LABEL_MAX && (s[n - 1] == 0x95 || s[n - 1] == 0x84 || s[n - 1] == 0xAE) &&
        is_contents_label(s, n))
        BAD("contents");
    /* a row that ends in the page's date and time of day, no clause before
     * it: a byline's or a template's fields (某某日报记者 某某2026-02-05
     * 00:00), as neither a title nor prose ends */
    if (chars <= 2 * SHORT_MAX && f->stops + f->commas == 0 && f->end == END_NONE && ends_in_date_and_time(s, n))
        BAD("date");
    /* or holds it among its fields, glued to them or not, no clause in the
     * row (来源网络2023-07-13 21:25:19 59): no title holds the time of day */
    if (chars <= SHORT_MAX && f->stops + f->commas == 0 && f->end != END_SENTENCE && holds_date_and_time(s, n))
        BAD("date");
    /* no Han text: a URL, a file's name, a line of English; a section's
     * number alone goes too, but as a short line, which is no evidence of
     * chrome about its neighbours: the page's designer set it over a
     * heading */
    if (f->han == 0 && chars <= NO_TEXT_MAX) {
        if (is_section_number(s, n)) {
            *rule = "no-text";
            return CLASS_SHORT;
        }
        /* a heading of a paper in English is short, and its neighbours
         * decide */
        if (line_is_english_heading(s, n))
            return CLASS_SHORT;
        BAD("no-text");
    }
    /* nor is a longer line of marks alone, no letter or digit among them:
     * a rule across the page (------…) */
    if (f->han == 0 && f->latin == 0) {
        size_t at = 0;
        while (at < n && !zp_is_ascii_digit(s[at]))
            at++;
        if (at == n)
            BAD("no-text");
    }
    /* nor a page's markup left whole, however long its attributes run
     * (<image>data:image/png;base64,…</image>): a tag opens it and one
     * ends it */
    if (f->han == 0 && f->end == END_MARKUP && s[line_indent_len(s, n)] == '<')
        BAD("no-text");
    /* a notice's field, its label in 【】 (【活动时间】：5月1日上午9:30(提前
     * 15分钟签到)): the text's own, however short, and whatever the keywords
     * of short chrome below say of its value; a chrome label in brackets
     * (【来源】：) went by its keyword above */
    if (line_is_notice_field(l))
        return CLASS_NEAR_GOOD;
    /* a line that ends in a colon ends no sentence: a label whose field is
     * empty (相关文章:, 阅读次数:) is searched like any short line */
    bool stop_end = ends_in_stop(s, n, f);
    /* a prompt aside in brackets, a sentence as it may be ((想阅读全部内容，
     * 您需要先登录！)), and the page's word on the reader's browser
     * (您的IE浏览器版本太低，请升级…。) */
    if (chars <= SHORT_MAX && stop_end &&
        (is_parenthesised(s, n) || names_browser(s, n)) &&
        keywords_any_of(s, n, 1u << KW_PROMOTION) != KW_NONE)
        BAD("promotion");
    /* a sharing site's note in brackets of the text it withholds, after
     * the ellipsis it put for it, sentence or not (……(未完,全文共2800字,
     * 当前仅显示900字,…), ……(…省略595字,正式会员可完整阅读)) */
    enum { WITHHELD_REACH = 3 * 40 };
    size_t ellipsis = 0;
    while (ellipsis + 3 <= n && memcmp(s + ellipsis, "\xE2\x80\xA6", 3) == 0) /* … */
        ellipsis += 3;
    if (ellipsis > 0 && ellipsis < n &&
        (s[ellipsis] == '(' || zp_starts_with(s, n, ellipsis, "\xEF\xBC\x88")) && /* （ */
        keywords_any_of(s, n < WITHHELD_REACH ? n : WITHHELD_REACH, 1u << KW_PROMOTION) != KW_NONE)
        BAD("promotion");
    if (chars > SHORT_MAX && chars <= RIGHTS_MAX && !stop_end) {
        enum keyword_class rights = keywords_any_of(s, n, (1u << KW_COPYRIGHT) | (1u << KW_LICENCE));
        if (rights != KW_NONE)
            BAD(keyword_class_name(rights));
    }
    /* an owner's notice that ends in English ends in its full stop (某某公司
     * 版权所有 Copyright © 2013 All Rights Reserved.), as no Han prose does */
    if (chars <= RIGHTS_MAX && stop_end && n >= 2 && s[n - 1] == '.' && zp_is_ascii_letter(s[n - 2])) {
        enum keyword_class rights = keywords_any_of(s, n, (1u << KW_COPYRIGHT) | (1u << KW_LICENCE));
        if (rights != KW_NONE)
            BAD(keyword_class_name(rights));
    }
    /* a site's licence number with its 备 lost (蜀ICP14000428 …) */
    if (chars <= RIGHTS_MAX && !stop_end && is_bare_icp_number(s, n))
        BAD("licence");
    /* a photo's caption set as a paragraph, its credit after its last
     * sentence (…融入了彩绘的元素。某某报记者 某某 摄), but not a line that
     * opens with a quote, a paragraph's whatever credit is glued after it
     * (“…”某某表示。新华社发(某某 摄)) */
    if (chars > SHORT_MAX && chars <= CREDITED_CAPTION_MAX && !stop_end && ends_in_photo_credit(s, n) &&
        !opens_with_quote(s, n))
        BAD("caption");
    /* a journal speaking of itself between a paper's head and its text
     * (《某某科学》以办刊方向的正确…, 《某某》由某某主办自创刊以来…) */
    if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x8A && /* 《, by its bytes: asked of every line */
        (memmem(s, n, "办刊", 6) != NULL || memmem(s, n, "创刊", 6) != NULL ||
         memmem(s, n, "辦刊", 6) != NULL || memmem(s, n, "創刊", 6) != NULL))
        BAD("promotion");
    /* a path from the front page runs long when its last word is the
     * page's title (首页 > 专题专区 > … > 本单位党组织重要决策…) */
    if (chars > SHORT_MAX && chars <= CAPTION_PARAGRAPH_MAX && !stop_end && (f->seen & SEEN_SEPARATOR) &&
        opens_path(s, n))
        BAD("breadcrumb");
    if (chars <= CAPTION_PARAGRAPH_MAX && f->stops == 0 && is_slash_path(s, n))
        BAD("breadcrumb");
    if (chars <= CAPTION_PARAGRAPH_MAX && f->stops == 0 && (f->seen & SEEN_SEPARATOR) && holds_position_path(s, n))
        BAD("breadcrumb");
    if (chars <= 2 * SHORT_MAX && f->latin >= IMAGE_LATIN_MIN && f->commas + f->stops == 0 && is_site_and_address(s, n))
        BAD("site");
    /* another page's teaser, its title cut short and its date after the
     * dots (- 关于某某如何办...2022-12-25) */
    if (chars <= SHORT_MAX && s[n - 1] >= '0' && s[n - 1] <= '9' &&
        (is_dated_teaser(s, n) || (f->han >= TEASER_HAN_MIN && is_bulleted_dated_teaser(s, n))))
        BAD("related");
    /* by the last character's bytes, a full stop aside: 钟 E9 92 9F, 鐘
     * E9 90 98, 字 E5 AD 97 */
    size_t before_stop = n >= 3 && s[n - 3] == 0xE3 && s[n - 2] == 0x80 && s[n - 1] == 0x82 ? n - 3 : n;
    if (chars <= READING_TIME_MAX && before_stop >= 3 &&
        ((s[before_stop - 3] == 0xE9 && ((s[before_stop - 2] == 0x92 && s[before_stop - 1] == 0x9F) ||
                                         (s[before_stop - 2] == 0x90 && s[before_stop - 1] == 0x98))) ||
         (s[before_stop - 3] == 0xE5 && s[before_stop - 2] == 0xAD && s[before_stop - 1] == 0x97)) &&
        is_reading_time(s, n))
        BAD("reading-time");
    /* an owner's notice set as a sentence (某某图书馆版权所有。): no prose
     * ends so */
    if (chars <= SHORT_MAX && before_stop < n && before_stop >= 12 && s[before_stop - 3] == 0xE6 &&
        s[before_stop - 2] == 0x9C && s[before_stop - 1] == 0x89 && /* 有 */
        (zp_ends_with(s, before_stop, "版权所有") || zp_ends_with(s, before_stop, "版權所有")))
        BAD("copyright");
    /* a widget's prompt may end as an exclamation or a trailing off does
     * (抱歉,评论功能暂时关闭!, 请继续往下阅读...): its words are the page's
     * own; a full stop's short sentences, the most, are not looked at */
    if (chars <= SHORT_MAX && stop_end && before_stop == n && keywords_any_of(s, n, 1u << KW_PROMPT) != KW_NONE)
        BAD("prompt");
    if (chars <= SHORT_MAX && !stop_end) {
        enum keyword_class any = keywords_any(s, n);
        if (any == KW_BYLINE && chars > ZP_HEADING_MAX)
            any = KW_NONE;
        /* a slogan as a column's tag over a headline of its own
         * (【践行社会主义核心价值观】发挥志愿力量 共建和谐社区——…) */
        if (any == KW_SLOGAN && tagged_headline(s, n))
            any = KW_NONE;
        if (any != KW_NONE)
            BAD(keyword_class_name(any));
        /* a widget's word may stand between dashes (—分享—) */
        size_t from = 0, to = n;
        while (from < to && (s[from] == '-' || s[from] == ' ' || zp_starts_with(s, to, from, "\xE2\x80\x94")))
            from += s[from] == 0xE2 ? 3 : 1;
        while (to > from && (s[to - 1] == '-' || s[to - 1] == ' ' || zp_ends_with(s + from, to - from, "\xE2\x80\x94")))
            to -= s[to - 1] == 0x94 ? 3 : 1;
        enum keyword_class row = keywords_token_row(s + from, to - from);
        /* or a widget's header that opens lines elsewhere (—  相关新闻  —) */
        size_t word_end;
        if (row == KW_NONE && from > 0 && to < n &&
            (row = keywords_start_end(s + from, to - from, &word_end)) != KW_NONE && word_end != to - from)
            row = KW_NONE;
        /* 图片, 视频: where an image or a video stood */
        if (row == KW_CAPTION)
            BAD("image");
        if (row != KW_NONE)
            BAD(keyword_class_name(row));
        /* a photo's caption with its credit (…留影 某某摄, …(资料照片)。新华社发);
         * a quote is a paragraph's, as above */
        unsigned ends = keywords_end_classes(s, n);
        if ((ends & (1u << KW_CAPTION)) && !opens_with_quote(s, n))
            BAD("caption");
        /* or in parentheses: …禁毒宣传(某某摄) */
        size_t closing = s[n - 1] == ')' ? 1 : n >= 3 && s[n - 3] == 0xEF && s[n - 2] == 0xBC && s[n - 1] == 0x89 ? 3 : 0;
        if (closing > 0 && keywords_end(s, n - closing, KW_CAPTION) != KW_NONE && !opens_with_quote(s, n) &&
            !credits_writer(s, n))
            BAD("caption");
        /* or before the agency's name in parentheses: 某某摄(某某视觉) */
        size_t agency = closing > 0 ? line_closing_note_at(s, n) : n;
        if (agency < n && keywords_end(s, agency, KW_CAPTION) != KW_NONE && !opens_with_quote(s, n) &&
            !credits_writer(s, n))
            BAD("caption");
        if (chars <= ZP_HEADING_MAX && (ends & (1u << KW_DISCLAIMER)))
            BAD("disclaimer");
        /* a statement's bare label, the site's clauses under it (声明: /
         * 1、凡本网注明…), or a word or two before it (本站声明:) */
        enum { STATEMENT_LABEL_MAX = 6 };
        if (chars <= STATEMENT_LABEL_MAX && (zp_ends_with(s, n, "声明:") || zp_ends_with(s, n, "声明：") ||
                                             zp_ends_with(s, n, "聲明:") || zp_ends_with(s, n, "聲明：")))
            BAD("disclaimer");
        /* a teaser for another page, with its link's word (更多>>, 查看全文) */
        if (ends & (1u << KW_NAVIGATION))
            BAD("links");
        /* a credit whose roles follow the names (某某报道组 张某 文/图) */
        if (chars <= AUTHOR_LINE_MAX && (ends & (1u << KW_BYLINE)))
            BAD("byline");
        /* a page label or a title with the previous and next page's links
         * after it (第02版:城区新闻 上一篇 下一篇) */
        if (ends & (1u << KW_PREVNEXT))
            BAD("prevnext");
        if (ends & (1u << KW_BLURB))
            BAD("blurb");
        /* a widget's header over other pages (作者相关文章, 更多某某相关文章) */
        if (ends & (1u << KW_RELATED))
            BAD("related");
        /* a prompt to sign in or up (…没有账号？立即注册) */
        if (ends & (1u << KW_PROMOTION))
            BAD("promotion");
        /* a site's credits at its foot (…人民政府主办 …办公室承办 …技术支持) */
        if (ends & (1u << KW_FOOTER))
            BAD("footer");
        /* a list's item, indented too (  - 某某), with a link's keyword */
        size_t indent = line_indent_len(s, n), bullet = bullet_len(s + indent, n - indent);
        if (bullet > 0) {
            bullet += indent;
            enum keyword_class start = keywords_start(s + bullet, n - bullet);
            if (start == KW_PROMOTION || start == KW_RELATED || start == KW_PREVNEXT || start == KW_BREADCRUMB)
                BAD(keyword_class_name(start));
            /* a page's date or source as a list's item (- 时间:2023-02-24) */
            if (start == KW_PUBLICATION && !is_event_time(s + bullet, n - bullet))
                BAD(keyword_class_name(start));
            /* a journal's site listing where it is indexed (• 中国科技核心期刊,
             * • 美国《化学文摘》(CA)收录期刊, • …优秀期刊(2019年)) */
            size_t group = line_closing_group(s, n);
            while (group > 0 && s[group - 1] == ' ')
                group--;
            if (zp_ends_with(s, group, "期刊"))
                BAD("links");
            /* another page's headline, its day after it and no label
             * (· 某某新增8个示范村 2017/12/6): a list of links */
            if (ends_in_day(s, n) && !memchr(s, ':', n) && !memmem(s, n, "\xEF\xBC\x9A", 3)) /* ： */
                BAD("links");
        }
        if (opens_with_edition(s, n))
            BAD("edition");
        if (opens_with_figure_number(s, n))
            BAD("caption");
        if (f->seen & SEEN_SEPARATOR) {
            line_details(f, s, n);
            /* bars at the end join nothing: a title that kept its
             * template's bars (…——文明篇 |, …的公告 | ||||) is no breadcrumb */
            size_t before_bars;
            uint32_t tail = line_bars_at_end(s, n, &before_bars), part = longest_part(s, n);
            /* a row's empty cells at its end count, one bar aside */
            uint32_t joints = f->separators == tail ? 0 : f->separators - (tail > 0);
            if (joints >= 2 && part <= LINK_PART_MAX)
                BAD("footer");
            /* a column's name and a title between one bar, the title
             * quoting a word (新春走基层|社区“网”红体验记), where a link's
             * label never quotes one */
            bool column_title = joints == 1 && (memmem(s, n, "\xE2\x80\x9C", 3) != NULL || /* “ */
                                                is_column_bar_headline(s, n));
            if (joints >= 1 && (part <= LINK_PART_MAX || opens_path(s, n)) && f->enumerator == ZP_ENUM_NONE &&
                !column_title)
                BAD("breadcrumb");
        }
        if (zp_is_journal_issue(s, n))
            BAD("journal");
        /* indented or not */
        size_t set_in = line_indent_len(s, n);
        if (is_parenthesised(s + set_in, n - set_in) && f->enumerator == ZP_ENUM_NONE &&
            !is_document_note(s + set_in, n - set_in))
            BAD("caption");
        if ((f->seen & SEEN_SPACE) && is_site_names_row(s, n))
            BAD("links");
        /* a menu runs long when its words do, or when it has many of a
         * link's length (走进某某 政务动态 政务公开 政民互动 领导之窗 …), more
         * than a heading of phrases sets apart */
        enum { MENU_WORDS_MIN = 6 };
        if (f->han > NAVIGATION_HAN_MAX && (f->seen & SEEN_SPACE) && f->commas == 0 && f->stops == 0 &&
            (menu_words(s, n) >= MENU_WORDS_MIN || (word_row(s, n) >= MENU_WORDS_MIN && !is_surnamed_row(s, n))))
            BAD("navigation");
        /* or when its links run together after the front page's, a space
         * after it (网站首页 每日新闻杂志要闻快讯…): no text opens so */
        if (f->han > NAVIGATION_HAN_MAX && (f->seen & SEEN_SPACE) && f->stops == 0 && opens_with_front_page(s, n))
            BAD("navigation");
        if (f->han <= NAVIGATION_HAN_MAX && (f->seen & SEEN_SPACE)) {
            size_t words = word_row(s, n);
            if (words >= NAVIGATION_WORDS_MIN && !is_surnamed_row(s, n) && !names_reporter(s, n))
                BAD("navigation");
            /* search terms under a label that says so (快捷搜索:论文 合同
             * 演讲, 热门标签:, 热词:); a text's own label over its terms
             * (重点领域：教育 医疗 养老) stays */
            size_t label = short_label_len(s, n);
            if (label > 0 && is_terms_label(s, label) && word_row(s + label, n - label) >= LABELLED_WORDS_MIN)
                BAD("navigation");
            /* a breadcrumb of words: 首页 资讯 正文, or a site's name
             * and the last alone (某某网 正文) */
            if ((words >= LABELLED_WORDS_MIN && opens_with_front_page(s, n)) ||
                (words >= 2 && n > 7 && s[n - 7] == ' ' && ends_as_breadcrumb(s, n)))
                BAD("breadcrumb");
        }
        /* an empty field and the next one's label, its value a name
         * (标签:编辑:某某); a title's value may have a colon of its own
         * (原标题:某某街道:…) */
        enum { NAME_VALUE_MAX = 10 };
        size_t label = short_label_len(s, n), next = label > 0 ? short_label_len(s + label, n - label) : 0;
        if (next > 0 && f->commas == 0 && zp_count_chars(s + label + next, n - label - next) <= NAME_VALUE_MAX)
            BAD("fields");
    }
    /* a row of the head's fields whose last value went to the next line
     * (某某在线某某频道 时间: / 2014-12-24 13:26:41): a space, then a page's
     * label and its colon end it, no clause before them */
    if (chars <= SHORT_MAX && f->stops == 0 && f->commas == 0 && (f->seen & SEEN_SPACE) &&
        ends_in_empty_publication_label(s, n))
        BAD("fields");
    /* five headlines or more in a row, no stop among them and a comma at
     * most: prose set apart by spaces has its marks */
    enum { HEADLINES_MIN = 5 };
    if (f->han >= HEADLINES_MIN * HEADLINE_HAN_MIN && (f->seen & SEEN_SPACE) && f->stops == 0 && f->commas <= 1 &&
        f->end != END_SENTENCE && headline_row(s, n) >= HEADLINES_MIN)
        BAD("links");
#undef BAD
    /* the only good line with no Han character */
    if (f->han == 0 && is_english_prose(s, n, f))
        return CLASS_GOOD;
    /* Han text, not Latin: digits and marks count for neither; but a
     * paragraph's worth of Han text is text whatever Latin follows it, as
     * an abstract with its translation glued after it */
    enum { HAN_PARAGRAPH_MIN = 100 };
    bool hanish = f->han > f->latin || f->han >= HAN_PARAGRAPH_MIN;
    uint32_t punct = f->commas + f->stops + sentence;
    /* prose ties its clauses with function characters, or runs to two
     * clauses and a sentence end */
    if (hanish && chars >= GOOD_MIN && f->han >= GOOD_HAN_MIN &&
        ((punct >= PROSE_MARKS_MIN && sentence) || (chars > SHORT_MAX && punct >= 2) ||
         (punct >= 1 && has_function_chars(f, s, n, 1))))
        return CLASS_GOOD;
    if (hanish && f->han >= NEAR_GOOD_HAN_MIN &&
        (sentence || f->end == END_OPEN || f->end == END_MARKUP || chars > ZP_HEADING_MAX ||
         (punct >= 1 && has_function_chars(f, s, n, 1)) ||
         (f->han >= CLAUSE_HAN_MIN && has_function_chars(f, s, n, 2))))
        return CLASS_NEAR_GOOD;
    return CLASS_SHORT;
}

/* The Han characters of a name at the end (or the start) of s: 2 to 4, or
 * a surname and a given name spaced apart. */
static bool is_name(const unsigned char *s, size_t n)
{
    return n > 0 && n <= NAME_HAN_MAX * 3 + 1 /* a space */ && zp_is_names_row(s, n);
}

/* A writer's note without its label: a name, the year of birth in an
 * open range, the sex (某某(1985−),女,…), as a journal's head sets it; a
 * range that closes is a life's, as prose tells it (某某(1889—1927),…). */
static bool opens_as_bio(const unsigned char *s, size_t n)
{
    enum { NAME_HAN_MIN = 2, NAME_HAN_MAX = 4, YEAR_DIGITS = 4 };
    size_t han, at = opening_han(s, n, NAME_HAN_MAX, &han), k;
    if (han < NAME_HAN_MIN || han > NAME_HAN_MAX || (k = ascii_or_wide(s, n, at, '(', 0x88)) == 0)
        return false;
    at += k;
    for (size_t digits = 0; digits < YEAR_DIGITS; digits++, at++)
        if (at >= n || !zp_is_ascii_digit(s[at]))
            return false;
    /* - ~ or − — – ～ */
    if (at < n && (s[at] == '-' || s[at] == '~'))
        at++;
    else if (at + 3 <= n && ((s[at] == 0xE2 && ((s[at + 1] == 0x88 && s[at + 2] == 0x92) ||
                                                 (s[at + 1] == 0x80 && (s[at + 2] == 0x94 || s[at + 2] == 0x93)))) ||
                             (s[at] == 0xEF && s[at + 1] == 0xBD && s[at + 2] == 0x9E)))
        at += 3;
    else
        return false;
    if ((k = ascii_or_wide(s, n, at, ')', 0x89)) == 0)
        return false;
    at += k;
    if ((k = ascii_or_wide(s, n, at, ',', 0x8C)) == 0)
        return false;
    at += k;
    /* 男 女 */
    return at + 3 <= n && ((s[at] == 0xE7 && s[at + 1] == 0x94 && s[at + 2] == 0xB7) ||
                           (s[at] == 0xE5 && s[at + 1] == 0xA5 && s[at + 2] == 0xB3));
}

bool line_opens_as_writers_note(const struct line *l) { return opens_with_name_and_sex(l->text, l->len); }

/* A full-width mark of U+FF00 to U+FF3F, EF BC and last, stands at s[at]. */
static bool is_full_width(const unsigned char *s, size_t n, size_t at, unsigned char last)
{
    return at + 3 <= n && s[at] == 0xEF && s[at + 1] == 0xBC && s[at + 2] == last;
}

bool line_is_author_note(const struct line *l)
{
    if (l->f.commas > 0 && opens_as_bio(l->text, l->len))
        return true;
    /* a name and an office, the office up to 40 characters */
    enum { NOTE_OFFICE_MAX = 40 };
    const unsigned char *s = l->text;
    size_t n = l->len;
    if (l->f.end == END_SENTENCE || l->f.stops > 0 || l->f.chars > NOTE_OFFICE_MAX + 12)
        return false;
    /* the name, perhaps with a note in brackets (郑某(通讯作者)), then a
     * comma or a colon (王某 (通讯作者):某某大学博士后) */
    enum { NAME_BYTES_MAX = 3 * 4 };
    size_t at = 0;
    while (at < n && at <= NAME_BYTES_MAX && s[at] >= 0xE3 &&
           !(s[at] == 0xEF && at + 2 < n && s[at + 1] == 0xBC &&
             (s[at + 2] == 0x8C || s[at + 2] == 0x88 || s[at + 2] == 0x9A)))
        at += 3;
    size_t name = at;
    if (at > n || at > NAME_BYTES_MAX || at == 0)
        return false;
    while (at < n && s[at] == ' ')
        at++;
    /* the marks first, the name last: most lines fail on the marks */
    enum { NOTE_BYTES_MAX = 3 * 8 };
    if (at < n && (s[at] == '(' || is_full_width(s, n, at, 0x88))) { /* （ */
        size_t open = at;
        while (at < n && at - open <= NOTE_BYTES_MAX && s[at] != ')' && !is_full_width(s, n, at, 0x89))
            at++;
        if (at - open > NOTE_BYTES_MAX)
            return false;
        at += at < n && s[at] == ')' ? 1 : 3;
    }
    /* ， ： */
    if (at >= n || !(s[at] == ',' || s[at] == ':' || is_full_width(s, n, at, 0x8C) || is_full_width(s, n, at, 0x9A)))
        return false;
    if (!is_name(s, name) || !zp_opens_with_surname(s, name))
        return false;
    at += s[at] == ',' || s[at] == ':' ? 1 : 3;
    return zp_count_chars(s + at, n - at) <= NOTE_OFFICE_MAX && keywords_end(s + at, n - at, KW_POSITION) != KW_NONE;
}

size_t line_byline_mark_len(const unsigned char *s, size_t n)
{
    size_t at = line_indent_len(s, n), len;
    uint32_t cp;
    if (at == n)
        return 0;
    len = zp_utf8_char(s + at, n - at, &cp);
    /* a hyphen as a list's bullet, a space after it (- 某某) */
    bool hyphen = cp == '-' && at + 1 < n && s[at + 1] == ' ';
    if (!zp_is_bullet(cp) && cp != 0x25A1 /* □ */ && cp != 0x25CE /* ◎ */ && cp != 0x25C6 /* ◆ */ && !hyphen)
        return at;
    for (at += len; at < n && s[at] == ' ';)
        at++;
    return at;
}

/* Names, a slash or a space and their institution or office (刘 某 杨某某/
 * 某某大学管理学院, 黄某 某某大学马克思主义学院, 汪某某 某某市人民政府
 * 办公室), as a journal's page sets its authors: no sentence on either
 * side. */
static bool is_names_over_institution(const unsigned char *s, size_t n, const struct features *f)
{
    if (f->commas > f->enumeration_commas || f->stops > 0)
        return false;
    const unsigned char *slash = memchr(s, '/', n);
    if (slash) {
        size_t at = (size_t)(slash - s);
        return at > 0 && zp_is_names_row(s, at) && names_institution(slash + 1, n - at - 1);
    }
    /* the institution after the last space, in Han characters alone */
    size_t space = n;
    while (space > 0 && s[space - 1] != ' ')
        space--;
    if (space == 0 || space == n)
        return false;
    for (size_t at = space; at < n; at += 3)
        if (s[at] < 0xE4 || s[at] > 0xE9)
            return false;
    size_t names = space;
    while (names > 0 && s[names - 1] == ' ')
        names--;
    return names > 0 && zp_is_names_row(s, names) &&
           (names_institution(s + space, n - space) || line_ends_as_organisation(s + space, n - space));
}

/* An institution of research or teaching, two spaces or more and its
 * writer's name, a note in brackets after it or not (某某公益组织研究与评估
 * 中心  伍某某(项目主管)), as a paper's page sets its author under the
 * title; a community's office and a name are a roster's line or a
 * credit, which other rules judge. */
static bool is_institution_over_name(const unsigned char *s, size_t n)
{
    const unsigned char *gap = memmem(s, n, "  ", 2);
    if (!gap || gap == s)
        return false;
    size_t org = (size_t)(gap - s);
    for (size_t at = 0; at < org; at += 3)
        if (s[at] < 0xE4 || s[at] > 0xE9)
            return false;
    if (!names_institution(s, org))
        return false;
    size_t name = org;
    while (name < n && s[name] == ' ')
        name++;
    size_t end = line_closing_note_at(s, n);
    return end > name && is_name(s + name, end - name);
}

size_t line_office_names_at(const unsigned char *s, size_t n)
{
    enum { OFFICE_HAN_MIN = 4, OFFICE_HAN_MAX = 16 };
    size_t office = 0;
    while (office + 3 <= n && s[office] >= 0xE4 && s[office] <= 0xE9)
        office += 3;
    if (office < 3 * OFFICE_HAN_MIN || office > 3 * OFFICE_HAN_MAX || office == n || s[office] != ' ' ||
        !(line_ends_as_organisation(s, office) || zp_ends_with(s, office, "会")))
        return 0;
    size_t names = office;
    while (names < n && s[names] == ' ')
        names++;
    return names < n && memchr(s + names, ' ', n - names) != NULL && zp_is_names_row(s + names, n - names) ? names
                                                                                                           : 0;
}

bool line_is_author(const struct line *l)
{
    size_t mark = line_byline_mark_len(l->text, l->len);
    const unsigned char *s = l->text + mark;
    size_t n = l->len - mark;
    while (n > 0 && s[n - 1] == ' ')
        n--;
    if (l->f.end == END_SENTENCE || l->f.chars > AUTHOR_LINE_MAX)
        return false;
    if (is_names_over_institution(s, n, &l->f))
        return true;
    if (!memchr(s, ' ', n))
        return false;
    if (is_institution_over_name(s, n) || line_office_names_at(s, n) > 0)
        return true;
    /* a position, spaces, a name or a few (某某日报记者 张某 李某) */
    const unsigned char *before = s + n;
    while (before > s) {
        const unsigned char *last_space = before;
        while (last_space > s && last_space[-1] != ' ')
            last_space--;
        /* a surname and a given name of one character spaced apart (詹 毅) */
        if (before - last_space == 3 && last_space - s >= 5 && last_space[-1] == ' ' && last_space[-5] == ' ' &&
            zp_opens_with_surname(last_space - 4, 3))
            last_space -= 4;
        if (last_space == s || !is_name(last_space, (size_t)(before - last_space)))
            break;
        before = last_space;
        while (before > s && before[-1] == ' ')
            before--;
        if (keywords_end(s, (size_t)(before - s), KW_POSITION) != KW_NONE)
            return true;
    }
    /* a name, spaces, an office ending in a position, perhaps with a note
     * in brackets after it (…教授(通讯作者)) */
    const unsigned char *space = memchr(s, ' ', n);
    size_t name_len = (size_t)(space - s), office = n;
    bool name;
    if (name_len == 3) {
        /* a surname and a given name spaced apart, by a space or more (张 翼,
         * 伍   磊) */
        const unsigned char *given = space;
        while (given < s + n && *given == ' ')
            given++;
        const unsigned char *end = memchr(given, ' ', (size_t)(s + n - given));
        size_t given_len = end ? (size_t)(end - given) : 0;
        name = (given_len == 3 || given_len == 6) && given[0] >= 0xE4 && given[0] <= 0xE9 &&
               (given_len == 3 || (given[3] >= 0xE4 && given[3] <= 0xE9)) && zp_opens_with_surname(s, 3);
    } else {
        name = is_name(s, name_len);
    }
    if (name)
        office = line_closing_note_at(s, n);
    return name && keywords_end(s, office, KW_POSITION) != KW_NONE;
}

/* Whether l is Han characters alone, least to most of them, set in by
 * spaces or not, a list's bullet before them or not (  • 某某网, as a
 * page's head lists its outlet and date): its text without the spaces
 * and the bullet in *s and *n. */
static bool is_han_word_line(const struct line *l, size_t least, size_t most, const unsigned char **s, size_t *n)
{
    size_t indent = line_indent_len(l->text, l->len), end = l->len, han;
    indent += bullet_len(l->text + indent, l->len - indent);
    while (end > indent && l->text[end - 1] == ' ')
        end--;
    *s = l->text + indent;
    *n = end - indent;
    return opening_han(*s, *n, most, &han) == *n && han >= least && han <= most;
}

enum { OUTLET_HAN_MIN = 2, OUTLET_HAN_MAX = 12 };

bool line_is_outlet_name(const struct line *l)
{
    const unsigned char *s;
    size_t n;
    return is_han_word_line(l, OUTLET_HAN_MIN, OUTLET_HAN_MAX, &s, &n) && ends_as_outlet_name(s, n);
}

bool line_names_outlet(const unsigned char *s, size_t n)
{
    size_t han;
    return opening_han(s, n, OUTLET_HAN_MAX, &han) == n && han >= OUTLET_HAN_MIN && ends_as_outlet_name(s, n);
}

size_t line_journal_name_len(const unsigned char *s, size_t n)
{
    enum { JOURNAL_HAN_MIN = 4, JOURNAL_HAN_MAX = 16 };
    size_t end = n, han;
    /* the last byte of 报, 報, ) or ）, before any other look */
    if (n < 3 * JOURNAL_HAN_MIN || (s[n - 1] != 0xA5 && s[n - 1] != 0xB1 && s[n - 1] != ')' && s[n - 1] != 0x89))
        return 0;
    if (zp_ends_with(s, n, "版)") || zp_ends_with(s, n, "版\xEF\xBC\x89")) { /* 版） */
        while (end > 0 && s[end - 1] != '(' && !(end >= 3 && memcmp(s + end - 3, "\xEF\xBC\x88", 3) == 0))
            end--;
        if (end == 0)
            return 0;
        end -= s[end - 1] == '(' ? 1 : 3;
    }
    return opening_han(s, end, JOURNAL_HAN_MAX, &han) == end && han >= JOURNAL_HAN_MIN &&
                   (zp_ends_with(s, end, "学报") || zp_ends_with(s, end, "學報"))
               ? end
               : 0;
}

bool line_is_body_name(const struct line *l)
{
    enum { BODY_HAN_MIN = 4, BODY_HAN_MAX = 16 };
    static const char *const ends[] = {"局", "委员会", "委員會", "办公室", "辦公室", "政府", "办事处", "辦事處", "党委", "黨委", "厅", "廳"};
    const unsigned char *s;
    size_t n;
    if (!is_han_word_line(l, BODY_HAN_MIN, BODY_HAN_MAX, &s, &n))
        return false;
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++)
        if (zp_ends_with(s, n, ends[i]))
            return true;
    return false;
}

bool line_is_office_credit(const struct line *l)
{
    /* an office's name runs to 16 characters (某某街道某某社区居民委员会) */
    enum { OFFICE_HAN_MIN = 3, OFFICE_HAN_MAX = 16 };
    if (l->f.end != END_NONE || l->f.chars > AUTHOR_LINE_MAX || !(l->f.seen & SEEN_SPACE))
        return false;
    size_t indent = line_indent_len(l->text, l->len);
    const unsigned char *s = l->text + indent;
    size_t n = l->len - indent, at = named_organisation_len(s, n, OFFICE_HAN_MIN, OFFICE_HAN_MAX);
    return at > 0 && zp_is_names_row(s + at, n - at);
}

/* An institution and, after a comma, its city (某某大学某某学院,成都): an
 * affiliation set without its brackets or postcode. */
static bool ends_in_institution_city(const unsigned char *s, size_t n, const struct features *f)
{
    enum { AFFILIATION_CHARS_MAX = 40, CITY_BYTES_MIN = 6, CITY_BYTES_MAX = 9 };
    if (f->chars > AFFILIATION_CHARS_MAX || f->commas != 1 || f->stops > 0)
        return false;
    /* the comma stands two or three Han characters from the end */
    size_t comma = n;
    while (comma > 0 && n - comma <= CITY_BYTES_MAX && s[comma - 1] != ',' &&
           !(comma >= 3 && memcmp(s + comma - 3, "\xEF\xBC\x8C", 3) == 0))
        comma--;
    size_t city = n - comma;
    if (comma == 0 || city < CITY_BYTES_MIN || city > CITY_BYTES_MAX)
        return false;
    for (size_t at = comma; at < n; at += 3)
        if (s[at] < 0xE4 || s[at] > 0xE9)
            return false;
    return names_institution(s, comma);
}

/* Institutions and their departments between commas, Han characters
 * alone (某某大学某某研究院,社会与人口学院), as a paper's head sets its
 * affiliation without brackets or postcode. */
static bool is_institutions_row(const unsigned char *s, size_t n, const struct features *f)
{
    enum { ROW_CHARS_MAX = 40 };
    if (f->chars > ROW_CHARS_MAX || f->commas == 0 || f->enumeration_commas > 0 || f->stops > 0 ||
        f->han + f->commas != f->chars)
        return false;
    for (size_t from = 0, at = 0; at <= n; at++) {
        bool comma = at + 3 <= n && memcmp(s + at, "\xEF\xBC\x8C", 3) == 0; /* ， */
        if (at < n && s[at] != ',' && !comma)
            continue;
        if (!names_institution(s + from, at - from) && !zp_ends_with(s + from, at - from, "院") &&
            !zp_ends_with(s + from, at - from, "所"))
            return false;
        from = at + (comma ? 3 : 1);
        at = from - 1;
    }
    return true;
}

bool line_is_affiliation(const struct line *l)
{
    const unsigned char *s = l->text;
    size_t n = l->len;
    size_t indent = line_indent_len(s, n);
    if (l->f.commas == 1 && ends_in_institution_city(s + indent, n - indent, &l->f))
        return true;
    if (!is_parenthesised(s, n) || l->f.end == END_SENTENCE)
        return false;
    size_t digits = 0;
    for (size_t i = 0; i < n; i++) {
        digits = s[i] >= '0' && s[i] <= '9' ? digits + 1 : 0;
        if (digits == POSTCODE_DIGITS && !(i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9'))
            return true;
    }
    return names_institution(s, n);
}

bool line_is_spaced_numbered_heading(const struct line *l)
{
    enum { HEADING_BYTES_MAX = 3 * 8 };
    unsigned char word[HEADING_BYTES_MAX];
    size_t n = 0;
    for (size_t at = 0; at < l->len; at++)
        if (l->text[at] != ' ') {
            if (n == HEADING_BYTES_MAX)
                return false;
            word[n++] = l->text[at];
        }
    size_t numeral = 0, len;
    uint32_t cp;
    while (numeral < n && (len = zp_utf8_char(word + numeral, n - numeral, &cp), is_small_numeral(cp)))
        numeral += len;
    return numeral > 0 && numeral < n && zp_is_heading_word(word + numeral, n - numeral);
}

bool line_is_institutions_row(const struct line *l)
{
    size_t indent = line_indent_len(l->text, l->len);
    return l->f.commas > 0 && l->f.stops == 0 && is_institutions_row(l->text + indent, l->len - indent, &l->f);
}

bool line_is_numbered_affiliation(const struct line *l)
{
    /* an institution, its department and city run to 80 characters */
    enum { AFFILIATION_MAX = 80 };
    const unsigned char *s = l->text;
    size_t n = l->len;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ';' || s[n - 1] == ','))
        n--;
    if (n >= 3 && (zp_ends_with(s, n, "\xEF\xBC\x9B") || zp_ends_with(s, n, "\xEF\xBC\x8C"))) /* ； ， */
        n -= 3;
    if (l->f.chars > AFFILIATION_MAX)
        return false;
    size_t digits = 0;
    while (digits < n && zp_is_ascii_digit(s[n - 1 - digits]))
        digits++;
    /* or the postcode first, after the number, as medical journals set it
     * (1. 200336 某某市疾病预防控制中心;) */
    size_t at = 0, lead = 0;
    while (at < n && zp_is_ascii_digit(s[at]))
        at++;
    if (at > 0 && at <= 2 && at < n && s[at] == '.') {
        at++;
        while (at < n && s[at] == ' ')
            at++;
        while (at + lead < n && zp_is_ascii_digit(s[at + lead]))
            lead++;
    }
    if (lead == POSTCODE_DIGITS && at + lead < n && (s[at + lead] == ' ' || s[at + lead] >= 0x80)) {
        s += at + lead;
        n -= at + lead;
    } else if (!(digits == POSTCODE_DIGITS && n > digits && !zp_is_ascii_digit(s[n - digits - 1]))) {
        return false;
    }
    /* with its postcode, a centre is an institution too (某某协同创新中心,
     * 福州 350002), which a credit's office in brackets is not (（某某县疾控
     * 中心 某某）), and so is an office before the city's comma (3. 某某委员会
     * 基层卫生处, 某市 100044) */
    if (names_institution(s, n) || memmem(s, n, "中心", 6) != NULL)
        return true;
    const unsigned char *comma = memchr(s, ',', n), *wide = memmem(s, n, "\xEF\xBC\x8C", 3); /* ， */
    if (!comma || (wide && wide < comma))
        comma = wide;
    return comma && line_ends_as_organisation(s, (size_t)(comma - s));
}

/* Opens with a number and a space (一 概述, 1 引言), a bullet (- , • ) or
 * the number of a piece a content farm strings together (篇一：, 篇2 ):
 * a list item or a numbered heading, which zp_enumerator leaves alone. */
static bool opens_loosely_enumerated(const unsigned char *s, size_t n)
{
    uint32_t first;
    size_t len = zp_utf8_char(s, n, &first);
    if (first == '-' || first == 0x2022 /* • */ || first == 0x00B7 /* · */)
        return true;
    if (first == 0x7BC7 /* 篇 */) {
        size_t at = len, numerals = 0;
        uint32_t cp = 0;
        for (size_t k; at < n && numerals < 3; at += k, numerals++) {
            k = zp_utf8_char(s + at, n - at, &cp);
            if (!is_small_numeral(cp) && !(cp >= '0' && cp <= '9'))
                break;
        }
        zp_char_at(s, n, at, &cp);
        return numerals > 0 && (at == n || cp == ' ' || cp == ':' || cp == 0xFF1A || cp == 0x3001);
    }
    bool numeral = is_small_numeral(first) || (first >= '0' && first <= '9');
    return numeral && len < n && s[len] == ' ';
}

/* Ends with the number of a piece a content farm strings together after
 * its title (…工作总结 篇1, …方案篇二, …（篇3）): the piece's heading,
 * under the page's title. */
static bool ends_with_piece_number(const unsigned char *s, size_t n)
{
    /* 篇 (E7 AF 87) among the last bytes: three numerals and a bracket
     * after it at most */
    enum { PIECE_TAIL_BYTES = 3 * 5 };
    /* first by the last byte: a digit, ) or ）, or a numeral's (一 二 三
     * 四 五 六 七 八 九 十 end in 80 8C 89 9B 94 AD 83 AB 9D 81) */
    if (n == 0)
        return false;
    switch (s[n - 1]) {
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': case ')':
    case 0x80: case 0x8C: case 0x89: case 0x9B: case 0x94: case 0xAD: case 0x83: case 0xAB: case 0x9D: case 0x81:
        break;
    default:
        return false;
    }
    size_t at = n > PIECE_TAIL_BYTES ? n - PIECE_TAIL_BYTES : 0;
    while (at + 3 <= n && !(s[at] == 0xE7 && s[at + 1] == 0xAF && s[at + 2] == 0x87))
        at++;
    if (at + 3 > n)
        return false;
    uint32_t cp = 0;
    size_t len = n > 0 ? zp_utf8_last(s, n, &cp) : 0;
    if (cp == ')' || cp == 0xFF09) { /* （篇3） */
        n -= len;
        len = n > 0 ? zp_utf8_last(s, n, &cp) : 0;
    }
    size_t numerals = 0;
    for (; n > 0 && numerals < 3 && (is_small_numeral(cp) || (cp >= '0' && cp <= '9')); numerals++) {
        n -= len;
        len = n > 0 ? zp_utf8_last(s, n, &cp) : 0;
    }
    return numerals > 0 && n > 0 && cp == 0x7BC7; /* 篇 */
}

bool line_ends_as_organisation(const unsigned char *s, size_t n)
{
    /* by the last character's bytes, then the word's: a title's look asks
     * it of every part of a line set apart by spaces, --meta of every
     * name of three characters */
    if (n < 3 || s[n - 3] < LEAD_FIRST || s[n - 3] > LEAD_LAST || !ends_organisation_at(s + n - 3))
        return false;
    for (size_t i = 0; i < sizeof organisation_ends / sizeof organisation_ends[0]; i++) {
        size_t k = organisation_ends[i].n;
        if (n >= k && s[n - 1] == (unsigned char)organisation_ends[i].s[k - 1] &&
            memcmp(s + n - k, organisation_ends[i].s, k) == 0)
            return true;
    }
    return false;
}

bool line_is_numbered(const struct line *l)
{
    size_t indent = line_indent_len(l->text, l->len);
    return l->f.enumerator != ZP_ENUM_NONE || opens_loosely_enumerated(l->text + indent, l->len - indent) ||
           ends_with_piece_number(l->text, l->len);
}

bool line_ends_in_stop(const struct line *l) { return ends_in_stop(l->text, l->len, &l->f); }

enum line_field line_field(const struct line *l, size_t *label_end)
{
    /* by bytes: a Han character of the label is three, E4 to E9 first */
    const unsigned char *s = l->text;
    size_t n = l->len, at = 0, han = 0;
    if (l->f.chars > SHORT_MAX || l->f.enumerator != ZP_ENUM_NONE || l->f.bracketed)
        return FIELD_NONE;
    while (at < n && s[at] == ' ')
        at++;
    at += bullet_len(s + at, n - at);
    at += opening_han(s + at, n - at, FIELD_LABEL_HAN_MAX, &han);
    if (label_end)
        *label_end = at;
    while (at < n && s[at] == ' ')
        at++;
    if (han == 0 || han > FIELD_LABEL_HAN_MAX)
        return FIELD_NONE;
    if (at < n && s[at] == ':')
        at++;
    else if (at + 3 <= n && s[at] == 0xEF && s[at + 1] == 0xBC && s[at + 2] == 0x9A) /* ： */
        at += 3;
    else
        return FIELD_NONE;
    while (at < n && s[at] == ' ')
        at++;
    return at == n ? FIELD_EMPTY : FIELD_VALUED;
}

size_t line_before_last_marks(const struct line *l)
{
    size_t n = l->len;
    while (n > 0) {
        uint32_t cp;
        size_t len = zp_utf8_last(l->text, n, &cp);
        if (!(zp_is_sentence_end(cp) || zp_is_closing(cp) || cp == ' '))
            break;
        n -= len;
    }
    return n;
}

/* Wholly in 【】 〔〕 [] ［］ 〖〗: a tag or a column's name. */
static bool is_bracketed_tag(const unsigned char *s, size_t n)
{
    uint32_t first, last;
    zp_utf8_char(s, n, &first);
    zp_utf8_last(s, n, &last);
    return (first == 0x3010 && last == 0x3011) || (first == 0x3014 && last == 0x3015) ||
           (first == '[' && last == ']') || (first == 0xFF3B && last == 0xFF3D) ||
           (first == 0x3016 && last == 0x3017);
}

/* Opens with a dateline (新华社南昌11月18日电, 本报3月20日讯): the lead's
 * first words, though a page may set its title after them (…电 题：某某). */
static bool opens_with_dateline(const unsigned char *s, size_t n)
{
    enum { DATELINE_BYTES = 3 * 24 };
    static const char *const ends[] = {"\xE6\x97\xA5\xE7\x94\xB5",  /* 日电 */
                                       "\xE6\x97\xA5\xE8\xAE\xAF",  /* 日讯 */
                                       "\xE6\x97\xA5\xE9\x9B\xBB",  /* 日電 */
                                       "\xE6\x97\xA5\xE8\xA8\x8A"}; /* 日訊 */
    size_t end = n < DATELINE_BYTES ? n : DATELINE_BYTES;
    /* each end opens with 日, its lead byte found by memchr: a byte by
     * byte look cost a tenth of a title's checks */
    for (const unsigned char *p = s; end >= 6 && (p = memchr(p, 0xE6, end - 5 - (size_t)(p - s))) != NULL; p++) {
        size_t at = (size_t)(p - s);
        if (p[1] != 0x97 || p[2] != 0xA5) /* 日 */
            continue;
        for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++)
            if (memcmp(s + at, ends[k], 6) == 0)
                /* a month before the day: 11月18日电 */
                for (size_t back = at; back-- > 0 && at - back <= 9;)
                    if (back + 3 <= at && memcmp(s + back, "\xE6\x9C\x88", 3) == 0) /* 月 */
                        return true;
    }
    return false;
}

size_t line_wire_title(const unsigned char *s, size_t n)
{
    /* 题 and its colon first, which few lines have, then the dateline */
    enum { TITLE_MARK_BYTES = 3 * 30 };
    size_t end = n < TITLE_MARK_BYTES ? n : TITLE_MARK_BYTES;
    for (const unsigned char *p = s; (p = memchr(p, 0xE9, end - (size_t)(p - s))) != NULL; p++) {
        size_t at = (size_t)(p - s);
        if (at + 4 > end || p[1] != 0xA2 || p[2] != 0x98) /* 题 */
            continue;
        size_t colon = s[at + 3] == ':' ? 1 : at + 6 <= n && memcmp(s + at + 3, "\xEF\xBC\x9A", 3) == 0 ? 3 : 0;
        if (colon == 0)
            continue;
        if (!opens_with_dateline(s, n))
            return 0;
        size_t title = at + 3 + colon;
        while (title < n && s[title] == ' ')
            title++;
        return title < n ? title : 0;
    }
    return 0;
}

/* The stops of the one call inside s, a ！ or a ？ or a run of them (？！),
 * or of a few short questions one after another (某某:为谁建?缺什么?
 * 建什么?), where no other stop stands: a headline that calls out before its
 * words (打造党群服务综合体！某某中心启用, 有多容易被诈骗?!——基于…) is no
 * sentence.  0 when s holds no such call. */
static uint32_t exclaims_inside(const unsigned char *s, size_t n)
{
    /* a question of a headline's run is a word or two */
    enum { CALLS_MAX = 3, CALL_CHARS_MAX = 6 };
    size_t calls = 0, marks = 0, since = 0;
    bool in_call = false, short_calls = true;
    for (size_t at = 0, len; at < n; at += len) {
        uint32_t cp;
        len = zp_utf8_char(s + at, n - at, &cp);
        if (at + len == n)
            break;
        bool call = cp == 0xFF01 || cp == 0xFF1F || cp == '!' || cp == '?';
        if (call) {
            if (!in_call) {
                short_calls &= calls == 0 || since <= CALL_CHARS_MAX;
                calls++;
            }
            marks++;
            since = 0;
        } else if (cp == 0x3002 || cp == 0xFF1B || cp == ';') {
            return 0;
        } else {
            since++;
        }
        in_call = call;
    }
    return calls == 1 || (calls <= CALLS_MAX && short_calls && since <= CALL_CHARS_MAX) ? (uint32_t)marks : 0;
}

/* Offices' names set apart by spaces, each ending as one (中共某某市委办公室
 * 某某市人民政府办公室): the issuers over a document's title. */
static bool is_issuers_row(const struct line *l)
{
    size_t parts = 0;
    for (size_t at = line_indent_len(l->text, l->len), end; at < l->len; at = end) {
        for (end = at; end < l->len && l->text[end] != ' '; end++)
            ;
        if (!line_ends_as_organisation(l->text + at, end - at))
            return false;
        parts++;
        while (end < l->len && l->text[end] == ' ')
            end++;
    }
    return parts >= 2;
}

/* A field whose Han characters are all its label's, a code or a number
 * after its colon (身份证号码:1302041981****XXXX, 联系电话:0745-…): no
 * title. */
static bool is_label_of_code(const unsigned char *s, size_t n)
{
    /* a label has six Han characters at most */
    enum { LABEL_BYTES_MAX = 3 * 6 };
    size_t colon = 0;
    while (colon < n && colon <= LABEL_BYTES_MAX && s[colon] != ':' &&
           !(colon + 3 <= n && memcmp(s + colon, "\xEF\xBC\x9A", 3) == 0))
        colon++;
    if (colon == n || colon > LABEL_BYTES_MAX)
        return false;
    for (size_t at = colon + 1; at < n; at++)
        if (s[at] >= 0xE4 && s[at] <= 0xE9)
            return false;
    return true;
}

/* A telephone's number has ten digits or more, a date's eight. */
enum { NUMBER_DIGITS_MIN = 10 };

/* A telephone's number (400-808-1701, 0745-1234567, 13912345678): ten
 * digits or more in one run of digits and dashes, a dash among them, or a
 * mobile's eleven digits alone that open with 1. */
static bool holds_phone_number(const unsigned char *s, size_t n)
{
    enum { MOBILE_DIGITS = 11 };
    size_t digits = 0, dashes = 0;
    unsigned char first = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && zp_is_ascii_digit(s[i])) {
            first = digits == 0 ? s[i] : first;
            digits++;
            continue;
        }
        if (i + 1 < n && s[i] == '-' && digits > 0 && zp_is_ascii_digit(s[i + 1])) {
            dashes++;
            continue;
        }
        if (digits >= NUMBER_DIGITS_MIN && (dashes > 0 || (digits == MOBILE_DIGITS && first == '1')))
            return true;
        digits = dashes = 0;
    }
    return false;
}

bool line_may_be_title(const struct line *l)
{
    const struct features *f = &l->f;
    if (l->cls == CLASS_BAD || l->cls == CLASS_BLANK || f->han < TITLE_HAN_MIN || f->chars > SHORT_MAX)
        return false;
    /* a tag names a column in a word or two; a title in brackets runs to
     * two phrases (【党建引领凝心聚力，红色物业温暖民心】) */
    if (f->bracketed && ((is_bracketed_tag(l->text, l->len) && f->commas == 0) ||
                         opens_with_bracketed_field(l->text, l->len) || opens_with_records_label(l->text, l->len)))
        return false;
    /* a title has one comma at most (、 between its terms aside): more, and
     * the line is prose */
    if (f->end == END_OPEN || f->end == END_MARKUP || f->commas - f->enumeration_commas > 1)
        return false;
    /* it may ask or exclaim at its end, in quotation marks or not
     * (“这样的社区，越多越好！”), and stops nowhere else */
    uint32_t last = 0;
    size_t n = l->len, len = zp_utf8_last(l->text, n, &last);
    while (n > len && zp_is_closing_quote(last)) {
        n -= len;
        len = zp_utf8_last(l->text, n, &last);
    }
    bool asks = last == 0xFF1F || last == 0xFF01 || last == '?' || last == '!';
    /* the walk for a call inside, a tenth of the title's checks on the
     * fixture pages, only where a stop is left over to be one */
    if ((f->end == END_SENTENCE && !asks) ||
        (f->stops > (uint32_t)asks && f->stops > (uint32_t)asks + exclaims_inside(l->text, n)))
        return false;
    /* a list's item, indented or not (  • 某某); a reporter's word that
     * opens a headline (记者走进这个服务站，…！), which words of a clause
     * tell from a byline's names, opens no byline */
    size_t indent = line_indent_len(l->text, l->len);
    struct features words = *f;
    bool reporters_headline = f->start == KW_BYLINE && line_function_chars(&words, l->text, l->len) > 0;
    if (f->enumerator != ZP_ENUM_NONE || f->label != ZP_LABEL_NONE || (f->start != KW_NONE && !reporters_headline) ||
        opens_loosely_enumerated(l->text + indent, l->len - indent) || ends_with_piece_number(l->text, l->len))
        return false;
    if (f->chars <= SITE_NAME_MAX &&
        (keywords_end(l->text, l->len, KW_SITE) != KW_NONE || line_journal_name_len(l->text, l->len) > 0))
        return false;
    /* an author's line has a space: the features tell, before the look
     * that reads the line; an institution and its postcode end in digits
     * (某某大学 某某学院,江苏 南京 210095) */
    if (((f->seen & SEEN_SPACE) && (line_is_author(l) || is_issuers_row(l))) || opens_with_dateline(l->text, l->len) ||
        line_is_author_note(l) || (zp_is_ascii_digit(l->text[l->len - 1]) && line_is_numbered_affiliation(l)))
        return false;
    /* nor does a service's line, its telephone in it (…咨询:400-808-1701),
     * looked for where ten characters are neither Han nor letters */
    if (f->chars - f->han - f->latin >= NUMBER_DIGITS_MIN && holds_phone_number(l->text, l->len))
        return false;
    return !line_is_names_row(l) && zp_date_stamp(l->text, l->len) == 0 && !is_label_of_code(l->text, l->len);
}

/* Where what follows a contact's label that opens s starts, 0 when none
 * opens it. */
static size_t after_contact_label(const unsigned char *s, size_t n)
{
    static const char *const labels[] = {"联系人", "聯繫人", "联 系 人", "联系电话", "聯繫電話", "联系方式", "聯繫方式",
                                         "咨询电话", "諮詢電話", "监督电话", "監督電話", "举报电话", "舉報電話",
                                         "邮政编码", "郵政編碼", "联系地址", "聯繫地址", "通讯地址", "通訊地址",
                                         "邮寄地址", "郵寄地址"};
    return after_opening_word(s, n, labels, sizeof labels / sizeof labels[0]);
}

bool line_opens_with_contact(const unsigned char *s, size_t n)
{
    size_t at = after_contact_label(s, n);
    return at > 0 && ((at < n && s[at] == ':') || zp_starts_with(s, n, at, "\xEF\xBC\x9A"));
}

bool line_is_contact_label(const unsigned char *s, size_t n) { return n > 0 && after_contact_label(s, n) == n; }

bool line_ends_in_phone(const unsigned char *s, size_t n)
{
    /* a number's characters after the colon: digits, dashes, brackets,
     * spaces and the marks between numbers (0898-88956837;88260019) */
    size_t at = n;
    uint32_t cp = 0;
    size_t digits = 0;
    while (at > 0) {
        size_t len = zp_char_before(s, at, &cp);
        if (cp == ':' || cp == 0xFF1A)
            break;
        if (!(zp_is_ascii_digit(cp) || cp == '-' || cp == 0x2014 /* — */ || cp == 0x2013 || cp == ' ' ||
              cp == ';' || cp == 0xFF1B || cp == 0x3001 /* 、 */ || cp == ',' || cp == 0xFF0C || cp == '(' ||
              cp == ')' || cp == 0xFF08 || cp == 0xFF09))
            return false;
        digits += zp_is_ascii_digit(cp);
        at -= len;
    }
    enum { PHONE_DIGITS_MIN = 5 };
    if (at == 0 || digits < PHONE_DIGITS_MIN)
        return false;
    at -= cp == ':' ? 1 : 3;
    while (at > 0 && s[at - 1] == ' ')
        at--;
    static const char *const labels[] = {"电话", "電話", "热线", "熱線", "手机", "手機", "传真", "傳真"};
    size_t i = 0;
    while (i < sizeof labels / sizeof labels[0] && !zp_ends_with(s, at, labels[i]))
        i++;
    if (i == sizeof labels / sizeof labels[0])
        return false;
    /* the label is a name's words, no clause of a sentence before it */
    for (size_t k = 0, len; k < at; k += len) {
        len = zp_utf8_char(s + k, at - k, &cp);
        if (zp_is_stop(cp, ZP_STOP_PHRASE))
            return false;
    }
    return true;
}

bool line_gives_contact(const unsigned char *s, size_t n)
{
    if (line_opens_with_contact(s, n))
        return true;
    /* an office's name and a space before the label (某某镇党政办公室 联系
     * 电话:…) */
    enum { OFFICE_HAN_MIN = 2, OFFICE_HAN_MAX = 16 };
    size_t at = named_organisation_len(s, n, OFFICE_HAN_MIN, OFFICE_HAN_MAX);
    if (at > 0)
        return line_opens_with_contact(s + at, n - at);
    /* or glued to it (某某局某某科联系人:某某), a whom-to-ask label
     * being one of 联系 or 聯繫 */
    size_t han, office = opening_han(s, n, OFFICE_HAN_MAX, &han);
    /* 联 and 聯 share their first two bytes, the Han characters before
     * them three each; a bureau's section (某某局某某科) asks too, though
     * a person's name may end in 科 where no label follows */
    for (at = 3 * OFFICE_HAN_MIN; at + 6 <= office; at += 3)
        if (s[at] == 0xE8 && s[at + 1] == 0x81 && (s[at + 2] == 0x94 || s[at + 2] == 0xAF))
            return (line_ends_as_organisation(s, at) || memcmp(s + at - 3, "科", 3) == 0) &&
                   line_opens_with_contact(s + at, n - at);
    return false;
}

size_t line_bullet_len(const struct line *l)
{
    size_t indent = line_indent_len(l->text, l->len), bullet = bullet_len(l->text + indent, l->len - indent);
    return bullet > 0 ? indent + bullet : 0;
}

bool line_opens_with_bullet(const struct line *l) { return line_bullet_len(l) > 0; }

bool line_is_page_data(const struct line *l)
{
    /* a site's address (中国某某网:http://www…) is no title's */
    enum { ADDRESS_LETTERS_MIN = 4 };
    return (l->f.latin >= ADDRESS_LETTERS_MIN &&
            (memmem(l->text, l->len, "http", 4) != NULL || memmem(l->text, l->len, "www.", 4) != NULL)) ||
           holds_date_and_time(l->text, l->len);
}

bool line_is_names_row(const struct line *l)
{
    /* two names or more are set apart (zp_is_names_row) by a mark that is
     * not the line's last, and a name has NAME_HAN_MAX Han characters at
     * most: a line of more with no such mark is none, as its features
     * tell without a look at its characters */
    const struct features *f = &l->f;
    bool set_apart = (f->seen & (SEEN_SPACE | SEEN_MIDDLE_DOT)) || f->commas + f->semicolons > 0 ||
                     (f->han > NAME_HAN_MAX && f->chars <= 2 * NAME_HAN_MAX + 1 && memchr(l->text, '+', l->len));
    if (!(set_apart || f->han <= NAME_HAN_MAX))
        return false;
    /* a list's bullet before them, as a journal's page sets each author
     * on a line of its own (  • 某某 ,) */
    size_t mark = line_byline_mark_len(l->text, l->len), n = l->len;
    /* an icon's empty brackets after the last name, cut off open by the
     * scrape (某某1, 某某1( ) */
    if (n > mark && l->text[n - 1] == '(')
        n--;
    else if (n >= mark + 3 && zp_ends_with(l->text, n, "\xEF\xBC\x88")) /* （ */
        n -= 3;
    return zp_is_names_row(l->text + mark, n - mark);
}

/* A note's mark after the last sentence, a space before it or none:
 * 。[15], 。 [1], 。〔3〕, 。①. */
static bool ends_in_note_mark(const unsigned char *s, size_t n)
{
    uint32_t cp;
    size_t len = zp_utf8_last(s, n, &cp);
    if (cp >= 0x2460 && cp <= 0x2473) { /* ① to ⑳ */
        n -= len;
    } else if (cp == ']' || cp == 0x3015 /* 〕 */ || cp == 0xFF3D /* ］ */) {
        n -= len;
        size_t digits = 0;
        while (n > 0 && ((s[n - 1] >= '0' && s[n - 1] <= '9') || s[n - 1] == ',' || s[n - 1] == '-')) {
            n--;
            digits++;
        }
        if (digits == 0 || n == 0)
            return false;
        len = zp_utf8_last(s, n, &cp);
        if (!(cp == '[' || cp == 0x3014 /* 〔 */ || cp == 0xFF3B /* ［ */))
            return false;
        n -= len;
    } else {
        return false;
    }
    while (n > 0 && s[n - 1] == ' ') /* 。 [1] */
        n--;
    return zp_ends_sentence(s, n);
}

/* Ends in ） ) or 》, told by the bytes (EF BC 89, E3 80 8B): it is asked
 * of every piece that may break off. */
static bool ends_in_closing_bracket(const unsigned char *s, size_t n)
{
    return n > 0 && (s[n - 1] == ')' || (n >= 3 && ((s[n - 3] == 0xEF && s[n - 2] == 0xBC && s[n - 1] == 0x89) ||
                                                     (s[n - 3] == 0xE3 && s[n - 2] == 0x80 && s[n - 1] == 0x8B))));
}

/* A document's name (关于开展某某专项行动的实施方案, 市委组织部、市民政局
 * 关于做好某某工作的实施意见): 关于, the offices that issue it before it or
 * none, and a kind of document at its end, a heading over the document,
 * not a piece of a paragraph the scrape broke. */
static bool is_document_name(const unsigned char *s, size_t n)
{
    static const char kinds[][7] = {
        "方案", "通知", "意见", "办法", "规定", "决定", "报告", "细则", "公告", "公示", "请示", "批复", "通报",
        "纪要", "计划", "要点", "章程", "制度", "规则", "规划", "决议", "条例", "指引", "清单", "名单", "标准",
        "守则", "总结", "安排", "辦法", "規定", "決定", "報告", "細則", "請示", "批覆", "通報", "紀要", "計劃",
        "規則", "規劃", "決議", "條例", "清單", "名單", "標準", "總結", "意見"};
    size_t about = zp_find(s, n, "关于");
    if (about + 12 > n)
        return false;
    /* the offices: Han characters, and 、 between them */
    for (size_t at = 0, len; at < about; at += len) {
        uint32_t cp;
        len = zp_utf8_char(s + at, about - at, &cp);
        if (!zp_is_han(cp) && cp != 0x3001)
            return false;
    }
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (memcmp(s + n - 6, kinds[k], 6) == 0)
            return true;
    return false;
}

bool line_is_open(const struct line *l)
{
    const struct features *f = &l->f;
    if (l->cls == CLASS_BAD || f->bracketed || f->label != ZP_LABEL_NONE)
        return false;
    /* an enumerated paragraph, heading and text in one line, goes on where
     * the scrape broke it; an enumerated heading does not, nor does a
     * farm's piece number with its title (篇一：…) */
    bool enumerated_open = f->end == END_NONE && f->chars > LONG_ENUMERATED && f->stops > 0;
    if (f->enumerator != ZP_ENUM_NONE)
        return enumerated_open;
    /* a long line that ends in no mark breaks off when it is Han prose: a
     * row of fields, links or a URL that runs long does not, nor does a
     * paragraph that ends in a note's mark (。[15]) */
    /* a word between dashes (—分享—) is a widget's label, no clause */
    enum { OPEN_CLAUSE_HAN_MIN = 4 };
    /* nor does one that closes a bracket or a document's name it opened
     * (附件：《某某实施方案》（征求意见稿）) */
    bool open = (f->end == END_OPEN && f->han >= OPEN_CLAUSE_HAN_MIN) ||
                (f->end == END_NONE && f->chars > ZP_HEADING_MAX && f->han > f->latin &&
                 (l->cls == CLASS_GOOD || l->cls == CLASS_NEAR_GOOD) && !(f->seen & SEEN_SEPARATOR) &&
                 !ends_in_note_mark(l->text, l->len) && !ends_in_closing_bracket(l->text, l->len));
    /* a loose number is looked for only where it could change the answer */
    if (open && opens_loosely_enumerated(l->text, l->len))
        return enumerated_open;
    /* nor does a field, a word's label and its value with no clause mark
     * (讲述人：某某林场原管护站站长某某) */
    if (open && f->end == END_NONE && f->commas + f->stops == 0 && short_label_len(l->text, l->len) > 0)
        return false;
    /* a wire's title after its dateline (某某社某地12月20日电 题：…) ends
     * where it ends */
    /* nor does a row that ends in a telephone's number (举报电话:0898-…) */
    return open && !(f->end == END_NONE && (line_wire_title(l->text, l->len) > 0 || is_document_name(l->text, l->len) ||
                                            line_is_phone_row(l)));
}

/* Opens with an outlet's dateline without a date: its name and 讯, then a
 * credit or the text (新天水讯(天水日报记者 某某)…, 某某网讯 记者…). */
static bool opens_with_outlet_dateline(const unsigned char *s, size_t n)
{
    /* an outlet's name runs to ten characters (某某区融媒体中心); two of
     * them may be joined by a dot or a dash (某某日报社·某某网讯) */
    enum { OUTLET_HAN_MAX = 10, OUTLETS_MAX = 2 };
    size_t at = 0, part = 0, outlets = 1;
    uint32_t cp = 0;
    while (at < n && part <= OUTLET_HAN_MAX) {
        size_t len = zp_utf8_char(s + at, n - at, &cp);
        at += len;
        if (cp == 0x8BAF || cp == 0x8A0A) /* 讯 訊 */
            break;
        if ((cp == 0x00B7 || cp == '-') && part >= 2 && outlets < OUTLETS_MAX) { /* · */
            outlets++;
            part = 0;
            continue;
        }
        if (!zp_is_han(cp))
            return false;
        part++;
    }
    if ((cp != 0x8BAF && cp != 0x8A0A) || part < 2 || part > OUTLET_HAN_MAX || at >= n)
        return false;
    zp_utf8_char(s + at, n - at, &cp);
    return cp == '(' || cp == 0xFF08 || cp == 0x3010 || cp == ' ' || cp == 0x3000 || cp == ':' || cp == 0xFF1A ||
           zp_starts_with(s, n, at, "记者") || zp_starts_with(s, n, at, "記者") ||
           zp_starts_with(s, n, at, "通讯员") || zp_starts_with(s, n, at, "通訊員");
}

/* Opens as a lead does, with the page's own dateline (本报讯, 本网讯), an
 * outlet's (新天水讯(…记者 某某)) or a dated one (新华社南昌11月18日电),
 * a page's stamp glued before it or not (2017-08-30 15:03某某网讯 …):
 * the first words of a paragraph. */
static bool opens_as_lead(const struct line *l)
{
    static const char *const own[] = {"本报讯", "本網訊", "本网讯", "本報訊", "本台讯", "本臺訊", "本刊讯"};
    size_t indent = line_indent_len(l->text, l->len);
    indent += zp_date_stamp(l->text + indent, l->len - indent);
    const unsigned char *s = l->text + indent;
    size_t n = l->len - indent;
    if (n >= 9 && s[0] == 0xE6 && s[1] == 0x9C && s[2] == 0xAC) /* 本 */
        for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
            if (memcmp(s, own[i], 9) == 0)
                return true;
    return opens_with_dateline(s, n) || opens_with_outlet_dateline(s, n);
}

static bool opens_with_paragraph_indent(const unsigned char *s, size_t n)
{
    return (n >= 2 && s[0] == ' ' && s[1] == ' ') || (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80);
}

bool line_is_salutation(const struct line *l)
{
    /* 各村委会、镇直各单位 runs to 16 characters; a list of the offices
     * addressed, each after 各 or not, to 48 (各督导责任区,各乡镇(街道)中心校,
     * 二级法人学校,委直属单位:) */
    enum { SALUTATION_MAX = 16, ADDRESSEES_MAX = 48 };
    const unsigned char *s = l->text;
    size_t n = l->len;
    if (l->f.chars > ADDRESSEES_MAX || l->f.stops > 0 || n < 7 ||
        !(s[n - 1] == ':' || (s[n - 3] == 0xEF && s[n - 2] == 0xBC && s[n - 1] == 0x9A)))
        return false;
    /* 各 E5 90 84: 各村, 各有关单位 */
    bool to_each = s[0] == 0xE5 && s[1] == 0x90 && s[2] == 0x84;
    if (l->f.chars > SALUTATION_MAX)
        return to_each && l->f.commas > 0;
    size_t end = n - (s[n - 1] == ':' ? 1 : 3);
    static const char *const addressees[] = {"们", "同志", "代表", "委员会", "领导", "們", "領導"};
    for (size_t i = 0; i < sizeof addressees / sizeof addressees[0]; i++)
        if (zp_ends_with(s, end, addressees[i]))
            return true;
    return to_each;
}

/* The digits at s[at], one to most of them: how many, 0 when none. */
static size_t digits_at(const unsigned char *s, size_t n, size_t at, size_t most)
{
    size_t k = 0;
    while (at + k < n && k < most && zp_is_ascii_digit(s[at + k]))
        k++;
    return at + k < n && zp_is_ascii_digit(s[at + k]) ? 0 : k;
}

/* Opens with the day the lead tells of and a comma (2月6日,从…获悉;
 * 2015年2月6日上午,…): a news paragraph's first words, which no line the
 * scrape broke off a sentence begins with. */
static bool opens_with_day(const unsigned char *s, size_t n)
{
    static const char *const parts[] = {"上午", "下午", "晚上", "凌晨", "早上", "中午", "晚"};
    size_t at = digits_at(s, n, 0, 4);
    if (at == 4) { /* the year first */
        size_t month = zp_starts_with(s, n, at, "年") ? digits_at(s, n, at + 3, 2) : 0;
        if (month == 0)
            return false;
        at += 3 + month;
    } else if (at == 0 || at > 2) {
        return false;
    }
    if (!zp_starts_with(s, n, at, "月"))
        return false;
    at += 3;
    size_t day = digits_at(s, n, at, 2);
    if (day == 0 || !zp_starts_with(s, n, at + day, "日"))
        return false;
    at += day + 3;
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        if (zp_starts_with(s, n, at, parts[i])) {
            at += strlen(parts[i]);
            break;
        }
    return zp_starts_with(s, n, at, ",") || zp_starts_with(s, n, at, "，");
}

/* Opens with a lead's words for when, not a day's date, and a comma
 * (近日,从…获悉; 日前,…), as opens_with_day's lines do. */
static bool opens_with_recent_days(const unsigned char *s, size_t n)
{
    static const char *const words[] = {"近日",   "日前",   "近期",     "连日来",  "連日來",
                                         "近年来", "近年來", "今年以来", "今年以來"};
    /* 近 E8 BF 91, 日 E6 97 A5, 连 E8 BF 9E, 連 E9 80 A3, 今 E4 BB 8A */
    if (n < 9 || !(s[0] == 0xE8 || s[0] == 0xE6 || s[0] == 0xE9 || s[0] == 0xE4))
        return false;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        size_t at = strlen(words[i]);
        if (zp_starts_with(s, n, 0, words[i]))
            return zp_starts_with(s, n, at, ",") || zp_starts_with(s, n, at, "，");
    }
    return false;
}

/* Whether l opens with a speaker's label: a name and a colon, after a role
 * or an office and a space or alone (社区居民 姚琴:…, 郭某：…), as a
 * transcript of an interview or a video sets each turn, its words often
 * without their stop: a turn is a paragraph of its own. */
static bool opens_with_speaker(const struct line *l)
{
    enum { SPEAKER_LABEL_BYTES_MAX = 3 * 20, SPEAKER_NAME_CHARS_MAX = 4 };
    size_t indent = line_indent_len(l->text, l->len);
    const unsigned char *s = l->text + indent;
    size_t n = l->len - indent, reach = n < SPEAKER_LABEL_BYTES_MAX ? n : SPEAKER_LABEL_BYTES_MAX;
    size_t ascii = zp_find(s, reach, ":"), wide = zp_find(s, reach, "\xEF\xBC\x9A"); /* ： */
    size_t colon = ascii < wide ? ascii : wide, name = colon;
    if (colon >= reach || colon == 0)
        return false;
    while (name > 0 && s[name - 1] != ' ')
        name--;
    struct features role;
    line_measure(&role, s, name);
    return role.commas + role.stops == 0 && zp_count_chars(s + name, colon - name) <= SPEAKER_NAME_CHARS_MAX &&
           zp_is_names_row(s + name, colon - name);
}

bool line_opens_with_speaker(const struct line *l) { return opens_with_speaker(l); }

/* Whether l may go on with a piece above: see line_may_continue; a line
 * set in by a paragraph's indent opens a paragraph of its own when
 * set_in_opens. */
static bool may_continue(const struct line *l, bool set_in_opens)
{
    const struct features *f = &l->f;
    /* a figure's or a table's note (图1说明：…) opens a paragraph of its
     * own, and so do a list's item after its bullet (• 为民服务:…) and a
     * line set in by a paragraph's indent (two spaces or more, or an
     * ideographic one): the scrape's breaks are not */
    return l->cls != CLASS_BAD && l->cls != CLASS_BLANK && f->enumerator == ZP_ENUM_NONE &&
           f->label == ZP_LABEL_NONE && !f->bracketed && !opens_as_lead(l) &&
           !opens_with_figure_number(l->text, l->len) && !opens_with_day(l->text, l->len) &&
           !opens_with_recent_days(l->text, l->len) &&
           !(set_in_opens && opens_with_paragraph_indent(l->text, l->len)) && !line_opens_with_contact(l->text, l->len) &&
           !line_is_salutation(l) && !opens_with_speaker(l) && bullet_len(l->text, l->len) == 0;
}

bool line_may_continue(const struct line *l) { return may_continue(l, true); }

bool line_opens_as_lead(const struct line *l) { return opens_as_lead(l); }

bool line_continues_at_margin(const struct line *open, const struct line *l)
{
    /* a paragraph's indent is two to four spaces, an ideographic one or
     * two (six bytes); a page's margin is wider */
    enum { MARGIN_MIN = 8 };
    /* a line the margin wraps is full: a signature set far in is no
     * such line */
    enum { WRAPPED_HAN_MIN = 20 };
    size_t margin = line_indent_len(l->text, l->len);
    return margin >= MARGIN_MIN && open->f.han >= WRAPPED_HAN_MIN && line_indent_len(open->text, open->len) >= margin &&
           may_continue(l, false);
}

const char *line_class_name(enum line_class c)
{
    static const char *const names[] = {
        [CLASS_BLANK] = "blank", [CLASS_BAD] = "bad", [CLASS_SHORT] = "short",
        [CLASS_NEAR_GOOD] = "near-good", [CLASS_GOOD] = "good",
    };
    return names[c];
}

size_t line_describe(struct line *l, char *out)
{
    static const char *const ends[] = {
        [END_NONE] = "none", [END_SENTENCE] = "sentence", [END_OPEN] = "open", [END_MARKUP] = "markup",
    };
    struct features *f = &l->f;
    line_function_chars(f, l->text, l->len);
    line_details(f, l->text, l->len);
    int len = snprintf(out, FEATURES_MAX,
                       "class=%s chars=%" PRIu32 " han=%" PRIu32 " function=%" PRIu32
                       " punct=%" PRIu32 " end=%s",
                       line_class_name(l->cls), f->chars, f->han, f->function, f->commas + f->stops,
                       ends[f->end]);
    if (len > 0 && f->separators > 0)
        len += snprintf(out + len, FEATURES_MAX - (size_t)len, " separators=%" PRIu32, f->separators);
    if (len > 0 && f->enumerator != ZP_ENUM_NONE)
        len += snprintf(out + len, FEATURES_MAX - (size_t)len, " enumerated");
    if (len > 0 && f->label != ZP_LABEL_NONE)
        len += snprintf(out + len, FEATURES_MAX - (size_t)len, " label=%s", zp_label_name(f->label));
    if (len > 0 && f->start != KW_NONE)
        len += snprintf(out + len, FEATURES_MAX - (size_t)len, " keyword=%s",
                        keyword_class_name(f->start));
    return len > 0 ? (size_t)len : 0;
}

enum keyword_class line_names_rights(const struct line *l)
{
    bool sentence = l->f.end == END_SENTENCE;
    if (l->f.chars > RIGHTS_CLAUSE_MAX)
        return KW_NONE;
    return keywords_any_of(l->text, l->len,
                           (1u << KW_COPYRIGHT) | (1u << KW_LICENCE) | (sentence ? 0 : 1u << KW_RIGHTS));
}
