/* t2s: Traditional Chinese to Simplified on libopencc, without the pinyin a
 * broken converter glued after characters. */
#define _GNU_SOURCE /* memfd_create */
#include <errno.h>
#include <getopt.h>
#include <opencc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "pinyin.h"
#include "supplement.h"
#include "zp.h"

#ifndef OPENCC_DATADIR
#define OPENCC_DATADIR "/usr/share/opencc"
#endif

static const char usage_text[] =
    "Usage: t2s [OPTION]... [FILE]...\n"
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
    "      --help              display this help and exit\n"
    "      --version           output version information and exit\n"
    "\n"
    "Exit status: 0 if all went well, 1 if some input was bad (invalid UTF-8 is\n"
    "passed through unconverted and reported), 2 on a usage error.\n"
    "See t2s(1) and zhpipe(7).\n";

/* The conversions zhpipe knows, each OpenCC's own (OPENCC_DATADIR/NAME.json)
 * less two faults: every dictionary is named by absolute path (OpenCC looks in
 * the working directory first, where a stray TSPhrases.ocd2 would replace
 * ours), and the supplementary phrases stand before OpenCC's in the last
 * stage and in segmentation.  variants: the dictionaries of the first stage,
 * regional variants to standard Traditional; NULL when there is none. */
struct known_config {
    const char *name;
    const char *variants[4];
};

static const struct known_config known_configs[] = {
    {"t2s", {NULL}},
    {"tw2s", {"TWVariantsRevPhrases", "TWVariantsRev", NULL}},
    {"tw2sp", {"TWPhrasesRev", "TWVariantsRevPhrases", "TWVariantsRev", NULL}},
    {"hk2s", {"HKVariantsRevPhrases", "HKVariantsRev", NULL}},
};

static bool keep_pinyin;
static opencc_t converter;

/* A file that lives only in memory, named for OpenCC as /proc/self/fd/N. */
static int memory_file(const char *name, const char *content, char path[static 64])
{
    int fd = memfd_create(name, 0);
    if (fd < 0)
        zp_fatal("cannot create the %s in memory: %s", name, strerror(errno));
    size_t len = strlen(content);
    for (size_t done = 0; done < len;) {
        ssize_t n = write(fd, content + done, len - done);
        if (n < 0 && errno != EINTR)
            zp_fatal("cannot write the %s in memory: %s", name, strerror(errno));
        done += n > 0 ? (size_t)n : 0;
    }
    snprintf(path, 64, "/proc/self/fd/%d", fd);
    return fd;
}

struct text {
    char *data;
    size_t len, cap;
};

static void add(struct text *t, const char *s)
{
    size_t n = strlen(s);
    if (t->cap - t->len <= n) {
        t->cap = (t->cap + n + 1) * 2;
        t->data = realloc(t->data, t->cap);
        if (!t->data)
            zp_fatal("out of memory");
    }
    memcpy(t->data + t->len, s, n + 1);
    t->len += n;
}

static void add_ocd2(struct text *json, const char *dict, bool last)
{
    add(json, "{\"type\":\"ocd2\",\"file\":\"" OPENCC_DATADIR "/");
    add(json, dict);
    add(json, last ? ".ocd2\"}" : ".ocd2\"},");
}

static opencc_t open_known(const struct known_config *config)
{
    char supplement_path[64], config_path[64];
    int supplement_fd = memory_file("t2s supplementary phrases", supplement_dict,
                                    supplement_path);
    struct text json = {0};
    add(&json, "{\"name\":\"zhpipe ");
    add(&json, config->name);
    add(&json, "\",\"segmentation\":{\"type\":\"mmseg\",\"dict\":{\"type\":\"group\",\"dicts\":["
               "{\"type\":\"text\",\"file\":\"");
    add(&json, supplement_path);
    add(&json, "\"},");
    add_ocd2(&json, "TSPhrases", true);
    add(&json, "]}},\"conversion_chain\":[");
    if (config->variants[0]) {
        add(&json, "{\"dict\":{\"type\":\"group\",\"dicts\":[");
        for (size_t i = 0; config->variants[i]; i++)
            add_ocd2(&json, config->variants[i], !config->variants[i + 1]);
        add(&json, "]}},");
    }
    add(&json, "{\"dict\":{\"type\":\"group\",\"dicts\":[{\"type\":\"text\",\"file\":\"");
    add(&json, supplement_path);
    add(&json, "\"},");
    add_ocd2(&json, "TSPhrases", false);
    add_ocd2(&json, "TSCharacters", true);
    add(&json, "]}}]}");
    int config_fd = memory_file("t2s configuration", json.data, config_path);
    opencc_t cc = opencc_open(config_path);
    free(json.data);
    close(config_fd);
    close(supplement_fd);
    return cc;
}

