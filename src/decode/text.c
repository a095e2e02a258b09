#define _POSIX_C_SOURCE 200809L
#include "text.h"

#include <stdlib.h>
#include <string.h>

#include "mojibake.h"
#include "zp.h"

/* A line is processed whole when it fits in a segment, and in segments when it
 * does not, so that memory stays bounded whatever the line length. */
enum { SEGMENT_CAP = 1 << 16 };
/* The longest character reference decoded: `&#x10FFFF;` and every name fit. */
enum { ENTITY_MAX = 12 };
/* Mojibake screening looks at a line's first non-ASCII characters only: a
 * line that was misread was misread throughout.  In clean news text about 5%
 * of them are suspects, in mojibake 64% (Latin-1) to 80% (GBK). */
enum { SCREENED_CHARS = 32, MIN_SUSPECTS = 2, MIN_SUSPECT_SHARE_INVERSE = 3 };

struct text_sink {
    struct text_options options;
    struct text_counts counts;
    unsigned char *line;
    size_t len;
    bool line_open, after_cr, stopped;
    unsigned screened, suspects;
    bool line_repaired;
    /* Normalisation state that must survive a segment boundary. */
    bool has_content;
    uintmax_t pending_spaces;
    struct repair_buffer repaired, repair_scratch;
};

/* Bytes copied as they are: printable ASCII but '&', UTF-8 continuation bytes,
 * and lead bytes of ranges without odd spaces or controls (C2: NBSP and C1;
 * E1: U+1680; E2: U+2000-U+206F; E3: U+3000; EF: U+FEFF and full-width
 * forms). */
static bool is_plain[256];

static void init_plain_bytes(void)
{
    for (int b = 0x21; b < 0x7F; b++)
        is_plain[b] = b != '&';
    for (int b = 0x80; b < 0xF5; b++)
        is_plain[b] = b >= 0xC3 || b < 0xC0;
    is_plain[0xE1] = is_plain[0xE2] = is_plain[0xE3] = is_plain[0xEF] = false;
}

struct text_sink *text_sink_new(const struct text_options *options)
{
    struct text_sink *t = calloc(1, sizeof *t);
    unsigned char *line = malloc(SEGMENT_CAP);
    if (!t || !line)
        zp_fatal("out of memory");
    t->options = *options;
    t->line = line;
    init_plain_bytes();
    return t;
}

void text_sink_free(struct text_sink *t)
{
    free(t->line);
    free(t->repaired.data);
    free(t->repair_scratch.data);
    free(t);
}

void text_begin(struct text_sink *t)
{
    t->counts = (struct text_counts){0};
    t->len = 0;
    t->line_open = t->after_cr = t->stopped = false;
    t->screened = t->suspects = 0;
    t->line_repaired = t->has_content = false;
    t->pending_spaces = 0;
}

const struct text_counts *text_counts(const struct text_sink *t) { return &t->counts; }
bool text_stopped(const struct text_sink *t) { return t->stopped; }

struct entity {
    const char *name;
    uint32_t cp;
};

/* The named references scraped pages leave behind, sorted for bsearch. */
static const struct entity entities[] = {
    {"amp", '&'},       {"apos", '\''},     {"bdquo", 0x201E},  {"bull", 0x2022},
    {"cent", 0xA2},     {"copy", 0xA9},     {"deg", 0xB0},      {"divide", 0xF7},
    {"emsp", 0x2003},   {"ensp", 0x2002},   {"euro", 0x20AC},   {"gt", '>'},
    {"hellip", 0x2026}, {"laquo", 0xAB},    {"larr", 0x2190},   {"ldquo", 0x201C},
    {"lsaquo", 0x2039}, {"lsquo", 0x2018},  {"lt", '<'},        {"mdash", 0x2014},
    {"middot", 0xB7},   {"nbsp", 0xA0},     {"ndash", 0x2013},  {"para", 0xB6},
    {"permil", 0x2030}, {"plusmn", 0xB1},   {"pound", 0xA3},    {"quot", '"'},
    {"raquo", 0xBB},    {"rarr", 0x2192},   {"rdquo", 0x201D},  {"reg", 0xAE},
    {"rsaquo", 0x203A}, {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"sect", 0xA7},
    {"thinsp", 0x2009}, {"times", 0xD7},    {"trade", 0x2122},  {"yen", 0xA5},
};

