/* One file through decode: the core that decode.c's main calls for each
 * FILE and the fuzz harness calls alone. */
#ifndef CONVERT_H
#define CONVERT_H

#include <stdbool.h>

#include "text.h"

struct decode_settings {
    const char *forced_encoding; /* -f: every file in it; NULL: detect */
    bool list, verbose;
    struct text_options text;
};
/* What the options set, before decode_start(). */
extern struct decode_settings decode_settings;

/* Opens and closes the text normaliser the files are written through. */
void decode_start(void);
void decode_finish(void);
/* Decodes the file name ("-": standard input), or lists its encoding with
 * decode_settings.list; a header line first when header.  Returns false
 * when --strict says to stop at its invalid bytes. */
bool decode_path(const char *name, bool header);
/* Whether decode can read an encoding of this name: UTF-8, which it reads
 * itself, or one iconv knows. */
bool decode_known_encoding(const char *encoding);

#endif
