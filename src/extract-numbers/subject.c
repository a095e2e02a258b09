#include "subject.h"

#include <string.h>

#include "forms.h"
#include "numeral.h"
#include "tables.h"
#include "text.h"

enum {
    PART_MAX = 10,   /* characters of one noun phrase: more is a clause */
    TOTAL_MAX = 24,  /* characters of a coordination of them */
    QUOTE_REACH = 20, /* characters from a quotation mark to its pair */
    HEAD_MAX = 16    /* characters of a compound noun after 的 */
};

static bool breaks_clause(uint32_t cp)
{
    switch (cp) {
    case 0xFF0C: case 0x3002: case 0xFF1B: case 0xFF1A: case 0xFF01: case 0xFF1F: /* ，。；：！？ */
    case ',': case ';': case ':': case '!': case '?': case '.':
    case 0xFF08: case 0xFF09: case '(': case ')': case '[': case ']': /* （）()[] */
    case 0x3010: case 0x3011: case 0x3014: case 0x3015: /* 【】〔〕 */
    case 0x2014: case 0x2026: case 0x2013: /* — … – */
        return true;
    default:
        return false;
    }
}

/* 、 和 与 及 或: between the parts of a coordination */
static bool joins(uint32_t cp)
{
    return cp == 0x3001 || cp == 0x548C || cp == 0x4E0E || cp == 0x53CA || cp == 0x6216;
}

static uint32_t closing_quote(uint32_t open)
{
    switch (open) {
    case 0x201C: return 0x201D; /* “” */
    case 0x2018: return 0x2019; /* ‘’ */
    case 0x300C: return 0x300D; /* 「」 */
    case 0x300E: return 0x300F; /* 『』 */
    case 0x300A: return 0x300B; /* 《》 */
    default: return 0;
    }
}

static uint32_t opening_quote(uint32_t close)
{
    switch (close) {
    case 0x201D: return 0x201C;
    case 0x2019: return 0x2018;
    case 0x300D: return 0x300C;
    case 0x300F: return 0x300E;
    case 0x300B: return 0x300A;
    default: return 0;
    }
}

/* 上下 内外 前后 里外 左右: the two halves of a parallel word */
static bool opposites(uint32_t a, uint32_t b)
{
    static const uint32_t pairs[][2] = {{0x4E0A, 0x4E0B}, {0x5185, 0x5916}, {0x524D, 0x540E},
                                        {0x91CC, 0x5916}, {0x5DE6, 0x53F3}};
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        if (a == pairs[i][0] && b == pairs[i][1])
            return true;
    return false;
}

/* A parallel word of four characters, AxAy with x and y opposites (线上线下,
 * 校内校外, 课前课后), whose first character is at byte at: its bytes, or
 * 0.  It is one word: the 上线 across its halves is none. */
static size_t parallel_at(const unsigned char *s, size_t n, size_t at)
{
    uint32_t c[4];
    size_t pos = at;
    /* the second character's bytes first: the test runs at every
     * character of a phrase */
    if (n - at < 12 || s[at] < 0xE0)
        return 0;
    switch ((uint32_t)s[at + 3] << 16 | (uint32_t)s[at + 4] << 8 | s[at + 5]) {
    case 0xE4B88A: case 0xE58685: case 0xE5898D: case 0xE9878C: case 0xE5B7A6: /* 上内前里左 */
        break;
    default:
        return 0;
    }
    for (int k = 0; k < 4; k++) {
        size_t len = zp_char_at(s, n, pos, &c[k]);
        if (!len || !zp_is_han(c[k]))
            return 0;
        pos += len;
    }
    return c[0] == c[2] && opposites(c[1], c[3]) ? pos - at : 0;
}

/* The same, ending at byte at, and after byte limit. */
static size_t parallel_before(const unsigned char *s, size_t n, size_t limit, size_t at)
{
    size_t pos = at;
    for (int k = 0; k < 4; k++) {
        uint32_t cp;
        size_t len = zp_char_before(s, pos, &cp);
        if (!len || pos - len < limit)
            return 0;
        pos -= len;
    }
    return parallel_at(s, n, pos) == at - pos ? at - pos : 0;
}

enum { INSERTION_MAX = 8 }; /* characters in the brackets of an insertion */

/* An insertion in brackets inside a noun, a Han character on either side
 * (村（社区）网格, 县(市、区)党委), that opens at byte at: its bytes, or 0. */
static size_t insertion_at(const unsigned char *s, size_t n, size_t at)
{
    uint32_t cp;
    size_t len = zp_char_at(s, n, at, &cp), pos = at + len;
    uint32_t close = cp == '(' ? ')' : cp == 0xFF08 ? 0xFF09 : 0;
    if (!close || at == 0 || zp_char_before(s, at, &cp) == 0 || !zp_is_han(cp))
        return 0;
    for (int k = 0; k <= INSERTION_MAX; k++) {
        len = zp_char_at(s, n, pos, &cp);
        if (cp == close && k > 0) {
            pos += len;
            return zp_char_at(s, n, pos, &cp) && zp_is_han(cp) ? pos - at : 0;
        }
        if (!len || !(zp_is_han(cp) || cp == 0x3001))
            return 0;
        pos += len;
    }
    return 0;
}

