#include "record.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "zp.h"

const char record_header[] =
    "doc\tsection\tpara\tstart\traw\tvalue\tvalue_max\twhen\tunit\tapprox\tkind\tsubject\tcontext\n";
const char unmatched_header[] = "doc\tsection\tpara\tstart\traw\treason\n";

struct where where;
struct zp_side_file unmatched;

enum { CONTEXT_MAX = 120 }; /* characters of context around a match */

void match_add_approx(struct match *m, const char *word)
{
    size_t used = strlen(m->approx);
    if (used + strlen(word) + 2 > sizeof m->approx)
        return;
    if (used)
        strcat(m->approx, ",");
    strcat(m->approx, word);
}

static void write_number_tab(uintmax_t n)
{
    zp_write_uint(n);
    zp_putc('\t');
}

static void write_where(void)
{
    zp_write(where.doc, where.doc_len);
    zp_putc('\t');
    zp_write(where.section, where.section_len);
    zp_putc('\t');
    write_number_tab(where.para);
}

/* The sentence around [start, end): back and forth to 。！？；!?; or the
 * paragraph's ends, at most CONTEXT_MAX characters in all. */
static void context_of(const unsigned char *s, size_t n, size_t start, size_t end,
                       size_t *from_byte, size_t *to_byte)
{
    size_t left = start, right = end, chars = zp_count_chars(s + start, end - start);
    size_t room = chars < CONTEXT_MAX ? CONTEXT_MAX - chars : 0;
    size_t left_room = room / 2, right_room = room - left_room;
    bool left_open = true, right_open = true;
    while (left_open || right_open) {
        if (left_open) {
            uint32_t cp;
            size_t len = zp_char_before(s, left, &cp);
            if (len == 0 || left_room == 0 || zp_is_stop(cp, ZP_STOP_CLAUSE))
                left_open = false;
            else {
                left -= len;
                left_room--;
            }
        }
        if (right_open) {
            uint32_t cp;
            size_t len = zp_char_at(s, n, right, &cp);
            if (len == 0 || right_room == 0 || zp_is_stop(cp, ZP_STOP_CLAUSE))
                right_open = false;
            else {
                right += len;
                right_room--;
            }
        }
        /* what one side cannot use, the other may */
        if (!left_open && right_open && left_room > 0) {
            right_room += left_room;
            left_room = 0;
        }
        if (!right_open && left_open && right_room > 0) {
            left_room += right_room;
            right_room = 0;
        }
    }
    *from_byte = left;
    *to_byte = right;
}

void write_match(const unsigned char *s, size_t n, size_t start_chars, const struct match *m)
{
    write_where();
    char buf[64];
    write_number_tab(start_chars);
    zp_write_field(s + m->start, m->end - m->start);
    zp_putc('\t');
    /* value and value_max hold quantities, plain decimals only, so that the
     * column is numeric in every client; a point in time (a date, a time, a
     * year) goes to when, in its ISO 8601 form */
    bool point_in_time = m->date[0];
    if (!point_in_time) {
        if (m->negative && !decimal_is_zero(m->value))
            zp_putc('-');
        zp_write(buf, decimal_format(m->value, buf));
    }
    zp_putc('\t');
    if (m->has_max && !point_in_time) {
        if (m->negative && !decimal_is_zero(m->value_max))
            zp_putc('-');
        zp_write(buf, decimal_format(m->value_max, buf));
    }
    zp_putc('\t');
    if (point_in_time) {
        zp_puts(m->date);
        /* a span of years as an ISO 8601 interval: 2019/2021 */
        if (m->has_max && m->kind == KIND_YEAR) {
            zp_putc('/');
            zp_write(buf, decimal_format(m->value_max, buf));
        }
    }
    zp_putc('\t');
    zp_puts(m->unit ? m->unit : "");
    zp_putc('\t');
    zp_puts(m->approx);
    zp_putc('\t');
    zp_puts(kind_name(m->kind));
    zp_putc('\t');
    zp_write_field(s + m->subject_start, m->subject_end - m->subject_start);
    zp_putc('\t');
    size_t context_from, context_to;
    context_of(s, n, m->start, m->end, &context_from, &context_to);
    zp_write_field(s + context_from, context_to - context_from);
    zp_putc('\n');
}

void write_unmatched(const unsigned char *s, size_t start, size_t end, size_t start_chars,
                     const char *reason)
{
    if (!unmatched.stream)
        return;
    static struct zp_buffer line;
    line.len = 0;
    zp_buffer_add(&line, where.doc, where.doc_len);
    zp_buffer_add(&line, "\t", 1);
    zp_buffer_add(&line, where.section, where.section_len);
    char numbers[64];
    zp_buffer_add(&line, numbers,
                  (size_t)snprintf(numbers, sizeof numbers, "\t%ju\t%zu\t", where.para, start_chars));
    unsigned char *escaped = zp_buffer_room(&line, 2 * (end - start));
    line.len += zp_escape_field(s + start, end - start, escaped);
    zp_buffer_add(&line, "\t", 1);
    zp_buffer_add(&line, reason, strlen(reason));
    zp_buffer_add(&line, "\n", 1);
    zp_side_write(&unmatched, line.data, line.len);
}
