/* split-sections: the title, headings and paragraphs of each document in the
 * zhpipe text stream, as TSV records that say which section each is in. */
#define _POSIX_C_SOURCE 200809L
#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "zp.h"

static const char usage_text[] =
    "Usage: split-sections [OPTION]... [FILE]...\n"
    "Find the title, the headings and the paragraphs of each document in the\n"
    "zhpipe text stream and write one TSV record per line of text:\n"
    "doc, section (0 before the first heading, then 1, 2, 2.1 ...), para (the\n"
    "record's place in its document), kind (title, heading or para), text.\n"
    "With no FILE, or when FILE is -, read standard input.\n"
    "\n"
    "      --help     display this help and exit\n"
    "      --version  output version information and exit\n"
    "\n"
    "Exit status: 0 if all went well, 1 if some input was bad (invalid UTF-8\n"
    "is kept as it is and reported), 2 on a usage error.\n"
    "See split-sections(1) and zhpipe(7).\n";

/* Heading shapes, in characters: an unnumbered heading is at most
 * PLAIN_HEADING_MAX long; an enumerated sentence at most
 * ENUMERATED_SENTENCE_MAX (longer, it is a numbered paragraph); an enumerated
 * line without a sentence end at most ENUMERATED_LINE_MAX. */
enum {
    PLAIN_HEADING_MAX = 30,
    ENUMERATED_SENTENCE_MAX = 40,
    ENUMERATED_LINE_MAX = 60,
    /* more bytes than this and a line is surely longer than any heading */
    HEADING_BYTES_MAX = 4 * ENUMERATED_LINE_MAX,
};

/* A style that is not an enumerator: the unnumbered heading's. */
enum { STYLE_PLAIN = ZP_ENUM_STYLES, STYLES };

static struct {
    char *name;
    size_t name_len;
    uintmax_t records;
    bool titled;       /* the title has been written */
    bool after_title;  /* the last record is the title: a subtitle may follow */
    unsigned levels[STYLES]; /* 1 + the level of each style used; 0: not yet */
    unsigned styles_used;
    unsigned counters[STYLES]; /* per level, the headings so far */
    char section[STYLES * 21]; /* "0", or the counters down to the last level */
    size_t section_len;
    /* an unnumbered heading line, held until the next line says whether a
     * second line continues it */
    unsigned char *pending;
    size_t pending_len, pending_cap;
    bool has_pending;
} doc;

static void set_name(const char *name, size_t len)
{
    free(doc.name);
    /* not strndup: a NUL in a header line would cut the name short */
    doc.name = malloc(len + 1);
    if (!doc.name)
        zp_fatal("out of memory");
    memcpy(doc.name, name, len);
    doc.name_len = len;
}

static void start_document(void)
{
    doc.records = 0;
    doc.titled = doc.after_title = doc.has_pending = false;
    memset(doc.levels, 0, sizeof doc.levels);
    memset(doc.counters, 0, sizeof doc.counters);
    doc.styles_used = 0;
    doc.section[0] = '0';
    doc.section_len = 1;
}

/* Writes number in decimal at out (room for 20), returns the length. */
static size_t format_number(uintmax_t number, char *out)
{
    char digits[20];
    size_t count = 0;
    do {
        digits[count++] = (char)('0' + number % 10);
        number /= 10;
    } while (number > 0);
    for (size_t i = 0; i < count; i++)
        out[i] = digits[count - 1 - i];
    return count;
}

static void write_record(const char *kind, size_t kind_len, const unsigned char *text,
                         size_t len)
{
    zp_write_field((const unsigned char *)doc.name, doc.name_len);
    zp_putc('\t');
    zp_write(doc.section, doc.section_len);
    zp_putc('\t');
    char number[20];
    zp_write(number, format_number(++doc.records, number));
    zp_putc('\t');
    zp_write(kind, kind_len);
    zp_putc('\t');
    zp_write_field(text, len);
    zp_putc('\n');
}

#define WRITE(kind, text, len) write_record(kind, sizeof kind - 1, text, len)

/* A heading of the given style opens a section: the style's level comes
 * from the order in which the document first uses each style. */
static void open_section(unsigned style)
{
    if (doc.levels[style] == 0)
        doc.levels[style] = ++doc.styles_used;
    unsigned level = doc.levels[style];
    doc.counters[level - 1]++;
    for (unsigned deeper = level; deeper < STYLES; deeper++)
        doc.counters[deeper] = 0;
    size_t at = 0;
    for (unsigned i = 0; i < level; i++) {
        if (i > 0)
            doc.section[at++] = '.';
        at += format_number(doc.counters[i], doc.section + at);
    }
    doc.section_len = at;
}

static void write_heading(unsigned style, const unsigned char *text, size_t len)
{
    open_section(style);
    WRITE("heading", text, len);
}

static void flush_pending(void)
{
    if (doc.has_pending)
        write_heading(STYLE_PLAIN, doc.pending, doc.pending_len);
    doc.has_pending = false;
}

/* Holds a heading line, or adds a second one to it after a space. */
static void hold_pending(const unsigned char *line, size_t len)
{
    size_t at = doc.has_pending ? doc.pending_len + 1 : 0;
    if (at + len > doc.pending_cap) {
        doc.pending_cap = at + len;
        doc.pending = realloc(doc.pending, doc.pending_cap);
        if (!doc.pending)
            zp_fatal("out of memory");
    }
    if (doc.has_pending)
        doc.pending[at - 1] = ' ';
    memcpy(doc.pending + at, line, len);
    doc.pending_len = at + len;
    doc.has_pending = true;
}

static bool is_opening_quote(uint32_t cp)
{
    return cp == 0x201C /* “ */ || cp == 0x2018 /* ‘ */ || cp == 0x300C /* 「 */ ||
           cp == 0x300E /* 『 */ || cp == '"';
}

