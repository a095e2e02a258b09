/* memrchr */
#define _GNU_SOURCE
#include "pool.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "document.h"
#include "meta.h"

/* Whole documents of one file, read by the main thread, stripped by a
 * worker, written by the main thread in input order. */
struct batch {
    const char *file;
    struct zp_buffer in;      /* whole lines, the last ending in LF */
    bool opens_file;          /* in's first line is its file's first */
    /* The number the worker gives in's first line: the file's where the
     * lines before it are counted by then (one job, or --explain, whose
     * rows name lines), else 1.  The main thread counting every batch's
     * LFs before handing it out took 7.4 M instructions on 10 MB of the
     * fixture pages, work the worker does anyway. */
    uintmax_t first_line;
    uintmax_t line_count;     /* in's lines, counted by strip_batch */
    struct zp_buffer out;     /* what stripping writes */
    struct zp_buffer explain; /* --explain rows */
    struct zp_buffer meta;    /* --meta rows */
    /* lines of invalid UTF-8, as uintmax_t counts of the batch's lines
     * before them: write_batch knows the file's number of the first */
    struct zp_buffer bad;
    enum { BATCH_FREE, BATCH_READY, BATCH_TAKEN, BATCH_DONE } state;
};

/* The document being stripped, one per thread. */
static _Thread_local struct document doc;
/* The lines of the documents read and not yet stripped, and where each
 * document begins among them (see struct lines). */
static _Thread_local struct lines group;
struct part {
    size_t first;              /* its first line in group */
    const unsigned char *name; /* its header's name, or "-" */
    size_t name_len;
    bool headed;
    size_t trims_from, trim_count; /* its cuts in kept_trims */
    unsigned passes;               /* what document_decide found it calls for */
};
static _Thread_local struct {
    struct part *at;
    size_t count, cap;
} parts;
/* A group's documents are stripped in two steps, each taken for all of
 * them before the next (document_decide, document_finish), and --meta
 * reads them after both: read between two documents, its code and
 * stripping's pushed each other out of the instruction cache (cachegrind,
 * 10 MB of the fixture pages: 5.2 M misses of its 32 KB, 1.8 M so, 1.65 M
 * without --meta; --meta's CPU time on 100 MB 0.346 -> 0.327 s, mkcorpus
 * pages 0.078 -> 0.074 s, without it 0.185 and 0.064 s).  Meanwhile each
 * document keeps its cuts here, and for --meta its joined paragraphs,
 * which its kept lines point into, in a buffer of kept_joined (the first
 * used of them; the others are spare, for the next documents to join
 * into). */
static _Thread_local struct {
    struct trim *at;
    size_t count, cap;
} kept_trims;
static _Thread_local struct {
    struct zp_buffer *at;
    size_t used, count, cap;
} kept_joined;
static struct zp_side_file *explain, *meta;

/* The workers take batches in input order; the main thread reads, hands
 * out and writes.  With one job there are no workers: the main thread
 * strips each batch itself. */
static struct {
    pthread_mutex_t lock;
    pthread_cond_t ready, done;
    struct batch *slots;
    size_t slot_count;
    /* counts of batches filled, taken by a worker and written: batch k is
     * in slot k % slot_count */
    size_t filled, taken, written;
    uintmax_t next_line; /* the file's number of the next batch to write's first line */
    bool closing;
    pthread_t *workers;
    size_t worker_count;
    struct zp_buffer pending; /* read and not yet handed out */
} pool;

/* A group this many lines long or more is stripped at the end of its
 * document: enough lines for each step's code to stay in the cache, few
 * enough that their records stay in the processor's second-level cache for
 * the steps after classifying. */
enum { GROUP_LINES = 1024 };

/* A document begins at the next line of group. */
static void begin_part(const unsigned char *name, size_t name_len, bool headed)
{
    if (parts.count == parts.cap)
        parts.at = zp_grow(parts.at, &parts.cap, parts.count + 1, sizeof *parts.at);
    parts.at[parts.count++] = (struct part){.first = group.count, .name = name, .name_len = name_len,
                                            .headed = headed};
}

