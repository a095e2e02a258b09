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

#include "keys.h"
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
    "      --no-fast-path      hand OpenCC all text, even characters no dictionary\n"
    "                          key holds (the output is the same, only slower)\n"
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

static bool keep_pinyin, fast_path = true;
static opencc_t converter;
/* What the conversion's dictionaries can change; NULL with --no-fast-path
 * and for a configuration of the user's own, whose dictionaries t2s does not
 * know: all text then goes to OpenCC. */
static struct keys *keys;
/* Where the scan for text to convert stops: keys_class's bits for the BMP,
 * and PAREN for an opening parenthesis that may begin glued pinyin; the
 * same as keys_bmp_words, for three-byte characters, whose code point the
 * scan does not compute. */
enum { PAREN = KEYS_CLASS_BITS + 1 };
static uint8_t bmp_class[0x10000];
static uint64_t bmp_stop_words[0x10000 / 64];

static unsigned class_of(uint32_t cp) { return cp < 0x10000 ? bmp_class[cp] : keys_class(keys, cp); }

/* The entries of the dictionaries a known configuration loads: the
 * supplement's and OpenCC's. */
static void load_keys(const struct known_config *config)
{
    /* Characters are converted from the dictionaries' values, without
     * OpenCC, only in a one-stage conversion: in a chain, the first stage's
     * output meets the next stage's phrases. */
    keys = keys_new(config->variants[0] == NULL);
    for (const char *line = supplement_dict; *line;) {
        const char *tab = strchr(line, '\t'), *end = strchr(line, '\n');
        keys_add(keys, line, (size_t)(tab - line), tab + 1, (size_t)(end - tab - 1));
        line = end + 1;
    }
    const char *dicts[8] = {"TSPhrases", "TSCharacters"};
    size_t count = 2;
    for (size_t i = 0; config->variants[i]; i++)
        dicts[count++] = config->variants[i];
    for (size_t i = 0; i < count; i++) {
        char path[512], error[600];
        snprintf(path, sizeof path, "%s/%s.ocd2", OPENCC_DATADIR, dicts[i]);
        if (!keys_add_ocd2(keys, path, error, sizeof error))
            zp_fatal("%s", error);
    }
    keys_finish(keys);
    memcpy(bmp_class, keys_bmp_classes(keys), sizeof bmp_class);
    memcpy(bmp_stop_words, keys_bmp_words(keys), sizeof bmp_stop_words);
    if (!keep_pinyin) {
        static const uint32_t parentheses[] = {'(', 0xFF08};
        for (size_t i = 0; i < 2; i++) {
            bmp_class[parentheses[i]] |= PAREN;
            bmp_stop_words[parentheses[i] / 64] |= UINT64_C(1) << (parentheses[i] % 64);
        }
    }
}

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

struct buffer {
    char *data;
    size_t len, cap;
};

