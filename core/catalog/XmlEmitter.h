#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

class QIODevice;

namespace rd {

// A small streaming XML 1.0 writer for the ICML catalog: elements, attributes and text, nothing else
// (no namespaces, comments or CDATA), laid out like QXmlStreamWriter with auto-formatting (one element
// per line, text elements on one line, `indent` spaces per level, empty elements as <x/>).
//
// Why not QXmlStreamWriter: on a 1,000,000-offer catalogue its per-call costs (escaping character by
// character into temporary strings, a tag stack of QStrings, an encoder call and a device write per
// fragment) made the export several times slower than reading the rows; the catalogue needs only
// this subset. The output is checked with QXmlStreamReader in the tests.
//
// Text and attribute values are escaped (& < > " and, so that they come back unchanged, CR in text and
// TAB/LF/CR in attributes as character references) and characters XML 1.0 forbids are dropped and
// counted (see XmlText). Element and attribute names are Latin-1 literals from the caller and are
// written as given. Output is UTF-8, handed to the device in chunks of about 64 KiB.
class XmlEmitter final
{
public:
    explicit XmlEmitter(QIODevice *device, int indent = 2);
    Q_DISABLE_COPY_MOVE(XmlEmitter)

    void writeDeclaration(); // <?xml version="1.0" encoding="UTF-8"?>
    void startElement(QLatin1StringView name);
    void attribute(QLatin1StringView name, QStringView value);
    void attribute(QLatin1StringView name, qint64 value);
    void characters(QStringView text);
    void endElement();
    // <name>text</name>
    void textElement(QLatin1StringView name, QStringView text);
    // Closes every open element, ends with a newline and flushes.
    void endDocument();
    // Hands the buffered text to the device when it is a chunk's worth (always when `force`).
    void flush(bool force = false);

    qint64 droppedCharacters() const { return m_dropped; }
    bool hasError() const { return m_failed; }

private:
    struct Open
    {
        QLatin1StringView name;
        bool hasChildren = false;
    };
    void closeStartTag();
    void newLine(qsizetype depth);
    void escaped(QStringView text, bool attribute);
    // Makes room for `n` more characters at m_out (the buffer grows, never shrinks below a chunk).
    void reserve(qsizetype n)
    {
        if (m_limit - m_out < n)
            grow(n);
    }
    void grow(qsizetype n);
    void put(char16_t c) { *m_out++ = c; }
    void put(QLatin1StringView s); // room reserved by the caller
    void put(QStringView s); // room reserved by the caller

    QIODevice *m_device;
    int m_indent;
    // Text is written through raw pointers into this buffer (QString::append per fragment was most of
    // the cost) and converted to UTF-8 a chunk at a time.
    QString m_buffer;
    char16_t *m_out = nullptr; // next free character of m_buffer
    char16_t *m_limit = nullptr; // end of m_buffer's characters
    QVarLengthArray<Open, 8> m_stack;
    bool m_startTagOpen = false;
    qint64 m_dropped = 0;
    bool m_failed = false;
};

} // namespace rd
