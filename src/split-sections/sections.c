#define _POSIX_C_SOURCE 200809L
#include "sections.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "zp.h"

/* Heading shapes, in characters: an unnumbered heading is at most
 * ZP_HEADING_MAX long; an enumerated sentence at most
 * ENUMERATED_SENTENCE_MAX (longer, it is a numbered paragraph); an enumerated
 * line without a sentence end at most ENUMERATED_LINE_MAX; a title at most
 * TITLE_MAX. */
enum {
    ENUMERATED_SENTENCE_MAX = 40,
    ENUMERATED_LINE_MAX = 60,
    TITLE_MAX = 60,
    /* a headline's second line, under its first, at least (shorter, it
     * may be the first heading: 引言, 背景) */
    HEADLINE_LINE_MIN = 6,
    /* more bytes than this and a line is surely longer than any heading */
    HEADING_BYTES_MAX = 4 * ENUMERATED_LINE_MAX,
    /* heading lines held until text follows them; more in a row, and the
     * oldest is a paragraph (a table of contents, a list) */
    HELD_MAX = 8,
};

/* A style that is not an enumerator: the unnumbered heading's. */
enum { STYLE_PLAIN = ZP_ENUM_STYLES, STYLES };

/* A line shaped like a heading, held until the next line says whether
 * text follows it: a heading must head something. */
struct held {
    unsigned char text[HEADING_BYTES_MAX];
    size_t len;
    unsigned style;
    bool sentence; /* an enumerated line that is one short sentence */
};

static struct {
    /* what every record of the current section opens with, escaped and
     * formatted once: doc, section, level, parent and their tabs */
    unsigned char *prefix;
    size_t prefix_len, prefix_size;
    size_t name_len; /* of the escaped name that opens the prefix */
    uintmax_t records;
    bool title_decided; /* the first line of text has been looked at */
    bool after_title;   /* the last record is the title: a subtitle may follow */
    /* a short first line that is no title, held until the next line says
     * whether it stands over the title (a kicker, a prompt) */
    unsigned char *first;
    size_t first_len;
    bool first_held;
    bool text_seen;     /* a paragraph has been written: the head is over */
    unsigned levels[STYLES]; /* 1 + the level of each style used; 0: not yet */
    bool clauses[STYLES];    /* the style numbers paragraphs: clauses, not headings */
    unsigned styles_used;
    uintmax_t headings;        /* so far: the last section's number */
    uintmax_t section, parent; /* the current section and the one it nests in */
    unsigned level;            /* the current section's: 0 before any heading */
    uintmax_t open[STYLES];    /* per level, the section open there; 0: none */
    struct held held[HELD_MAX];
    size_t held_count;
    unsigned char *merged; /* a heading over two lines, joined by a space */
} doc;

/* the prefix's bytes after the name: section, level and parent, each a tab
 * and at most 20 digits (a uintmax_t's), and the tab after them */
enum { PREFIX_NUMBERS_MAX = 3 * (1 + 20) + 1 };

static void set_name(const unsigned char *name, size_t len)
{
    /* an escaped byte takes two */
    if (len > (SIZE_MAX - PREFIX_NUMBERS_MAX) / 2)
        zp_fatal("out of memory");
    size_t size = 2 * len + PREFIX_NUMBERS_MAX;
    if (size > doc.prefix_size) {
        free(doc.prefix);
        doc.prefix = zp_alloc(size, 1);
        doc.prefix_size = size;
    }
    doc.name_len = zp_escape_field(name, len, doc.prefix);
}

/* The prefix of the section now open, after the name. */
static void set_prefix(void)
{
    unsigned char *p = doc.prefix + doc.name_len;
    const uintmax_t numbers[] = {doc.section, doc.level, doc.parent};
    for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
        *p++ = '\t';
        p += zp_format_uint(numbers[i], (char *)p);
    }
    *p++ = '\t';
    doc.prefix_len = (size_t)(p - doc.prefix);
}

