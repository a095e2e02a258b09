/* memmem */
#define _GNU_SOURCE
#include "document.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

enum {
    TITLE_LOOK = 40,   /* lines of a title's Han characters looked at for one */
    HEADING_LOOK = 4,  /* lines after a short line looked at for its text */
    HEADING_REACH = 200, /* characters of them */
    /* lines of a list of short items between two paragraphs (a working
     * group's members under 领导小组成员如下：) */
    LIST_BETWEEN_MAX = 12,
    CAPTIONS_MAX = 4,  /* caption lines skipped between two pieces */
    NEAR = 2,          /* lines: article text this near keeps a near-good line */
    HEADINGS_BEFORE_CUT = 2, /* lines of a heading over a cut-off last piece */
    /* the title's Han characters count towards its score up to 40: a
     * longer line is no likelier the title, a lead's sentence more so */
    TITLE_HAN_SCORED = 40,
    /* a title the page shows twice (in its head and over the text) or
     * with a subtitle under it outscores a longer line shown once */
    TITLE_REPEATED_SCORE = 20,
    TITLE_SUBTITLED_SCORE = 10,
    TITLE_DATED_SCORE = 20,
    /* a column's tag in brackets before a title runs to 20 characters
     * (【四中全会精神在基层】, [新春走基层]); two name one too, or the place
     * the site files the text under (【河西街道】, 〔河口镇〕), in Han
     * characters alone when fewer than five: a number among them is an
     * issue's (【第18期】) */
    COLUMN_TAG_MAX = 20,
    COLUMN_TAG_MIN = 2,
    COLUMN_TAG_MIXED_MIN = 5,
};

void lines_add(struct lines *g, const unsigned char *text, size_t len, uintmax_t number)
{
    if (g->count == g->cap)
        g->at = zp_grow(g->at, &g->cap, g->count + 1, sizeof *g->at);
    /* the features are measured later; the rest starts cleared */
    struct line *l = &g->at[g->count++];
    l->text = l->raw = text;
    l->len = l->raw_len = len;
    l->number = number;
    l->rule = NULL;
    l->joined = l->title = l->phrase = l->jumps = l->watermarked = false;
}

void lines_free(struct lines *g)
{
    free(g->at);
    *g = (struct lines){0};
}

static bool is_rule(const struct line *l, const char *rule)
{
    return l->rule && l->rule[0] == rule[0] && strcmp(l->rule, rule) == 0;
}

/* Chrome by its neighbours or its place: what the line's class says is no
 * longer the question. */
static void set_bad(struct line *l, const char *rule)
{
    l->cls = CLASS_BAD;
    if (!l->rule)
        l->rule = rule;
}

static bool starts_with_bytes(const unsigned char *s, size_t n, const char *prefix, size_t k)
{
    return n >= k && s[0] == (unsigned char)prefix[0] && memcmp(s, prefix, k) == 0;
}
/* prefix is a string literal */
#define starts_with(s, n, prefix) starts_with_bytes(s, n, prefix, sizeof prefix - 1)

/* A site's chrome repeats from page to page (its navigation, its share
 * row, its footer), and a line's features and class depend on its bytes
 * alone: each thread remembers the short lines it has classified, in a
 * table of MEMO_SLOTS slots, each keeping its line's bytes, so that a line
 * met again is known by comparing them, not measured again.  A line's hash
 * picks a set of MEMO_WAYS slots, and it takes an empty one or the one used
 * least lately: with a slot of its own, a line that shared it with another
 * kept pushing it out (on the fixture pages, a quarter of the short lines
 * were measured again).  It comes in as the one used least lately, but for
 * one fill in MEMO_FRESH, until it is met again: a line met once (most
 * lines of prose) then takes the place of another such line, not of the
 * chrome a site repeats, and a new site's chrome still comes in.  The hashes
 * of a set stand together, apart from the slots, so that a look reads one
 * cache line where its line is not remembered. */
enum { MEMO_SLOTS = 2048, MEMO_WAYS = 4, MEMO_SETS = MEMO_SLOTS / MEMO_WAYS, MEMO_BYTES = 120, MEMO_FRESH = 32 };
_Static_assert(MEMO_SLOTS < UINT16_MAX, "a line's memo_slot is 16 bits");
_Static_assert(MEMO_BYTES < UINT16_MAX, "a memo's len is 16 bits");
struct memo_set {
    uint64_t hash[MEMO_WAYS];
    /* when each slot was last used, by memo_clock: after 2^32 uses the
     * order is wrong for a while, which costs looks, not answers */
    uint32_t used[MEMO_WAYS];
};
struct memo {
    const char *rule; /* "" for none; NULL: the slot is empty */
    struct features f;
    uint16_t len;  /* up to MEMO_BYTES */
    uint8_t cls;   /* enum line_class */
    uint32_t fill; /* memo_fills when the slot took its line */
    uint16_t passes;
    /* what the rules below looked up in the line, which is its text's
     * alone: a line met again is not read again for them */
    struct looks looks;
    struct repeat_key key; /* of repeats, for the line as read */
    unsigned char text[MEMO_BYTES];
};
static _Thread_local struct memo_set *memo_sets;
static _Thread_local struct memo *memo;
static _Thread_local uint32_t memo_clock;
/* The slots filled: a line tells by the count at its slot's fill whether
 * the slot still holds it.  A line lives in its group, whose lines cannot
 * number 2^32 in memory, so the count does not come round meanwhile. */
static _Thread_local uint32_t memo_fills;

/* The looks of a line as classified, kept in struct looks: LOOK_ bits. */
enum {
    LOOK_TITLE = 1,         /* line_may_be_title, for a class that may be one */
    LOOK_RIGHTS = 2,        /* line_names_rights, in looks.rights */
    LOOK_CLAUSE_BLURB = 4,  /* has_blurb_clause */
    LOOK_END_BLURB = 8,     /* an end as a blurb's */
    LOOK_EDGES = 16,        /* trim_edges has chrome to cut */
};

/* The memo slot that still holds line l as classified, or NULL. */
static struct memo *memo_of(const struct line *l)
{
    if (l->memo_slot == 0)
        return NULL;
    struct memo *m = &memo[l->memo_slot - 1];
    return m->fill == l->memo_fill ? m : NULL;
}

/* Keeps a look's answer with the line, and with its memo slot for the
 * next line of the same text; the answer. */
static bool keep_look(struct line *l, unsigned look, bool found)
{
    l->looks.known |= (uint16_t)look;
    if (found)
        l->looks.found |= (uint16_t)look;
    struct memo *m = memo_of(l);
    if (m) {
        /* other lines of the text may have added theirs */
        m->looks.known |= (uint16_t)look;
        if (found)
            m->looks.found |= (uint16_t)look;
        if (look == LOOK_RIGHTS)
            m->looks.rights = l->looks.rights;
    }
    return found;
}

/* The line's text changed: what was looked up is of the old one. */
static void forget_looks(struct line *l)
{
    l->looks = (struct looks){0};
    l->memo_slot = 0;
}

/* The rules of a document a line may call for, as its class and text
 * tell when it is classified: a rule that no line of a document calls
 * for is not walked over its lines.  Each bit stands for a look the rule
 * makes at every line first, or at the lines it may start from. */
enum {
    PASS_FIELDS = 1,     /* drop_field_tables: an empty field */
    PASS_HANGERS = 2,    /* drop_hangers: a widget's header or an image */
    PASS_DISCLAIMER = 4, /* drop_disclaimer: a disclaimer's header */
    PASS_LABELLED = 8,   /* drop_labelled_parts: a label alone, or a note that runs on */
    PASS_PRINT = 16,     /* drop_print_credits: a short line ending in ) or ） */
    PASS_AUTHORS = 32,   /* drop_authors: a space */
    PASS_CHUNKS = 64,    /* trim_chunk_numbers: a digit first */
    PASS_SIGNATURES = 128, /* drop_signatures: a date */
    /* trim_jammers: a jammer's unit at an edge, told here so that a page
     * whose lines have none is not read again for it (which read each
     * line's text, out of the first cache by then, 0.7% of the time) */
    PASS_JAMMERS = 256,
    PASS_FIELDS_RUN = 512, /* keep_numbered_fields: a short line numbered 1 */
    PASS_ATTACHMENT = 1024, /* attachment_start: 附件 first */
    PASS_NUMBERS = 2048,    /* keep_contact_numbers: digits alone */
    PASS_ENGLISH = 4096,    /* keep_english_of_english_pages: a line in English */
    PASS_CONTENTS = 8192,   /* drop_contents: a table of contents' label, or a line numbered 1 */
    PASS_NOTICES = 16384,   /* drop_between_notices: a copyright's or a licence's notice */
    PASS_WATERMARK = 32768, /* cut_watermarks: prose that no stop ends */
};

static bool may_hold_jammer(const struct line *l);

/* Whether line l is numbered 1 (1、 一、 (一) ① ⑴ ⒈ 第一), as a run of
 * numbered fields opens: told by its bytes, as every line measured anew
 * asks it. */
static bool numbered_one(const struct line *l)
{
    const unsigned char *s = l->text;
    size_t n = l->len, at = 0;
    if (at < n && s[at] == '(')
        at++;
    else if (n >= 3 && ((s[0] == 0xEF && s[1] == 0xBC && s[2] == 0x88) || /* （ */
                        (s[0] == 0xE7 && s[1] == 0xAC && s[2] == 0xAC)))  /* 第 */
        at = 3;
    if (at < n && s[at] == '1')
        return at + 1 == n || !zp_is_ascii_digit(s[at + 1]);
    if (at + 3 > n)
        return false;
    if (s[at] == 0xE4 && s[at + 1] == 0xB8 && s[at + 2] == 0x80) /* 一, not 一十 */
        return !(at + 6 <= n && s[at + 3] == 0xE5 && s[at + 4] == 0x8D && s[at + 5] == 0x81);
    /* ① ⑴ ⒈ */
    return s[at] == 0xE2 && ((s[at + 1] == 0x91 && (s[at + 2] == 0xA0 || s[at + 2] == 0xB4)) ||
                             (s[at + 1] == 0x92 && s[at + 2] == 0x88));
}

/* A line line_classify read as English: a paragraph, the only good line
 * with no Han character, or a numbered heading, the only short one no
 * rule took. */
static bool is_english(const struct line *l)
{
    return l->f.han == 0 && l->f.latin > 0 &&
           (l->cls == CLASS_GOOD || (l->cls == CLASS_SHORT && !l->rule && line_is_english_heading(l->text, l->len)));
}

/* Whether a label stands alone on its line, its English beside it or not
 * (关键词 / Keywords, 摘要 | Abstract). */
static bool is_bare_label(const struct line *l)
{
    if (l->f.label == ZP_LABEL_NONE)
        return false;
    for (size_t at = l->f.label_len; at < l->len; at++)
        if (!(zp_is_ascii_letter(l->text[at]) || l->text[at] == ' ' || l->text[at] == '/' || l->text[at] == '|'))
            return false;
    return true;
}

/* Whether l is a notice of the page's foot: its copyright or its licence. */
static bool is_foot_notice(const struct line *l)
{
    /* by the rule's first letter first: most bad lines are of other rules */
    return l->cls == CLASS_BAD && l->rule && (l->rule[0] == 'c' || l->rule[0] == 'l') &&
           (is_rule(l, "copyright") || is_rule(l, "licence"));
}

static bool ends_in_semicolon(const struct line *l)
{
    return zp_ends_with(l->text, l->len, ";") || zp_ends_with(l->text, l->len, "\xEF\xBC\x9B"); /* ； */
}

/* A fund's or a writer's note with its label, left on a semicolon, runs on
 * to the next line (*基金项目:…(2017SJA1226); / 某市…项目(SRD202091)…). */
static bool runs_on(const struct line *l)
{
    return (l->f.label == ZP_LABEL_FUND || l->f.label == ZP_LABEL_BIO) && ends_in_semicolon(l);
}

static uint16_t passes_of(const struct line *l)
{
    unsigned passes = 0;
    if (l->f.empty_field)
        passes |= PASS_FIELDS;
    if (is_rule(l, "related") || is_rule(l, "image"))
        passes |= PASS_HANGERS;
    if (is_rule(l, "disclaimer"))
        passes |= PASS_DISCLAIMER;
    if (l->f.label != ZP_LABEL_ABSTRACT && (is_bare_label(l) || runs_on(l)))
        passes |= PASS_LABELLED;
    if (l->len > 0 && l->f.chars <= SHORT_MAX &&
        (l->text[l->len - 1] == ')' || l->text[l->len - 1] == 0x89 || l->text[l->len - 1] == 0x88))
        passes |= PASS_PRINT;
    if (l->f.seen & SEEN_SPACE)
        passes |= PASS_AUTHORS;
    if (l->len > 0 && l->text[0] >= '0' && l->text[0] <= '9') {
        passes |= PASS_CHUNKS;
        if (is_rule(l, "no-text"))
            passes |= PASS_NUMBERS;
    }
    if (is_rule(l, "date"))
        passes |= PASS_SIGNATURES;
    if (is_rule(l, "contents"))
        passes |= PASS_CONTENTS;
    if (is_foot_notice(l))
        passes |= PASS_NOTICES;
    if ((l->cls == CLASS_GOOD || l->cls == CLASS_NEAR_GOOD) && l->f.end != END_SENTENCE)
        passes |= PASS_WATERMARK;
    if (may_hold_jammer(l))
        passes |= PASS_JAMMERS;
    if (l->f.enumerator != ZP_ENUM_NONE && l->f.chars <= SHORT_MAX && numbered_one(l))
        passes |= PASS_FIELDS_RUN | PASS_CONTENTS;
    size_t indent = line_indent_len(l->text, l->len);
    if (l->len - indent >= 6 && memcmp(l->text + indent, "附件", 6) == 0)
        passes |= PASS_ATTACHMENT;
    if (is_english(l))
        passes |= PASS_ENGLISH;
    return (uint16_t)passes;
}

static void classify(struct line *l)
{
    const char *rule;
    struct memo_set *set = NULL;
    struct memo *slots = NULL;
    uint64_t hash = 0;
    if (l->len <= MEMO_BYTES) {
        if (!memo) {
            memo_sets = zp_alloc(MEMO_SETS, sizeof *memo_sets);
            memo = zp_alloc(MEMO_SLOTS, sizeof *memo);
        }
        /* the hash of repeats, keyed, sixteen bytes a step and the last
         * ones read past the line, which a line in its batch has to spare:
         * a hash of eight bytes a step that copied the last ones took 111
         * instructions a line of the mkcorpus pages, a sixth of classifying */
        hash = repeats_hash(l->text, l->len);
        set = &memo_sets[hash % MEMO_SETS];
        slots = &memo[hash % MEMO_SETS * MEMO_WAYS];
        /* the ways whose hash is the line's, taken at once: which way
         * holds a line is chance, which a branch on each way's compare
         * cannot predict (3-4% of the CPU time on the fixture pages) */
        unsigned ways = 0;
        for (int way = 0; way < MEMO_WAYS; way++)
            ways |= (unsigned)(set->hash[way] == hash) << way;
        for (; ways; ways &= ways - 1) {
            int way = __builtin_ctz(ways);
            const struct memo *m = &slots[way];
            if (m->rule != NULL && m->len == l->len && memcmp(m->text, l->text, l->len) == 0) {
                l->f = m->f;
                l->cls = (enum line_class)m->cls;
                l->rule = m->rule[0] ? m->rule : NULL;
                l->passes = m->passes;
                l->looks = m->looks;
                l->met_again = true;
                l->memo_slot = (uint16_t)(m - memo + 1);
                l->memo_fill = m->fill;
                set->used[way] = ++memo_clock;
                return;
            }
        }
    }
    line_measure(&l->f, l->text, l->len);
    l->cls = line_classify(l, &rule);
    l->rule = rule;
    l->passes = passes_of(l);
    l->met_again = false;
    forget_looks(l);
    if (set) {
        int way = 0;
        for (int other = 1; other < MEMO_WAYS && slots[way].rule; other++)
            if (!slots[other].rule || set->used[other] < set->used[way])
                way = other;
        set->hash[way] = hash;
        if (memo_fills % MEMO_FRESH == 0)
            set->used[way] = ++memo_clock;
        /* field by field: a compound literal cleared the whole slot first,
         * its text too, which took a tenth of classify's time */
        struct memo *m = &slots[way];
        m->rule = rule ? rule : "";
        m->f = l->f;
        m->cls = (uint8_t)l->cls;
        m->passes = l->passes;
        m->len = (uint16_t)l->len;
        memcpy(m->text, l->text, l->len);
        m->fill = ++memo_fills;
        m->looks = l->looks;
        m->key.known = false;
        l->memo_slot = (uint16_t)(m - memo + 1);
        l->memo_fill = m->fill;
    }
}

void lines_classify(struct lines *g)
{
    for (size_t i = 0; i < g->count; i++)
        classify(&g->at[i]);
}

static size_t next_nonblank(const struct document *d, size_t i)
{
    for (i++; i < d->count && d->lines[i].cls == CLASS_BLANK; i++)
        ;
    return i;
}

/* The non-blank line before line i; d->count when none. */
static size_t previous_nonblank(const struct document *d, size_t i)
{
    while (i > 0 && d->lines[i - 1].cls == CLASS_BLANK)
        i--;
    return i > 0 ? i - 1 : d->count;
}

/* Chrome of a page's foot: a footer that reads like a sentence stands
 * among these. */
static bool is_foot_chrome(const struct line *l)
{
    static const char *const foot[] = {"copyright", "licence", "rights", "footer", "disclaimer",
                                       "navigation", "editor", "publication", "prevnext",
                                       "promotion", "related", "prompt", "share", "slogan"};
    if (l->cls != CLASS_BAD)
        return false;
    for (size_t i = 0; i < sizeof foot / sizeof foot[0]; i++)
        if (is_rule(l, foot[i]))
            return true;
    return false;
}

/* Whether line i may be prose that names a copyright or a licence: a
 * short line that ends no sentence was searched for every keyword
 * already. */
static bool may_name_rights(const struct line *l)
{
    return l->cls != CLASS_BAD && l->cls != CLASS_BLANK && l->f.chars <= RIGHTS_CLAUSE_MAX &&
           !(l->f.chars <= SHORT_MAX && l->f.end != END_SENTENCE);
}

/* Whether a line is a labelled part of a paper's head (基金项目:…, 摘要:…). */
static bool is_labelled_part(const struct document *d, size_t i)
{
    return i < d->count && d->lines[i].f.label != ZP_LABEL_NONE;
}

/* Drops line l, prose that names a copyright or a licence, when the
 * chrome of a page's foot stands right before it or after it, or only
 * chrome follows it; or when it stands among the labelled parts of a
 * paper's head, as a repost's notice does (基金项目:… / 本文原刊于《某某》…
 * 如有侵权请联系删除。 / 摘要:…).  before and after are the non-blank
 * lines beside it (d->count: none). */
static bool drop_rights_beside(struct document *d, struct line *l, size_t before, size_t after)
{
    /* a sentence of 30 characters or fewer that names them is the notice
     * alone where no paragraph stands on both sides of it (…。 /
     * 图片来源网络，如有侵权，联系删除。 / 书画 摄影, 某某杂志 2022-08-07 /
     * 转载请注明“刊载于《某某》2022年第8期”。) */
    enum { NOTICE_CHARS_MAX = 30 };
    bool chrome_beside = !(before < d->count && d->lines[before].cls == CLASS_GOOD) ||
                         !(after < d->count && d->lines[after].cls == CLASS_GOOD);
    if (!((before < d->count && is_foot_chrome(&d->lines[before])) || after == d->count ||
          is_foot_chrome(&d->lines[after]) || (is_labelled_part(d, before) && is_labelled_part(d, after)) ||
          (l->f.chars <= NOTICE_CHARS_MAX && chrome_beside)))
        return false;
    if (!(l->looks.known & LOOK_RIGHTS)) {
        l->looks.rights = (uint8_t)line_names_rights(l);
        keep_look(l, LOOK_RIGHTS, l->looks.rights != KW_NONE);
    }
    if (l->looks.found & LOOK_RIGHTS)
        set_bad(l, keyword_class_name(l->looks.rights));
    return l->looks.found & LOOK_RIGHTS;
}

/* Prose that names a copyright or a licence, with the chrome of a page's
 * foot beside it or at the end: a footer that reads like a sentence.
 * Body text that mentions 版权 among other paragraphs stays. */
static void drop_rights(struct document *d)
{
    /* from the end, where a foot's notices follow one another, each
     * dropped making chrome of the foot the one above it stands beside;
     * then from the start, for the one under a dropped one */
    size_t after = d->count, candidates = 0, dropped = 0;
    bool chrome_after = true; /* only chrome follows line i */
    for (size_t i = d->count; i-- > 0;) {
        struct line *l = &d->lines[i];
        if (l->cls == CLASS_BLANK)
            continue;
        if (may_name_rights(l)) {
            candidates++;
            dropped += drop_rights_beside(d, l, previous_nonblank(d, i), chrome_after ? d->count : after);
        }
        chrome_after &= l->cls == CLASS_BAD;
        after = i;
    }
    /* the second pass can drop only under a line the first dropped */
    if (dropped == 0 || candidates < 2)
        return;
    size_t before = d->count;
    for (size_t i = 0; i < d->count; i++) {
        struct line *l = &d->lines[i];
        if (l->cls == CLASS_BLANK)
            continue;
        if (may_name_rights(l))
            drop_rights_beside(d, l, before, next_nonblank(d, i));
        before = i;
    }
}

/* Lines with no stop between two notices of the page's foot (Copyright ©
 * 某某网 版权所有 / 国家高新技术企业  国家注册商标  … / 某ICP备…号): the
 * site's honours, its links or its names, never article. */
static void drop_between_notices(struct document *d)
{
    size_t notice = d->count;
    for (size_t i = 0; i < d->count; i++) {
        const struct line *l = &d->lines[i];
        if (l->cls == CLASS_BLANK)
            continue;
        if (is_foot_notice(l)) {
            for (size_t k = notice + 1; notice < d->count && k < i; k++)
                if (d->lines[k].cls != CLASS_BLANK && !d->lines[k].rule)
                    set_bad(&d->lines[k], "footer");
            notice = i;
        } else if (!l->rule && (l->f.stops > 0 || l->f.end == END_SENTENCE)) {
            notice = d->count;
        }
    }
}

/* The places in s[at, at + 16) of the bytes a clause mark opens with (EF
 * E3 , ; ? !), as bits; the bytes past n are read (a line has READ_PAST to
 * spare) and left out. */
static unsigned mark_leads(const unsigned char *s, size_t at, size_t n)
{
    unsigned bits = 0;
#ifdef __SSE2__
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + at));
#define EQ(c) _mm_cmpeq_epi8(v, _mm_set1_epi8((char)(c)))
    bits = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_or_si128(EQ(0xEF), EQ(0xE3)),
                                                                 _mm_or_si128(EQ(','), EQ(';'))),
                                                    _mm_or_si128(EQ('?'), EQ('!'))));
#undef EQ
#else
    for (size_t k = 0; k < 16 && at + k < n; k++) {
        unsigned char b = s[at + k];
        bits |= (unsigned)(b == 0xEF || b == 0xE3 || b == ',' || b == ';' || b == '?' || b == '!') << k;
    }
#endif
    return n - at >= 16 ? bits : bits & ((1u << (n - at)) - 1);
}

/* A clause of the line ends as a site's blurb does (…，供大家参考。
 * …，此文不代表本站观点，…), or opens as one after a sentence that
 * introduces it (…怎么写呢？以下是小编为大家收集的…): at each ， ； ！ ？ 。
 * and their ASCII forms but the stop and at the end; a blurb opens after
 * ！ ？ 。 only.  The marks' first bytes are found 16 at a time in one pass
 * (a memchr call for each of the six, on lines of a few dozen bytes, took
 * more than the looks at what they found). */
static bool has_blurb_clause(const struct line *l)
{
    const unsigned char *s = l->text;
    size_t n = line_before_last_marks(l);
    if (l->f.commas + l->f.stops > 0) {
        for (size_t from = 0; from < n; from += 16)
            for (unsigned bits = mark_leads(s, from, n); bits; bits &= bits - 1) {
                size_t at = from + (size_t)__builtin_ctz(bits);
                const unsigned char *p = s + at;
                bool ascii = p[0] < 0x80;
                bool mark = ascii ||
                            (at + 3 <= n && p[0] == 0xEF && p[1] == 0xBC &&
                             (p[2] == 0x8C || p[2] == 0x9B || p[2] == 0x81 || p[2] == 0x9F)) ||
                            (at + 3 <= n && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x82);
                if (!mark)
                    continue;
                if (keywords_end(s, at, KW_BLURB) != KW_NONE)
                    return true;
                /* a blurb opens after the sentence that leads to it */
                bool stop = p[0] == '?' || p[0] == '!' || p[0] == 0xE3 ||
                            (p[0] == 0xEF && (p[2] == 0x81 || p[2] == 0x9F));
                size_t after = at + (ascii ? 1 : 3);
                if (stop && keywords_start(s + after, n - after) == KW_BLURB)
                    return true;
            }
    }
    return keywords_end(s, n, KW_BLURB) != KW_NONE;
}

/* has_blurb_clause, and the end alone, looked at once for a text. */
static bool clause_ends_as_blurb(struct line *l)
{
    if (l->looks.known & LOOK_CLAUSE_BLURB)
        return l->looks.found & LOOK_CLAUSE_BLURB;
    return keep_look(l, LOOK_CLAUSE_BLURB, has_blurb_clause(l));
}

static bool ends_as_blurb(struct line *l)
{
    if (l->looks.known & LOOK_END_BLURB)
        return l->looks.found & LOOK_END_BLURB;
    return keep_look(l, LOOK_END_BLURB, keywords_end(l->text, line_before_last_marks(l), KW_BLURB) != KW_NONE);
}

/* A site speaking of itself in a sentence stands in a page's head, above
 * the first paragraph it introduces, or at its foot: there a line with a
 * clause that ends as such a sentence does (…，供大家参考。 …请在某某网上
 * 搜索。 …方便快捷。) goes.  A line that opens as one (下面是小编…, 设为书签…) went already,
 * wherever it stands. */
static void drop_blurbs(struct document *d)
{
    enum { BLURB_CHARS = 150, FOOT_LINES = 2 };
    size_t foot = d->count;
    for (size_t seen = 0; foot > 0 && seen < FOOT_LINES; foot--)
        seen += d->lines[foot - 1].cls != CLASS_BLANK;
    bool head = true;
    for (size_t i = 0; i < d->count; i++) {
        struct line *l = &d->lines[i];
        if (!head && i < foot) {
            i = foot - 1;
            continue;
        }
        /* a blurb is a sentence; a short line that ends in no stop had
         * its end looked at with every class already; a sentence dropped
         * already (说明:文章内容仅供预览…下载…) is no paragraph the head ends
         * at */
        bool prose = l->cls == CLASS_GOOD || l->cls == CLASS_NEAR_GOOD;
        if (!prose || l->rule)
            continue;
        bool looked_at = l->f.chars <= SHORT_MAX && !line_ends_in_stop(l);
        /* the head's blurb may end a clause inside its line; the foot's
         * end their lines */
        bool blurb = !looked_at && l->f.chars <= BLURB_CHARS && (head ? clause_ends_as_blurb(l) : ends_as_blurb(l));
        if (blurb)
            set_bad(l, "blurb");
        else
            head &= l->cls != CLASS_GOOD;
    }
}

/* Whether the short line j has a twin near it that stays: a line of its
 * length and its commas, two phrases or more and no end (加强领导,落实责任 /
 * 加大宣传,营造氛围), as a text heads its parts alike, where a caption
 * says what its photo shows.  A phrase alone is a caption's shape too: it
 * needs two twins, each over the text of its part, under no image of its
 * own (理论宣传宣讲 / 环保志愿服务 / 交通文明劝导).  Looked at only so far,
 * as an image may stand above each part. */
static bool has_twin_heading(const struct document *d, size_t j)
{
    enum { TWIN_LOOK = 32 };
    const struct line *l = &d->lines[j];
    if (l->f.end != END_NONE || l->f.stops > 0)
        return false;
    size_t from = j > TWIN_LOOK ? j - TWIN_LOOK : 0, to = j + TWIN_LOOK < d->count ? j + TWIN_LOOK : d->count;
    size_t twins = 0, needed = l->f.commas > 0 ? 1 : 2;
    for (size_t k = from; k < to; k++) {
        const struct line *twin = &d->lines[k];
        if (k == j || twin->rule || twin->cls != CLASS_SHORT || twin->f.chars != l->f.chars ||
            twin->f.commas != l->f.commas || twin->f.end != END_NONE || twin->f.stops > 0)
            continue;
        if (l->f.commas == 0) {
            size_t above = previous_nonblank(d, k), under = next_nonblank(d, k);
            if ((above < d->count && is_rule(&d->lines[above], "image")) || under == d->count ||
                d->lines[under].cls != CLASS_GOOD)
                continue;
        }
        if (++twins == needed)
            return true;
    }
    return false;
}

/* Whether l ends in a full stop (。 or .), as a sentence of prose does,
 * where a headline asks or exclaims or ends in no mark. */
static bool ends_in_full_stop(const struct line *l)
{
    uint32_t last;
    zp_utf8_last(l->text, l->len, &last);
    return last == 0x3002 || last == '.' || last == 0xFF0E;
}

/* What hangs on a chrome line: the list of other pages' titles under a
 * widget's header alone on its line (相关文章：, 推荐阅读: short lines that
 * make no sentence, a date beside them or a bullet before, and teasers the
 * widget cut off with ... or …), and the
 * caption under an image's place (图片, 某某.jpg: one short line), unless
 * the page's date line follows it or it heads a part as another line does. */
static void drop_hangers(struct document *d)
{
    /* a widget's header is a word or two (相关文章：, 推荐阅读); a longer
     * line that opens with one is a sentence about them.  Its teasers, cut
     * off by the widget, run to 150 characters */
    enum { LIST_LINES = 12, LIST_HEADER_MAX = 12, TEASER_MAX = 150 };
    for (size_t i = 0; i < d->count; i++) {
        const struct line *header = &d->lines[i];
        bool list = is_rule(header, "related") && header->f.chars <= LIST_HEADER_MAX;
        if (!list && !is_rule(header, "image"))
            continue;
        size_t taken = 0, most = list ? LIST_LINES : 1;
        size_t j = next_nonblank(d, i);
        for (; j < d->count && taken < most; j = next_nonblank(d, j)) {
            struct line *l = &d->lines[j];
            /* the page's own labelled date or source (发布日期:…) opens the
             * article's head, under which no list hangs */
            if (list && is_rule(l, "publication"))
                break;
            if (l->cls == CLASS_BAD)
                continue;
            /* a teaser under a title of the list, cut off by the widget
             * (…大会今日在海口世...) */
            if (list && l->f.chars <= TEASER_MAX && (zp_ends_with(l->text, l->len, "...") ||
                                              zp_ends_with(l->text, l->len, "\xE2\x80\xA6"))) { /* … */
                set_bad(l, "links");
                taken++;
                continue;
            }
            /* a headline may hold a bang inside, no stop at its end
             * (复旦大学!我区首封高考录取通知书送); one a bullet opens may
             * ask or exclaim at its end too, and run to two lines' length
             * (- 某某病造成枝蔓腐烂,严重影响产量!该怎么预防此病害?) */
            enum { HEADLINE_MAX = 30 };
            bool headline = list && l->f.chars <= HEADLINE_MAX && l->f.end == END_NONE;
            if (list && line_bullet_len(l) > 0 && l->f.chars <= 2 * HEADLINE_MAX && !ends_in_full_stop(l)) {
                set_bad(l, "links");
                taken++;
                continue;
            }
            if (l->cls == CLASS_GOOD || l->f.chars > SHORT_MAX || (l->f.stops > 0 && !headline) || line_ends_in_stop(l) ||
                line_is_numbered(l) || line_is_notice_field(l))
                break;
            /* the line over the page's date or source line is the title,
             * which a template may set under a picture (某某.jpg / 某某中心
             * 启用 / 2019-05-23 14:14:00 来源:某某网), or over a row of
             * the page's fields (… 发布 来源:某某 作者: 70 阅读) */
            size_t under = next_nonblank(d, j);
            if (!list && under < d->count &&
                (is_rule(&d->lines[under], "date") || is_rule(&d->lines[under], "publication") ||
                 is_rule(&d->lines[under], "fields")))
                break;
            /* and a heading set like the text's others under a picture */
            if (!list && has_twin_heading(d, j))
                break;
            /* and over a row of the page's labelled fields (新闻作者:某某
             * 发布时间:… 查看次数:), which heads an article, not a list's
             * item */
            if (list && under < d->count && is_rule(&d->lines[under], "fields"))
                break;
            set_bad(l, list ? "links" : "caption");
            taken++;
        }
        i = j - 1;
    }
}

