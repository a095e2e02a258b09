/* The two-byte codes of a stateless double-byte encoding (GB18030's, Big5's)
 * read once from iconv(3) into a table, so that the bulk of a file converts
 * by lookup.  The table holds iconv's own mappings; what it lacks (GB18030's
 * four-byte sequences, invalid bytes) still goes through iconv(3). */
#ifndef PAIRS_H
#define PAIRS_H

#include <stddef.h>

struct pair_table;

/* The table for encoding, built on first use; NULL when iconv does not know
 * the encoding. */
const struct pair_table *pair_table_for(const char *encoding);

/* Converts the longest prefix of in[0, n) made of ASCII bytes and pairs the
 * table holds into UTF-8 at out, which has room for 2 * n bytes.  Returns the
 * bytes consumed and sets *produced. */
size_t pair_convert(const struct pair_table *t, const unsigned char *in, size_t n,
                    unsigned char *out, size_t *produced);

#endif