static void start_document(void)
{
    doc.records = 0;
    doc.title_decided = doc.after_title = doc.text_seen = doc.first_held = false;
    doc.held_count = 0;
    memset(doc.levels, 0, sizeof doc.levels);
    memset(doc.clauses, 0, sizeof doc.clauses);
    memset(doc.open, 0, sizeof doc.open);
    doc.styles_used = 0;
    doc.headings = doc.section = doc.parent = 0;
    doc.level = 0;
    set_prefix();
}

/* kind_tabbed is the kind between tabs */
static void write_record(const char *kind_tabbed, size_t kind_len, const unsigned char *text,
                         size_t len)
{
    zp_write(doc.prefix, doc.prefix_len);
    zp_write_uint(++doc.records);
    zp_write(kind_tabbed, kind_len);
    zp_write_field(text, len);
    zp_putc('\n');
}

#define WRITE(kind, text, len) write_record("\t" kind "\t", sizeof kind + 1, text, len)

/* A heading of the given style opens the next section: the style's level
 * comes from the order in which the document first uses each style, and
 * the section nests in the nearest one open at a lower level (0, the
 * document's front, when none is). */
static void open_section(unsigned style)
{
    if (doc.levels[style] == 0)
        doc.levels[style] = ++doc.styles_used;
    unsigned level = doc.levels[style];
    doc.section = ++doc.headings;
    doc.level = level;
    doc.parent = 0;
    for (unsigned above = level - 1; above > 0 && doc.parent == 0; above--)
        doc.parent = doc.open[above - 1];
    doc.open[level - 1] = doc.section;
    for (unsigned deeper = level; deeper < STYLES; deeper++)
        doc.open[deeper] = 0;
    set_prefix();
}

static void write_heading(unsigned style, const unsigned char *text, size_t len)
{
    open_section(style);
    WRITE("heading", text, len);
}

/* Two enumerated sentences of one style in a row are items of a list. */
static bool is_list_item(size_t i)
{
    const struct held *h = &doc.held[i];
    if (!h->sentence)
        return false;
    return (i + 1 < doc.held_count && doc.held[i + 1].sentence && doc.held[i + 1].style == h->style) ||
           (i > 0 && doc.held[i - 1].sentence && doc.held[i - 1].style == h->style);
}

/* Two unnumbered heading lines are the halves of one heading when together
 * they are no longer than one (“红色物业”破题 / 小区治理“一盘棋”) and
 * neither is a whole pair of phrases already (夯实组织基础 筑牢战斗堡垒);
 * a word set wide is no pair (某某镇老旧小区改造 / 工 作 方 案): else they
 * are two headings. */
static bool is_one_phrase(const struct held *h)
{
    return !memchr(h->text, ' ', h->len) || zp_is_letter_spaced(h->text, h->len);
}

static bool are_halves(const struct held *a, const struct held *b)
{
    return zp_count_chars(a->text, a->len) + zp_count_chars(b->text, b->len) <= ZP_HEADING_MAX &&
           is_one_phrase(a) && is_one_phrase(b);
}

/* Writes the held lines: headings when text follows them, paragraphs when
 * none does (the document ended). */
static void release_held(bool text_follows)
{
    for (size_t i = 0; i < doc.held_count; i++) {
        const struct held *h = &doc.held[i];
        if (!text_follows || is_list_item(i) || doc.clauses[h->style]) {
            WRITE("para", h->text, h->len);
            continue;
        }
        /* two unnumbered lines in a row are one heading over two lines;
         * a line is never added to an enumerated heading */
        if (h->style == STYLE_PLAIN && i + 1 < doc.held_count && doc.held[i + 1].style == STYLE_PLAIN &&
            are_halves(h, &doc.held[i + 1])) {
            const struct held *next = &doc.held[i + 1];
            memcpy(doc.merged, h->text, h->len);
            doc.merged[h->len] = ' ';
            memcpy(doc.merged + h->len + 1, next->text, next->len);
            write_heading(STYLE_PLAIN, doc.merged, h->len + 1 + next->len);
            i++;
            continue;
        }
        write_heading(h->style, h->text, h->len);
    }
    doc.held_count = 0;
}

