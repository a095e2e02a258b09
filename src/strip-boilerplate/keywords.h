/* The keyword classes of keywords.tsv, and where a line meets them.
 * Matching folds full-width ASCII forms to ASCII and letters to lower case,
 * so that 来源： matches 来源: and app matches APP. */
#ifndef KEYWORDS_H
#define KEYWORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum keyword_class {
    KW_NONE,
    KW_SITE,
    KW_BREADCRUMB,
    KW_NAVIGATION,
    KW_FONT,
    KW_SHARE,
    KW_PUBLICATION,
    KW_TEASER,
    KW_BYLINE,
    KW_CAPTION,
    KW_EDITOR,
    KW_DISCLAIMER,
    KW_COPYRIGHT,
    KW_LICENCE,
    KW_RIGHTS,
    KW_FOOTER,
    KW_PREVNEXT,
    KW_PROMPT,
    KW_PROMOTION,
    KW_SLOGAN,
    KW_POSITION,
    KW_BLURB,
    KW_GENRE,
    KW_RELATED,
    KW_CLASSES
};
_Static_assert(KW_CLASSES <= 32, "class masks are 32 bits");

/* The class's name in keywords.tsv, which is also the rule's name in
 * --explain. */
const char *keyword_class_name(enum keyword_class c);

/* Builds the tables; call once before the queries. */
void keywords_init(void);

/* Whether an `any` keyword of a class in mask (bits 1u << class) starts
 * with cp (folded); for building tables, not for every line. */
bool keywords_any_starts_with(uint32_t cp, unsigned mask);

/* The class of a `start` keyword the line begins with (after opening
 * brackets), else KW_NONE. */
enum keyword_class keywords_start(const unsigned char *s, size_t n);
/* The same, and in *end where the keyword ends. */
enum keyword_class keywords_start_end(const unsigned char *s, size_t n, size_t *end);
/* Whether a line that opens with cp may begin with a `start` keyword: when
 * it may not, keywords_start is KW_NONE. */
bool keywords_may_start(uint32_t cp);
/* The class of the first `any` keyword in the line, else KW_NONE. */
enum keyword_class keywords_any(const unsigned char *s, size_t n);
/* The same among the classes whose bits (1u << class) are set in mask. */
enum keyword_class keywords_any_of(const unsigned char *s, size_t n, unsigned mask);
/* The same, and *at where that keyword begins. */
enum keyword_class keywords_first_of(const unsigned char *s, size_t n, unsigned mask, size_t *at);
/* The class of an `end` keyword the line ends with, else KW_NONE.  of_class
 * limits the search to one class (KW_NONE: any). */
enum keyword_class keywords_end(const unsigned char *s, size_t n, enum keyword_class of_class);
/* The classes of all the `end` keywords the line ends with, as bits
 * (1u << class): one look for several classes. */
unsigned keywords_end_classes(const unsigned char *s, size_t n);
/* When the line is a row of `token` keywords, with numbers and separators
 * beside them, the class of the first; else KW_NONE. */
enum keyword_class keywords_token_row(const unsigned char *s, size_t n);

#endif
