/* dedup-docs: the zhpipe text stream without the documents that repeat an
 * earlier one (an article reposted by other sites).  This file holds the
 * options and the file loop; stream.c the rest. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decide.h"
#include "signatures.h"
#include "stream.h"
#include "zp.h"

/* The --seen files, in order.  Global, so that a usage error's exit leaves
 * nothing unreachable behind. */
static const char **seen;
static size_t seen_count;
static const char *explain_name, *signatures_name;

static const char usage_text[] =
    "usage: dedup-docs [-l] [-t threshold] [-e file] [--signatures file]\n"
    "                  [--seen file]... [file ...]\n"
    "Write the zhpipe text stream without the documents that repeat an earlier\n"
    "one: most of the shorter of the two is in the longer, as shingles of five\n"
    "Han characters or digits.  The first document of a group is kept.  Run it\n"
    "after t2s and strip-boilerplate.  Documents of fewer than 50 Han characters\n"
    "and digits are always kept.  With no FILE, or when FILE is -, read\n"
    "standard input.\n"
    "\n"
    "  -t, --threshold=T      a repeat when the estimated containment is at\n"
    "                         least T, from 0 to 1 (default 0.6)\n"
    "  -l, --list             write no text; instead one TSV record per repeat:\n"
    "                         doc, kept_doc, containment\n"
    "  -e, --explain=FILE     write those records to FILE as well as the text\n"
    "      --signatures=FILE  write the signature of each document kept to FILE\n"
    "      --seen=FILE        first read signatures that an earlier run wrote,\n"
    "                         as documents kept before the input (repeatable)\n"
    "      --help             display this help and exit\n"
    "      --version          output version information and exit\n"
    "\n"
    "Exit status: 0 if all went well, 1 if some input was bad (invalid UTF-8 is\n"
    "passed through and reported) or a file could not be read or written, 2 on\n"
    "a usage error.\n"
    "See dedup-docs(1) and zhpipe(7).\n";

static double parse_threshold(const char *s)
{
    char *end;
    errno = 0;
    double t = strtod(s, &end);
    if (errno != 0 || end == s || *end != '\0' || !(t > 0 && t <= 1))
        zp_usage_error("invalid threshold: '%s' (a number above 0, at most 1)", s);
    return t;
}


enum { OPT_SIGNATURES = ZP_LONG_ONLY, OPT_SEEN };
/* The options of dedup-docs(1), as its SYNOPSIS lists them: a table per filter,
 * data that zp_options reads, so their rows look alike. */
static const struct zp_option option_table[] = {
    {'t', "threshold", required_argument},
    {'l', "list", no_argument},
    {'e', "explain", required_argument},
    {OPT_SIGNATURES, "signatures", required_argument},
    {OPT_SEEN, "seen", required_argument},
    {0},
};

static void on_option(int id, const char *arg)
{
    switch (id) {
    case 't': dedup_options.threshold = parse_threshold(arg); break;
    case 'l': dedup_options.list = true; break;
    case 'e': explain_name = arg; break;
    case OPT_SIGNATURES: signatures_name = arg; break;
    case OPT_SEEN: seen[seen_count++] = arg; break;
    }
}

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    seen = zp_alloc((size_t)argc, sizeof *seen);
    int first_file = zp_options(argc, argv, option_table, usage_text, on_option);
    struct dedup_options *o = &dedup_options;
    if (explain_name)
        zp_side_open(&o->explain, explain_name);
    if (signatures_name) {
        zp_side_open(&o->signatures, signatures_name);
        if (!signatures_begin(o->signatures.stream))
            zp_side_error(&o->signatures);
    }
    dedup_start();
    for (size_t i = 0; i < seen_count; i++)
        dedup_load_seen(seen[i]);
    static const char record_header[] = "doc\tkept_doc\tcontainment\n";
    if (o->list)
        zp_puts(record_header);
    if (o->explain.stream)
        zp_side_write(&o->explain, record_header, strlen(record_header));
    for (int i = first_file; i == first_file || i < argc; i++)
        dedup_path(i < argc ? argv[i] : "-");
    if (o->explain.stream)
        zp_side_close(&o->explain);
    if (o->signatures.stream)
        zp_side_close(&o->signatures);
    dedup_finish();
    free(seen);
    zp_exit();
}
