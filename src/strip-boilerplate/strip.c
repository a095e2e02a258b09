/* strip-boilerplate: the article alone (title, headings, whole paragraphs)
 * from a scraped page in the zhpipe text stream. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "keywords.h"
#include "text.h"
#include "zp.h"

static const char usage_text[] =
    "Usage: strip-boilerplate [OPTION]... [FILE]...\n"
    "Keep the article of each document in the zhpipe text stream: its title\n"
    "(and subtitle), headings and body paragraphs, in order, one per line.\n"
    "Drop page chrome (breadcrumbs, share and font buttons, publication lines,\n"
    "bylines, captions, copyright and licence lines, promotion), blank lines\n"
    "and repeated paragraphs; join paragraphs the scrape broke.  With no FILE,\n"
    "or when FILE is -, read standard input.\n"
    "\n"
    "  -e, --explain=FILE  write every dropped or joined line to FILE, as TSV\n"
    "                      (doc, line, action, rule, text)\n"
    "  -v, --verbose       the same on standard error\n"
    "  -j, --jobs=N        strip on N threads (default: one per processor, at\n"
    "                      most 8); the output is the same for every N\n"
    "      --help          display this help and exit\n"
    "      --version       output version information and exit\n"
    "\n"
    "Exit status: 0 if all went well, 1 if some input was bad (invalid UTF-8\n"
    "is kept as it is and reported), 2 on a usage error.\n"
    "See strip-boilerplate(1) and zhpipe(7).\n";

/* Shapes, in characters.  A heading is at most HEADING_MAX long; chrome that
 * a keyword names is short (SHORT_MAX) unless its class says otherwise. */
enum {
    HEADING_MAX = 30,
    SHORT_MAX = 60,
    TAIL_MIN = 10, /* a repeated tail shorter than this may be chance */
    TITLE_MIN = 5, /* before the title, a shorter line is a channel name */
};

struct line {
    const unsigned char *text; /* followed by LF */
    size_t len;
    uintmax_t number; /* in the input */
    size_t chars;
    const char *rule; /* why it was dropped or joined; NULL: kept */
    bool joined;      /* rule says why it continues the kept line before it */
    bool ends;        /* ends a sentence */
    bool enumerated;  /* opens with 一、 （一） 1. 第一 一是 */
    enum keyword_class start_class;
};

struct buffer {
    unsigned char *data;
    size_t len, cap;
};

/* Whole documents of one file, read by the main thread, stripped by a
 * worker, written by the main thread in input order. */
struct batch {
    const char *file;
    struct buffer in;      /* whole lines, the last ending in LF */
    uintmax_t first_line;  /* the number of in's first line in the file */
    struct buffer out;     /* what stripping writes */
    struct buffer explain; /* --explain rows */
    struct buffer bad;     /* numbers (uintmax_t) of lines of invalid UTF-8 */
    enum { BATCH_FREE, BATCH_READY, BATCH_TAKEN, BATCH_DONE } state;
};

/* The document being stripped, per thread: its lines point into the batch. */
static _Thread_local struct {
    const unsigned char *name; /* from the header; "-" without one */
    size_t name_len;
    struct line *lines;
    size_t count, cap;
    struct buffer joined; /* paragraphs joined from pieces, each with its LF */
    struct batch *batch;
} doc;

static FILE *explain;
static const char *explain_name;

static void *grow(void *p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return p;
    size_t cap2 = *cap ? *cap : 64;
    while (cap2 < need)
        cap2 *= 2;
    p = realloc(p, cap2 * size);
    if (!p)
        zp_fatal("out of memory");
    *cap = cap2;
    return p;
}

static void buffer_add(struct buffer *b, const void *data, size_t len)
{
    if (len == 0)
        return;
    b->data = grow(b->data, &b->cap, b->len + len, 1);
    memcpy(b->data + b->len, data, len);
    b->len += len;
}

static bool has_han(const unsigned char *s, size_t n)
{
    for (size_t at = 0, len; at < n; at += len) {
        uint32_t cp;
        len = zp_utf8_char(s + at, n - at, &cp);
        if (zp_is_han(cp))
            return true;
    }
    return false;
}

static void measure(struct line *l)
{
    const unsigned char *s = l->text;
    size_t enumerator_len;
    l->chars = zp_count_chars(s, l->len);
    l->ends = zp_ends_sentence(s, l->len);
    l->enumerated = zp_enumerator(s, l->len, &enumerator_len) != ZP_ENUM_NONE;
    l->start_class = keywords_start(s, l->len);
}

