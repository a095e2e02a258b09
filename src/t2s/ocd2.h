/* The entries of an OpenCC binary dictionary (.ocd2: a marisa-trie of keys,
 * then their values), read without OpenCC, whose C API does not show them. */
#ifndef OCD2_H
#define OCD2_H

#include <stdbool.h>
#include <stddef.h>

/* Calls each_entry(key, key_len, value, value_len, context) for every entry
 * of the dictionary at path, with the first of its values (the one OpenCC
 * converts to).  Returns false, with a reason in error, when the file cannot
 * be read or is not a dictionary this reader knows (OPENCC_MARISA_0.2.5). */
typedef void ocd2_entry_fn(const char *key, size_t key_len, const char *value,
                           size_t value_len, void *context);
bool ocd2_each_entry(const char *path, ocd2_entry_fn *each_entry, void *context, char *error,
                     size_t error_size);

#endif
