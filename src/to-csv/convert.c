/* to-csv's core: TSV records in, CSV records out, one header for every
 * file. */
#include "convert.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>

#include "zp.h"

struct to_csv_options to_csv_options = {.delimiter = '\t'};

/* The first file's header, which later files must repeat. */
static unsigned char *header;
static size_t header_len, header_fields;
static bool have_header;

static struct {
    const char *name;
    bool first_line, skipping; /* skipping: the file's header differed */
} file;

/* A decoded field, and the room csv_write needs to quote one. */
static unsigned char *decoded, *quoted;
static size_t decoded_cap, quoted_cap;

/* The field with the zhpipe escapes decoded, unless --raw. */
static const unsigned char *decode(const unsigned char *s, size_t n, size_t *len)
{
    if (to_csv_options.raw || !memchr(s, '\\', n)) {
        *len = n;
        return s;
    }
    decoded = zp_grow(decoded, &decoded_cap, n, 1);
    *len = zp_unescape_field(s, n, decoded);
    return decoded;
}

static bool needs_quotes(const unsigned char *s, size_t n)
{
    if (n == 0)
        return false;
    if (s[0] == ' ' || s[n - 1] == ' ')
        return true;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n')
            return true;
    return false;
}

/* -3.5, 12, 1e5: a number that Excel reads as one, not as a formula. */
static bool is_plain_number(const unsigned char *s, size_t n)
{
    size_t i = 0, digits = 0;
    if (i < n && (s[i] == '-' || s[i] == '+'))
        i++;
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
        digits++;
    if (i < n && s[i] == '.')
        for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
            digits++;
    if (digits > 0 && i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t at = ++i, exponent = 0;
        if (i < n && (s[i] == '-' || s[i] == '+'))
            i++;
        for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
            exponent++;
        if (exponent == 0 || at == n)
            return false;
    }
    return digits > 0 && i == n;
}

/* = + - @ TAB CR, and ＝ ＋ － ＠: what makes Excel read a cell as a formula. */
static bool opens_formula(const unsigned char *s, size_t n)
{
    if (n == 0)
        return false;
    if (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r')
        return true;
    return n >= 3 && s[0] == 0xEF && s[1] == 0xBC &&
           (s[2] == 0x9D || s[2] == 0x8B || s[2] == 0x8D || s[2] == 0xA0);
}

static void write_field(const unsigned char *s, size_t n)
{
    size_t len;
    const unsigned char *field = decode(s, n, &len);
    if (to_csv_options.excel_safe && opens_formula(field, len) && !is_plain_number(field, len)) {
        /* the quote goes inside: '=1+2; the field may be in decoded,
         * which growing can move */
        bool was_decoded = field == decoded;
        decoded = zp_grow(decoded, &decoded_cap, len + 1, 1);
        if (was_decoded)
            field = decoded;
        memmove(decoded + 1, field, len);
        decoded[0] = '\'';
        field = decoded;
        len++;
    }
    if (!to_csv_options.quote_all && !needs_quotes(field, len)) {
        zp_write(field, len);
        return;
    }
    /* libcsv quotes every field it writes and doubles the quotes inside;
     * it wants a non-NULL pointer even for an empty field */
    quoted = zp_grow(quoted, &quoted_cap, 2 * len + 2, 1);
    size_t written = csv_write(quoted, quoted_cap, len ? field : (const unsigned char *)"", len);
    zp_write(quoted, written);
}

static void end_record(void)
{
    if (to_csv_options.crlf)
        zp_putc('\r');
    zp_putc('\n');
}

/* Writes the record and returns how many fields it has. */
static size_t write_record(const unsigned char *line, size_t len)
{
    size_t at = 0, fields = 1;
    for (;; fields++) {
        const unsigned char *next = memchr(line + at, to_csv_options.delimiter, len - at);
        size_t end = next ? (size_t)(next - line) : len;
        write_field(line + at, end - at);
        if (!next)
            break;
        zp_putc(',');
        at = end + 1;
    }
    end_record();
    return fields;
}

static void process_line(const char *name, uintmax_t number, const unsigned char *line, size_t len)
{
    if (file.skipping)
        return;
    zp_tsv_trim(&line, &len, file.first_line);
    if (file.first_line) {
        file.first_line = false;
        if (have_header) {
            if (len != header_len || memcmp(line, header, len) != 0) {
                zp_error(name, "line 1: header differs from the first file's, file skipped");
                file.skipping = true;
            }
            return;
        }
        header = zp_alloc(len, 1);
        memcpy(header, line, len);
        header_len = len;
        header_fields = write_record(line, len);
        have_header = true;
        return;
    }
    size_t fields = write_record(line, len);
    if (fields != header_fields) {
        zp_error(name, "line %ju: %zu field%s, header has %zu", number, fields,
                 fields == 1 ? "" : "s", header_fields);
        if (to_csv_options.strict)
            zp_exit();
    }
}

void to_csv_file(const char *name)
{
    file.name = name;
    file.first_line = true;
    file.skipping = false;
    zp_each_line(name, process_line);
}

void to_csv_free(void)
{
    free(header);
    free(decoded);
    free(quoted);
    header = decoded = quoted = NULL;
    header_len = header_fields = decoded_cap = quoted_cap = 0;
    have_header = false;
}
