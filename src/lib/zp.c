#define _POSIX_C_SOURCE 200809L
#include "zp.h"

#include <errno.h>
#include <getopt.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__SSE2__) && defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#endif
#include <unistd.h>

#ifndef ZP_VERSION
#define ZP_VERSION "unknown"
#endif

const char *zp_progname = "zhpipe";
static int exit_status = ZP_EXIT_OK;

unsigned char zp_out_buf[ZP_OUT_CAP];
size_t zp_out_len;
static void flush_output(void);

void zp_init(const char *progname)
{
    const char *slash = strrchr(progname, '/');
    zp_progname = slash ? slash + 1 : progname;
    signal(SIGPIPE, SIG_DFL);
}

_Noreturn void zp_print_version(void)
{
    zp_puts(zp_progname);
    zp_puts(" (zhpipe) " ZP_VERSION "\n");
    zp_exit();
}

static void vmessage(const char *file, const char *fmt, va_list ap)
{
    /* One fprintf per piece would interleave with other writers of a shared
     * stderr; build the line first and write it once. */
    char msg[1024];
    int n = file ? snprintf(msg, sizeof msg, "%s: %s: ", zp_progname, file)
                 : snprintf(msg, sizeof msg, "%s: ", zp_progname);
    if (n < 0 || (size_t)n >= sizeof msg)
        n = (int)sizeof msg - 1;
    int m = vsnprintf(msg + n, sizeof msg - (size_t)n, fmt, ap);
    size_t len = (m < 0) ? (size_t)n : (size_t)n + (size_t)m;
    if (len > sizeof msg - 2)
        len = sizeof msg - 2;
    msg[len++] = '\n';
    ssize_t ignored = write(STDERR_FILENO, msg, len);
    (void)ignored; /* nowhere left to report a failing stderr */
}

void zp_error(const char *file, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmessage(file, fmt, ap);
    va_end(ap);
    exit_status = ZP_EXIT_BAD_INPUT;
}

void zp_note(const char *file, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmessage(file, fmt, ap);
    va_end(ap);
}

_Noreturn void zp_usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmessage(NULL, fmt, ap);
    va_end(ap);
    zp_try_help();
}

_Noreturn void zp_try_help(void)
{
    char msg[256];
    int n = snprintf(msg, sizeof msg, "Try '%s --help' for more information.\n", zp_progname);
    ssize_t ignored = write(STDERR_FILENO, msg, n > 0 && (size_t)n < sizeof msg ? (size_t)n : 0);
    (void)ignored;
    exit(ZP_EXIT_USAGE);
}

_Noreturn void zp_fatal(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmessage(NULL, fmt, ap);
    va_end(ap);
    flush_output();
    exit(ZP_EXIT_BAD_INPUT);
}


static _Noreturn void write_error(int err)
{
    zp_note(NULL, "write error: %s", strerror(err));
    exit(ZP_EXIT_BAD_INPUT);
}

static void write_all(const unsigned char *p, size_t len)
{
    while (len > 0) {
        ssize_t n = write(STDOUT_FILENO, p, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            write_error(errno);
        }
        p += n;
        len -= (size_t)n;
    }
}

static void flush_output(void)
{
    write_all(zp_out_buf, zp_out_len);
    zp_out_len = 0;
}

void zp_write_slow(const void *data, size_t len)
{
    flush_output();
    if (len >= ZP_OUT_CAP) {
        write_all(data, len);
        return;
    }
    memcpy(zp_out_buf + zp_out_len, data, len);
    zp_out_len += len;
}

void zp_write_block(const void *data, size_t len)
{
    if (len < ZP_BLOCK_MIN) {
        zp_write(data, len);
        return;
    }
    flush_output();
    write_all(data, len);
}

unsigned char *zp_reserve(size_t n)
{
    if (n > ZP_RESERVE_MAX)
        zp_fatal("internal error: reserving %zu bytes", n);
    if (n > ZP_OUT_CAP - zp_out_len)
        flush_output();
    return zp_out_buf + zp_out_len;
}

void zp_commit(size_t n) { zp_out_len += n; }

void zp_putc_slow(int c)
{
    flush_output();
    zp_out_buf[zp_out_len++] = (unsigned char)c;
}

