/* TSV with a header line into RFC 4180 CSV: the core of to-csv, which its
 * main calls for each file and the fuzz harness calls alone. */
#ifndef CONVERT_H
#define CONVERT_H

#include <stdbool.h>

struct to_csv_options {
    unsigned char delimiter;
    bool raw, quote_all, crlf, excel_safe, strict;
};
extern struct to_csv_options to_csv_options;

/* Writes the records of the TSV file name ("-": standard input) as CSV; the
 * first file's header is written once, a later file must repeat it. */
void to_csv_file(const char *name);
/* Frees what the files held, and forgets the header. */
void to_csv_free(void);

#endif