static bool is_heading_like(const struct line *l)
{
    return !l->ends && (l->chars <= HEADING_MAX || (l->enumerated && l->chars <= SHORT_MAX));
}

/* Counts the separators of a row of links (| ｜) or of a breadcrumb (> » ›
 * ＞ →), and the characters of the longest part between them. */
static void count_separators(const unsigned char *s, size_t n, size_t *bars, size_t *arrows,
                             size_t *longest_part)
{
    size_t part = 0;
    *bars = *arrows = *longest_part = 0;
    for (size_t at = 0; at < n;) {
        unsigned char b = s[at];
        bool bar = b == '|', arrow = b == '>';
        size_t len = 1;
        if (b >= 0xC0) {
            len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            len = len <= n - at ? len : n - at;
            unsigned b1 = len > 1 ? s[at + 1] : 0, b2 = len > 2 ? s[at + 2] : 0;
            bar = b == 0xEF && b1 == 0xBD && b2 == 0x9C;
            arrow = (b == 0xC2 && b1 == 0xBB) || (b == 0xE2 && b1 == 0x80 && b2 == 0xBA) ||
                    (b == 0xEF && b1 == 0xBC && b2 == 0x9E) || (b == 0xE2 && b1 == 0x86 && b2 == 0x92);
        }
        *bars += bar;
        *arrows += arrow;
        if (bar || arrow)
            part = 0;
        else if (b != ' ' && ++part > *longest_part)
            *longest_part = part;
        at += len;
    }
}

/* Whether a separator that count_separators counts may stand in s: its
 * bytes looked for at every place, 16 places at a time, which on the many
 * lines without one costs less than going character by character.  s[n]
 * may be read: it is the line's LF. */
static bool may_have_separator(const unsigned char *s, size_t n)
{
    size_t at = 0;
#ifdef __SSE2__
    for (; at + 18 <= n + 1; at += 16) {
        __m128i b0 = _mm_loadu_si128((const __m128i *)(const void *)(s + at));
        __m128i b1 = _mm_loadu_si128((const __m128i *)(const void *)(s + at + 1));
        __m128i b2 = _mm_loadu_si128((const __m128i *)(const void *)(s + at + 2));
#define BYTES_ARE(v, c) _mm_cmpeq_epi8(v, _mm_set1_epi8((char)(c)))
        __m128i ef = BYTES_ARE(b0, 0xEF), e2 = BYTES_ARE(b0, 0xE2);
        __m128i found = _mm_or_si128(
            _mm_or_si128(BYTES_ARE(b0, '|'), BYTES_ARE(b0, '>')),
            _mm_or_si128(
                _mm_and_si128(BYTES_ARE(b0, 0xC2), BYTES_ARE(b1, 0xBB)),
                _mm_or_si128(
                    _mm_and_si128(ef, _mm_or_si128(_mm_and_si128(BYTES_ARE(b1, 0xBD), BYTES_ARE(b2, 0x9C)),
                                                   _mm_and_si128(BYTES_ARE(b1, 0xBC), BYTES_ARE(b2, 0x9E)))),
                    _mm_and_si128(e2, _mm_or_si128(_mm_and_si128(BYTES_ARE(b1, 0x80), BYTES_ARE(b2, 0xBA)),
                                                   _mm_and_si128(BYTES_ARE(b1, 0x86), BYTES_ARE(b2, 0x92)))))));
#undef BYTES_ARE
        if (_mm_movemask_epi8(found))
            return true;
    }
#endif
    for (; at < n; at++) {
        unsigned b1 = at + 1 < n ? s[at + 1] : 0, b2 = at + 2 < n ? s[at + 2] : 0;
        switch (s[at]) {
        case '|':
        case '>': return true;
        case 0xC2: if (b1 == 0xBB) return true; break;
        case 0xE2: if ((b1 == 0x80 && b2 == 0xBA) || (b1 == 0x86 && b2 == 0x92)) return true; break;
        case 0xEF: if ((b1 == 0xBD && b2 == 0x9C) || (b1 == 0xBC && b2 == 0x9E)) return true; break;
        default: break;
        }
    }
    return false;
}