size_t zp_format_uint(uintmax_t n, char *out)
{
    size_t count = 1;
    for (uintmax_t rest = n / 10; rest > 0; rest /= 10)
        count++;
    for (size_t i = count; i-- > 0; n /= 10)
        out[i] = (char)('0' + n % 10);
    return count;
}

void zp_write_uint(uintmax_t n)
{
    enum { DIGITS_MAX = 20 };
    /* straight into the buffer when it has room, as every record's numbers
     * are written: no copy */
    if (ZP_OUT_CAP - zp_out_len >= DIGITS_MAX) {
        zp_out_len += zp_format_uint(n, (char *)zp_out_buf + zp_out_len);
        return;
    }
    char digits[DIGITS_MAX];
    zp_write(digits, zp_format_uint(n, digits));
}

void zp_puts(const char *s) { zp_write(s, strlen(s)); }

_Noreturn void zp_exit(void)
{
    flush_output();
    if (close(STDOUT_FILENO) != 0 && errno != EBADF)
        write_error(errno);
    exit(exit_status);
}

int zp_options(int argc, char **argv, const struct zp_option *table, const char *usage,
               void (*on_option)(int id, const char *arg))
{
    enum { HELP = ZP_LONG_ONLY - 2, VERSION = ZP_LONG_ONLY - 1 };
    size_t count = 0;
    while (table[count].id)
        count++;
    /* static: an option's handler may exit (a usage error) while they are
     * in use, which must leave nothing unreachable for LeakSanitizer */
    static struct option *longs;
    static char *shorts;
    longs = zp_alloc(count + 3, sizeof *longs);
    shorts = zp_alloc(3 * count + 1, 1);
    size_t at = 0;
    for (size_t i = 0; i < count; i++) {
        longs[i] = (struct option){table[i].name, table[i].arg, NULL, table[i].id};
        if (table[i].id < ZP_LONG_ONLY) {
            shorts[at++] = (char)table[i].id;
            for (int colons = table[i].arg; colons > 0; colons--)
                shorts[at++] = ':';
        }
    }
    longs[count] = (struct option){"help", no_argument, NULL, HELP};
    longs[count + 1] = (struct option){"version", no_argument, NULL, VERSION};
    int id;
    while ((id = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
        if (id == HELP) {
            zp_puts(usage);
            zp_exit();
        }
        if (id == VERSION)
            zp_print_version();
        if (id == '?' || id == ':')
            zp_try_help();
        on_option(id, optarg);
    }
    free(longs);
    free(shorts);
    longs = NULL;
    shorts = NULL;
    return optind;
}

long long zp_option_number(const char *arg, long long min, long long max, const char *what)
{
    char *end;
    errno = 0;
    long long n = strtoll(arg, &end, 10);
    /* strtoll takes leading spaces and a sign; an option's number has neither */
    if (errno != 0 || end == arg || *end != '\0' || !(arg[0] >= '0' && arg[0] <= '9') || n < min ||
        n > max)
        zp_usage_error("invalid %s: '%s' (%lld to %lld)", what, arg, min, max);
    return n;
}

void *zp_alloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        zp_fatal("out of memory");
    return p;
}

void *zp_resize(void *p, size_t n, size_t size)
{
    if (size != 0 && n > SIZE_MAX / size)
        zp_fatal("out of memory");
    size_t bytes = n * size;
    p = realloc(p, bytes > 0 ? bytes : 1);
    if (!p)
        zp_fatal("out of memory");
    return p;
}

void *zp_grow(void *p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return p;
    size_t cap2 = *cap ? *cap : 64;
    while (cap2 < need) {
        if (cap2 > SIZE_MAX / 2 / size)
            zp_fatal("out of memory");
        cap2 *= 2;
    }
    p = zp_resize(p, cap2, size);
    *cap = cap2;
    return p;
}

unsigned char *zp_buffer_room(struct zp_buffer *b, size_t n)
{
    if (n > SIZE_MAX - b->len)
        zp_fatal("out of memory");
    b->data = zp_grow(b->data, &b->cap, b->len + n, 1);
    return b->data + b->len;
}

