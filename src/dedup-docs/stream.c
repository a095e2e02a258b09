/* dedup-docs' core: the stream read in blocks, each document sketched and
 * judged against those kept, its text written or dropped. */
#define _POSIX_C_SOURCE 200809L
#include "stream.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decide.h"
#include "index.h"
#include "signatures.h"
#include "sketch.h"
#include "spool.h"
#include "zp.h"

struct dedup_options dedup_options = {.threshold = DEFAULT_THRESHOLD};

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
        doc.name = zp_resize(doc.name, doc.name_cap, 1);
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

static void write_record(struct zp_side_file *log, const unsigned char *name, size_t name_len,
                         const struct kept_doc *earlier, double containment)
{
    size_t cap = 2 * (name_len + earlier->name_len) + 16;
    unsigned char small[1024], *line = cap <= sizeof small ? small : zp_alloc(cap, 1);
    size_t len = zp_escape_field(name, name_len, line);
    line[len++] = '\t';
    len += zp_escape_field(earlier->name, earlier->name_len, line + len);
    len += (size_t)snprintf((char *)line + len, 16, "\t%.2f\n", containment);
    if (!log)
        zp_write(line, len);
    else
        zp_side_write(log, line, len);
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
        struct verdict v = judge(&kept, &sketch, dedup_options.threshold);
        if (v.repeats) {
            const struct kept_doc *earlier = index_doc(&kept, v.kept);
            if (dedup_options.list)
                write_record(NULL, doc.name, doc.name_len, earlier, v.containment);
            if (dedup_options.explain.stream)
                write_record(&dedup_options.explain, doc.name, doc.name_len, earlier, v.containment);
            start_document();
            return;
        }
        struct signature sig;
        signature_of(&sketch, &sig);
        index_add(&kept, doc.name, doc.name_len, &sig.sketch, sig.keys, sig.key_count);
        if (dedup_options.signatures.stream &&
            !signature_write(dedup_options.signatures.stream, doc.name, doc.name_len, &sig))
            zp_side_error(&dedup_options.signatures);
    }
    if (!dedup_options.list)
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
    if (!dedup_options.list)
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

void dedup_path(const char *name)
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

void dedup_start(void)
{
    index_init(&kept);
}

void dedup_load_seen(const char *path)
{
    signatures_load(&kept, path);
}

void dedup_finish(void)
{
    index_free(&kept);
    spool_free(&doc.text);
    free(doc.name);
    doc.name = NULL;
    doc.name_len = doc.name_cap = 0;
}
