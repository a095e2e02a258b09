#include "text.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <stdint.h>
#include <string.h>
#include <threads.h>

#include "zp.h"

#ifdef __SSE2__
/* Counts, sixteen bytes at a time, the bytes of s[*at..n) that are UTF-8
 * continuation bytes (10xxxxxx, -128..-65 as signed bytes) or, with
 * newlines set, newlines; leaves *at where fewer than sixteen remain.  A
 * count per lane, summed before it can pass 255.  Inlined with newlines a
 * constant, so that each caller gets a loop of its own comparison. */
static inline __attribute__((always_inline)) size_t count_sse2(const unsigned char *s, size_t n, size_t *at,
                                                             bool newlines)
{
    size_t total = 0, i = *at;
    while (i + 16 <= n) {
        __m128i counts = _mm_setzero_si128();
        for (int round = 0; round < 255 && i + 16 <= n; round++, i += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            __m128i hit = newlines ? _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')) : _mm_cmplt_epi8(v, _mm_set1_epi8(-64));
            counts = _mm_sub_epi8(counts, hit);
        }
        __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
        total += (size_t)_mm_cvtsi128_si32(sums) + (size_t)_mm_extract_epi16(sums, 4);
    }
    *at = i;
    return total;
}
#endif

size_t zp_count_chars(const unsigned char *s, size_t n)
{
    size_t continuing = 0, i = 0;
#ifdef __SSE2__
    continuing = count_sse2(s, n, &i, false);
#endif
    /* eight bytes at a time: bit 7 of each byte 10xxxxxx */
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, sizeof w);
        uint64_t marks = w & ~(w << 1) & UINT64_C(0x8080808080808080);
        continuing += (size_t)(((marks >> 7) * UINT64_C(0x0101010101010101)) >> 56);
    }
    for (; i < n; i++)
        continuing += (s[i] & 0xC0) == 0x80;
    return n - continuing;
}

size_t zp_count_newlines(const unsigned char *s, size_t n)
{
    size_t lines = 0, i = 0;
#ifdef __SSE2__
    lines = count_sse2(s, n, &i, true);
#endif
    for (; i < n; i++)
        lines += s[i] == '\n';
    return lines;
}

bool zp_ends_sentence(const unsigned char *s, size_t n)
{
    bool closed = false;
    while (n > 0) {
        uint32_t cp;
        size_t len = zp_utf8_last(s, n, &cp);
        /* a page that spaced its marks (…格局 。 ") may set a space
         * before the closing one */
        if (zp_is_closing(cp) || (closed && cp == ' ')) {
            closed = true;
            n -= len;
            continue;
        }
        return zp_is_sentence_end(cp);
    }
    return false;
}

bool zp_ends_open(const unsigned char *s, size_t n)
{
    if (n == 0)
        return false;
    uint32_t cp;
    zp_utf8_last(s, n, &cp);
    return zp_is_open_mark(cp);
}

static bool is_numeral(uint32_t cp)
{
    switch (cp) {
    case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94: /* 一 二 三 四 五 */
    case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341: /* 六 七 八 九 十 */
        return true;
    default:
        return false;
    }
}

static bool is_digit(uint32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19); }

/* The characters of s from its start, decoded as far as an enumerator may
 * reach; cps[i] is 0 past the end. */
enum { LOOK = 6 };
struct look {
    uint32_t cps[LOOK];
    size_t ends[LOOK]; /* byte offset after cps[i] */
};

static void look_at(const unsigned char *s, size_t n, struct look *k)
{
    size_t at = 0;
    for (int i = 0; i < LOOK; i++) {
        k->cps[i] = 0;
        if (at < n)
            at += zp_utf8_char(s + at, n - at, &k->cps[i]);
        k->ends[i] = at;
    }
}

/* How many of the characters from i on satisfy is (at most most). */
static int run_of(const struct look *k, int i, bool (*is)(uint32_t), int most)
{
    int count = 0;
    while (i + count < LOOK && count < most && is(k->cps[i + count]))
        count++;
    return count;
}

bool zp_may_open_enumerator(uint32_t cp)
{
    return cp == '(' || cp == 0xFF08 || cp == 0x7B2C /* 第 */ || (cp >= 0x2460 && cp <= 0x249B) ||
           is_numeral(cp) || is_digit(cp);
}

enum zp_enumerator zp_enumerator(const unsigned char *s, size_t n, size_t *len)
{
    *len = 0;
    /* the lead bytes of ( 0-9 ０-９ （ ① 第 and the numerals */
    if (n == 0 || !(s[0] == '(' || (s[0] >= '0' && s[0] <= '9') || s[0] == 0xEF || s[0] == 0xE2 ||
                    s[0] == 0xE4 || s[0] == 0xE5 || s[0] == 0xE7))
        return ZP_ENUM_NONE;
    uint32_t c0;
    zp_utf8_char(s, n, &c0);
    if (!zp_may_open_enumerator(c0))
        return ZP_ENUM_NONE;
    struct look k;
    look_at(s, n, &k);
    if (c0 >= 0x2460 && c0 <= 0x2473) {
        *len = k.ends[0];
        return ZP_ENUM_CIRCLED;
    }
    /* the digits in parentheses or with a stop as one character (⑴ ⒈), as
     * old documents typed them: the styles of (1) and 1. */
    if (c0 >= 0x2474 && c0 <= 0x249B) {
        *len = k.ends[0];
        return c0 <= 0x2487 ? ZP_ENUM_DIGIT_PAREN : ZP_ENUM_DIGIT;
    }
    if (c0 == '(' || c0 == 0xFF08) {
        int numerals = run_of(&k, 1, is_numeral, 3), digits = run_of(&k, 1, is_digit, 2);
        int inside = numerals ? numerals : digits;
        uint32_t close = k.cps[1 + inside];
        if (inside == 0 || (close != ')' && close != 0xFF09))
            return ZP_ENUM_NONE;
        *len = k.ends[1 + inside];
        return numerals ? ZP_ENUM_NUMERAL_PAREN : ZP_ENUM_DIGIT_PAREN;
    }
    if (c0 == 0x7B2C /* 第 */) {
        int numerals = run_of(&k, 1, is_numeral, 3), digits = run_of(&k, 1, is_digit, 2);
        int count = numerals ? numerals : digits;
        if (count == 0)
            return ZP_ENUM_NONE;
        int after = 1 + count;
        uint32_t next = k.cps[after];
        enum zp_enumerator style = ZP_ENUM_NONE;
        if (next == 0x7AE0 /* 章 */)
            style = ZP_ENUM_ORDINAL_CHAPTER;
        else if (next == 0x8282 /* 节 */ || next == 0x7BC0 /* 節 */)
            style = ZP_ENUM_ORDINAL_SECTION;
        else if (next == 0x7BC7 /* 篇 */ || (next == 0x90E8 /* 部 */ && k.cps[after + 1] == 0x5206 /* 分 */))
            style = ZP_ENUM_ORDINAL_PART;
        else if (next == 0x6761 /* 条 */ || next == 0x689D /* 條 */)
            style = ZP_ENUM_ORDINAL_ARTICLE;
        if (style != ZP_ENUM_NONE) {
            *len = k.ends[after + (next == 0x90E8)];
            return style;
        }
        /* 第一 alone, before a mark: 第一书记 is no enumerator */
        if (next == 0xFF0C || next == ',' || next == 0x3001 || next == 0xFF1A || next == ':' ||
            next == ' ') {
            *len = k.ends[after - 1];
            return ZP_ENUM_ORDINAL;
        }
        return ZP_ENUM_NONE;
    }
    int numerals = run_of(&k, 0, is_numeral, 3);
    if (numerals > 0) {
        uint32_t next = k.cps[numerals];
        if (next == 0x3001 /* 、 */) {
            *len = k.ends[numerals];
            return ZP_ENUM_NUMERAL;
        }
        if (next == 0x662F /* 是 */ && numerals == 1) {
            *len = k.ends[1];
            return ZP_ENUM_IS;
        }
        return ZP_ENUM_NONE;
    }
    int digits = run_of(&k, 0, is_digit, 2);
    if (digits > 0) {
        uint32_t next = k.cps[digits];
        if (next == 0x3001 || ((next == '.' || next == 0xFF0E) && !is_digit(k.cps[digits + 1]))) {
            *len = k.ends[digits];
            return ZP_ENUM_DIGIT;
        }
    }
    return ZP_ENUM_NONE;
}

