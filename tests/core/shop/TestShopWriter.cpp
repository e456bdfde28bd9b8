// ShopWriter on SQLite and MariaDB for each miniShop2 generation: code columns and CRM status changes.
#include "MariaDbServer.h"
#include "ShopFixture.h"
#include "shop/ShopDatabase.h"
#include "shop/ShopOrderReader.h"
#include "shop/ShopReferenceReader.h"
#include "shop/ShopSql.h"
#include "shop/ShopStatusLogReader.h"
#include "shop/ShopWriter.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::MiniShopGeneration;
using rd::ShopStatusChange;
using rd::ShopWriter;
using rd::test::ShopTarget;

namespace {

// Reads one row of the shop through a separate connection (what another program would see).
QVariantList rowOf(const ShopTarget &t, const rd::test::MariaDbServer &server, const QString &sql)
{
    QVariantList values;
    QSqlDatabase db;
    const QString name = u"writer-check"_s;
    if (t.settings.driver == rd::ShopSettings::Driver::Sqlite) {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(t.settings.path);
        db.open();
    } else {
        auto opened = server.openConnection(t.settings.database);
        if (!opened)
            return values;
        db = *opened;
    }
    {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i);
    }
    const QString connection = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection);
    return values;
}

} // namespace

class TestShopWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void codes_data();
    void codes();
    void statusFromCrm_data();
    void statusFromCrm();
    void statusChangeIsAtomic_data();
    void statusChangeIsAtomic();

private:
    void addRows();
    ShopTarget makeTarget(bool codeColumns);

    rd::test::MariaDbServer m_server;
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestShopWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const rd::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
}

void TestShopWriter::cleanupTestCase()
{
    m_server.stop();
}

void TestShopWriter::addRows()
{
    QTest::addColumn<bool>("sqlite");
    QTest::addColumn<int>("generation");
    QTest::addColumn<QString>("prefix");
    for (bool sqlite : { true, false })
        for (MiniShopGeneration g : { MiniShopGeneration::V2_9, MiniShopGeneration::V3_0, MiniShopGeneration::V4_4 }) {
            const QString prefix = g == MiniShopGeneration::V3_0 ? u"modx_"_s : u"shop7_"_s;
            QTest::addRow("%s %s %s", sqlite ? "sqlite" : "mariadb", qPrintable(rd::miniShopGenerationName(g)),
                          qPrintable(prefix))
                << sqlite << static_cast<int>(g) << prefix;
        }
}

ShopTarget TestShopWriter::makeTarget(bool codeColumns)
{
    QFETCH(bool, sqlite);
    QFETCH(int, generation);
    QFETCH(QString, prefix);
    const auto g = static_cast<MiniShopGeneration>(generation);
    rd::SchemaAddons addons;
    addons.modRetailCrmColumns = codeColumns;
    ++m_counter;
    auto t = sqlite ? rd::test::createSqliteShop(m_dir.path(), g, prefix, addons, u"w%1.sqlite"_s.arg(m_counter))
                    : rd::test::createMariaDbShop(m_server, u"writer%1"_s.arg(m_counter), g, prefix, addons);
    if (!t) {
        qWarning("%s", qPrintable(t.error().toString()));
        return {};
    }
    return *t;
}

void TestShopWriter::codes_data()
{
    addRows();
}

