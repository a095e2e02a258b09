#include "signatures.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "zp.h"

/* the parameters are spelled out so that a file from another build is refused */
static const char magic[] = "zhpipe dedup-docs signatures 1 shingle=5 sketch=128 keys=12\n";
_Static_assert(SHINGLE_TOKENS == 5 && SKETCH_SIZE == 128 && MAX_KEYS == 12,
               "the signature file's first line names these parameters");

bool signatures_begin(FILE *out) { return fputs(magic, out) != EOF; }

static void put_u32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static uint32_t get_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

bool signature_write(FILE *out, const unsigned char *name, size_t name_len,
                     const struct signature *sig)
{
    unsigned char head[8], body[4 * MAX_KEYS + 2 * SKETCH_SIZE];
    put_u32(head, (uint32_t)name_len);
    head[4] = sig->sketch.count;
    head[5] = sig->sketch.shift;
    head[6] = sig->sketch.full;
    head[7] = (unsigned char)sig->key_count;
    size_t len = 0;
    for (unsigned i = 0; i < sig->key_count; i++, len += 4)
        put_u32(body + len, sig->keys[i]);
    for (unsigned i = 0; i < sig->sketch.count; i++) {
        body[len++] = (unsigned char)sig->sketch.values[i];
        body[len++] = (unsigned char)(sig->sketch.values[i] >> 8);
    }
    return fwrite(head, 1, 4, out) == 4 && fwrite(name, 1, name_len, out) == name_len &&
           fwrite(head + 4, 1, 4, out) == 4 && fwrite(body, 1, len, out) == len;
}

/* Reads exactly n bytes; false at a clean end of file before the first. */
static bool read_exactly(FILE *in, const char *path, void *buf, size_t n, bool may_end)
{
    size_t got = fread(buf, 1, n, in);
    if (got == n)
        return true;
    if (ferror(in))
        zp_fatal("%s: %s", path, strerror(errno));
    if (got == 0 && may_end)
        return false;
    zp_fatal("%s: truncated signatures file", path);
}

void signatures_load(struct index *ix, const char *path)
{
    FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!in)
        zp_fatal("%s: %s", path, strerror(errno));
    char first[sizeof magic];
    if (!fgets(first, sizeof first, in) || strcmp(first, magic) != 0)
        zp_fatal("%s: not a dedup-docs signatures file of this version", path);
    unsigned char *name = NULL;
    size_t name_cap = 0;
    unsigned char len_bytes[4];
    while (read_exactly(in, path, len_bytes, 4, true)) {
        uint32_t name_len = get_u32(len_bytes);
        if (name_len > name_cap) {
            name_cap = name_len;
            name = zp_resize(name, name_cap, 1);
        }
        unsigned char head[4], body[4 * MAX_KEYS + 2 * SKETCH_SIZE];
        read_exactly(in, path, name, name_len, false);
        read_exactly(in, path, head, 4, false);
        struct signature sig = {.sketch = {.count = head[0], .shift = head[1], .full = head[2] == 1},
                                .key_count = head[3]};
        if (head[0] > SKETCH_SIZE || head[1] > 16 || head[2] > 1 || head[3] > MAX_KEYS)
            zp_fatal("%s: a damaged signature", path);
        read_exactly(in, path, body, 4 * sig.key_count + 2 * sig.sketch.count, false);
        for (unsigned i = 0; i < sig.key_count; i++)
            sig.keys[i] = get_u32(body + 4 * i);
        const unsigned char *values = body + 4 * sig.key_count;
        for (unsigned i = 0; i < sig.sketch.count; i++) {
            sig.sketch.values[i] = (uint16_t)(values[2 * i] | values[2 * i + 1] << 8);
            /* the comparison merges them: they must ascend */
            if (i > 0 && sig.sketch.values[i] <= sig.sketch.values[i - 1])
                zp_fatal("%s: a damaged signature", path);
        }
        index_add(ix, name, name_len, &sig.sketch, sig.keys, sig.key_count);
    }
    free(name);
    if (in != stdin)
        fclose(in);
}