void zp_buffer_add(struct zp_buffer *b, const void *data, size_t len)
{
    if (len == 0)
        return;
    memcpy(zp_buffer_room(b, len), data, len);
    b->len += len;
}

void zp_buffer_free(struct zp_buffer *b)
{
    free(b->data);
    *b = (struct zp_buffer){0};
}

_Noreturn void zp_side_error(const struct zp_side_file *f)
{
    zp_fatal("%s: write error: %s", f->name ? f->name : "standard error", strerror(errno));
}

void zp_side_open(struct zp_side_file *f, const char *name)
{
    f->name = name;
    f->stream = name ? fopen(name, "w") : stderr;
    if (!f->stream)
        zp_usage_error("cannot write %s: %s", name, strerror(errno));
}

void zp_side_write(struct zp_side_file *f, const void *data, size_t len)
{
    if (len > 0 && fwrite(data, 1, len, f->stream) != len)
        zp_side_error(f);
}

void zp_side_close(struct zp_side_file *f)
{
    if (fflush(f->stream) != 0 || ferror(f->stream))
        zp_side_error(f);
    if (f->stream != stderr && fclose(f->stream) != 0)
        zp_side_error(f);
    f->stream = NULL;
}

int zp_open(const char *name)
{
    if (strcmp(name, "-") == 0)
        return STDIN_FILENO;
    int fd;
    do
        fd = open(name, O_RDONLY);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        zp_error(name, "%s", strerror(errno));
    return fd;
}

void zp_close(int fd, const char *name)
{
    if (fd != STDIN_FILENO && close(fd) != 0)
        zp_error(name, "%s", strerror(errno));
}

ssize_t zp_read(int fd, const char *name, void *buf, size_t cap)
{
    for (;;) {
        ssize_t n = read(fd, buf, cap);
        if (n >= 0)
            return n;
        if (errno != EINTR) {
            zp_error(name, "%s", strerror(errno));
            return -1;
        }
    }
}

/* Lines of any length: a buffer that holds at least the longest line. */
enum { LINE_READER_INITIAL_CAP = 1 << 16 };

struct line_reader {
    int fd;
    const char *name;
    unsigned char *buf;
    size_t cap, start, end;
    bool eof;
    uintmax_t line_number;
};

/* Reads more after the unread part, first moving it to the buffer's start and
 * growing the buffer when the unread part fills it (a line longer than the
 * buffer).  Returns false at end of input or after a read error (reported). */
static bool refill(struct line_reader *r)
{
    if (r->eof)
        return false;
    if (r->start > 0) {
        memmove(r->buf, r->buf + r->start, r->end - r->start);
        r->end -= r->start;
        r->start = 0;
    }
    if (r->end == r->cap)
        r->buf = zp_grow(r->buf, &r->cap, r->cap ? 2 * r->cap : LINE_READER_INITIAL_CAP, 1);
    ssize_t n = zp_read(r->fd, r->name, r->buf + r->end, r->cap - r->end);
    if (n <= 0) {
        r->eof = true;
        return false;
    }
    r->end += (size_t)n;
    return true;
}

/* The next line in *line, valid until the next call; false at the end. */
static bool read_line(struct line_reader *r, const unsigned char **line, size_t *len)
{
    size_t scanned = r->start;
    for (;;) {
        unsigned char *nl =
            r->end > scanned ? memchr(r->buf + scanned, '\n', r->end - scanned) : NULL;
        if (nl) {
            *line = r->buf + r->start;
            *len = (size_t)(nl - *line);
            r->start = (size_t)(nl - r->buf) + 1;
            r->line_number++;
            return true;
        }
        scanned = r->end - r->start;
        if (!refill(r)) {
            if (r->end == r->start)
                return false;
            *line = r->buf + r->start;
            *len = r->end - r->start;
            r->start = r->end;
            r->line_number++;
            return true;
        }
    }
}

void zp_each_line(const char *name, void (*on_line)(const char *name, uintmax_t number,
                                                    const unsigned char *line, size_t len))
{
    int fd = zp_open(name);
    if (fd < 0)
        return;
    struct line_reader r = {.fd = fd, .name = name};
    const unsigned char *line;
    size_t len;
    while (read_line(&r, &line, &len))
        on_line(name, r.line_number, line, len);
    free(r.buf);
    zp_close(fd, name);
}

