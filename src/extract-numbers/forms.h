/* The special forms of numbers: phone numbers, dates and times, fractions,
 * and the numerals that count nothing (names, idioms, codes, citations). */
#ifndef FORMS_H
#define FORMS_H

#include <stdbool.h>
#include <stddef.h>

#include "numeral.h"
#include "record.h"

/* Past at most two spaces at pos: what stands between the digits and the
 * words of text converted from print (2019 年, 50 多个). */
size_t skip_spaces(const unsigned char *s, size_t n, size_t pos);

/* A phone number at byte at: its end, or 0. */
size_t phone_at(const unsigned char *s, size_t n, size_t at);

/* An ISO or slashed date (2021-03-15, 2021/3/15, 2021.3.15) or a clock time
 * (10:30) at byte at: the value in *m, the end returned; 0 when none. */
size_t iso_date_or_time_at(const unsigned char *s, size_t n, size_t at, struct match *m);

/* The calendar forms after the number num, which starts at byte start and
 * is followed by the unit or mark at byte pos: 2021年, 2021年3月15日,
 * 2020年上半年, 3月8日, 每月27日, 上午11时, 凌晨1点, 8点30分, 20世纪,
 * 90年代.  The value in *m (m->date, m->kind), the end returned; 0 when
 * none. */
size_t calendar_at(const unsigned char *s, size_t n, size_t start, size_t pos,
                   const struct number *num, struct match *m);

/* 分之 at pos, spaces allowed around and inside (五 分之 一): the byte
 * after it, or 0. */
size_t fraction_mark(const unsigned char *s, size_t n, size_t pos);
/* A denominator of powers of ten before 分之 at byte at: 百分之 千分之
 * 万分之 百万分之 (financial and Traditional forms too).  Returns the power
 * (2 or more; 十分之一 is read as a fraction), and sets *number_at to the
 * byte after 分之; 0 when there is none. */
int per_power_at(const unsigned char *s, size_t n, size_t at, size_t *number_at);
/* 3/5 and ３／５ after the whole number num (starting at byte at, *pos after
 * it): a ratio of two whole Arabic numbers, neither part of a longer run of
 * slashes (a date, a path).  Sets m and *pos when it is one. */
bool slash_fraction(const unsigned char *s, size_t n, size_t at, const struct number *num,
                    struct match *m, size_t *pos);

/* The citation that the number at byte at opens: [2], ［3］, 【4】, 〔5〕,
 * [1-3], [1,2]; the byte of its closing bracket, or 0.  *document is set
 * when it is rather the year of a document number (〔2019〕). */
size_t citation_at(const unsigned char *s, size_t n, size_t at, bool *document);

/* Why the number num at [start, num->end) counts nothing (the reasons of
 * --unmatched: name, idiom, model or code, document or house number), or
 * NULL when it may. */
const char *not_a_count(const unsigned char *s, size_t n, size_t start, const struct number *num);

#endif
