// The .ts files are complete: every message of the GUI sources is present and translated (no unfinished,
// empty or missing entries), numerus messages have every plural form of the language, and each translation
// keeps the placeholders of its source. Also checks Language::resolve (auto | en | ru).
#include "Language.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool hasTranslation = false;
    QString type; // translation type attribute: unfinished, vanished, obsolete or ""
    QStringList forms; // the translation text, or each numerusform
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile parseTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS"_s) {
                ts.language = xml.attributes().value(u"language"_s).toString();
            } else if (name == u"context"_s) {
                context.clear();
            } else if (name == u"name"_s && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message"_s) {
                inMessage = true;
                message = TsMessage {};
                message.context = context;
                message.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
            } else if (name == u"source"_s && inMessage) {
                message.source = xml.readElementText();
            } else if (name == u"comment"_s && inMessage) {
                message.comment = xml.readElementText();
            } else if (name == u"translation"_s && inMessage) {
                message.hasTranslation = true;
                message.type = xml.attributes().value(u"type"_s).toString();
                if (!message.numerus)
                    message.forms << xml.readElementText();
            } else if (name == u"numerusform"_s && inMessage) {
                message.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            inMessage = false;
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d{1,2}|n)"_s);
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

QString tsPath(const QString &language)
{
    return qEnvironmentVariable("RETAILDESK_SOURCE_DIR") + u"/translations/retaildesk_"_s + language + u".ts"_s;
}

// Plural forms Qt Linguist uses per language.
int pluralForms(const QString &language)
{
    return language.startsWith(u"ru"_s) ? 3 : 2;
}