static bool is_closing_quote(uint32_t cp)
{
    return cp == 0x201D /* ” */ || cp == 0x2019 /* ’ */ || cp == 0x300D /* 」 */ ||
           cp == 0x300F /* 』 */ || cp == '"';
}

/* A quotation: a quote that opens the line and closes only at its end. */
static bool is_quotation(const unsigned char *s, size_t n)
{
    uint32_t cp;
    size_t at = zp_utf8_char(s, n, &cp);
    if (!is_opening_quote(cp))
        return false;
    while (at < n) {
        at += zp_utf8_char(s + at, n - at, &cp);
        if (is_closing_quote(cp))
            return at == n;
    }
    return false;
}

/* A line that can be an unnumbered heading, or one of its two lines: short,
 * more than one character, no sentence end, no quotation. */
static bool is_plain_heading(const unsigned char *s, size_t n)
{
    if (n > 4 * PLAIN_HEADING_MAX)
        return false;
    size_t chars = zp_count_chars(s, n);
    return chars >= 2 && chars <= PLAIN_HEADING_MAX && !zp_ends_sentence(s, n) &&
           !zp_ends_open(s, n) && !is_quotation(s, n);
}

static bool is_sentence_end(uint32_t cp)
{
    return cp == 0x3002 /* 。 */ || cp == 0xFF01 /* ！ */ || cp == 0xFF1F /* ？ */ ||
           cp == 0xFF1A /* ： */ || cp == '!' || cp == '?' || cp == ':';
}

/* Where the first sentence of s ends (after its closing quotes), from
 * byte from on; n when none ends before the end of the line. */
static size_t first_sentence_end(const unsigned char *s, size_t n, size_t from)
{
    size_t at = from;
    while (at < n) {
        uint32_t cp;
        at += zp_utf8_char(s + at, n - at, &cp);
        if (!is_sentence_end(cp))
            continue;
        while (at < n) {
            size_t len = zp_utf8_char(s + at, n - at, &cp);
            if (!zp_is_closing(cp))
                break;
            at += len;
        }
        return at;
    }
    return n;
}

/* A line that opens with an enumerator: a heading, a heading with the rest
 * of its paragraph after it, or a numbered paragraph. */
static void enumerated_line(enum zp_enumerator style, size_t enumerator_len,
                            const unsigned char *s, size_t n)
{
    size_t end = first_sentence_end(s, n, enumerator_len);
    size_t chars = end > HEADING_BYTES_MAX ? SIZE_MAX : zp_count_chars(s, end);
    if (end == n && !zp_ends_sentence(s, n)) {
        if (chars <= ENUMERATED_LINE_MAX) {
            write_heading(style, s, n);
            return;
        }
    } else if (chars <= ENUMERATED_SENTENCE_MAX) {
        write_heading(style, s, end);
        if (end < n)
            WRITE("para", s + end, n - end);
        return;
    }
    WRITE("para", s, n);
}

static bool is_blank(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ')
            return false;
    return true;
}

static bool opens_subtitle(const unsigned char *s, size_t n)
{
    return (n >= 6 && memcmp(s, "\xE2\x80\x94\xE2\x80\x94", 6) == 0) ||
           (n >= 2 && memcmp(s, "--", 2) == 0);
}

static void text_line(const unsigned char *s, size_t n)
{
    if (is_blank(s, n))
        return;
    if (!doc.titled) {
        WRITE("title", s, n);
        doc.titled = doc.after_title = true;
        return;
    }
    if (doc.after_title && opens_subtitle(s, n)) {
        WRITE("title", s, n);
        doc.after_title = false;
        return;
    }
    doc.after_title = false;
    size_t enumerator_len;
    enum zp_enumerator style = zp_enumerator(s, n, &enumerator_len);
    if (style == ZP_ENUM_NONE && is_plain_heading(s, n)) {
        /* a second such line continues the heading: one spread over two */
        bool second = doc.has_pending;
        hold_pending(s, n);
        if (second)
            flush_pending();
        return;
    }
    flush_pending();
    if (style != ZP_ENUM_NONE)
        enumerated_line(style, enumerator_len, s, n);
    else
        WRITE("para", s, n);
}

static void end_document(void) { flush_pending(); }

static void process_line(const char *name, uintmax_t number, const unsigned char *line,
                         size_t len)
{
    if (zp_is_header(line, len)) {
        end_document();
        set_name((const char *)line + 1, len - 1);
        start_document();
        return;
    }
    if (zp_utf8_valid_len(line, len) != len)
        zp_error(name, "line %ju: invalid UTF-8", number);
    text_line(line, len);
}

static void split_file(const char *name)
{
    /* A file without a header is a document of its own, named -. */
    set_name("-", 1);
    start_document();
    zp_each_line(name, process_line);
    end_document();
}

int main(int argc, char **argv)
{
    zp_init(argv[0]);
    enum { OPT_HELP = 256, OPT_VERSION };
    static const struct option long_options[] = {
        {"help", no_argument, NULL, OPT_HELP},
        {"version", no_argument, NULL, OPT_VERSION},
        {NULL, 0, NULL, 0},
    };
    int opt;
    while ((opt = getopt_long(argc, argv, "", long_options, NULL)) != -1) {
        switch (opt) {
        case OPT_HELP: zp_puts(usage_text); zp_exit();
        case OPT_VERSION: zp_print_version();
        default: zp_try_help();
        }
    }
    zp_puts("doc\tsection\tpara\tkind\ttext\n");
    for (int i = optind; i == optind || i < argc; i++)
        split_file(i < argc ? argv[i] : "-");
    free(doc.name);
    free(doc.pending);
    zp_exit();
}
