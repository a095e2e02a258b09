/* extract-numbers: every quantity in the text, with its normalised value,
 * unit, qualifier, kind, what it counts and where it stands, as TSV. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decimal.h"
#include "text.h"
#include "zp.h"

struct unit_entry {
    const char *text, *kind, *as;
};
struct word_entry {
    const char *cls, *word;
};
#include "unit_table.h"
#include "word_table.h"

static const char usage_text[] =
    "Usage: extract-numbers [OPTION]... [FILE]...\n"
    "Write every quantity in the text as a TSV record: doc, section, para,\n"
    "start, raw, value, value_max, unit, approx, kind, subject, context.\n"
    "Input is the zhpipe text stream or the TSV of split-sections (known by\n"
    "its header line).  With no FILE, or when FILE is -, read standard input.\n"
    "\n"
    "  -u, --unmatched[=FILE]  list every run of digits or Chinese numerals\n"
    "                          not reported, with the reason, on standard\n"
    "                          error or in FILE\n"
    "      --help              display this help and exit\n"
    "      --version           output version information and exit\n"
    "\n"
    "Exit status: 0 if all went well, 1 if some input was bad (invalid UTF-8\n"
    "is read as U+FFFD and reported), 2 on a usage error.\n"
    "See extract-numbers(1) and zhpipe(7).\n";

static const char sections_header[] = "doc\tsection\tpara\tkind\ttext";

enum {
    CONTEXT_MAX = 120, /* characters of context around a match */
    SUBJECT_MIN = 2,
    SUBJECT_MAX = 10, /* characters: a longer run is a clause, not a name */
};

static FILE *unmatched;
static const char *unmatched_name;

/* Where the paragraph being read comes from, as written in every record:
 * doc and section already escaped. */
static struct {
    const unsigned char *doc, *section;
    size_t doc_len, section_len;
    uintmax_t para;
} from;

/* ---- characters ---- */

static size_t char_at(const unsigned char *s, size_t n, size_t at, uint32_t *cp)
{
    if (at >= n) {
        *cp = 0;
        return 0;
    }
    return zp_utf8_char(s + at, n - at, cp);
}

/* The character before byte at (0 at the start). */
static size_t char_before(const unsigned char *s, size_t at, uint32_t *cp)
{
    if (at == 0) {
        *cp = 0;
        return 0;
    }
    return zp_utf8_last(s, at, cp);
}

static int digit_value(uint32_t cp)
{
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (cp >= 0xFF10 && cp <= 0xFF19)
        return (int)(cp - 0xFF10);
    return -1;
}

/* 零〇 一壹 二贰貳两兩倆 三叁參 四肆 五伍 六陆陸 七柒 八捌 九玖 */
static int chinese_digit(uint32_t cp)
{
    switch (cp) {
    case 0x96F6: case 0x3007: return 0;
    case 0x4E00: case 0x58F9: return 1;
    case 0x4E8C: case 0x8D30: case 0x8CB3: case 0x4E24: case 0x5169: case 0x5006: return 2;
    case 0x4E09: case 0x53C1: case 0x53C3: return 3;
    case 0x56DB: case 0x8086: return 4;
    case 0x4E94: case 0x4F0D: return 5;
    case 0x516D: case 0x9646: case 0x9678: return 6;
    case 0x4E03: case 0x67D2: return 7;
    case 0x516B: case 0x634C: return 8;
    case 0x4E5D: case 0x7396: return 9;
    default: return -1;
    }
}

/* The power of ten of 十拾 百佰 千仟 万萬 亿億 兆; 0 for none. */
static int chinese_power(uint32_t cp)
{
    switch (cp) {
    case 0x5341: case 0x62FE: return 1;
    case 0x767E: case 0x4F70: return 2;
    case 0x5343: case 0x4EDF: return 3;
    case 0x4E07: case 0x842C: return 4;
    case 0x4EBF: case 0x5104: return 8;
    case 0x5146: return 12;
    default: return 0;
    }
}

