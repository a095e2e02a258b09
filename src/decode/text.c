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
/* Mojibake screening looks at a line's first 8 non-ASCII characters only: a
 * line that was misread was misread throughout.  In clean text about 3% of
 * them are suspects, in mojibake 64% (cp1252) to 73% (GBK) (mojibake.h); 3
 * of 8 in a clean line is rare and costs only a failed repair attempt. */
enum { SCREENED_CHARS = 8, MIN_SUSPECTS = 2, MIN_SUSPECT_SHARE_INVERSE = 3 };

/* Most lines lie whole in the input at hand and need no repair: they are
 * validated, screened and normalised in one pass straight into the output
 * buffer, and committed when the line ends.  The rest (a line cut by the end
 * of the input, longer than a segment, with an invalid byte, or worth a
 * repair) is gathered in `line` and handed on a segment at a time; its
 * normalised text passes through `stage`. */
struct text_sink {
    struct text_options options;
    struct text_counts counts;
    unsigned char *line, *stage;
    size_t len;
    /* Where normalised text goes: the stage, or for the fast path the output
     * buffer itself (zp_reserve). */
    unsigned char *out;
    size_t out_len, out_cap;
    bool line_open, after_cr, stopped;
    unsigned screened, suspects;
    bool line_repaired;
    /* Normalisation state that must survive a segment boundary. */
    bool has_content;
    uintmax_t pending_spaces;
    struct repair_buffer repaired, repair_scratch;
};

/* Lead bytes of ranges that hold odd spaces or controls, or full-width forms:
 * C2 (NBSP, C1), E1 (U+1680), E2 (U+2000..U+2060), E3 (U+3000), EF (U+FEFF,
 * full width).  needs_attention() looks further. */
static bool is_check_lead(unsigned char b)
{
    return b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3 || b == 0xEF;
}

static bool needs_attention(const struct text_sink *t, const unsigned char *p)
{
    switch (p[0]) {
    case 0xC2: return p[1] <= 0xA0;
    case 0xE1: return p[1] == 0x9A && p[2] == 0x80;
    case 0xE2:
        return (p[1] == 0x80 && (p[2] <= 0x8B || p[2] == 0xA8 || p[2] == 0xA9 || p[2] == 0xAF)) ||
               (p[1] == 0x81 && (p[2] == 0x9F || p[2] == 0xA0));
    case 0xE3: return p[1] == 0x80 && p[2] == 0x80;
    default: /* 0xEF */
        return (p[1] == 0xBB && p[2] == 0xBF) ||
               (t->options.fold_width &&
                ((p[1] == 0xBC && p[2] >= 0x81) || (p[1] == 0xBD && p[2] <= 0x9E)));
    }
}

struct text_sink *text_sink_new(const struct text_options *options)
{
    struct text_sink *t = zp_alloc(1, sizeof *t);
    unsigned char *line = zp_alloc(SEGMENT_CAP, 1);
    unsigned char *stage = zp_alloc(SEGMENT_CAP, 1);
    t->options = *options;
    t->line = line;
    t->stage = t->out = stage;
    t->out_cap = SEGMENT_CAP;
    return t;
}

void text_sink_free(struct text_sink *t)
{
    free(t->line);
    free(t->stage);
    free(t->repaired.data);
    free(t->repair_scratch.data);
    free(t);
}

static void reset_line_state(struct text_sink *t)
{
    t->line_open = t->line_repaired = t->has_content = false;
    t->pending_spaces = 0;
    t->screened = t->suspects = 0;
}

static void reset_line(struct text_sink *t)
{
    t->len = t->out_len = 0;
    reset_line_state(t);
}

