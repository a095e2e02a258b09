/* A workbook written one row at a time with libxlsxwriter's constant-memory
 * mode: a sheet per table (a header line and the records under it), each
 * cell typed by its column, the header bold, frozen and filtered. */
#ifndef WORKBOOK_H
#define WORKBOOK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Excel's limits (and LibreOffice's): rows and columns of a sheet,
 * characters in a cell or a sheet name. */
enum {
    BOOK_MAX_ROWS = 1048576,
    BOOK_MAX_COLS = 16384,
    BOOK_MAX_CELL_CHARS = 32767,
    BOOK_MAX_NAME_CHARS = 31,
};

struct book_options {
    /* Columns written as numbers where the field is a plain decimal,
     * comma-separated names; every other column is text. */
    const char *number_columns;
    /* Fields as they are, without decoding \t \n \r \\. */
    bool raw;
    /* Names for the sheets, in the order they are opened; a sheet past
     * them is named after its first file. */
    const char *const *sheet_names;
    size_t sheet_names_len;
};

struct book;

/* Opens the workbook that book_close() writes to path, named label in
 * messages, with libxlsxwriter's temporary files in tmpdir (NULL: its
 * default).  Fatal on failure. */
struct book *book_open(const char *path, const char *label, const char *tmpdir,
                       const struct book_options *options);

/* Adds the table in the TSV file name ("-": standard input): its first
 * line is the header (book_table), the others records (book_record). */
void book_add_file(struct book *book, const char *name);

/* The sheet for a table with this header line, opened when no earlier file
 * had the same header; source names the file, for the sheet's name and
 * messages.  Later rows go there. */
void book_table(struct book *book, const char *source, const unsigned char *header, size_t len);

/* One record under the current table's header.  A record with more or
 * fewer fields than the header is written as it is and reported; so is a
 * field that had to change (invalid UTF-8, a NUL, past Excel's length). */
void book_record(struct book *book, const char *source, uintmax_t line_number,
                 const unsigned char *line, size_t len);

/* Finishes every sheet and writes the workbook, then reads it back and
 * counts each sheet's rows.  Returns false, after saying why, when it
 * could not be written whole. */
bool book_close(struct book *book);

/* Why name cannot name a sheet (too long, a character Excel forbids), or
 * NULL when it can. */
const char *book_sheet_name_problem(const char *name);

/* Whether s[0, n) is a plain decimal (-12, 3.25; no sign but a leading
 * minus, no exponent, no leading zeros) that a spreadsheet holds exactly:
 * at most 15 significant digits.  *decimals gets its digits after the
 * point. */
bool book_exact_decimal(const unsigned char *s, size_t n, unsigned *decimals);

#endif