/* The function characters, in a table of 256 slots that the multiplier
 * below spreads them over without two in one slot. */
#define FUNCTION_SLOT(cp) ((uint32_t)((uint32_t)(cp) * UINT32_C(0x43360FC9)) >> 24)
#define FUNCTION(c) [FUNCTION_SLOT(c)] = (c)
static const uint32_t function_chars[256] = {
    FUNCTION(0x7684) /* 的 */, FUNCTION(0x4E86) /* 了 */, FUNCTION(0x662F) /* 是 */,
    FUNCTION(0x5728) /* 在 */, FUNCTION(0x548C) /* 和 */, FUNCTION(0x4E0E) /* 与 */,
    FUNCTION(0x4E3A) /* 为 */, FUNCTION(0x5BF9) /* 对 */, FUNCTION(0x5C06) /* 将 */,
    FUNCTION(0x628A) /* 把 */, FUNCTION(0x88AB) /* 被 */, FUNCTION(0x4ECE) /* 从 */,
    FUNCTION(0x4EE5) /* 以 */, FUNCTION(0x800C) /* 而 */, FUNCTION(0x53CA) /* 及 */,
    FUNCTION(0x5176) /* 其 */, FUNCTION(0x4E4B) /* 之 */, FUNCTION(0x4E8E) /* 于 */,
    FUNCTION(0x4E5F) /* 也 */, FUNCTION(0x90FD) /* 都 */, FUNCTION(0x5C31) /* 就 */,
    FUNCTION(0x8FD9) /* 这 */, FUNCTION(0x7740) /* 着 */, FUNCTION(0x5411) /* 向 */,
    FUNCTION(0x5230) /* 到 */, FUNCTION(0x8BA9) /* 让 */, FUNCTION(0x4F7F) /* 使 */,
    FUNCTION(0x5E76) /* 并 */, FUNCTION(0x4F46) /* 但 */, FUNCTION(0x6240) /* 所 */,
    FUNCTION(0x5DF2) /* 已 */, FUNCTION(0x53C8) /* 又 */, FUNCTION(0x8FD8) /* 还 */,
    FUNCTION(0x66F4) /* 更 */, FUNCTION(0x4E0D) /* 不 */, FUNCTION(0x6211) /* 我 */,
    FUNCTION(0x4EEC) /* 们 */, FUNCTION(0x4ED6) /* 他 */, FUNCTION(0x8BE5) /* 该 */,
    FUNCTION(0x6B64) /* 此 */, FUNCTION(0x7531) /* 由 */, FUNCTION(0x7ED9) /* 给 */,
    FUNCTION(0x5982) /* 如 */, FUNCTION(0x8207) /* 與 */, FUNCTION(0x70BA) /* 為 */,
    FUNCTION(0x5C0D) /* 對 */, FUNCTION(0x5C07) /* 將 */, FUNCTION(0x5F9E) /* 從 */,
    FUNCTION(0x9019) /* 這 */, FUNCTION(0x8457) /* 著 */, FUNCTION(0x8B93) /* 讓 */,
    FUNCTION(0x4E26) /* 並 */, FUNCTION(0x9084) /* 還 */, FUNCTION(0x5011) /* 們 */,
    FUNCTION(0x8A72) /* 該 */, FUNCTION(0x7D66) /* 給 */, FUNCTION(0x65BC) /* 於 */,
};
#undef FUNCTION

bool zp_is_function_char(uint32_t cp) { return function_chars[FUNCTION_SLOT(cp)] == cp && cp != 0; }

/* The Traditional characters of the labels, to their Simplified forms. */
static uint32_t fold_label_char(uint32_t cp)
{
    if (cp >= 'A' && cp <= 'Z')
        return cp + ('a' - 'A');
    if (cp >= 0xFF21 && cp <= 0xFF3A)
        return cp - 0xFF21 + 'a';
    if (cp >= 0xFF41 && cp <= 0xFF5A)
        return cp - 0xFF41 + 'a';
    switch (cp) {
    case 0x95DC: return 0x5173; /* 關 关 */
    case 0x9375: return 0x952E; /* 鍵 键 */
    case 0x8A5E: return 0x8BCD; /* 詞 词 */
    case 0x5716: return 0x56FE; /* 圖 图 */
    case 0x985E: return 0x7C7B; /* 類 类 */
    case 0x865F: return 0x53F7; /* 號 号 */
    case 0x737B: return 0x732E; /* 獻 献 */
    case 0x8B58: return 0x8BC6; /* 識 识 */
    case 0x8A8C: return 0x5FD7; /* 誌 志 */
    case 0x7DE8: return 0x7F16; /* 編 编 */
    case 0x78BC: return 0x7801; /* 碼 码 */
    case 0x984C: return 0x9898; /* 題 题 */
    case 0x9805: return 0x9879; /* 項 项 */
    case 0x7C21: return 0x7B80; /* 簡 简 */
    case 0x55AE: return 0x5355; /* 單 单 */
    case 0x8A0A: return 0x8BAF; /* 訊 讯 */
    case 0x53C3: return 0x53C2; /* 參 参 */
    case 0x8CC7: return 0x8D44; /* 資 资 */
    case 0x5167: return 0x5185; /* 內 内 */
    case 0x6A19: return 0x6807; /* 標 标 */
    case 0x5B78: return 0x5B66; /* 學 学 */
    case 0x7DB2: return 0x7F51; /* 網 网 */
    case 0x7C64: return 0x7B7E; /* 籤 签 */
    case 0x85A6: return 0x8350; /* 薦 荐 */
    case 0x6642: return 0x65F6; /* 時 时 */
    case 0x9593: return 0x95F4; /* 間 间 */
    case 0x7D61: return 0x7EDC; /* 絡 络 */
    case 0x9304: return 0x5F55; /* 錄 录 */
    default: return cp;
    }
}

/* In the order of their first characters, for a binary search: the words
 * of one first character stand together. */