/* The same, closing at byte at, opening after byte limit. */
static size_t insertion_before(const unsigned char *s, size_t n, size_t limit, size_t at)
{
    uint32_t cp;
    size_t len = zp_char_before(s, at, &cp), pos = at - len;
    uint32_t open = cp == ')' ? '(' : cp == 0xFF09 ? 0xFF08 : 0;
    for (int k = 0; open && k <= INSERTION_MAX + 1 && pos > limit; k++) {
        len = zp_char_before(s, pos, &cp);
        pos -= len;
        if (cp == open)
            return insertion_at(s, n, pos) == at - pos ? at - pos : 0;
    }
    return 0;
}

/* A word of the tables ends inside [from, to) and starts before it, so
 * that the first characters there are its last (时长 of 审批时长达, 增长 of
 * 增长达); unless a word crosses that one's start in turn, as text read from
 * the left would have it (同比 of 同比增长 leaves no 比增 to cross 增长).
 * Only nouns, pointers and words of change take characters from another
 * word so (最高 of 最高达): two verbs run together are read as two (协调解决,
 * not 调解).  With any
 * set, a word of any class does; depth bounds the turns. */
static bool crossed(const unsigned char *s, size_t n, size_t from, size_t to, bool any, int depth)
{
    static const enum word_class classes[] = {WORD_WORD, WORD_SUFFIX, WORD_CHANGE,
                                              WORD_POINTER, WORD_BOUNDARY};
    size_t count = any ? sizeof classes / sizeof classes[0] : 4;
    uint32_t cp;
    for (size_t p = from + zp_char_at(s, n, from, &cp); p < to; p += zp_char_at(s, n, p, &cp))
        for (size_t i = 0; i < count; i++) {
            size_t len = word_before(classes[i], s, p, NULL);
            if (len > p - from && (depth == 0 || !crossed(s, n, p - len, p, true, depth - 1)))
                return true;
        }
    return false;
}

/* A noun that makes others nouns (words.tsv, suffix) starts inside [from,
 * to) and ends after it: the last characters there are its first (时长 of
 * 应用时长, not 用时). */
static bool noun_crosses_end(const unsigned char *s, size_t n, size_t from, size_t to)
{
    uint32_t cp;
    for (size_t p = from + zp_char_at(s, n, from, &cp); p < to; p += zp_char_at(s, n, p, &cp))
        if (word_at(WORD_SUFFIX, s, n, p, NULL) > to - p)
            return true;
    return false;
}

/* The word [from, to) of class cls stands as a word of its own: no longer
 * word of the table holds it (到 in 到位) or crosses its start (长达 in 时长
 * 达), with inside set (what follows is read as part of the phrase) no
 * noun crosses its end (用时 in 应用时长), and a verb is no noun's first
 * part (完成 of 完成率). */
static bool standalone(enum word_class cls, const unsigned char *s, size_t n, size_t from,
                       size_t to, bool inside)
{
    if (word_around(WORD_WORD, s, n, from, to) || crossed(s, n, from, to, false, 2) ||
        (inside && noun_crosses_end(s, n, from, to)))
        return false;
    uint32_t cp;
    size_t first = zp_char_at(s, n, from, &cp);
    return cls == WORD_POINTER || to - from == first || word_at(WORD_SUFFIX, s, n, to, NULL) == 0;
}

/* The length of the longest word of class cls that ends at byte at and
 * stands alone (达 of 审批时长达), or 0; inside as standalone has it. */
static size_t word_alone_before(enum word_class cls, const unsigned char *s, size_t n, size_t at,
                                bool inside)
{
    for (size_t len = word_before(cls, s, at, NULL); len > 0;
         len = word_before_max(cls, s, at, len - 1, NULL))
        if (standalone(cls, s, n, at - len, at, inside))
            return len;
    return 0;
}

/* The same, inside a phrase, and where a number or a word already passed
 * over follows (历时 of 历时长达三个月). */
static size_t alone_before(enum word_class cls, const unsigned char *s, size_t n, size_t at)
{
    return word_alone_before(cls, s, n, at, true);
}

static size_t pointing_before(enum word_class cls, const unsigned char *s, size_t n, size_t at)
{
    return word_alone_before(cls, s, n, at, false);
}

static size_t alone_at(enum word_class cls, const unsigned char *s, size_t n, size_t at)
{
    size_t len = word_at(cls, s, n, at, NULL);
    return len && standalone(cls, s, n, at, at + len, true) ? len : 0;
}

/* A pointer or change word, no part of a noun phrase either, ends at byte
 * at (the boundaries are looked up on their own). */
static bool other_stop_before(const unsigned char *s, size_t n, size_t at)
{
    return alone_before(WORD_POINTER, s, n, at) || alone_before(WORD_CHANGE, s, n, at);
}

/* The length of a word that is no part of a noun phrase at byte at, or 0. */
static size_t stop_at(const unsigned char *s, size_t n, size_t at)
{
    size_t len = alone_at(WORD_BOUNDARY, s, n, at);
    if (!len)
        len = alone_at(WORD_POINTER, s, n, at);
    if (!len)
        len = alone_at(WORD_CHANGE, s, n, at);
    return len;
}

