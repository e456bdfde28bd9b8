#include "config/Profile.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::ErrorCode;
using rd::Profile;
using rd::ShopSettings;

namespace {

// A marker for "leave this key out of the file".
const QString kAbsent = u"<absent>"_s;

// One valid MySQL profile, key by key, in file order.
QList<std::pair<QString, QString>> validKeys()
{
    return {
        { u"crm/url"_s, u"https://example.retailcrm.ru"_s },
        { u"crm/site"_s, u"shop-code"_s },
        { u"crm/rate_limit"_s, u"10"_s },
        { u"shop/driver"_s, u"mysql"_s },
        { u"shop/host"_s, u"127.0.0.1"_s },
        { u"shop/port"_s, u"3306"_s },
        { u"shop/socket"_s, QString() },
        { u"shop/database"_s, u"modx"_s },
        { u"shop/user"_s, u"modx"_s },
        { u"shop/path"_s, QString() },
        { u"shop/prefix"_s, u"modx_"_s },
        { u"shop/site_url"_s, u"https://shop.example"_s },
        { u"shop/weight_unit"_s, u"kg"_s },
        { u"sync/statuses"_s, u"2,3,4"_s },
        { u"sync/msoptionsprice"_s, u"false"_s },
        { u"sync/add_crm_number"_s, u"false"_s },
    };
}

// Writes INI text by hand (not through QSettings), so the tests see what a person would write.
QString iniText(QList<std::pair<QString, QString>> keys, const QMap<QString, QString> &overrides)
{
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        bool found = false;
        for (auto &kv : keys) {
            if (kv.first == it.key()) {
                kv.second = it.value();
                found = true;
            }
        }
        if (!found)
            keys.append({ it.key(), it.value() });
    }
    QMap<QString, QStringList> sections;
    QStringList order;
    for (const auto &kv : keys) {
        if (kv.second == kAbsent)
            continue;
        const QString section = kv.first.section(u'/', 0, 0);
        if (!order.contains(section))
            order.append(section);
        sections[section].append(kv.first.section(u'/', 1) + u'=' + kv.second);
    }
    QString text;
    for (const QString &section : order)
        text += u'[' + section + u"]\n"_s + sections.value(section).join(u'\n') + u"\n\n"_s;
    return text;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(text.toUtf8()) >= 0;
}

QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The example of INTERFACE.md, verbatim, with its "; comments" after the values.
const QString kInterfaceExample = uR"([crm]
url=https://example.retailcrm.ru   ; https only; http is accepted for loopback hosts (127.0.0.0/8, ::1, localhost) alone
site=shop-code                     ; RetailCRM site (store) code
rate_limit=10                      ; client-side requests per second (the CRM allows 10)

[shop]
driver=mysql                       ; mysql | sqlite
host=127.0.0.1
port=3306
socket=                            ; optional unix socket
database=modx
user=modx
path=                              ; the database file when driver=sqlite
prefix=modx_                       ; MODX table prefix: [A-Za-z0-9_]{0,32}, anything else is refused
site_url=https://shop.example      ; used for offer <url> and <picture> in the catalog
weight_unit=kg                     ; kg | g: the unit of miniShop2 weights (the CRM wants grams on orders, kg in ICML)

[sync]
statuses=2,3,4                     ; shop status ids whose changes sync both ways (modretailcrm_sync_statuses)
msoptionsprice=false               ; msOptionsPrice2 modifications become offers mod-{product}-{modification}
add_crm_number=false               ; send order.number = shop order num
)"_s;

} // namespace