#define WORD(label, word, first) {label, word, sizeof word - 1, first}
static const struct {
    enum zp_label label;
    const char *word; /* Simplified, Latin in lower case */
    size_t len;
    uint32_t first; /* its first character */
} label_words[] = {
    WORD(ZP_LABEL_ABSTRACT, "abstract", 0x0061),
    WORD(ZP_LABEL_CITATION, "citation", 0x0063),
    WORD(ZP_LABEL_CITATION, "cite this article", 0x0063),
    WORD(ZP_LABEL_DOI, "doi", 0x0064),
    WORD(ZP_LABEL_KEYWORDS, "keywords", 0x006B),
    WORD(ZP_LABEL_KEYWORDS, "keyword", 0x006B),
    WORD(ZP_LABEL_KEYWORDS, "key words", 0x006B),
    WORD(ZP_LABEL_RECEIVED, "received", 0x0072),
    WORD(ZP_LABEL_CLASSIFICATION, "中图分类号", 0x4E2D),
    WORD(ZP_LABEL_CLASSIFICATION, "中图法分类号", 0x4E2D),
    WORD(ZP_LABEL_KEYWORDS, "主题词", 0x4E3B),
    WORD(ZP_LABEL_BIO, "作者简介", 0x4F5C),
    WORD(ZP_LABEL_BIO, "作者单位", 0x4F5C),
    WORD(ZP_LABEL_RECEIVED, "修回日期", 0x4FEE),
    WORD(ZP_LABEL_KEYWORDS, "关键词", 0x5173),
    WORD(ZP_LABEL_KEYWORDS, "关键字", 0x5173),
    WORD(ZP_LABEL_KEYWORDS, "关键词语", 0x5173),
    WORD(ZP_LABEL_ABSTRACT, "内容摘要", 0x5185),
    WORD(ZP_LABEL_ABSTRACT, "内容提要", 0x5185),
    WORD(ZP_LABEL_CLASSIFICATION, "分类号", 0x5206),
    WORD(ZP_LABEL_CITATION, "参考文献", 0x53C2),
    WORD(ZP_LABEL_FUND, "基金项目", 0x57FA),
    WORD(ZP_LABEL_FUND, "基金课题", 0x57FA),
    WORD(ZP_LABEL_FUND, "基金", 0x57FA),
    WORD(ZP_LABEL_FUND, "基金资助", 0x57FA),
    WORD(ZP_LABEL_CLASSIFICATION, "学科分类号", 0x5B66),
    WORD(ZP_LABEL_CITATION, "引用格式", 0x5F15),
    WORD(ZP_LABEL_CITATION, "引文格式", 0x5F15),
    WORD(ZP_LABEL_CITATION, "引用本文", 0x5F15),
    WORD(ZP_LABEL_RECEIVED, "录用日期", 0x5F55),
    WORD(ZP_LABEL_CITATION, "推荐引用方式", 0x63A8),
    WORD(ZP_LABEL_ABSTRACT, "提要", 0x63D0),
    WORD(ZP_LABEL_ABSTRACT, "摘要", 0x6458),
    WORD(ZP_LABEL_RECEIVED, "收稿日期", 0x6536),
    WORD(ZP_LABEL_RECEIVED, "收稿时间", 0x6536),
    WORD(ZP_LABEL_CLASSIFICATION, "文献标识码", 0x6587),
    WORD(ZP_LABEL_CLASSIFICATION, "文献标志码", 0x6587),
    WORD(ZP_LABEL_CLASSIFICATION, "文章编号", 0x6587),
    WORD(ZP_LABEL_CLASSIFICATION, "文章编码", 0x6587),
    WORD(ZP_LABEL_CITATION, "本文引用格式", 0x672C),
    WORD(ZP_LABEL_ABSTRACT, "本文摘要", 0x672C),
    /* a database's label of the authors' institution (机构地区: 某某大学) */
    WORD(ZP_LABEL_BIO, "机构地区", 0x673A),
    WORD(ZP_LABEL_KEYWORDS, "标签", 0x6807),
    /* a note on the title, as a database sets a paper's fund (标题注释:本文系课题…) */
    WORD(ZP_LABEL_FUND, "标题注释", 0x6807),
    WORD(ZP_LABEL_ABSTRACT, "核心摘要", 0x6838),
    WORD(ZP_LABEL_BIO, "第一作者", 0x7B2C),
    WORD(ZP_LABEL_BIO, "第一作者简介", 0x7B2C),
    WORD(ZP_LABEL_RECEIVED, "网络出版日期", 0x7F51),
    WORD(ZP_LABEL_RECEIVED, "网络首发日期", 0x7F51),
    WORD(ZP_LABEL_RECEIVED, "网络出版时间", 0x7F51),
    WORD(ZP_LABEL_FUND, "课题项目", 0x8BFE),
    WORD(ZP_LABEL_FUND, "资助项目", 0x8D44),
    WORD(ZP_LABEL_BIO, "通讯作者", 0x901A),
    WORD(ZP_LABEL_BIO, "通信作者", 0x901A),
    WORD(ZP_LABEL_BIO, "通讯作者简介", 0x901A),
    WORD(ZP_LABEL_BIO, "通信作者简介", 0x901A),
    WORD(ZP_LABEL_FUND, "项目基金", 0x9879),
};
#undef WORD

const char *zp_label_name(enum zp_label label)
{
    static const char *const names[ZP_LABELS] = {
        [ZP_LABEL_NONE] = "none",         [ZP_LABEL_ABSTRACT] = "abstract",
        [ZP_LABEL_KEYWORDS] = "keywords", [ZP_LABEL_CLASSIFICATION] = "classification",
        [ZP_LABEL_DOI] = "doi",           [ZP_LABEL_FUND] = "fund",
        [ZP_LABEL_BIO] = "bio",           [ZP_LABEL_RECEIVED] = "received",
        [ZP_LABEL_CITATION] = "citation",
    };
    return names[label];
}

/* The first characters of the labels, as written in either script. */
static bool is_label_first(uint32_t cp)
{
    switch (cp) {
    case 0x6458: /* 摘 */ case 0x5185: /* 内 */ case 0x5167: /* 內 */ case 0x63D0: /* 提 */
    case 0x5173: /* 关 */ case 0x95DC: /* 關 */ case 0x4E3B: /* 主 */ case 0x4E2D: /* 中 */
    case 0x5206: /* 分 */ case 0x6587: /* 文 */ case 0x5B66: /* 学 */ case 0x5B78: /* 學 */
    case 0x57FA: /* 基 */ case 0x9879: /* 项 */ case 0x9805: /* 項 */ case 0x8D44: /* 资 */
    case 0x8CC7: /* 資 */ case 0x8BFE: /* 课 */ case 0x8AB2: /* 課 */ case 0x4F5C: /* 作 */
    case 0x901A: /* 通 */ case 0x7B2C: /* 第 */ case 0x6536: /* 收 */ case 0x4FEE: /* 修 */
    case 0x5F15: /* 引 */ case 0x53C2: /* 参 */ case 0x53C3: /* 參 */ case 0x5F55: /* 录 */
    case 0x9304: /* 錄 */ case 0x672C: /* 本 */ case 0x7F51: /* 网 */ case 0x7DB2: /* 網 */
    case 0x6807: /* 标 */ case 0x6A19: /* 標 */ case 0x63A8: /* 推 */ case 0x673A: /* 机 */ case 0x6838: /* 核 */
    case 'a': case 'A': case 'k': case 'K': case 'd': case 'D': case 'c': case 'C': case 'r': case 'R':
    case 0xFF41: case 0xFF21: case 0xFF4B: case 0xFF2B: case 0xFF44: case 0xFF24: case 0xFF43: case 0xFF23:
    case 0xFF52: case 0xFF32:
        return true;
    default:
        return false;
    }
}

static bool is_label_opening(uint32_t cp)
{
    return cp == '[' || cp == '(' || cp == 0x3010 /* 【 */ || cp == 0x3014 /* 〔 */ ||
           cp == 0x3016 /* 〖 */ || cp == 0xFF08 /* （ */ || cp == 0xFF3B /* ［ */ ||
           cp == 0x300C /* 「 */;
}

static bool is_label_closing(uint32_t cp)
{
    return cp == ']' || cp == ')' || cp == 0x3011 /* 】 */ || cp == 0x3015 /* 〕 */ ||
           cp == 0x3017 /* 〗 */ || cp == 0xFF09 /* ） */ || cp == 0xFF3D /* ］ */ ||
           cp == 0x300D /* 」 */;
}


static bool is_colon(uint32_t cp) { return cp == ':' || cp == 0xFF1A; }

/* Spaces, and the ? that a space becomes when an encoding loses it
 * (摘? 要), count as space inside a label. */
static bool is_label_space(uint32_t cp) { return cp == ' ' || cp == 0x3000 || cp == '?'; }

