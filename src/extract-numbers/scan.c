#include "scan.h"

#include <stdint.h>
#include <string.h>

#include "forms.h"
#include "numeral.h"
#include "record.h"
#include "subject.h"
#include "tables.h"
#include "text.h"

bool scan_bare;

struct scan {
    const unsigned char *s;
    size_t n;
    size_t at; /* the byte being read */
    /* the characters before byte counted, counted as the records need
     * them rather than at every character */
    size_t counted, counted_chars;
    struct previous previous;
};

/* The characters before byte at. */
static size_t chars_before(struct scan *sc, size_t at)
{
    if (at < sc->counted)
        sc->counted = sc->counted_chars = 0;
    sc->counted_chars += zp_count_chars(sc->s + sc->counted, at - sc->counted);
    sc->counted = at;
    return sc->counted_chars;
}

/* What stands before a number and makes part of the match. */
enum opening {
    OPEN_NONE,
    OPEN_APPROX,    /* a qualifier: 约, 近, 几 of 几十 */
    OPEN_NEGATIVE,  /* 负, a minus sign */
    OPEN_ORDINAL,   /* 第 */
    OPEN_PERCENT,   /* 百分之 */
    OPEN_PERMILLE,  /* 千分之 */
    OPEN_PER_POWER, /* 万分之, 百万分之 */
};

/* A quantity as it is read. */
struct reading {
    struct match m;
    struct number num;
    size_t at;        /* the number's first byte */
    size_t pos;       /* read up to here */
    enum opening opening;
    int per_power;    /* for OPEN_PER_POWER: the denominator's power of ten */
    bool power_alone; /* a power opens it: 百余处, 千余名 */
};

static bool is_sentence_start(const unsigned char *s, size_t at)
{
    uint32_t cp;
    zp_char_before(s, at, &cp);
    /* a phrase's start, but for an ASCII comma, which stands inside 1,000 */
    return at == 0 || zp_is_stop(cp, ZP_STOP_CLAUSE) || cp == 0xFF1A || cp == 0xFF0C ||
           cp == 0x3001 || cp == ':' || cp == ' ';
}

/* A duration [start, end) that sets when its clause happens rather than
 * measuring anything (words.tsv, scope-before and scope-after, says when);
 * approx is its qualifier. */
static bool time_scope(const unsigned char *s, size_t n, size_t start, size_t end,
                       const char *approx)
{
    if (word_before(WORD_SCOPE_BEFORE, s, start, NULL) ||
        word_at(WORD_SCOPE_AFTER, s, n, end, NULL))
        return true;
    return strcmp(approx, "近") == 0 &&
           (is_sentence_start(s, start) || word_before(WORD_PLACE, s, start, NULL) ||
            word_before(WORD_DETERMINER, s, start, NULL));
}

/* The first characters of what may stand before a number and belong to
 * the match (百分之 第 负 -, list markers' brackets) or open one (.5, 半),
 * besides the qualifiers of words.tsv. */
static bool may_open(uint32_t cp)
{
    switch (cp) {
    case 0x767E: case 0x4F70: /* 百分之 佰分之 */
    case 0x5343: case 0x4EDF: /* 千分之 仟分之 */
    case 0x4E07: case 0x842C: /* 万分之 萬分之 */
    case 0x4EBF: case 0x5104: case 0x5146: /* 亿分之 兆分之 */
    case 0x7B2C: /* 第 */
    case 0x8D1F: case 0x8CA0: /* 负 負 */
    case 0x534A: /* 半 */
    case '-': case 0xFF0D: case 0x2212:
    case '(': case 0xFF08:
    case '.':
        return true;
    default:
        return cp >= 0x2460 && cp <= 0x2473; /* ① */
    }
}

/* ---- what follows the number ---- */

/* 余 before the power: 300余万元, and 20 多 万元 with the spaces of text
 * converted from print. */
