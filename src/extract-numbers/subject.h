/* The subject of a quantity: what it counts or measures, as the sentence
 * names it.  extract-numbers(1), SUBJECT, gives the rules. */
#ifndef SUBJECT_H
#define SUBJECT_H

#include <stdbool.h>
#include <stddef.h>

#include "record.h"

/* What the scan knows of the quantity reported before, in the paragraph. */
struct previous {
    bool any;
    size_t end;                        /* bytes: where it ended */
    size_t limit;                      /* no subject before a number reaches past this */
    size_t subject_start, subject_end; /* its subject; equal when none */
    enum kind kind;
    const char *unit;
    /* the subject of the last quantity that was no rate: what a share is
     * of (84.77万人，占总人口的14.7%) */
    size_t counted_end, counted_start, counted_stop;
};

/* Finds the subject of m (its kind, start and end set) in the paragraph
 * s[0, n), and sets m's subject_start and subject_end. */
void subject_find(const unsigned char *s, size_t n, const struct previous *previous,
                  struct match *m);

/* The previous quantity, once m is written: a later subject before a number
 * stops at m, or past the noun m took after it when m counts that noun. */
void subject_remember(struct previous *previous, const struct match *m);

#endif