static int compare_entity(const void *key, const void *element)
{
    return strcmp(key, ((const struct entity *)element)->name);
}

static bool is_valid_scalar(uint32_t cp)
{
    return cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
}

/* Parses a character reference at s (s[0] == '&'); returns its length and
 * sets *cp, or returns 0 when s does not start one. */
static size_t parse_entity(const unsigned char *s, size_t n, uint32_t *cp)
{
    size_t limit = n < ENTITY_MAX ? n : ENTITY_MAX;
    size_t end = 1;
    while (end < limit && s[end] != ';')
        end++;
    if (end >= limit || end < 3)
        return 0;
    if (s[1] == '#') {
        bool hex = s[2] == 'x' || s[2] == 'X';
        size_t i = hex ? 3 : 2;
        if (i == end)
            return 0;
        uint32_t v = 0;
        for (; i < end; i++) {
            unsigned c = s[i], digit;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
                digit = (c | 0x20) - 'a' + 10;
            else
                return 0;
            v = v * (hex ? 16 : 10) + digit;
            if (v > 0x10FFFF)
                return 0;
        }
        if (!is_valid_scalar(v))
            return 0;
        *cp = v;
        return end + 1;
    }
    char name[ENTITY_MAX];
    memcpy(name, s + 1, end - 1);
    name[end - 1] = '\0';
    const struct entity *e = bsearch(name, entities, sizeof entities / sizeof entities[0],
                                     sizeof entities[0], compare_entity);
    if (!e)
        return 0;
    *cp = e->cp;
    return end + 1;
}

static bool is_odd_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
           cp == 0x2060 || cp == 0x3000 || cp == 0xFEFF;
}

static bool is_control(uint32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp < 0xA0); }

static void put_content(struct text_sink *t, const unsigned char *s, size_t n)
{
    for (; t->pending_spaces > 0; t->pending_spaces--)
        zp_putc(' ');
    zp_write(s, n);
    t->has_content = true;
}

static void put_char(struct text_sink *t, uint32_t cp, const unsigned char *bytes,
                     size_t len)
{
    if (is_odd_space(cp)) {
        /* Leading spaces go now; trailing ones wait to see if content follows. */
        if (t->has_content)
            t->pending_spaces++;
        return;
    }
    if (is_control(cp)) {
        t->counts.controls_dropped++;
        return;
    }
    if (t->options.fold_width && cp >= 0xFF01 && cp <= 0xFF5E) {
        unsigned char ascii = (unsigned char)(cp - 0xFEE0);
        put_content(t, &ascii, 1);
        return;
    }
    put_content(t, bytes, len);
}

/* Writes valid UTF-8 text as the stream wants it. */
static void normalise(struct text_sink *t, const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char b = s[i];
        if (b == ' ') {
            if (t->has_content)
                t->pending_spaces++;
            i++;
        } else if (is_plain[b]) {
            size_t end = i + 1;
            while (end < n && (is_plain[s[end]] || s[end] == ' '))
                end++;
            while (s[end - 1] == ' ')
                end--;
            put_content(t, s + i, end - i);
            i = end;
        } else {
            uint32_t cp;
            size_t len = b == '&' ? parse_entity(s + i, n - i, &cp) : 0;
            if (len > 0) {
                unsigned char utf8[4];
                put_char(t, cp, utf8, zp_utf8_encode(cp, utf8));
            } else {
                len = zp_utf8_decode(s + i, n - i, &cp);
                put_char(t, cp, s + i, len);
            }
            i += len;
        }
    }
}

static void process_segment(struct text_sink *t, const unsigned char *s, size_t n)
{
    if (t->options.repair && t->suspects >= MIN_SUSPECTS &&
        t->suspects * MIN_SUSPECT_SHARE_INVERSE >= t->screened) {
        uintmax_t losses = 0;
        if (repair_mojibake(s, n, &t->repaired, &t->repair_scratch, &losses)) {
            if (!t->line_repaired)
                t->counts.repaired_lines++;
            t->line_repaired = true;
            t->counts.repair_losses += losses;
            normalise(t, t->repaired.data, t->repaired.len);
            return;
        }
    }
    normalise(t, s, n);
}