static void read_approx_power(const unsigned char *s, size_t n, struct reading *r)
{
    const char *word;
    size_t at = r->num.arabic ? skip_spaces(s, n, r->pos) : r->pos;
    size_t len = word_at(WORD_APPROX_AFTER, s, n, at, &word);
    size_t power_at = r->num.arabic ? skip_spaces(s, n, at + len) : at + len;
    uint32_t cp;
    int power;
    if (len && zp_char_at(s, n, power_at, &cp) && (power = numeral_power(cp)) >= 4) {
        match_add_approx(&r->m, word);
        r->pos = power_at + zp_char_at(s, n, power_at, &cp);
        r->m.value = decimal_shift(r->m.value, power);
        r->num.big = power;
    }
}

/* A range: 3至5个, 2—3次, 两到三万; not when its end is below its start
 * (20084-6月 is a year and a month run together). */
static void read_range(const unsigned char *s, size_t n, struct reading *r)
{
    size_t len = word_at(WORD_RANGE, s, n, r->pos, NULL);
    struct number second;
    if (!len || !number_read(s, n, r->pos + len, false, &second) ||
        second.arabic != r->num.arabic || not_a_count(s, n, r->pos + len, &second))
        return;
    struct decimal first = r->m.value;
    if (r->num.big == 0 && second.big > 0)
        first = decimal_shift(first, second.big);
    if (decimal_less(second.value, first))
        return;
    r->m.value = first;
    r->m.value_max = second.value;
    r->m.has_max = true;
    r->pos = second.end;
}

/* A range written with the unit at both ends: 30岁至50岁, 5万元到10万元;
 * read after the first unit. */
static void read_unit_range(const unsigned char *s, size_t n, struct reading *r)
{
    if (r->m.has_max || r->m.date[0] || !r->m.unit || r->m.kind == KIND_ORDINAL)
        return;
    size_t len = word_at(WORD_RANGE, s, n, r->pos, NULL), unit_len;
    struct number second;
    if (!len || !number_read(s, n, r->pos + len, false, &second) || second.arabic != r->num.arabic ||
        not_a_count(s, n, r->pos + len, &second))
        return;
    const struct unit_entry *unit = unit_at(s, n, second.end, &unit_len);
    if (!unit || unit->kind != r->m.kind || strcmp(unit->as, r->m.unit) != 0 ||
        unit->reading == UNIT_TENTHS || unit->reading == UNIT_TENTHS_MORE ||
        unit->reading == UNIT_NOUN ||
        decimal_less(second.value, r->m.value))
        return;
    r->m.value_max = second.value;
    r->m.has_max = true;
    r->pos = second.end + unit_len;
}

/* Past the spaces between digits and what follows them (2019 年, 50 多个),
 * when something follows that belongs to the quantity. */
static void read_spaces(const unsigned char *s, size_t n, struct reading *r)
{
    size_t p = skip_spaces(s, n, r->pos), len;
    if (p == r->pos || !r->num.arabic)
        return;
    uint32_t cp;
    zp_char_at(s, n, p, &cp);
    if (word_at(WORD_APPROX_AFTER, s, n, p, NULL) || unit_at(s, n, p, &len) || cp == 0x5E74 ||
        cp == 0x6708 || cp == 0x65E5 || cp == 0x65F6 || cp == 0x70B9 || cp == 0x4E16)
        r->pos = p; /* 年 月 日 时 点 世 */
}

/* Tenths: 三成 30 %, 九折 90 %, 八五折 85 % (but 85折 is 85 %); 七成六 76 %,
 * 三成半 35 %, when nothing that counts follows (七成六十岁以上 is 70 %). */
static void read_tenths(const unsigned char *s, size_t n, const struct unit_entry *unit,
                        struct reading *r)
{
    bool more = unit->reading == UNIT_TENTHS_MORE;
    if (!more && !(unit->reading == UNIT_TENTHS && decimal_below(r->m.value, 10)))
        return;
    r->m.value = decimal_shift(r->m.value, 1);
    if (!more)
        return;
    uint32_t next, after;
    size_t next_len = zp_char_at(s, n, r->pos, &next), unit_after;
    zp_char_at(s, n, r->pos + next_len, &after);
    int d = next == 0x534A /* 半 */ ? 5 : numeral_chinese_digit(next);
    if (d > 0 && !numeral_may_start(after) && numeral_power(after) == 0 &&
        !unit_at(s, n, r->pos + next_len, &unit_after)) {
        r->m.value = decimal_add(r->m.value, decimal_of((uint64_t)d, 0));
        r->pos += next_len;
    }
}

