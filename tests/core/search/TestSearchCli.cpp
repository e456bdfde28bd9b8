// retaildesk-cli search / contact create / order quick: the built binary against the real sandbox CRM.
#include "CliRunner.h"
#include "TestSupport.h"
#include "crm/CrmClient.h"
#include "crm/CrmDecode.h"
#include "demo/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using rd::test::runCli;

class TestSearchCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    rd::SandboxProcess m_sandbox;
    std::unique_ptr<rd::CrmClient> m_client;
    QString m_config;
    const QString m_key = u"search-cli-key-0123456789"_s;

    QProcessEnvironment keyEnv(const QString &key) const
    {
        QProcessEnvironment env;
        env.insert(u"RETAILDESK_API_KEY"_s, key);
        return env;
    }

    rd::test::CliRun cli(const QStringList &args) const
    {
        return runCli(QStringList { u"--config"_s, m_config } + args, {}, keyEnv(m_key));
    }

    static QJsonObject json(const QByteArray &out)
    {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &e);
        if (e.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << out;
        return doc.object();
    }

    QJsonObject crmGet(rd::CrmReply *reply, const QString &key)
    {
        return rd::CrmDecode::entity(m_client->waitFor(reply), key).valueOr({});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        rd::SandboxOptions o;
        o.apiKey = m_key;
        const auto url = m_sandbox.start(o);
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().toString()));
        m_config = m_dir.filePath(u"search.conf"_s);
        {
            QSettings s(m_config, QSettings::IniFormat);
            s.setValue(u"crm/url"_s, url->toString());
            s.setValue(u"crm/site"_s, u"demo-shop"_s);
            s.setValue(u"crm/rate_limit"_s, 10);
            s.setValue(u"shop/driver"_s, u"sqlite"_s);
            s.setValue(u"shop/path"_s, m_dir.filePath(u"shop.sqlite"_s));
            s.setValue(u"shop/prefix"_s, u"modx_"_s);
            s.sync();
        }
        rd::CrmConfig config;
        config.baseUrl = *url;
        config.apiKey = m_key;
        config.site = u"demo-shop"_s;
        m_client = std::make_unique<rd::CrmClient>(config);

        QJsonArray products;
        for (int i = 1; i <= 22; ++i)
            products.append(QJsonObject { { u"externalId"_s, u"g%1"_s.arg(i) },
                                          { u"name"_s, u"Garden gnome %1"_s.arg(i) },
                                          { u"article"_s, u"GN-%1"_s.arg(i) },
                                          { u"price"_s, 10 * i },
                                          { u"quantity"_s, i } });
        QVERIFY(m_sandbox.control("POST", u"/_sandbox/products"_s, { { u"products"_s, products } }).ok());
        QJsonArray orders;
        for (int i = 1; i <= 25; ++i)
            orders.append(
                QJsonObject { { u"externalId"_s, u"c%1"_s.arg(i) },
                              { u"number"_s, u"CLI-%1"_s.arg(i) },
                              { u"lastName"_s, u"Гномов"_s },
                              { u"firstName"_s, u"Гном%1"_s.arg(i) },
                              { u"email"_s, u"gnome%1@garden.test"_s.arg(i) },
                              { u"phone"_s, u"+7 901 000-00-%1"_s.arg(i, 2, 10, QLatin1Char('0')) },
                              { u"status"_s, i <= 5 ? u"complete"_s : u"new"_s },
                              { u"items"_s,
                                QJsonArray { QJsonObject {
                                    { u"offer"_s, QJsonObject { { u"externalId"_s, u"g%1"_s.arg(i % 22 + 1) } } },
                                    { u"quantity"_s, 2 },
                                    { u"initialPrice"_s, 15 } } } } });
        const auto up = m_client->waitForUpload(m_client->ordersUpload(orders));
        QVERIFY(up.ok() && up->failed.isEmpty());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_sandbox.stop();
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("search without kind") << QStringList { u"search"_s };
        QTest::newRow("search unknown kind") << QStringList { u"search"_s, u"widgets"_s, u"--name"_s, u"x"_s };
        QTest::newRow("search orders without criteria") << QStringList { u"search"_s, u"orders"_s };
        QTest::newRow("search customers without criteria")
            << QStringList { u"search"_s, u"customers"_s, u"--limit"_s, u"50"_s };
        QTest::newRow("search products without criteria") << QStringList { u"search"_s, u"products"_s };
        QTest::newRow("option of another kind") << QStringList { u"search"_s, u"customers"_s, u"--status"_s, u"new"_s };
        QTest::newRow("article on orders") << QStringList { u"search"_s, u"orders"_s, u"--article"_s, u"A"_s };
        QTest::newRow("limit not accepted")
            << QStringList { u"search"_s, u"orders"_s, u"--number"_s, u"1"_s, u"--limit"_s, u"7"_s };
        QTest::newRow("limit not a number")
            << QStringList { u"search"_s, u"orders"_s, u"--number"_s, u"1"_s, u"--limit"_s, u"many"_s };
        QTest::newRow("page 0") << QStringList { u"search"_s, u"orders"_s, u"--number"_s, u"1"_s, u"--page"_s, u"0"_s };
        QTest::newRow("phone and customer")
            << QStringList { u"search"_s, u"orders"_s, u"--phone"_s, u"901"_s, u"--customer"_s, u"x"_s };
        QTest::newRow("unknown option") << QStringList { u"search"_s, u"orders"_s, u"--bogus"_s };
        QTest::newRow("contact without action") << QStringList { u"contact"_s, u"--name"_s, u"X"_s };
        QTest::newRow("contact without name")
            << QStringList { u"contact"_s, u"create"_s, u"--phone"_s, u"+79010000000"_s };
        QTest::newRow("contact bad e-mail")
            << QStringList { u"contact"_s, u"create"_s, u"--name"_s, u"X"_s, u"--email"_s, u"x@"_s };
        QTest::newRow("contact bad phone")
            << QStringList { u"contact"_s, u"create"_s, u"--name"_s, u"X"_s, u"--phone"_s, u"call me"_s };
        QTest::newRow("order without product") << QStringList { u"order"_s, u"quick"_s, u"--name"_s, u"X"_s };
        QTest::newRow("order without name") << QStringList { u"order"_s, u"quick"_s, u"--product"_s, u"g1"_s };
        QTest::newRow("order zero quantity") << QStringList { u"order"_s,  u"quick"_s, u"--product"_s,  u"g1"_s,
                                                              u"--name"_s, u"X"_s,     u"--quantity"_s, u"0"_s };
        QTest::newRow("order bad by") << QStringList { u"order"_s,  u"quick"_s, u"--product"_s, u"g1"_s,
                                                       u"--name"_s, u"X"_s,     u"--by"_s,      u"sku"_s };
        QTest::newRow("order bad e-mail") << QStringList { u"order"_s,  u"quick"_s, u"--product"_s, u"g1"_s,
                                                           u"--name"_s, u"X"_s,     u"--email"_s,   u"no"_s };
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const auto before = m_sandbox.stats();
        QVERIFY(before.ok());
        const auto r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
        // Refused before anything reached the CRM.
        const auto after = m_sandbox.stats();
        QCOMPARE(after->value(u"apiRequests"_s).toInteger(), before->value(u"apiRequests"_s).toInteger());
    }

    void searchOrdersTable()
    {
        const auto r = cli({ u"search"_s, u"orders"_s, u"--number"_s, u"CLI-7"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(u"Number"_s) && out.contains(u"Customer"_s), r.out.constData());
        QVERIFY2(out.contains(u"CLI-7"_s), r.out.constData());
        QVERIFY2(out.contains(u"Гномов Гном7"_s), r.out.constData());
        QVERIFY2(out.contains(u"gnome7@garden.test"_s), r.out.constData());
        QVERIFY2(out.contains(u"1 found"_s), r.out.constData());
        QVERIFY(!out.contains(u"CLI-8"_s));
    }

    void searchOrdersJsonPaged()
    {
        QSet<QString> numbers;
        for (int page = 1; page <= 2; ++page) {
            const auto r = cli({ u"--json"_s, u"search"_s, u"orders"_s, u"--customer"_s, u"гномов"_s, u"--page"_s,
                                 QString::number(page) });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject doc = json(r.out);
            const QJsonObject p = doc.value(u"pagination"_s).toObject();
            QCOMPARE(p.value(u"totalCount"_s).toInt(), 25);
            QCOMPARE(p.value(u"totalPageCount"_s).toInt(), 2);
            QCOMPARE(p.value(u"currentPage"_s).toInt(), page);
            QCOMPARE(p.value(u"limit"_s).toInt(), 20);
            const QJsonArray items = doc.value(u"items"_s).toArray();
            QCOMPARE(items.size(), page == 1 ? 20 : 5);
            for (const QJsonValue &v : items) {
                const QJsonObject o = v.toObject();
                numbers.insert(o.value(u"number"_s).toString());
                QVERIFY(o.value(u"url"_s).toString().endsWith(u"/orders/%1/edit"_s.arg(o.value(u"id"_s).toInteger())));
                QCOMPARE(o.value(u"items"_s).toArray().first().toObject().value(u"quantity"_s).toDouble(), 2.0);
            }
        }
        QCOMPARE(numbers.size(), 25);
    }

    void searchOrdersByStatusAndPhone()
    {
        auto r = cli({ u"--json"_s, u"search"_s, u"orders"_s, u"--status"_s, u"complete"_s, u"--limit"_s, u"50"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r.out).value(u"items"_s).toArray().size(), 5);
        r = cli({ u"--json"_s, u"search"_s, u"orders"_s, u"--phone"_s, u"+7 (901) 000-00-13"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray items = json(r.out).value(u"items"_s).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(u"number"_s).toString(), u"CLI-13"_s);
        r = cli({ u"search"_s, u"orders"_s, u"--email"_s, u"nobody@nowhere.test"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Nothing found"), r.out.constData());
    }

    void searchCustomers()
    {
        // The CRM made a customer from each order's contact data.
        auto r = cli({ u"--json"_s, u"search"_s, u"customers"_s, u"--email"_s, u"gnome1"_s, u"--limit"_s, u"100"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject doc = json(r.out);
        // gnome1, gnome10..gnome19
        QCOMPARE(doc.value(u"pagination"_s).toObject().value(u"totalCount"_s).toInt(), 11);
        for (const QJsonValue &v : doc.value(u"items"_s).toArray()) {
            QVERIFY(v.toObject().value(u"email"_s).toString().startsWith(u"gnome1"_s));
            QVERIFY(v.toObject().value(u"url"_s).toString().contains(u"/customers/"_s));
        }
        r = cli({ u"search"_s, u"customers"_s, u"--phone"_s, u"901 000-00-21"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.out).contains(u"Гномов Гном21"_s), r.out.constData());
        QVERIFY2(r.out.contains("1 found"), r.out.constData());
    }

    void searchProducts()
    {
        auto r = cli({ u"--json"_s, u"search"_s, u"products"_s, u"--article"_s, u"GN-12"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonArray items = json(r.out).value(u"items"_s).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject p = items.first().toObject();
        QCOMPARE(p.value(u"externalId"_s).toString(), u"g12"_s);
        QCOMPARE(p.value(u"minPrice"_s).toDouble(), 120.0);
        QCOMPARE(p.value(u"offers"_s).toArray().size(), 1);

        r = cli({ u"--json"_s, u"search"_s, u"products"_s, u"--name"_s, u"gnome"_s, u"--page"_s, u"2"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = json(r.out);
        QCOMPARE(doc.value(u"pagination"_s).toObject().value(u"totalCount"_s).toInt(), 22);
        QCOMPARE(doc.value(u"items"_s).toArray().size(), 2);

        r = cli({ u"search"_s, u"products"_s, u"--name"_s, u"gnome 2"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(u"Article"_s) && out.contains(u"GN-20"_s) && out.contains(u"Garden gnome 2"_s),
                 r.out.constData());
    }

    void contactCreate()
    {
        auto r = cli({ u"contact"_s, u"create"_s, u"--name"_s, u"Лесная Фея Петровна"_s, u"--phone"_s,
                       u"+7 902 333-44-55"_s, u"--email"_s, u"fairy@forest.test"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        bool ok = false;
        const qint64 id = r.out.trimmed().toLongLong(&ok);
        QVERIFY2(ok && id > 0, r.out.constData());
        const QJsonObject c = crmGet(m_client->customersGet(QString::number(id), rd::CrmClient::By::Id), u"customer"_s);
        QCOMPARE(c.value(u"lastName"_s).toString(), u"Лесная"_s);
        QCOMPARE(c.value(u"firstName"_s).toString(), u"Фея"_s);
        QCOMPARE(c.value(u"patronymic"_s).toString(), u"Петровна"_s);
        QCOMPARE(c.value(u"email"_s).toString(), u"fairy@forest.test"_s);

        r = cli({ u"--json"_s, u"contact"_s, u"create"_s, u"--name"_s, u"Just Two"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = json(r.out);
        QCOMPARE(doc.value(u"ok"_s).toBool(), true);
        const qint64 id2 = doc.value(u"id"_s).toInteger();
        QVERIFY(id2 > id);
        QVERIFY(doc.value(u"url"_s).toString().endsWith(u"/customers/%1"_s.arg(id2)));
        const QJsonObject c2
            = crmGet(m_client->customersGet(QString::number(id2), rd::CrmClient::By::Id), u"customer"_s);
        QCOMPARE(c2.value(u"firstName"_s).toString(), u"Just Two"_s);
        QVERIFY(!c2.contains(u"lastName"_s) || c2.value(u"lastName"_s).toString().isEmpty());
    }

    void orderQuick()
    {
        auto r = cli({ u"order"_s, u"quick"_s, u"--product"_s, u"g5"_s, u"--quantity"_s, u"2"_s, u"--name"_s,
                       u"Садовник Сергей"_s, u"--phone"_s, u"+7 903 111-22-33"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList parts = QString::fromUtf8(r.out).trimmed().split(u' ');
        QCOMPARE(parts.size(), 2);
        const qint64 id = parts.at(0).toLongLong();
        QVERIFY(id > 0);
        const QJsonObject o = crmGet(m_client->ordersGet(QString::number(id), rd::CrmClient::By::Id), u"order"_s);
        QCOMPARE(o.value(u"number"_s).toString(), parts.at(1));
        QCOMPARE(o.value(u"status"_s).toString(), u"new"_s);
        QCOMPARE(o.value(u"firstName"_s).toString(), u"Садовник Сергей"_s);
        QCOMPARE(o.value(u"phone"_s).toString(), u"+7 903 111-22-33"_s);
        const QJsonObject item = rd::CrmDecode::asArray(o.value(u"items"_s)).first().toObject();
        QCOMPARE(item.value(u"quantity"_s).toDouble(), 2.0);
        QCOMPARE(item.value(u"initialPrice"_s).toDouble(), 50.0);
        QCOMPARE(item.value(u"productName"_s).toString(), u"Garden gnome 5"_s);

        // By CRM offer id, as JSON; the e-mail ties it to the customer the first order made.
        const qint64 offerId = item.value(u"offer"_s).toObject().value(u"id"_s).toInteger();
        QVERIFY(offerId > 0);
        r = cli({ u"--json"_s, u"order"_s, u"quick"_s, u"--product"_s, QString::number(offerId), u"--by"_s, u"id"_s,
                  u"--name"_s, u"Гном Седьмой"_s, u"--email"_s, u"gnome7@garden.test"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = json(r.out);
        QCOMPARE(doc.value(u"ok"_s).toBool(), true);
        QVERIFY(doc.value(u"id"_s).toInteger() > id);
        QVERIFY(!doc.value(u"number"_s).toString().isEmpty());
        QCOMPARE(doc.value(u"offer"_s).toObject().value(u"externalId"_s).toString(), u"g5"_s);
        QVERIFY(doc.value(u"customerId"_s).toInteger() > 0);
        const QJsonObject o2 = crmGet(
            m_client->ordersGet(QString::number(doc.value(u"id"_s).toInteger()), rd::CrmClient::By::Id), u"order"_s);
        QCOMPARE(o2.value(u"customer"_s).toObject().value(u"id"_s).toInteger(), doc.value(u"customerId"_s).toInteger());
    }

    void orderQuickUnknownProductIsExit1()
    {
        const auto r = cli({ u"order"_s, u"quick"_s, u"--product"_s, u"no-such-gnome"_s, u"--name"_s, u"X"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no-such-gnome"), r.err.constData());
        const auto j
            = cli({ u"--json"_s, u"order"_s, u"quick"_s, u"--product"_s, u"no-such-gnome"_s, u"--name"_s, u"X"_s });
        QCOMPARE(j.exitCode, 1);
        QCOMPARE(json(j.out).value(u"ok"_s).toBool(true), false);
    }

    void wrongKeyIsExit3()
    {
        for (const QStringList &args :
             { QStringList { u"search"_s, u"orders"_s, u"--number"_s, u"CLI-1"_s },
               QStringList { u"contact"_s, u"create"_s, u"--name"_s, u"X"_s },
               QStringList { u"order"_s, u"quick"_s, u"--product"_s, u"g1"_s, u"--name"_s, u"X"_s } }) {
            const auto r = runCli(QStringList { u"--config"_s, m_config } + args, {}, keyEnv(u"wrong-key"_s));
            QCOMPARE(r.exitCode, 3);
            QVERIFY(!r.err.isEmpty());
            QVERIFY(!r.err.contains("wrong-key") && !r.out.contains("wrong-key"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchCli)
#include "TestSearchCli.moc"
