/* zp: what every zhpipe filter needs and none should write twice.
 *
 * Output goes through one buffer on standard output whose every write and
 * whose final close are checked; input comes from FILE arguments, `-` or
 * standard input, as raw chunks or as lines of any length; errors follow
 * `prog: FILE: reason`; the exit status is 0, 1 (some input was bad, the rest
 * was processed) or 2 (usage).  See zhpipe(7) for the stream format. */
#ifndef ZP_H
#define ZP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>

enum { ZP_EXIT_OK = 0, ZP_EXIT_BAD_INPUT = 1, ZP_EXIT_USAGE = 2 };

/* The byte that opens a document header line: "\fNAME\n". */
#define ZP_HEADER_BYTE '\f'

extern const char *zp_progname;

/* Sets the program name for messages, restores SIGPIPE's default action (so a
 * closed pipe ends the filter quietly, however the parent left it) and arranges
 * for standard output to be flushed and closed, checked, at exit. */
void zp_init(const char *progname);

/* `prog (zhpipe) VERSION` on standard output, then exit 0. */
_Noreturn void zp_print_version(void);

/* `prog: FILE: message`; FILE may be NULL.  Marks the run as having met bad
 * input: the exit status will be 1.  The status is kept here, not by each
 * filter, on purpose: telling the user of bad input and deciding that the
 * run failed are then one act, so that no filter can report a problem and
 * still exit 0, or fail without saying why. */
