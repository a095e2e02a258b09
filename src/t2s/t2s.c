/* t2s: Traditional Chinese to Simplified on libopencc, without the pinyin a
 * broken converter glued after characters.  This file holds the options and
 * the file loop; config.c opens the converter, convert.c converts. */
#include <getopt.h>
#include <stdbool.h>

#include "config.h"
#include "convert.h"
#include "zp.h"

static const char usage_text[] =
    "usage: t2s [-c name|path] [--keep-pinyin] [--no-fast-path] [file ...]\n"
    "Convert the zhpipe text stream from Traditional to Simplified Chinese with\n"
    "OpenCC and remove romanisations glued after characters (發(fā)展 -> 发展).\n"
    "Text that is already Simplified comes out as it went in.  With no FILE, or\n"
    "when FILE is -, read standard input.\n"
    "\n"
    "  -c, --config=NAME|PATH  t2s (default), tw2s, tw2sp or hk2s, with zhpipe's\n"
    "                          supplementary phrases; any other NAME of an OpenCC\n"
    "                          configuration, or the PATH of your own (a name\n"
    "                          with a slash or ending in .json), as it is\n"
    "      --keep-pinyin       leave parenthesised romanisations alone\n"
    "      --no-fast-path      hand OpenCC all text, even characters no dictionary\n"
    "                          key holds (the output is the same, only slower)\n"
    "      --help              display this help and exit\n"
    "      --version           output version information and exit\n"
    "\n"
    "Exit status: 0 if all went well, 1 if some input was bad (invalid UTF-8 is\n"
    "passed through unconverted and reported), 2 on a usage error.\n"
    "See t2s(1) and zhpipe(7).\n";

enum { OPT_KEEP_PINYIN = ZP_LONG_ONLY, OPT_NO_FAST_PATH };
/* The options of t2s(1), as its SYNOPSIS lists them: a table per filter,
 * data that zp_options reads, so their rows look alike. */
static const struct zp_option option_table[] = {
    {'c', "config", required_argument},
    {OPT_KEEP_PINYIN, "keep-pinyin", no_argument},
    {OPT_NO_FAST_PATH, "no-fast-path", no_argument},
    {0},
};

static const char *config = "t2s";
static bool keep_pinyin, fast_path = true;

static void on_option(int id, const char *arg)
{
    switch (id) {
    case 'c': config = arg; break;
    case OPT_KEEP_PINYIN: keep_pinyin = true; break;
    case OPT_NO_FAST_PATH: fast_path = false; break;
    }
}

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    int first_file = zp_options(argc, argv, option_table, usage_text, on_option);
    struct keys *keys;
    opencc_t cc = config_open(config, fast_path, &keys);
    convert_start(cc, keys, keep_pinyin);
    for (int i = first_file; i == first_file || i < argc; i++)
        zp_each_line(i < argc ? argv[i] : "-", convert_text_line);
    convert_flush();
    convert_finish();
    zp_exit();
}