/* A line made only of a date and time (2021-05-12 10:30, 2021年5月12日 星期三). */
static bool is_date_line(const unsigned char *s, size_t n)
{
    static const char date_chars[] = "年月日时分秒星期一二三四五六天周:-/. ";
    if (n == 0 || s[0] < '0' || s[0] > '9')
        return false;
    size_t digits = 0;
    for (size_t at = 0, len; at < n; at += len) {
        uint32_t cp;
        len = zp_utf8_char(s + at, n - at, &cp);
        if (cp >= '0' && cp <= '9') {
            digits++;
            continue;
        }
        unsigned char one[5]; /* a character and NUL */
        size_t one_len = zp_utf8_encode(cp, one);
        one[one_len] = '\0';
        if (cp == 0 || !strstr(date_chars, (const char *)one))
            return false;
    }
    return digits > 0;
}

static bool is_parenthesised(const unsigned char *s, size_t n)
{
    uint32_t first, last;
    if (n < 2)
        return false;
    zp_utf8_char(s, n, &first);
    zp_utf8_last(s, n, &last);
    return (first == 0xFF08 || first == '(') && (last == 0xFF09 || last == ')');
}

/* Why the line, taken alone, is page chrome; NULL when it may be article. */
static const char *chrome_rule(const struct line *l)
{
    const unsigned char *s = l->text;
    size_t n = l->len, chars = l->chars;
    if (n == 0)
        return "blank";
    switch (l->start_class) {
    case KW_TEASER:
        return "teaser";
    case KW_BREADCRUMB:
    case KW_PUBLICATION:
    case KW_PREVNEXT:
    case KW_PROMOTION:
        if (chars <= 2 * SHORT_MAX)
            return keyword_class_name(l->start_class);
        break;
    case KW_BYLINE:
        if (chars <= 40 && (!l->ends || chars <= 20))
            return "byline";
        break;
    case KW_CAPTION:
    case KW_EDITOR:
    case KW_SHARE:
    case KW_FONT:
        if (chars <= SHORT_MAX)
            return keyword_class_name(l->start_class);
        break;
    case KW_DISCLAIMER:
        return "disclaimer";
    default:
        break;
    }
    /* A sentence waits for the look after the body: chrome below that a
     * keyword or a separator marks ends in none. */
    if (chars > SHORT_MAX || l->ends)
        return NULL;
    enum keyword_class any = keywords_any(s, n);
    if (any == KW_BYLINE && chars > HEADING_MAX)
        any = KW_NONE;
    if (any != KW_NONE)
        return keyword_class_name(any);
    enum keyword_class row = keywords_token_row(s, n);
    if (row != KW_NONE)
        return keyword_class_name(row);
    if (!l->ends && keywords_end(s, n, KW_CAPTION) != KW_NONE)
        return "caption";
    size_t bars = 0, arrows = 0, longest_part = 0;
    if (may_have_separator(s, n))
        count_separators(s, n, &bars, &arrows, &longest_part);
    if (bars >= 2 && longest_part <= 12)
        return "footer";
    if (arrows >= 1 && longest_part <= 12)
        return "breadcrumb";
    if (chars <= 40 && !has_han(s, n))
        return "no-text";
    if (is_date_line(s, n))
        return "date";
    if (is_parenthesised(s, n) && !l->enumerated)
        return "caption";
    return NULL;
}

static void report(const struct line *l, const char *action)
{
    if (!explain)
        return;
    struct buffer *log = &doc.batch->explain;
    char fields[128];
    int len = snprintf(fields, sizeof fields, "\t%ju\t%s\t%s\t", l->number, action, l->rule);
    buffer_add(log, doc.name, doc.name_len);
    buffer_add(log, fields, (size_t)len);
    buffer_add(log, l->text, l->len + 1);
}

static void drop(struct line *l, const char *rule)
{
    if (!l->rule)
        l->rule = rule;
}

/* An author line under the title: a position and a name (某某区委书记 张某某). */
static bool is_author_line(const struct line *l)
{
    if (l->ends || l->chars > 25)
        return false;
    const unsigned char *s = l->text;
    const unsigned char *space = memchr(s, ' ', l->len);
    if (!space)
        return false;
    size_t name_chars = 0;
    const unsigned char *name = s + l->len;
    while (name > space + 1 && name[-1] != ' ')
        name--;
    for (size_t at = 0, len; name + at < s + l->len; at += len, name_chars++) {
        uint32_t cp;
        len = zp_utf8_char(name + at, (size_t)(s + l->len - name - at), &cp);
        if (!zp_is_han(cp))
            return false;
    }
    return name_chars >= 2 && name_chars <= 4 &&
           keywords_end(s, (size_t)(space - s), KW_POSITION) != KW_NONE;
}

