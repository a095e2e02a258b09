/* zp-cat: the shared library's line-oriented skeleton, as every later filter
 * will use it, with nothing else: reads FILEs (or `-`, or standard input) a
 * line at a time, writes each line back with LF, passes document headers
 * through and prints `header` on stderr for each.  The tests use it to check
 * the library's promises (any line length, missing final LF, write errors,
 * closed pipes) apart from any filter's own logic. */
#define _POSIX_C_SOURCE 200809L
#include <string.h>

#include "zp.h"

static void cat_line(const char *name, uintmax_t number, const unsigned char *line, size_t len)
{
    if (zp_is_header(line, len))
        zp_note(name, "line %ju: header", number);
    zp_write(line, len);
    zp_putc('\n');
}

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    if (argc > 1 && strcmp(argv[1], "--version") == 0)
        zp_print_version();
    if (argc == 1)
        zp_each_line("-", cat_line);
    for (int i = 1; i < argc; i++)
        zp_each_line(argv[i], cat_line);
    zp_exit();
}
