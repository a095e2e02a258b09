#include "decide.h"

#include <stdlib.h>

bool too_short(const struct sketch *doc) { return doc->tokens < MIN_TOKENS; }

static int compare_docs(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

struct verdict judge(const struct index *ix, const struct sketch *doc, double threshold)
{
    struct verdict v = {.repeats = false};
    /* Candidates: the documents filed under any of the doc's smallest hashes
     * or its lead's.  A shorter earlier document that it contains has its
     * smallest hashes among the doc's smallest; a longer one that contains
     * it shares its lead when the doc is a shortened copy of its opening,
     * and otherwise its smallest hashes in the part the doc kept. */
    enum { LOOKUPS = QUERY_HASHES + LEAD_KEYS };
    uint32_t lookups[LOOKUPS], candidates[LOOKUPS * KEY_DOCS_MAX];
    unsigned n_lookups = 0, n_candidates = 0;
    for (unsigned i = 0; i < doc->count && i < QUERY_HASHES; i++)
        lookups[n_lookups++] = doc->hashes[i];
    for (unsigned i = 0; i < doc->lead_count; i++)
        lookups[n_lookups++] = doc->lead[i];
    /* In a large corpus each lookup and each candidate is a cache miss: all
     * are asked for first, so that the memory serves them at once. */
    for (unsigned i = 0; i < n_lookups; i++)
        index_prefetch(ix, lookups[i]);
    for (unsigned i = 0; i < n_lookups; i++)
        n_candidates += index_lookup(ix, lookups[i], candidates + n_candidates);
    qsort(candidates, n_candidates, sizeof candidates[0], compare_docs);
    unsigned distinct = 0;
    for (unsigned i = 0; i < n_candidates; i++)
        if (distinct == 0 || candidates[i] != candidates[distinct - 1])
            candidates[distinct++] = candidates[i];
    for (unsigned i = 0; i < distinct; i++)
        index_prefetch_doc(ix, candidates[i]);
    static struct comparison comparison; /* too big for the stack */
    comparison_start(&comparison, doc);
    for (unsigned i = 0; i < distinct; i++) {
        unsigned sample;
        double c = comparison_containment(&comparison, &index_doc(ix, candidates[i])->sketch, &sample);
        if (sample >= MIN_SAMPLE && c >= threshold && (!v.repeats || c > v.containment))
            v = (struct verdict){.repeats = true, .kept = candidates[i], .containment = c};
    }
    comparison_end(&comparison);
    return v;
}

void signature_of(const struct sketch *doc, struct signature *out)
{
    sketch_store(doc, &out->sketch);
    out->key_count = sketch_keys(doc, out->keys);
}
