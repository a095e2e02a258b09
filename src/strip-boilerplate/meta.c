#include "meta.h"

#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "text.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* ---- reading text */

struct span {
    const unsigned char *s;
    size_t n;
};


/* The character at byte at of v, and in *len its length (0 and 0 at the
 * end; an invalid byte reads as U+FFFD, one byte long).  The readers ask
 * it of most characters they pass, which are ASCII or the three bytes of a
 * Han character or a mark: those are decoded in place, where a call took
 * more than decoding them (--meta on the mkcorpus pages, callgrind: 240.1 M
 * instructions -> 238.8 M). */
__attribute__((always_inline)) static inline uint32_t char_at(struct span v, size_t at, size_t *len)
{
    if (at < v.n) {
        const unsigned char *c = v.s + at;
        if (c[0] < 0x80) {
            *len = 1;
            return c[0];
        }
        if (v.n - at >= 3 && c[0] >= 0xE1 && c[0] <= 0xEF && c[0] != 0xED && (((c[1] ^ 0x80) | (c[2] ^ 0x80)) & 0xC0) == 0) {
            *len = 3;
            return (uint32_t)(c[0] & 0x0F) << 12 | (uint32_t)(c[1] & 0x3F) << 6 | (c[2] & 0x3F);
        }
    }
    uint32_t cp;
    *len = zp_char_at(v.s, v.n, at, &cp);
    return cp;
}

static size_t skip_spaces(const unsigned char *s, size_t n, size_t at)
{
    while (at < n && s[at] == ' ')
        at++;
    return at;
}

static struct span trim(struct span v)
{
    size_t from = skip_spaces(v.s, v.n, 0), to = v.n;
    while (to > from && v.s[to - 1] == ' ')
        to--;
    return (struct span){v.s + from, to - from};
}

static bool starts_with(struct span v, const char *word) { return zp_starts_with(v.s, v.n, 0, word); }

static bool ends_with(struct span v, const char *word) { return zp_ends_with(v.s, v.n, word); }

/* Byte by byte: the words are a few bytes long, and a call to memcmp costs
 * more than comparing them. */
static bool same_bytes(const unsigned char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != (unsigned char)b[i])
            return false;
    return true;
}

/* Where word first stands in v at or after from; v.n when nowhere. */
static size_t find(struct span v, size_t from, const char *word)
{
    return from >= v.n ? v.n : from + zp_find(v.s + from, v.n - from, word);
}

/* Where a character of three bytes, c (a Han character or a mark), first
 * stands in a line's text v, v.n when nowhere: 16 places at once, reading
 * past v as line_measure does, where find looked for its last byte with
 * memchr, a call at every line for the few words every line is asked for
 * (版, 《). */
static size_t find_wide(struct span v, const char *c)
{
#ifdef __SSE2__
    const __m128i first = _mm_set1_epi8(c[0]), second = _mm_set1_epi8(c[1]), third = _mm_set1_epi8(c[2]);
    for (size_t i = 0; i + 2 < v.n; i += 16) {
        __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(v.s + i));
        __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(v.s + i + 1));
        __m128i d = _mm_loadu_si128((const __m128i *)(const void *)(v.s + i + 2));
        unsigned mask = (unsigned)_mm_movemask_epi8(_mm_and_si128(
            _mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, second)), _mm_cmpeq_epi8(d, third)));
        /* the first place, whole in v or not: none after it is */
        if (mask != 0) {
            size_t at = i + (unsigned)__builtin_ctz(mask);
            return at + 3 <= v.n ? at : v.n;
        }
    }
    return v.n;
#else
    return find(v, 0, c);
#endif
}

/* A word of a table, with its length in bytes, so that no lookup measures
 * it again. */
struct word {
    const char *s;
    size_t n;
};
#define WORD(text) {text, sizeof text - 1}

static bool word_at(struct span v, size_t at, struct word w)
{
    return at <= v.n && v.n - at >= w.n && same_bytes(v.s + at, w.s, w.n);
}

static bool word_ends(struct span v, struct word w)
{
    return v.n >= w.n && v.s[v.n - 1] == (unsigned char)w.s[w.n - 1] && same_bytes(v.s + v.n - w.n, w.s, w.n);
}

static bool word_is(struct span v, struct word w) { return v.n == w.n && same_bytes(v.s, w.s, w.n); }

static bool is_colon(uint32_t cp) { return cp == ':' || cp == 0xFF1A; }

static bool is_opening(uint32_t cp)
{
    return cp == '(' || cp == 0xFF08 || cp == '[' || cp == 0x3010 || cp == 0x3014 || cp == 0xFF3B;
}

static bool is_closing(uint32_t cp)
{
    return cp == ')' || cp == 0xFF09 || cp == ']' || cp == 0x3011 || cp == 0x3015 || cp == 0xFF3D;
}

/* An opening quote: a label inside quotes is mentioned, not used. */
static bool is_quote(uint32_t cp)
{
    return cp == 0x201C || cp == 0x2018 || cp == 0x300C || cp == 0x300E || cp == '"' || cp == '\'';
}

/* Marks that open a byline: □ ■ ● ◎ ○ ▲ △ ◆ ★ ☆ ▶ ► · • */
static bool is_bullet(uint32_t cp)
{
    return cp == 0x25A1 || cp == 0x25A0 || cp == 0x25CF || cp == 0x25CE || cp == 0x25CB || cp == 0x25B2 ||
           cp == 0x25B3 || cp == 0x25C6 || cp == 0x2605 || cp == 0x2606 || cp == 0x25B6 || cp == 0x25BA ||
           cp == 0x00B7 || cp == 0x2022;
}

/* v without a list's bullet before it, a dash as one too (- 某某(1987—),女,…,
 * - 某某科学, 2018, …), nor the spaces around it. */
static struct span without_bullet(struct span v)
{
    v = trim(v);
    size_t len;
    if (v.n > 0 && (v.s[0] == '-' || is_bullet(char_at(v, 0, &len))))
        v = trim((struct span){v.s + (v.s[0] == '-' ? 1 : len), v.n - (v.s[0] == '-' ? 1 : len)});
    return v;
}

/* Whether a Han character of U+5000 to U+9FFF, most of them, starts at
 * v[at]: its lead byte E5 to E9 and two continuation bytes after it, told
 * without decoding it. */
static bool common_han_at(struct span v, size_t at)
{
    return v.n - at >= 3 && v.s[at] >= 0xE5 && v.s[at] <= 0xE9 &&
           (((v.s[at + 1] ^ 0x80) | (v.s[at + 2] ^ 0x80)) & 0xC0) == 0;
}

/* Han characters only, and how many. */
static size_t han_only(struct span v)
{
    size_t chars = 0;
    for (size_t at = 0, len; at < v.n; at += len, chars++)
        if (common_han_at(v, at))
            len = 3;
        else if (!zp_is_han(char_at(v, at, &len)))
            return 0;
    return chars;
}

/* Whether v holds at least k Han characters. */
static bool has_han(struct span v, size_t k)
{
    size_t han = 0;
    for (size_t at = 0, len; at < v.n && han < k; at += len)
        if (common_han_at(v, at)) {
            len = 3;
            han++;
        } else {
            han += zp_is_han(char_at(v, at, &len));
        }
    return han >= k;
}

/* ---- sets of Han characters */

/* Characters of the common Han block (U+4E00 to U+9FFF) as bits: those
 * that open (or end) the words of a table, which are tried only where one
 * of them stands.  Built once for every thread, from the tables
 * (build_tables). */
enum { SET_FIRST = 0x4E00, SET_LAST = 0x9FFF };
struct han_set {
    uint64_t bits[(SET_LAST - SET_FIRST) / 64 + 1];
};

static bool set_has(const struct han_set *set, uint32_t cp)
{
    return cp >= SET_FIRST && cp <= SET_LAST && (set->bits[(cp - SET_FIRST) / 64] >> ((cp - SET_FIRST) % 64) & 1);
}

static void set_add_char(struct han_set *set, uint32_t cp)
{
    if (cp >= SET_FIRST && cp <= SET_LAST)
        set->bits[(cp - SET_FIRST) / 64] |= UINT64_C(1) << ((cp - SET_FIRST) % 64);
}

/* Adds the character that opens s. */
static void set_add(struct han_set *set, const char *s)
{
    uint32_t cp;
    if (zp_utf8_decode((const unsigned char *)s, strlen(s), &cp) > 0)
        set_add_char(set, cp);
}

/* The words of a table by one of their characters, the first or the last,
 * for tables whose words are tried where such a character stands: for each
 * character, the run of the indices of its words, in the table's order.  A
 * character finds its run by a hash of it, in more places than any table
 * has characters (linear probing; a place's character 0: empty).  Built
 * once for every thread (build_tables). */
enum { INDEX_BITS = 7, INDEX_PLACES = 1 << INDEX_BITS, INDEX_WORDS = 255 };
struct word_index {
    struct {
        uint32_t cp;
        uint8_t from, to;
    } places[INDEX_PLACES];
    uint8_t order[INDEX_WORDS];
};

static size_t index_place(uint32_t cp) { return (size_t)(cp * UINT32_C(0x9E3779B1) >> (32 - INDEX_BITS)); }

/* The run of x's words whose character is cp, as [*from, *to). */
static void index_find(const struct word_index *x, uint32_t cp, size_t *from, size_t *to)
{
    *from = *to = 0;
    for (size_t at = index_place(cp); cp != 0 && x->places[at].cp != 0; at = (at + 1) % INDEX_PLACES)
        if (x->places[at].cp == cp) {
            *from = x->places[at].from;
            *to = x->places[at].to;
            return;
        }
}

/* Indexes the words of count records of size bytes from table, each
 * opening with its word, by their first character or their last. */
static void index_words(struct word_index *x, const void *table, size_t count, size_t size, bool last)
{
    uint32_t key[INDEX_WORDS];
    size_t next = 0;
    for (size_t k = 0; k < count; k++) {
        const struct word *w = (const struct word *)(const void *)((const char *)table + k * size);
        if (last)
            zp_utf8_last((const unsigned char *)w->s, w->n, &key[k]);
        else
            zp_utf8_decode((const unsigned char *)w->s, w->n, &key[k]);
    }
    /* each character's run, in the order the characters first come: a
     * character already placed has its run */
    for (size_t k = 0; k < count; k++) {
        size_t at = index_place(key[k]);
        while (x->places[at].cp != 0 && x->places[at].cp != key[k])
            at = (at + 1) % INDEX_PLACES;
        if (x->places[at].cp == key[k])
            continue;
        x->places[at].cp = key[k];
        x->places[at].from = (uint8_t)next;
        for (size_t j = k; j < count; j++)
            if (key[j] == key[k])
                x->order[next++] = (uint8_t)j;
        x->places[at].to = (uint8_t)next;
    }
}

/* ---- memos of readers that read their text alone */

/* A site's chrome repeats from page to page (来源:某某日报, its masthead),
 * and some readers walk such a text through a few dozen tables of words:
 * those whose answer depends on the bytes of their text alone, a span of
 * it, remember the last texts they read and the place of their answer in
 * each.  A memo is per thread, as meta_read runs on each, and direct-mapped
 * by a hash of the text; a longer text than a slot holds is read every
 * time. */
enum { MEMO_TEXT_MAX = 96, MEMO_SLOTS = 64 };
struct span_memo {
    struct {
        uint16_t len; /* of the text; 0: empty slot (an empty text is not remembered) */
        uint16_t at, n; /* the answer, v.s + at, n bytes */
        unsigned char text[MEMO_TEXT_MAX];
    } slots[MEMO_SLOTS];
};

/* The slot of a memo that holds v, or would (memo_fits(v)). */
static size_t memo_place(struct span v)
{
    uint64_t hash = v.n * UINT64_C(0x9E3779B97F4A7C15);
    size_t at = 0;
    for (; v.n - at >= 8; at += 8) {
        uint64_t word;
        memcpy(&word, v.s + at, 8);
        hash = (hash ^ word) * UINT64_C(0xFF51AFD7ED558CCD);
    }
    for (; at < v.n; at++)
        hash = (hash ^ v.s[at]) * UINT64_C(0x100000001B3);
    return (size_t)((hash ^ hash >> 32) % MEMO_SLOTS);
}

/* Whether memo holds v, and then its answer in *answer. */
static bool memo_find(const struct span_memo *memo, struct span v, size_t place, struct span *answer)
{
    if (memo->slots[place].len != v.n || memcmp(memo->slots[place].text, v.s, v.n) != 0)
        return false;
    *answer = (struct span){v.s + memo->slots[place].at, memo->slots[place].n};
    return true;
}

/* Remembers answer, a span of v, as v's. */
static void memo_keep(struct span_memo *memo, struct span v, size_t place, struct span answer)
{
    memo->slots[place].len = (uint16_t)v.n;
    memo->slots[place].at = (uint16_t)(answer.s - v.s);
    memo->slots[place].n = (uint16_t)answer.n;
    memcpy(memo->slots[place].text, v.s, v.n);
}

/* Whether v may be remembered: not empty, and no longer than a slot. */
static bool memo_fits(struct span v) { return v.n > 0 && v.n <= MEMO_TEXT_MAX; }

/* read(v), from memo when it holds v. */
static struct span remembered(struct span_memo *memo, struct span (*read)(struct span), struct span v)
{
    if (!memo_fits(v))
        return read(v);
    size_t place = memo_place(v);
    struct span answer;
    if (!memo_find(memo, v, place, &answer)) {
        answer = read(v);
        memo_keep(memo, v, place, answer);
    }
    return answer;
}

/* ---- dates */

/* A date as the page gives it: year 0 when it gives none, day 0 for a
 * month, hour -1 without a time, second -1 without seconds. */
struct date {
    int year, month, day, hour, minute, second;
};

enum date_forms {
    DATE_FULL = 1,         /* 2019-07-29, 2019/7/29, 2019.07.29, 2019年7月29日 */
    DATE_MONTH = 2,        /* 2019年7月 */
    DATE_YEARLESS = 4,     /* 6月27日 */
    DATE_NUMERIC_DAY = 8,  /* 06-27, after a date's label only */
    DATE_REPUBLIC = 16,    /* 107-06-21, a year of the Republic, after a date's label only */
};

static size_t read_digits(const unsigned char *s, size_t n, size_t at, size_t most, int *value)
{
    size_t k = 0;
    *value = 0;
    while (at + k < n && k < most && zp_is_ascii_digit(s[at + k])) {
        *value = *value * 10 + (s[at + k] - '0');
        k++;
    }
    return k;
}

static bool valid_day(int year, int month, int day)
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > days[month - 1])
        return false;
    return !(month == 2 && day == 29 && year != 0 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)));
}

static bool valid_year(int year) { return year >= 1900 && year <= 2099; }

/* A time after the date (08:50, 10:45:35, 09: 47 as a template spaced it,
 * 09时40分 or 11时28分30秒 in words), after spaces or none, the half of the
 * day before it or not (上午9:30, 下午3:05 is 15:05). */
static size_t read_time(const unsigned char *s, size_t n, size_t at, struct date *d)
{
    size_t t = skip_spaces(s, n, at);
    int hour, minute, second, afternoon = -1;
    if (zp_starts_with(s, n, t, "上午")) {
        afternoon = 0;
        t += 6;
    } else if (zp_starts_with(s, n, t, "下午")) {
        afternoon = 1;
        t += 6;
    }
    size_t k = read_digits(s, n, t, 2, &hour);
    if (k > 0 && afternoon >= 0) {
        if (hour > 12)
            return at;
        hour = afternoon ? (hour < 12 ? hour + 12 : hour) : (hour == 12 ? 0 : hour);
    }
    if (k > 0 && hour <= 23 && (zp_starts_with(s, n, t + k, "时") || zp_starts_with(s, n, t + k, "時"))) {
        size_t m = read_digits(s, n, t + k + 3, 2, &minute);
        if (m == 0 || minute > 59 || !zp_starts_with(s, n, t + k + 3 + m, "分"))
            return at;
        d->hour = hour;
        d->minute = minute;
        t += k + 3 + m + 3;
        size_t sec = read_digits(s, n, t, 2, &second);
        if (sec > 0 && second <= 59 && zp_starts_with(s, n, t + sec, "秒")) {
            d->second = second;
            t += sec + 3;
        }
        return t;
    }
    size_t spaced = t + k + 1 < n && s[t + k + 1] == ' ';
    if (k == 0 || t + k >= n || s[t + k] != ':' || read_digits(s, n, t + k + 1 + spaced, 2, &minute) != 2 ||
        hour > 23 || minute > 59)
        return at;
    t += k + 3 + spaced;
    if (t < n && s[t] == ':' && read_digits(s, n, t + 1, 2, &second) == 2 && second <= 59) {
        d->second = second;
        t += 3;
    }
    if (t < n && zp_is_ascii_digit(s[t])) {
        d->second = -1;
        return at;
    }
    d->hour = hour;
    d->minute = minute;
    return t;
}

static bool at_day_mark(const unsigned char *s, size_t n, size_t at)
{
    return zp_starts_with(s, n, at, "日") || zp_starts_with(s, n, at, "号");
}

/* The date that opens s, of the forms allowed; its length in bytes (with
 * a time after it), 0 when none.  A date that does not check out (13月,
 * 2月30日, a year before 1900) is none. */
static size_t parse_date(const unsigned char *s, size_t n, unsigned forms, struct date *d)
{
    *d = (struct date){0, 0, 0, -1, -1, -1};
    int year, month, day, words[3];
    /* a signature's date in words (二〇〇三年二月十七日) */
    size_t in_words = (forms & DATE_FULL) && n > 0 && s[0] == 0xE4 ? zp_words_date(s, n, words) : 0;
    if (in_words > 0) {
        if (!valid_year(words[0]) || !valid_day(words[0], words[1], words[2]))
            return 0;
        *d = (struct date){words[0], words[1], words[2], -1, -1, -1};
        return in_words;
    }
    if (read_digits(s, n, 0, 5, &year) == 4) {
        if (!valid_year(year) || n == 4)
            return 0;
        unsigned char sep = s[4];
        if (sep == '-' || sep == '/' || sep == '.') {
            size_t km = read_digits(s, n, 5, 3, &month);
            if (km == 0 || km > 2 || 5 + km >= n || s[5 + km] != sep)
                return 0;
            size_t kd = read_digits(s, n, 6 + km, 3, &day), end = 6 + km + kd;
            /* a time glued to the day (2022-07-1415:44:10) */
            if (kd == 3 && end + 2 < n && zp_is_ascii_digit(s[end]) && s[end + 1] == ':') {
                day /= 10;
                kd = 2;
                end--;
            }
            /* a separator after the day before a space (2024/06/13/ 08:45),
             * but not in a path (2024/06/13/1234.html) */
            if (end + 1 < n && s[end] == sep && s[end + 1] == ' ')
                end++;
            if (!(forms & DATE_FULL) || kd == 0 || kd > 2 || !valid_day(year, month, day) ||
                (end < n && (s[end] == sep || s[end] == '.')))
                return 0;
            *d = (struct date){year, month, day, -1, -1, -1};
            return read_time(s, n, end, d);
        }
        /* a wire site's stamp, the year spaced from the day and the day
         * from its time (2024 04/05 18:25:27): read only with the time,
         * lest a count and a fraction pass for one */
        if (sep == ' ' && (forms & DATE_FULL) && read_digits(s, n, 5, 3, &month) == 2 && 7 < n && s[7] == '/' &&
            read_digits(s, n, 8, 3, &day) == 2 && valid_day(year, month, day)) {
            *d = (struct date){year, month, day, -1, -1, -1};
            size_t end = read_time(s, n, 10, d);
            if (end > 10 && d->hour >= 0)
                return end;
            *d = (struct date){0, 0, 0, -1, -1, -1};
            return 0;
        }
        /* an e-paper's template may space every number from its mark
         * (2025 年 02 月 13 日) */
        size_t at = skip_spaces(s, n, 4);
        if (!zp_starts_with(s, n, at, "年"))
            return 0;
        at = skip_spaces(s, n, at + 3);
        size_t km = read_digits(s, n, at, 3, &month), month_mark = skip_spaces(s, n, at + km);
        if (km == 0 || km > 2 || !zp_starts_with(s, n, month_mark, "月") || month < 1 || month > 12)
            return 0;
        at = skip_spaces(s, n, month_mark + 3);
        size_t kd = read_digits(s, n, at, 3, &day);
        if (kd > 0) {
            /* 2019年7月29 without 日 is no date this reads with confidence,
             * unless the weekday follows (2016年12月15星期四) */
            size_t day_mark = skip_spaces(s, n, at + kd);
            bool weekday = zp_starts_with(s, n, at + kd, "星期");
            if (!(forms & DATE_FULL) || kd > 2 || !(weekday || at_day_mark(s, n, day_mark)) ||
                !valid_day(year, month, day))
                return 0;
            *d = (struct date){year, month, day, -1, -1, -1};
            return weekday ? at + kd : read_time(s, n, day_mark + 3, d);
        }
        if (!(forms & DATE_MONTH))
            return 0;
        *d = (struct date){year, month, 0, -1, -1, -1};
        return at;
    }
    /* a Taiwanese page's year of the Republic, three digits since 2011
     * (107-06-21 is 2018-06-21), its day as a Gregorian date's */
    enum { REPUBLIC_FIRST = 1911, REPUBLIC_DIGITS = 3 };
    if ((forms & DATE_REPUBLIC) && read_digits(s, n, 0, 4, &year) == REPUBLIC_DIGITS && year >= 100 && n > 4 &&
        (s[3] == '-' || s[3] == '/' || s[3] == '.')) {
        unsigned char sep = s[3];
        size_t km = read_digits(s, n, 4, 3, &month);
        if (km == 0 || km > 2 || 4 + km >= n || s[4 + km] != sep)
            return 0;
        size_t kd = read_digits(s, n, 5 + km, 3, &day), end = 5 + km + kd;
        year += REPUBLIC_FIRST;
        if (kd == 0 || kd > 2 || !valid_year(year) || !valid_day(year, month, day) || (end < n && s[end] == sep))
            return 0;
        *d = (struct date){year, month, day, -1, -1, -1};
        return read_time(s, n, end, d);
    }
    size_t km = read_digits(s, n, 0, 3, &month);
    if (km == 0 || km > 2)
        return 0;
    if (zp_starts_with(s, n, km, "月")) {
        size_t kd = read_digits(s, n, km + 3, 3, &day);
        if (!(forms & DATE_YEARLESS) || kd == 0 || kd > 2 || !at_day_mark(s, n, km + 3 + kd) ||
            !valid_day(0, month, day))
            return 0;
        *d = (struct date){0, month, day, -1, -1, -1};
        return read_time(s, n, km + 3 + kd + 3, d);
    }
    if ((forms & DATE_NUMERIC_DAY) && km == 2 && km < n && s[km] == '-') {
        size_t kd = read_digits(s, n, 3, 3, &day), end = 3 + kd;
        if (kd != 2 || (end < n && s[end] == '-') || !valid_day(0, month, day))
            return 0;
        *d = (struct date){0, month, day, -1, -1, -1};
        return read_time(s, n, end, d);
    }
    return 0;
}

/* Whether the day of a is before the day of b, both given whole. */
static bool is_earlier_day(const struct date *a, const struct date *b)
{
    if (a->year != b->year)
        return a->year < b->year;
    if (a->month != b->month)
        return a->month < b->month;
    return a->day < b->day;
}

static char *put_digits(char *out, int value, int digits)
{
    for (int i = digits; i-- > 0; value /= 10)
        out[i] = (char)('0' + value % 10);
    return out + digits;
}

/* ISO 8601 at the precision given: 2019-07-29, 2019-07-29T08:50,
 * 2019-07, --06-27; into out (room for 32), its length. */
static size_t format_date(const struct date *d, char *out)
{
    char *p = out;
    if (d->year)
        p = put_digits(p, d->year, 4);
    else
        *p++ = '-';
    if (d->month == 0) /* a year alone */
        return (size_t)(p - out);
    *p++ = '-';
    p = put_digits(p, d->month, 2);
    if (d->day) {
        *p++ = '-';
        p = put_digits(p, d->day, 2);
    }
    if (d->day && d->hour >= 0) {
        *p++ = 'T';
        p = put_digits(p, d->hour, 2);
        *p++ = ':';
        p = put_digits(p, d->minute, 2);
        if (d->second >= 0) {
            *p++ = ':';
            p = put_digits(p, d->second, 2);
        }
    }
    return (size_t)(p - out);
}

/* Whether b says the same day as a, where both say it; a takes what b
 * adds.  Two times of the same day that differ leave the day alone. */
static bool merge_date(struct date *a, const struct date *b)
{
    if ((a->year && b->year && a->year != b->year) || a->month != b->month ||
        (a->day && b->day && a->day != b->day) || (!a->year && !a->day) != (!b->year && !b->day))
        return false;
    if (!a->day && b->day && (!a->year || a->year == b->year))
        a->day = b->day;
    if (!a->year && b->year && a->day)
        a->year = b->year;
    if (a->hour >= 0 && b->hour >= 0 && (a->hour != b->hour || a->minute != b->minute))
        a->hour = a->minute = a->second = -1;
    else if (a->hour < 0 && b->hour >= 0 && a->day == b->day) {
        a->hour = b->hour;
        a->minute = b->minute;
        a->second = b->second;
    }
    return true;
}

/* ---- what a document says of itself */

/* The kinds of evidence for a date, from the strongest: a labelled line
 * (发布时间:), an e-paper's issue line (2011-12-23编印), a date line after
 * the title, one above it (a site's header shows the day it was read, 2017
 * 年10月18日 星期三, where the page's own date stands under the title), the
 * dateline of the lead (6月27日电),
 * and, when the page dates itself in none of these ways, the document's
 * own date: its table's 成文日期 or 发文日期, else the date that signs a
 * notice under its issuer's name (a table's date may be the day the notice
 * went out, its signature's the day before); then a page that states only
 * when it was updated (更新时间:), which is most often the day it went up;
 * last, the year of a journal's volume or issue its head names (某某科学,
 * 2018, 54(7): 165-172., …[J].某某研究,2022(4):31-36.), a paper's year
 * where the page gives no day.  The strongest kind found decides; dates of
 * that kind that disagree leave the date empty. */
enum date_kind {
    DATE_LABEL, DATE_ISSUE, DATE_HEAD, DATE_ABOVE_TITLE, DATE_DATELINE, DATE_DOCUMENT, DATE_SIGNED, DATE_UPDATED,
    DATE_VOLUME, DATE_KINDS
};
static const char *const date_rules[DATE_KINDS] = {"date-label",    "date-issue",    "date-head",   "date-above-title",
                                                   "date-dateline", "date-document", "date-signed", "date-updated",
                                                   "date-volume"};

/* Sources, from the strongest: a paper's print credit after the text
 * (《 某某日报 》( 2018年11月07日 10 版)), a 来源: label, the lead's
 * dateline, a journal's issue line or a citation of the page's head, a
 * byline's outlet (某某日报记者), a masthead or a date line's outlet;
 * when the lead says the page's own paper wrote it (本报讯), the paper its
 * copyright line names; the issuer who signs a notice, the first of two;
 * the site a suffix of the title names. */
enum source_kind {
    SOURCE_PRINT, SOURCE_LABEL, SOURCE_DATELINE, SOURCE_JOURNAL, SOURCE_BYLINE, SOURCE_MASTHEAD, SOURCE_PUBLISHER,
    SOURCE_COPYRIGHT, SOURCE_SIGNATURE, SOURCE_SUFFIX, SOURCE_KINDS
};
static const char *const source_rules[SOURCE_KINDS] = {
    "source-print",     "source-label",     "source-dateline",  "source-journal",  "source-byline",
    "source-masthead",  "source-publisher", "source-copyright", "source-signature", "source-suffix"};

/* Small, as they stand on the stack of a thread that strips: what a
 * reading takes from the cache, strip-boilerplate's own tables lose. */
enum {
    NAMES_MAX = 16,   /* authors of a document */
    LINE_NAMES = 16,  /* names read from one line, a journal's long row */
    NOTES_MAX = 16,   /* lines noted for --explain */
    DATES_NOTED = 4,  /* dates of one kind noted for --explain */
    NAMED_TITLE_MIN = 5, /* Han characters of a document's name in its table */
};

/* Shapes of what a page says of itself, in characters. */
enum {
    /* an outlet's name runs to 20 characters (某某市某某区融媒体中心); a
     * longer line that ends as one is a sentence about it */
    OUTLET_MAX = 20,
    /* a given name has one or two Han characters (孙 璐, 张 某某): a word
     * of more after a lone surname is an organisation */
    GIVEN_NAME_HAN_MAX = 2,
    /* a masthead above the title is a paper's name and its edition
     * (河南商报电子版) in 24 characters at most; a longer line there is a
     * slogan or a menu */
    MASTHEAD_MAX = 24,
    /* the longest label (网络出版日期, 当前报纸名称) */
    BARE_LABEL_MAX = 6,
    /* the place a paper reports from after its name (某某晚报白城讯, 某某网
     * 池州消息) */
    PLACE_HAN_MIN = 2, PLACE_HAN_MAX = 4,
};

/* A name as the page spells it, perhaps in two parts (孙 璐). */
struct name {
    struct span first, second;
};

/* The lines an author was read from, for --explain: names [from, to). */
struct note {
    size_t line;
    const char *rule;
    size_t from, to;
};

struct date_evidence {
    struct date date;
    bool found, conflict;
    size_t noted;
    size_t lines[DATES_NOTED];
    struct date dates[DATES_NOTED];
};

struct reading {
    struct document *d;
    struct date_evidence dates[DATE_KINDS];
    struct span source;
    enum source_kind source_kind;
    size_t source_line;
    struct name names[NAMES_MAX];
    size_t name_count;
    struct note notes[NOTES_MAX];
    size_t note_count;
    size_t title, title_end; /* the title's lines [title, title_end); d->count: none */
    struct span named_title; /* a table's field that names the document (文件名称:) */
    size_t named_title_line;
    /* a title glued before the page's fields (某某汇报 发布日期:… 信息来源:…),
     * the title of a page that shows it nowhere else */
    struct span fields_title;
    size_t fields_title_line;
    bool wire_title;         /* named_title is a wire's, after 题： */
    size_t head_end;         /* the first paragraph of the body; d->count: none */
    size_t authors_end;      /* head_end, or the paragraph after it when it is an abstract */
    size_t under_deck;       /* the line after the first paragraph, a deck's */
    size_t foot;             /* after the last kept line: the page's foot */
    bool own_outlet;         /* the lead's dateline names the page's own (本报讯) */
    struct span holder;      /* the paper a copyright line names */
    size_t holder_line;
    /* the first photograph's credit (某某 摄): the author of a page that
     * credits nothing else, as a photo story does */
    struct name photographer;
    size_t photographer_line;
    bool photographed;
};

static void add_date(struct reading *r, enum date_kind kind, const struct date *date, size_t line)
{
    struct date_evidence *e = &r->dates[kind];
    if (e->noted < DATES_NOTED) {
        e->lines[e->noted] = line;
        e->dates[e->noted++] = *date;
    }
    if (!e->found) {
        e->date = *date;
        e->found = true;
    } else if (!merge_date(&e->date, date)) {
        e->conflict = true;
    }
}

static bool same_name(const struct name *a, const struct name *b)
{
    size_t n = a->first.n + a->second.n;
    if (n != b->first.n + b->second.n)
        return false;
    unsigned char x[32], y[32];
    if (n > sizeof x)
        return false;
    memcpy(x, a->first.s, a->first.n);
    memcpy(x + a->first.n, a->second.s, a->second.n);
    memcpy(y, b->first.s, b->first.n);
    memcpy(y + b->first.n, b->second.s, b->second.n);
    return memcmp(x, y, n) == 0;
}

/* Adds the names read from a line, in text order, each once, and notes the
 * line for --explain. */
static void add_names(struct reading *r, const struct name *names, size_t count, size_t line, const char *rule)
{
    size_t from = r->name_count;
    for (size_t i = 0; i < count && r->name_count < NAMES_MAX; i++) {
        bool seen = false;
        for (size_t j = 0; j < r->name_count && !seen; j++)
            seen = same_name(&r->names[j], &names[i]);
        if (!seen)
            r->names[r->name_count++] = names[i];
    }
    if (r->name_count > from && r->note_count < NOTES_MAX)
        r->notes[r->note_count++] = (struct note){line, rule, from, r->name_count};
}

/* ---- outlets */

/* The words that end an outlet's name (新华社, 人民网, 某某日报, 某某电视台,
 * 某某新闻, 某某客户端, a county's media centre 某某融媒 or 某某融媒体中心),
 * both scripts; of two that open alike, the longer first. */
static const struct word outlet_ends[] = {
    WORD("社"),     WORD("网"),     WORD("網"),    WORD("报"),         WORD("報"),         WORD("电视台"),
    WORD("電視台"), WORD("电台"),   WORD("電台"),  WORD("广播台"),     WORD("新闻"),       WORD("新聞"),
    WORD("客户端"), WORD("杂志"),   WORD("雜誌"),  WORD("周刊"),       WORD("週刊"),       WORD("在线"),
    WORD("在線"),   WORD("之声"),   WORD("之聲"),  WORD("融媒体中心"), WORD("融媒體中心"), WORD("融媒体"),
    WORD("融媒體"), WORD("融媒"),
    WORD("传媒"),   WORD("傳媒")};

/* The characters that open a word above, and those that end one; and the
 * words by their first character. */
static struct han_set outlet_end_openers, outlet_end_lasts;
static struct word_index outlet_ends_by_first;

/* The length of the outlet's name that opens v: up to the first word that
 * ends one (not the first character: 网 alone is none), and what such
 * words add after it (某某新闻网); 0 when v names none. */
static size_t outlet_end(struct span v)
{
    size_t len;
    for (size_t at = char_at(v, 0, &len) ? len : 0; at < v.n; at += len) {
        uint32_t cp = char_at(v, at, &len);
        if (!set_has(&outlet_end_openers, cp))
            continue;
        size_t from, to;
        index_find(&outlet_ends_by_first, cp, &from, &to);
        for (size_t k = from; k < to; k++) {
            size_t w = outlet_ends_by_first.order[k];
            if (!word_at((struct span){v.s, v.n}, at, outlet_ends[w]))
                continue;
            size_t end = at + outlet_ends[w].n;
            /* 报道 is a report, no paper (中国报道讯), 网络 a network,
             * whose station ends later (某某网络电视台), and 社会 society
             * and 社区 a community, no press (某某大学社会保障研究中心) */
            static const struct word longer[] = {WORD("道"), WORD("络"), WORD("絡"), WORD("会"),
                                                 WORD("會"), WORD("区"), WORD("區")};
            bool word_goes_on = false;
            for (size_t k = 0; outlet_ends[w].n == 3 && k < sizeof longer / sizeof longer[0] && !word_goes_on; k++)
                word_goes_on = word_at(v, end, longer[k]);
            /* nor is a media centre's name cut at 融媒 (某某融媒体报道) */
            word_goes_on |= outlet_ends[w].n == 6 && same_bytes(v.s + at, "融媒", 6) &&
                            (word_at(v, end, (struct word)WORD("体")) || word_at(v, end, (struct word)WORD("體")));
            if (word_goes_on)
                break;
            for (bool more = true; more;) {
                more = false;
                size_t next_len;
                index_find(&outlet_ends_by_first, char_at(v, end, &next_len), &from, &to);
                for (size_t x = from; x < to; x++)
                    if (word_at((struct span){v.s, v.n}, end, outlet_ends[outlet_ends_by_first.order[x]])) {
                        end += outlet_ends[outlet_ends_by_first.order[x]].n;
                        more = true;
                        break;
                    }
            }
            return end;
        }
    }
    return 0;
}

