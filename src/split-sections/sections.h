/* The sections of the documents in a text stream, as TSV records: the
 * core of split-sections, which split.c's main calls for each file. */
#ifndef SECTIONS_H
#define SECTIONS_H

/* Writes the records of every document in the file name ("-": standard
 * input); a file without a header is a document of its own, named -. */
void sections_split_file(const char *name);
/* Frees what the documents held. */
void sections_free(void);

#endif