/* The table of a government page's head, each label on its line and its
 * value on the next (• 索引号： / 某某/2024-001 / • 发文字号： / 某政发〔2024〕7号 /
 * • 有效性：): three fields or more, two with no value beside them, and a
 * short line or two under each empty one, which is its value.  The lines
 * under the last field may be the text, and stay. */
/* A valued field's label that names a place or an organisation of three
 * characters or more (五里墩街道：倾听居民意愿…, 某某社区党委：…): a
 * headline's or a speaker's, no table's label. */
static bool labelled_by_organisation(const struct line *l, size_t label_end)
{
    enum { NAMED_LABEL_HAN_MIN = 3 };
    struct features f;
    line_measure(&f, l->text, label_end);
    return f.han >= NAMED_LABEL_HAN_MIN && line_ends_as_organisation(l->text, label_end);
}

/* A source's label alone on its line (文章来源：, 出处：): the line under it
 * is its value, however a journal's repost words it (《某某论坛》2024年第1期,
 * 已在某某网上线,感谢…). */
static bool is_empty_source_label(const struct line *l)
{
    static const char *const labels[] = {"来源", "來源", "出处", "出處", "稿源"};
    size_t label_end;
    if (line_field(l, &label_end) != FIELD_EMPTY)
        return false;
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
        if (zp_ends_with(l->text, label_end, labels[k]))
            return true;
    return false;
}

/* Whether line l, under a source's label alone, reads as its value: no
 * sentence, or one that opens with a journal's name in 《》 or with an
 * outlet's or an office's before its first comma (《某某论坛》2024年第1期，…
 * 转载。, 某某网,转载请注明。). */
static bool reads_as_source(const struct line *l)
{
    if (l->f.end != END_SENTENCE || starts_with(l->text, l->len, "\xE3\x80\x8A")) /* 《 */
        return true;
    size_t ascii = zp_find(l->text, l->len, ","), wide = zp_find(l->text, l->len, "\xEF\xBC\x8C"); /* ， */
    size_t comma = ascii < wide ? ascii : wide;
    return comma < l->len && (line_ends_as_organisation(l->text, comma) ||
                              keywords_end(l->text, comma, KW_SITE) != KW_NONE);
}

static void drop_source_values(struct document *d)
{
    for (size_t i = 0; i < d->count; i++) {
        const struct line *l = &d->lines[i];
        if (!l->f.empty_field || l->f.chars > ZP_HEADING_MAX || !is_empty_source_label(l))
            continue;
        size_t next = next_nonblank(d, i);
        struct line *value = next < d->count ? &d->lines[next] : NULL;
        /* a name there is a writer's, which the rules for authors take; a
         * lead there, the label's value lost (来源: / 某某网讯 …), the text's,
         * and so is a sentence that opens with no outlet's or journal's name
         * (信息来源: / 近年来,某某区坚持…) */
        if (value && !value->rule && value->f.chars <= 2 * SHORT_MAX && value->f.enumerator == ZP_ENUM_NONE &&
            !line_is_names_row(value) && !line_opens_as_lead(value) && reads_as_source(value))
            set_bad(value, "publication");
    }
}

/* Whether line j is the end of a line of [from, j) that holds more, as a
 * field's value stands after its label: of the few lines above it, so that
 * a table of any length is read in time linear in it. */
static bool repeats_a_value(const struct document *d, size_t from, size_t j)
{
    enum { VALUE_LOOK = 16 };
    const struct line *l = &d->lines[j];
    for (size_t k = j - from > VALUE_LOOK ? j - VALUE_LOOK : from; k < j; k++) {
        const struct line *field = &d->lines[k];
        if (field->len > l->len && memcmp(field->text + field->len - l->len, l->text, l->len) == 0)
            return true;
    }
    return false;
}

static void drop_field_tables(struct document *d)
{
    /* three fields, two of them empty, make a table: a notice has a
     * field or two of its own (时间：, 地点：) with their values beside them */
    enum { VALUE_LINES = 2, VALUE_CHARS = 40, TABLE_FIELDS_MIN = 3, TABLE_EMPTY_MIN = 2, SHORT_VALUE_MAX = 8 };
    for (size_t i = 0; i < d->count; i++) {
        /* a table has an empty field */
        if (!d->lines[i].f.empty_field)
            continue;
        /* the fields with their values above it are the table's too */
        size_t start = i;
        for (size_t j = i; j-- > 0;)
            if (d->lines[j].cls != CLASS_BLANK) {
                size_t label_end;
                if (line_field(&d->lines[j], &label_end) != FIELD_VALUED ||
                    labelled_by_organisation(&d->lines[j], label_end))
                    break;
                start = j;
            }
        size_t fields = 0, empty = 0, last = i, values = VALUE_LINES, j = start;
        uint32_t value_han = 0; /* the Han characters of the last value's line */
        for (; j < d->count; j++) {
            const struct line *l = &d->lines[j];
            if (l->cls == CLASS_BLANK)
                continue;
            /* a letter's greeting (某某委员:) opens the text, no field */
            if (line_is_salutation(l))
                break;
            enum line_field field = line_field(l, NULL);
            /* a field's value again alone on its line is the title the
             * table names (名称: 送戏下乡:… / 送戏下乡:…), a colon in it or
             * not: the table ends above it */
            if (field == FIELD_VALUED && j > start && repeats_a_value(d, start, j))
                break;
            if (field != FIELD_NONE) {
                fields++;
                empty += field == FIELD_EMPTY;
                last = j;
                /* a widget's label (保护视力色:) has no value under it */
                values = field == FIELD_EMPTY && l->f.start != KW_FONT ? 0 : VALUE_LINES;
                continue;
            }
            /* nor is the title of the letter under it the line after a
             * field's value of a few Han characters or none (公开方式: /
             * 主动公开 / 对某某提案的答复, 统一编号: / HCSD01-… / 某某的通知),
             * though a value may be a title, and may break (公文名称: / 对某某
             * 会议 / 第某号建议的答复) */
            if (values >= VALUE_LINES || l->cls == CLASS_GOOD || l->f.chars > VALUE_CHARS || line_ends_in_stop(l) ||
                (values > 0 && value_han <= SHORT_VALUE_MAX && line_may_be_title(l)))
                break;
            value_han = l->f.han;
            values++;
        }
        if (fields >= TABLE_FIELDS_MIN && empty >= TABLE_EMPTY_MIN)
            for (size_t k = start; k <= last; k++)
                if (d->lines[k].cls != CLASS_BLANK)
                    set_bad(&d->lines[k], "fields");
        /* a greeting or a title may end the table above the empty
         * field: the next is looked for past it all the same */
        if (last > i)
            i = last;
    }
}

/* Whether l may be an entry of a table of contents: no sentence in it,
 * and no longer than a heading with its number. */
static bool is_contents_entry(const struct line *l)
{
    return l->f.end != END_SENTENCE && l->f.stops == 0 && l->f.chars <= SHORT_MAX;
}

/* A table of contents without its label, above the first paragraph: a run
 * of numbered entries, no other line between, in which a number comes
 * again ((一) under 一、 and again under 二、), as only an outline's
 * levels make it. */
static void drop_outline(struct document *d)
{
    enum { OUTLINE_ENTRIES_MIN = 6, NUMBERS_KEPT = 32, NUMBER_BYTES_MAX = 12 };
    size_t start = d->count, entries = 0, numbers = 0;
    bool again = false;
    unsigned char seen[NUMBERS_KEPT][NUMBER_BYTES_MAX];
    size_t seen_len[NUMBERS_KEPT];
    for (size_t i = 0; i <= d->count; i++) {
        struct line *l = i < d->count ? &d->lines[i] : NULL;
        if (l && l->cls == CLASS_BLANK)
            continue;
        size_t len = 0;
        bool entry = l && !l->rule && l->f.enumerator != ZP_ENUM_NONE && is_contents_entry(l) &&
                     zp_enumerator(l->text, l->len, &len) != ZP_ENUM_NONE && len <= NUMBER_BYTES_MAX;
        if (entry) {
            if (entries++ == 0) {
                start = i;
                numbers = 0;
                again = false;
            }
            for (size_t k = 0; k < numbers && !again; k++)
                again = seen_len[k] == len && memcmp(seen[k], l->text, len) == 0;
            if (numbers < NUMBERS_KEPT) {
                memcpy(seen[numbers], l->text, len);
                seen_len[numbers++] = len;
            }
            continue;
        }
        if (entries >= OUTLINE_ENTRIES_MIN && again)
            for (size_t k = start; k < i; k++)
                if (d->lines[k].cls != CLASS_BLANK)
                    set_bad(&d->lines[k], "contents");
        entries = 0;
        /* only above the text */
        if (!l || (l->cls == CLASS_GOOD && !l->rule))
            return;
    }
}

/* A table of contents under its label (目录, 文章目录): the entries under
 * it, headings with no sentence, go up to the first line of prose or the
 * first entry again, which heads the text's first section.  An
 * entry may read as prose by its marks and words alone (附表1 某某省农村
 * 卫生厕所改造任务分县(市、区)表, (一)加大宣传力度,使…深入人心).  Then
 * one without its label, whose entries the label's look leaves alone. */
static void drop_contents(struct document *d)
{
    for (size_t i = 0; i < d->count; i++) {
        if (!is_rule(&d->lines[i], "contents"))
            continue;
        size_t j = next_nonblank(d, i), first = j;
        for (; j < d->count; j = next_nonblank(d, j)) {
            struct line *l = &d->lines[j];
            if (!is_contents_entry(l) || (j > first && l->len == d->lines[first].len &&
                                          memcmp(l->text, d->lines[first].text, l->len) == 0))
                break;
            set_bad(l, "contents");
        }
        i = j - 1;
    }
    drop_outline(d);
}

/* Whether l is a clause of a statement on the paper's rights: it speaks
 * of them (版权, 授权, 转载, 侵权), or it announces them (现声明如下:). */
static bool is_rights_clause(const struct line *l)
{
    static const char *const words[] = {"版权", "授权", "转载", "侵权", "版權", "授權", "轉載", "侵權"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (zp_find(l->text, l->len, words[k]) < l->len)
            return true;
    uint32_t last;
    zp_utf8_last(l->text, l->len, &last);
    return l->f.chars <= SHORT_MAX && (last == ':' || last == 0xFF1A);
}

/* Whether a paragraph speaks of a site's rights or its own words, as
 * every clause of a disclaimer does (本网, 本站, 转载, 版权, 免责声明). */
static bool speaks_as_site(const struct line *l)
{
    static const char *const words[] = {"本网", "本網", "本站", "声明", "聲明"};
    if (l->len == 0)
        return false;
    if (is_rights_clause(l))
        return true;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (zp_find(l->text, l->len, words[k]) < l->len)
            return true;
    return false;
}

/* Where the clauses under the disclaimer's header at line i end: at an
 * abstract's label, at the end, or after the last clause before a
 * paragraph that speaks of no rights. */
static size_t clauses_end(const struct document *d, size_t i)
{
    size_t clause = next_nonblank(d, i);
    for (size_t j = i + 1; j < d->count; j++) {
        if (d->lines[j].f.label == ZP_LABEL_ABSTRACT)
            return j;
        if (j > clause && d->lines[j].cls == CLASS_GOOD && !speaks_as_site(&d->lines[j])) {
            size_t end = j;
            while (end > clause + 1 && !speaks_as_site(&d->lines[end - 1]))
                end--;
            return end;
        }
    }
    return d->count;
}

/* A disclaimer's header, after some article text, opens a block of
 * numbered clauses that read like prose: all of it goes, to the end, to
 * an abstract's label, or to the last clause before a paragraph that
 * speaks of no rights (an e-paper's page sets its statement above the
 * article: 版权声明, its clause, then the headline and the text); the
 * line right under the header is its clause, whatever it says.
 * Above the text, a paper's statement (某某日报社严正声明) opens
 * paragraphs on its rights: they go, up to the first that is none. */
static void drop_disclaimer(struct document *d)
{
    bool article = false;
    for (size_t i = 0; i < d->count; i++) {
        struct line *l = &d->lines[i];
        article |= l->cls == CLASS_GOOD;
        if (l->cls != CLASS_BAD || !is_rule(l, "disclaimer"))
            continue;
        if (article) {
            /* but a journal's head may hold its statement of rights
             * (版权声明:…《某某》编辑部 本文是开放获取…) above the abstract,
             * which is kept whatever comes before it */
            size_t j = clauses_end(d, i);
            for (size_t k = i + 1; k < j; k++) {
                d->lines[k].rule = NULL;
                set_bad(&d->lines[k], "disclaimer");
            }
            if (j == d->count)
                return;
            i = j - 1;
            continue;
        }
        size_t j = next_nonblank(d, i);
        for (; j < d->count && d->lines[j].cls != CLASS_BAD && is_rights_clause(&d->lines[j]); j = next_nonblank(d, j))
            set_bad(&d->lines[j], "disclaimer");
        i = j - 1;
    }
}

static void add_trim(struct document *d, size_t i, const char *rule, const unsigned char *text, size_t len)
{
    d->trims = zp_grow(d->trims, &d->trim_cap, d->trim_count + 1, sizeof *d->trims);
    d->trims[d->trim_count] = (struct trim){.line = i, .order = d->trim_count, .rule = rule, .text = text, .len = len};
    d->trim_count++;
}

static void cut_head(struct document *d, size_t i, size_t bytes, const char *rule)
{
    struct line *l = &d->lines[i];
    forget_looks(l);
    add_trim(d, i, rule, l->text, bytes);
    l->text += bytes;
    l->len -= bytes;
}

static void cut_tail(struct document *d, size_t i, size_t from, const char *rule)
{
    struct line *l = &d->lines[i];
    forget_looks(l);
    add_trim(d, i, rule, l->text + from, l->len - from);
    l->len = from;
    while (l->len > 0 && l->text[l->len - 1] == ' ')
        l->len--;
}

/* A tag in brackets that opens s (【四中全会精神在基层】, [新春走基层],
 * 〔河口镇〕, 【正文】): shortest to twenty characters with no mark among
 * them; the bytes it takes, 0 when none. */
static size_t column_tag(const unsigned char *s, size_t n, uint32_t shortest)
{
    static const struct {
        const char *open, *close;
    } pairs[] = {{"\xE3\x80\x90", "\xE3\x80\x91"},  /* 【 】 */
                 {"\xE3\x80\x94", "\xE3\x80\x95"},  /* 〔 〕 */
                 {"\xEF\xBC\xBB", "\xEF\xBC\xBD"},  /* ［ ］ */
                 {"[", "]"}};
    size_t k = 0;
    while (k < sizeof pairs / sizeof pairs[0] && !starts_with_bytes(s, n, pairs[k].open, strlen(pairs[k].open)))
        k++;
    if (k == sizeof pairs / sizeof pairs[0])
        return 0;
    size_t open = strlen(pairs[k].open), close_len = strlen(pairs[k].close);
    const unsigned char *close = NULL;
    for (size_t at = open; at + close_len <= n && !close; at++)
        if (memcmp(s + at, pairs[k].close, close_len) == 0)
            close = s + at;
    if (!close)
        return 0;
    struct features f;
    line_measure(&f, s + open, (size_t)(close - s) - open);
    if (f.chars < shortest || f.chars > COLUMN_TAG_MAX || f.commas + f.stops > 0 || f.end != END_NONE || f.han < 2)
        return 0;
    return (size_t)(close - s) + close_len;
}

/* Where the first bar (| ｜ 丨) stands in s, and in *len its bytes; n when
 * none does. */
static size_t find_bar(const unsigned char *s, size_t n, size_t *len, bool separators)
{
    /* | ｜ and ‖ set SEEN_SEPARATOR; 丨 is a Han character to the counts */
    *len = 3;
    if (!separators) {
        /* by its last byte, which few characters share */
        for (const unsigned char *p = s; (p = memchr(p, 0xA8, (size_t)(s + n - p))) != NULL; p++)
            if (p >= s + 2 && p[-2] == 0xE4 && p[-1] == 0xB8)
                return (size_t)(p - 2 - s);
        return n;
    }
    for (size_t at = 0; at < n; at++) {
        if (s[at] == '|') {
            *len = 1;
            return at;
        }
        /* ｜ 丨 ‖ */
        if (at + 3 <= n && ((s[at] == 0xEF && s[at + 1] == 0xBD && s[at + 2] == 0x9C) ||
                            (s[at] == 0xE4 && s[at + 1] == 0xB8 && s[at + 2] == 0xA8) ||
                            (s[at] == 0xE2 && s[at + 1] == 0x80 && s[at + 2] == 0x96))) {
            *len = 3;
            return at;
        }
    }
    return n;
}

/* Whether s is authors' names and 等 after them, a comma between (某某,等,
 * 某某、某某等): a paper's writers a bar parts from its title. */
static bool names_et_al(const unsigned char *s, size_t n)
{
    while (n > 0 && s[n - 1] == ' ')
        n--;
    if (!zp_ends_with(s, n, "等"))
        return false;
    n -= 3;
    uint32_t cp;
    size_t len;
    while (n > 0 && (len = zp_utf8_last(s, n, &cp)) > 0 && (cp == ',' || cp == 0xFF0C || cp == 0x3001 || cp == ' '))
        n -= len;
    return n > 0 && zp_is_names_row(s, n);
}

/* Whether a line under the title within a few lines gives the text s
 * alone as a line, or as a wire's title after its dateline (某某社某地3月29日电
 * 题：…): the side of a bar that is the title, whatever its length. */
static bool copied_below(const struct document *d, size_t i, const unsigned char *s, size_t n)
{
    enum { COPY_LOOK = 8 };
    while (n > 0 && s[n - 1] == ' ')
        n--;
    for (size_t j = i + 1, seen = 0; j < d->count && seen < COPY_LOOK && n > 0; j++) {
        const struct line *l = &d->lines[j];
        if (l->cls == CLASS_BLANK)
            continue;
        seen++;
        size_t title = line_wire_title(l->text, l->len);
        if (l->len - title == n && memcmp(l->text + title, s, n) == 0)
            return true;
    }
    return false;
}

/* What a bar parts a title from, on either side: a column's tag or a
 * writer before it (专题丨…, 大战大考 党旗飘扬 | …, 【佳作推荐】某某| …), a
 * site's name after it (… | 某某网), or nothing (…——文明篇 |).  The side
 * cut is the shorter, 16 characters at most and no sentence, and the side
 * kept has 5 Han characters or more. */
static void trim_title_bars(struct document *d, size_t i)
{
    /* a column's tag, a writer's name or a site's name beside a bar runs
     * to 16 characters (大战大考 党旗飘扬, 某某市人民政府网) */
    enum { BAR_SIDE_MAX = 16 };
    /* the empty cells of a table after it (… | ||||||); a bar alone is
     * looked at as any other */
    size_t before;
    if (line_bars_at_end(d->lines[i].text, d->lines[i].len, &before) > 1 && before > 0)
        cut_tail(d, i, before, "bar");
    for (int round = 0; round < 2; round++) {
        struct line *l = &d->lines[i];
        size_t bar_len, bar = find_bar(l->text, l->len, &bar_len, l->f.seen & SEEN_SEPARATOR);
        if (bar == l->len)
            return;
        struct features before, after;
        line_measure(&before, l->text, bar);
        line_measure(&after, l->text + bar + bar_len, l->len - bar - bar_len);
        size_t from = bar + bar_len;
        while (from < l->len && l->text[from] == ' ')
            from++;
        /* the side a line below gives again is the title (奋斗百年路 启航新征程|
         * 某某 / 某某社某地3月29日电 题：某某) */
        bool after_copied = after.han >= TITLE_HAN_MIN && copied_below(d, i, l->text + from, l->len - from);
        /* a column's path before it, its parts set apart by a middle dot
         * (某某一线 · 某某日记丨某某的晨光), goes though it is the longer side */
        bool column_path = memmem(l->text, bar, "\xC2\xB7", 2) != NULL &&
                           memmem(l->text + from, l->len - from, "\xC2\xB7", 2) == NULL;
        if (after_copied ||
            (after.han >= TITLE_HAN_MIN && before.chars <= BAR_SIDE_MAX && (before.chars < after.chars || column_path) &&
             (before.commas + before.stops == 0 || names_et_al(l->text, bar)))) {
            cut_head(d, i, from, "column");
        } else if (before.han >= TITLE_HAN_MIN && after.chars <= BAR_SIDE_MAX && after.chars < before.chars &&
                   after.commas + after.stops == 0) {
            cut_tail(d, i, bar, "site-suffix");
        } else {
            return;
        }
    }
}

/* A content farm's count of a piece's words after its title (全文共949字):
 * digits, and 字 at the end.  Its count of pieces ((精选5篇)) stays: it is
 * the page's own title, saying what the page holds. */
static bool is_word_count(const unsigned char *s, size_t n)
{
    enum { COUNT_MAX = 12 }; /* characters: 全文共12345字 */
    bool digits = false;
    for (size_t at = 0; at < n; at++)
        digits |= s[at] >= '0' && s[at] <= '9';
    return digits && zp_count_chars(s, n) <= COUNT_MAX && zp_ends_with(s, n, "字");
}

/* A count a page keeps of a piece, its label and its number (被引量:2,
 * 阅读:120): a label of two to five Han characters, a colon, digits. */
static bool is_page_count(const unsigned char *s, size_t n)
{
    enum { COUNT_LABEL_HAN_MIN = 2, COUNT_LABEL_HAN_MAX = 5 };
    size_t at = 0, han = 0;
    uint32_t cp = 0;
    while (at < n) {
        size_t len = zp_utf8_char(s + at, n - at, &cp);
        if (!zp_is_han(cp))
            break;
        han++;
        at += len;
    }
    if (han < COUNT_LABEL_HAN_MIN || han > COUNT_LABEL_HAN_MAX || at == n)
        return false;
    at += cp == ':' ? 1 : cp == 0xFF1A ? 3 : n;
    if (at >= n)
        return false;
    while (at < n && zp_is_ascii_digit(s[at]))
        at++;
    return at == n;
}

/* What a page adds in parentheses after a title to say it has pictures or
 * a video (（图）, （组图）): no words of the title. */
static bool names_media(const unsigned char *s, size_t n)
{
    static const char *const media[] = {"图", "組圖", "组图", "附图", "多图", "图文", "視頻", "视频", "圖"};
    for (size_t i = 0; i < sizeof media / sizeof media[0]; i++)
        if (n == strlen(media[i]) && memcmp(s, media[i], n) == 0)
            return true;
    return false;
}

/* Whether s is a number in Han numerals alone (二十三, 一百零五). */
static bool is_han_number(const unsigned char *s, size_t n)
{
    static const uint32_t numerals[] = {0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D,
                                        0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E}; /* 零一二三四五六七八九十百 */
    if (n == 0)
        return false;
    for (size_t at = 0, len; at < n; at += len) {
        uint32_t cp;
        len = zp_utf8_char(s + at, n - at, &cp);
        size_t k = 0;
        while (k < sizeof numerals / sizeof numerals[0] && numerals[k] != cp)
            k++;
        if (k == sizeof numerals / sizeof numerals[0])
            return false;
    }
    return true;
}

/* What a title's parentheses hold that is the title's own, no column's:
 * a document's state (征求意见稿, 试行, 草案), its place in a series, how
 * many pieces the page holds, what comes with it (含文件正文, 附全文), or
 * the other unit it counts beside the one before it (示范村(社区), 各村(居)). */
static bool is_titles_own_note(const unsigned char *s, size_t n)
{
    if (zp_starts_with(s, n, 0, "含") || zp_starts_with(s, n, 0, "附"))
        return true;
    static const char *const units[] = {"社区", "社區", "居", "街道", "镇", "鎮", "乡镇", "鄉鎮", "村", "单位", "單位"};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (n == strlen(units[i]) && memcmp(s, units[i], n) == 0)
            return true;
    static const char *const states[] = {"稿", "试行", "試行", "草案", "暂行", "暫行", "修订", "修訂", "修正案"};
    for (size_t i = 0; i < sizeof states / sizeof states[0]; i++)
        if (zp_ends_with(s, n, states[i]))
            return true;
    /* or its place in a series (第二十一批, 第3期, 二十三), or how many
     * pieces the page holds in Han numerals (八篇), as in digits (精选2篇) */
    return (zp_starts_with(s, n, 0, "第") && (zp_ends_with(s, n, "批") || zp_ends_with(s, n, "期") ||
                                              zp_ends_with(s, n, "次") || zp_ends_with(s, n, "号"))) ||
           is_han_number(s, n) || (zp_ends_with(s, n, "篇") && is_han_number(s, n - 3));
}

/* The bytes of a news column's name and its colon or bang before a title,
 * as a reposting site sets it (天天要闻:…, 世界今热点:…, 环球短讯!…): two to
 * six Han characters ending in a column's word; 0 when none. */
static size_t column_prefix(const unsigned char *s, size_t n)
{
    enum { COLUMN_HAN_MAX = 6 };
    static const char *const columns[] = {"要闻", "要聞", "热点", "熱點", "短讯", "短訊", "快讯", "快訊", "资讯",
                                          "資訊", "通讯", "通訊", "关注", "關注", "头条", "頭條", "速递", "速遞",
                                          "看点", "看點", "播报", "播報", "新闻", "新聞"};
    /* the mark first, within the bytes of the name's characters and its
     * own: most titles have none there */
    size_t reach = n < 3 * COLUMN_HAN_MAX + 3 ? n : 3 * COLUMN_HAN_MAX + 3;
    if (!memchr(s, ':', reach) && !memchr(s, '!', reach) && !memchr(s, 0xBC, reach)) /* of ： ！ */
        return 0;
    size_t han = 0, at = 0;
    uint32_t cp;
    while (at + 3 <= n && han <= COLUMN_HAN_MAX && zp_utf8_char(s + at, n - at, &cp) == 3 && zp_is_han(cp)) {
        at += 3;
        han++;
    }
    if (han < 2 || han > COLUMN_HAN_MAX || at >= n)
        return 0;
    size_t mark = s[at] == ':' || s[at] == '!' ? 1
                  : zp_starts_with(s, n, at, "\xEF\xBC\x9A") || zp_starts_with(s, n, at, "\xEF\xBC\x81") ? 3 /* ： ！ */
                                                                                                             : 0;
    if (mark == 0)
        return 0;
    bool column = false;
    for (size_t k = 0; k < sizeof columns / sizeof columns[0] && !column; k++)
        column = zp_ends_with(s, at, columns[k]);
    if (!column)
        return 0;
    at += mark;
    while (at < n && s[at] == ' ')
        at++;
    struct features rest;
    line_measure(&rest, s + at, n - at);
    return rest.han >= TITLE_HAN_MIN ? at : 0;
}

/* The bytes of an outlet's name, in 《》 or not, and its colon before a
 * title (新华网：…, 某某日报: …, 《某某今报》:…), its spaces after; 0 when
 * none.  A government site that reposts a paper's piece credits it so. */
static size_t outlet_prefix(const unsigned char *s, size_t n)
{
    enum { OUTLET_PREFIX_HAN_MAX = 8 };
    /* the colon first, within the bytes of eight Han characters, the
     * marks around them and its own: most titles have none there */
    size_t reach = n < 3 * OUTLET_PREFIX_HAN_MAX + 9 ? n : 3 * OUTLET_PREFIX_HAN_MAX + 9;
    const unsigned char *wide = memchr(s, 0x9A, reach); /* ： is EF BC 9A */
    if (!memchr(s, ':', reach) && !(wide && wide >= s + 2 && wide[-1] == 0xBC && wide[-2] == 0xEF))
        return 0;
    bool booked = zp_starts_with(s, n, 0, "《");
    size_t at = booked ? 3 : 0, han = 0;
    uint32_t cp = 0, last = 0, before_last = 0;
    while (at < n && han <= OUTLET_PREFIX_HAN_MAX) {
        size_t len = zp_utf8_char(s + at, n - at, &cp);
        if (!zp_is_han(cp))
            break;
        before_last = last;
        last = cp;
        han++;
        at += len;
    }
    /* 网 網 报 報 社, or 台 of a station (电视台, 电台, 总台), not of a
     * platform or a stage (重新认识平台:…, 舞台) */
    bool station = last == 0x53F0 && (before_last == 0x89C6 || before_last == 0x8996 || before_last == 0x7535 ||
                                      before_last == 0x96FB || before_last == 0x603B || before_last == 0x7E3D);
    if (han < 2 || han > OUTLET_PREFIX_HAN_MAX ||
        !(last == 0x7F51 || last == 0x7DB2 || last == 0x62A5 || last == 0x5831 || last == 0x793E || station))
        return 0;
    if (booked && !zp_starts_with(s, n, at, "》"))
        return 0;
    at += booked ? 3 : 0;
    size_t colon = at < n && s[at] == ':' ? 1 : zp_starts_with(s, n, at, "\xEF\xBC\x9A") ? 3 : 0; /* ： */
    if (colon == 0)
        return 0;
    at += colon;
    while (at < n && s[at] == ' ')
        at++;
    return at;
}

/* Where a site's or a feed's word set after the title by a hyphen begins
 * (…持续推进 - 某某网房产北京, …覆盖所有社区-世界热消息), the hyphen and the
 * spaces before it: a word of two to twelve Han characters, letters or
 * digits, none of them a function character, as a headline's phrase has,
 * after ten Han characters or more; not a span of years (2011-2015年),
 * nor a subtitle after two (某某--某某); n when none. */
static size_t hyphen_tag_suffix(const unsigned char *s, size_t n)
{
    enum { TAG_CHARS_MIN = 2, TAG_CHARS_MAX = 12 };
    const unsigned char *dash = memrchr(s, '-', n);
    /* two are a subtitle's dash (某某--某某) */
    if (dash == NULL || (dash > s && dash[-1] == '-'))
        return n;
    size_t hyphen = (size_t)(dash - s), word = hyphen + 1, before = hyphen;
    while (word < n && s[word] == ' ')
        word++;
    while (before > 0 && s[before - 1] == ' ')
        before--;
    if (word == n || before == 0 || zp_is_ascii_digit(s[word]) || zp_is_ascii_digit(s[before - 1]))
        return n;
    struct features tag, title;
    line_measure(&tag, s + word, n - word);
    if (tag.chars < TAG_CHARS_MIN || tag.chars > TAG_CHARS_MAX)
        return n;
    for (size_t at = word, len; at < n; at += len) {
        uint32_t cp;
        len = zp_utf8_char(s + at, n - at, &cp);
        if (!zp_is_han(cp) && !zp_is_ascii_letter(cp) && !zp_is_ascii_digit(cp) && cp != 0xB7 /* · */)
            return n;
    }
    line_measure(&title, s, before);
    return title.han >= 2 * TITLE_HAN_MIN && line_function_chars(&tag, s + word, n - word) == 0 ? before : n;
}

/* Where a site's name set after the title by a hyphen begins, the hyphen
 * and the spaces before it (…的清明节- 某某网某某频道, … － 某某网, … - 某某
 * 传媒 Some.hk); n when none. */
static size_t hyphen_site_suffix(const unsigned char *s, size_t n)
{
    /* the line's end first: most titles end in none of these */
    static const char *const ends[] = {"网", "網", "频道", "頻道", "网站", "網站", "客户端", "客戶端"};
    bool site = false;
    for (size_t k = 0; k < sizeof ends / sizeof ends[0] && !site; k++)
        site = zp_ends_with(s, n, ends[k]);
    /* or its name and its address after a space (… - 某某传媒 Some.hk) */
    size_t name_end = n;
    if (!site && n > 0 && zp_is_ascii_letter(s[n - 1])) {
        size_t word = n;
        while (word > 0 && s[word - 1] != ' ' && s[word - 1] < 0x80)
            word--;
        if (word > 0 && s[word - 1] == ' ' && memchr(s + word, '.', n - word) != NULL) {
            name_end = word;
            while (name_end > 0 && s[name_end - 1] == ' ')
                name_end--;
            site = true;
        }
    }
    if (!site)
        return n;
    size_t hyphen = n;
    for (size_t at = n; at-- > 0 && hyphen == n;)
        if (s[at] == '-')
            hyphen = at;
        else if (at + 3 <= n && s[at] == 0xEF && s[at + 1] == 0xBC && s[at + 2] == 0x8D) /* － */
            hyphen = at;
    if (hyphen == n || hyphen == 0)
        return n;
    size_t name = hyphen + (s[hyphen] == '-' ? 1 : 3);
    while (name < n && s[name] == ' ')
        name++;
    struct features f;
    line_measure(&f, s + name, name_end > name ? name_end - name : 0);
    if (f.han < 2 || f.chars > SITE_NAME_MAX || f.han != f.chars)
        return n;
    while (hyphen > 0 && s[hyphen - 1] == ' ')
        hyphen--;
    return hyphen;
}

/* 题, in either script. */
static bool is_han_ti(uint32_t cp) { return cp == 0x9898 || cp == 0x984C; }

/* The bytes a headline's label takes at the start of s with its colon and
 * the spaces after it: 题 or 标题 (or 题目, a forum's 主题), or a table's 名称 for a
 * document's name, in either script, its characters spaced apart or not
 * (标 题:, 名  称:); 0 when none opens s. */
static size_t headline_label_len(const unsigned char *s, size_t n)
{
    enum { LABEL_HAN_MAX = 2 };
    uint32_t word[LABEL_HAN_MAX];
    size_t han = 0, at = 0;
    bool colon = false;
    for (size_t len; at < n && !colon; at += len) {
        uint32_t cp;
        len = zp_utf8_char(s + at, n - at, &cp);
        colon = cp == ':' || cp == 0xFF1A;
        if (colon || (cp == ' ' && han > 0))
            continue;
        if (han == LABEL_HAN_MAX)
            return 0;
        word[han++] = cp;
    }
    bool label = (han == 1 && is_han_ti(word[0])) ||
                 (han == 2 && (((word[0] == 0x6807 || word[0] == 0x6A19) && is_han_ti(word[1])) || /* 标题 標題 */
                               (is_han_ti(word[0]) && word[1] == 0x76EE) ||                        /* 题目 */
                               (word[0] == 0x4E3B && is_han_ti(word[1])) ||                        /* 主题 主題 */
                               (word[0] == 0x540D && (word[1] == 0x79F0 || word[1] == 0x7A31))));  /* 名称 名稱 */
    if (!colon || !label)
        return 0;
    while (at < n && s[at] == ' ')
        at++;
    return at;
}

/* Cuts the first bytes of title line i, chrome, when a title of 5 Han
 * characters or more stays after them. */
static void cut_before_title(struct document *d, size_t i, size_t bytes, const char *rule)
{
    struct line *l = &d->lines[i];
    if (bytes == 0 || bytes >= l->len)
        return;
    struct features rest;
    line_measure(&rest, l->text + bytes, l->len - bytes);
    if (rest.han >= TITLE_HAN_MIN)
        cut_head(d, i, bytes, rule);
}

/* The bytes up to and past the colon of what a repost set before the
 * title, its authors or its column, when a copy of the title without it
 * stands further down, above the text (张某 李某:某某研究 / … / 某某研究);
 * 0 when there is none. */
static size_t copied_prefix_len(const struct document *d, size_t i)
{
    enum { PREFIX_BYTES_MAX = 3 * 12 };
    const struct line *t = &d->lines[i];
    size_t head = t->len < PREFIX_BYTES_MAX ? t->len : PREFIX_BYTES_MAX;
    const unsigned char *colon = memchr(t->text, ':', head);
    size_t at = colon ? (size_t)(colon - t->text) + 1 : 0;
    /* or ：, EF BC 9A, by its last byte */
    for (const unsigned char *p = t->text; !colon && (p = memchr(p, 0x9A, (size_t)(t->text + head - p))) != NULL; p++)
        if (p >= t->text + 2 && p[-2] == 0xEF && p[-1] == 0xBC) {
            at = (size_t)(p - t->text) + 1;
            break;
        }
    if (at <= 1 || at >= t->len)
        return 0;
    while (at < t->len && t->text[at] == ' ')
        at++;
    for (size_t j = i + 1; j < d->count; j++) {
        const struct line *l = &d->lines[j];
        if (l->cls == CLASS_GOOD && !l->rule)
            return 0;
        if (l->len == t->len - at && memcmp(l->text, t->text + at, l->len) == 0)
            return at;
    }
    return 0;
}

/* Where a dash set apart by spaces stands before a person's name that
 * ends s (… – 陈某某, … - 陈某某, … — 陈某某); n when none does. */
static size_t title_writer_at(const unsigned char *s, size_t n)
{
    size_t name = n;
    while (name > 0 && s[name - 1] != ' ')
        name--;
    if (name < 2 || name == n || !zp_is_names_row(s + name, n - name) || zp_count_chars(s + name, n - name) > 4)
        return n;
    size_t dash = name - 1;
    while (dash > 0 && s[dash - 1] == ' ')
        dash--;
    if (dash == 0)
        return n;
    size_t len = s[dash - 1] == '-' ? 1
                 : zp_ends_with(s, dash, "\xE2\x80\x93") || zp_ends_with(s, dash, "\xE2\x80\x94") ? 3 /* – — */
                                                                                                    : 0;
    if (len == 0 || dash < len + 1 || s[dash - len - 1] != ' ')
        return n;
    dash -= len;
    while (dash > 0 && s[dash - 1] == ' ')
        dash--;
    return dash;
}

/* A paper's column of two phrases set apart by a space, or a column and
 * its series or theme by a dot, as it tags a title (铸牢共同体 中华一家亲,
 * 视线·城市更新, 深阅读·创造乡村优质生活空间): Han characters alone, two to
 * six each, a theme after a dot to twelve. */
static bool is_two_phrase_column(const unsigned char *s, size_t n, const struct features *f)
{
    enum { PHRASE_HAN_MIN = 2, PHRASE_HAN_MAX = 6, THEME_HAN_MAX = 12 };
    const unsigned char *space = memchr(s, ' ', n);
    bool dot = !space && (space = memmem(s, n, "\xC2\xB7", 2)) != NULL; /* · */
    if (!space || f->han + 1 != f->chars)
        return false;
    size_t first = zp_count_chars(s, (size_t)(space - s)), second = f->han - first;
    return first >= PHRASE_HAN_MIN && first <= PHRASE_HAN_MAX && second >= PHRASE_HAN_MIN &&
           second <= (dot ? THEME_HAN_MAX : PHRASE_HAN_MAX);
}

/* The bytes of a column's name in parentheses that opens s ((聚焦某某
 * 发展)…): four to ten Han characters alone, none of a title's own notes
 * ((试行), (第二批)), or two phrases as a column's tag after a title has
 * them ((移风易俗·红白理事会)…); 0 when none opens it. */
static size_t parenthesised_column(const unsigned char *s, size_t n)
{
    enum { PAREN_COLUMN_MIN = 4, PAREN_COLUMN_MAX = 10 };
    size_t open = n > 0 && s[0] == '(' ? 1 : zp_starts_with(s, n, 0, "\xEF\xBC\x88") ? 3 : 0; /* （ */
    if (open == 0)
        return 0;
    size_t at = open, han = 0, len;
    uint32_t cp;
    while (at < n && han <= PAREN_COLUMN_MAX && (len = zp_utf8_decode(s + at, n - at, &cp)) > 0 && zp_is_han(cp)) {
        at += len;
        han++;
    }
    if (at < n && (s[at] == ' ' || zp_starts_with(s, n, at, "\xC2\xB7"))) { /* · */
        size_t close = at + 1;
        while (close < n && close - open <= 3 * 2 * PAREN_COLUMN_MAX && s[close] != ')' &&
               !zp_starts_with(s, n, close, "\xEF\xBC\x89")) /* ） */
            close++;
        struct features f;
        line_measure(&f, s + open, close - open);
        if (close < n && close - open <= 3 * 2 * PAREN_COLUMN_MAX && is_two_phrase_column(s + open, close - open, &f))
            return close + (s[close] == ')' ? 1 : 3);
        return 0;
    }
    if (han < PAREN_COLUMN_MIN || han > PAREN_COLUMN_MAX || is_titles_own_note(s + open, at - open))
        return 0;
    if (at < n && s[at] == ')')
        return at + 1;
    return zp_starts_with(s, n, at, "\xEF\xBC\x89") ? at + 3 : 0; /* ） */
}

/* The length of the mark a blog or a forum sets before a piece it
 * reposts ((转), 【转载】), with the spaces after it; 0 when none opens s. */
static size_t repost_mark_len(const unsigned char *s, size_t n)
{
    static const char *const opens[] = {"(", "\xEF\xBC\x88" /* （ */, "[", "\xE3\x80\x90" /* 【 */};
    static const char *const closes[] = {")", "\xEF\xBC\x89" /* ） */, "]", "\xE3\x80\x91" /* 】 */};
    static const char *const marks[] = {"转载", "轉載", "转", "轉"};
    for (size_t b = 0; b < sizeof opens / sizeof opens[0]; b++) {
        size_t at = strlen(opens[b]);
        if (!zp_starts_with(s, n, 0, opens[b]))
            continue;
        for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++)
            if (zp_starts_with(s, n, at, marks[m]) && zp_starts_with(s, n, at + strlen(marks[m]), closes[b])) {
                at += strlen(marks[m]) + strlen(closes[b]);
                while (at < n && s[at] == ' ')
                    at++;
                return at;
            }
        return 0;
    }
    return 0;
}

