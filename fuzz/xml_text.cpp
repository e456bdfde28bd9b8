// The ICML text escaping: XmlText::clean on any UTF-16 text (unpaired surrogates, C0 controls, U+FFFE/F
// included) and XmlEmitter writing it as an element's text and an attribute. Invariants: the cleaned
// text holds no character XML 1.0 forbids, it is the input minus exactly the dropped units (in order),
// the count matches, and QXmlStreamReader reads back the cleaned text from the emitted document.

#include "FuzzSupport.h"
#include "catalog/XmlEmitter.h"
#include "catalog/XmlText.h"

#include <QBuffer>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using namespace rd;

namespace {

// The forbidden units by the definition (XML 1.0 Char), independent of XmlText's own scan.
qint64 countForbidden(const QString &s)
{
    qint64 n = 0;
    const qsizetype size = s.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = s.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(s.at(i + 1).unicode())) {
            ++i; // a pair: one code point beyond the BMP, always allowed
            continue;
        }
        if (QChar::isSurrogate(c) || !XmlText::isAllowed(c))
            ++n;
    }
    return n;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::utf16(data, size);

    qint64 dropped = 0;
    const QString cleaned = XmlText::clean(input, &dropped);
    FUZZ_CHECK(dropped == countForbidden(input));
    FUZZ_CHECK(cleaned.size() + dropped == input.size());
    FUZZ_CHECK(countForbidden(cleaned) == 0);
    if (dropped == 0)
        FUZZ_CHECK(cleaned == input && cleaned.constData() == input.constData()); // shared, not copied
    // The cleaned text is the input with units removed, in order.
    qsizetype j = 0;
    for (qsizetype i = 0; i < input.size() && j < cleaned.size(); ++i) {
        if (input.at(i) == cleaned.at(j))
            ++j;
    }
    FUZZ_CHECK(j == cleaned.size());
    // Cleaning is idempotent.
    qint64 droppedAgain = 0;
    FUZZ_CHECK(XmlText::clean(cleaned, &droppedAgain) == cleaned && droppedAgain == 0);

    // Written into a document, read back unchanged (the cleaned form), text and attribute alike.
    QByteArray xml;
    {
        QBuffer buffer(&xml);
        FUZZ_CHECK(buffer.open(QIODevice::WriteOnly));
        XmlEmitter out(&buffer, 2);
        out.writeDeclaration();
        out.startElement("yml_catalog"_L1);
        out.startElement("offer"_L1);
        out.attribute("name"_L1, input);
        out.textElement("name"_L1, input);
        out.endElement();
        out.endDocument();
        FUZZ_CHECK(!out.hasError());
        FUZZ_CHECK(out.droppedCharacters() == 2 * dropped);
    }
    QXmlStreamReader reader(xml);
    QString attribute;
    QString text;
    bool sawAttribute = false;
    bool sawText = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"offer"_s) {
            attribute = reader.attributes().value(u"name"_s).toString();
            sawAttribute = true;
        } else if (reader.isStartElement() && reader.name() == u"name"_s) {
            text = reader.readElementText();
            sawText = true;
        }
    }
    if (reader.hasError()) {
        std::fprintf(stderr, "XML read back failed: %s\n", qPrintable(reader.errorString()));
        std::abort();
    }
    FUZZ_CHECK(sawAttribute && sawText);
    FUZZ_CHECK(attribute == cleaned);
    FUZZ_CHECK(text == cleaned);
    return 0;
}