/* Keeps the joined paragraphs of the document just stripped, which
 * meta_read will read and the next document's stripping would overwrite. */
static void keep_joined(void)
{
    /* joined text is the document's when it joined any: then its buffer is
     * kept and a spare one takes its place */
    if (doc.joined.len == 0)
        return;
    if (kept_joined.used == kept_joined.count) {
        if (kept_joined.count == kept_joined.cap)
            kept_joined.at = zp_grow(kept_joined.at, &kept_joined.cap, kept_joined.count + 1, sizeof *kept_joined.at);
        kept_joined.at[kept_joined.count++] = (struct zp_buffer){0};
    }
    struct zp_buffer spare = kept_joined.at[kept_joined.used];
    kept_joined.at[kept_joined.used++] = doc.joined;
    doc.joined = spare;
    doc.joined.len = 0;
}

/* d is part k of the group: its name and its lines. */
static void view_part(struct document *d, size_t k)
{
    const struct part *part = &parts.at[k];
    size_t end = k + 1 < parts.count ? parts.at[k + 1].first : group.count;
    d->name = part->name;
    d->name_len = part->name_len;
    d->lines = group.at + part->first;
    d->count = end - part->first;
}

/* Classifies the lines of the group, then strips its documents, each
 * after its header line. */
static void strip_group(void)
{
    lines_classify(&group);
    /* the first step of every document, whose cuts are kept for the
     * second (and --meta) */
    kept_trims.count = 0;
    for (size_t k = 0; k < parts.count; k++) {
        struct part *part = &parts.at[k];
        view_part(&doc, k);
        document_decide(&doc);
        part->trims_from = kept_trims.count;
        part->trim_count = doc.trim_count;
        part->passes = doc.passes;
        if (doc.trim_count > 0) {
            if (kept_trims.count + doc.trim_count > kept_trims.cap)
                kept_trims.at = zp_grow(kept_trims.at, &kept_trims.cap, kept_trims.count + doc.trim_count,
                                        sizeof *kept_trims.at);
            memcpy(kept_trims.at + kept_trims.count, doc.trims, doc.trim_count * sizeof *doc.trims);
            kept_trims.count += doc.trim_count;
        }
    }
    /* --explain's rows come document by document, --meta's among them */
    bool meta_after = doc.meta && !doc.explain;
    for (size_t k = 0; k < parts.count; k++) {
        const struct part *part = &parts.at[k];
        if (part->headed) /* "\f" NAME LF */
            zp_buffer_add(doc.out, part->name - 1, part->name_len + 2);
        view_part(&doc, k);
        if (part->trim_count > doc.trim_cap)
            doc.trims = zp_grow(doc.trims, &doc.trim_cap, part->trim_count, sizeof *doc.trims);
        if (part->trim_count > 0)
            memcpy(doc.trims, kept_trims.at + part->trims_from, part->trim_count * sizeof *doc.trims);
        doc.trim_count = part->trim_count;
        doc.passes = part->passes;
        /* document_finish joins into it only when it joins */
        doc.joined.len = 0;
        document_finish(&doc);
        /* the table reads what stripping decided; a header with no line
         * after it is a document too */
        if (doc.meta && (doc.count > 0 || part->headed)) {
            if (meta_after)
                keep_joined();
            else
                meta_read(&doc);
        }
    }
    if (meta_after) {
        /* the document as stripped, its cuts from where they were kept */
        struct document view = doc;
        for (size_t k = 0; k < parts.count; k++) {
            const struct part *part = &parts.at[k];
            view_part(&view, k);
            view.trims = kept_trims.at + part->trims_from;
            view.trim_count = part->trim_count;
            if (view.count > 0 || part->headed)
                meta_read(&view);
        }
        /* a spare keeps the room of a document of some pages at most: the
         * spares are as many as a group's documents that join */
        enum { SPARE_JOINED_MAX = 64 * 1024 };
        for (size_t i = 0; i < kept_joined.used; i++)
            if (kept_joined.at[i].cap > SPARE_JOINED_MAX)
                zp_buffer_free(&kept_joined.at[i]);
        kept_joined.used = 0;
    }
    kept_trims.count = 0;
    group.count = parts.count = 0;
}

