/* strip-boilerplate: the article alone (title, headings, whole paragraphs)
 * from a scraped page in the zhpipe text stream. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    size_t start, len; /* in doc.text */
    uintmax_t number;  /* in the input */
    size_t chars;
    const char *rule; /* why it was dropped or joined; NULL: kept */
    bool joined;      /* rule says why it continues the kept line before it */
    bool ends;        /* ends a sentence */
    bool enumerated;  /* opens with 一、 （一） 1. 第一 一是 */
    enum keyword_class start_class;
};

static struct {
    const char *name; /* from the header; "-" without one */
    unsigned char *text;
    size_t text_len, text_cap;
    struct line *lines;
    size_t count, cap;
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

static const unsigned char *text_of(const struct line *l) { return doc.text + l->start; }

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
    const unsigned char *s = text_of(l);
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
        unsigned char one[4];
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
    const unsigned char *s = text_of(l);
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
    size_t bars, arrows, longest_part;
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
    fprintf(explain, "%s\t%ju\t%s\t%s\t", doc.name, l->number, action, l->rule);
    fwrite(text_of(l), 1, l->len, explain);
    fputc('\n', explain);
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
    const unsigned char *s = text_of(l);
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
    return l->len >= n && memcmp(text_of(l), prefix, n) == 0;
}

/* A line that is broken off: it does not end a sentence and is no heading. */
static bool is_open_piece(const struct line *l)
{
    return !l->ends && !l->enumerated &&
           (l->chars > HEADING_MAX || zp_ends_open(text_of(l), l->len));
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
 * as one line of text: written over the first piece's place when joined. */
static void gather(size_t i)
{
    struct line *head = &doc.lines[i];
    size_t total = head->len, j;
    for (j = i + 1; j < doc.count && doc.lines[j].rule; j++)
        if (doc.lines[j].joined)
            total += doc.lines[j].len + 1; /* and a space, perhaps */
    if (total == head->len)
        return;
    doc.text = grow(doc.text, &doc.text_cap, doc.text_len + total, 1);
    size_t start = doc.text_len;
    memcpy(doc.text + start, doc.text + head->start, head->len);
    doc.text_len += head->len;
    for (size_t k = i + 1; k < j; k++) {
        const struct line *piece = &doc.lines[k];
        if (!piece->joined)
            continue;
        const unsigned char *before = doc.text + doc.text_len - 1, *after = text_of(piece);
        /* Latin words broken apart keep a space between them. */
        bool latin = piece->len > 0 && ((*before | 0x20) >= 'a' && (*before | 0x20) <= 'z') &&
                     ((*after | 0x20) >= 'a' && (*after | 0x20) <= 'z');
        if (latin)
            doc.text[doc.text_len++] = ' ';
        memcpy(doc.text + doc.text_len, after, piece->len);
        doc.text_len += piece->len;
    }
    head->start = start;
    head->len = doc.text_len - start;
}

/* Repeats: a kept line equal to an earlier one, or the tail of an earlier
 * paragraph.  Hash tables over the document's kept lines keep it linear;
 * they are kept from one document to the next, as most are small. */
static struct {
    size_t *whole, *tails, cap;
} seen;

/* Eight bytes at a time: lines are hashed whole. */
static uint64_t hash_bytes(const unsigned char *s, size_t n)
{
    uint64_t h = n * UINT64_C(0x9E3779B97F4A7C15), w;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, s + i, sizeof w);
        h = (h ^ w) * UINT64_C(0xFF51AFD7ED558CCD);
        h ^= h >> 32;
    }
    w = 0;
    memcpy(&w, s + i, n - i);
    h = (h ^ w) * UINT64_C(0xC4CEB9FE1A85EC53);
    return h ^ (h >> 29);
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
        const unsigned char *s = text_of(l);
        size_t slot = hash_bytes(s, l->len) & (cap - 1);
        for (; whole[slot]; slot = (slot + 1) & (cap - 1)) {
            const struct line *e = &doc.lines[whole[slot] - 1];
            if (e->len == l->len && memcmp(text_of(e), s, l->len) == 0)
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
                if (e->len > l->len && memcmp(text_of(e) + e->len - l->len, s, l->len) == 0)
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
        if (!l->rule && keywords_end(text_of(l), l->len, KW_SITE) != KW_NONE && l->chars <= 20)
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
        enum keyword_class any = keywords_any(text_of(l), l->len);
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
    for (size_t i = title; i < doc.count; i = next_kept(i))
        gather(i);
    drop_repeats();
out:
    for (size_t i = 0; i < doc.count; i++) {
        const struct line *l = &doc.lines[i];
        if (l->rule) {
            report(l, l->joined ? "join" : "drop");
            continue;
        }
        zp_write(text_of(l), l->len);
        zp_putc('\n');
    }
}

static void end_document(void)
{
    strip_document();
    doc.count = doc.text_len = 0;
}

static void add_line(const unsigned char *s, size_t len, uintmax_t number)
{
    /* a document of blank lines has no text at all: doc.text may stay NULL */
    if (len > 0) {
        doc.text = grow(doc.text, &doc.text_cap, doc.text_len + len, 1);
        memcpy(doc.text + doc.text_len, s, len);
    }
    doc.lines = grow(doc.lines, &doc.cap, doc.count + 1, sizeof *doc.lines);
    doc.lines[doc.count++] = (struct line){.start = doc.text_len, .len = len, .number = number};
    doc.text_len += len;
}

static void process_line(const char *name, uintmax_t number, const unsigned char *line,
                         size_t len)
{
    if (zp_is_header(line, len)) {
        end_document();
        free((char *)doc.name);
        doc.name = strndup((const char *)line + 1, len - 1);
        if (!doc.name)
            zp_fatal("out of memory");
        zp_write(line, len);
        zp_putc('\n');
        return;
    }
    if (zp_utf8_valid_len(line, len) != len)
        zp_error(name, "line %ju: invalid UTF-8", number);
    add_line(line, len, number);
}

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    enum { OPT_HELP = 256, OPT_VERSION };
    static const struct option long_options[] = {
        {"explain", required_argument, NULL, 'e'},
        {"verbose", no_argument, NULL, 'v'},
        {"help", no_argument, NULL, OPT_HELP},
        {"version", no_argument, NULL, OPT_VERSION},
        {NULL, 0, NULL, 0},
    };
    int opt;
    while ((opt = getopt_long(argc, argv, "e:v", long_options, NULL)) != -1) {
        switch (opt) {
        case 'e': explain_name = optarg; break;
        case 'v': explain_name = NULL; explain = stderr; break;
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
    for (int i = optind; i == optind || i < argc; i++) {
        const char *name = i < argc ? argv[i] : "-";
        free((char *)doc.name);
        doc.name = strdup("-");
        if (!doc.name)
            zp_fatal("out of memory");
        zp_each_line(name, process_line);
        /* A document ends with its file: the next file without a header
         * is another document. */
        end_document();
    }
    if (explain && (fflush(explain) != 0 || ferror(explain) ||
                    (explain != stderr && fclose(explain) != 0)))
        zp_fatal("%s: write error: %s", explain_name ? explain_name : "standard error",
                 strerror(errno));
    free((char *)doc.name);
    free(doc.text);
    free(doc.lines);
    free(seen.whole);
    free(seen.tails);
    zp_exit();
}