/* The title's glued chrome: a date before it or after it (2025.03.04 …,
 * … 2016-03-07), a column's tag or an issue's number in 【】 before it, what
 * a bar parts it from, a column tag in parentheses after it (…(人民观察),
 * …(铸牢共同体 中华一家亲)) but not a document's state (…(征求意见稿)), a
 * farm's count ((全文共949字)), a site's suffix after _ (…_某某论文). */
static void trim_title(struct document *d, size_t i)
{
    /* an issue's number or date in 【】 runs to 12 characters, none of
     * them Han (【2019.04】, 【No.12】); a column in parentheses after the title is a
     * word or two of Han characters (…(人民观察)), up to 8 */
    enum { ISSUE_TAG_MAX = 12, PARENTHESISED_COLUMN_MAX = 8 };
    struct line *l = &d->lines[i];
    /* a wire's dateline before the headline (某某社北京6月27日电 题：) */
    size_t wire = line_wire_title(l->text, l->len);
    if (wire > 0 && wire < l->len)
        cut_head(d, i, wire, "wire-head");
    /* a list's bullet a template set before it (• 某某:…) */
    size_t bullet = line_bullet_len(l);
    if (bullet > 0)
        cut_head(d, i, bullet, "bullet");
    size_t date = l->text[0] >= '0' && l->text[0] <= '9' ? zp_date_stamp(l->text, l->len) : 0;
    if (date > 0 && date < l->len)
        cut_head(d, i, date, "title-date");
    /* the outlet a repost credits before it (新华网：…) */
    cut_before_title(d, i, outlet_prefix(l->text, l->len), "masthead");
    /* and the news column a reposting site files it under (天天要闻:…) */
    cut_before_title(d, i, column_prefix(l->text, l->len), "column");
    /* the state a database of rules gives a rule before its name, a space
     * between (有效 某某市某某办法, 已废止 …) */
    static const char *const states[] = {"有效", "现行有效", "現行有效", "失效", "已失效", "废止", "廢止", "已废止", "已廢止"};
    size_t indent = line_indent_len(l->text, l->len);
    for (size_t k = 0; k < sizeof states / sizeof states[0]; k++) {
        size_t n = indent + strlen(states[k]);
        if (zp_starts_with(l->text, l->len, indent, states[k]) && n < l->len && l->text[n] == ' ') {
            while (n < l->len && l->text[n] == ' ')
                n++;
            cut_before_title(d, i, n, "column");
            break;
        }
    }
    cut_before_title(d, i, repost_mark_len(l->text, l->len), "repost");
    /* a column's name or the place the site files it under before it
     * (【养老服务】, 【河西街道】); a number or a date in the brackets
     * (【2019.04】) is an issue's */
    size_t tag = column_tag(l->text, l->len, COLUMN_TAG_MIN);
    if (tag == 0 && zp_starts_with(l->text, l->len, 0, "\xE3\x80\x90")) { /* 【 */
        size_t close = 3;
        while (close + 3 <= l->len && l->text[close] < 0x80 && close < 3 + ISSUE_TAG_MAX)
            close++;
        if (close > 3 && zp_starts_with(l->text, l->len, close, "\xE3\x80\x91")) /* 】 */
            tag = close + 3;
    }
    if (tag > 0 && tag < l->len) {
        struct features rest, tagged;
        line_measure(&tagged, l->text, tag);
        size_t text = tag;
        while (text < l->len && l->text[text] == ' ')
            text++;
        line_measure(&rest, l->text + text, l->len - text);
        /* the two brackets count among the tag's characters */
        bool mixed = tagged.han + 2 < tagged.chars;
        if (rest.han >= TITLE_HAN_MIN && (!mixed || tagged.chars >= COLUMN_TAG_MIXED_MIN + 2))
            cut_head(d, i, text, "column");
    }
    /* or a column's name in parentheses, Han characters alone, before the
     * headline ((聚焦某某发展)不捕鱼的渔民:…) */
    size_t paren = parenthesised_column(l->text, l->len);
    if (paren > 0) {
        struct features rest;
        line_measure(&rest, l->text + paren, l->len - paren);
        if (rest.han >= TITLE_HAN_MIN)
            cut_head(d, i, paren, "column");
    }
    trim_title_bars(d, i);
    /* its writer's name after a dash set apart by spaces, as a blog titles
     * its posts (试论某某之道 – 陈某某) */
    size_t writer = l->f.seen & SEEN_SPACE ? title_writer_at(l->text, l->len) : l->len;
    if (writer < l->len)
        cut_tail(d, i, writer, "credit");
    /* a wire's label of its headline (题：…) or a table's (标 题: …), after
     * the bars a table's cells stand between (| 标题:… |) */
    cut_before_title(d, i, headline_label_len(l->text, l->len), "label");
    const unsigned char *s = l->text;
    size_t n = l->len;
    for (size_t at = n; at-- > 1;) {
        if (s[at - 1] == ' ' && zp_date_stamp(s + at, n - at) == n - at) {
            cut_tail(d, i, at, "title-date");
            break;
        }
        if (s[at] >= 0x80 || s[at] == ' ')
            break;
    }
    /* or in Han characters after a space (… 2021年12月04日) */
    enum { HAN_DATE_BYTES_MAX = 3 * 4 + 8 };
    s = l->text;
    n = l->len;
    if (zp_ends_with(s, n, "日"))
        for (size_t at = n; at-- > 1 && n - at <= HAN_DATE_BYTES_MAX;)
            if (s[at - 1] == ' ') {
                if (zp_date_stamp(s + at, n - at) == n - at)
                    cut_tail(d, i, at, "title-date");
                break;
            }
    /* a button in square brackets after it ([打印本页], 【关闭】) */
    s = l->text;
    n = l->len;
    if (n > 0 && (s[n - 1] == ']' || zp_ends_with(s, n, "\xE3\x80\x91"))) { /* 】 */
        size_t open = n;
        while (open > 0 && s[open - 1] != '[' && !(open >= 3 && memcmp(s + open - 3, "\xE3\x80\x90", 3) == 0))
            open--;
        size_t inner = open, at = open > 0 ? open - (s[open - 1] == '[' ? 1 : 3) : 0;
        size_t inner_end = n - (s[n - 1] == ']' ? 1 : 3);
        if (open > 0 && at > 0 && keywords_token_row(s + inner, inner_end - inner) != KW_NONE) {
            while (at > 0 && s[at - 1] == ' ')
                at--;
            cut_tail(d, i, at, "button");
        } else if (open > 0 && at > 0 && s[n - 1] != ']') {
            /* or a farm's tag in 【】 (…的方案【最新或2022(历届)】, …【图】),
             * a few words and no sentence, after a title of its own; not
             * the count of pieces the page holds (…调研报告【三篇】) */
            enum { END_TAG_MAX = 16 };
            struct features tag, kept;
            line_measure(&tag, s + inner, inner_end - inner);
            line_measure(&kept, s, at);
            if (tag.chars > 0 && tag.chars <= END_TAG_MAX && tag.stops + tag.commas == 0 && kept.han >= TITLE_HAN_MIN &&
                !is_titles_own_note(s + inner, inner_end - inner))
                cut_tail(d, i, at, "column");
        }
    }
    /* or set apart by spaces (…研究现状与展望  PDF), and so is a count the
     * page keeps of it (…对策研究  被引量:2) */
    s = l->text;
    n = l->len;
    size_t space = l->f.seen & SEEN_SPACE ? n : 0;
    while (space > 0 && s[space - 1] != ' ')
        space--;
    bool button = space > 0 && space < n && keywords_token_row(s + space, n - space) != KW_NONE;
    if (button || (space > 0 && is_page_count(s + space, n - space))) {
        size_t at = space;
        while (at > 0 && s[at - 1] == ' ')
            at--;
        struct features kept;
        line_measure(&kept, s, at);
        if (kept.han >= TITLE_HAN_MIN)
            cut_tail(d, i, at, button ? "button" : "site-suffix");
    }
    /* a run of tildes a page's list set after its titles (…建设好~~~) */
    s = l->text;
    n = l->len;
    size_t tilde = n;
    while (tilde > 0 && (s[tilde - 1] == '~' || (tilde >= 3 && memcmp(s + tilde - 3, "\xEF\xBD\x9E", 3) == 0)))
        tilde -= s[tilde - 1] == '~' ? 1 : 3; /* ~ ～ */
    if (tilde > 0 && tilde < n)
        cut_tail(d, i, tilde, "mark");
    /* a farm stacks them: （精选2篇）（可编辑） */
    for (bool cut = true; cut;) {
        cut = false;
        s = l->text;
        n = l->len;
        size_t group = line_closing_group(s, n);
        if (group == n || group == 0)
            break;
        size_t inner = group + (s[group] == '(' ? 1 : 3), inner_end = n - (s[n - 1] == ')' ? 1 : 3);
        struct features f;
        line_measure(&f, s + inner, inner_end - inner);
        if (((f.han >= 2 && f.chars <= PARENTHESISED_COLUMN_MAX && f.han == f.chars) ||
             is_two_phrase_column(s + inner, inner_end - inner, &f)) &&
            !is_titles_own_note(s + inner, inner_end - inner)) {
            cut_tail(d, i, group, "column");
            cut = true;
        } else if (is_word_count(s + inner, inner_end - inner)) {
            cut_tail(d, i, group, "site-suffix");
            cut = true;
        } else if (names_media(s + inner, inner_end - inner)) {
            cut_tail(d, i, group, "column");
            cut = true;
        }
    }
    /* or in square brackets (…环境整治[图]) */
    s = l->text;
    n = l->len;
    if (n > 2 && s[n - 1] == ']') {
        const unsigned char *open = s + n - 1;
        while (open > s && *open != '[')
            open--;
        size_t at = (size_t)(open - s);
        if (*open == '[' && at > 0 && names_media(open + 1, n - at - 2))
            cut_tail(d, i, at, "column");
    }
    /* the site's names after underscores, one or more (… _ 某某网 _ 新华社
     * 《某某报》官方网站), from the last back */
    s = l->text;
    for (size_t at = l->len; (l->f.seen & SEEN_UNDERSCORE) && at-- > 1;) {
        if (s[at] != '_')
            continue;
        struct features f;
        line_measure(&f, s + at + 1, l->len - at - 1);
        if (!(f.chars > 0 && f.chars <= SITE_NAME_MAX && f.commas + f.stops == 0 && f.end != END_SENTENCE))
            break;
        cut_tail(d, i, at, "site-suffix");
    }
    size_t suffix = hyphen_site_suffix(l->text, l->len);
    if (suffix == l->len && (l->f.seen & SEEN_DASH))
        suffix = hyphen_tag_suffix(l->text, l->len);
    /* or a space alone before an outlet's name (… 某某资讯网), which has no
     * function character, as a headline's phrase may that ends alike (…
     * 村里多了两个合作社) */
    if (suffix == l->len && (l->f.seen & SEEN_SPACE)) {
        size_t name = l->len;
        while (name > 0 && l->text[name - 1] != ' ')
            name--;
        bool outlet = name > 0 && line_names_outlet(l->text + name, l->len - name);
        if (outlet) {
            struct features words;
            line_measure(&words, l->text + name, l->len - name);
            outlet = line_function_chars(&words, l->text + name, l->len - name) == 0;
        }
        if (outlet)
            for (suffix = name; suffix > 0 && l->text[suffix - 1] == ' ';)
                suffix--;
    }
    if (suffix < l->len) {
        struct features kept;
        line_measure(&kept, l->text, suffix);
        if (kept.han >= TITLE_HAN_MIN)
            cut_tail(d, i, suffix, "site-suffix");
    }
    /* the mark of a note on the paper's fund after it (…对策探析 *) */
    s = l->text;
    n = l->len;
    size_t star = n;
    bool starred = false;
    for (;;) {
        if (star > 0 && (s[star - 1] == '*' || s[star - 1] == ' ')) {
            starred |= s[star - 1] == '*';
            star--;
        } else if (star >= 3 && memcmp(s + star - 3, "\xEF\xBC\x8A", 3) == 0) { /* ＊ */
            starred = true;
            star -= 3;
        } else
            break;
    }
    if (starred && star > 0 && s[star - 1] >= 0x80)
        cut_tail(d, i, star, "mark");
    cut_before_title(d, i, copied_prefix_len(d, i), "title-prefix");
}

static bool opens_subtitle(const struct line *l)
{
    return zp_opens_subtitle(l->text, l->len);
}

/* A photograph's caption ends in its credit (…晒干后比活鱼卖的好。摄影/本刊
 * 记者 某某, …留影 某某 摄, …巡逻 摄影 某某): a whole line, though no mark
 * ends it. */
static bool ends_in_photo_credit(const struct line *l)
{
    /* the credit's role and a name after it run to 16 characters */
    enum { CREDIT_BYTES = 3 * 16 };
    /* 摄, 供图, or an agency's credit for a photograph it sent out (新华社发) */
    if (keywords_end(l->text, l->len, KW_CAPTION) != KW_NONE)
        return true;
    /* the credit's slash, the last in the line's end, first: prose seldom
     * has one */
    size_t from = l->len > CREDIT_BYTES ? l->len - CREDIT_BYTES : 0, at = l->len;
    while (at > from && l->text[at - 1] != '/')
        at--;
    if (at > from && (zp_ends_with(l->text, at - 1, "摄影") || zp_ends_with(l->text, at - 1, "攝影")))
        return true;
    /* or the role, a space and the names (…治安巡逻 摄影 某某) */
    if (!(l->f.seen & SEEN_SPACE))
        return false;
    size_t space = l->len;
    while (space > from && l->text[space - 1] != ' ')
        space--;
    size_t role = space;
    while (role > from && l->text[role - 1] == ' ')
        role--;
    return space > from && space < l->len && zp_is_names_row(l->text + space, l->len - space) &&
           (zp_ends_with(l->text, role, " 摄影") || zp_ends_with(l->text, role, " 攝影"));
}

/* line_may_be_title, and no photograph's caption that ends in its credit
 * (…巡逻 摄影 某某), looked at once for a text: its answer for a class
 * that may be a title's is its text's. */
static bool may_be_title(struct line *l)
{
    if (l->cls == CLASS_BAD || l->cls == CLASS_BLANK)
        return false;
    if (l->looks.known & LOOK_TITLE)
        return l->looks.found & LOOK_TITLE;
    return keep_look(l, LOOK_TITLE, line_may_be_title(l) && !ends_in_photo_credit(l));
}

/* Whether line i is an outlet's name alone over the page's date line
 * (某某日报 / 2025-10-10 09:18), or the body that issues the page
 * (某某县统计局 / 2017年5月20日): a masthead, no title. */
static bool is_outlet_over_date(const struct document *d, size_t i)
{
    /* the date line first: most candidates have none under them */
    size_t date = next_nonblank(d, i);
    return date < d->count && is_rule(&d->lines[date], "date") &&
           (line_is_outlet_name(&d->lines[i]) || line_is_body_name(&d->lines[i]));
}

/* Whether line i is a newsroom's name alone over the byline (某某新闻客户端
 * / 通讯员 某某): the outlet the reporter files for, no title.  Only the
 * words a newsroom ends in tell it, as a headline may end in 社 or 网
 * (某村成立土地股份合作社). */
static bool is_outlet_over_byline(const struct document *d, size_t i)
{
    static const char *const newsrooms[] = {"客户端", "客戶端", "新闻网", "新聞網", "日报", "日報", "晚报", "晚報"};
    const struct line *l = &d->lines[i];
    if (l->f.han != l->f.chars || l->f.chars > ZP_HEADING_MAX)
        return false;
    size_t byline = next_nonblank(d, i);
    if (byline == d->count || !is_rule(&d->lines[byline], "byline"))
        return false;
    for (size_t k = 0; k < sizeof newsrooms / sizeof newsrooms[0]; k++)
        if (zp_ends_with(l->text, l->len, newsrooms[k]))
            return true;
    return false;
}

/* Whether line i is an item of a list, the line under it opened by the
 * same bullet (■某某老人讲述着幸福生活 / ■已建49所幸福院): a deck's points
 * or a menu, no title. */
static bool is_item_over_sibling(const struct document *d, size_t i)
{
    const struct line *l = &d->lines[i];
    size_t next = next_nonblank(d, i);
    if (next == d->count || line_bullet_len(l) == 0 || line_bullet_len(&d->lines[next]) == 0)
        return false;
    const struct line *under = &d->lines[next];
    size_t indent = line_indent_len(l->text, l->len), under_indent = line_indent_len(under->text, under->len);
    uint32_t bullet, under_bullet;
    zp_utf8_char(l->text + indent, l->len - indent, &bullet);
    zp_utf8_char(under->text + under_indent, under->len - under_indent, &under_bullet);
    return bullet == under_bullet;
}

/* A kicker over the title (五个扎实谱新篇 追赶超越再出发特别报道……): a short
 * line of phrases with no stop or comma inside, set apart by spaces or
 * trailing off, right above a line of a title's shape, is no paragraph
 * yet. */
static bool is_kicker(const struct document *d, size_t i)
{
    const struct line *l = &d->lines[i];
    if (l->f.chars > SHORT_MAX || l->f.stops > 0 || l->f.label != ZP_LABEL_NONE ||
        l->f.commas > l->f.enumeration_commas)
        return false;
    /* phrases set apart by spaces, or trailing off (…… ——  ！) */
    uint32_t last;
    zp_utf8_last(l->text, l->len, &last);
    if (!(l->f.seen & SEEN_SPACE) && last != 0x2026 && last != 0x2014 && last != 0xFF01)
        return false;
    size_t next = next_nonblank(d, i);
    return next < d->count && !d->lines[next].rule && may_be_title(&d->lines[next]) && !is_outlet_over_date(d, next);
}

/* Where the colon of a field's label that opens l stands: a word of one
 * to six Han characters and a colon (名称: 文号: 发布机构:), as the table
 * of a page's head has them; l->len when l opens with none. */
static size_t field_colon(const struct line *l)
{
    size_t han = 0;
    for (size_t at = 0, len; at < l->len; at += len) {
        uint32_t cp;
        len = zp_utf8_char(l->text + at, l->len - at, &cp);
        if (zp_is_han(cp) && han < FIELD_LABEL_HAN_MAX)
            han++;
        else
            return han > 0 && (cp == ':' || cp == 0xFF1A) ? at : l->len;
    }
    return l->len;
}

static bool opens_with_field(const struct line *l) { return field_colon(l) < l->len; }

/* A field's label alone with its colon, its value on the next line
 * (您所在的位置:, 来源:): no prose. */
static bool is_bare_field_label(const struct line *l)
{
    uint32_t last;
    zp_utf8_last(l->text, l->len, &last);
    return (last == ':' || last == 0xFF1A) && l->f.chars <= FIELD_LABEL_HAN_MAX + 1 && opens_with_field(l);
}

/* A headline that names its place before a colon (东海:市农业农村局督查组
 * 来我县…): a field's label of a word or two, its colon at colon, and a
 * value as long as a title, with a function character, as a field's value
 * seldom has. */
static bool is_placed_headline(const struct line *l, size_t colon)
{
    enum { PLACED_VALUE_HAN_MIN = 2 * TITLE_HAN_MIN };
    size_t at = line_after_colon(l->text, l->len, colon);
    if (at == 0 || at >= l->len)
        return false;
    struct features value;
    line_measure(&value, l->text + at, l->len - at);
    return value.han >= PLACED_VALUE_HAN_MIN && line_function_chars(&value, l->text + at, l->len - at) > 0;
}

/* A title a template set as a list's item, over the page's date line set
 * as one too (• 某某区开展某某工作会 / • 发布时间:…), or over a paper's
 * note of where it was published or its authors ((原文发表于《某某》…) /
 * 某某 某某), or over a lead that opens with its dateline (• 某某 某某 /
 * 某某网讯(记者 某某) 近日,…): of a title's shape after its bullet. */
static bool is_bulleted_title(const struct document *d, size_t i)
{
    const struct line *l = &d->lines[i];
    size_t bullet = l->rule ? 0 : line_bullet_len(l), next = next_nonblank(d, i);
    if (bullet == 0 || next == d->count)
        return false;
    const struct line *under = &d->lines[next];
    if (!(is_rule(under, "publication") || is_rule(under, "date") ||
          ((is_rule(under, "caption") || is_rule(under, "author")) && line_bullet_len(under) == 0) ||
          (!under->rule && line_opens_as_lead(under))))
        return false;
    struct line rest = *l;
    rest.text += bullet;
    rest.len -= bullet;
    line_measure(&rest.f, rest.text, rest.len);
    size_t colon;
    return line_may_be_title(&rest) && !line_is_page_data(&rest) &&
           ((colon = field_colon(&rest)) == rest.len || is_placed_headline(&rest, colon));
}

/* A title with its date before it (2025.03.04 某某社区…研究报告), which
 * the date's rule dropped: 12 Han characters or more of a title's shape
 * after the date, no names.  Their class and Han characters. */
static bool is_dated_title(const struct line *l, enum line_class *cls, uint32_t *han)
{
    /* a date stamp before a shorter line is a list's entry (2025-03-04
     * 某某会议召开) more often than a title */
    enum { DATED_TITLE_HAN_MIN = 12 };
    size_t date = l->f.han >= DATED_TITLE_HAN_MIN ? zp_date_stamp(l->text, l->len) : 0;
    if (date == 0 || date >= l->len)
        return false;
    struct line rest = {.text = l->text + date, .len = l->len - date};
    const char *rule;
    line_measure(&rest.f, rest.text, rest.len);
    rest.cls = line_classify(&rest, &rule);
    if (rest.f.han < DATED_TITLE_HAN_MIN || !line_may_be_title(&rest) || zp_is_names_row(rest.text, rest.len))
        return false;
    *cls = rest.cls;
    *han = rest.f.han;
    return true;
}

/* The 《 》 that s[0, n) leaves open: more than 0 when a book title's
 * name runs on past its end. */
static int open_book_titles(const unsigned char *s, size_t n)
{
    int open = 0;
    for (const unsigned char *p = s; (p = memchr(p, 0xE3, (size_t)(s + n - p))) != NULL; p++)
        if (p + 2 < s + n && p[1] == 0x80)
            open += (p[2] == 0x8A) - (p[2] == 0x8B); /* 《 》 */
    return open;
}

/* Whether s[0, n) ends in the word a paper's title ends in, the kind of
 * study it is (…的分析, …路径研究, …对策探析). */
static bool ends_as_study(const unsigned char *s, size_t n)
{
    static const char *const study_words[] = {"研究", "分析", "探析", "探究", "浅析", "初探", "评估", "对策", "對策"};
    for (size_t k = 0; k < sizeof study_words / sizeof study_words[0]; k++)
        if (zp_ends_with(s, n, study_words[k]))
            return true;
    return false;
}

/* The rest of a title that broke over two lines: a short line with no mark
 * under it that ends in the kind of document it titles (督查报告, 工作总结)
 * or of study (…的分析). */
static bool is_title_tail(const struct line *title, const struct line *l)
{
    /* the kind of document and a word before it (工作总结, 专项督查报告) */
    enum { TITLE_TAIL_MAX = 10 };
    const struct features *f = &l->f;
    if (l->rule || title->f.end != END_NONE || f->end == END_SENTENCE || line_is_numbered(l) ||
        title->f.chars + f->chars > SHORT_MAX)
        return false;
    /* a document's name in 《》 that the title's line broke (转发《某某关于
     * 做好 / 某某工作的实施意见》的通知) */
    if (open_book_titles(title->text, title->len) > 0 && open_book_titles(l->text, l->len) < 0)
        return true;
    if (f->end != END_NONE || f->chars > TITLE_TAIL_MAX || f->han < 2 || f->han != f->chars ||
        zp_is_heading_word(l->text, l->len))
        return false;
    /* a study's kind with a function character before it (…调查的分析),
     * as a journal's name ending in one has none (某某传媒研究) */
    if (keywords_end(l->text, l->len, KW_GENRE) != KW_NONE)
        return true;
    struct features counted = l->f;
    return ends_as_study(l->text, l->len) && line_function_chars(&counted, l->text, l->len) > 0;
}

/* Whether line l ends in a place of the grass roots (社区 街道 村 镇 乡). */
static bool ends_as_grass_roots(const struct line *l)
{
    static const char *const places[] = {"社区", "社區", "街道", "村", "镇", "鎮", "乡", "鄉"};
    for (size_t k = 0; k < sizeof places / sizeof places[0]; k++)
        if (zp_ends_with(l->text, l->len, places[k]))
            return true;
    return false;
}

/* An e-paper's headline set in two lines, the first naming its subject,
 * a place of the grass roots, the second what it did (某某区某某社区 /
 * 开展矛盾纠纷入户排查): the first alone on its line right above the
 * second, Han characters alone with no function character, ending in 社区
 * 街道 村 镇 乡, and both of a title's length together. */