/* The marks that join the names an outlet gives itself (人民网-北京频道,
 * 齐鲁网·闪电新闻, 观海新闻/青岛晚报), where a space or a comma may part
 * other things. */
static bool is_name_joint(uint32_t cp)
{
    return cp == '-' || cp == 0x00B7 || cp == 0x2022 || cp == 0x2014 || cp == '_' || cp == '/' || cp == '|' ||
           cp == 0xFF5C;
}

/* The first of the names an outlet gives itself (人民网-北京频道,
 * 齐鲁网·闪电新闻, 观海新闻/青岛晚报): the shortest that identifies it. */
static struct span first_part(struct span v)
{
    size_t len;
    for (size_t at = 0; at < v.n; at += len) {
        /* no mark looked for is a Han character */
        if (common_han_at(v, at)) {
            len = 3;
            continue;
        }
        uint32_t cp = char_at(v, at, &len);
        if (at > 0 && (is_name_joint(cp) || cp == ' ' || cp == 0x3001 || cp == 0xFF0C || cp == ','))
            return (struct span){v.s, at};
    }
    return v;
}

/* Words for no outlet, or for one unnamed (names_no_outlet), and the
 * characters that open them. */
static const struct word no_outlet_words[] = {
    WORD("网络"), WORD("網絡"), WORD("网上"), WORD("網上"), WORD("原创"), WORD("原創"), WORD("综合"),
    WORD("綜合"), WORD("互联网"), WORD("互聯網"), WORD("未知"), WORD("网友"), WORD("網友"), WORD("转载"),
    WORD("轉載"), WORD("其他"),
    WORD("佚名"), WORD("网站"), WORD("網站"), WORD("不详"), WORD("不詳"), WORD("管理员"), WORD("管理員"),
    WORD("编辑部"), WORD("編輯部"),
    /* a kind of outlet without its name, as a page shows it when the
     * name was a picture (□晚报记者) */
    WORD("日报"), WORD("日報"), WORD("晚报"), WORD("晚報"), WORD("早报"), WORD("早報"), WORD("晨报"),
    WORD("晨報"), WORD("报社"), WORD("報社"), WORD("电视台"), WORD("電視台"), WORD("广播电台"), WORD("廣播電台"),
    WORD("电台"), WORD("電台"), WORD("新闻网"),
    WORD("新聞網"),
    /* a kind of paper a page shows, or a button's poster to share it
     * (生成海报), which end as a paper's name does */
    WORD("海报"), WORD("海報"), WORD("汇报"), WORD("匯報"), WORD("简报"), WORD("簡報"), WORD("通报"), WORD("通報"),
    WORD("举报"), WORD("舉報"), WORD("喜报"), WORD("喜報"), WORD("申报"), WORD("申報"), WORD("预报"), WORD("預報"),
    /* a site's column of news, which ends as an outlet does (新闻, 社会新闻) */
    WORD("新闻"), WORD("新聞"),
    WORD("社会新闻"), WORD("社會新聞"), WORD("国内新闻"), WORD("國內新聞"), WORD("国际新闻"), WORD("國際新聞"),
    WORD("本地新闻"), WORD("本地新聞"), WORD("地方新闻"), WORD("地方新聞"), WORD("时政新闻"), WORD("時政新聞"),
    WORD("图片新闻"), WORD("圖片新聞"), WORD("视频新闻"), WORD("視頻新聞"), WORD("热点新闻"), WORD("熱點新聞"),
    WORD("滚动新闻"), WORD("滾動新聞"), WORD("综合新闻"), WORD("綜合新聞"), WORD("今日新闻"), WORD("今日新聞"),
    WORD("最新新闻"), WORD("最新新聞"), WORD("相关新闻"), WORD("相關新聞"), WORD("财经新闻"), WORD("財經新聞"),
    WORD("体育新闻"), WORD("體育新聞"), WORD("娱乐新闻"), WORD("娛樂新聞"), WORD("教育新闻"), WORD("教育新聞")};
static struct han_set no_outlet_openers;

/* No outlet's name: what a site calls itself, or a word for none. */
static bool names_no_outlet(struct span v)
{
    static const struct word ours[] = {
        WORD("本网"), WORD("本站"), WORD("本报"), WORD("本刊"), WORD("本台"), WORD("本社"), WORD("本版"), WORD("本網"),
        WORD("本報")};
    /* a reader's or a user's piece (网友投稿, 用户投稿) names who sent it,
     * a compiler's (网上收集整理, 网络收录) who gathered it, an account's
     * (乡镇管理员, 用户上传) who put it up */
    /* and a farm's column of pieces (优秀文章, 精选文章) none at all */
    if (word_ends(v, (struct word)WORD("投稿")) || word_ends(v, (struct word)WORD("整理")) ||
        word_ends(v, (struct word)WORD("收录")) || word_ends(v, (struct word)WORD("收錄")) ||
        word_ends(v, (struct word)WORD("文章")) ||
        word_ends(v, (struct word)WORD("管理员")) || word_ends(v, (struct word)WORD("管理員")) ||
        word_ends(v, (struct word)WORD("上传")) || word_ends(v, (struct word)WORD("上傳")))
        return true;
    /* all of ours open with 本, none of the rest is longer than 4
     * characters */
    if (starts_with(v, "本"))
        for (size_t i = 0; i < sizeof ours / sizeof ours[0]; i++)
            if (word_at(v, 0, ours[i]))
                return true;
    size_t len;
    if (v.n <= 12 && set_has(&no_outlet_openers, char_at(v, 0, &len)))
        for (size_t i = 0; i < sizeof no_outlet_words / sizeof no_outlet_words[0]; i++)
            if (word_is(v, no_outlet_words[i]))
                return true;
    return false;
}

/* An outlet's name: two Han characters or more, at most 20 characters,
 * none of them a mark of mojibake (某某日?qǐng) or a field's colon (来源:本网) */
static bool is_outlet(struct span v)
{
    return v.n > 0 && has_han(v, 2) && zp_count_chars(v.s, v.n) <= OUTLET_MAX && !memchr(v.s, '?', v.n) &&
           !memchr(v.s, ':', v.n) && find(v, 0, "：") == v.n && !names_no_outlet(v);
}

/* Whether v is an outlet's name and no more: it ends where the outlet's
 * word ends (某某日报, not 某某日报社区).  Most text asked of is none, and
 * ends in no such word's last character, told before outlet_end walks it. */
static bool is_outlet_name(struct span v)
{
    uint32_t last;
    if (v.n == 0)
        return false;
    zp_utf8_last(v.s, v.n, &last);
    return set_has(&outlet_end_lasts, last) && outlet_end(v) == v.n && is_outlet(v);
}

/* The shortest name of an outlet: without the 据 a repost credits it with
 * (据新华社), the national broadcaster's name before one of its own outlets
 * (中央广电总台国际在线 is 国际在线), the press's 社 after its paper (某某日报社
 * is 某某日报) or its newsroom's 全媒体 or 融媒体 (某某日报全媒体), a region's
 * channel after it. */
static struct span shortest_outlet(struct span v)
{
    enum { REST_HAN_MIN = 2 };
    if ((starts_with(v, "据") || starts_with(v, "據")) && han_only((struct span){v.s + 3, v.n - 3}) >= REST_HAN_MIN)
        v = (struct span){v.s + 3, v.n - 3};
    static const struct word groups[] = {WORD("中央广电总台"), WORD("中央廣電總台"), WORD("中央广播电视总台"),
                                         WORD("中央廣播電視總台")};
    for (size_t k = 0; k < sizeof groups / sizeof groups[0]; k++)
        if (word_at(v, 0, groups[k])) {
            struct span rest = trim((struct span){v.s + groups[k].n, v.n - groups[k].n});
            if (han_only(rest) >= REST_HAN_MIN)
                v = rest;
        }
    static const struct word newsrooms[] = {WORD("全媒体"), WORD("全媒體"), WORD("融媒体"), WORD("融媒體")};
    for (size_t k = 0; k < sizeof newsrooms / sizeof newsrooms[0]; k++)
        if (word_ends(v, newsrooms[k]) && v.n > newsrooms[k].n) {
            struct span rest = {v.s, v.n - newsrooms[k].n};
            if (ends_with(rest, "报") || ends_with(rest, "報") || ends_with(rest, "报社") || ends_with(rest, "報社"))
                v = rest;
        }
    if ((ends_with(v, "报社") || ends_with(v, "報社")) && han_only(v) > REST_HAN_MIN + 1)
        v.n -= 3;
    /* and without a region's channel after the outlet's name (某某在线吉林频道
     * is 某某在线) */
    enum { REGION_HAN_MAX = 4 };
    if (ends_with(v, "频道") || ends_with(v, "頻道"))
        for (size_t han = 1, at = v.n - 6; han <= REGION_HAN_MAX && at >= 3; han++, at -= 3) {
            struct span outlet = {v.s, at - 3};
            if (han_only(outlet) >= REST_HAN_MIN && is_outlet_name(outlet)) {
                v = outlet;
                break;
            }
        }
    return v;
}

/* Whether a source of kind would be taken: none yet, or a weaker one.
 * Where working out the name costs a walk of the line, the readers ask
 * first, as add_source would drop it. */
static bool wants_source(const struct reading *r, enum source_kind kind)
{
    return r->source.n == 0 || kind < r->source_kind;
}

static void add_source(struct reading *r, enum source_kind kind, struct span name, size_t line)
{
    if (name.n == 0 || !wants_source(r, kind))
        return;
    name = shortest_outlet(name);
    r->source = name;
    r->source_kind = kind;
    r->source_line = line;
}

/* The value of a 来源: label as a name: without a date before it
 * (2023年11月28日 某某网), a title's marks (《某某研究》2019年第4期), an
 * issue or a date glued after it, the parts after the first; *other gets
 * the second of the names an outlet gives itself, when it gives two. */
static struct span source_name(struct span v, struct span *other)
{
    *other = (struct span){v.s, 0};
    v = trim(v);
    struct date d;
    size_t date = parse_date(v.s, v.n, DATE_FULL, &d);
    if (date > 0)
        v = trim((struct span){v.s + date, v.n - date});
    size_t open = find(v, 0, "《");
    if (open < v.n) {
        size_t close = find(v, open, "》");
        /* spaced inside its marks, as a print credit has it: 《 某某日报 》 */
        v = trim((struct span){v.s + open + 3, (close < v.n ? close : v.n) - open - 3});
    } else if (find(v, 0, "》") < v.n) {
        /* the end of a name whose 《 a line above holds (…《某某大学学报 /
         * (哲学社会科学版)》2022年第3期): no name of its own */
        return (struct span){v.s, 0};
    }
    struct span whole = v;
    v = first_part(v);
    size_t mark_len;
    if (v.n < whole.n && is_name_joint(char_at(whole, v.n, &mark_len)))
        *other = trim((struct span){whole.s + v.n + mark_len, whole.n - v.n - mark_len});
    /* a site that reposts a paper's piece names its own name first and the
     * paper's after it (某某网-某某日报): the paper wrote it */
    static const struct word papers[] = {WORD("日报"), WORD("日報"), WORD("晚报"), WORD("晚報"), WORD("时报"), WORD("時報")};
    bool paper = false;
    for (size_t i = 0; i < sizeof papers / sizeof papers[0] && !paper; i++)
        paper = other->n > papers[i].n && word_ends(*other, papers[i]);
    if (paper && (word_ends(v, (struct word)WORD("网")) || word_ends(v, (struct word)WORD("網"))) &&
        first_part(*other).n == other->n && is_outlet_name(*other)) {
        struct span site = v;
        v = *other;
        *other = site;
    }
    for (size_t at = 1; at < v.n; at++)
        if (zp_is_ascii_digit(v.s[at]) && !zp_is_ascii_digit(v.s[at - 1])) {
            /* digits of the site's address are its name's (某某0514.cc) */
            size_t end = at;
            while (end < v.n && zp_is_ascii_digit(v.s[end]))
                end++;
            if (end + 1 < v.n && v.s[end] == '.' && zp_is_ascii_letter(v.s[end + 1]))
                break;
            v.n = at;
            break;
        }
    /* an account named in quotation marks before its kind (“某某”微信公众号) */
    static const struct word accounts[] = {WORD("微信公众号"), WORD("微信公眾號"), WORD("公众号"), WORD("公眾號")};
    for (size_t i = 0; i < sizeof accounts / sizeof accounts[0]; i++)
        if (v.n > accounts[i].n && word_ends(v, accounts[i])) {
            v.n -= accounts[i].n;
            break;
        }
    static const struct word quotes[] = {WORD("“"), WORD("”"), WORD("\""), WORD("「"), WORD("」")};
    for (size_t i = 0; i < sizeof quotes / sizeof quotes[0]; i++) {
        if (word_at(v, 0, quotes[i]))
            v = (struct span){v.s + quotes[i].n, v.n - quotes[i].n};
        if (word_ends(v, quotes[i]))
            v.n -= quotes[i].n;
    }
    /* a comment widget's button glued after the name, once or more (某某新
     * 闻网参与互动参与互动); not a word that may end a journal's name (《某某
     * 评论》, 《中国收藏》) */
    static const struct word widgets[] = {WORD("参与互动"), WORD("參與互動"), WORD("我要评论"), WORD("我要評論")};
    for (bool cut = true; cut;) {
        cut = false;
        for (size_t i = 0; i < sizeof widgets / sizeof widgets[0] && !cut; i++)
            if (v.n > widgets[i].n && word_ends(v, widgets[i])) {
                v.n -= widgets[i].n;
                cut = true;
            }
    }
    /* what a site did with the outlet's piece, after its name (某某日报收集,
     * 某某网综合, 某某报转载, 某某长江号收集): no part of the name, whatever
     * the name ends in; but a compiler's note names no one (网上收集整理) */
    if (names_no_outlet(v))
        return (struct span){v.s, 0};
    static const struct word handling[] = {WORD("收集"), WORD("整理"), WORD("综合"), WORD("綜合"), WORD("转载"),
                                           WORD("轉載"), WORD("编辑"), WORD("編輯")};
    for (size_t i = 0; i < sizeof handling / sizeof handling[0]; i++) {
        if (!word_ends(v, handling[i]))
            continue;
        struct span before = {v.s, v.n - handling[i].n};
        /* the web at large gathered it (网络收集, 网上收集) */
        if (before.n > 0 && names_no_outlet(before))
            return (struct span){v.s, 0};
        if (is_outlet(before)) {
            v = before;
            break;
        }
    }
    return is_outlet(v) ? v : (struct span){v.s, 0};
}

/* The outlet a 来源: label names (source_name), or the second of its two
 * names when the first is none (第1眼TV-某某网: a brand with digits). */
static struct span clean_source_anew(struct span v)
{
    /* a page's button glued after the value (来源:某某报打印本页) */
    static const struct word buttons[] = {WORD("打印本页"), WORD("打印本頁"), WORD("打印此页"), WORD("打印此頁"),
                                          WORD("关闭窗口"), WORD("關閉窗口"), WORD("打印"),     WORD("关闭"),
                                          WORD("關閉")};
    for (size_t b = 0; b < sizeof buttons / sizeof buttons[0]; b++)
        if (v.n > buttons[b].n && word_ends(v, buttons[b])) {
            v = trim((struct span){v.s, v.n - buttons[b].n});
            break;
        }
    struct span other, name = source_name(v, &other);
    return name.n > 0 || other.n == 0 ? name : source_name(other, &other);
}

static struct span clean_source(struct span v)
{
    static _Thread_local struct span_memo memo;
    return remembered(&memo, clean_source_anew, v);
}

/* What an e-paper or a site's head adds to its outlet's name: 河南商报电子版
 * is 河南商报. */
static const struct word editions[] = {
    WORD("电子版"), WORD("電子版"), WORD("数字报刊"), WORD("数字报纸"), WORD("數字報紙"), WORD("数字报"), WORD("數字報"), WORD("电子报"),
    WORD("電子報"), WORD("网络版"), WORD("網絡版"), WORD("手机版"), WORD("手機版")};

/* Whether the text ends as an outlet's name or an edition does (…社 …网
 * …报 …台 …闻 …端 …志 …刊 …版 …报纸 …融媒), by its last character; no empty
 * text does (a lead that opens with 消息 has none before it). */
static bool ends_as_outlet(const unsigned char *s, size_t n)
{
    uint32_t last;
    if (n == 0)
        return false;
    zp_utf8_last(s, n, &last);
    switch (last) {
    case 0x793E: case 0x7F51: case 0x7DB2: case 0x62A5: case 0x5831: case 0x53F0: case 0x95FB:
    case 0x805E: case 0x7AEF: case 0x5FD7: case 0x8A8C: case 0x520A: case 0x7248: case 0x7EB8: case 0x7D19:
    case 0x7EBF: case 0x7DDA: /* 线 線, of 在线 */
    case 0x5A92: /* 媒, of 融媒 */
        return true;
    default:
        return false;
    }
}

/* Names an outlet or an office, as a column's name (某某常识) does not. */
static bool names_organisation(struct span v)
{
    return ends_as_outlet(v.s, v.n) || line_ends_as_organisation(v.s, v.n);
}

/* The same of an outlet that gives two names (某某新闻·某某新闻,
 * 某某网-某某日报): the first an outlet's and the whole ending as one. */
static bool is_outlets_name(struct span v)
{
    if (is_outlet_name(v))
        return true;
    if (!ends_as_outlet(v.s, v.n) || zp_count_chars(v.s, v.n) > OUTLET_MAX)
        return false;
    struct span first = first_part(v);
    return first.n < v.n && is_outlet_name(first);
}

/* What v holds inside the brackets that open and close it ((某某日报),
 * （某某）), spaces trimmed; empty when v is not so bracketed. */
static struct span in_brackets(struct span v)
{
    size_t open_len, close_len;
    uint32_t last;
    if (v.n == 0 || !is_opening(char_at(v, 0, &open_len)))
        return (struct span){v.s, 0};
    close_len = zp_utf8_last(v.s, v.n, &last);
    if (!is_closing(last) || open_len + close_len > v.n)
        return (struct span){v.s, 0};
    return trim((struct span){v.s + open_len, v.n - open_len - close_len});
}

/* An outlet's name alone in brackets ((某某日报), （某某网）), which ends
 * as an outlet's does; an empty span when v is none. */
static struct span bracketed_outlet(struct span v)
{
    struct span inside = in_brackets(v);
    if (!is_outlet(inside) || han_only(inside) != zp_count_chars(inside.s, inside.n) ||
        !ends_as_outlet(inside.s, inside.n) || outlet_end(inside) != inside.n)
        return (struct span){v.s, 0};
    return inside;
}

/* Whether v opens with a button's verb (打印正文, 进入论坛, 手机看新闻), as no
 * outlet's name does. */
static bool opens_as_button(struct span v)
{
    static const struct word buttons[] = {WORD("打印"), WORD("关闭"), WORD("關閉"), WORD("收藏"), WORD("分享"),
                                          WORD("返回"), WORD("进入"), WORD("進入"), WORD("点击"), WORD("點擊"),
                                          WORD("手机看"), WORD("手機看")};
    for (size_t b = 0; b < sizeof buttons / sizeof buttons[0]; b++)
        if (word_at(v, 0, buttons[b]))
            return true;
    return false;
}

/* A masthead above the title: an outlet's name alone, perhaps with its
 * edition (河南商报电子版, 某某日报数字报). */
static struct span read_masthead_anew(struct span v)
{
    v = trim(v);
    /* a greeting's mark after it (欢迎光临某某网!); a list's item (• 思想
     * 汇报) is a menu's, no masthead */
    size_t len;
    uint32_t last;
    while (v.n > 0 && (len = zp_char_before(v.s, v.n, &last), last == '!' || last == 0xFF01))
        v.n -= len;
    /* a site greets its reader with its name (欢迎登陆某某网, 欢迎您访问某某
     * 网); a greeting it does not name so is no masthead */
    static const struct word visits[] = {WORD("登陆"), WORD("登录"), WORD("访问"), WORD("光临"), WORD("来到"),
                                         WORD("进入"), WORD("登陸"), WORD("登錄"), WORD("訪問"), WORD("光臨"),
                                         WORD("來到"), WORD("進入")};
    /* a hello before the greeting (您好!欢迎访问…) */
    static const struct word hellos[] = {WORD("您好!"), WORD("您好！"), WORD("你好!"), WORD("你好！")};
    for (size_t k = 0; k < sizeof hellos / sizeof hellos[0]; k++)
        if (word_at(v, 0, hellos[k]))
            v = trim((struct span){v.s + hellos[k].n, v.n - hellos[k].n});
    if (starts_with(v, "欢迎") || starts_with(v, "歡迎")) {
        size_t at = 6 + (word_at(v, 6, (struct word)WORD("您")) ? 3 : 0), i = 0;
        while (i < sizeof visits / sizeof visits[0] && !word_at(v, at, visits[i]))
            i++;
        if (i == sizeof visits / sizeof visits[0])
            return (struct span){v.s, 0};
        v = trim((struct span){v.s + at + visits[i].n, v.n - at - visits[i].n});
        /* 欢迎访问到某某网 */
        if (starts_with(v, "到"))
            v = (struct span){v.s + 3, v.n - 3};
        /* what the site says of itself before its name, and the platform
         * it says it is (专业的某某网平台) */
        for (size_t of = find(v, 0, "的"); of < v.n; of = find(v, 0, "的"))
            v = (struct span){v.s + of + 3, v.n - of - 3};
        if (ends_with(v, "平台"))
            v.n -= 6;
        /* an office's site, greeting by the office's name (欢迎访问某某市
         * 公安局门户网站, 欢迎访问某某市体育局): the office */
        static const struct word sites[] = {WORD("门户网站"), WORD("官方网站"), WORD("网站"), WORD("官网"),
                                            WORD("門戶網站"), WORD("官方網站"), WORD("網站"), WORD("官網")};
        for (size_t k = 0; k < sizeof sites / sizeof sites[0]; k++)
            if (word_ends(v, sites[k]) && v.n > sites[k].n) {
                v.n -= sites[k].n;
                break;
            }
        enum { OFFICE_HAN_MIN = 4 };
        if (han_only(v) == zp_count_chars(v.s, v.n) && han_only(v) >= OFFICE_HAN_MIN && v.n <= 3 * OUTLET_MAX &&
            line_ends_as_organisation(v.s, v.n) && !ends_as_outlet(v.s, v.n) && is_outlet(v))
            return v;
        /* or by its name with more glued after it (某某新闻网邮箱:…) */
        size_t end = outlet_end(v);
        if (end > 0 && end < v.n)
            v.n = end;
    }
    /* an edition's word ends as an outlet's name does (…版, …报纸): the
     * words are tried only after such a character, and an outlet's words
     * only after a character one of them ends in */
    for (bool cut = ends_as_outlet(v.s, v.n); cut;) {
        cut = false;
        for (size_t i = 0; i < sizeof editions / sizeof editions[0]; i++)
            if (word_ends(v, editions[i]) && v.n > editions[i].n) {
                v = trim((struct span){v.s, v.n - editions[i].n}); /* 某某日报 数字报纸 */
                cut = true;
            }
    }
    bool named = false;
    if (v.n > 0 && (zp_utf8_last(v.s, v.n, &last), set_has(&outlet_end_lasts, last)))
        for (size_t i = 0; i < sizeof outlet_ends / sizeof outlet_ends[0] && !named; i++)
            named = word_ends(v, outlet_ends[i]);
    if (!named || v.n > 3 * OUTLET_MAX) /* bytes of Han characters */
        return (struct span){v.s, 0};
    struct span name = first_part(v);
    if (han_only(name) == 0 || outlet_end(name) != name.n || !is_outlet(name) || opens_as_button(name))
        return (struct span){v.s, 0};
    return name;
}

static struct span read_masthead(struct span v)
{
    static _Thread_local struct span_memo memo;
    return remembered(&memo, read_masthead_anew, v);
}

/* A journal's name alone above a paper's title, in its marks or a
 * university's with its edition (《某某研究》, 某某大学学报(社会科学版));
 * empty when v is no such name. */
static struct span journal_masthead(struct span v)
{
    enum { JOURNAL_HAN_MIN = 2 };
    v = trim(v);
    if (starts_with(v, "《") && ends_with(v, "》")) {
        struct span name = {v.s + 3, v.n - 6};
        return han_only(name) >= JOURNAL_HAN_MIN ? name : (struct span){v.s, 0};
    }
    return line_journal_name_len(v.s, v.n) > 0 ? v : (struct span){v.s, 0};
}

/* ---- names */

enum role { ROLE_NONE, ROLE_AUTHOR, ROLE_OTHER };

/* The roles of a byline or a credit: reporters and writers are authors;
 * editors, reviewers and photographers are not. */
static const struct role_word {
    struct word word;
    enum role role;
} role_words[] = {
    {WORD("记者"), ROLE_AUTHOR}, {WORD("記者"), ROLE_AUTHOR}, {WORD("通讯员"), ROLE_AUTHOR},
    {WORD("通訊員"), ROLE_AUTHOR}, {WORD("实习生"), ROLE_AUTHOR}, {WORD("實習生"), ROLE_AUTHOR},
    /* a department's or a site's correspondent (信息员 某某) */
    {WORD("信息员"), ROLE_AUTHOR}, {WORD("信息員"), ROLE_AUTHOR},
    /* an agency's local stringer (报道员 某某) */
    {WORD("报道员"), ROLE_AUTHOR}, {WORD("報道員"), ROLE_AUTHOR},
    /* a role with 人 after it first (撰稿人：某某), so that 人 is no part of the name */
    {WORD("作者"), ROLE_AUTHOR}, {WORD("撰稿人"), ROLE_AUTHOR}, {WORD("撰稿"), ROLE_AUTHOR}, {WORD("撰文"), ROLE_AUTHOR},
    {WORD("执笔"), ROLE_AUTHOR}, {WORD("執筆"), ROLE_AUTHOR}, {WORD("编辑"), ROLE_OTHER},
    {WORD("編輯"), ROLE_OTHER}, {WORD("责编"), ROLE_OTHER}, {WORD("責編"), ROLE_OTHER},
    {WORD("审核"), ROLE_OTHER}, {WORD("審核"), ROLE_OTHER}, {WORD("审稿人"), ROLE_OTHER}, {WORD("審稿人"), ROLE_OTHER},
    {WORD("审稿"), ROLE_OTHER}, {WORD("審稿"), ROLE_OTHER}, {WORD("审校"), ROLE_OTHER},
    {WORD("校对"), ROLE_OTHER}, {WORD("校對"), ROLE_OTHER}, {WORD("初审"), ROLE_OTHER},
    {WORD("复审"), ROLE_OTHER}, {WORD("终审"), ROLE_OTHER}, {WORD("終審"), ROLE_OTHER},
    {WORD("监制"), ROLE_OTHER}, {WORD("監製"), ROLE_OTHER}, {WORD("摄影"), ROLE_OTHER},
    {WORD("攝影"), ROLE_OTHER}, {WORD("摄像"), ROLE_OTHER}, {WORD("攝像"), ROLE_OTHER},
    {WORD("供图"), ROLE_OTHER}, {WORD("供圖"), ROLE_OTHER}, {WORD("供稿"), ROLE_AUTHOR},
    {WORD("制图"), ROLE_OTHER}, {WORD("製圖"), ROLE_OTHER}, {WORD("设计"), ROLE_OTHER},
    {WORD("统筹"), ROLE_OTHER}, {WORD("策划"), ROLE_OTHER}, {WORD("翻译"), ROLE_OTHER}, {WORD("一审"), ROLE_OTHER},
    {WORD("二审"), ROLE_OTHER}, {WORD("三审"), ROLE_OTHER}, {WORD("一審"), ROLE_OTHER}, {WORD("二審"), ROLE_OTHER},
    {WORD("三審"), ROLE_OTHER}};

/* Words before a role that qualify it (见习记者, 全媒体记者, 主任记者, a
 * senior reporter's rank). */
static const struct word role_qualifiers[] = {
    WORD("见习"), WORD("見習"), WORD("特约"), WORD("特約"), WORD("首席"), WORD("全媒体"), WORD("全媒體"),
    WORD("融媒体"), WORD("融媒體"), WORD("融媒"), WORD("实习"), WORD("實習"), WORD("摄影"), WORD("攝影"),
    WORD("文字"), WORD("驻站"), WORD("駐站"), WORD("主任"), WORD("高级"), WORD("高級"), WORD("全媒")};

/* Words of a byline that are no one's name. */
static const struct word byline_words[] = {
    WORD("报道"), WORD("報道"), WORD("文图"), WORD("图文"), WORD("文圖"), WORD("圖文"), WORD("本报"),
    WORD("本報"), WORD("本刊"), WORD("综合"), WORD("綜合"), WORD("整理"), WORD("原创"), WORD("原創"),
    WORD("网友"), WORD("網友"), WORD("佚名"), WORD("小编"), WORD("小編"), WORD("本网"), WORD("本網"),
    WORD("本站"), WORD("见习"), WORD("特约"), WORD("首席"), WORD("来源"), WORD("來源"), WORD("通讯"),
    WORD("记者"), WORD("記者"), WORD("全媒体"), WORD("融媒体"), WORD("管理员"), WORD("讲解"),
    WORD("介绍"), WORD("文章"),
    /* a forum's word for who opened the thread, an app's for a poster */
    WORD("楼主"), WORD("樓主"), WORD("海报"), WORD("海報")};
/* The characters that open one: a name opens with none of most of them. */
static struct han_set byline_word_openers;

static bool is_byline_word(struct span v)
{
    size_t len;
    if (!set_has(&byline_word_openers, char_at(v, 0, &len)))
        return false;
    for (size_t i = 0; i < sizeof byline_words / sizeof byline_words[0]; i++)
        if (word_is(v, byline_words[i]))
            return true;
    return false;
}

/* A person's name: 2 to 4 Han characters opening with a surname, no
 * byline's word and no organisation's ending.  Four are a name with a
 * surname of two (欧阳某某): a button or a slogan of four that opens as a
 * surname does (原文传递, 官方微博, 党旗飘扬) is far likelier than a name of
 * four with a surname of one. */
static bool may_be_person(struct span v) { return v.n >= 6 && v.n <= 3 * NAME_HAN_MAX; }

/* Whether a name may end in the character cp: not in the last morpheme
 * of a page's word that opens with a surname's character (文号, 时讯, 文化,
 * 文件, 首页, 项目, a column's 关注 and 焦点), which no given name ends in. */
static bool ends_given_name(uint32_t cp)
{
    switch (cp) {
    case 0x53F7: case 0x865F: /* 号 號 */
    case 0x8BAF: case 0x8A0A: /* 讯 訊 */
    case 0x5316:              /* 化 */
    case 0x4EF6:              /* 件 */
    case 0x9875: case 0x9801: /* 页 頁 */
    case 0x7248:              /* 版 */
    case 0x7BC7:              /* 篇 */
    case 0x680F: case 0x6B04: /* 栏 欄 */
    case 0x7A3F:              /* 稿 */
    case 0x76EE:              /* 目 */
    case 0x6CE8:              /* 注 */
    case 0x70B9: case 0x9EDE: /* 点 點 */
    case 0x95F4: case 0x9593: /* 间 間, of 时间 spaced as a label (时 间) */
        return false;
    default:
        return true;
    }
}

/* is_person of a text that may be one, of han Han characters and nothing
 * else (han_only), which a caller may have counted already. */
static bool is_person_of(struct span v, size_t han)
{
    uint32_t last;
    zp_utf8_last(v.s, v.n, &last);
    return han >= 2 && han <= NAME_HAN_MAX && zp_opens_with_surname(v.s, v.n) && ends_given_name(last) &&
           !(han >= 3 && line_ends_as_organisation(v.s, v.n)) &&
           !(han <= 3 && is_byline_word(v)) && (han < NAME_HAN_MAX || zp_opens_with_compound_surname(v.s, v.n)) &&
           !zp_is_button_word(v.s, v.n);
}

/* A name but for its surname, rarer than those known (凡某某, 恽某): two or
 * three Han characters alone, read as one only among names. */
static bool is_rarely_surnamed(struct span v, size_t han)
{
    if (han < 2 || han > 3 || 3 * han != v.n)
        return false;
    uint32_t last;
    zp_utf8_last(v.s, v.n, &last);
    return !zp_opens_with_surname(v.s, v.n) && ends_given_name(last) &&
           !line_ends_as_organisation(v.s, v.n) && !is_byline_word(v);
}

static bool is_person(struct span v) { return may_be_person(v) && is_person_of(v, han_only(v)); }

/* Whether each of the names run together in v, ending at ends[0, count),
 * is a person's: a label glued after a name (陈某某来源:) parts as one
 * whose surname is rare, but is a byline's word. */
static bool glued_are_persons(struct span v, const size_t *ends, size_t count)
{
    for (size_t k = 0, from = 0; k < count; from = ends[k++])
        if (!is_person((struct span){v.s + from, ends[k] - from}))
            return false;
    return true;
}

/* A surname of one character and a given name spaced apart from it (张 翼,
 * 伍   磊): into *name, whether they are one. */
static bool spaced_name(struct span surname, struct span given, struct name *name)
{
    uint32_t last;
    if (han_only(surname) != 1 || han_only(given) < 1 || han_only(given) > GIVEN_NAME_HAN_MAX ||
        !zp_opens_with_surname(surname.s, surname.n) || (zp_utf8_last(given.s, given.n, &last), !ends_given_name(last)))
        return false;
    *name = (struct name){surname, given};
    return true;
}

/* A name of two characters alone in brackets ((秦某), （刘某）), opening
 * with a common surname and ending as no office does. */
static bool is_bracketed_short_name(const struct line *l)
{
    if (l->f.han != 2)
        return false;
    struct span inside = in_brackets(trim((struct span){l->raw, l->raw_len}));
    return han_only(inside) == 2 && inside.n == 6 && is_person(inside) && !line_ends_as_organisation(inside.s, inside.n);
}

/* Where the note in brackets that ends v opens: a few Han characters or
 * none in () or （）, after a name; v.n when v ends in no such note. */
static size_t bracketed_note_at(struct span v)
{
    enum { NOTE_HAN_MAX = 6 };
    size_t close = ends_with(v, ")") ? v.n - 1 : v.n - 3, han = 0, len;
    for (size_t at = close; at > 0; at -= len) {
        uint32_t cp;
        len = zp_char_before(v.s, at, &cp);
        if (cp == '(' || cp == 0xFF08)
            return at - len > 0 ? at - len : v.n;
        if (!zp_is_han(cp) || ++han > NOTE_HAN_MAX)
            return v.n;
    }
    return v.n;
}

/* A name without its note marks, in a journal's row of authors (刘某1,
 * 陈某*, 王某[2], 李某A, 谭某1a1b). */
static struct span without_note_marks(struct span v)
{
    for (;;) {
        if (v.n > 0 && (zp_is_ascii_digit(v.s[v.n - 1]) || v.s[v.n - 1] == '*'))
            v.n--;
        /* an affiliation's letter, alone after a Han character or a digit */
        else if (v.n > 1 && (v.s[v.n - 1] | 0x20) >= 'a' && (v.s[v.n - 1] | 0x20) <= 'z' &&
                 (v.s[v.n - 2] >= 0x80 || zp_is_ascii_digit(v.s[v.n - 2])))
            v.n--;
        /* brackets left empty where an icon was (李某1,6()), or a short
         * note in them (王某1(博士), 李某(通讯作者)) */
        else if ((ends_with(v, ")") || ends_with(v, "）")) && bracketed_note_at(v) < v.n)
            v.n = bracketed_note_at(v);
        else if (v.n > 2 && v.s[v.n - 1] == ']' && find(v, 0, "[") < v.n)
            v.n = find(v, 0, "[");
        else
            return v;
    }
}