/* A number with a measure word at byte at, and no word (零部件): the next
 * quantity. */
static bool quantity_at(const unsigned char *s, size_t n, size_t at)
{
    struct number num;
    size_t unit_len;
    return number_read(s, n, at, false, &num) && unit_at(s, n, num.end, &unit_len) &&
           (num.arabic || !not_a_count(s, n, at, &num));
}

/* A qualifier that opens the next quantity at byte at (近6成). */
static bool qualifier_at(const unsigned char *s, size_t n, size_t at)
{
    size_t len = word_at(WORD_APPROX_BEFORE, s, n, at, NULL);
    uint32_t cp;
    return len && zp_char_at(s, n, at + len, &cp) && (numeral_may_start(cp) || numeral_power(cp));
}

/* In a run of Han characters [from, end) too long to be one noun phrase,
 * where the part after its last organisation or place begins, if that part
 * is one (社区党支部在册流动党员总人数 → 在册流动党员总人数); else end. */
static size_t after_last_place(const unsigned char *s, size_t n, size_t from, size_t end)
{
    size_t cut = end;
    for (size_t pos = from; pos < end;) {
        uint32_t cp;
        pos += zp_char_at(s, n, pos, &cp);
        size_t rest = zp_count_chars(s + pos, end - pos);
        if (word_before(WORD_PLACE, s, pos, NULL) && rest >= 2 && rest <= PART_MAX)
            cut = pos;
    }
    return cut;
}

/* The verb of verb bytes that ends at byte at, before the noun [at, end)
 * that runs to the number, is part of that noun: the verb of a name for
 * what happened (农村转移就业), when the noun is an event word and nothing
 * more; 在 or 到 before one character that they make a modifier of (在编人
 * 员, 到账资金: a preposition would need a verb after its object), but not
 * before a place, which a preposition of place takes (在社区), nor after a
 * verb they complete (争取到); a modifier verb before a noun of at most
 * three characters (注册会员, 建设用地). */
static bool noun_verb(const unsigned char *s, size_t n, size_t at, size_t end, size_t verb)
{
    if (word_before(WORD_EVENT, s, end, NULL) == end - at)
        return true;
    if (verb == strlen("在") && (zp_ends_with(s, at, "在") || zp_ends_with(s, at, "到"))) {
        size_t before = at - verb;
        return !word_at(WORD_PLACE, s, n, at, NULL) && !word_at(WORD_DETERMINER, s, n, at, NULL) &&
               !word_before(WORD_BOUNDARY, s, before, NULL) &&
               !word_before(WORD_POINTER, s, before, NULL) &&
               !word_before(WORD_CHANGE, s, before, NULL);
    }
    return word_before(WORD_MODIFIER, s, at, NULL) == verb && zp_count_chars(s + at, end - at) <= 3;
}

/* The noun phrase that ends at byte end, read back no further than limit:
 * Han characters, quoted names whole, parts joined by 、和与及或, up to a
 * word that is no part of one, 的, a mark, a number or the limit.  With
 * heads set, a verb right at the end of a part is its head when a modifier
 * stands before it (法律援助, 租金补贴).  A coordination counts only when something other
 * than the limit or its length ends it.  Its start in *from; false when
 * there is none of two characters or more. */