/* Where to cut a full segment: at a character boundary, and before a '&' near
 * the end so that no character reference is cut. */
static size_t segment_cut(const unsigned char *s, size_t n)
{
    size_t cut = n;
    while (cut > 0 && (s[cut - 1] & 0xC0) == 0x80)
        cut--;
    if (cut > 0 && s[cut - 1] >= 0xC0)
        cut--;
    for (size_t i = cut; i > 0 && cut - i < ENTITY_MAX; i--)
        if (s[i - 1] == '&')
            return i - 1;
    return cut;
}

static void flush_segment(struct text_sink *t)
{
    size_t cut = segment_cut(t->line, t->len);
    process_segment(t, t->line, cut);
    memmove(t->line, t->line + cut, t->len - cut);
    t->len -= cut;
}

static void end_line(struct text_sink *t)
{
    process_segment(t, t->line, t->len);
    zp_putc('\n');
    t->counts.lines++;
    t->len = 0;
    t->line_open = t->line_repaired = t->has_content = false;
    t->pending_spaces = 0;
    t->screened = t->suspects = 0;
}

static void append(struct text_sink *t, const unsigned char *s, size_t n)
{
    t->line_open = true;
    while (n > 0) {
        if (t->len == SEGMENT_CAP)
            flush_segment(t);
        size_t room = SEGMENT_CAP - t->len;
        size_t k = n < room ? n : room;
        memcpy(t->line + t->len, s, k);
        t->len += k;
        s += k;
        n -= k;
    }
}

void text_invalid_sequence(struct text_sink *t, uintmax_t offset)
{
    if (t->counts.replaced < OFFSETS_REPORTED)
        t->counts.offsets[t->counts.replaced] = offset;
    t->counts.replaced++;
    if (t->options.strict) {
        t->stopped = true;
        return;
    }
    static const unsigned char replacement[] = {0xEF, 0xBF, 0xBD};
    append(t, replacement, sizeof replacement);
}

size_t text_feed(struct text_sink *t, const unsigned char *s, size_t n,
                 uintmax_t offset, bool final)
{
    size_t i = 0;
    while (i < n && !t->stopped) {
        unsigned char b = s[i];
        if (t->after_cr) {
            t->after_cr = false;
            if (b == '\n') {
                i++;
                continue;
            }
        }
        if (b == '\n' || b == '\r') {
            end_line(t);
            t->after_cr = b == '\r';
            i++;
        } else if (b < 0x80) {
            size_t end = i + 1;
            while (end < n && s[end] < 0x80 && s[end] != '\n' && s[end] != '\r')
                end++;
            append(t, s + i, end - i);
            i = end;
        } else {
            size_t end = i;
            uint32_t cp = 0;
            while (end < n && s[end] >= 0x80) {
                size_t len = zp_utf8_decode(s + end, n - end, &cp);
                if (len == 0 || cp == 0x2028 || cp == 0x2029)
                    break;
                if (t->screened < SCREENED_CHARS) {
                    t->screened++;
                    t->suspects += mojibake_suspect(cp);
                }
                end += len;
            }
            if (end > i) {
                append(t, s + i, end - i);
                i = end;
                continue;
            }
            size_t len = zp_utf8_decode(s + i, n - i, &cp);
            if (len > 0) { /* LINE or PARAGRAPH SEPARATOR */
                end_line(t);
                i += len;
                continue;
            }
            size_t prefix = zp_utf8_prefix_len(s + i, n - i);
            if (prefix == n - i && !final)
                break;
            text_invalid_sequence(t, offset + i);
            i += prefix ? prefix : 1;
        }
    }
    return i;
}

void text_end(struct text_sink *t)
{
    /* After a --strict stop too: what came before the bad byte is a line. */
    if (t->line_open)
        end_line(t);
}
