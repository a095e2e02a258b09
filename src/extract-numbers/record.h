/* The records extract-numbers writes: one TSV line per quantity on standard
 * output, and one per numeral run left out on the --unmatched list. */
#ifndef RECORD_H
#define RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "decimal.h"
#include "zp.h"
#include "tables.h"

/* The header lines. */
extern const char record_header[], unmatched_header[];

/* Where the paragraph being read comes from, as written in every record:
 * doc and section already escaped. */
extern struct where {
    const unsigned char *doc, *section;
    size_t doc_len, section_len;
    uintmax_t para;
} where;

/* The --unmatched list, open when its stream is not NULL. */
extern struct zp_side_file unmatched;

struct match {
    size_t start, end; /* bytes of raw in the paragraph */
    struct decimal value, value_max;
    bool has_max;
    char date[32]; /* a date or time value, written instead of value */
    const char *unit;
    enum kind kind;
    char approx[32];
    bool negative;                     /* 负 */
    bool article;                      /* a lone 一: “a”, as often as “one” */
    bool people;                       /* the measure word counts people */
    size_t shared_end;                 /* after the measure word it shares with
                                          the number after it (3和5个); 0 */
    size_t subject_start, subject_end; /* bytes; equal when none */
};

/* Adds a qualifier to m's, after a comma when it has one. */
void match_add_approx(struct match *m, const char *word);

/* Writes the record of m, found in the paragraph s[0, n) at character
 * start_chars. */
void write_match(const unsigned char *s, size_t n, size_t start_chars, const struct match *m);
/* Lists s[start, end), at character start_chars, as not reported. */
void write_unmatched(const unsigned char *s, size_t start, size_t end, size_t start_chars,
                     const char *reason);

#endif
