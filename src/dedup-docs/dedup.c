/* dedup-docs: the zhpipe text stream without the documents that repeat an
 * earlier one (an article reposted by other sites). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decide.h"
#include "index.h"
#include "signatures.h"
#include "sketch.h"
#include "spool.h"
#include "zp.h"

static const char usage_text[] =
    "Usage: dedup-docs [-l] [-t threshold] [-e file] [--signatures file] [--seen file]... [file ...]\n"
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

static struct {
    double threshold;
    bool list;
    FILE *explain, *signatures;
    const char *explain_name, *signatures_name;
} options = {.threshold = DEFAULT_THRESHOLD};

static struct index kept;

/* The document being read. */
static struct {
    unsigned char *name;
    size_t name_len, name_cap;
    bool has_bytes;
    struct sketcher sketcher;
    struct spool text;
} doc;

static void set_name(const void *name, size_t len, bool append)
{
    size_t at = append ? doc.name_len : 0;
    if (at + len > doc.name_cap) {
        doc.name_cap = 2 * (at + len) + 64;
        doc.name = realloc(doc.name, doc.name_cap);
        if (!doc.name)
            zp_fatal("out of memory");
    }
    if (len > 0)
        memcpy(doc.name + at, name, len);
    doc.name_len = at + len;
}

static void start_document(void)
{
    doc.has_bytes = false;
    sketcher_start(&doc.sketcher);
    spool_clear(&doc.text);
}

static void write_record(FILE *log, const unsigned char *name, size_t name_len,
                         const struct kept_doc *earlier, double containment)
{
    size_t cap = 2 * (name_len + earlier->name_len) + 16;
    unsigned char small[1024], *line = cap <= sizeof small ? small : malloc(cap);
    if (!line)
        zp_fatal("out of memory");
    size_t len = zp_escape_field(name, name_len, line);
    line[len++] = '\t';
    len += zp_escape_field(earlier->name, earlier->name_len, line + len);
    len += (size_t)snprintf((char *)line + len, 16, "\t%.2f\n", containment);
    if (!log)
        zp_write(line, len);
    else if (fwrite(line, 1, len, log) != len)
        zp_fatal("%s: write error: %s", options.explain_name, strerror(errno));
    if (line != small)
        free(line);
}

static void end_document(void)
{
    if (!doc.has_bytes)
        return;
    struct sketch sketch;
    sketcher_finish(&doc.sketcher, &sketch);
    if (!too_short(&sketch)) {
        struct verdict v = judge(&kept, &sketch, options.threshold);
        if (v.repeats) {
            const struct kept_doc *earlier = index_doc(&kept, v.kept);
            if (options.list)
                write_record(NULL, doc.name, doc.name_len, earlier, v.containment);
            if (options.explain)
                write_record(options.explain, doc.name, doc.name_len, earlier, v.containment);
            start_document();
            return;
        }
        struct signature sig;
        signature_of(&sketch, &sig);
        index_add(&kept, doc.name, doc.name_len, &sig.sketch, sig.keys, sig.key_count);
        if (options.signatures &&
            !signature_write(options.signatures, doc.name, doc.name_len, &sig))
            zp_fatal("%s: write error: %s", options.signatures_name, strerror(errno));
    }
    if (!options.list)
        spool_write(&doc.text);
    start_document();
}

/* Reading.  The input is read in blocks, not lines, so that a line of any
 * length costs no more memory than a short one. */
enum { BLOCK = 1 << 18 };

static struct reading {
    const char *file;
    uintmax_t line_number;
    bool at_line_start, in_header, line_reported;
} in;

static void add_bytes(const void *data, size_t len)
{
    doc.has_bytes = true;
    if (!options.list)
        spool_add(&doc.text, data, len);
}

/* A piece of a text line, cut at a character boundary unless the input
 * ended inside one. */
static void text_piece(const unsigned char *s, size_t n)
{
    add_bytes(s, n);
    size_t at = 0;
    while (at < n) {
        size_t valid = zp_utf8_valid_len(s + at, n - at);
        sketcher_feed(&doc.sketcher, s + at, valid);
        at += valid;
        if (at < n) {
            if (!in.line_reported)
                zp_error(in.file, "line %ju: invalid UTF-8", in.line_number);
            in.line_reported = true;
            size_t bad = zp_utf8_prefix_len(s + at, n - at);
            at += bad ? bad : 1;
        }
    }
}

/* How many bytes at the end of s begin a character that the next block
 * completes. */
static size_t unfinished_character(const unsigned char *s, size_t n)
{
    for (size_t back = 1; back <= 3 && back <= n; back++) {
        unsigned char b = s[n - back];
        if ((b & 0xC0) == 0x80)
            continue;
        size_t need = b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
        return need > back && zp_utf8_prefix_len(s + n - back, back) == back ? back : 0;
    }
    return 0;
}

static void end_line(void)
{
    add_bytes("\n", 1);
    in.at_line_start = true;
    in.in_header = false;
}