/* Whether a note mark in square brackets ends v (王某[1], 李某[1,2],
 * 魏某[*]): its bracket closes the mark, not one around the line. */
static bool ends_with_note_mark(struct span v)
{
    size_t k = v.n;
    if (k < 3 || v.s[k - 1] != ']')
        return false;
    k--;
    size_t marks = 0;
    while (k > 0 && (zp_is_ascii_digit(v.s[k - 1]) || v.s[k - 1] == '*' || v.s[k - 1] == ',')) {
        marks += v.s[k - 1] != ',';
        k--;
    }
    return marks > 0 && k > 0 && v.s[k - 1] == '[';
}

static bool is_name_separator(uint32_t cp)
{
    /* a bar parts an outlet from its byline too (某某日报客户端 | 记者 某某) */
    return cp == ' ' || cp == 0x3001 || cp == 0xFF0C || cp == ',' || cp == ';' || cp == 0xFF1B || is_colon(cp) ||
           cp == 0x3000 || cp == '|' || cp == 0xFF5C || cp == '+' || cp == 0xFF0B;
}

/* The characters that open a role word above, and the role words by them. */
static struct han_set role_openers;
static struct word_index roles_by_first;

/* The first role word in a token at or after from, and where it begins
 * (t.n when none): the words are tried only where a character that opens
 * one stands. */
static enum role next_role(struct span t, size_t from, size_t *at, size_t *len)
{
    *at = t.n;
    for (size_t p = from, n; p < t.n; p += n) {
        uint32_t cp;
        n = zp_utf8_char(t.s + p, t.n - p, &cp);
        if (n != 3 || !set_has(&role_openers, cp))
            continue;
        size_t first, last;
        index_find(&roles_by_first, cp, &first, &last);
        for (size_t k = first; k < last; k++) {
            const struct role_word *w = &role_words[roles_by_first.order[k]];
            if (word_at(t, p, w->word)) {
                *at = p;
                *len = w->word.n;
                return w->role;
            }
        }
    }
    return ROLE_NONE;
}

/* The last role word in a token from the role found at *at, *len bytes
 * long (none: t.n), and where it begins. */
static enum role last_role_from(struct span t, enum role found, size_t *at, size_t *len)
{
    enum role role;
    size_t p, n;
    for (; found != ROLE_NONE && (role = next_role(t, *at + 3, &p, &n)) != ROLE_NONE; found = role) {
        *at = p;
        *len = n;
    }
    return found;
}

/* The last role word in a token, and where it begins (t.n when none). */
static enum role find_role(struct span t, size_t *at, size_t *len)
{
    return last_role_from(t, next_role(t, 0, at, len), at, len);
}

/* What stands before a role in a byline: nothing, words that qualify it
 * (见习, 全媒体), 本报 and the like, or an outlet (某某日报记者,
 * 观海新闻/某某晚报 记者), which goes to *outlet.  Anything else, and the
 * role word is none (党报记者进社区): false. */
static bool read_role_prefix(struct span prefix, struct span *outlet)
{
    *outlet = (struct span){prefix.s, 0};
    if (prefix.n == 0) /* the role opens its word, as most do */
        return true;
    for (bool cut = true; cut;) {
        cut = false;
        for (size_t i = 0; i < sizeof role_qualifiers / sizeof role_qualifiers[0]; i++)
            if (word_ends(prefix, role_qualifiers[i])) {
                prefix.n -= role_qualifiers[i].n;
                cut = true;
            }
    }
    prefix = trim(prefix);
    /* a slash may part the outlet from the role (某某传媒／记者 某某／某地
     * 报导, as Taiwan's papers set a byline) */
    if (ends_with(prefix, "/") || ends_with(prefix, "／"))
        prefix = trim((struct span){prefix.s, prefix.n - (ends_with(prefix, "/") ? 1 : 3)});
    if (prefix.n == 0)
        return true;
    struct span part = first_part(prefix);
    if (han_only(part) == 0)
        return false;
    if (part.n == prefix.n && names_no_outlet(prefix))
        return true;
    /* an outlet's edition may follow its name (某某日报农村版, 某某日报海外版):
     * two to four Han characters, the last 版 */
    enum { EDITION_HAN_MAX = 4 };
    size_t end = outlet_end(part), edition = han_only((struct span){part.s + end, part.n - end});
    if (end != part.n && !(edition >= 2 && edition <= EDITION_HAN_MAX && 3 * edition == part.n - end && ends_with(part, "版"))) {
        /* two outlets that share the reporter, the app's name first
         * (新某某·某某日报记者): the one whose name ends as an outlet's */
        size_t joint_len;
        if (part.n == prefix.n || !is_name_joint(char_at(prefix, part.n, &joint_len)))
            return false;
        struct span other = {prefix.s + part.n + joint_len, prefix.n - part.n - joint_len};
        if (han_only(other) == 0 || outlet_end(other) != other.n || !is_outlet(other))
            return false;
        *outlet = other;
        return true;
    }
    if (is_outlet((struct span){part.s, end}))
        *outlet = part;
    return true;
}

/* Words that end a byline or stand between its parts, a role for the
 * names before them; the characters that end them. */
static const struct word byline_tails[] = {
    WORD("摄影报道"), WORD("攝影報道"), WORD("报道"), WORD("報道"), WORD("文/图"), WORD("文/圖"),
    WORD("图/文"), WORD("圖/文"), WORD("文/摄"), WORD("文/攝"), WORD("文并摄"), WORD("文並攝")};
static struct han_set byline_tail_ends;

/* What a run of names stands in. */
enum names_in {
    IN_BYLINE,  /* a byline or a row of names: without a role, names only */
    IN_CREDIT,  /* credits after the text: an office may come first (（某某街道 王某）) */
    IN_LABEL,   /* an author label's value: the label is the role */
};

/* Reads the names of a byline, a credit or an author label's value, in
 * text order: 本报记者 张三 通讯员 李四 文/图, (记者 王五), 文/张三 图/李四,
 * □张三 李四 报道, 刘某1 陈某2.  Names after an editor's, a reviewer's or a
 * photographer's role are no authors, and a credit that ends in 摄 is a
 * photograph's.  Without a role, every word must be a name (an office may
 * open a credit), or the text is no byline and gives nothing.  The outlet a
 * role names (西江日报记者) goes to *outlet.  Returns the names. */
static size_t read_names(struct span text, enum names_in in, struct name *names, size_t most, struct span *outlet)
{
    size_t len;
    *outlet = (struct span){text.s, 0};
    text = trim(text);
    while (text.n > 0 && (is_bullet(char_at(text, 0, &len)) || is_opening(char_at(text, 0, &len))))
        text = trim((struct span){text.s + len, text.n - len});
    /* a credit for the text and its photographs, 、 between (文、图:某某,
     * 文、图/某某报记者 某某), whose 文 would read as a surname */
    static const struct word text_and_photos[] = {WORD("文、图"), WORD("图、文"), WORD("文、圖"), WORD("圖、文")};
    bool credited = false;
    for (size_t k = 0; k < sizeof text_and_photos / sizeof text_and_photos[0] && !credited; k++)
        if (word_at(text, 0, text_and_photos[k])) {
            size_t at = text_and_photos[k].n;
            uint32_t mark = at < text.n ? char_at(text, at, &len) : 0;
            if (is_colon(mark) || mark == '/' || mark == 0xFF0F /* ／ */)
                at += len;
            text = trim((struct span){text.s + at, text.n - at});
            credited = true;
        }
    /* or for the text alone, a colon after it (文:某某) */
    if (!credited && (starts_with(text, "文:") || starts_with(text, "文："))) {
        size_t at = starts_with(text, "文:") ? 4 : 6;
        text = trim((struct span){text.s + at, text.n - at});
        credited = true;
    }
    uint32_t last;
    /* brackets a template left empty after the last name, where an icon
     * was (某某1()), or that the scrape cut off open (某某1( ) */
    for (;;) {
        if (ends_with(text, "()") || ends_with(text, "（）"))
            text = trim((struct span){text.s, text.n - (ends_with(text, "()") ? 2 : 6)});
        else if (text.n > 0 && (zp_utf8_last(text.s, text.n, &last), is_opening(last)))
            text = trim((struct span){text.s, text.n - zp_utf8_last(text.s, text.n, &last)});
        else
            break;
    }
    while (text.n > 0 && !ends_with_note_mark(text) && (zp_utf8_last(text.s, text.n, &last), is_closing(last)))
        text = trim((struct span){text.s, text.n - zp_utf8_last(text.s, text.n, &last)});
    /* the place the reporter wrote from, after a slash, and 报导 (记者某某／
     * 新北报导, as Taiwan's papers set a byline) */
    if (ends_with(text, "报导") || ends_with(text, "報導")) {
        enum { PLACE_BYTES_MAX = 3 * 8 };
        size_t slash = text.n;
        while (slash > 0 && text.n - slash <= PLACE_BYTES_MAX && text.s[slash - 1] != '/' &&
               !(slash >= 3 && memcmp(text.s + slash - 3, "／", 3) == 0))
            slash--;
        if (slash > 0 && text.n - slash <= PLACE_BYTES_MAX)
            text = trim((struct span){text.s, slash - (text.s[slash - 1] == '/' ? 1 : 3)});
    }
    /* a photograph's credit: 摄 攝 供图 供圖 at the end (looked for only
     * after one of their last characters) */
    if (text.n > 0 && (last == 0x6444 || last == 0x651D || last == 0x56FE || last == 0x5716) &&
        ((ends_with(text, "摄") && !ends_with(text, "文/摄") && !ends_with(text, "文并摄")) ||
         (ends_with(text, "攝") && !ends_with(text, "文/攝") && !ends_with(text, "文並攝")) ||
         ends_with(text, "供图") || ends_with(text, "供圖")))
        return 0;
    size_t count = 0, persons = 0, others = 0; /* others: words neither role nor name */
    /* a name of a rarer surname in a row of names without a role, and
     * where it stands among the names read */
    struct span rare = {text.s, 0};
    size_t rare_at = 0;
    /* whether the word read last was a role alone, and whether the rarer
     * name came right after a role, or before any name */
    bool role_last = false, rare_after_role = false, rare_first = false;
    bool any_role = in == IN_LABEL || credited;
    /* whether the last word was a name read as an author's, and whether
     * the last was a role alone after one (贾某某 摄影) */
    bool author_last = false, role_after_author = false;
    enum role mode = ROLE_AUTHOR;
    struct span organisation = {text.s, 0}; /* the word before, when no name */
    struct span lone = {text.s, 0};         /* a surname standing alone */
    for (size_t at = 0; at < text.n;) {
        uint32_t cp = char_at(text, at, &len);
        if (is_name_separator(cp)) {
            at += len;
            continue;
        }
        size_t start = at;
        while (at < text.n) {
            /* most of a word's characters are Han ones of U+5000 to U+9FFF,
             * none a separator, told by their bytes alone */
            if (common_han_at(text, at)) {
                at += 3;
                continue;
            }
            if (is_name_separator(char_at(text, at, &len)))
                break;
            /* a note mark's commas are its own (王某[1,2]) */
            const unsigned char *close;
            if (text.s[at] == '[' && (close = memchr(text.s + at, ']', text.n - at)) != NULL)
                len = (size_t)(close - (text.s + at)) + 1;
            at += len;
        }
        struct span t = {text.s + start, at - start};
        /* a byline's tails (tried after one of their last characters) */
        uint32_t end;
        zp_utf8_last(t.s, t.n, &end);
        if (set_has(&byline_tail_ends, end))
            for (size_t i = 0; i < sizeof byline_tails / sizeof byline_tails[0]; i++)
                if (word_ends(t, byline_tails[i])) {
                    t.n -= byline_tails[i].n;
                    any_role = true;
                    break;
                }
        if (t.n == 0) {
            lone.n = 0;
            continue;
        }
        bool photograph = false;
        /* 文/ 文／ 图/ 圖/ 摄/: a character and a slash */
        bool slashed = t.n > 3 && (t.s[3] == '/' || t.s[3] == 0xEF);
        if (slashed && (starts_with(t, "文/") || starts_with(t, "文／"))) {
            mode = ROLE_AUTHOR;
            any_role = true;
            t = (struct span){t.s + (starts_with(t, "文/") ? 4 : 6), t.n - (starts_with(t, "文/") ? 4 : 6)};
        } else if (slashed && (starts_with(t, "图/") || starts_with(t, "圖/") || starts_with(t, "摄/"))) {
            mode = ROLE_OTHER;
            any_role = photograph = true;
            t = (struct span){t.s + 4, t.n - 4};
        }
        /* the word's first role, looked for once: the word may be cut
         * below, but before its second role or before the first */
        size_t role_at, role_len;
        enum role role = next_role(t, 0, &role_at, &role_len);
        /* a second role glued after the first one's names (记者某某某通讯员
         * 某某, 通讯员某某某某记者某某某) opens the next word; not after its
         * qualifier (摄影/见习记者 某某) */
        enum { TWO_ROLES_BYTES_MIN = 3 * 6 }; /* 记者某通讯员某 at the least */
        size_t second_at, second_len;
        if (t.n >= TWO_ROLES_BYTES_MIN && role != ROLE_NONE &&
            next_role(t, role_at + role_len + 3, &second_at, &second_len) != ROLE_NONE) {
            struct span between = {t.s + role_at + role_len, second_at - role_at - role_len};
            size_t glued_ends[ZP_GLUED_NAMES_MAX];
            if (is_person(between) || zp_glued_names(between.s, between.n, glued_ends) > 1) {
                at = (size_t)(t.s - text.s) + second_at;
                t.n = second_at;
            }
        }
        /* or a role after the page's own outlet glued after a name
         * (本报记者 某某某本报通讯员 某某) */
        if (role != ROLE_NONE) {
            static const struct word own[] = {WORD("本报"), WORD("本報"), WORD("本台"), WORD("本刊"),
                                              WORD("本网"), WORD("本網")};
            struct span before = {t.s, role_at};
            for (size_t k = 0; k < sizeof own / sizeof own[0]; k++)
                if (word_ends(before, own[k])) {
                    struct span name = {t.s, role_at - own[k].n};
                    if (is_person(name)) {
                        at = (size_t)(t.s - text.s) + name.n;
                        t.n = name.n;
                        role = ROLE_NONE;
                        role_at = t.n;
                    }
                    break;
                }
        }
        role = last_role_from(t, role, &role_at, &role_len);
        struct span named;
        bool after_role = role_last;
        role_last = false;
        /* or an outlet's short name, whatever it ends in, when the role
         * ends the word (每经记者 某某, 央视记者 某某) */
        enum { SHORT_OUTLET_HAN_MIN = 2, SHORT_OUTLET_HAN_MAX = 4 };
        /* or glued before its name (总台记者李某) */
        struct span prefix = {t.s, role_at};
        size_t prefix_han = role != ROLE_NONE && (role_at + role_len == t.n ||
                                                  is_person((struct span){t.s + role_at + role_len, t.n - role_at - role_len}))
                                ? han_only(prefix)
                                : 0;
        bool prefixed = role != ROLE_NONE && read_role_prefix(prefix, &named);
        if (!prefixed && prefix_han >= SHORT_OUTLET_HAN_MIN && prefix_han <= SHORT_OUTLET_HAN_MAX &&
            !names_no_outlet(prefix)) {
            named = prefix;
            prefixed = true;
        }
        if (prefixed) {
            after_role = true;
            /* 图/记者 某某: the photographer's mark decides */
            if (!photograph)
                mode = role;
            any_role = true;
            if (role == ROLE_AUTHOR && outlet->n == 0) {
                *outlet = named;
                /* the outlet as a word of its own before the role */
                if (outlet->n == 0 && role_at == 0 && organisation.n > 0 && !read_role_prefix(organisation, outlet))
                    outlet->n = 0;
            }
            t = (struct span){t.s + role_at + role_len, t.n - role_at - role_len};
            /* a slash may part the role from its name (记者/某某) */
            if (t.n > 0 && t.s[0] == '/')
                t = (struct span){t.s + 1, t.n - 1};
            else if (starts_with(t, "／"))
                t = (struct span){t.s + 3, t.n - 3};
            lone.n = 0;
            if (t.n == 0) {
                role_after_author = author_last && role == ROLE_OTHER && role_at == 0;
                author_last = false;
                role_last = true;
                continue;
            }
        }
        role_after_author = author_last = false;
        /* the rest of a name's mark after a comma (刘某1,2,), a number
         * of two digits at most: more are a document's or a date's */
        enum { MARK_REST_MAX = 2 };
        size_t before_marks = t.n - (ends_with(t, "()") ? 2 : ends_with(t, "（）") ? 6 : 0);
        t = without_note_marks(t);
        if (t.n == 0 && persons > 0 && before_marks <= MARK_REST_MAX)
            continue;
        size_t han = han_only(t);
        if (han == 1 && lone.n == 0) {
            lone = t;
            continue;
        }
        /* names run together after a reporter's role (记者程某周某某应某某),
         * not a label's value, which an outlet may fill (作者:某某新闻网) */
        size_t ends[ZP_GLUED_NAMES_MAX], glued;
        if (any_role && in != IN_LABEL && mode == ROLE_AUTHOR && lone.n == 0 && han >= 4 &&
            !(may_be_person(t) && is_person_of(t, han)) && !ends_as_outlet(t.s, t.n) &&
            !line_ends_as_organisation(t.s, t.n) && (glued = zp_glued_names(t.s, t.n, ends)) > 1 &&
            glued_are_persons(t, ends, glued)) {
            for (size_t k = 0, from = 0; k < glued && count < most; from = ends[k++])
                names[count++] = (struct name){{t.s + from, ends[k] - from}, {t.s, 0}};
            persons += glued;
            organisation.n = 0;
            author_last = true;
            continue;
        }
        struct name name = {t, {t.s, 0}};
        if (lone.n > 0) {
            /* a surname and a given name spaced apart (孙 璐); a word spaced
             * to a table's width (作  者) is none */
            if (!spaced_name(lone, t, &name)) {
                organisation = t;
                lone.n = 0;
                others += 2;
                continue;
            }
            lone.n = 0;
        } else if (!(may_be_person(t) && is_person_of(t, han))) {
            organisation = t;
            /* counted as a name or a word at the end, when the row is known */
            if ((in == IN_BYLINE || in == IN_CREDIT) && rare.n == 0 && mode == ROLE_AUTHOR && is_rarely_surnamed(t, han)) {
                rare = t;
                rare_at = count;
                rare_after_role = after_role;
                rare_first = persons == 0;
                continue;
            }
            others += !(in == IN_CREDIT && persons == 0);
            continue;
        }
        persons++;
        organisation.n = 0;
        if (mode == ROLE_AUTHOR && count < most) {
            names[count++] = name;
            author_last = true;
        }
    }
    /* one rarer surname among three names or more (凡某某 潘某 何某), or
     * right after a reporter's role in a credit, another name beside it
     * ((通讯员 宛某某 简某某)) or nothing else in it ((通讯员 訾某)), or
     * between two reporters' names (某某新闻
     * 记者 周某 慈某某 邱某某), or last after a reporter's name in a credit
     * ((通讯员周某、望某某)), or right after a reporter's role in a byline
     * with names after it (某某日报全媒记者 庹某某 通讯员 朱某某) */
    enum { RARE_AMONG_MIN = 3 };
    if (rare.n > 0) {
        bool between_names = any_role && mode == ROLE_AUTHOR && rare_at > 0 && rare_at < count;
        bool after_names = in == IN_CREDIT && any_role && mode == ROLE_AUTHOR && rare_at > 0 && rare_at == count;
        if (((!any_role && persons + 1 >= RARE_AMONG_MIN) ||
             (in == IN_CREDIT && rare_after_role && (persons > 0 || others == 0)) ||
             (in == IN_BYLINE && any_role && mode == ROLE_AUTHOR && rare_after_role && rare_at < count) ||
             between_names || after_names) &&
            count < most) {
            memmove(names + rare_at + 1, names + rare_at, (count - rare_at) * sizeof *names);
            names[rare_at] = (struct name){rare, {rare.s, 0}};
            count++;
        } else {
            /* an office may open a credit, as for any other word */
            others += !(in == IN_CREDIT && rare_first);
        }
    }
    if (!any_role && (persons == 0 || others > 0 || lone.n > 0))
        return 0;
    /* a photographer's word that ends the credit is the role of the name
     * before it ((记者 张某 报道 贾某某 摄影)) */
    if (role_after_author)
        count--;
    return count;
}

/* ---- labels */

/* The labels a line's fields stand after (发布时间: 来源: 作者:), both
 * scripts, longer before shorter; a label is a word at the start of the
 * line or after a mark, and a colon after it.  Data, as role_words is:
 * the two tables look alike, their words and uses do not. */
static const struct label {
    struct word word;
    enum {
        FIELD_DATE,
        FIELD_ISSUE_DATE, /* a journal's issue, which it may put out online before (发布日期) */
        FIELD_DOCUMENT_DATE,
        FIELD_UPDATE_DATE,
        FIELD_SOURCE,
        FIELD_AUTHOR,
        FIELD_TITLE
    } field;
} labels[] = {
    {WORD("发布日期"), FIELD_DATE}, {WORD("发布时间"), FIELD_DATE}, {WORD("发表时间"), FIELD_DATE},
    {WORD("发表日期"), FIELD_DATE}, {WORD("发稿时间"), FIELD_DATE}, {WORD("发稿日期"), FIELD_DATE},
    {WORD("刊发日期"), FIELD_DATE}, {WORD("刊发时间"), FIELD_DATE}, {WORD("刊登日期"), FIELD_DATE},
    {WORD("网络出版日期"), FIELD_DATE}, {WORD("網絡出版日期"), FIELD_DATE}, {WORD("网络首发日期"), FIELD_DATE},
    {WORD("網絡首發日期"), FIELD_DATE}, {WORD("出版日期"), FIELD_ISSUE_DATE}, {WORD("期刊年份"), FIELD_ISSUE_DATE},
    {WORD("出版年份"), FIELD_ISSUE_DATE}, {WORD("发表年份"), FIELD_ISSUE_DATE}, {WORD("學位年度"), FIELD_ISSUE_DATE},
    {WORD("学位年度"), FIELD_ISSUE_DATE}, {WORD("发布于"), FIELD_DATE}, {WORD("发表于"), FIELD_DATE},
    {WORD("公开日期"), FIELD_DATE}, {WORD("公開日期"), FIELD_DATE}, {WORD("公开时间"), FIELD_DATE},
    {WORD("發佈日期"), FIELD_DATE}, {WORD("發布日期"), FIELD_DATE}, {WORD("發佈時間"), FIELD_DATE},
    {WORD("發布時間"), FIELD_DATE}, {WORD("發表時間"), FIELD_DATE}, {WORD("發表日期"), FIELD_DATE},
    {WORD("發稿時間"), FIELD_DATE}, {WORD("首播时间"), FIELD_DATE}, {WORD("首播時間"), FIELD_DATE},
    {WORD("播出时间"), FIELD_DATE}, {WORD("播出時間"), FIELD_DATE}, {WORD("刊發日期"), FIELD_DATE}, {WORD("發佈於"), FIELD_DATE}, {WORD("發布於"), FIELD_DATE},
    {WORD("發表於"), FIELD_DATE}, {WORD("上传时间"), FIELD_DATE}, {WORD("上傳時間"), FIELD_DATE},
    {WORD("添加时间"), FIELD_DATE}, {WORD("添加時間"), FIELD_DATE}, {WORD("添加日期"), FIELD_DATE},
    {WORD("加入时间"), FIELD_DATE}, {WORD("加入時間"), FIELD_DATE},
    /* before 日期, which ends them: the first label that ends the words
     * before a colon is theirs */
    {WORD("成文日期"), FIELD_DOCUMENT_DATE}, {WORD("发文日期"), FIELD_DOCUMENT_DATE},
    {WORD("發文日期"), FIELD_DOCUMENT_DATE}, {WORD("发文时间"), FIELD_DOCUMENT_DATE},
    {WORD("發文時間"), FIELD_DOCUMENT_DATE}, {WORD("生成日期"), FIELD_DOCUMENT_DATE},
    {WORD("更新时间"), FIELD_UPDATE_DATE}, {WORD("更新時間"), FIELD_UPDATE_DATE},
    {WORD("更新日期"), FIELD_UPDATE_DATE}, {WORD("最近更新"), FIELD_UPDATE_DATE},
    {WORD("最后更新"), FIELD_UPDATE_DATE}, {WORD("最後更新"), FIELD_UPDATE_DATE},
    {WORD("更新于"), FIELD_UPDATE_DATE}, {WORD("更新於"), FIELD_UPDATE_DATE},
    {WORD("時間"), FIELD_DATE}, {WORD("时间"), FIELD_DATE},
    {WORD("日期"), FIELD_DATE}, {WORD("信息来源"), FIELD_SOURCE}, {WORD("文献来源"), FIELD_SOURCE},
    {WORD("文獻來源"), FIELD_SOURCE}, {WORD("新闻来源"), FIELD_SOURCE},
    {WORD("文章来源"), FIELD_SOURCE}, {WORD("稿件来源"), FIELD_SOURCE}, {WORD("消息来源"), FIELD_SOURCE},
    {WORD("素材来源"), FIELD_SOURCE}, {WORD("資訊來源"), FIELD_SOURCE}, {WORD("信息來源"), FIELD_SOURCE},
    {WORD("新聞來源"), FIELD_SOURCE}, {WORD("文章來源"), FIELD_SOURCE}, {WORD("内容来源"), FIELD_SOURCE},
    {WORD("內容來源"), FIELD_SOURCE}, {WORD("资料来源"), FIELD_SOURCE}, {WORD("資料來源"), FIELD_SOURCE},
    {WORD("来源"), FIELD_SOURCE}, {WORD("转载自"), FIELD_SOURCE},
    {WORD("轉載自"), FIELD_SOURCE}, {WORD("本文转自"), FIELD_SOURCE}, {WORD("本文轉自"), FIELD_SOURCE},
    {WORD("转自"), FIELD_SOURCE}, {WORD("轉自"), FIELD_SOURCE},
    {WORD("來源"), FIELD_SOURCE}, {WORD("稿源"), FIELD_SOURCE}, {WORD("出处"), FIELD_SOURCE},
    {WORD("出處"), FIELD_SOURCE}, {WORD("当前报纸名称"), FIELD_SOURCE}, {WORD("當前報紙名稱"), FIELD_SOURCE},
    {WORD("报纸名称"), FIELD_SOURCE}, {WORD("報紙名稱"), FIELD_SOURCE}, {WORD("发布机构"), FIELD_SOURCE}, {WORD("发文机构"), FIELD_SOURCE}, {WORD("發文機構"), FIELD_SOURCE}, {WORD("发文机关"), FIELD_SOURCE}, {WORD("發文機關"), FIELD_SOURCE},
    {WORD("發佈機構"), FIELD_SOURCE}, {WORD("发布单位"), FIELD_SOURCE}, {WORD("发布部门"), FIELD_SOURCE}, {WORD("發佈部門"), FIELD_SOURCE}, {WORD("發佈單位"), FIELD_SOURCE},
    {WORD("发文单位"), FIELD_SOURCE}, {WORD("發文單位"), FIELD_SOURCE},
    {WORD("供稿单位"), FIELD_SOURCE}, {WORD("供稿單位"), FIELD_SOURCE}, {WORD("供稿"), FIELD_SOURCE},
    {WORD("来自"), FIELD_SOURCE}, {WORD("來自"), FIELD_SOURCE},
    /* the office that put the page up, after 发布 alone (发布:某某县公安局
     * 时间:…), which the longer labels of a time end in too */
    {WORD("发布"), FIELD_SOURCE}, {WORD("發布"), FIELD_SOURCE}, {WORD("發佈"), FIELD_SOURCE},
    /* a paper's journal in a database's fields (【期刊名称】 《某某学报》) */
    {WORD("期刊名称"), FIELD_SOURCE}, {WORD("期刊名稱"), FIELD_SOURCE}, {WORD("发表期刊"), FIELD_SOURCE},
    {WORD("發表期刊"), FIELD_SOURCE}, {WORD("来源期刊"), FIELD_SOURCE}, {WORD("來源期刊"), FIELD_SOURCE},
    {WORD("所属期刊"), FIELD_SOURCE}, {WORD("所屬期刊"), FIELD_SOURCE}, {WORD("刊名"), FIELD_SOURCE},
    {WORD("作者姓名"), FIELD_AUTHOR}, {WORD("作者"), FIELD_AUTHOR}, {WORD("撰文"), FIELD_AUTHOR},
    /* a reporter's role as a label, but 记者, which opens an interview's
     * questions (记者:…) */
    {WORD("通讯员"), FIELD_AUTHOR}, {WORD("通訊員"), FIELD_AUTHOR},
    {WORD("撰稿"), FIELD_AUTHOR}, {WORD("文字报道"), FIELD_AUTHOR}, {WORD("文字報道"), FIELD_AUTHOR},
    {WORD("文字"), FIELD_AUTHOR}, {WORD("文"), FIELD_AUTHOR}, {WORD("文件名称"), FIELD_TITLE}, {WORD("标题"), FIELD_TITLE}, {WORD("標題"), FIELD_TITLE},
    {WORD("文件名稱"), FIELD_TITLE}, {WORD("名称"), FIELD_TITLE}, {WORD("名稱"), FIELD_TITLE},
    /* a table spaces a label of two characters to the width of its
     * neighbours */
    {WORD("名 称"), FIELD_TITLE}, {WORD("名 稱"), FIELD_TITLE}, {WORD("日 期"), FIELD_DATE},
    {WORD("时 间"), FIELD_DATE}, {WORD("時 間"), FIELD_DATE},
    {WORD("来 源"), FIELD_SOURCE}, {WORD("來 源"), FIELD_SOURCE}, {WORD("作 者"), FIELD_AUTHOR}};

/* Other labels, which end the value before them (来源:某某网编辑:…). */
static const struct word other_labels[] = {
    WORD("责任编辑"), WORD("責任編輯"), WORD("网络编辑"), WORD("編輯"), WORD("编辑"), WORD("责编"),
    WORD("責編"), WORD("审核"), WORD("審核"), WORD("校对"), WORD("浏览次数"), WORD("阅读次数"), WORD("閱讀次數"),
    WORD("点击次数"), WORD("點擊次數"), WORD("浏览"), WORD("瀏覽"), WORD("浏览量"), WORD("瀏覽量"), WORD("阅读量"),
    WORD("閱讀量"), WORD("点击量"), WORD("點擊量"),
    WORD("点击"), WORD("阅读"), WORD("閱讀"), WORD("字号"), WORD("字號"), WORD("字体"), WORD("字體"), WORD("评论"),
    WORD("文字大小"), WORD("字体大小"), WORD("字體大小"), WORD("背景色"),
    WORD("發布者"),
    WORD("发布者"), WORD("发布人"), WORD("摄影"), WORD("攝影"), WORD("提示"), WORD("查看数"), WORD("访问量"),
    WORD("二审"), WORD("三审"), WORD("一审"), WORD("Tag"), WORD("所属分类"), WORD("所屬分類"), WORD("所属栏目"),
    WORD("所屬欄目"), WORD("栏目"), WORD("欄目"), WORD("关键词"), WORD("關鍵詞"), WORD("关键字"), WORD("關鍵字"),
    /* a government table's, whose last word is a label's too (生效日期, not 日期) */
    WORD("生效日期"), WORD("失效日期"), WORD("索引号"), WORD("索引號"), WORD("主题词"), WORD("主題詞"),
    WORD("公开范围"), WORD("公開範圍")};

/* The labels by their last character: most colons follow none of them,
 * and the labels are tried only where one does, and then only those that
 * end in it; and so the other labels. */
static struct word_index labels_by_end, other_labels_by_end;

/* The first label, in the labels' order, whose word ends v, which ends in
 * the character last; NULL when none does. */
static const struct label *label_ending(struct span v, uint32_t last)
{
    size_t from, to;
    index_find(&labels_by_end, last, &from, &to);
    for (size_t k = from; k < to; k++)
        if (word_ends(v, labels[labels_by_end.order[k]].word))
            return &labels[labels_by_end.order[k]];
    return NULL;
}

/* The length of the longest known label's word that ends v (更新时间, not
 * 时间; 来源, 责任编辑, …), 0 when none does. */
static size_t known_label_len(struct span v)
{
    size_t longest = 0, from, to;
    uint32_t last;
    zp_char_before(v.s, v.n, &last);
    index_find(&labels_by_end, last, &from, &to);
    for (size_t k = from; k < to; k++) {
        const struct word *w = &labels[labels_by_end.order[k]].word;
        if (word_ends(v, *w) && w->n > longest)
            longest = w->n;
    }
    index_find(&other_labels_by_end, last, &from, &to);
    for (size_t k = from; k < to; k++) {
        const struct word *w = &other_labels[other_labels_by_end.order[k]];
        if (word_ends(v, *w) && w->n > longest)
            longest = w->n;
    }
    return longest;
}

/* The length of an edition in brackets at v[at], which is a journal's
 * name's last part (某某学报(社会科学版)); 0 when none opens there. */
static size_t edition_len(struct span v, size_t at)
{
    enum { EDITION_CHARS_MAX = 8 };
    size_t len, chars = 0;
    char_at(v, at, &len);
    for (size_t end = at + len; end < v.n && chars <= EDITION_CHARS_MAX; end += len, chars++) {
        uint32_t cp = char_at(v, end, &len);
        if (is_closing(cp)) {
            uint32_t before;
            zp_char_before(v.s, end, &before);
            return before == 0x7248 /* 版 */ && chars > 1 ? end + len - at : 0;
        }
        if (!zp_is_han(cp))
            return 0;
    }
    return 0;
}

/* A label's value: from after its colon to the next label, a bar or,
 * unless it may hold them as a title does (名称: 关于印发《某某细则(试行)》
 * 的通知), a bracket; without the spaces around it. */