static void hold(unsigned style, bool sentence, const unsigned char *s, size_t n)
{
    if (doc.held_count == HELD_MAX) {
        /* too many in a row to be headings: the oldest is text */
        WRITE("para", doc.held[0].text, doc.held[0].len);
        memmove(doc.held, doc.held + 1, (HELD_MAX - 1) * sizeof doc.held[0]);
        doc.held_count--;
    }
    struct held *h = &doc.held[doc.held_count++];
    memcpy(h->text, s, n);
    h->len = n;
    h->style = style;
    h->sentence = sentence;
}

static void paragraph(const unsigned char *s, size_t n)
{
    release_held(true);
    WRITE("para", s, n);
    doc.text_seen = true;
}

/* ?? is what a character became that the scrape could not encode, no
 * question: a ? beside another ends nothing. */
static bool is_mojibake_at(const unsigned char *s, size_t n, size_t at)
{
    return s[at] == '?' && ((at + 1 < n && s[at + 1] == '?') || (at > 0 && s[at - 1] == '?'));
}

/* zp_ends_sentence, but for ?? */
static bool ends_sentence(const unsigned char *s, size_t n)
{
    return zp_ends_sentence(s, n) && !(n > 0 && is_mojibake_at(s, n, n - 1));
}

/* A part of a page's head that split-sections may meet when the page kept
 * it: a label (摘要, 关键词, 中图分类号), a journal issue, a date stamp, key
 * terms between semicolons; before the first paragraph also (when names)
 * a names row and a list of terms.  Never a heading. */
static bool is_front_matter(const unsigned char *s, size_t n, bool names)
{
    size_t label_len;
    if (zp_label(s, n, &label_len) != ZP_LABEL_NONE || zp_is_journal_issue(s, n) || zp_is_journal_volume(s, n) ||
        zp_date_stamp(s, n) > 0)
        return true;
    if (names && !doc.text_seen && (zp_is_names_row(s, n) || zp_is_term_list(s, n)))
        return true;
    return (memchr(s, ';', n) || zp_find(s, n, "\xEF\xBC\x9B") < n) && zp_is_term_list(s, n); /* ； */
}

/* A field of a notice, its value after its label: a word of one or two
 * Han characters (时间：…, 地点：…) or a label in 【】 (【活动地点】：…). */
static bool is_field(const unsigned char *s, size_t n)
{
    /* an unbracketed label of three Han characters or more before a colon
     * is a heading's (一、工作目标：) or a sentence's start, unless its
     * value holds figures, as a notice's contacts and places do
     * (联系人：某某 2706406, 登记地点：某某路1056号): four at most then */
    enum { FIELD_WORD_HAN_MAX = 2, FIGURED_FIELD_WORD_HAN_MAX = 4 };
    size_t at = 0, han = 0;
    if (n >= 3 && memcmp(s, "\xE3\x80\x90", 3) == 0) { /* 【 */
        const unsigned char *close = memchr(s, 0x91, n);
        if (!close || close - s < 5 || close[-1] != 0x80 || close[-2] != 0xE3) /* 】 */
            return false;
        at = (size_t)(close - s) + 1;
    } else {
        while (at + 3 <= n && han <= FIGURED_FIELD_WORD_HAN_MAX && s[at] >= 0xE4 && s[at] <= 0xE9) {
            at += 3;
            han++;
        }
        if (han == 0 || han > FIGURED_FIELD_WORD_HAN_MAX)
            return false;
    }
    size_t colon = at < n && s[at] == ':' ? 1 : at + 3 < n && memcmp(s + at, "\xEF\xBC\x9A", 3) == 0 ? 3 : 0; /* ： */
    if (colon == 0)
        return false;
    if (han <= FIELD_WORD_HAN_MAX)
        return true;
    for (size_t k = at + colon; k < n; k++)
        if (s[k] >= '0' && s[k] <= '9')
            return true;
    return false;
}

/* A photo's caption: its marker first (▲ △ ▼ ◀ ► ↑), or a sentence and
 * the credit after its stop (…文明实践站读书。新华网发): a heading has
 * neither. */
