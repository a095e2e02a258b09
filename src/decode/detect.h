/* Which encoding a file is in, decided from its bytes alone. */
#ifndef DETECT_H
#define DETECT_H

#include <iconv.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct detection {
    /* A name iconv accepts, reported by --list; "UTF-8" is converted without
     * iconv. */
    const char *encoding;
    double confidence;
    /* Bytes of byte-order mark to skip. */
    size_t bom_len;
};

/* Decides from window, the first bytes of a file (at_file_start) or the bytes
 * that follow a pure ASCII start, which can be neither UTF-16 nor carry a
 * BOM.  at_eof: the window holds the rest of the file.  A sequence cut by the
 * window's end is not held against a candidate. */
void detect_encoding(const unsigned char *window, size_t len, bool at_file_start,
                     bool at_eof, struct detection *d);

/* True when the window is ASCII that every candidate reads the same way: no
 * byte above 0x7F and no NUL (which would suggest UTF-16). */
bool is_plain_ascii(const unsigned char *window, size_t len);

/* An iconv descriptor from `from` to `to`, opened once and reset before it
 * is returned; NULL when iconv does not know the pair. */
iconv_t cached_iconv(const char *to, const char *from);

/* How plausible a decoded character is in a Chinese page; see detect.c. */
int char_plausibility(uint32_t cp);

#endif
