#pragma once

#include <QByteArray>
#include <QByteArrayView>
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
// counted (see XmlText). Element and attribute names are ASCII literals from the caller and are
// written as given. Output is UTF-8, encoded by the escaper as it copies the text (no UTF-16 buffer to
// convert afterwards), handed to the device in chunks of about 64 KiB.
//
// A fragment can be made apart (on another thread) and spliced in: an emitter on a QByteArray with the
// depth its elements will sit at writes the same bytes the document's emitter would have written, and
// the document's emitter takes them with fragment().
class XmlEmitter final
{
public:
    explicit XmlEmitter(QIODevice *device, int indent = 2);
    // Appends to `sink` (UTF-8); the first element is at `depth` (indented depth × indent).
    XmlEmitter(QByteArray *sink, int depth, int indent = 2);
    ~XmlEmitter(); // a sink is trimmed to what was written
    Q_DISABLE_COPY_MOVE(XmlEmitter)

    void writeDeclaration(); // <?xml version="1.0" encoding="UTF-8"?>
    void startElement(QLatin1StringView name);
    void attribute(QLatin1StringView name, QStringView value);
    void attribute(QLatin1StringView name, qint64 value);
    void characters(QStringView text);
    void endElement();
    // <name>text</name>
    void textElement(QLatin1StringView name, QStringView text);
    // Elements written by a fragment emitter at this emitter's current depth + 1, spliced in as the
    // open element's children (nothing when empty).
    void fragment(QByteArrayView utf8);
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
    // Makes room for `n` more bytes at m_out (the buffer grows, never shrinks below a chunk).
    void reserve(qsizetype n)
    {
        if (m_limit - m_out < n)
            grow(n);
    }
    void grow(qsizetype n);
    void put(char c) { *m_out++ = c; }
    void put(QLatin1StringView s); // ASCII; room reserved by the caller

    QIODevice *m_device = nullptr;
    QByteArray *m_sink = nullptr; // instead of m_device
    int m_indent;
    int m_depth = 0; // of the first element
    // UTF-8 is written through raw pointers into this buffer (QString::append per fragment was most
    // of the cost): the device's chunk buffer, or the sink itself (sized ahead, trimmed by flush(true)).
    QByteArray m_own;
    QByteArray *m_buffer = nullptr; // &m_own or m_sink
    char *m_out = nullptr; // next free byte of *m_buffer
    char *m_limit = nullptr; // end of *m_buffer's bytes
    QVarLengthArray<Open, 8> m_stack;
    bool m_startTagOpen = false;
    qint64 m_dropped = 0;
    bool m_failed = false;
};

} // namespace rd
