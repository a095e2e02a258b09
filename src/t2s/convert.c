/* t2s's conversion: each line's text through the fast path or OpenCC, in
 * batches, glued pinyin removed, invalid UTF-8 passed through. */
#include "convert.h"

#include <stdlib.h>
#include <string.h>

#include "pinyin.h"
#include "zp.h"

static bool keep_pinyin;
/* Whether a romanisation was removed from a line of this document: the
 * evidence that lets a gloss cut off before its tone mark go at a line's
 * end (pinyin.h). */
static bool document_glued;
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

/* Output waits in a batch, so that OpenCC converts many runs in one call:
 * the runs to convert, each ended by a line end (which no key holds, so that
 * a run converts as it would alone), and the output in order, as items:
 * literal bytes, or the next converted run. */
enum { BATCH_CAP = 1 << 16 };

struct item {
    size_t start, len; /* in literals; a converted run when len is 0 */
};

static struct {
    struct zp_buffer runs, literals;
    struct item *items;
    size_t count, cap;
} batch;

static void add_item(size_t start, size_t len)
{
    if (batch.count == batch.cap) {
        batch.cap = batch.cap ? 2 * batch.cap : 256;
        batch.items = zp_resize(batch.items, batch.cap, sizeof *batch.items);
    }
    batch.items[batch.count++] = (struct item){start, len};
}

void convert_flush(void)
{
    char *converted = NULL, *next = NULL;
    if (batch.runs.len > 0) {
        converted = opencc_convert_utf8(converter, (const char *)batch.runs.data, batch.runs.len);
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
    zp_buffer_add(&batch.literals, s, n);
    if (batch.literals.len >= BATCH_CAP)
        convert_flush();
}

static void put_run(const unsigned char *s, size_t n)
{
    if (n == 0)
        return;
    zp_buffer_add(&batch.runs, s, n);
    zp_buffer_add(&batch.runs, "\n", 1);
    add_item(0, 0);
    if (batch.runs.len >= BATCH_CAP)
        convert_flush();
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
 * n bytes) and converted from there, without looking again (scratch NULL).
 * ends_line: s runs to the end of its line. */
static void convert_keyed(const unsigned char *s, size_t n, unsigned char *scratch, bool ends_line)
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
                glued = (cls & PAREN) && scratch && pinyin_glued_at(s, n, i, ends_line, document_glued);
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
            size_t stripped = strip_pinyin_from(s, n, start, scratch, ends_line, document_glued);
            document_glued = true;
            convert_keyed(scratch, stripped, NULL, false);
            return;
        }
        put_key_run(s, start, i, run_class, &same);
        if (i == start && i < n) /* the scan stopped at a parenthesis: no pinyin */
            i += len;
    }
    put_literal(s + same, n - same);
}

/* Converts one span of valid UTF-8 without line end, and without NUL when
 * all of it goes to OpenCC (whose result is a C string); ends_line: the
 * span runs to the end of its line. */
static void convert_span(const unsigned char *s, size_t n, unsigned char *scratch, bool ends_line)
{
    if (keys) {
        convert_keyed(s, n, scratch, ends_line);
        return;
    }
    if (!keep_pinyin) {
        size_t before = n;
        s = strip_pinyin(s, &n, scratch, ends_line, document_glued);
        document_glued |= n < before;
    }
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
            convert_span(s + start, i - start, scratch, i == n);
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

void convert_text_line(const char *name, uintmax_t number, const unsigned char *line, size_t len)
{
    if (zp_is_header(line, len)) {
        document_glued = false;
        put_literal(line, len);
        put_literal("\n", 1);
        return;
    }
    if (scratch_cap < len + 1) {
        free(scratch);
        scratch_cap = len + 1;
        scratch = zp_alloc(scratch_cap, 1);
    }
    convert_line(name, number, line, len, scratch);
}

void convert_start(opencc_t cc, struct keys *dictionary_keys, bool keep_parenthesised_pinyin)
{
    converter = cc;
    keys = dictionary_keys;
    keep_pinyin = keep_parenthesised_pinyin;
    if (!keys)
        return;
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

void convert_finish(void)
{
    opencc_close(converter);
    if (keys)
        keys_free(keys);
    zp_buffer_free(&batch.runs);
    zp_buffer_free(&batch.literals);
    free(batch.items);
    free(scratch);
}