// The problems of one parsed file, one line each.
QStringList problemsOf(const TsFile &ts, const QString &expectedLanguage)
{
    QStringList problems;
    if (!ts.error.isEmpty())
        return { ts.error };
    if (!ts.language.startsWith(expectedLanguage))
        problems << u"language attribute is '%1', expected %2"_s.arg(ts.language, expectedLanguage);
    if (ts.messages.isEmpty())
        problems << u"no messages at all"_s;
    for (const TsMessage &m : ts.messages) {
        const QString where = u"[%1] \"%2\""_s.arg(m.context, m.source.left(60));
        if (m.type == u"vanished"_s || m.type == u"obsolete"_s)
            continue;
        if (!m.hasTranslation) {
            problems << where + u": no <translation>"_s;
            continue;
        }
        if (m.type == u"unfinished"_s)
            problems << where + u": unfinished"_s;
        if (m.numerus && m.forms.size() != pluralForms(expectedLanguage))
            problems << where
                    + u": %1 plural forms, %2 expects %3"_s.arg(m.forms.size())
                          .arg(expectedLanguage)
                          .arg(pluralForms(expectedLanguage));
        const QSet<QString> wanted = placeholders(m.source);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                problems << where + u": empty translation"_s;
                continue;
            }
            QSet<QString> got = placeholders(form);
            QSet<QString> want = wanted;
            if (m.numerus) { // a plural form may spell the number out ("одно предупреждение")
                got.remove(u"%n"_s);
                want.remove(u"%n"_s);
            }
            if (got != want)
                problems << where
                        + u": placeholders %1 in the translation \"%2\", the source has %3"_s.arg(
                            QStringList(got.cbegin(), got.cend()).join(u' '), form,
                            QStringList(want.cbegin(), want.cend()).join(u' '));
        }
    }
    return problems;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << u"ru"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void complete()
    {
        QFETCH(QString, language);
        const TsFile ts = parseTs(tsPath(language));
        const QStringList problems = problemsOf(ts, language);
        if (!problems.isEmpty())
            QFAIL(qPrintable(u"%1 has %2 problem(s):\n"_s.arg(tsPath(language)).arg(problems.size())
                             + problems.join(u'\n')));
    }

    // The checker itself catches what it should (so a pass above means something).
    void checkerCatchesProblems_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unfinished") << u"<message><source>Save</source><translation type=\"unfinished\">Сохранить"
                                       u"</translation></message>"_s
                                    << u"unfinished"_s;
        QTest::newRow("empty") << u"<message><source>Save</source><translation></translation></message>"_s
                               << u"empty translation"_s;
        QTest::newRow("missing") << u"<message><source>Save</source></message>"_s << u"no <translation>"_s;
        QTest::newRow("placeholder") << u"<message><source>Site %1</source><translation>Сайт</translation></message>"_s
                                     << u"placeholders"_s;
        QTest::newRow("plural forms")
            << u"<message numerus=\"yes\"><source>%n item(s)</source><translation><numerusform>%n позиция"
               u"</numerusform><numerusform>%n позиции</numerusform></translation></message>"_s
            << u"2 plural forms"_s;
        QTest::newRow("empty plural form")
            << u"<message numerus=\"yes\"><source>%n item(s)</source><translation><numerusform>%n позиция"
               u"</numerusform><numerusform></numerusform><numerusform>%n позиций</numerusform></translation>"
               u"</message>"_s
            << u"empty translation"_s;
    }

    void checkerCatchesProblems()
    {
        QFETCH(QString, message);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"x_ru.ts"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QString(u"<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE TS><TS version=\"2.1\" language=\"ru_RU\">"
                    u"<context><name>X</name><message><source>Fine</source><translation>Хорошо</translation>"
                    u"</message>"_s
                    + message + u"</context></TS>"_s)
                .toUtf8());
        file.close();
        const QStringList problems = problemsOf(parseTs(file.fileName()), u"ru"_s);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
    }

    // Both files hold the same messages, and running lupdate over the sources adds nothing new:
    // no user-visible string is missing from the .ts files.
    void upToDateWithSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(u"retaildesk_ru.ts"_s);
        QVERIFY(QFile::copy(tsPath(u"ru"_s), copy));
        const QString src = qEnvironmentVariable("RETAILDESK_SOURCE_DIR");
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(RETAILDESK_LUPDATE),
                      { u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s, src + u"/ui"_s,
                        src + u"/app/gui"_s, u"-ts"_s, copy });
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        const QStringList problems = problemsOf(parseTs(copy), u"ru"_s);
        if (!problems.isEmpty())
            QFAIL(qPrintable(u"strings in the sources that retaildesk_ru.ts lacks (run the update_translations "
                             u"target and translate them):\n"_s
                             + problems.join(u'\n')));

        auto keys = [](const TsFile &ts) {
            QSet<QString> k;
            for (const TsMessage &m : ts.messages)
                k.insert(m.context + u'\x1f' + m.source + u'\x1f' + m.comment);
            return k;
        };
        const QSet<QString> ru = keys(parseTs(tsPath(u"ru"_s)));
        const QSet<QString> en = keys(parseTs(tsPath(u"en"_s)));
        QCOMPARE(ru.size(), en.size());
        QVERIFY(ru == en);
    }

    void resolveLanguage_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("auto ru") << u"auto"_s << u"ru_RU"_s << u"ru"_s;
        QTest::newRow("auto ru_UA") << u"auto"_s << u"ru_UA"_s << u"ru"_s;
        QTest::newRow("auto en") << u"auto"_s << u"en_US"_s << u"en"_s;
        QTest::newRow("auto de") << u"auto"_s << u"de_DE"_s << u"en"_s;
        QTest::newRow("unset ru") << QString() << u"ru_RU"_s << u"ru"_s;
        QTest::newRow("en over ru") << u"en"_s << u"ru_RU"_s << u"en"_s;
        QTest::newRow("ru over en") << u"ru"_s << u"en_GB"_s << u"ru"_s;
        QTest::newRow("RU spaced") << u" RU "_s << u"C"_s << u"ru"_s;
        QTest::newRow("unknown") << u"fr"_s << u"ru_RU"_s << u"ru"_s;
    }

    void resolveLanguage()
    {
        QFETCH(QString, setting);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(rd::Language::resolve(setting, QLocale(locale)), expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
