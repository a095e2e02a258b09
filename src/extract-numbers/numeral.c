#include "numeral.h"

#include <string.h>

#include "tables.h"
#include "text.h"

int numeral_chinese_digit(uint32_t cp)
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

bool numeral_financial(uint32_t cp)
{
    switch (cp) {
    case 0x58F9: case 0x8D30: case 0x8CB3: case 0x53C1: case 0x53C3: case 0x8086: case 0x4F0D:
    case 0x9646: case 0x9678: case 0x67D2: case 0x634C: case 0x7396: case 0x62FE: case 0x4F70:
    case 0x4EDF:
        return true;
    default:
        return false;
    }
}

int numeral_power(uint32_t cp)
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

bool numeral_may_start(uint32_t cp)
{
    return numeral_digit(cp) >= 0 || numeral_chinese_digit(cp) >= 0 || cp == 0x5341 /* 十 */ ||
           cp == 0x62FE /* 拾 */ || cp == 0x5EFF /* 廿 */ || cp == 0x5345 /* 卅 */;
}

/* Exactly three digits at p, then no fourth (of the full-width ones only,
 * when wide): a thousands group. */
static bool thousands_group(const unsigned char *s, size_t n, size_t p, bool wide)
{
    int count = 0;
    uint32_t c;
    size_t l;
    while (count < 4 && (l = zp_char_at(s, n, p, &c)) > 0 && numeral_digit(c) >= 0 &&
           (!wide || c >= 0xFF10)) {
        p += l;
        count++;
    }
    return count == 3;
}

/* Arabic digits from at: thousands separators (a comma, or a space, before
 * three digits: 1,234 and 1 000) and one decimal point before a digit, and
 * an exponent. */
static size_t arabic_run(const unsigned char *s, size_t n, size_t at, struct number *num,
                         struct decimal *value)
{
    uint64_t m = 0;
    int e = 0;
    bool point = false, overflow = false;
    unsigned group = 0; /* digits since the start or the last separator */
    size_t pos = at;
    for (;;) {
        uint32_t cp;
        size_t len = zp_char_at(s, n, pos, &cp);
        int d = numeral_digit(cp);
        if (d >= 0) {
            if (m > (UINT64_MAX - 9) / 10)
                overflow = true;
            else {
                m = m * 10 + (uint64_t)d;
                if (point)
                    e--;
            }
            num->digits++;
            group++;
            pos += len;
            continue;
        }
        uint32_t next;
        size_t next_len = zp_char_at(s, n, pos + len, &next);
        if ((cp == '.' || cp == 0xFF0E) && !point && numeral_digit(next) >= 0) {
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
        /* a space only after a group of one to three: 1 000万, not 2019 100 */
        bool space = cp == ' ' && group <= 3 && group > 0;
        if ((cp == ',' || wide || space) && !point && numeral_digit(next) >= 0 &&
            thousands_group(s, n, pos + len, wide)) {
            pos += len;
            group = 0;
            continue;
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
            while ((l = zp_char_at(s, n, p, &c)) > 0 && numeral_digit(c) >= 0 && exponent < 100) {
                exponent = exponent * 10 + numeral_digit(c);
                exponent_digits++;
                p += l;
            }
            if (exponent_digits > 0 && !zp_is_ascii_letter(c)) {
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

/* 点 or 點 at pos after Chinese numerals, and the digits after it: their
 * value in *fraction, their count returned; 0 when it is no decimal point
 * (八点三十分 is a time, 三点五万 a number). */
static int point_digits(const unsigned char *s, size_t n, size_t pos, struct decimal *fraction,
                        size_t *end)
{
    uint32_t cp;
    size_t p = pos + zp_char_at(s, n, pos, &cp), l;
    int scale = 0, d;
    while (p < n && s[p] == ' ' && p - pos < 6)
        p++;
    *fraction = decimal_of(0, 0);
    uint32_t next;
    while ((l = zp_char_at(s, n, p, &next)) > 0 && (d = numeral_chinese_digit(next)) >= 0) {
        *fraction = decimal_add(decimal_times(*fraction, 10), decimal_of((uint64_t)d, 0));
        scale++;
        p += l;
    }
    int power = numeral_power(next);
    if (scale == 0 || (power > 0 && power < 4) || next == 0x5206 /* 分 */)
        return 0;
    *end = p;
    return scale;
}

bool number_read(const unsigned char *s, size_t n, size_t at, bool bare_power, struct number *num)
{
    memset(num, 0, sizeof *num);
    enum { NONE, ARABIC, DIGIT, POWER } last = NONE;
    struct decimal total = decimal_of(0, 0), section = decimal_of(0, 0), number = decimal_of(0, 0);
    bool have = false, zero_gap = false;
    int last_power = 0, last_big = 0;
    size_t pos = at;
    while (pos < n) {
        uint32_t cp;
        size_t len = zp_char_at(s, n, pos, &cp);
        if (cp == ' ' && pos > at) {
            /* 7 万5 千4 百, 三千 八百 九十六 万: spaces inside a number, where
             * a power stands on one side */
            size_t p = pos;
            while (p < n && s[p] == ' ' && p - pos < 3)
                p++;
            uint32_t next;
            zp_char_at(s, n, p, &next);
            bool next_numeral = numeral_digit(next) >= 0 || numeral_chinese_digit(next) >= 0;
            /* not digit to digit: 一 二 are two numbers */
            bool next_chinese = numeral_power(next) > 0 || next == 0x70B9 || next == 0x9EDE;
            if ((last == POWER && (next_numeral || next == 0x70B9 || next == 0x9EDE)) ||
                (numeral_power(next) > 0 && last != NONE) || (last == DIGIT && next_chinese)) {
                pos = p;
                continue;
            }
            break;
        }
        uint32_t after_point;
        zp_char_at(s, n, pos + len, &after_point);
        if (numeral_digit(cp) >= 0 ||
            ((cp == '.' || cp == 0xFF0E) && last == NONE && numeral_digit(after_point) >= 0)) {
            if (last == ARABIC || last == DIGIT)
                break;
            pos = arabic_run(s, n, pos, num, &number);
            have = true;
            last = ARABIC;
            num->arabic = true;
            continue;
        }
        int d = numeral_chinese_digit(cp);
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
        int power = numeral_power(cp);
        if (power > 0) {
            size_t unit_len;
            if (unit_at(s, n, pos, &unit_len) || num->sequence ||
                (last == NONE && power > 1 && !bare_power))
                break;
            if (power >= 4 && last == POWER && last_power >= 4) {
                /* 万亿, 万万 */
                total = decimal_shift(total, power);
                last_power = power;
                pos += len;
                continue;
            }
            if (last == NONE)
                number = decimal_of(1, 0); /* 十二, and 百 of 近百 */
            if (power < 4) {
                if (!have)
                    number = decimal_of(1, 0);
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
        struct decimal fraction;
        size_t fraction_end;
        int scale;
        if ((cp == 0x70B9 /* 点 */ || cp == 0x9EDE /* 點 */) && (last == DIGIT || last == POWER) &&
            !num->point && (scale = point_digits(s, n, pos, &fraction, &fraction_end)) > 0) {
            /* 两千三点一: the integer part as 三万五 would have it */
            if (last == DIGIT && !num->sequence && !zero_gap && last_power > 1 && number.m < 10 &&
                number.e == 0)
                number = decimal_shift(number, last_power - 1);
            number = decimal_add(number, decimal_shift(fraction, -scale));
            num->point = true;
            pos = fraction_end;
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