static bool is_ascii_letter(uint32_t cp) { return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'); }

static bool starts_with(const unsigned char *s, size_t n, size_t at, const char *word)
{
    size_t len = strlen(word);
    return at <= n && n - at >= len && memcmp(s + at, word, len) == 0;
}

static bool ends_with(const unsigned char *s, size_t at, const char *word)
{
    size_t len = strlen(word);
    return at >= len && memcmp(s + at - len, word, len) == 0;
}

/* ---- tables ---- */

static size_t unit_count, word_count;
static size_t unit_lens[sizeof unit_table / sizeof unit_table[0]];
static size_t word_lens[sizeof word_table / sizeof word_table[0]];

/* Indexes of the word table by character, so that a lookup compares only
 * the words that can match: boundary words by their first and by their last
 * character, and each character of the idioms and names with its byte
 * offset in the word.  Each is grouped by a hash of the character: the
 * entries of bucket b are [start[b], start[b + 1]). */
enum { BUCKETS = 256, WORD_CHARS_MAX = 16 };
struct word_place {
    uint32_t cp;
    unsigned short word, offset;
};
struct word_index {
    struct word_place *places;
    size_t start[BUCKETS + 1];
};
static struct word_index boundary_firsts, boundary_lasts, trap_chars;

static unsigned bucket_of(uint32_t cp) { return (cp * UINT32_C(2654435761)) >> 24; }

static int by_bucket(const void *a, const void *b)
{
    unsigned x = bucket_of(((const struct word_place *)a)->cp);
    unsigned y = bucket_of(((const struct word_place *)b)->cp);
    return (x > y) - (x < y);
}

static void index_build(struct word_index *index, struct word_place *places, size_t count)
{
    qsort(places, count, sizeof *places, by_bucket);
    index->places = places;
    size_t k = 0;
    for (unsigned b = 0; b <= BUCKETS; b++) {
        while (k < count && bucket_of(places[k].cp) < b)
            k++;
        index->start[b] = k;
    }
}

static void tables_init(void)
{
    unit_count = sizeof unit_table / sizeof unit_table[0];
    word_count = sizeof word_table / sizeof word_table[0];
    for (size_t i = 0; i < unit_count; i++)
        unit_lens[i] = strlen(unit_table[i].text);
    struct word_place *firsts = calloc(word_count, sizeof *firsts);
    struct word_place *lasts = calloc(word_count, sizeof *lasts);
    struct word_place *chars = calloc(word_count * WORD_CHARS_MAX, sizeof *chars);
    if (!firsts || !lasts || !chars)
        zp_fatal("out of memory");
    size_t boundaries = 0, trap_places = 0;
    for (size_t i = 0; i < word_count; i++) {
        const unsigned char *w = (const unsigned char *)word_table[i].word;
        word_lens[i] = strlen(word_table[i].word);
        if (strcmp(word_table[i].cls, "boundary") == 0) {
            uint32_t first, last;
            zp_utf8_char(w, word_lens[i], &first);
            zp_utf8_last(w, word_lens[i], &last);
            firsts[boundaries] = (struct word_place){first, (unsigned short)i, 0};
            lasts[boundaries++] = (struct word_place){last, (unsigned short)i, 0};
            continue;
        }
        for (size_t at = 0, len, k = 0; at < word_lens[i] && k < WORD_CHARS_MAX; at += len, k++) {
            uint32_t cp;
            len = zp_utf8_char(w + at, word_lens[i] - at, &cp);
            chars[trap_places++] = (struct word_place){cp, (unsigned short)i, (unsigned short)at};
        }
    }
    index_build(&boundary_firsts, firsts, boundaries);
    index_build(&boundary_lasts, lasts, boundaries);
    index_build(&trap_chars, chars, trap_places);
}

static void tables_free(void)
{
    free(boundary_firsts.places);
    free(boundary_lasts.places);
    free(trap_chars.places);
}

/* The longest unit at byte at, or NULL; *len its bytes. */
static const struct unit_entry *unit_at(const unsigned char *s, size_t n, size_t at, size_t *len)
{
    const struct unit_entry *best = NULL;
    *len = 0;
    for (size_t i = 0; i < unit_count; i++)
        if (unit_lens[i] > *len && n - at >= unit_lens[i] &&
            memcmp(s + at, unit_table[i].text, unit_lens[i]) == 0) {
            best = &unit_table[i];
            *len = unit_lens[i];
        }
    return best;
}

/* The class of an idiom or name of the table that holds the character at
 * byte at; NULL when none does. */
static const char *word_over(const unsigned char *s, size_t n, size_t at)
{
    uint32_t cp;
    zp_utf8_char(s + at, n - at, &cp);
    unsigned b = bucket_of(cp);
    for (size_t k = trap_chars.start[b]; k < trap_chars.start[b + 1]; k++) {
        const struct word_place *p = &trap_chars.places[k];
        size_t len = word_lens[p->word];
        if (p->cp == cp && p->offset <= at && n - (at - p->offset) >= len &&
            memcmp(s + at - p->offset, word_table[p->word].word, len) == 0)
            return word_table[p->word].cls;
    }
    return NULL;
}

/* The length of the longest boundary word that ends at byte at, or 0. */
static size_t boundary_before(const unsigned char *s, size_t at)
{
    uint32_t cp;
    if (at == 0)
        return 0;
    zp_utf8_last(s, at, &cp);
    unsigned b = bucket_of(cp);
    size_t best = 0;
    for (size_t k = boundary_lasts.start[b]; k < boundary_lasts.start[b + 1]; k++) {
        const struct word_place *p = &boundary_lasts.places[k];
        if (p->cp == cp && word_lens[p->word] > best &&
            ends_with(s, at, word_table[p->word].word))
            best = word_lens[p->word];
    }
    return best;
}

/* The length of the longest boundary word that starts at byte at, or 0. */
static size_t boundary_at(const unsigned char *s, size_t n, size_t at)
{
    uint32_t cp;
    if (at >= n)
        return 0;
    zp_utf8_char(s + at, n - at, &cp);
    unsigned b = bucket_of(cp);
    size_t best = 0;
    for (size_t k = boundary_firsts.start[b]; k < boundary_firsts.start[b + 1]; k++) {
        const struct word_place *p = &boundary_firsts.places[k];
        if (p->cp == cp && word_lens[p->word] > best &&
            starts_with(s, n, at, word_table[p->word].word))
            best = word_lens[p->word];
    }
    return best;
}

/* ---- numbers ---- */

struct number {
    struct decimal value;
    size_t end;
    unsigned digits;      /* digit characters, Arabic or Chinese */
    bool arabic, chinese; /* the kinds of characters in it */
    bool sequence;        /* Chinese digits one by one (二〇二一) */
    bool point;           /* a decimal point */
    int big;              /* the last 万 or 亿 power applied, 0 for none */
    bool powers;          /* has 十 百 千 万 亿 */
};

/* Arabic digits from at: thousands separators (a comma before three
 * digits) and one decimal point before a digit. */
static size_t arabic_run(const unsigned char *s, size_t n, size_t at, struct number *num,
                         struct decimal *value)
{
    uint64_t m = 0;
    int e = 0;
    bool point = false, overflow = false;
    size_t pos = at;
    for (;;) {
        uint32_t cp;
        size_t len = char_at(s, n, pos, &cp);
        int d = digit_value(cp);
        if (d >= 0) {
            if (m > (UINT64_MAX - 9) / 10)
                overflow = true;
            else {
                m = m * 10 + (uint64_t)d;
                if (point)
                    e--;
            }
            num->digits++;
            pos += len;
            continue;
        }
        uint32_t next;
        size_t next_len = char_at(s, n, pos + len, &next);
        if ((cp == '.' || cp == 0xFF0E) && !point && digit_value(next) >= 0) {
            point = true;
            num->point = true;
            pos += len;
            continue;
        }
        /* a full-width comma only among full-width digits: it is also the
         * comma of Chinese text (分别为3，5) */
        uint32_t before = 0;
        if (cp == 0xFF0C && pos > at)
            zp_utf8_last(s, pos, &before);
        bool wide = cp == 0xFF0C && before >= 0xFF10 && before <= 0xFF19 && next >= 0xFF10 &&
                    next <= 0xFF19;
        if ((cp == ',' || wide) && !point && digit_value(next) >= 0) {
            /* exactly three digits, then no fourth */
            size_t p = pos + len;
            int count = 0;
            uint32_t c;
            size_t l;
            while (count < 4 && (l = char_at(s, n, p, &c)) > 0 && digit_value(c) >= 0 &&
                   (!wide || c >= 0xFF10)) {
                p += l;
                count++;
            }
            if (count == 3) {
                pos += len;
                continue;
            }
        }
        if ((cp == 'e' || cp == 'E') && num->digits > 0) {
            /* 2e5, 12.32e+14, 2.789e－1 */
            int sign = 1, exponent = 0, exponent_digits = 0;
            size_t p = pos + len;
            if (next == '+' || next == '-' || next == 0xFF0D || next == 0x2212) {
                sign = next == '+' ? 1 : -1;
                p += next_len;
            }
            uint32_t c;
            size_t l;
            while ((l = char_at(s, n, p, &c)) > 0 && digit_value(c) >= 0 && exponent < 100) {
                exponent = exponent * 10 + digit_value(c);
                exponent_digits++;
                p += l;
            }
            if (exponent_digits > 0 && !is_ascii_letter(c)) {
                e += sign * exponent;
                pos = p;
            }
        }
        break;
    }
    *value = decimal_of(m, e);
    value->overflow |= overflow;
    return pos;
}

/* A number in Arabic or Chinese numerals or both (3万5千, 1.2万, 十二万三千,
 * 三万五, 一千二, 三点五, 二〇二一) starting at byte at; false when there is
 * none.  A unit that opens with a power (千米, 百分点) ends it. */
static bool parse_number(const unsigned char *s, size_t n, size_t at, struct number *num)
{
    memset(num, 0, sizeof *num);
    enum { NONE, ARABIC, DIGIT, POWER } last = NONE;
    struct decimal total = decimal_of(0, 0), section = decimal_of(0, 0), number = decimal_of(0, 0);
    bool have = false, zero_gap = false;
    int last_power = 0, last_big = 0;
    size_t pos = at;
    while (pos < n) {
        uint32_t cp;
        size_t len = char_at(s, n, pos, &cp);
        if (cp == ' ' && pos > at) {
            /* 7 万5 千4 百, 三千 八百 九十六 万: spaces inside a number, where
             * a power stands on one side */
            size_t p = pos;
            while (p < n && s[p] == ' ' && p - pos < 3)
                p++;
            uint32_t next;
            char_at(s, n, p, &next);
            bool next_numeral = digit_value(next) >= 0 || chinese_digit(next) >= 0;
            /* not digit to digit: 一 二 are two numbers */
            bool next_chinese = chinese_power(next) > 0 || next == 0x70B9 || next == 0x9EDE;
            if ((last == POWER && (next_numeral || next == 0x70B9 || next == 0x9EDE)) ||
                (chinese_power(next) > 0 && last != NONE) ||
                (last == DIGIT && next_chinese)) {
                pos = p;
                continue;
            }
            break;
        }
        uint32_t after_point;
        char_at(s, n, pos + len, &after_point);
        if (digit_value(cp) >= 0 ||
            ((cp == '.' || cp == 0xFF0E) && last == NONE && digit_value(after_point) >= 0)) {
            if (last == ARABIC || last == DIGIT)
                break;
            pos = arabic_run(s, n, pos, num, &number);
            have = true;
            last = ARABIC;
            num->arabic = true;
            continue;
        }
        int d = chinese_digit(cp);
        if (d >= 0) {
            if (last == ARABIC)
                break;
            if (d == 0 && last == POWER) { /* 一百零五 */
                zero_gap = true;
                pos += len;
                continue;
            }
            if (last == DIGIT) {
                num->sequence = true;
                number = decimal_add(decimal_times(number, 10), decimal_of((uint64_t)d, 0));
            } else {
                number = decimal_of((uint64_t)d, 0);
            }
            have = true;
            last = DIGIT;
            num->chinese = true;
            num->digits++;
            pos += len;
            continue;
        }
        if (cp == 0x5EFF || cp == 0x5345) { /* 廿 卅 */
            if (last == ARABIC || last == DIGIT)
                break;
            section = decimal_add(section, decimal_of(cp == 0x5EFF ? 20 : 30, 0));
            number = decimal_of(0, 0);
            have = false;
            last = POWER;
            last_power = 1;
            num->chinese = num->powers = true;
            pos += len;
            continue;
        }
        int power = chinese_power(cp);
        if (power > 0) {
            size_t unit_len;
            const struct unit_entry *unit = unit_at(s, n, pos, &unit_len);
            if (unit || num->sequence || (last == NONE && power > 1))
                break;
            if (power >= 4 && last == POWER && last_power >= 4) {
                /* 万亿, 万万 */
                total = decimal_shift(total, power);
                last_power = power;
                pos += len;
                continue;
            }
            if (power < 4) {
                if (!have)
                    number = decimal_of(1, 0); /* 十二 */
                section = decimal_add(section, decimal_shift(number, power));
            } else {
                struct decimal v = decimal_add(section, number);
                if (decimal_is_zero(v))
                    break;
                if (power > last_big)
                    total = decimal_shift(decimal_add(total, v), power);
                else
                    total = decimal_add(total, decimal_shift(v, power));
                section = decimal_of(0, 0);
                last_big = power;
                num->big = power;
            }
            number = decimal_of(0, 0);
            have = false;
            last = POWER;
            last_power = power;
            num->chinese = num->powers = true;
            pos += len;
            continue;
        }
        if ((cp == 0x70B9 /* 点 */ || cp == 0x9EDE /* 點 */) && (last == DIGIT || last == POWER) &&
            !num->point) {
            uint32_t next;
            size_t l, p = pos + len;
            int scale = 0;
            while (p < n && s[p] == ' ' && p - pos - len < 3)
                p++;
            struct decimal fraction = decimal_of(0, 0);
            while ((l = char_at(s, n, p, &next)) > 0 && (d = chinese_digit(next)) >= 0) {
                fraction = decimal_add(decimal_times(fraction, 10), decimal_of((uint64_t)d, 0));
                scale++;
                p += l;
            }
            if (scale == 0)
                break;
            /* 两千三点一: the integer part as 三万五 would have it */
            if (last == DIGIT && !num->sequence && !zero_gap && last_power > 1 && number.m < 10 &&
                number.e == 0)
                number = decimal_shift(number, last_power - 1);
            number = decimal_add(number, decimal_shift(fraction, -scale));
            num->point = true;
            pos = p;
            continue;
        }
        break;
    }
    if (pos == at)
        return false;
    /* 三万五 is 35000, 一千二 1200: a last lone digit counts in the power
     * below the one before it */
    if (last == DIGIT && !num->sequence && !num->point && !zero_gap && last_power > 1 &&
        number.m < 10 && number.e == 0)
        number = decimal_shift(number, last_power - 1);
    num->value = decimal_add(total, decimal_add(section, number));
    num->end = pos;
    return true;
}

/* ---- records ---- */

struct match {
    size_t start, end; /* bytes of raw in the paragraph */
    struct decimal value, value_max;
    bool has_max;
    char date[32]; /* a date or time value, instead of value */
    const char *unit, *kind;
    char approx[32];
    bool negative; /* 负 */
    size_t subject_start, subject_end; /* bytes; equal when none */
};

static void write_from(void)
{
    zp_write(from.doc, from.doc_len);
    zp_putc('\t');
    zp_write(from.section, from.section_len);
    zp_putc('\t');
    char number[24];
    zp_write(number, (size_t)snprintf(number, sizeof number, "%ju", from.para));
    zp_putc('\t');
}

/* The sentence around [start, end): back and forth to 。！？；!?; or the
 * paragraph's ends, at most CONTEXT_MAX characters in all. */
static void context_of(const unsigned char *s, size_t n, size_t start, size_t end,
                       size_t *from_byte, size_t *to_byte)
{
    size_t left = start, right = end, chars = zp_count_chars(s + start, end - start);
    size_t room = chars < CONTEXT_MAX ? CONTEXT_MAX - chars : 0;
    size_t left_room = room / 2, right_room = room - left_room;
    bool left_open = true, right_open = true;
    while (left_open || right_open) {
        if (left_open) {
            uint32_t cp;
            size_t len = char_before(s, left, &cp);
            if (len == 0 || left_room == 0 || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F ||
                cp == 0xFF1B || cp == '!' || cp == '?' || cp == ';')
                left_open = false;
            else {
                left -= len;
                left_room--;
            }
        }
        if (right_open) {
            uint32_t cp;
            size_t len = char_at(s, n, right, &cp);
            if (len == 0 || right_room == 0 || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F ||
                cp == 0xFF1B || cp == '!' || cp == '?' || cp == ';')
                right_open = false;
            else {
                right += len;
                right_room--;
            }
        }
        /* what one side cannot use, the other may */
        if (!left_open && right_open && left_room > 0) {
            right_room += left_room;
            left_room = 0;
        }
        if (!right_open && left_open && right_room > 0) {
            left_room += right_room;
            right_room = 0;
        }
    }
    *from_byte = left;
    *to_byte = right;
}

static void write_match(const unsigned char *s, size_t n, size_t start_chars, const struct match *m)
{
    write_from();
    char buf[64];
    zp_write(buf, (size_t)snprintf(buf, sizeof buf, "%zu", start_chars));
    zp_putc('\t');
    zp_write_field(s + m->start, m->end - m->start);
    zp_putc('\t');
    if (m->date[0]) {
        zp_puts(m->date);
    } else {
        if (m->negative && !decimal_is_zero(m->value))
            zp_putc('-');
        zp_write(buf, decimal_format(m->value, buf));
    }
    zp_putc('\t');
    if (m->has_max) {
        if (m->negative && !decimal_is_zero(m->value_max))
            zp_putc('-');
        zp_write(buf, decimal_format(m->value_max, buf));
    }
    zp_putc('\t');
    zp_puts(m->unit ? m->unit : "");
    zp_putc('\t');
    zp_puts(m->approx);
    zp_putc('\t');
    zp_puts(m->kind);
    zp_putc('\t');
    zp_write_field(s + m->subject_start, m->subject_end - m->subject_start);
    zp_putc('\t');
    size_t context_from, context_to;
    context_of(s, n, m->start, m->end, &context_from, &context_to);
    zp_write_field(s + context_from, context_to - context_from);
    zp_putc('\n');
}

static void write_unmatched(const unsigned char *s, size_t start, size_t end, size_t start_chars,
                            const char *reason)
{
    if (!unmatched)
        return;
    fwrite(from.doc, 1, from.doc_len, unmatched);
    fputc('\t', unmatched);
    fwrite(from.section, 1, from.section_len, unmatched);
    fprintf(unmatched, "\t%ju\t%zu\t", from.para, start_chars);
    static unsigned char *escaped;
    static size_t escaped_cap;
    if (2 * (end - start) > escaped_cap) {
        escaped_cap = 2 * (end - start);
        escaped = realloc(escaped, escaped_cap);
        if (!escaped)
            zp_fatal("out of memory");
    }
    fwrite(escaped, 1, zp_escape_field(s + start, end - start, escaped), unmatched);
    fprintf(unmatched, "\t%s\n", reason);
}

/* ---- what a number is ---- */

static const char *const approx_before[] = {"大约", "将近", "超过", "不到", "不足", "至少", "约",
                                            "近", "逾", "超"};
static const char *const approx_after[] = {"多", "余", "來", "来", "几", "幾"};
static const char *const approx_trailing[] = {"以上", "左右", "上下"};
static const char *const range_marks[] = {"至", "到", "—", "–", "-", "~", "～", "－"};

static void add_approx(struct match *m, const char *word)
{
    size_t used = strlen(m->approx);
    if (used + strlen(word) + 2 > sizeof m->approx)
        return;
    if (used)
        strcat(m->approx, ",");
    strcat(m->approx, word);
}

/* The Han run before byte at, back to a boundary word, punctuation or
 * anything not Han, as the subject; empty when it is too short or long. */
static bool subject_before(const unsigned char *s, size_t at, size_t limit, size_t *from_byte)
{
    size_t pos = at, chars = 0;
    while (pos > limit && chars <= SUBJECT_MAX) {
        if (boundary_before(s, pos))
            break;
        uint32_t cp;
        size_t len = char_before(s, pos, &cp);
        if (!zp_is_han(cp))
            break;
        pos -= len;
        chars++;
    }
    if (chars < SUBJECT_MIN || chars > SUBJECT_MAX)
        return false;
    *from_byte = pos;
    return true;
}

static bool subject_after(const unsigned char *s, size_t n, size_t at, size_t *to_byte)
{
    size_t pos = at, chars = 0;
    while (pos < n && chars <= SUBJECT_MAX) {
        if (chars > 0 && boundary_at(s, n, pos))
            break;
        uint32_t cp;
        size_t len = char_at(s, n, pos, &cp);
        if (!zp_is_han(cp) || cp == 0x7684 /* 的 */)
            break;
        pos += len;
        chars++;
    }
    if (chars < SUBJECT_MIN || chars > SUBJECT_MAX)
        return false;
    *to_byte = pos;
    return true;
}

/* What is counted: the noun before the number (成立小区党支部56个), or,
 * when a verb stands right before it, the noun after the unit
 * (动员近800名党员志愿者). */
static void find_subject(const unsigned char *s, size_t n, size_t limit, size_t number_start,
                         size_t unit_end, struct match *m)
{
    m->subject_start = m->subject_end = 0;
    size_t from_byte, to_byte;
    if (subject_before(s, number_start, limit, &from_byte)) {
        m->subject_start = from_byte;
        m->subject_end = number_start;
        return;
    }
    uint32_t before;
    char_before(s, number_start, &before);
    if ((number_start == limit || !zp_is_han(before) || boundary_before(s, number_start)) &&
        m->unit && subject_after(s, n, unit_end, &to_byte)) {
        m->subject_start = unit_end;
        m->subject_end = to_byte;
    }
}

/* 分之 at pos, spaces allowed around and inside (五 分之 一): the byte
 * after it, or 0. */
static size_t fraction_mark(const unsigned char *s, size_t n, size_t pos)
{
    while (pos < n && s[pos] == ' ')
        pos++;
    if (!starts_with(s, n, pos, "分"))
        return 0;
    pos += strlen("分");
    while (pos < n && s[pos] == ' ')
        pos++;
    if (!starts_with(s, n, pos, "之"))
        return 0;
    pos += strlen("之");
    while (pos < n && s[pos] == ' ')
        pos++;
    return pos;
}

/* Why the number at [start, end) is none to report, or NULL. */
static const char *trap(const unsigned char *s, size_t n, size_t start, size_t end,
                        const struct number *num)
{
    uint32_t before, after;
    char_before(s, start, &before);
    char_at(s, n, end, &after);
    if (is_ascii_letter(before) || is_ascii_letter(after))
        return "model or code";
    if (before == '+' || after == '+' || before == 0x00B7 || after == 0x00B7 || before == 0x30FB ||
        after == 0x30FB)
        return "name";
    static const char *const registrations[] = {"ICP备", "ICP证", "ICP備", "ICP證", "安备",
                                                "安備", "备案号", "许可证", "許可證", "编号",
                                                "字第", "备案号:", "备案号：", "证号"};
    if (after == 0x53F7 /* 号 */ || before == 0x3015 /* 〕 */)
        return "document or house number";
    for (size_t i = 0; i < sizeof registrations / sizeof registrations[0]; i++)
        if (ends_with(s, start, registrations[i]))
            return "document or house number";
    /* 十分之一 is a fraction, though 十分 alone is “very” */
    const char *word = fraction_mark(s, n, end) ? NULL : word_over(s, n, start);
    if (word)
        return word;
    if (num->chinese && !num->arabic && (before == 0x201C || before == '"' || before == 0x300C)) {
        /* “三无”: a numeral opening a quotation and no unit after it */
        size_t unit_len;
        if (!unit_at(s, n, end, &unit_len))
            return "name";
    }
    return NULL;
}

/* Phone numbers: an area code with a dash (0371-6612345, 0371—6612345), a
 * mobile number (11 digits from 13 to 19), 400 numbers. */
static size_t phone_at(const unsigned char *s, size_t n, size_t at)
{
    size_t pos = at, digits = 0, groups = 0, group = 0;
    bool leading_zero = s[at] == '0';
    while (pos < n) {
        uint32_t cp;
        size_t len = char_at(s, n, pos, &cp);
        if (digit_value(cp) >= 0) {
            digits++;
            group++;
            pos += len;
            continue;
        }
        if ((cp == '-' || cp == 0x2014 || cp == 0x2013 || cp == 0xFF0D) && group > 0) {
            uint32_t next;
            char_at(s, n, pos + len, &next);
            if (digit_value(next) < 0)
                break;
            groups++;
            group = 0;
            pos += len;
            continue;
        }
        break;
    }
    bool mobile = digits == 11 && groups == 0 && s[at] == '1' && at + 1 < n && s[at + 1] >= '3';
    bool landline = leading_zero && groups >= 1 && digits >= 10;
    bool service = starts_with(s, n, at, "400") && groups >= 1 && digits == 10;
    return mobile || landline || service ? pos : 0;
}

/* ISO and slashed dates (2021-03-15, 2021/3/15, 2021.3.15) and times
 * (10:30): the value in *m, the end returned; 0 when none. */
static size_t date_or_time_at(const unsigned char *s, size_t n, size_t at, struct match *m)
{
    unsigned parts[3] = {0}, widths[3] = {0};
    size_t pos = at;
    int count = 0;
    uint32_t mark = 0;
    while (count < 3) {
        while (pos < n && s[pos] >= '0' && s[pos] <= '9' && widths[count] < 5) {
            parts[count] = parts[count] * 10 + (unsigned)(s[pos] - '0');
            widths[count]++;
            pos++;
        }
        if (widths[count] == 0)
            return 0;
        count++;
        if (count == 3 || pos >= n)
            break;
        uint32_t cp;
        size_t len = char_at(s, n, pos, &cp);
        if (count == 1 && (cp == ':' || cp == 0xFF1A) && widths[0] <= 2)
            mark = ':';
        else if (count == 1 && (cp == '-' || cp == '/' || cp == '.') && widths[0] == 4)
            mark = cp;
        else if (count == 2 && cp == mark && mark != ':')
            ;
        else
            break;
        if (pos + len >= n || s[pos + len] < '0' || s[pos + len] > '9')
            break;
        pos += len;
    }
    if (mark == ':' && count >= 2 && widths[1] == 2 && parts[0] <= 24 && parts[1] < 60) {
        /* the minutes only: 10:30, not 10:30:15's seconds */
        size_t end = at + widths[0] + 1 + (s[at + widths[0]] == ':' ? 0 : 2) + 2;
        snprintf(m->date, sizeof m->date, "%02u:%02u", parts[0], parts[1]);
        m->kind = "time";
        return end;
    }
    if (mark && mark != ':' && count == 3 && widths[1] <= 2 && widths[2] <= 2 && parts[1] >= 1 &&
        parts[1] <= 12 && parts[2] >= 1 && parts[2] <= 31 && parts[0] >= 1900 && parts[0] <= 2100) {
        snprintf(m->date, sizeof m->date, "%04u-%02u-%02u", parts[0], parts[1], parts[2]);
        m->kind = "date";
        return pos;
    }
    return 0;
}

/* After a number read as a year (2021年, 二〇二一年): the month and day that
 * follow, or 上半年 and 下半年. */
static size_t year_at(const unsigned char *s, size_t n, size_t after_year, long long year,
                      struct match *m)
{
    size_t pos = after_year;
    snprintf(m->date, sizeof m->date, "%04lld", year);
    m->kind = "year";
    struct number month;
    if (parse_number(s, n, pos, &month) && starts_with(s, n, month.end, "月")) {
        long long mm = decimal_integer(month.value);
        if (mm >= 1 && mm <= 12) {
            pos = month.end + strlen("月");
            snprintf(m->date, sizeof m->date, "%04lld-%02lld", year, mm);
            m->kind = "date";
            struct number day;
            if (parse_number(s, n, pos, &day) &&
                (starts_with(s, n, day.end, "日") || starts_with(s, n, day.end, "号"))) {
                long long dd = decimal_integer(day.value);
                if (dd >= 1 && dd <= 31) {
                    pos = day.end + 3;
                    snprintf(m->date, sizeof m->date, "%04lld-%02lld-%02lld", year, mm, dd);
                }
            }
        }
    } else if (starts_with(s, n, pos, "上半年") || starts_with(s, n, pos, "下半年")) {
        pos += strlen("上半年");
        m->kind = "date";
    }
    return pos;
}

/* A denominator of powers of ten before 分之 at byte at: 百分之 千分之
 * 万分之 百万分之 千万分之 万万分之 (financial and Traditional forms too).
 * Returns the power (2 or more; 十分之一 is read as a fraction), and sets
 * *number_at to the byte after 分之; 0 when there is none. */
static int per_power_at(const unsigned char *s, size_t n, size_t at, size_t *number_at)
{
    int power = 0;
    for (;;) {
        uint32_t cp;
        size_t len = char_at(s, n, at, &cp);
        int p = chinese_power(cp);
        if (p == 0)
            break;
        power += p;
        at += len;
    }
    size_t after = power >= 2 ? fraction_mark(s, n, at) : 0;
    if (!after)
        return 0;
    *number_at = after;
    return power;
}

/* 3/5 and ３／５ after the whole number num: a ratio of two whole Arabic
 * numbers, neither part of a longer run of slashes (a date, a path). */
static bool slash_fraction(const unsigned char *s, size_t n, size_t at, const struct number *num,
                           struct match *m, size_t *pos)
{
    uint32_t slash, before;
    size_t slash_len = char_at(s, n, *pos, &slash);
    char_before(s, at, &before);
    if (!num->arabic || num->chinese || num->point || m->has_max ||
        (slash != '/' && slash != 0xFF0F) || before == '/' || before == 0xFF0F)
        return false;
    struct number denominator;
    if (!parse_number(s, n, *pos + slash_len, &denominator) || !denominator.arabic ||
        denominator.chinese || denominator.point || decimal_is_zero(denominator.value))
        return false;
    uint32_t after;
    char_at(s, n, denominator.end, &after);
    if (after == '/' || after == 0xFF0F || digit_value(after) >= 0)
        return false;
    m->value = decimal_ratio(m->value, denominator.value);
    m->kind = "ratio";
    *pos = denominator.end;
    return true;
}

/* ---- the scan ---- */

static bool is_sentence_start(const unsigned char *s, size_t at)
{
    uint32_t cp;
    char_before(s, at, &cp);
    return at == 0 || cp == 0x3002 || cp == 0xFF1B || cp == 0xFF01 || cp == 0xFF1F ||
           cp == 0xFF1A || cp == 0xFF0C || cp == 0x3001 || cp == ' ' || cp == ';' || cp == ':';
}

static bool may_start_number(uint32_t cp)
{
    return digit_value(cp) >= 0 || chinese_digit(cp) >= 0 || cp == 0x5341 /* 十 */ ||
           cp == 0x62FE /* 拾 */ || cp == 0x5EFF || cp == 0x5345;
}

/* The first characters of what may stand before a number and belong to
 * the match (约 近 超过 百分之 第 负 -, list markers' brackets), or start
 * one (.5). */
static bool may_open_number(uint32_t cp)
{
    switch (cp) {
    case 0x5927: /* 大约 */
    case 0x5C06: /* 将近 */
    case 0x8D85: /* 超过 超 */
    case 0x4E0D: /* 不到 不足 */
    case 0x81F3: /* 至少 */
    case 0x7EA6: /* 约 */
    case 0x8FD1: /* 近 */
    case 0x903E: /* 逾 */
    case 0x767E: case 0x4F70: /* 百分之 佰分之 */
    case 0x5343: case 0x4EDF: /* 千分之 仟分之 */
    case 0x4E07: case 0x842C: /* 万分之 萬分之 */
    case 0x4EBF: case 0x5104: case 0x5146: /* 亿分之 兆分之 */
    case 0x7B2C: /* 第 */
    case 0x8D1F: /* 负 */
    case 0x8CA0: /* 負 */
    case '-': case 0xFF0D: case 0x2212:
    case '(': case 0xFF08:
    case '.':
        return true;
    default:
        return cp >= 0x2460 && cp <= 0x2473; /* ① */
    }
}

/* Reads the quantity whose number starts at byte at; returns where the scan
 * goes on.  opening is what stands before the number (a qualifier, 负, or
 * what makes the kind); for "per power", per_power is the denominator's
 * power of ten. */
static size_t read_quantity(const unsigned char *s, size_t n, size_t at, size_t chars_at,
                            size_t raw_start, const char *opening, int per_power,
                            size_t last_end)
{
    struct match m;
    memset(&m, 0, sizeof m);
    m.start = raw_start;
    /* what stands before the number: a qualifier, 负, or what makes the kind */
    const char *opening_kind = NULL;
    if (opening && strcmp(opening, "负") == 0)
        m.negative = true;
    else if (opening && (strcmp(opening, "ordinal") == 0 || strcmp(opening, "percent") == 0 ||
                         strcmp(opening, "permille") == 0 ||
                         strcmp(opening, "per power") == 0))
        opening_kind = opening;
    else if (opening)
        add_approx(&m, opening);
    size_t start_chars = chars_at - zp_count_chars(s + raw_start, at - raw_start);
    size_t phone_end = digit_value(s[at]) >= 0 ? phone_at(s, n, at) : 0;
    if (phone_end) {
        write_unmatched(s, at, phone_end, chars_at, "phone");
        return phone_end;
    }
    if (s[at] >= '0' && s[at] <= '9') {
        size_t end = date_or_time_at(s, n, at, &m);
        if (end) {
            m.end = end;
            write_match(s, n, start_chars, &m);
            return end;
        }
    }
    struct number num;
    if (!parse_number(s, n, at, &num))
        return at + 1;
    const char *why = trap(s, n, at, num.end, &num);
    if (why) {
        write_unmatched(s, at, num.end, chars_at, why);
        return num.end;
    }
    if (num.value.overflow) {
        write_unmatched(s, at, num.end, chars_at, "too large");
        return num.end;
    }
    /* 2095-8048: a serial number, not a range */
    uint32_t next;
    size_t next_len = char_at(s, n, num.end, &next);
    if (num.arabic && !num.point && num.digits == 4 && (next == '-' || next == 0x2014)) {
        struct number second;
        if (parse_number(s, n, num.end + next_len, &second) && second.digits == 4 &&
            !starts_with(s, n, second.end, "年")) {
            write_unmatched(s, at, second.end, chars_at, "document number");
            return second.end;
        }
    }
    m.value = num.value;
    size_t pos = num.end;
    /* 余 before the power: 300余万元 */
    for (size_t i = 0; i < sizeof approx_after / sizeof approx_after[0]; i++)
        if (starts_with(s, n, pos, approx_after[i])) {
            uint32_t cp;
            char_at(s, n, pos + strlen(approx_after[i]), &cp);
            int power = chinese_power(cp);
            if (power >= 4) {
                add_approx(&m, approx_after[i]);
                pos += strlen(approx_after[i]) + 3;
                m.value = decimal_shift(m.value, power);
                num.big = power;
            }
            break;
        }
    /* a range: 3至5个, 2—3次, 两到三万 */
    for (size_t i = 0; i < sizeof range_marks / sizeof range_marks[0]; i++) {
        if (!starts_with(s, n, pos, range_marks[i]))
            continue;
        struct number second;
        size_t second_at = pos + strlen(range_marks[i]);
        if (parse_number(s, n, second_at, &second) && second.arabic == num.arabic &&
            !trap(s, n, second_at, second.end, &second)) {
            m.value_max = second.value;
            m.has_max = true;
            if (num.big == 0 && second.big > 0)
                m.value = decimal_shift(m.value, second.big);
            pos = second.end;
        }
        break;
    }
    for (size_t i = 0; i < sizeof approx_after / sizeof approx_after[0]; i++)
        if (starts_with(s, n, pos, approx_after[i])) {
            add_approx(&m, approx_after[i]);
            pos += strlen(approx_after[i]);
            break;
        }
    size_t unit_len;
    const struct unit_entry *unit = unit_at(s, n, pos, &unit_len);
    long long integer = decimal_integer(m.value);
    bool year_like = !m.has_max && integer >= 1000 && integer <= 2100 && num.digits == 4 &&
                     !num.powers && !num.point;
    if (opening_kind) {
        m.kind = opening_kind;
        if (strcmp(opening_kind, "ordinal") == 0 && unit) {
            m.unit = unit->as;
            pos += unit_len;
        } else if (strcmp(opening_kind, "percent") == 0) {
            m.unit = "%";
        } else if (strcmp(opening_kind, "permille") == 0) {
            m.unit = "‰";
        } else if (strcmp(opening_kind, "per power") == 0) {
            /* 万分之三: a ratio, 0.0003; 百万分之五 0.000005 */
            m.kind = "ratio";
            m.value = decimal_shift(m.value, -per_power);
        }
    } else if (starts_with(s, n, pos, "年") && year_like) {
        pos = year_at(s, n, pos + strlen("年"), integer, &m);
    } else if (starts_with(s, n, pos, "月") && !m.has_max && integer >= 1 && integer <= 12 &&
               !num.point) {
        pos += strlen("月");
        snprintf(m.date, sizeof m.date, "--%02lld", integer);
        m.kind = "date";
        struct number day;
        if (parse_number(s, n, pos, &day) &&
            (starts_with(s, n, day.end, "日") || starts_with(s, n, day.end, "号"))) {
            long long dd = decimal_integer(day.value);
            if (dd >= 1 && dd <= 31) {
                snprintf(m.date, sizeof m.date, "--%02lld-%02lld", integer, dd);
                pos = day.end + 3;
            }
        }
    } else if (fraction_mark(s, n, pos)) {
        /* 三分之一 */
        struct number part;
        if (!parse_number(s, n, fraction_mark(s, n, pos), &part))
            return pos;
        m.value = decimal_ratio(part.value, m.value);
        m.kind = "ratio";
        pos = part.end;
    } else if (slash_fraction(s, n, at, &num, &m, &pos)) {
        /* 3/5, ３／５: done */
    } else if (starts_with(s, n, pos, "又")) {
        /* 三百五又三分之一: a whole number and a fraction */
        struct number denominator, part;
        size_t mark;
        if (parse_number(s, n, pos + strlen("又"), &denominator) &&
            (mark = fraction_mark(s, n, denominator.end)) && parse_number(s, n, mark, &part)) {
            m.value = decimal_add(m.value, decimal_ratio(part.value, denominator.value));
            pos = part.end;
        }
        m.kind = "number";
    } else if (unit) {
        m.unit = unit->as;
        m.kind = unit->kind;
        /* tenths: 三成 30 %, 九折 90 %, 八五折 85 % */
        if (strcmp(unit->text, "成") == 0 ||
            (strcmp(unit->text, "折") == 0 && decimal_below(m.value, 10)))
            m.value = decimal_shift(m.value, 1);
        pos += unit_len;
        /* 七成六 76 %, 三成半 35 %: one more digit, the percent's units,
         * when nothing that counts follows it (七成六十岁以上 is 70 %) */
        if (strcmp(unit->text, "成") == 0) {
            uint32_t next, after;
            size_t next_len = char_at(s, n, pos, &next), unit_after;
            char_at(s, n, pos + next_len, &after);
            int d = next == 0x534A /* 半 */ ? 5 : chinese_digit(next);
            if (d > 0 && !may_start_number(after) && chinese_power(after) == 0 &&
                !unit_at(s, n, pos + next_len, &unit_after)) {
                m.value = decimal_add(m.value, decimal_of((uint64_t)d, 0));
                pos += next_len;
            }
        }
        /* 一个半小时 */
        if (strcmp(unit->text, "个") == 0 && starts_with(s, n, pos, "半")) {
            size_t half_len;
            const struct unit_entry *whole = unit_at(s, n, pos + 3, &half_len);
            if (whole) {
                m.value = decimal_add(m.value, decimal_of(5, -1));
                m.unit = whole->as;
                m.kind = whole->kind;
                pos += 3 + half_len;
            }
        }
    } else if (num.chinese && !num.arabic && !num.powers && !num.point && num.digits == 1) {
        /* 一 三 两 alone, no measure word: a word, not a count */
        write_unmatched(s, at, num.end, chars_at, "no measure word");
        return num.end;
    } else {
        m.kind = "number";
    }
    for (size_t i = 0; i < sizeof approx_trailing / sizeof approx_trailing[0]; i++)
        if (starts_with(s, n, pos, approx_trailing[i])) {
            add_approx(&m, approx_trailing[i]);
            pos += strlen(approx_trailing[i]);
            break;
        }
    m.end = pos;
    const char *k = m.kind;
    if (!opening_kind && (strcmp(k, "count") == 0 || strcmp(k, "money") == 0 ||
                          strcmp(k, "area") == 0 || strcmp(k, "length") == 0 ||
                          strcmp(k, "weight") == 0 || strcmp(k, "volume") == 0 ||
                          strcmp(k, "number") == 0))
        find_subject(s, n, last_end, raw_start, pos, &m);
    /* a power, a range or a fraction may have taken it out of range */
    if (!m.date[0] && (m.value.overflow || (m.has_max && m.value_max.overflow))) {
        write_unmatched(s, m.start, pos, start_chars, "too large");
        return pos;
    }
    write_match(s, n, start_chars, &m);
    return pos;
}

static void extract(const unsigned char *s, size_t n)
{
    /* a subject never reaches back into the quantity before */
    size_t at = 0, chars = 0, last_end = 0;
    while (at < n) {
        uint32_t cp;
        size_t len = char_at(s, n, at, &cp);
        if (!may_start_number(cp) && !may_open_number(cp)) {
            at += len;
            chars++;
            continue;
        }
        size_t enumerator_len;
        if (is_sentence_start(s, at) &&
            zp_enumerator(s + at, n - at, &enumerator_len) != ZP_ENUM_NONE) {
            write_unmatched(s, at, at + enumerator_len, chars, "list marker");
            chars += zp_count_chars(s + at, enumerator_len);
            at += enumerator_len;
            continue;
        }
        size_t raw_start = at, number_at = at;
        const char *opening = NULL;
        int per_power = 0;
        for (size_t i = 0; i < sizeof approx_before / sizeof approx_before[0]; i++)
            if (starts_with(s, n, at, approx_before[i])) {
                opening = approx_before[i];
                number_at = at + strlen(opening);
                break;
            }
        if (!opening) {
            if (starts_with(s, n, at, "百分之百")) {
                struct match whole = {.start = at, .end = at + strlen("百分之百"), .unit = "%",
                                      .kind = "percent", .value = decimal_of(100, 0)};
                write_match(s, n, chars, &whole);
                chars += 4;
                at = whole.end;
                continue;
            }
            if ((per_power = per_power_at(s, n, at, &number_at)) != 0)
                opening = per_power == 2 ? "percent" : per_power == 3 ? "permille" : "per power";
            else if (starts_with(s, n, at, "第"))
                opening = "ordinal", number_at = at + strlen("第");
            else if (starts_with(s, n, at, "负") || starts_with(s, n, at, "負"))
                opening = "负", number_at = at + strlen("负");
            else if (cp == '-' || cp == 0xFF0D || cp == 0x2212) {
                /* a minus sign, not a dash between two numbers */
                uint32_t before;
                char_before(s, at, &before);
                if (digit_value(before) < 0 && !is_ascii_letter(before))
                    opening = "负", number_at = at + len;
            }
        }
        if (opening) {
            uint32_t c;
            char_at(s, n, number_at, &c);
            if (!may_start_number(c))
                number_at = at, opening = NULL;
        }
        char_at(s, n, number_at, &cp);
        if (cp == '.' && number_at + 1 < n && s[number_at + 1] >= '0' && s[number_at + 1] <= '9') {
            /* .5 */
            uint32_t before;
            char_before(s, number_at, &before);
            if (digit_value(before) < 0)
                cp = '0';
        }
        if (!may_start_number(cp)) {
            at += len;
            chars++;
            continue;
        }
        size_t number_chars = chars + zp_count_chars(s + at, number_at - at);
        size_t end =
            read_quantity(s, n, number_at, number_chars, raw_start, opening, per_power, last_end);
        last_end = end;
        /* the approx word before the number, when the match took it */
        chars += zp_count_chars(s + at, end - at);
        at = end;
    }
}

/* ---- input ---- */

static unsigned char *unescaped;
static size_t unescaped_cap;

/* The text of a TSV field, its \t \n \r \\ escapes undone. */
static const unsigned char *unescape(const unsigned char *s, size_t n, size_t *len)
{
    if (!memchr(s, '\\', n)) {
        *len = n;
        return s;
    }
    if (n > unescaped_cap) {
        unescaped = realloc(unescaped, n);
        if (!unescaped)
            zp_fatal("out of memory");
        unescaped_cap = n;
    }
    *len = zp_unescape_field(s, n, unescaped);
    return unescaped;
}

static struct {
    bool sections;     /* the file is split-sections' TSV */
    bool first;        /* the next line is the file's first */
    unsigned char *doc; /* the text stream's document name, escaped */
    size_t doc_len, doc_cap;
} input;

static void set_doc(const unsigned char *name, size_t len)
{
    /* escaped, a byte may take two */
    if (2 * len + 1 > input.doc_cap) {
        input.doc_cap = 2 * len + 1;
        input.doc = realloc(input.doc, input.doc_cap);
        if (!input.doc)
            zp_fatal("out of memory");
    }
    input.doc_len = zp_escape_field(name, len, input.doc);
}

static void sections_line(const char *name, uintmax_t number, const unsigned char *line, size_t len)
{
    const unsigned char *field[5];
    size_t field_len[5], count = 0, at = 0;
    while (count < 5) {
        const unsigned char *tab = count < 4 ? memchr(line + at, '\t', len - at) : NULL;
        size_t end = tab ? (size_t)(tab - line) : len;
        field[count] = line + at;
        field_len[count++] = end - at;
        if (!tab)
            break;
        at = end + 1;
    }
    if (count < 5) {
        zp_error(name, "line %ju: not five fields, skipped", number);
        return;
    }
    from.doc = field[0];
    from.doc_len = field_len[0];
    from.section = field[1];
    from.section_len = field_len[1];
    char *end;
    errno = 0;
    from.para = strtoumax((const char *)field[2], &end, 10);
    size_t text_len;
    const unsigned char *text = unescape(field[4], field_len[4], &text_len);
    extract(text, text_len);
}

static void process_line(const char *name, uintmax_t number, const unsigned char *line, size_t len)
{
    if (input.first) {
        input.first = false;
        input.sections = len == strlen(sections_header) && memcmp(line, sections_header, len) == 0;
        if (input.sections)
            return;
    }
    if (zp_utf8_valid_len(line, len) != len)
        zp_error(name, "line %ju: invalid UTF-8", number);
    if (input.sections) {
        sections_line(name, number, line, len);
        return;
    }
    if (zp_is_header(line, len)) {
        set_doc(line + 1, len - 1);
        from.para = 0;
        return;
    }
    from.doc = input.doc;
    from.doc_len = input.doc_len;
    from.section = (const unsigned char *)"";
    from.section_len = 0;
    from.para++;
    extract(line, len);
}

static void extract_file(const char *name)
{
    input.first = true;
    input.sections = false;
    set_doc((const unsigned char *)"-", 1);
    from.para = 0;
    zp_each_line(name, process_line);
}

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    enum { OPT_HELP = 256, OPT_VERSION };
    static const struct option long_options[] = {
        {"unmatched", optional_argument, NULL, 'u'},
        {"help", no_argument, NULL, OPT_HELP},
        {"version", no_argument, NULL, OPT_VERSION},
        {NULL, 0, NULL, 0},
    };
    int opt;
    bool want_unmatched = false;
    while ((opt = getopt_long(argc, argv, "u::", long_options, NULL)) != -1) {
        switch (opt) {
        case 'u': want_unmatched = true; unmatched_name = optarg; break;
        case OPT_HELP: zp_puts(usage_text); zp_exit();
        case OPT_VERSION: zp_print_version();
        default: zp_try_help();
        }
    }
    if (want_unmatched) {
        unmatched = unmatched_name ? fopen(unmatched_name, "w") : stderr;
        if (!unmatched)
            zp_usage_error("cannot write %s: %s", unmatched_name, strerror(errno));
        fputs("doc\tsection\tpara\tstart\traw\treason\n", unmatched);
    }
    tables_init();
    zp_puts("doc\tsection\tpara\tstart\traw\tvalue\tvalue_max\tunit\tapprox\tkind\tsubject\tcontext\n");
    for (int i = optind; i == optind || i < argc; i++)
        extract_file(i < argc ? argv[i] : "-");
    if (unmatched && (fflush(unmatched) != 0 || ferror(unmatched) ||
                      (unmatched != stderr && fclose(unmatched) != 0)))
        zp_fatal("%s: write error: %s", unmatched_name ? unmatched_name : "standard error",
                 strerror(errno));
    free(unescaped);
    free(input.doc);
    tables_free();
    zp_exit();
}
