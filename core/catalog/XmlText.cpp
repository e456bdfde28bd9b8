#include "XmlText.h"

namespace rd {

namespace {

inline bool isHigh(char16_t c)
{
    return c >= 0xD800 && c <= 0xDBFF;
}
inline bool isLow(char16_t c)
{
    return c >= 0xDC00 && c <= 0xDFFF;
}

// Length of the first forbidden unit at or after `from`, -1 when none: the position is returned in *at.
qsizetype findForbidden(const char16_t *d, qsizetype n, qsizetype from)
{
    for (qsizetype i = from; i < n; ++i) {
        const char16_t c = d[i];
        if (c < 0x20) {
            if (c != u'\t' && c != u'\n' && c != u'\r')
                return i;
        } else if (c >= 0xD800) {
            if (isHigh(c)) {
                if (i + 1 < n && isLow(d[i + 1]))
                    ++i; // a pair: a character beyond the BMP, allowed
                else
                    return i;
            } else if (isLow(c) || c == 0xFFFE || c == 0xFFFF) {
                return i;
            }
        }
    }
    return -1;
}

} // namespace

bool XmlText::isAllowed(char32_t cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
}

QString XmlText::clean(const QString &text, qint64 *dropped)
{
    const char16_t *d = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    qsizetype bad = findForbidden(d, n, 0);
    if (bad < 0)
        return text;
    QString out;
    out.reserve(n);
    qsizetype start = 0;
    qint64 count = 0;
    while (bad >= 0) {
        out.append(QStringView(d + start, bad - start));
        ++count;
        start = bad + 1;
        bad = findForbidden(d, n, start);
    }
    out.append(QStringView(d + start, n - start));
    if (dropped)
        *dropped += count;
    return out;
}

} // namespace rd
