/* What the dictionaries of a conversion can change, from their entries
 * (ocd2.h): OpenCC replaces a key it matches by the key's first value, so
 * text in which no key with a different value occurs comes out unchanged. */
#ifndef KEYS_H
#define KEYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct keys;

/* convert_solo: the entries will be those of one conversion stage, added in
 * the order of its dictionary group, so that a character's conversion alone
 * (keys_single) is the first value met. */
struct keys *keys_new(bool convert_solo);
void keys_free(struct keys *k);
/* One dictionary entry (key and the value OpenCC converts it to). */
void keys_add(struct keys *k, const char *key, size_t key_len, const char *value,
              size_t value_len);
/* Adds an .ocd2 dictionary's entries; false, with a reason in error, if it
 * cannot be read. */
bool keys_add_ocd2(struct keys *k, const char *path, char *error, size_t error_size);
/* Ready for the queries below: call once, after the last entry. */
void keys_finish(struct keys *k);

/* What a character is to the conversion, as bits. */
enum {
    KEYS_CHAR = 1,          /* it occurs in some key */
    KEYS_PHRASE_CHAR = 2,   /* in some key of two characters or more: a key
                               character of no such key is always a segment
                               of its own */
    KEYS_STARTS_LONGER = 4, /* it starts a key of two characters or more */
    KEYS_SOLO_UNKNOWN = 8,  /* keys_single cannot tell what it becomes alone
                               (no convert_solo, or a value the table does
                               not hold): text with it goes to OpenCC */
    KEYS_CHANGES_ALONE = 16, /* alone, it becomes something else */
    KEYS_CLASS_BITS = 31     /* the bits above are free for the caller */
};
unsigned keys_class(const struct keys *k, uint32_t cp);
/* keys_class for U+0000..U+FFFF, as a table indexed by code point. */
const uint8_t *keys_bmp_classes(const struct keys *k);
/* KEYS_CHAR for U+0000..U+FFFF as 64-bit words, bit cp % 64 of word cp / 64:
 * a three-byte character's lead and second byte pick the word, its third
 * byte the bit. */
const uint64_t *keys_bmp_words(const struct keys *k);
/* What OpenCC converts cp to when cp is a segment of its own: the first value
 * a dictionary of the group holds for the one-character key cp.  False when
 * none holds that key: cp stays cp.  Only for characters without
 * KEYS_SOLO_UNKNOWN. */
bool keys_single(const struct keys *k, uint32_t cp, const char **value, size_t *value_len);

/* Which keys keys_occur looks for. */
enum { KEYS_CHANGING = 1, KEYS_LONGER = 2 };
/* Some key of the kinds asked occurs in the valid UTF-8 text s: one whose
 * value differs from it (KEYS_CHANGING), one of two characters or more
 * (KEYS_LONGER).  Without a longer key, OpenCC makes every character of s a
 * segment of its own. */
bool keys_occur(const struct keys *k, const unsigned char *s, size_t n, int kinds);

#endif
