/* What a run of numerals is worth: Arabic digits (half- and full-width,
 * decimals, thousands separators, exponents) and Chinese numerals (plain,
 * financial and Traditional, with powers and 点 decimals), mixed as the
 * text mixes them (3万5千, 1.2万, 三万五). */
#ifndef NUMERAL_H
#define NUMERAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "decimal.h"

struct number {
    struct decimal value;
    size_t end;           /* the byte after the number */
    unsigned digits;      /* digit characters, Arabic or Chinese */
    bool arabic, chinese; /* the kinds of characters in it */
    bool sequence;        /* Chinese digits one by one (二〇二一) */
    bool point;           /* a decimal point */
    bool powers;          /* has 十 百 千 万 亿 */
    int big;              /* the last 万 or 亿 power applied, 0 for none */
};

/* The value of an Arabic digit, half- or full-width; -1 for none. */
static inline int numeral_digit(uint32_t cp)
{
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (cp >= 0xFF10 && cp <= 0xFF19)
        return (int)(cp - 0xFF10);
    return -1;
}
/* The value of a Chinese digit (零〇 一壹 二贰貳两兩倆 … 九玖); -1 for none. */
int numeral_chinese_digit(uint32_t cp);
/* A financial numeral (壹 贰 叁 肆 伍 陆 柒 捌 玖 拾 佰 仟, and 貳 參 陸): written
 * on cheques and receipts, in runs of their own.  Most of them are also the
 * last character of an ordinary word (队伍, 大陆, 收拾, 大肆). */
bool numeral_financial(uint32_t cp);
/* The power of ten of 十拾 百佰 千仟 万萬 亿億 兆; 0 for none. */
int numeral_power(uint32_t cp);
/* cp may open a number: a digit, a Chinese digit, 十 拾 廿 卅. */
bool numeral_may_start(uint32_t cp);

/* The number that starts at byte at; false when there is none.  A unit
 * that opens with a power (千米, 百分点) ends it.  With bare_power, a power
 * alone opens it as one of itself (百 of 近百, 千 of 上千). */
bool number_read(const unsigned char *s, size_t n, size_t at, bool bare_power, struct number *num);

#endif
