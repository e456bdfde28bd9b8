#include "mapping/CustomerMapper.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Re-serialises an expected JSON literal so that key order in the literal does not matter; fails on a
// literal that is not a JSON object. (Quotes inside raw-string literals are written \u0022 and \u0027: Qt 6.4's
// moc misreads \" and a lone ' in a raw string and then loses slots or the whole Q_OBJECT class.)
QString normalised(const QString &literal)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(literal.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return u"<bad expected literal: "_s + error.errorString() + u">"_s;
    return compact(doc.object());
}

rd::MappingOptions moscow()
{
    rd::MappingOptions options;
    options.shopTimeZone = QTimeZone("Europe/Moscow");
    return options;
}

} // namespace

class TestCustomerMapper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapCustomer_data()
    {
        QTest::addColumn<QString>("fullname");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("mobilephone");
        QTest::addColumn<qint64>("createdOn");
        QTest::addColumn<bool>("sudo");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("skipReason");

        // 1615799107 = 2021-03-15 09:05:07 UTC = 12:05:07 in Moscow.
        QTest::newRow("complete, 3 words")
            << u"Петров Иван Сергеевич"_s << u"ivan@example.com"_s << u"+7 900 123-45-67"_s << u"+79001234567"_s
            << qint64(1615799107) << false
            << uR"({"externalId":"42","lastName":"Петров","firstName":"Иван","patronymic":"Сергеевич",
                   "email":"ivan@example.com","phones":[{"number":"+7 900 123-45-67"},{"number":"+79001234567"}],
                   "createdAt":"2021-03-15 12:05:07"})"_s
            << QString();
        QTest::newRow("1 word") << u"Иван"_s << QString() << QString() << QString() << qint64(0) << false
                                << uR"({"externalId":"42","firstName":"Иван"})"_s << QString();
        QTest::newRow("2 words") << u"Иван Петров"_s << QString() << QString() << QString() << qint64(0) << false
                                 << uR"({"externalId":"42","firstName":"Иван Петров"})"_s << QString();
        QTest::newRow("4 words, tabs and runs")
            << u" Петров\tИван  Сергеевич \t младший "_s << QString() << QString() << QString() << qint64(0) << false
            << uR"({"externalId":"42","firstName":"Петров Иван Сергеевич младший"})"_s << QString();
        QTest::newRow("3 words with tabs")
            << u"\tПетров\t\tИван Сергеевич\n"_s << QString() << QString() << QString() << qint64(0) << false
            << uR"({"externalId":"42","lastName":"Петров","firstName":"Иван","patronymic":"Сергеевич"})"_s << QString();
        QTest::newRow("no name, nothing else") << QString() << QString() << QString() << QString() << qint64(0) << false
                                               << uR"({"externalId":"42"})"_s << QString();
        QTest::newRow("blank name and email") << u"   "_s << u" \t"_s << QString() << QString() << qint64(0) << false
                                              << uR"({"externalId":"42"})"_s << QString();
        QTest::newRow("only mobilephone is still an array")
            << QString() << QString() << QString() << u"+79001234567"_s << qint64(0) << false
            << uR"({"externalId":"42","phones":[{"number":"+79001234567"}]})"_s << QString();
        QTest::newRow("only phone") << QString() << QString() << u"8 (900) 1"_s << QString() << qint64(0) << false
                                    << uR"({"externalId":"42","phones":[{"number":"8 (900) 1"}]})"_s << QString();
        QTest::newRow("duplicate phones")
            << QString() << QString() << u"+79001234567"_s << u"+79001234567"_s << qint64(0) << false
            << uR"({"externalId":"42","phones":[{"number":"+79001234567"}]})"_s << QString();
        QTest::newRow("duplicate after trimming")
            << QString() << QString() << u" +79001234567"_s << u"+79001234567  "_s << qint64(0) << false
            << uR"({"externalId":"42","phones":[{"number":"+79001234567"}]})"_s << QString();
        QTest::newRow("different formatting is not a duplicate")
            << QString() << QString() << u"+7 900 123-45-67"_s << u"+79001234567"_s << qint64(0) << false
            << uR"({"externalId":"42","phones":[{"number":"+7 900 123-45-67"},{"number":"+79001234567"}]})"_s
            << QString();
        QTest::newRow("blank phones omitted") << QString() << QString() << u"  "_s << u"\t"_s << qint64(0) << false
                                              << uR"({"externalId":"42"})"_s << QString();
        QTest::newRow("email kept as stored")
            << QString() << u"Ivan.Petrov+shop@Example.COM"_s << QString() << QString() << qint64(0) << false
            << uR"({"externalId":"42","email":"Ivan.Petrov+shop@Example.COM"})"_s << QString();
        QTest::newRow("createdon zero omitted") << QString() << QString() << QString() << QString() << qint64(0)
                                                << false << uR"({"externalId":"42"})"_s << QString();
        QTest::newRow("createdon crossing midnight in Moscow")
            << QString() << QString() << QString() << QString() << qint64(1609452000) << false // 2020-12-31 22:00 UTC
            << uR"({"externalId":"42","createdAt":"2021-01-01 01:00:00"})"_s << QString();
        QTest::newRow("special characters passed through")
            << u"O'Neil & <Сын> \"🦔\""_s << u"a&b<c>@x.ru"_s << QString() << QString() << qint64(0) << false
            << uR"({"externalId":"42","firstName":"O\u0027Neil & <Сын> \u0022🦔\u0022","email":"a&b<c>@x.ru"})"_s
            << QString();
        QTest::newRow("super user skipped, json still built")
            << u"Admin"_s << u"admin@example.com"_s << QString() << QString() << qint64(1615799107) << true
            << uR"({"externalId":"42","firstName":"Admin","email":"admin@example.com",
                   "createdAt":"2021-03-15 12:05:07"})"_s
            << u"super user (staff)"_s;
    }
    void mapCustomer()
    {
        QFETCH(QString, fullname);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(QString, mobilephone);
        QFETCH(qint64, createdOn);
        QFETCH(bool, sudo);
        QFETCH(QString, expected);
        QFETCH(QString, skipReason);

        rd::ShopCustomer customer;
        customer.id = 42;
        customer.username = u"user42"_s;
        customer.fullname = fullname;
        customer.email = email;
        customer.phone = phone;
        customer.mobilephone = mobilephone;
        customer.createdOnUnix = createdOn;
        if (createdOn != 0)
            customer.createdOn = QDateTime::fromSecsSinceEpoch(createdOn, Qt::UTC);
        customer.sudo = sudo;
        // Columns MAPPING.md does not send must not leak into the JSON.
        customer.address = u"ул. Ленина, 1"_s;
        customer.city = u"Москва"_s;
        customer.zip = u"101000"_s;

        const rd::MappedEntity mapped = rd::mapCustomer(customer, moscow());
        QCOMPARE(compact(mapped.json), normalised(expected));
        QCOMPARE(mapped.skipReason.value_or(QString()), skipReason);
        QCOMPARE(mapped.isSkipped(), !skipReason.isEmpty());
        QVERIFY(mapped.warnings.isEmpty());
        QCOMPARE(mapped.externalId(), u"42"_s);
        if (mapped.json.contains(u"phones"_s))
            QVERIFY(mapped.json.value(u"phones"_s).isArray());
    }

    void createdAtFollowsTheZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("createdAt");
        QTest::newRow("UTC") << QByteArray("UTC") << u"2021-03-15 09:05:07"_s;
        QTest::newRow("Moscow") << QByteArray("Europe/Moscow") << u"2021-03-15 12:05:07"_s;
        QTest::newRow("New York") << QByteArray("America/New_York") << u"2021-03-15 05:05:07"_s;
        QTest::newRow("Vladivostok") << QByteArray("Asia/Vladivostok") << u"2021-03-15 19:05:07"_s;
    }
    void createdAtFollowsTheZone()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, createdAt);
        rd::ShopCustomer customer;
        customer.id = 7;
        customer.createdOnUnix = 1615799107;
        rd::MappingOptions options;
        options.shopTimeZone = QTimeZone(zone);
        QCOMPARE(rd::mapCustomer(customer, options).json.value(u"createdAt"_s).toString(), createdAt);
    }

    void orderCustomerFromProfile()
    {
        rd::ShopCustomer admin;
        admin.id = 1;
        admin.sudo = true;
        admin.fullname = u"Главный Админ Сайта"_s;
        admin.mobilephone = u"+70000000000"_s;
        rd::ShopOrder order;
        order.userId = 1;
        order.num = u"2103/1"_s;
        order.customer = admin;

        // A staff member's order still needs the customer: no skip.
        const rd::MappedEntity mapped = rd::mapOrderCustomer(order, moscow());
        QVERIFY(!mapped.isSkipped());
        QVERIFY(mapped.warnings.isEmpty());
        QCOMPARE(compact(mapped.json),
                 normalised(uR"({"externalId":"1","lastName":"Главный","firstName":"Админ","patronymic":"Сайта",
                                 "phones":[{"number":"+70000000000"}]})"_s));
    }

    void orderCustomerWithoutProfile()
    {
        rd::ShopAddress address;
        address.receiver = u"Сидоров Пётр"_s;
        address.phone = u" +79990001122 "_s;
        address.email = u"petr@example.com"_s;
        rd::ShopOrder order;
        order.userId = 15;
        order.num = u"2103/2"_s;
        order.address = address;

        const rd::MappedEntity mapped = rd::mapOrderCustomer(order, moscow());
        QVERIFY(!mapped.isSkipped());
        QCOMPARE(compact(mapped.json),
                 normalised(uR"({"externalId":"15","firstName":"Сидоров Пётр","email":"petr@example.com",
                                 "phones":[{"number":"+79990001122"}]})"_s));
        QCOMPARE(mapped.warnings.size(), 1);
        QVERIFY2(mapped.warnings.first().contains(u"15"_s) && mapped.warnings.first().contains(u"2103/2"_s),
                 qPrintable(mapped.warnings.first()));

        // A profile of another user (should not happen) is not used for this user.
        rd::ShopCustomer other;
        other.id = 16;
        other.fullname = u"Другой"_s;
        order.customer = other;
        QCOMPARE(rd::mapOrderCustomer(order, moscow()).json.value(u"firstName"_s).toString(), u"Сидоров Пётр"_s);

        order.address.reset();
        order.customer.reset();
        QCOMPARE(compact(rd::mapOrderCustomer(order, moscow()).json), u"{\"externalId\":\"15\"}"_s);
    }

    void orderCustomerWithoutUser()
    {
        rd::ShopOrder order;
        order.userId = 0;
        order.num = u"2103/3"_s;
        const rd::MappedEntity mapped = rd::mapOrderCustomer(order, moscow());
        QVERIFY(mapped.isSkipped());
        QVERIFY(mapped.skipReason->contains(u"no shop user"_s));
    }
};

QTEST_GUILESS_MAIN(TestCustomerMapper)
#include "TestCustomerMapper.moc"
