#define _GNU_SOURCE
#include "workbook.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <xlsxwriter.h>

#include "readback.h"
#include "zp.h"

/* Column widths, in Excel's units (about one Latin character; a Han
 * character takes two): wide enough for what the first rows hold, never
 * so wide that a context column hides the rest. */
enum { MIN_WIDTH = 6, MAX_WIDTH = 60, FILTER_BUTTON_WIDTH = 3 };
/* A number format per count of decimals, so that 12.50 shows as 12.50:
 * beyond this many, a field is written as text. */
enum { MAX_DECIMALS = 30 };

struct sheet {
    lxw_worksheet *worksheet;
    char *name;
    unsigned char *header;
    size_t header_len;
    size_t columns;
    bool *is_number;
    unsigned *width;
    uint32_t next_row;   /* rows written, the header included */
    uint32_t rows_held;  /* of them, rows with a cell: what the file shows */
    unsigned part;       /* 1, or 2, 3 … for a table past Excel's rows */
    struct sheet *continued; /* the next part, once this one is full */
};

struct book {
    lxw_workbook *workbook;
    char *path, *label;
    struct book_options options;
    lxw_format *bold;
    lxw_format *decimals[MAX_DECIMALS + 1];
    struct sheet **sheets;
    size_t sheets_len, sheets_cap;
    struct sheet *current;
    size_t names_used; /* of options.sheet_names */
    /* a field decoded, then made fit for a cell, NUL-terminated */
    unsigned char *field, *cell;
    size_t field_cap, cell_cap;
};

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(zp_alloc(n, 1), s, n);
}

static void check(lxw_error error, const char *what)
{
    if (error != LXW_NO_ERROR)
        zp_fatal("cannot %s: %s", what, lxw_strerror(error));
}

struct book *book_open(const char *path, const char *label, const char *tmpdir,
                       const struct book_options *options)
{
    struct book *book = zp_alloc(1, sizeof *book);
    book->path = xstrdup(path);
    book->label = xstrdup(label);
    book->options = *options;
    lxw_workbook_options lxw_options = {.constant_memory = LXW_TRUE, .tmpdir = (char *)tmpdir};
    book->workbook = workbook_new_opt(path, &lxw_options);
    if (!book->workbook)
        zp_fatal("%s: cannot start a workbook", label);
    /* libxlsxwriter returns NULL here only when it cannot allocate */
    book->bold = workbook_add_format(book->workbook);
    if (!book->bold)
        zp_fatal("out of memory");
    format_set_bold(book->bold);
    return book;
}

/* The format that shows a number with this many decimals, made at first
 * use. */
static lxw_format *decimals_format(struct book *book, unsigned decimals)
{
    if (!book->decimals[decimals]) {
        char pattern[MAX_DECIMALS + 3] = "0";
        if (decimals > 0) {
            pattern[1] = '.';
            memset(pattern + 2, '0', decimals);
            pattern[2 + decimals] = '\0';
        }
        lxw_format *format = workbook_add_format(book->workbook);
        if (!format)
            zp_fatal("out of memory");
        format_set_num_format(format, pattern);
        book->decimals[decimals] = format;
    }
    return book->decimals[decimals];
}

bool book_exact_decimal(const unsigned char *s, size_t n, unsigned *decimals)
{
    size_t i = 0;
    bool negative = n > 0 && s[0] == '-';
    if (negative)
        i++;
    size_t int_start = i;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    size_t int_digits = i - int_start;
    /* 007 would show as 7 */
    if (int_digits == 0 || (int_digits > 1 && s[int_start] == '0'))
        return false;
    size_t frac_digits = 0;
    if (i < n && s[i] == '.') {
        size_t frac_start = ++i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
        frac_digits = i - frac_start;
        if (frac_digits == 0)
            return false;
    }
    if (i != n || frac_digits > MAX_DECIMALS)
        return false;
    /* significant digits: from the first non-zero digit to the last, the
     * point not counted */
    size_t significant = 0, zeros = 0;
    for (size_t k = int_start; k < n; k++) {
        if (s[k] == '.')
            continue;
        if (s[k] == '0') {
            zeros += significant > 0;
        } else {
            significant += zeros + 1;
            zeros = 0;
        }
    }
    *decimals = (unsigned)frac_digits;
    if (significant == 0)
        return !negative; /* -0 would show as 0 */
    return significant <= 15;
}