/* The administrative levels, one character each, that a count of levels
 * may follow (县乡村三级). */
static bool is_level(uint32_t cp)
{
    switch (cp) {
    case 0x7701: case 0x5E02: case 0x53BF: case 0x533A: case 0x4E61: /* 省市县区乡 */
    case 0x9547: case 0x8857: case 0x6751: case 0x7EC4: case 0x6237: /* 镇街村组户 */
        return true;
    default:
        return false;
    }
}

/* 级 after the number at r: a count of levels (units.tsv, levels, says
 * when), its measure word ending at byte end. */
static bool counts_levels(const unsigned char *s, size_t n, const struct reading *r, size_t end)
{
    if (!r->num.chinese || r->num.arabic || decimal_below(r->m.value, 3))
        return false;
    if (word_at(WORD_PLACE, s, n, end, NULL) || zp_starts_with(s, n, end, "书记"))
        return true;
    size_t pos = r->at;
    int levels = 0;
    uint32_t cp;
    while (pos > 0 && zp_char_before(s, pos, &cp) && (is_level(cp) || cp == 0x3001 /* 、 */)) {
        levels += cp != 0x3001;
        pos -= zp_char_before(s, pos, &cp);
    }
    return levels >= 2;
}

/* The unit at r->pos, and what it says of the number; false when the
 * number is none to report (already listed). */
static bool read_unit(const unsigned char *s, size_t n, const struct unit_entry *unit,
                      size_t unit_len, struct reading *r)
{
    if (unit->reading == UNIT_NOUN) {
        /* 6大模块 counts the modules; 大 alone, or after less than two, is
         * no measure word */
        uint32_t next;
        zp_char_at(s, n, r->pos + unit_len, &next);
        if (!zp_is_han(next) || decimal_below(r->m.value, 2) || r->num.point)
            return false;
    }
    if (unit->reading == UNIT_LEVELS && !counts_levels(s, n, r, r->pos + unit_len))
        return false;
    r->m.unit = unit->as;
    r->m.kind = unit->kind;
    r->m.people = unit->reading == UNIT_PEOPLE;
    r->pos += unit_len;
    read_tenths(s, n, unit, r);
    size_t whole_len;
    const struct unit_entry *whole;
    if (unit->reading == UNIT_CARRIER) {
        /* 一个半小时 1.5 小时; 两个多月 2 月, more */
        const char *approx = NULL;
        bool half = zp_starts_with(s, n, r->pos, "半");
        size_t word = half ? strlen("半") : word_at(WORD_APPROX_AFTER, s, n, r->pos, &approx);
        if (word && (whole = unit_at(s, n, r->pos + word, &whole_len)) &&
            whole->kind == KIND_DURATION) {
            if (half)
                r->m.value = decimal_add(r->m.value, decimal_of(5, -1));
            else
                match_add_approx(&r->m, approx);
            r->m.unit = whole->as;
            r->m.kind = whole->kind;
            r->pos += word + whole_len;
        } else if (word && zp_starts_with(s, n, r->pos + word, "月")) {
            if (half)
                r->m.value = decimal_add(r->m.value, decimal_of(5, -1));
            else
                match_add_approx(&r->m, approx);
            r->m.unit = "月";
            r->m.kind = KIND_DURATION;
            r->pos += word + strlen("月");
        }
    } else if (unit->kind == KIND_DURATION && zp_starts_with(s, n, r->pos, "半") &&
               !r->m.has_max) {
        /* 两年半, 一天半 */
        r->m.value = decimal_add(r->m.value, decimal_of(5, -1));
        r->pos += strlen("半");
    } else if (unit->kind == KIND_DURATION || unit->kind == KIND_AGE || unit->kind == KIND_RATIO) {
        /* 一年多, 30岁余, 2倍多 */
        const char *approx;
        size_t len = word_at(WORD_APPROX_TIME, s, n, r->pos, &approx);
        if (len) {
            match_add_approx(&r->m, approx);
            r->pos += len;
        }
    }
    return true;
}

