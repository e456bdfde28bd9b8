#include "XmlEmitter.h"

#include <QIODevice>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

constexpr qsizetype ChunkBytes = 64 * 1024;
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
    , m_buffer(&m_own)
{
    grow(ChunkBytes + 8192);
}

XmlEmitter::XmlEmitter(QByteArray *sink, int depth, int indent)
    : m_sink(sink)
    , m_indent(indent)
    , m_depth(qMax(0, depth))
    , m_buffer(sink)
{
    m_out = m_limit = m_sink->data() + m_sink->size(); // appends after what the sink holds
    grow(ChunkBytes);
}

XmlEmitter::~XmlEmitter()
{
    if (m_sink)
        m_sink->resize(m_out - m_sink->data());
}

void XmlEmitter::grow(qsizetype n)
{
    const qsizetype used = m_out ? m_out - m_buffer->data() : 0;
    const qsizetype size = qMax<qsizetype>(qMax<qsizetype>(m_buffer->size() * 2, ChunkBytes + 8192), used + n + Slack);
    m_buffer->resize(size);
    char *base = m_buffer->data();
    m_out = base + used;
    m_limit = base + m_buffer->size();
}

void XmlEmitter::put(QLatin1StringView s)
{
    std::memcpy(m_out, s.data(), static_cast<size_t>(s.size()));
    m_out += s.size();
}

void XmlEmitter::writeDeclaration()
{
    const QLatin1StringView decl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"_L1;
    reserve(decl.size());
    put(decl);
}

void XmlEmitter::flush(bool force)
{
    char *base = m_buffer->data();
    const qsizetype used = m_out - base;
    if (m_sink) { // the text is already where it belongs: only trim the room ahead
        if (force) {
            m_sink->resize(used);
            m_out = m_limit = m_sink->data() + used;
        }
        return;
    }
    if (used == 0 || (!force && used < ChunkBytes))
        return;
    if (!m_failed && m_device->write(base, used) != used)
        m_failed = true;
    m_out = base; // keeps the buffer
    if (m_own.size() > 4 * (ChunkBytes + 8192)) { // a huge value made it grow: give the memory back
        m_own = QByteArray();
        m_out = m_limit = nullptr;
        grow(ChunkBytes + 8192);
    }
}

void XmlEmitter::newLine(qsizetype depth)
{
    const qsizetype n = (depth + m_depth) * m_indent;
    reserve(n + 1);
    put('\n');
    std::memset(m_out, ' ', static_cast<size_t>(n));
    m_out += n;
}