static struct span field_value(struct span line, size_t from, bool holds_brackets)
{
    size_t word = from, len;
    bool in_word = false;
    for (size_t at = from; at < line.n; at += len) {
        /* most characters are Han ones, which go on a word */
        if (common_han_at(line, at)) {
            len = 3;
            if (!in_word)
                word = at;
            in_word = true;
            continue;
        }
        uint32_t cp = char_at(line, at, &len);
        if (is_colon(cp) && in_word) {
            size_t known = known_label_len((struct span){line.s, at}), end = word;
            size_t word_chars = zp_count_chars(line.s + word, at - word);
            /* a colon after a long word that is no label's is the value's
             * own (名称: 某某县交通运输局:三项举措,… 文号:) */
            if (known == 0 && word_chars > BARE_LABEL_MAX) {
                in_word = false;
                continue;
            }
            /* the word before a colon opens the next field: the longest
             * known label's there, or the Han word before it (from word),
             * unless it is the whole value and no label, a note after it
             * (作者: 某某:某某大学) */
            if (word_chars > 2 && known > 0 && at - known >= word) {
                end = at - known;
                /* unless a role's word is the rest of it, a stage of the
                 * review before the label (吴某某 一审编辑:) */
                size_t role_at = 0, role_len = 0;
                if (end > word && find_role((struct span){line.s + word, end - word}, &role_at, &role_len) != ROLE_NONE &&
                    role_at == 0 && role_len == end - word)
                    end = word;
            }
            /* a label of two characters spaced to a table's width opens
             * the next field too (标  题: 某某 文  号:) */
            size_t gap = word;
            while (gap > from && line.s[gap - 1] == ' ')
                gap--;
            uint32_t first;
            bool spaced = at - word == 3 && gap < word && gap >= from + 3 && zp_char_before(line.s, gap, &first) == 3 &&
                          zp_is_han(first) && (gap - 3 == from || line.s[gap - 4] == ' ');
            /* and so does one of three spaced, its first character glued to
             * the value or not (发布机构:某某局关 键 词:) */
            size_t first_end = gap >= from + 3 && gap < word ? gap - 3 : from;
            while (first_end > from && line.s[first_end - 1] == ' ')
                first_end--;
            bool three_spaced = false;
            if (spaced && first_end >= from + 3 && first_end < gap - 3) {
                unsigned char packed[9];
                memcpy(packed, line.s + first_end - 3, 3);
                memcpy(packed + 3, line.s + gap - 3, 3);
                memcpy(packed + 6, line.s + word, 3);
                three_spaced = known_label_len((struct span){packed, sizeof packed}) == sizeof packed;
            }
            if (three_spaced)
                end = first_end - 3;
            else if (spaced)
                end = gap - 3;
            /* or a person's name in a list of them, its affiliation after the
             * colon (作者: 某某, 某某:某某大学…); a word and a colon that end
             * the line are a widget's label after an empty field (来源:
             * 字体显示:) */
            else if ((end == from || is_person((struct span){line.s + word, at - word})) && known == 0 &&
                     skip_spaces(line.s, line.n, at + len) < line.n)
                end = at;
            return trim((struct span){line.s + from, end - from});
        }
        /* a known label with spaces before its colon opens the next field,
         * glued to the value or not (来源 : 某某网作者 : 佚名) */
        if (is_colon(cp) && !in_word && at > from && line.s[at - 1] == ' ') {
            size_t gap = at;
            while (gap > from && line.s[gap - 1] == ' ')
                gap--;
            size_t known = known_label_len((struct span){line.s, gap});
            if (known > 0 && gap - known > from)
                return trim((struct span){line.s + from, gap - known - from});
        }
        /* a bar, or the line of a box a template drew as one (来源:某某│) */
        if (cp == '|' || cp == 0xFF5C || cp == 0x2502 || (!holds_brackets && (is_opening(cp) || is_closing(cp)))) {
            size_t edition = is_opening(cp) ? edition_len(line, at) : 0;
            if (edition == 0)
                return trim((struct span){line.s + from, at - from});
            len = edition;
            in_word = false;
            continue;
        }
        if (zp_is_han(cp)) {
            if (!in_word)
                word = at;
            in_word = true;
        } else {
            in_word = false;
        }
    }
    return trim((struct span){line.s + from, line.n - from});
}

static struct span label_value(struct span line, size_t from) { return field_value(line, from, false); }

/* Whether the value of a label in line from from ends at at. */
static bool value_ends_at(struct span line, size_t from, size_t at)
{
    struct span value = label_value(line, from);
    return (size_t)(value.s + value.n - line.s) == at;
}

/* ---- the document */

static bool is_kept(const struct line *l) { return !l->rule; }
static bool is_dropped(const struct line *l) { return l->rule && !l->joined && l->cls != CLASS_BLANK; }

/* What a dropped line holds that the readers below look for: most lines
 * hold none of it and are read no further.  Looked for in the lines read
 * alone, when they are read: few lines are. */
struct marks {
    bool colon;    /* : or ： (a label) */
    bool prose;    /* 。！？, or a long line: labels there are mentioned
                    * (本网未注明“来源:某某网”的作品…) */
    bool digit;    /* 0 to 9: without one, no date */
};

/* The marks of the character whose first byte is s[at], into m: ： ！ ？ 。
 * count whole in s[0, n) only. */
static void mark_at(struct marks *m, const unsigned char *s, size_t n, size_t at)
{
    unsigned c = s[at], b = at + 2 < n ? (unsigned)s[at + 1] << 8 | s[at + 2] : 0;
    m->colon |= c == ':' || (c == 0xEF && b == 0xBC9A);
    m->prose |= (c == 0xEF && (b == 0xBC81 || b == 0xBC9F)) || (c == 0xE3 && b == 0x8082);
}

/* The marks of s[0, n), 16 bytes at a time: a byte pair that may begin a
 * mark (: alone, EF BC, E3 80) sets a bit, and only those places are read
 * further; READ_PAST bytes after s + n are read, as line_measure reads
 * them. */
static struct marks marks_of(const unsigned char *s, size_t n)
{
    /* a line of 450 bytes, 150 Han characters, is a paragraph: no
     * table's or byline's fields run so long */
    enum { PARAGRAPH_BYTES = 450 };
    struct marks m = {.prose = n > PARAGRAPH_BYTES};
#ifdef __SSE2__
    const __m128i colon = _mm_set1_epi8(':'), ef = _mm_set1_epi8((char)0xEF), bc = _mm_set1_epi8((char)0xBC),
                  e3 = _mm_set1_epi8((char)0xE3), x80 = _mm_set1_epi8((char)0x80), zero = _mm_set1_epi8('0'),
                  nine = _mm_set1_epi8(9);
    for (size_t i = 0; i < n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 1));
        /* v - '0' <= 9, unsigned */
        __m128i digit = _mm_sub_epi8(v, zero);
        unsigned digits = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(digit, nine), digit));
        __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v, colon),
                                   _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(v, ef), _mm_cmpeq_epi8(next, bc)),
                                                _mm_and_si128(_mm_cmpeq_epi8(v, e3), _mm_cmpeq_epi8(next, x80))));
        unsigned mask = (unsigned)_mm_movemask_epi8(hit);
        if (n - i < 16) {
            mask &= (1u << (n - i)) - 1;
            digits &= (1u << (n - i)) - 1;
        }
        m.digit |= digits != 0;
        for (; mask != 0; mask &= mask - 1)
            mark_at(&m, s, n, i + (unsigned)__builtin_ctz(mask));
    }
#else
    for (size_t at = 0; at < n; at++) {
        m.digit |= zp_is_ascii_digit(s[at]);
        mark_at(&m, s, n, at);
    }
#endif
    return m;
}

/* Whether the character at s[at], whole in s[0, n), is 者 after 记 or 記,
 * or 员 after 讯, or 員 after 訊. */
static bool reporter_at(const unsigned char *s, size_t n, size_t at)
{
    if (at < 3 || at + 2 >= n || s[at - 3] != 0xE8)
        return false;
    unsigned before = (unsigned)s[at - 2] << 8 | s[at - 1], b = (unsigned)s[at] << 16 | s[at + 1] << 8 | s[at + 2];
    return (b == 0xE88085 && (before == 0xAEB0 || before == 0xA898)) || (b == 0xE59198 && before == 0xAEAF) ||
           (b == 0xE593A1 && before == 0xA88A);
}

/* Whether s[0, n) names a reporter: 记者 or 通讯员, in either script.  16
 * bytes at a time: the byte pairs that open 者 (E8 80), 员 (E5 91) and 員
 * (E5 93) set bits, and only those places are read further (READ_PAST
 * bytes after s + n are read). */
static bool names_reporter(const unsigned char *s, size_t n)
{
#ifdef __SSE2__
    const __m128i e8 = _mm_set1_epi8((char)0xE8), x80 = _mm_set1_epi8((char)0x80), e5 = _mm_set1_epi8((char)0xE5),
                  x91 = _mm_set1_epi8((char)0x91), x93 = _mm_set1_epi8((char)0x93);
    for (size_t i = 0; i < n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 1));
        __m128i hit = _mm_or_si128(
            _mm_and_si128(_mm_cmpeq_epi8(v, e8), _mm_cmpeq_epi8(next, x80)),
            _mm_and_si128(_mm_cmpeq_epi8(v, e5), _mm_or_si128(_mm_cmpeq_epi8(next, x91), _mm_cmpeq_epi8(next, x93))));
        for (unsigned mask = (unsigned)_mm_movemask_epi8(hit); mask != 0; mask &= mask - 1)
            if (reporter_at(s, n, i + (unsigned)__builtin_ctz(mask)))
                return true;
    }
#else
    for (size_t at = 0; at < n; at++)
        if (reporter_at(s, n, at))
            return true;
#endif
    return false;
}

/* Whether s[0, n) holds 版, an e-paper's page. */
static bool names_page(const unsigned char *s, size_t n) { return find_wide((struct span){s, n}, "版") < n; }

/* Whether l's features are of its text as read. */
static bool measured_as_read(const struct line *l) { return l->text == l->raw && l->len == l->raw_len; }

/* What the readers make of a line's rule: the rules whose lines they read,
 * and the others by whether their lines may hold a field. */
enum rule_kind {
    RULE_NO_FIELDS, /* see may_hold_fields */
    RULE_FIELDS,    /* any other rule: its line may hold a field */
    RULE_COPYRIGHT, /* no field, but the paper it names */
    RULE_PRINT,     /* a print credit */
    RULE_LINKS, RULE_DATE, RULE_BEFORE_TITLE, RULE_MASTHEAD, RULE_BYLINE, RULE_AUTHOR, RULE_BIO, RULE_AFFILIATION, RULE_JOURNAL, RULE_CITATION,
    RULE_CAPTION, RULE_SIGNATURE, RULE_FOOTER, RULE_BREADCRUMB,
    RULE_SLOGAN,    /* no field, but the site a greeting names */
    RULE_DISCLAIMER, /* no field, but the site whose notice it heads */
    /* of the cuts from a line's edges */
    RULE_CREDIT, RULE_TITLE_DATE, RULE_COLUMN, RULE_WIRE_HEAD, RULE_SITE_SUFFIX,
};

/* Rules of lines that never hold a field (affiliation, classification,
 * copyright, disclaimer, doi, footer, fund, label,
 * licence, links, navigation, no-text, prevnext, prompt, promotion,
 * received, repeat, repeat-tail, rights, share, slogan, teaser), told by
 * their first letters; the rest are read, a rule not named here too.  A
 * footer or a licence's row is read for the site's owner alone
 * (RULE_FOOTER): the row may open with it (主办单位:某某 … 备案号:…). */
static bool may_hold_fields(const char *rule)
{
    switch (rule[0]) {
    case 'l': /* a table's row is a row of links by its bars */
        return strcmp(rule, "links") == 0;
    case 'n':
        return false;
    /* a journal's receipt may share its line with the dates of publishing
     * (收稿日期:… 出版日期:…), whose labels are read there */
    case 'r':
        return strcmp(rule, "received") == 0;
    case 'a': return rule[1] != 'f';
    case 'c': return rule[1] != 'l' && rule[1] != 'o';
    case 'd': return rule[1] != 'i' && rule[1] != 'o';
    case 'f': return !(rule[1] == 'o' && rule[2] == 'o') && rule[1] != 'u';
    case 'p': return rule[1] != 'r';
    case 's': return !(rule[1] == 'h' && rule[2] == 'a') && rule[1] != 'l';
    case 't': return rule[1] != 'e';
    default: return true;
    }
}

static enum rule_kind kind_of(const char *rule)
{
    static const struct {
        const char *rule;
        enum rule_kind kind;
    } named[] = {
        {"copyright", RULE_COPYRIGHT}, {"print", RULE_PRINT}, {"links", RULE_LINKS}, {"date", RULE_DATE},
        {"before-title", RULE_BEFORE_TITLE}, {"masthead", RULE_MASTHEAD}, {"byline", RULE_BYLINE}, {"author", RULE_AUTHOR}, {"bio", RULE_BIO}, {"affiliation", RULE_AFFILIATION},
        {"journal", RULE_JOURNAL}, {"citation", RULE_CITATION}, {"caption", RULE_CAPTION},
        {"signature", RULE_SIGNATURE}, {"footer", RULE_FOOTER}, {"licence", RULE_FOOTER}, {"breadcrumb", RULE_BREADCRUMB}, {"credit", RULE_CREDIT}, {"title-date", RULE_TITLE_DATE},
        {"column", RULE_COLUMN}, {"slogan", RULE_SLOGAN}, {"disclaimer", RULE_DISCLAIMER},
        {"wire-head", RULE_WIRE_HEAD}, {"site-suffix", RULE_SITE_SUFFIX}};
    for (size_t k = 0; k < sizeof named / sizeof named[0]; k++)
        if (strcmp(rule, named[k].rule) == 0)
            return named[k].kind;
    return may_hold_fields(rule) ? RULE_FIELDS : RULE_NO_FIELDS;
}

/* A rule is one of a few dozen constant strings, which every dropped line
 * and every cut asks the kind of: each thread finds a rule's kind by its
 * bytes once, then by its address, in a table of more places than there
 * are rules (linear probing: it never fills, and a rule once placed stays). */
enum { KIND_BITS = 7, KIND_SLOTS = 1 << KIND_BITS };
static _Thread_local struct kind_slot {
    const char *rule;
    enum rule_kind kind;
} kind_slots[KIND_SLOTS];

static enum rule_kind rule_kind(const char *rule)
{
    size_t at = (size_t)((uint64_t)(uintptr_t)rule * UINT64_C(0x9E3779B97F4A7C15) >> (64 - KIND_BITS));
    for (size_t probes = 0; probes < KIND_SLOTS; probes++, at = (at + 1) % KIND_SLOTS) {
        struct kind_slot *slot = &kind_slots[at];
        if (slot->rule == rule)
            return slot->kind;
        if (!slot->rule) {
            *slot = (struct kind_slot){rule, kind_of(rule)};
            return slot->kind;
        }
    }
    return kind_of(rule);
}

/* Whether the line of a rule of this kind may hold a field. */
static bool holds_fields(enum rule_kind kind)
{
    return kind != RULE_NO_FIELDS && kind != RULE_COPYRIGHT && kind != RULE_PRINT && kind != RULE_COLUMN &&
           kind != RULE_FOOTER;
}

/* Where the next colon (: or ：) stands at or after from, its length in
 * *len; v.n when there is none. */
static size_t next_colon(struct span v, size_t from, size_t *len)
{
    size_t at = from;
#ifdef __SSE2__
    /* : or the bytes EF BC 9A, 16 places at once; like line_measure it
     * reads past the text, which stands in a batch or a joined paragraph */
    const __m128i colon = _mm_set1_epi8(':'), ef = _mm_set1_epi8((char)0xEF), bc = _mm_set1_epi8((char)0xBC),
                  x9a = _mm_set1_epi8((char)0x9A);
    for (; at < v.n; at += 16) {
        __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(v.s + at));
        __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(v.s + at + 1));
        __m128i c = _mm_loadu_si128((const __m128i *)(const void *)(v.s + at + 2));
        __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(a, colon),
                                   _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(a, ef), _mm_cmpeq_epi8(b, bc)),
                                                 _mm_cmpeq_epi8(c, x9a)));
        unsigned mask = (unsigned)_mm_movemask_epi8(hit);
        if (v.n - at < 16)
            mask &= (1u << (v.n - at)) - 1;
        if (mask != 0) {
            at += (unsigned)__builtin_ctz(mask);
            *len = v.s[at] == ':' ? 1 : 3;
            if (at + *len <= v.n)
                return at;
            break;
        }
    }
#else
    for (; at < v.n; at++) {
        if (v.s[at] == ':') {
            *len = 1;
            return at;
        }
        if (v.s[at] == 0xEF && at + 2 < v.n && v.s[at + 1] == 0xBC && v.s[at + 2] == 0x9A) {
            *len = 3;
            return at;
        }
    }
#endif
    *len = 0;
    return v.n;
}

/* A time ends s[0, at) (…2019-03-08 08:32): a label may be glued to it. */
static bool ends_in_time(const unsigned char *s, size_t at)
{
    return at >= 5 && zp_is_ascii_digit(s[at - 1]) && zp_is_ascii_digit(s[at - 2]) && s[at - 3] == ':' && zp_is_ascii_digit(s[at - 4]);
}

/* A time in words ends s[0, at) (…11时20分): a label may be glued to it. */
static bool ends_in_time_words(const unsigned char *s, size_t at)
{
    return at >= 4 && (zp_ends_with(s, at, "分") || zp_ends_with(s, at, "秒")) && zp_is_ascii_digit(s[at - 4]);
}

/* Whether a whole date ends s[0, at), a label glued after it (2023年09月21日
 * 来源:, 2023-09-21来源:): its digits and its marks back to where it
 * starts, as many bytes as 2023年09月21日 takes at most, read as a date
 * from there. */
static bool ends_in_date(const unsigned char *s, size_t at)
{
    enum { DATE_BYTES_MAX = 4 + 3 + 2 + 3 + 2 + 3 };
    size_t from = at;
    while (from > 0 && at - from < DATE_BYTES_MAX) {
        uint32_t cp;
        size_t len = zp_char_before(s, from, &cp);
        if (!(zp_is_ascii_digit((unsigned char)(cp < 0x80 ? cp : 0)) || cp == '-' || cp == '/' || cp == '.' ||
              cp == 0x5E74 || cp == 0x6708 || cp == 0x65E5)) /* 年 月 日 */
            break;
        from -= len;
    }
    return from < at && zp_is_ascii_digit(s[from]) && zp_date_stamp(s + from, at - from) == at - from;
}

/* The hour in words at v[at] after a day (9月28日18时, 18时30分); where
 * it ends, at when none stands there.  Read into date. */
static size_t hour_in_words(struct span v, size_t at, struct date *date)
{
    int hour, minute = 0;
    size_t k = read_digits(v.s, v.n, at, 2, &hour), end = at + k;
    if (k == 0 || hour > 23 || !(zp_starts_with(v.s, v.n, end, "时") || zp_starts_with(v.s, v.n, end, "時")))
        return at;
    end += 3;
    size_t m = read_digits(v.s, v.n, end, 2, &minute);
    bool minutes = m > 0 && minute <= 59 && zp_starts_with(v.s, v.n, end + m, "分");
    if (minutes)
        end += m + 3;
    else
        minute = 0;
    /* and its seconds after the minutes (11时28分30秒) */
    int second = -1;
    size_t sec = minutes ? read_digits(v.s, v.n, end, 2, &second) : 0;
    if (sec > 0 && second <= 59 && zp_starts_with(v.s, v.n, end + sec, "秒"))
        end += sec + 3;
    else
        second = -1;
    date->hour = hour;
    date->minute = minute;
    if (second >= 0)
        date->second = second;
    return end;
}

/* The first non-blank line after line i, d->count when none is. */
static size_t next_text_line(const struct document *d, size_t i)
{
    for (i++; i < d->count && d->lines[i].cls == CLASS_BLANK; i++)
        ;
    return i;
}

/* Whether line i is an abstract: labelled, or under its label alone. */
static bool is_abstract(const struct document *d, size_t i)
{
    if (d->lines[i].f.label == ZP_LABEL_ABSTRACT)
        return true;
    while (i > 0 && d->lines[i - 1].cls == CLASS_BLANK)
        i--;
    return i > 0 && d->lines[i - 1].f.label == ZP_LABEL_ABSTRACT;
}

/* Whether line i, a bullet before it, stands in a run of eight bulleted
 * lines or more: a site's menu of places (• 吉林 / • 海南 / …), whose
 * words may read as names; a paper lists fewer authors. */
static bool in_bulleted_menu(const struct document *d, size_t i)
{
    enum { MENU_ITEMS_MIN = 8 };
    if (!line_opens_with_bullet(&d->lines[i]))
        return false;
    size_t items = 1;
    /* up from i, then down from it, over blank lines */
    for (int step = -1; step <= 1; step += 2)
        for (size_t k = i + (size_t)step; k < d->count && items < MENU_ITEMS_MIN; k += (size_t)step) {
            if (d->lines[k].cls == CLASS_BLANK)
                continue;
            if (!line_opens_with_bullet(&d->lines[k]))
                break;
            items++;
        }
    return items >= MENU_ITEMS_MIN;
}

static bool under_other_label(const struct document *d, size_t i)
{
    while (i > 0 && d->lines[i - 1].cls == CLASS_BLANK)
        i--;
    if (i == 0)
        return false;
    struct span v = trim((struct span){d->lines[i - 1].raw, d->lines[i - 1].raw_len});
    uint32_t last;
    size_t len = zp_char_before(v.s, v.n, &last);
    if (!is_colon(last))
        return false;
    struct span label = trim((struct span){v.s, v.n - len});
    if (label.n == 0)
        return false;
    zp_char_before(label.s, label.n, &last);
    return known_label_len(label) == label.n && !label_ending(label, last);
}

/* A date as a label's value: in brackets or not (日期:[2015/10/14]), with a
 * template's spaces after its separators or not (2024- 01- 25 08: 58). */
static bool read_label_date(struct span v, struct date *date)
{
    enum { FORMS = DATE_FULL | DATE_MONTH | DATE_YEARLESS | DATE_NUMERIC_DAY | DATE_REPUBLIC, SPACED_MAX = 32 };
    size_t len;
    if (v.n > 0 && is_opening(char_at(v, 0, &len)))
        v = trim((struct span){v.s + len, v.n - len});
    if (parse_date(v.s, v.n, FORMS, date) > 0)
        return true;
    /* read again, its first SPACED_MAX bytes without those spaces: where
     * none stands there, they are the value's own, read in place */
    size_t reach = v.n < SPACED_MAX ? v.n : SPACED_MAX, spaced = reach;
    /* from space to space: most values hold one or two, between the date
     * and its time */
    for (const unsigned char *space = reach > 1 ? memchr(v.s + 1, ' ', reach - 1) : NULL; space;
         space = memchr(space + 1, ' ', (size_t)(v.s + reach - space - 1)))
        if (space[-1] == '-' || space[-1] == '/' || space[-1] == ':') {
            spaced = (size_t)(space - v.s);
            break;
        }
    if (spaced >= reach)
        return reach < v.n && parse_date(v.s, reach, FORMS, date) > 0;
    unsigned char compact[SPACED_MAX];
    size_t n = 0;
    for (size_t at = 0; at < v.n && n < sizeof compact; at++) {
        if (v.s[at] == ' ' && n > 0 && (compact[n - 1] == '-' || compact[n - 1] == '/' || compact[n - 1] == ':'))
            continue;
        compact[n++] = v.s[at];
    }
    return n < v.n && parse_date(compact, n, FORMS, date) > 0;
}

/* The labels of a line, found from their colons: the label that ends
 * before a colon, standing at the line's start or after a mark (or glued
 * to a time), not in quotes.  A date's label alone at the line's end, in
 * a table, has its value on the next line. */
/* Where a label may end in the 16 bytes of v from byte at, as bits: at a
 * colon (: or the first byte of ：), or in a table's row at a bar too, its
 * label in a cell of its own (文件名称 | …).  Like next_colon it reads past
 * v, and the bytes there count for none. */
static unsigned label_ends_at(struct span v, size_t at, bool table)
{
    unsigned mask = 0;
#ifdef __SSE2__
    __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(v.s + at));
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(v.s + at + 1));
    __m128i c = _mm_loadu_si128((const __m128i *)(const void *)(v.s + at + 2));
    __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8(':')),
                               _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8((char)0xEF)),
                                                           _mm_cmpeq_epi8(b, _mm_set1_epi8((char)0xBC))),
                                             _mm_cmpeq_epi8(c, _mm_set1_epi8((char)0x9A))));
    if (table)
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(a, _mm_set1_epi8('|')));
    mask = (unsigned)_mm_movemask_epi8(hit);
#else
    for (size_t k = 0; k < 16 && at + k < v.n; k++) {
        const unsigned char *p = v.s + at + k;
        mask |= (unsigned)(p[0] == ':' || (table && p[0] == '|') ||
                           (p[0] == 0xEF && at + k + 2 < v.n && p[1] == 0xBC && p[2] == 0x9A))
                << k;
    }
#endif
    if (v.n - at < 16)
        mask &= (1u << (v.n - at)) - 1;
    return mask;
}

/* The year of a journal's volume or issue in v from at (某某科学, 2018,
 * 54(7), 某某学报 2023年4期, …,2022(4):31-36): the first four digits
 * alone, no digit beside them, that can be a year, as a date of its own
 * kind. */
static void add_volume_year(struct reading *r, struct span v, size_t at, size_t line)
{
    enum { YEAR_MIN = 1900, YEAR_MAX = 2099 };
    for (; at + 4 <= v.n; at++) {
        int year;
        if (!zp_is_ascii_digit(v.s[at]) || (at > 0 && zp_is_ascii_digit(v.s[at - 1])) ||
            read_digits(v.s, v.n, at, 5, &year) != 4)
            continue;
        if (year < YEAR_MIN || year > YEAR_MAX) /* an ISSN's part (0517-6611) */
            continue;
        struct date date = {year, 0, 0, -1, -1, -1};
        add_date(r, DATE_VOLUME, &date, line);
        return;
    }
}

/* Whether v opens with a journal's issue, its year first (2020年第5期
 * DOI:…, 2021第47卷第3期, 2022年第3期93-96,共4页): a line no other paper's
 * citation or text opens so. */
static bool opens_with_issue(struct span v)
{
    int year, number;
    size_t at = read_digits(v.s, v.n, 0, 5, &year);
    if (at != 4 || year < 1900 || year > 2099)
        return false;
    if (zp_starts_with(v.s, v.n, at, "年"))
        at += 3;
    if (zp_starts_with(v.s, v.n, at, "第"))
        at += 3;
    size_t digits = read_digits(v.s, v.n, at, 4, &number);
    return digits > 0 && (zp_starts_with(v.s, v.n, at + digits, "期") || zp_starts_with(v.s, v.n, at + digits, "卷"));
}

/* The year of the issue right after a journal's name in its marks, as a
 * database gives the paper's source (出处 《某某研究》 2023年第3期34-37,共4页,
 * 出处:《某某》北大核心 2021年第3期…): the journal's volume year. */
static void read_issue_after_journal(struct reading *r, struct span value, size_t line)
{
    enum { ISSUE_BYTES_MAX = 3 * 12 };
    size_t close = starts_with(value, "《") ? find(value, 0, "》") : value.n;
    if (close == value.n)
        return;
    size_t qi = find(value, close + 3, "期");
    if (qi < value.n && qi - close - 3 <= ISSUE_BYTES_MAX)
        add_volume_year(r, value, close + 3, line);
}

/* The field of a label that ends at v[label_at, from) on line i of the
 * document, its value after from: on the line, or on the next when the
 * label stands alone. */
static void read_field(struct reading *r, size_t i, struct span v, const struct label *label, size_t label_at, size_t from)
{
    struct date date;
    struct name names[LINE_NAMES];
    struct span outlet;
    switch (label->field) {
    case FIELD_DATE: /* the date ends itself */
    case FIELD_ISSUE_DATE:
    case FIELD_DOCUMENT_DATE:
    case FIELD_UPDATE_DATE: {
        struct span value = {v.s + from, v.n - from};
        size_t next = from == v.n ? next_text_line(r->d, i) : r->d->count;
        if (next < r->d->count)
            value = trim((struct span){r->d->lines[next].raw, r->d->lines[next].raw_len});
        bool dated = read_label_date(value, &date);
        /* a table's cells one to a line may set the time under the date
         * (发布日期: / 2024-07-02 / 08:59) */
        size_t after = next < r->d->count ? next_text_line(r->d, next) : r->d->count;
        if (dated && date.hour < 0 && after < r->d->count) {
            struct span time = trim((struct span){r->d->lines[after].raw, r->d->lines[after].raw_len});
            struct date timed = date;
            if (read_time(time.s, time.n, 0, &timed) == time.n)
                date = timed;
        }
        if (dated)
            add_date(r,
                     label->field == FIELD_DATE            ? DATE_LABEL
                     : label->field == FIELD_ISSUE_DATE    ? DATE_ISSUE
                     : label->field == FIELD_DOCUMENT_DATE ? DATE_DOCUMENT
                                                           : DATE_UPDATED,
                     &date, next < r->d->count ? next : i);
        /* an issue's year alone, as a database gives it (期刊年份: 2011年,
         * 学位年度: | 2023 |) */
        else if (label->field == FIELD_ISSUE_DATE) {
            size_t at = 0;
            while (at < value.n && (value.s[at] == ' ' || value.s[at] == '|'))
                at++;
            if (at + 4 <= value.n && zp_is_ascii_digit(value.s[at]))
                add_volume_year(r, value, at, next < r->d->count ? next : i);
        }
        break;
    }
    case FIELD_SOURCE: {
        /* a table's note in the text names its data's source (资料来源:
         * 某某统计局); in the page's head, the page's */
        struct span word = {(const unsigned char *)label->word.s, label->word.n};
        if (i > r->head_end && (word_is(word, (struct word)WORD("资料来源")) || word_is(word, (struct word)WORD("資料來源"))))
            break;
        /* who contributed a piece may be a person (供稿：张某), who
         * is no outlet; a template may set the page's time under the
         * label (来源: 2021/03/19 18:01); a template may set the
         * outlet in brackets (来源:【某某西城】) */
        size_t open_len, close_len;
        /* a label alone on its line has its value on the next */
        struct span field = v;
        size_t at = from, next = r->d->count, lead = 0;
        while (lead < label_at && (v.s[lead] == ' ' || is_bullet(char_at(v, lead, &open_len))))
            lead += v.s[lead] == ' ' ? 1 : open_len;
        /* or, a label that ends a row of fields (时间:… 稿件来源:), on the
         * next when that is chrome too and opens with an outlet's or an
         * office's name */
        bool alone = lead == label_at;
        if (from == v.n)
            next = next_text_line(r->d, i);
        if (next < r->d->count && r->d->lines[next].f.chars > 2 * SHORT_MAX)
            next = r->d->count;
        if (next < r->d->count) {
            field = trim((struct span){r->d->lines[next].raw, r->d->lines[next].raw_len});
            at = 0;
            /* unless that line opens with a label of its own (出处 / 期刊:…) */
            size_t colon_len, colon = next_colon(field, 0, &colon_len);
            if (colon < field.n && zp_count_chars(field.s, colon) <= BARE_LABEL_MAX) {
                field = v;
                at = from;
                next = r->d->count;
            }
        }
        struct span value = label_value(field, at);
        if (value.n == 0 && at < field.n && is_opening(char_at(field, at, &open_len))) {
            size_t close = at + open_len;
            while (close < field.n && !is_closing(char_at(field, close, &close_len)))
                close += close_len;
            /* but not the next field, opened in its own brackets where the
             * value never came (【信息来源:【信息时间:2023-02-20 …】) */
            size_t colon_len;
            struct span inside = {field.s + at + open_len, close < field.n ? close - at - open_len : 0};
            if (close < field.n && next_colon(inside, 0, &colon_len) == inside.n)
                value = trim(inside);
        }
        size_t line = next < r->d->count ? next : i;
        if (value.n > 0 && zp_is_ascii_digit(value.s[0]) && parse_date(value.s, value.n, DATE_FULL, &date) == value.n) {
            add_date(r, DATE_LABEL, &date, line);
            break;
        }
        read_issue_after_journal(r, trim((struct span){field.s + at, field.n - at}), line);
        struct span source = clean_source(value);
        /* the writers after the outlet, spaced from it, as a template sets
         * an author's field without its label (来源:某某改革   李某 毕某某),
         * one space enough after a whole outlet's name before a full name of
         * three characters (来源:某某时讯 李某某), a word of two being as
         * often the page's (文章) */
        enum { SPACED_NAME_HAN = 3 };
        size_t gap = find(value, 0, "  ");
        if (gap == value.n && source.n > 0 && source.s == value.s && source.n < value.n && value.s[source.n] == ' ' &&
            han_only(trim((struct span){value.s + source.n, value.n - source.n})) == SPACED_NAME_HAN)
            gap = source.n;
        if (gap < value.n && source.n > 0) {
            struct span writers = trim((struct span){value.s + gap, value.n - gap});
            struct name names[LINE_NAMES];
            struct span none;
            if (zp_is_names_row(writers.s, writers.n))
                add_names(r, names, read_names(writers, IN_BYLINE, names, LINE_NAMES, &none), line, "author-label");
        }
        /* a button beside an empty label (来源: 打印正文, 来源: 【进入论坛】) */
        if (opens_as_button(source))
            source.n = 0;
        /* an empty label over the lead names no outlet: the lead's
         * dateline does (来源: / 2017-08-30 15:03某某网讯 …) */
        if (next < r->d->count &&
            (is_kept(&r->d->lines[next]) ||
             (!alone && !ends_as_outlet(source.s, source.n) && !line_ends_as_organisation(source.s, source.n))))
            source.n = 0;
        /* an office's short name may read as a person's (宋办): its last
         * word tells; and an outlet's (某某风, 牛云) does where the row
         * names its people under their own roles after it (来源:某某风
         * 责任编辑:某某) */
        size_t role_at, role_len;
        /* a person who contributed the piece is its writer, whatever roles
         * follow (供稿:张某 审核:李某) */
        bool contributor = word_is(word, (struct word)WORD("供稿"));
        if (contributor && is_person(source) && !line_ends_as_organisation(source.s, source.n)) {
            struct name names[LINE_NAMES];
            struct span none;
            add_names(r, names, read_names(source, IN_BYLINE, names, LINE_NAMES, &none), line, "author-label");
        } else if (!is_person(source) || line_ends_as_organisation(source.s, source.n) ||
            (source.n > 0 &&
             next_role(field, (size_t)(source.s + source.n - field.s), &role_at, &role_len) != ROLE_NONE)) {
            /* of two labels, the one that names an outlet or an office
             * over one that names neither, a site's column (来源:某某常识
             * … 【来源:某某文明网】) */
            if (r->source_kind == SOURCE_LABEL && r->source.n > 0 && !names_organisation(r->source) &&
                names_organisation(source))
                r->source.n = 0;
            add_source(r, SOURCE_LABEL, source, line);
        }
        /* the page's date after the outlet, a space between (来源:某某
         * 网 2013年09月06日) */
        size_t space = value.n;
        while (space > 0 && value.s[space - 1] != ' ')
            space--;
        if (space > 0 && space < value.n && zp_is_ascii_digit(value.s[space]) &&
            parse_date(value.s + space, value.n - space, DATE_FULL, &date) == value.n - space)
            add_date(r, DATE_LABEL, &date, line);
        break;
    }
    case FIELD_AUTHOR: {
        /* a label alone at its line's start has its names on the next
         * line, when that is no longer than a row of them and holds no
         * label of its own (作者 / 某某 某某) */
        struct span value = label_value(v, from);
        /* a database numbers each name's institution in brackets after it
         * (作  者:王某[1] 李某某[1,2] WANG Mou;…): the names run on past
         * them, up to their spelling in letters */
        size_t end = (size_t)(value.s + value.n - v.s);
        if (value.n > 0 && end + 2 < v.n && v.s[end] == '[' && zp_is_ascii_digit(v.s[end + 1])) {
            struct span rest = field_value(v, from, true);
            size_t count = 0;
            for (size_t at = 0; at < rest.n && !zp_is_ascii_letter(rest.s[at]) && count < LINE_NAMES;) {
                size_t token = at;
                while (token < rest.n && rest.s[token] != ' ' && rest.s[token] != '[')
                    token++;
                names[count] = (struct name){{rest.s + at, token - at}, {rest.s, 0}};
                count += is_person(names[count].first);
                while (token < rest.n && rest.s[token] != ' ')
                    token++;
                while (token < rest.n && rest.s[token] == ' ')
                    token++;
                at = token;
            }
            add_names(r, names, count, i, "author-label");
            break;
        }
        size_t line = i;
        if (from == v.n && label_at == 0) {
            size_t next = next_text_line(r->d, i);
            if (next < r->d->count && r->d->lines[next].f.chars <= AUTHOR_LINE_MAX) {
                struct span field = trim((struct span){r->d->lines[next].raw, r->d->lines[next].raw_len});
                size_t colon_len;
                if (next_colon(field, 0, &colon_len) == field.n) {
                    value = field;
                    line = next;
                }
            }
        }
        size_t count = read_names(value, IN_LABEL, names, LINE_NAMES, &outlet);
        add_names(r, names, count, line, "author-label");
        /* a database's page sets each name on a line of its own under the
         * label (作者 / 某某某 / 某某某): the lines after the first that
         * hold one name alone */
        if (line != i && count == 1)
            for (size_t next = next_text_line(r->d, line); next < r->d->count; next = next_text_line(r->d, next)) {
                struct span field = trim((struct span){r->d->lines[next].raw, r->d->lines[next].raw_len});
                struct name name = {field, {field.s, 0}};
                if (!is_person(field))
                    break;
                add_names(r, &name, 1, next, "author-label");
            }
        /* an office or a place that wrote the page (作者:某某街道) is its
         * source, no writer */
        if (count == 0 && han_only(value) == zp_count_chars(value.s, value.n) &&
            line_ends_as_organisation(value.s, value.n) && wants_source(r, SOURCE_BYLINE))
            add_source(r, SOURCE_BYLINE, clean_source(value), line);
        break;
    }
    case FIELD_TITLE: { /* a document's name, from its table: of a title's length, but
                         * not a sharing site's file (文件名称:某某方案.docx), which
                         * the page's own title heads */
        struct span value = field_value(v, from, true);
        if (r->named_title.n == 0 && has_han(value, NAMED_TITLE_MIN) &&
            zp_count_chars(value.s, value.n) <= SHORT_MAX && !line_ends_in_document_name(value.s, value.n)) {
            r->named_title = value;
            r->named_title_line = i;
        }
        break;
    }
    }
}

