/* The conversion of t2s: the core that its main calls for each line of
 * each file, and the fuzz harness alone. */
#ifndef CONVERT_H
#define CONVERT_H

#include <opencc.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "keys.h"

/* Converts with cc; where dictionary_keys is not NULL, only the runs in
 * which a key changes go to OpenCC (the fast path).  Parenthesised pinyin
 * glued after a character is removed unless keep_parenthesised_pinyin. */
void convert_start(opencc_t cc, struct keys *dictionary_keys, bool keep_parenthesised_pinyin);
/* One line of the text stream, for zp_each_line: a header passes through. */
void convert_text_line(const char *name, uintmax_t number, const unsigned char *line, size_t len);
/* Writes what waits in the batch for OpenCC. */
void convert_flush(void);
/* Closes the converter and frees what the conversion held. */
void convert_finish(void);

#endif
