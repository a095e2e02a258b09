/* Pinyin glued after characters by a broken converter: 發(fā)展, 區(qū). */
#ifndef PINYIN_H
#define PINYIN_H

#include <stddef.h>

/* The valid UTF-8 text s (*n bytes) without every parenthesised
 * romanisation that follows a Han character: one syllable of 1 to 6 Latin
 * letters with at least one tone-marked vowel or a tone digit, in ASCII or
 * full-width parentheses.  Returns s itself when there is none, else out
 * (room for *n bytes) holding the text; *n is set to its length. */
const unsigned char *strip_pinyin(const unsigned char *s, size_t *n, unsigned char *out);

#endif