static bool starts_with(const struct line *l, const char *prefix)
{
    size_t n = strlen(prefix);
    return l->len >= n && memcmp(l->text, prefix, n) == 0;
}

/* A line that is broken off: it does not end a sentence and is no heading. */
static bool is_open_piece(const struct line *l)
{
    return !l->ends && !l->enumerated &&
           (l->chars > HEADING_MAX || zp_ends_open(l->text, l->len));
}

static bool continues(const struct line *l) { return !l->rule && !l->enumerated; }

/* The next kept line after i, or doc.count. */
static size_t next_kept(size_t i)
{
    for (i++; i < doc.count && doc.lines[i].rule; i++)
        ;
    return i;
}

/* Joins pieces of broken paragraphs to the piece before, and drops a short
 * line that interrupts one (an image caption between the pieces). */
static void mend(size_t body)
{
    size_t open = doc.count; /* the kept line a continuation would join */
    for (size_t i = next_kept(body - 1); i < doc.count; i = next_kept(i)) {
        struct line *l = &doc.lines[i];
        if (open < doc.count) {
            size_t after = next_kept(i);
            if (!l->ends && l->chars <= HEADING_MAX && !l->enumerated && after < doc.count &&
                continues(&doc.lines[after]) && !is_heading_like(&doc.lines[after])) {
                drop(l, "caption");
                continue;
            }
            if (continues(l)) {
                l->rule = "broken";
                l->joined = true;
                /* the joined paragraph stays open while its last piece does */
                if (l->ends || is_heading_like(l))
                    open = doc.count;
                continue;
            }
        }
        open = is_open_piece(l) ? i : doc.count;
    }
}

/* The paragraph that starts at kept line i, with the pieces joined to it,
 * as one line of text in doc.joined, which has room for it. */
static void gather(size_t i)
{
    struct line *head = &doc.lines[i];
    size_t j = i + 1;
    while (j < doc.count && doc.lines[j].rule && !doc.lines[j].joined)
        j++;
    if (j == doc.count || !doc.lines[j].joined)
        return;
    struct buffer *joined = &doc.joined;
    unsigned char *start = joined->data + joined->len;
    memcpy(start, head->text, head->len);
    joined->len += head->len;
    for (size_t k = i + 1; k < doc.count && doc.lines[k].rule; k++) {
        const struct line *piece = &doc.lines[k];
        if (!piece->joined)
            continue;
        unsigned char before = joined->data[joined->len - 1], after = piece->text[0];
        /* Latin words broken apart keep a space between them. */
        bool latin = piece->len > 0 && ((before | 0x20) >= 'a' && (before | 0x20) <= 'z') &&
                     ((after | 0x20) >= 'a' && (after | 0x20) <= 'z');
        if (latin)
            joined->data[joined->len++] = ' ';
        memcpy(joined->data + joined->len, piece->text, piece->len);
        joined->len += piece->len;
    }
    head->text = start;
    head->len = (size_t)(joined->data + joined->len - start);
    joined->data[joined->len++] = '\n';
}

/* Room in doc.joined for every paragraph joined from pieces: at most the
 * document's text, a space between each two pieces and an LF each. */
static void gather_all(size_t title)
{
    bool any = false;
    for (size_t i = title; i < doc.count && !any; i++)
        any = doc.lines[i].joined;
    if (!any)
        return;
    const struct line *last = &doc.lines[doc.count - 1];
    size_t span = (size_t)(last->text + last->len - doc.lines[0].text);
    doc.joined.len = 0;
    doc.joined.data = grow(doc.joined.data, &doc.joined.cap, span + 2 * doc.count, 1);
    for (size_t i = title; i < doc.count; i = next_kept(i))
        gather(i);
}

/* Repeats: a kept line equal to an earlier one, or the tail of an earlier
 * paragraph.  Hash tables over the document's kept lines keep it linear;
 * they are kept from one document to the next, as most are small. */
static _Thread_local struct {
    size_t *whole, *tails, cap;
} seen;

/* The length and at most 16 bytes from each end: two different lines that
 * agree on all of these are rare, and the table compares them whole. */
static uint64_t hash_bytes(const unsigned char *s, size_t n)
{
    uint64_t h = n * UINT64_C(0x9E3779B97F4A7C15), w[4] = {0, 0, 0, 0};
    if (n >= 16) {
        memcpy(w, s, 16);
        memcpy(w + 2, s + n - 16, 16);
    } else {
        memcpy(w, s, n);
    }
    for (int i = 0; i < 4; i++) {
        h = (h ^ w[i]) * UINT64_C(0xFF51AFD7ED558CCD);
        h ^= h >> 32;
    }
    return h;
}