class TestProfile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(u"p%1/retaildesk.conf"_s.arg(++m_counter)); }
    QString writeProfile(const QString &text)
    {
        const QString path = newPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!writeFile(path, text))
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void loadsTheInterfaceExampleWithComments()
    {
        const QString path = writeProfile(kInterfaceExample);
        const auto p = Profile::load(path);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QCOMPARE(p->crm.url, QUrl(u"https://example.retailcrm.ru"_s));
        QCOMPARE(p->crm.site, u"shop-code"_s);
        QCOMPARE(p->crm.rateLimit, 10);
        QCOMPARE(p->shop.driver, ShopSettings::Driver::MySql);
        QCOMPARE(p->shop.host, u"127.0.0.1"_s);
        QCOMPARE(p->shop.port, 3306);
        QCOMPARE(p->shop.socket, QString());
        QCOMPARE(p->shop.database, u"modx"_s);
        QCOMPARE(p->shop.user, u"modx"_s);
        QCOMPARE(p->shop.path, QString());
        QCOMPARE(p->shop.prefix, u"modx_"_s);
        QCOMPARE(p->shop.siteUrl, QUrl(u"https://shop.example"_s));
        QCOMPARE(p->shop.weightUnit, ShopSettings::WeightUnit::Kilogram);
        QCOMPARE(p->sync.statuses, QList<int>({ 2, 3, 4 }));
        QCOMPARE(p->sync.msOptionsPrice, false);
        QCOMPARE(p->sync.addCrmNumber, false);
        QCOMPARE(p->filePath(), QFileInfo(path).absoluteFilePath());
    }

    void trailingComments_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected"); // as the profile shows it

        QTest::newRow("rate with comment") << u"crm/rate_limit"_s << u"20 ; twice"_s << u"20"_s;
        QTest::newRow("rate with tab comment") << u"crm/rate_limit"_s << u"30\t; tab"_s << u"30"_s;
        QTest::newRow("prefix with comment") << u"shop/prefix"_s << u"site_   ; the prefix"_s << u"site_"_s;
        QTest::newRow("empty prefix with comment") << u"shop/prefix"_s << u"   ; no prefix"_s << QString();
        QTest::newRow("statuses spaced with comment") << u"sync/statuses"_s << u"2, 3 ,4 ; ids, really"_s << u"2,3,4"_s;
        QTest::newRow("bool with comment") << u"sync/add_crm_number"_s << u"yes ; send it"_s << u"true"_s;
        QTest::newRow("unit with comment") << u"shop/weight_unit"_s << u"g ; grams"_s << u"g"_s;
        QTest::newRow("site with comment") << u"crm/site"_s << u"my.site-1 ; store"_s << u"my.site-1"_s;
        QTest::newRow("url with comment and commas")
            << u"crm/url"_s << u"https://a.retailcrm.ru ; a, b, c"_s << u"https://a.retailcrm.ru"_s;
    }
    void trailingComments()
    {
        QFETCH(QString, key);
        QFETCH(QString, line);
        QFETCH(QString, expected);
        const QString path = writeProfile(iniText(validKeys(), { { key, line } }));
        const auto p = Profile::load(path);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QString actual;
        if (key == u"crm/rate_limit"_s)
            actual = QString::number(p->crm.rateLimit);
        else if (key == u"shop/prefix"_s)
            actual = p->shop.prefix;
        else if (key == u"sync/statuses"_s)
            actual
                = QStringList({ QString::number(p->sync.statuses.value(0)), QString::number(p->sync.statuses.value(1)),
                                QString::number(p->sync.statuses.value(2)) })
                      .join(u',');
        else if (key == u"sync/add_crm_number"_s)
            actual = p->sync.addCrmNumber ? u"true"_s : u"false"_s;
        else if (key == u"shop/weight_unit"_s)
            actual = Profile::weightUnitName(p->shop.weightUnit);
        else if (key == u"crm/site"_s)
            actual = p->crm.site;
        else if (key == u"crm/url"_s)
            actual = p->crm.url.toString();
        QCOMPARE(actual, expected);
    }

    void defaultsForOptionalKeys()
    {
        const QString path = writeProfile(u"[crm]\nurl=https://example.retailcrm.ru\nsite=s1\n"
                                          u"[shop]\ndriver=sqlite\npath=data/shop.sqlite\n"_s);
        const auto p = Profile::load(path);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QCOMPARE(p->crm.rateLimit, 10);
        QCOMPARE(p->shop.driver, ShopSettings::Driver::Sqlite);
        // A relative sqlite path is relative to the config file's directory.
        QCOMPARE(p->shop.path, QFileInfo(path).absoluteDir().filePath(u"data/shop.sqlite"_s));
        QCOMPARE(p->shop.prefix, u"modx_"_s);
        QCOMPARE(p->shop.host, u"127.0.0.1"_s);
        QCOMPARE(p->shop.port, 3306);
        QCOMPARE(p->shop.socket, QString());
        QVERIFY(p->shop.siteUrl.isEmpty());
        QCOMPARE(p->shop.weightUnit, ShopSettings::WeightUnit::Kilogram);
        QVERIFY(p->sync.statuses.isEmpty());
        QCOMPARE(p->sync.msOptionsPrice, false);
        QCOMPARE(p->sync.addCrmNumber, false);

        const QString mysql = writeProfile(u"[crm]\nurl=https://example.retailcrm.ru\nsite=s1\n"
                                           u"[shop]\ndriver=MySQL\ndatabase=shopdb\nuser=shopuser\nprefix=\n"_s);
        const auto m = Profile::load(mysql);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().toString()));
        QCOMPARE(m->shop.driver, ShopSettings::Driver::MySql);
        QCOMPARE(m->shop.host, u"127.0.0.1"_s);
        QCOMPARE(m->shop.port, 3306);
        QCOMPARE(m->shop.database, u"shopdb"_s);
        QCOMPARE(m->shop.user, u"shopuser"_s);
        QCOMPARE(m->shop.prefix, QString()); // present and empty: no prefix
    }

    void validBaselineLoads()
    {
        const auto p = Profile::load(writeProfile(iniText(validKeys(), {})));
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
    }

    void invalidValues_data()
    {
        QTest::addColumn<QString>("key"); // the key whose value is bad; the message must name it
        QTest::addColumn<QString>("value"); // written to the file (kAbsent: left out)
        QTest::addColumn<QString>("shown"); // must appear in the message (empty: nothing to check)
        QTest::addColumn<QString>("hidden"); // must not appear anywhere in the error (empty: nothing to check)
        QTest::addColumn<QString>("extraKey"); // a second override, e.g. the driver
        QTest::addColumn<QString>("extraValue");

        auto row = [](const char *name, const QString &key, const QString &value, const QString &shown = {},
                      const QString &hidden = {}, const QString &extraKey = {}, const QString &extraValue = {}) {
            QTest::newRow(name) << key << value << shown << hidden << extraKey << extraValue;
        };
        row("url missing", u"crm/url"_s, kAbsent);
        row("url empty", u"crm/url"_s, QString());
        row("url http public", u"crm/url"_s, u"http://example.retailcrm.ru"_s, u"http://example.retailcrm.ru"_s);
        row("url http private lan", u"crm/url"_s, u"http://192.168.1.10"_s, u"http://192.168.1.10"_s);
        row("url ftp", u"crm/url"_s, u"ftp://example.retailcrm.ru"_s, u"ftp://example.retailcrm.ru"_s);
        row("url query", u"crm/url"_s, u"https://example.retailcrm.ru/?apiKey=SECRET123"_s, u"example.retailcrm.ru"_s,
            u"SECRET123"_s);
        row("url fragment", u"crm/url"_s, u"https://example.retailcrm.ru/#top"_s, u"#top"_s);
        row("url userinfo", u"crm/url"_s, u"https://admin:hunter2@example.retailcrm.ru"_s, u"example.retailcrm.ru"_s,
            u"hunter2"_s);
        row("url space in host", u"crm/url"_s, u"https://exa mple.ru"_s, u"exa mple.ru"_s);
        row("url api path", u"crm/url"_s, u"https://example.retailcrm.ru/x/api/v5/orders"_s);
        row("site missing", u"crm/site"_s, kAbsent);
        row("site space", u"crm/site"_s, u"shop code"_s, u"shop code"_s);
        row("site slash", u"crm/site"_s, u"shop/code"_s, u"shop/code"_s);
        row("site too long", u"crm/site"_s, QString(256, u'a'), u"aaaa"_s);
        row("rate abc", u"crm/rate_limit"_s, u"abc"_s, u"'abc'"_s);
        row("rate zero", u"crm/rate_limit"_s, u"0"_s, u"'0'"_s);
        row("rate 101", u"crm/rate_limit"_s, u"101"_s, u"'101'"_s);
        row("rate fraction", u"crm/rate_limit"_s, u"10.5"_s, u"'10.5'"_s);
        row("rate negative", u"crm/rate_limit"_s, u"-3"_s, u"'-3'"_s);
        row("driver missing", u"shop/driver"_s, kAbsent);
        row("driver postgres", u"shop/driver"_s, u"postgres"_s, u"'postgres'"_s);
        row("database missing", u"shop/database"_s, kAbsent);
        row("user missing", u"shop/user"_s, kAbsent);
        row("user empty", u"shop/user"_s, QString());
        row("path missing for sqlite", u"shop/path"_s, kAbsent, {}, {}, u"shop/driver"_s, u"sqlite"_s);
        row("port abc", u"shop/port"_s, u"abc"_s, u"'abc'"_s);
        row("port zero", u"shop/port"_s, u"0"_s, u"'0'"_s);
        row("port 70000", u"shop/port"_s, u"70000"_s, u"'70000'"_s);
        row("socket relative", u"shop/socket"_s, u"mysqld.sock"_s, u"mysqld.sock"_s);
        row("prefix injection quoted", u"shop/prefix"_s, u"\"modx_; DROP TABLE x\""_s, u"modx_; DROP TABLE x"_s);
        row("prefix backtick", u"shop/prefix"_s, u"a`b"_s, u"a`b"_s);
        row("prefix quote", u"shop/prefix"_s, u"a'b"_s, u"a'b"_s);
        row("prefix 33 chars", u"shop/prefix"_s, QString(33, u'p'), QString(33, u'p'));
        row("prefix dash", u"shop/prefix"_s, u"modx-"_s, u"modx-"_s);
        row("prefix unicode", u"shop/prefix"_s, u"мод_"_s, u"мод_"_s);
        row("prefix space", u"shop/prefix"_s, u"\"mo dx\""_s, u"mo dx"_s);
        row("site_url ftp", u"shop/site_url"_s, u"ftp://shop.example"_s, u"ftp://shop.example"_s);
        row("site_url no scheme", u"shop/site_url"_s, u"shop.example"_s, u"shop.example"_s);
        row("site_url no host", u"shop/site_url"_s, u"https://"_s, u"https://"_s);
        row("weight lb", u"shop/weight_unit"_s, u"lb"_s, u"'lb'"_s);
        row("statuses letter", u"sync/statuses"_s, u"2,x"_s, u"2,x"_s);
        row("statuses zero", u"sync/statuses"_s, u"0"_s, u"'0'"_s);
        row("statuses negative", u"sync/statuses"_s, u"-1, 2"_s, u"-1"_s);
        row("statuses fraction", u"sync/statuses"_s, u"1.5"_s, u"1.5"_s);
        row("msoptionsprice maybe", u"sync/msoptionsprice"_s, u"maybe"_s, u"'maybe'"_s);
        row("add_crm_number 2", u"sync/add_crm_number"_s, u"2"_s, u"'2'"_s);
        row("api key in file", u"crm/api_key"_s, u"TOPSECRETKEY"_s, {}, u"TOPSECRETKEY"_s);
        row("password in file", u"shop/password"_s, u"TOPSECRETPW"_s, {}, u"TOPSECRETPW"_s);
    }
    void invalidValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, shown);
        QFETCH(QString, hidden);
        QFETCH(QString, extraKey);
        QFETCH(QString, extraValue);

        QMap<QString, QString> overrides { { key, value } };
        if (!extraKey.isEmpty())
            overrides.insert(extraKey, extraValue);
        const QString path = writeProfile(iniText(validKeys(), overrides));
        QVERIFY(!path.isEmpty());
        if (!extraKey.isEmpty()) {
            // The file without the row's bad value loads: the row's key is the only problem.
            QVERIFY(Profile::load(writeProfile(iniText(
                                      validKeys(), { { extraKey, extraValue }, { u"shop/path"_s, u"/x.sqlite"_s } })))
                        .ok());
        }

        const auto p = Profile::load(path);
        QVERIFY2(!p.ok(), qPrintable(iniText(validKeys(), overrides)));
        const rd::Error &e = p.error();
        QCOMPARE(e.code, ErrorCode::Config);
        QVERIFY2(e.message.contains(key), qPrintable(e.message));
        QVERIFY2(e.message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(e.message));
        QVERIFY2(e.messages.isEmpty(), qPrintable(e.toString())); // one bad key, one problem
        QVERIFY2(e.message.contains(u"expected"_s) || e.message.contains(u"secret"_s), qPrintable(e.message));
        QVERIFY(!e.hint.isEmpty());
        if (!shown.isEmpty())
            QVERIFY2(e.message.contains(shown), qPrintable(e.message));
        if (!hidden.isEmpty())
            QVERIFY2(!e.toString().contains(hidden), qPrintable(e.toString()));
        if (value == kAbsent || value.isEmpty())
            QVERIFY2(e.message.startsWith(u"Missing "_s + key), qPrintable(e.message));
    }

    void exampleMessageWording()
    {
        const QString path = writeProfile(iniText(validKeys(), { { u"crm/rate_limit"_s, u"abc"_s } }));
        const auto p = Profile::load(path);
        QVERIFY(!p.ok());
        QCOMPARE(
            p.error().message,
            u"Invalid crm/rate_limit in %1: 'abc' — expected a whole number of requests per second from 1 to 100."_s
                .arg(QFileInfo(path).absoluteFilePath()));
        QCOMPARE(rd::exitCodeFor(p.error().code), 2);
    }

    void severalProblemsAreAllReported()
    {
        const QString path = writeProfile(iniText(
            validKeys(),
            { { u"shop/prefix"_s, u"a`b"_s }, { u"crm/rate_limit"_s, u"0"_s }, { u"sync/statuses"_s, u"x"_s } }));
        const auto p = Profile::load(path);
        QVERIFY(!p.ok());
        // In file order: crm/rate_limit first, then shop/prefix and sync/statuses.
        QVERIFY2(p.error().message.contains(u"crm/rate_limit"_s), qPrintable(p.error().toString()));
        QCOMPARE(p.error().messages.size(), 2);
        QVERIFY(p.error().messages.at(0).contains(u"shop/prefix"_s));
        QVERIFY(p.error().messages.at(1).contains(u"sync/statuses"_s));
    }

    void missingFile()
    {
        const QString path = m_dir.filePath(u"nowhere/retaildesk.conf"_s);
        const auto p = Profile::load(path);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, ErrorCode::Config);
        QVERIFY(p.error().message.contains(path));
        QVERIFY(p.error().message.contains(u"does not exist"_s));
        QVERIFY(p.error().message.contains(u"setup wizard"_s));
        QVERIFY(p.error().message.contains(u"README"_s));

        const auto dir = Profile::load(m_dir.path());
        QVERIFY(!dir.ok());
        QCOMPARE(dir.error().code, ErrorCode::Config);
        QVERIFY(dir.error().message.contains(u"directory"_s));
    }

    void statuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("plain") << u"2,3,4"_s << true << QList<int> { 2, 3, 4 };
        QTest::newRow("spaces") << u"2, 3 ,4"_s << true << QList<int> { 2, 3, 4 };
        QTest::newRow("empty") << QString() << true << QList<int> {};
        QTest::newRow("one") << u" 7 "_s << true << QList<int> { 7 };
        QTest::newRow("duplicates") << u"2,2,3"_s << true << QList<int> { 2, 3 };
        QTest::newRow("trailing comma") << u"2,3,"_s << true << QList<int> { 2, 3 };
        QTest::newRow("letter") << u"2,x"_s << false << QList<int> {};
        QTest::newRow("zero") << u"0"_s << false << QList<int> {};
        QTest::newRow("negative") << u"-1"_s << false << QList<int> {};
        QTest::newRow("fraction") << u"1.5"_s << false << QList<int> {};
        QTest::newRow("semicolons") << u"2;3"_s << false << QList<int> {};
        QTest::newRow("overflow") << u"99999999999"_s << false << QList<int> {};
    }
    void statuses()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QList<int>, expected);

        const auto parsed = Profile::parseStatuses(text);
        QCOMPARE(parsed.ok(), valid);
        if (valid)
            QCOMPARE(*parsed, expected);
        else
            QVERIFY(parsed.error().message.contains(u"sync/statuses"_s));

        // The same through a file: unquoted (QSettings hands back a QStringList for a value with commas;
        // ';' would start a comment, so that row is only checked through parseStatuses) and quoted (a QString).
        if (!text.contains(u';')) {
            for (const QString &written : QStringList { text, u'"' + text + u'"' }) {
                const auto p = Profile::load(writeProfile(iniText(validKeys(), { { u"sync/statuses"_s, written } })));
                QCOMPARE(p.ok(), valid);
                if (valid)
                    QCOMPARE(p->sync.statuses, expected);
            }
        }
    }

    void booleans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        for (const char *t : { "true", "TRUE", "True", "1", "yes", "Yes" })
            QTest::newRow(t) << QString::fromLatin1(t) << true;
        for (const char *f : { "false", "FALSE", "0", "no", "No" })
            QTest::newRow(f) << QString::fromLatin1(f) << false;
    }
    void booleans()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        const auto p = Profile::load(writeProfile(
            iniText(validKeys(), { { u"sync/msoptionsprice"_s, text }, { u"sync/add_crm_number"_s, text } })));
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QCOMPARE(p->sync.msOptionsPrice, expected);
        QCOMPARE(p->sync.addCrmNumber, expected);
    }

    void roundTrip()
    {
        Profile p;
        p.crm.url = QUrl(u"https://shop42.retailcrm.ru"_s);
        p.crm.site = u"my-store.1"_s;
        p.crm.rateLimit = 7;
        p.shop.driver = ShopSettings::Driver::MySql;
        p.shop.host = u"db.internal"_s;
        p.shop.port = 3307;
        p.shop.socket = u"/run/mysqld/mysqld.sock"_s;
        p.shop.database = u"modx_db"_s;
        p.shop.user = u"shop, user"_s; // a comma: QSettings must not turn it into a list
        p.shop.path = u"/srv/unused.sqlite"_s;
        p.shop.prefix = u"abc_"_s;
        p.shop.siteUrl = QUrl(u"https://shop.example/store"_s);
        p.shop.weightUnit = ShopSettings::WeightUnit::Gram;
        p.sync.statuses = { 5, 1, 9 };
        p.sync.msOptionsPrice = true;
        p.sync.addCrmNumber = true;

        const QString path = newPath();
        QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath())); // save creates the directory
        const rd::Status saved = p.saveAs(path);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QCOMPARE(p.filePath(), QFileInfo(path).absoluteFilePath());

        const auto q = Profile::load(path);
        QVERIFY2(q.ok(), qPrintable(q.ok() ? QString() : q.error().toString()));
        QCOMPARE(q->crm.url, p.crm.url);
        QCOMPARE(q->crm.site, p.crm.site);
        QCOMPARE(q->crm.rateLimit, p.crm.rateLimit);
        QCOMPARE(q->shop.driver, p.shop.driver);
        QCOMPARE(q->shop.host, p.shop.host);
        QCOMPARE(q->shop.port, p.shop.port);
        QCOMPARE(q->shop.socket, p.shop.socket);
        QCOMPARE(q->shop.database, p.shop.database);
        QCOMPARE(q->shop.user, p.shop.user);
        QCOMPARE(q->shop.path, p.shop.path);
        QCOMPARE(q->shop.prefix, p.shop.prefix);
        QCOMPARE(q->shop.siteUrl, p.shop.siteUrl);
        QCOMPARE(q->shop.weightUnit, p.shop.weightUnit);
        QCOMPARE(q->sync.statuses, p.sync.statuses);
        QCOMPARE(q->sync.msOptionsPrice, p.sync.msOptionsPrice);
        QCOMPARE(q->sync.addCrmNumber, p.sync.addCrmNumber);

        // Defaults and an sqlite profile with empty lists round-trip too; saving twice changes nothing.
        Profile s;
        s.crm.url = QUrl(u"http://127.0.0.1:8080"_s);
        s.crm.site = u"demo"_s;
        s.shop.driver = ShopSettings::Driver::Sqlite;
        s.shop.path = m_dir.filePath(u"demo.sqlite"_s);
        s.shop.prefix = QString();
        const QString spath = newPath();
        QVERIFY(s.saveAs(spath).ok());
        const QString first = readFile(spath);
        QVERIFY(!first.contains(u"@Invalid"_s));
        const auto t = Profile::load(spath);
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().toString()));
        QCOMPARE(t->crm.url, s.crm.url);
        QCOMPARE(t->shop.driver, ShopSettings::Driver::Sqlite);
        QCOMPARE(t->shop.path, s.shop.path);
        QCOMPARE(t->shop.prefix, QString());
        QVERIFY(t->sync.statuses.isEmpty());
        QVERIFY(t->save().ok());
        QCOMPARE(readFile(spath), first);
    }

    void idnUrlIsSavedReadably()
    {
        Profile p;
        p.crm.url = Profile::normaliseCrmUrl(u"https://МАГАЗИН.retailcrm.ru/"_s);
        p.crm.site = u"s"_s;
        p.shop.driver = ShopSettings::Driver::Sqlite;
        p.shop.path = u"/tmp/x.sqlite"_s;
        const QString path = newPath();
        QVERIFY(p.saveAs(path).ok());
        QVERIFY2(readFile(path).contains(u"url=https://магазин.retailcrm.ru"_s), qPrintable(readFile(path)));
        const auto q = Profile::load(path);
        QVERIFY(q.ok());
        QCOMPARE(q->crm.url, p.crm.url);
    }

    void unknownKeysAreKept()
    {
        const QString text = iniText(validKeys(),
                                     { { u"crm/future_option"_s, u"42"_s },
                                       { u"shop/legacy"_s, u"a, b"_s },
                                       { u"custom/anything"_s, u"kept as is"_s } });
        const QString path = writeProfile(text);
        auto p = Profile::load(path);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        p->crm.site = u"changed"_s;
        QVERIFY(p->save().ok());

        QSettings after(path, QSettings::IniFormat);
        QCOMPARE(after.value(u"crm/future_option"_s).toString(), u"42"_s);
        QCOMPARE(after.value(u"shop/legacy"_s).toStringList(), QStringList({ u"a"_s, u"b"_s }));
        QCOMPARE(after.value(u"custom/anything"_s).toString(), u"kept as is"_s);
        QCOMPARE(after.value(u"crm/site"_s).toString(), u"changed"_s);
        const auto q = Profile::load(path);
        QVERIFY(q.ok());
        QCOMPARE(q->crm.site, u"changed"_s);
    }

    void saveRefusesInvalidValuesAndWritesNothing()
    {
        Profile p;
        p.crm.url = QUrl(u"https://example.retailcrm.ru"_s);
        p.crm.site = u"s"_s;
        p.shop.prefix = u"modx_; DROP TABLE x"_s;
        const QString path = newPath();
        const rd::Status saved = p.saveAs(path);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::Config);
        QVERIFY(saved.error().message.contains(u"shop/prefix"_s));
        QVERIFY(saved.error().message.contains(path));
        QVERIFY(!QFileInfo::exists(path));

        Profile noFile;
        QVERIFY(!noFile.save().ok());
    }

    void saveRemovesSecretLookingKeys()
    {
        // Someone put secrets into the file; saving a profile over it drops them.
        const QString path = writeProfile(u"[crm]\napi_key=TOPSECRET1\n[shop]\npassword=TOPSECRET2\n"
                                          u"[other]\nkeep=me\n"_s);
        Profile p;
        p.crm.url = QUrl(u"https://example.retailcrm.ru"_s);
        p.crm.site = u"s"_s;
        p.shop.database = u"modx"_s;
        p.shop.user = u"modx"_s;
        QVERIFY(p.saveAs(path).ok());
        const QString text = readFile(path);
        QVERIFY2(!text.contains(u"TOPSECRET"_s), qPrintable(text));
        QVERIFY(text.contains(u"keep=me"_s));
        QVERIFY(Profile::load(path).ok());
    }

    void saveOverAFileWithAStrayLine()
    {
        // Found by fuzz/profile_ini.cpp: a line that is neither a section, a key=value nor a comment is
        // ignored by load(), but save() over that file wrote it and then reported "Could not write".
        const QString path = writeProfile(u"1 comment\n[crm]\nurl=https://example.retailcrm.ru\nsite=s\n"
                                          u"[shop]\ndriver=mysql\ndatabase=modx\nuser=modx\n[other]\nkeep=me\n"_s);
        const auto loaded = Profile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        Profile p = *loaded;
        p.crm.site = u"t"_s;
        const rd::Status saved = p.save();
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        const QString text = readFile(path);
        QVERIFY2(text.contains(u"keep=me"_s), qPrintable(text));
        const auto again = Profile::load(path);
        QVERIFY(again.ok());
        QCOMPARE(again->crm.site, u"t"_s);
        QCOMPARE(again->crm.url, QUrl(u"https://example.retailcrm.ru"_s));
    }

    void validationProblemsListsAll()
    {
        Profile p;
        QVERIFY(!p.validate().ok());
        p.crm.url = QUrl(u"http://example.com"_s);
        p.crm.site = u"bad site"_s;
        p.crm.rateLimit = 0;
        p.shop.driver = ShopSettings::Driver::Sqlite;
        p.shop.prefix = u"x;y"_s;
        p.sync.statuses = { 1, -2 };
        const QList<rd::ConfigProblem> problems = p.validationProblems();
        QStringList keys;
        for (const rd::ConfigProblem &problem : problems) {
            keys.append(problem.key);
            QCOMPARE(problem.error.code, ErrorCode::Config);
            QVERIFY(problem.error.message.contains(problem.key));
        }
        QCOMPARE(keys,
                 QStringList({ u"crm/url"_s, u"crm/site"_s, u"crm/rate_limit"_s, u"shop/path"_s, u"shop/prefix"_s,
                               u"sync/statuses"_s }));
        const rd::Status status = p.validate();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().messages.size(), 5);

        Profile good;
        good.crm.url = QUrl(u"https://example.retailcrm.ru"_s);
        good.crm.site = u"s"_s;
        QVERIFY(good.validationProblems().isEmpty());
        QVERIFY(good.validate().ok());
    }

    void normaliseCrmUrl_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("encoded"); // QUrl::toEncoded(): what goes on the wire
        QTest::addColumn<QString>("display"); // Profile::displayUrl()

        const QString plain = u"https://example.retailcrm.ru"_s;
        QTest::newRow("no scheme") << u"example.retailcrm.ru"_s << plain << plain;
        QTest::newRow("spaces around") << u"  https://example.retailcrm.ru  "_s << plain << plain;
        QTest::newRow("trailing slash") << u"https://example.retailcrm.ru/"_s << plain << plain;
        QTest::newRow("trailing slashes") << u"https://example.retailcrm.ru///"_s << plain << plain;
        QTest::newRow("api v5") << u"https://example.retailcrm.ru/api/v5"_s << plain << plain;
        QTest::newRow("api v5 slash") << u"https://example.retailcrm.ru/api/v5/"_s << plain << plain;
        QTest::newRow("api only") << u"https://example.retailcrm.ru/api"_s << plain << plain;
        QTest::newRow("api uppercase") << u"example.retailcrm.ru/API/V5"_s << plain << plain;
        QTest::newRow("uppercase host") << u"HTTPS://EXAMPLE.RetailCRM.RU"_s << plain << plain;
        QTest::newRow("loopback port") << u"http://127.0.0.1:8080/api/v5/"_s << u"http://127.0.0.1:8080"_s
                                       << u"http://127.0.0.1:8080"_s;
        QTest::newRow("localhost no scheme")
            << u"localhost:8443"_s << u"https://localhost:8443"_s << u"https://localhost:8443"_s;
        QTest::newRow("idn") << u"https://магазин.retailcrm.ru"_s << u"https://xn--80aairftm.retailcrm.ru"_s
                             << u"https://магазин.retailcrm.ru"_s;
        QTest::newRow("idn uppercase no scheme")
            << u"МАГАЗИН.RetailCRM.ru/api/v5"_s << u"https://xn--80aairftm.retailcrm.ru"_s
            << u"https://магазин.retailcrm.ru"_s;
        QTest::newRow("idn tld") << u"магазин.рф"_s << u"https://xn--80aairftm.xn--p1ai"_s << u"https://магазин.рф"_s;
    }
    void normaliseCrmUrl()
    {
        QFETCH(QString, typed);
        QFETCH(QString, encoded);
        QFETCH(QString, display);
        const QUrl url = Profile::normaliseCrmUrl(typed);
        QVERIFY(url.isValid());
        QCOMPARE(QString::fromLatin1(url.toEncoded()), encoded);
        QCOMPARE(Profile::displayUrl(url), display);
        const rd::Status valid = Profile::validateCrmUrl(url);
        QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().toString()));
        // Normalising twice changes nothing.
        QCOMPARE(Profile::normaliseCrmUrl(Profile::displayUrl(url)), url);
    }

    void validateCrmUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https public") << u"https://example.retailcrm.ru"_s << true;
        QTest::newRow("https port") << u"https://example.retailcrm.ru:8443"_s << true;
        QTest::newRow("http public") << u"http://example.retailcrm.ru"_s << false;
        QTest::newRow("http 127.0.0.1 port") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http 127.9.9.9") << u"http://127.9.9.9"_s << true;
        QTest::newRow("http localhost") << u"http://localhost"_s << true;
        QTest::newRow("http LOCALHOST port") << u"http://LOCALHOST:9000"_s << true;
        QTest::newRow("http ::1") << u"http://[::1]"_s << true;
        QTest::newRow("http ::1 port") << u"http://[::1]:8080"_s << true;
        QTest::newRow("http 10.0.0.1") << u"http://10.0.0.1"_s << false;
        QTest::newRow("http 0.0.0.0") << u"http://0.0.0.0"_s << false;
        QTest::newRow("http 128.0.0.1") << u"http://128.0.0.1"_s << false;
        QTest::newRow("http localhost.evil.com") << u"http://localhost.evil.com"_s << false;
        QTest::newRow("http 127.0.0.1.nip.io") << u"http://127.0.0.1.nip.io"_s << false;
        QTest::newRow("query") << u"https://example.retailcrm.ru?x=1"_s << false;
        QTest::newRow("fragment") << u"https://example.retailcrm.ru#x"_s << false;
        QTest::newRow("userinfo") << u"https://u:p@example.retailcrm.ru"_s << false;
        QTest::newRow("user only") << u"https://u@example.retailcrm.ru"_s << false;
        QTest::newRow("no host") << u"https:///path"_s << false;
        QTest::newRow("relative") << u"example.retailcrm.ru"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("ws") << u"ws://127.0.0.1"_s << false;
        QTest::newRow("api suffix") << u"https://example.retailcrm.ru/api/v5"_s << false;
    }
    void validateCrmUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        const rd::Status s = Profile::validateCrmUrl(QUrl(url));
        QCOMPARE(s.ok(), valid);
        if (!valid) {
            QCOMPARE(s.error().code, ErrorCode::Config);
            QVERIFY2(s.error().message.contains(u"crm/url"_s), qPrintable(s.error().message));
            QVERIFY(!s.error().hint.isEmpty());
            QVERIFY(!s.error().toString().contains(u"u:p@"_s));
        }
        const rd::Status other = Profile::validateCrmUrl(QUrl(url), u"CRM address"_s);
        QCOMPARE(other.ok(), valid);
        if (!valid)
            QVERIFY(other.error().message.contains(u"CRM address"_s));
    }

    void httpRefusalSaysWhatToDo()
    {
        const rd::Status s = Profile::validateCrmUrl(QUrl(u"http://example.retailcrm.ru"_s));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().hint.contains(u"https://example.retailcrm.ru"_s), qPrintable(s.error().hint));
        QVERIFY(s.error().message.contains(u"127.0.0.1"_s));
    }

    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << u"localhost"_s << true;
        QTest::newRow("Localhost.") << u"Localhost."_s << true;
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
        QTest::newRow("127.255.0.3") << u"127.255.0.3"_s << true;
        QTest::newRow("::1") << u"::1"_s << true;
        QTest::newRow("[::1]") << u"[::1]"_s << true;
        QTest::newRow("::ffff:127.0.0.1") << u"::ffff:127.0.0.1"_s << true;
        QTest::newRow("::2") << u"::2"_s << false;
        QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << false;
        QTest::newRow("example.com") << u"example.com"_s << false;
        QTest::newRow("my.localhost") << u"my.localhost"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(Profile::isLoopbackHost(host), loopback);
    }

    void validatePrefix_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("valid");
        QTest::newRow("modx_") << u"modx_"_s << true;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("32 chars") << QString(32, u'a') << true;
        QTest::newRow("mixed") << u"Ab9_"_s << true;
        QTest::newRow("33 chars") << QString(33, u'a') << false;
        QTest::newRow("drop table") << u"modx_; DROP TABLE x"_s << false;
        QTest::newRow("backtick") << u"a`b"_s << false;
        QTest::newRow("quote") << u"a'b"_s << false;
        QTest::newRow("double quote") << u"a\"b"_s << false;
        QTest::newRow("comment") << u"a--"_s << false;
        QTest::newRow("newline") << u"modx_\n"_s << false;
        QTest::newRow("space") << u"mo dx"_s << false;
        QTest::newRow("dot") << u"db.modx_"_s << false;
        QTest::newRow("unicode") << u"мод_"_s << false;
        QTest::newRow("nul") << QString(QChar(u'\0')) << false;
    }
    void validatePrefix()
    {
        QFETCH(QString, prefix);
        QFETCH(bool, valid);
        const rd::Status s = Profile::validatePrefix(prefix);
        QCOMPARE(s.ok(), valid);
        if (!valid) {
            QCOMPARE(s.error().code, ErrorCode::Config);
            QVERIFY(s.error().message.contains(u"shop/prefix"_s));
            QVERIFY(s.error().message.contains(u"32"_s));
        }
    }

    void validateSiteCode_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << u"shop-code"_s << true;
        QTest::newRow("dots underscores") << u"my_shop.ru-1"_s << true;
        QTest::newRow("255") << QString(255, u's') << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("256") << QString(256, u's') << false;
        QTest::newRow("space") << u"shop code"_s << false;
        QTest::newRow("leading space") << u" shop"_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("unicode") << u"магазин"_s << false;
    }
    void validateSiteCode()
    {
        QFETCH(QString, site);
        QFETCH(bool, valid);
        const rd::Status s = Profile::validateSiteCode(site);
        QCOMPARE(s.ok(), valid);
        if (!valid) {
            QCOMPARE(s.error().code, ErrorCode::Config);
            QVERIFY(s.error().message.contains(u"crm/site"_s));
        }
    }

    void keychainIdIsCanonical()
    {
        const QString real = writeProfile(kInterfaceExample);
        const QString canonical = QFileInfo(real).canonicalFilePath();
        const QString link = m_dir.filePath(u"link.conf"_s);
        QVERIFY(QFile::link(real, link));
        const QString dotted = QFileInfo(real).absolutePath() + u"/./../"_s
            + QFileInfo(QFileInfo(real).absolutePath()).fileName() + u"/retaildesk.conf"_s;

        QCOMPARE(Profile::keychainIdFor(real), canonical);
        QCOMPARE(Profile::keychainIdFor(link), canonical);
        QCOMPARE(Profile::keychainIdFor(dotted), canonical);
        const auto loaded = Profile::load(link);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->keychainId(), canonical);

        // Relative paths are made absolute.
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(QFileInfo(real).absolutePath()));
        QCOMPARE(Profile::keychainIdFor(u"retaildesk.conf"_s), canonical);
        QVERIFY(QDir::setCurrent(before));

        // A file that does not exist yet, in an existing directory: the directory is made canonical.
        const QString future = m_dir.filePath(u"future.conf"_s);
        QCOMPARE(Profile::keychainIdFor(future), QFileInfo(m_dir.path()).canonicalFilePath() + u"/future.conf"_s);
        Profile fresh;
        fresh.setFilePath(future);
        QCOMPARE(fresh.keychainId(), Profile::keychainIdFor(future));
        QVERIFY(Profile::keychainIdFor(QString()).isEmpty());
    }

    void defaultPathIsUnderRetailDesk()
    {
        const QString path = Profile::defaultPath();
        QVERIFY2(path.endsWith(u"/RetailDesk/retaildesk.conf"_s), qPrintable(path));
        QVERIFY(QDir::isAbsolutePath(path));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "TestProfile.moc"