/* What a thread that strips holds from batch to batch. */
static void free_thread_state(void)
{
    document_free(&doc);
    lines_free(&group);
    free(kept_trims.at);
    kept_trims.at = NULL;
    kept_trims.count = kept_trims.cap = 0;
    for (size_t i = 0; i < kept_joined.count; i++)
        zp_buffer_free(&kept_joined.at[i]);
    free(kept_joined.at);
    kept_joined.at = NULL;
    kept_joined.used = kept_joined.count = kept_joined.cap = 0;
    free(parts.at);
    parts.at = NULL;
    parts.count = parts.cap = 0;
}

/* The LFs of a batch, in order: 64 bytes are compared, 16 at once, and
 * their LFs taken from a bit mask, which for lines of a few dozen bytes
 * costs less than a memchr call per line.  (A mask of 16 bytes, and a test
 * for an LF after each, took strip_batch 40 to 55% more instructions.) */
struct lf_scan {
    const unsigned char *at, *end; /* the next 64 bytes to look at */
    const unsigned char *block;    /* the bytes that mask tells of */
    uint64_t mask;
};

/* The next LF; there is one, as a batch ends in LF. */
static const unsigned char *next_lf(struct lf_scan *scan)
{
#ifdef __SSE2__
    while (scan->mask == 0 && scan->end - scan->at >= 64) {
        const __m128i lf = _mm_set1_epi8('\n');
        uint64_t mask = 0;
        for (int k = 0; k < 4; k++) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(scan->at + 16 * k));
            mask |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf)) << (16 * k);
        }
        scan->mask = mask;
        scan->block = scan->at;
        scan->at += 64;
    }
    if (scan->mask != 0) {
        const unsigned char *lf = scan->block + __builtin_ctzll(scan->mask);
        scan->mask &= scan->mask - 1;
        return lf;
    }
#endif
    const unsigned char *lf = memchr(scan->at, '\n', (size_t)(scan->end - scan->at));
    scan->at = lf + 1;
    return lf;
}

/* Strips the batch; returns the number of the line after its last. */
static uintmax_t strip_batch(struct batch *b)
{
    b->out.len = b->explain.len = b->meta.len = b->bad.len = 0;
    doc.out = &b->out;
    doc.explain = explain ? &b->explain : NULL;
    doc.meta = meta ? &b->meta : NULL;
    begin_part((const unsigned char *)"-", 1, false);
    const unsigned char *p = b->in.data, *end = p + b->in.len;
    struct lf_scan scan = {.at = p, .end = end};
    /* Invalid UTF-8 is looked for over the whole batch, which is long
     * enough for the vector steps to do most of it (no character spans an
     * LF): valid_to is where the next invalid byte stands. */
    const unsigned char *valid_to = p + zp_utf8_valid_len(p, (size_t)(end - p));
    uintmax_t number = b->first_line;
    for (; p < end; number++) {
        const unsigned char *lf = next_lf(&scan);
        size_t len = (size_t)(lf - p);
        bool header = zp_is_header(p, len);
        if (valid_to < lf) {
            /* a header's name is the user's, not text to check */
            if (!header) {
                uintmax_t before = number - b->first_line;
                zp_buffer_add(&b->bad, &before, sizeof before);
            }
            valid_to = lf + 1 + zp_utf8_valid_len(lf + 1, (size_t)(end - lf - 1));
        }
        if (header) {
            if (group.count >= GROUP_LINES)
                strip_group();
            begin_part(p + 1, len - 1, true);
        } else {
            lines_add(&group, p, len, number);
        }
        p = lf + 1;
    }
    /* A document ends with its batch, which ends at a header or with its
     * file: the next file without a header is another document. */
    strip_group();
    b->line_count = number - b->first_line;
    return number;
}