void TestShopWriter::codes()
{
    const ShopTarget t = makeTarget(false);
    QVERIFY(!t.settings.prefix.isEmpty());
    rd::ShopDatabase db(t.settings, t.password);
    QVERIFY(db.detect().ok());
    QVERIFY(!db.info().deliveryCodeColumn);
    ShopWriter writer(db);

    // No column and no consent: a Schema error naming the column; nothing changes.
    rd::Status refused = writer.setCode(ShopWriter::CodeKind::Delivery, 1, u"courier"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, rd::ErrorCode::Schema);
    QVERIFY2(refused.error().message.contains(t.settings.prefix + u"ms2_deliveries"_s),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(u"retailcrm_delivery_code"_s));
    QVERIFY(!refused.error().hint.isEmpty());
    QVERIFY(db.detect().ok());
    QVERIFY(!db.info().deliveryCodeColumn);

    // With consent the column is added first.
    rd::Status set = writer.setCode(ShopWriter::CodeKind::Delivery, 1, u"courier"_s, true);
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toString()));
    QVERIFY(db.info().deliveryCodeColumn);
    QCOMPARE(rowOf(t, m_server,
                   u"SELECT retailcrm_delivery_code FROM %1ms2_deliveries WHERE id = 1"_s.arg(t.settings.prefix))
                 .value(0)
                 .toString(),
             u"courier"_s);

    // addCodeColumn alone, twice.
    QVERIFY(writer.addCodeColumn(ShopWriter::CodeKind::Status).ok());
    QVERIFY(writer.addCodeColumn(ShopWriter::CodeKind::Status).ok());
    QVERIFY(db.info().statusCodeColumn);
    QVERIFY(!db.info().paymentCodeColumn);
    QVERIFY(writer.setCode(ShopWriter::CodeKind::Status, 2, u"paid"_s).ok());
    QVERIFY(writer.setCode(ShopWriter::CodeKind::Status, 3, u"  complete  "_s).ok()); // trimmed
    QVERIFY(writer.setCode(ShopWriter::CodeKind::Payment, 1, u"cash"_s, true).ok());

    auto refs = rd::ShopReferenceReader::read(db);
    QVERIFY(refs.ok());
    QCOMPARE(refs->delivery(1)->crmCode, std::optional<QString>(u"courier"_s));
    QCOMPARE(refs->status(2)->crmCode, std::optional<QString>(u"paid"_s));
    QCOMPARE(refs->status(3)->crmCode, std::optional<QString>(u"complete"_s));
    QCOMPARE(refs->status(1)->crmCode, std::nullopt);
    QCOMPARE(refs->payment(1)->crmCode, std::optional<QString>(u"cash"_s));

    // An empty code clears the mapping (NULL).
    QVERIFY(writer.setCode(ShopWriter::CodeKind::Status, 2, QString()).ok());
    QVERIFY(rowOf(t, m_server,
                  u"SELECT retailcrm_status_code FROM %1ms2_order_statuses WHERE id = 2"_s.arg(t.settings.prefix))
                .value(0)
                .isNull());

    // Unknown ids and overlong codes are refused.
    rd::Status missing = writer.setCode(ShopWriter::CodeKind::Delivery, 42, u"x"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, rd::ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains(u"42"_s));
    rd::Status tooLong = writer.setCode(ShopWriter::CodeKind::Delivery, 1, QString(256, u'a'));
    QCOMPARE(tooLong.error().code, rd::ErrorCode::Validation);

    // The orders reader sees the new codes (new reader: references are read per reader).
    auto orders = rd::ShopOrderReader::fetchByIds(db, { 1 });
    QVERIFY(orders.ok());
    QCOMPARE(orders->at(0).deliveryCode, std::optional<QString>(u"courier"_s));
}

void TestShopWriter::statusFromCrm_data()
{
    addRows();
}