/* A label of two characters spaced to a table's width that ends v (作  者,
 * 来   源), read joined; where it starts in *at.  NULL when none does. */
static const struct label *spaced_label_ending(struct span v, size_t *at)
{
    uint32_t last, first;
    if (v.n < 7 || !zp_char_before(v.s, v.n, &last) || !zp_is_han(last) || v.s[v.n - 4] != ' ')
        return NULL;
    size_t gap = v.n - 4;
    while (gap > 0 && v.s[gap - 1] == ' ')
        gap--;
    if (gap < 3 || zp_char_before(v.s, gap, &first) != 3 || !zp_is_han(first))
        return NULL;
    unsigned char joined[6];
    memcpy(joined, v.s + gap - 3, 3);
    memcpy(joined + 3, v.s + v.n - 3, 3);
    const struct label *label = label_ending((struct span){joined, sizeof joined}, last);
    if (!label || label->word.n != sizeof joined)
        return NULL;
    *at = gap - 3;
    return label;
}

/* A label alone on its line without a colon, as a platform sets its
 * fields in cells apart (作者 / 某某, 来源 / 某某日报): read as one with a
 * colon.  A label of one character (文) alone is a word. */
static void read_bare_label(struct reading *r, size_t i, struct span v)
{
    uint32_t last;
    if (v.n < 6 || v.n > 3 * BARE_LABEL_MAX + 2 || !zp_char_before(v.s, v.n, &last))
        return;
    const struct label *label = label_ending(v, last);
    size_t at;
    if (!label && (label = spaced_label_ending(v, &at)) != NULL) {
        if (at == 0)
            read_field(r, i, v, label, 0, v.n);
        return;
    }
    if (label && label->word.n == v.n)
        read_field(r, i, v, label, 0, v.n);
}

/* A label at the line's start and a bar after it instead of a colon, as
 * an account's page sets its fields (来源丨某某, 作者｜某某): read as one
 * with a colon. */
static void read_barred_label(struct reading *r, size_t i, struct span v)
{
    size_t at = 0, len;
    uint32_t cp = 0, last;
    while (at < v.n && at <= 3 * BARE_LABEL_MAX) {
        /* a Han character of U+5000 to U+9FFF is no bar */
        if (common_han_at(v, at)) {
            at += 3;
            continue;
        }
        cp = char_at(v, at, &len);
        if (cp == 0x4E28 || cp == 0xFF5C || !zp_is_han(cp)) /* 丨 ｜ */
            break;
        at += len;
    }
    if (at == 0 || at >= v.n || (cp != 0x4E28 && cp != 0xFF5C))
        return;
    zp_char_before(v.s, at, &last);
    const struct label *label = label_ending((struct span){v.s, at}, last);
    if (label && label->word.n == at)
        read_field(r, i, v, label, 0, skip_spaces(v.s, v.n, at + 3)); /* either bar, three bytes */
}

/* A label in brackets at the line's start, no colon after it, as a
 * database's page sets the parts of a paper's head (【作者】某某;某某,
 * [来源] 某某日报): read as one with a colon.  Its brackets hold the label
 * and nothing else. */
static void read_bracketed_label(struct reading *r, size_t i, struct span v)
{
    size_t open_len, close_len = 0, close;
    /* most lines open with a Han character, no bracket */
    if (v.n == 0 || common_han_at(v, 0) || !is_opening(char_at(v, 0, &open_len)))
        return;
    for (close = open_len; close < v.n && close <= open_len + 3 * BARE_LABEL_MAX; close += close_len)
        if (is_closing(char_at(v, close, &close_len)))
            break;
    if (close >= v.n || close > open_len + 3 * BARE_LABEL_MAX)
        return;
    struct span inside = trim((struct span){v.s + open_len, close - open_len});
    uint32_t last;
    if (inside.n == 0 || !zp_char_before(inside.s, inside.n, &last))
        return;
    const struct label *label = label_ending(inside, last);
    if (!label || label->word.n != inside.n)
        return;
    size_t from = skip_spaces(v.s, v.n, close + close_len), colon_len;
    if (from < v.n && is_colon(char_at(v, from, &colon_len)))
        from = skip_spaces(v.s, v.n, from + colon_len);
    read_field(r, i, v, label, 0, from);
}

static void read_labels(struct reading *r, size_t i, bool table)
{
    const struct line *l = &r->d->lines[i];
    struct span v = {l->raw, l->raw_len};
    /* where the value of the field read last starts: a label glued where
     * it ends opens the next field (来源:某某网作者:某某) */
    size_t value_from = SIZE_MAX;
    /* the places where a label may end, in order, 16 bytes at a time */
    for (size_t block = 0; block < v.n; block += 16) {
        for (unsigned ends = label_ends_at(v, block, table); ends != 0; ends &= ends - 1) {
            size_t colon = block + (unsigned)__builtin_ctz(ends), len = v.s[colon] == 0xEF ? 3 : 1;
            if (colon + len > v.n) /* a colon cut off by the line's end is none */
                return;
            struct span before = {v.s, colon};
            while (before.n > 0 && before.s[before.n - 1] == ' ')
                before.n--;
            uint32_t last;
            size_t back = zp_char_before(before.s, before.n, &last);
            /* a table's label in brackets in its cell ([ 发布日期 ] | …) */
            if (v.s[colon] == '|' && is_closing(last)) {
                for (before.n -= back; before.n > 0 && before.s[before.n - 1] == ' ';)
                    before.n--;
                zp_char_before(before.s, before.n, &last);
            }
            /* or spaced to a table's width (来   源 | 某某网 |) */
            size_t label_at;
            const struct label *label = label_ending(before, last);
            if (label)
                label_at = before.n - label->word.n;
            else if ((label = spaced_label_ending(before, &label_at)) == NULL)
                continue;
            uint32_t mark;
            zp_char_before(v.s, label_at, &mark);
            /* a label glued after Han text is the text's word (工作者:,
             * 修订日期:), but for one glued after an outlet's name (…客户端
             * 作者:) and a date's label of four characters with the date after
             * it, in brackets or not (…政工科发布时间:2018-06-26, 本站发表时间:
             * [2018-11-28]) */
            enum { GLUED_DATE_LABEL_BYTES = 3 * 4 };
            bool glued = zp_is_han(mark) && !ends_in_time_words(v.s, label_at) && !ends_in_date(v.s, label_at) &&
                         !ends_as_outlet(v.s, label_at) &&
                         !(value_from != SIZE_MAX && value_ends_at(v, value_from, label_at));
            if (glued) {
                size_t date_at = colon + len + (colon + len < v.n && v.s[colon + len] == '[');
                if (!((label->field == FIELD_DATE || label->field == FIELD_ISSUE_DATE) &&
                      label->word.n >= GLUED_DATE_LABEL_BYTES && date_at < v.n && zp_is_ascii_digit(v.s[date_at])))
                    continue;
            }
            /* a label glued after a number is the number's word (第3版:),
             * but for one after a time or a date, a field's before it or
             * not (日期:2017-05-17来源:某某县残联, 2023-09-21来源:…) */
            if (is_quote(mark) || zp_is_ascii_letter(mark) ||
                (mark < 0x80 && zp_is_ascii_digit((unsigned char)mark) && !ends_in_time(v.s, label_at) &&
                 !ends_in_date(v.s, label_at) && !(value_from != SIZE_MAX && value_ends_at(v, value_from, label_at))))
                continue;
            size_t from = skip_spaces(v.s, v.n, colon + len);
            /* a table's label stands in a cell of its own, its value in the
             * next (公开日期: | 2025-04-15 14:43 |) */
            if (from < v.n && v.s[from] == '|')
                from = skip_spaces(v.s, v.n, from + 1);
            read_field(r, i, v, label, label_at, from);
            value_from = from;
        }
    }
}

/* An e-paper's issue line: a date before 编印 or 出版, or a page number
 * (第04版, 版次:A02) beside a date. */
static void read_issue(struct reading *r, size_t i)
{
    const struct line *l = &r->d->lines[i];
    struct span v = {l->raw, l->raw_len};
    size_t page = find(v, 0, "版");
    bool numbered = find(v, 0, "第") < page || starts_with(v, "版次") || starts_with(v, "版面");
    for (size_t at = 0; at < v.n; at++) {
        if (!zp_is_ascii_digit(v.s[at]) || (at > 0 && zp_is_ascii_digit(v.s[at - 1])))
            continue;
        struct date date;
        size_t k = parse_date(v.s + at, v.n - at, DATE_FULL, &date);
        if (k == 0)
            continue;
        size_t after = skip_spaces(v.s, v.n, at + k);
        /* 出版 of the next field's label is none (收稿日期:… 出版日期:…) */
        bool published = zp_starts_with(v.s, v.n, after, "出版") && !zp_starts_with(v.s, v.n, after + 6, "日期");
        if (numbered || published || zp_starts_with(v.s, v.n, after, "编印") || zp_starts_with(v.s, v.n, after, "編印"))
            add_date(r, DATE_ISSUE, &date, i);
        return;
    }
}

/* The date that signs a notice, alone on its line under its issuer's
 * name (document.c's signature), and the issuer. */
static void read_signature(struct reading *r, size_t i)
{
    const struct document *d = r->d;
    struct span v = trim((struct span){d->lines[i].raw, d->lines[i].raw_len});
    struct date date;
    /* an office that signs may have a long name (某某街道综合行政执法和安全
     * 生产监督管理办公室), 30 characters as document.c's signature has */
    enum { ISSUER_MAX = 30 };
    /* the issuer and the date on one line under the notice's last words
     * (共青团某某区委员会 2019年1月17日); in the head such a line is a
     * masthead's */
    size_t space = v.n;
    while (space > 0 && v.s[space - 1] != ' ')
        space--;
    if (space > 0 && zp_is_ascii_digit(v.s[space]) && i > r->head_end) {
        struct span on_line = trim((struct span){v.s, space});
        size_t above = i;
        while (above > 0 && d->lines[above - 1].cls == CLASS_BLANK)
            above--;
        if (above > 0 && is_kept(&d->lines[above - 1]) && han_only(on_line) > 0 &&
            zp_count_chars(on_line.s, on_line.n) <= ISSUER_MAX && line_ends_as_organisation(on_line.s, on_line.n) &&
            parse_date(v.s + space, v.n - space, DATE_FULL, &date) == v.n - space) {
            add_date(r, DATE_SIGNED, &date, i);
            add_source(r, SOURCE_SIGNATURE, on_line, i);
            return;
        }
    }
    size_t issuer = d->count;
    for (size_t k = i; k-- > 0;) {
        const struct line *l = &d->lines[k];
        if (l->cls == CLASS_BLANK)
            continue;
        if (!l->rule || rule_kind(l->rule) != RULE_SIGNATURE)
            break;
        issuer = k;
    }
    if (issuer == d->count || parse_date(v.s, v.n, DATE_FULL, &date) != v.n)
        return;
    add_date(r, DATE_SIGNED, &date, i);
    /* two issuers on one line, a space between, are the first */
    struct span name = first_part(trim((struct span){d->lines[issuer].raw, d->lines[issuer].raw_len}));
    if (has_han(name, 2) && zp_count_chars(name.s, name.n) <= ISSUER_MAX)
        add_source(r, SOURCE_SIGNATURE, name, issuer);
}

/* Whether v, spaces before it aside, opens with a known label and its
 * colon (来源:某某日报…). */
static bool opens_with_field(struct span v)
{
    v = trim(v);
    size_t colon_len, colon = next_colon(v, 0, &colon_len);
    return colon > 0 && colon < v.n && known_label_len((struct span){v.s, colon}) == colon;
}

/* A page's date and time inside a line of its head's chrome, glued to
 * what stands before it (编辑:某某2020-03-27 07:58内容来源:…, 某某 -
 * 2025/1/6 21:23:00, http://www.某某.cn/2018年08月23日 08:48:08): with its
 * time, a moment the page marks, not a day its text tells of; or with a
 * field of the page's after it (某某栏目2023-10-02 来源:某某日报). */
/* Whether the edit's word alone ends v at after: a forum's stamp of the
 * post's last edit (本帖最后由 某某 于 2025-9-11 11:26 编辑), which dates no
 * publication. */
static bool is_edit_stamp_end(struct span v, size_t after)
{
    return v.n - after == 6 && (zp_starts_with(v.s, v.n, after, "编辑") || zp_starts_with(v.s, v.n, after, "編輯"));
}

/* The first place in [from, to) where a run of digits starts, a digit
 * after a byte that is none; to when none does.  from is 1 or more; 16
 * places at a time, reading up to 16 bytes past to (a line in its batch has
 * READ_PAST to spare). */
static size_t next_digits(const unsigned char *s, size_t from, size_t to)
{
#ifdef __SSE2__
    const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
    for (size_t at = from; at < to; at += 16) {
        /* x - '0' <= 9, unsigned */
        __m128i here = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + at)), zero);
        __m128i before = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + at - 1)), zero);
        unsigned starts = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(
            _mm_cmpeq_epi8(_mm_min_epu8(before, nine), before), _mm_cmpeq_epi8(_mm_min_epu8(here, nine), here)));
        if (to - at < 16)
            starts &= (1u << (to - at)) - 1;
        if (starts != 0)
            return at + (unsigned)__builtin_ctz(starts);
    }
#else
    for (size_t at = from; at < to; at++)
        if (zp_is_ascii_digit(s[at]) && !zp_is_ascii_digit(s[at - 1]))
            return at;
#endif
    return to;
}

/* Where the first digit of v stands, v.n when none does: 16 places at
 * once past the first, as next_digits reads them (and past v.s + v.n), a
 * date or a count standing well into most lines that hold one. */
static size_t first_digit(struct span v)
{
    return v.n == 0 || zp_is_ascii_digit(v.s[0]) ? 0 : next_digits(v.s, 1, v.n);
}

/* Whether s[0, n) opens with four digits that may be a year of a whole
 * date (1900 to 2099), no fifth after them, as parse_date's DATE_FULL
 * needs when s opens with a digit. */
static bool opens_with_year(const unsigned char *s, size_t n)
{
    return n > 4 && (s[0] == '1' || s[0] == '2') && zp_is_ascii_digit(s[1]) && zp_is_ascii_digit(s[2]) &&
           zp_is_ascii_digit(s[3]) && !zp_is_ascii_digit(s[4]);
}

static void read_stamp_inside(struct reading *r, size_t i, struct span v)
{
    /* a date of ten characters or more (2022-08-23), after what is no
     * digit */
    enum { DATE_MIN = 10 };
    for (size_t at = 1; at + DATE_MIN <= v.n; at++) {
        if ((at = next_digits(v.s, at, v.n - DATE_MIN + 1)) + DATE_MIN > v.n)
            return;
        /* most runs of digits in a stamp's line are counts and times */
        if (!opens_with_year(v.s + at, v.n - at))
            continue;
        struct date date;
        size_t k = parse_date(v.s + at, v.n - at, DATE_FULL, &date);
        if (k > 0) {
            if (date.hour < 0 && !opens_with_field((struct span){v.s + at + k, v.n - at - k}))
                return;
            /* the page's update is no publication: the stamp after it may
             * be one (更新于 2022年11月04日10:32 • 发布于 …12:00) */
            struct span before = trim((struct span){v.s, at});
            if (ends_with(before, "更新于") || ends_with(before, "更新於")) {
                at += k - 1;
                continue;
            }
            if (is_edit_stamp_end(v, skip_spaces(v.s, v.n, at + k)))
                return;
            add_date(r, r->title < r->d->count ? DATE_HEAD : DATE_ABOVE_TITLE, &date, i);
            /* the outlet's name after the stamp, the page's buttons after
             * it (… 2022-08-23 09:06 某某网 打印 收藏), or a reporter's
             * role after it and the names (…14:43 某某市融媒体中心通讯员
             * 某某、某某) */
            struct span rest = trim((struct span){v.s + at + k, v.n - at - k}), outlet = first_part(rest);
            size_t role_at, role_len;
            if (outlet.n > 0 && is_outlet_name(outlet)) {
                add_source(r, SOURCE_MASTHEAD, outlet, i);
            } else if (outlet.n > 0 && next_role(rest, 0, &role_at, &role_len) != ROLE_NONE) {
                /* read_names names an outlet only before a role's word,
                 * which most of what follows a stamp holds none of */
                struct name names[LINE_NAMES];
                struct span roles_outlet;
                size_t count = read_names(rest, IN_BYLINE, names, LINE_NAMES, &roles_outlet);
                if (count > 0 && roles_outlet.n > 0) {
                    add_source(r, SOURCE_BYLINE, roles_outlet, i);
                    add_names(r, names, count, i, "author-byline");
                }
            }
            return;
        }
    }
}

/* Whether name, a person's, is what the next line of the document after
 * line i holds alone: its writer's line. */
static bool is_writer_below(const struct document *d, size_t i, struct span name)
{
    size_t next = next_text_line(d, i);
    if (next == d->count || !is_person(name))
        return false;
    struct span below = trim((struct span){d->lines[next].raw, d->lines[next].raw_len});
    return below.n == name.n && memcmp(below.s, name.s, name.n) == 0;
}

/* A date line in the page's head: a date opening it (2024-01-02 08:28,
 * 2022-02-05 01:06某某), perhaps after the outlet's name (某某晨报
 * 2017-09-01 02:35), with names, a weekday or counts after it. */
/* Whether v opens with a site's address alone and a figure after it
 * (http://www.某某.com 2015年09月26日), which names no outlet; *at where
 * the figure stands. */
static bool opens_with_address_before_digit(struct span v, size_t *at)
{
    if (!starts_with(v, "www.") && !starts_with(v, "http"))
        return false;
    const unsigned char *space = memchr(v.s, ' ', v.n);
    if (!space)
        return false;
    /* the address alone: a query after it may hold the date itself
     * (http://www.某某.com?2009-11-10 16:03) */
    for (const unsigned char *c = v.s; c < space; c++)
        if (!(zp_is_ascii_letter(*c) || zp_is_ascii_digit(*c) || *c == '.' || *c == '/' || *c == ':' || *c == '-' ||
              *c == '_'))
            return false;
    size_t figure = skip_spaces(v.s, v.n, (size_t)(space - v.s));
    if (figure == v.n || !zp_is_ascii_digit(v.s[figure]))
        return false;
    *at = figure;
    return true;
}

static void read_head_date(struct reading *r, size_t i, struct span v)
{
    size_t len;
    /* a list's bullet before it (• 2017年06月08日, - 2019-04-23) */
    if (v.n > 0 && is_bullet(char_at(v, 0, &len)))
        v = trim((struct span){v.s + len, v.n - len});
    else if (v.n > 1 && v.s[0] == '-' && v.s[1] == ' ')
        v = trim((struct span){v.s + 1, v.n - 1});
    if (v.n == 0 || v.n > 3 * SHORT_MAX)
        return;
    /* a count of readers before a date and its time (0 2022-08-04 10:16:22),
     * the count's label lost */
    enum { COUNT_DIGITS_MAX = 7 };
    size_t digits = 0;
    while (digits < v.n && digits <= COUNT_DIGITS_MAX && zp_is_ascii_digit(v.s[digits]))
        digits++;
    struct date counted;
    if (digits > 0 && digits <= COUNT_DIGITS_MAX && digits < v.n && v.s[digits] == ' ') {
        struct span rest = trim((struct span){v.s + digits, v.n - digits});
        if (parse_date(rest.s, rest.n, DATE_FULL, &counted) > 0 && counted.hour >= 0)
            v = rest;
    }
    struct span outlet = {v.s, 0};
    size_t at = 0;
    bool addressed = false;
    if (!zp_is_ascii_digit(v.s[0]) && !opens_with_address_before_digit(v, &at)) {
        const unsigned char *space = memchr(v.s, ' ', v.n);
        size_t digit = first_digit(v);
        /* the outlet glued to the date (某某在线2017-08-02 10:44:57) */
        if (digit < v.n && (!space || digit < (size_t)(space - v.s)) &&
            is_outlets_name((struct span){v.s, digit}))
            space = v.s + digit;
        if (space) {
            at = skip_spaces(v.s, v.n, (size_t)(space - v.s));
            outlet = (struct span){v.s, (size_t)(space - v.s)};
            /* a bar between them (某某报  |  2025-12-23 04:16), or the
             * site's address (某某区人民政府 www.某某.gov.cn 时间:…) */
            struct span rest = {v.s + at, v.n - at};
            if (at < v.n && v.s[at] == '|')
                at = skip_spaces(v.s, v.n, at + 1);
            else if (starts_with(rest, "｜"))
                at = skip_spaces(v.s, v.n, at + 3);
            else if (starts_with(rest, "www.") || starts_with(rest, "http")) {
                while (at < v.n && v.s[at] != ' ')
                    at++;
                at = skip_spaces(v.s, v.n, at);
                addressed = true;
            }
        }
        /* an office's name with its site's address is the site's */
        bool named = space && at < v.n &&
                     (is_outlets_name(outlet) || (addressed && line_ends_as_organisation(outlet.s, outlet.n)));
        if (!named || !zp_is_ascii_digit(v.s[at])) {
            /* the outlet may open a row of fields that holds the date
             * (某某日报 编辑:某某 2026-01-13 09:18:37) */
            size_t colon_len, colon = named ? next_colon((struct span){v.s + at, v.n - at}, 0, &colon_len) : 0;
            if (named && colon > 0 && known_label_len((struct span){v.s + at, colon}) == colon)
                add_source(r, SOURCE_MASTHEAD, outlet, i);
            read_stamp_inside(r, i, v);
            return;
        }
    }
    struct date date;
    size_t k = parse_date(v.s + at, v.n - at, DATE_FULL, &date);
    if (k == 0)
        return;
    /* its time in words after it (2018年07月17日 11时28分30秒) */
    if (date.hour < 0) {
        size_t hour = skip_spaces(v.s, v.n, at + k), end = hour_in_words(v, hour, &date);
        if (end > hour)
            k = end - at;
    }
    /* a date and where something took place is an event's, as a speech or
     * a work report heads itself (2025年3月21日在某某会议上); but 于 may
     * open the name of the writer the next line names alone, glued to the
     * date (2016-05-30于某某 / 于某某) */
    size_t after = skip_spaces(v.s, v.n, at + k);
    if (is_edit_stamp_end(v, after))
        return;
    if (zp_starts_with(v.s, v.n, after, "在") ||
        ((zp_starts_with(v.s, v.n, after, "于") || zp_starts_with(v.s, v.n, after, "於")) &&
         !is_writer_below(r->d, i, (struct span){v.s + after, v.n - after})))
        return;
    add_date(r, r->title < r->d->count ? DATE_HEAD : DATE_ABOVE_TITLE, &date, i);
    add_source(r, SOURCE_MASTHEAD, first_part(outlet), i);
    struct span rest = trim((struct span){v.s + at + k, v.n - at - k});
    /* a writer's name, or several, and their outlet after them (… 08:00
     * 王某某 县广电台, 2021-09-05 沈某某 王某某 某某市融媒体中心) */
    struct name writers[LINE_NAMES];
    size_t writer_count = 0;
    struct span his = rest;
    for (struct span writer = first_part(his); outlet.n == 0 && writer_count < LINE_NAMES && writer.n < his.n &&
                                               is_person(writer);
         writer = first_part(his)) {
        writers[writer_count++] = (struct name){writer, {writer.s, 0}};
        his = trim((struct span){his.s + writer.n, his.n - writer.n});
    }
    if (writer_count > 0 && his.n > 0 && is_outlet_name(his)) {
        add_names(r, writers, writer_count, i, "author-line");
        add_source(r, SOURCE_MASTHEAD, his, i);
        return;
    }
    /* or the outlet's name after it (2024-05-16 03:14:28 某某日报), or the
     * office's whose site it is (2024-08-30 15:39 某某市住房和城乡建设局) */
    if (outlet.n == 0 && rest.n > 0 && han_only(rest) == zp_count_chars(rest.s, rest.n) &&
        (outlet_end(rest) == rest.n || line_ends_as_organisation(rest.s, rest.n)) && is_outlet(rest)) {
        add_source(r, SOURCE_MASTHEAD, rest, i);
        return;
    }
    /* or a writer's name glued after it, as a journal's page has it
     * (2019-09-09某某某); several run together cannot be told apart */
    if (outlet.n == 0 && is_person(rest)) {
        struct name name = {rest, {rest.s, 0}};
        add_names(r, &name, 1, i, "author-line");
        return;
    }
    /* several spaced apart after it are a byline without its role
     * (2022-09-19 19:32   某某 某某某) */
    if (outlet.n == 0 && rest.n < v.n && rest.s > v.s && rest.s[-1] == ' ' && zp_is_names_row(rest.s, rest.n)) {
        struct name names[LINE_NAMES];
        struct span none;
        add_names(r, names, read_names(rest, IN_BYLINE, names, LINE_NAMES, &none), i, "author-line");
    }
}

/* A row under the title that sets the outlet, the writers and the date
 * apart by spaces, in any order (某某学术 于某某 张某某 2022-12-31, 某某社会
 * 工作    汪某   2018-10-10): each field a date, its time, a person's name or
 * one other Han word, which is the outlet. */
static void read_byline_row(struct reading *r, size_t i)
{
    struct span v = trim((struct span){r->d->lines[i].raw, r->d->lines[i].raw_len});
    struct date date;
    bool dated = false;
    struct name names[LINE_NAMES];
    size_t count = 0;
    struct span outlet = {v.s, 0};
    for (size_t at = 0; at < v.n;) {
        size_t end = at;
        while (end < v.n && v.s[end] != ' ')
            end++;
        struct span field = {v.s + at, end - at};
        size_t han = han_only(field);
        if (zp_is_ascii_digit(field.s[0])) {
            if (!dated && parse_date(field.s, field.n, DATE_FULL, &date) == field.n)
                dated = true;
            else if (!dated || date.hour >= 0 || read_time(field.s, field.n, 0, &date) != field.n)
                return;
        } else if (han < 2 || han != zp_count_chars(field.s, field.n)) {
            return;
        } else if (word_at(field, 0, (struct word)WORD("星期")) || word_at(field, 0, (struct word)WORD("农历")) ||
                   word_at(field, 0, (struct word)WORD("農曆"))) {
            /* the day's other names beside the date are no outlet's */
        } else if (is_person(field) && count < LINE_NAMES) {
            names[count++] = (struct name){field, {field.s, 0}};
        } else if (outlet.n == 0 && is_outlet(field)) {
            outlet = field;
        } else {
            return;
        }
        at = skip_spaces(v.s, v.n, end);
    }
    if (!dated || (outlet.n == 0 && count == 0))
        return;
    add_date(r, DATE_HEAD, &date, i);
    add_source(r, SOURCE_MASTHEAD, outlet, i);
    add_names(r, names, count, i, "author-line");
}

/* A date the head sets over three lines, its year, its day and its time
 * each alone (2025 / 07-02 / 12:27, 2014 / 09/02 / 08:25), line i being
 * the year's: read as one. */
static void read_split_date(struct reading *r, size_t i)
{
    enum { DAY_BYTES_MAX = 5, TIME_BYTES_MAX = 8 }; /* 07-02, 12:27:05 */
    const struct document *d = r->d;
    const struct line *year = &d->lines[i];
    size_t day = next_text_line(d, i);
    if (year->raw_len != 4 || !zp_is_ascii_digit(year->raw[0]) || day >= d->count ||
        d->lines[day].raw_len > DAY_BYTES_MAX)
        return;
    unsigned char joined[4 + 1 + DAY_BYTES_MAX + 1 + TIME_BYTES_MAX];
    memcpy(joined, year->raw, 4);
    size_t n = 4;
    joined[n++] = '-';
    for (size_t k = 0; k < d->lines[day].raw_len; k++)
        joined[n++] = d->lines[day].raw[k] == '/' ? '-' : d->lines[day].raw[k];
    size_t time = next_text_line(d, day);
    const struct line *clock = time < d->count ? &d->lines[time] : NULL;
    if (clock && clock->raw_len <= TIME_BYTES_MAX && memchr(clock->raw, ':', clock->raw_len)) {
        joined[n++] = ' ';
        memcpy(joined + n, clock->raw, clock->raw_len);
        n += clock->raw_len;
    }
    struct date date;
    if (parse_date(joined, n, DATE_FULL, &date) == n)
        add_date(r, r->title < d->count ? DATE_HEAD : DATE_ABOVE_TITLE, &date, i);
}

/* A dateline (某某日报讯, 新华社北京3月5日电) ends within 24 characters
 * of the lead's start; 讯 or 电 further on is the text's. */
enum { DATELINE_REACH = 24 };
/* A credit in brackets after it runs to 120 bytes (（记者 张三 李四 通讯员
 * 王五）); a bracket that closes further on is the text's. */
enum { CREDIT_BYTES_MAX = 120 };

/* What may end a dateline in the first DATELINE_REACH characters of s,
 * as bits: 讯 訊 电 電 or 消 (of 日消息), 道 (of 报道：).  A lead with neither is read no
 * further. */
enum { DATELINE_SIGN = 1, REPORT_SIGN = 2 };

/* The signs of the Han character whose bytes start at s[at]. */
static unsigned dateline_sign(const unsigned char *s, size_t n, size_t at)
{
    if (at + 2 >= n)
        return 0;
    unsigned char a = s[at], b = s[at + 1], c = s[at + 2];
    if ((a == 0xE8 && ((b == 0xAE && c == 0xAF) || (b == 0xA8 && c == 0x8A))) || (a == 0xE7 && b == 0x94 && c == 0xB5) ||
        (a == 0xE9 && b == 0x9B && c == 0xBB) || (a == 0xE6 && b == 0xB6 && c == 0x88)) /* … 消 */
        return DATELINE_SIGN;
    return a == 0xE9 && b == 0x81 && c == 0x93 ? REPORT_SIGN : 0;
}

/* The signs in the first DATELINE_REACH characters of s, by the first two
 * bytes of their characters, 16 places at once.  As line_measure, it reads
 * past s + n. */
static unsigned dateline_signs(const unsigned char *s, size_t n)
{
    size_t end = n < 3 * DATELINE_REACH ? n : 3 * DATELINE_REACH;
    unsigned signs = 0;
#ifdef __SSE2__
    const __m128i e8 = _mm_set1_epi8((char)0xE8), ae = _mm_set1_epi8((char)0xAE), a8 = _mm_set1_epi8((char)0xA8),
                  e7 = _mm_set1_epi8((char)0xE7), x94 = _mm_set1_epi8((char)0x94), e9 = _mm_set1_epi8((char)0xE9),
                  x9b = _mm_set1_epi8((char)0x9B), x81 = _mm_set1_epi8((char)0x81), e6 = _mm_set1_epi8((char)0xE6),
                  xb6 = _mm_set1_epi8((char)0xB6);
    for (size_t i = 0; i < end; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 1));
        __m128i hit = _mm_or_si128(
            _mm_or_si128(
                _mm_and_si128(_mm_cmpeq_epi8(v, e8), _mm_or_si128(_mm_cmpeq_epi8(next, ae), _mm_cmpeq_epi8(next, a8))),
                _mm_and_si128(_mm_cmpeq_epi8(v, e6), _mm_cmpeq_epi8(next, xb6))),
            _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(v, e7), _mm_cmpeq_epi8(next, x94)),
                         _mm_and_si128(_mm_cmpeq_epi8(v, e9),
                                       _mm_or_si128(_mm_cmpeq_epi8(next, x9b), _mm_cmpeq_epi8(next, x81)))));
        unsigned mask = (unsigned)_mm_movemask_epi8(hit);
        if (end - i < 16)
            mask &= (1u << (end - i)) - 1;
        for (; mask != 0; mask &= mask - 1)
            signs |= dateline_sign(s, n, i + (unsigned)__builtin_ctz(mask));
    }
#else
    for (size_t k = 0; k < end; k++)
        signs |= dateline_sign(s, n, k);
#endif
    return signs;
}

/* Where the first 报道 stands in reach, else the first 報道; reach.n when
 * neither does.  Found where 道 (E9 81 93) stands, 16 places at once
 * (reading past reach, as dateline_signs does): 报 and 報 open with lead
 * bytes that most Han characters share.  One pass for both words, where a
 * look for each with zp_find took two calls at every lead. */
static size_t reported_at(struct span reach)
{
    size_t at = reach.n, traditional = reach.n;
    for (size_t i = 0; i < reach.n && at == reach.n; i += 16) {
        unsigned mask = 0;
#ifdef __SSE2__
        __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(reach.s + i));
        __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(reach.s + i + 1));
        __m128i c = _mm_loadu_si128((const __m128i *)(const void *)(reach.s + i + 2));
        mask = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8((char)0xE9)),
                                                                       _mm_cmpeq_epi8(b, _mm_set1_epi8((char)0x81))),
                                                         _mm_cmpeq_epi8(c, _mm_set1_epi8((char)0x93))));
#else
        for (size_t k = 0; k < 16 && i + k + 2 < reach.n; k++)
            mask |= (unsigned)(reach.s[i + k] == 0xE9 && reach.s[i + k + 1] == 0x81 && reach.s[i + k + 2] == 0x93) << k;
#endif
        for (; mask != 0 && at == reach.n; mask &= mask - 1) {
            size_t p = i + (unsigned)__builtin_ctz(mask);
            if (p < 3 || p + 3 > reach.n)
                continue;
            const unsigned char *before = reach.s + p - 3;
            if (before[0] == 0xE6 && before[1] == 0x8A && before[2] == 0xA5)
                at = p - 3;
            else if (traditional == reach.n && before[0] == 0xE5 && before[1] == 0xA0 && before[2] == 0xB1)
                traditional = p - 3;
        }
    }
    return at < reach.n ? at : traditional;
}

