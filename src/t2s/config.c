/* Opening t2s's converter: OpenCC with zhpipe's own configurations, and
 * the keys of their dictionaries for the fast path. */
#define _GNU_SOURCE /* memfd_create */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "supplement.h"
#include "zp.h"

#ifndef OPENCC_DATADIR
#define OPENCC_DATADIR "/usr/share/opencc"
#endif

/* The conversions zhpipe knows, each OpenCC's own (OPENCC_DATADIR/NAME.json)
 * less two faults: every dictionary is named by absolute path (OpenCC looks in
 * the working directory first, where a stray TSPhrases.ocd2 would replace
 * ours), and the supplementary phrases stand before OpenCC's in the last
 * stage and in segmentation.  variants: the dictionaries of the first stage,
 * regional variants to standard Traditional; NULL when there is none. */
struct known_config {
    const char *name;
    const char *variants[4];
};

static const struct known_config known_configs[] = {
    {"t2s", {NULL}},
    {"tw2s", {"TWVariantsRevPhrases", "TWVariantsRev", NULL}},
    {"tw2sp", {"TWPhrasesRev", "TWVariantsRevPhrases", "TWVariantsRev", NULL}},
    {"hk2s", {"HKVariantsRevPhrases", "HKVariantsRev", NULL}},
};

/* The entries of the dictionaries a known configuration loads: the
 * supplement's and OpenCC's. */
static struct keys *load_keys(const struct known_config *config)
{
    /* Characters are converted from the dictionaries' values, without
     * OpenCC, only in a one-stage conversion: in a chain, the first stage's
     * output meets the next stage's phrases. */
    struct keys *keys = keys_new(config->variants[0] == NULL);
    for (const char *line = supplement_dict; *line;) {
        const char *tab = strchr(line, '\t'), *end = strchr(line, '\n');
        keys_add(keys, line, (size_t)(tab - line), tab + 1, (size_t)(end - tab - 1));
        line = end + 1;
    }
    const char *dicts[8] = {"TSPhrases", "TSCharacters"};
    size_t count = 2;
    for (size_t i = 0; config->variants[i]; i++)
        dicts[count++] = config->variants[i];
    for (size_t i = 0; i < count; i++) {
        char path[512], error[600];
        snprintf(path, sizeof path, "%s/%s.ocd2", OPENCC_DATADIR, dicts[i]);
        if (!keys_add_ocd2(keys, path, error, sizeof error))
            zp_fatal("%s", error);
    }
    keys_finish(keys);
    return keys;
}

/* A file that lives only in memory, named for OpenCC as /proc/self/fd/N. */
static int memory_file(const char *name, const char *content, char path[static 64])
{
    int fd = memfd_create(name, 0);
    if (fd < 0)
        zp_fatal("cannot create the %s in memory: %s", name, strerror(errno));
    size_t len = strlen(content);
    for (size_t done = 0; done < len;) {
        ssize_t n = write(fd, content + done, len - done);
        if (n < 0 && errno != EINTR)
            zp_fatal("cannot write the %s in memory: %s", name, strerror(errno));
        done += n > 0 ? (size_t)n : 0;
    }
    snprintf(path, 64, "/proc/self/fd/%d", fd);
    return fd;
}

static void add(struct zp_buffer *b, const char *s) { zp_buffer_add(b, s, strlen(s)); }

static void add_ocd2(struct zp_buffer *json, const char *dict, bool last)
{
    add(json, "{\"type\":\"ocd2\",\"file\":\"" OPENCC_DATADIR "/");
    add(json, dict);
    add(json, last ? ".ocd2\"}" : ".ocd2\"},");
}

static opencc_t open_known(const struct known_config *config)
{
    char supplement_path[64], config_path[64];
    int supplement_fd = memory_file("t2s supplementary phrases", supplement_dict,
                                    supplement_path);
    struct zp_buffer json = {0};
    add(&json, "{\"name\":\"zhpipe ");
    add(&json, config->name);
    add(&json, "\",\"segmentation\":{\"type\":\"mmseg\",\"dict\":{\"type\":\"group\",\"dicts\":["
               "{\"type\":\"text\",\"file\":\"");
    add(&json, supplement_path);
    add(&json, "\"},");
    add_ocd2(&json, "TSPhrases", true);
    add(&json, "]}},\"conversion_chain\":[");
    if (config->variants[0]) {
        add(&json, "{\"dict\":{\"type\":\"group\",\"dicts\":[");
        for (size_t i = 0; config->variants[i]; i++)
            add_ocd2(&json, config->variants[i], !config->variants[i + 1]);
        add(&json, "]}},");
    }
    add(&json, "{\"dict\":{\"type\":\"group\",\"dicts\":[{\"type\":\"text\",\"file\":\"");
    add(&json, supplement_path);
    add(&json, "\"},");
    add_ocd2(&json, "TSPhrases", false);
    add_ocd2(&json, "TSCharacters", true);
    add(&json, "]}}]}");
    zp_buffer_add(&json, "", 1); /* a C string for memory_file */
    int config_fd = memory_file("t2s configuration", (const char *)json.data, config_path);
    opencc_t cc = opencc_open(config_path);
    free(json.data);
    /* memory files, read whole by now: a failed close loses nothing, but
     * every failure is told */
    if (close(config_fd) != 0 || close(supplement_fd) != 0)
        zp_fatal("cannot close the t2s configuration: %s", strerror(errno));
    return cc;
}

opencc_t config_open(const char *config, bool fast_path, struct keys **keys)
{
    *keys = NULL;
    for (size_t i = 0; i < sizeof known_configs / sizeof known_configs[0]; i++)
        if (strcmp(config, known_configs[i].name) == 0) {
            opencc_t cc = open_known(&known_configs[i]);
            if (cc == (opencc_t)-1)
                zp_fatal("cannot open OpenCC's %s dictionaries in %s: %s", config,
                         OPENCC_DATADIR, opencc_error());
            if (fast_path)
                *keys = load_keys(&known_configs[i]);
            return cc;
        }
    char path[4096];
    size_t len = strlen(config);
    bool is_path = strchr(config, '/') || (len > 5 && strcmp(config + len - 5, ".json") == 0);
    int n;
    if (!is_path)
        n = snprintf(path, sizeof path, "%s/%s.json", OPENCC_DATADIR, config);
    else if (config[0] == '/')
        n = snprintf(path, sizeof path, "%s", config);
    else {
        char cwd[2048];
        if (!getcwd(cwd, sizeof cwd))
            zp_fatal("cannot tell the current directory: %s", strerror(errno));
        n = snprintf(path, sizeof path, "%s/%s", cwd, config);
    }
    if (n < 0 || (size_t)n >= sizeof path)
        zp_usage_error("configuration path too long: %s", config);
    if (access(path, R_OK) != 0)
        zp_usage_error("no OpenCC configuration %s (%s)", config, path);
    opencc_t cc = opencc_open(path);
    if (cc == (opencc_t)-1)
        zp_usage_error("cannot open OpenCC configuration %s: %s", path, opencc_error());
    return cc;
}

