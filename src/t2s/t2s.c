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

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    enum { OPT_KEEP_PINYIN = 256, OPT_NO_FAST_PATH, OPT_HELP, OPT_VERSION };
    static const struct option long_options[] = {
        {"config", required_argument, NULL, 'c'},
        {"keep-pinyin", no_argument, NULL, OPT_KEEP_PINYIN},
        {"no-fast-path", no_argument, NULL, OPT_NO_FAST_PATH},
        {"help", no_argument, NULL, OPT_HELP},
        {"version", no_argument, NULL, OPT_VERSION},
        {NULL, 0, NULL, 0},
    };
    const char *config = "t2s";
    bool keep_pinyin = false, fast_path = true;
    int opt;
    while ((opt = getopt_long(argc, argv, "c:", long_options, NULL)) != -1) {
        switch (opt) {
        case 'c': config = optarg; break;
        case OPT_KEEP_PINYIN: keep_pinyin = true; break;
        case OPT_NO_FAST_PATH: fast_path = false; break;
        case OPT_HELP: zp_puts(usage_text); zp_exit();
        case OPT_VERSION: zp_print_version();
        default: zp_try_help();
        }
    }
    struct keys *keys;
    opencc_t cc = config_open(config, fast_path, &keys);
    convert_start(cc, keys, keep_pinyin);
    if (optind == argc)
        zp_each_line("-", convert_text_line);
    for (int i = optind; i < argc; i++)
        zp_each_line(argv[i], convert_text_line);
    convert_flush();
    convert_finish();
    zp_exit();
}