static bool is_subject_line(const struct line *l, const struct line *title)
{
    enum { SUBJECT_HAN_MAX = 12 };
    if (l->rule || l->cls == CLASS_BAD || l->f.han != l->f.chars || l->f.han > SUBJECT_HAN_MAX ||
        title->f.end != END_NONE || l->f.chars + title->f.chars > SHORT_MAX)
        return false;
    struct features counted = l->f;
    return ends_as_grass_roots(l) && line_function_chars(&counted, l->text, l->len) == 0;
}

/* Whether the page repeats line i's text further down. */
static bool is_repeated_below(const struct document *d, size_t i)
{
    const struct line *l = &d->lines[i];
    for (size_t j = i + 1; j < d->count; j++)
        if (d->lines[j].len == l->len && memcmp(d->lines[j].text, l->text, l->len) == 0)
            return true;
    return false;
}

/* Whether line i is one of a list of headlines: the lines right above and
 * below it, no blank between, are of a title's shape too. */
static bool is_listed_headline(struct document *d, size_t i)
{
    return i > 0 && i + 1 < d->count && !d->lines[i - 1].rule && !d->lines[i + 1].rule &&
           may_be_title(&d->lines[i - 1]) && may_be_title(&d->lines[i + 1]);
}

/* An e-paper lists the headlines of its page above the article, its title
 * among them, and sets the title again over the text (标题导航 / … / 雨水灌入
 * 小区 社区紧急抢险 / 清理绿化垃圾… / … / 2019年8月2日 / 雨水灌入小区 社区紧急
 * 抢险 / 本报8月1日讯…): of a title chosen in such a list, the copy under it
 * with prose right below and no prose between is the title.  best when
 * there is none. */
static size_t copy_over_text(struct document *d, size_t best)
{
    const struct line *t = &d->lines[best];
    if (!is_listed_headline(d, best))
        return best;
    for (size_t j = best + 1; j < d->count; j++) {
        const struct line *l = &d->lines[j];
        if (l->cls == CLASS_GOOD && !l->rule)
            return best;
        if (l->len != t->len || memcmp(l->text, t->text, t->len) != 0)
            continue;
        size_t text = next_nonblank(d, j);
        return text < d->count && !d->lines[text].rule && d->lines[text].cls == CLASS_GOOD ? j : best;
    }
    return best;
}

/* A page in English has its title in Latin letters: with no title in Han
 * characters, the first line among the head's that reads as one, four
 * words or more opening with a capital, no Han character, no full stop at
 * its end nor a sentence's inside, no comma at its end, and no rule of
 * chrome (The integration of … in China: a case study …); not a journal's
 * name (International Journal for …), an author with an affiliation in
 * brackets (SHI Yan(… College, …)) nor a paragraph. d->count when none
 * does. */
static size_t latin_title(const struct document *d)
{
    enum { LATIN_TITLE_MIN = 20, LATIN_TITLE_MAX = 250, LATIN_WORDS_MIN = 4, LATIN_LOOK = 12 };
    for (size_t i = 0, looked = 0; i < d->count && looked < LATIN_LOOK; i++) {
        const struct line *l = &d->lines[i];
        if (l->cls == CLASS_BLANK)
            continue;
        looked++;
        if (l->rule || l->cls == CLASS_GOOD || l->f.han > 0 || l->f.chars < LATIN_TITLE_MIN ||
            l->f.chars > LATIN_TITLE_MAX || !(l->text[0] >= 'A' && l->text[0] <= 'Z') || l->text[l->len - 1] == '.' ||
            l->text[l->len - 1] == ',' || memchr(l->text, '(', l->len) || memmem(l->text, l->len, "Journal", 7) ||
            memmem(l->text, l->len, ". ", 2))
            continue;
        size_t words = 1;
        for (size_t at = 1; at < l->len; at++)
            words += l->text[at] == ' ' && l->text[at - 1] != ' ';
        if (words >= LATIN_WORDS_MIN)
            return i;
    }
    return d->count;
}

/* How well a line stands for the title: its Han characters, with those of
 * its broken-off rest (…重点工作 / 督查报告), and more when the page
 * repeats it or a subtitle or the article's date line follows it. */
static size_t title_score(const struct document *d, size_t i)
{
    const struct line *l = &d->lines[i];
    size_t score = l->f.han < TITLE_HAN_SCORED ? l->f.han : TITLE_HAN_SCORED;
    if (is_repeated_below(d, i))
        score += TITLE_REPEATED_SCORE;
    size_t next = next_nonblank(d, i);
    if (next < d->count && is_title_tail(l, &d->lines[next])) {
        score += d->lines[next].f.han;
        if (score > TITLE_HAN_SCORED)
            score = TITLE_HAN_SCORED;
    }
    if (next < d->count && opens_subtitle(&d->lines[next]))
        score += TITLE_SUBTITLED_SCORE;
    /* an article's date, source or byline stands right under its title
     * (时间：… 来源：…), not under a site's slogan or a caption */
    if (!l->rule && next < d->count &&
        (is_rule(&d->lines[next], "publication") || is_rule(&d->lines[next], "date") ||
         is_rule(&d->lines[next], "byline") ||
         /* the date and time in a line of other chrome (©原创 2023-08-03 16:51 阅读:0) */
         (d->lines[next].rule && line_is_page_data(&d->lines[next]))))
        score += TITLE_DATED_SCORE;
    return score;
}

/* Whether line i, a quotation whole, opens a dialogue: the line under it
 * opens with a quotation mark too (“听说了吗？…回来了！” / “啥？！她不是…”),
 * as a feature's first lines may, where a title quotes once. */
static bool opens_dialogue(const struct document *d, size_t i)
{
    const struct line *l = &d->lines[i];
    /* “ and 「 open with E2 and E3: most candidates with neither */
    if (l->text[0] != 0xE2 && l->text[0] != 0xE3)
        return false;
    uint32_t first, last, next_first;
    zp_utf8_char(l->text, l->len, &first);
    zp_utf8_last(l->text, l->len, &last);
    if (!zp_is_opening_quote(first) || !zp_is_closing_quote(last))
        return false;
    size_t next = next_nonblank(d, i);
    if (next == d->count)
        return false;
    const struct line *under = &d->lines[next];
    zp_utf8_char(under->text, under->len, &next_first);
    return zp_is_opening_quote(next_first);
}

/* A paper sets its headline as a group: a kicker over the main title or a
 * deck under it, which say plainly what the main title says in a figure
 * of speech, some of its words in quotation marks (学习贯彻… / 幸福食堂开启幸福“食”光,
 * “小厕所”改出“大民生” / 某某镇计划7月底前完成近2000座户厕改造).  When
 * the line chosen by its length has such a title right beside it, two
 * thirds of its length or less, and no third line of a title's shape
 * beyond, the main title is that one; not when the page repeats the
 * chosen line, which names it its title, nor when the line beside it is a
 * quotation whole, someone's words, as a feature opens with them. */
static size_t main_of_headline(struct document *d, size_t best)
{
    const struct line *chosen = &d->lines[best];
    size_t sides[2] = {previous_nonblank(d, best), next_nonblank(d, best)};
    for (int k = 0; k < 2; k++) {
        size_t j = sides[k];
        if (j >= d->count)
            continue;
        struct line *l = &d->lines[j];
        if (l->rule || 3 * l->f.han > 2 * chosen->f.han || !memmem(l->text, l->len, "“", 3) || !may_be_title(l) ||
            opens_subtitle(l) || zp_is_quotation(l->text, l->len))
            continue;
        size_t beyond = k == 0 ? previous_nonblank(d, j) : next_nonblank(d, j);
        if ((beyond < d->count && !d->lines[beyond].rule && may_be_title(&d->lines[beyond])) ||
            is_repeated_below(d, best))
            return best;
        return j;
    }
    return best;
}

/* a[0, an) and b[0, bn) are the same text but for spaces. */
static bool same_but_spaces(const unsigned char *a, size_t an, const unsigned char *b, size_t bn)
{
    size_t i = 0, j = 0;
    for (;;) {
        while (i < an && a[i] == ' ')
            i++;
        while (j < bn && b[j] == ' ')
            j++;
        if (i == an || j == bn)
            return i == an && j == bn;
        if (a[i++] != b[j++])
            return false;
    }
}

/* Whether the text t, spaces aside, is a's text and then b's: a title
 * a document's head sets again in two lines. */
static bool joins_to(const unsigned char *t, size_t tn, const struct line *a, const struct line *b)
{
    const struct line *parts[] = {a, b};
    size_t i = 0;
    for (size_t p = 0; p < 2; p++) {
        const unsigned char *s = parts[p]->text;
        size_t n = parts[p]->len, j = 0;
        for (;;) {
            while (i < tn && t[i] == ' ')
                i++;
            while (j < n && s[j] == ' ')
                j++;
            if (j == n)
                break;
            if (i == tn || t[i++] != s[j++])
                return false;
        }
    }
    while (i < tn && t[i] == ' ')
        i++;
    return i == tn;
}

/* The title again in the document's head, broken over two lines (关于深化
 * 某某建设加强和完善 / 城乡社区治理的实施意见), above its text: both go.
 * A title and its subtitle (某某 / ——某某) are another matter: the head
 * and its deck, set as the text sets them. */
static void drop_split_title_copy(struct document *d, size_t title, size_t from)
{
    enum { COPY_LOOK = 8 };
    const struct line *t = &d->lines[title];
    size_t a = from;
    for (size_t seen = 0; a < d->count && seen < COPY_LOOK; seen++) {
        const struct line *l = &d->lines[a];
        if (l->cls == CLASS_GOOD && !l->rule)
            return;
        size_t b = next_nonblank(d, a);
        if (b == d->count)
            return;
        if (l->len < t->len && d->lines[b].len < t->len && l->f.han > 1 && d->lines[b].f.han > 1 &&
            !opens_subtitle(&d->lines[b]) && joins_to(t->text, t->len, l, &d->lines[b])) {
            set_bad(&d->lines[a], "repeat");
            set_bad(&d->lines[b], "repeat");
            return;
        }
        a = b;
    }
}

/* Where the title's text starts after a column's tag in brackets that
 * opens its line ([新春走基层] 某某, 【某某】某某); 0 when none does. */
static size_t after_opening_tag(const struct line *l)
{
    static const char *const closings[] = {"]", "\xE3\x80\x91" /* 】 */, "\xE3\x80\x95" /* 〕 */};
    if (!l->f.bracketed)
        return 0;
    for (size_t k = 0; k < sizeof closings / sizeof closings[0]; k++) {
        const unsigned char *close = memmem(l->text, l->len, closings[k], strlen(closings[k]));
        if (close)
            return (size_t)(close - l->text) + strlen(closings[k]);
    }
    return 0;
}

/* A roster's line: a role of one to ten Han characters, spaced to a
 * table's width or not, a colon and names (某某村村委会主任:王某某, 委员:张某、
 * 李某, 顾 问:王某某 林某某), as an election's result or a working group's
 * members are set out: the text's own. */
static bool is_roster_line(const struct line *l)
{
    enum { ROLE_HAN_MAX = 10 };
    const unsigned char *s = l->text;
    size_t n = l->len, at = 0, han = 0;
    if (l->f.chars > SHORT_MAX)
        return false;
    bool spaced = l->f.seen & SEEN_SPACE;
    while (at < n && han <= ROLE_HAN_MAX) {
        if (at + 3 <= n && s[at] >= 0xE4 && s[at] <= 0xE9)
            at += 3, han++;
        else if (spaced && s[at] == ' ' && han > 0)
            at++;
        else
            break;
    }
    if (han == 0 || han > ROLE_HAN_MAX || (at = line_after_colon(s, n, at)) == 0)
        return false;
    return at < n && zp_is_names_row(s + at, n - at);
}

/* Opens with 原 (E5 8E 9F), as a repost's note of its original title
 * does: looked at, by its bytes, on every line that may hold one. */
static inline bool opens_with_original(const struct line *l)
{
    return l->len > 2 && l->text[0] == 0xE5 && l->text[1] == 0x8E && l->text[2] == 0x9F;
}

/* A repost's note of the title it was first published under (原标题：
 * 某某…), of a title's length. */
static bool is_original_title(const struct line *l)
{
    static const char *const labels[] = {"原标题", "原標題"};
    enum { LABEL_BYTES = 9 };
    if (l->len <= LABEL_BYTES || l->f.han < TITLE_HAN_MIN || l->f.chars > SHORT_MAX || l->f.end == END_SENTENCE)
        return false;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        if (zp_starts_with(l->text, l->len, 0, labels[i]) &&
            (zp_starts_with(l->text, l->len, LABEL_BYTES, ":") || zp_starts_with(l->text, l->len, LABEL_BYTES, "：")))
            return true;
    return false;
}

/* A site's name and a column's words before the first words of the
 * title, which the next line gives whole (某某在线 新闻资讯 传承民族文化,… /
 * 传承民族文化,…进社区活动), or before the whole title, glued to the last of
 * them (首页 某某新闻 某某新闻水西门… / 水西门…): the page's trail of crumbs,
 * no title.  A column's tag in brackets before the whole title ([新春走基
 * 层] 某某) is the title's line, the one under it its echo. */
static bool is_crumbs_over_title(const struct document *d, size_t i)
{
    enum { SHOWN_BYTES_MIN = 3 * 8 };
    const struct line *l = &d->lines[i];
    size_t next = next_nonblank(d, i);
    if (next >= d->count || l->f.bracketed)
        return false;
    const struct line *t = &d->lines[next];
    size_t indent = line_indent_len(t->text, t->len), whole = t->len - indent;
    size_t set_in = line_indent_len(l->text, l->len);
    if (whole >= SHOWN_BYTES_MIN && set_in + whole < l->len &&
        memcmp(l->text + l->len - whole, t->text + indent, whole) == 0 &&
        memchr(l->text + set_in, ' ', l->len - whole - set_in) != NULL)
        return true;
    for (size_t at = line_indent_len(l->text, l->len); at < l->len; at++) {
        if (l->text[at] != ' ')
            continue;
        size_t from = at;
        while (from < l->len && l->text[from] == ' ')
            from++;
        size_t shown = l->len - from;
        if (shown >= SHOWN_BYTES_MIN && shown <= t->len - indent && memcmp(l->text + from, t->text + indent, shown) == 0)
            return true;
        at = from;
    }
    return false;
}

/* Where the title is looked for first: under the page's path to its
 * article (当前位置：首页 > … > 正文), as what stands above that is the
 * site's, its menus and other pages' headlines. */
static size_t under_crumbs(const struct document *d, size_t head_end)
{
    size_t under = 0;
    for (size_t i = 0; i < head_end; i++)
        if (d->lines[i].f.start == KW_BREADCRUMB && is_rule(&d->lines[i], "breadcrumb"))
            under = i + 1;
    return under;
}

/* A wire's dateline and headline alone on a line, no sentence after the
 * headline (某某社北京6月27日电 题：某某中的暖心故事). */
static bool is_wire_headline(const struct line *l)
{
    size_t at = l->rule ? 0 : line_wire_title(l->text, l->len);
    if (at == 0 || at >= l->len)
        return false;
    struct features rest;
    line_measure(&rest, l->text + at, l->len - at);
    return rest.stops == 0 && rest.end != END_SENTENCE && rest.han >= TITLE_HAN_MIN && rest.chars <= SHORT_MAX;
}

/* Whether line i stands in a menu: the lines right above and below it, no
 * blank between, are a menu's words too, eight characters at most and no
 * mark (首页 / 某某所概况 / 研究人员 / 科研成果): no title. */
static bool stands_in_menu(const struct document *d, size_t i)
{
    enum { MENU_WORD_MAX = 8 };
    if (i == 0 || i + 1 >= d->count || d->lines[i].f.chars > MENU_WORD_MAX)
        return false;
    for (size_t k = i - 1; k <= i + 1; k += 2) {
        const struct line *l = &d->lines[k];
        if (l->cls == CLASS_BLANK || l->f.chars > MENU_WORD_MAX || l->f.stops + l->f.commas > 0 ||
            l->f.end != END_NONE)
            return false;
    }
    return true;
}

/* The title is chosen among the lines above the first paragraph, not
 * taken as the first line that is no chrome; a page may have none.  What
 * stands above it is the page's masthead and navigation.  Returns the
 * index after the title and its subtitle (0 without a title). */
/* Whether a site's menu from 首页 stands right under line i (立足西部 走向
 * 世界 / 首页 要闻中心 …): the site's slogan or name, no title. */
static bool stands_over_menu(const struct document *d, size_t i)
{
    size_t next = next_nonblank(d, i);
    if (next == d->count)
        return false;
    const struct line *menu = &d->lines[next];
    return (menu->f.seen & SEEN_SPACE) &&
           (starts_with(menu->text, menu->len, "首页 ") || starts_with(menu->text, menu->len, "首頁 "));
}

/* Whether line i is the first words of the first paragraph under it, a
 * line of a title's shape between them, as a site that titles its pages
 * from their text sets them over the real headline (十九大报告中提出 / … /
 * 全市首家某某挂牌 / 十九大报告中提出,党的基层组织…): no title. */
static bool opens_the_lead(struct document *d, size_t i)
{
    const struct line *l = &d->lines[i];
    size_t lead = next_nonblank(d, i);
    while (lead < d->count && d->lines[lead].cls != CLASS_GOOD)
        lead = next_nonblank(d, lead);
    if (lead == d->count || d->lines[lead].len <= l->len || memcmp(d->lines[lead].text, l->text, l->len) != 0)
        return false;
    for (size_t k = next_nonblank(d, i); k < lead; k = next_nonblank(d, k))
        if (!d->lines[k].rule && may_be_title(&d->lines[k]))
            return true;
    return false;
}

/* Whether line i is the value of a table's label alone on the line above
 * it, no colon (发文机构 / 某某县人民政府办公室, 发布日期 / …), as a
 * government page sets its fields in cells: no title. */
static bool is_labels_value(const struct document *d, size_t i)
{
    enum { LABEL_CHARS_MAX = 6 };
    size_t above = previous_nonblank(d, i);
    if (above >= d->count)
        return false;
    const struct line *label = &d->lines[above];
    return label->f.chars <= LABEL_CHARS_MAX && label->f.han == label->f.chars &&
           (is_rule(label, "publication") || is_rule(label, "date"));
}

/* Whether l is a sentence in quotation marks and nothing else (“…还是你。”),
 * as a story opens with what someone said: text, which chrome never is. */
static bool is_quoted_sentence(const struct line *l)
{
    uint32_t first = 0, last = 0, stop = 0;
    size_t indent = line_indent_len(l->text, l->len), last_len = zp_utf8_last(l->text, l->len, &last);
    zp_utf8_char(l->text + indent, l->len - indent, &first);
    zp_utf8_last(l->text, l->len - last_len, &stop);
    return first == 0x201C && last == 0x201D && zp_is_sentence_end(stop);
}

/* Whether line i is the label of a table's date, alone on its line over
 * the date alone (发表/出版时间 / 2014年01月15日), as a database's record
 * sets its fields in cells: no title. */
static bool is_dates_label(const struct document *d, size_t i)
{
    enum { DATE_LABEL_CHARS_MAX = 8 };
    const struct line *l = &d->lines[i];
    if (l->f.chars > DATE_LABEL_CHARS_MAX ||
        !(zp_ends_with(l->text, l->len, "时间") || zp_ends_with(l->text, l->len, "時間") ||
          zp_ends_with(l->text, l->len, "日期")))
        return false;
    size_t below = next_nonblank(d, i);
    return below < d->count && zp_date_stamp(d->lines[below].text, d->lines[below].len) == d->lines[below].len;
}

/* Whether l opens with the label of a paper's first or last part and a
 * colon (引言:某某政策的背景与意义, 结语:…): the heading of that part, as a
 * page that holds a part alone opens with it, no title. */
static bool opens_with_part_label(const struct line *l)
{
    static const char *const labels[] = {"引言", "前言", "导言", "導言", "绪论", "緒論", "序言", "结语", "結語",
                                         "结论", "結論", "结束语", "結束語", "小结", "小結", "后记", "後記"};
    /* the colon first, after two or three Han characters: most
     * candidates have none there */
    size_t label = l->len > 6 && line_after_colon(l->text, l->len, 6) > 0   ? 6
                   : l->len > 9 && line_after_colon(l->text, l->len, 9) > 0 ? 9
                                                                            : 0;
    if (label == 0)
        return false;
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
        if (strlen(labels[k]) == label && memcmp(l->text, labels[k], label) == 0)
            return true;
    return false;
}

/* A count in brackets after a line's words, as a page numbers the pictures
 * it names alike (某某标题(2)): (999) or （999） at most. */
enum { COUNT_DIGITS_MAX = 3, COUNT_BYTES_MAX = 3 + COUNT_DIGITS_MAX + 3 };

/* The bytes of a line but for a count in brackets that ends it: l->len
 * when none. */
static size_t uncounted_len(const struct line *l)
{
    const unsigned char *s = l->text;
    size_t n = l->len, close = n >= 1 && s[n - 1] == ')' ? 1 : zp_ends_with(s, n, "\xEF\xBC\x89") ? 3 : 0; /* ） */
    if (close == 0)
        return n;
    size_t at = n - close, digits = 0;
    while (at > 0 && digits <= COUNT_DIGITS_MAX && zp_is_ascii_digit(s[at - 1]))
        at--, digits++;
    if (digits == 0 || digits > COUNT_DIGITS_MAX)
        return n;
    if (at >= 1 && s[at - 1] == '(')
        return at - 1;
    return zp_ends_with(s, at, "\xEF\xBC\x88") ? at - 3 : n; /* （ */
}

/* Whether more than half the pairs of Han characters side by side in line
 * upper stand in the title under it and the text that follows: a
 * headline's first line speaks of what the article does (中共中央办公厅印发
 * 意见 over 关于…的意见), a site's name or a button over the title of
 * nothing in it (某某网移动版, 退出长者模式). */
static bool speaks_of_text(const struct document *d, size_t upper, size_t title)
{
    enum { TEXT_LOOK_BYTES = 3 * 200 };
    const struct line *u = &d->lines[upper];
    /* the pairs counted first, so that the look ends once more than half
     * are found, or half are not */
    size_t pairs = 0, found = 0, missed = 0;
    for (int counting = 1; counting >= 0; counting--) {
        uint32_t before = 0;
        for (size_t at = 0, len, before_at = 0; at < u->len; before_at = at, at += len) {
            uint32_t cp;
            len = zp_utf8_char(u->text + at, u->len - at, &cp);
            bool pair = zp_is_han(cp) && zp_is_han(before);
            before = cp;
            if (!pair)
                continue;
            if (counting) {
                pairs++;
                continue;
            }
            bool seen = false;
            for (size_t i = title + 1, looked = 0; i < d->count && looked < TEXT_LOOK_BYTES && !seen; i++) {
                const struct line *l = &d->lines[i];
                if (l->cls == CLASS_BLANK || l->rule)
                    continue;
                size_t reach = l->len < TEXT_LOOK_BYTES - looked ? l->len : TEXT_LOOK_BYTES - looked;
                looked += reach;
                seen = memmem(l->text, reach, u->text + before_at, at + len - before_at) != NULL;
            }
            if (2 * (seen ? ++found : found) > pairs)
                return true;
            if (2 * (seen ? missed : ++missed) >= pairs)
                return false;
        }
    }
    return false;
}

/* Whether line upper, a candidate right over the title, is the headline's
 * first line: it speaks of the text, and it is no name alone (a place,
 * 某某区某某社区; a column, 社区治理专栏; a site, 某某新闻网) nor a copy of
 * a title a content farm counts (某某(1)). */
static bool is_headline_over(const struct document *d, size_t upper, size_t title)
{
    static const char *const names[] = {"区",   "區",   "县",   "縣",   "市",   "专栏", "專欄",
                                        "栏目", "欄目", "频道", "頻道", "专题", "專題"};
    const struct line *u = &d->lines[upper];
    if (uncounted_len(u) != u->len || ends_as_grass_roots(u) || keywords_end(u->text, u->len, KW_SITE) != KW_NONE)
        return false;
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (zp_ends_with(u->text, u->len, names[k]))
            return false;
    return speaks_of_text(d, upper, title);
}

/* The columns a line takes on screen: a Han character or a full-width
 * mark two, ASCII one.  By the bytes, as either takes three or one. */
static uint32_t line_width(const struct line *l)
{
    return l->f.chars + (uint32_t)(l->len - l->f.chars) / 2;
}

/* A column is 20 to 80 Han characters wide; its width is unknown till a
 * line asks. */
enum { COLUMN_WIDTH_MIN = 40, COLUMN_WIDTH_MAX = 160 };
static const uint32_t column_unknown = UINT32_MAX;

/* The width from which a line fills its page's column, when the page was
 * set in one (text from a PDF, wrapped at 28 characters whatever the
 * sentence): most of its prose lines end within a few columns of one
 * width, most of those in mid-sentence, which a page of whole paragraphs
 * or a list of sentences of one length never shows.  0 when the page
 * shows no such width. */
static uint32_t column_width(const struct document *d, size_t from)
{
    /* justified text ends within three characters of the column */
    enum { COLUMN_MIN = COLUMN_WIDTH_MIN, COLUMN_MAX = COLUMN_WIDTH_MAX, BAND = 6, FILLED_MIN = 6 };
    uint16_t at_width[COLUMN_MAX + 1] = {0}, broken_at_width[COLUMN_MAX + 1] = {0};
    size_t prose = 0, broken_total = 0;
    for (size_t i = from; i < d->count; i++) {
        const struct line *l = &d->lines[i];
        /* the pieces joined before a line asked count as they were; a
         * list's items end in no mark wherever the column is */
        if ((l->rule && !l->joined) || (l->cls != CLASS_GOOD && l->cls != CLASS_NEAR_GOOD))
            continue;
        uint32_t width = line_width(l);
        if (width < COLUMN_MIN || line_bullet_len(l) > 0)
            continue;
        prose++;
        if (width <= COLUMN_MAX && at_width[width] < UINT16_MAX) {
            at_width[width]++;
            broken_at_width[width] += l->f.end != END_SENTENCE;
            broken_total += l->f.end != END_SENTENCE;
        }
    }
    /* the band below needs a quarter of the prose in mid-sentence, which
     * a page of whole paragraphs has not: most pages stop here */
    if (prose < FILLED_MIN || 4 * broken_total <= prose || 2 * broken_total < FILLED_MIN)
        return 0;
    size_t best = 0, band = 0, broken = 0, best_broken = 0;
    uint32_t best_top = 0;
    for (uint32_t w = COLUMN_MIN; w <= COLUMN_MAX; w++) {
        band += at_width[w];
        broken += broken_at_width[w];
        if (w >= COLUMN_MIN + BAND + 1) {
            band -= at_width[w - BAND - 1];
            broken -= broken_at_width[w - BAND - 1];
        }
        if (band > best) {
            best = band;
            best_broken = broken;
            best_top = w;
        }
    }
    /* most of the prose fills the column, most of that in mid-sentence */
    return best >= FILLED_MIN && 2 * best > prose && 2 * best_broken > best ? best_top - BAND : 0;
}

/* Whether l fills the page's column to its end: the paragraph goes on
 * under it, whatever mark ends it.  The column is measured the first time
 * a line wide enough for one asks (*column is column_unknown till then):
 * most pages have none. */
static bool fills_column(const struct document *d, size_t from, const struct line *l, uint32_t *column)
{
    if (l->title || (l->cls != CLASS_GOOD && l->cls != CLASS_NEAR_GOOD) || l->f.bracketed ||
        l->f.label != ZP_LABEL_NONE || line_width(l) < COLUMN_WIDTH_MIN || line_width(l) > COLUMN_WIDTH_MAX)
        return false;
    if (*column == column_unknown)
        *column = column_width(d, from);
    return *column > 0 && line_width(l) >= *column;
}

/* Whether l was dropped as a labelled part of a paper's head or an
 * affiliation: no site's chrome, which a prompt may follow (认证账号). */
static bool is_head_part(const struct line *l)
{
    static const char *const parts[] = {"affiliation", "keywords", "fund", "classification",
                                        "doi", "received", "bio", "label"};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        if (is_rule(l, parts[i]))
            return true;
    return false;
}

/* Whether line i, prose that breaks off, fills the page's column: a
 * piece of a paragraph wrapped there (…在资金支持、人才交流、设施建设、消费帮 /
 * 扶等方面积极与利川市对接,搭建起行之有效的帮扶工作 / …), no title, whatever
 * its length; *column as fills_column keeps it. */
static bool is_wrapped_piece(const struct document *d, size_t i, uint32_t *column)
{
    /* justified text ends within three characters of the column: a line
     * of another width beside it tells first, without the page's look */
    enum { JUSTIFIED_SPREAD = 6 };
    const struct line *l = &d->lines[i];
    if (l->f.commas + l->f.stops == 0 || l->f.end == END_SENTENCE)
        return false;
    uint32_t width = line_width(l);
    size_t sides[2] = {previous_nonblank(d, i), next_nonblank(d, i)};
    bool beside = false;
    for (int k = 0; k < 2 && !beside; k++)
        if (sides[k] < d->count) {
            uint32_t other = line_width(&d->lines[sides[k]]);
            beside = other + JUSTIFIED_SPREAD >= width && width + JUSTIFIED_SPREAD >= other;
        }
    return beside && fills_column(d, 0, l, column);
}

