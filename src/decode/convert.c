/* decode's core: one file's bytes read, its encoding decided, converted
 * and handed to the text normaliser. */
#define _POSIX_C_SOURCE 200809L
#include "convert.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "detect.h"
#include "pairs.h"
#include "text.h"
#include "zp.h"

/* Detection reads ahead this much; conversion reads in chunks of this size. */
enum { WINDOW = 1 << 16 };

struct decode_settings decode_settings;
static struct text_sink *sink;

/* The read side of one file: a window of bytes from input offset `offset`. */
struct input {
    int fd;
    const char *name;
    unsigned char buf[WINDOW];
    size_t have;
    uintmax_t offset;
    bool eof, failed;
};

static void fill(struct input *in)
{
    while (in->have < WINDOW && !in->eof) {
        ssize_t n = zp_read(in->fd, in->name, in->buf + in->have, WINDOW - in->have);
        if (n <= 0) {
            in->eof = true;
            in->failed = n < 0;
        } else
            in->have += (size_t)n;
    }
}

static void consume(struct input *in, size_t n)
{
    memmove(in->buf, in->buf + n, in->have - n);
    in->have -= n;
    in->offset += n;
}

static bool is_utf8_name(const char *encoding)
{
    return strcasecmp(encoding, "UTF-8") == 0 || strcasecmp(encoding, "UTF8") == 0;
}

/* What reads an encoding: Big5 files are read with BIG5, taking a sequence
 * it lacks from BIG5-HKSCS (which maps a few hundred common codes
 * differently, so it is used alone only for HKSCS files); GBK is read as
 * GB18030, identical on GBK's bytes and a superset.  GB18030 and BIG5 are
 * read through a table of their two-byte codes (pairs.h), iconv(3) taking
 * the rest. */
struct reader {
    const char *encoding;
    iconv_t cd, fallback;
    const struct pair_table *pairs;
    size_t invalid_step;
};

static bool open_reader(struct reader *r, const char *encoding)
{
    *r = (struct reader){.encoding = encoding, .invalid_step = 1};
    if (is_utf8_name(encoding))
        return true;
    const char *source = strcmp(encoding, "GBK") == 0 ? "GB18030" : encoding;
    r->cd = cached_iconv("UTF-8", source);
    if (strcmp(encoding, "BIG5") == 0)
        r->fallback = cached_iconv("UTF-8", "BIG5-HKSCS");
    if (strcmp(source, "GB18030") == 0 || strcmp(source, "BIG5") == 0)
        r->pairs = pair_table_for(source);
    if (strncasecmp(encoding, "UTF-16", 6) == 0 || strncasecmp(encoding, "UCS-2", 5) == 0)
        r->invalid_step = 2;
    return r->cd != NULL;
}

static bool convert_fallback(struct reader *r, char **ip, size_t *il)
{
    if (!r->fallback || *il < 2)
        return false;
    char out[16];
    char *fp = *ip, *op = out;
    size_t fil = 2, ol = sizeof out;
    iconv(r->fallback, NULL, NULL, NULL, NULL);
    if (iconv(r->fallback, &fp, &fil, &op, &ol) == (size_t)-1)
        return false;
    text_feed(sink, (unsigned char *)out, (size_t)(op - out), 0, true);
    *ip += 2;
    *il -= 2;
    return true;
}

/* Converts what the window holds; returns how much was consumed (all of it
 * at end of file). */
static size_t convert(struct reader *r, struct input *in)
{
    if (!r->cd)
        return text_feed(sink, in->buf, in->have, in->offset, in->eof);
    static char out[3 * WINDOW];
    char *ip = (char *)in->buf;
    size_t il = in->have;
    while (il > 0 && !text_stopped(sink)) {
        if (r->pairs) {
            size_t produced;
            size_t used = pair_convert(r->pairs, (unsigned char *)ip, il, (unsigned char *)out,
                                       &produced);
            text_feed(sink, (unsigned char *)out, produced, 0, true);
            ip += used;
            il -= used;
            if (il == 0 || text_stopped(sink))
                break;
        }
        /* With a table, iconv takes one sequence the table lacks (at most
         * four bytes) and the table the rest. */
        size_t given = r->pairs && il > 4 ? 4 : il, left = given;
        char *op = out;
        size_t ol = sizeof out;
        size_t result = iconv(r->cd, &ip, &left, &op, &ol);
        int err = result == (size_t)-1 ? errno : 0;
        il -= given - left;
        text_feed(sink, (unsigned char *)out, (size_t)(op - out), 0, true);
        if (err == 0 || err == E2BIG || text_stopped(sink))
            continue;
        if (err == EINVAL && left < il)
            continue; /* the sequence went on past the four bytes given */
        if (err == EINVAL && !in->eof)
            break;
        if (err == EILSEQ && convert_fallback(r, &ip, &il))
            continue;
        text_invalid_sequence(sink, in->offset + (uintmax_t)(ip - (char *)in->buf));
        size_t step = err == EINVAL || r->invalid_step > il ? il : r->invalid_step;
        ip += step;
        il -= step;
    }
    return (size_t)(ip - (char *)in->buf);
}