static bool phrase_before(const unsigned char *s, size_t n, size_t limit, size_t end,
                          bool heads, size_t *from)
{
    size_t pos = end, part = 0, chars = 0, last_part = end, head = 0;
    /* ended by a word, a mark, 的 or the quantity before: not by its length */
    bool proper = pos <= limit;
    while (pos > limit) {
        uint32_t cp;
        size_t len = zp_char_before(s, pos, &cp);
        uint32_t open = opening_quote(cp);
        if (open) {
            /* a quoted name, taken whole */
            size_t p = pos - len, k = 0;
            uint32_t c;
            size_t l;
            while (k < QUOTE_REACH && p > limit && (l = zp_char_before(s, p, &c)) > 0 && c != open &&
                   !breaks_clause(c)) {
                p -= l;
                k++;
            }
            if (c != open || p <= limit)
                break;
            pos = p - l;
            part++; /* a name is one word */
            chars += k + 2;
            continue;
        }
        size_t piece = 0;
        if (cp == 0x4E0B || cp == 0x5916 || cp == 0x540E || cp == 0x53F3) /* 下外后右 */
            piece = parallel_before(s, n, limit, pos);
        else if ((cp == ')' || cp == 0xFF09) && part > 0)
            piece = insertion_before(s, n, limit, pos);
        if (piece) {
            /* 线上线下: one word; （社区）: an aside, counted as none */
            pos -= piece;
            if (cp != ')' && cp != 0xFF09) {
                part++;
                chars += zp_count_chars(s + pos, piece);
            }
            proper = pos <= limit;
            continue;
        }
        size_t verb = alone_before(WORD_BOUNDARY, s, n, pos);
        uint32_t verb_first = 0;
        if (verb)
            zp_utf8_char(s + pos - verb, verb, &verb_first);
        if (heads && verb && part == 0 && head == 0 && pos > limit + verb && verb >= 6 &&
            verb_first != 0x6BCF /* 每 */ && word_before(WORD_ADVERB, s, pos, NULL) != verb) {
            /* maybe a head: then a modifier must come before it */
            head = zp_count_chars(s + pos - verb, verb);
            pos -= verb;
            part += head;
            chars += head;
            continue;
        }
        /* 宣传册, 绿化带: a verb before one character names a thing */
        if (verb && part == 1 && head == 0 && pos > limit + verb) {
            pos -= verb;
            part += zp_count_chars(s + pos, verb);
            chars += zp_count_chars(s + pos, verb);
            continue;
        }
        if (verb && head == 0 && part > 0 && pos >= limit + verb && noun_verb(s, n, pos, end, verb)) {
            pos -= verb;
            part += zp_count_chars(s + pos, verb);
            chars += zp_count_chars(s + pos, verb);
            proper = pos <= limit;
            continue;
        }
        if (cp == 0x7684 /* 的 */ || verb || other_stop_before(s, n, pos)) {
            proper = true;
            break;
        }
        if (joins(cp) && !word_around(WORD_WORD, s, n, pos - len, pos)) {
            if (part == 0 || part == head)
                break;
            last_part = pos;
            pos -= len;
            part = head = 0;
            continue;
        }
        /* 三年年均增长: a Chinese numeral and its measure word are a
         * quantity, which bounds the phrase as digits do (not 一次性, nor a
         * power alone: 千万元以上企业) */
        size_t unit_len;
        const struct unit_entry *unit_after;
        if ((numeral_chinese_digit(cp) >= 0 || numeral_power(cp) == 1) &&
            (unit_after = unit_at(s, n, pos, &unit_len)) && unit_after->reading != UNIT_LEVELS &&
            quantity_at(s, n, pos - len)) {
            proper = true;
            break;
        }
        /* 楼栋/单元数: a slash between two nouns */
        uint32_t before_slash;
        if ((cp == '/' || cp == 0xFF0F) && part > 0 && zp_char_before(s, pos - len, &before_slash) &&
            zp_is_han(before_slash)) {
            pos -= len;
            chars++;
            continue;
        }
        /* 2022年全镇工业总产值, 2023年底党员总数, 我镇市县重点项目: a
         * date, or a word of scope or time, bounds the noun after it */
        uint32_t before_date;
        if (part > 0 && (cp == 0x5E74 || cp == 0x6708 || cp == 0x65E5) /* 年月日 */ &&
            zp_char_before(s, pos - len, &before_date) &&
            (numeral_digit(before_date) >= 0 || numeral_chinese_digit(before_date) >= 0)) {
            proper = true;
            break;
        }
        size_t scope = word_before(WORD_DETERMINER, s, pos, NULL);
        if (part >= 2 && scope > len && !word_around(WORD_WORD, s, n, pos - scope, pos)) {
            proper = true;
            break;
        }
        if (!zp_is_han(cp) && !zp_is_ascii_letter(cp)) {
            /* a number bounds it as the quantity before would, unless its
             * unit stands at the start (2018年起); Latin letters are part
             * of a noun (A级景区) */
            uint32_t first;
            zp_char_at(s, n, pos, &first);
            proper = breaks_clause(cp) || zp_is_closing(cp) || cp == ' ' ||
                     (numeral_digit(cp) >= 0 && !unit_at(s, n, pos, &unit_len) &&
                      first != 0x5E74 && first != 0x6708 && first != 0x65E5);
            break;
        }
        pos -= len;
        part++;
        if (++chars > TOTAL_MAX || part > PART_MAX)
            break;
        proper = pos <= limit;
    }
    /* a coordination reaching the quantity before is that one's list
     * (厂房51间、门面房42间); a verb alone is no head */
    bool joined = last_part != end;
    bool whole = proper && part > 0 && part != head && part <= PART_MAX &&
                 chars <= TOTAL_MAX && !(joined && pos <= limit && pos > 0);
    size_t start = whole ? pos : last_part;
    if (!whole && !joined && part > PART_MAX)
        start = after_last_place(s, n, pos, end);
    else if (!whole && !joined)
        return false;
    if (start == end)
        return false;
    /* 各类活动 → 活动, not 本科学历; 我国 or 全区 alone names no thing
     * counted */
    size_t d;
    while ((d = word_at(WORD_DETERMINER, s, n, start, NULL)) > 0 &&
           !word_around(WORD_WORD, s, n, start, start + d)) {
        if (start + d >= end)
            return false;
        start += d;
    }
    if (zp_count_chars(s + start, end - start) < 2)
        return false;
    *from = start;
    return true;
}

/* One to three Han characters at byte at, no word that ends a phrase among
 * them, then the phrase's end: the noun a modifier verb names a kind of
 * (建设兵团). */
static bool short_noun_at(const unsigned char *s, size_t n, size_t at)
{
    size_t pos = at;
    int k = 0;
    uint32_t cp;
    size_t len;
    while ((len = zp_char_at(s, n, pos, &cp)) > 0 && zp_is_han(cp) && cp != 0x7684 /* 的 */ &&
           !stop_at(s, n, pos)) {
        if (++k > 3)
            return false;
        pos += len;
    }
    return k > 0;
}