enum { TAIL_BYTES = 3 * TAIL_MIN };

static void drop_repeats(void)
{
    size_t cap = 16;
    while (cap < 4 * doc.count)
        cap *= 2;
    /* open addressing, two tables: whole lines, and the last TAIL_BYTES bytes
     * of longer ones; each slot holds 1 + a line index */
    if (cap > seen.cap) {
        free(seen.whole);
        free(seen.tails);
        seen.whole = malloc(cap * sizeof *seen.whole);
        seen.tails = malloc(cap * sizeof *seen.tails);
        if (!seen.whole || !seen.tails)
            zp_fatal("out of memory");
        seen.cap = cap;
    }
    size_t *whole = seen.whole, *tails = seen.tails;
    memset(whole, 0, cap * sizeof *whole);
    memset(tails, 0, cap * sizeof *tails);
    for (size_t i = 0; i < doc.count; i++) {
        struct line *l = &doc.lines[i];
        if (l->rule)
            continue;
        const unsigned char *s = l->text;
        size_t slot = hash_bytes(s, l->len) & (cap - 1);
        for (; whole[slot]; slot = (slot + 1) & (cap - 1)) {
            const struct line *e = &doc.lines[whole[slot] - 1];
            if (e->len == l->len && memcmp(e->text, s, l->len) == 0)
                break;
        }
        if (whole[slot]) {
            l->rule = "repeat";
            continue;
        }
        whole[slot] = i + 1;
        if (l->len < TAIL_BYTES)
            continue;
        size_t tail_slot = hash_bytes(s + l->len - TAIL_BYTES, TAIL_BYTES) & (cap - 1);
        if (l->chars >= TAIL_MIN) {
            size_t t = tail_slot;
            for (; tails[t]; t = (t + 1) & (cap - 1)) {
                const struct line *e = &doc.lines[tails[t] - 1];
                if (e->len > l->len && memcmp(e->text + e->len - l->len, s, l->len) == 0)
                    break;
            }
            if (tails[t]) {
                l->rule = "repeat-tail";
                continue;
            }
        }
        while (tails[tail_slot])
            tail_slot = (tail_slot + 1) & (cap - 1);
        tails[tail_slot] = i + 1;
    }
}

static void strip_document(void)
{
    if (doc.count == 0)
        return;
    for (size_t i = 0; i < doc.count; i++) {
        measure(&doc.lines[i]);
        doc.lines[i].rule = chrome_rule(&doc.lines[i]);
    }
    /* The title: the first line that is not chrome; what stands before it is. */
    size_t title = 0;
    for (; title < doc.count; title++) {
        struct line *l = &doc.lines[title];
        if (!l->rule && l->chars < TITLE_MIN)
            l->rule = "before-title";
        if (!l->rule && keywords_end(l->text, l->len, KW_SITE) != KW_NONE && l->chars <= 20)
            l->rule = "site";
        if (!l->rule)
            break;
    }
    if (title == doc.count)
        goto out;
    /* From a disclaimer's header on, all is footer: its clauses read like
     * prose. */
    for (size_t i = title + 1; i < doc.count; i++)
        if (doc.lines[i].start_class == KW_DISCLAIMER) {
            for (; i < doc.count; i++)
                drop(&doc.lines[i], "disclaimer");
            break;
        }
    /* Under the title: a subtitle stays, an author line goes. */
    size_t body = next_kept(title);
    if (body < doc.count && (starts_with(&doc.lines[body], "——") ||
                             starts_with(&doc.lines[body], "--")))
        body = next_kept(body);
    if (body < doc.count && is_author_line(&doc.lines[body])) {
        doc.lines[body].rule = "author";
        body = next_kept(body);
    }
    /* After the body: the last line that ends a sentence and is not chrome
     * ends it; beyond it, a keyword anywhere in a line marks chrome, and
     * what is left is no sentence. */
    for (size_t i = doc.count; i-- > body;) {
        struct line *l = &doc.lines[i];
        if (l->rule)
            continue;
        /* a sentence goes only for a copyright or licence in it */
        enum keyword_class any = keywords_any(l->text, l->len);
        if (any != KW_NONE && any != KW_BYLINE &&
            (!l->ends || any == KW_COPYRIGHT || any == KW_LICENCE)) {
            l->rule = keyword_class_name(any);
            continue;
        }
        if (l->ends)
            break;
        l->rule = "after-body";
    }
    if (body < doc.count)
        mend(body);
    gather_all(title);
    drop_repeats();
out:
    for (size_t i = 0; i < doc.count; i++) {
        const struct line *l = &doc.lines[i];
        if (l->rule) {
            report(l, l->joined ? "join" : "drop");
            continue;
        }
        buffer_add(&doc.batch->out, l->text, l->len + 1);
    }
}