static void *work(void *unused)
{
    (void)unused;
    pthread_mutex_lock(&pool.lock);
    for (;;) {
        while (pool.taken == pool.filled && !pool.closing)
            pthread_cond_wait(&pool.ready, &pool.lock);
        if (pool.taken == pool.filled)
            break;
        struct batch *b = &pool.slots[pool.taken++ % pool.slot_count];
        b->state = BATCH_TAKEN;
        pthread_mutex_unlock(&pool.lock);
        strip_batch(b);
        pthread_mutex_lock(&pool.lock);
        b->state = BATCH_DONE;
        pthread_cond_broadcast(&pool.done);
    }
    pthread_mutex_unlock(&pool.lock);
    free_thread_state();
    return NULL;
}

static void write_batch(struct batch *b)
{
    if (b->opens_file)
        pool.next_line = 1;
    uintmax_t first_line = pool.next_line;
    pool.next_line += b->line_count;
    /* the copy into the output buffer took an eighth of the main
     * thread's instructions on the fixture pages */
    if (b->out.len > 0) /* else out.data may be NULL */
        zp_write_block(b->out.data, b->out.len);
    if (explain)
        zp_side_write(explain, b->explain.data, b->explain.len);
    if (meta)
        zp_side_write(meta, b->meta.data, b->meta.len);
    for (size_t at = 0; at < b->bad.len; at += sizeof(uintmax_t)) {
        uintmax_t number;
        memcpy(&number, b->bad.data + at, sizeof number);
        zp_error(b->file, "line %ju: invalid UTF-8", first_line + number);
    }
    b->state = BATCH_FREE;
}

/* Writes the oldest batch; when wait, waits for a worker to finish it. */
static bool write_oldest(bool wait)
{
    if (pool.written == pool.filled)
        return false;
    struct batch *b = &pool.slots[pool.written % pool.slot_count];
    pthread_mutex_lock(&pool.lock);
    while (wait && b->state != BATCH_DONE)
        pthread_cond_wait(&pool.done, &pool.lock);
    bool done = b->state == BATCH_DONE;
    pthread_mutex_unlock(&pool.lock);
    if (!done)
        return false;
    write_batch(b);
    pool.written++;
    return true;
}

/* Hands out the first len bytes of the pending input, whole lines ending
 * in LF, as a batch; what follows them stays pending.  *line is the
 * number of its first line where lines are counted (see struct batch). */
static void hand_out(const char *file, bool opens_file, size_t len, uintmax_t *line)
{
    if (pool.filled - pool.written == pool.slot_count)
        write_oldest(true);
    struct batch *b = &pool.slots[pool.filled % pool.slot_count];
    struct zp_buffer rest = b->in;
    rest.len = 0;
    zp_buffer_add(&rest, pool.pending.data + len, pool.pending.len - len);
    b->in = pool.pending;
    b->in.len = len;
    /* line_measure reads past the last line: bytes it may read, set so that
     * memory checkers see them defined */
    memset(zp_buffer_room(&b->in, READ_PAST), 0, READ_PAST);
    pool.pending = rest;
    b->file = file;
    b->opens_file = opens_file;
    b->first_line = *line;
    if (pool.worker_count == 0) {
        *line = strip_batch(b); /* which counts the lines as it goes */
        b->state = BATCH_DONE;
        pool.filled++;
    } else {
        /* the next batch may be stripped before this one */
        if (explain)
            *line += zp_count_newlines(b->in.data, len);
        pthread_mutex_lock(&pool.lock);
        b->state = BATCH_READY;
        pool.filled++;
        pthread_cond_signal(&pool.ready);
        pthread_mutex_unlock(&pool.lock);
    }
    while (write_oldest(false))
        ;
}

enum { BATCH_BYTES = 1 << 18, READ_BYTES = 1 << 16 };
/* No page is this long: a document that grows past it is most likely a
 * corpus piped without its document headers, which strip-boilerplate holds
 * whole.  It goes on, and says so once. */