static size_t choose_title(struct document *d, size_t head_end)
{
    size_t best = d->count, best_score = 0, looked = 0, original = d->count;
    /* a candidate the line before the best, the headline's first line a
     * paper sets over it (东源各乡镇…挂牌成立 / 积极发挥社工优势 打通…) */
    size_t over_best = d->count, last_seen = d->count;
    bool last_candidate = false;
    enum line_class dated_class = CLASS_SHORT; /* of the best, when a date opens it */
    uint32_t column = column_unknown;
    /* from the top again when nothing under the path could be the title */
    for (size_t from = under_crumbs(d, head_end);; from = 0) {
        for (size_t i = from; i < head_end && looked < TITLE_LOOK; i++) {
            struct line *l = &d->lines[i];
            if (l->cls == CLASS_BLANK)
                continue;
            if (original == d->count && opens_with_original(l) && is_original_title(l))
                original = i;
            /* a menu's words (工作总结, 心得体会, …), forty of them on a
             * content farm, are too short for a title and do not use up the
             * look */
            if (l->f.han >= TITLE_HAN_MIN)
                looked++;
            enum line_class rest_class = CLASS_BLANK;
            uint32_t rest_han = 0;
            /* a subtitle (—— …) is never the title: the line above it is */
            bool candidate = !l->rule && may_be_title(l) && !opens_subtitle(l) && !line_is_page_data(l) &&
                             !is_outlet_over_date(d, i) && !is_outlet_over_byline(d, i) && !opens_dialogue(d, i) &&
                             !stands_in_menu(d, i) &&
                             !opens_the_lead(d, i) && !stands_over_menu(d, i) && !opens_with_part_label(l) &&
                             !is_labels_value(d, i) && !is_dates_label(d, i) && !is_wrapped_piece(d, i, &column) &&
                             !is_item_over_sibling(d, i);
            if (!candidate && is_rule(l, "date"))
                candidate = is_dated_title(l, &rest_class, &rest_han);
            /* a wire's dateline and its headline alone above any other
             * candidate (某某社北京6月27日电 题：某某): the headline, its head
             * cut by trim_title; under the title it is the title's echo */
            candidate = candidate || (best == d->count && is_wire_headline(l));
            candidate = candidate || is_bulleted_title(d, i);
            if (candidate && (l->f.seen & SEEN_SPACE) && is_crumbs_over_title(d, i)) {
                set_bad(l, "breadcrumb");
                candidate = false;
            }
            if (!candidate) {
                /* the title comes before the text: prose after a candidate
                 * (a notice's fields, a post's first lines) ends the look,
                 * and a longer line further down is no title */
                if (best < d->count && !l->rule && (l->cls == CLASS_GOOD || l->cls == CLASS_NEAR_GOOD) &&
                    !opens_subtitle(l) && !is_kicker(d, i) && !is_bare_field_label(l))
                    break;
                last_candidate = false;
                last_seen = i;
                continue;
            }
            size_t score = title_score(d, i);
            if (rest_class != CLASS_BLANK) /* the date's characters are none of the title's */
                score -= (l->f.han < TITLE_HAN_SCORED ? l->f.han : TITLE_HAN_SCORED) -
                         (rest_han < TITLE_HAN_SCORED ? rest_han : TITLE_HAN_SCORED);
            /* nor is a roster's line (副主任:张某 李某 王某, 编委会主任:陈某某),
             * looked at only where it would win and sets names apart or is
             * short enough for one */
            enum { ONE_NAME_ROSTER_MAX = 16 };
            if (score > best_score &&
                !(((l->f.seen & SEEN_SPACE) || l->f.commas > 0 || l->f.chars <= ONE_NAME_ROSTER_MAX) &&
                  is_roster_line(l))) {
                best = i;
                best_score = score;
                dated_class = rest_class;
                over_best = last_candidate ? last_seen : d->count;
            }
            last_candidate = true;
            last_seen = i;
        }
        if (best < d->count || from == 0)
            break;
        looked = 0;
        last_candidate = false;
    }
    if (best < d->count) {
        size_t copy = copy_over_text(d, best);
        if (copy != best) {
            d->lines[copy].rule = NULL;
            best = copy;
        } else {
            best = main_of_headline(d, best);
        }
    }
    /* a page that shows no title of its own may show the one it was
     * first published under (原标题：…), which is its title then: at its
     * head, or under its text, where the lines above it stay */
    for (size_t i = head_end; best == d->count && original == d->count && i < d->count; i++)
        if (opens_with_original(&d->lines[i]) && is_original_title(&d->lines[i])) {
            d->lines[i].rule = NULL;
            d->lines[i].cls = CLASS_SHORT;
            d->lines[i].title = true;
            return 0;
        }
    if (best == d->count && original < d->count) {
        best = original;
        d->lines[best].rule = NULL;
        d->lines[best].cls = CLASS_SHORT;
    }
    if (best == d->count && (best = latin_title(d)) < d->count)
        d->lines[best].cls = CLASS_SHORT;
    if (best == d->count)
        return 0;
    if (dated_class != CLASS_BLANK) {
        /* the date that opened it is cut from it below */
        d->lines[best].rule = NULL;
        d->lines[best].cls = dated_class;
    }
    /* a title that broke inside a document's name in 《》 begins on the
     * line above, which opened it (转发《某某关于做好 / 某某的实施意见》的
     * 通知): its second line joins it below */
    size_t predicate = d->count; /* the title's second line, when its first names its subject */
    for (size_t above = best; above-- > 0;) {
        const struct line *l = &d->lines[above];
        if (l->cls == CLASS_BLANK)
            continue;
        if (!l->rule && l->cls != CLASS_BAD && open_book_titles(l->text, l->len) > 0 &&
            is_title_tail(l, &d->lines[best])) {
            best = above;
        } else if (above + 1 == best && is_subject_line(l, &d->lines[best])) {
            predicate = best;
            best = above;
        }
        break;
    }
    /* the lines above the title are its page's: a site's name, the
     * page's other headlines; but a headline's first line, a candidate
     * itself right over it, stays with it */
    size_t first = over_best < best && previous_nonblank(d, best) == over_best && predicate == d->count &&
                           !same_but_spaces(d->lines[over_best].text, d->lines[over_best].len, d->lines[best].text,
                                            d->lines[best].len) &&
                           is_headline_over(d, over_best, best)
                       ? over_best
                       : best;
    for (size_t i = 0; i < first; i++)
        if (d->lines[i].cls != CLASS_BLANK)
            set_bad(&d->lines[i], "before-title");
    if (first < best) {
        d->lines[first].title = true;
        trim_title(d, first);
    }
    d->lines[best].title = true;
    trim_title(d, best);
    size_t next = next_nonblank(d, best);
    /* the title again, once or more, as it is (no paragraph broken in
     * two), a space set in it or taken out (我国 社区矫正中的…), or without
     * the column's tag before it */
    const struct line *title = &d->lines[best];
    size_t tag = after_opening_tag(title);
    while (next < d->count && !d->lines[next].rule &&
           (((d->lines[next].f.seen | title->f.seen) & SEEN_SPACE) || tag > 0 || d->lines[next].len == title->len) &&
           same_but_spaces(title->text + tag, title->len - tag, d->lines[next].text, d->lines[next].len)) {
        set_bad(&d->lines[next], "repeat");
        next = next_nonblank(d, next);
    }
    if (next < d->count && (next == predicate || is_title_tail(&d->lines[best], &d->lines[next]))) {
        d->lines[next].rule = "broken";
        d->lines[next].joined = true;
        next = next_nonblank(d, next);
    }
    drop_split_title_copy(d, best, next);
    if (next < d->count && !d->lines[next].rule && opens_subtitle(&d->lines[next])) {
        d->lines[next].title = true;
        return next + 1;
    }
    return best + 1;
}

/* An author's office without the name (某某街道某某社区党委副书记): short,
 * no mark, no function character, ending in a position. */
static bool is_office(struct line *l)
{
    /* a district's, a street's and a community's names and a position
     * (某某区某某街道某某社区党委副书记) run to 24 characters */
    enum { OFFICE_MAX = 24 };
    return l->f.chars <= OFFICE_MAX && l->f.end == END_NONE && l->f.commas + l->f.stops == 0 &&
           keywords_end(l->text, l->len, KW_POSITION) != KW_NONE &&
           line_function_chars(&l->f, l->text, l->len) == 0;
}

/* The title again in brackets glued before a paragraph, as a content farm
 * stamps its copies (【某某是骗局吗 在哪里找某某】“现在，…): the bracket
 * goes, the paragraph stays. */
static void cut_bracketed_titles(struct document *d, size_t body)
{
    size_t title = 0;
    while (title < body && !d->lines[title].title)
        title++;
    if (title == body)
        return;
    const struct line *t = &d->lines[title];
    for (size_t i = body; i < d->count; i++) {
        struct line *l = &d->lines[i];
        if (l->rule || l->len < 6 || !starts_with(l->text, l->len, "\xE3\x80\x90")) /* 【 */
            continue;
        size_t close = zp_find(l->text + 3, l->len - 3, "\xE3\x80\x91"); /* 】 */
        if (close + 6 < l->len && same_but_spaces(l->text + 3, close, t->text, t->len))
            cut_head(d, i, close + 6, "repeat");
    }
}

/* An editor's note (编者按：…, 按语：…), which a journal or a paper may set
 * above a piece's title as well as under it: the head goes on under it. */
static bool opens_editors_note(const struct line *l)
{
    static const char *const labels[] = {"编者按", "編者按", "按语", "按語"};
    size_t indent = line_indent_len(l->text, l->len);
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
        if (zp_starts_with(l->text, l->len, indent, labels[k]) &&
            line_after_colon(l->text, l->len, indent + strlen(labels[k])) > 0)
            return true;
    return false;
}

/* An outlet's name alone right under the title, over the page's date line
 * (某某日报 / 2025-10-10 09:18) or under it (2023-06-05 10:01 / 某某网):
 * the outlet's masthead, no heading. */
static void drop_outlet_under_title(struct document *d)
{
    size_t last_title = d->count;
    for (size_t i = 0; i < d->count; i++)
        if (d->lines[i].title)
            last_title = i;
    if (last_title == d->count)
        return;
    size_t outlet = next_nonblank(d, last_title);
    /* past the title's second line, joined to it */
    while (outlet < d->count && d->lines[outlet].joined)
        outlet = next_nonblank(d, outlet);
    if (outlet == d->count)
        return;
    if (is_rule(&d->lines[outlet], "date")) {
        outlet = next_nonblank(d, outlet);
        if (outlet < d->count && !d->lines[outlet].rule && line_is_outlet_name(&d->lines[outlet]))
            set_bad(&d->lines[outlet], "masthead");
    } else if (!d->lines[outlet].rule && is_outlet_over_date(d, outlet)) {
        set_bad(&d->lines[outlet], "masthead");
    }
}

/* Whether a short line ends in a word that leads on to more (…惊心动魄的,
 * 送到柜台时): a phrase of a sentence set one phrase to a line, no tag. */
static bool ends_leading_on(const struct line *l)
{
    uint32_t last;
    zp_utf8_last(l->text, l->len, &last);
    switch (last) {
    case 0x7684: case 0x65F6: case 0x6642: case 0x548C: case 0x4E0E: case 0x8207: /* 的 时 時 和 与 與 */
    case 0x5728: case 0x5C06: case 0x5C07: case 0x628A: case 0x88AB: case 0x5BF9: /* 在 将 將 把 被 对 */
    case 0x5C0D: case 0x4ECE: case 0x5F9E: case 0x5411: case 0x8BA9: case 0x8B93: /* 對 从 從 向 让 讓 */
        return true;
    default:
        return false;
    }
}

/* A section's number glued to the words that head it (1引言, 2.1问题的
 * 提出, 1研究背景, 1.1城市规划的公共治理工具属性), the space between them lost
 * in the scrape, or a section's number of two levels or more spaced from
 * them (2.1.2 党员先锋岗建设, 1.2 “红色物业”的核心理念), which no count
 * is (2.3 万人): a word that heads sections, or Han characters alone, in
 * quotation marks or not, of a heading's length after a number of two
 * digits at most, not a count's unit (3个社区, 2023年). */
static bool is_glued_numbered_heading(const struct line *l)
{
    enum { SECTION_DIGITS_MAX = 2 };
    size_t start = line_indent_len(l->text, l->len), at = start;
    while (at < l->len && zp_is_ascii_digit(l->text[at]))
        at++;
    size_t first = at - start; /* the digits of the section's number */
    bool levels = false;
    while (first > 0 && at < l->len && (zp_is_ascii_digit(l->text[at]) || l->text[at] == '.')) {
        levels |= l->text[at] == '.';
        at++;
    }
    size_t number_end = at;
    while (levels && l->text[number_end - 1] != '.' && at < l->len && l->text[at] == ' ')
        at++;
    if (first == 0 || at == l->len)
        return false;
    if ((l->len - at >= 6 && zp_is_heading_word(l->text + at, 6)) ||
        (l->len - at >= 9 && zp_is_heading_word(l->text + at, 9)))
        return true;
    static const char *const units[] = {"年", "月", "日", "个", "名", "家", "万", "亿", "元", "人", "次",
                                        "户", "岁", "号", "条", "项", "天", "期", "版", "类", "所", "座"};
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        if (zp_starts_with(l->text, l->len, at, units[k]))
            return false;
    if (first > SECTION_DIGITS_MAX || l->f.chars > ZP_HEADING_MAX || l->f.stops + l->f.commas != 0 ||
        l->f.end != END_NONE)
        return false;
    size_t quotes = 0;
    for (size_t k = at, len; k < l->len; k += len) {
        uint32_t cp;
        len = zp_utf8_char(l->text + k, l->len - k, &cp);
        quotes += cp == 0x201C || cp == 0x201D;
    }
    return l->f.han + quotes == l->f.chars - (number_end - start) - (at - number_end);
}


/* Whether the short line i heads the paragraph under it: Han words of a
 * heading's length and nothing else, and prose right below. */
static bool heads_paragraph(struct document *d, size_t i)
{
    const struct line *l = &d->lines[i];
    size_t next = next_nonblank(d, i);
    return l->f.chars <= ZP_HEADING_MAX && l->f.han == l->f.chars && next < d->count && !d->lines[next].rule &&
           d->lines[next].cls == CLASS_GOOD;
}

/* The page's head between the title and the first paragraph: authors,
 * their offices and affiliations, key terms, by shape; the labelled parts
 * (keywords, classification, DOI, fund, dates, journal issue) are chrome
 * by their class already, and an abstract is kept. */
static void drop_front_matter(struct document *d, size_t from, size_t to)
{
    bool after_chrome = false; /* the line before is chrome */
    bool after_head_part = false; /* that chrome a part of a paper's head */
    /* the run of short lines dropped last, one after another, and how many
     * of them lead on: a lead set one phrase to a line (一场惊心动魄的 /
     * 55万元资金保卫战 / 刚刚落幕 / “…”8月25日,…) is text, though chrome
     * stands above it */
    enum { PHRASE_RUN_MIN = 3 };
    size_t run_start = to, run = 0, leading_on = 0;
    for (size_t i = from; i < to; i++) {
        struct line *l = &d->lines[i];
        if (l->cls == CLASS_BLANK)
            continue;
        if (!(l->cls == CLASS_SHORT && after_chrome && run > 0))
            run = leading_on = 0;
        if (l->rule || l->title || opens_subtitle(l)) {
            /* a blurb or a column's tag introduces the text below it, and
             * a document's file name the document (某某标准.docx / 某某标准) */
            after_chrome = l->cls == CLASS_BAD && !is_rule(l, "blurb") && !is_rule(l, "column") && !is_rule(l, "file");
            after_head_part = is_head_part(l);
            continue;
        }
        /* the features, measured on the line as it is, tell where the looks
         * need not read it: an author's line has a space, key terms a
         * space or a semicolon */
        if (line_is_names_row(l) || ((l->f.seen & SEEN_SPACE) && line_is_author(l)) || is_office(l) ||
            (l->f.commas > 0 && line_is_author_note(l)))
            set_bad(l, "author");
        else if (line_is_affiliation(l) || line_is_numbered_affiliation(l) || line_is_institutions_row(l))
            set_bad(l, "affiliation");
        /* but a numbered heading spaced to its width is none (一 引 言) */
        else if (l->cls != CLASS_GOOD && l->f.end != END_SENTENCE &&
                 (l->f.semicolons > 0 || (l->f.seen & SEEN_SPACE)) && zp_is_term_list(l->text, l->len) &&
                 !line_is_spaced_numbered_heading(l))
            set_bad(l, "keywords");
        /* a column's name or a page's own marker alone (【四中全会精神在基层】,
         * 【正文】), but a word that heads a section (【编者按】) */
        else if (column_tag(l->text, l->len, COLUMN_TAG_MIN) == l->len && !zp_is_heading_word(l->text, l->len)) {
            set_bad(l, "column");
            after_chrome = false;
            continue;
        }
        /* a short line among the head's chrome is a prompt or a tag
         * (认证账号, 文章后点击更新提醒, • 阅读:4380次), unless numbered or
         * a word that heads a section (一、引言, 1 引言, 编者按), or the
         * heading of the text's first part under the parts of a paper's
         * head (关键词:… / 基金项目:… / 问题的提出 / 改革开放以来,…) */
        else if (l->cls == CLASS_SHORT && after_chrome && l->f.label != ZP_LABEL_ABSTRACT &&
                 (!line_is_numbered(l) || line_opens_with_bullet(l)) &&
                 !zp_is_heading_word(l->text, l->len) && !is_glued_numbered_heading(l) && !line_is_salutation(l) &&
                 !(after_head_part && heads_paragraph(d, i))) {
            set_bad(l, "front");
            if (run++ == 0)
                run_start = i;
            leading_on += ends_leading_on(l);
        }
        after_chrome = l->cls == CLASS_BAD;
        after_head_part = is_head_part(l);
    }
    if (run >= PHRASE_RUN_MIN && leading_on > 0 && to < d->count && d->lines[to].cls == CLASS_GOOD)
        for (size_t k = run_start; k < to; k++)
            if (is_rule(&d->lines[k], "front")) {
                d->lines[k].rule = NULL;
                d->lines[k].cls = CLASS_SHORT;
                d->lines[k].phrase = true;
            }
}

/* Key terms: words of at most twelve characters, Han, Latin or digits, set
 * apart by spaces or ； ， 、 (移动图书馆 场景营销, 党建引领；社区治理), and
 * no sentence.  Two words of which one is a clause (志愿服务 我们在行动)
 * are a headline's phrases: a term has no function character, and a
 * paper gives three terms or more. */
static bool is_terms_row(struct line *l)
{
    /* a key term is a word or a compound of 12 characters at most
     * (基层社会治理现代化); a longer run is a phrase of the text */
    enum { TERM_MAX = 12 };
    if (l->f.chars > SHORT_MAX || l->f.end == END_SENTENCE)
        return false;
    enum { TERMS_MIN = 3 };
    size_t word = 0, words = 0;
    for (size_t at = 0, len; at < l->len; at += len) {
        uint32_t cp;
        len = zp_utf8_char(l->text + at, l->len - at, &cp);
        if (cp == ' ' || cp == 0x3000 || cp == 0xFF1B || cp == ';' || cp == 0xFF0C || cp == ',' || cp == 0x3001) {
            word = 0;
            continue;
        }
        bool letter = zp_is_han(cp) || zp_is_ascii_letter(cp) || (cp >= '0' && cp <= '9');
        if (!letter || ++word > TERM_MAX)
            return false;
        words += word == 1;
    }
    return words >= TERMS_MIN || words < 2 || line_function_chars(&l->f, l->text, l->len) == 0;
}

/* Opens with a person's name of two to four Han characters, spaced to a
 * table's width or not, and a comma (某某,…, 某   某,…), the name opening
 * with a common surname or the note naming an institution (大学, 学院,
 * 研究). */
static bool opens_with_name_comma(const struct line *l)
{
    enum { NAME_HAN_MIN = 2, NAME_HAN_MAX = 4 };
    size_t at = 0, han = 0, len;
    uint32_t cp = 0;
    while (at < l->len && han <= NAME_HAN_MAX && (len = zp_utf8_char(l->text + at, l->len - at, &cp)) > 0 &&
           (zp_is_han(cp) || (cp == ' ' && han > 0))) {
        at += len;
        han += cp != ' ';
    }
    return han >= NAME_HAN_MIN && han <= NAME_HAN_MAX && (cp == ',' || cp == 0xFF0C) &&
           (zp_opens_with_surname(l->text, at) || zp_find(l->text, l->len, "大学") < l->len ||
            zp_find(l->text, l->len, "学院") < l->len || zp_find(l->text, l->len, "研究") < l->len);
}

/* The lines under a bare label of a page's head (作者简介, 引用格式,
 * 关键词 alone on their line) are that part, up to the next label or
 * enumerated line, a few lines at most, a list's bullet before each or
 * not (基金项目 / - 某某省…项目(2021TD)), and so are those a note runs on
 * to; an abstract's stay. */
static void drop_labelled_parts(struct document *d)
{
    enum { PART_LINES = 3 };
    for (size_t i = 0; i < d->count; i++) {
        const struct line *label = &d->lines[i];
        if (label->f.label == ZP_LABEL_ABSTRACT)
            continue;
        bool bare = is_bare_label(label);
        if (!bare && !runs_on(label))
            continue;
        size_t taken = 0;
        const struct line *before = label;
        for (size_t j = i + 1; j < d->count; j++) {
            struct line *l = &d->lines[j];
            if (l->cls == CLASS_BLANK)
                continue;
            /* a note with its value runs on only past a semicolon */
            if (!bare && !ends_in_semicolon(before))
                break;
            /* a team's notes run on, one to a writer, each opening with a
             * name and a sex (某某,男,1966年生,…), or with a name and a
             * comma as the notes before did (某某,某某研究院高级工程师。) */
            if (taken >= PART_LINES &&
                !(label->f.label == ZP_LABEL_BIO && (line_opens_as_writers_note(l) || opens_with_name_comma(l))))
                break;
            if (l->f.label != ZP_LABEL_NONE || (line_is_numbered(l) && line_bullet_len(l) == 0) || l->title ||
                zp_is_heading_word(l->text, l->len) || opens_with_field(l))
                break;
            /* key terms are short words, set apart: a line that is no
             * such row is the page's, and the label's field was empty
             * (主题词: in a table, over buttons and the title) */
            if (label->f.label == ZP_LABEL_KEYWORDS && !is_terms_row(l))
                break;
            /* a writer's note gives a name, a year, a post between marks
             * or spaces: a line with none of them that could be a title,
             * longer than a name and a post run (周某副教授), is the
             * paper's own head over its authors */
            enum { PAPER_TITLE_HAN_MIN = 10 };
            if (label->f.label == ZP_LABEL_BIO && l->f.commas + l->f.stops == 0 && !(l->f.seen & SEEN_SPACE) &&
                l->f.han >= PAPER_TITLE_HAN_MIN && line_may_be_title(l))
                break;
            l->rule = NULL;
            set_bad(l, zp_label_name(label->f.label));
            taken++;
            before = l;
        }
    }
}

/* Prose that ends in a colon (…领导小组成员如下：) announces the lines
 * under it: a list, its items short, names among them. */
static bool announces_list(const struct line *l)
{
    /* ： is EF BC 9A */
    return !l->rule && (l->cls == CLASS_GOOD || l->cls == CLASS_NEAR_GOOD) && l->f.label == ZP_LABEL_NONE &&
           l->len > 0 &&
           (l->text[l->len - 1] == ':' || (l->len >= 3 && l->text[l->len - 3] == 0xEF && l->text[l->len - 2] == 0xBC &&
                                            l->text[l->len - 1] == 0x9A));
}

static bool is_office_credit_at(const struct document *d, size_t i)
{
    return i < d->count && line_is_office_credit(&d->lines[i]);
}

/* An author's line under a heading in the body (a second article's title
 * and its author, on a page that holds two): 张 某 某某研究院院长; but
 * not in a list that prose announced (组长：李某某 街道党工委书记). */
static void drop_authors(struct document *d, size_t from)
{
    struct line *before = NULL;
    bool listed = false;
    for (size_t i = from; i < d->count; i++) {
        struct line *l = &d->lines[i];
        if (l->cls == CLASS_BLANK)
            continue;
        /* an author's line has a space, as the line's features tell */
        /* or under another author's line (伍 磊 某某大学…研究生 / 牛 强 …教授) */
        if (!l->rule && !listed && before &&
            (((before->cls == CLASS_SHORT || before->cls == CLASS_NEAR_GOOD) && before->f.end != END_SENTENCE &&
              before->f.chars <= SHORT_MAX) ||
             is_rule(before, "author")) &&
            (l->f.seen & SEEN_SPACE) && line_is_author(l)) {
            set_bad(l, "author");
            /* and the label over them alone, its letters spaced or not
             * (作   者) */
            if (!before->rule && same_but_spaces(before->text, before->len, (const unsigned char *)"作者", 6))
                set_bad(before, "label");
        }
        /* an office's credit after a paragraph's last sentence (某某社区
         * 张某), alone: a run of them is a list of offices and names */
        else if (!l->rule && before && before->f.end == END_SENTENCE && (l->f.seen & SEEN_SPACE) &&
                 line_is_office_credit(l) && !is_office_credit_at(d, next_nonblank(d, i)))
            set_bad(l, "byline");
        /* the list runs to the next paragraph */
        listed = announces_list(l) || (listed && l->cls != CLASS_GOOD);
        before = l;
    }
}

/* The number of a chunk mark N、 opening the line, and in *len its bytes;
 * 0 when none. */
static unsigned chunk_number(const struct line *l, size_t *len)
{
    const unsigned char *s = l->text;
    size_t n = l->len, at = 0;
    unsigned number = 0;
    while (at < n && at < 4 && zp_is_ascii_digit(s[at]))
        number = number * 10 + (unsigned)(s[at++] - '0');
    if (at == 0 || n - at < 3 || memcmp(s + at, "\xE3\x80\x81", 3) != 0) /* 、 */
        return 0;
    *len = at + 3;
    return number;
}

/* A document cut into numbered chunks (1、… 2、、… 3、…), each a long
 * piece that breaks off where the next goes on: the numbers are no
 * enumerators.  Told from a numbered list by pieces that break off. */
static void trim_chunk_numbers(struct document *d)
{
    /* a scraper cuts a text into a few dozen chunks at most: a run is
     * read to 64, room kept on the stack.  Without a mark glued to the
     * numbers (1、、…), three chunks that break off tell them from a list
     * of two long items */
    enum { CHUNKS_MAX = 64, UNMARKED_CHUNKS_MIN = 3 };
    for (size_t i = 0; i < d->count; i++) {
        size_t len = 0, run[CHUNKS_MAX], count = 0, at = i;
        /* a run opens with chunk 1; from a blank line before it, the run is
         * the one found from that line, next */
        if (d->lines[i].rule || d->lines[i].cls == CLASS_BLANK || chunk_number(&d->lines[i], &len) != 1)
            continue;
        unsigned expect = 1;
        bool glued_mark = false, all_open = true;
        while (at < d->count && count < CHUNKS_MAX) {
            struct line *l = &d->lines[at];
            if (l->rule || l->cls == CLASS_BLANK) {
                if (l->cls != CLASS_BLANK)
                    break;
                at++;
                continue;
            }
            /* every chunk is long but the last, where the page may end */
            if (chunk_number(l, &len) != expect ||
                (count > 0 && d->lines[run[count - 1]].f.chars <= LONG_ENUMERATED))
                break;
            if (count > 0 && d->lines[run[count - 1]].f.end != END_NONE &&
                d->lines[run[count - 1]].f.end != END_OPEN)
                all_open = false;
            uint32_t cp;
            zp_utf8_char(l->text + len, l->len - len, &cp);
            glued_mark |= cp == 0x3001 || cp == 0xFF0C || cp == 0x3002;
            run[count++] = at++;
            expect++;
        }
        if (count >= 2 && d->lines[run[count - 1]].f.chars <= LONG_ENUMERATED &&
            d->lines[run[count - 2]].f.chars <= LONG_ENUMERATED)
            count = 0; /* a list of short items */
        if (count >= 2 && all_open && (glued_mark || count >= UNMARKED_CHUNKS_MIN)) {
            for (size_t k = 0; k < count; k++) {
                chunk_number(&d->lines[run[k]], &len);
                /* a mark after the number is the text's own (形式、议而不决) */
                cut_head(d, run[k], len, "chunk");
                classify(&d->lines[run[k]]);
            }
            i = run[count - 1];
        }
    }
}

/* A byline or credits in parentheses after the last sentence: (记者 某某),
 * (某某街道 撰稿:某某 审核:某某), (文/某某 图/某某), (某某), (实习生 某某),
 * (信息员:某某、某某), (图文由某某街道某某提供), a photograph's (某某网某某摄),
 * a farm's count of the characters (字数604). */
static bool is_credit(const unsigned char *s, size_t n)
{
    /* a role before a slash or after it (文/某某, 某某/文、摄) */
    static const char *const words[] = {"记者", "通讯员", "报道员", "撰稿", "摄影", "审核", "初审", "终审",
                                         "编辑", "文/",    "图/",    "/文",  "/图",  "/摄",  "供稿", "来源",
                                         "作者", "記者",   "通訊員", "報道員", "攝影", "審核", "編輯", "圖/",
                                         "/圖",  "/攝",    "來源",   "实习生", "實習生", "字数", "字數",
                                         "信息员", "信息員", "图文由", "圖文由", "图片由", "圖片由"};
    struct features f;
    line_measure(&f, s, n);
    if (f.chars == 0 || f.chars > CREDIT_MAX || f.stops > 0)
        return false;
    if (zp_ends_with(s, n, "摄") || zp_ends_with(s, n, "攝"))
        return true;
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
        size_t k = strlen(words[w]);
        for (size_t at = 0; at + k <= n; at++)
            if (s[at] == (unsigned char)words[w][0] && memcmp(s + at, words[w], k) == 0)
                return true;
    }
    /* the writer's mark and a colon opening it (文:某某) */
    if (starts_with(s, n, "文:") || starts_with(s, n, "文\xEF\xBC\x9A")) /* 文： */
        return true;
    if (zp_is_names_row(s, n))
        return true;
    /* an office alone that wrote the piece (某某区司法局, 秘书科) */
    enum { OFFICE_HAN_MIN = 3 };
    if (f.han == f.chars && f.han >= OFFICE_HAN_MIN && (line_ends_as_organisation(s, n) || zp_ends_with(s, n, "科")))
        return true;
    /* or offices that wrote it together (市妇联儿童部、某某县妇联) */
    if (f.enumeration_commas > 0 && f.han + f.enumeration_commas == f.chars && f.han >= 2 * OFFICE_HAN_MIN) {
        size_t from = 0;
        for (size_t at = 0; at <= n; at++) {
            if (at < n && !(at + 3 <= n && memcmp(s + at, "\xE3\x80\x81", 3) == 0)) /* 、 */
                continue;
            if (at - from < 3 * OFFICE_HAN_MIN || !line_ends_as_organisation(s + from, at - from))
                return false;
            from = at + 3;
        }
        return true;
    }
    /* an office and a name: 某某街道办事处 某某, or a colon between them
     * (某某县民政局:某某) */
    const unsigned char *space = s + n;
    while (space > s && space[-1] != ' ')
        space--;
    if (space > s && zp_is_names_row(space, (size_t)(s + n - space)) && f.commas == 0)
        return true;
    /* or a surname and a given name spaced apart after the office, which
     * a names row reads as one (某某办事处 胡 俊) */
    if (space - s >= 5 && s + n - space == 3 && space[-5] == ' ' && zp_is_names_row(space - 4, 3 + 1 + 3)) {
        size_t office = (size_t)(space - 5 - s);
        while (office > 0 && s[office - 1] == ' ')
            office--;
        if (office > 0 && line_ends_as_organisation(s, office))
            return true;
    }
    /* or the account of a government's news office that gave it, a place
     * and 发布 (都昌发布) */
    enum { ACCOUNT_HAN_MAX = 6 };
    if (f.han == f.chars && f.han >= 3 && f.han <= ACCOUNT_HAN_MAX &&
        (zp_ends_with(s, n, "发布") || zp_ends_with(s, n, "發布") || zp_ends_with(s, n, "發佈")))
        return true;
    size_t wide = zp_find(s, n, "\xEF\xBC\x9A"), ascii = zp_find(s, n, ":"); /* ： */
    size_t colon = ascii < wide ? ascii : wide, after = colon + (ascii < wide ? 1 : 3);
    return colon < n && colon >= 3 * OFFICE_HAN_MIN && line_ends_as_organisation(s, colon) &&
           zp_is_names_row(s + after, n - after);
}

/* Where a reporters' credit set after the last sentence without brackets
 * begins (…水平。记者 某某 通讯员 某某): roles and names alone, no
 * clause, 40 characters at most, or names and the photographer's word
 * after them (…保障。某某某 某某某 摄); n when none stands there. */
static size_t reporters_tail(const unsigned char *s, size_t n)
{
    static const char *const roles[] = {"记者", "通讯员", "本报记者", "記者", "通訊員", "本報記者"};
    /* looked for no further back than such a credit runs */
    size_t at = n, limit = n > 3 * CREDIT_MAX + 16 ? n - 3 * CREDIT_MAX - 16 : 0;
    uint32_t cp = 0;
    for (size_t len; at > limit; at -= len) {
        len = zp_utf8_last(s, at, &cp);
        if (len == 0 || zp_is_stop(cp, ZP_STOP_SENTENCE))
            break;
    }
    if (at <= limit || at == n || !zp_is_stop(cp, ZP_STOP_SENTENCE))
        return n;
    size_t from = at;
    while (from < n && s[from] == ' ')
        from++;
    bool role = false;
    for (size_t k = 0; k < sizeof roles / sizeof roles[0] && !role; k++)
        role = zp_starts_with(s, n, from, roles[k]);
    /* or the outlet's name before the role, and a space after it (某某报业
     * 全媒体记者 某某) */
    enum { OUTLET_HAN_MAX = 12 };
    for (size_t at = from, han = 0; !role && at + 3 <= n && han < OUTLET_HAN_MAX && s[at] >= 0xE4 && s[at] <= 0xE9;
         at += 3, han++)
        role = han >= 2 && (zp_starts_with(s, n, at, "记者 ") || zp_starts_with(s, n, at, "記者 "));
    struct features f;
    line_measure(&f, s + from, n - from);
    if (!role) {
        size_t names = n - 3;
        if (n - from <= 3 || f.chars > CREDIT_MAX ||
            !(zp_ends_with(s, n, "\xE6\x91\x84") || zp_ends_with(s, n, "\xE6\x94\x9D"))) /* 摄 攝 */
            return n;
        while (names > from && s[names - 1] == ' ')
            names--;
        return names > from && zp_is_names_row(s + from, names - from) ? at : n;
    }
    return f.chars <= CREDIT_MAX && f.commas + f.stops == 0 && f.han > 3 ? at : n;
}

/* Where a credit the scrape cut off after the last sentence opens (…氛围。
 * (某某某, …。（记者 某): an opening bracket no closing one follows, a
 * credit after it; n when none stands there.  The brackets are found by
 * bytes: ( ) and the last bytes of （ ） (EF BC 88, EF BC 89) are no other
 * character's. */
static size_t cut_off_credit(const unsigned char *s, size_t n)
{
    size_t limit = n > 3 * CREDIT_MAX ? n - 3 * CREDIT_MAX : 0, open;
    const unsigned char *ascii = memrchr(s + limit, '(', n - limit), *wide = s + n;
    for (size_t from = limit; (wide = memrchr(s + from, 0x88, (size_t)(wide - s) - from)) != NULL;)
        if (wide >= s + 2 && wide[-2] == 0xEF && wide[-1] == 0xBC)
            break;
    size_t ascii_at = ascii ? (size_t)(ascii - s) : n, wide_at = wide ? (size_t)(wide - 2 - s) : n;
    /* the later of the two */
    open = ascii_at == n ? wide_at : wide_at == n ? ascii_at : ascii_at > wide_at ? ascii_at : wide_at;
    if (open == n || memchr(s + open, ')', n - open) || zp_find(s + open, n - open, "\xEF\xBC\x89") < n - open)
        return n;
    size_t inner = open + (s[open] == '(' ? 1 : 3);
    while (inner < n && s[inner] == ' ')
        inner++;
    return inner < n && zp_ends_sentence(s, open) && is_credit(s + inner, n - inner) ? open : n;
}

/* An e-paper's note that the text goes on or came from another page
 * (下转四版, 转第2版, 上接A1版): a word of ten characters at most. */
