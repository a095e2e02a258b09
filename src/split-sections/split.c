/* split-sections: the title, headings and paragraphs of each document in the
 * zhpipe text stream, as TSV records that say which section each is in.
 * This file holds the options and the file loop; sections.c the rest. */
#define _POSIX_C_SOURCE 200809L
#include <getopt.h>
#include <stddef.h>

#include "sections.h"
#include "zp.h"

static const char usage_text[] =
    "usage: split-sections [file ...]\n"
    "Find the title, the headings and the paragraphs of each document in the\n"
    "zhpipe text stream and write one TSV record per line of text:\n"
    "doc, section (0 before the first heading, then 1, 2, 3 ... for each\n"
    "heading in order), level (0, then 1 for a top heading, 2 under it ...),\n"
    "parent (the section it nests in, 0 for none), para (the record's place\n"
    "in its document), kind (title, heading or para), text.\n"
    "With no FILE, or when FILE is -, read standard input.\n"
    "\n"
    "      --help     display this help and exit\n"
    "      --version  output version information and exit\n"
    "\n"
    "Exit status: 0 if all went well, 1 if some input was bad (invalid UTF-8\n"
    "is kept as it is and reported), 2 on a usage error.\n"
    "See split-sections(1) and zhpipe(7).\n";

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    static const struct zp_option none[] = {{0}};
    int first_file = zp_options(argc, argv, none, usage_text, NULL);
    zp_puts(ZP_SECTIONS_HEADER "\n");
    for (int i = first_file; i == first_file || i < argc; i++)
        sections_split_file(i < argc ? argv[i] : "-");
    sections_free();
    zp_exit();
}