/* A Taiwanese paper's credit names the place after a slash (〔记者某某
 * /苗栗报导〕, 【记者某某/台中报导】): the credit before it, the names in
 * it; the credit as it is when it names none. */
static struct span before_reported_place(struct span credit)
{
    size_t slash = find(credit, 0, "/");
    if (slash == credit.n)
        return credit;
    uint32_t closing;
    struct span inner = {credit.s, credit.n - zp_char_before(credit.s, credit.n, &closing)};
    if (ends_with(inner, "报导") || ends_with(inner, "报道") || ends_with(inner, "報導"))
        credit.n = slash;
    return credit;
}

/* The bytes of a credit that opens v with its roles and names run
 * together up to 报道 and a colon after it (李某、特约记者曹某报道:…), 报道
 * the last of them, the first role an author's; 0 when none opens v. */
static size_t glued_credit_len(struct span v)
{
    enum { GLUED_CREDIT_BYTES_MAX = 3 * 20 };
    struct span reach = {v.s, v.n < GLUED_CREDIT_BYTES_MAX ? v.n : GLUED_CREDIT_BYTES_MAX};
    size_t report = find(reach, 0, "报道"), colon_len, role_at, role_len;
    if (report == reach.n || report + 6 >= v.n || !is_colon(char_at(v, report + 6, &colon_len)) ||
        next_role((struct span){v.s, report}, 0, &role_at, &role_len) != ROLE_AUTHOR)
        return 0;
    return report + 6;
}

/* A lead that opens with its credit without brackets, each role and each
 * name a word of its own (本报记者 张三 通讯员 李四 “…): the names, up to
 * the first word that is neither. */
static bool read_spaced_credit(struct reading *r, size_t i, struct span v)
{
    /* a role with its outlet before it runs to ten characters (某某日报记者);
     * a longer first word is the text's, which is not read through */
    enum { CREDIT_WORD_BYTES_MAX = 3 * 10 };
    size_t at = 0, end = 0, persons = 0, role_at, role_len;
    struct span outlet;
    /* the first word ends in a reporter's role: 者 (记者) or 员 員 (通讯员),
     * by its bytes before the space, as most leads open otherwise */
    const unsigned char *space = memchr(v.s, ' ', v.n < CREDIT_WORD_BYTES_MAX + 1 ? v.n : CREDIT_WORD_BYTES_MAX + 1);
    if (!space || space - v.s < 6 ||
        !((space[-3] == 0xE8 && space[-2] == 0x80 && space[-1] == 0x85) ||
          (space[-3] == 0xE5 && ((space[-2] == 0x91 && space[-1] == 0x98) || (space[-2] == 0x93 && space[-1] == 0xA1)))))
        return false;
    for (bool first = true; at < v.n && at < CREDIT_BYTES_MAX; first = false) {
        size_t word_end = at;
        while (word_end < v.n && word_end - at <= CREDIT_WORD_BYTES_MAX && v.s[word_end] != ' ')
            word_end++;
        if (word_end - at > CREDIT_WORD_BYTES_MAX)
            break;
        struct span word = {v.s + at, word_end - at};
        enum role role = find_role(word, &role_at, &role_len);
        bool is_role = role != ROLE_NONE && role_at + role_len == word.n && read_role_prefix((struct span){word.s, role_at}, &outlet);
        if (first ? role != ROLE_AUTHOR || !is_role : !is_role && !is_person(word))
            break;
        persons += !is_role;
        end = word_end;
        at = skip_spaces(v.s, v.n, word_end);
    }
    if (persons == 0)
        return false;
    struct name names[LINE_NAMES];
    size_t count = read_names((struct span){v.s, end}, IN_BYLINE, names, LINE_NAMES, &outlet);
    add_names(r, names, count, i, "author-dateline");
    add_source(r, SOURCE_BYLINE, outlet, i);
    return count > 0;
}

/* The credit that opens v, the lead after its dateline or the lead
 * itself: in brackets (（记者 张三 通讯员 李四）), or its words set apart by
 * spaces, each opening with a role (记者张三 通讯员李四报道 10月15日，…). */
static void read_lead_credit(struct reading *r, size_t i, struct span v)
{
    size_t len, open = skip_spaces(v.s, v.n, 0);
    /* the paper it is taken from may stand before the credit, a space
     * between or not (据某某晨报报道(记者 张某), 据某报报道 (记者 张某)) */
    enum { TAKEN_FROM_BYTES_MAX = 3 * 14 };
    if (word_at(v, open, (struct word)WORD("据"))) {
        struct span reach = {v.s + open, v.n - open < TAKEN_FROM_BYTES_MAX ? v.n - open : TAKEN_FROM_BYTES_MAX};
        size_t report = find(reach, 3, "报道"), credit = report < reach.n ? skip_spaces(v.s, v.n, open + report + 6) : v.n;
        if (credit < v.n && is_opening(char_at(v, credit, &len)))
            open = credit;
    }
    struct span byline = {v.s + open, 0}, outlet;
    enum names_in in = IN_CREDIT;
    if (is_opening(char_at(v, open, &len))) {
        size_t close = open + len;
        while (close < v.n && close < open + CREDIT_BYTES_MAX && !is_closing(char_at(v, close, &len)))
            close += len;
        if (close < v.n && close < open + CREDIT_BYTES_MAX)
            byline.n = close + len - open;
    } else {
        /* or each role and each name a word of its own (本报讯 记者 某某
         * 通讯员 某某 日前，…) */
        if (read_spaced_credit(r, i, (struct span){v.s + open, v.n - open}))
            return;
        /* or run together up to 报道 and a colon, names and roles without a
         * space (李某、特约记者曹某报道:前不久,…) */
        size_t glued = glued_credit_len((struct span){v.s + open, v.n - open});
        if (glued > 0) {
            struct name names[LINE_NAMES];
            add_names(r, names, read_names((struct span){v.s + open, glued}, IN_BYLINE, names, LINE_NAMES, &outlet), i,
                      "author-dateline");
            add_source(r, SOURCE_BYLINE, outlet, i);
            return;
        }
        for (size_t at = open; at < v.n && at < open + CREDIT_BYTES_MAX;) {
            size_t end = at;
            while (end < v.n && v.s[end] != ' ')
                end++;
            size_t role_at, role_len;
            struct span word = {v.s + at, end - at};
            /* or a name after a role's word, the byline's tail glued to it
             * (记者某某 张某某报道) */
            bool more_names = byline.n > 0 && word.n > 6 && word_ends(word, (struct word)WORD("报道")) &&
                              is_person((struct span){word.s, word.n - 6});
            if (!more_names && (find_role(word, &role_at, &role_len) != ROLE_AUTHOR || role_at != 0))
                break;
            byline.n = end - open;
            at = skip_spaces(v.s, v.n, end);
            if (more_names)
                break;
        }
        in = IN_BYLINE;
    }
    if (byline.n == 0)
        return;
    if (in == IN_CREDIT)
        byline = before_reported_place(byline);
    struct name names[LINE_NAMES];
    add_names(r, names, read_names(byline, in, names, LINE_NAMES, &outlet), i, "author-dateline");
    add_source(r, SOURCE_BYLINE, outlet, i);
}

/* A lead that opens with its outlet, a colon and the credit in brackets
 * (某某传媒网:(某某)“大叔，…): the outlet and the names. */
static bool read_colon_credit(struct reading *r, size_t i, struct span v)
{
    /* an outlet's name runs to 12 Han characters before the colon */
    enum { OUTLET_BYTES_MAX = 3 * 12 };
    struct span reach = {v.s, v.n < OUTLET_BYTES_MAX + 3 ? v.n : OUTLET_BYTES_MAX + 3};
    size_t colon_len, colon = next_colon(reach, 0, &colon_len);
    if (colon == reach.n)
        return false;
    struct span outlet = {v.s, colon};
    size_t open = colon + colon_len, open_len, len;
    if (open >= v.n || !is_opening(char_at(v, open, &open_len)) || !ends_as_outlet(outlet.s, outlet.n) ||
        outlet_end(outlet) != outlet.n || !is_outlet(outlet))
        return false;
    size_t first = open + open_len, close = first;
    while (close < v.n && close < open + CREDIT_BYTES_MAX && !is_closing(char_at(v, close, &len)))
        close += len;
    if (close >= v.n || close >= open + CREDIT_BYTES_MAX)
        return false;
    struct name names[LINE_NAMES];
    struct span none;
    size_t count = read_names((struct span){v.s + first, close - first}, IN_CREDIT, names, LINE_NAMES, &none);
    if (count == 0)
        return false;
    add_names(r, names, count, i, "author-dateline");
    add_source(r, SOURCE_DATELINE, outlet, i);
    return true;
}

/* A credit in brackets without a role that opens the lead: an outlet's
 * name and its writers' ((某某侨报 某某 某某)近日，…). */
static bool read_outlet_credit(struct reading *r, size_t i, struct span credit)
{
    size_t space = find(credit, 0, " ");
    struct span outlet = {credit.s, space};
    if (space == credit.n || outlet_end(outlet) != outlet.n || !is_outlet(outlet))
        return false;
    struct name names[LINE_NAMES];
    struct span none;
    size_t count = read_names((struct span){credit.s + space, credit.n - space}, IN_BYLINE, names, LINE_NAMES, &none);
    if (count == 0)
        return false;
    add_names(r, names, count, i, "author-dateline");
    add_source(r, SOURCE_BYLINE, outlet, i);
    return true;
}

/* Whether ( or （ (EF BC 88) opens a character of v: 16 places at once,
 * reading past v as dateline_signs does, where a look for each by its last
 * byte (memchr) took two calls at every lead. */
static bool holds_round_bracket(struct span v)
{
#ifdef __SSE2__
    for (size_t i = 0; i < v.n; i += 16) {
        __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(v.s + i));
        __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(v.s + i + 1));
        __m128i c = _mm_loadu_si128((const __m128i *)(const void *)(v.s + i + 2));
        unsigned mask = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('(')),
                         _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8((char)0xEF)),
                                                     _mm_cmpeq_epi8(b, _mm_set1_epi8((char)0xBC))),
                                       _mm_cmpeq_epi8(c, _mm_set1_epi8((char)0x88)))));
        for (; mask != 0; mask &= mask - 1) {
            size_t at = i + (unsigned)__builtin_ctz(mask);
            if (at + (v.s[at] == '(' ? 1 : 3) <= v.n)
                return true;
        }
    }
    return false;
#else
    return memchr(v.s, '(', v.n) || find(v, 0, "（") < v.n;
#endif
}

/* A lead that opens with an outlet's name and a reporter's credit in
 * brackets, no 讯 between them (某某日报(记者张某 通讯员李某)春运期间,…,
 * 某某网 (通讯员 某某) 为…): the outlet and the names. */
static bool read_outlet_then_credit(struct reading *r, size_t i, struct span v)
{
    enum { OUTLET_BYTES_MAX = 3 * OUTLET_MAX };
    /* most leads hold no bracket so near their start */
    struct span reach = {v.s, v.n < OUTLET_BYTES_MAX + 3 ? v.n : OUTLET_BYTES_MAX + 3};
    if (!holds_round_bracket(reach))
        return false;
    size_t open = 0, len;
    while (open < v.n && open < OUTLET_BYTES_MAX && zp_is_han(char_at(v, open, &len)))
        open += len;
    struct span outlet = {v.s, open};
    open = skip_spaces(v.s, v.n, open);
    if (open >= v.n || !is_opening(char_at(v, open, &len)) || outlet_end(outlet) != outlet.n || !is_outlet(outlet))
        return false;
    size_t role_at, role_len, names = r->name_count;
    struct span inside = {v.s + open + len, v.n - open - len < CREDIT_BYTES_MAX ? v.n - open - len : CREDIT_BYTES_MAX};
    if (next_role(inside, 0, &role_at, &role_len) != ROLE_AUTHOR || role_at > 0)
        return false;
    read_lead_credit(r, i, (struct span){v.s + open, v.n - open});
    if (r->name_count == names)
        return false;
    add_source(r, SOURCE_DATELINE, outlet, i);
    return true;
}

/* A lead that opens with its credit, no bracket, and 报道 and a colon or
 * a space after it (记者某某 通讯员某某 某某报道:悠悠…, 记者某某 实习生
 * 某某报道 2月4日,…): the names. */
static bool read_reported_credit(struct reading *r, size_t i, struct span v)
{
    struct span reach = {v.s, v.n < CREDIT_BYTES_MAX ? v.n : CREDIT_BYTES_MAX}, outlet;
    size_t role_at, role_len, mark = reported_at(reach);
    if (mark == reach.n || next_role(reach, 0, &role_at, &role_len) != ROLE_AUTHOR || role_at >= mark ||
        !read_role_prefix((struct span){v.s, role_at}, &outlet))
        return false;
    size_t colon_len;
    struct span credit = {v.s, mark};
    bool spaced = mark + 6 < v.n && v.s[mark + 6] == ' ';
    if ((!spaced && next_colon(v, mark + 6, &colon_len) != mark + 6) || find(credit, 0, "，") < credit.n ||
        memchr(credit.s, ',', credit.n) || find(credit, 0, "。") < credit.n)
        return false;
    struct name names[LINE_NAMES];
    size_t count = read_names(credit, IN_BYLINE, names, LINE_NAMES, &outlet);
    add_names(r, names, count, i, "author-dateline");
    return count > 0;
}

/* A lead that opens with its outlet's name and a space, no dateline's
 * mark after it (某某融媒 2020年,民政部…): the outlet. */
static bool read_opening_outlet(struct reading *r, size_t i)
{
    const struct line *l = &r->d->lines[i];
    struct span v = trim((struct span){l->text, l->len});
    const unsigned char *space = memchr(v.s, ' ', v.n);
    if (!space)
        return false;
    struct span name = {v.s, (size_t)(space - v.s)};
    if (han_only(name) != zp_count_chars(name.s, name.n) || !is_outlet_name(name))
        return false;
    add_source(r, SOURCE_DATELINE, name, i);
    return true;
}

/* A lead that opens with its credit in brackets and no dateline
 * (（记者 张三）9月12日，…), or with its words set apart by spaces. */
static bool read_opening_credit(struct reading *r, size_t i)
{
    const struct line *l = &r->d->lines[i];
    struct span v = trim((struct span){l->text, l->len});
    size_t open_len, len;
    if (v.n == 0)
        return false;
    if (!is_opening(char_at(v, 0, &open_len)))
        return read_colon_credit(r, i, v) || read_spaced_credit(r, i, v) || read_outlet_then_credit(r, i, v) ||
               read_reported_credit(r, i, v);
    /* a reporter's, not a label's (【摘 要】) */
    size_t close = open_len, role_at, role_len;
    while (close < v.n && close < CREDIT_BYTES_MAX && !is_closing(char_at(v, close, &len)))
        close += len;
    if (find_role((struct span){v.s, close}, &role_at, &role_len) != ROLE_AUTHOR) {
        if (close >= v.n)
            return false;
        struct span credit = {v.s + open_len, close - open_len};
        if (read_outlet_credit(r, i, credit))
            return true;
        /* the writers alone, spaced apart ((王某某 贾某某)小社区大走访…) */
        struct name names[LINE_NAMES];
        struct span none;
        size_t count = l->f.label == ZP_LABEL_NONE && find(credit, 0, " ") < credit.n &&
                               zp_is_names_row(credit.s, credit.n)
                           ? read_names(credit, IN_BYLINE, names, LINE_NAMES, &none)
                           : 0;
        add_names(r, names, count, i, "author-dateline");
        return count > 0;
    }
    size_t names = r->name_count;
    read_lead_credit(r, i, v);
    return r->name_count > names;
}

/* Opens with a reporter's credit, in brackets or not ((某某日报记者 某某),
 * 记者 某某), a space before it or not (某某讯 (通讯员 某某)). */
static bool opens_credit(struct span v)
{
    size_t len, at = skip_spaces(v.s, v.n, 0);
    bool bracketed = at < v.n && is_opening(char_at(v, at, &len));
    if (bracketed)
        at += len;
    size_t close = v.n;
    for (size_t k = at; k < v.n && k < at + CREDIT_BYTES_MAX; k += len)
        if (is_closing(char_at(v, k, &len)) || (!bracketed && v.s[k] == ' ')) {
            close = k;
            break;
        }
    struct span credit = {v.s + at, (close < v.n ? close : (v.n < at + CREDIT_BYTES_MAX ? v.n : at + CREDIT_BYTES_MAX)) - at};
    size_t role_at, role_len;
    if ((bracketed || close < v.n) && find_role(credit, &role_at, &role_len) == ROLE_AUTHOR)
        return true;
    /* or roles and names run together up to 报道 and a colon (记者某某、特约
     * 记者某某报道:4月24日…) */
    if (!bracketed && glued_credit_len((struct span){v.s + at, v.n - at}) > 0)
        return true;
    /* or names alone in brackets and a colon after them (某某频道报道(某某):) */
    size_t colon_len;
    if (bracketed && close < v.n && credit.n > 0 && zp_is_names_row(credit.s, credit.n) &&
        close + len < v.n && is_colon(char_at(v, close + len, &colon_len)))
        return true;
    /* or names alone before 报道 in brackets (（某某 某某 报道）) */
    if (!bracketed || close == v.n || !ends_with(credit, "报道"))
        return false;
    struct span names = trim((struct span){credit.s, credit.n - 6});
    return names.n > 0 && zp_is_names_row(names.s, names.n);
}

/* Where 报道 stands in the first DATELINE_REACH characters of s, with a
 * colon and a credit in brackets after it (某某融媒报道：（通讯员 某某）)
 * or the credit alone (某某报道(记者 某某)), or the day before it,
 * as an outlet that is no paper or site heads its lead; v.n when it does
 * not.  Without the credit, the words before it are as often a column's
 * (特别报道：, 专题报道：). */
static size_t report_mark(struct span v)
{
    struct span reach = {v.s, v.n < 3 * DATELINE_REACH ? v.n : 3 * DATELINE_REACH};
    size_t at = reported_at(reach), len;
    if (at == reach.n)
        return v.n;
    /* or the day right before it, after the outlet's name (某某新闻网1月23日报道 …) */
    struct date day;
    size_t digit = first_digit((struct span){v.s, at});
    if (digit > 0 && digit < at && ends_as_outlet(v.s, digit) &&
        parse_date(v.s + digit, at - digit, DATE_FULL | DATE_YEARLESS, &day) == at - digit)
        return at;
    /* or a space and the day (某某报道 6月24日,…) */
    size_t after = skip_spaces(v.s, v.n, at + 6);
    if (after > at + 6)
        return parse_date(v.s + after, v.n - after, DATE_FULL | DATE_YEARLESS, &day) > 0 ? at : v.n;
    /* or the credit right after it (某某报道(记者 某某)10月31日,…) */
    if (is_opening(char_at(v, at + 6, &len)))
        return opens_credit((struct span){v.s + at + 6, v.n - at - 6}) ? at : v.n;
    if (!is_colon(char_at(v, at + 6, &len)))
        return v.n;
    return is_opening(char_at(v, skip_spaces(v.s, v.n, at + 6 + len), &len)) ? at : v.n;
}

/* The bytes of a web address and the bracket that closes it at the start
 * of v (www.某某.com）), or 0. */
static size_t bracketed_address(struct span v)
{
    enum { ADDRESS_MAX = 64 };
    size_t at = 0, len, dots = 0;
    while (at < v.n && at < ADDRESS_MAX && v.s[at] < 0x80 && v.s[at] != ')') {
        unsigned char c = v.s[at] | 0x20; /* a letter's lower case */
        if (!zp_is_ascii_digit(v.s[at]) && !(c >= 'a' && c <= 'z') && v.s[at] != '.' && v.s[at] != '-' && v.s[at] != '/' && v.s[at] != ':')
            return 0;
        dots += v.s[at] == '.';
        at++;
    }
    return dots > 0 && at < v.n && is_closing(char_at(v, at, &len)) ? at + len : 0;
}

/* The length of an outlet's other name in brackets at v's start, the
 * brackets with it (（某某日报网）讯): 0 when none is there. */
static size_t other_name_len(struct span v)
{
    enum { OTHER_NAME_BYTES_MAX = 3 * 12 };
    size_t len;
    for (size_t at = 0; at < v.n && at <= OTHER_NAME_BYTES_MAX; at += len) {
        uint32_t cp = char_at(v, at, &len);
        if (at > 0 && is_closing(cp))
            return bracketed_outlet((struct span){v.s, at + len}).n > 0 ? at + len : 0;
    }
    return 0;
}

/* Whether s[0, n) ends in an outlet's name and the place it reports from,
 * two to four Han characters (某某网池州, 某某晚报白城). */
static bool ends_as_placed_outlet(const unsigned char *s, size_t n)
{
    for (size_t han = PLACE_HAN_MIN; han <= PLACE_HAN_MAX && 3 * han < n; han++)
        if (ends_as_outlet(s, n - 3 * han))
            return true;
    return false;
}

/* The dateline that opens the lead: 新华社北京6月27日电, 本报讯,
 * 某某网·某某新闻6月27日讯, 本报某地讯, 某某融媒报道：, with its credit in
 * parentheses after it (（记者 张三 通讯员 李四）).  Its date, its outlet
 * and the names of its credit. */
static bool read_dateline(struct reading *r, size_t i, struct span v)
{
    unsigned signs = dateline_signs(v.s, v.n);
    if (signs == 0)
        return false;
    size_t len, at = 0;
    while (at < v.n && (v.s[at] == ' ' || is_bullet(char_at(v, at, &len))))
        at += v.s[at] == ' ' ? 1 : len;
    /* an agency sets its dateline in brackets ((某某社台北11日电)…) */
    if (at < v.n && is_opening(char_at(v, at, &len)))
        at += len;
    v = (struct span){v.s + at, v.n - at};
    size_t end = v.n, chars = 0, mark_end = v.n;
    uint32_t before = 0;
    size_t report = signs & REPORT_SIGN ? report_mark(v) : v.n;
    for (at = 0; at < v.n && chars < DATELINE_REACH; at += len, chars++) {
        uint32_t cp = char_at(v, at, &len);
        /* 讯 訊, but not of 通讯员 nor of an outlet's name (法讯网讯); 日电
         * 社电 */
        if (((cp == 0x8BAF || cp == 0x8A0A) && before != 0x901A &&
             !(at + len + 3 <= v.n && v.s[at + len] == 0xE7 &&
               ((v.s[at + len + 1] == 0xBD && v.s[at + len + 2] == 0x91) ||    /* 网 */
                (v.s[at + len + 1] == 0xB6 && v.s[at + len + 2] == 0xB2)))) || /* 網 */
            ((cp == 0x7535 || cp == 0x96FB) && (before == 0x65E5 || before == 0x793E))) {
            end = at;
            mark_end = at + len;
            break;
        }
        /* 某某网1月26日消息, 某某网消息 */
        if (cp == 0x6D88 && (before == 0x65E5 || ends_as_outlet(v.s, at) || ends_as_placed_outlet(v.s, at)) &&
            at + 6 <= v.n && memcmp(v.s + at + 3, "\xE6\x81\xAF", 3) == 0) {
            end = at;
            mark_end = at + 6;
            break;
        }
        if (at == report) {
            end = at;
            size_t after_len;
            uint32_t after = char_at(v, at + 6, &after_len);
            mark_end = at + 6 + (is_colon(after) ? after_len : 0);
            break;
        }
        /* a site's address in brackets after its name, among the
         * outlets that share the dateline (某某报、某某网(www.某某.com)、
         * 某某客户端讯), counts for none of its characters */
        size_t address;
        if (is_opening(cp) && (address = bracketed_address((struct span){v.s + at + len, v.n - at - len})) > 0) {
            len += address;
            chars--;
            continue;
        }
        /* and so does its other name in brackets (某某网(某某日报网)讯) */
        if (is_opening(cp) && at > 0 && (address = other_name_len((struct span){v.s + at, v.n - at})) > 0) {
            len = address;
            chars--;
            continue;
        }
        if (!zp_is_han(cp) && !zp_is_ascii_digit((unsigned char)(cp < 0x80 ? cp : 0)) && cp != 0x00B7 && cp != 0x2022 &&
            cp != ' ' && cp != 0x3001 && cp != '/' && cp != 0xFF0F && cp != '-' && cp != 0x2014) /* — */
            return false;
        before = cp;
    }
    if (end == v.n || zp_count_chars(v.s, end) < 2)
        return false;
    struct span head = {v.s, end};
    /* a repost credits the outlet with 据 before it (据某某社电) */
    if (head.n > 6 && (word_at(head, 0, (struct word)WORD("据")) || word_at(head, 0, (struct word)WORD("據"))))
        head = (struct span){head.s + 3, head.n - 3};
    size_t digit = first_digit(head);
    struct date date = {0, 0, 0, -1, -1, -1};
    if (digit < head.n) {
        size_t k = digit + parse_date(head.s + digit, head.n - digit, DATE_FULL | DATE_YEARLESS, &date);
        /* or the day alone, as an agency dates it (某某社台北11日电): no date
         * the table can write, but the dateline all the same */
        size_t day = digit;
        while (day < head.n && zp_is_ascii_digit(head.s[day]))
            day++;
        bool day_alone = k == digit && day - digit <= 2 && day + 3 == head.n && ends_with(head, "日");
        /* the place may follow the date (某某网1月23日某某讯) */
        enum { PLACE_HAN_MAX = 4 };
        size_t place = k < head.n ? han_only((struct span){head.s + k, head.n - k}) : 0;
        bool placed_after = k > digit && place > 0 && place <= PLACE_HAN_MAX && 3 * place == head.n - k;
        if (!day_alone && !placed_after && (k == digit || (k < head.n && hour_in_words(head, k, &date) != head.n)))
            return false;
    }
    /* a reporter's credit before 报道, the outlet before its role (本报通讯员
     * 某某摄影报道 6月7日，…, 某某日报记者某某报道：…): the names, and the
     * outlet unless it is the page's own */
    size_t role_at, role_len;
    if (end == report && digit == head.n && next_role(head, 0, &role_at, &role_len) == ROLE_AUTHOR && role_at > 0) {
        struct span before_role = {head.s, role_at}, named, credit = {head.s + role_at, head.n - role_at};
        /* the names glued to the word for the pictures they took too */
        if (ends_with(credit, "摄影") || ends_with(credit, "攝影"))
            credit.n -= 6;
        struct name names[LINE_NAMES];
        add_names(r, names, read_names(credit, IN_BYLINE, names, LINE_NAMES, &named), i, "author-dateline");
        if (names_no_outlet(before_role))
            r->own_outlet = true;
        else if (is_outlet_name(before_role))
            add_source(r, SOURCE_DATELINE, before_role, i);
        return true;
    }
    struct span outlet = first_part((struct span){head.s, digit});
    /* the page's own outlet, unnamed (本报, 本网, 本报记者), in a word */
    enum { OWN_OUTLET_MAX = 6 };
    bool ours = names_no_outlet(outlet) && zp_count_chars(outlet.s, outlet.n) <= OWN_OUTLET_MAX;
    /* or a place alone before the day and 电, 本报 left out (某地9月18日电
     * (某某)…) */
    size_t sign_len;
    uint32_t sign = char_at(v, end, &sign_len);
    size_t place_only = han_only((struct span){head.s, digit});
    ours |= date.month > 0 && (sign == 0x7535 || sign == 0x96FB) && place_only >= PLACE_HAN_MIN &&
            place_only <= PLACE_HAN_MAX && 3 * place_only == digit && !ends_as_outlet(head.s, digit); /* 电 電 */
    /* what reports is the outlet, whatever its name ends in, unless it
     * is a reporter (记者报道：) */
    bool reports = end == report && find_role(outlet, &role_at, &role_len) == ROLE_NONE;
    outlet.n = ours ? 0 : reports ? outlet.n : outlet_end(outlet);
    if (outlet.n > 0 && !is_outlet(outlet))
        outlet.n = 0;
    /* an outlet whose name ends in no outlet's word is one all the same
     * when its 讯 opens a reporter's credit (新某某讯(某某日报记者 某某)), a
     * colon (某某网库讯:10月11日,…) or the day, unless 讯 ends a word there
     * (快讯 简讯 喜讯: a column's) */
    enum { CREDITED_OUTLET_HAN_MAX = 10 };
    static const uint32_t news_word_openers[] = {0x5FEB, 0x7B80, 0x7C21, 0x77ED, 0x559C, 0x8D44, 0x8CC7, 0x7535,
                                                 0x96FB, 0x89C6, 0x8996, 0x8B66, 0x6377, 0x6625, 0x82B1, 0x8981,
                                                 0x7279, 0x4E13, 0x5C08, 0x97F3}; /* 快简簡短喜资資电電视視警捷春花要特专專音 */
    /* or a day, a space before it or not (某某讯 12月12日,…) */
    struct date day;
    size_t day_at = skip_spaces(v.s, v.n, mark_end);
    bool colon_after = false;
    if (mark_end < v.n && (v.s[mark_end] == ':' || (mark_end + 3 <= v.n && memcmp(v.s + mark_end, "：", 3) == 0) ||
                           parse_date(v.s + day_at, v.n - day_at, DATE_FULL | DATE_YEARLESS, &day) > 0)) {
        colon_after = true;
        for (size_t k = 0; k < sizeof news_word_openers / sizeof news_word_openers[0]; k++)
            colon_after &= before != news_word_openers[k];
    }
    if (!ours && (outlet.n == 0 || han_only((struct span){head.s + outlet.n, head.n - outlet.n}) < PLACE_HAN_MIN) &&
        outlet.n != head.n && digit == head.n && han_only(head) == zp_count_chars(head.s, head.n) &&
        han_only(head) <= CREDITED_OUTLET_HAN_MAX &&
        (colon_after || opens_credit((struct span){v.s + mark_end, v.n - mark_end})))
        outlet = head;
    /* without a date, the outlet stands right before 讯 (某某新闻网讯),
     * or first of those that share it (某某报、某某网、某某客户端讯), or a
     * paper's name before the place it reports from (某某晚报白城讯) */
    size_t after, place_han = outlet.n < head.n ? han_only((struct span){head.s + outlet.n, head.n - outlet.n}) : 0;
    uint32_t outlet_last = 0;
    if (outlet.n > 0)
        zp_char_before(outlet.s, outlet.n, &outlet_last);
    bool placed = (outlet_last == 0x62A5 || outlet_last == 0x5831 || outlet_last == 0x7F51 || outlet_last == 0x7DB2) &&
                  place_han >= PLACE_HAN_MIN && place_han <= PLACE_HAN_MAX; /* 报 報 网 網 */
    /* 、 / · - or — between the outlets that share it (某某网·某某客户端讯,
     * 某某网-某某都市报讯, 某某市融媒体中心—某某日报讯) */
    uint32_t between = outlet.n < head.n ? char_at(head, outlet.n, &after) : 0;
    if (!ours && (outlet.n == 0 || (digit == head.n && outlet.n != head.n && !placed && between != 0x3001 &&
                                    between != '/' && between != 0xFF0F && between != 0x00B7 && between != '-' &&
                                    between != 0x2014 && !is_opening(between))))
        return false;
    if (date.month)
        add_date(r, DATE_DATELINE, &date, i);
    r->own_outlet |= ours;
    add_source(r, SOURCE_DATELINE, outlet, i);
    read_lead_credit(r, i, (struct span){v.s + mark_end, v.n - mark_end});
    return true;
}

/* A line of the head made of a position and a name (某某区委书记 张某某),
 * or a name and a position (张 某 某某研究院研究员): the name; or an office
 * and names (某某市人大常委会 张某某 王某某): the names, into name[0,
 * LINE_NAMES). */
static size_t read_author_line(const struct line *l, struct name *name)
{
    struct span v = trim((struct span){l->text, l->len});
    /* an author's note: the name before its note and its comma or colon
     * (郑某(通讯作者)，某某大学讲师, 王某:某某大学教授) */
    if (line_is_author_note(l)) {
        struct span first = {v.s, 0};
        size_t len;
        while (first.n < v.n && zp_is_han(char_at(v, first.n, &len)))
            first.n += len;
        if (!is_person(first))
            return 0;
        *name = (struct name){first, {first.s, 0}};
        return 1;
    }
    if (!line_is_author(l))
        return 0;
    size_t mark = line_byline_mark_len(v.s, v.n);
    v = (struct span){v.s + mark, v.n - mark};
    size_t office_names = line_office_names_at(v.s, v.n);
    if (office_names > 0) {
        struct span none;
        return read_names((struct span){v.s + office_names, v.n - office_names}, IN_BYLINE, name, LINE_NAMES, &none);
    }
    /* a note in brackets after the name (某某研究中心  伍某某(项目主管)) */
    v = trim((struct span){v.s, line_closing_note_at(v.s, v.n)});
    size_t last = v.n;
    while (last > 0 && v.s[last - 1] != ' ')
        last--;
    struct span tail = {v.s + last, v.n - last};
    if (is_person(tail)) {
        *name = (struct name){tail, {tail.s, 0}};
        return 1;
    }
    /* a surname and a given name of one character spaced apart last (某某
     * 村主任助理 詹 毅) */
    size_t before = last;
    while (before > 0 && v.s[before - 1] == ' ')
        before--;
    uint32_t given;
    zp_utf8_last(tail.s, tail.n, &given);
    if (han_only(tail) == 1 && ends_given_name(given) && before >= 3 && before < last &&
        (before == 3 || v.s[before - 4] == ' ')) {
        struct span surname = {v.s + before - 3, 3};
        if (han_only(surname) == 1 && zp_opens_with_surname(surname.s, surname.n)) {
            *name = (struct name){surname, tail};
            return 1;
        }
    }
    size_t space = find(v, 0, " ");
    struct span first = {v.s, space};
    if (is_person(first)) {
        *name = (struct name){first, {first.s, 0}};
        return 1;
    }
    /* 张 翼, 伍   磊: a surname and a given name spaced apart */
    size_t given_at = skip_spaces(v.s, v.n, space);
    size_t next = find(v, given_at, " ");
    return spaced_name(first, (struct span){v.s + given_at, next - given_at}, name);
}

/* The names that open a writer's note, and each of its parts after a
 * semicolon (作者简介：某某，某某学院副教授；某某，…): a name before the
 * first comma, parenthesis, space or colon. */
static void read_bio(struct reading *r, size_t i)
{
    const struct line *l = &r->d->lines[i];
    struct span v = {l->text, l->len};
    if (l->f.label != ZP_LABEL_NONE && l->f.label_len < l->len)
        v = (struct span){v.s + l->f.label_len, v.n - l->f.label_len};
    for (size_t at = 0, len; at < v.n;) {
        struct span part = without_bullet((struct span){v.s + at, v.n - at});
        /* each writer's number before the note, in brackets or before a
         * full stop ([2]某某,…, 2.某某,…) */
        size_t mark = part.n > 0 && part.s[0] == '[', digits = mark;
        while (digits < part.n && zp_is_ascii_digit(part.s[digits]))
            digits++;
        if (digits == mark || digits == part.n || part.s[digits] != (mark ? ']' : '.'))
            digits = 0;
        else
            digits++;
        part = trim((struct span){part.s + digits, part.n - digits});
        size_t end = 0;
        while (end < part.n) {
            uint32_t cp = char_at(part, end, &len);
            if (cp == ',' || cp == 0xFF0C || is_opening(cp) || cp == ' ' || is_colon(cp) || cp == 0x3001)
                break;
            end += len;
        }
        struct name name = {{part.s, end}, {part.s, 0}};
        /* a journal spaces a name of two characters (郭 某，博士，…) */
        if (end < part.n && part.s[end] == ' ') {
            size_t given_at = skip_spaces(part.s, part.n, end), given_end = given_at;
            while (given_end < part.n && zp_is_han(char_at(part, given_end, &len)))
                given_end += len;
            if (spaced_name(name.first, (struct span){part.s + given_at, given_end - given_at}, &name))
                add_names(r, &name, 1, i, "author-bio");
        } else if (is_person(name.first))
            add_names(r, &name, 1, i, "author-bio");
        size_t semicolon = find(v, at, "；");
        size_t ascii = find(v, at, ";");
        at = semicolon < ascii ? semicolon + 3 : ascii < v.n ? ascii + 1 : v.n;
    }
}

