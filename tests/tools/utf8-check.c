/* utf8-check: zp_utf8_valid_len, which takes chunks of 64 bytes at a time
 * where it can, against the plain reading of one character after another with
 * zp_utf8_decode, on generated strings: valid characters of every length,
 * the edge cases of E0, ED, F0 and F4, and invalid bytes, at every place a
 * block can cut them.  Prints the first disagreement, or how many agreed. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "zp.h"

static const char *const pieces[] = {
    "a", " ", "1", ":", "\xC2\xB7", "\xC2\xBB", "\xE4\xB8\x80", "\xE5\x85\x9A",
    "\xEF\xBC\x8C", "\xE2\x80\x9C", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80",
    "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF", "\xF0\xA0\x80\x80",
    /* invalid */
    "\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xED\xA0\x80", "\xE4\xB8",
    "\xE4", "\xF0\x80\x80\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\xC2",
};
enum { PIECES = sizeof pieces / sizeof pieces[0], VALID_PIECES = 16 };
/* ASCII and the three-byte forms the chunks take whole: strings of these
 * reach far into the chunks before the piece that sends them to the plain
 * loop. */
enum { COMMON_PIECES = 10 };
static const char *const common_pieces[COMMON_PIECES] = {
    "a", " ", "1", ":", "\xE4\xB8\x80", "\xE5\x85\x9A", "\xEF\xBC\x8C", "\xE2\x80\x9C",
    "\xEE\x80\x80", "\xE9\xBF\xBF",
};

static uint64_t state = 0x9E3779B97F4A7C15;

static uint64_t next_random(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

static size_t plain_valid_len(const unsigned char *s, size_t n)
{
    size_t at = 0, len;
    uint32_t cp;
    while (at < n && (len = zp_utf8_decode(s + at, n - at, &cp)) > 0)
        at += len;
    return at;
}

int main(int argc, char **argv)
{
    (void)argc;
    zp_init(argv[0]);
    enum { STRINGS = 200000 };
    unsigned char s[1024];
    for (long i = 0; i < STRINGS; i++) {
        /* every other string long and common, for the chunks */
        bool common = i % 2 == 1;
        size_t n = 0, count = next_random() % (common ? 250 : 40);
        /* mostly valid text, so that blocks get far before the bad byte */
        for (size_t k = 0; k < count; k++) {
            uint64_t r = next_random();
            const char *piece = r % 64 == 0    ? pieces[r / 64 % PIECES]
                                : common       ? common_pieces[r / 64 % COMMON_PIECES]
                                               : pieces[r / 64 % VALID_PIECES];
            size_t len = strlen(piece);
            memcpy(s + n, piece, len);
            n += len;
        }
        size_t got = zp_utf8_valid_len(s, n), want = plain_valid_len(s, n);
        if (got != want) {
            printf("disagree: valid_len %zu, plain %zu, on", got, want);
            for (size_t k = 0; k < n; k++)
                printf(" %02X", s[k]);
            putchar('\n');
            return 1;
        }
    }
    printf("%d strings agree\n", STRINGS);
    return 0;
}