#ifndef __SSE2__
/* Whether a byte of w is TAB, LF, CR or backslash: the has-zero-byte test
 * on w with each of them cleared in turn. */
static bool has_escaped_byte(uint64_t w)
{
    const uint64_t ones = UINT64_C(0x0101010101010101), highs = UINT64_C(0x8080808080808080);
    uint64_t tab = w ^ (ones * '\t'), lf = w ^ (ones * '\n'), cr = w ^ (ones * '\r'),
             backslash = w ^ (ones * '\\');
    return (((tab - ones) & ~tab) | ((lf - ones) & ~lf) | ((cr - ones) & ~cr) |
            ((backslash - ones) & ~backslash)) &
           highs;
}
#endif

/* The letter that follows the backslash for each byte escaped in a field. */
static const char field_escapes[256] = {['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r', ['\\'] = '\\'};

#ifdef __SSE2__
/* Whether any of the 16 bytes at s is escaped in a field: one look for the
 * 16, as most fields have none. */
static inline bool has_escaped_byte16(const unsigned char *s)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i found =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
                     _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
    return _mm_movemask_epi8(found) != 0;
}
#endif

size_t zp_escape_field(const unsigned char *s, size_t n, unsigned char *out)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
#ifdef __SSE2__
        if (n - i >= 16 && !has_escaped_byte16(s + i)) {
            memcpy(out + len, s + i, 16);
            len += 16;
            i += 15;
            continue;
        }
#endif
        if (field_escapes[s[i]]) {
            out[len++] = '\\';
            out[len++] = (unsigned char)field_escapes[s[i]];
        } else {
            out[len++] = s[i];
        }
    }
    return len;
}

size_t zp_unescape_field(const unsigned char *s, size_t n, unsigned char *out)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == '\\' && i + 1 < n) {
            unsigned char e = s[i + 1];
            unsigned char d = e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e == '\\' ? '\\' : 0;
            if (d) {
                out[len++] = d;
                i++;
                continue;
            }
        }
        out[len++] = c;
    }
    return len;
}

void zp_write_field(const unsigned char *s, size_t n)
{
    const char *escapes = field_escapes;
    size_t done = 0, at = 0;
    while (at < n) {
#ifdef __SSE2__
        if (n - at >= 16) {
            if (!has_escaped_byte16(s + at)) {
                at += 16;
                continue;
            }
        } else if (done + 16 <= n && !has_escaped_byte16(s + n - 16)) {
            /* the last 16 bytes, over some already looked at: none of
             * those was escaped, as none after done was */
            break;
        }
#else
        uint64_t w;
        if (n - at >= 8 && (memcpy(&w, s + at, sizeof w), !has_escaped_byte(w))) {
            at += 8;
            continue;
        }
#endif
        if (escapes[s[at]]) {
            zp_write(s + done, at - done);
            zp_putc('\\');
            zp_putc(escapes[s[at]]);
            done = at + 1;
        }
        at++;
    }
    zp_write(s + done, n - done);
}

void zp_tsv_trim(const unsigned char **line, size_t *len, bool first_line)
{
    if (*len > 0 && (*line)[*len - 1] == '\r')
        --*len;
    if (first_line && *len >= 3 && memcmp(*line, "\xEF\xBB\xBF", 3) == 0) {
        *line += 3;
        *len -= 3;
    }
}

void zp_write_header(const char *name)
{
    zp_putc(ZP_HEADER_BYTE);
    zp_puts(name);
    zp_putc('\n');
}