/* The next field of line after *at, up to a TAB; advances *at past it.
 * Returns false after the last. */
static bool next_field(const unsigned char *line, size_t len, size_t *at, const unsigned char **field,
                       size_t *field_len, bool *more)
{
    if (!*more)
        return false;
    const unsigned char *tab = memchr(line + *at, '\t', len - *at);
    size_t end = tab ? (size_t)(tab - line) : len;
    *field = line + *at;
    *field_len = end - *at;
    *at = end + 1;
    *more = tab != NULL;
    return true;
}

enum cell_change { CELL_AS_IS = 0, CELL_BAD_UTF8 = 1, CELL_NUL = 2, CELL_CUT = 4 };

/* The field as a cell's text in book->cell, NUL-terminated: escapes
 * decoded (unless raw), invalid UTF-8 and NULs as U+FFFD, cut to Excel's
 * length.  Returns what had to change; *chars gets its display width. */
static unsigned make_cell(struct book *book, const unsigned char *s, size_t n, size_t *len,
                          unsigned *width)
{
    if (!book->options.raw && memchr(s, '\\', n)) {
        book->field = zp_grow(book->field, &book->field_cap, n, 1);
        n = zp_unescape_field(s, n, book->field);
        s = book->field;
    }
    /* at most four bytes a character (U+FFFD, three, for one bad byte),
     * and no more characters than a cell holds */
    book->cell = zp_grow(book->cell, &book->cell_cap, 4 * (n < BOOK_MAX_CELL_CHARS ? n : BOOK_MAX_CELL_CHARS) + 1, 1);
    unsigned char *out = book->cell;
    unsigned changes = CELL_AS_IS;
    size_t chars = 0;
    unsigned display = 0;
    for (size_t i = 0; i < n;) {
        if (chars == BOOK_MAX_CELL_CHARS) {
            changes |= CELL_CUT;
            break;
        }
        uint32_t cp;
        size_t k = zp_utf8_decode_quick(s + i, n - i, &cp);
        if (k == 0 || cp == 0) {
            changes |= k == 0 ? CELL_BAD_UTF8 : CELL_NUL;
            k = k == 0 ? zp_utf8_prefix_len(s + i, n - i) : 1;
            if (k == 0)
                k = 1;
            out += zp_utf8_encode(0xFFFD, out);
            cp = 0xFFFD;
        } else {
            memcpy(out, s + i, k);
            out += k;
        }
        i += k;
        chars++;
        display += cp < 0x1100 ? 1 : 2;
    }
    *out = '\0';
    *len = (size_t)(out - book->cell);
    *width = display;
    return changes;
}

static void report_changes(const char *source, uintmax_t line_number, size_t column, unsigned changes)
{
    if (changes & CELL_BAD_UTF8)
        zp_error(source, "line %ju, field %zu: invalid UTF-8, written as U+FFFD", line_number, column);
    if (changes & CELL_NUL)
        zp_error(source, "line %ju, field %zu: a NUL, written as U+FFFD", line_number, column);
    if (changes & CELL_CUT)
        zp_error(source, "line %ju, field %zu: longer than a cell holds, cut to %d characters",
                 line_number, column, BOOK_MAX_CELL_CHARS);
}

/* Whether name is one of the comma-separated names in list. */
static bool in_list(const char *list, const unsigned char *name, size_t len)
{
    for (const char *p = list; *p;) {
        const char *comma = strchr(p, ',');
        size_t item = comma ? (size_t)(comma - p) : strlen(p);
        if (item == len && memcmp(p, name, len) == 0)
            return true;
        if (!comma)
            break;
        p = comma + 1;
    }
    return false;
}