/* The noun phrase that starts at byte start, read forth as phrase_before
 * reads back, up to a word that is no part of one, 的, a mark, a number or
 * the next quantity.  With head set (after 的), a verb that ends the
 * clause is the phrase's head (为期3个月的专项整治，).  Its end in *to;
 * false when there is none. */
static bool phrase_after(const unsigned char *s, size_t n, size_t start, bool head, size_t *from,
                         size_t *to)
{
    size_t pos = start, part = 0, chars = 0, last_part = start;
    while (pos < n) {
        uint32_t cp;
        size_t len = zp_char_at(s, n, pos, &cp);
        uint32_t close = closing_quote(cp);
        if (close) {
            size_t p = pos + len, k = 0, l = 0;
            uint32_t c = 0;
            while (k < QUOTE_REACH && (l = zp_char_at(s, n, p, &c)) > 0 && c != close &&
                   !breaks_clause(c)) {
                p += l;
                k++;
            }
            uint32_t head_noun;
            zp_char_at(s, n, p + l, &head_noun);
            /* a quoted name opens the phrase or stands before its head noun
             * (“邻里先锋”工作队); 两条腿“跑步” quotes something else */
            if (c != close || (pos != start && !zp_is_han(head_noun)))
                break;
            pos = p + l;
            part++;
            chars += k + 2;
            continue;
        }
        size_t piece = parallel_at(s, n, pos);
        if (!piece && part > 0 && (cp == '(' || cp == 0xFF08))
            piece = insertion_at(s, n, pos);
        if (piece) {
            pos += piece;
            if (cp != '(' && cp != 0xFF08) {
                part++;
                chars += zp_count_chars(s + pos - piece, piece);
            }
            continue;
        }
        /* 以及 joins as 及 does */
        size_t joiner = joins(cp) ? len : zp_starts_with(s, n, pos, "以及") ? strlen("以及") : 0;
        if (joiner && !word_around(WORD_WORD, s, n, pos, pos + joiner)) {
            uint32_t next;
            zp_char_at(s, n, pos + joiner, &next);
            if (part == 0 || !(zp_is_han(next) || closing_quote(next)) ||
                numeral_may_start(next) || stop_at(s, n, pos + joiner))
                break;
            last_part = pos;
            pos += joiner;
            part = 0;
            continue;
        }
        /* 24宗建设用地, 生产建设兵团: a modifier verb in a noun */
        size_t modifier = word_at(WORD_MODIFIER, s, n, pos, NULL);
        if (modifier && short_noun_at(s, n, pos + modifier)) {
            pos += modifier;
            part += zp_count_chars(s + pos - modifier, modifier);
            chars += zp_count_chars(s + pos - modifier, modifier);
            continue;
        }
        size_t stop = stop_at(s, n, pos);
        uint32_t after_stop;
        /* a verb modified by a short noun (专项整治), not the predicate of a
         * long one (…框架项目落地) */
        if (stop && head && part <= 4 && (part > 0 || stop > zp_char_at(s, n, pos, &after_stop)) &&
            (zp_char_at(s, n, pos + stop, &after_stop) == 0 || breaks_clause(after_stop))) {
            pos += stop;
            part++;
            break;
        }
        /* 与辖区内: a part after 、和与 ended by 内, 在, 对 was a place or
         * an object, not a noun joined */
        uint32_t first;
        if (stop && last_part != start && stop == zp_char_at(s, n, pos, &first) &&
            alone_at(WORD_BOUNDARY, s, n, pos) == stop) {
            pos = last_part;
            part = 1;
            break;
        }
        bool next_quantity = numeral_may_start(cp) && quantity_at(s, n, pos);
        /* 9个网格书记、楼栋长38个: a part right before the next quantity
         * is that one's noun */
        if (next_quantity && last_part != start && part > 0) {
            pos = last_part;
            part = 1;
            break;
        }
        /* 9个大网格细化为38个小网格: the two characters before 为 and a
         * number are its verb */
        uint32_t after_word;
        if (stop == strlen("为") && zp_starts_with(s, n, pos, "为") && part >= 4 &&
            last_part == start && zp_char_at(s, n, pos + stop, &after_word) &&
            numeral_may_start(after_word)) {
            for (int k = 0; k < 2; k++)
                pos -= zp_char_before(s, pos, &after_word);
            break;
        }
        if (!(zp_is_han(cp) || zp_is_ascii_letter(cp)) || cp == 0x7684 /* 的 */ || stop ||
            next_quantity || qualifier_at(s, n, pos))
            break;
        pos += len;
        part++;
        /* after 的, a long compound noun whole (5亿元的新能源汽车零部件智能
         * 制造基地项目): what the quantity describes */
        if (++chars > TOTAL_MAX || part > (head || last_part == start ? HEAD_MAX : PART_MAX)) {
            if (last_part == start)
                return false;
            pos = last_part;
            part = 1;
            break;
        }
    }
    if (part == 0)
        pos = last_part;
    if (pos == start)
        return false;
    /* 48场驻区单位党员社区公益服务活动，: a run too long for one noun, before
     * the clause ends, from after its last organisation or place */
    if (!head && last_part == start && part > PART_MAX) {
        uint32_t next;
        size_t cut = after_last_place(s, n, start, pos);
        if ((zp_char_at(s, n, pos, &next) && !breaks_clause(next)) || cut == pos)
            return false;
        start = cut;
    }
    *from = start;
    /* one character is a noun (五道关, 五个村为, 10个村、) only where the
     * clause or the phrase ends after it */
    uint32_t first, next;
    if (pos - start == zp_char_at(s, n, start, &first) && zp_char_at(s, n, pos, &next) &&
        !breaks_clause(next) && !joins(next) && !stop_at(s, n, pos))
        return false;
    *to = pos;
    return true;
}