static bool is_jump_note(const unsigned char *s, size_t n)
{
    enum { JUMP_NOTE_MAX = 10 };
    static const char *const opens[] = {"下转", "上接", "转", "接", "下轉", "轉"};
    bool opened = false;
    for (size_t w = 0; w < sizeof opens / sizeof opens[0] && !opened; w++)
        opened = zp_starts_with(s, n, 0, opens[w]);
    return opened && zp_ends_with(s, n, "版") && zp_count_chars(s, n) <= JUMP_NOTE_MAX;
}

/* A paper's print credit, 《 某某日报 》( 2018年11月07日 10 版), whose
 * parenthesised group begins at byte group of s[0, n): where its 《
 * begins; n when the group is no such credit.  paged: the page is in
 * the group, not after it. */
static size_t print_credit(const unsigned char *s, size_t n, size_t group, bool paged)
{
    /* a paper's name in 《》 runs to 20 characters (某某日报, 某某晚报社区版) */
    enum { PAPER_NAME_MAX = 20 };
    size_t inner = group + (s[group] == '(' ? 1 : 3), inner_end = n - (s[n - 1] == ')' ? 1 : 3);
    while (inner < inner_end && s[inner] == ' ')
        inner++;
    while (inner_end > inner && s[inner_end - 1] == ' ')
        inner_end--;
    if (zp_date_stamp(s + inner, inner_end - inner) == 0 || (paged && !zp_ends_with(s, inner_end, "\xE7\x89\x88"))) /* 版 */
        return n;
    size_t close = group;
    while (close > 0 && s[close - 1] == ' ')
        close--;
    if (!zp_ends_with(s, close, "\xE3\x80\x8B")) /* 》 */
        return n;
    for (size_t at = close - 3; at-- > 0 && close - at <= 3 * PAPER_NAME_MAX;)
        if (zp_starts_with(s, close, at, "\xE3\x80\x8A")) /* 《 */
            return at;
    return n;
}

/* A paper's print credit alone on its line, above the text or under it
 * (《某某日报》(2023年1月5日11版), or its page after the brackets:
 * 《某某日报》(2025年2月14日) 05版): where the page was printed, no text
 * and no title; --meta reads it. */
static void drop_print_credits(struct document *d)
{
    for (size_t i = 0; i < d->count; i++) {
        struct line *l = &d->lines[i];
        /* a credit ends in ) or ）, whose last byte is 0x89, or in 版
         * (E7 89 88): most short lines are told by it without a call */
        if (l->rule || l->cls == CLASS_BLANK || l->f.chars > SHORT_MAX || l->len == 0 ||
            (l->text[l->len - 1] != ')' && l->text[l->len - 1] != 0x89 && l->text[l->len - 1] != 0x88))
            continue;
        size_t indent = line_indent_len(l->text, l->len);
        const unsigned char *s = l->text + indent;
        size_t n = l->len - indent;
        bool paged = true;
        if (zp_ends_with(s, n, "\xE7\x89\x88")) { /* 版, after the page's number */
            size_t page = n - 3;
            while (page > 0 && (zp_is_ascii_digit(s[page - 1]) || zp_is_ascii_letter(s[page - 1])))
                page--;
            if (page == n - 3)
                continue;
            for (n = page; n > 0 && s[n - 1] == ' ';)
                n--;
            paged = false;
            if (n == 0 || (s[n - 1] != ')' && s[n - 1] != 0x89))
                continue;
        }
        size_t group = line_closing_group(s, n);
        if (group < n && group > 0 && print_credit(s, n, group, paged) == 0)
            set_bad(l, "print");
    }
}

/* Where a link to the rest of the piece after an excerpt's text begins,
 * its closing bracket cut off or not (…令人触目惊心。【详细, …。[全文]); e
 * when s[0, e) ends in none. */
static size_t more_link(const unsigned char *s, size_t e)
{
    static const char *const words[] = {"详细", "详情", "全文", "更多", "阅读全文", "查看全文",
                                        "詳細", "詳情", "閱讀全文"};
    /* the link ends in ], 】 or a word's last character (细 細 情 文 多),
     * and its bracket opens in its last 16 bytes ([ or 【, E3 80 90): most
     * lines end otherwise */
    static const char *const lasts[] = {"\xE3\x80\x91", "细", "細", "情", "文", "多"};
    bool ends = e > 0 && s[e - 1] == ']';
    for (size_t k = 0; k < sizeof lasts / sizeof lasts[0] && !ends && e >= 3 && s[e - 3] >= 0xE3; k++)
        ends = memcmp(s + e - 3, lasts[k], 3) == 0;
    if (!ends)
        return e;
    enum { LINK_BYTES_MAX = 16 };
    size_t tail = e < LINK_BYTES_MAX ? e : LINK_BYTES_MAX;
    if (!memchr(s + e - tail, '[', tail) && !memchr(s + e - tail, 0x90, tail))
        return e;
    size_t end = e;
    if (end > 0 && s[end - 1] == ']')
        end--;
    else if (zp_ends_with(s, end, "\xE3\x80\x91")) /* 】 */
        end -= 3;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        if (!zp_ends_with(s, end, words[k]))
            continue;
        size_t open = end - strlen(words[k]);
        if (open > 0 && s[open - 1] == '[')
            return open - 1;
        if (zp_ends_with(s, open, "\xE3\x80\x90")) /* 【 */
            return open - 3;
    }
    return e;
}

/* Where a credit in square brackets that ends s begins, after a sentence
 * ([某某], 【记者 某某】): its opening bracket; n when none stands there. */
static size_t square_credit_at(const unsigned char *s, size_t n)
{
    enum { CREDIT_BYTES_MAX = 3 * 24 };
    size_t close = n >= 1 && s[n - 1] == ']' ? 1 : zp_ends_with(s, n, "\xE3\x80\x91") ? 3 : 0; /* 】 */
    if (close == 0)
        return n;
    const char *opening = close == 1 ? "[" : "\xE3\x80\x90"; /* 【 */
    size_t open_len = strlen(opening), limit = n > CREDIT_BYTES_MAX ? n - CREDIT_BYTES_MAX : 0;
    for (size_t at = n - close; at-- > limit;)
        if (memcmp(s + at, opening, open_len) == 0 && at + open_len <= n - close)
            return at > 0 && zp_ends_sentence(s, at) && is_credit(s + at + open_len, n - close - at - open_len) ? at : n;
    return n;
}

/* What stands after a line's last sentence, from its end: a bar its
 * template left (… |), credits in parentheses ((记者 某某), (编辑：某某)),
 * an agency's code after them ((编辑：某某)1081111), a paper's print credit
 * (《 某某日报 》( 2018年11月07日 10 版)), a jump to another page ((下转二
 * 版)), an excerpt's link to the whole ([详细]).  Cut, each logged, when
 * what is left ends a sentence, or after a jump; whether any was. */
static bool trim_credits(struct document *d, size_t i)
{
    enum { CUTS = 4, CODE_DIGITS_MIN = 4, CODE_DIGITS_MAX = 10 };
    struct line *l = &d->lines[i];
    const unsigned char *s = l->text;
    size_t end = l->len, from[CUTS], cuts = 0;
    const char *rules[CUTS];
    while (cuts < CUTS) {
        size_t e = end;
        while (e > 0 && s[e - 1] == ' ')
            e--;
        if (e == 0)
            break;
        size_t group, digits = 0, link;
        while (digits < e && zp_is_ascii_digit(s[e - 1 - digits]))
            digits++;
        if (cuts == 0 && (link = more_link(s, e)) < e) {
            from[cuts] = link;
            rules[cuts++] = "button";
        } else if (s[e - 1] == '|' || (e >= 3 && s[e - 3] == 0xEF && s[e - 2] == 0xBD && s[e - 1] == 0x9C)) { /* ｜ */
            from[cuts] = e - (s[e - 1] == '|' ? 1 : 3);
            rules[cuts++] = "bar";
        } else if (cuts == 0 && digits >= CODE_DIGITS_MIN && digits <= CODE_DIGITS_MAX && digits < e &&
                   (s[e - digits - 1] == ')' || zp_ends_with(s, e - digits, "\xEF\xBC\x89"))) { /* ） */
            /* an agency's code of the piece after its editors' credit
             * (…挑战。(编辑:某某/某某)1081111) */
            from[cuts] = e - digits;
            rules[cuts++] = "code";
        } else if ((group = square_credit_at(s, e)) < e) {
            from[cuts] = group;
            rules[cuts++] = "credit";
        } else if ((group = line_closing_group(s, e)) < e && group > 0) {
            size_t print = print_credit(s, e, group, true);
            size_t inner = group + (s[group] == '(' ? 1 : 3), inner_end = e - (s[e - 1] == ')' ? 1 : 3);
            if (print < e) {
                from[cuts] = print;
                rules[cuts++] = "print";
            } else if (is_credit(s + inner, inner_end - inner)) {
                from[cuts] = group;
                rules[cuts++] = "credit";
            } else if (is_jump_note(s + inner, inner_end - inner)) {
                from[cuts] = group;
                rules[cuts++] = "jump";
            } else if (inner_end - inner == 3 && memcmp(s + inner, "\xE5\xAE\x8C", 3) == 0) { /* 完 */
                /* an agency's mark of the copy's end ((完)) */
                from[cuts] = group;
                rules[cuts++] = "mark";
            } else {
                break;
            }
        } else {
            break;
        }
        end = from[cuts - 1];
    }
    while (end > 0 && s[end - 1] == ' ')
        end--;
    /* a note that the text goes on in another page ((下转二版)) leaves it
     * in mid-sentence */
    if (cuts == 0 || (!zp_ends_sentence(s, end) && strcmp(rules[cuts - 1], "jump") != 0) ||
        strcmp(rules[cuts - 1], "code") == 0)
        return false;
    for (size_t k = 0; k < cuts; k++)
        cut_tail(d, i, from[k], rules[k]);
    l->jumps = strcmp(rules[cuts - 1], "jump") == 0;
    return true;
}

/* Where a repost's notice glued after a paragraph's text begins: the
 * sentence or the aside in brackets that names a copyright, when prose of
 * a paragraph's length that ends a sentence stands before it
 * (…普及了知识。本文来源于网络，如有侵权请联系删除。, …知识。(某某)
 * (此文不代表本网站观点…)).  Only the notice is chrome; 0 when the line
 * is no such paragraph, and the whole line goes. */
static size_t rights_tail(const struct line *l)
{
    const unsigned char *s = l->text;
    size_t at;
    if (keywords_first_of(s, l->len, (1u << KW_COPYRIGHT) | (1u << KW_LICENCE) | (1u << KW_RIGHTS), &at) == KW_NONE)
        return 0;
    uint32_t cp;
    size_t from = at, len;
    for (; from > 0; from -= len) {
        len = zp_utf8_last(s, from, &cp);
        if (zp_is_stop(cp, ZP_STOP_SENTENCE)) {
            /* a quotation's closing mark ends the sentence before (…在。”) */
            size_t k;
            while (from < at && (k = zp_utf8_char(s + from, at - from, &cp), zp_is_closing(cp)))
                from += k;
            break;
        }
        if (cp == '(' || cp == 0xFF08 /* （ */ || cp == 0x3010 /* 【 */ || cp == '[') {
            from -= len;
            break;
        }
    }
    /* the credits between the text and the notice ((某某)) are trim_credits' */
    size_t text = from;
    for (size_t group; text > 0;) {
        while (text > 0 && s[text - 1] == ' ')
            text--;
        if ((group = line_closing_group(s, text)) >= text || group == 0)
            break;
        text = group;
    }
    /* a text that names a copyright itself (凡某某记者署名文字，版权均属于某某所有。)
     * is the notice's first sentence */
    struct features f;
    line_measure(&f, s, text);
    return f.chars >= GOOD_MIN && zp_ends_sentence(s, text) && !memmem(s, text, "版权", 6) && !memmem(s, text, "版權", 6)
               ? from
               : 0;
}

/* Where the text glued after a journal's classification begins (中图分类号:
 * D63-3 文献标识码:A 文章编号:1008-7621(2015)03-0025-07 不同的组织怎样…):
 * after its labels and their codes, when prose of a paragraph's length
 * with a sentence ended in it follows (a scrape may cut its last); 0 when
 * none does, and the whole line goes. */
static size_t classification_head(const struct line *l)
{
    const unsigned char *s = l->text;
    size_t n = l->len, at = 0, len;
    enum zp_label label;
    while (at < n && ((label = zp_label(s + at, n - at, &len)) == ZP_LABEL_CLASSIFICATION || label == ZP_LABEL_DOI)) {
        /* the codes are letters, digits and their marks */
        for (at += len; at < n && s[at] > ' ' && s[at] < 0x80; at++)
            ;
        while (at < n && s[at] == ' ')
            at++;
    }
    if (at == 0 || at == n || s[at] < 0x80)
        return 0;
    struct features rest;
    line_measure(&rest, s + at, n - at);
    return rest.chars >= GOOD_MIN && rest.stops > 0 ? at : 0;
}

/* Captions run into the start of a paragraph under the images they were
 * set beside (某某小区加装的电梯 老楼加装了电梯 “2020年…): two or more
 * phrases of 6 to 30 characters, each set apart by a space, with no mark
 * in them and a function character (a caption says what the picture
 * shows: 的 了 在 为), then prose.  A dateline (本报讯, …电) or a heading of
 * phrases that say no such thing (夯实组织基础 筑牢战斗堡垒) stays.  The
 * bytes they take; 0 when none. */
static size_t glued_captions(const struct line *l)
{
    enum { CAPTION_MIN = 6, CAPTION_MAX = 30 };
    const unsigned char *s = l->text;
    size_t n = l->len, at = line_indent_len(s, n), captions = 0;
    for (;;) {
        const unsigned char *space = memchr(s + at, ' ', n - at < 3 * CAPTION_MAX + 1 ? n - at : 3 * CAPTION_MAX + 1);
        if (!space)
            break;
        size_t end = (size_t)(space - s);
        struct features f;
        line_measure(&f, s + at, end - at);
        if (f.han < CAPTION_MIN || f.chars > CAPTION_MAX || f.han != f.chars || f.end != END_NONE)
            break;
        uint32_t last;
        zp_utf8_last(s + at, end - at, &last);
        if (last == 0x8BAF /* 讯 */ || last == 0x7535 /* 电 */ || line_function_chars(&f, s + at, end - at) == 0)
            break;
        captions++;
        for (at = end; at < n && s[at] == ' ';)
            at++;
    }
    if (captions < 2)
        return 0;
    struct features rest;
    line_measure(&rest, s + at, n - at);
    return rest.chars >= GOOD_MIN && rest.commas + rest.stops > 0 ? at : 0;
}

/* A photograph's caption and its credit run into the start of a
 * paragraph (图为某某村。 周某某 摄“那栋木屋…): 图为, a sentence, a name of
 * two to four Han characters and 摄, spaces between or not, then prose.
 * Without 图为, a reporter's word before the name tells the credit, which
 * no sentence of the text ends in (某日,几位长者在食堂里用餐。记者某某摄…).
 * The bytes they take; 0 when none. */
static size_t glued_photo_caption(const struct line *l)
{
    enum { CAPTION_BYTES_MAX = 3 * 60, CREDIT_HAN_MIN = 2, CREDIT_HAN_MAX = 4 };
    const unsigned char *s = l->text;
    size_t n = l->len, at = line_indent_len(s, n);
    bool shown = zp_starts_with(s, n, at, "图为") || zp_starts_with(s, n, at, "圖為");
    size_t reach = n - at < CAPTION_BYTES_MAX ? n - at : CAPTION_BYTES_MAX;
    /* 。 by its first byte, E3, which few Han characters share: its last,
     * 82, ends a third of them */
    const unsigned char *p = s + at, *reach_end = s + at + reach;
    while ((p = memchr(p, 0xE3, (size_t)(reach_end - p))) != NULL &&
           !(reach_end - p >= 3 && p[1] == 0x80 && p[2] == 0x82))
        p++;
    if (p == NULL)
        return 0;
    size_t stop = (size_t)(p - (s + at));
    size_t end = at + stop + 3, han = 0, len;
    uint32_t cp = 0;
    while (end < n && s[end] == ' ')
        end++;
    static const char *const roles[] = {"记者", "記者", "通讯员", "通訊員"};
    bool credited = false;
    for (size_t k = 0; k < sizeof roles / sizeof roles[0] && !credited; k++)
        if (zp_starts_with(s, n, end, roles[k])) {
            end += strlen(roles[k]);
            credited = true;
        }
    if (!shown && !credited)
        return 0;
    while (end < n && s[end] == ' ')
        end++;
    while (end < n && han <= CREDIT_HAN_MAX && (len = zp_utf8_decode(s + end, n - end, &cp)) > 0 && zp_is_han(cp) &&
           !zp_starts_with(s, n, end, "摄") && !zp_starts_with(s, n, end, "攝")) {
        end += len;
        han++;
    }
    while (end < n && s[end] == ' ')
        end++;
    if (han < CREDIT_HAN_MIN || han > CREDIT_HAN_MAX || !(zp_starts_with(s, n, end, "摄") || zp_starts_with(s, n, end, "攝")))
        return 0;
    for (end += 3; end < n && s[end] == ' ';)
        end++;
    struct features rest;
    line_measure(&rest, s + end, n - end);
    return rest.chars >= GOOD_MIN && rest.commas + rest.stops > 0 ? end : 0;
}

/* The bytes of a wire's head glued before its text, in line i right under
 * the title: the dateline, the headline after 题: as the title has it,
 * and the reporters after it, a space between (某某社北京5月31日电 题:“…”
 * ——… 某某社记者某某、某某 截至…); 0 when it opens with none or no text
 * follows it. */
static size_t wire_head_len(const struct document *d, size_t i)
{
    const struct line *l = &d->lines[i];
    size_t above = i;
    while (above > 0 && d->lines[above - 1].cls == CLASS_BLANK)
        above--;
    if (above == 0 || !d->lines[above - 1].title)
        return 0;
    const struct line *title = &d->lines[above - 1];
    size_t at = line_wire_title(l->text, l->len);
    if (at == 0 || title->len == 0 || l->len - at < title->len || memcmp(l->text + at, title->text, title->len) != 0)
        return 0;
    for (at += title->len; at < l->len && l->text[at] == ' ';)
        at++;
    size_t end = at;
    while (end < l->len && l->text[end] != ' ')
        end++;
    static const char *const roles[] = {"记者", "記者", "通讯员", "通訊員"};
    bool reporters = false;
    for (size_t k = 0; k < sizeof roles / sizeof roles[0] && !reporters; k++)
        reporters = zp_find(l->text + at, end - at, roles[k]) < end - at;
    if (reporters)
        for (at = end; at < l->len && l->text[at] == ' ';)
            at++;
    struct features rest;
    line_measure(&rest, l->text + at, l->len - at);
    return rest.chars >= GOOD_MIN && rest.commas + rest.stops > 0 ? at : 0;
}

/* A watermark runs to 16 Han characters. */
enum { WATERMARK_BYTES_MAX = 3 * 16 };

/* Where the text after l's last stop begins, when l is prose, a stop
 * stands within its last WATERMARK_BYTES_MAX bytes and none ends it; l->len
 * when not.  The stops are looked for by their bytes (。 E3 80 82, ！ EF BC
 * 81, ？ EF BC 9F), as most lines asked end in one. */
static size_t after_last_stop(const struct line *l)
{
    if ((l->cls != CLASS_GOOD && l->cls != CLASS_NEAR_GOOD) || l->len <= WATERMARK_BYTES_MAX + 2 ||
        l->f.end == END_SENTENCE)
        return l->len;
    const unsigned char *s = l->text;
    for (size_t at = l->len - 1; at + WATERMARK_BYTES_MAX >= l->len; at--)
        if ((s[at - 2] == 0xE3 && s[at - 1] == 0x80 && s[at] == 0x82) ||
            (s[at - 2] == 0xEF && s[at - 1] == 0xBC && (s[at] == 0x81 || s[at] == 0x9F)))
            return at + 1;
    return l->len;
}

/* Where a site's disclaimer glued after a paragraph's sentences begins: a
 * sentence after a full stop that opens as a disclaimer's line does (…配备2
 * 名社工。本站部分信息由相应民事主体自行提供，…不承担任何保证责任。), the text
 * before it a paragraph of its own; l->len when none.  The stops are found
 * by their lead byte, which few other characters share (、《》【】). */
static size_t disclaimer_tail(const struct line *l)
{
    const unsigned char *s = l->text, *p = s, *end = s + l->len;
    while ((p = memchr(p, 0xE3, (size_t)(end - p))) != NULL && end - p >= 3) {
        p += 3;
        if (p[-2] != 0x80 || p[-1] != 0x82) /* 。 */
            continue;
        const unsigned char *next = p;
        while (next < end && *next == ' ')
            next++;
        if (next == end || keywords_start(next, (size_t)(end - next)) != KW_DISCLAIMER)
            continue;
        struct features before;
        line_measure(&before, s, (size_t)(next - s));
        return before.chars >= GOOD_MIN ? (size_t)(next - s) : l->len;
    }
    return l->len;
}

/* The bytes of an image in Markdown that opens s (![alt](address)), its
 * description and address without brackets of their own; 0 when none. */
static size_t markdown_image_len(const unsigned char *s, size_t n)
{
    enum { IMAGE_BYTES_MAX = 512 };
    if (n < 5 || s[0] != '!' || s[1] != '[')
        return 0;
    const unsigned char *close = memchr(s + 2, ']', n - 2 < IMAGE_BYTES_MAX ? n - 2 : IMAGE_BYTES_MAX);
    if (!close || close + 1 >= s + n || close[1] != '(')
        return 0;
    size_t from = (size_t)(close - s) + 2;
    const unsigned char *end = memchr(s + from, ')', n - from < IMAGE_BYTES_MAX ? n - from : IMAGE_BYTES_MAX);
    return end ? (size_t)(end - s) + 1 : 0;
}

/* A reporter's credit in brackets that opens a paragraph, no dateline
 * before it or in it ((记者 某某)某某县依托…, 【通讯员 某某 某某】为进一步…,
 * not (某某社记者某某金门12日电)): its bytes, to the closing bracket; 0 when
 * none, or when no sentence's worth of text follows it. */
static size_t opening_credit_len(const struct line *l)
{
    enum { CREDIT_BYTES_MAX = 90 };
    size_t indent = line_indent_len(l->text, l->len);
    const unsigned char *s = l->text + indent;
    size_t n = l->len - indent, open = 0, reach = n < CREDIT_BYTES_MAX ? n : CREDIT_BYTES_MAX, close = reach, end = 0;
    if (s[0] == '(' || starts_with(s, n, "\xEF\xBC\x88")) { /* （ */
        open = s[0] == '(' ? 1 : 3;
        size_t ascii = zp_find(s, reach, ")"), wide = zp_find(s, reach, "\xEF\xBC\x89"); /* ） */
        close = ascii < wide ? ascii : wide;
        end = close + (ascii < wide ? 1 : 3);
    } else if (starts_with(s, n, "\xE3\x80\x90")) { /* 【 */
        open = 3;
        close = zp_find(s, reach, "\xE3\x80\x91"); /* 】 */
        end = close + 3;
    }
    /* a space may part it from the text (【记者 某某／某地 报导】 为提升…) */
    while (open > 0 && end < n && s[end] == ' ')
        end++;
    /* the text after it opens with a Han character or the day it tells of
     * (【记者 某某】1月17日,…) */
    if (open == 0 || close == reach || end >= n || (s[end] < 0x80 && !zp_is_ascii_digit(s[end])))
        return 0;
    const unsigned char *inner = s + open;
    size_t inner_n = close - open;
    if (zp_ends_with(inner, inner_n, "电") || zp_ends_with(inner, inner_n, "電") ||
        zp_ends_with(inner, inner_n, "讯") || zp_ends_with(inner, inner_n, "訊"))
        return 0;
    /* a reporter's role in it, or a writer's mark at its start (（文/某某）,
     * （文:某某）) */
    if (zp_find(inner, inner_n, "记者") == inner_n && zp_find(inner, inner_n, "通讯员") == inner_n &&
        zp_find(inner, inner_n, "記者") == inner_n && zp_find(inner, inner_n, "通訊員") == inner_n &&
        !starts_with(inner, inner_n, "文/") && !starts_with(inner, inner_n, "文:") &&
        !starts_with(inner, inner_n, "文\xEF\xBC\x9A")) /* 文： */
        return 0;
    struct features rest;
    line_measure(&rest, s + end, n - end);
    return is_credit(inner, inner_n) && rest.chars >= GOOD_MIN ? indent + end : 0;
}

/* Chrome glued to a line's edge: what a scrape made of an indent (??),
 * a mark of the source (<正>), an image's markup (![](…)), a wire's head,
 * a date stamp or a spam URL before the text, credits after its last
 * sentence.  Whether any was cut. */
static bool trim_edges(struct document *d, size_t i)
{
    struct line *l = &d->lines[i];
    bool cut = false;
    if (l->text[0] == '?' || l->text[0] == ' ') {
        /* full-width spaces that could not be encoded: ???????? */
        size_t at = 0, marks;
        while (at < l->len && l->text[at] == ' ')
            at++;
        for (marks = 0; at < l->len && l->text[at] == '?'; at++)
            marks++;
        /* a space may follow them (??? 本报讯…) */
        while (marks >= 2 && at < l->len && l->text[at] == ' ')
            at++;
        if (marks >= 2 && at < l->len && l->text[at] >= 0x80) {
            cut_head(d, i, at, "mojibake");
            cut = true;
        }
    }
    /* a list's bullet before an abstract's label (•摘要:…), which the
     * label's reading passed over */
    size_t bullet;
    if (l->f.label == ZP_LABEL_ABSTRACT && (bullet = line_bullet_len(l)) > 0 && bullet < l->len) {
        cut_head(d, i, bullet, "bullet");
        cut = true;
    }
    if (starts_with(l->text, l->len, "<\xE6\xAD\xA3>")) { /* <正> */
        cut_head(d, i, 5, "mark");
        cut = true;
    }
    /* an image in the markup it was written in, the text glued after it
     * (![](…)会上，…) */
    size_t image = markdown_image_len(l->text, l->len);
    if (image > 0 && image < l->len) {
        cut_head(d, i, image, "image");
        cut = true;
    }
    size_t wire = l->f.chars > GOOD_MIN ? wire_head_len(d, i) : 0;
    if (wire > 0) {
        cut_head(d, i, wire, "wire-head");
        cut = true;
    }
    size_t opening_credit = l->cls >= CLASS_NEAR_GOOD ? opening_credit_len(l) : 0;
    if (opening_credit > 0) {
        cut_head(d, i, opening_credit, "credit");
        cut = true;
    }
    /* a template's English label may stand before it (date 2025-12-05 …) */
    size_t label = zp_date_label_len(l->text, l->len), date = zp_date_stamp(l->text + label, l->len - label);
    if (date > 0)
        date += label;
    /* a date in words (二〇〇三年…) or with 年 opens the sentence: its own */
    if (date > 0 && date < l->len && l->text[label] < 0x80 && l->text[label + 4] != 0xE5 /* 年 */ &&
        l->text[date] >= 0x80) {
        struct features f;
        line_measure(&f, l->text + date, l->len - date);
        struct line rest = {.text = l->text + date, .len = l->len - date, .f = f};
        if (f.chars >= GOOD_MIN || line_ends_in_stop(&rest)) {
            cut_head(d, i, date, "date");
            cut = true;
        }
    }
    size_t photo = l->cls == CLASS_GOOD ? glued_photo_caption(l) : 0;
    if (photo > 0) {
        cut_head(d, i, photo, "caption");
        cut = true;
    }
    if ((l->f.seen & SEEN_SPACE) && l->cls == CLASS_GOOD) {
        size_t captions = glued_captions(l);
        if (captions > 0) {
            cut_head(d, i, captions, "caption");
            cut = true;
        }
    }
    /* a URL in the first words, after a few words without punctuation:
     * within 90 bytes (30 Han characters, a spammer's slogan) and with
     * three letters at least (www) */
    enum { URL_REACH = 90, URL_LATIN_MIN = 3 };
    for (size_t at = 0; l->f.latin >= URL_LATIN_MIN && at + 8 < l->len && at < URL_REACH; at++) {
        if ((l->text[at] != 'h' && l->text[at] != 'w') ||
            !(starts_with(l->text + at, l->len - at, "http://") ||
              starts_with(l->text + at, l->len - at, "https://") ||
              starts_with(l->text + at, l->len - at, "www.")))
            continue;
        size_t end = at;
        while (end < l->len && l->text[end] != ' ' && l->text[end] < 0x80)
            end++;
        while (end < l->len && l->text[end] == ' ')
            end++;
        struct features before, after;
        line_measure(&before, l->text, at);
        line_measure(&after, l->text + end, l->len - end);
        if (before.commas + before.stops == 0 && after.chars >= GOOD_MIN) {
            cut_head(d, i, end, "url");
            cut = true;
        }
        break;
    }
    /* most lines end in a stop, which no cut here leaves: the last byte
     * of ) ） ] 】 | ｜ or a space, or a link's word */
    unsigned char last = l->text[l->len - 1];
    if (last == ')' || last == 0x89 || last == ']' || last == 0x91 || last == '|' || last == 0x9C || last == ' ' ||
        zp_is_ascii_digit(last) || more_link(l->text, l->len) < l->len)
        cut |= trim_credits(d, i);
    /* or in a name, of reporters after the last sentence */
    size_t reporters;
    if (l->cls == CLASS_GOOD && l->f.end == END_NONE && l->f.stops > 0 &&
        (reporters = reporters_tail(l->text, l->len)) < l->len) {
        cut_tail(d, i, reporters, "credit");
        cut = true;
    }
    size_t credit;
    if (l->cls == CLASS_GOOD && l->f.end == END_NONE && (credit = cut_off_credit(l->text, l->len)) < l->len) {
        cut_tail(d, i, credit, "credit");
        cut = true;
    }
    /* an opening bracket the scrape cut off right after it, inside a
     * word, opens nothing (…监督执( ); after a stop it may open the next
     * item's number ((3)), which stays */
    else if (l->cls == CLASS_GOOD && l->f.end == END_NONE &&
             (l->text[l->len - 1] == '(' || zp_ends_with(l->text, l->len, "\xEF\xBC\x88"))) { /* （ */
        size_t open = l->len - (l->text[l->len - 1] == '(' ? 1 : 3);
        uint32_t before;
        if (open > 0 && zp_utf8_last(l->text, open, &before) > 0 && zp_is_han(before)) {
            cut_tail(d, i, open, "mark");
            cut = true;
        }
    }
    /* or the site's name glued after the last sentence (…并开展心理咨询。
     * 某某新闻网), which no sentence leaves without its stop */
    size_t site;
    if (l->cls == CLASS_GOOD && l->f.end == END_NONE && l->f.stops > 0 && (site = after_last_stop(l)) < l->len &&
        line_names_outlet(l->text + site, l->len - site)) {
        cut_tail(d, i, site, "site-suffix");
        cut = true;
    }
    size_t disclaimer;
    if (l->cls == CLASS_GOOD && l->f.stops > 0 && (disclaimer = disclaimer_tail(l)) < l->len) {
        cut_tail(d, i, disclaimer, "disclaimer");
        cut = true;
    }
    if (cut)
        classify(l);
    return cut;
}

/* Whether line l holds the title's text whole, as a dateline that sets
 * the title after it does (新华社南昌11月18日电 题：某某): the page's echo
 * of its title, no first piece of a paragraph. */
static bool holds_title(const struct line *l, const struct line *title)
{
    if (!title || title->len > l->len)
        return false;
    size_t indent = line_indent_len(title->text, title->len), k = title->len - indent;
    const unsigned char *t = title->text + indent;
    if (k == 0)
        return false;
    for (const unsigned char *at = l->text, *end = l->text + l->len - k + 1;
         (at = memchr(at, t[0], (size_t)(end - at))) != NULL; at++)
        if (memcmp(at, t, k) == 0)
            return true;
    return false;
}

static bool ends_in_dash(const struct line *l)
{
    uint32_t last;
    zp_utf8_last(l->text, l->len, &last);
    return last == 0x2014 || last == 0x2015 || last == '-';
}

/* Whether b opens with a's first words: a's is a site's summary of the
 * lead under it, cut off, not its first piece (近日，某某镇…开展 / 近日，
 * 某某镇…开展“…”检查。); or with words a holds a little way in, after the
 * reporter's credit the summary opens with (本报记者 某某报道隆冬清晨,…屋内,
 * 77... / 隆冬清晨,…) */
static bool opens_alike(const struct line *a, const struct line *b)
{
    enum { ALIKE_BYTES = 3 * 6, COPIED_BYTES = 3 * 8, COPY_REACH = 3 * 24 };
    if (a->len >= ALIKE_BYTES && b->len >= ALIKE_BYTES && memcmp(a->text, b->text, ALIKE_BYTES) == 0)
        return true;
    size_t reach = a->len < COPY_REACH + COPIED_BYTES ? a->len : COPY_REACH + COPIED_BYTES;
    return b->len >= COPIED_BYTES && memmem(a->text, reach, b->text, COPIED_BYTES) != NULL;
}