#define DOCUMENT_WARN_BYTES ((size_t)64 << 20)

/* Reads the file in batches that end where a document begins (a header
 * after an LF), so that no document is split between two workers; a
 * document longer than a batch makes its batch longer. */
void pool_strip_file(const char *name)
{
    int fd = zp_open(name);
    if (fd < 0)
        return;
    struct zp_buffer *pending = &pool.pending;
    static bool warned;
    uintmax_t line = 1;
    bool opens_file = true;
    size_t scanned = 0, last_header = 0; /* where the last document began */
    pending->len = 0;
    for (;;) {
        zp_buffer_room(pending, READ_BYTES + 1);
        ssize_t got = zp_read(fd, name, pending->data + pending->len, READ_BYTES);
        if (got <= 0)
            break;
        pending->len += (size_t)got;
        /* the last header read is the one wanted: looked for from the end
         * back, not one memchr call a document */
        for (size_t to = pending->len; to > scanned;) {
            const unsigned char *header = memrchr(pending->data + scanned, ZP_HEADER_BYTE, to - scanned);
            if (!header)
                break;
            to = (size_t)(header - pending->data);
            if (to > 0 && header[-1] == '\n') {
                last_header = to;
                break;
            }
        }
        scanned = pending->len;
        if (!warned && pending->len - last_header >= DOCUMENT_WARN_BYTES) {
            zp_note(name, "a document of %zu MB so far; are the document headers missing? (decode -H)",
                    (pending->len - last_header) >> 20);
            warned = true;
        }
        if (pending->len >= BATCH_BYTES && last_header > 0) {
            hand_out(name, opens_file, last_header, &line);
            opens_file = false;
            scanned = pending->len;
            last_header = 0;
        }
    }
    if (pending->len > 0) {
        if (pending->data[pending->len - 1] != '\n')
            pending->data[pending->len++] = '\n';
        hand_out(name, opens_file, pending->len, &line);
    }
    zp_close(fd, name);
}

/* One job: the main thread strips; more: that many workers, and two
 * batches each in flight so that none waits for the reader. */
void pool_start(size_t jobs, struct zp_side_file *log, struct zp_side_file *table)
{
    explain = log;
    meta = table;
    keywords_init();
    line_init();
    repeats_init();
    pool.worker_count = jobs > 1 ? jobs : 0;
    pool.slot_count = jobs > 1 ? 2 * jobs : 1;
    pool.slots = zp_alloc(pool.slot_count, sizeof *pool.slots);
    pool.workers = zp_alloc(pool.worker_count + 1, sizeof *pool.workers);
    pthread_mutex_init(&pool.lock, NULL);
    pthread_cond_init(&pool.ready, NULL);
    pthread_cond_init(&pool.done, NULL);
    for (size_t i = 0; i < pool.worker_count; i++) {
        int err = pthread_create(&pool.workers[i], NULL, work, NULL);
        if (err)
            zp_fatal("cannot start a thread: %s", strerror(err));
    }
}

void pool_flush(void)
{
    while (write_oldest(true))
        ;
}

void pool_finish(void)
{
    pool_flush();
    pthread_mutex_lock(&pool.lock);
    pool.closing = true;
    pthread_cond_broadcast(&pool.ready);
    pthread_mutex_unlock(&pool.lock);
    for (size_t i = 0; i < pool.worker_count; i++)
        pthread_join(pool.workers[i], NULL);
    for (size_t i = 0; i < pool.slot_count; i++) {
        zp_buffer_free(&pool.slots[i].in);
        zp_buffer_free(&pool.slots[i].out);
        zp_buffer_free(&pool.slots[i].explain);
        zp_buffer_free(&pool.slots[i].meta);
        zp_buffer_free(&pool.slots[i].bad);
    }
    free(pool.slots);
    free(pool.workers);
    zp_buffer_free(&pool.pending);
    free_thread_state();
}
