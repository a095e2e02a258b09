#define _POSIX_C_SOURCE 200809L
#include "spool.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "zp.h"

static _Noreturn void temporary_failed(void)
{
    zp_fatal("temporary file: %s", strerror(errno));
}

static FILE *temporary_file(void)
{
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir)
        dir = "/tmp";
    size_t len = strlen(dir) + sizeof "/dedup-docs.XXXXXX";
    char *path = zp_alloc(len, 1);
    snprintf(path, len, "%s/dedup-docs.XXXXXX", dir);
    int fd = mkstemp(path);
    if (fd < 0)
        zp_fatal("%s: %s", path, strerror(errno));
    unlink(path);
    free(path);
    FILE *f = fdopen(fd, "w+");
    if (!f)
        temporary_failed();
    return f;
}

void spool_add(struct spool *s, const void *data, size_t len)
{
    if (!s->file && s->len + len <= SPOOL_MEMORY) {
        if (!s->bytes) {
            s->bytes = zp_alloc(SPOOL_MEMORY, 1);
        }
        memcpy(s->bytes + s->len, data, len);
        s->len += len;
        return;
    }
    if (!s->file) {
        s->file = temporary_file();
        if (fwrite(s->bytes, 1, s->len, s->file) != s->len)
            temporary_failed();
    }
    if (fwrite(data, 1, len, s->file) != len)
        temporary_failed();
}

void spool_write(struct spool *s)
{
    if (!s->file) {
        zp_write(s->bytes, s->len);
        return;
    }
    if (fflush(s->file) != 0 || fseek(s->file, 0, SEEK_SET) != 0)
        temporary_failed();
    unsigned char buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, s->file)) > 0)
        zp_write(buf, n);
    if (ferror(s->file))
        temporary_failed();
}

void spool_clear(struct spool *s)
{
    s->len = 0;
    if (s->file) {
        fclose(s->file);
        s->file = NULL;
    }
}

void spool_free(struct spool *s)
{
    spool_clear(s);
    free(s->bytes);
    s->bytes = NULL;
}