void TestShopWriter::statusFromCrm()
{
    const ShopTarget t = makeTarget(true);
    QVERIFY(!t.settings.prefix.isEmpty());
    rd::ShopDatabase db(t.settings, t.password);
    ShopWriter writer(db);
    const QDateTime fixed(QDate(2025, 5, 6), QTime(7, 8, 9));
    writer.setClock([fixed] { return fixed; });
    const QString p = t.settings.prefix;

    auto before = rd::ShopStatusLogReader::lastLogId(db);
    QVERIFY(before.ok());
    QCOMPARE(*before, 4);

    // "2401-1" is order 1 (num "2401/1"), status 1 → 2.
    auto change = writer.applyStatusFromCrm(u"2401-1"_s, 2);
    QVERIFY2(change.ok(), qPrintable(change.ok() ? QString() : change.error().toString()));
    QCOMPARE(change->outcome, ShopStatusChange::Outcome::Changed);
    QCOMPARE(change->orderId, 1);
    QCOMPARE(change->num, u"2401/1"_s);
    QCOMPARE(change->oldStatus, 1);
    QCOMPARE(change->newStatus, 2);
    QCOMPARE(change->at, fixed);
    QVERIFY(change->logId > 4);

    const QVariantList order = rowOf(t, m_server, u"SELECT status, updatedon FROM %1ms2_orders WHERE id = 1"_s.arg(p));
    QCOMPARE(order.value(0).toInt(), 2);
    QCOMPARE(rd::shopsql::toDateTime(order.value(1)), fixed);
    const QVariantList log = rowOf(
        t, m_server,
        u"SELECT user_id, order_id, timestamp, action, entry, ip FROM %1ms2_order_logs WHERE id = %2"_s.arg(p).arg(
            change->logId));
    QCOMPARE(log.size(), 6);
    QCOMPARE(log[0].toInt(), 0);
    QCOMPARE(log[1].toInt(), 1);
    QCOMPARE(rd::shopsql::toDateTime(log[2]), fixed);
    QCOMPARE(log[3].toString(), u"status"_s);
    QCOMPARE(log[4].toString(), u"2"_s);
    QCOMPARE(log[5].toString(), u"{\"ip\":\"\",\"source\":\"RetailDesk\"}"_s);

    // The log reader marks it as ours.
    rd::ShopReadFilter after;
    after.afterId = 4;
    rd::ShopStatusLogReader logs(db, after);
    auto page = logs.nextPage();
    QVERIFY(page.ok());
    QCOMPARE(page->size(), 1);
    QVERIFY(page->at(0).writtenByRetailDesk);
    QCOMPARE(page->at(0).statusId, 2);

    // Idempotent: the same change again writes nothing.
    writer.setClock([] { return QDateTime(QDate(2030, 1, 1), QTime(0, 0)); });
    auto again = writer.applyStatusFromCrm(u"2401-1"_s, 2);
    QVERIFY(again.ok());
    QCOMPARE(again->outcome, ShopStatusChange::Outcome::AlreadyInStatus);
    QCOMPARE(again->logId, 0);
    QCOMPARE(rd::ShopStatusLogReader::lastLogId(db).valueOr(-1), change->logId);
    QCOMPARE(rd::shopsql::toDateTime(
                 rowOf(t, m_server, u"SELECT updatedon FROM %1ms2_orders WHERE id = 1"_s.arg(p)).value(0)),
             fixed);

    // A num that contains '-' itself.
    auto dashed = writer.applyStatusFromCrm(u"2402-3"_s, 1);
    QVERIFY(dashed.ok());
    QCOMPARE(dashed->orderId, 3);
    QCOMPARE(dashed->oldStatus, 999);

    // Not found: an unknown number, and the shop's own form (externalIds never hold '/').
    for (const QString &unknown : { u"9999-1"_s, u"2401/1"_s, u"2401"_s }) {
        auto none = writer.applyStatusFromCrm(unknown, 1);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, rd::ErrorCode::NotFound);
        QVERIFY(none.error().message.contains(unknown));
    }

    // An unknown status id.
    auto badStatus = writer.applyStatusFromCrm(u"2401-2"_s, 12345);
    QVERIFY(!badStatus.ok());
    QCOMPARE(badStatus.error().code, rd::ErrorCode::Validation);
    QVERIFY(badStatus.error().message.contains(u"12345"_s));

    // Two orders whose nums differ only by '/' and '-': refused, nothing changed.
    {
        QSqlDatabase conn = *db.connection();
        QVERIFY(
            rd::test::insertRow(conn, p, u"ms2_orders"_s,
                                { { u"id"_s, 60 }, { u"user_id"_s, 2 }, { u"num"_s, u"2405/9"_s }, { u"status"_s, 1 } })
                .ok());
        QVERIFY(
            rd::test::insertRow(conn, p, u"ms2_orders"_s,
                                { { u"id"_s, 61 }, { u"user_id"_s, 2 }, { u"num"_s, u"2405-9"_s }, { u"status"_s, 1 } })
                .ok());
    }
    const int logsBefore = rd::ShopStatusLogReader::lastLogId(db).valueOr(-1);
    auto ambiguous = writer.applyStatusFromCrm(u"2405-9"_s, 3);
    QVERIFY(!ambiguous.ok());
    QCOMPARE(ambiguous.error().code, rd::ErrorCode::Validation);
    QVERIFY(ambiguous.error().message.contains(u"2405/9"_s));
    QCOMPARE(rowOf(t, m_server, u"SELECT status FROM %1ms2_orders WHERE id = 60"_s.arg(p)).value(0).toInt(), 1);
    QCOMPARE(rd::ShopStatusLogReader::lastLogId(db).valueOr(-1), logsBefore);

    // Many dashes: more variants than the IN list takes, still exact.
    {
        QSqlDatabase conn = *db.connection();
        QVERIFY(
            rd::test::insertRow(
                conn, p, u"ms2_orders"_s,
                { { u"id"_s, 62 }, { u"user_id"_s, 2 }, { u"num"_s, u"1/2/3/4/5/6/7/8/9/10"_s }, { u"status"_s, 1 } })
                .ok());
    }
    auto many = writer.applyStatusFromCrm(u"1-2-3-4-5-6-7-8-9-10"_s, 4);
    QVERIFY2(many.ok(), qPrintable(many.ok() ? QString() : many.error().toString()));
    QCOMPARE(many->orderId, 62);
}

void TestShopWriter::statusChangeIsAtomic_data()
{
    addRows();
}

void TestShopWriter::statusChangeIsAtomic()
{
    const ShopTarget t = makeTarget(false);
    QVERIFY(!t.settings.prefix.isEmpty());
    rd::ShopDatabase db(t.settings, t.password);
    QVERIFY(db.detect().ok());
    ShopWriter writer(db);
    // The log table disappears after detection: the status update must be rolled back.
    if (t.settings.driver == rd::ShopSettings::Driver::Sqlite) {
        QSqlDatabase conn = *db.connection();
        QVERIFY(rd::test::execSql(conn, u"DROP TABLE `%1ms2_order_logs`"_s.arg(t.settings.prefix)).ok());
    } else {
        QVERIFY(m_server.exec(u"DROP TABLE `%1ms2_order_logs`"_s.arg(t.settings.prefix), t.settings.database).ok());
    }
    auto change = writer.applyStatusFromCrm(u"2401-1"_s, 3);
    QVERIFY(!change.ok());
    QCOMPARE(change.error().code, rd::ErrorCode::Schema);
    QVERIFY2(change.error().message.contains(u"logging the status change"_s), qPrintable(change.error().message));
    QCOMPARE(
        rowOf(t, m_server, u"SELECT status FROM %1ms2_orders WHERE id = 1"_s.arg(t.settings.prefix)).value(0).toInt(),
        1);
    // The connection is usable afterwards (no transaction left open).
    auto again = writer.applyStatusFromCrm(u"2401-1"_s, 1);
    QVERIFY(again.ok());
    QCOMPARE(again->outcome, ShopStatusChange::Outcome::AlreadyInStatus);
}

QTEST_GUILESS_MAIN(TestShopWriter)
#include "TestShopWriter.moc"