/* The characters of s from at as the label words are matched against them:
 * folded, and with the spaces between them skipped (not before the first),
 * decoded once for all the words that begin alike; ends[i] is where
 * character i ends. */
enum { LABEL_WORD_MAX = 9 }; /* characters */
struct label_look {
    const unsigned char *s;
    size_t n, at;
    unsigned count;
    uint32_t chars[LABEL_WORD_MAX];
    size_t ends[LABEL_WORD_MAX];
};

/* Character i of the look, decoded when first asked for; false past the end
 * of s. */
static bool label_char(struct label_look *k, unsigned i, uint32_t *cp)
{
    while (k->count <= i) {
        if (k->at >= k->n || k->count == LABEL_WORD_MAX)
            return false;
        uint32_t c;
        k->at += zp_utf8_char(k->s + k->at, k->n - k->at, &c);
        if (k->count > 0 && is_label_space(c))
            continue;
        k->chars[k->count] = fold_label_char(c);
        k->ends[k->count++] = k->at;
    }
    *cp = k->chars[i];
    return true;
}

/* Where the label word matches the look: the byte after it, or 0. */
static size_t match_label_word(struct label_look *k, const char *word, size_t wn)
{
    const unsigned char *w = (const unsigned char *)word;
    unsigned i = 0;
    for (size_t wi = 0; wi < wn; i++) {
        uint32_t cp, want;
        wi += zp_utf8_next(w + wi, &want); /* the words are well-formed */
        if (!label_char(k, i, &cp) || cp != want)
            return 0;
    }
    return k->ends[i - 1];
}

/* A list's bullet may stand before a label, as a journal's page sets one
 * before each part of its head (• 作者简介:…, • 基金资助:, - 收稿日期:). */
/* What may stand before a label: its bracket, a space, a list's bullet, or
 * a note's mark (*基金项目:…). */
static bool may_precede_label(uint32_t cp)
{
    return is_label_opening(cp) || cp == ' ' || zp_is_bullet(cp) || cp == '-' || cp == '*' || cp == 0xFF0A;
}

bool zp_may_open_label(uint32_t cp) { return may_precede_label(cp) || is_label_first(cp); }

/* The length of a label's English from at (an opening bracket before it):
 * letters and spaces, its closing bracket and a colon after it; else 0. */
static size_t english_gloss_len(const unsigned char *s, size_t n, size_t at)
{
    enum { GLOSS_MAX = 40 };
    size_t end = at;
    while (end < n && end - at <= GLOSS_MAX && (zp_is_ascii_letter(s[end]) || s[end] == ' '))
        end++;
    if (end == at || end >= n || end - at > GLOSS_MAX)
        return 0;
    uint32_t cp;
    size_t close = zp_utf8_char(s + end, n - end, &cp);
    if (!is_label_closing(cp) || end + close >= n)
        return 0;
    size_t colon = zp_utf8_char(s + end + close, n - end - close, &cp);
    return is_colon(cp) ? end + close + colon - at : 0;
}

enum zp_label zp_label(const unsigned char *s, size_t n, size_t *len)
{
    *len = 0;
    /* most lines open with a Han character that begins no label: its first
     * two bytes looked up in the bits of those that do (E4..E9 by the low
     * six bits of the second byte) */
    static const uint64_t first_pairs[6] = {
        UINT64_C(0xa100000000000000), UINT64_C(0x3000200080008160), UINT64_C(0x1011052C000),
        UINT64_C(0x2040100000000000), UINT64_C(0x28840000000000),   UINT64_C(0x300801001),
    };
    if (n >= 3 && s[0] >= 0xE4 && s[0] <= 0xE9) {
        if (!((first_pairs[s[0] - 0xE4] >> (s[1] & 0x3F)) & 1))
            return ZP_LABEL_NONE;
        uint32_t first = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        if (!is_label_first(first))
            return ZP_LABEL_NONE;
    }
    size_t at = 0;
    uint32_t cp = 0;
    while (at < n) {
        size_t l = zp_utf8_char(s + at, n - at, &cp);
        if (!may_precede_label(cp))
            break;
        at += l;
    }
    if (at == n)
        return ZP_LABEL_NONE;
    /* most lines open with no label's first character: one look at it */
    if (!is_label_first(cp))
        return ZP_LABEL_NONE;
    uint32_t first = fold_label_char(cp);
    enum zp_label found = ZP_LABEL_NONE;
    size_t end = 0;
    struct label_look look; /* its characters are decoded as asked for */
    look.s = s;
    look.n = n;
    look.at = at;
    look.count = 0;
    size_t low = 0, high = sizeof label_words / sizeof label_words[0];
    while (low < high) {
        size_t mid = low + (high - low) / 2;
        if (label_words[mid].first < first)
            low = mid + 1;
        else
            high = mid;
    }
    for (size_t i = low; i < sizeof label_words / sizeof label_words[0] && label_words[i].first == first; i++) {
        size_t after = match_label_word(&look, label_words[i].word, label_words[i].len);
        if (after > end) {
            end = after;
            found = label_words[i].label;
        }
    }
    if (found == ZP_LABEL_NONE)
        return ZP_LABEL_NONE;
    /* what may follow: a closing bracket, a colon, spaces, the end; or
     * the label's English in brackets, a colon after it (基金项目(Foundation):) */
    size_t spaces = 0, gloss;
    bool marked = false;
    while (end < n) {
        size_t l = zp_utf8_char(s + end, n - end, &cp);
        if (is_label_closing(cp) || is_colon(cp))
            marked = true;
        else if (is_label_opening(cp) && (gloss = english_gloss_len(s, n, end + l)) > 0) {
            l += gloss;
            marked = true;
        }
        else if (is_label_space(cp))
            spaces++;
        else
            break;
        end += l;
    }
    /* a classification's codes may be glued to their labels, in letters
     * and digits (中图分类号S26文献标识码A文章编号0517-6611…) */
    if (end < n && !marked && spaces == 0 &&
        !(found == ZP_LABEL_CLASSIFICATION && (zp_is_ascii_digit(s[end]) || zp_is_ascii_letter(s[end]))))
        return ZP_LABEL_NONE;
    /* three letters open words too: DOI needs its mark, or a number after;
     * and an English sentence may open with Received or Citation */
    if (found == ZP_LABEL_DOI && !marked && !(end < n && zp_is_ascii_digit(s[end])))
        return ZP_LABEL_NONE;
    if ((found == ZP_LABEL_RECEIVED || found == ZP_LABEL_CITATION) && first < 0x80 && !marked)
        return ZP_LABEL_NONE;
    *len = end;
    return found;
}

static bool is_name_separator(uint32_t cp)
{
    return cp == ' ' || cp == 0xFF0C /* ， */ || cp == ',' || cp == 0x3001 /* 、 */ ||
           cp == 0x00B7 /* · */ || cp == 0x30FB /* ・ */ || cp == 0xFF1B /* ； */ || cp == ';' || cp == '+' ||
           cp == 0xFF0B /* ＋, as a page joins two authors */;
}

/* A note mark after a name: [1] 1 1.2 * ① ¹, in any number. */
static bool is_note_mark(uint32_t cp)
{
    return (cp >= '0' && cp <= '9') || cp == '[' || cp == ']' || cp == '.' || cp == '*' ||
           (cp >= 0x2460 && cp <= 0x2473) || cp == 0x00B9 || cp == 0x00B2 ||
           cp == 0x00B3 || (cp >= 0x2070 && cp <= 0x2079);
}

