/* The input in batches of whole documents, stripped on threads and written
 * in input order: the output, the log and the messages are the same for
 * any number of threads. */
#ifndef POOL_H
#define POOL_H

#include <stddef.h>

#include "zp.h"

/* Starts jobs threads (none for one job: the caller's thread strips);
 * explain, when not NULL, receives the --explain rows, and meta the --meta
 * rows (one per document, in input order). */
void pool_start(size_t jobs, struct zp_side_file *explain, struct zp_side_file *meta);
/* Strips the file name ("-": standard input); a file without a header is
 * a document of its own. */
void pool_strip_file(const char *name);
/* Waits for every batch handed out and writes it. */
void pool_flush(void);
/* Flushes, stops the threads and frees what the pool holds. */
void pool_finish(void);

#endif
