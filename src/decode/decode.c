/* decode: bytes in any common Chinese encoding in, the zhpipe text stream
 * out.  This file holds the options and the file loop; convert.c the rest. */
#define _POSIX_C_SOURCE 200809L
#include <getopt.h>
#include <stdbool.h>

#include "convert.h"
#include "zp.h"

static const char usage_text[] =
    "usage: decode [-Hhv] [-f encoding] [--strict] [--no-repair] [--fold-width]\n"
    "              [file ...]\n"
    "       decode -l [-f encoding] [file ...]\n"
    "Detect the encoding of each FILE (UTF-8, UTF-16, GB18030/GBK, Big5,\n"
    "Big5-HKSCS), convert it to UTF-8 and write the zhpipe text stream:\n"
    "LF line ends, white space and controls normalised, HTML character\n"
    "references decoded, mojibake repaired.  With no FILE, or when FILE is -,\n"
    "read standard input.\n"
    "\n"
    "  -f, --from-code=ENC  read every FILE as ENC (any name iconv knows)\n"
    "  -l, --list           print FILE, encoding and confidence; convert nothing\n"
    "  -H, --with-header    write a document header line before every file\n"
    "  -h, --no-header      never write document header lines\n"
    "      --strict         stop at the first invalid byte sequence\n"
    "      --no-repair      leave mojibake as it is\n"
    "      --fold-width     map full-width ASCII forms (U+FF01..U+FF5E) to ASCII\n"
    "  -v, --verbose        report encoding, lines and dropped controls per file\n"
    "      --help           display this help and exit\n"
    "      --version        output version information and exit\n"
    "\n"
    "Exit status: 0 if all went well, 1 if some input was bad (it was still\n"
    "converted, bad sequences as U+FFFD), 2 on a usage error.\n"
    "See decode(1) and zhpipe(7).\n";

enum { OPT_STRICT = ZP_LONG_ONLY, OPT_NO_REPAIR, OPT_FOLD_WIDTH };
/* The options of decode(1), as its SYNOPSIS lists them: a table per filter,
 * data that zp_options reads, so their rows look alike. */
static const struct zp_option option_table[] = {
    {'f', "from-code", required_argument},
    {'l', "list", no_argument},
    {'H', "with-header", no_argument},
    {'h', "no-header", no_argument},
    {OPT_STRICT, "strict", no_argument},
    {OPT_NO_REPAIR, "no-repair", no_argument},
    {OPT_FOLD_WIDTH, "fold-width", no_argument},
    {'v', "verbose", no_argument},
    {0},
};

static int headers = -1; /* -1: when there is more than one file */

static void on_option(int id, const char *arg)
{
    switch (id) {
    case 'f': decode_settings.forced_encoding = arg; break;
    case 'l': decode_settings.list = true; break;
    case 'H': headers = 1; break;
    case 'h': headers = 0; break;
    case 'v': decode_settings.verbose = true; break;
    case OPT_STRICT: decode_settings.text.strict = true; break;
    case OPT_NO_REPAIR: decode_settings.text.repair = false; break;
    case OPT_FOLD_WIDTH: decode_settings.text.fold_width = true; break;
    }
}

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    decode_settings.text.repair = true;
    int first_file = zp_options(argc, argv, option_table, usage_text, on_option);
    if (decode_settings.forced_encoding && !decode_known_encoding(decode_settings.forced_encoding))
        zp_usage_error("unknown encoding '%s' (see iconv -l)", decode_settings.forced_encoding);

    decode_start();
    static char *standard_input[] = {"-", NULL};
    char **files = first_file < argc ? argv + first_file : standard_input;
    int file_count = first_file < argc ? argc - first_file : 1;
    bool header = headers == 1 || (headers == -1 && file_count > 1);
    for (int i = 0; i < file_count; i++)
        if (!decode_path(files[i], header))
            break;
    decode_finish();
    zp_exit();
}