bool zp_is_heading_word(const unsigned char *s, size_t n)
{
    /* with their lengths: names rows ask this of every word */
    static const struct zp_word words[] = {
        ZP_WORD("引言"), ZP_WORD("前言"), ZP_WORD("结语"), ZP_WORD("结论"), ZP_WORD("小结"), ZP_WORD("总结"),
        ZP_WORD("概述"), ZP_WORD("绪论"), ZP_WORD("序言"), ZP_WORD("导言"), ZP_WORD("后记"), ZP_WORD("附录"),
        ZP_WORD("背景"), ZP_WORD("目录"), ZP_WORD("致谢"), ZP_WORD("综述"), ZP_WORD("展望"), ZP_WORD("讨论"),
        ZP_WORD("结果"), ZP_WORD("问题"), ZP_WORD("对策"), ZP_WORD("建议"), ZP_WORD("思考"), ZP_WORD("启示"),
        ZP_WORD("现状"), ZP_WORD("编者按"), ZP_WORD("编后"), ZP_WORD("按语"), ZP_WORD("结束语"), ZP_WORD("摘要"),
        ZP_WORD("正文"), ZP_WORD("全文"), ZP_WORD("結語"), ZP_WORD("結論"), ZP_WORD("總結"), ZP_WORD("緒論"),
        ZP_WORD("導言"), ZP_WORD("後記"), ZP_WORD("附錄"), ZP_WORD("目錄"), ZP_WORD("綜述"), ZP_WORD("討論"),
        ZP_WORD("結果"), ZP_WORD("問題"), ZP_WORD("對策"), ZP_WORD("建議"), ZP_WORD("啟示"), ZP_WORD("現狀"),
        ZP_WORD("編者按"), ZP_WORD("編後"), ZP_WORD("結束語"),
    };
    /* every word is two or three Han characters: names rows ask this of
     * words of every length (1.4 M instructions on 10 MB of the fixture
     * pages going through the table) */
    if (n != 6 && n != 9)
        return false;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (words[i].n == n && s[0] == (unsigned char)words[i].s[0] && memcmp(words[i].s, s, n) == 0)
            return true;
    return false;
}

const uint32_t zp_bullets[ZP_BULLETS] = {0x2022, 0x00B7, 0x25CF, 0x25A0, 0x25AA};

size_t zp_find_bytes(const unsigned char *s, size_t n, const char *word, size_t k)
{
    if (k == 0 || k > n)
        return k == 0 ? 0 : n;
    for (const unsigned char *p = s + k - 1, *end = s + n;
         p < end && (p = memchr(p, (unsigned char)word[k - 1], (size_t)(end - p))) != NULL; p++)
        if (memcmp(p - (k - 1), word, k - 1) == 0)
            return (size_t)(p - (k - 1) - s);
    return n;
}

bool zp_is_bullet(uint32_t cp)
{
    for (size_t i = 0; i < ZP_BULLETS; i++)
        if (cp == zp_bullets[i])
            return true;
    return false;
}

bool zp_is_quotation(const unsigned char *s, size_t n)
{
    uint32_t cp;
    size_t at = zp_utf8_char(s, n, &cp);
    if (!zp_is_opening_quote(cp))
        return false;
    while (at < n) {
        at += zp_utf8_char(s + at, n - at, &cp);
        if (zp_is_closing_quote(cp))
            return at == n;
    }
    return false;
}

bool zp_is_letter_spaced(const unsigned char *s, size_t n)
{
    size_t characters = 0;
    for (size_t at = 0, len; at < n; at += len) {
        uint32_t cp;
        len = zp_utf8_char(s + at, n - at, &cp);
        if (cp == ' ')
            return false;
        characters++;
        /* one space after each but the last */
        if (at + len < n && (s[at + len] != ' ' || at + len + 1 == n))
            return false;
        len += at + len < n;
    }
    return characters >= 2;
}

/* The common surnames, both scripts, the Simplified ones from the
 * commonest down: a Chinese name opens with one, and the words of a page's
 * chrome that look like names (分享至, 报道) do not. */
static const char surnames[] =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊母裘亓修邰赫杭况那宿鲜印"
    "逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧由代茍洪赖阎傅"
    "陳楊黃趙吳劉張孫馬鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾譚陸範賈韋鄒龍陶賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯歐關蘭寧紀"
    "畢單塗駱藍遊鮑華饒陽時農繆簡車項連蘆麥婁竇黨宮費衛應閔鄔邊師欒榮叢鞏遲鄺談荊樂鬱儲勞諶藺樓盤滿聞厲區"
    "闞權強帥樸蓋練豐國計晉門雲來闕賴閻";
static const struct zp_word compound_surnames[] = {
    ZP_WORD("欧阳"), ZP_WORD("司马"), ZP_WORD("上官"), ZP_WORD("诸葛"), ZP_WORD("东方"), ZP_WORD("皇甫"), ZP_WORD("尉迟"),
    ZP_WORD("公孙"), ZP_WORD("慕容"), ZP_WORD("长孙"), ZP_WORD("宇文"), ZP_WORD("司徒"), ZP_WORD("夏侯"), ZP_WORD("轩辕"),
    ZP_WORD("令狐"), ZP_WORD("端木"), ZP_WORD("南宫"), ZP_WORD("独孤"), ZP_WORD("西门"), ZP_WORD("歐陽"), ZP_WORD("司馬"),
    ZP_WORD("諸葛"), ZP_WORD("長孫"), ZP_WORD("軒轅")};

/* The surnames as bits over the Han block, and the first characters of
 * the compound ones, so that a word opening with none is told by one
 * look: built once for every thread. */
enum { SURNAME_FIRST = 0x4E00, SURNAME_LAST = 0x9FFF };
static uint64_t surname_bits[(SURNAME_LAST - SURNAME_FIRST) / 64 + 1];
static uint64_t compound_first_bits[(SURNAME_LAST - SURNAME_FIRST) / 64 + 1];
static once_flag surnames_built = ONCE_FLAG_INIT;

static void set_han_bit(uint64_t *bits, const unsigned char *s)
{
    uint32_t cp;
    if (zp_utf8_decode(s, 3, &cp) == 3 && cp >= SURNAME_FIRST && cp <= SURNAME_LAST)
        bits[(cp - SURNAME_FIRST) / 64] |= UINT64_C(1) << ((cp - SURNAME_FIRST) % 64);
}

static bool has_han_bit(const uint64_t *bits, uint32_t cp)
{
    return cp >= SURNAME_FIRST && cp <= SURNAME_LAST && (bits[(cp - SURNAME_FIRST) / 64] >> ((cp - SURNAME_FIRST) % 64) & 1);
}

static void build_surnames(void)
{
    for (size_t at = 0; at + 3 <= sizeof surnames - 1; at += 3)
        set_han_bit(surname_bits, (const unsigned char *)surnames + at);
    for (size_t i = 0; i < sizeof compound_surnames / sizeof compound_surnames[0]; i++)
        set_han_bit(compound_first_bits, (const unsigned char *)compound_surnames[i].s);
}

bool zp_opens_with_compound_surname(const unsigned char *s, size_t n)
{
    uint32_t cp;
    if (n == 0 || zp_utf8_char(s, n, &cp) == 0)
        return false;
    call_once(&surnames_built, build_surnames);
    if (!has_han_bit(compound_first_bits, cp))
        return false;
    for (size_t i = 0; i < sizeof compound_surnames / sizeof compound_surnames[0]; i++)
        if (n >= compound_surnames[i].n && memcmp(s, compound_surnames[i].s, compound_surnames[i].n) == 0)
            return true;
    return false;
}

bool zp_opens_with_surname(const unsigned char *s, size_t n)
{
    uint32_t cp;
    if (n == 0 || zp_utf8_char(s, n, &cp) == 0 || cp < SURNAME_FIRST || cp > SURNAME_LAST)
        return false;
    call_once(&surnames_built, build_surnames);
    return has_han_bit(surname_bits, cp) || (has_han_bit(compound_first_bits, cp) && zp_opens_with_compound_surname(s, n));
}