static bool is_caption(const unsigned char *s, size_t n)
{
    uint32_t cp;
    zp_utf8_char(s, n, &cp);
    if (cp == 0x25B2 || cp == 0x25B3 || cp == 0x25BC || cp == 0x25C0 || cp == 0x25BA || cp == 0x2191)
        return true;
    for (size_t at = 0, len; at < n; at += len) {
        len = zp_utf8_char(s + at, n - at, &cp);
        if (cp == 0x3002 && at + len < n) /* 。 inside */
            return true;
    }
    return false;
}

/* Whom a notice or a letter addresses, before a colon (各社区居委会：,
 * 居民朋友们：): the text's first words, no heading over it. */
static bool is_salutation(const unsigned char *s, size_t n)
{
    while (n > 0 && s[n - 1] == ' ')
        n--;
    size_t colon = n > 0 && s[n - 1] == ':' ? 1 : n >= 3 && memcmp(s + n - 3, "\xEF\xBC\x9A", 3) == 0 ? 3 : 0;
    if (colon == 0)
        return false;
    return (n >= 3 && memcmp(s, "\xE5\x90\x84", 3) == 0) ||                       /* 各 */
           (n >= colon + 3 && memcmp(s + n - colon - 3, "\xE4\xBB\xAC", 3) == 0); /* 们 */
}

/* A line that can be an unnumbered heading, or one of its two lines: short,
 * more than one character, no sentence end, no quotation, no field, no
 * caption, no salutation. */
static bool is_plain_heading(const unsigned char *s, size_t n)
{
    if (n > 4 * ZP_HEADING_MAX)
        return false;
    size_t chars = zp_count_chars(s, n);
    return chars >= 2 && chars <= ZP_HEADING_MAX && !ends_sentence(s, n) && !zp_ends_open(s, n) &&
           !zp_is_quotation(s, n) && !is_front_matter(s, n, true) && !is_field(s, n) && !is_caption(s, n) &&
           !is_salutation(s, n);
}

static bool is_stop(uint32_t cp)
{
    return cp == 0x3002 /* 。 */ || cp == 0xFF01 /* ！ */ || cp == 0xFF1F /* ？ */ || cp == '!' ||
           cp == '?';
}

static bool is_colon(uint32_t cp) { return cp == 0xFF1A /* ： */ || cp == ':'; }

/* Where the first sentence of s ends (after its closing quotes), from
 * byte from on, at a stop (。！？) or, with colons, at a colon too; n when
 * none ends before the end of the line. */
