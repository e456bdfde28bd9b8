#include "XmlEmitter.h"

#include <QIODevice>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

constexpr qsizetype ChunkChars = 32 * 1024;

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
    m_buffer.reserve(ChunkChars + 8192);
}

void XmlEmitter::writeDeclaration()
{
    m_buffer.append(u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
}

void XmlEmitter::flush(bool force)
{
    if (m_buffer.isEmpty() || (!force && m_buffer.size() < ChunkChars))
        return;
    const QByteArray bytes = m_buffer.toUtf8();
    if (!m_failed && m_device->write(bytes) != bytes.size())
        m_failed = true;
    m_buffer.truncate(0); // keeps the capacity
}

void XmlEmitter::newLine(qsizetype depth)
{
    static constexpr char16_t spaces[] = u"\n                                                                ";
    constexpr qsizetype available = std::size(spaces) - 2; // without the newline and the terminator
    qsizetype n = depth * m_indent;
    m_buffer.append(QStringView(spaces, 1 + qMin(n, available)));
    for (n -= available; n > 0; n -= available)
        m_buffer.append(QStringView(spaces + 1, qMin(n, available)));
}

void XmlEmitter::closeStartTag()
{
    if (m_startTagOpen) {
        m_buffer.append(u'>');
        m_startTagOpen = false;
    }
}

void XmlEmitter::startElement(QLatin1StringView name)
{
    closeStartTag();
    if (!m_stack.isEmpty())
        m_stack.last().hasChildren = true;
    newLine(m_stack.size());
    m_buffer.append(u'<');
    m_buffer.append(name);
    m_stack.append({ name, false });
    m_startTagOpen = true;
}

void XmlEmitter::attribute(QLatin1StringView name, QStringView value)
{
    m_buffer.append(u' ');
    m_buffer.append(name);
    m_buffer.append(u"=\"");
    escaped(value, true);
    m_buffer.append(u'"');
}

void XmlEmitter::attribute(QLatin1StringView name, qint64 value)
{
    m_buffer.append(u' ');
    m_buffer.append(name);
    m_buffer.append(u"=\"");
    m_buffer.append(QString::number(value));
    m_buffer.append(u'"');
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
        m_buffer.append(u"/>");
        m_startTagOpen = false;
        return;
    }
    if (open.hasChildren)
        newLine(m_stack.size());
    m_buffer.append(u"</");
    m_buffer.append(open.name);
    m_buffer.append(u'>');
}

void XmlEmitter::textElement(QLatin1StringView name, QStringView text)
{
    startElement(name);
    closeStartTag();
    escaped(text, false);
    m_stack.removeLast();
    m_buffer.append(u"</");
    m_buffer.append(name);
    m_buffer.append(u'>');
}

void XmlEmitter::endDocument()
{
    while (!m_stack.isEmpty())
        endElement();
    m_buffer.append(u'\n');
    flush(true);
}

void XmlEmitter::escaped(QStringView text, bool attribute)
{
    const char16_t *d = text.utf16();
    const qsizetype n = text.size();
    qsizetype run = 0; // start of the pending run of plain characters
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i];
        QStringView replacement;
        bool drop = false;
        if (c >= 0x3F && c < 0xD800) { // the common case: nothing to do
            continue;
        } else if (c == u'&') {
            replacement = u"&amp;";
        } else if (c == u'<') {
            replacement = u"&lt;";
        } else if (c == u'>') {
            replacement = u"&gt;";
        } else if (c == u'"') {
            replacement = u"&quot;";
        } else if (c < 0x20) {
            if (c == u'\r')
                replacement = u"&#13;";
            else if (attribute && c == u'\n')
                replacement = u"&#10;";
            else if (attribute && c == u'\t')
                replacement = u"&#9;";
            else if (c != u'\n' && c != u'\t')
                drop = true;
            else
                continue;
        } else if (c >= 0xD800) {
            if (isHigh(c)) {
                if (i + 1 < n && isLow(d[i + 1])) {
                    ++i;
                    continue;
                }
                drop = true;
            } else if (isLow(c) || c == 0xFFFE || c == 0xFFFF) {
                drop = true;
            } else {
                continue;
            }
        } else {
            continue;
        }
        m_buffer.append(QStringView(d + run, i - run));
        run = i + 1;
        if (drop)
            ++m_dropped;
        else
            m_buffer.append(replacement);
    }
    m_buffer.append(QStringView(d + run, n - run));
}

} // namespace rd