void XmlEmitter::closeStartTag()
{
    if (m_startTagOpen) {
        reserve(1);
        put('>');
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
    put('<');
    put(name);
    m_stack.append({ name, false });
    m_startTagOpen = true;
}

void XmlEmitter::attribute(QLatin1StringView name, QStringView value)
{
    reserve(name.size() + 3);
    put(' ');
    put(name);
    put('=');
    put('"');
    escaped(value, true);
    reserve(1);
    put('"');
}

void XmlEmitter::attribute(QLatin1StringView name, qint64 value)
{
    reserve(name.size() + 4 + 21);
    put(' ');
    put(name);
    put('=');
    put('"');
    char digits[21];
    qsizetype n = 0;
    quint64 v = value < 0 ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    do {
        digits[n++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v);
    if (value < 0)
        put('-');
    while (n > 0)
        put(digits[--n]);
    put('"');
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
        put('/');
        put('>');
        m_startTagOpen = false;
        return;
    }
    if (open.hasChildren)
        newLine(m_stack.size());
    reserve(open.name.size() + 3);
    put('<');
    put('/');
    put(open.name);
    put('>');
}

void XmlEmitter::textElement(QLatin1StringView name, QStringView text)
{
    closeStartTag();
    if (!m_stack.isEmpty())
        m_stack.last().hasChildren = true;
    newLine(m_stack.size());
    reserve(name.size() + 2);
    put('<');
    put(name);
    put('>');
    escaped(text, false);
    reserve(name.size() + 3);
    put('<');
    put('/');
    put(name);
    put('>');
}

void XmlEmitter::fragment(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return;
    closeStartTag();
    if (!m_stack.isEmpty())
        m_stack.last().hasChildren = true;
    if (m_sink) {
        reserve(utf8.size());
        std::memcpy(m_out, utf8.data(), static_cast<size_t>(utf8.size()));
        m_out += utf8.size();
        return;
    }
    flush(true);
    if (!m_failed && m_device->write(utf8.data(), utf8.size()) != utf8.size())
        m_failed = true;
}

void XmlEmitter::endDocument()
{
    while (!m_stack.isEmpty())
        endElement();
    reserve(1);
    put('\n');
    flush(true);
}

void XmlEmitter::escaped(QStringView text, bool attribute)
{
    // ASCII characters that need nothing: space to DEL but for " & < >, and in text TAB and LF.
    constexpr quint64 plainBelow40 = (~quint64(0) << 0x20)
        & ~((quint64(1) << u'"') | (quint64(1) << u'&') | (quint64(1) << u'<') | (quint64(1) << u'>'));
    const quint64 plainLow = attribute ? plainBelow40 : plainBelow40 | (quint64(1) << u'\t') | (quint64(1) << u'\n');
    const char16_t *d = text.utf16();
    const qsizetype n = text.size();
    // The longest output per UTF-16 unit: "&quot;", six bytes (a BMP character takes at most three in
    // UTF-8, a surrogate pair four for its two units).
    reserve(n * 6);
    char *out = m_out;
    const auto write = [&out](QLatin1StringView r) {
        std::memcpy(out, r.data(), static_cast<size_t>(r.size()));
        out += r.size();
    };
    qsizetype i = 0;
    while (i < n) {
        char16_t c = d[i];
        // The common case: a run of ASCII written as it is.
        while (c >= 0x40 ? c < 0x80 : ((plainLow >> c) & 1) != 0) {
            *out++ = static_cast<char>(c);
            if (++i == n)
                break;
            c = d[i];
        }
        if (i == n)
            break;
        ++i;
        if (c >= 0x80) {
            if (c < 0x800) {
                out[0] = static_cast<char>(0xC0 | (c >> 6));
                out[1] = static_cast<char>(0x80 | (c & 0x3F));
                out += 2;
            } else if (c < 0xD800 || (c >= 0xE000 && c < 0xFFFE)) {
                out[0] = static_cast<char>(0xE0 | (c >> 12));
                out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
                out[2] = static_cast<char>(0x80 | (c & 0x3F));
                out += 3;
            } else if (isHigh(c) && i < n && isLow(d[i])) { // a surrogate pair: one character beyond U+FFFF
                const char32_t u = 0x10000 + ((char32_t(c) - 0xD800) << 10) + (char32_t(d[i++]) - 0xDC00);
                out[0] = static_cast<char>(0xF0 | (u >> 18));
                out[1] = static_cast<char>(0x80 | ((u >> 12) & 0x3F));
                out[2] = static_cast<char>(0x80 | ((u >> 6) & 0x3F));
                out[3] = static_cast<char>(0x80 | (u & 0x3F));
                out += 4;
            } else { // lone surrogates, U+FFFE, U+FFFF: XML 1.0 forbids them
                ++m_dropped;
            }
        } else if (c == u'&') {
            write("&amp;"_L1);
        } else if (c == u'<') {
            write("&lt;"_L1);
        } else if (c == u'>') {
            write("&gt;"_L1);
        } else if (c == u'"') {
            write("&quot;"_L1);
        } else if (c == u'\r') {
            write("&#13;"_L1);
        } else if (c == u'\n') { // only attributes get here
            write("&#10;"_L1);
        } else if (c == u'\t') {
            write("&#9;"_L1);
        } else { // other C0 controls: XML 1.0 forbids them
            ++m_dropped;
        }
    }
    m_out = out;
}

} // namespace rd
