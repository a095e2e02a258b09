/* Exact decimals for the values extract-numbers writes: m × 10^e, so that
 * 12.5亿 is 1250000000 and not a binary approximation of it. */
#ifndef DECIMAL_H
#define DECIMAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct decimal {
    uint64_t m;
    int e;         /* within ±40, or overflow is set */
    bool overflow; /* a result did not fit: the value is not to be trusted */
};

struct decimal decimal_of(uint64_t m, int e);
/* a × 10^k */
struct decimal decimal_shift(struct decimal a, int k);
struct decimal decimal_add(struct decimal a, struct decimal b);
/* a × k for a small k (the 10 of 十, a digit). */
struct decimal decimal_times(struct decimal a, uint64_t k);
bool decimal_is_zero(struct decimal a);
bool decimal_below(struct decimal a, uint64_t k);
/* a < b, as far as a double tells them apart. */
bool decimal_less(struct decimal a, struct decimal b);
/* a as an integer, when it is one and fits; -1 otherwise. */
long long decimal_integer(struct decimal a);
/* Plain decimal notation, no exponent, no trailing zeros after the point
 * (12.50 → 12.5, 3×10^4 → 30000); out has room for 64 bytes.  Returns the
 * length. */
size_t decimal_format(struct decimal a, char *out);
/* y / x to fifteen significant digits, for fractions (三分之一 →
 * 0.333333333333333). */
struct decimal decimal_ratio(struct decimal y, struct decimal x);

#endif