size_t zp_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (n == 0)
        return 0;
    unsigned char b0 = s[0];
    if (b0 < 0x80) {
        *cp = b0;
        return 1;
    }
    if (b0 < 0xC2)
        return 0;
    if (b0 < 0xE0) {
        if (n < 2 || (s[1] & 0xC0) != 0x80)
            return 0;
        *cp = ((uint32_t)(b0 & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if (b0 < 0xF0) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if ((b0 == 0xE0 && s[1] < 0xA0) || (b0 == 0xED && s[1] >= 0xA0))
            return 0;
        *cp = ((uint32_t)(b0 & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) |
              (s[2] & 0x3F);
        return 3;
    }
    if (b0 < 0xF5) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
            (s[3] & 0xC0) != 0x80)
            return 0;
        if ((b0 == 0xF0 && s[1] < 0x90) || (b0 == 0xF4 && s[1] >= 0x90))
            return 0;
        *cp = ((uint32_t)(b0 & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
              ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
        return 4;
    }
    return 0;
}

/* One character after another from s[i], up to stop (or n): where they
 * stopped, at the first byte that begins no well-formed character or at the
 * first character boundary at or past stop. */
static size_t utf8_valid_until(const unsigned char *s, size_t n, size_t i, size_t stop)
{
    while (i < n && i < stop) {
        unsigned char b = s[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        /* Leads E1..EC and EE..EF: nothing to check but the continuation
         * bytes. */
        if (b >= 0xE1 && b <= 0xEF && b != 0xED && n - i >= 3 &&
            (((s[i + 1] ^ 0x80) | (s[i + 2] ^ 0x80)) & 0xC0) == 0) {
            i += 3;
            continue;
        }
        uint32_t cp;
        size_t len = zp_utf8_decode(s + i, n - i, &cp);
        if (len == 0)
            break;
        i += len;
    }
    return i;
}

#ifdef __SSE2__
/* Bit k of each mask tells of byte k of the 64 at s: a continuation byte,
 * a lead of the three-byte forms that need no range check (E1..EC and
 * EE..EF: most of Chinese text), or any other byte that is not ASCII. */
static inline __attribute__((always_inline)) void utf8_chunk_masks(const unsigned char *s, uint64_t *continuing,
                                                                   uint64_t *leads, uint64_t *other)
{
    uint64_t c = 0, l = 0, o = 0;
    for (int k = 0; k < 4; k++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + 16 * k));
        /* 80..BF are -128..-65 as signed bytes; E1..EF, moved to 0..14, are
         * compared unsigned through their minimum */
        __m128i cont = _mm_cmpgt_epi8(_mm_set1_epi8(-64), v);
        __m128i from_e1 = _mm_sub_epi8(v, _mm_set1_epi8((char)0xE1));
        __m128i lead = _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xED)),
                                        _mm_cmpeq_epi8(_mm_min_epu8(from_e1, _mm_set1_epi8(14)), from_e1));
        uint64_t high = (unsigned)_mm_movemask_epi8(v);
        uint64_t cm = (unsigned)_mm_movemask_epi8(cont), lm = (unsigned)_mm_movemask_epi8(lead);
        c |= cm << (16 * k);
        l |= lm << (16 * k);
        o |= (high & ~(cm | lm)) << (16 * k);
    }
    *continuing = c;
    *leads = l;
    *other = o;
}

/* The valid prefix by 64-byte chunks, none depending on the last: each lead
 * must have continuation bytes at exactly the next two places, and those
 * are all the continuation bytes there are.  A chunk with another byte, or
 * one that breaks the rule, goes to the plain loop from the last character
 * boundary before it, and the chunks resume after it.  masks is one of the
 * utf8_chunk_masks, inlined. */
