/* The current document's bytes, held until its end decides whether they are
 * written: in memory up to SPOOL_MEMORY, past that in an unlinked temporary
 * file (in $TMPDIR, else /tmp), so that a document of any size, or a line of
 * any length, is held in bounded memory. */
#ifndef DEDUP_SPOOL_H
#define DEDUP_SPOOL_H

#include <stddef.h>
#include <stdio.h>

enum { SPOOL_MEMORY = 1 << 20 };

struct spool {
    unsigned char *bytes;
    size_t len;
    FILE *file; /* once the document outgrew memory */
};

void spool_add(struct spool *s, const void *data, size_t len);
/* Writes the document to standard output. */
void spool_write(struct spool *s);
void spool_clear(struct spool *s);
void spool_free(struct spool *s);

#endif