/* What a sheet name may not hold, in Excel and LibreOffice alike. */
static bool bad_name_char(unsigned char c)
{
    return c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\';
}

static bool name_taken(const struct book *book, const char *name)
{
    for (size_t i = 0; i < book->sheets_len; i++)
        if (strcasecmp(book->sheets[i]->name, name) == 0)
            return true;
    return false;
}

const char *book_sheet_name_problem(const char *name)
{
    size_t len = strlen(name);
    if (len == 0)
        return "empty";
    if (name[0] == '\'' || name[len - 1] == '\'')
        return "begins or ends with an apostrophe";
    size_t chars = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t k = zp_utf8_decode((const unsigned char *)name + i, len - i, &cp);
        if (k == 0)
            return "not UTF-8";
        if (k == 1 && bad_name_char((unsigned char)name[i]))
            return "holds one of [ ] : * ? / \\";
        i += k;
        chars++;
    }
    if (chars > BOOK_MAX_NAME_CHARS)
        return "longer than 31 characters";
    return NULL;
}

/* The name a file's table takes: its base name without the extension;
 * "Sheet" for standard input. */
static const char *base_name(const char *source, size_t *len)
{
    const char *base = strrchr(source, '/');
    base = base ? base + 1 : source;
    const char *dot = strrchr(base, '.');
    *len = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    if (strcmp(source, "-") == 0 || *len == 0) {
        *len = 5;
        return "Sheet";
    }
    return base;
}

/* base[0, len) made a sheet name no earlier sheet has: what a sheet name
 * may not hold replaced by _, cut to 31 characters, and " (N)" from
 * N = number on (none for 1) until the name is free. */
static char *unique_name(const struct book *book, const char *base, size_t len, unsigned number)
{
    char name[4 * BOOK_MAX_NAME_CHARS + 1];
    size_t out = 0, chars = 0;
    for (size_t i = 0; i < len && chars < BOOK_MAX_NAME_CHARS; chars++) {
        uint32_t cp;
        size_t k = zp_utf8_decode((const unsigned char *)base + i, len - i, &cp);
        if (k == 0 || (k == 1 && (bad_name_char((unsigned char)base[i]) || base[i] == '\''))) {
            name[out++] = '_';
            i += k ? k : 1;
        } else {
            memcpy(name + out, base + i, k);
            out += k;
            i += k;
        }
    }
    name[out] = '\0';
    char candidate[sizeof name + 16];
    for (unsigned n = number;; n++) {
        if (n == 1) {
            memcpy(candidate, name, out + 1);
        } else {
            /* the base gives way to the suffix */
            char suffix[16];
            size_t suffix_len = (size_t)snprintf(suffix, sizeof suffix, " (%u)", n);
            size_t keep = out, keep_chars = chars;
            for (; keep_chars + suffix_len > BOOK_MAX_NAME_CHARS; keep_chars--)
                do
                    keep--;
                while (keep > 0 && ((unsigned char)name[keep] & 0xC0) == 0x80);
            snprintf(candidate, sizeof candidate, "%.*s%s", (int)keep, name, suffix);
        }
        if (!name_taken(book, candidate))
            return xstrdup(candidate);
    }
}

static void add_sheet(struct book *book, struct sheet *sheet)
{
    sheet->worksheet = workbook_add_worksheet(book->workbook, sheet->name);
    if (!sheet->worksheet)
        zp_fatal("cannot add the sheet %s (too many open files?)", sheet->name);
    if (book->sheets_len == book->sheets_cap) {
        book->sheets_cap = book->sheets_cap ? 2 * book->sheets_cap : 8;
        book->sheets = zp_resize(book->sheets, book->sheets_cap, sizeof *book->sheets);
    }
    book->sheets[book->sheets_len++] = sheet;
}

/* Writes the header row, bold, and keeps each column's kind and width;
 * what had to change in it is reported for source, unless NULL (a table's
 * later part, whose header was reported with its first). */