static inline __attribute__((always_inline)) size_t utf8_valid_chunks(
    const unsigned char *s, size_t n,
    void (*masks)(const unsigned char *, uint64_t *, uint64_t *, uint64_t *))
{
    size_t i = 0;
    while (n - i >= 64) {
        uint64_t before = 0; /* the previous chunk's leads */
        for (; n - i >= 64; i += 64) {
            uint64_t continuing, leads, other;
            masks(s + i, &continuing, &leads, &other);
            uint64_t expected = (leads << 1) | (leads << 2) | (before >> 62) | (before >> 63);
            if (other | (continuing ^ expected))
                break;
            before = leads;
        }
        /* back to the lead of a character the chunk's start cut */
        i -= before >> 63 ? 1 : (before >> 62) & 1 ? 2 : 0;
        if (n - i < 64 + 2)
            break;
        size_t stop = i + 64 + 2;
        i = utf8_valid_until(s, n, i, stop);
        if (i < stop)
            return i;
    }
    /* The rest, most of a line or all of a short one, padded with NULs to
     * a chunk: 62 bytes at most, so that a lead the rest ends with still
     * expects its continuation bytes inside the chunk.  The plain loop
     * finds where a rest that breaks the rule goes wrong. */
    if (n - i <= 62) {
        unsigned char chunk[64] = {0};
        memcpy(chunk, s + i, n - i);
        uint64_t continuing, leads, other;
        masks(chunk, &continuing, &leads, &other);
        if (!(other | (continuing ^ ((leads << 1) | (leads << 2)))))
            return n;
    }
    return utf8_valid_until(s, n, i, n);
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
/* The same masks, 32 bytes a step, on processors with AVX2: the SSE2 one
 * above line for line, as the two instruction sets cannot share a body
 * (a target attribute applies to a whole function). */
__attribute__((target("avx2"))) static inline void utf8_chunk_masks_avx2(const unsigned char *s,
                                                                        uint64_t *continuing, uint64_t *leads,
                                                                        uint64_t *other)
{
    uint64_t c = 0, l = 0, o = 0;
    for (int k = 0; k < 2; k++) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(s + 32 * k));
        __m256i cont = _mm256_cmpgt_epi8(_mm256_set1_epi8(-64), v);
        __m256i from_e1 = _mm256_sub_epi8(v, _mm256_set1_epi8((char)0xE1));
        __m256i lead = _mm256_andnot_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)0xED)),
                                           _mm256_cmpeq_epi8(_mm256_min_epu8(from_e1, _mm256_set1_epi8(14)), from_e1));
        uint64_t high = (uint32_t)_mm256_movemask_epi8(v);
        uint64_t cm = (uint32_t)_mm256_movemask_epi8(cont), lm = (uint32_t)_mm256_movemask_epi8(lead);
        c |= cm << (32 * k);
        l |= lm << (32 * k);
        o |= (high & ~(cm | lm)) << (32 * k);
    }
    *continuing = c;
    *leads = l;
    *other = o;
}

__attribute__((target("avx2"))) static size_t utf8_valid_len_avx2(const unsigned char *s, size_t n)
{
    return utf8_valid_chunks(s, n, utf8_chunk_masks_avx2);
}
#endif
#endif

size_t zp_utf8_valid_len(const unsigned char *s, size_t n)
{
#ifdef __SSE2__
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (__builtin_cpu_supports("avx2"))
        return utf8_valid_len_avx2(s, n);
#endif
    return utf8_valid_chunks(s, n, utf8_chunk_masks);
#else
    return utf8_valid_until(s, n, 0, n);
#endif
}

size_t zp_utf8_last_slow(const unsigned char *s, size_t n, uint32_t *cp)
{
    size_t at = n - 1;
    while (at > 0 && n - at < 4 && (s[at] & 0xC0) == 0x80)
        at--;
    if (zp_utf8_decode(s + at, n - at, cp) == n - at)
        return n - at;
    *cp = 0xFFFD;
    return 1;
}

size_t zp_utf8_prefix_len(const unsigned char *s, size_t n)
{
    unsigned char b0 = s[0];
    size_t need = b0 >= 0xC2 && b0 < 0xE0   ? 2
                  : b0 >= 0xE0 && b0 < 0xF0 ? 3
                  : b0 >= 0xF0 && b0 < 0xF5 ? 4
                                            : 0;
    if (need == 0)
        return 0;
    size_t i = 1;
    for (; i < n && i < need; i++) {
        unsigned char lo = 0x80, hi = 0xBF;
        if (i == 1) {
            if (b0 == 0xE0)
                lo = 0xA0;
            else if (b0 == 0xED)
                hi = 0x9F;
            else if (b0 == 0xF0)
                lo = 0x90;
            else if (b0 == 0xF4)
                hi = 0x8F;
        }
        if (s[i] < lo || s[i] > hi)
            break;
    }
    return i;
}

size_t zp_utf8_encode(uint32_t cp, unsigned char *out)
{
    if (cp < 0x80) {
        out[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (unsigned char)(0xC0 | (cp >> 6));
        out[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (unsigned char)(0xE0 | (cp >> 12));
        out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (unsigned char)(0xF0 | (cp >> 18));
    out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}