/* Whether s opens with one of the twenty commonest surnames, which half
 * the people bear: the first twenty of surnames above, which are in
 * order of how many bear them (王 李 张 刘 陈 …). */
static bool opens_with_common_surname(const unsigned char *s, size_t n)
{
    enum { COMMONEST = 20 };
    if (n < 3)
        return false;
    for (size_t i = 0; i < COMMONEST; i++)
        if (memcmp(surnames + 3 * i, s, 3) == 0)
            return true;
    return false;
}

/* The names s[at, n) parts into after count of them, into ends: a name of
 * three characters first, unless one of two lets the next open with a
 * commoner surname (于扬李玉坤 → 于扬 李玉坤). */
static size_t part_names(const unsigned char *s, size_t n, size_t at, size_t count, size_t ends[ZP_GLUED_NAMES_MAX])
{
    if (at == n)
        return count;
    if (count == ZP_GLUED_NAMES_MAX || !zp_opens_with_surname(s + at, n - at))
        return 0;
    size_t lengths[2] = {3, 2};
    if (at + 3 * 3 < n && !opens_with_common_surname(s + at + 9, n - at - 9) &&
        opens_with_common_surname(s + at + 6, n - at - 6)) {
        lengths[0] = 2;
        lengths[1] = 3;
    }
    for (size_t k = 0; k < 2; k++) {
        size_t name = lengths[k];
        if (at + 3 * name > n)
            continue;
        ends[count] = at + 3 * name;
        size_t parted = part_names(s, n, at + 3 * name, count + 1, ends);
        if (parted > 0)
            return parted;
    }
    return 0;
}

size_t zp_glued_names(const unsigned char *s, size_t n, size_t ends[ZP_GLUED_NAMES_MAX])
{
    enum { HAN_MIN = 4 };
    if (n % 3 != 0 || n / 3 < HAN_MIN || n / 3 > 3 * ZP_GLUED_NAMES_MAX)
        return 0;
    for (size_t at = 0; at < n; at += 3) {
        uint32_t cp;
        if (zp_utf8_char(s + at, n - at, &cp) != 3 || !zp_is_han(cp))
            return 0;
    }
    return part_names(s, n, 0, 0, ends);
}

bool zp_is_button_word(const unsigned char *s, size_t n)
{
    static const char *const words[] = {"展开", "展開", "关闭", "關閉", "全部", "查看"};
    if (n != 6)
        return false;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (s[0] == (unsigned char)words[i][0] && memcmp(words[i], s, 6) == 0)
            return true;
    return false;
}

/* The length of an empty pair of brackets at s, () or （）, which a
 * journal's page leaves after a name or its mark where its icon for the
 * author to write to was (李某1,6(), 李某()); 0 when none is there. */
static size_t empty_brackets_len(const unsigned char *s, size_t n)
{
    if (n >= 2 && s[0] == '(' && s[1] == ')')
        return 2;
    return n >= 6 && memcmp(s, "\xEF\xBC\x88\xEF\xBC\x89", 6) == 0 ? 6 : 0;
}