/* The characters of the short sentence with a comma in it that opens l and
 * leads its text in as a heading would (数字下沉,乡村焕发新活力。…); 0 when
 * none does. */
static size_t lead_sentence_chars(const struct line *l)
{
    enum { LEAD_SENTENCE_MAX = 20 };
    size_t chars = 0, commas = 0;
    for (size_t at = 0, len; at < l->len && chars < LEAD_SENTENCE_MAX; at += len) {
        uint32_t cp;
        len = zp_utf8_char(l->text + at, l->len - at, &cp);
        chars++;
        if (zp_is_sentence_end(cp))
            return commas > 0 && at + len < l->len ? chars : 0;
        if (cp == 0xFF0C || cp == ',')
            commas++;
        else if (zp_is_stop(cp, ZP_STOP_PHRASE) || !(zp_is_han(cp) || cp == 0x201C || cp == 0x201D))
            return 0;
    }
    return 0;
}

/* Whether a, a paragraph's first piece, and b open alike with a short
 * sentence that leads their text in (数字下沉,乡村焕发新活力。… / 乡土达人,
 * 成乡村振兴新力量。…): two parts of a list, though a's stop fell off its
 * end. */
static bool lead_in_alike(const struct line *a, const struct line *b)
{
    return !a->joined && lead_sentence_chars(b) > 0 && lead_sentence_chars(a) > 0;
}

/* The measure of a verse line: the Han characters of each of its clauses
 * when it has two or more and all have as many, three to seven, as a
 * village's rules in rhyme (勤劳作,善节俭,跟党走,共富裕,) or a jingle are
 * set; 0 for any other line. */
static size_t verse_measure(const struct line *l)
{
    enum { MEASURE_MIN = 3, MEASURE_MAX = 7 };
    size_t measure = 0, han = 0, clauses = 0;
    for (size_t at = 0, len; at < l->len; at += len) {
        uint32_t cp;
        len = zp_utf8_char(l->text + at, l->len - at, &cp);
        if (zp_is_han(cp)) {
            han++;
            continue;
        }
        bool last = at + len == l->len;
        if (!(cp == 0xFF0C || cp == ',' || (last && (cp == 0x3002 || cp == 0xFF1B))) || han == 0 ||
            (measure && han != measure))
            return 0;
        measure = han;
        han = 0;
        clauses++;
    }
    return han == 0 && clauses >= 2 && measure >= MEASURE_MIN && measure <= MEASURE_MAX ? measure : 0;
}

/* Whether a and b are verse of one measure: each line its own, though a
 * ends in a comma.  Prose broken off seldom runs so even. */
static bool verses_alike(const struct line *a, const struct line *b)
{
    size_t measure = verse_measure(a);
    return measure > 0 && verse_measure(b) == measure;
}

/* A dropped line no paragraph runs across: the page's foot, or a
 * document's file name (某某.docx), under which a sharing site's notices
 * end and the document begins. */
static bool parts_pieces(const struct line *l) { return is_foot_chrome(l) || is_rule(l, "file"); }

/* A photograph's caption that opens with its day (2025年1月20日,某某中心到
 * 某某社区调解一起纠纷): short, no stop, a whole date and a comma first.
 * It breaks off nowhere, so no paragraph runs across the lines under it. */
static bool is_dated_caption(const struct line *l)
{
    size_t date = zp_date_stamp(l->text, l->len);
    return date > 0 && date + 3 <= l->len && l->f.chars <= SHORT_MAX && l->f.stops == 0 && l->f.end == END_NONE &&
           (l->text[date] == ',' || memcmp(l->text + date, "\xEF\xBC\x8C", 3) == 0); /* ， */
}

/* A document's name on its line, as a notice sets the one it sends over
 * its text (某某开发区深入开展某某活动实施方案 / 为认真贯彻…): short, no
 * mark, the kind of document last and no 《 left open; the text under it
 * is its own. */
static bool names_document(const struct line *l)
{
    return l->f.chars <= SHORT_MAX && l->f.stops + l->f.commas == 0 &&
           keywords_end(l->text, l->len, KW_GENRE) != KW_NONE && open_book_titles(l->text, l->len) == 0;
}

/* Whether line c is a copy of stamp l, whose words without a count take
 * its first stem bytes: the same bytes, or, when l is counted, its words
 * with a count of their own (某某标题(2) … 某某标题(3)). */
static bool is_stamp_copy(const struct line *l, size_t stem, const struct line *c)
{
    if (stem == l->len)
        return c->len == l->len && memcmp(c->text, l->text, l->len) == 0;
    return c->len > stem && c->len - stem <= COUNT_BYTES_MAX && uncounted_len(c) == stem &&
           memcmp(c->text, l->text, stem) == 0;
}

/* Whether the page's first lines hold s alone, as the headline a stamp
 * counts copies of: looked for in a few lines, as each stamp asks. */
static bool heads_page(const struct document *d, const unsigned char *s, size_t n)
{
    enum { HEAD_LOOK = 16 };
    for (size_t k = 0; k < d->count && k < HEAD_LOOK; k++)
        if (d->lines[k].len == n && memcmp(d->lines[k].text, s, n) == 0)
            return true;
    return false;
}

/* Whether l is another page's headline with its day after it, glued or
 * spaced (某某携手合作迈向典范2013.08.07): short, no stop, Han words and the
 * date. */
static bool is_dated_headline(const struct line *l)
{
    if (l->rule || l->title || l->f.stops > 0 || l->f.chars > SHORT_MAX || l->f.han < TITLE_HAN_MIN)
        return false;
    size_t date = line_date_at_end(l->text, l->len);
    return date < l->len && date > 0 && !zp_is_ascii_digit(l->text[date - 1]);
}

/* Other pages' headlines, each with its day after it, three or more in a
 * row, blank lines aside: a list of links, which no text sets out so,
 * though one such line alone may be a title with its date. */
static void drop_dated_lists(struct document *d)
{
    enum { DATED_LIST_MIN = 3 };
    size_t run = 0, first = 0;
    for (size_t i = 0; i <= d->count; i++) {
        if (i < d->count && d->lines[i].cls == CLASS_BLANK)
            continue;
        if (i < d->count && is_dated_headline(&d->lines[i])) {
            if (run++ == 0)
                first = i;
            continue;
        }
        for (size_t j = first; run >= DATED_LIST_MIN && j < i; j++)
            if (d->lines[j].cls != CLASS_BLANK)
                set_bad(&d->lines[j], "related");
        run = 0;
    }
}

/* A template's stamp between the paragraphs, a headline's words with no
 * mark at their end that stand three times or more as they are, or
 * counted when the page's head holds them alone (某某标题 / … / 某某标题(2)
 * / … / 某某标题(3)), each within a few lines of the one before (某某标题
 * - 某某网 / 按照规定,… / 某某标题 - 某某网 / 她工作… / 某某标题 - 某某网):
 * no piece of the paragraph under it, nor text of the page, every copy goes
 * before the pieces are joined; the title's copies are the title's matter.
 * Each line looks down alone, and a stamp's copies are marked when its
 * first is met. */
static void drop_stamps(struct document *d)
{
    enum { STAMP_LOOK = 16, STAMP_COPIES_MIN = 3 };
    for (size_t i = 0; i < d->count; i++) {
        struct line *l = &d->lines[i];
        if (l->rule || l->title || l->f.end != END_NONE || l->f.han < TITLE_HAN_MIN || l->f.chars > SHORT_MAX)
            continue;
        size_t stem = uncounted_len(l), copies = 1, last = i;
        if (stem < l->len && !heads_page(d, l->text, stem))
            continue;
        bool title = false;
        for (size_t j = i + 1; j < d->count && j <= last + STAMP_LOOK; j++)
            if (is_stamp_copy(l, stem, &d->lines[j])) {
                copies++;
                last = j;
                title |= d->lines[j].title;
            }
        if (copies < STAMP_COPIES_MIN || title)
            continue;
        for (size_t j = i; j <= last; j++)
            if (!d->lines[j].rule && is_stamp_copy(l, stem, &d->lines[j]))
                set_bad(&d->lines[j], "repeat");
    }
}

/* Whether l names a copyright or a licence in its first 30 characters, as
 * a notice does in its first clause (本稿件所含文字、图片…,版权均属某某所有,…):
 * looked for there alone, as every piece that may join is asked. */
static bool opens_as_rights_notice(const struct line *l)
{
    enum { NOTICE_REACH = 3 * 30 };
    return keywords_any_of(l->text, l->len < NOTICE_REACH ? l->len : NOTICE_REACH,
                           (1u << KW_COPYRIGHT) | (1u << KW_LICENCE)) != KW_NONE;
}

/* Joins the pieces of paragraphs the scrape broke: a piece that breaks off
 * takes the next prose line, across any short caption lines between them.
 * Only prose joins prose: never a bad, bracketed or labelled line, nor one
 * that ends in markup, nor an enumerated one (a heading), unless it is a
 * long enumerated paragraph that broke off. */
static void join_pieces(struct document *d, size_t from)
{
    const struct line *title = NULL;
    for (size_t i = 0; i < d->count && !title; i++)
        if (d->lines[i].title)
            title = &d->lines[i];
    size_t open = d->count, kept = d->count; /* the last line kept */
    uint32_t column = column_unknown;
    for (size_t i = from; i < d->count; i++) {
        struct line *l = &d->lines[i];
        if (l->rule || l->cls == CLASS_BLANK) {
            if (l->cls != CLASS_BLANK)
                kept = d->count;
            /* a page's foot between two pieces: the text ended before it,
             * cut off, and the prose under it is the foot's; a label of a
             * journal's head (关键词:) parts two parts of the page */
            if (open < d->count && l->rule && (parts_pieces(l) || l->f.label != ZP_LABEL_NONE))
                open = d->count;
            continue;
        }
        /* a heading that broke after 的, which ends no phrase, and the
         * document's kind under it (关于支持某某县的 / 实施意见) */
        if (kept < d->count && !d->lines[kept].title && !l->title && zp_ends_with(d->lines[kept].text, d->lines[kept].len, "的") &&
            is_title_tail(&d->lines[kept], l)) {
            l->rule = "broken";
            l->joined = true;
            open = d->count;
            continue;
        }
        kept = i;
        if (open < d->count && !l->title) {
            /* a dash at a line's end leads in to what stands under it, as
             * a colon does, unless the line fills the page's column and
             * broke there */
            bool leads_in = ends_in_dash(&d->lines[open]) && !fills_column(d, from, &d->lines[open], &column);
            /* a heading in two lines, the first ending in a dash (选优派强——
             * / 精兵强将沉一线): the short line under it is its second, no
             * caption and no piece */
            if (leads_in && l->f.end == END_NONE && l->f.chars <= SHORT_MAX && d->lines[open].f.chars <= SHORT_MAX) {
                open = d->count;
                continue;
            }
            /* captions: short lines without a mark, then a piece that goes on */
            size_t j = i, captions = 0;
            bool foot = false;
            while (j < d->count && captions < CAPTIONS_MAX && !foot) {
                struct line *c = &d->lines[j];
                if (c->rule || c->cls == CLASS_BLANK) {
                    foot = c->rule && parts_pieces(c);
                    j++;
                    continue;
                }
                /* a number opens a heading (篇一, 一、, 1.1研究背景), as does
                 * the shape of the text's other headings; a bullet may open
                 * a caption or the page's data */
                if (c->f.end != END_NONE || c->f.chars > ZP_HEADING_MAX ||
                    (line_is_numbered(c) && !line_opens_with_bullet(c)) || is_glued_numbered_heading(c) ||
                    c->cls == CLASS_GOOD ||
                    line_gives_contact(c->text, c->len) || has_twin_heading(d, j))
                    break;
                captions++;
                j++;
            }
            while (j < d->count && !foot && (d->lines[j].rule || d->lines[j].cls == CLASS_BLANK)) {
                foot = d->lines[j].rule && parts_pieces(&d->lines[j]);
                j++;
            }
            if (captions > 0 && !foot && j < d->count && line_may_continue(&d->lines[j]) &&
                !(d->lines[j].f.end == END_NONE && d->lines[j].f.chars <= ZP_HEADING_MAX)) {
                for (size_t k = i; k < j; k++)
                    if (!d->lines[k].rule && d->lines[k].cls != CLASS_BLANK)
                        set_bad(&d->lines[k], "caption");
                i = j;
                l = &d->lines[i];
            }
            /* a piece that ends in no mark may be a whole paragraph that
             * lost its stop: a short line after it with no mark in it is a
             * heading or a cut-off fragment of its own, not its end */
            bool fragment = d->lines[open].f.end == END_NONE && l->f.end == END_NONE &&
                            l->f.chars <= ZP_HEADING_MAX && l->f.stops == 0 &&
                            !fills_column(d, from, &d->lines[open], &column);
            /* nor does a paragraph join the line that leads in to it
             * (…收获着巨大流量—— / 通过…。), nor a notice of the page's
             * rights after a text that lost its stop (…据新华社 / 本稿件…版权
             * 均属某某所有…) */
            if ((line_may_continue(l) || line_continues_at_margin(&d->lines[open], l)) && !fragment &&
                !is_glued_numbered_heading(l) &&
                !(leads_in && l->f.chars > ZP_HEADING_MAX) && !opens_alike(&d->lines[open], l) &&
                !lead_in_alike(&d->lines[open], l) && !verses_alike(&d->lines[open], l) &&
                !opens_as_rights_notice(l)) {
                l->rule = "broken";
                l->joined = true;
                /* the paragraph stays open while its last piece is */
                open = !l->jumps && (line_is_open(l) || fills_column(d, from, l, &column)) ? i : d->count;
                continue;
            }
        }
        open = !l->title && !l->jumps &&
                       ((line_is_open(l) && !names_document(l)) || fills_column(d, from, l, &column)) &&
                       !holds_title(l, title) &&
                       !ends_in_photo_credit(l) && !is_dated_caption(l) && !opens_subtitle(l) &&
                       !line_opens_with_speaker(l)
                   ? i
                   : d->count;
    }
}

/* The evidence a line gives its neighbours: its own class, with the title
 * counting as article.  Joined pieces count as their class. */
static enum line_class evidence(const struct line *l)
{
    /* a notice's fields are its text, though each is short and images may
     * stand around them */
    if (l->title || l->joined || (l->cls == CLASS_NEAR_GOOD && line_is_notice_field(l)))
        return CLASS_GOOD;
    if (l->cls == CLASS_BAD || (l->cls == CLASS_GOOD && !line_is_phone_row(l)))
        return l->cls;
    return CLASS_SHORT;
}

/* Chrome between a heading and its text: an image's place or its caption,
 * a date, a byline, an author or label; other chrome ends the look. */
static bool is_soft_bad(const struct line *l)
{
    static const char *const soft[] = {"caption", "image", "date", "byline", "author", "affiliation",
                                       "label", "no-text", "publication", "editor"};
    for (size_t i = 0; i < sizeof soft / sizeof soft[0]; i++)
        if (is_rule(l, soft[i]))
            return true;
    return false;
}

/* A short line heads text when prose follows it within a few lines: short
 * lines (a heading over two lines) and captions may stand between. */
static bool text_follows(const struct document *d, size_t i)
{
    size_t seen = 0, chars = 0;
    for (size_t j = i + 1; j < d->count && seen < HEADING_LOOK && chars <= HEADING_REACH; j++) {
        const struct line *l = &d->lines[j];
        if (l->cls == CLASS_BLANK)
            continue;
        seen++;
        if (j == d->cut_off)
            return true;
        /* a row of telephones is no text, however long */
        if ((l->cls == CLASS_GOOD || l->cls == CLASS_NEAR_GOOD) && !l->rule && !line_is_phone_row(l))
            return true;
        if (l->cls == CLASS_BAD && !is_soft_bad(l))
            return false;
        chars += l->f.chars;
    }
    return false;
}

/* Whether l opens a quotation it never closes (“上头把‘提秤的人): a
 * sentence the scrape cut inside its quote, as no chrome's words are. */
static bool opens_unclosed_quote(const struct line *l)
{
    const unsigned char *open = memmem(l->text, l->len, "\xE2\x80\x9C", 3); /* “ */
    return open && !memmem(open, (size_t)(l->text + l->len - open), "\xE2\x80\x9D", 3); /* ” */
}

/* The document's last line, right under article text: the scrape cut it
 * off (老旧小区改造过), and the end of a page is no evidence of chrome.
 * Prose that breaks off, a clause mark in it (2020年6月8日，习近), may have
 * a heading or two between it and the text: the scrape cut the next
 * section at its first words. */
static bool is_cut_off(const struct document *d, size_t i)
{
    const struct line *last = &d->lines[i];
    /* names and bylines after the text are its credits; markup or a
     * template's code is no text */
    if (last->rule || last->cls == CLASS_BAD || last->f.han == 0 || last->f.han <= last->f.latin ||
        (last->f.end == END_NONE && (zp_is_names_row(last->text, last->len) || line_is_author(last))))
        return false;
    /* prose breaks off with a clause mark in it, or under a numbered
     * heading, the first words of its section (（一）政治领导功能 / 政治领导
     * 功能是基层党组织最基), or any words before a comma there (2 概念梳理 /
     * 1963年，) */
    enum { CUT_UNDER_HEADING_HAN_MIN = 8 };
    size_t above = previous_nonblank(d, i);
    bool under_numbered = above < d->count && !d->lines[above].rule && d->lines[above].cls == CLASS_SHORT &&
                          line_is_numbered(&d->lines[above]) &&
                          (last->f.han >= CUT_UNDER_HEADING_HAN_MIN || last->f.end == END_OPEN);
    bool breaks_off = (last->f.end == END_NONE || last->f.end == END_OPEN) &&
                      (last->f.commas + last->f.stops > 0 || under_numbered || opens_unclosed_quote(last));
    size_t headings = 0;
    for (size_t j = i; j-- > 0;) {
        const struct line *l = &d->lines[j];
        if (l->cls == CLASS_BLANK || (l->rule && l->joined))
            continue;
        if (breaks_off && headings < HEADINGS_BEFORE_CUT && l->cls == CLASS_SHORT && !l->rule &&
            !l->title && l->f.end != END_SENTENCE) {
            headings++;
            continue;
        }
        return !l->rule && !l->title && (l->cls == CLASS_GOOD || l->cls == CLASS_NEAR_GOOD);
    }
    return false;
}

/* The number an enumerator opens line l with (二、 （3） 第四 ⑤ 五是: 2 3 4 5
 * 5), up to 99; 0 for none. */
static unsigned enumerator_number(const struct line *l)
{
    static const char numerals[] = "一二三四五六七八九十";
    size_t len;
    if (l->f.enumerator == ZP_ENUM_NONE)
        return 0;
    unsigned value = 0;
    for (size_t at = 0; at < l->len && at < 12; at += len) {
        uint32_t cp;
        len = zp_utf8_char(l->text + at, l->len - at, &cp);
        if (cp >= 0x2460 && cp <= 0x2473) /* ① to ⑳ */
            return cp - 0x2460 + 1;
        if (cp >= 0x2474 && cp <= 0x2487) /* ⑴ to ⒇ */
            return cp - 0x2474 + 1;
        if (cp >= 0x2488 && cp <= 0x249B) /* ⒈ to ⒛ */
            return cp - 0x2488 + 1;
        if (cp >= '0' && cp <= '9') {
            value = 10 * value + (cp - '0');
            continue;
        }
        const char *numeral = len == 3 ? strstr(numerals, (const char[4]){(char)l->text[at], (char)l->text[at + 1],
                                                                          (char)l->text[at + 2], 0})
                                       : NULL;
        if (numeral) {
            unsigned digit = (unsigned)(numeral - numerals) / 3 + 1;
            /* 十 multiplies what stands before it, or stands for 10 */
            value = digit == 10 ? (value ? value : 1) * 10 : value + digit;
            continue;
        }
        if (value > 0 || !(cp == '(' || cp == 0xFF08 /* （ */ || cp == 0x7B2C /* 第 */))
            break;
    }
    return value < 100 ? value : 0;
}

/* Whether short line i, with no text after it, is the next of a run of
 * numbered headings kept above it (一、… then 二、…): a scrape cut off the
 * section it opens.  The nearest line numbered the same way decides. */
static bool continues_headings(const struct document *d, size_t i)
{
    const struct line *l = &d->lines[i];
    unsigned number = enumerator_number(l);
    if (number < 2 || l->f.end == END_SENTENCE || l->f.chars > SHORT_MAX)
        return false;
    for (size_t k = i; k-- > 0;) {
        const struct line *above = &d->lines[k];
        if (above->f.enumerator != l->f.enumerator || above->joined)
            continue;
        return !above->rule && above->cls == CLASS_SHORT && enumerator_number(above) + 1 == number;
    }
    return false;
}

/* Whether short line i opens a run numbered in turn (1、… over 2、…), no
 * rule having taken either. */
static bool opens_numbered_run(const struct document *d, size_t i)
{
    const struct line *l = &d->lines[i];
    if (l->rule || l->f.chars > SHORT_MAX || l->f.end == END_SENTENCE || enumerator_number(l) != 1)
        return false;
    size_t next = next_nonblank(d, i);
    return next < d->count && !d->lines[next].rule && d->lines[next].f.enumerator == l->f.enumerator &&
           d->lines[next].f.chars <= SHORT_MAX && enumerator_number(&d->lines[next]) == 2;
}

/* Whether line l may be a field's heading or value in a notice's run of
 * numbered fields: short, and no rule took it but for holding no Han
 * (5:00~8:00, 0512-53575410) or being a row of labelled values, as a
 * project's are (投资:500万元 实施单位:某某局). */
static bool may_be_field_part(const struct line *l)
{
    return l->f.chars <= SHORT_MAX && l->f.end != END_SENTENCE &&
           ((!l->rule && (l->cls == CLASS_SHORT || l->cls == CLASS_NEAR_GOOD)) || is_rule(l, "no-text") ||
            is_rule(l, "fields"));
}

/* A notice's numbered fields, each a short heading over a short value or
 * two (一、设置地点 / 某某公园内 / 二、经营时间 / 5:00~8:00 / 三、咨询电话 /
 * 0512-…): three headings or more numbered in turn, each at most
 * FIELD_VALUES_MAX lines over the next, stay with their values whatever
 * their shape, as near-good lines.  Their neighbours would make chrome of
 * short lines one by one. */
static void keep_numbered_fields(struct document *d)
{
    enum { FIELD_VALUES_MAX = 3, FIELD_HEADINGS_MIN = 3 };
    for (size_t i = 0; i < d->count; i++) {
        const struct line *first = &d->lines[i];
        if (!(first->passes & PASS_FIELDS_RUN) || !may_be_field_part(first))
            continue;
        /* the run from heading i: its headings, and where its last
         * heading's values end */
        size_t headings = 1, end = i + 1, values = 0;
        unsigned number = 1;
        for (size_t j = i + 1; j < d->count; j++) {
            const struct line *l = &d->lines[j];
            if (l->cls == CLASS_BLANK)
                continue;
            if (!may_be_field_part(l))
                break;
            if (l->f.enumerator == first->f.enumerator && enumerator_number(l) == number + 1) {
                if (values == 0)
                    break;
                number++;
                headings++;
                values = 0;
            } else if (l->f.enumerator != ZP_ENUM_NONE || ++values > FIELD_VALUES_MAX) {
                break;
            }
            end = j + 1;
        }
        if (headings < FIELD_HEADINGS_MIN)
            continue;
        for (size_t j = i; j < end; j++) {
            struct line *l = &d->lines[j];
            if (l->cls != CLASS_BLANK) {
                l->rule = NULL;
                l->cls = CLASS_NEAR_GOOD;
            }
        }
        i = end - 1;
    }
}

/* The name of the attachment that line l's label announces (附件:某某名单,
 * 附件1：《某某办法》), in *name and *len; false when l opens with no such
 * label. */
static bool attachment_name(const struct line *l, const unsigned char **name, size_t *len)
{
    size_t indent = line_indent_len(l->text, l->len);
    const unsigned char *s = l->text + indent;
    size_t n = l->len - indent, at = 6;
    if (n < 6 || memcmp(s, "附件", 6) != 0)
        return false;
    while (at < n && (zp_is_ascii_digit(s[at]) || s[at] == ' '))
        at++;
    if ((at = line_after_colon(s, n, at)) == 0)
        return false;
    if (n - at >= 3 && memcmp(s + at, "《", 3) == 0)
        at += 3;
    *name = s + at;
    *len = n - at;
    return true;
}

/* A notice's attachment, which the text names (附件:某某名单) and which
 * follows the signature under its name, perhaps broken over two lines:
 * its list of short items (某某区(4个) / 某某镇某某村) is the notice's,
 * though no prose follows them.  The line after the label that opens
 * with the named attachment's first words, or d->count; its label's
 * line in *label.  Only the first label that names one is looked at. */
static size_t attachment_start(const struct document *d, size_t from, size_t *label)
{
    enum { NAME_BYTES_MIN = 3 * 4 };
    for (size_t i = from; i < d->count; i++) {
        const unsigned char *name;
        size_t name_len;
        if (d->lines[i].rule || !attachment_name(&d->lines[i], &name, &name_len) || name_len < NAME_BYTES_MIN)
            continue;
        /* the first label that names one is the notice's: looking after
         * each would take time as the square of the labels */
        for (size_t j = i + 1; j < d->count; j++) {
            const struct line *h = &d->lines[j];
            size_t common = h->len < name_len ? h->len : name_len;
            if (common >= NAME_BYTES_MIN && !(h->rule && h->cls == CLASS_BAD) &&
                memcmp(h->text, name, common) == 0) {
                *label = i;
                return j;
            }
        }
        return d->count;
    }
    return d->count;
}

/* A label of up to EMPTY_LABEL_HAN Han characters and its colon alone on
 * its line (附件下载:, 相关链接：). */
static bool is_empty_label(const struct line *l)
{
    enum { EMPTY_LABEL_HAN = 6 };
    const unsigned char *s = l->text;
    size_t n = l->len;
    return l->f.han <= EMPTY_LABEL_HAN && l->f.han + 1 == l->f.chars && n > 0 &&
           (s[n - 1] == ':' || (n >= 3 && memcmp(s + n - 3, "\xEF\xBC\x9A", 3) == 0));
}

/* The lines from i to the document's end when each is an empty label
 * (文件下载: / 关联文件:), else 0. */
static size_t empty_labels_to_end(const struct document *d, size_t i)
{
    size_t labels = 0;
    for (; i < d->count; i = next_nonblank(d, i), labels++)
        if (d->lines[i].rule || !is_empty_label(&d->lines[i]))
            return 0;
    return labels;
}

/* Whether the line above line i or the line below it is the chrome of a
 * page's foot: whom to ask beside it (版权所有。 / 联系电话:…, 联系电话:…
 * / 网站标识码:…) is the site's, no notice's. */
static bool beside_foot_chrome(const struct document *d, size_t i)
{
    size_t above = previous_nonblank(d, i), below = next_nonblank(d, i);
    return (above < d->count && is_foot_chrome(&d->lines[above])) ||
           (below < d->count && is_foot_chrome(&d->lines[below]));
}

/* Short and near-good lines, by their neighbours.  A near-good line goes
 * only between chrome on both sides: the end of the document is no
 * evidence, so a cut-off last piece stays.  A short line stays when text
 * follows it soon (a heading), and goes when none does: from the end,
 * lines go back only to the first good or near-good one. */
static void decide_by_context(struct document *d)
{
    /* only a short or near-good line no rule took is decided here: a page
     * with none (a quarter of the fixture pages) is not walked */
    size_t first = 0;
    while (first < d->count && (d->lines[first].rule || d->lines[first].title ||
                                (d->lines[first].cls != CLASS_SHORT && d->lines[first].cls != CLASS_NEAR_GOOD)))
        first++;
    if (first == d->count)
        return;
    enum line_class before = CLASS_SHORT;
    size_t good_before = SIZE_MAX; /* non-blank lines back to article text */
    /* the evidence after each line, and how far the next article text is,
     * from the end back */
    d->after = zp_grow(d->after, &d->after_cap, d->count + 1, sizeof *d->after);
    struct evidence *after = d->after;
    after[d->count] = (struct evidence){CLASS_SHORT, CLASS_SHORT, DISTANCE_NONE};
    size_t last = d->count;
    while (last > 0 && d->lines[last - 1].cls == CLASS_BLANK)
        last--;
    d->cut_off = last > 0 && is_cut_off(d, last - 1) ? last - 1 : SIZE_MAX;
    for (size_t i = d->count; i-- > 0;) {
        const struct line *l = &d->lines[i];
        enum line_class e = evidence(l);
        uint8_t next = after[i + 1].good_distance;
        after[i].own = (uint8_t)e;
        after[i].cls = e == CLASS_SHORT ? after[i + 1].cls : e;
        /* only a distance below NEAR tells: the far ones stay far */
        after[i].good_distance = e == CLASS_GOOD                                ? 0
                                 : l->cls == CLASS_BLANK || next >= DISTANCE_NONE - 1 ? next
                                                                                     : next + 1;
    }
    size_t label = d->count, attachment = d->passes & PASS_ATTACHMENT ? attachment_start(d, first, &label) : d->count;
    /* whether the last non-blank line was article text or a roster's line
     * kept after it, and whether that was a roster's line */
    bool after_text = false, after_roster = false;
    for (size_t i = 0; i < d->count; i++) {
        struct line *l = &d->lines[i];
        enum line_class e = (enum line_class)after[i].own;
        if (l->cls != CLASS_BLANK && good_before != SIZE_MAX)
            good_before++;
        if (e == CLASS_GOOD)
            good_before = 0;
        if (l->cls == CLASS_BLANK)
            continue;
        bool was_text = after_text, was_roster = after_roster;
        after_text = (!l->rule || l->joined) && (e == CLASS_GOOD || l->cls == CLASS_NEAR_GOOD);
        after_roster = false;
        if (l->rule || l->title || l->phrase || e != CLASS_SHORT) {
            if (e != CLASS_SHORT)
                before = e;
            continue;
        }
        if (l->cls == CLASS_NEAR_GOOD) {
            /* chrome on both sides, and no article text a line or two away
             * (an inline ad or a caption may part two paragraphs); a lead
             * that opens with its dateline is the text between a page's
             * photographs (某某网1月27日讯 (记者 某某)1月27日，…。) */
            if (before == CLASS_BAD && after[i + 1].cls == CLASS_BAD && good_before > NEAR &&
                after[i + 1].good_distance >= NEAR && !line_opens_as_lead(l) && !is_quoted_sentence(l))
                l->rule = "between-chrome";
            /* a label of a few words whose value never comes, chrome under
             * it and no text (附件下载:), or chrome over it at the page's end
             * (…版权所有。 / 本站访问人数:), is the page's field */
            else if (is_empty_label(l) &&
                     ((after[i + 1].cls == CLASS_BAD && after[i + 1].good_distance >= NEAR) ||
                      (before == CLASS_BAD && next_nonblank(d, i) == d->count)) &&
                     !text_follows(d, i))
                l->rule = "empty-field";
            /* or a run of such labels that ends the page (文件下载: / 关联文件:) */
            else if (is_empty_label(l) && empty_labels_to_end(d, i) >= 2)
                for (size_t k = i; k < d->count; k = next_nonblank(d, k))
                    d->lines[k].rule = "empty-field";
        } else if (!text_follows(d, i) && i != d->cut_off && i < attachment && i != label &&
                   !continues_headings(d, i) &&
                   !(line_gives_contact(l->text, l->len) && !beside_foot_chrome(d, i)) &&
                   !(before == CLASS_GOOD && after[i + 1].cls == CLASS_GOOD &&
                     after[i + 1].good_distance < LIST_BETWEEN_MAX)) {
            /* a list numbered in turn right under the text stays, with a
             * line that heads it (议决后公布的项目 / 1、某某项目 / 2、…): its
             * items after the first continue it as headings do */
            size_t next;
            if (was_text && (opens_numbered_run(d, i) ||
                             ((next = next_nonblank(d, i)) < d->count && opens_numbered_run(d, next)))) {
                after_text = true;
                continue;
            }
            /* a roster of two lines or more right under the text stays */
            if (was_text && is_roster_line(l) &&
                (was_roster || ((next = next_nonblank(d, i)) < d->count && !d->lines[next].rule &&
                                is_roster_line(&d->lines[next])))) {
                after_text = after_roster = true;
                continue;
            }
            l->rule = l->f.end == END_SENTENCE || after[i + 1].cls != CLASS_SHORT ? "short" : "tail";
        }
    }
}

/* The paragraph that starts at kept line i, with the pieces joined to it,
 * as one line of text in d->joined, which has room for it. */