static void write_header(struct book *book, struct sheet *sheet, const char *source)
{
    size_t at = 0, field_len, len;
    const unsigned char *field;
    bool more = true;
    for (size_t c = 0; c < sheet->columns &&
                       next_field(sheet->header, sheet->header_len, &at, &field, &field_len, &more);
         c++) {
        unsigned width;
        unsigned changes = make_cell(book, field, field_len, &len, &width);
        if (source)
            report_changes(source, 1, c + 1, changes);
        sheet->is_number[c] = in_list(book->options.number_columns, book->cell, len);
        sheet->width[c] = width + FILTER_BUTTON_WIDTH;
        if (len > 0) {
            check(worksheet_write_string(sheet->worksheet, 0, (lxw_col_t)c, (const char *)book->cell,
                                         book->bold),
                  "write the header");
            sheet->rows_held = 1;
        }
    }
    sheet->next_row = 1;
}

/* A sheet for a new table, or for the next part of one whose sheet is
 * full (earlier). */
static struct sheet *new_sheet(struct book *book, const char *source, const unsigned char *header,
                               size_t header_len, const struct sheet *earlier)
{
    struct sheet *sheet = zp_alloc(1, sizeof *sheet);
    sheet->part = earlier ? earlier->part + 1 : 1;
    if (earlier) {
        sheet->name = unique_name(book, earlier->name, strlen(earlier->name), 2);
    } else if (book->names_used < book->options.sheet_names_len) {
        const char *given = book->options.sheet_names[book->names_used++];
        sheet->name = name_taken(book, given) ? unique_name(book, given, strlen(given), 2)
                                              : xstrdup(given);
    } else {
        size_t len;
        const char *base = base_name(source, &len);
        sheet->name = unique_name(book, base, len, 1);
    }
    add_sheet(book, sheet);
    sheet->header = zp_alloc(header_len, 1);
    memcpy(sheet->header, header, header_len);
    sheet->header_len = header_len;
    size_t columns = 1;
    for (size_t i = 0; i < header_len; i++)
        columns += header[i] == '\t';
    if (columns > BOOK_MAX_COLS) {
        if (!earlier)
            zp_error(source, "line 1: %zu columns, a sheet holds %d: the rest are left out",
                     columns, BOOK_MAX_COLS);
        columns = BOOK_MAX_COLS;
    }
    sheet->columns = columns;
    sheet->is_number = zp_alloc(columns, sizeof *sheet->is_number);
    sheet->width = zp_alloc(columns, sizeof *sheet->width);
    write_header(book, sheet, earlier ? NULL : source);
    return sheet;
}

void book_table(struct book *book, const char *source, const unsigned char *header, size_t len)
{
    struct sheet *same = NULL;
    if (book->current && book->current->header_len == len &&
        memcmp(book->current->header, header, len) == 0)
        same = book->current;
    for (size_t i = 0; !same && i < book->sheets_len; i++) {
        struct sheet *s = book->sheets[i];
        if (s->part == 1 && s->header_len == len && memcmp(s->header, header, len) == 0)
            same = s;
    }
    if (same) {
        while (same->continued)
            same = same->continued;
        book->current = same;
        return;
    }
    book->current = new_sheet(book, source, header, len, NULL);
}

