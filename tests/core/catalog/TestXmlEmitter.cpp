// XmlEmitter on its own: what it writes parses back to the same text (escaping, emoji, the characters
// XML forbids dropped and counted), also for values far larger than its buffer and for deep nesting.
#include "catalog/XmlEmitter.h"

#include <QBuffer>
#include <QTest>
#include <QXmlStreamReader>
#include <functional>

using namespace Qt::Literals::StringLiterals;

class TestXmlEmitter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void numbersAndEmptyElements();
    void fragmentsAreTheSameBytes();
};

namespace {

// Text with every kind of character the emitter treats specially; `forbidden` counts the ones it drops.
QString mixedText(qsizetype length, qint64 *forbidden)
{
    static const QString pieces[]
        = { u"Товар "_s,          u"& < > \u0022 ' "_s,   u"\U0001F600 "_s,       u"tab\tline\nret\r "_s,
            QString(QChar(0x01)), QString(QChar(0xFFFE)), QString(QChar(0xD800)), u"plain text 123 "_s };
    QString s;
    *forbidden = 0;
    for (int i = 0; s.size() < length; ++i) {
        const int k = i % 8;
        s += pieces[k];
        if (k >= 4 && k <= 6)
            ++*forbidden;
    }
    return s;
}

QString withoutForbidden(const QString &s)
{
    // The emoji's surrogate pair stays; U+0001, U+FFFE and the lone U+D800 go.
    QString out;
    for (const QChar c : s)
        if (c != QChar(0x01) && c != QChar(0xFFFE) && c != QChar(0xD800))
            out += c;
    return out;
}

} // namespace

void TestXmlEmitter::roundTrip_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("elements");
    QTest::newRow("short values") << 40 << 3000;
    QTest::newRow("one value larger than the buffer") << 300000 << 2;
    QTest::newRow("values around the chunk size") << 33000 << 7;
    QTest::newRow("values around the chunk size in UTF-8") << 45000 << 5;
}

void TestXmlEmitter::roundTrip()
{
    QFETCH(int, length);
    QFETCH(int, elements);
    qint64 forbidden = 0;
    const QString text = mixedText(length, &forbidden);
    const QString expected = withoutForbidden(text);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        rd::XmlEmitter x(&buffer);
        x.writeDeclaration();
        x.startElement("root"_L1);
        for (int i = 0; i < elements; ++i) {
            x.startElement("item"_L1);
            x.attribute("value"_L1, text);
            x.attribute("n"_L1, qint64(i) - 5);
            x.textElement("text"_L1, text);
            x.startElement("mixed"_L1);
            x.characters(text);
            x.endElement();
            x.endElement();
            x.flush();
        }
        x.endDocument();
        QVERIFY(!x.hasError());
        QCOMPARE(x.droppedCharacters(), 3 * forbidden * elements);
    }
    buffer.close();
    QVERIFY(buffer.data().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root>\n  <item value=\""));

    QXmlStreamReader r(buffer.data());
    int items = 0;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (r.name() == u"item") {
            QCOMPARE(r.attributes().value(u"value"_s).toString(), expected);
            QCOMPARE(r.attributes().value(u"n"_s).toString(), QString::number(items - 5));
            ++items;
        } else if (r.name() == u"text" || r.name() == u"mixed") {
            // Text comes back unchanged (the parser turns &#13; back into CR).
            QCOMPARE(r.readElementText(), expected);
        }
    }
    QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
    QCOMPARE(items, elements);
}

void TestXmlEmitter::numbersAndEmptyElements()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        rd::XmlEmitter x(&buffer);
        x.startElement("a"_L1);
        x.attribute("min"_L1, std::numeric_limits<qint64>::min());
        x.attribute("max"_L1, std::numeric_limits<qint64>::max());
        x.attribute("zero"_L1, qint64(0));
        x.startElement("empty"_L1);
        x.endElement();
        x.textElement("t"_L1, u"");
        x.endDocument();
    }
    QCOMPARE(buffer.data(),
             QByteArray("\n<a min=\"-9223372036854775808\" max=\"9223372036854775807\" zero=\"0\">\n  <empty/>\n  "
                        "<t></t>\n</a>\n"));
}

// Elements made apart on a QByteArray at their depth and spliced in with fragment() give the bytes the
// document's emitter writes itself (the ICML export makes each page's offers on a reader thread).
void TestXmlEmitter::fragmentsAreTheSameBytes()
{
    qint64 forbidden = 0;
    const QString text = mixedText(5000, &forbidden);
    const auto item = [&text](rd::XmlEmitter &x, int i) {
        x.startElement("offer"_L1);
        x.attribute("id"_L1, qint64(i));
        x.attribute("name"_L1, text.left(i * 7));
        x.textElement("name"_L1, text.mid(i * 3, 200));
        x.startElement("param"_L1);
        x.attribute("code"_L1, u"цвет"_s);
        x.characters(text.right(i));
        x.endElement();
        x.endElement();
    };
    const auto document = [](rd::XmlEmitter &x, const std::function<void()> &offers) {
        x.writeDeclaration();
        x.startElement("yml_catalog"_L1);
        x.startElement("shop"_L1);
        x.textElement("name"_L1, u"Магазин"_s);
        x.startElement("offers"_L1);
        offers();
        x.endDocument();
    };

    QBuffer direct;
    QVERIFY(direct.open(QIODevice::WriteOnly));
    qint64 directDropped = 0;
    {
        rd::XmlEmitter x(&direct);
        document(x, [&] {
            for (int i = 0; i < 300; ++i)
                item(x, i);
        });
        directDropped = x.droppedCharacters();
    }

    QBuffer spliced;
    QVERIFY(spliced.open(QIODevice::WriteOnly));
    qint64 splicedDropped = 0;
    {
        rd::XmlEmitter x(&spliced);
        document(x, [&] {
            for (int page = 0; page < 300; page += 70) { // pages of 70, the last one shorter
                QByteArray bytes = "stale"; // a fragment appends to what its sink holds
                {
                    rd::XmlEmitter f(&bytes, 3);
                    for (int i = page; i < qMin(page + 70, 300); ++i)
                        item(f, i);
                    splicedDropped += f.droppedCharacters();
                } // the destructor trims the sink to what was written
                QVERIFY(bytes.startsWith("stale"));
                x.fragment(QByteArrayView(bytes).sliced(5));
            }
            x.fragment({}); // nothing: no change
        });
        splicedDropped += x.droppedCharacters();
    }
    QCOMPARE(spliced.data().size(), direct.data().size());
    QVERIFY(spliced.data() == direct.data());
    QCOMPARE(splicedDropped, directDropped);
    QVERIFY(directDropped > 0);

    // An element whose only children come as an empty fragment stays an empty element.
    QBuffer empty;
    QVERIFY(empty.open(QIODevice::WriteOnly));
    {
        rd::XmlEmitter x(&empty);
        x.startElement("offers"_L1);
        x.fragment({});
        x.endDocument();
    }
    QCOMPARE(empty.data(), QByteArray("\n<offers/>\n"));
}

QTEST_GUILESS_MAIN(TestXmlEmitter)
#include "TestXmlEmitter.moc"