/* A writer's note whose label lost its colon, the name glued to it and a
 * comma after (作者某某,某某大学某某研究院副教授。北京,邮编:100081。): the
 * name. */
static void read_unlabelled_note(struct reading *r, size_t i)
{
    const struct line *l = &r->d->lines[i];
    struct span v = trim((struct span){l->text, l->len});
    if (!word_at(v, 0, (struct word)WORD("作者")))
        return;
    size_t ascii = find(v, 6, ","), wide = find(v, 6, "，");
    size_t comma = ascii < wide ? ascii : wide;
    struct name name = {{v.s + 6, comma - 6}, {v.s, 0}};
    if (comma < v.n && is_person(name.first))
        add_names(r, &name, 1, i, "author-bio");
}

/* The journal a citation of the page names (某某.题名[J].刊名,2019(24):1-2.). */
static struct span cited_journal(struct span v)
{
    size_t at = find(v, 0, "[J]");
    if (at == v.n)
        return (struct span){v.s, 0};
    at += 3;
    while (at < v.n && (v.s[at] == '.' || v.s[at] == ' '))
        at++;
    size_t end = at, len;
    while (end < v.n) {
        uint32_t cp = char_at(v, end, &len);
        if (cp == ',' || cp == 0xFF0C || cp == '.' || cp == 0x3002)
            break;
        end += len;
    }
    return clean_source((struct span){v.s + at, end - at});
}

/* The authors of a citation of the page itself, how the journal asks to
 * cite it ([引文格式]刘某,徐某.题名[J].刊名,2025(2):37-45.): the names
 * before the first full stop, when the title the page shows follows it. */
static void read_cited_authors(struct reading *r, size_t i)
{
    /* the cited title and the page's share their first characters */
    enum { SHARED_TITLE_BYTES = 3 * 6 };
    const struct line *l = &r->d->lines[i];
    if (r->title >= r->d->count || find((struct span){l->raw, l->raw_len}, 0, "[J]") == l->raw_len)
        return;
    /* after its label, if any ([引文格式], 引用本文:) */
    size_t label_len;
    if (zp_label(l->raw, l->raw_len, &label_len) == ZP_LABEL_NONE)
        label_len = 0;
    struct span v = trim((struct span){l->raw + label_len, l->raw_len - label_len});
    size_t stop = find(v, 0, ".");
    if (stop == v.n)
        stop = find(v, 0, "．");
    struct span after = {v.s + stop, v.n - stop}, title = {r->d->lines[r->title].text, r->d->lines[r->title].len};
    size_t dot_len;
    char_at(after, 0, &dot_len);
    if (stop == v.n || after.n < dot_len + SHARED_TITLE_BYTES)
        return;
    char shared[SHARED_TITLE_BYTES + 1] = {0};
    memcpy(shared, after.s + dot_len, SHARED_TITLE_BYTES);
    if (find(title, 0, shared) == title.n)
        return;
    struct name names[LINE_NAMES];
    struct span outlet;
    add_names(r, names, read_names((struct span){v.s, stop}, IN_BYLINE, names, LINE_NAMES, &outlet), i,
              "author-citation");
}

/* A paper's print credit, cut from line i or line i whole: 《 某某日报 》(
 * 2018年11月07日 10 版).  Its date is the issue's, its paper the source. */
static void read_print_credit(struct reading *r, size_t i, struct span v)
{
    size_t open = find(v, 0, "("), open_len = 1;
    if (open == v.n)
        open = find(v, 0, "（"), open_len = 3;
    struct span group = {v.s + open + open_len, open < v.n ? v.n - open - open_len : 0};
    while (group.n > 0 && !zp_is_ascii_digit(group.s[0]))
        group = (struct span){group.s + 1, group.n - 1};
    struct date date;
    if (parse_date(group.s, group.n, DATE_FULL, &date) > 0)
        add_date(r, DATE_ISSUE, &date, i);
    if (wants_source(r, SOURCE_PRINT))
        add_source(r, SOURCE_PRINT, clean_source((struct span){v.s, open}), i);
}

/* The paper a notice says its works belong to, named after the words at
 * v[at, …) that follow 版权 (均属某某日报所有, 均属于某某报所有, 归某某网
 * 所有, 皆归某某网所有), or none. */
static struct span owned_by(struct span v, size_t at)
{
    /* longer before shorter, the first found decides */
    static const struct word belongs[] = {WORD("均属于"), WORD("均屬於"), WORD("均属"), WORD("均屬"), WORD("属于"),
                                          WORD("屬於"),   WORD("归于"),   WORD("歸於"), WORD("均归"), WORD("均歸"),
                                          WORD("皆归"),   WORD("皆歸"),   WORD("归"),   WORD("歸")};
    for (size_t k = 0; k < sizeof belongs / sizeof belongs[0]; k++) {
        if (!word_at(v, at, belongs[k]))
            continue;
        size_t from = at + belongs[k].n, to = from, len;
        while (to < v.n && zp_is_han(char_at(v, to, &len)) && !word_at(v, to, (struct word)WORD("所有")))
            to += len;
        struct span name = {v.s + from, to - from};
        return word_at(v, to, (struct word)WORD("所有")) && name.n > 0 && is_outlet_name(name)
                   ? name
                   : (struct span){v.s, 0};
    }
    return (struct span){v.s, 0};
}

/* The Han characters that end v[0, at), or that open v[at, …). */
static struct span han_run_before(struct span v, size_t at)
{
    size_t from = at;
    uint32_t cp;
    for (size_t back; from > 0 && (back = zp_char_before(v.s, from, &cp)) > 0 && zp_is_han(cp);)
        from -= back;
    return (struct span){v.s + from, at - from};
}

static struct span han_run_at(struct span v, size_t at)
{
    size_t to = at, len;
    while (to < v.n && zp_is_han(char_at(v, to, &len)))
        to += len;
    return (struct span){v.s + at, to - at};
}

/* Whether a copyright's holder is an outlet or an office (版权所有:某某市
 * 疾病预防控制中心), whose site is its own news's; a company (…有限公司)
 * runs sites for others. */
static bool is_holder(struct span name)
{
    return name.n > 0 && (is_outlet_name(name) || (is_outlet(name) && line_ends_as_organisation(name.s, name.n) &&
                                                   !ends_with(name, "公司")));
}

/* The holder a notice in Latin letters names after its words, past the
 * year and the marks (Copyright @ 2015-2019. 某某网 www.…, © 2023 某某报),
 * or none: the Han name must come before any other word. */
static struct span latin_copyright_holder(struct span v)
{
    size_t at = find(v, 0, "opyright");
    if (at == v.n)
        at = find(v, 0, "OPYRIGHT");
    if (at < v.n)
        at += 8;
    else if ((at = find(v, 0, "©")) < v.n)
        at += 2;
    else
        return (struct span){v.s, 0};
    size_t len;
    uint32_t cp;
    while (at < v.n && !zp_is_han(cp = char_at(v, at, &len)) && !zp_is_ascii_letter(cp))
        at += len;
    struct span name = han_run_at(v, at);
    return is_holder(name) ? name : (struct span){v.s, 0};
}

/* The holder named right before 版权所有 at v[at], past the words a
 * notice puts between them (某某网内容版权所有, 某某网 网站版权所有,
 * 本网站由某某网版权所有). */
static struct span holder_before(struct span v, size_t at)
{
    while (at > 0 && v.s[at - 1] == ' ')
        at--;
    struct span name = han_run_before(v, at);
    if (name.n == 6 && (word_at(name, 0, (struct word)WORD("网站")) || word_at(name, 0, (struct word)WORD("網站")))) {
        for (at = (size_t)(name.s - v.s); at > 0 && v.s[at - 1] == ' ';)
            at--;
        name = han_run_before(v, at);
    } else if (name.n > 6 && (word_ends(name, (struct word)WORD("内容")) || word_ends(name, (struct word)WORD("內容")))) {
        name.n -= 6;
    }
    /* 由 before the holder, but not in its name's first place */
    for (size_t k = name.n; k > 3; k -= 3)
        if (word_at(name, k - 3, (struct word)WORD("由")) && name.n - k >= 6) {
            name = (struct span){name.s + k, name.n - k};
            break;
        }
    return name;
}

/* The paper a copyright line names, after 版权所有 or before it
 * (版权所有 ©2022 某某日报, 某某日报社版权所有), or as the one its works
 * belong to, or after Copyright; none when it names a company, which a
 * page's own paper is not. */
static struct span copyright_holder(struct span v)
{
    /* each 版权 in turn, in both scripts, until one is followed by 所有 or
     * names whom the works belong to (版权声明:… 版权所有 某某网) */
    size_t at = v.n;
    for (size_t from = 0; at == v.n && from < v.n;) {
        size_t simplified = find(v, from, "版权"), traditional = find(v, from, "版權");
        size_t next = simplified < traditional ? simplified : traditional;
        if (next == v.n)
            return latin_copyright_holder(v);
        struct span owner = {v.s, 0};
        if (word_at(v, next + 6, (struct word)WORD("所有")))
            at = next;
        else if ((owner = owned_by(v, next + 6)).n > 0)
            return owner;
        from = next + 6;
    }
    /* the holder after the words, past their colon and marks (版权所有 ©
     * 某某日报), else before them (某某新闻网 版权所有:CopyRight…) */
    size_t len, from = at + 12;
    while (from < v.n && !zp_is_han(char_at(v, from, &len)))
        from += len;
    struct span name = han_run_at(v, from);
    if (!is_holder(name))
        name = holder_before(v, at);
    return is_holder(name) ? name : latin_copyright_holder(v);
}

/* The paper line i's notice of copyright names, when none was named
 * before: a site's foot may set the notice beside its licence or its
 * fields (Copyright @ 2015-2022 某某网版权所有 备案号:…).  A notice's own
 * line or a foot's (notice) may word it in letters alone (Copyright @
 * 某某部, © 2023 某某报). */
static void note_holder(struct reading *r, size_t i, bool notice)
{
    const struct line *l = &r->d->lines[i];
    struct span v = {l->raw, l->raw_len};
    if (r->holder.n > 0)
        return;
    /* the notice's words share 版 in both scripts: without it or the
     * letters, no looking */
    if (find_wide(v, "版") < v.n ||
        (notice && ((l->f.latin > 0 && (find(v, 0, "opyright") < v.n || find(v, 0, "OPYRIGHT") < v.n)) ||
                    find(v, 0, "©") < v.n))) {
        r->holder = copyright_holder(v);
        r->holder_line = i;
    }
}

/* A credit in brackets whose first word is a reporter's role: a station's
 * credits, which run longer than an aside (（记者 某某 摄像 某某 一审 某某
 * 二审 某某 监制 某某）). */
static bool opens_with_reporter(struct span v)
{
    size_t open_len, role_at, role_len;
    if (v.n == 0 || !is_opening(char_at(v, 0, &open_len)))
        return false;
    struct span first = {v.s + open_len, 0};
    while (open_len + first.n < v.n && first.s[first.n] != ' ')
        first.n++;
    return find_role(first, &role_at, &role_len) == ROLE_AUTHOR && role_at == 0;
}

/* Whether l opens with a label of the page's fields and its colon
 * (发布时间:, 来源:), not with a word of its text. */
static bool opens_with_field_label(const struct line *l)
{
    enum { LABEL_BYTES_MAX = 3 * 6 };
    size_t len, colon = next_colon((struct span){l->raw, l->raw_len < LABEL_BYTES_MAX + 3 ? l->raw_len : LABEL_BYTES_MAX + 3}, 0, &len);
    if (colon == 0 || colon > LABEL_BYTES_MAX || colon >= l->raw_len)
        return false;
    uint32_t last;
    zp_char_before(l->raw, colon, &last);
    const struct label *label = label_ending((struct span){l->raw, colon}, last);
    return label && label->word.n == colon;
}

/* The journal a repost's note in the head names ((原文发表于《某某》2017年第2期),
 * (原载《某某》…)): the paper is the journal's piece; or the journal whose
 * editors a statement of its rights names (版权声明:2019《某某》编辑部). */
static struct span published_in(struct span v)
{
    static const struct word notes[] = {WORD("发表于《"), WORD("發表於《"), WORD("原载于《"), WORD("原載於《"),
                                        WORD("原载《"), WORD("原載《"), WORD("刊于《"), WORD("刊於《")};
    static const struct word editors[] = {WORD("》编辑部"), WORD("》編輯部")};
    size_t open = find_wide(v, "《");
    for (size_t k = 0; open < v.n && k < sizeof notes / sizeof notes[0]; k++)
        if (open + 3 >= notes[k].n && word_at(v, open + 3 - notes[k].n, notes[k]))
            return clean_source((struct span){v.s + open, v.n - open});
    size_t close = open < v.n ? find(v, open, "》") : v.n;
    for (size_t k = 0; close < v.n && k < sizeof editors / sizeof editors[0]; k++)
        if (word_at(v, close, editors[k]))
            return clean_source((struct span){v.s + open, close + 3 - open});
    return (struct span){v.s, 0};
}

/* Whether v opens with a known label and its colon, a value after it
 * (发布日期:…, 编辑:某某). */
static bool opens_with_known_label(struct span v)
{
    size_t len, colon = next_colon(v, 0, &len);
    return colon > 0 && colon < v.n && known_label_len((struct span){v.s, colon}) == colon;
}

/* The title before a row of the page's fields, a space between
 * (某某村修路资金缺口的情况汇报 发布日期:… 信息来源:…): eight Han
 * characters or more and no colon before the first label; empty when the
 * row opens with none. */
static struct span title_before_fields(struct span v)
{
    enum { FIELDS_TITLE_HAN_MIN = 8 };
    size_t space = find(v, 0, " "), len;
    struct span head = {v.s, space};
    if (space == v.n || !has_han(head, FIELDS_TITLE_HAN_MIN) || zp_count_chars(head.s, head.n) > SHORT_MAX ||
        next_colon(head, 0, &len) < head.n)
        return (struct span){v.s, 0};
    return opens_with_known_label(trim((struct span){v.s + space, v.n - space})) ? head : (struct span){v.s, 0};
}

/* A writer's name alone opening a row of the head's fields, spaces after
 * it (某某   来源:某某客户端, 某某 2022-08-23 09:06 某某网 打印): the
 * page's author, as a byline without its label. */
static void read_name_before_fields(struct reading *r, size_t i, struct span v)
{
    /* the space right after a name of four Han characters at most */
    const unsigned char *space = memchr(v.s, ' ', v.n < 3 * NAME_HAN_MAX + 1 ? v.n : 3 * NAME_HAN_MAX + 1);
    if (!space)
        return;
    struct span name = {v.s, (size_t)(space - v.s)};
    if (!may_be_person(name))
        return;
    /* a label of six Han characters at most and its colon */
    enum { LABEL_BYTES_MAX = 3 * 6 + 3 };
    struct span rest = trim((struct span){v.s + name.n, v.n - name.n});
    if ((zp_date_stamp(rest.s, rest.n) == 0 &&
         !opens_with_known_label((struct span){rest.s, rest.n < LABEL_BYTES_MAX + 1 ? rest.n : LABEL_BYTES_MAX + 1})) ||
        !is_person(name))
        return;
    struct name author = {name, {name.s + name.n, 0}};
    add_names(r, &author, 1, i, "author-line");
}

/* A table's fields set apart by spaces, no colon after their labels
 * (来源 某某网, 论文类型 技术与工程 发表日期 2005-11-01, 发布机构  某某局):
 * a cell that is a known label whole, and the value in the cell after it. */
static void read_spaced_fields(struct reading *r, size_t i, struct span v)
{
    for (size_t at = 0; at < v.n;) {
        const unsigned char *space = memchr(v.s + at, ' ', v.n - at);
        size_t end = space ? (size_t)(space - v.s) : v.n;
        struct span cell = {v.s + at, end - at};
        at = skip_spaces(v.s, v.n, end);
        uint32_t last;
        /* a label has two to six Han characters */
        if (cell.n < 6 || cell.n > 3 * BARE_LABEL_MAX || at == v.n || !zp_char_before(cell.s, cell.n, &last))
            continue;
        const struct label *label = label_ending(cell, last);
        if (!label || label->word.n != cell.n)
            continue;
        struct span rest = {v.s + at, v.n - at};
        size_t value_end = find(rest, 0, " ");
        struct date date;
        if ((label->field == FIELD_DATE || label->field == FIELD_ISSUE_DATE) && parse_date(rest.s, rest.n, DATE_FULL, &date) > 0)
            add_date(r, label->field == FIELD_DATE ? DATE_LABEL : DATE_ISSUE, &date, i);
        else if (label->field == FIELD_SOURCE) {
            if (wants_source(r, SOURCE_LABEL))
                add_source(r, SOURCE_LABEL, clean_source((struct span){rest.s, value_end}), i);
            read_issue_after_journal(r, rest, i);
        }
    }
}

/* The outlet's name that opens a row of fields, a space between
 * (某某新闻网 编辑:某某); empty when the row opens with none. */
static struct span outlet_before_label(struct span v)
{
    size_t space = find(v, 0, " ");
    struct span outlet = {v.s, space};
    if (space == v.n || outlet_end(outlet) != outlet.n || !is_outlet(outlet))
        return (struct span){v.s, 0};
    return opens_with_known_label(trim((struct span){v.s + space, v.n - space})) ? outlet : (struct span){v.s, 0};
}

/* The paper a record names: the field before the page's file (… 1 1 某某
 * 日报 content_158209.html …), whatever its name ends in, else the first of
 * its fields, set apart by spaces, that is an outlet's name; empty when
 * none is. */
static struct span record_outlet(struct span v)
{
    struct span first = {v.s, 0}, before = {v.s, 0};
    for (size_t at = 0; at < v.n;) {
        size_t end = at;
        while (end < v.n && v.s[end] != ' ')
            end++;
        struct span field = {v.s + at, end - at};
        if (starts_with(field, "content_") && before.n > 0 && han_only(before) == zp_count_chars(before.s, before.n) &&
            is_outlet(before))
            return before;
        /* a name alone in its field, no label's value (来源于:互联网) */
        if (first.n == 0 && outlet_end(field) == field.n && han_only(field) > 0 && is_outlet(field))
            first = field;
        before = field;
        at = skip_spaces(v.s, v.n, end);
    }
    return first;
}

/* The issue's date in an e-paper's record of the page, which names the
 * page's file (2020-11-12 8 8 某某 content_57752.html …): its first field
 * that is a date. */
static void read_record_date(struct reading *r, size_t i, struct span v)
{
    if (find(v, 0, " content_") == v.n)
        return;
    for (size_t at = 0; at < v.n;) {
        size_t end = at;
        while (end < v.n && v.s[end] != ' ')
            end++;
        struct date date;
        if (zp_is_ascii_digit(v.s[at]) && parse_date(v.s + at, end - at, DATE_FULL, &date) == end - at) {
            add_date(r, DATE_ISSUE, &date, i);
            return;
        }
        at = skip_spaces(v.s, v.n, end);
    }
}

/* The paper an e-paper's foot says publishes it (国内统一刊号:CN00-0000
 * 某某日报社出版): the paper, without the house that puts it out (社), or
 * none. */
static struct span published_by(struct span v)
{
    size_t at = find(v, 0, "社出版");
    if (at == v.n)
        return (struct span){v.s, 0};
    struct span paper = han_run_before(v, at);
    return is_outlet_name(paper) ? paper : (struct span){v.s, 0};
}

/* The account a repost's note says the piece came from (本文来自微信公众号:
 * 某某(ID:…),作者:…): its name, up to its ID in brackets or a comma; none
 * when v is no such note. */
static struct span account_of_note(struct span v)
{
    static const struct word notes[] = {WORD("本文来自微信公众号"), WORD("本文來自微信公眾號"),
                                        WORD("本文来自公众号"), WORD("本文來自公眾號")};
    enum { ACCOUNT_CHARS_MAX = 16 };
    v = trim(v);
    /* each note opens with 本文, as few fields do: looked at first */
    if (!word_at(v, 0, (struct word)WORD("本文")))
        return (struct span){v.s, 0};
    size_t at = 0;
    for (size_t k = 0; k < sizeof notes / sizeof notes[0] && at == 0; k++)
        if (word_at(v, 0, notes[k]))
            at = notes[k].n;
    if (at == 0)
        return (struct span){v.s, 0};
    size_t colon_len;
    if (next_colon(v, at, &colon_len) == at)
        at += colon_len;
    at = skip_spaces(v.s, v.n, at);
    size_t end = at, chars = 0, len;
    for (uint32_t cp; end < v.n && chars <= ACCOUNT_CHARS_MAX; end += len, chars++) {
        cp = char_at(v, end, &len);
        if (cp == '(' || cp == 0xFF08 || cp == ',' || cp == 0xFF0C || cp == ' ' || zp_is_stop(cp, ZP_STOP_PHRASE))
            break;
    }
    return chars > 0 && chars <= ACCOUNT_CHARS_MAX ? (struct span){v.s + at, end - at} : (struct span){v.s, 0};
}

/* The name a photograph's credit ends in, of two to four Han characters
 * before 摄, a reporter's word or spaces before it or not (…新华社发(某某某
 * 摄), 某某某摄(人民视觉), 新华社记者 某某某 摄, （记者某某某摄）); none when
 * v holds no such credit. */
static struct span photographer_of(struct span v)
{
    enum { CREDIT_HAN_MIN = 2, CREDIT_HAN_MAX = 4, RUN_HAN_MAX = CREDIT_HAN_MAX + 3 };
    size_t at = v.n, len;
    uint32_t cp;
    /* the last 摄, closing brackets after it or not */
    while (at > 0) {
        len = zp_char_before(v.s, at, &cp);
        if (cp == 0x6444 || cp == 0x651D) /* 摄 攝 */
            break;
        if (!is_closing(cp) && cp != ' ' && !zp_is_han(cp))
            return (struct span){v.s, 0};
        at -= len;
    }
    if (at == 0)
        return (struct span){v.s, 0};
    size_t end = at - 3;
    while (end > 0 && v.s[end - 1] == ' ')
        end--;
    size_t start = end, han = 0;
    while (start > 0 && han < RUN_HAN_MAX && (len = zp_char_before(v.s, start, &cp), zp_is_han(cp))) {
        start -= len;
        han++;
    }
    struct span run = {v.s + start, end - start};
    static const struct word roles[] = {WORD("记者"), WORD("記者"), WORD("通讯员"), WORD("通訊員")};
    for (size_t k = 0; k < sizeof roles / sizeof roles[0]; k++) {
        size_t role = find(run, 0, roles[k].s);
        if (role < run.n)
            run = (struct span){run.s + role + roles[k].n, run.n - role - roles[k].n};
    }
    size_t chars = han_only(run);
    return chars >= CREDIT_HAN_MIN && chars <= CREDIT_HAN_MAX && is_person(run) ? run : (struct span){v.s, 0};
}

/* A template's English label and the page's date open line i of the head,
 * which went whole, a caption after them or nothing that is text (date
 * 2025-10-09 某某。(记者某某摄), date 2026-03-09). */
static void read_labelled_date(struct reading *r, size_t i, struct span raw)
{
    size_t label = zp_date_label_len(raw.s, raw.n);
    struct date labelled;
    if (label > 0 && i <= r->head_end && parse_date(raw.s + label, raw.n - label, DATE_FULL, &labelled) > 0)
        add_date(r, DATE_HEAD, &labelled, i);
}

/* A date in brackets that opens line i of the head, the page's fields
 * after it ((2023年11月17日) 来源:某某日报). */
static void read_bracketed_date(struct reading *r, size_t i, struct span v)
{
    size_t open_len, close_len;
    struct date date;
    if (v.n == 0 || !is_opening(char_at(v, 0, &open_len)))
        return;
    size_t end = open_len + parse_date(v.s + open_len, v.n - open_len, DATE_FULL, &date);
    if (end > open_len && end < v.n && is_closing(char_at(v, end, &close_len)))
        add_date(r, r->title < r->d->count ? DATE_HEAD : DATE_ABOVE_TITLE, &date, i);
}

/* A dropped line whose rule is of kind, which holds a field or names a
 * paper. */
static void read_line(struct reading *r, size_t i, enum rule_kind kind)
{
    const struct line *l = &r->d->lines[i];
    /* the line as read, without the spaces around it, which most readers
     * below take */
    const struct span raw = trim((struct span){l->raw, l->raw_len});
    read_labelled_date(r, i, raw);
    /* a day and its time alone on a line of the head, no year given (04-24
     * 15:25), as an app's page stamps its article */
    if (kind == RULE_DATE && i <= r->head_end) {
        struct date day;
        if (raw.n > 0 && zp_is_ascii_digit(raw.s[0]) && parse_date(raw.s, raw.n, DATE_NUMERIC_DAY, &day) == raw.n &&
            day.hour >= 0)
            add_date(r, r->title < r->d->count ? DATE_HEAD : DATE_ABOVE_TITLE, &day, i);
    }
    if (kind == RULE_FIELDS && i <= r->head_end)
        read_bracketed_date(r, i, raw);
    if (kind == RULE_FOOTER) {
        /* the issue line gives the paper's number in letters and digits
         * (CN00-0000) */
        if (l->f.latin > 0 && wants_source(r, SOURCE_PUBLISHER))
            add_source(r, SOURCE_PUBLISHER, published_by((struct span){l->raw, l->raw_len}), i);
        note_holder(r, i, true);
        return;
    }
    if (kind == RULE_COPYRIGHT) {
        /* a line of the head may date the page beside its notice (©原创
         * 2023-08-03 16:51 阅读:0) */
        if (i <= r->head_end && i > r->title && r->title < r->d->count)
            read_head_date(r, i, raw);
        /* or name the journal a repost's paper first appeared in
         * (本文原刊于《某某》2019年第3期,…如有侵权请联系删除。) */
        if (i <= r->head_end && wants_source(r, SOURCE_JOURNAL))
            add_source(r, SOURCE_JOURNAL, published_in((struct span){l->raw, l->raw_len}), i);
        note_holder(r, i, true);
        return;
    }
    if (kind == RULE_PRINT) {
        read_print_credit(r, i, raw);
        return;
    }
    if (kind == RULE_DISCLAIMER) {
        if (i <= r->head_end && wants_source(r, SOURCE_JOURNAL))
            add_source(r, SOURCE_JOURNAL, published_in((struct span){l->raw, l->raw_len}), i);
        return;
    }
    /* a repost's note in the head, under a publication's words as under a
     * copyright's, names the journal the paper first appeared in */
    if (kind == RULE_FIELDS && i <= r->head_end && wants_source(r, SOURCE_JOURNAL))
        add_source(r, SOURCE_JOURNAL, published_in((struct span){l->raw, l->raw_len}), i);
    if (kind == RULE_FIELDS) {
        note_holder(r, i, false);
        if (wants_source(r, SOURCE_LABEL))
            add_source(r, SOURCE_LABEL, account_of_note((struct span){l->raw, l->raw_len}), i);
        /* a wire's head on its own line above the text is the lead's
         * dateline all the same (某某社某地7月5日电 题：…) */
        if (i <= r->head_end && line_wire_title(l->text, l->len) > 0)
            read_dateline(r, i, (struct span){l->text, l->len});
        /* names alone under the text, a space between, are its writers'
         * (某某某 某某某), when no line named any */
        if (i >= r->foot && r->name_count == 0 && (l->f.seen & SEEN_SPACE) && l->f.chars <= CREDIT_MAX &&
            zp_is_names_row(l->raw, l->raw_len)) {
            struct name names[LINE_NAMES];
            struct span none;
            add_names(r, names, read_names(raw, IN_CREDIT, names, LINE_NAMES, &none),
                      i, "author-credit");
        }
    }
    if (kind == RULE_SLOGAN) {
        /* a greeting names the site, a menu after it or not (欢迎来到某某网!
         * 工作总结 工作计划 …) */
        if (wants_source(r, SOURCE_MASTHEAD))
            add_source(r, SOURCE_MASTHEAD, read_masthead((struct span){raw.s, find(raw, 0, " ")}), i);
        return;
    }
    /* a tag's brackets may hold a byline (【某某记者 某某】): a reporter's
     * role in them makes it one */
    if (kind == RULE_COLUMN && l->f.chars <= AUTHOR_LINE_MAX && names_reporter(l->raw, l->raw_len)) {
        struct name names[LINE_NAMES];
        struct span outlet;
        size_t count = read_names(raw, IN_CREDIT, names, LINE_NAMES, &outlet);
        add_names(r, names, count, i, "author-byline");
        add_source(r, SOURCE_BYLINE, outlet, i);
        return;
    }
    if (!holds_fields(kind))
        return;
    if (r->fields_title.n == 0 && i <= r->head_end && (l->f.seen & SEEN_SPACE) && strcmp(l->rule, "fields") == 0) {
        r->fields_title = title_before_fields(raw);
        r->fields_title_line = i;
    }
    struct marks m = marks_of(l->raw, l->raw_len);
    bool in_head = i <= r->head_end;
    if (in_head && r->title < i && m.digit && !m.colon && !m.prose && (l->f.seen & SEEN_SPACE) && kind != RULE_DATE)
        read_byline_row(r, i);
    /* an e-paper's record of the page (某某日报 城事 a0002 某某 2019-10-18
     * 11205326 2 …, 2023-06-07 某某街道 1 1 某某日报 content_158209.html
     * …), dropped as a row of fields: its paper is the first of its
     * fields to name an outlet */
    if (m.digit && (l->f.seen & SEEN_SPACE) && strcmp(l->rule, "fields") == 0 &&
        line_record_row_keys(l->raw, l->raw_len) > 0) {
        struct span record = raw;
        if (wants_source(r, SOURCE_MASTHEAD))
            add_source(r, SOURCE_MASTHEAD, record_outlet(record), i);
        read_record_date(r, i, record);
    }
    /* a row of fields may run into a sentence of the text after it
     * (…| 责任编辑:某某近日，…。) */
    if (!m.prose || opens_with_field_label(l)) {
        /* a table's row holds its labels in cells, after a bar, whatever
         * rule dropped it (索引号 | … | 发布机构 | 某某乡 |) */
        bool cells = (!measured_as_read(l) && kind == RULE_LINKS) || (l->f.seen & SEEN_SEPARATOR);
        if (in_head && (l->f.seen & SEEN_SPACE))
            read_name_before_fields(r, i, raw);
        read_bracketed_label(r, i, raw);
        if (!m.colon)
            read_barred_label(r, i, raw);
        if (m.colon || cells)
            read_labels(r, i, cells);
        else if (l->f.chars <= BARE_LABEL_MAX)
            read_bare_label(r, i, raw);
        /* a row a publication's label opens may run long with the
         * journal's issue and pages (出处 《某某研究》 北大核心 2021年第3期…) */
        else if ((l->f.seen & SEEN_SPACE) && (l->f.chars <= SHORT_MAX || l->f.start == KW_PUBLICATION))
            read_spaced_fields(r, i, raw);
        /* the outlet may open a row of fields after the text too (某某新闻网
         * 编辑:某某 某某) */
        if (m.colon && !in_head && (l->f.seen & SEEN_SPACE) && wants_source(r, SOURCE_MASTHEAD))
            add_source(r, SOURCE_MASTHEAD, outlet_before_label(raw), i);
        if (m.digit && names_page(l->raw, l->raw_len))
            read_issue(r, i);
        /* a date line may stand under a deck that reads as prose (某某,
         * 倡导…让爱心循环起来 / 2016年05月19日 来源:某某晚报) */
        if ((in_head || (kind == RULE_DATE && i == r->under_deck)) && m.digit)
            read_head_date(r, i, raw);
    }
    if (kind == RULE_DATE)
        read_signature(r, i);
    /* what stands above the title: a masthead */
    /* a journal's issue over the paper's title (2021第47卷第3期) */
    if (kind == RULE_BEFORE_TITLE && opens_with_issue((struct span){l->raw, l->raw_len}))
        add_volume_year(r, (struct span){l->raw, l->raw_len}, 0, i);
    if (kind == RULE_BEFORE_TITLE && l->f.chars <= MASTHEAD_MAX) {
        if (wants_source(r, SOURCE_MASTHEAD))
            add_source(r, SOURCE_MASTHEAD, read_masthead((struct span){l->raw, l->raw_len}), i);
        if (wants_source(r, SOURCE_JOURNAL))
            add_source(r, SOURCE_JOURNAL, journal_masthead((struct span){l->raw, l->raw_len}), i);
    }
    /* or under it, over the date line */
    if (kind == RULE_MASTHEAD)
        add_source(r, SOURCE_MASTHEAD, without_bullet((struct span){l->raw, l->raw_len}), i);
    struct name names[LINE_NAMES];
    struct span outlet;
    /* a byline by its keyword, or a short line that names a reporter
     * (某某晚报记者 某某) */
    bool byline = kind == RULE_BYLINE || (l->f.chars <= AUTHOR_LINE_MAX && l->f.end != END_SENTENCE &&
                                          names_reporter(l->raw, l->raw_len));
    bool author = (in_head || i < r->authors_end) && kind == RULE_AUTHOR && !under_other_label(r->d, i) &&
                  !in_bulleted_menu(r->d, i);
    if (byline || author) {
        /* a credit in brackets alone on its line, indented or not
         * (  (某某社区挂职记者 某某)); a watermark cut from its end is
         * no part of it */
        struct span v = l->watermarked ? trim((struct span){l->text, l->len}) : raw;
        uint32_t last = 0;
        size_t first_len;
        if (v.n > 0)
            zp_char_before(v.s, v.n, &last);
        bool bracketed = v.n > 0 && is_opening(char_at(v, 0, &first_len)) && is_closing(last);
        /* the names before their institution (刘 某 杨某某/某某大学…) */
        size_t slash = author ? find(v, 0, "/") : v.n;
        if (slash < v.n && zp_is_names_row(v.s, slash))
            v.n = slash;
        /* an office may open a credit, bracketed or alone after the text
         * (某某社区  张某) */
        if (bracketed)
            v = before_reported_place(v);
        size_t count = read_names(v, bracketed || (byline && line_is_office_credit(l)) ? IN_CREDIT : IN_BYLINE, names,
                                  LINE_NAMES, &outlet);
        if (count == 0 && author)
            count = read_author_line(l, names);
        add_names(r, names, count, i, byline ? "author-byline" : "author-line");
        add_source(r, SOURCE_BYLINE, outlet, i);
    }
    switch (kind) {
    case RULE_BIO: /* a writer's note: its names */
        read_bio(r, i);
        break;
    case RULE_AFFILIATION:
        read_unlabelled_note(r, i);
        break;
    case RULE_JOURNAL: /* a journal's issue line in the head: 某某研究 2019年24期 */
        /* a database's record of the paper may set its issue and pages
         * under the abstract (2022年第3期93-96,共4页) */
        if (!in_head && opens_with_issue((struct span){l->raw, l->raw_len}) &&
            find((struct span){l->raw, l->raw_len}, 0, "共") < l->raw_len && ends_with((struct span){l->raw, l->raw_len}, "页"))
            add_volume_year(r, (struct span){l->raw, l->raw_len}, 0, i);
        if (in_head) {
            /* a database's label before the issue names no journal (年卷期
             * 2000年03期), nor does the issue alone with its pages
             * (2022年第3期93-96,共4页) */
            struct span journal = clean_source(without_bullet((struct span){l->raw, l->raw_len}));
            if (!ends_with(journal, "期") && !(journal.n > 0 && zp_is_ascii_digit(journal.s[0])))
                add_source(r, SOURCE_JOURNAL, journal, i);
            add_volume_year(r, (struct span){l->raw, l->raw_len}, 0, i);
        }
        break;
    case RULE_CITATION: /* a citation of the page itself, in its head */
        if (in_head) {
            struct span raw = {l->raw, l->raw_len};
            add_source(r, SOURCE_JOURNAL, cited_journal(raw), i);
            /* the year after the journal's mark, not one in the title */
            size_t journal_at = find(raw, 0, "[J]");
            if (journal_at < raw.n)
                add_volume_year(r, raw, journal_at, i);
        }
        read_cited_authors(r, i);
        break;
    case RULE_CAPTION:
        if (in_head && wants_source(r, SOURCE_JOURNAL))
            add_source(r, SOURCE_JOURNAL, published_in((struct span){l->raw, l->raw_len}), i);
        if (!r->photographed) {
            struct span photographer = photographer_of(raw);
            if (photographer.n > 0) {
                r->photographer = (struct name){photographer, {photographer.s, 0}};
                r->photographer_line = i;
                r->photographed = true;
            }
        }

        /* a credit alone on its line after the text: (某某镇某某村 某某),
         * (李 某), (秦某); two characters that open with no surname or end as
         * an office does shorten an office's name (（某团）, (区委)) */
        if (i >= r->foot && (memchr(l->raw, ' ', l->raw_len) || l->f.han == 3 || is_bracketed_short_name(l)) &&
            (l->f.chars <= CREDIT_MAX || opens_with_reporter(raw))) {
            size_t count = read_names(raw, IN_CREDIT, names, LINE_NAMES, &outlet);
            add_names(r, names, count, i, "author-credit");
        }
        /* a repost's outlet in brackets after the text ((某某劳动保障报),
         * (某某日报)) */
        if (i >= r->foot && wants_source(r, SOURCE_BYLINE))
            add_source(r, SOURCE_BYLINE, bracketed_outlet(raw), i);
        break;
    default:
        break;
    }
}