static size_t first_sentence_end(const unsigned char *s, size_t n, size_t from, bool colons)
{
    size_t at = from;
    while (at < n) {
        uint32_t cp;
        size_t here = at;
        at += zp_utf8_char(s + at, n - at, &cp);
        if ((!is_stop(cp) && !(colons && is_colon(cp))) || is_mojibake_at(s, n, here))
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

static size_t chars_of(const unsigned char *s, size_t n)
{
    return n > HEADING_BYTES_MAX ? SIZE_MAX : zp_count_chars(s, n);
}

/* A heading and the text it heads in one line, cut at byte end. */
static void inline_heading(unsigned style, const unsigned char *s, size_t n, size_t end)
{
    release_held(true);
    write_heading(style, s, end);
    WRITE("para", s + end, n - end);
    doc.text_seen = true;
}

/* Where a heading a space parts from its text ends, the space going with
 * the text (一、活动背景 近年来，…。):
 * after the enumerator, a phrase of 2 to SPACED_HEADING_MAX characters
 * with no mark of a clause, a space, and prose after it, with a mark
 * inside, of a paragraph's length; n when the line opens with none. */
static size_t spaced_heading_end(const unsigned char *s, size_t n, size_t enumerator_len)
{
    enum { SPACED_HEADING_MAX = 20, SPACED_TEXT_MIN = 20 };
    size_t at = enumerator_len, chars = 0;
    while (at < n && s[at] == ' ')
        at++;
    while (at < n && s[at] != ' ') {
        uint32_t cp;
        at += zp_utf8_char(s + at, n - at, &cp);
        if (zp_is_stop(cp, ZP_STOP_PHRASE) || ++chars > SPACED_HEADING_MAX)
            return n;
    }
    size_t end = at;
    while (at < n && s[at] == ' ')
        at++;
    if (chars < 2 || at == n || chars_of(s + at, n - at) < SPACED_TEXT_MIN)
        return n;
    for (size_t k = at, len; k < n; k += len) {
        uint32_t cp;
        len = zp_utf8_char(s + k, n - k, &cp);
        if (zp_is_stop(cp, ZP_STOP_PHRASE))
            return end;
    }
    return n;
}

/* A numbered paragraph: its style numbers clauses from now on. */
static void clause(enum zp_enumerator style, const unsigned char *s, size_t n)
{
    doc.clauses[style] = true;
    paragraph(s, n);
}

/* A line that opens with an enumerator: a heading, a heading with the rest
 * of its paragraph after it, an item of a list, or a numbered paragraph. */
static void enumerated_line(enum zp_enumerator style, size_t enumerator_len,
                            const unsigned char *s, size_t n)
{
    size_t chars = chars_of(s, n);
    /* once a style has numbered a paragraph, the document's lines of
     * that style are its clauses (四、县政府由…组成。), not headings */
    if (doc.clauses[style]) {
        paragraph(s, n);
        return;
    }
    /* an article of a law or a rule with its text (第三条 各级人民政府…。) */
    if (style == ZP_ENUM_ORDINAL_ARTICLE && ends_sentence(s, n)) {
        clause(style, s, n);
        return;
    }
    /* a heading and its text, a space between them */
    size_t spaced = spaced_heading_end(s, n, enumerator_len);
    if (spaced < n) {
        inline_heading(style, s, n, spaced);
        return;
    }
    if (!ends_sentence(s, n)) {
        /* a line the scrape cut off may still open with its heading: a
         * first sentence that ends in a stop, or in a colon when the line
         * is a paragraph's length ((二)共富建设坚持一体推进。全面推行…) */
        bool paragraph_long = chars > ENUMERATED_LINE_MAX;
        size_t end = first_sentence_end(s, n, enumerator_len, paragraph_long);
        if (end < n && chars_of(s, end) <= ENUMERATED_SENTENCE_MAX) {
            inline_heading(style, s, n, end);
            return;
        }
        /* a heading, its colon and all (破题：发展速度与治理精度) */
        if (!paragraph_long)
            hold(style, false, s, n);
        else
            clause(style, s, n);
        return;
    }
    /* a heading and the text it heads: the heading ends at the first stop
     * or colon */
    size_t end = first_sentence_end(s, n, enumerator_len, true);
    if (end == n) {
        if (chars <= ENUMERATED_SENTENCE_MAX)
            hold(style, true, s, n);
        else
            clause(style, s, n);
        return;
    }
    if (chars_of(s, end) > ENUMERATED_SENTENCE_MAX) {
        clause(style, s, n);
        return;
    }
    inline_heading(style, s, n, end);
}

static bool is_blank(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ')
            return false;
    return true;
}

/* The first line is the title when it is shaped like one: short, no
 * sentence end but ？ or ！, not open, not enumerated, not front matter
 * (a short title may look like a name). */
static bool looks_like_title(const unsigned char *s, size_t n)
{
    size_t enumerator_len;
    if (chars_of(s, n) > TITLE_MAX || zp_ends_open(s, n) ||
        zp_enumerator(s, n, &enumerator_len) != ZP_ENUM_NONE || is_front_matter(s, n, false))
        return false;
    if (ends_sentence(s, n)) {
        uint32_t last;
        zp_utf8_last(s, n, &last);
        return last == 0xFF1F || last == 0xFF01 || last == '?' || last == '!';
    }
    return true;
}

/* A headline's second line: shaped like a title, of HEADLINE_LINE_MIN Han
 * characters or more, with no colon, which a field's label or a salutation
 * ends with (时间：…, 居民朋友们：), and no names set apart (林 晓 陈某某). */
static bool is_headline_line(const unsigned char *s, size_t n)
{
    if (!looks_like_title(s, n))
        return false;
    size_t han = 0;
    for (size_t at = 0, len; at < n; at += len) {
        uint32_t cp;
        len = zp_utf8_char(s + at, n - at, &cp);
        if (is_colon(cp))
            return false;
        han += zp_is_han(cp);
    }
    return han >= HEADLINE_LINE_MIN && !zp_is_names_row(s, n);
}

/* A list's item after its bullet (• 为民服务:对应…), no heading however
 * short; a paper sets its headings after a black square or disc (■ 某某
 * 街道人大代表联络站), which stay headings. */
static bool opens_with_bullet(const unsigned char *s, size_t n)
{
    uint32_t first;
    return n > 0 && s[0] >= 0x80 && zp_utf8_char(s, n, &first) > 0 &&
           (first == 0x2022 /* • */ || first == 0x00B7 /* · */ || first == 0x25AA /* ▪ */);
}

static void body_line(const unsigned char *s, size_t n)
{
    size_t enumerator_len;
    enum zp_enumerator style = zp_enumerator(s, n, &enumerator_len);
    if (style != ZP_ENUM_NONE && !is_front_matter(s, n, true))
        enumerated_line(style, enumerator_len, s, n);
    else if (opens_with_bullet(s, n))
        paragraph(s, n);
    else if (is_plain_heading(s, n))
        hold(STYLE_PLAIN, false, s, n);
    else
        paragraph(s, n);
}

static void title_line(const unsigned char *s, size_t n)
{
    WRITE("title", s, n);
    doc.after_title = true;
}

static void text_line(const unsigned char *s, size_t n)
{
    if (is_blank(s, n))
        return;
    if (!doc.title_decided) {
        doc.title_decided = true;
        if (looks_like_title(s, n)) {
            title_line(s, n);
            return;
        }
        /* a lead-in that ends in a colon introduces what follows it */
        size_t enumerator_len;
        uint32_t last;
        zp_utf8_last(s, n, &last);
        if (chars_of(s, n) <= TITLE_MAX && zp_enumerator(s, n, &enumerator_len) == ZP_ENUM_NONE &&
            !is_colon(last) && !is_front_matter(s, n, false)) {
            memcpy(doc.first, s, n);
            doc.first_len = n;
            doc.first_held = true;
            return;
        }
    }
    if (doc.first_held) {
        doc.first_held = false;
        /* the title under a kicker or a prompt: the first line is a
         * paragraph of the front, and the title is still the title */
        if (looks_like_title(s, n)) {
            WRITE("para", doc.first, doc.first_len);
            title_line(s, n);
            return;
        }
        body_line(doc.first, doc.first_len);
    }
    /* a subtitle (——…), or a headline's second line under its first (某某
     * 挂牌成立 / 积极发挥某某优势 打通…), as strip-boilerplate keeps them */
    if (doc.after_title && (zp_opens_subtitle(s, n) || is_headline_line(s, n))) {
        WRITE("title", s, n);
        doc.after_title = false;
        return;
    }
    doc.after_title = false;
    body_line(s, n);
}

/* A heading shaped line that nothing follows is no heading: the scrape
 * cut the text it headed. */
static void end_document(void)
{
    if (doc.first_held) {
        doc.first_held = false;
        body_line(doc.first, doc.first_len);
    }
    release_held(false);
}

static void process_line(const char *name, uintmax_t number, const unsigned char *line,
                         size_t len)
{
    if (zp_is_header(line, len)) {
        end_document();
        set_name(line + 1, len - 1);
        start_document();
        return;
    }
    if (zp_utf8_valid_len(line, len) != len)
        zp_error(name, "line %ju: invalid UTF-8", number);
    text_line(line, len);
}

void sections_split_file(const char *name)
{
    if (!doc.merged) {
        doc.merged = zp_alloc(2 * HEADING_BYTES_MAX + 1, 1);
        doc.first = zp_alloc(HEADING_BYTES_MAX, 1);
    }
    /* A file without a header is a document of its own, named -. */
    set_name((const unsigned char *)"-", 1);
    start_document();
    zp_each_line(name, process_line);
    end_document();
}

void sections_free(void)
{
    free(doc.prefix);
    free(doc.merged);
    free(doc.first);
    doc.prefix = NULL;
    doc.prefix_size = 0;
    doc.merged = doc.first = NULL;
}
