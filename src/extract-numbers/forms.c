#include "forms.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tables.h"
#include "text.h"

/* ---- phones, ISO dates ---- */

size_t phone_at(const unsigned char *s, size_t n, size_t at)
{
    size_t pos = at, digits = 0, groups = 0, group = 0;
    bool leading_zero = s[at] == '0';
    while (pos < n) {
        uint32_t cp;
        size_t len = zp_char_at(s, n, pos, &cp);
        if (numeral_digit(cp) >= 0) {
            digits++;
            group++;
            pos += len;
            continue;
        }
        if ((cp == '-' || cp == 0x2014 || cp == 0x2013 || cp == 0xFF0D) && group > 0) {
            uint32_t next;
            zp_char_at(s, n, pos + len, &next);
            if (numeral_digit(next) < 0)
                break;
            groups++;
            group = 0;
            pos += len;
            continue;
        }
        break;
    }
    /* an area code with a dash (0371-6612345), a mobile number (11 digits
     * from 13 to 19), a 400 number */
    bool mobile = digits == 11 && groups == 0 && s[at] == '1' && at + 1 < n && s[at + 1] >= '3';
    bool landline = leading_zero && groups >= 1 && digits >= 10;
    bool service = zp_starts_with(s, n, at, "400") && groups >= 1 && digits == 10;
    return mobile || landline || service ? pos : 0;
}

size_t iso_date_or_time_at(const unsigned char *s, size_t n, size_t at, struct match *m)
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
        size_t len = zp_char_at(s, n, pos, &cp);
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
        m->kind = KIND_TIME;
        return end;
    }
    if (mark && mark != ':' && count == 3 && widths[1] <= 2 && widths[2] <= 2 && parts[1] >= 1 &&
        parts[1] <= 12 && parts[2] >= 1 && parts[2] <= 31 && parts[0] >= 1900 && parts[0] <= 2100) {
        snprintf(m->date, sizeof m->date, "%04u-%02u-%02u", parts[0], parts[1], parts[2]);
        m->kind = KIND_DATE;
        return pos;
    }
    return 0;
}

/* ---- calendar words ---- */

size_t skip_spaces(const unsigned char *s, size_t n, size_t pos)
{
    for (int k = 0; k < 2 && pos < n && s[pos] == ' '; k++)
        pos++;
    return pos;
}

/* A whole number from 0 to most read at byte at (Arabic or Chinese, with
 * the spaces of 2022 年 1 月 around it): its value, and its end (spaces
 * after it included) in *end; -1 when there is none. */
static long long small_number_at(const unsigned char *s, size_t n, size_t at, long long most,
                                 size_t *end)
{
    struct number num;
    if (!number_read(s, n, skip_spaces(s, n, at), false, &num) || num.point)
        return -1;
    long long v = decimal_integer(num.value);
    if (v < 0 || v > most)
        return -1;
    *end = num.arabic ? skip_spaces(s, n, num.end) : num.end;
    return v;
}

/* The day of the month after a month, at byte at (8日, 8号): its value and
 * end; -1 when none. */
static long long day_at(const unsigned char *s, size_t n, size_t at, size_t *end)
{
    size_t day_end;
    long long day = small_number_at(s, n, at, 31, &day_end);
    if (day < 1 || !(zp_starts_with(s, n, day_end, "日") || zp_starts_with(s, n, day_end, "号")))
        return -1;
    *end = day_end + strlen("日");
    return day;
}

/* After a number read as a year (2021年, 二〇二一年): the month and day that
 * follow, or 上半年 and 下半年. */
static size_t year_at(const unsigned char *s, size_t n, size_t after_year, long long year,
                      struct match *m)
{
    size_t pos = after_year, month_end, day_end;
    snprintf(m->date, sizeof m->date, "%04d", (int)year);
    m->kind = KIND_YEAR;
    long long month = small_number_at(s, n, pos, 12, &month_end);
    if (month >= 1 && zp_starts_with(s, n, month_end, "月")) {
        pos = month_end + strlen("月");
        snprintf(m->date, sizeof m->date, "%04d-%02d", (int)year, (int)month);
        m->kind = KIND_DATE;
        long long day = day_at(s, n, pos, &day_end);
        if (day > 0) {
            snprintf(m->date, sizeof m->date, "%04d-%02d-%02d", (int)year, (int)month, (int)day);
            pos = day_end;
        }
    } else if (zp_starts_with(s, n, pos, "上半年") || zp_starts_with(s, n, pos, "下半年")) {
        pos += strlen("上半年");
        m->kind = KIND_DATE;
    }
    return pos;
}