/* The line of the document that holds the byte at p. */
static const struct line *line_at(const unsigned char *p)
{
    size_t low = 0, high = doc.count;
    while (high - low > 1) {
        size_t mid = low + (high - low) / 2;
        if (doc.lines[mid].text <= p)
            low = mid;
        else
            high = mid;
    }
    return &doc.lines[low];
}

static void end_document(void)
{
    if (doc.count == 0)
        return;
    /* the document's lines stand together in the batch, each with its LF,
     * which ends any character cut by the line's end */
    const struct line *last = &doc.lines[doc.count - 1];
    const unsigned char *p = doc.lines[0].text, *end = last->text + last->len + 1;
    while (p < end) {
        p += zp_utf8_valid_len(p, (size_t)(end - p));
        if (p < end) {
            const struct line *bad = line_at(p);
            buffer_add(&doc.batch->bad, &bad->number, sizeof bad->number);
            p = bad->text + bad->len + 1;
        }
    }
    strip_document();
    doc.count = 0;
}

/* The LFs of a batch, in order: 16 bytes are compared at once and their
 * LFs taken from a bit mask, which for lines of a few dozen bytes costs less
 * than a memchr call per line. */
struct lf_scan {
    const unsigned char *at, *end; /* the next 16 bytes to look at */
    const unsigned char *block;    /* the bytes that mask tells of */
    unsigned mask;
};

/* The next LF; there is one, as a batch ends in LF. */
static const unsigned char *next_lf(struct lf_scan *scan)
{
#ifdef __SSE2__
    while (scan->mask == 0 && scan->end - scan->at >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)scan->at);
        scan->mask = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
        scan->block = scan->at;
        scan->at += 16;
    }
    if (scan->mask != 0) {
        const unsigned char *lf = scan->block + __builtin_ctz(scan->mask);
        scan->mask &= scan->mask - 1;
        return lf;
    }
#endif
    const unsigned char *lf = memchr(scan->at, '\n', (size_t)(scan->end - scan->at));
    scan->at = lf + 1;
    return lf;
}

static void strip_batch(struct batch *b)
{
    b->out.len = b->explain.len = b->bad.len = 0;
    doc.batch = b;
    doc.name = (const unsigned char *)"-";
    doc.name_len = 1;
    const unsigned char *p = b->in.data, *end = p + b->in.len;
    struct lf_scan scan = {.at = p, .end = end};
    for (uintmax_t number = b->first_line; p < end; number++) {
        const unsigned char *lf = next_lf(&scan);
        size_t len = (size_t)(lf - p);
        if (zp_is_header(p, len)) {
            end_document();
            doc.name = p + 1;
            doc.name_len = len - 1;
            buffer_add(&b->out, p, len + 1);
        } else {
            doc.lines = grow(doc.lines, &doc.cap, doc.count + 1, sizeof *doc.lines);
            doc.lines[doc.count++] = (struct line){.text = p, .len = len, .number = number};
        }
        p = lf + 1;
    }
    /* A document ends with its batch, which ends at a header or with its
     * file: the next file without a header is another document. */
    end_document();
}

static void free_thread_state(void)
{
    free(doc.lines);
    free(doc.joined.data);
    free(seen.whole);
    free(seen.tails);
}

/* The workers take batches in input order; the main thread reads, hands
 * out and writes.  With one job there are no workers: the main thread
 * strips each batch itself. */
static struct {
    pthread_mutex_t lock;
    pthread_cond_t ready, done;
    struct batch *slots;
    size_t slot_count;
    /* counts of batches filled, taken by a worker and written: batch k is
     * in slot k % slot_count */
    size_t filled, taken, written;
    bool closing;
    pthread_t *workers;
    size_t worker_count;
} pool;