static void gather(struct document *d, size_t i)
{
    struct line *head = &d->lines[i];
    size_t j = i + 1;
    while (j < d->count && d->lines[j].rule && !d->lines[j].joined)
        j++;
    if (j == d->count || !d->lines[j].joined)
        return;
    struct zp_buffer *joined = &d->joined;
    unsigned char *start = joined->data + joined->len;
    memcpy(start, head->text, head->len);
    joined->len += head->len;
    for (size_t k = i + 1; k < d->count && d->lines[k].rule; k++) {
        const struct line *piece = &d->lines[k];
        if (!piece->joined)
            continue;
        /* the page's margin before a piece is no part of the text */
        size_t indent = line_indent_len(piece->text, piece->len);
        const unsigned char *text = piece->text + indent;
        size_t len = piece->len - indent;
        unsigned char last = joined->len > 0 ? joined->data[joined->len - 1] : 0, first = len > 0 ? text[0] : 0;
        /* Latin words broken apart keep a space between them */
        if (len > 0 && ((last | 0x20) >= 'a' && (last | 0x20) <= 'z') && ((first | 0x20) >= 'a' && (first | 0x20) <= 'z'))
            joined->data[joined->len++] = ' ';
        memcpy(joined->data + joined->len, text, len);
        joined->len += len;
    }
    forget_looks(head);
    head->text = start;
    head->len = (size_t)(joined->data + joined->len - start);
    joined->data[joined->len++] = '\n';
}

static void gather_all(struct document *d)
{
    bool any = false;
    for (size_t i = 0; i < d->count && !any; i++)
        any = d->lines[i].joined;
    if (!any)
        return;
    /* at most the document's text, a space between each two pieces and an
     * LF each */
    const struct line *last = &d->lines[d->count - 1];
    size_t span = (size_t)(last->raw + last->raw_len - d->lines[0].raw);
    d->joined.len = 0;
    /* and the bytes that --explain's counts read past the last paragraph,
     * set */
    zp_buffer_room(&d->joined, span + 2 * d->count + READ_PAST);
    for (size_t i = 0; i < d->count; i++)
        if (!d->lines[i].rule)
            gather(d, i);
    memset(d->joined.data + d->joined.len, 0, READ_PAST);
}

/* Whether l is shaped as an item of sections set out alike: a numbered
 * heading, or a list's item ending in a semicolon, as short. */
static bool is_item_shaped(const struct line *l)
{
    if (l->f.enumerator != ZP_ENUM_NONE && l->f.end == END_NONE)
        return l->f.chars <= ZP_HEADING_MAX;
    return l->f.chars <= SHORT_MAX && l->f.end == END_SENTENCE &&
           (zp_ends_with(l->text, l->len, ";") || zp_ends_with(l->text, l->len, "\xEF\xBC\x9B" /* ； */));
}

/* The repeats that are items of sections set out alike (1. 工程内容 / … /
 * 1. 工程内容, 遵守国家法律法规; / 符合实际情况; under each of two rules)
 * stay: between kept lines or such items.  A page copied twice over
 * repeats its paragraphs too, and an item over a paragraph that goes goes
 * with it; from the end back, so that the line under each is decided. */
static void keep_parallel_items(struct document *d)
{
    for (size_t i = d->count; i-- > 0;) {
        struct line *l = &d->lines[i];
        if (!l->rule || !is_item_shaped(l) || !is_rule(l, "repeat"))
            continue;
        size_t before = previous_nonblank(d, i), after = next_nonblank(d, i);
        if (before < d->count && after < d->count && !d->lines[after].rule &&
            (!d->lines[before].rule || d->lines[before].joined ||
             (is_item_shaped(&d->lines[before]) && is_rule(&d->lines[before], "repeat"))))
            l->rule = NULL;
    }
}

static void drop_repeats(struct document *d)
{
    repeats_start(&d->repeats);
    for (size_t i = 0; i < d->count; i++) {
        struct line *l = &d->lines[i];
        if (l->rule)
            continue;
        /* the features tell of the line as read, not of one joined or cut;
         * a repeat indented where the first was not is one all the same */
        bool as_read = l->text == l->raw && l->len == l->raw_len;
        size_t indent = line_indent_len(l->text, l->len);
        const unsigned char *text = l->text + indent;
        size_t len = l->len - indent;
        size_t chars = as_read && indent == 0 ? l->f.chars : zp_count_chars(text, len);
        bool sentence = as_read ? l->f.end == END_SENTENCE : zp_ends_sentence(text, len);
        /* the key of a line as read is its text's, kept in the memo for
         * a text met again (most lines of prose are met once) */
        struct memo *m = as_read && indent == 0 && l->met_again ? memo_of(l) : NULL;
        /* the tails of a line as read were found as its marks were
         * counted */
        const uint16_t *tails = as_read && indent == 0 && l->f.tail_at[0] != TAILS_UNKNOWN ? l->f.tail_at : NULL;
        l->rule = repeats_check(&d->repeats, text, len, chars, sentence, m ? &m->key : NULL, tails);
        /* a line cut at its edges is remembered as read too: a page that
         * shows its title twice cuts the tag from the first one only */
        bool cut = !as_read && l->text >= l->raw && l->text + l->len <= l->raw + l->raw_len;
        if (!l->rule && cut)
            repeats_check(&d->repeats, l->raw, l->raw_len, zp_count_chars(l->raw, l->raw_len),
                          zp_ends_sentence(l->raw, l->raw_len), NULL, NULL);
    }
    keep_parallel_items(d);
}

static void add_field(struct zp_buffer *b, const unsigned char *s, size_t n)
{
    b->len += zp_escape_field(s, n, zp_buffer_room(b, 2 * n));
}

static void explain_row(struct document *d, struct line *l, const char *action, const char *rule,
                        const unsigned char *text, size_t len)
{
    struct zp_buffer *log = d->explain;
    char number[48], features[FEATURES_MAX];
    add_field(log, d->name, d->name_len);
    int n = snprintf(number, sizeof number, "\t%" PRIuMAX "\t", l->number);
    zp_buffer_add(log, number, (size_t)n);
    zp_buffer_add(log, action, strlen(action));
    zp_buffer_add(log, "\t", 1);
    zp_buffer_add(log, rule, strlen(rule));
    zp_buffer_add(log, "\t", 1);
    add_field(log, text, len);
    zp_buffer_add(log, "\t", 1);
    zp_buffer_add(log, features, line_describe(l, features));
    zp_buffer_add(log, "\n", 1);
}

static void write_out(struct document *d)
{
    size_t trim = 0;
    /* kept lines as read, one after the other in the input with their
     * LFs, are written at once */
    const unsigned char *run = NULL;
    size_t run_len = 0;
    for (size_t i = 0; i < d->count; i++) {
        struct line *l = &d->lines[i];
        for (; trim < d->trim_count && d->trims[trim].line == i; trim++)
            if (d->explain)
                explain_row(d, l, "trim", d->trims[trim].rule, d->trims[trim].text, d->trims[trim].len);
        if (l->rule) {
            if (d->explain)
                explain_row(d, l, l->joined ? "join" : "drop", l->rule, l->raw, l->raw_len);
            continue;
        }
        if (l->text == l->raw && l->len == l->raw_len) {
            if (!run || l->text != run + run_len) {
                zp_buffer_add(d->out, run, run_len);
                run = l->text;
                run_len = 0;
            }
            run_len += l->len + 1; /* with its LF */
        } else {
            zp_buffer_add(d->out, run, run_len);
            run = NULL;
            run_len = 0;
            zp_buffer_add(d->out, l->text, l->len);
            zp_buffer_add(d->out, "\n", 1);
        }
    }
    zp_buffer_add(d->out, run, run_len);
}

/* A line's text without the spaces around it: a notice sets its
 * signature off to the right. */
static void strip_spaces(const struct line *l, const unsigned char **s, size_t *n)
{
    size_t indent = line_indent_len(l->text, l->len), end = l->len;
    while (end > indent && l->text[end - 1] == ' ')
        end--;
    *s = l->text + indent;
    *n = end - indent;
}

/* A line of a notice's issuer, signing it: a name, no sentence. */
static bool is_contact_part(const struct line *l)
{
    size_t number;
    if (line_gives_contact(l->text, l->len) ||
        (zp_enumerator(l->text, l->len, &number) != ZP_ENUM_NONE &&
         (line_opens_with_contact(l->text + number, l->len - number) ||
          line_is_contact_label(l->text + number, l->len - number))))
        return true;
    /* a telephone's number alone: digits, hyphens, brackets, spaces */
    size_t digits = 0;
    for (size_t at = 0; at < l->len; at++) {
        unsigned char c = l->text[at];
        if (zp_is_ascii_digit(c))
            digits++;
        else if (c != '-' && c != ' ' && c != '(' && c != ')')
            return false;
    }
    return digits >= 7;
}

static bool is_issuer(const struct line *l)
{
    /* characters: 中共某某市某某区委员会办公室, 某某市某某街道综合行政执法和
     * 安全生产监督管理办公室 */
    enum { ISSUER_MAX = 30 };
    const unsigned char *s;
    size_t n;
    strip_spaces(l, &s, &n);
    return !l->rule && !l->title && (l->cls == CLASS_SHORT || l->cls == CLASS_NEAR_GOOD) && l->f.commas == 0 &&
           l->f.stops == 0 && l->f.end == END_NONE && zp_count_chars(s, n) <= ISSUER_MAX &&
           line_ends_as_organisation(s, n);
}

/* A telephone's number alone under whom to ask (六、咨询电话 / 0512-
 * 53575410, 联系电话： / …) is the notice's text, though no Han character
 * stands in it. */
static void keep_contact_numbers(struct document *d)
{
    enum { NUMBER_BYTES_MIN = 7 };
    for (size_t i = 0, above = d->count; i < d->count; i++) {
        struct line *l = &d->lines[i];
        if (l->cls == CLASS_BLANK)
            continue;
        size_t number;
        if (above < d->count && l->len >= NUMBER_BYTES_MIN && zp_is_ascii_digit(l->text[0]) &&
            is_rule(l, "no-text") && is_contact_part(l) && !d->lines[above].rule &&
            (line_is_contact_label(d->lines[above].text, d->lines[above].len) ||
             (zp_enumerator(d->lines[above].text, d->lines[above].len, &number) != ZP_ENUM_NONE &&
              line_is_contact_label(d->lines[above].text + number, d->lines[above].len - number)))) {
            l->rule = NULL;
            l->cls = CLASS_NEAR_GOOD;
        }
        above = i;
    }
}

/* A notice's signature after its text: one to three lines of its issuers'
 * names (中共某某镇委员会 / 某某镇人民政府) over the date alone on its line.
 * The issuer is no heading of what follows it (an attachment's title), nor
 * the text's; the date keeps its own rule, and --meta reads it. */
static void drop_signatures(struct document *d)
{
    /* a joint notice's bodies sign it one under another */
    enum { ISSUERS_MAX = 3 };
    for (size_t i = 0; i < d->count; i++) {
        const struct line *date = &d->lines[i];
        if (!is_rule(date, "date"))
            continue;
        const unsigned char *s;
        size_t n;
        strip_spaces(date, &s, &n);
        if (zp_date_stamp(s, n) != n)
            continue;
        size_t issuers[ISSUERS_MAX], count = 0;
        bool after_text = false;
        for (size_t k = i; k-- > 0;) {
            const struct line *l = &d->lines[k];
            if (l->cls == CLASS_BLANK)
                continue;
            if (count < ISSUERS_MAX && is_issuer(l)) {
                issuers[count++] = k;
                continue;
            }
            /* whom to ask stands between the text and its signature, under
             * a numbered heading or not, the number alone on its line or not
             * (六、咨询电话 / 0512-53575410) */
            if (is_contact_part(l))
                continue;
            /* and so do the label of an attachment under the signature and
             * the note of a signature's page that the national layout of
             * official documents sets ((此页无正文)) */
            const unsigned char *name;
            size_t name_len;
            if ((!l->rule && attachment_name(l, &name, &name_len)) ||
                (l->f.bracketed && l->f.chars <= 7 && memmem(l->text, l->len, "此页无正文", 15)))
                continue;
            /* the notice's last words: a paragraph, or a sentence alone
             * (特此通知。) */
            after_text = !l->rule && (l->cls == CLASS_GOOD || (l->cls != CLASS_BAD && l->f.end == END_SENTENCE));
            break;
        }
        for (size_t k = 0; after_text && k < count; k++)
            set_bad(&d->lines[issuers[k]], "signature");
    }
}

static int by_line(const void *a, const void *b)
{
    const struct trim *x = a, *y = b;
    if (x->line != y->line)
        return (x->line > y->line) - (x->line < y->line);
    return (x->order > y->order) - (x->order < y->order);
}

/* Search terms stuffed into a page's first line, set apart by commas
 * (某某在线一区二区,某某免费观看,…), over its chrome or its title: three
 * commas or more, no part longer than a search term, and no stop; a lead
 * that lost its stop has clauses longer than that, and prose under it. */
/* A forum's jammer: characters a board sets around each line in a hidden
 * font to spoil copying, which a scrape keeps (… 公告 " B+ g* c' k; l1 j3,
 * ) g8 c, T+ S( i8 W) a某某社区居委会): units of a character of space to ;
 * (digits and marks), a space and one of ? to ~ (letters and marks), five
 * or more in a row at the line's start or end, a unit whose first is a
 * space being two where the page's spaces were collapsed.  Text makes no
 * such run. */
enum { JAMMER_UNITS_MIN = 5 };
static bool is_jammer_unit(const unsigned char *u)
{
    return u[0] >= 0x20 && u[0] <= 0x3B && u[1] == ' ' && u[2] >= 0x3F && u[2] <= 0x7E;
}
static bool is_jammer_letter(unsigned char c) { return c >= 0x3F && c <= 0x7E; }

/* Where the jammer that opens s ends, 0 when none does. */
static size_t jammer_head(const unsigned char *s, size_t n)
{
    size_t units = 0, at = 0;
    for (;; units++)
        if (at + 3 <= n && is_jammer_unit(s + at))
            at += 3;
        else if (at + 2 <= n && s[at] == ' ' && is_jammer_letter(s[at + 1]))
            at += 2;
        else
            break;
    return units >= JAMMER_UNITS_MIN ? at : 0;
}

/* Where the jammer that ends s begins, n when none does. */
static size_t jammer_tail(const unsigned char *s, size_t n)
{
    size_t units = 0, at = n;
    for (;; units++)
        if (at >= 3 && is_jammer_unit(s + at - 3))
            at -= 3;
        else if (at >= 2 && s[at - 2] == ' ' && is_jammer_letter(s[at - 1]))
            at -= 2;
        else
            break;
    return units >= JAMMER_UNITS_MIN ? at : n;
}

/* Whether a line may hold a jammer at an edge: its first unit or its last. */
static bool may_hold_jammer(const struct line *l)
{
    return l->len >= 3 * JAMMER_UNITS_MIN && (is_jammer_unit(l->text) || is_jammer_unit(l->text + l->len - 3));
}

static void trim_jammers(struct document *d, unsigned *passes)
{
    for (size_t i = 0; i < d->count; i++) {
        struct line *l = &d->lines[i];
        if (!may_hold_jammer(l))
            continue;
        size_t head = jammer_head(l->text, l->len), tail = jammer_tail(l->text, l->len);
        if ((head == 0 && tail == l->len) || head >= tail)
            continue;
        if (tail < l->len)
            cut_tail(d, i, tail, "jammer");
        if (head > 0)
            cut_head(d, i, head, "jammer");
        classify(l);
        *passes |= l->passes;
    }
}

/* Whether the text after a line's last stop credits someone, as a
 * photograph's caption ends (…。某某网记者 某某摄, …。（记者某某摄）, 作者某某):
 * a credit repeated under each photograph is no watermark. */
static bool is_credit_tail(const unsigned char *s, size_t n)
{
    static const char *const credits[] = {"摄", "攝", "记者", "記者", "作者", "图", "圖", " ", "(", "（"};
    for (size_t k = 0; k < sizeof credits / sizeof credits[0]; k++)
        if (memmem(s, n, credits[k], strlen(credits[k])))
            return true;
    return false;
}

/* A site's watermark glued after the last stop of its paragraphs (…兑换条
 * 件。eMU某某新闻网): the same few characters after the text of three lines
 * or more, as no article repeats itself, or of two when they hold the
 * site's address (…发展。某某汇 www.example.com); cut from every line that
 * ends in them, a credit's too (通讯员 某某eMU某某新闻网).  The marks
 * compared are few, so that the look stays linear in the document. */
static void cut_watermarks(struct document *d, unsigned *passes)
{
    enum { MARKS_MAX = 8, MARKED_MIN = 3, ADDRESSED_MIN = 2 };
    struct mark {
        const unsigned char *s;
        size_t n;
        unsigned count;
    } marks[MARKS_MAX];
    size_t kinds = 0, found = MARKS_MAX;
    for (size_t i = 0; i < d->count && found == MARKS_MAX; i++) {
        const struct line *l = &d->lines[i];
        size_t at = l->cls == CLASS_BLANK ? l->len : after_last_stop(l);
        bool addressed = at < l->len && (zp_find(l->text + at, l->len - at, "www.") < l->len - at ||
                                         zp_find(l->text + at, l->len - at, "http") < l->len - at);
        if (at == l->len || (is_credit_tail(l->text + at, l->len - at) && !addressed))
            continue;
        size_t k = 0;
        while (k < kinds && !(marks[k].n == l->len - at && memcmp(marks[k].s, l->text + at, marks[k].n) == 0))
            k++;
        if (k == kinds) {
            if (kinds == MARKS_MAX)
                continue;
            marks[kinds++] = (struct mark){l->text + at, l->len - at, 0};
        }
        if (++marks[k].count >= MARKED_MIN || (addressed && marks[k].count >= ADDRESSED_MIN))
            found = k;
    }
    if (found == MARKS_MAX)
        return;
    const unsigned char *mark = marks[found].s;
    size_t n = marks[found].n;
    for (size_t i = 0; i < d->count; i++) {
        struct line *l = &d->lines[i];
        if (l->len <= n || memcmp(l->text + l->len - n, mark, n) != 0)
            continue;
        cut_tail(d, i, l->len - n, "watermark");
        l->watermarked = true;
        classify(l);
        *passes |= l->passes;
    }
}

/* A page's first line made of search terms between commas, four or more
 * (党建引领,社区治理,…), over no prose or a headline, or over anything
 * when they run to a paragraph's length with hardly a word of prose: the
 * terms a site stuffed in for search engines. */
static void drop_stuffed_terms(struct document *d)
{
    enum { TERMS_MIN = 4, TERM_CHARS_MAX = 16 };
    size_t first = 0;
    while (first < d->count && d->lines[first].cls == CLASS_BLANK)
        first++;
    if (first == d->count)
        return;
    struct line *l = &d->lines[first];
    if (l->rule || l->cls == CLASS_BAD || l->f.stops > 0 || l->f.end != END_NONE || l->f.commas + 1 < TERMS_MIN)
        return;
    size_t part = 0;
    for (size_t at = 0, len; at < l->len && part <= TERM_CHARS_MAX; at += len) {
        uint32_t cp;
        len = zp_utf8_char(l->text + at, l->len - at, &cp);
        part = cp == ',' || cp == 0xFF0C /* ， */ ? 0 : part + 1;
    }
    /* a headline under them, no sentence in it, is no prose */
    size_t next = next_nonblank(d, first);
    const struct line *under = next < d->count ? &d->lines[next] : NULL;
    if (part <= TERM_CHARS_MAX && under && under->cls != CLASS_GOOD &&
        (under->cls != CLASS_NEAR_GOOD || (under->f.stops == 0 && under->f.end != END_SENTENCE))) {
        set_bad(l, "links");
        return;
    }
    /* 40 Han characters or more, with a word of prose to one in 20 at
     * most (prose has one to ten or twelve): what a spammer set over the
     * page (…精品视频每日更新,日韩欧美高清播放器,…), whatever stands
     * under it */
    enum { STUFFED_HAN_MIN = 40, HAN_PER_FUNCTION_MIN = 20 };
    if (l->f.han >= STUFFED_HAN_MIN && HAN_PER_FUNCTION_MIN * line_function_chars(&l->f, l->text, l->len) < l->f.han)
        set_bad(l, "links");
}

/* Whether line i is an abstract: its label opens it, or it stands under
 * one, bare (ABSTRACT / …) or before an abstract of the other language
 * (摘要：本文… / This paper…), or under first_han, the page's first
 * paragraph of Han text, as an abstract in Han under a bare label stands
 * first once its label is gone (摘要 / 本文… / This paper…). */
static bool is_abstract_line(const struct document *d, size_t i, size_t first_han)
{
    if (d->lines[i].f.label == ZP_LABEL_ABSTRACT)
        return true;
    size_t above = previous_nonblank(d, i);
    return above < d->count && (d->lines[above].f.label == ZP_LABEL_ABSTRACT || above == first_han);
}

/* Whether word stands in s[0, n). */
static bool has_word(const unsigned char *s, size_t n, const char *word) { return zp_find(s, n, word) < n; }

/* Whether s names privacy (隐私, 隱私) and consent (同意) and speaks to the
 * reader (您, 我们, 我們). */
static bool asks_privacy_consent(const unsigned char *s, size_t n)
{
    return (has_word(s, n, "隐私") || has_word(s, n, "隱私")) && has_word(s, n, "同意") &&
           (has_word(s, n, "您") || has_word(s, n, "我们") || has_word(s, n, "我們"));
}

/* Whether s is the site speaking to the reader of itself: 您 and 本刊,
 * 本站 or 本网 (…关于本刊的投稿…您可以本页添加留言。). */
static bool addresses_reader(const unsigned char *s, size_t n)
{
    return has_word(s, n, "您") &&
           (has_word(s, n, "本刊") || has_word(s, n, "本站") || has_word(s, n, "本网") || has_word(s, n, "本網"));
}

/* A document-sharing site's terms for the documents it sells, a sentence
 * as they may be, wherever it stands (该文档为VIP文档,如果想要下载,成为VIP会员后,
 * 下载免费。): the word for a document and two of the trade's words, which
 * an article of a page that quotes a document hardly brings together. */
static bool sells_documents(const unsigned char *s, size_t n)
{
    static const char *const trade[] = {"下载", "下載", "付费", "付費", "VIP", "上传", "上傳",
                                        "会员", "會員", "退款", "版权", "版權", "著作权", "著作權", "预览", "預覽"};
    enum { TRADE_WORDS_MIN = 2 };
    /* 文 found once for both scripts' words */
    size_t at = 0;
    for (;;) {
        at += zp_find(s + at, n - at, "文");
        if (at >= n)
            return false;
        at += 3;
        if (zp_starts_with(s, n, at, "档") || zp_starts_with(s, n, at, "檔"))
            break;
    }
    size_t found = 0;
    for (size_t i = 0; i < sizeof trade / sizeof trade[0] && found < TRADE_WORDS_MIN; i++)
        found += has_word(s, n, trade[i]);
    return found >= TRADE_WORDS_MIN;
}

/* Drops a document-sharing site's terms (sells_documents), sentences of
 * 12 to 200 characters, as the site sets them over the document or under
 * it, or among its pages: looked for in prose only above the document's
 * first paragraph that is not numbered, where the site lists them;
 * elsewhere they read as chrome already. */
static void drop_document_terms(struct document *d)
{
    /* terms are sentences: most lines, without a mark, are looked at no
     * further */
    enum { TERMS_MIN = 12, TERMS_MAX = 200 };
    bool above_text = true;
    for (size_t i = 0; i < d->count; i++) {
        struct line *l = &d->lines[i];
        if (l->rule || l->cls == CLASS_BLANK || (l->cls == CLASS_GOOD && !above_text))
            continue;
        if (l->f.chars >= TERMS_MIN && l->f.chars <= TERMS_MAX && l->f.commas + l->f.stops > 0 &&
            sells_documents(l->text, l->len))
            set_bad(l, "promotion");
        /* a numbered list of them may hold one of other words */
        else if (l->cls == CLASS_GOOD && !line_is_numbered(l))
            above_text = false;
    }
}

/* A site's notices in the page's head, sentences as they may be, 120
 * characters at most: one that asks the reader to consent to its privacy
 * terms (本网站使用相关技术…尊重使用者隐私…代表您同意上述规范。, 请同意我们的
 * 隐私权规范,才能启用听新闻的功能。), or speaks to the reader of the site
 * (尊敬的读者…关于本刊的投稿…您可以本页添加留言。).  Read above the first
 * paragraph that is none, so that the title is looked for over the text. */
static void drop_head_notices(struct document *d)
{
    enum { NOTICE_MAX = 2 * SHORT_MAX };
    for (size_t i = 0; i < d->count; i++) {
        struct line *l = &d->lines[i];
        if (l->rule || l->cls == CLASS_BLANK || l->cls == CLASS_BAD)
            continue;
        bool notice = l->f.chars <= NOTICE_MAX && line_ends_in_stop(l);
        if (notice && asks_privacy_consent(l->text, l->len))
            set_bad(l, "promotion");
        else if (notice && addresses_reader(l->text, l->len))
            set_bad(l, "blurb");
        else if (l->cls == CLASS_GOOD)
            return;
    }
}

/* A page in English has its text in English; a page in Chinese gives
 * English to its site's notices, which are not the text, and to its
 * abstract's translation, which is: there its English lines but an
 * abstract are what they were before they read as prose or headings,
 * short lines with no Han text, and its numbered headings chrome, and so
 * are the other lines in Latin letters that no shape made chrome: the
 * translation's head around its abstract (Shanghai University of …,
 * Received: …; accepted: …). */
static void keep_english_of_english_pages(struct document *d)
{
    size_t han = 0, english = 0;
    for (size_t i = 0; i < d->count; i++) {
        const struct line *l = &d->lines[i];
        if (l->cls == CLASS_GOOD)
            l->f.han == 0 ? english++ : han++;
    }
    if (english > han)
        return;
    size_t first_han = 0;
    while (first_han < d->count && (d->lines[first_han].rule || d->lines[first_han].cls != CLASS_GOOD ||
                                    d->lines[first_han].f.han == 0))
        first_han++;
    for (size_t i = 0; i < d->count; i++) {
        struct line *l = &d->lines[i];
        if (!l->rule && l->cls == CLASS_SHORT && l->f.han == 0 && l->f.latin > 0 && !is_english(l)) {
            set_bad(l, "no-text");
            continue;
        }
        if (l->rule || !is_english(l) || (l->cls == CLASS_GOOD && is_abstract_line(d, i, first_han)))
            continue;
        if (l->cls == CLASS_GOOD)
            l->cls = CLASS_SHORT;
        else
            set_bad(l, "no-text");
    }
}

/* A site's numbered notices over a download (1、本文档共计5页,…下载后
 * 可编辑 / 2、范文仅供自身研究参考,… / 3、本站所有范本由…上传,…): when
 * one of them is told as a notice by its words, the run it is numbered in,
 * its items each a short sentence or two, goes with it.  A run is looked
 * at once. */
static void drop_numbered_notices(struct document *d)
{
    enum { NOTICE_MAX = 80 };
    for (size_t i = 0; i < d->count; i++) {
        const struct line *l = &d->lines[i];
        if (l->f.enumerator == ZP_ENUM_NONE || !(is_rule(l, "promotion") || is_rule(l, "copyright")))
            continue;
        unsigned number = enumerator_number(l);
        if (number == 0)
            continue;
        /* back to the run's first item, and on to its last */
        size_t first = i, last = i;
        for (unsigned n = number; n > 1;) {
            size_t above = previous_nonblank(d, first);
            if (above >= first || d->lines[above].f.enumerator != l->f.enumerator ||
                enumerator_number(&d->lines[above]) != n - 1 || d->lines[above].f.chars > NOTICE_MAX)
                break;
            first = above;
            n--;
        }
        for (unsigned n = number;; n++) {
            size_t below = next_nonblank(d, last);
            if (below >= d->count || d->lines[below].f.enumerator != l->f.enumerator ||
                enumerator_number(&d->lines[below]) != n + 1 || d->lines[below].f.chars > NOTICE_MAX)
                break;
            last = below;
        }
        const char *rule = l->rule;
        for (size_t k = first; k <= last; k++)
            if (!d->lines[k].rule)
                set_bad(&d->lines[k], rule);
        i = last;
    }
}

void document_decide(struct document *d)
{
    d->trim_count = 0;
    d->passes = 0;
    if (d->count == 0)
        return;
    /* the rules before the title's set no line a rule that these look
     * for, nor change a line's text or features */
    unsigned passes = 0;
    for (size_t i = 0; i < d->count; i++)
        passes |= d->lines[i].passes;
    d->passes = passes;
    if (passes & PASS_ENGLISH)
        keep_english_of_english_pages(d);
    if (passes & PASS_JAMMERS)
        trim_jammers(d, &passes);
    if (passes & PASS_WATERMARK)
        cut_watermarks(d, &passes);
    drop_stuffed_terms(d);
    drop_rights(d);
    if (passes & PASS_NOTICES)
        drop_between_notices(d);
    /* a widget's list ends at a sentence, a blurb too */
    if (passes & PASS_HANGERS)
        drop_hangers(d);
    /* a site's terms over a farm's blurb leave the blurb in the head */
    drop_document_terms(d);
    drop_blurbs(d);
    drop_head_notices(d);
    /* a download's numbered notices stand over the title on a farm's
     * page: gone before the title is looked for */
    drop_numbered_notices(d);
    if (passes & PASS_DISCLAIMER)
        drop_disclaimer(d);
    if (passes & PASS_CONTENTS)
        drop_contents(d);
    if (passes & PASS_FIELDS) {
        drop_field_tables(d);
        drop_source_values(d);
    }
    if (passes & PASS_LABELLED)
        drop_labelled_parts(d);
    if (passes & PASS_PRINT)
        drop_print_credits(d);
    /* the head ends at the first paragraph that cannot be a title; the
     * front matter at the first that is no abstract either */
    size_t head_end = d->count, front_end = d->count;
    for (size_t i = 0; i < d->count; i++) {
        struct line *l = &d->lines[i];
        if (l->cls != CLASS_GOOD || may_be_title(l) || is_kicker(d, i) || opens_editors_note(l) ||
            (l->f.commas > 0 && line_is_author_note(l)) || ((l->f.seen & SEEN_SPACE) && line_is_author(l)) ||
            (l->f.commas > 0 && line_is_numbered_affiliation(l)) ||
            /* a row of names has a comma to every four Han characters at
             * most, which a paragraph has not: looked at only then */
            (l->f.commas > 0 && l->f.han <= NAME_HAN_MAX * (l->f.commas + 1) && line_is_names_row(l)))
            continue;
        if (head_end == d->count)
            head_end = i;
        if (l->f.label != ZP_LABEL_ABSTRACT) {
            front_end = i;
            break;
        }
    }
    size_t body = choose_title(d, head_end);
    drop_outlet_under_title(d);
    cut_bracketed_titles(d, body);
    drop_front_matter(d, body, front_end);
    if (passes & PASS_AUTHORS)
        drop_authors(d, front_end);
    /* the title's trims may leave a chunk's number first */
    if ((passes & PASS_CHUNKS) || d->trim_count > 0)
        trim_chunk_numbers(d);
    for (size_t i = 0; i < d->count; i++) {
        struct line *l = &d->lines[i];
        /* a paragraph with a copyright's notice glued after it loses the
         * notice, not its text */
        size_t tail;
        if (l->rule && (is_rule(l, "copyright") || is_rule(l, "licence") || is_rule(l, "rights")) &&
            (tail = rights_tail(l)) > 0) {
            cut_tail(d, i, tail, l->rule);
            classify(l);
        }
        size_t head;
        if (l->rule && l->f.label == ZP_LABEL_CLASSIFICATION && (head = classification_head(l)) > 0) {
            cut_head(d, i, head, l->rule);
            classify(l);
        }
        /* a text with nothing to cut is looked at once; one cut is
         * classified again, as another text */
        if (l->rule || l->cls == CLASS_BLANK || l->title ||
            (l->looks.known & LOOK_EDGES && !(l->looks.found & LOOK_EDGES)))
            continue;
        if (!trim_edges(d, i))
            keep_look(l, LOOK_EDGES, false);
    }
    /* trims come in line order but for the title's */
    if (d->trim_count > 1)
        qsort(d->trims, d->trim_count, sizeof *d->trims, by_line);
    /* a line cut is classified again, and may be a date now */
    if ((passes & PASS_SIGNATURES) || d->trim_count > 0)
        drop_signatures(d);
    if (passes & PASS_NUMBERS)
        keep_contact_numbers(d);
}

void document_finish(struct document *d)
{
    if (d->count == 0)
        return;
    drop_dated_lists(d);
    drop_stamps(d);
    join_pieces(d, 0);
    if (d->passes & PASS_FIELDS_RUN)
        keep_numbered_fields(d);
    decide_by_context(d);
    gather_all(d);
    drop_repeats(d);
    write_out(d);
}

void document_free(struct document *d)
{
    free(memo_sets);
    free(memo);
    memo_sets = NULL;
    memo = NULL;
    free(d->trims);
    free(d->after);
    zp_buffer_free(&d->joined);
    repeats_free(&d->repeats);
    *d = (struct document){0};
}