/* Reads until the window holds more than ASCII (or all of the file), passing
 * the ASCII on to the sink when `pass_ascii`, then decides. */
static void detect(struct input *in, bool pass_ascii, struct detection *d)
{
    bool at_file_start = true;
    for (;;) {
        fill(in);
        if (in->eof || !is_plain_ascii(in->buf, in->have))
            break;
        if (pass_ascii)
            text_feed(sink, in->buf, in->have, in->offset, false);
        consume(in, in->have);
        at_file_start = false;
    }
    detect_encoding(in->buf, in->have, at_file_start, in->eof, d);
}

static void list_file(struct input *in)
{
    struct detection d = {decode_settings.forced_encoding, 1.0, 0};
    if (!decode_settings.forced_encoding)
        detect(in, false, &d);
    if (in->failed)
        return;
    char line[64];
    snprintf(line, sizeof line, "\t%s\t%.2f\n", d.encoding, d.confidence);
    zp_puts(in->name);
    zp_puts(line);
}

static void report_offsets(const char *name, const char *encoding,
                           const struct text_counts *c)
{
    char list[OFFSETS_REPORTED * 24 + 8] = "";
    size_t used = 0;
    uintmax_t shown = c->replaced < OFFSETS_REPORTED ? c->replaced : OFFSETS_REPORTED;
    for (uintmax_t i = 0; i < shown; i++)
        used += (size_t)snprintf(list + used, sizeof list - used, "%s%ju", i ? ", " : "",
                                 c->offsets[i]);
    if (c->replaced > shown)
        snprintf(list + used, sizeof list - used, ", ...");
    zp_error(name, "%ju invalid %s sequence%s replaced by U+FFFD, at byte offset%s %s",
             c->replaced, encoding, c->replaced == 1 ? "" : "s", c->replaced == 1 ? "" : "s",
             list);
}

static void report(const char *name, const struct detection *d)
{
    const struct text_counts *c = text_counts(sink);
    if (text_stopped(sink))
        zp_error(name, "invalid %s sequence at byte offset %ju", d->encoding, c->offsets[0]);
    else if (c->replaced > 0)
        report_offsets(name, d->encoding, c);
    if (c->repaired_lines > 0)
        zp_note(name, "repaired mojibake in %ju line%s", c->repaired_lines,
                c->repaired_lines == 1 ? "" : "s");
    if (c->repair_losses > 0)
        zp_error(name, "%ju character%s lost bytes to mojibake, marked U+FFFD", c->repair_losses,
                 c->repair_losses == 1 ? "" : "s");
    if (decode_settings.verbose)
        zp_note(name, "%s (confidence %.2f), %ju line%s, %ju control character%s dropped",
                d->encoding, d->confidence, c->lines, c->lines == 1 ? "" : "s",
                c->controls_dropped, c->controls_dropped == 1 ? "" : "s");
}

static void decode_file(struct input *in, bool header)
{
    /* A file that cannot be read at all (a directory) is no document. */
    fill(in);
    if (in->failed && in->have == 0)
        return;
    if (header)
        zp_write_header(in->name);
    text_begin(sink);
    struct detection d = {decode_settings.forced_encoding, 1.0, 0};
    if (!decode_settings.forced_encoding)
        detect(in, true, &d);
    fill(in);
    consume(in, d.bom_len < in->have ? d.bom_len : in->have);
    struct reader r;
    if (!open_reader(&r, d.encoding))
        zp_fatal("iconv cannot read %s", d.encoding);
    for (;;) {
        consume(in, convert(&r, in));
        if (in->eof || text_stopped(sink))
            break;
        fill(in);
    }
    text_end(sink);
    report(in->name, &d);
}

bool decode_path(const char *name, bool header)
{
    static struct input in;
    in = (struct input){.fd = zp_open(name), .name = name};
    if (in.fd < 0)
        return true;
    if (decode_settings.list)
        list_file(&in);
    else
        decode_file(&in, header);
    zp_close(in.fd, name);
    return !text_stopped(sink);
}

void decode_start(void)
{
    sink = text_sink_new(&decode_settings.text);
}

void decode_finish(void)
{
    text_sink_free(sink);
    sink = NULL;
}

bool decode_known_encoding(const char *encoding)
{
    return is_utf8_name(encoding) || cached_iconv("UTF-8", encoding);
}
