/* A document as a whole: what a line's neighbours decide of it (context),
 * the title, the page's head (front matter), paragraphs the scrape broke
 * (joins), chrome glued to the edge of a line (trimming) and repeats; then
 * the kept lines and, for --explain, a row for every other. */
#ifndef DOCUMENT_H
#define DOCUMENT_H

#include <stddef.h>
#include <stdint.h>

#include "line.h"
#include "repeats.h"
#include "zp.h"

/* Chrome cut from the edge of a kept line. */
struct trim {
    size_t line;      /* its index */
    size_t order;     /* of the cuts */
    const char *rule;
    const unsigned char *text; /* the cut bytes */
    size_t len;
};

/* What a line and the lines after it say of it, in three bytes a line. */
enum { DISTANCE_NONE = UINT8_MAX };
struct evidence {
    uint8_t own;           /* the line's own (evidence()), taken once */
    uint8_t cls;           /* the nearest good or bad line's after it (enum line_class) */
    uint8_t good_distance; /* non-blank lines to the next good one, up to
                            * DISTANCE_NONE - 1 for any farther; DISTANCE_NONE:
                            * none follows */
};

/* The lines of the documents of a batch, a few dozen documents at a time,
 * pointing into the batch.  They are classified in one loop before any of
 * the documents is stripped: a line's class reads the line alone, and a
 * page's dozen lines going through the classifier, then its document
 * through every rule, and the next page's the same, kept evicting each
 * step's code from the processor's instruction cache (bench/strip-speed:
 * 8% less time on the fixture pages, 6% on mkcorpus pages, one thread). */
struct lines {
    struct line *at;
    size_t count, cap;
};

/* Adds a line (text[len] is its LF). */
void lines_add(struct lines *g, const unsigned char *text, size_t len, uintmax_t number);
/* Measures and classifies every line of g. */
void lines_classify(struct lines *g);
void lines_free(struct lines *g);

/* One per thread: a classified document, its lines a run of a struct
 * lines, and what stripping it needs. */
struct document {
    const unsigned char *name; /* from the header; "-" without one */
    size_t name_len;
    struct line *lines;
    size_t count;
    struct trim *trims;
    size_t trim_count, trim_cap;
    struct zp_buffer joined; /* paragraphs joined from pieces, each with its LF */
    struct evidence *after;  /* after each line */
    size_t after_cap;
    size_t cut_off; /* the last line, when the scrape cut it off; else SIZE_MAX */
    unsigned passes; /* the rules its lines call for, which document_decide finds for document_finish */
    struct repeats repeats;
    struct zp_buffer *out;     /* where kept lines go */
    struct zp_buffer *explain; /* where --explain rows go; NULL: none */
    struct zp_buffer *meta;    /* where --meta rows go; NULL: none */
};

/* Decides every line of d, classified (lines_classify), and writes the
 * kept ones to d->out and a row for each other to d->explain; the lines
 * stay, as decided, for meta_read.  Two steps, each taken for every
 * document of a group before the next (pool.c), so that the code of each
 * stays in the processor's instruction cache from one document to the
 * next: document_decide, the rules that drop and cut lines, the title and
 * the page's head, which leaves the cuts in d->trims; then, with those
 * cuts back in d->trims, document_finish: the joins, the context, the
 * repeats and the writing. */
void document_decide(struct document *d);
void document_finish(struct document *d);
void document_free(struct document *d);

#endif
