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
 * the order of its dictionary group, so that a solo character's conversion
 * (see keys_solo) is the first value met. */
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

/* The code points that occur in some key, as a bit set: bit cp % 8 of byte
 * cp / 8, for every cp up to U+10FFFF. */
const unsigned char *keys_char_bits(const struct keys *k);
/* cp occurs in some key of two characters or more: OpenCC may match across
 * it.  A character of no such key is always a segment of its own. */
bool keys_in_phrase(const struct keys *k, uint32_t cp);
/* A solo character: a key of one character only, never part of a longer key.
 * OpenCC always makes it a segment of its own and converts it to the first
 * value a dictionary of the group holds for it, which this returns (with
 * convert_solo).  False for any other character. */
bool keys_solo(const struct keys *k, uint32_t cp, const char **value, size_t *value_len);
/* Some key whose value differs from it occurs in the valid UTF-8 text s. */
bool keys_change(const struct keys *k, const unsigned char *s, size_t n);

#endif
