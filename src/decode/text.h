/* From UTF-8 (possibly invalid) to the text stream of zhpipe(7): lines split
 * at LF, CR or CRLF, mojibake repaired, white space and controls normalised,
 * HTML character references decoded. */
#ifndef TEXT_H
#define TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { OFFSETS_REPORTED = 5 };

struct text_options {
    bool fold_width;
    bool repair;
    bool strict;
};

struct text_counts {
    uintmax_t replaced; /* invalid input sequences, each written as U+FFFD */
    uintmax_t offsets[OFFSETS_REPORTED];
    uintmax_t controls_dropped;
    uintmax_t lines;
    uintmax_t repaired_lines;
    uintmax_t repair_losses; /* bytes mojibake had lost, written as U+FFFD */
};

struct text_sink;

struct text_sink *text_sink_new(const struct text_options *options);
void text_sink_free(struct text_sink *t);
/* Starts a document: resets every count and all line state. */
void text_begin(struct text_sink *t);

/* Takes the UTF-8 bytes at s, the bytes from input offset `offset` on, and
 * returns how many it consumed: all but a character cut by the end of s,
 * unless `final`.  Invalid bytes become U+FFFD; under strict the sink stops
 * at the first (see text_stopped). */
size_t text_feed(struct text_sink *t, const unsigned char *s, size_t n,
                 uintmax_t offset, bool final);
/* A converter met an invalid sequence at input offset `offset`: writes U+FFFD
 * in its place and counts it. */
void text_invalid_sequence(struct text_sink *t, uintmax_t offset);
bool text_stopped(const struct text_sink *t);
/* Ends the document: a last line without LF gets one. */
void text_end(struct text_sink *t);
const struct text_counts *text_counts(const struct text_sink *t);

#endif