static void *work(void *unused)
{
    (void)unused;
    pthread_mutex_lock(&pool.lock);
    for (;;) {
        while (pool.taken == pool.filled && !pool.closing)
            pthread_cond_wait(&pool.ready, &pool.lock);
        if (pool.taken == pool.filled)
            break;
        struct batch *b = &pool.slots[pool.taken++ % pool.slot_count];
        b->state = BATCH_TAKEN;
        pthread_mutex_unlock(&pool.lock);
        strip_batch(b);
        pthread_mutex_lock(&pool.lock);
        b->state = BATCH_DONE;
        pthread_cond_broadcast(&pool.done);
    }
    pthread_mutex_unlock(&pool.lock);
    free_thread_state();
    return NULL;
}

static void write_batch(struct batch *b)
{
    if (b->out.len > 0) /* else out.data may be NULL */
        zp_write(b->out.data, b->out.len);
    if (explain && b->explain.len > 0 && fwrite(b->explain.data, 1, b->explain.len, explain) != b->explain.len)
        zp_fatal("%s: write error: %s", explain_name ? explain_name : "standard error",
                 strerror(errno));
    for (size_t at = 0; at < b->bad.len; at += sizeof(uintmax_t)) {
        uintmax_t number;
        memcpy(&number, b->bad.data + at, sizeof number);
        zp_error(b->file, "line %ju: invalid UTF-8", number);
    }
    b->state = BATCH_FREE;
}

/* Writes the oldest batch; when wait, waits for a worker to finish it. */
static bool write_oldest(bool wait)
{
    if (pool.written == pool.filled)
        return false;
    struct batch *b = &pool.slots[pool.written % pool.slot_count];
    pthread_mutex_lock(&pool.lock);
    while (wait && b->state != BATCH_DONE)
        pthread_cond_wait(&pool.done, &pool.lock);
    bool done = b->state == BATCH_DONE;
    pthread_mutex_unlock(&pool.lock);
    if (!done)
        return false;
    write_batch(b);
    pool.written++;
    return true;
}