/* An hour at byte pos (时, 点) for the number hour: the minutes after it
 * (8点30分, 3点半, 10点整, 11时), as HH:MM from the day's start; 0 when it
 * is no time.  点 is a time only beside a word of the day or a minute. */
static size_t hour_at(const unsigned char *s, size_t n, size_t start, size_t pos,
                      const struct number *num, long long hour, struct match *m)
{
    bool dian = zp_starts_with(s, n, pos, "点");
    if (!dian && !zp_starts_with(s, n, pos, "时"))
        return 0;
    bool daytime = word_before(WORD_DAYTIME, s, start, NULL) > 0;
    bool afternoon = word_before(WORD_AFTERNOON, s, start, NULL) > 0;
    pos += strlen("点");
    long long minutes = 0;
    size_t minutes_end;
    bool exact = false;
    if (zp_starts_with(s, n, pos, "半")) {
        minutes = 30;
        pos += strlen("半");
        exact = true;
    } else if (zp_starts_with(s, n, pos, "整") || zp_starts_with(s, n, pos, "钟")) {
        pos += strlen("整");
        exact = true;
    } else if ((minutes = small_number_at(s, n, pos, 59, &minutes_end)) >= 0 &&
               zp_starts_with(s, n, minutes_end, "分") &&
               !zp_starts_with(s, n, minutes_end, "分之")) {
        pos = minutes_end + strlen("分");
        exact = true;
    } else {
        minutes = 0;
    }
    /* 一时 is “for a while”: a Chinese hour needs its word of the day */
    if (dian ? !(daytime || afternoon || exact) : !(num->arabic || daytime || afternoon))
        return 0;
    if (afternoon && hour < 12)
        hour += 12;
    snprintf(m->date, sizeof m->date, "%02lld:%02lld", hour, minutes);
    m->kind = KIND_TIME;
    return pos;
}

size_t calendar_at(const unsigned char *s, size_t n, size_t start, size_t pos,
                   const struct number *num, struct match *m)
{
    long long v = num->point ? -1 : decimal_integer(num->value);
    if (v < 0)
        return 0;
    bool year_like = v >= 1000 && v <= 2100 && num->digits == 4 && !num->powers;
    if (zp_starts_with(s, n, pos, "年代") && v % 10 == 0 && (year_like || v < 100)) {
        /* 90年代: the decade, as ISO 8601 writes it (199 for the 1990s); of
         * the last century from 20 up */
        long long decade = year_like ? v / 10 : v >= 20 ? 190 + v / 10 : 200 + v / 10;
        snprintf(m->date, sizeof m->date, "%03lld", decade);
        m->kind = KIND_DATE;
        return pos + strlen("年代");
    }
    if (zp_starts_with(s, n, pos, "世纪") && v >= 1 && v <= 30) {
        /* 20世纪 is 19 (the 1900s), 20世纪90年代 199 */
        pos += strlen("世纪");
        size_t decade_end;
        long long decade = small_number_at(s, n, pos, 90, &decade_end);
        if (decade >= 0 && decade % 10 == 0 && zp_starts_with(s, n, decade_end, "年代")) {
            snprintf(m->date, sizeof m->date, "%03lld", (v - 1) * 10 + decade / 10);
            pos = decade_end + strlen("年代");
        } else {
            snprintf(m->date, sizeof m->date, "%02lld", v - 1);
        }
        m->kind = KIND_DATE;
        return pos;
    }
    if (zp_starts_with(s, n, pos, "年") && year_like)
        return year_at(s, n, pos + strlen("年"), v, m);
    if (zp_starts_with(s, n, pos, "月") && v >= 1 && v <= 12) {
        size_t day_end;
        snprintf(m->date, sizeof m->date, "--%02lld", v);
        m->kind = KIND_DATE;
        pos += strlen("月");
        long long day = day_at(s, n, pos, &day_end);
        if (day > 0) {
            snprintf(m->date, sizeof m->date, "--%02d-%02d", (int)v, (int)day);
            pos = day_end;
        }
        return pos;
    }
    /* a day of the month (每月27日, 15号 after a month word); 3日内 is a
     * duration */
    uint32_t before;
    zp_char_before(s, start, &before);
    if (v >= 1 && v <= 31 &&
        ((zp_starts_with(s, n, pos, "日") && !zp_starts_with(s, n, pos + strlen("日"), "内")) ||
         (zp_starts_with(s, n, pos, "号") && before == 0x6708 /* 月 */))) {
        snprintf(m->date, sizeof m->date, "---%02lld", v);
        m->kind = KIND_DATE;
        return pos + strlen("日");
    }
    if (v <= 24)
        return hour_at(s, n, start, pos, num, v, m);
    return 0;
}

