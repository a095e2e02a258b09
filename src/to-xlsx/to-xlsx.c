/* to-xlsx: TSV with a header line into an Office Open XML workbook whose
 * cells keep their types, so that a spreadsheet shows the table as
 * written. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "workbook.h"
#include "zp.h"

static const char usage_text[] =
    "usage: to-xlsx [-r] [-n columns] [-o file] [-s name] [file ...]\n"
    "Write TSV with a header line (extract-numbers', split-sections' or any\n"
    "other) as an .xlsx workbook: a sheet per table (files with the same\n"
    "header share one), number columns as numbers, every other column as\n"
    "text, the header bold, frozen and filtered.  With no file, or when file\n"
    "is -, read standard input.\n"
    "\n"
    "  -o, --output=FILE      write the workbook to FILE (default: standard\n"
    "                         output, when it is a file, not a terminal or pipe)\n"
    "  -n, --numbers=COLUMNS  the columns written as numbers where a field is a\n"
    "                         plain decimal, comma-separated (default:\n"
    "                         " "section,para,start,line,value,value_max,level,parent" ")\n"
    "  -s, --sheet=NAME       name the next sheet NAME (again for the next)\n"
    "  -r, --raw              do not decode backslash escapes\n"
    "      --help             display this help and exit\n"
    "      --version          output version information and exit\n"
    "\n"
    "Exit status: 0 if all went well, 1 if some input was bad (reported, the\n"
    "rest written) or the workbook could not be written whole, 2 on a usage\n"
    "error.  See to-xlsx(1) and zhpipe(7).\n";

/* The -s names, in order: at most one for each argument.  Global, so that
 * a usage error's exit leaves nothing unreachable behind. */
static const char **sheet_names;

static const char default_number_columns[] = "section,para,start,line,value,value_max,level,parent";

/* Where the workbook goes without -o: standard output, by its path, when
 * it is a file or a device; a zip container is written with seeks, so not
 * to a pipe, and never to a terminal. */
static const char *standard_output_path(void)
{
    struct stat st;
    if (isatty(STDOUT_FILENO))
        zp_usage_error("will not write a workbook to a terminal: give -o FILE or redirect");
    if (fstat(STDOUT_FILENO, &st) != 0)
        zp_fatal("standard output: %s", strerror(errno));
    if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))
        zp_usage_error("a workbook cannot be written to a pipe: give -o FILE");
    return "/dev/stdout";
}

/* The workbook is written at the end: a place it cannot go is told before
 * the input is read, as a usage error.  What this makes, it removes. */
static void check_writable(const char *path)
{
    bool existed = access(path, F_OK) == 0;
    int fd = open(path, O_WRONLY | O_CREAT, 0666);
    if (fd < 0)
        zp_usage_error("cannot write %s: %s", path, strerror(errno));
    close(fd);
    if (!existed)
        unlink(path);
}

/* The options of to-xlsx(1), as its SYNOPSIS lists them: a table per filter,
 * data that zp_options reads, so their rows look alike. */
static const struct zp_option option_table[] = {
    {'o', "output", required_argument},
    {'n', "numbers", required_argument},
    {'s', "sheet", required_argument},
    {'r', "raw", no_argument},
    {0},
};

static struct book_options options = {.number_columns = default_number_columns};
static const char *output;

static void on_option(int id, const char *arg)
{
    switch (id) {
    case 'o': output = arg; break;
    case 'n': options.number_columns = arg; break;
    case 's': {
        const char *problem = book_sheet_name_problem(arg);
        if (problem)
            zp_usage_error("not a sheet name (%s): %s", problem, arg);
        for (size_t i = 0; i < options.sheet_names_len; i++)
            if (strcasecmp(sheet_names[i], arg) == 0)
                zp_usage_error("two sheets named %s", arg);
        sheet_names[options.sheet_names_len++] = arg;
        break;
    }
    case 'r': options.raw = true; break;
    }
}

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    sheet_names = zp_alloc((size_t)argc, sizeof *sheet_names);
    int first_file = zp_options(argc, argv, option_table, usage_text, on_option);
    options.sheet_names = sheet_names;
    bool to_stdout = output == NULL || strcmp(output, "-") == 0;
    if (to_stdout)
        output = standard_output_path();
    else
        check_writable(output);
    struct book *book = book_open(output, to_stdout ? "-" : output, getenv("TMPDIR"), &options);
    for (int i = first_file; i == first_file || i < argc; i++)
        book_add_file(book, i < argc ? argv[i] : "-");
    /* a half workbook is removed, so that make does not take it for whole;
     * only a file, never a device such as /dev/full */
    struct stat st;
    if (!book_close(book) && !to_stdout && lstat(output, &st) == 0 && S_ISREG(st.st_mode))
        unlink(output);
    free(sheet_names);
    zp_exit();
}
