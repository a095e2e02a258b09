/* extract-numbers' input: the zhpipe text stream, or the sections TSV of
 * split-sections (known by its header line), read a paragraph at a time. */
#ifndef INPUT_H
#define INPUT_H

/* Scans every paragraph of the file (standard input for "-"). */
void extract_file(const char *name);
/* Frees what the reading kept between files. */
void input_free(void);

#endif
