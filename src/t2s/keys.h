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

/* The code points that occur in some key, as a bit set: bit cp % 8 of byte
 * cp / 8, for every cp up to U+10FFFF. */
const unsigned char *keys_char_bits(const struct keys *k);
/* The same for U+0000..U+FFFF as 64-bit words, bit cp % 64 of word cp / 64:
 * a three-byte character's lead and second byte pick the word, its third
 * byte the bit. */
const uint64_t *keys_bmp_words(const struct keys *k);
/* cp occurs in some key of two characters or more.  A key character of no
 * such key is always a segment of its own. */
bool keys_in_phrase(const struct keys *k, uint32_t cp);
/* What OpenCC converts cp to when cp is a segment of its own: the first value
 * a dictionary of the group holds for the one-character key cp.  False when
 * none holds that key: cp stays cp.  Only for the characters of text that
 * keys_convert_alone accepted. */
bool keys_single(const struct keys *k, uint32_t cp, const char **value, size_t *value_len);
/* With convert_solo: keys_single knows what cp becomes alone.  For a solo
 * character (a key character of no longer key) that is all there is. */
bool keys_knows_single(const struct keys *k, uint32_t cp);
/* With convert_solo, whether OpenCC would make every character of the valid
 * UTF-8 text s a segment of its own (no key of two characters or more occurs
 * in it) and keys_single knows what each becomes: KEYS_ALONE_SAME (and each
 * stays as it is), KEYS_ALONE_CHANGES (some do not), or KEYS_NOT_ALONE. */
enum { KEYS_NOT_ALONE, KEYS_ALONE_SAME, KEYS_ALONE_CHANGES };
int keys_convert_alone(const struct keys *k, const unsigned char *s, size_t n);

/* Which keys keys_occur looks for. */
enum { KEYS_CHANGING = 1, KEYS_LONGER = 2 };
/* Some key of the kinds asked occurs in the valid UTF-8 text s: one whose
 * value differs from it (KEYS_CHANGING), one of two characters or more
 * (KEYS_LONGER).  Without a longer key, OpenCC makes every character of s a
 * segment of its own. */
bool keys_occur(const struct keys *k, const unsigned char *s, size_t n, int kinds);

#endif
