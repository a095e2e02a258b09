#include "input.h"

#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "scan.h"
#include "text.h"
#include "zp.h"

static const char sections_header[] = ZP_SECTIONS_HEADER;

static struct {
    bool sections;      /* the file is split-sections' TSV */
    bool first;         /* the next line is the file's first */
    unsigned char *doc; /* the text stream's document name, escaped */
    size_t doc_len, doc_cap;
    unsigned char *unescaped; /* a TSV text field with its escapes undone */
    size_t unescaped_cap;
} input;

/* The text of a TSV field, its \t \n \r \\ escapes undone. */
static const unsigned char *unescape(const unsigned char *s, size_t n, size_t *len)
{
    if (!memchr(s, '\\', n)) {
        *len = n;
        return s;
    }
    if (n > input.unescaped_cap) {
        input.unescaped = zp_resize(input.unescaped, n, 1);
        input.unescaped_cap = n;
    }
    *len = zp_unescape_field(s, n, input.unescaped);
    return input.unescaped;
}

static void set_doc(const unsigned char *name, size_t len)
{
    /* escaped, a byte may take two */
    if (2 * len + 1 > input.doc_cap) {
        input.doc_cap = 2 * len + 1;
        input.doc = zp_resize(input.doc, input.doc_cap, 1);
    }
    input.doc_len = zp_escape_field(name, len, input.doc);
}

static void sections_line(const char *name, uintmax_t number, const unsigned char *line, size_t len)
{
    const unsigned char *field[ZP_SECTIONS_FIELDS];
    size_t field_len[ZP_SECTIONS_FIELDS], count = 0, at = 0;
    while (count < ZP_SECTIONS_FIELDS) {
        /* the text, last, may hold no TAB, escaped: the rest of the line */
        const unsigned char *tab =
            count < ZP_SECTIONS_FIELDS - 1 ? memchr(line + at, '\t', len - at) : NULL;
        size_t end = tab ? (size_t)(tab - line) : len;
        field[count] = line + at;
        field_len[count++] = end - at;
        if (!tab)
            break;
        at = end + 1;
    }
    if (count < ZP_SECTIONS_FIELDS) {
        zp_error(name, "line %ju: not %d fields, skipped", number, ZP_SECTIONS_FIELDS);
        return;
    }
    where.doc = field[0];
    where.doc_len = field_len[0];
    where.section = field[1];
    where.section_len = field_len[1];
    char *end;
    errno = 0;
    where.para = strtoumax((const char *)field[4], &end, 10);
    size_t text_len;
    const unsigned char *text = unescape(field[6], field_len[6], &text_len);
    scan_paragraph(text, text_len);
}

static void process_line(const char *name, uintmax_t number, const unsigned char *line, size_t len)
{
    if (input.first) {
        input.first = false;
        input.sections = len == strlen(sections_header) && memcmp(line, sections_header, len) == 0;
        if (input.sections)
            return;
    }
    if (zp_utf8_valid_len(line, len) != len)
        zp_error(name, "line %ju: invalid UTF-8", number);
    if (input.sections) {
        sections_line(name, number, line, len);
        return;
    }
    if (zp_is_header(line, len)) {
        set_doc(line + 1, len - 1);
        where.para = 0;
        return;
    }
    where.doc = input.doc;
    where.doc_len = input.doc_len;
    where.section = (const unsigned char *)"";
    where.section_len = 0;
    where.para++;
    scan_paragraph(line, len);
}

void extract_file(const char *name)
{
    input.first = true;
    input.sections = false;
    set_doc((const unsigned char *)"-", 1);
    where.para = 0;
    zp_each_line(name, process_line);
}

void input_free(void)
{
    free(input.unescaped);
    free(input.doc);
}