void book_record(struct book *book, const char *source, uintmax_t line_number,
                 const unsigned char *line, size_t len)
{
    struct sheet *sheet = book->current;
    if (sheet->next_row == BOOK_MAX_ROWS) {
        struct sheet *next = new_sheet(book, source, sheet->header, sheet->header_len, sheet);
        zp_note(source, "line %ju: sheet %s is full (%d rows); the table goes on in sheet %s",
                line_number, sheet->name, BOOK_MAX_ROWS, next->name);
        sheet->continued = next;
        sheet = book->current = next;
    }
    lxw_row_t row = sheet->next_row++;
    size_t at = 0, field_len, cell_len, fields = 0;
    const unsigned char *field;
    bool more = true, held = false;
    while (next_field(line, len, &at, &field, &field_len, &more)) {
        size_t c = fields++;
        if (c >= BOOK_MAX_COLS)
            continue;
        unsigned width, decimals;
        unsigned changes = make_cell(book, field, field_len, &cell_len, &width);
        report_changes(source, line_number, c + 1, changes);
        if (cell_len == 0)
            continue;
        held = true;
        if (c < sheet->columns && sheet->width[c] < width)
            sheet->width[c] = width;
        lxw_error error;
        if (c < sheet->columns && sheet->is_number[c] &&
            book_exact_decimal(book->cell, cell_len, &decimals))
            error = worksheet_write_number(sheet->worksheet, row, (lxw_col_t)c,
                                           strtod((const char *)book->cell, NULL),
                                           decimals_format(book, decimals));
        else
            error = worksheet_write_string(sheet->worksheet, row, (lxw_col_t)c,
                                           (const char *)book->cell, NULL);
        check(error, "write a cell");
    }
    sheet->rows_held += held;
    if (fields != sheet->columns) {
        zp_error(source, "line %ju: %zu field%s, header has %zu", line_number, fields,
                 fields == 1 ? "" : "s", sheet->columns);
        if (fields > BOOK_MAX_COLS)
            zp_error(source, "line %ju: the fields past %d are left out", line_number, BOOK_MAX_COLS);
    }
}

/* zp_each_line's callback takes no context: the book being filled. */
static struct book *filling;

static void add_line(const char *name, uintmax_t number, const unsigned char *line, size_t len)
{
    zp_tsv_trim(&line, &len, number == 1);
    if (number == 1)
        book_table(filling, name, line, len);
    else
        book_record(filling, name, number, line, len);
}

void book_add_file(struct book *book, const char *name)
{
    filling = book;
    zp_each_line(name, add_line);
}

static void finish_sheet(struct sheet *sheet)
{
    for (size_t c = 0; c < sheet->columns; c++) {
        unsigned width = sheet->width[c];
        width = width < MIN_WIDTH ? MIN_WIDTH : width > MAX_WIDTH ? MAX_WIDTH : width;
        check(worksheet_set_column(sheet->worksheet, (lxw_col_t)c, (lxw_col_t)c, width, NULL),
              "set a column's width");
    }
    worksheet_freeze_panes(sheet->worksheet, 1, 0);
    check(worksheet_autofilter(sheet->worksheet, 0, 0, sheet->next_row - 1,
                               (lxw_col_t)(sheet->columns - 1)),
          "set the filter");
}

static void free_book(struct book *book)
{
    for (size_t i = 0; i < book->sheets_len; i++) {
        struct sheet *s = book->sheets[i];
        free(s->name);
        free(s->header);
        free(s->is_number);
        free(s->width);
        free(s);
    }
    free(book->sheets);
    free(book->field);
    free(book->cell);
    free(book->path);
    free(book->label);
    free(book);
}

bool book_close(struct book *book)
{
    for (size_t i = 0; i < book->sheets_len; i++)
        finish_sheet(book->sheets[i]);
    /* a workbook needs a sheet, even for empty input */
    if (book->sheets_len == 0 && !workbook_add_worksheet(book->workbook, NULL))
        zp_fatal("out of memory");
    errno = 0;
    lxw_error error = workbook_close(book->workbook);
    bool ok = true;
    if (error != LXW_NO_ERROR) {
        /* the system's reason says more than the library's, where there is one */
        zp_error(book->label, "cannot write the workbook: %s",
                 errno ? strerror(errno) : lxw_strerror(error));
        ok = false;
    }
    /* what a device such as /dev/null holds cannot be read back */
    struct stat st;
    if (ok && stat(book->path, &st) == 0 && S_ISREG(st.st_mode)) {
        uint32_t *rows = zp_alloc(book->sheets_len, sizeof *rows);
        for (size_t i = 0; i < book->sheets_len; i++)
            rows[i] = book->sheets[i]->rows_held;
        const char *problem = readback_check(book->path, rows, book->sheets_len);
        if (problem) {
            zp_error(book->label, "the workbook reads back wrong, so a write failed: %s", problem);
            ok = false;
        }
        free(rows);
    }
    free_book(book);
    return ok;
}