/* The names a journal's page glues before its abstract's label on the
 * abstract's line (某某 某某 摘要:…, 叶 某 摘要:…). */
static void read_names_before_abstract(struct reading *r, size_t i)
{
    /* four names and their spaces before the label at most */
    enum { NAMES_BYTES_MAX = 3 * 4 * 4 + 8 };
    const struct line *l = &r->d->lines[i];
    /* a space parts the names from the label, or two parts of a name */
    if (!(l->f.seen & SEEN_SPACE))
        return;
    size_t at = find((struct span){l->text, l->len < NAMES_BYTES_MAX ? l->len : NAMES_BYTES_MAX}, 0, "摘"), label_len;
    if (at == 0 || at >= l->len || at >= NAMES_BYTES_MAX ||
        zp_label(l->text + at, l->len - at, &label_len) != ZP_LABEL_ABSTRACT)
        return;
    struct span names_text = trim((struct span){l->text, at});
    if (names_text.n == 0 || !zp_is_names_row(names_text.s, names_text.n))
        return;
    struct name names[LINE_NAMES];
    struct span outlet;
    add_names(r, names, read_names(names_text, IN_BYLINE, names, LINE_NAMES, &outlet), i, "author-line");
}

/* The title's first line, i: the title starts there, unless it is a line
 * alone that reads as a byline (a title is never one), which is read as
 * one. */
static void read_title(struct reading *r, size_t i)
{
    struct document *d = r->d;
    const struct line *l = &d->lines[i];
    r->title = i;
    size_t next = i + 1;
    while (next < d->count && d->lines[next].cls == CLASS_BLANK)
        next++;
    if ((next < d->count && d->lines[next].title) ||
        !(names_reporter(l->text, l->len) || ends_with((struct span){l->text, l->len}, "报道")))
        return;
    struct name names[LINE_NAMES];
    struct span outlet;
    size_t count = read_names((struct span){l->text, l->len}, IN_BYLINE, names, LINE_NAMES, &outlet);
    if (count > 0) {
        add_names(r, names, count, i, "author-byline");
        r->title = d->count;
    }
}

/* Whether line i is the lead: the first kept paragraph after the title,
 * with at most two headings or other kept lines before it. */
static bool may_open_lead(struct reading *r, size_t i, size_t *looked, bool *past)
{
    /* a heading or two, a kicker, may stand between the title and its
     * lead; a third kept line is the text under way */
    enum { LEAD_LOOK = 3 };
    /* no line above the title is kept */
    const struct line *l = &r->d->lines[i];
    if (*past || !is_kept(l) || l->cls == CLASS_BLANK || l->title)
        return false;
    /* a deck's subtitle (—— …) under a kicker is the head's, no lead, and
     * so is a site's summary of it (本文摘要:…) */
    if (zp_opens_subtitle(l->text, l->len) || l->f.label == ZP_LABEL_ABSTRACT)
        return false;
    /* a sentence this short above the lead is more often a photograph's
     * caption kept than a lead (某某一家的“存折”。) */
    enum { CAPTION_CHARS_MAX = 30 };
    bool prose = l->cls == CLASS_GOOD || l->cls == CLASS_NEAR_GOOD;
    *past = ++*looked >= LEAD_LOOK || (prose && l->f.chars > CAPTION_CHARS_MAX);
    /* a wire's dateline and headline alone on the first line kept
     * (某某社北京6月27日电 题：某某), short as it is */
    return prose || line_wire_title(l->text, l->len) > 0;
}

/* What stripping cut from line i: credits (（记者 某某）), a date
 * after the title, a date stamp before the lead, an outlet before the
 * title. */
static void read_trims(struct reading *r, size_t i, size_t *next)
{
    struct document *d = r->d;
    for (; *next < d->trim_count && d->trims[*next].line == i; ++*next) {
        const struct trim *t = &d->trims[*next];
        struct span v = trim((struct span){t->text, t->len});
        struct date date;
        enum rule_kind kind = rule_kind(t->rule);
        /* a cut date may keep a template's label (date 2025-12-05) */
        size_t label = zp_date_label_len(v.s, v.n);
        if (kind == RULE_CREDIT) {
            struct name names[LINE_NAMES];
            struct span outlet;
            add_names(r, names, read_names(v, IN_CREDIT, names, LINE_NAMES, &outlet), i, "author-credit");
            add_source(r, SOURCE_BYLINE, outlet, i);
        } else if ((kind == RULE_TITLE_DATE || (kind == RULE_DATE && i <= r->head_end)) &&
                   parse_date(v.s + label, v.n - label, DATE_FULL, &date) > 0) {
            add_date(r, DATE_HEAD, &date, i);
        } else if (kind == RULE_PRINT) {
            read_print_credit(r, i, v);
        } else if (kind == RULE_WIRE_HEAD) {
            /* the wire's dateline, and its reporters, the last of the
             * head's words (某某社记者某某、某某) */
            read_dateline(r, i, v);
            size_t last = v.n;
            while (last > 0 && v.s[last - 1] != ' ')
                last--;
            struct name names[LINE_NAMES];
            struct span outlet;
            add_names(r, names, read_names((struct span){v.s + last, v.n - last}, IN_BYLINE, names, LINE_NAMES, &outlet),
                      i, "author-dateline");
        } else if (kind == RULE_MASTHEAD && i == r->title) {
            /* the outlet a repost credits before its title (新华网：…,
             * 《某某今报》:…) */
            size_t colon = find(v, 0, ":"), wide = find(v, 0, "：");
            struct span outlet = trim((struct span){v.s, colon < wide ? colon : wide});
            if (starts_with(outlet, "《") && ends_with(outlet, "》"))
                outlet = (struct span){outlet.s + 3, outlet.n - 6};
            add_source(r, SOURCE_BYLINE, outlet, i);
        } else if (kind == RULE_COLUMN && i == r->title) {
            /* a writer between a column's tag and the bar before the
             * title: 【佳作推荐】某某|, the tag cut on its own or not */
            size_t close = find(v, 0, "】");
            struct span after = close < v.n ? (struct span){v.s + close + 3, v.n - close - 3} : v;
            size_t bar = find(after, 0, "|");
            if (bar == after.n)
                bar = find(after, 0, "｜");
            struct name name = {trim((struct span){after.s, bar}), {after.s, 0}};
            if (bar < after.n && is_person(name.first))
                add_names(r, &name, 1, i, "author-column");
        } else if (kind == RULE_SITE_SUFFIX && i == r->title) {
            /* the site's name a title's suffix gives (…_某某新闻网, … -
             * 某某网, … - 某某传媒 Some.hk), an outlet's name before any
             * address */
            size_t len, at = 0;
            uint32_t cp;
            while (at < v.n && ((cp = char_at(v, at, &len)) == '-' || cp == '_' || cp == ' ' || cp == 0xFF0D /* － */))
                at += len;
            struct span site = {v.s + at, find(v, at, " ") - at};
            if (is_outlets_name(site))
                add_source(r, SOURCE_SUFFIX, site, i);
        }
    }
}

/* ---- the row */

/* Writes s[0, n) as a TSV field at p, which has room for 2 * n bytes, and
 * returns where it ends. */
static unsigned char *put_field(unsigned char *p, const unsigned char *s, size_t n)
{
    if (n == 0) /* an empty field may have no text at all */
        return p;
    /* most fields have nothing to escape: one pass, then a copy */
    unsigned char special = 0;
    size_t i = 0;
#ifdef __SSE2__
    /* 16 bytes at a time, the last 16 overlapping the others, never read
     * past the field: a document's name and its title run to dozens of
     * bytes, which the compiler's own vector loop left mostly to its
     * byte-by-byte tail (a sixth of meta_read's instructions, with its
     * callers, on the fixture pages) */
    if (n >= 16) {
        __m128i hit = _mm_setzero_si128();
        for (;; i += 16) {
            if (i + 16 > n)
                i = n - 16;
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            hit = _mm_or_si128(hit, _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\\')),
                                                              _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))),
                                                 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                                              _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')))));
            if (i + 16 == n)
                break;
        }
        special = _mm_movemask_epi8(hit) != 0;
        i = n;
    }
#endif
    for (; i < n; i++)
        special |= (unsigned char)((s[i] == '\\') | (s[i] == '\t') | (s[i] == '\n') | (s[i] == '\r'));
    if (special)
        return p + zp_escape_field(s, n, p);
    memcpy(p, s, n);
    return p + n;
}

static void add_field(struct zp_buffer *b, const unsigned char *s, size_t n)
{
    unsigned char *p = zp_buffer_room(b, 2 * n);
    b->len += (size_t)(put_field(p, s, n) - p);
}

/* The length of a label opening a title's line, with its colon and the
 * spaces after it, when the label is one of words; 0 when none is. */
static size_t opening_label(struct span v, const struct word *words, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        if (!word_at(v, 0, words[i]))
            continue;
        size_t len, at = skip_spaces(v.s, v.n, words[i].n);
        if (is_colon(char_at(v, at, &len)))
            return skip_spaces(v.s, v.n, at + len);
    }
    return 0;
}

/* The bytes of a document's number glued before its title (某政办〔2015〕
 * 15号某某…): an issuer's short name, the year in brackets, a number and
 * 号; 0 when none opens v. */
static size_t document_number_len(struct span v)
{
    enum { ISSUER_HAN_MAX = 8 };
    /* most titles hold no bracket so near their start: 〔 is E3 80 94 */
    size_t reach = v.n < 3 * ISSUER_HAN_MAX + 3 ? v.n : 3 * ISSUER_HAN_MAX + 3;
    if (!memchr(v.s, '[', reach) && !memchr(v.s, 0x94, reach))
        return 0;
    size_t at = 0, len, han = 0;
    while (at < v.n && han <= ISSUER_HAN_MAX && zp_is_han(char_at(v, at, &len))) {
        at += len;
        han++;
    }
    if (han == 0 || !(word_at(v, at, (struct word)WORD("〔")) || word_at(v, at, (struct word)WORD("["))))
        return 0;
    at += v.s[at] == '[' ? 1 : 3;
    enum { NUMBER_DIGITS_MAX = 6 };
    int year, number;
    size_t digits = read_digits(v.s, v.n, at, 4, &year);
    at += digits;
    if (digits != 4 || !(word_at(v, at, (struct word)WORD("〕")) || word_at(v, at, (struct word)WORD("]"))))
        return 0;
    at += v.s[at] == ']' ? 1 : 3;
    digits = read_digits(v.s, v.n, at, NUMBER_DIGITS_MAX, &number);
    at += digits;
    return digits > 0 && word_at(v, at, (struct word)WORD("号")) && at + 3 < v.n ? skip_spaces(v.s, v.n, at + 3) : 0;
}

/* The room the title takes: its lines and a space between two. */
static size_t title_room(const struct reading *r)
{
    size_t room = r->named_title.n;
    for (size_t i = r->title; i < r->title_end; i++)
        room += r->d->lines[i].len + 1;
    return room;
}

/* The title at p (room for 2 * title_room bytes): its first line, without
 * a —— subtitle under it, the label of an original title
 * (原标题：) or a line of the page's head that a short title took with it
 * (来自：某某街道).  Returns where it ends. */
/* Whether a subtitle's dash opens at v[at], a character that opens with a
 * space, a hyphen, E2 or E3, the depth of the quotation marks around it
 * in *depth (updated when it is one). */
static bool subtitle_dash_at(struct span v, size_t at, int *depth)
{
    static const struct word dashes[] = {WORD("——"), WORD("──"), WORD("--"), WORD(" —")};
    size_t len;
    uint32_t cp = char_at(v, at, &len);
    if (cp == 0x201C || cp == 0x300C || cp == 0x300A) /* “ 「 《 */
        ++*depth;
    else if ((cp == 0x201D || cp == 0x300D || cp == 0x300B) && *depth > 0) /* ” 」 》 */
        --*depth;
    else if (*depth == 0 && (cp == 0x2014 || cp == 0x2500 || cp == '-' || cp == ' ')) {
        for (size_t k = 0; k < sizeof dashes / sizeof dashes[0]; k++)
            if (word_at(v, at, dashes[k]))
                return true;
        /* one dash glued before a paper's case or ground (…研究—以某县
         * 为例, …分析—基于某某的调查), which no headline's dash opens */
        if (word_at(v, at, (struct word)WORD("—基于")) || word_at(v, at, (struct word)WORD("—基於")))
            return true;
        if (word_at(v, at, (struct word)WORD("—以")) &&
            (word_ends(v, (struct word)WORD("为例")) || word_ends(v, (struct word)WORD("為例"))))
            return true;
    }
    return false;
}

/* Where the first dash that sets a subtitle after a title on its line
 * begins: ——, two box-drawing dashes (──), two hyphens or more (--), a
 * single dash after a space ( —) or before a paper's case (—以某县为例),
 * outside quotation marks and 《》, where a
 * dash is the quoted name's own (“爱满社区——社区基金会开放日”); v.n when
 * none does. */
static size_t subtitle_dash(struct span v)
{
    int depth = 0;
    /* byte by byte, not character by character: every mark looked for is
     * a space, a hyphen or opens with E2 or E3, bytes that continue no
     * character and so begin one wherever they stand; 16 at a time, reading
     * past the title, which stands in a batch or a joined paragraph */
#ifdef __SSE2__
    for (size_t block = 0; block < v.n; block += 16) {
        __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(v.s + block));
        unsigned marks = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(b, _mm_set1_epi8('-'))),
                         _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8((char)0xE2)),
                                      _mm_cmpeq_epi8(b, _mm_set1_epi8((char)0xE3)))));
        if (v.n - block < 16)
            marks &= (1u << (v.n - block)) - 1;
        for (; marks != 0; marks &= marks - 1) {
            size_t at = block + (unsigned)__builtin_ctz(marks);
            if (subtitle_dash_at(v, at, &depth))
                return at;
        }
    }
#else
    for (size_t at = 0; at < v.n; at++) {
        unsigned char c = v.s[at];
        if ((c == ' ' || c == '-' || c == 0xE2 || c == 0xE3) && subtitle_dash_at(v, at, &depth))
            return at;
    }
#endif
    return v.n;
}

static unsigned char *put_title(const struct reading *r, unsigned char *p)
{
    /* the page's table names the document: the lines above the text may
     * hold no title, or a piece of its opening (2024年2月18日在某某区…) */
    if (r->named_title.n > 0)
        return put_field(p, r->named_title.s, r->named_title.n);
    /* a forum's subject too (主题: 某某) */
    static const struct word title_labels[] = {WORD("原标题"), WORD("原標題"), WORD("标题"), WORD("標題"),
                                               WORD("题目"),   WORD("題目"),   WORD("主题"), WORD("主題")};
    static const struct word head_labels[] = {WORD("来自"), WORD("來自"), WORD("来源"), WORD("來源"), WORD("作者"),
                                              WORD("编辑"), WORD("編輯"), WORD("发布"), WORD("發佈")};
    for (size_t i = r->title; i < r->title_end; i++) {
        const struct line *l = &r->d->lines[i];
        if (!l->title || zp_opens_subtitle(l->text, l->len))
            continue;
        struct span v = trim((struct span){l->text, l->len});
        size_t colon_len;
        bool colon = next_colon(v, 0, &colon_len) < v.n;
        if (colon && r->title_end - r->title > 1 &&
            opening_label(v, head_labels, sizeof head_labels / sizeof head_labels[0]))
            continue;
        size_t label = colon ? opening_label(v, title_labels, sizeof title_labels / sizeof title_labels[0]) : 0;
        /* or a table's label in a cell of its own, a space after it and no
         * colon (标题 某某, 文献题名 某某) */
        static const struct word cell_labels[] = {WORD("标题"),   WORD("標題"),   WORD("题名"), WORD("題名"),
                                                  WORD("文献题名"), WORD("文獻題名")};
        /* the space after two characters or four: most titles have none
         * there, and are not tried against the labels */
        bool cell = (v.n > 6 && v.s[6] == ' ') || (v.n > 12 && v.s[12] == ' ');
        for (size_t k = 0; cell && label == 0 && k < sizeof cell_labels / sizeof cell_labels[0]; k++)
            if (word_at(v, 0, cell_labels[k]) && cell_labels[k].n < v.n && v.s[cell_labels[k].n] == ' ')
                label = skip_spaces(v.s, v.n, cell_labels[k].n);
        v = (struct span){v.s + label, v.n - label};
        size_t number = document_number_len(v);
        v = (struct span){v.s + number, v.n - number};
        /* a list's bullet a template set before it (• 某某…) */
        size_t bullet_len;
        if (v.n > 0 && is_bullet(char_at(v, 0, &bullet_len)))
            v = trim((struct span){v.s + bullet_len, v.n - bullet_len});
        /* a number or a date in brackets before it (【2019.04】), or an
         * edition's year (【2003版】) */
        static const struct {
            struct word open, close;
        } tag_brackets[] = {{WORD("【"), WORD("】")}, {WORD("["), WORD("]")}, {WORD("［"), WORD("］")}, {WORD("〔"), WORD("〕")}};
        size_t close = v.n, open_len = 0, close_len = 0;
        for (size_t k = 0; k < sizeof tag_brackets / sizeof tag_brackets[0] && close == v.n; k++)
            if (starts_with(v, tag_brackets[k].open.s)) {
                open_len = tag_brackets[k].open.n;
                close_len = tag_brackets[k].close.n;
                close = find(v, open_len, tag_brackets[k].close.s);
            }
        struct span tag = {v.s + open_len, close - open_len};
        /* or a column's name, Han alone (【驻村帮扶】某某, [新春走基层] 某某),
         * before a title of its own */
        enum { COLUMN_HAN_MIN = 2, COLUMN_HAN_MAX = 8, TITLE_AFTER_COLUMN_HAN_MIN = 6 };
        size_t column_han = close < v.n ? han_only(tag) : 0;
        struct span after_tag = {v.s + close + close_len, close < v.n ? v.n - close - close_len : 0};
        bool column = column_han >= COLUMN_HAN_MIN && column_han <= COLUMN_HAN_MAX &&
                      has_han(after_tag, TITLE_AFTER_COLUMN_HAN_MIN);
        if (close < v.n &&
            (column || !has_han(tag, 1) || (!has_han(tag, 2) && ends_with(tag, "版") && zp_is_ascii_digit(tag.s[0]))))
            v = trim(after_tag);
        /* a title wholly in brackets, as a template sets it (【某某，某某】) */
        else if (close < v.n && close + close_len == v.n)
            v = trim(tag);
        /* a paper's writers, two or more spaced apart, before a colon and
         * its title (王某某 李某:某某视野下的…); one name may be a speaker
         * the title quotes.  What is left of the line is a part of it: a
         * line without a colon has none there */
        size_t writers_colon_len = 0, writers_colon = colon ? next_colon(v, 0, &writers_colon_len) : v.n;
        if (writers_colon < v.n && find(v, 0, " ") < writers_colon &&
            zp_is_names_row(v.s, writers_colon) &&
            has_han((struct span){v.s + writers_colon + writers_colon_len, v.n - writers_colon - writers_colon_len},
                    TITLE_AFTER_COLUMN_HAN_MIN))
            v = trim((struct span){v.s + writers_colon + writers_colon_len, v.n - writers_colon - writers_colon_len});
        /* a subtitle after —— is no part of the title's field when four
         * Han characters stand before it; fewer are a word the dash
         * explains (专访——某某); nor after the dashes a template types
         * for it (…--某某, …──以某省为例, … —基于某某的调查) */
        enum { TITLE_BEFORE_DASH_HAN_MIN = 4 };
        size_t dash = subtitle_dash(v);
        if (dash < v.n && has_han((struct span){v.s, dash}, TITLE_BEFORE_DASH_HAN_MIN))
            v = trim((struct span){v.s, dash});
        /* a note's mark after a paper's title (…何以为之*, …[1], …①);
         * digits alone may be the title's own */
        for (;;) {
            uint32_t last = 0;
            if (v.n > 0)
                zp_char_before(v.s, v.n, &last);
            size_t open = v.n;
            if (last == ']')
                while (open > 0 && v.s[open - 1] != '[')
                    open--;
            /* or a link's arrow (…党建”→), or a repost's tag of a few
             * characters in brackets (…发展方向【转】) */
            enum { TAG_HAN_MAX = 4 };
            size_t tag = last == 0x3011 ? find(v, 0, "【") : v.n;
            if (last == '*' || (last >= 0x2460 && last <= 0x2473))
                v.n -= last == '*' ? 1 : 3;
            else if (last == ']' && open > 0 && open + 1 < v.n && zp_is_ascii_digit(v.s[open]))
                v.n = open - 1;
            else if (last == 0x2192 || last == 0x21D2) /* → ⇒ */
                v.n -= 3;
            /* or brackets a template left empty (…的证据()) */
            else if (ends_with(v, "()") || ends_with(v, "（）"))
                v.n -= ends_with(v, "()") ? 2 : 6;
            else if (tag > 0 && tag < v.n && han_only((struct span){v.s + tag + 3, v.n - tag - 6}) > 0 &&
                     han_only((struct span){v.s + tag + 3, v.n - tag - 6}) <= TAG_HAN_MAX &&
                     has_han((struct span){v.s, tag}, 6))
                v.n = tag;
            else
                break;
            v = trim(v);
        }
        p = put_field(p, v.s, v.n);
        break;
    }
    return p;
}

/* The room names [from, to) take, with a ; between two. */
static size_t names_room(const struct name *names, size_t from, size_t to)
{
    size_t room = 0;
    for (size_t i = from; i < to; i++)
        room += names[i].first.n + names[i].second.n + 1;
    return room;
}

static unsigned char *put_names(unsigned char *p, const struct name *names, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        if (i > from)
            *p++ = ';';
        p = put_field(p, names[i].first.s, names[i].first.n);
        p = put_field(p, names[i].second.s, names[i].second.n);
    }
    return p;
}

/* A row of --explain for a line a field was read from. */
static void explain(struct reading *r, size_t i, const char *rule, const unsigned char *value, size_t len)
{
    struct document *d = r->d;
    struct zp_buffer *log = d->explain;
    char number[48], features[FEATURES_MAX];
    add_field(log, d->name, d->name_len);
    zp_buffer_add(log, number, (size_t)snprintf(number, sizeof number, "\t%" PRIuMAX "\tmeta\t", d->lines[i].number));
    zp_buffer_add(log, rule, strlen(rule));
    zp_buffer_add(log, "\t", 1);
    add_field(log, value, len);
    zp_buffer_add(log, "\t", 1);
    zp_buffer_add(log, features, line_describe(&d->lines[i], features));
    zp_buffer_add(log, "\n", 1);
}

static void explain_all(struct reading *r, const struct date_evidence *chosen)
{
    struct document *d = r->d;
    if (r->title < d->count || r->named_title.n > 0) {
        struct zp_buffer title = {0};
        unsigned char *p = zp_buffer_room(&title, 2 * title_room(r));
        title.len = (size_t)(put_title(r, p) - p);
        bool named = r->named_title.n > 0;
        explain(r, named ? r->named_title_line : r->title, !named ? "title" : r->wire_title ? "title-wire" : "title-field",
                title.data, title.len);
        zp_buffer_free(&title);
    }
    char iso[32];
    for (size_t k = 0; chosen && k < chosen->noted; k++)
        explain(r, chosen->lines[k], chosen->conflict ? "date-conflict" : date_rules[chosen - r->dates],
                (const unsigned char *)iso, format_date(&chosen->dates[k], iso));
    if (r->source.n > 0)
        explain(r, r->source_line, source_rules[r->source_kind], r->source.s, r->source.n);
    for (size_t k = 0; k < r->note_count; k++) {
        struct zp_buffer names = {0};
        unsigned char *p = zp_buffer_room(&names, 2 * names_room(r->names, r->notes[k].from, r->notes[k].to));
        names.len = (size_t)(put_names(p, r->names, r->notes[k].from, r->notes[k].to) - p);
        explain(r, r->notes[k].line, r->notes[k].rule, names.data, names.len);
        zp_buffer_free(&names);
    }
}

/* The tables built from others, once for every thread. */
static pthread_once_t tables_built = PTHREAD_ONCE_INIT;

static void build_tables(void)
{
    for (size_t i = 0; i < sizeof outlet_ends / sizeof outlet_ends[0]; i++) {
        uint32_t last;
        set_add(&outlet_end_openers, outlet_ends[i].s);
        zp_utf8_last((const unsigned char *)outlet_ends[i].s, outlet_ends[i].n, &last);
        set_add_char(&outlet_end_lasts, last);
    }
    for (size_t i = 0; i < sizeof byline_words / sizeof byline_words[0]; i++)
        set_add(&byline_word_openers, byline_words[i].s);
    for (size_t i = 0; i < sizeof no_outlet_words / sizeof no_outlet_words[0]; i++)
        set_add(&no_outlet_openers, no_outlet_words[i].s);
    for (size_t i = 0; i < sizeof byline_tails / sizeof byline_tails[0]; i++) {
        uint32_t last;
        zp_utf8_last((const unsigned char *)byline_tails[i].s, byline_tails[i].n, &last);
        set_add_char(&byline_tail_ends, last);
    }
    for (size_t i = 0; i < sizeof role_words / sizeof role_words[0]; i++)
        set_add(&role_openers, role_words[i].word.s);
    /* a run's ends and a word's index are bytes */
    _Static_assert(sizeof labels / sizeof labels[0] <= INDEX_WORDS, "labels outgrow their index");
    _Static_assert(sizeof other_labels / sizeof other_labels[0] <= INDEX_WORDS, "other labels outgrow their index");
    _Static_assert(sizeof outlet_ends / sizeof outlet_ends[0] <= INDEX_WORDS, "outlets' ends outgrow their index");
    _Static_assert(sizeof role_words / sizeof role_words[0] <= INDEX_WORDS, "roles outgrow their index");
    index_words(&labels_by_end, labels, sizeof labels / sizeof labels[0], sizeof labels[0], true);
    index_words(&other_labels_by_end, other_labels, sizeof other_labels / sizeof other_labels[0],
                sizeof other_labels[0], true);
    index_words(&outlet_ends_by_first, outlet_ends, sizeof outlet_ends / sizeof outlet_ends[0], sizeof outlet_ends[0],
                false);
    index_words(&roles_by_first, role_words, sizeof role_words / sizeof role_words[0], sizeof role_words[0], false);
}

void meta_read(struct document *d)
{
    pthread_once(&tables_built, build_tables);
    /* the counts and flags set, the arrays left as they are: a document
     * fills few of their places */
    struct reading r;
    r.d = d;
    r.title = r.title_end = d->count;
    r.source.n = r.named_title.n = r.fields_title.n = r.name_count = r.note_count = 0;
    for (size_t k = 0; k < DATE_KINDS; k++)
        r.dates[k].found = r.dates[k].conflict = false, r.dates[k].noted = 0;
    if (d->count == 0) {
        /* a header alone: its trims, if any, are another document's */
        add_field(d->meta, d->name, d->name_len);
        zp_buffer_add(d->meta, "\t\t\t\t\n", 5);
        return;
    }
    r.own_outlet = r.wire_title = r.photographed = false;
    r.holder.n = 0;
    r.foot = d->count;
    while (r.foot > 0 && !is_kept(&d->lines[r.foot - 1]))
        r.foot--;
    /* the head runs to the first paragraph, which is in it */
    for (r.head_end = 0; r.head_end < d->count; r.head_end++) {
        const struct line *l = &d->lines[r.head_end];
        if (is_kept(l) & !l->title & (l->cls == CLASS_GOOD))
            break;
    }
    r.under_deck = r.head_end < d->count ? next_text_line(d, r.head_end) : d->count;
    /* a journal's page may set its authors under its abstract (摘要 / … /
     * 作者 / 某某 某某大学…) */
    r.authors_end = r.head_end;
    if (r.head_end < d->count && is_abstract(d, r.head_end))
        for (r.authors_end = r.head_end + 1; r.authors_end < d->count; r.authors_end++)
            if (is_kept(&d->lines[r.authors_end]) && d->lines[r.authors_end].cls == CLASS_GOOD)
                break;
    /* one pass, in text order, so that the authors come in it */
    size_t looked = 0, trims = 0;
    bool past_lead = false, titled = false;
    for (size_t i = 0; i < d->count; i++) {
        const struct line *l = &d->lines[i];
        if (l->title) {
            if (!titled)
                read_title(&r, i);
            titled = true;
            if (r.title < d->count)
                r.title_end = i + 1;
        } else if (is_dropped(l)) {
            enum rule_kind kind = rule_kind(l->rule);
            if (kind != RULE_NO_FIELDS)
                read_line(&r, i, kind);
            else if (l->raw_len == 4 && i <= r.head_end)
                read_split_date(&r, i);
            else if (i <= r.head_end)
                read_labelled_date(&r, i, trim((struct span){l->raw, l->raw_len}));
        } else if (may_open_lead(&r, i, &looked, &past_lead)) {
            /* a page without a title above the wire's dateline line has
             * it there (某某社某地12月20日电 题：某某) */
            size_t wire_title;
            if (!titled && looked == 1 && (wire_title = line_wire_title(l->text, l->len)) > 0)
            {
                r.named_title = trim((struct span){l->text + wire_title, l->len - wire_title});
                r.named_title_line = i;
                r.wire_title = true;
            }
            past_lead |= read_dateline(&r, i, (struct span){l->text, l->len}) || read_opening_credit(&r, i) ||
                         read_opening_outlet(&r, i);
            read_names_before_abstract(&r, i);
            /* a row of the page's fields glued to the lead (发布时间:… | 来源:…
             * | 责任编辑:某某近日，…) */
            if (opens_with_field_label(l))
                read_labels(&r, i, true);
        }
        if (trims < d->trim_count && d->trims[trims].line == i)
            read_trims(&r, i, &trims);
    }

    if (r.name_count == 0 && r.photographed)
        add_names(&r, &r.photographer, 1, r.photographer_line, "author-photo");
    if (r.title == d->count && r.named_title.n == 0 && r.fields_title.n > 0) {
        r.named_title = r.fields_title;
        r.named_title_line = r.fields_title_line;
    }
    /* the page's own paper, as its copyright line names it; a site's
     * owner (its copyright's holder, its foot's 主办单位:, the root of its
     * breadcrumb) is no source: it names the site, not where the piece
     * came from */
    if (r.own_outlet && (ends_with(r.holder, "报") || ends_with(r.holder, "報") || ends_with(r.holder, "报社") ||
                         ends_with(r.holder, "報社")))
        add_source(&r, SOURCE_COPYRIGHT, r.holder, r.holder_line);
    const struct date_evidence *chosen = NULL;
    for (size_t k = 0; k < DATE_KINDS && !chosen; k++)
        if (r.dates[k].found)
            chosen = &r.dates[k];
    /* a journal's page gives its issue's day and the day the paper was
     * published (出版日期:2021-11-15 发布日期:2021-12-14, Online: …
     * Published: …), weeks apart, the label's the page's date; but a site
     * that puts up its back issues does so a year or more after they came
     * out (出版日期:2017-01-15 发布日期:2019-04-28): then the issue's day is
     * the one the paper was first published */
    enum { BACK_ISSUE_MONTHS = 12 };
    const struct date_evidence *issue = &r.dates[DATE_ISSUE];
    if (chosen == &r.dates[DATE_LABEL] && !chosen->conflict && issue->found && !issue->conflict &&
        issue->date.year > 0 && chosen->date.day > 0 && issue->date.day > 0 &&
        is_earlier_day(&issue->date, &chosen->date) &&
        (chosen->date.year - issue->date.year) * 12 + chosen->date.month - issue->date.month >= BACK_ISSUE_MONTHS)
        chosen = issue;
    /* the row, in room taken once: every field escaped at most doubles */
    struct zp_buffer *b = d->meta;
    enum { DATE_ROOM = 32 };
    size_t room = 2 * (d->name_len + title_room(&r) + r.source.n + names_room(r.names, 0, r.name_count)) +
                  DATE_ROOM + 5;
    unsigned char *start = zp_buffer_room(b, room), *p = start;
    p = put_field(p, d->name, d->name_len);
    *p++ = '\t';
    p = put_title(&r, p);
    *p++ = '\t';
    if (chosen && !chosen->conflict) {
        /* the day, with the time another line gives of that day (《某某日报》
         * (2024年04月01日 第05版) over 2024-04-01 09:34:01 作者:…), but for
         * midnight, which a database sets for a day without its time
         * (生成日期:2013-07-17 00:00:00.0 beside 公开日期:2013-07-17) */
        struct date when = chosen->date;
        for (size_t k = 0; k < DATE_KINDS && when.hour < 0 && when.day > 0; k++) {
            const struct date *other = &r.dates[k].date;
            if (r.dates[k].found && !r.dates[k].conflict && other->hour >= 0 &&
                (other->hour > 0 || other->minute > 0 || other->second > 0) && other->year == when.year &&
                other->month == when.month && other->day == when.day) {
                when.hour = other->hour;
                when.minute = other->minute;
                when.second = other->second;
            }
        }
        p += format_date(&when, (char *)p);
    }
    *p++ = '\t';
    p = put_field(p, r.source.s, r.source.n);
    *p++ = '\t';
    p = put_names(p, r.names, 0, r.name_count);
    *p++ = '\n';
    b->len += (size_t)(p - start);
    if (d->explain)
        explain_all(&r, chosen);
}
