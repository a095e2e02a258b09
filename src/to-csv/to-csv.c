/* to-csv: TSV with a header line into RFC 4180 CSV, for R, pandas,
 * LibreOffice and Excel. */
#define _POSIX_C_SOURCE 200809L
#include <csv.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "zp.h"

static const char usage_text[] =
    "Usage: to-csv [OPTION]... [FILE]...\n"
    "Write TSV with a header line (split-sections', extract-numbers' or any\n"
    "other) as RFC 4180 CSV.  The escapes \\t \\n \\r \\\\ in the input are\n"
    "decoded.  Several files give one header.  With no FILE, or when FILE is\n"
    "-, read standard input.\n"
    "\n"
    "  -d, --delimiter=CHAR  the input's field separator (default TAB)\n"
    "  -r, --raw             do not decode backslash escapes\n"
    "  -q, --quote-all       quote every field, not only those that need it\n"
    "      --crlf            end records with CRLF, as RFC 4180 does\n"
    "      --bom             begin with a UTF-8 byte-order mark, for Excel\n"
    "      --excel-safe      put ' before a cell that Excel would read as a\n"
    "                        formula (= + - @ TAB CR first), unless a number\n"
    "      --strict          stop at the first record whose field count\n"
    "                        differs from the header's\n"
    "      --help            display this help and exit\n"
    "      --version         output version information and exit\n"
    "\n"
    "Exit status: 0 if all went well, 1 if some input was bad (a record with\n"
    "more or fewer fields than the header, written as it is, or a file whose\n"
    "header differs from the first), 2 on a usage error.\n"
    "See to-csv(1) and zhpipe(7).\n";

static struct {
    unsigned char delimiter;
    bool raw, quote_all, crlf, excel_safe, strict;
} options = {.delimiter = '\t'};

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
    if (options.raw || !memchr(s, '\\', n)) {
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
    if (options.excel_safe && opens_formula(field, len) && !is_plain_number(field, len)) {
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
    if (!options.quote_all && !needs_quotes(field, len)) {
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
    if (options.crlf)
        zp_putc('\r');
    zp_putc('\n');
}

/* Writes the record and returns how many fields it has. */
static size_t write_record(const unsigned char *line, size_t len)
{
    size_t at = 0, fields = 1;
    for (;; fields++) {
        const unsigned char *next = memchr(line + at, options.delimiter, len - at);
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
        header = malloc(len ? len : 1);
        if (!header)
            zp_fatal("out of memory");
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
        if (options.strict)
            zp_exit();
    }
}

static void convert_file(const char *name)
{
    file.name = name;
    file.first_line = true;
    file.skipping = false;
    zp_each_line(name, process_line);
}

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    enum { OPT_HELP = 256, OPT_VERSION, OPT_CRLF, OPT_BOM, OPT_EXCEL_SAFE, OPT_STRICT };
    static const struct option long_options[] = {
        {"delimiter", required_argument, NULL, 'd'},
        {"raw", no_argument, NULL, 'r'},
        {"quote-all", no_argument, NULL, 'q'},
        {"crlf", no_argument, NULL, OPT_CRLF},
        {"bom", no_argument, NULL, OPT_BOM},
        {"excel-safe", no_argument, NULL, OPT_EXCEL_SAFE},
        {"strict", no_argument, NULL, OPT_STRICT},
        {"help", no_argument, NULL, OPT_HELP},
        {"version", no_argument, NULL, OPT_VERSION},
        {NULL, 0, NULL, 0},
    };
    bool bom = false;
    int opt;
    while ((opt = getopt_long(argc, argv, "d:rq", long_options, NULL)) != -1) {
        switch (opt) {
        case 'd':
            if (strcmp(optarg, "\\t") == 0)
                optarg = "\t";
            if (strlen(optarg) != 1 || optarg[0] == '\n' || optarg[0] == '\\')
                zp_usage_error("the delimiter must be one byte, not a newline or backslash: %s",
                               optarg);
            options.delimiter = (unsigned char)optarg[0];
            break;
        case 'r': options.raw = true; break;
        case 'q': options.quote_all = true; break;
        case OPT_CRLF: options.crlf = true; break;
        case OPT_BOM: bom = true; break;
        case OPT_EXCEL_SAFE: options.excel_safe = true; break;
        case OPT_STRICT: options.strict = true; break;
        case OPT_HELP: zp_puts(usage_text); zp_exit();
        case OPT_VERSION: zp_print_version();
        default: zp_try_help();
        }
    }
    if (bom)
        zp_write("\xEF\xBB\xBF", 3);
    for (int i = optind; i == optind || i < argc; i++)
        convert_file(i < argc ? argv[i] : "-");
    free(header);
    free(decoded);
    free(quoted);
    zp_exit();
}