/* Kinds whose number may stand before the noun it counts or describes
 * (19个社区, 60岁以上老人), and those that measure a rate of something. */
static bool counts_after(enum kind kind)
{
    return kind != KIND_PERCENT && kind != KIND_PERMILLE && kind != KIND_RATIO &&
           kind != KIND_DURATION;
}

static bool is_rate(enum kind kind)
{
    return kind == KIND_PERCENT || kind == KIND_PERMILLE || kind == KIND_RATIO;
}

/* Back from byte at past the spaces that text converted from print puts
 * between words and numbers (地区生产总值 36.8 亿元); not past those after a
 * numeral, which part two numbers (分为一 二期). */
static size_t past_spaces(const unsigned char *s, size_t limit, size_t at)
{
    size_t pos = at;
    while (pos > limit && s[pos - 1] == ' ')
        pos--;
    uint32_t cp;
    if (pos == at || zp_char_before(s, pos, &cp) == 0 || numeral_may_start(cp) ||
        numeral_power(cp))
        return at;
    return pos;
}

/* Back from byte at past the words that point back to what is counted
 * (共, 有, 达, 为期, 了), adverbs (首次, 逐步), with rule set the modals of
 * a rule (原则上, 要求在),
 * and past words of change and the comparison before them (比上届降低了,
 * 同比增长), setting *changed. */
static size_t past_pointers(const unsigned char *s, size_t n, size_t limit, size_t at,
                            bool rule, bool *changed)
{
    for (;;) {
        size_t len, change;
        at = past_spaces(s, limit, at);
        /* the longer of a change and a pointer: 调整为, not its 为 */
        if (at > limit && (change = pointing_before(WORD_CHANGE, s, n, at)) > 0 &&
            change >= pointing_before(WORD_POINTER, s, n, at)) {
            at -= change;
            *changed = true;
            continue;
        }
        if (at > limit && ((len = pointing_before(WORD_POINTER, s, n, at)) > 0 ||
                           ((len = word_before(WORD_EVENT, s, at, NULL)) > 0 &&
                            !pointing_before(WORD_BOUNDARY, s, n, at - len)) ||
                           (len = pointing_before(WORD_ADVERB, s, n, at)) > 0 ||
                           (rule && (len = pointing_before(WORD_MODAL, s, n, at)) > 0))) {
            at -= len;
            continue;
        }
        /* 上涨到, 回落至: a change word and 到 or 至, where the words do not
         * list the pair */
        if (at > limit + strlen("到") && (zp_ends_with(s, at, "到") || zp_ends_with(s, at, "至")) &&
            (len = pointing_before(WORD_CHANGE, s, n, at - strlen("到"))) > 0) {
            at -= strlen("到") + len;
            *changed = true;
            continue;
        }
        return at;
    }
}

/* The 比 or 较 of a comparison within a few characters before byte at (平均
 * 年龄比上届): its place, or at. */
static size_t past_comparison(const unsigned char *s, size_t n, size_t limit, size_t at)
{
    size_t pos = at;
    /* 与去年同期相比, 同上年相较, 和上年比较: back to the 与 that opens it,
     * or else the 同 or 和 (同期 holds one) */
    if (zp_ends_with(s, at, "相比") || zp_ends_with(s, at, "相较") || zp_ends_with(s, at, "比较")) {
        size_t with = 0, same = 0;
        pos = at - strlen("相比");
        for (int k = 0; k < 10 && pos > limit && !with; k++) {
            uint32_t cp;
            size_t len = zp_char_before(s, pos, &cp);
            if (!zp_is_han(cp))
                break;
            pos -= len;
            if (cp == 0x4E0E || cp == 0x8DDF) /* 与跟 */
                with = pos;
            else if ((cp == 0x540C || cp == 0x548C) && !same) /* 同和 */
                same = pos;
        }
        if (with || same)
            return with ? with : same;
        pos = at;
    }
    for (int k = 0; k < 8 && pos > limit; k++) {
        uint32_t cp, next;
        size_t len = zp_char_before(s, pos, &cp);
        if (!zp_is_han(cp))
            break;
        zp_char_at(s, n, pos, &next);
        /* 比例 比重 比率 are nouns */
        if ((cp == 0x6BD4 /* 比 */ || cp == 0x8F83 /* 较 */) && pos != at && next != 0x4F8B &&
            next != 0x91CD && next != 0x7387)
            return pos - len;
        pos -= len;
    }
    return at;
}

enum { GLOSS_MAX = 40 }; /* characters in the brackets of a gloss */