void zp_error(const char *file, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The same message without changing the exit status (a note, not an error). */
void zp_note(const char *file, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* `prog: message` and `Try 'prog --help'...`, exit 2. */
_Noreturn void zp_usage_error(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
/* Only the `Try 'prog --help'...` line, exit 2: for after getopt's message. */
_Noreturn void zp_try_help(void);
/* `prog: message`, flush what can be flushed, exit 1. */
_Noreturn void zp_fatal(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

/* Flushes and closes standard output (a failure is fatal), then exits: 1 if
 * zp_error() was called, else 0. */
_Noreturn void zp_exit(void);

/* Buffered standard output.  A failed write is fatal: `prog: write error:
 * REASON`, exit 1.  zp_write is inline where the data fits the buffer: the
 * filters call it for a few bytes at a time. */
enum { ZP_OUT_CAP = 1 << 18 };
extern unsigned char zp_out_buf[ZP_OUT_CAP];
extern size_t zp_out_len;
void zp_write_slow(const void *data, size_t len);
static inline void zp_write(const void *data, size_t len)
{
    if (len <= ZP_OUT_CAP - zp_out_len) {
        memcpy(zp_out_buf + zp_out_len, data, len);
        zp_out_len += len;
    } else {
        zp_write_slow(data, len);
    }
}
/* A block of output gathered elsewhere (a batch of documents): from
 * ZP_BLOCK_MIN bytes on it is written as it stands, after what the buffer
 * holds, not copied into the buffer first. */
enum { ZP_BLOCK_MIN = ZP_OUT_CAP / 4 };
void zp_write_block(const void *data, size_t len);
void zp_putc_slow(int c);
static inline void zp_putc(int c)
{
    if (zp_out_len < ZP_OUT_CAP)
        zp_out_buf[zp_out_len++] = (unsigned char)c;
    else
        zp_putc_slow(c);
}
void zp_puts(const char *s);
/* n in decimal at out (room for 20 bytes), returning the length; and n in
 * decimal on standard output: printf is slow for a column of every
 * record. */
size_t zp_format_uint(uintmax_t n, char *out);
void zp_write_uint(uintmax_t n);
/* For a filter that writes output in place: room for n bytes (at most
 * ZP_RESERVE_MAX) at the end of the output buffer, flushing first if need be.
 * What zp_commit(k) then counts (k <= n) is output; what it does not is
 * dropped, so a filter may write first and decide later. */
enum { ZP_RESERVE_MAX = 1 << 16 };
unsigned char *zp_reserve(size_t n);
void zp_commit(size_t n);

/* One option of a filter, for zp_options: its id, which is its letter, or
 * a number from ZP_LONG_ONLY up for an option that has a long name alone;
 * its long name; and whether it takes an argument (getopt's no_argument,
 * required_argument or optional_argument). */
struct zp_option {
    int id;
    const char *name;
    int arg;
};
enum { ZP_LONG_ONLY = 256 };
/* Parses the options of argv against table (ended by an entry of id 0),
 * with --help (prints usage, exit 0) and --version added, and calls
 * on_option with each one's id and argument (NULL when it has none), in
 * the order given; an unknown option or a missing argument is a usage
 * error.  Returns the index of the first file argument.  One parser for
 * every filter, so that their command lines behave alike. */
int zp_options(int argc, char **argv, const struct zp_option *table, const char *usage,
               void (*on_option)(int id, const char *arg));

/* An option's argument as a whole decimal number within [min, max], in the
 * manner of OpenBSD's strtonum: junk, a sign, an overflow or a number out of
 * range is a usage error, `invalid WHAT: 'ARG' (MIN to MAX)`, exit 2. */
long long zp_option_number(const char *arg, long long min, long long max, const char *what);

/* Memory or the end: every allocation in zhpipe goes through these, so
 * that running out is one message, "out of memory", and exit status 1.
 * zp_alloc gives n items of size bytes, zeroed (at least one byte, so
 * that n == 0 is not mistaken for failure); zp_resize reallocates p to n
 * items, the product checked for overflow. */
void *zp_alloc(size_t n, size_t size);
void *zp_resize(void *p, size_t n, size_t size);

/* Growable memory.  zp_grow returns p, reallocated if need be so that it
 * holds at least need items of size bytes; *cap counts items and doubles, so
 * that adding one item at a time costs constant time on average.  Out of
 * memory is fatal. */
void *zp_grow(void *p, size_t *cap, size_t need, size_t size);
/* Bytes that grow as they are added to; {0} is an empty buffer. */
struct zp_buffer {
    unsigned char *data;
    size_t len, cap;
};
void zp_buffer_add(struct zp_buffer *b, const void *data, size_t len);
/* Room for n more bytes at b->data + b->len, which the caller fills and
 * then counts in b->len. */
unsigned char *zp_buffer_room(struct zp_buffer *b, size_t n);
void zp_buffer_free(struct zp_buffer *b);

/* A side file: a log or a table a filter writes beside standard output
 * (strip-boilerplate --explain, for one).  Every write and the final close
 * are checked; a failure is fatal, as on standard output. */
struct zp_side_file {
    FILE *stream;
    const char *name; /* NULL: standard error */
};
/* Opens name for writing, or standard error when name is NULL; a file that
 * cannot be opened is a usage error. */
void zp_side_open(struct zp_side_file *f, const char *name);
void zp_side_write(struct zp_side_file *f, const void *data, size_t len);
/* Flushes, checks and closes (standard error is flushed and checked). */
void zp_side_close(struct zp_side_file *f);
/* `prog: NAME: write error: REASON` and exit 1, for a side file written
 * through its stream by other means than zp_side_write. */
_Noreturn void zp_side_error(const struct zp_side_file *f);

/* Input files.  zp_open() returns a descriptor, or -1 after reporting
 * `prog: NAME: reason`; "-" is standard input.  zp_read() reads at most cap
 * bytes, retrying on EINTR; on error it reports it and returns -1. */
int zp_open(const char *name);
void zp_close(int fd, const char *name);
ssize_t zp_read(int fd, const char *name, void *buf, size_t cap);

/* The whole loop for a line-oriented filter: opens NAME ("-": standard
 * input), calls on_line for each line of any length, without its LF, with
 * its number from 1 (the last line counts whether or not it ends in LF),
 * closes; a file that cannot be opened or read is reported. */
void zp_each_line(const char *name, void (*on_line)(const char *name, uintmax_t number,
                                                    const unsigned char *line, size_t len));

/* A TSV field (zhpipe(7)): TAB, LF, CR and backslash written as \t, \n,
 * \r and \\, the rest as it is. */
void zp_write_field(const unsigned char *s, size_t n);
/* The same escaping into out, which has room for 2 * n bytes; returns the
 * length written. */
size_t zp_escape_field(const unsigned char *s, size_t n, unsigned char *out);
/* The other way: \t \n \r \\ decoded into out (room for n bytes); any
 * other backslash pair, and a lone backslash at the end, kept as they are.
 * Returns the length written. */
size_t zp_unescape_field(const unsigned char *s, size_t n, unsigned char *out);

/* A line of a TSV table as its readers take it: without the CR of a CRLF
 * end (TSV saved on Windows; a CR inside a field is written \r) and, on a
 * file's first line, without a UTF-8 byte-order mark, which is no part of
 * the first column's name. */
void zp_tsv_trim(const unsigned char **line, size_t *len, bool first_line);

/* The header line of split-sections' table, which extract-numbers reads:
 * a section is a plain integer (0 for the title and lead, then 1, 2, ...
 * for each heading in document order), so that no spreadsheet or data
 * frame takes it for a decimal (1.10 for 1.1) or a date; its nesting is in
 * level and parent.  See zhpipe(7). */
#define ZP_SECTIONS_HEADER "doc\tsection\tlevel\tparent\tpara\tkind\ttext"
enum { ZP_SECTIONS_FIELDS = 7 };

/* Document headers. */
static inline bool zp_is_header(const unsigned char *line, size_t len)
{
    return len > 0 && line[0] == ZP_HEADER_BYTE;
}
void zp_write_header(const char *name);

/* UTF-8.  Decodes one well-formed character (no overlongs, no surrogates, at
 * most U+10FFFF) at s, setting *cp; returns its length, or 0 when the bytes at
 * s are not one (an incomplete sequence at the end of n included). */
size_t zp_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
/* zp_utf8_decode, inline for ASCII and for the three-byte characters that
 * need no range check (most of Chinese text). */
static inline size_t zp_utf8_decode_quick(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (n > 0 && s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (n >= 3 && s[0] >= 0xE1 && s[0] <= 0xEF && s[0] != 0xED &&
        (((s[1] ^ 0x80) | (s[2] ^ 0x80)) & 0xC0) == 0) {
        *cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    return zp_utf8_decode(s, n, cp);
}
/* For text that may hold invalid bytes: the next character's length, an
 * invalid byte reading as U+FFFD, one byte long (n > 0). */
static inline size_t zp_utf8_char(const unsigned char *s, size_t n, uint32_t *cp)
{
    size_t len = zp_utf8_decode_quick(s, n, cp);
    if (len == 0) {
        *cp = 0xFFFD;
        len = 1;
    }
    return len;
}
/* For bytes that zp_utf8_decode rejects: how many of them begin a
 * well-formed sequence (0 when s[0] cannot start one).  Equal to n: the
 * sequence was cut by the end of the data.  Otherwise it is the length of the
 * ill-formed part to replace with one U+FFFD (at least 1 byte). */
size_t zp_utf8_prefix_len(const unsigned char *s, size_t n);
/* The length of the longest well-formed prefix of s. */
size_t zp_utf8_valid_len(const unsigned char *s, size_t n);
/* Decodes the character at s, which must be well-formed UTF-8 (checked
 * before, by zp_utf8_valid_len), and returns its length. */
static inline size_t zp_utf8_next(const unsigned char *s, uint32_t *cp)
{
    unsigned char b = s[0];
    if ((b & 0xF0) == 0xE0) { /* first: most of Chinese text */
        *cp = ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    if (b < 0x80) {
        *cp = b;
        return 1;
    }
    if (b < 0xE0) {
        *cp = ((uint32_t)(b & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    *cp = ((uint32_t)(b & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
          ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    return 4;
}
/* Like zp_utf8_char, for the character that ends s[0, n). */
size_t zp_utf8_last_slow(const unsigned char *s, size_t n, uint32_t *cp);
static inline size_t zp_utf8_last(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (n >= 3 && zp_utf8_decode_quick(s + n - 3, 3, cp) == 3)
        return 3;
    if (n >= 1 && s[n - 1] < 0x80) {
        *cp = s[n - 1];
        return 1;
    }
    return zp_utf8_last_slow(s, n, cp);
}
/* Han characters, by explicit ranges (CJK Unified Ideographs, Extensions A
 * to H, Compatibility Ideographs): a Unicode property such as "ideographic"
 * would take 。 and 〇 too. */
static inline bool zp_is_han(uint32_t cp)
{
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FA1F) ||
           (cp >= 0x30000 && cp <= 0x3134F);
}
/* Writes cp as UTF-8 into out (room for 4), returns the length. */
size_t zp_utf8_encode(uint32_t cp, unsigned char *out);

#endif