/* Why a number with no measure word is not reported: a section number at
 * the paragraph's start (1 问题提出, 2.1, 3.3.1: read whole, into *end), a
 * page after a citation ([2]261), or none. */
static const char *unitless(const unsigned char *s, size_t n, const struct reading *r,
                            size_t *end)
{
    *end = r->num.end;
    uint32_t before;
    zp_char_before(s, r->at, &before);
    if (before == ']' || before == 0xFF3D || before == 0x3011)
        return "citation";
    size_t p = 0;
    while (p < r->at && (s[p] == ' ' || zp_starts_with(s, n, p, "　")))
        p += s[p] == ' ' ? 1 : strlen("　");
    if (p == r->at && r->num.arabic && !r->m.has_max) {
        uint32_t cp, next;
        size_t mark;
        while ((mark = zp_char_at(s, n, *end, &cp)) > 0 && (cp == '.' || cp == 0xFF0E) &&
               zp_char_at(s, n, *end + mark, &next) > 0 && numeral_digit(next) >= 0) {
            *end += mark;
            size_t digit;
            while ((digit = zp_char_at(s, n, *end, &cp)) > 0 && numeral_digit(cp) >= 0)
                *end += digit;
        }
        return "section number";
    }
    return "no measure word";
}

/* 分别下降1.25和0.87个百分点, 3、5个: the measure word of the number that
 * 和 与 及 或 or 、 join to this one, which has none of its own, when that
 * number is no date and its measure word a plain one; NULL when there is
 * none. */
static const struct unit_entry *shared_unit(const unsigned char *s, size_t n,
                                            const struct reading *r, size_t *unit_end)
{
    size_t at = r->num.arabic ? skip_spaces(s, n, r->num.end) : r->num.end, len;
    uint32_t cp;
    zp_char_at(s, n, at, &cp);
    if (r->pos != r->num.end || r->m.has_max ||
        !(cp == 0x548C || cp == 0x4E0E || cp == 0x53CA || cp == 0x6216 || cp == 0x3001))
        return NULL;
    at += zp_char_at(s, n, at, &cp);
    if (r->num.arabic)
        at = skip_spaces(s, n, at);
    struct number second;
    if (!number_read(s, n, at, false, &second) || second.arabic != r->num.arabic ||
        not_a_count(s, n, at, &second))
        return NULL;
    size_t pos = second.arabic ? skip_spaces(s, n, second.end) : second.end;
    pos += word_at(WORD_APPROX_AFTER, s, n, pos, NULL);
    struct match calendar = {0};
    if (calendar_at(s, n, at, pos, &second, &calendar))
        return NULL;
    const struct unit_entry *unit = unit_at(s, n, pos, &len);
    if (!unit || unit->reading == UNIT_NOUN || unit->reading == UNIT_TENTHS ||
        unit->reading == UNIT_TENTHS_MORE || unit->reading == UNIT_LEVELS ||
        unit->kind == KIND_ORDINAL)
        return NULL;
    *unit_end = pos + len;
    return unit;
}

/* What follows the number: the unit and the forms that take one's place;
 * sets r->m.kind and r->pos.  False when the number is none to report
 * (listed as unmatched). */
