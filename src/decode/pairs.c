#define _POSIX_C_SOURCE 200809L
#include "pairs.h"

#include <stdlib.h>
#include <string.h>

#include "detect.h"
#include "zp.h"

enum { FIRST_LEAD = 0x81, LEADS = 0xFF - FIRST_LEAD, FIRST_TRAIL = 0x40, TRAILS = 0x100 - FIRST_TRAIL };

/* Each entry: the length of the character's UTF-8 (0: not a pair the table
 * holds), then its bytes. */
struct pair_table {
    const char *encoding;
    unsigned char utf8[LEADS][TRAILS][4];
};

static struct pair_table *build(const char *encoding)
{
    iconv_t cd = cached_iconv("UTF-8", encoding);
    if (!cd)
        return NULL;
    struct pair_table *t = zp_alloc(1, sizeof *t);
    t->encoding = encoding;
    for (int lead = 0; lead < LEADS; lead++)
        for (int trail = 0; trail < TRAILS; trail++) {
            char in[2] = {(char)(FIRST_LEAD + lead), (char)(FIRST_TRAIL + trail)};
            char out[8];
            char *ip = in, *op = out;
            size_t il = sizeof in, ol = sizeof out;
            iconv(cd, NULL, NULL, NULL, NULL);
            if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 || il != 0)
                continue;
            size_t len = (size_t)(op - out);
            /* One character of two or three bytes; anything else (a pair
             * that reads as two characters) is left to iconv. */
            uint32_t cp;
            if (len < 2 || len > 3 || zp_utf8_decode((unsigned char *)out, len, &cp) != len)
                continue;
            t->utf8[lead][trail][0] = (unsigned char)len;
            memcpy(&t->utf8[lead][trail][1], out, len);
        }
    return t;
}

const struct pair_table *pair_table_for(const char *encoding)
{
    /* A process meets few encodings; the tables live until it exits. */
    static struct pair_table *tables[4];
    size_t i = 0;
    for (; i < sizeof tables / sizeof tables[0] && tables[i]; i++)
        if (strcmp(tables[i]->encoding, encoding) == 0)
            return tables[i];
    if (i == sizeof tables / sizeof tables[0])
        return NULL;
    return tables[i] = build(encoding);
}

size_t pair_convert(const struct pair_table *t, const unsigned char *in, size_t n,
                    unsigned char *out, size_t *produced)
{
    size_t i = 0, o = 0;
    while (i < n) {
        unsigned char b = in[i];
        if (b < 0x80) {
            out[o++] = b;
            i++;
            continue;
        }
        if (b < FIRST_LEAD || b == 0xFF || i + 1 == n || in[i + 1] < FIRST_TRAIL)
            break;
        const unsigned char *e = t->utf8[b - FIRST_LEAD][in[i + 1] - FIRST_TRAIL];
        if (e[0] == 0)
            break;
        memcpy(out + o, e + 1, 3);
        o += e[0];
        i += 2;
    }
    *produced = o;
    return i;
}
