/* Signature files (--signatures, --seen): what a run kept of each document
 * it kept, for a later run to start from.  A first line names the format and
 * the parameters that shaped the sketches; then, per document, little-endian:
 * u32 name length, the name, u8 hash count, u8 shift, u8 full, u8 key count,
 * the keys (u32 each), the stored hashes (u16 each). */
#ifndef DEDUP_SIGNATURES_H
#define DEDUP_SIGNATURES_H

#include <stdio.h>

#include "decide.h"
#include "index.h"

/* Each returns false when writing failed (errno tells why). */
bool signatures_begin(FILE *out);
bool signature_write(FILE *out, const unsigned char *name, size_t name_len,
                     const struct signature *sig);
/* Adds every document of the file at path to the index, in order; a file
 * that cannot be read, or is not a signatures file of these parameters, is
 * fatal: a run without it would keep what it should not. */
void signatures_load(struct index *ix, const char *path);

#endif