static bool read_after_number(struct scan *sc, struct reading *r)
{
    const unsigned char *s = sc->s;
    size_t n = sc->n, unit_len;
    const struct unit_entry *unit = unit_at(s, n, r->pos, &unit_len);
    size_t end, mark;
    struct number part;
    switch (r->opening) {
    case OPEN_ORDINAL:
        r->m.kind = KIND_ORDINAL;
        if (unit) {
            r->m.unit = unit->as;
            r->pos += unit_len;
        }
        return true;
    case OPEN_PERCENT:
        r->m.kind = KIND_PERCENT;
        r->m.unit = "%";
        return true;
    case OPEN_PERMILLE:
        r->m.kind = KIND_PERMILLE;
        r->m.unit = "‰";
        return true;
    case OPEN_PER_POWER:
        /* 万分之三: a ratio, 0.0003; 百万分之五 0.000005 */
        r->m.kind = KIND_RATIO;
        r->m.value = decimal_shift(r->m.value, -r->per_power);
        return true;
    default:
        break;
    }
    if ((end = calendar_at(s, n, r->at, r->pos, &r->num, &r->m)) != 0) {
        r->pos = end;
        return true;
    }
    if ((mark = fraction_mark(s, n, r->pos)) != 0) {
        /* 三分之一 */
        if (!number_read(s, n, mark, false, &part)) {
            write_unmatched(s, r->at, r->num.end, chars_before(sc, r->at), "no measure word");
            return false;
        }
        r->m.value = decimal_ratio(part.value, r->m.value);
        r->m.kind = KIND_RATIO;
        r->pos = part.end;
        return true;
    }
    if (slash_fraction(s, n, r->at, &r->num, &r->m, &r->pos))
        return true; /* 3/5, ３／５ */
    struct number denominator;
    if (zp_starts_with(s, n, r->pos, "又") &&
        number_read(s, n, r->pos + strlen("又"), false, &denominator) &&
        (mark = fraction_mark(s, n, denominator.end)) && number_read(s, n, mark, false, &part)) {
        /* 三百五又三分之一: a whole number and a fraction */
        r->m.value = decimal_add(r->m.value, decimal_ratio(part.value, denominator.value));
        r->m.kind = KIND_NUMBER;
        r->pos = part.end;
        return true;
    }
    if (unit && read_unit(s, n, unit, unit_len, r))
        return true;
    const struct unit_entry *shared = unit ? NULL : shared_unit(s, n, r, &r->m.shared_end);
    if (shared) {
        r->m.unit = shared->as;
        r->m.kind = shared->kind;
        r->m.people = shared->reading == UNIT_PEOPLE;
        return true;
    }
    /* no measure word: a word, unless 万 or 亿 make it a count (九千万党员)
     * or --bare asks for it */
    bool lone_digit = r->num.chinese && !r->num.arabic && !r->num.powers && !r->num.point &&
                      r->num.digits == 1;
    if ((r->num.big > 0 && !r->num.sequence) || (scan_bare && !lone_digit)) {
        while (r->pos > r->num.end && s[r->pos - 1] == ' ')
            r->pos--; /* the spaces read_spaces passed for nothing */
        r->m.kind = KIND_NUMBER;
        r->m.unit = NULL;
        return true;
    }
    const char *why = unitless(s, n, r, &end);
    write_unmatched(s, r->at, end, chars_before(sc, r->at), why);
    r->pos = end;
    return false;
}

/* Reads the quantity whose number starts at byte at, after the opening
 * r->opening at sc->at; returns where the scan goes on. */
