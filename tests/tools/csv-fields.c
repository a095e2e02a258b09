/* csv-fields: the fields of a CSV file as libcsv's strict parser reads them
 * (spaces kept), or of a TSV file with the zhpipe escapes decoded, in one
 * form for both: each field as its length, a colon, its bytes and a LF, and
 * "--" after each record.  The tests compare to-csv's output with its input
 * through it, byte for byte.
 *
 *   csv-fields --csv FILE     csv-fields --tsv FILE */
#define _POSIX_C_SOURCE 200809L
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void field(void *s, size_t len, void *data)
{
    (void)data;
    printf("%zu:", len);
    fwrite(s, 1, len, stdout);
    putchar('\n');
}

static void record(int c, void *data)
{
    (void)c;
    (void)data;
    puts("--");
}

/* no character is a space to trim */
static int no_space(unsigned char c)
{
    (void)c;
    return 0;
}

static int read_csv(FILE *in)
{
    struct csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return 2;
    csv_set_space_func(&parser, no_space);
    /* libcsv grows a field 128 bytes at a time by default: quadratic on a
     * 10 MB field, under ASan hopelessly so */
    csv_set_blk_size(&parser, 1 << 20);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        if (csv_parse(&parser, buf, n, field, record, NULL) != n) {
            fprintf(stderr, "csv-fields: %s\n", csv_strerror(csv_error(&parser)));
            return 1;
        }
    if (csv_fini(&parser, field, record, NULL) != 0) {
        fprintf(stderr, "csv-fields: %s\n", csv_strerror(csv_error(&parser)));
        return 1;
    }
    csv_free(&parser);
    return 0;
}

static int read_tsv(FILE *in)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, in)) > 0) {
        if (line[n - 1] == '\n')
            n--;
        char *out = malloc((size_t)n + 1);
        size_t len = 0;
        for (ssize_t i = 0; i <= n; i++) {
            if (i == n || line[i] == '\t') {
                field(out, len, NULL);
                len = 0;
                continue;
            }
            if (line[i] == '\\' && i + 1 < n && strchr("tnr\\", line[i + 1])) {
                char e = line[++i];
                out[len++] = e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : '\\';
                continue;
            }
            out[len++] = line[i];
        }
        free(out);
        record(0, NULL);
    }
    free(line);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 3 || (strcmp(argv[1], "--csv") != 0 && strcmp(argv[1], "--tsv") != 0)) {
        fputs("usage: csv-fields --csv|--tsv FILE\n", stderr);
        return 2;
    }
    FILE *in = strcmp(argv[2], "-") == 0 ? stdin : fopen(argv[2], "rb");
    if (!in) {
        perror(argv[2]);
        return 2;
    }
    return strcmp(argv[1], "--csv") == 0 ? read_csv(in) : read_tsv(in);
}
