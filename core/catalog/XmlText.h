#pragma once

#include <QString>

namespace rd {

// Text for an XML 1.0 document. The XML writer escapes & < > " '; what it cannot write are the
// characters XML 1.0 forbids outright: C0 controls other than tab, line feed and carriage return,
// U+FFFE, U+FFFF and unpaired surrogates. clean() drops exactly those and counts them; any other
// text comes back unchanged (the same shared string, no copy, when there is nothing to drop).
class XmlText final
{
public:
    XmlText() = delete;

    static bool isAllowed(char32_t codePoint);
    static QString clean(const QString &text, qint64 *dropped);
};

} // namespace rd
