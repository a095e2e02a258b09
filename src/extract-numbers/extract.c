/* extract-numbers: every quantity in the text, with its normalised value,
 * unit, qualifier, kind, what it counts and where it stands, as TSV.  The
 * options and the file loop; input.c reads the files, scan.c the
 * paragraphs. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "input.h"
#include "record.h"
#include "scan.h"
#include "tables.h"
#include "zp.h"

static const char usage_text[] =
    "usage: extract-numbers [-b | --bare] [-u[file] | --unmatched[=file]] [file ...]\n"
    "Write every quantity in the text as a TSV record: doc, section, para,\n"
    "start, raw, value, value_max (plain decimals), when (a date, year or\n"
    "time, ISO 8601), unit, approx, kind, subject, context.\n"
    "Input is the zhpipe text stream or the TSV of split-sections (known by\n"
    "its header line).  With no FILE, or when FILE is -, read standard input.\n"
    "\n"
    "  -b, --bare              report numbers with no measure word too, as kind\n"
    "                          number (in prose they are mostly footnotes,\n"
    "                          section numbers and codes)\n"
    "  -u, --unmatched[=FILE]  list every run of digits or Chinese numerals\n"
    "                          not reported, with the reason, on standard\n"
    "                          error or in FILE\n"
    "      --help              display this help and exit\n"
    "      --version           output version information and exit\n"
    "\n"
    "Exit status: 0 if all went well, 1 if some input was bad (invalid UTF-8\n"
    "is read as U+FFFD and reported), 2 on a usage error.\n"
    "See extract-numbers(1) and zhpipe(7).\n";

/* The options of extract-numbers(1), as its SYNOPSIS lists them: a table per filter,
 * data that zp_options reads, so their rows look alike. */
static const struct zp_option option_table[] = {
    {'b', "bare", no_argument},
    {'u', "unmatched", optional_argument},
    {0},
};

static bool want_unmatched;
static const char *unmatched_name;

static void on_option(int id, const char *arg)
{
    switch (id) {
    case 'b': scan_bare = true; break;
    case 'u': want_unmatched = true; unmatched_name = arg; break;
    }
}

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    int first_file = zp_options(argc, argv, option_table, usage_text, on_option);
    if (want_unmatched) {
        zp_side_open(&unmatched, unmatched_name);
        zp_side_write(&unmatched, unmatched_header, strlen(unmatched_header));
    }
    tables_init();
    zp_puts(record_header);
    for (int i = first_file; i == first_file || i < argc; i++)
        extract_file(i < argc ? argv[i] : "-");
    if (unmatched.stream)
        zp_side_close(&unmatched);
    input_free();
    tables_free();
    zp_exit();
}