static size_t read_quantity(struct scan *sc, struct reading *r)
{
    const unsigned char *s = sc->s;
    size_t n = sc->n, at = r->at;
    struct match *m = &r->m;
    m->start = sc->at;
    bool document;
    size_t end = citation_at(s, n, at, &document);
    if (end) {
        write_unmatched(s, at, end, chars_before(sc, at),
                        document ? "document or house number" : "citation");
        return end;
    }
    if (numeral_digit(s[at]) >= 0 && (end = phone_at(s, n, at)) != 0) {
        write_unmatched(s, at, end, chars_before(sc, at), "phone");
        return end;
    }
    if (s[at] >= '0' && s[at] <= '9' && (end = iso_date_or_time_at(s, n, at, m)) != 0) {
        m->end = end;
        write_match(s, n, chars_before(sc, sc->at), m);
        subject_remember(&sc->previous, m);
        return end;
    }
    struct number *num = &r->num;
    uint32_t cp;
    if (!number_read(s, n, at, r->opening == OPEN_APPROX || r->power_alone, num))
        return at + zp_char_at(s, n, at, &cp);
    const char *why = not_a_count(s, n, at, num);
    if (why || num->value.overflow) {
        /* 表2-2, 图3.1: the whole number of what is cited */
        end = num->end;
        uint32_t mark, digit;
        size_t mark_len;
        while (why && strcmp(why, "citation") == 0 &&
               (mark_len = zp_char_at(s, n, end, &mark)) > 0 &&
               (mark == '-' || mark == '.' || mark == 0x2014 || mark == 0xFF0D) &&
               zp_char_at(s, n, end + mark_len, &digit) > 0 && numeral_digit(digit) >= 0) {
            end += mark_len;
            size_t digit_len;
            while ((digit_len = zp_char_at(s, n, end, &digit)) > 0 && numeral_digit(digit) >= 0)
                end += digit_len;
        }
        write_unmatched(s, at, end, chars_before(sc, at), why ? why : "too large");
        return end;
    }
    /* 2095-8048: a serial number, not a range (1000-1500人 is one) */
    uint32_t next;
    size_t next_len = zp_char_at(s, n, num->end, &next);
    struct number second;
    size_t unit_len;
    if (num->arabic && !num->point && num->digits == 4 && (next == '-' || next == 0x2014) &&
        number_read(s, n, num->end + next_len, false, &second) && second.digits == 4 &&
        !zp_starts_with(s, n, second.end, "年") && !unit_at(s, n, second.end, &unit_len)) {
        write_unmatched(s, at, second.end, chars_before(sc, at), "document number");
        return second.end;
    }
    m->value = num->value;
    m->article = num->chinese && !num->arabic && !num->powers && num->digits == 1 &&
                 decimal_integer(num->value) == 1;
    r->pos = num->end;
    read_approx_power(s, n, r);
    read_range(s, n, r);
    const char *word;
    size_t p = num->arabic ? skip_spaces(s, n, r->pos) : r->pos;
    size_t len = word_at(WORD_APPROX_AFTER, s, n, p, &word);
    if (len) {
        match_add_approx(m, word);
        r->pos = p + len;
    }
    read_spaces(s, n, r);
    if (!read_after_number(sc, r))
        return r->pos;
    read_unit_range(s, n, r);
    if ((len = word_at(WORD_APPROX_UNIT, s, n, r->pos, &word)) != 0) {
        match_add_approx(m, word);
        r->pos += len;
    }
    m->end = r->pos;
    /* a power, a range or a fraction may have taken it out of range */
    if (!m->date[0] && (m->value.overflow || (m->has_max && m->value_max.overflow))) {
        write_unmatched(s, m->start, r->pos, chars_before(sc, sc->at), "too large");
        return r->pos;
    }
    if (m->kind == KIND_DURATION && time_scope(s, n, m->start, m->end, m->approx)) {
        write_unmatched(s, m->start, m->end, chars_before(sc, sc->at), "time scope");
        return r->pos;
    }
    subject_find(s, n, &sc->previous, m);
    write_match(s, n, chars_before(sc, sc->at), m);
    subject_remember(&sc->previous, m);
    return r->pos;
}

/* 半年, 半个月, 半个世纪: half of a duration, the 半 at byte at, after the
 * qualifier approx when not NULL (不到半天); not 上半年, 一半, 过半. */
