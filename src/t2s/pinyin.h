/* Pinyin glued after characters by a broken converter: 發(fā)展, 區(qū). */
#ifndef PINYIN_H
#define PINYIN_H

#include <stdbool.h>
#include <stddef.h>

/* The valid UTF-8 text s (*n bytes) without every parenthesised
 * romanisation that follows Han characters, in ASCII or full-width
 * parentheses: Latin letters, at most 6 a character for the (up to 4) Han
 * characters before it, with a tone-marked vowel or a tone digit for every
 * 6 letters (發(fā)展, 方便(fāngbiàn)); after such a romanisation in the
 * line, also a toneless syllable of the neutral tone (的(de)).  Returns s
 * itself when there is none, else out (room for *n bytes) holding the text;
 * *n is set to its length.
 *
 * A scrape may end the page inside a gloss before its tone mark (…消息傳來(l).
 * When s ends its line (ends_line) and a romanisation went from an earlier
 * line of the document (glued) or earlier in s, such an opening at the end
 * goes too: a parenthesis after Han characters and one syllable's letters,
 * up to the end. */
const unsigned char *strip_pinyin(const unsigned char *s, size_t *n, unsigned char *out, bool ends_line,
                                  bool glued);
/* The same for s[from, n), after the character before s[from]: into out
 * (room for n - from bytes), returning the length. */
size_t strip_pinyin_from(const unsigned char *s, size_t n, size_t from, unsigned char *out, bool ends_line,
                         bool glued);
/* Whether s[at] opens a romanisation that strip_pinyin removes, when it is
 * the first in s (so a toned one, or with ends_line and glued a cut one). */
bool pinyin_glued_at(const unsigned char *s, size_t n, size_t at, bool ends_line, bool glued);

#endif