/* Back from byte at past a gloss in brackets that ends there (服务时长（含线
 * 上服务）超过, 人数(不含学生)为) and the words that point back before
 * it; at when there is none.  Short insertions inside a noun are read as
 * part of it (村（居）网格). */
static size_t past_gloss(const unsigned char *s, size_t n, size_t limit, size_t at, bool rule,
                         bool *changed)
{
    uint32_t cp;
    size_t pos = at, len = zp_char_before(s, pos, &cp);
    uint32_t open = cp == ')' ? '(' : cp == 0xFF09 ? 0xFF08 : 0;
    if (!open || pos - len <= limit)
        return at;
    pos -= len;
    for (int k = 0; k < GLOSS_MAX && pos > limit; k++) {
        len = zp_char_before(s, pos, &cp);
        pos -= len;
        if (cp == open) {
            uint32_t before;
            if (pos <= limit || !zp_char_before(s, pos, &before) || !zp_is_han(before))
                return at;
            return past_pointers(s, n, limit, pos, rule, changed);
        }
        if (cp == 0x3002 || cp == 0xFF1B || cp == ')' || cp == 0xFF09)
            return at;
    }
    return at;
}

/* For a rate, X的 right before the number names what it is a share of (占
 * 总人口的, 达到2013年的): back past it to the word before it. */
static size_t past_reference(const unsigned char *s, size_t n, size_t limit, size_t at)
{
    if (!zp_ends_with(s, at, "的"))
        return at;
    size_t pos = at - strlen("的");
    for (int k = 0; k < PART_MAX && pos > limit; k++) {
        size_t len = alone_before(WORD_POINTER, s, n, pos);
        if (!len)
            len = alone_before(WORD_CHANGE, s, n, pos);
        if (!len)
            len = alone_before(WORD_BOUNDARY, s, n, pos);
        if (len)
            return pos - len;
        uint32_t cp;
        pos -= zp_char_before(s, pos, &cp);
        if (breaks_clause(cp))
            break;
    }
    return at;
}

static bool same_sentence(const unsigned char *s, size_t from, size_t to)
{
    for (size_t pos = from; pos < to;) {
        uint32_t cp;
        pos += zp_utf8_char(s + pos, to - pos, &cp);
        if (zp_is_stop(cp, ZP_STOP_CLAUSE))
            return false;
    }
    return true;
}

/* Where the people an age describes end in the noun phrase [from, to)
 * after it: at its first word for people, unless the phrase ends in one
 * (70岁以上独居老人健康体检率 → 独居老人; 60岁以上党员志愿者 whole). */
static size_t people_end(const unsigned char *s, size_t n, size_t from, size_t to)
{
    if (word_before(WORD_PEOPLE, s, to, NULL))
        return to;
    for (size_t pos = from; pos < to;) {
        uint32_t cp;
        pos += zp_char_at(s, n, pos, &cp);
        if (pos - from > strlen("人") && word_before(WORD_PEOPLE, s, pos, NULL))
            return pos;
    }
    return to;
}

/* After a measure word for people at byte at, a clause that ends in 的 and
 * names no people describes the noun after 的, which they are (108名得票
 * 过半的候选人, 50名有意愿的党员); 300名党员参加的活动 counts the 党员.
 * That noun in [*from, *to). */
static bool described_people(const unsigned char *s, size_t n, size_t at, size_t *from,
                             size_t *to)
{
    size_t pos = at, len = 0;
    uint32_t cp = 0;
    int k;
    for (k = 0; k < PART_MAX && cp != 0x7684 /* 的 */; k++) {
        len = zp_char_at(s, n, pos, &cp);
        if (!len || !(zp_is_han(cp) || numeral_digit(cp) >= 0))
            return false;
        pos += len;
    }
    if (cp != 0x7684 || k < 2)
        return false;
    for (size_t p = at; p < pos - len;) {
        p += zp_char_at(s, n, p, &cp);
        if (word_before(WORD_PEOPLE, s, p, NULL))
            return false;
    }
    *from = pos;
    return phrase_after(s, n, *from, true, from, to);
}

/* Nothing but a word that joins (、 和 及 与, with spaces) stands between
 * the quantity before and byte at: 户籍人口3280户、9640人, 分别为620名和
 * 410名. */
static bool joined_to_previous(const unsigned char *s, const struct previous *previous, size_t at)
{
    size_t pos = past_spaces(s, previous->end, at);
    uint32_t cp;
    if (pos <= previous->end)
        return false;
    size_t len = zp_char_before(s, pos, &cp);
    return joins(cp) && past_spaces(s, previous->end, pos - len) == previous->end;
}