static size_t count_lines(const unsigned char *s, size_t n)
{
    size_t lines = 0, i = 0;
#ifdef __SSE2__
    /* a count per lane, summed before it can pass 255 */
    while (i + 16 <= n) {
        __m128i counts = _mm_setzero_si128();
        for (int round = 0; round < 255 && i + 16 <= n; round++, i += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            counts = _mm_sub_epi8(counts, _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
        }
        __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
        lines += (size_t)_mm_cvtsi128_si32(sums) + (size_t)_mm_extract_epi16(sums, 4);
    }
#endif
    for (; i < n; i++)
        lines += s[i] == '\n';
    return lines;
}

/* Hands out the first len bytes of *pending, whole lines ending in LF, as a
 * batch; what follows them stays in *pending. */
static void hand_out(const char *file, struct buffer *pending, size_t len, uintmax_t *line)
{
    if (pool.filled - pool.written == pool.slot_count)
        write_oldest(true);
    struct batch *b = &pool.slots[pool.filled % pool.slot_count];
    struct buffer rest = b->in;
    rest.len = 0;
    buffer_add(&rest, pending->data + len, pending->len - len);
    b->in = *pending;
    b->in.len = len;
    *pending = rest;
    b->file = file;
    b->first_line = *line;
    *line += count_lines(b->in.data, len);
    if (pool.worker_count == 0) {
        strip_batch(b);
        b->state = BATCH_DONE;
        pool.filled++;
    } else {
        pthread_mutex_lock(&pool.lock);
        b->state = BATCH_READY;
        pool.filled++;
        pthread_cond_signal(&pool.ready);
        pthread_mutex_unlock(&pool.lock);
    }
    while (write_oldest(false))
        ;
}

enum { BATCH_BYTES = 1 << 18, READ_BYTES = 1 << 16 };

/* Reads the file in batches that end where a document begins (a header
 * after an LF), so that no document is split between two workers; a
 * document longer than a batch makes its batch longer. */
static void strip_file(const char *name, struct buffer *pending)
{
    int fd = zp_open(name);
    if (fd < 0)
        return;
    uintmax_t line = 1;
    size_t scanned = 0, last_header = 0; /* where the last document began */
    pending->len = 0;
    for (;;) {
        pending->data = grow(pending->data, &pending->cap, pending->len + READ_BYTES + 1, 1);
        ssize_t got = zp_read(fd, name, pending->data + pending->len, READ_BYTES);
        if (got <= 0)
            break;
        pending->len += (size_t)got;
        for (;;) {
            const unsigned char *header =
                memchr(pending->data + scanned, ZP_HEADER_BYTE, pending->len - scanned);
            if (!header)
                break;
            scanned = (size_t)(header - pending->data) + 1;
            if (header > pending->data && header[-1] == '\n')
                last_header = scanned - 1;
        }
        scanned = pending->len;
        if (pending->len >= BATCH_BYTES && last_header > 0) {
            hand_out(name, pending, last_header, &line);
            scanned = pending->len;
            last_header = 0;
        }
    }
    if (pending->len > 0) {
        if (pending->data[pending->len - 1] != '\n')
            pending->data[pending->len++] = '\n';
        hand_out(name, pending, pending->len, &line);
    }
    zp_close(fd, name);
}

/* One job: the main thread strips; more: that many workers, and two
 * batches each in flight so that none waits for the reader. */
static void start_pool(size_t jobs)
{
    pool.worker_count = jobs > 1 ? jobs : 0;
    pool.slot_count = jobs > 1 ? 2 * jobs : 1;
    pool.slots = calloc(pool.slot_count, sizeof *pool.slots);
    pool.workers = calloc(pool.worker_count + 1, sizeof *pool.workers);
    if (!pool.slots || !pool.workers)
        zp_fatal("out of memory");
    pthread_mutex_init(&pool.lock, NULL);
    pthread_cond_init(&pool.ready, NULL);
    pthread_cond_init(&pool.done, NULL);
    for (size_t i = 0; i < pool.worker_count; i++) {
        int err = pthread_create(&pool.workers[i], NULL, work, NULL);
        if (err)
            zp_fatal("cannot start a thread: %s", strerror(err));
    }
}

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    enum { OPT_HELP = 256, OPT_VERSION };
    static const struct option long_options[] = {
        {"explain", required_argument, NULL, 'e'},
        {"verbose", no_argument, NULL, 'v'},
        {"jobs", required_argument, NULL, 'j'},
        {"help", no_argument, NULL, OPT_HELP},
        {"version", no_argument, NULL, OPT_VERSION},
        {NULL, 0, NULL, 0},
    };
    /* past a few threads the one reader and writer is the limit */
    enum { DEFAULT_JOBS_MAX = 8 };
    long processors = sysconf(_SC_NPROCESSORS_ONLN);
    size_t jobs = processors <= 1                ? 1
                  : processors > DEFAULT_JOBS_MAX ? DEFAULT_JOBS_MAX
                                                  : (size_t)processors;
    int opt;
    while ((opt = getopt_long(argc, argv, "e:vj:", long_options, NULL)) != -1) {
        switch (opt) {
        case 'e': explain_name = optarg; break;
        case 'v': explain_name = NULL; explain = stderr; break;
        case 'j': {
            char *end;
            errno = 0;
            unsigned long n = strtoul(optarg, &end, 10);
            if (errno || end == optarg || *end || n == 0 || n > 256 || optarg[0] == '-')
                zp_usage_error("invalid number of jobs: '%s' (1 to 256)", optarg);
            jobs = n;
            break;
        }
        case OPT_HELP: zp_puts(usage_text); zp_exit();
        case OPT_VERSION: zp_print_version();
        default: zp_try_help();
        }
    }
    if (explain_name) {
        explain = fopen(explain_name, "w");
        if (!explain)
            zp_usage_error("cannot write %s: %s", explain_name, strerror(errno));
    }
    if (explain)
        fputs("doc\tline\taction\trule\ttext\n", explain);
    keywords_init();
    start_pool(jobs);
    struct buffer pending = {0};
    for (int i = optind; i == optind || i < argc; i++)
        strip_file(i < argc ? argv[i] : "-", &pending);
    while (write_oldest(true))
        ;
    pthread_mutex_lock(&pool.lock);
    pool.closing = true;
    pthread_cond_broadcast(&pool.ready);
    pthread_mutex_unlock(&pool.lock);
    for (size_t i = 0; i < pool.worker_count; i++)
        pthread_join(pool.workers[i], NULL);
    if (explain && (fflush(explain) != 0 || ferror(explain) ||
                    (explain != stderr && fclose(explain) != 0)))
        zp_fatal("%s: write error: %s", explain_name ? explain_name : "standard error",
                 strerror(errno));
    for (size_t i = 0; i < pool.slot_count; i++) {
        free(pool.slots[i].in.data);
        free(pool.slots[i].out.data);
        free(pool.slots[i].explain.data);
        free(pool.slots[i].bad.data);
    }
    free(pool.slots);
    free(pool.workers);
    free(pending.data);
    free_thread_state();
    zp_exit();
}
