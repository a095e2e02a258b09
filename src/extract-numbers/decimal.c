#include "decimal.h"

#include <math.h>
#include <string.h>

#include "zp.h"

/* The exponents decimal_format has room for: 20 digits and 40 zeros. */
enum { EXPONENT_MAX = 40 };

struct decimal decimal_of(uint64_t m, int e)
{
    return (struct decimal){m, e, e > EXPONENT_MAX || e < -EXPONENT_MAX};
}

static struct decimal normalised(struct decimal a)
{
    if (a.m == 0)
        a.e = 0;
    while (a.m != 0 && a.m % 10 == 0 && a.e < 0) {
        a.m /= 10;
        a.e++;
    }
    return a;
}

struct decimal decimal_shift(struct decimal a, int k)
{
    if (a.e + k > EXPONENT_MAX || a.e + k < -EXPONENT_MAX)
        a.overflow = true;
    else
        a.e += k;
    return a;
}

/* a.m × 10^k without overflow, or false. */
static bool scale_up(uint64_t *m, int k)
{
    for (; k > 0; k--) {
        if (*m > UINT64_MAX / 10)
            return false;
        *m *= 10;
    }
    return true;
}

struct decimal decimal_add(struct decimal a, struct decimal b)
{
    struct decimal sum = {0, 0, a.overflow || b.overflow};
    if (a.m == 0)
        return (struct decimal){b.m, b.e, sum.overflow};
    if (b.m == 0)
        return (struct decimal){a.m, a.e, sum.overflow};
    if (a.e < b.e) {
        struct decimal t = a;
        a = b;
        b = t;
    }
    /* a has the larger exponent: bring it down to b's */
    uint64_t am = a.m;
    if (!scale_up(&am, a.e - b.e) || am > UINT64_MAX - b.m) {
        sum.overflow = true;
        return sum;
    }
    sum.m = am + b.m;
    sum.e = b.e;
    return normalised(sum);
}

struct decimal decimal_times(struct decimal a, uint64_t k)
{
    if (k != 0 && a.m > UINT64_MAX / k) {
        a.overflow = true;
        return a;
    }
    a.m *= k;
    return normalised(a);
}

bool decimal_is_zero(struct decimal a) { return a.m == 0; }

bool decimal_below(struct decimal a, uint64_t k)
{
    a = normalised(a);
    if (a.e >= 0) {
        uint64_t m = a.m;
        return scale_up(&m, a.e) && m < k;
    }
    /* a.m × 10^e < k  ⇔  a.m < k × 10^-e, or k × 10^-e overflows */
    return !scale_up(&k, -a.e) || a.m < k;
}

long long decimal_integer(struct decimal a)
{
    a = normalised(a);
    if (a.overflow || a.e < 0 || a.e > 18)
        return -1;
    uint64_t m = a.m;
    if (!scale_up(&m, a.e) || m > (uint64_t)INT64_MAX)
        return -1;
    return (long long)m;
}

size_t decimal_format(struct decimal a, char *out)
{
    a = normalised(a);
    if (a.overflow) {
        /* never written by extract-numbers: it reports such a number as
         * too large instead */
        strcpy(out, "NaN");
        return 3;
    }
    char digits[24];
    size_t count = zp_format_uint(a.m, digits), len = 0, at = 0;
    if (a.e >= 0) {
        memcpy(out, digits, count);
        len = count;
        if (a.m != 0)
            for (int i = 0; i < a.e; i++)
                out[len++] = '0';
    } else {
        size_t fraction = (size_t)-a.e;
        if (count <= fraction) {
            out[len++] = '0';
            out[len++] = '.';
            for (size_t i = count; i < fraction; i++)
                out[len++] = '0';
        } else {
            for (; at < count - fraction; at++)
                out[len++] = digits[at];
            out[len++] = '.';
        }
        for (; at < count; at++)
            out[len++] = digits[at];
    }
    out[len] = '\0';
    return len;
}

static double decimal_double(struct decimal a) { return (double)a.m * pow(10, a.e); }

bool decimal_less(struct decimal a, struct decimal b) { return decimal_double(a) < decimal_double(b); }

struct decimal decimal_ratio(struct decimal y, struct decimal x)
{
    double denominator = decimal_double(x);
    if (denominator == 0 || x.overflow || y.overflow)
        return (struct decimal){0, 0, true};
    double quotient = decimal_double(y) / denominator;
    if (!(quotient > 0 && quotient < 1e15))
        return (struct decimal){0, 0, quotient != 0};
    /* fifteen significant digits, what a double holds */
    int places = 14 - (int)floor(log10(quotient));
    if (places > EXPONENT_MAX)
        return (struct decimal){0, 0, true};
    double scaled = round(quotient * pow(10, places));
    return normalised(decimal_of((uint64_t)scaled, -places));
}