/* ---- fractions ---- */

size_t fraction_mark(const unsigned char *s, size_t n, size_t pos)
{
    while (pos < n && s[pos] == ' ')
        pos++;
    if (!zp_starts_with(s, n, pos, "分"))
        return 0;
    pos += strlen("分");
    while (pos < n && s[pos] == ' ')
        pos++;
    if (!zp_starts_with(s, n, pos, "之"))
        return 0;
    pos += strlen("之");
    while (pos < n && s[pos] == ' ')
        pos++;
    return pos;
}

int per_power_at(const unsigned char *s, size_t n, size_t at, size_t *number_at)
{
    int power = 0;
    for (;;) {
        uint32_t cp;
        size_t len = zp_char_at(s, n, at, &cp);
        int p = numeral_power(cp);
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

bool slash_fraction(const unsigned char *s, size_t n, size_t at, const struct number *num,
                    struct match *m, size_t *pos)
{
    uint32_t slash, before;
    size_t slash_len = zp_char_at(s, n, *pos, &slash);
    zp_char_before(s, at, &before);
    if (!num->arabic || num->chinese || num->point || m->has_max ||
        (slash != '/' && slash != 0xFF0F) || before == '/' || before == 0xFF0F)
        return false;
    struct number denominator;
    if (!number_read(s, n, *pos + slash_len, false, &denominator) || !denominator.arabic ||
        denominator.chinese || denominator.point || decimal_is_zero(denominator.value))
        return false;
    uint32_t after;
    zp_char_at(s, n, denominator.end, &after);
    if (after == '/' || after == 0xFF0F || numeral_digit(after) >= 0)
        return false;
    m->value = decimal_ratio(m->value, denominator.value);
    m->kind = KIND_RATIO;
    *pos = denominator.end;
    return true;
}

/* ---- what counts nothing ---- */

static uint32_t closing_bracket(uint32_t open)
{
    switch (open) {
    case '[': return ']';
    case 0xFF3B: return 0xFF3D; /* ［］ */
    case 0x3010: return 0x3011; /* 【】 */
    case 0x3014: return 0x3015; /* 〔〕 */
    default: return 0;
    }
}

size_t citation_at(const unsigned char *s, size_t n, size_t at, bool *document)
{
    uint32_t open, cp;
    zp_char_before(s, at, &open);
    uint32_t close = closing_bracket(open);
    if (!close)
        return 0;
    /* digits, and the commas and dashes of several (at most 16 bytes) */
    size_t pos = at, digits = 0, len;
    while (pos - at < 16 && (len = zp_char_at(s, n, pos, &cp)) > 0 && cp != close) {
        if (numeral_digit(cp) >= 0)
            digits++;
        else if (!(cp == ',' || cp == 0xFF0C || cp == '-' || cp == 0x2013 || cp == 0x2014 ||
                   cp == 0x3001 || cp == ' '))
            return 0;
        pos += len;
    }
    if (cp != close || pos == at)
        return 0;
    long long year = digits == 4 && pos - at == 4 ? strtoll((const char *)s + at, NULL, 10) : 0;
    *document = open == 0x3014 && year >= 1900 && year <= 2100;
    return pos;
}

/* The quotation around [start, end): its open and close bytes (the marks
 * themselves); false when the number is in none. */
static bool quotation_around(const unsigned char *s, size_t n, size_t start, size_t end,
                             size_t *open, size_t *close)
{
    enum { REACH = 20 }; /* characters: a name, not a quoted sentence */
    size_t pos = start;
    uint32_t cp;
    for (int k = 0;; k++) {
        size_t len = zp_char_before(s, pos, &cp);
        if (len == 0 || k == REACH || cp == 0x3002 || cp == 0xFF0C || cp == 0xFF1B ||
            cp == 0x201D || cp == 0x2019 || cp == 0x300D || cp == 0x300F)
            return false;
        pos -= len;
        /* ‘’ too: the marks of a quotation inside another */
        if (cp == 0x201C || cp == 0x2018 || cp == 0x300C || cp == 0x300E || cp == '"')
            break;
    }
    *open = pos;
    uint32_t want = cp == 0x201C   ? 0x201D
                    : cp == 0x2018 ? 0x2019
                    : cp == 0x300C ? 0x300D
                    : cp == 0x300E ? 0x300F
                                   : '"';
    pos = end;
    for (int k = 0;; k++) {
        size_t len = zp_char_at(s, n, pos, &cp);
        if (len == 0 || k == REACH || cp == 0x3002 || cp == 0xFF0C || cp == 0xFF1B ||
            cp == 0x201C || cp == 0x2018 || cp == 0x300C || cp == 0x300E)
            return false;
        if (cp == want)
            break;
        pos += len;
    }
    *close = pos;
    return true;
}

static bool is_numeral_char(uint32_t cp)
{
    return numeral_digit(cp) >= 0 || numeral_chinese_digit(cp) >= 0 || numeral_power(cp) > 0 ||
           cp == 0x5EFF || cp == 0x5345;
}

/* A name in quotation marks with the number in it: “四位一体”, “一升一降”
 * (a second numeral), “三无” (a numeral and no measure word), “五个好”,
 * “最后一米” (at most one character after the measure word), “两个作用”,
 * “四个送上门” (the slogans that open with a numeral and 个), “三大攻坚战”,
 * “爱心100小微公益行” (digits among Han characters); “三项制度” and “100%”
 * stay quantities. */
static bool quoted_name(const unsigned char *s, size_t n, size_t start, const struct number *num)
{
    size_t open, close;
    if (!quotation_around(s, n, start, num->end, &open, &close))
        return false;
    size_t len, unit_len, pos;
    uint32_t cp;
    bool han_before = false, han_after = false;
    /* a question or an exclamation is speech quoted, not a name: its
     * numbers are read as any others (“一年能省多少？100元左右？”) */
    for (pos = open; pos < close; pos += len) {
        len = zp_char_at(s, n, pos, &cp);
        if (cp == 0xFF1F || cp == '?' || cp == 0xFF01 || cp == '!')
            return false;
    }
    for (pos = open + zp_char_at(s, n, open, &cp); pos < close; pos += len) {
        len = zp_char_at(s, n, pos, &cp);
        if (pos >= start && pos < num->end)
            continue;
        if (is_numeral_char(cp))
            return true;
        if (pos < start)
            han_before |= zp_is_han(cp);
        else
            han_after |= zp_is_han(cp);
    }
    const struct unit_entry *unit = unit_at(s, n, num->end, &unit_len);
    if (!unit)
        return han_before || han_after;
    /* slogans count in Chinese numerals; digits and a measure word in
     * quotation marks are a quantity quoted */
    if (num->arabic)
        return false;
    size_t unit_end = num->end + unit_len < close ? num->end + unit_len : close;
    size_t after = zp_count_chars(s + unit_end, close - unit_end);
    if (unit->reading == UNIT_NOUN || (han_before && after <= 1))
        return true;
    return !han_before && unit->reading == UNIT_CARRIER;
}

/* An opening quotation mark or 《 in the 120 bytes before start: bytes
 * compared, not characters decoded, for a test every number takes. */
static bool opening_mark_near(const unsigned char *s, size_t start)
{
    size_t from = start > 120 ? start - 120 : 0;
    for (size_t i = start; i > from; i--) {
        unsigned char b = s[i - 1];
        if (b == '"')
            return true;
        if (i - from >= 3 && s[i - 2] == 0x80 &&
            (((b == 0x9C || b == 0x98) && s[i - 3] == 0xE2) ||                 /* “ ‘ */
             ((b == 0x8C || b == 0x8E || b == 0x8A) && s[i - 3] == 0xE3))) /* 「『《 */
            return true;
    }
    return false;
}

/* In the title of a document or book, 《…》: a name, whatever it counts
 * (《关于实施三年行动计划的意见》). */
static bool in_title(const unsigned char *s, size_t n, size_t start, size_t end)
{
    enum { REACH = 40 };
    size_t pos = start;
    uint32_t cp = 0;
    for (int k = 0; k < REACH; k++) {
        size_t len = zp_char_before(s, pos, &cp);
        if (len == 0 || cp == 0x300B /* 》 */ || cp == 0x3002)
            return false;
        pos -= len;
        if (cp == 0x300A /* 《 */)
            break;
    }
    if (cp != 0x300A)
        return false;
    for (int k = 0; k < REACH; k++) {
        size_t len = zp_char_at(s, n, end, &cp);
        if (len == 0 || cp == 0x300A || cp == 0x3002)
            return false;
        if (cp == 0x300B)
            return true;
        end += len;
    }
    return false;
}

/* A session of a congress or its plenum: 十九届六中全会, 十二届全国人大,
 * 三中全会, 四次全会; the number starts at start. */
static bool session_name(const unsigned char *s, size_t n, size_t start, size_t end)
{
    static const char *const bodies[] = {"全国", "中央", "人大", "政协", "省委", "市委",
                                         "区委", "县委", "党代会"};
    if (zp_starts_with(s, n, end, "中全会") || zp_starts_with(s, n, end, "次全会"))
        return true;
    if (zp_starts_with(s, n, end, "次会议") || zp_starts_with(s, n, end, "次全体会议")) {
        /* 十二届全国人大三次会议: a 届 shortly before */
        size_t pos = start;
        for (int k = 0; k < 10 && pos > 0; k++) {
            uint32_t cp;
            pos -= zp_char_before(s, pos, &cp);
            if (cp == 0x5C4A /* 届 */)
                return true;
        }
        return false;
    }
    if (!zp_starts_with(s, n, end, "届"))
        return false;
    size_t after = end + strlen("届");
    uint32_t cp;
    zp_char_at(s, n, after, &cp);
    if (is_numeral_char(cp))
        return true;
    /* 十九届历次全会: a plenum a few characters on */
    for (size_t pos = after, k = 0; k < 4 && zp_char_at(s, n, pos, &cp) && zp_is_han(cp); k++) {
        if (zp_starts_with(s, n, pos, "全会"))
            return true;
        pos += zp_char_at(s, n, pos, &cp);
    }
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++)
        if (zp_starts_with(s, n, after, bodies[i]))
            return true;
    return false;
}

const char *not_a_count(const unsigned char *s, size_t n, size_t start, const struct number *num)
{
    uint32_t before, after;
    zp_char_before(s, start, &before);
    size_t after_len = zp_char_at(s, n, num->end, &after);
    if (zp_is_ascii_letter(before) || zp_is_ascii_letter(after))
        return "model or code";
    if (before == '+' || after == '+' || before == 0x00B7 || after == 0x00B7 || before == 0x30FB ||
        after == 0x30FB)
        return "name";
    /* 3号楼, 〔2019〕12号; but 每月15号 is a day */
    if ((after == 0x53F7 /* 号 */ && before != 0x6708 /* 月 */) || before == 0x3015 /* 〕 */ ||
        word_before(WORD_REGISTRATION, s, start, NULL))
        return "document or house number";
    /* 表2-2所示, 见附件1: a table, figure or annex cited */
    size_t unit_len;
    const struct unit_entry *unit =
        unit_at(s, n, num->arabic ? skip_spaces(s, n, num->end) : num->end, &unit_len);
    if (num->arabic && word_before(WORD_REFERENCE, s, start, NULL) &&
        (!unit || zp_starts_with(s, n, num->end, "所示") || after == '-' || after == 0x2014))
        return "citation";
    /* 十分之一 is a fraction, though 十分 alone is “very” */
    if (!fraction_mark(s, n, num->end)) {
        if (word_over(WORD_NAME, s, n, start))
            return "name";
        if (word_over(WORD_IDIOM, s, n, start))
            return "idiom";
    }
    if (session_name(s, n, start, num->end))
        return "name";
    if (opening_mark_near(s, start) &&
        (quoted_name(s, n, start, num) || in_title(s, n, start, num->end)))
        return "name";
    /* 零部件, 零距离, 零投诉: 零 alone counts nothing */
    if (num->chinese && !num->arabic && !num->powers && num->digits == 1 && !num->point &&
        decimal_is_zero(num->value))
        return "idiom";
    bool lone_one = num->chinese && !num->arabic && !num->powers && num->digits == 1 &&
                    decimal_integer(num->value) == 1;
    if (lone_one) {
        /* 一处处, 一条条: a measure word said twice; 那一天, 上一届, 下一步, 每一
         * 个, 新一轮: after a demonstrative or a word of order; 一大批 */
        uint32_t second;
        zp_char_at(s, n, num->end + after_len, &second);
        static const uint32_t pointing[] = {0x90A3, 0x8FD9, 0x6B64, 0x4E0A, 0x4E0B, 0x540C, 0x6BCF,
                                            0x65B0 /* 新一届, 新一轮 */};
        if ((zp_is_han(after) && after == second) || after == 0x5927 /* 大 */)
            return "idiom";
        for (size_t i = 0; i < sizeof pointing / sizeof pointing[0]; i++)
            if (before == pointing[i])
                return "idiom";
        /* 过去的一年, 极不平凡的一年: a year named, not a time that lasts */
        if (before == 0x7684 /* 的 */ && after == 0x5E74 /* 年 */)
            return "idiom";
    }
    /* 党的十九大, 中共七大: a congress */
    if (after == 0x5927 /* 大 */ && (zp_ends_with(s, start, "党的") || zp_ends_with(s, start, "中共")))
        return "name";
    return NULL;
}