void text_begin(struct text_sink *t)
{
    t->counts = (struct text_counts){0};
    reset_line(t);
    t->after_cr = t->stopped = false;
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

static void flush_stage(struct text_sink *t)
{
    zp_write(t->stage, t->out_len);
    t->out_len = 0;
}

/* Only the stage can fill up: the fast path reserves room for all the input
 * it may normalise, and normalising never makes text longer. */
static void stage_bytes(struct text_sink *t, const unsigned char *s, size_t n)
{
    if (n > t->out_cap - t->out_len) {
        if (t->out != t->stage)
            zp_fatal("internal error: normalised text outgrew its input");
        flush_stage(t);
        if (n > t->out_cap) {
            zp_write(s, n);
            return;
        }
    }
    memcpy(t->out + t->out_len, s, n);
    t->out_len += n;
}

static void put_content(struct text_sink *t, const unsigned char *s, size_t n)
{
    for (; t->pending_spaces > 0; t->pending_spaces--)
        stage_bytes(t, (const unsigned char *)" ", 1);
    stage_bytes(t, s, n);
    t->has_content = true;
}

static void put_space(struct text_sink *t)
{
    /* Leading spaces go now; trailing ones wait to see if content follows. */
    if (t->has_content)
        t->pending_spaces++;
}

static void put_char(struct text_sink *t, uint32_t cp, const unsigned char *bytes,
                     size_t len)
{
    if (is_odd_space(cp)) {
        put_space(t);
    } else if (is_control(cp)) {
        t->counts.controls_dropped++;
    } else if (t->options.fold_width && cp >= 0xFF01 && cp <= 0xFF5E) {
        unsigned char ascii = (unsigned char)(cp - 0xFEE0);
        put_content(t, &ascii, 1);
    } else {
        put_content(t, bytes, len);
    }
}

/* Validates and normalises s until LF, CR, U+2028, U+2029, or a sequence
 * that is ill-formed or cut by the end of s; returns where it stopped (n at
 * the end).  Screens for mojibake when `screen`. */
static size_t normalise(struct text_sink *t, const unsigned char *s, size_t n, bool screen)
{
    size_t i = 0, run = 0; /* s[run, i) is content not yet staged */
    /* In locals, which stores through t would otherwise force to memory. */
    unsigned screened = screen ? t->screened : SCREENED_CHARS, suspects = 0;
    while (i < n) {
        unsigned char b = s[i];
        /* Three-byte characters (leads E1..EF but ED: all of Han and CJK
         * punctuation) need only their continuation bytes checked, and are
         * plain content but for a few with leads E1, E2, E3 and EF. */
        if ((unsigned)(b - 0xE1) <= 0xEF - 0xE1 && b != 0xED && n - i >= 3 &&
            (((s[i + 1] ^ 0x80) | (s[i + 2] ^ 0x80)) & 0xC0) == 0) {
            if (screened < SCREENED_CHARS || is_check_lead(b)) {
                uint32_t cp = ((uint32_t)(b & 0x0F) << 12) |
                              ((uint32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
                if (cp == 0x2028 || cp == 0x2029)
                    break;
                if (screened < SCREENED_CHARS) {
                    screened++;
                    suspects += mojibake_suspect(cp);
                }
                if (is_check_lead(b) && needs_attention(t, s + i)) {
                    if (i > run)
                        put_content(t, s + run, i - run);
                    put_char(t, cp, s + i, 3);
                    run = i + 3;
                }
            }
            i += 3;
            /* The bulk of a line: Han characters (leads E4..E9), each with
             * nothing to do but check its continuation bytes. */
            if (screened >= SCREENED_CHARS) {
                const unsigned char *p = s + i, *last = s + n - 2;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                /* Two at a time while eight bytes are there: leads at bytes 0
                 * and 3, continuation bytes at 1, 2, 4 and 5 (the mask reads
                 * the word little-endian). */
                while (s + n - p >= 8) {
                    uint64_t w;
                    memcpy(&w, p, sizeof w);
                    if ((w & UINT64_C(0x0000C0C000C0C000)) != UINT64_C(0x0000808000808000) ||
                        (unsigned)(p[0] - 0xE4) > 0xE9 - 0xE4 ||
                        (unsigned)(p[3] - 0xE4) > 0xE9 - 0xE4)
                        break;
                    p += 6;
                }
#endif
                while (p < last && (unsigned)(p[0] - 0xE4) <= 0xE9 - 0xE4 &&
                       (((p[1] ^ 0x80) | (p[2] ^ 0x80)) & 0xC0) == 0)
                    p += 3;
                i = (size_t)(p - s);
            }
            continue;
        }
        if (b > 0x20 && b < 0x7F && b != '&') {
            i++;
            continue;
        }
        if (b >= 0x80) {
            uint32_t cp;
            size_t len = zp_utf8_decode(s + i, n - i, &cp);
            if (len == 0 || cp == 0x2028 || cp == 0x2029)
                break;
            if (screened < SCREENED_CHARS) {
                screened++;
                suspects += mojibake_suspect(cp);
            }
            if (!is_check_lead(b) || !needs_attention(t, s + i)) {
                i += len;
                continue;
            }
            if (i > run)
                put_content(t, s + run, i - run);
            put_char(t, cp, s + i, len);
            i += len;
            run = i;
            continue;
        }
        if (i > run)
            put_content(t, s + run, i - run);
        run = i;
        if (b == '\n' || b == '\r')
            break;
        uint32_t cp;
        size_t len = b == '&' ? parse_entity(s + i, n - i, &cp) : 0;
        if (len > 0) {
            unsigned char utf8[4];
            put_char(t, cp, utf8, zp_utf8_encode(cp, utf8));
        } else if (b == '&') {
            put_content(t, s + i, 1);
            len = 1;
        } else {
            put_char(t, b, s + i, 1);
            len = 1;
        }
        i += len;
        run = i;
    }
    if (i > run)
        put_content(t, s + run, i - run);
    if (screen) {
        t->screened = screened;
        t->suspects += suspects;
    }
    return i;
}

static bool worth_repair(const struct text_sink *t)
{
    return t->options.repair && t->suspects >= MIN_SUSPECTS &&
           t->suspects * MIN_SUSPECT_SHARE_INVERSE >= t->screened;
}

/* Normalises a piece of a line gathered by the general path: well-formed, no
 * line end inside. */
static void process_segment(struct text_sink *t, const unsigned char *s, size_t n)
{
    if (worth_repair(t)) {
        uintmax_t losses = 0;
        if (repair_mojibake(s, n, &t->repaired, &t->repair_scratch, &losses)) {
            if (!t->line_repaired)
                t->counts.repaired_lines++;
            t->line_repaired = true;
            t->counts.repair_losses += losses;
            s = t->repaired.data;
            n = t->repaired.len;
        }
    }
    normalise(t, s, n, false);
    flush_stage(t);
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

static void finish_line(struct text_sink *t)
{
    zp_putc('\n');
    t->counts.lines++;
    reset_line(t);
}

/* Ends a line of the general path whose last piece is tail. */
static void end_line(struct text_sink *t, const unsigned char *tail, size_t n)
{
    if (t->len > 0) {
        append(t, tail, n);
        process_segment(t, t->line, t->len);
    } else {
        process_segment(t, tail, n);
    }
    finish_line(t);
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

/* Scans well-formed text from s[i] on, screening it for mojibake, up to the
 * first byte that needs more: LF, CR, U+2028, U+2029, or a sequence that is
 * ill-formed or cut by the end of s.  Returns its index, n if none. */
static size_t scan_text(struct text_sink *t, const unsigned char *s, size_t i, size_t n)
{
    while (i < n) {
        unsigned char b = s[i];
        if (b < 0x80) {
            if (b == '\n' || b == '\r')
                return i;
            i++;
            continue;
        }
        uint32_t cp;
        size_t len = zp_utf8_decode(s + i, n - i, &cp);
        if (len == 0 || cp == 0x2028 || cp == 0x2029)
            return i;
        if (t->screened < SCREENED_CHARS) {
            t->screened++;
            t->suspects += mojibake_suspect(cp);
        }
        i += len;
    }
    return n;
}

/* The fast path: the complete lines at the start of s[0, n) (at most
 * ZP_RESERVE_MAX bytes of them) validated, screened and normalised straight
 * into the output buffer.  Stops before the first line it cannot finish
 * alone: one cut by the end, with an ill-formed sequence or a line separator,
 * or worth a repair.  Returns the bytes it consumed, line ends included. */
static size_t fast_lines(struct text_sink *t, const unsigned char *s, size_t n)
{
    size_t bound = n < ZP_RESERVE_MAX ? n : ZP_RESERVE_MAX;
    t->out = zp_reserve(bound);
    t->out_cap = bound;
    t->out_len = 0;
    size_t consumed = 0, committed = 0;
    uintmax_t controls = t->counts.controls_dropped;
    for (;;) {
        size_t end = consumed + normalise(t, s + consumed, bound - consumed, true);
        if (end == bound || (s[end] != '\n' && s[end] != '\r') || worth_repair(t))
            break;
        /* Room is certain: the line end itself was input. */
        t->out[t->out_len++] = '\n';
        committed = t->out_len;
        controls = t->counts.controls_dropped;
        t->counts.lines++;
        reset_line_state(t);
        consumed = end + 1;
        if (s[end] == '\r') {
            if (consumed == bound)
                t->after_cr = true;
            else if (s[consumed] == '\n')
                consumed++;
        }
    }
    zp_commit(committed);
    t->counts.controls_dropped = controls;
    t->out = t->stage;
    t->out_cap = SEGMENT_CAP;
    reset_line(t);
    return consumed;
}

size_t text_feed(struct text_sink *t, const unsigned char *s, size_t n,
                 uintmax_t offset, bool final)
{
    size_t i = 0;
    while (i < n && !t->stopped) {
        if (t->after_cr) {
            t->after_cr = false;
            if (s[i] == '\n') {
                i++;
                continue;
            }
        }
        if (!t->line_open) {
            i += fast_lines(t, s + i, n - i);
            if (i == n || t->after_cr)
                continue;
        }
        size_t end = scan_text(t, s, i, n);
        if (end == n) {
            append(t, s + i, end - i);
            return n;
        }
        if (s[end] == '\n' || s[end] == '\r') {
            end_line(t, s + i, end - i);
            t->after_cr = s[end] == '\r';
            i = end + 1;
            continue;
        }
        uint32_t cp;
        size_t len = zp_utf8_decode(s + end, n - end, &cp);
        if (len > 0) { /* LINE or PARAGRAPH SEPARATOR */
            end_line(t, s + i, end - i);
            i = end + len;
            continue;
        }
        append(t, s + i, end - i);
        size_t prefix = zp_utf8_prefix_len(s + end, n - end);
        if (prefix == n - end && !final)
            return end;
        text_invalid_sequence(t, offset + end);
        i = end + (prefix ? prefix : 1);
    }
    return i;
}

void text_end(struct text_sink *t)
{
    /* After a --strict stop too: what came before the bad byte is a line. */
    if (t->line_open)
        end_line(t, NULL, 0);
}
