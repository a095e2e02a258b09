/* strip-boilerplate: the article alone (title, headings, whole paragraphs)
 * from a scraped page in the zhpipe text stream.  This file holds the
 * options and the file loop; line.c judges a line alone, document.c a line
 * by its neighbours, meta.c reads the metadata from what they decided,
 * pool.c runs the batches on threads. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <unistd.h>

#include "meta.h"
#include "pool.h"
#include "zp.h"

static const char usage_text[] =
    "usage: strip-boilerplate [-v] [-e log] [-j n] [-m table] [file ...]\n"
    "Keep the article of each document in the zhpipe text stream: its title\n"
    "(and subtitle), headings and body paragraphs, in order, one per line.\n"
    "Each line is judged by its own features (length, Han characters,\n"
    "punctuation, labels, keywords) and by its neighbours: page chrome,\n"
    "a journal page's head (authors, key terms, classification), blank lines\n"
    "and repeats go; paragraphs the scrape broke are joined; chrome glued to\n"
    "a line's edge is cut.  With no FILE, or when FILE is -, read standard\n"
    "input.\n"
    "\n"
    "  -e, --explain=FILE  write every dropped, joined or trimmed line to FILE,\n"
    "                      as TSV (doc, line, action, rule, text, features)\n"
    "  -v, --verbose       the same on standard error\n"
    "  -m, --meta=FILE     write each document's metadata to FILE, as TSV (doc,\n"
    "                      title, date, source, author): the title chosen, the\n"
    "                      publication date (ISO 8601), the outlet and the\n"
    "                      authors, read from the lines it drops; the article\n"
    "                      output is the same with it or without\n"
    "  -j, --jobs=N        strip on N threads (default: one per processor, at\n"
    "                      most 8); the output is the same for every N\n"
    "      --help          display this help and exit\n"
    "      --version       output version information and exit\n"
    "\n"
    "Exit status: 0 if all went well, 1 if some input was bad (invalid UTF-8\n"
    "is kept as it is and reported), 2 on a usage error.\n"
    "See strip-boilerplate(1) and zhpipe(7).\n";

/* The options of strip-boilerplate(1), as its SYNOPSIS lists them: a table per filter,
 * data that zp_options reads, so their rows look alike. */
static const struct zp_option option_table[] = {
    {'e', "explain", required_argument},
    {'v', "verbose", no_argument},
    {'m', "meta", required_argument},
    {'j', "jobs", required_argument},
    {0},
};

static size_t jobs;
static const char *explain_name, *meta_name;
static bool explaining;

static void on_option(int id, const char *arg)
{
    switch (id) {
    case 'e': explain_name = arg; explaining = true; break;
    case 'v': explain_name = NULL; explaining = true; break;
    case 'm': meta_name = arg; break;
    case 'j': jobs = (size_t)zp_option_number(arg, 1, 256, "number of jobs"); break;
    }
}

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    /* past a few threads the one reader and writer is the limit */
    enum { DEFAULT_JOBS_MAX = 8 };
    long processors = sysconf(_SC_NPROCESSORS_ONLN);
    jobs = processors <= 1                ? 1
           : processors > DEFAULT_JOBS_MAX ? DEFAULT_JOBS_MAX
                                           : (size_t)processors;
    int first_file = zp_options(argc, argv, option_table, usage_text, on_option);
    struct zp_side_file explain;
    if (explaining) {
        zp_side_open(&explain, explain_name);
        static const char header[] = "doc\tline\taction\trule\ttext\tfeatures\n";
        zp_side_write(&explain, header, sizeof header - 1);
    }
    struct zp_side_file meta;
    if (meta_name) {
        zp_side_open(&meta, meta_name);
        zp_side_write(&meta, META_HEADER, sizeof META_HEADER - 1);
    }
    pool_start(jobs, explaining ? &explain : NULL, meta_name ? &meta : NULL);
    for (int i = first_file; i == first_file || i < argc; i++)
        pool_strip_file(i < argc ? argv[i] : "-");
    pool_finish();
    if (explaining)
        zp_side_close(&explain);
    if (meta_name)
        zp_side_close(&meta);
    zp_exit();
}
