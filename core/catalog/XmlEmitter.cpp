#include "XmlEmitter.h"

#include <QIODevice>
#include <cstring>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

constexpr qsizetype ChunkChars = 32 * 1024;
constexpr qsizetype Slack = 256; // room for the markup around one value (names, indentation, quotes)

inline bool isHigh(char16_t c)
{
    return c >= 0xD800 && c <= 0xDBFF;
}
inline bool isLow(char16_t c)
{
    return c >= 0xDC00 && c <= 0xDFFF;
}

} // namespace

XmlEmitter::XmlEmitter(QIODevice *device, int indent)
    : m_device(device)
    , m_indent(indent)
{
    grow(ChunkChars + 8192);
}

void XmlEmitter::grow(qsizetype n)
{
    const qsizetype used = m_out ? m_out - reinterpret_cast<char16_t *>(m_buffer.data()) : 0;
    const qsizetype size = qMax<qsizetype>(qMax<qsizetype>(m_buffer.size() * 2, ChunkChars + 8192), used + n + Slack);
    m_buffer.resize(size);
    char16_t *base = reinterpret_cast<char16_t *>(m_buffer.data());
    m_out = base + used;
    m_limit = base + m_buffer.size();
}

void XmlEmitter::put(QLatin1StringView s)
{
    const char *c = s.data();
    for (qsizetype i = 0, n = s.size(); i < n; ++i)
        m_out[i] = static_cast<uchar>(c[i]);
    m_out += s.size();
}

void XmlEmitter::put(QStringView s)
{
    std::memcpy(m_out, s.utf16(), static_cast<size_t>(s.size()) * sizeof(char16_t));
    m_out += s.size();
}

void XmlEmitter::writeDeclaration()
{
    const QStringView decl = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    reserve(decl.size());
    put(decl);
}

void XmlEmitter::flush(bool force)
{
    const char16_t *base = reinterpret_cast<const char16_t *>(m_buffer.constData());
    const qsizetype used = m_out - base;
    if (used == 0 || (!force && used < ChunkChars))
        return;
    const QByteArray bytes = QStringView(base, used).toUtf8();
    if (!m_failed && m_device->write(bytes) != bytes.size())
        m_failed = true;
    m_out = reinterpret_cast<char16_t *>(m_buffer.data()); // keeps the buffer
    if (m_buffer.size() > 4 * (ChunkChars + 8192)) { // a huge value made it grow: give the memory back
        m_buffer = QString();
        m_out = m_limit = nullptr;
        grow(ChunkChars + 8192);
    }
}

void XmlEmitter::newLine(qsizetype depth)
{
    const qsizetype n = depth * m_indent;
    reserve(n + 1);
    put(u'\n');
    for (qsizetype i = 0; i < n; ++i)
        m_out[i] = u' ';
    m_out += n;
}

void XmlEmitter::closeStartTag()
{
    if (m_startTagOpen) {
        reserve(1);
        put(u'>');
        m_startTagOpen = false;
    }
}

void XmlEmitter::startElement(QLatin1StringView name)
{
    closeStartTag();
    if (!m_stack.isEmpty())
        m_stack.last().hasChildren = true;
    newLine(m_stack.size());
    reserve(name.size() + 1);
    put(u'<');
    put(name);
    m_stack.append({ name, false });
    m_startTagOpen = true;
}

void XmlEmitter::attribute(QLatin1StringView name, QStringView value)
{
    reserve(name.size() + 3);
    put(u' ');
    put(name);
    put(u'=');
    put(u'"');
    escaped(value, true);
    reserve(1);
    put(u'"');
}

void XmlEmitter::attribute(QLatin1StringView name, qint64 value)
{
    reserve(name.size() + 4 + 21);
    put(u' ');
    put(name);
    put(u'=');
    put(u'"');
    char16_t digits[21];
    qsizetype n = 0;
    quint64 v = value < 0 ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    do {
        digits[n++] = static_cast<char16_t>(u'0' + v % 10);
        v /= 10;
    } while (v);
    if (value < 0)
        put(u'-');
    while (n > 0)
        put(digits[--n]);
    put(u'"');
}

void XmlEmitter::characters(QStringView text)
{
    closeStartTag();
    escaped(text, false);
}

void XmlEmitter::endElement()
{
    if (m_stack.isEmpty())
        return;
    const Open open = m_stack.last();
    m_stack.removeLast();
    if (m_startTagOpen) {
        reserve(2);
        put(u'/');
        put(u'>');
        m_startTagOpen = false;
        return;
    }
    if (open.hasChildren)
        newLine(m_stack.size());
    reserve(open.name.size() + 3);
    put(u'<');
    put(u'/');
    put(open.name);
    put(u'>');
}

void XmlEmitter::textElement(QLatin1StringView name, QStringView text)
{
    closeStartTag();
    if (!m_stack.isEmpty())
        m_stack.last().hasChildren = true;
    newLine(m_stack.size());
    reserve(name.size() + 2);
    put(u'<');
    put(name);
    put(u'>');
    escaped(text, false);
    reserve(name.size() + 3);
    put(u'<');
    put(u'/');
    put(name);
    put(u'>');
}

void XmlEmitter::endDocument()
{
    while (!m_stack.isEmpty())
        endElement();
    reserve(1);
    put(u'\n');
    flush(true);
}

void XmlEmitter::escaped(QStringView text, bool attribute)
{
    // Characters below U+0040 that need nothing: space to '?' but for " & < >, and in text TAB and LF.
    constexpr quint64 plainAscii = (~quint64(0) << 0x20)
        & ~((quint64(1) << u'"') | (quint64(1) << u'&') | (quint64(1) << u'<') | (quint64(1) << u'>'));
    const quint64 plainLow = attribute ? plainAscii : plainAscii | (quint64(1) << u'\t') | (quint64(1) << u'\n');
    const auto plain = [plainLow](char16_t c) {
        return c < 0x40 ? ((plainLow >> c) & 1) != 0 : (c < 0xD800 || (c >= 0xE000 && c < 0xFFFE));
    };
    const char16_t *d = text.utf16();
    const qsizetype n = text.size();
    reserve(n * 6); // the longest replacement, &quot;, is six characters
    char16_t *out = m_out;
    const auto write = [&out](QStringView r) {
        std::memcpy(out, r.utf16(), static_cast<size_t>(r.size()) * sizeof(char16_t));
        out += r.size();
    };
    qsizetype i = 0;
    while (i < n) {
        // A run of characters written as they are, copied at once.
        qsizetype j = i;
        while (j < n && plain(d[j]))
            ++j;
        std::memcpy(out, d + i, static_cast<size_t>(j - i) * sizeof(char16_t));
        out += j - i;
        if (j == n)
            break;
        const char16_t c = d[j];
        i = j + 1;
        if (c == u'&') {
            write(u"&amp;");
        } else if (c == u'<') {
            write(u"&lt;");
        } else if (c == u'>') {
            write(u"&gt;");
        } else if (c == u'"') {
            write(u"&quot;");
        } else if (c == u'\r') {
            write(u"&#13;");
        } else if (c == u'\n') { // only attributes get here
            write(u"&#10;");
        } else if (c == u'\t') {
            write(u"&#9;");
        } else if (isHigh(c) && i < n && isLow(d[i])) { // a surrogate pair: one character beyond U+FFFF
            *out++ = c;
            *out++ = d[i++];
        } else { // other C0 controls, lone surrogates, U+FFFE, U+FFFF: XML 1.0 forbids them
            ++m_dropped;
        }
    }
    m_out = out;
}

} // namespace rd
