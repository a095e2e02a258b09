/* to-csv: TSV with a header line into RFC 4180 CSV, for R, pandas,
 * LibreOffice and Excel.  This file holds the options and the file loop;
 * convert.c the rest. */
#define _POSIX_C_SOURCE 200809L
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"
#include "zp.h"

static const char usage_text[] =
    "usage: to-csv [-rq] [-d char] [--crlf] [--bom] [--excel-safe] [--strict]\n"
    "              [file ...]\n"
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

enum { OPT_CRLF = ZP_LONG_ONLY, OPT_BOM, OPT_EXCEL_SAFE, OPT_STRICT };
/* The options of to-csv(1), as its SYNOPSIS lists them: a table per filter,
 * data that zp_options reads, so their rows look alike. */
static const struct zp_option option_table[] = {
    {'d', "delimiter", required_argument},
    {'r', "raw", no_argument},
    {'q', "quote-all", no_argument},
    {OPT_CRLF, "crlf", no_argument},
    {OPT_BOM, "bom", no_argument},
    {OPT_EXCEL_SAFE, "excel-safe", no_argument},
    {OPT_STRICT, "strict", no_argument},
    {0},
};

static bool bom;

static void on_option(int id, const char *arg)
{
    switch (id) {
    case 'd':
        if (strcmp(arg, "\\t") == 0)
            arg = "\t";
        if (strlen(arg) != 1 || arg[0] == '\n' || arg[0] == '\\')
            zp_usage_error("the delimiter must be one byte, not a newline or backslash: %s", arg);
        to_csv_options.delimiter = (unsigned char)arg[0];
        break;
    case 'r': to_csv_options.raw = true; break;
    case 'q': to_csv_options.quote_all = true; break;
    case OPT_CRLF: to_csv_options.crlf = true; break;
    case OPT_BOM: bom = true; break;
    case OPT_EXCEL_SAFE: to_csv_options.excel_safe = true; break;
    case OPT_STRICT: to_csv_options.strict = true; break;
    }
}

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    int first_file = zp_options(argc, argv, option_table, usage_text, on_option);
    if (bom)
        zp_write("\xEF\xBB\xBF", 3);
    for (int i = first_file; i == first_file || i < argc; i++)
        to_csv_file(i < argc ? argv[i] : "-");
    to_csv_free();
    zp_exit();
}