void subject_find(const unsigned char *s, size_t n, const struct previous *previous,
                  struct match *m)
{
    m->subject_start = m->subject_end = 0;
    if (!kind_takes_subject(m->kind))
        return;
    size_t limit = previous->any ? previous->limit : 0, from, to;
    /* 77岁的黎宝珠, 为期3个月的专项整治: the head noun after 的; of 3和5个
     * 社区, after the measure word the two share */
    size_t after = m->shared_end ? m->shared_end : m->end;
    if (zp_starts_with(s, n, after, "的") &&
        phrase_after(s, n, after + strlen("的"), true, &from, &to)) {
        m->subject_start = from;
        m->subject_end = to;
        return;
    }
    /* what points back from the number: 项目共7个, 同比增长26.1% */
    bool changed = false;
    /* 年龄原则上不超过60周岁: a limit a rule sets is a qualified number or
     * an age */
    bool rule = m->approx[0] || m->kind == KIND_AGE;
    size_t bare = past_spaces(s, limit, m->start);
    size_t pos = past_pointers(s, n, limit, bare, rule, &changed);
    /* 108名得票过半的候选人: people a clause describes */
    if (m->people && described_people(s, n, after, &from, &to)) {
        m->subject_start = from;
        m->subject_end = to;
        return;
    }
    /* 下辖19个社区居委会, 超6成老年人: the noun after the measure word, of
     * a count, or of a rate that nothing points back from */
    if ((counts_after(m->kind) || (is_rate(m->kind) && pos == bare)) &&
        phrase_after(s, n, after, false, &from, &to)) {
        m->subject_start = from;
        m->subject_end = m->kind == KIND_AGE ? people_end(s, n, from, to) : to;
        return;
    }
    /* 党员670名, 项目共7个, 满意率达98.6%: the noun before the number */
    if (changed)
        pos = past_pointers(s, n, limit, past_comparison(s, n, limit, pos), rule, &changed);
    pos = past_gloss(s, n, limit, pos, rule, &changed);
    size_t reference = pos;
    bool group = m->kind != KIND_DURATION && zp_ends_with(s, pos, "的") &&
                 pos - strlen("的") > limit;
    if (is_rate(m->kind) && !(group && pos != bare))
        pos = past_pointers(s, n, limit, past_reference(s, n, limit, pos), rule, &changed);
    else if (group)
        /* 大专及以上学历的52名, 高中以上学历的占42%: the group 的
         * describes (of a rate, when a verb stands between them); 从原来的
         * 80万元 */
        pos = past_pointers(s, n, limit, pos - strlen("的"), rule, &changed);
    bool share = pos != reference;
    if (phrase_before(s, n, limit, pos, !is_rate(m->kind), &from)) {
        /* 街道连续两年: who acts, not what lasts */
        if (m->kind == KIND_DURATION && word_before(WORD_PLACE, s, pos, NULL))
            return;
        m->subject_start = from;
        m->subject_end = pos;
        return;
    }
    if (!previous->any || previous->subject_end <= previous->subject_start)
        return;
    /* 户籍人口3280户、9640人: a noun named before a list of quantities is
     * each one's; 党员1860名，比上年净增42名: a change the clause
     * does not name is of what the sentence named last */
    bool named_before = previous->subject_end <= previous->end;
    if ((named_before && joined_to_previous(s, previous, bare)) ||
        (changed && same_sentence(s, previous->end, m->start))) {
        m->subject_start = previous->subject_start;
        m->subject_end = previous->subject_end;
        return;
    }
    /* 建成服务站8个，其中5个; 1200个村党组织中，960个: a count with no
     * noun of its own, by the measure word of the count before it in the
     * sentence, counts that one's noun */
    if (m->kind == KIND_COUNT && previous->kind == KIND_COUNT && previous->unit && m->unit &&
        strcmp(previous->unit, m->unit) == 0 && same_sentence(s, previous->end, m->start)) {
        m->subject_start = previous->subject_start;
        m->subject_end = previous->subject_end;
        return;
    }
    /* a rate a verb points to, of what the sentence named last: 同比增长26.1%
     * of the quantity before, 占总人口的14.7% of the group counted right
     * before */
    if (!is_rate(m->kind) || pos == bare)
        return;
    if (share && previous->counted_end == previous->end &&
        previous->counted_stop > previous->counted_start &&
        same_sentence(s, previous->counted_end, m->start)) {
        m->subject_start = previous->counted_start;
        m->subject_end = previous->counted_stop;
    } else if (!share && same_sentence(s, previous->end, m->start)) {
        m->subject_start = previous->subject_start;
        m->subject_end = previous->subject_end;
    }
}

void subject_remember(struct previous *previous, const struct match *m)
{
    /* a date is no quantity of anything: 达到2013年的3倍 reads past it */
    if (!kind_takes_subject(m->kind))
        return;
    previous->any = true;
    previous->end = m->end;
    previous->kind = m->kind;
    previous->unit = m->unit;
    previous->subject_start = m->subject_start;
    previous->subject_end = m->subject_end;
    if (!is_rate(m->kind) && m->subject_end > m->subject_start) {
        previous->counted_end = m->end;
        previous->counted_start = m->subject_start;
        previous->counted_stop = m->subject_end;
    }
    /* 三个小区1516户: the 小区 of the one before is not the 户's; but 60岁以
     * 上老年人5.2万人: an age only describes, and a lone 一 is as often
     * “a” as “one” (一位书记已满60周岁: the 书记 is who is 60) */
    bool took_after = m->subject_start >= m->end && m->subject_end > m->subject_start;
    previous->limit =
        took_after && m->kind != KIND_AGE && !m->article ? m->subject_end : m->end;
}