static size_t read_half(struct scan *sc, size_t at, const char *approx)
{
    const unsigned char *s = sc->s;
    size_t n = sc->n, len;
    uint32_t before;
    zp_char_before(s, at, &before);
    static const uint32_t halving[] = {0x4E0A, 0x4E0B, 0x524D, 0x540E, 0x5927, 0x591A,
                                       0x8FC7, 0x51CF, 0x6298, 0x534A}; /* 上下前后大多过减折半 */
    for (size_t i = 0; i < sizeof halving / sizeof halving[0]; i++)
        if (before == halving[i])
            return 0;
    if (numeral_may_start(before) || numeral_power(before))
        return 0;
    size_t pos = at + strlen("半");
    const struct unit_entry *unit = unit_at(s, n, pos, &len);
    if (!unit || unit->kind != KIND_DURATION)
        return 0;
    struct match m = {.start = sc->at, .end = pos + len, .unit = unit->as, .kind = KIND_DURATION,
                      .value = decimal_of(5, -1)};
    if (approx)
        match_add_approx(&m, approx);
    if (time_scope(s, n, m.start, m.end, m.approx)) {
        write_unmatched(s, m.start, m.end, chars_before(sc, sc->at), "time scope");
        return m.end;
    }
    subject_find(s, n, &sc->previous, &m);
    write_match(s, n, chars_before(sc, sc->at), &m);
    subject_remember(&sc->previous, &m);
    return m.end;
}

/* A power alone and a qualifier after it at byte at: 百余处, 千余名, 万余元,
 * 百来人; a number of itself, with no numeral before it. */
static bool power_alone_at(const unsigned char *s, size_t n, size_t at)
{
    uint32_t cp, before;
    size_t len = zp_char_at(s, n, at, &cp);
    zp_char_before(s, at, &before);
    return numeral_power(cp) >= 2 && !numeral_may_start(before) && numeral_power(before) == 0 &&
           word_at(WORD_APPROX_AFTER, s, n, at + len, NULL) > 0;
}

/* A financial numeral that ends a word (队伍, 大陆, 收拾, 大肆): after a Han
 * character, and not followed by the rest of an amount (人民币伍万元, 捌佰
 * 元, 伍元).  The character is cp, of len bytes, at byte at. */
static bool financial_in_word(const unsigned char *s, size_t n, size_t at, size_t len, uint32_t cp)
{
    uint32_t before, next;
    if (!numeral_financial(cp) || !zp_char_before(s, at, &before) || !zp_is_han(before))
        return false;
    zp_char_at(s, n, at + len, &next);
    return !numeral_financial(next) && numeral_power(next) < 4 && next != 0x5143 /* 元 */ &&
           next != 0x5706 && next != 0x5713; /* 圆 圓 */
}

/* The qualifier of len bytes at byte at is the last character of a word
 * before it, and none (签约, 节约, 最近, 附近): a word of the tables that
 * ends with it. */
static bool qualifier_ends_word(const unsigned char *s, size_t at, size_t len)
{
    static const enum word_class classes[] = {WORD_BOUNDARY, WORD_EVENT, WORD_WORD,
                                              WORD_SCOPE_BEFORE};
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
        if (word_before(classes[i], s, at + len, NULL) > len)
            return true;
    return false;
}

/* Reads what begins at sc->at, the character cp of len bytes; returns where
 * the scan goes on, or 0 when nothing begins there. */