/* Reads the lines of buf[0, len); returns how many bytes were read, the rest
 * (an unfinished character) waiting for the next block. */
static size_t read_block(const unsigned char *buf, size_t len, bool last)
{
    size_t at = 0;
    while (at < len) {
        if (in.at_line_start) {
            in.at_line_start = false;
            in.line_number++;
            in.line_reported = false;
            if (zp_is_header(buf + at, len - at)) {
                end_document();
                set_name(NULL, 0, false);
                in.in_header = true;
                add_bytes(buf + at, 1);
                /* the name is what follows the form feed */
                if (++at == len)
                    return at;
            }
        }
        const unsigned char *nl = memchr(buf + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - buf) : len;
        if (in.in_header) {
            add_bytes(buf + at, end - at);
            set_name(buf + at, end - at, true);
        } else {
            size_t stop = nl || last ? end : end - unfinished_character(buf + at, end - at);
            text_piece(buf + at, stop - at);
            if (!nl)
                return stop;
        }
        if (!nl)
            return end;
        end_line();
        at = end + 1;
    }
    return at;
}

static void dedup_file(const char *name)
{
    int fd = zp_open(name);
    if (fd < 0)
        return;
    static unsigned char buf[BLOCK];
    /* A file's text before its first header is a document named after the
     * file. */
    start_document();
    set_name(name, strlen(name), false);
    in = (struct reading){.file = name, .at_line_start = true};
    size_t have = 0;
    for (;;) {
        ssize_t n = zp_read(fd, name, buf + have, sizeof buf - have);
        bool last = n <= 0;
        size_t len = have + (n > 0 ? (size_t)n : 0), done = read_block(buf, len, last);
        have = len - done;
        memmove(buf, buf + done, have);
        if (last)
            break;
    }
    if (!in.at_line_start)
        end_line();
    end_document();
    zp_close(fd, name);
}

static double parse_threshold(const char *s)
{
    char *end;
    errno = 0;
    double t = strtod(s, &end);
    if (errno != 0 || end == s || *end != '\0' || !(t > 0 && t <= 1))
        zp_usage_error("invalid threshold: '%s' (a number above 0, at most 1)", s);
    return t;
}

static FILE *open_for_writing(const char *name)
{
    FILE *f = fopen(name, "w");
    if (!f)
        zp_usage_error("cannot write %s: %s", name, strerror(errno));
    return f;
}

static void close_written(FILE *f, const char *name)
{
    if (f && (fflush(f) != 0 || ferror(f) || fclose(f) != 0))
        zp_fatal("%s: write error: %s", name, strerror(errno));
}

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    enum { OPT_HELP = 256, OPT_VERSION, OPT_SIGNATURES, OPT_SEEN };
    static const struct option long_options[] = {
        {"threshold", required_argument, NULL, 't'},
        {"list", no_argument, NULL, 'l'},
        {"explain", required_argument, NULL, 'e'},
        {"signatures", required_argument, NULL, OPT_SIGNATURES},
        {"seen", required_argument, NULL, OPT_SEEN},
        {"help", no_argument, NULL, OPT_HELP},
        {"version", no_argument, NULL, OPT_VERSION},
        {NULL, 0, NULL, 0},
    };
    char **seen = calloc((size_t)argc, sizeof *seen);
    size_t seen_count = 0;
    if (!seen)
        zp_fatal("out of memory");
    int opt;
    while ((opt = getopt_long(argc, argv, "t:le:", long_options, NULL)) != -1) {
        switch (opt) {
        case 't': options.threshold = parse_threshold(optarg); break;
        case 'l': options.list = true; break;
        case 'e': options.explain_name = optarg; break;
        case OPT_SIGNATURES: options.signatures_name = optarg; break;
        case OPT_SEEN: seen[seen_count++] = optarg; break;
        case OPT_HELP: zp_puts(usage_text); zp_exit();
        case OPT_VERSION: zp_print_version();
        default: zp_try_help();
        }
    }
    if (options.explain_name)
        options.explain = open_for_writing(options.explain_name);
    if (options.signatures_name) {
        options.signatures = open_for_writing(options.signatures_name);
        if (!signatures_begin(options.signatures))
            zp_fatal("%s: write error: %s", options.signatures_name, strerror(errno));
    }
    index_init(&kept);
    for (size_t i = 0; i < seen_count; i++)
        signatures_load(&kept, seen[i]);
    static const char record_header[] = "doc\tkept_doc\tcontainment\n";
    if (options.list)
        zp_puts(record_header);
    if (options.explain && fputs(record_header, options.explain) == EOF)
        zp_fatal("%s: write error: %s", options.explain_name, strerror(errno));
    for (int i = optind; i == optind || i < argc; i++)
        dedup_file(i < argc ? argv[i] : "-");
    close_written(options.explain, options.explain_name);
    close_written(options.signatures, options.signatures_name);
    index_free(&kept);
    spool_free(&doc.text);
    free(doc.name);
    free(seen);
    zp_exit();
}
