/* The documents of a text stream, each kept or dropped as a repeat: the
 * core of dedup-docs, which its main calls for each file and the fuzz
 * harness alone. */
#ifndef STREAM_H
#define STREAM_H

#include <stdbool.h>

#include "zp.h"

struct dedup_options {
    double threshold; /* a repeat from this estimated containment on */
    bool list;        /* -l: the repeats' records instead of the text */
    /* --explain and --signatures, open when their stream is not NULL */
    struct zp_side_file explain, signatures;
};
extern struct dedup_options dedup_options;

/* The index of kept documents: empty at the start, freed at the finish. */
void dedup_start(void);
void dedup_finish(void);
/* Signatures an earlier run wrote, as documents kept before the input. */
void dedup_load_seen(const char *path);
/* Writes the documents of the file name ("-": standard input) that repeat
 * no earlier one, or with dedup_options.list the records of those that do;
 * text before a file's first header is a document named after the file. */
void dedup_path(const char *name);

#endif