static size_t read_at(struct scan *sc, uint32_t cp, size_t len)
{
    const unsigned char *s = sc->s;
    size_t n = sc->n, at = sc->at, enumerator_len;
    if (is_sentence_start(s, at) && zp_enumerator(s + at, n - at, &enumerator_len) != ZP_ENUM_NONE) {
        write_unmatched(s, at, at + enumerator_len, chars_before(sc, sc->at), "list marker");
        return at + enumerator_len;
    }
    if (cp == 0x534A /* 半 */)
        return read_half(sc, at, NULL);
    if (financial_in_word(s, n, at, len, cp)) {
        write_unmatched(s, at, at + len, chars_before(sc, at), "idiom");
        return at + len;
    }
    struct reading r = {.at = at};
    const char *word;
    size_t word_len = word_at(WORD_APPROX_BEFORE, s, n, at, &word);
    uint32_t after;
    if (!word_len && (word_len = word_at(WORD_APPROX_POWER, s, n, at, &word)) != 0 &&
        !(zp_char_at(s, n, at + word_len, &after) && numeral_power(after) > 0))
        word_len = 0; /* 几 数 上 only before a power: 几十, 上百 */
    size_t end;
    if (word_len && zp_starts_with(s, n, at + word_len, "半") &&
        (end = read_half(sc, at + word_len, word)) != 0)
        return end; /* 不到半天 */
    if (word_len && qualifier_ends_word(s, at, word_len))
        word_len = 0;
    if (word_len) {
        r.opening = OPEN_APPROX;
        r.at = at + word_len;
        /* 不超过 55 周岁: the spaces of text converted from print */
        size_t digits_at = skip_spaces(s, n, r.at);
        if (digits_at < n && numeral_digit(s[digits_at]) >= 0)
            r.at = digits_at;
        match_add_approx(&r.m, word);
    } else if (zp_starts_with(s, n, at, "百分之百")) {
        struct match whole = {.start = at, .end = at + strlen("百分之百"), .unit = "%",
                              .kind = KIND_PERCENT, .value = decimal_of(100, 0)};
        subject_find(s, n, &sc->previous, &whole);
        write_match(s, n, chars_before(sc, sc->at), &whole);
        subject_remember(&sc->previous, &whole);
        return whole.end;
    } else if ((r.per_power = per_power_at(s, n, at, &r.at)) != 0) {
        r.opening = r.per_power == 2 ? OPEN_PERCENT : r.per_power == 3 ? OPEN_PERMILLE
                                                                        : OPEN_PER_POWER;
    } else if (power_alone_at(s, n, at)) {
        r.power_alone = true;
    } else if (cp == 0x7B2C /* 第 */) {
        r.opening = OPEN_ORDINAL;
        r.at = at + len;
    } else if (cp == 0x8D1F || cp == 0x8CA0 /* 负 負 */) {
        r.opening = OPEN_NEGATIVE;
        r.at = at + len;
    } else if (cp == '-' || cp == 0xFF0D || cp == 0x2212) {
        /* a minus sign, not a dash between two numbers */
        uint32_t before;
        zp_char_before(s, at, &before);
        if (numeral_digit(before) < 0 && !zp_is_ascii_letter(before)) {
            r.opening = OPEN_NEGATIVE;
            r.at = at + len;
        }
    }
    uint32_t first;
    zp_char_at(s, n, r.at, &first);
    bool power_opens = (r.opening == OPEN_APPROX || r.power_alone) && numeral_power(first) > 0;
    if (r.opening != OPEN_NONE && !numeral_may_start(first) && !power_opens) {
        r = (struct reading){.at = at};
        first = cp;
    }
    r.m.negative = r.opening == OPEN_NEGATIVE;
    if (first == '.' && r.at + 1 < n && s[r.at + 1] >= '0' && s[r.at + 1] <= '9') {
        /* .5 */
        uint32_t before;
        zp_char_before(s, r.at, &before);
        if (numeral_digit(before) < 0)
            first = '0';
    }
    if (!numeral_may_start(first) && !power_opens)
        return 0;
    return read_quantity(sc, &r);
}

/* The characters that may begin a quantity, one bit each: the scan tests
 * every character of the text. */
static uint64_t begins[0x10000 / 64];

static void begins_init(void)
{
    for (uint32_t cp = 0; cp < 0x10000; cp++)
        if (numeral_may_start(cp) || may_open(cp) || word_opens(WORD_APPROX_BEFORE, cp) ||
            word_opens(WORD_APPROX_POWER, cp))
            begins[cp / 64] |= UINT64_C(1) << (cp % 64);
}

void scan_paragraph(const unsigned char *s, size_t n)
{
    static bool ready;
    if (!ready) {
        begins_init();
        ready = true;
    }
    struct scan sc = {.s = s, .n = n};
    while (sc.at < n) {
        uint32_t cp;
        size_t len = zp_char_at(s, n, sc.at, &cp), end = 0;
        if (cp < 0x10000 && (begins[cp / 64] >> (cp % 64) & 1))
            end = read_at(&sc, cp, len);
        sc.at = end > sc.at ? end : sc.at + len;
    }
}