/* NAME or PATH to an opened converter, or a usage error. */
static opencc_t open_converter(const char *config)
{
    for (size_t i = 0; i < sizeof known_configs / sizeof known_configs[0]; i++)
        if (strcmp(config, known_configs[i].name) == 0) {
            opencc_t cc = open_known(&known_configs[i]);
            if (cc == (opencc_t)-1)
                zp_fatal("cannot open OpenCC's %s dictionaries in %s: %s", config,
                         OPENCC_DATADIR, opencc_error());
            return cc;
        }
    char path[4096];
    size_t len = strlen(config);
    bool is_path = strchr(config, '/') || (len > 5 && strcmp(config + len - 5, ".json") == 0);
    int n;
    if (!is_path)
        n = snprintf(path, sizeof path, "%s/%s.json", OPENCC_DATADIR, config);
    else if (config[0] == '/')
        n = snprintf(path, sizeof path, "%s", config);
    else {
        char cwd[2048];
        if (!getcwd(cwd, sizeof cwd))
            zp_fatal("cannot tell the current directory: %s", strerror(errno));
        n = snprintf(path, sizeof path, "%s/%s", cwd, config);
    }
    if (n < 0 || (size_t)n >= sizeof path)
        zp_usage_error("configuration path too long: %s", config);
    if (access(path, R_OK) != 0)
        zp_usage_error("no OpenCC configuration %s (%s)", config, path);
    opencc_t cc = opencc_open(path);
    if (cc == (opencc_t)-1)
        zp_usage_error("cannot open OpenCC configuration %s: %s", path, opencc_error());
    return cc;
}

/* Converts one span of valid UTF-8 (no line end inside). */
static void convert_span(const unsigned char *s, size_t n, unsigned char *scratch)
{
    if (!keep_pinyin) {
        n = strip_pinyin(s, n, scratch);
        s = scratch;
    }
    size_t i = 0;
    while (i < n && s[i] < 0x80)
        i++;
    if (i == n) { /* ASCII: OpenCC has nothing to do */
        zp_write(s, n);
        return;
    }
    char *converted = opencc_convert_utf8(converter, (const char *)s, n);
    if (!converted)
        zp_fatal("OpenCC failed: %s", opencc_error());
    zp_puts(converted);
    opencc_convert_utf8_free(converted);
}

static void convert_line(const char *name, uintmax_t line_number, const unsigned char *s,
                         size_t n, unsigned char *scratch)
{
    bool reported = false;
    size_t i = 0;
    while (i < n) {
        size_t start = i;
        uint32_t cp;
        size_t len;
        while (i < n && (len = zp_utf8_decode(s + i, n - i, &cp)) > 0)
            i += len;
        if (i > start)
            convert_span(s + start, i - start, scratch);
        if (i == n)
            break;
        /* Invalid UTF-8 never reaches OpenCC (libopencc 1.1.6 reads past a
         * character cut short): it passes through as it is. */
        size_t bad = zp_utf8_prefix_len(s + i, n - i);
        bad = bad ? bad : 1;
        zp_write(s + i, bad);
        i += bad;
        if (!reported)
            zp_error(name, "line %ju: invalid UTF-8", line_number);
        reported = true;
    }
    zp_putc('\n');
}

static void process(const char *name)
{
    int fd = zp_open(name);
    if (fd < 0)
        return;
    struct zp_line_reader r;
    zp_line_reader_open(&r, fd, name);
    unsigned char *scratch = NULL;
    size_t scratch_cap = 0;
    const unsigned char *line;
    size_t len;
    bool had_newline;
    while (zp_read_line(&r, &line, &len, &had_newline)) {
        if (zp_is_header(line, len)) {
            zp_write(line, len);
            zp_putc('\n');
            continue;
        }
        if (scratch_cap < len + 1) {
            free(scratch);
            scratch_cap = len + 1;
            scratch = malloc(scratch_cap);
            if (!scratch)
                zp_fatal("out of memory");
        }
        convert_line(name, r.line_number, line, len, scratch);
    }
    free(scratch);
    zp_line_reader_free(&r);
    zp_close(fd, name);
}

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    enum { OPT_KEEP_PINYIN = 256, OPT_HELP, OPT_VERSION };
    static const struct option long_options[] = {
        {"config", required_argument, NULL, 'c'},
        {"keep-pinyin", no_argument, NULL, OPT_KEEP_PINYIN},
        {"help", no_argument, NULL, OPT_HELP},
        {"version", no_argument, NULL, OPT_VERSION},
        {NULL, 0, NULL, 0},
    };
    const char *config = "t2s";
    int opt;
    while ((opt = getopt_long(argc, argv, "c:", long_options, NULL)) != -1) {
        switch (opt) {
        case 'c': config = optarg; break;
        case OPT_KEEP_PINYIN: keep_pinyin = true; break;
        case OPT_HELP: zp_puts(usage_text); zp_exit();
        case OPT_VERSION: zp_print_version();
        default: zp_try_help();
        }
    }
    converter = open_converter(config);
    if (optind == argc)
        process("-");
    for (int i = optind; i < argc; i++)
        process(argv[i]);
    opencc_close(converter);
    zp_exit();
}