bool zp_is_names_row(const unsigned char *s, size_t n)
{
    /* a row of more names is a list of words, unless each name carries
     * its note's mark, as a journal's long row of authors does, or the
     * row ends in a full stop as a citation's authors do (某某, 某某, 某某.),
     * or each opens with a common surname (a team of nine authors) */
    enum { MOST = 8, MOST_MARKED = 40 };
    size_t end = n;
    while (end > 0 && s[end - 1] == ' ')
        end--;
    bool cited = end > 0 && s[end - 1] == '.';
    size_t names = 0, lone = 0, four = 0, latin = 0, marked = 0, unsurnamed = 0;
    size_t at = 0, enumerator, first = SIZE_MAX;
    /* an ordinal and a word is a heading (第一章 总则), though 第 opens a
     * rare surname */
    if (n >= 3 && memcmp(s, "\xE7\xAC\xAC", 3) == 0 && zp_enumerator(s, n, &enumerator) != ZP_ENUM_NONE)
        return false;
    while (at < n) {
        uint32_t cp;
        size_t len = zp_utf8_char(s + at, n - at, &cp);
        if (is_name_separator(cp) || ((cp == 0x25CE /* ◎ */ || cp == 0x25CB /* ○ */) && at == 0)) {
            at += len;
            continue;
        }
        if (is_note_mark(cp) && names > 0) {
            /* the rest of a mark such as 1,2 after a name */
            at += len;
            continue;
        }
        size_t brackets = names > 0 ? empty_brackets_len(s + at, n - at) : 0;
        if (brackets > 0) {
            at += brackets;
            continue;
        }
        /* a word: Han characters, or Latin letters */
        size_t start = at, han = 0, letters = 0, fn = 0;
        while (at < n) {
            len = zp_utf8_char(s + at, n - at, &cp);
            if (zp_is_han(cp)) {
                /* no name has five: no need to read the rest of a long word */
                if (++han > 4 && letters == 0)
                    return false;
                fn += zp_is_function_char(cp);
            } else if (((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') && han == 0) {
                letters++;
            } else {
                break;
            }
            at += len;
        }
        size_t word_end = at;
        while (at < n) {
            size_t brackets = empty_brackets_len(s + at, n - at);
            if (brackets > 0) {
                at += brackets;
                continue;
            }
            len = zp_utf8_char(s + at, n - at, &cp);
            /* an affiliation's letter, alone, after a name or its number
             * (李某A, 谭某1a1b) */
            bool letter = han > 0 && (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' &&
                          !(at + 1 < n && (s[at + 1] | 0x20) >= 'a' && (s[at + 1] | 0x20) <= 'z');
            if (!is_note_mark(cp) && !letter)
                break;
            at += len;
        }
        marked += at > word_end;
        if (at < n && !is_name_separator(cp))
            return false;
        if (letters > 0) {
            if (letters > 12)
                return false;
            latin++;
            continue;
        }
        if (han == 0 || han > 4 || zp_is_heading_word(s + start, word_end - start) ||
            zp_is_button_word(s + start, word_end - start))
            return false;
        if (first == SIZE_MAX)
            first = start;
        if (han == 1) {
            /* a surname and a given name spaced apart count once */
            lone++;
            if (lone % 2 == 1)
                names++;
        } else {
            if (han == 4 && fn > 0)
                return false;
            names++;
            four += han == 4;
            unsurnamed += !zp_opens_with_surname(s + start, word_end - start);
        }
        if (names > (marked == names + latin || cited || unsurnamed == 0 ? MOST_MARKED : MOST))
            return false;
    }
    if (names == 0 || lone % 2 == 1 || latin > 2 * names)
        return false;
    /* a word alone is a name only when it opens with a surname: a
     * heading of two to four characters (功能区域, 仪式结束) is likelier */
    if (names == 1 && lone == 0 && latin == 0 && !zp_opens_with_surname(s + first, n - first))
        return false;
    /* rows of four-character words are idioms or slogans */
    return !(four == names && names > 1);
}

bool zp_is_term_list(const unsigned char *s, size_t n)
{
    size_t semicolons = 0, spaces = 0, terms = 0, term = 0, longest = 0, han = 0, fn = 0;
    bool other_punct = false;
    for (size_t at = 0, len; at <= n; at += len) {
        uint32_t cp = ';';
        len = at < n ? zp_utf8_char(s + at, n - at, &cp) : 1;
        bool semicolon = cp == ';' || cp == 0xFF1B;
        if (semicolon || cp == ' ') {
            semicolons += semicolon && at < n;
            spaces += cp == ' ';
            if (term > 0)
                terms++;
            if (term > longest)
                longest = term;
            term = 0;
            continue;
        }
        if (zp_is_stop(cp, ZP_STOP_SENTENCE))
            return false;
        if (cp == 0xFF0C || cp == ',' || cp == 0x3001)
            other_punct = true;
        han += zp_is_han(cp);
        fn += zp_is_function_char(cp);
        term++;
    }
    if (longest > 16 || fn * 8 > han || han == 0)
        return false;
    if (semicolons > 0)
        return terms >= 2;
    return !other_punct && spaces >= 2 && terms >= 3 && longest <= 10;
}

/* Whether a journal's name ends s[0, at), where its year begins: spaces,
 * a comma or a page's arrows between them (《某某研究》 ›› 2020), the name
 * ending in a Han character or a bracket closing its part, or in 《》. */
static bool journal_before(const unsigned char *s, size_t n, size_t at)
{
    enum { NAME_BYTES_MIN = 3 * 2 };
    for (;;) {
        if (at > 0 && (s[at - 1] == ' ' || s[at - 1] == ','))
            at--;
        else if (at >= 3 && memcmp(s + at - 3, "\xEF\xBC\x8C", 3) == 0) /* ， */
            at -= 3;
        else if (at >= 2 && s[at - 2] == 0xC2 && s[at - 1] == 0xBB) /* » */
            at -= 2;
        else if (at >= 3 && s[at - 3] == 0xE2 && s[at - 2] == 0x80 && s[at - 1] == 0xBA) /* › */
            at -= 3;
        else
            break;
    }
    static const unsigned char book_open[] = "\xE3\x80\x8A", book_close[] = "\xE3\x80\x8B";
    bool in_book = n >= 3 && memcmp(s, book_open, 3) == 0;
    return at >= NAME_BYTES_MIN && ((s[0] >= 0xE4 && s[0] <= 0xE9) || in_book) &&
           (s[at - 1] == ')' || (s[at - 3] == 0xEF && s[at - 2] == 0xBC && s[at - 1] == 0x89) ||
            (s[at - 3] >= 0xE4 && s[at - 3] <= 0xE9) || (in_book && memcmp(s + at - 3, book_close, 3) == 0));
}

/* Whether s[at, n) goes on from a year as a citation gives a paper's
 * place without the word Vol: the volume or none, the issue in brackets,
 * a colon or a comma and the pages (, 41(1): 118-130, , 37 (6): 1142-1158,
 * ›› (8) : 23-28, ,36(05),91-97). */
static bool issue_and_pages_at(const unsigned char *s, size_t n, size_t at)
{
    enum { NUMBER_DIGITS_MAX = 4 };
    for (;;) {
        if (at < n && (s[at] == ' ' || s[at] == ','))
            at++;
        else if (at + 3 <= n && memcmp(s + at, "\xEF\xBC\x8C", 3) == 0) /* ， */
            at += 3;
        else if (at + 3 <= n && memcmp(s + at, "\xE2\x80\xBA", 3) == 0) /* › */
            at += 3;
        else
            break;
    }
    size_t digits = 0;
    while (at < n && zp_is_ascii_digit(s[at]) && digits <= NUMBER_DIGITS_MAX)
        at++, digits++;
    while (at < n && s[at] == ' ')
        at++;
    if (at >= n || s[at] != '(')
        return false;
    for (at++, digits = 0; at < n && zp_is_ascii_digit(s[at]) && digits <= NUMBER_DIGITS_MAX;)
        at++, digits++;
    if (digits == 0 || at >= n || s[at] != ')')
        return false;
    for (at++; at < n && s[at] == ' ';)
        at++;
    if (at >= n || (s[at] != ':' && s[at] != ','))
        return false;
    for (at++; at < n && s[at] == ' ';)
        at++;
    for (digits = 0; at < n && zp_is_ascii_digit(s[at]);)
        at++, digits++;
    return digits > 0 && at + 1 < n && s[at] == '-' && zp_is_ascii_digit(s[at + 1]);
}

bool zp_is_journal_volume(const unsigned char *s, size_t n)
{
    enum { VOLUME_REACH = 120 };
    size_t reach = n < VOLUME_REACH ? n : VOLUME_REACH, at;
    if (reach < 3)
        return false;
    /* Vol or vol, found by its o, from s[1] to s[reach - 2]: most lines
     * have none */
    const unsigned char *o = s, *last = s + reach - 2;
    while ((o = memchr(o + 1, 'o', (size_t)(last - o))) != NULL && !((o[-1] == 'V' || o[-1] == 'v') && o[1] == 'l'))
        ;
    at = o ? (size_t)(o - 1 - s) : reach;
    if (!o) {
        /* no Vol: the first year of four digits before an issue's
         * bracket, the issue and the pages after it; the journal's name
         * may hold a bracket of its own before them (某某学报(社会科学版)
         * 2020,36(05),91-97) */
        size_t from = 1;
        for (const unsigned char *bracket = s; (bracket = memchr(bracket + 1, '(', reach - (size_t)(bracket + 1 - s))) != NULL;) {
            size_t before = (size_t)(bracket - s);
            for (at = from; at + 4 <= before; at++)
                if (((s[at] == '1' && s[at + 1] == '9') || (s[at] == '2' && s[at + 1] == '0')) &&
                    zp_is_ascii_digit(s[at + 2]) && zp_is_ascii_digit(s[at + 3]) && !zp_is_ascii_digit(s[at - 1]))
                    return (at + 4 == n || !zp_is_ascii_digit(s[at + 4])) && issue_and_pages_at(s, n, at + 4) &&
                           journal_before(s, n, at);
            from = before > 0 ? before : 1;
        }
        return false;
    }
    while (at > 0 && (s[at - 1] == ' ' || s[at - 1] == ','))
        at--;
    if (at >= 3 && memcmp(s + at - 3, "\xEF\xBC\x8C", 3) == 0) /* ， */
        at -= 3;
    while (at > 0 && s[at - 1] == ' ')
        at--;
    for (int i = 0; i < 4; i++) {
        if (at == 0 || !zp_is_ascii_digit(s[at - 1]))
            return false;
        at--;
    }
    return journal_before(s, n, at);
}

/* Where the pages a database gives after an issue begin (…第3期93-96,共4页,
 * …第3期 34-37): the run of digits, a dash and digits, and the count
 * after a comma or not, at the end of s; n when none ends it. */
static size_t issue_pages_at(const unsigned char *s, size_t n)
{
    size_t at = n;
    if (at >= 3 && memcmp(s + at - 3, "\xE9\xA1\xB5", 3) == 0) { /* 页 */
        size_t digits = 0;
        for (at -= 3; at > 0 && zp_is_ascii_digit(s[at - 1]); at--)
            digits++;
        if (digits == 0 || at < 3 || memcmp(s + at - 3, "\xE5\x85\xB1", 3) != 0) /* 共 */
            return n;
        at -= 3;
        if (at > 0 && s[at - 1] == ',')
            at--;
        else if (at >= 3 && memcmp(s + at - 3, "\xEF\xBC\x8C", 3) == 0) /* ， */
            at -= 3;
    }
    size_t last = 0, first = 0;
    while (at > 0 && zp_is_ascii_digit(s[at - 1])) {
        at--;
        last++;
    }
    if (last == 0 || at == 0 || s[at - 1] != '-')
        return n;
    for (at--; at > 0 && zp_is_ascii_digit(s[at - 1]); at--)
        first++;
    if (first == 0)
        return n;
    while (at > 0 && s[at - 1] == ' ')
        at--;
    return at;
}

bool zp_is_journal_issue(const unsigned char *s, size_t n)
{
    /* from the end: 期, 1 to 3 digits, 第 or not, then 年 after four digits
     * or ) after a year in parentheses; the pages after it or not */
    static const unsigned char qi[] = "\xE6\x9C\x9F";       /* 期 */
    static const unsigned char nian[] = "\xE5\xB9\xB4";     /* 年 */
    static const unsigned char di[] = "\xE7\xAC\xAC";       /* 第 */
    if (n < 3 + 1 + 3 + 4)
        return false;
    size_t end = n;
    if (memcmp(s + n - 3, qi, 3) != 0 && (end = issue_pages_at(s, n)) == n)
        return false;
    if (zp_count_chars(s, n) > 40)
        return false;
    n = end;
    if (n < 3 + 1 + 3 + 4 || memcmp(s + n - 3, qi, 3) != 0)
        return false;
    size_t at = n - 3, digits = 0;
    while (at > 0 && zp_is_ascii_digit(s[at - 1]) && digits < 3) {
        at--;
        digits++;
    }
    if (digits == 0)
        return false;
    if (at >= 3 && memcmp(s + at - 3, di, 3) == 0)
        at -= 3;
    if (at >= 3 && memcmp(s + at - 3, nian, 3) == 0)
        at -= 3;
    else if (at >= 1 && (s[at - 1] == ')' || (at >= 3 && memcmp(s + at - 3, "\xEF\xBC\x89", 3) == 0)))
        at -= s[at - 1] == ')' ? 1 : 3;
    else
        return false;
    for (int i = 0; i < 4; i++) {
        if (at == 0 || !zp_is_ascii_digit(s[at - 1]))
            return false;
        at--;
    }
    return true;
}

/* Where the spaces from s[at] end. */
static size_t spaces_end(const unsigned char *s, size_t n, size_t at)
{
    while (at < n && s[at] == ' ')
        at++;
    return at;
}

/* Digits from s[at] (at most most of them); their count. */
static size_t digits_at(const unsigned char *s, size_t n, size_t at, size_t most)
{
    size_t count = 0;
    while (at + count < n && count < most && zp_is_ascii_digit(s[at + count]))
        count++;
    return count;
}

/* The value of a numeral of a date written in words (〇 ○ O 零 一 … 九, and
 * 十 where digits is false); -1 for another character. */
static int date_numeral(uint32_t cp, bool digits)
{
    static const uint32_t values[] = {0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D};
    if (cp == 0x3007 || cp == 0x25CB || cp == 'O' || cp == 'o' || cp == 0xFF2F)
        return 0; /* 〇 ○ and the letter O that typists put for it */
    for (int v = 0; v < 10; v++)
        if (cp == values[v])
            return v;
    return !digits && cp == 0x5341 /* 十 */ ? 10 : -1;
}

size_t zp_words_date(const unsigned char *s, size_t n, int parts[3])
{
    static const uint32_t marks[] = {0x5E74, 0x6708, 0x65E5}; /* 年 月 日 */
    static const size_t most[] = {4, 2, 3};
    size_t at = 0;
    for (int part = 0; part < 3; part++) {
        size_t count = 0;
        int value = 0, tens = 0;
        uint32_t cp = 0;
        /* one numeral more than a part may have is enough to refuse it,
         * and a run of them of any length adds up to no overflow */
        while (at < n && count <= most[part]) {
            size_t len = zp_utf8_char(s + at, n - at, &cp);
            int v = date_numeral(cp, part == 0);
            if (v < 0)
                break;
            /* a year's numerals are its digits; a month's or a day's
             * are read as a number (十二, 二十一) */
            if (part == 0)
                value = 10 * value + v;
            else if (v == 10)
                tens = value > 0 ? value : 1, value = 0;
            else
                value += v;
            at += len;
            count++;
        }
        if (count == 0 || count > most[part] || (part == 0 && count != 4) || cp != marks[part])
            return 0;
        parts[part] = 10 * tens + value;
        at += 3;
    }
    return at;
}

size_t zp_date_stamp_read(const unsigned char *s, size_t n)
{
    static const unsigned char nian[] = "\xE5\xB9\xB4", yue[] = "\xE6\x9C\x88", ri[] = "\xE6\x97\xA5";
    /* a year in words opens with 一 or 二 */
    if (n >= 3 && s[0] == 0xE4 && ((s[1] == 0xB8 && s[2] == 0x80) || (s[1] == 0xBA && s[2] == 0x8C))) {
        int parts[3];
        size_t at = zp_words_date(s, n, parts);
        while (at > 0 && at < n && s[at] == ' ')
            at++;
        return at;
    }
    if (n == 0 || (s[0] != '1' && s[0] != '2'))
        return 0;
    size_t at = digits_at(s, n, 0, 4);
    if (at != 4)
        return 0;
    /* an e-paper's template may space every number from its mark
     * (2025 年 02 月 13 日) */
    size_t marked = spaces_end(s, n, at);
    bool han_form = n - marked >= 3 && memcmp(s + marked, nian, 3) == 0;
    unsigned char sep = at < n ? s[at] : 0;
    if (!han_form && sep != '-' && sep != '/' && sep != '.')
        return 0;
    at = han_form ? spaces_end(s, n, marked + 3) : at + 1;
    size_t d = digits_at(s, n, at, 2);
    if (d == 0)
        return 0;
    at += d;
    if (han_form)
        at = spaces_end(s, n, at);
    if (han_form ? !(n - at >= 3 && memcmp(s + at, yue, 3) == 0) : !(at < n && s[at] == sep))
        return 0;
    at = han_form ? spaces_end(s, n, at + 3) : at + 1;
    d = digits_at(s, n, at, 2);
    if (d == 0)
        return 0;
    at += d;
    if (han_form) {
        size_t day_mark = spaces_end(s, n, at);
        if (day_mark > at && n - day_mark >= 3 && memcmp(s + day_mark, ri, 3) == 0)
            at = day_mark;
        /* an e-paper's template may drop the 日 before the weekday
         * (2016年12月15星期四): the day's number is the date's still */
        if (n - at >= 6 && memcmp(s + at, "\xE6\x98\x9F\xE6\x9C\x9F", 6) == 0) /* 星期 */
            return at;
        if (!(n - at >= 3 && memcmp(s + at, ri, 3) == 0))
            return 0;
        at += 3;
    } else if (at < n && zp_is_ascii_digit(s[at])) {
        return 0;
    }
    /* a time: hh:mm or hh:mm:ss, after spaces or not */
    size_t t = spaces_end(s, n, at);
    size_t h = digits_at(s, n, t, 2);
    if (h > 0 && t + h < n && s[t + h] == ':' && digits_at(s, n, t + h + 1, 2) == 2) {
        t += h + 3;
        if (t < n && s[t] == ':' && digits_at(s, n, t + 1, 2) == 2)
            t += 3;
        at = t;
    }
    return spaces_end(s, n, at);
}

bool zp_opens_subtitle(const unsigned char *s, size_t n)
{
    /* indented or not: a page sets its subtitle off under the title */
    for (;;) {
        if (n >= 1 && s[0] == ' ')
            s++, n--;
        else if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0) /* no-break space */
            s += 2, n -= 2;
        else if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) /* ideographic space */
            s += 3, n -= 3;
        else
            break;
    }
    /* an em dash, or the horizontal bar (U+2015) some fonts' pages set
     * for it (――来自…) */
    if (!((n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x94 || s[2] == 0x95)) ||
          (n >= 2 && memcmp(s, "--", 2) == 0)))
        return false;
    /* a row of dashes alone is a rule across the page, no subtitle */
    for (;;) {
        size_t dash = n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x94 || s[2] == 0x95) ? 3
                      : n >= 1 && (s[0] == '-' || s[0] == ' ')                            ? 1
                                                                                          : 0;
        if (dash == 0)
            return n > 0;
        s += dash;
        n -= dash;
    }
}