static void append(struct buffer *b, const void *s, size_t n)
{
    if (b->cap - b->len <= n) {
        b->cap = (b->cap + n + 1) * 2;
        b->data = realloc(b->data, b->cap);
        if (!b->data)
            zp_fatal("out of memory");
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void add(struct buffer *b, const char *s) { append(b, s, strlen(s)); }

static void add_ocd2(struct buffer *json, const char *dict, bool last)
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
    struct buffer json = {0};
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
    /* memory files, read whole by now: a failed close loses nothing, but
     * every failure is told */
    if (close(config_fd) != 0 || close(supplement_fd) != 0)
        zp_fatal("cannot close the t2s configuration: %s", strerror(errno));
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
            if (fast_path)
                load_keys(&known_configs[i]);
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

/* Output waits in a batch, so that OpenCC converts many runs in one call:
 * the runs to convert, each ended by a line end (which no key holds, so that
 * a run converts as it would alone), and the output in order, as items:
 * literal bytes, or the next converted run. */
enum { BATCH_CAP = 1 << 16 };

struct item {
    size_t start, len; /* in literals; a converted run when len is 0 */
};

static struct {
    struct buffer runs, literals;
    struct item *items;
    size_t count, cap;
} batch;

static void add_item(size_t start, size_t len)
{
    if (batch.count == batch.cap) {
        batch.cap = batch.cap ? 2 * batch.cap : 256;
        batch.items = realloc(batch.items, batch.cap * sizeof *batch.items);
        if (!batch.items)
            zp_fatal("out of memory");
    }
    batch.items[batch.count++] = (struct item){start, len};
}

static void flush_batch(void)
{
    char *converted = NULL, *next = NULL;
    if (batch.runs.len > 0) {
        converted = opencc_convert_utf8(converter, batch.runs.data, batch.runs.len);
        if (!converted)
            zp_fatal("OpenCC failed: %s", opencc_error());
        next = converted;
    }
    for (size_t i = 0; i < batch.count; i++) {
        const struct item *it = &batch.items[i];
        if (it->len > 0) {
            zp_write(batch.literals.data + it->start, it->len);
            continue;
        }
        char *end = next ? strchr(next, '\n') : NULL;
        if (!end)
            zp_fatal("OpenCC returned fewer lines than it was given (a value holds a line end?)");
        zp_write(next, (size_t)(end - next));
        next = end + 1;
    }
    if (next && *next)
        zp_fatal("OpenCC returned more lines than it was given (a value holds a line end?)");
    if (converted)
        opencc_convert_utf8_free(converted);
    batch.runs.len = batch.literals.len = batch.count = 0;
}

static void put_literal(const void *s, size_t n)
{
    if (batch.count == 0) { /* nothing waits for OpenCC */
        zp_write(s, n);
        return;
    }
    if (n == 0)
        return;
    struct item *last = &batch.items[batch.count - 1];
    if (last->len > 0 && last->start + last->len == batch.literals.len)
        last->len += n;
    else
        add_item(batch.literals.len, n);
    append(&batch.literals, s, n);
    if (batch.literals.len >= BATCH_CAP)
        flush_batch();
}

static void put_run(const unsigned char *s, size_t n)
{
    if (n == 0)
        return;
    append(&batch.runs, s, n);
    append(&batch.runs, "\n", 1);
    add_item(0, 0);
    if (batch.runs.len >= BATCH_CAP)
        flush_batch();
}

/* A run of key characters, s[start, end), whose keys_class bits are
 * run_class.  Where no key of two characters or more occurs, OpenCC would
 * make each character a segment of its own and convert it alone: the table
 * does that (in a one-stage conversion).  Otherwise the run goes to OpenCC if
 * a key that changes occurs in it.  What comes out as it went in joins
 * s[*same, start), text waiting to be output as it is, so that unchanged
 * text leaves in long pieces. */
static void put_key_run(const unsigned char *s, size_t start, size_t end, unsigned run_class,
                        size_t *same)
{
    if (start == end)
        return;
    if (!(run_class & KEYS_SOLO_UNKNOWN) &&
        (!(run_class & KEYS_STARTS_LONGER) ||
         !keys_occur(keys, s + start, end - start, KEYS_LONGER))) {
        if (!(run_class & KEYS_CHANGES_ALONE))
            return;
        for (size_t i = start, len; i < end; i += len) {
            uint32_t cp;
            const char *value;
            size_t value_len;
            len = zp_utf8_next(s + i, &cp);
            if (!(class_of(cp) & KEYS_CHANGES_ALONE))
                continue;
            keys_single(keys, cp, &value, &value_len);
            put_literal(s + *same, i - *same);
            put_literal(value, value_len);
            *same = i + len;
        }
    } else if (keys_occur(keys, s + start, end - start, KEYS_CHANGING)) {
        put_literal(s + *same, start - *same);
        put_run(s + start, end - start);
        *same = end;
    }
}

/* Converts the valid UTF-8 text s, which holds no line end, with the fast
 * path.  Glued pinyin is looked for where the scan stops at a parenthesis;
 * from the first found on, the rest of s is stripped into scratch (room for
 * n bytes) and converted from there, without looking again (scratch NULL). */
static void convert_keyed(const unsigned char *s, size_t n, unsigned char *scratch)
{
    size_t i = 0, len = 0, same = 0;
    uint32_t cp;
    while (i < n) {
        for (; i < n; i += len) {
            if ((s[i] & 0xF0) == 0xE0) { /* without computing the code point */
                len = 3;
                uint64_t word = bmp_stop_words[((s[i] & 0x0F) << 6) | (s[i + 1] & 0x3F)];
                if ((word >> (s[i + 2] & 0x3F)) & 1)
                    break;
                continue;
            }
            len = zp_utf8_next(s + i, &cp);
            if (class_of(cp) & (KEYS_CHAR | PAREN))
                break;
        }
        size_t start = i;
        unsigned run_class = 0;
        bool glued = false;
        for (; i < n; i += len) {
            len = zp_utf8_next(s + i, &cp);
            unsigned cls = class_of(cp);
            if ((cls & (KEYS_CHAR | PAREN)) != KEYS_CHAR) {
                glued = (cls & PAREN) && scratch && pinyin_glued_at(s, n, i);
                if (glued || !(cls & KEYS_CHAR))
                    break;
            }
            if (!(cls & KEYS_PHRASE_CHAR)) {
                /* A segment of its own: the run ends before it. */
                put_key_run(s, start, i, run_class, &same);
                if (cls & KEYS_SOLO_UNKNOWN) {
                    put_key_run(s, i, i + len, cls, &same);
                } else if (cls & KEYS_CHANGES_ALONE) {
                    const char *value;
                    size_t value_len;
                    keys_single(keys, cp, &value, &value_len);
                    put_literal(s + same, i - same);
                    put_literal(value, value_len);
                    same = i + len;
                }
                start = i + len;
                run_class = 0;
                continue;
            }
            run_class |= cls;
        }
        if (glued) {
            /* The romanisation's removal may join the run to what follows. */
            put_literal(s + same, start - same);
            convert_keyed(scratch, strip_pinyin_from(s, n, start, scratch), NULL);
            return;
        }
        put_key_run(s, start, i, run_class, &same);
        if (i == start && i < n) /* the scan stopped at a parenthesis: no pinyin */
            i += len;
    }
    put_literal(s + same, n - same);
}

/* Converts one span of valid UTF-8 without line end, and without NUL when
 * all of it goes to OpenCC (whose result is a C string). */
static void convert_span(const unsigned char *s, size_t n, unsigned char *scratch)
{
    if (keys) {
        convert_keyed(s, n, scratch);
        return;
    }
    if (!keep_pinyin)
        s = strip_pinyin(s, &n, scratch);
    put_run(s, n);
}

static void convert_line(const char *name, uintmax_t line_number, const unsigned char *s,
                         size_t n, unsigned char *scratch)
{
    bool reported = false;
    size_t i = 0;
    while (i < n) {
        size_t start = i;
        i += zp_utf8_valid_len(s + i, n - i);
        /* OpenCC's result is a C string: NUL must not reach it.  With the
         * fast path it cannot, being in no key. */
        const unsigned char *nul = keys ? NULL : memchr(s + start, 0, i - start);
        if (nul)
            i = (size_t)(nul - s);
        if (i > start)
            convert_span(s + start, i - start, scratch);
        if (i == n)
            break;
        if (s[i] == 0) {
            put_literal(s + i, 1);
            i++;
            continue;
        }
        /* Invalid UTF-8 never reaches OpenCC (libopencc 1.1.6 reads past a
         * character cut short): it passes through as it is. */
        size_t bad = zp_utf8_prefix_len(s + i, n - i);
        bad = bad ? bad : 1;
        put_literal(s + i, bad);
        i += bad;
        if (!reported)
            zp_error(name, "line %ju: invalid UTF-8", line_number);
        reported = true;
    }
    put_literal("\n", 1);
}

/* Room for a line without its pinyin, kept from line to line. */
static unsigned char *scratch;
static size_t scratch_cap;

static void process_line(const char *name, uintmax_t number, const unsigned char *line,
                         size_t len)
{
    if (zp_is_header(line, len)) {
        put_literal(line, len);
        put_literal("\n", 1);
        return;
    }
    if (scratch_cap < len + 1) {
        free(scratch);
        scratch_cap = len + 1;
        scratch = malloc(scratch_cap);
        if (!scratch)
            zp_fatal("out of memory");
    }
    convert_line(name, number, line, len, scratch);
}

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
    converter = open_converter(config);
    if (optind == argc)
        zp_each_line("-", process_line);
    for (int i = optind; i < argc; i++)
        zp_each_line(argv[i], process_line);
    flush_batch();
    opencc_close(converter);
    if (keys)
        keys_free(keys);
    free(batch.runs.data);
    free(batch.literals.data);
    free(batch.items);
    free(scratch);
    zp_exit();
}
